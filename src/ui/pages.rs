//! One page per screen.

pub mod welcome;
