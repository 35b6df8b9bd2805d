//! One page per screen.

pub mod check;
pub mod clinics;
pub mod procedure;
pub mod results;
pub mod step;
pub mod summary;
pub mod welcome;
