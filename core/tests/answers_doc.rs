//! docs/answers.md is exactly what `review --schema` makes from the schema,
//! so every field, value and question is documented and none is stale.

use painpath_core::answers::{Choice, Field, Kind, YesNo};
use painpath_core::case_review::schema_doc;

fn committed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/answers.md"))
        .unwrap_or_default()
}

#[test]
fn the_answers_doc_is_made_from_the_schema() {
    assert!(
        committed() == schema_doc(),
        "docs/answers.md is out of date: run `cargo review --schema > docs/answers.md`"
    );
}

#[test]
fn the_doc_names_every_field_and_value() {
    let doc = schema_doc();
    for f in Field::ALL {
        assert!(doc.contains(&format!("| `{}` |", f.path())), "{}", f.path());
        if let Kind::One { ids, .. } | Kind::Set { ids, .. } = f.kind() {
            if ids != YesNo::IDS {
                for id in ids {
                    assert!(doc.contains(&format!("`{id}`")), "{} value {id}", f.path());
                }
            }
        }
    }
    assert!(
        !doc.contains("[missing text]"),
        "a question has no English text"
    );
}
