//! Small function components, one per file.

pub mod body_map;
pub mod emergency_note;
pub mod notice;
pub mod number;
pub mod option_input;
pub mod progress;
pub mod question;
pub mod read_aloud;
