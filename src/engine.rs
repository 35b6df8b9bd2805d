//! The assessment engine: pure Rust, no web APIs, no clock, no randomness.
//! Same answers in, same assessment out.

pub mod answers;
pub mod assessment;
pub mod codec;
pub mod facts;
pub mod knowledge;

mod assess;

pub use answers::{AnswerError, Answers};
pub use assess::assess;
pub use assessment::Assessment;

use serde::Serialize;

/// Three-valued answer to "is this true yet?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Met,
    NotMet,
    Unknown,
}
