//! Component tests in headless Chromium (wasm-bindgen-test): mount, interact, flush, assert DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

#[wasm_bindgen_test]
async fn about_page_states_the_privacy_promise_in_both_languages() {
    let root = mount_app("#/about").await;
    select(&root, "[data-testid=lang-switch]", "en").await;
    assert_eq!(
        query(&root, "[data-testid=page-heading]")
            .text_content()
            .unwrap(),
        "About Defender Partner Kit"
    );
    assert!(
        query(&root, "[data-testid=privacy-promise]")
            .text_content()
            .unwrap()
            .contains("never in local storage")
    );

    select(&root, "[data-testid=lang-switch]", "ja").await;
    assert_eq!(
        query(&root, "[data-testid=page-heading]")
            .text_content()
            .unwrap(),
        "Defender Partner Kit について"
    );
    assert_eq!(
        query(&root, "[data-testid=app]")
            .get_attribute("lang")
            .as_deref(),
        Some("ja")
    );
    select(&root, "[data-testid=lang-switch]", "en").await;
}

#[wasm_bindgen_test]
async fn theme_switch_sets_data_theme_and_remembers_it() {
    let root = mount_app("#/about").await;
    select(&root, "[data-testid=theme-switch]", "dark").await;
    assert_eq!(
        query(&root, "[data-testid=app]")
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("dpk.theme")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("dark"));
    select(&root, "[data-testid=theme-switch]", "system").await;
}

#[wasm_bindgen_test]
async fn unknown_route_says_so_and_shows_the_path_as_text() {
    let root = mount_app("#/<img src=x>").await;
    let alert = query(&root, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("<img src=x>"));
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "the path must render as text"
    );
}
