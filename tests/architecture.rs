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
