//! The build's analyzer and the browser's (`static/js/analyzer.js`) read text the same way:
//! both are checked against `tests/analyzer-vectors.json` (this test for Rust,
//! `tests/browser/analyzer.test.mjs` for JavaScript). `UPDATE_VECTORS=1` rewrites the expected
//! tokens from the Rust analyzer after a deliberate change of the rules.

use oneprovence::analyze::{analyze, Stops};
use serde_json::{json, Value};

fn path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/analyzer-vectors.json")
}

#[test]
fn the_shared_vectors_give_the_expected_tokens() {
    let text = std::fs::read_to_string(path()).unwrap();
    let mut data: Value = serde_json::from_str(&text).unwrap();
    let list = |k: &str| -> Vec<String> {
        data["stops"][k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let stops = Stops {
        fr: list("fr"),
        en: list("en"),
        ar: list("ar"),
    };
    let update = std::env::var_os("UPDATE_VECTORS").is_some();
    let mut wrong = Vec::new();
    for case in data["cases"].as_array_mut().unwrap() {
        let got = analyze(
            case["text"].as_str().unwrap(),
            case["lang"].as_str().unwrap(),
            &stops,
        );
        if update {
            case["tokens"] = json!(got);
        } else if case["tokens"] != json!(got) {
            wrong.push(format!(
                "{}: {} != {}",
                case["text"],
                case["tokens"],
                json!(got)
            ));
        }
    }
    if update {
        let out = serde_json::to_string_pretty(&data).unwrap() + "\n";
        std::fs::write(path(), out).unwrap();
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(data["cases"].as_array().unwrap().len() >= 40);
}
