//! One page per screen.

pub mod clinics;
pub mod procedure;
pub mod results;
pub mod review;
pub mod step;
pub mod summary;
pub mod welcome;
