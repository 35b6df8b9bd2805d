//! The one time frame of an assessment. Every timing word a result shows
//! ("now", "within 24 hours") is derived here: texts say `{when}` and
//! [`crate::phrases::say`] fills it from [`when_key`]. A text never names
//! a deadline of its own, so two parts of one result cannot disagree.
//! Safety-net sentences ("go to the emergency department now *if* …") are
//! conditions, not deadlines, and stay in the texts.

use crate::assessment::{TimeFrame, Urgency};

/// The time frame of an urgency (clinical-reference §1: emergency means go
/// now; urgent means the same day, within 24 hours; everything else is an
/// ordinary appointment).
pub fn frame(u: Urgency) -> TimeFrame {
    match u {
        Urgency::Emergency => TimeFrame::Now,
        Urgency::Urgent => TimeFrame::Within24Hours,
        _ => TimeFrame::Routine,
    }
}

/// Text key of the words that fill `{when}`: `when.<frame>`.
pub fn when_key(f: TimeFrame) -> &'static str {
    match f {
        TimeFrame::Now => "when.now",
        TimeFrame::Within24Hours => "when.within_24_hours",
        TimeFrame::Routine => "when.routine",
    }
}
