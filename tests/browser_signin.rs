//! Component tests of the sign-in page and the header status (wasm-bindgen-test, headless
//! Chromium). The round trip itself is end to end (tests/e2e/signin.test.mjs).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::*;

#[wasm_bindgen_test]
async fn settings_are_validated_and_the_scope_sent_follows_the_api() {
    for key in dpk_domain::signin::settings::KEYS {
        storage().remove_item(key).unwrap();
    }
    let root = mount_app("#/sign-in?return=/incidents").await;
    select(&root, "[data-testid=lang-switch]", "en").await;
    assert_eq!(
        attr(&root, "[data-testid=signin-status]", "data-status"),
        "signed-out"
    );
    // No client ID yet: the button waits, the first problem is named.
    assert_eq!(
        attr(
            &root,
            "[data-testid=signin-settings-error]",
            "data-error-kind"
        ),
        "client_id"
    );
    assert!(query(&root, "[data-testid=sign-in]").has_attribute("disabled"));

    type_into(
        &root,
        "[data-testid=signin-client-id]",
        "11112222-3333-4444-5555-666677778888",
    )
    .await;
    assert!(!exists(&root, "[data-testid=signin-settings-error]"));
    assert!(!query(&root, "[data-testid=sign-in]").has_attribute("disabled"));
    assert_eq!(
        text(&root, "[data-testid=signin-scope-sent]"),
        "https://graph.microsoft.com/.default openid profile offline_access"
    );
    select(&root, "[data-testid=signin-api]", "xdr").await;
    assert_eq!(
        text(&root, "[data-testid=signin-scope-sent]"),
        "https://api.security.microsoft.com/.default openid profile offline_access"
    );
    type_into(
        &root,
        "[data-testid=signin-authority]",
        "http://evil.example",
    )
    .await;
    assert_eq!(
        attr(
            &root,
            "[data-testid=signin-settings-error]",
            "data-error-kind"
        ),
        "authority"
    );
    // The redirect URI shown, in the registration steps, is this page without query or fragment.
    let uri = text(&root, "[data-testid=signin-redirect-uri]");
    assert!(!uri.contains('#') && uri.starts_with("http"), "{uri}");
    let page = web_sys::window().unwrap().location().href().unwrap();
    assert!(page.starts_with(&uri), "{page} {uri}");
    // Settings are kept (not secret); nothing else.
    assert_eq!(
        storage().get_item("dpk.signin.api").unwrap().as_deref(),
        Some("xdr")
    );
    for key in dpk_domain::signin::settings::KEYS {
        storage().remove_item(key).unwrap();
    }
}
