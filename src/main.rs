//! Mounts the PainPath app into the page. Everything else lives in the library.

fn main() {
    painpath::start();
}
