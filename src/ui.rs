//! The Yew interface. It renders and collects answers; every clinical decision
//! is made by [`crate::engine`].

mod app;
pub mod pages;

pub use app::App;
