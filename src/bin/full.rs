//! The whole patient app (results, guides, summary, shared results): the
//! second module, started by the questionnaire's app. See `painpath::start_full`.

fn main() {
    painpath::start_full();
}
