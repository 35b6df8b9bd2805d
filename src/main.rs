//! Mounts the questionnaire's app, the first a patient downloads. Everything
//! else lives in the library.

fn main() {
    painpath::start();
}
