//! Architecture rules that the compiler alone does not enforce.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 9] = [
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "getrandom",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The domain crate must stay pure: no browser crate in its manifest or its code, no clock or
/// randomness of its own.
#[test]
fn domain_names_no_browser_crate_clock_or_randomness() {
    let manifest = fs::read_to_string(root().join("domain/Cargo.toml")).expect("domain manifest");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .expect("a [dependencies] table");
    for krate in BROWSER_CRATES {
        assert!(
            !deps.contains(krate),
            "domain/Cargo.toml depends on {krate}"
        );
    }
    let files = rust_files(&root().join("domain/src"));
    assert!(files.len() >= 3, "domain sources not found");
    for file in files {
        let text = fs::read_to_string(&file).expect("source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for forbidden in
                BROWSER_CRATES
                    .iter()
                    .chain(&["SystemTime", "Instant::now", "thread_rng", "rand::"])
            {
                assert!(
                    !code.contains(&format!("{forbidden}::"))
                        && !code.contains(&format!("use {forbidden}")),
                    "{}:{} names {forbidden}: domain code must be pure",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// Components are presentational: they never call services.
#[test]
fn components_do_not_call_services() {
    for file in rust_files(&root().join("src/components")) {
        let text = fs::read_to_string(&file).expect("source file");
        assert!(
            !text.contains("services::"),
            "{} calls services",
            file.display()
        );
    }
}

/// Tokens are never stored: no storage call anywhere may mention a token.
#[test]
fn nothing_but_services_storage_touches_web_storage() {
    for file in rust_files(&root().join("src")) {
        if file.ends_with("services/storage.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).expect("source file");
        for api in [
            "local_storage",
            "session_storage",
            "set_cookie",
            "document.cookie",
        ] {
            assert!(
                !text.contains(api),
                "{} uses {api}; storage goes through services::storage",
                file.display()
            );
        }
    }
}

/// The production part of a source file: its code lines (comments cut off) before its
/// `#[cfg(test)]` module.
fn production_lines(file: &Path) -> Vec<(usize, String)> {
    if file.ends_with("tests.rs") {
        return Vec::new();
    }
    let text = fs::read_to_string(file).expect("source file");
    text.lines()
        .take_while(|l| l.trim() != "#[cfg(test)]")
        .enumerate()
        .map(|(n, l)| (n + 1, l.split("//").next().unwrap_or_default().to_owned()))
        .collect()
}

/// Each primitive has one home (#14): a second GUID rule, percent-encoder, loopback rule, calendar,
/// JSON scanner, JSON string escaper, base64url encoder or secret newtype fails here, so the next
/// one is added where the first one lives.
#[test]
fn each_primitive_is_defined_once() {
    // (what it looks like in code, the one file allowed to have it, the primitive)
    let rules: [(&str, &str, &str); 14] = [
        ("fn is_guid", "domain/src/cloud.rs", "the GUID rule"),
        (":02X}", "domain/src/url.rs", "percent-encoding"),
        ("fn percent_", "domain/src/url.rs", "percent-encoding"),
        (
            "fn encode_component",
            "domain/src/url.rs",
            "percent-encoding",
        ),
        ("split('&')", "domain/src/url.rs", "query splitting"),
        ("\"localhost\"", "domain/src/url.rs", "the loopback rule"),
        ("fn is_loopback", "domain/src/url.rs", "the loopback rule"),
        ("719_468", "domain/src/calendar.rs", "calendar arithmetic"),
        (
            "fn is_leap",
            "domain/src/calendar.rs",
            "calendar arithmetic",
        ),
        ("b'\\\\' { 2 }", "domain/src/json.rs", "the JSON tokenizer"),
        (
            "\"\\\\u00\"",
            "domain/src/json.rs",
            "the JSON string escaper",
        ),
        (
            "0123456789-_",
            "domain/src/url.rs",
            "the base64url alphabet",
        ),
        ("[redacted", "domain/src/secret.rs", "the secret type"),
        (
            "struct RateLimit {",
            "domain/src/catalog/mod.rs",
            "the one RateLimit",
        ),
    ];
    let mut files = rust_files(&root().join("domain/src"));
    files.extend(rust_files(&root().join("src")));
    files.extend(rust_files(&root().join("proxy/src")));
    for file in files {
        let rel = file.strip_prefix(root()).expect("inside the workspace");
        for (n, code) in production_lines(&file) {
            for (needle, home, what) in rules {
                assert!(
                    rel == Path::new(home) || !code.contains(needle),
                    "{}:{n} has `{needle}`: {what} lives in {home}; use it from there",
                    rel.display()
                );
            }
        }
    }
    // One HTTP method type and one secret-string shape.
    for file in rust_files(&root().join("domain/src")) {
        for (n, code) in production_lines(&file) {
            assert!(
                !code.contains("enum Method") || file.ends_with("catalog/mod.rs"),
                "{}:{n}: the one Method is catalog::Method",
                file.display()
            );
            assert!(
                file.ends_with("secret.rs")
                    || !(code.contains("pub struct") && code.contains("(String);")),
                "{}:{n}: a String newtype; a secret one is declared with secret_type!",
                file.display()
            );
        }
    }
}

/// The consent page keeps its inputs in one reducer (`use_stored_reducer`), not in a hook per
/// input, and none of its files grows past 300 lines.
#[test]
fn the_consent_page_is_one_reducer_in_small_files() {
    for file in rust_files(&root().join("src/pages/consent")) {
        let text = fs::read_to_string(&file).expect("readable source");
        let name = file.display();
        assert!(text.lines().count() <= 300, "{name} is over 300 lines");
        for hook in ["use_state", "use_memo", "use_mut_ref"] {
            assert!(
                !text.contains(hook),
                "{name} calls {hook}: use the page's reducer"
            );
        }
    }
}

/// Someone who opens a file of the app can read it whole: no production file under `src/` grows
/// past 300 lines (issue #14); split by concern instead.
#[test]
fn no_app_file_is_over_300_lines() {
    for file in rust_files(&root().join("src")) {
        let lines = fs::read_to_string(&file)
            .expect("readable source")
            .lines()
            .count();
        assert!(
            lines <= 300,
            "{} has {lines} lines (limit 300)",
            file.display()
        );
    }
}
