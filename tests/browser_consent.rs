//! Browser tests of the consent page (headless Chromium via wasm-bindgen-test): the link as you
//! type, share links, the QR code, the redirect reader, the roster with its storage, the admin
//! message and the snippets. Every value is checked to render as text.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const APP: &str = "11112222-3333-4444-5555-666677778888";
const TENANT: &str = "fa00d692-e9c7-4460-a743-29f2956fd429";

mod support;
use support::*;

/// The app at `hash`, in English whatever the browser prefers.
async fn mount_english(hash: &str) -> Element {
    let root = mount_app(hash).await;
    select(&root, "[data-testid=lang-switch]", "en").await;
    root
}

#[wasm_bindgen_test]
async fn link_is_validated_and_built_as_you_type() {
    let root = mount_english("#/consent").await;
    assert!(exists(&root, "[data-testid=consent-error]"));
    assert!(!exists(&root, "a[data-testid=consent-link]"));
    assert!(!exists(&root, "[data-testid=consent-qr]"));

    type_into(&root, "[data-testid=client-id]", "not-a-guid").await;
    assert!(text(&root, "[data-testid=consent-error]").contains("GUID"));
    assert_eq!(
        attr(&root, "[data-testid=client-id]", "aria-invalid"),
        "true"
    );

    type_into(&root, "[data-testid=client-id]", APP).await;
    assert!(!exists(&root, "[data-testid=consent-error]"));
    let state = value(&root, "[data-testid=state]");
    assert_eq!(state.len(), 22, "16 random bytes as base64url");
    assert_eq!(
        attr(&root, "a[data-testid=consent-link]", "href"),
        format!(
            "https://login.microsoftonline.com/common/oauth2/authorize?prompt=consent&client_id={APP}&response_type=code&sso_reload=true&state={state}"
        )
    );

    select(&root, "[data-testid=link-format]", "v2-adminconsent").await;
    type_into(&root, "[data-testid=tenant]", "common").await;
    type_into(
        &root,
        "[data-testid=redirect-uri]",
        "http://partner.example/cb",
    )
    .await;
    let error = text(&root, "[data-testid=consent-error]");
    assert!(error.contains("common"), "{error}");
    assert!(error.contains("localhost"), "{error}");

    type_into(&root, "[data-testid=tenant]", "contoso.onmicrosoft.com").await;
    type_into(
        &root,
        "[data-testid=redirect-uri]",
        "https://partner.example/cb",
    )
    .await;
    type_into(&root, "[data-testid=state]", "abc").await;
    select(&root, "[data-testid=api]", "xdr").await;
    assert_eq!(
        attr(&root, "a[data-testid=consent-link]", "href"),
        format!(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id={APP}&scope=https%3A%2F%2Fapi.security.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&state=abc"
        )
    );
    assert_eq!(
        attr(&root, "a[data-testid=consent-link]", "rel"),
        "noopener noreferrer"
    );

    select(&root, "[data-testid=cloud]", "usgov").await;
    assert!(
        attr(&root, "a[data-testid=consent-link]", "href").starts_with(
            "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/adminconsent?"
        )
    );
    assert!(text(&root, "[data-testid=consent-warnings]").contains("2027-02-01"));

    select(&root, "[data-testid=cloud]", "china").await;
    assert!(text(&root, "[data-testid=consent-error]").contains("not available"));
    select(&root, "[data-testid=cloud]", "global").await;

    // The QR code is SVG nodes built from numbers, not markup or an image.
    let qr = query(&root, "[data-testid=consent-qr]");
    assert_eq!(qr.tag_name().to_lowercase(), "svg");
    let d = qr
        .query_selector("path")
        .unwrap()
        .unwrap()
        .get_attribute("d")
        .unwrap();
    assert!(d.starts_with("M4 4h7v1h-7z"));
    assert!(
        d.chars()
            .all(|c| c.is_ascii_digit() || "Mhvz -".contains(c))
    );
    assert_eq!(count(&root, "img"), 0);

    // The share link carries the non-secret inputs, never the state; the address bar is left alone.
    let hash = attr(&root, "[data-testid=share-link]", "href");
    assert!(
        hash.starts_with("#/consent?format=v2-adminconsent&cloud=global&api=xdr"),
        "{hash}"
    );
    assert!(hash.contains(&format!("client_id={APP}")));
    assert!(!hash.contains("state"));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/consent"
    );

    let old = value(&root, "[data-testid=state]");
    click(&root, "[data-testid=new-state]").await;
    assert_ne!(value(&root, "[data-testid=state]"), old);
}

#[wasm_bindgen_test]
async fn share_link_fills_the_inputs() {
    let root = mount_app(&format!(
        "#/consent?format=adminconsent&cloud=usgov&api=mde&client_id={APP}&tenant={TENANT}&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&state=leaked"
    ))
    .await;
    assert_eq!(value(&root, "[data-testid=client-id]"), APP);
    assert_eq!(value(&root, "[data-testid=tenant]"), TENANT);
    assert_eq!(value(&root, "[data-testid=cloud]"), "usgov");
    assert_eq!(value(&root, "[data-testid=api]"), "mde");
    assert_eq!(value(&root, "[data-testid=link-format]"), "adminconsent");
    assert_ne!(value(&root, "[data-testid=state]"), "leaked");
    let state = value(&root, "[data-testid=state]");
    assert_eq!(
        attr(&root, "a[data-testid=consent-link]", "href"),
        format!(
            "https://login.microsoftonline.us/{TENANT}/adminconsent?client_id={APP}&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&state={state}"
        )
    );
}

#[wasm_bindgen_test]
async fn redirect_reader_says_what_happened() {
    let root = mount_app(&format!("#/consent?client_id={APP}")).await;
    type_into(&root, "[data-testid=state]", "s-123").await;
    let result = "[data-testid=callback-result]";

    type_into(
        &root,
        "[data-testid=callback-input]",
        &format!("https://partner.example/cb?admin_consent=True&tenant={TENANT}&state=s-123"),
    )
    .await;
    assert_eq!(attr(&root, result, "data-outcome"), "granted");
    assert_eq!(attr(&root, result, "data-tenant"), TENANT);
    assert_eq!(attr(&root, result, "data-state"), "match");
    assert!(text(&root, result).contains("proves nothing by itself"));

    type_into(
        &root,
        "[data-testid=callback-input]",
        "https://partner.example/cb?admin_consent=True&error=consent_required&error_description=AADSTS65004%3a+The+resource+owner+denied.+AADSTS650052&state=other",
    )
    .await;
    assert_eq!(attr(&root, result, "data-outcome"), "error");
    assert_eq!(attr(&root, result, "data-error"), "consent_required");
    assert_eq!(attr(&root, result, "data-aadsts"), "65004 650052");
    // A state never issued, on an answer that names no tenant: unknown, explained, not an attack.
    assert_eq!(attr(&root, result, "data-state"), "unknown");
    assert!(text(&root, "[data-testid=callback-state]").contains("never issued"));
    assert_eq!(attr(&root, result, "data-tenant"), "");
    let t = text(&root, result);
    assert!(t.contains("an error always wins"), "{t}");
    assert!(t.contains("AADSTS650052:"), "{t}");
    assert!(exists(&root, "[data-testid=callback-error]"));

    type_into(
        &root,
        "[data-testid=callback-input]",
        "https://partner.example/cb#error=access_denied&error_subcode=cancel",
    )
    .await;
    assert_eq!(attr(&root, result, "data-outcome"), "cancelled");
    assert_eq!(attr(&root, result, "data-state"), "absent");

    type_into(
        &root,
        "[data-testid=callback-input]",
        "https://portal.azure.com/?code=0.AAAA-very-secret&session_state=x&state=s-123",
    )
    .await;
    assert_eq!(attr(&root, result, "data-outcome"), "code");
    assert!(!text(&root, result).contains("very-secret"));

    type_into(
        &root,
        "[data-testid=callback-input]",
        "<img src=x onerror=alert(1)>?error_description=<b>bold</b>&error=<script>x</script>",
    )
    .await;
    assert_eq!(attr(&root, result, "data-outcome"), "error");
    assert!(text(&root, "[data-testid=callback-description]").contains("<b>bold</b>"));
    let r = query(&root, result);
    assert!(
        r.query_selector("b, script, img").unwrap().is_none(),
        "rendered as text"
    );

    type_into(&root, "[data-testid=callback-input]", "hello").await;
    assert_eq!(attr(&root, result, "data-outcome"), "unrecognized");
    type_into(&root, "[data-testid=callback-input]", "").await;
    assert!(!exists(&root, result));
}

#[wasm_bindgen_test]
async fn roster_adds_from_a_redirect_persists_and_imports() {
    storage().remove_item("dpk.roster").unwrap();
    let root = mount_app(&format!("#/consent?client_id={APP}&cloud=usgov")).await;
    assert!(exists(&root, "[data-testid=roster-empty]"));
    type_into(
        &root,
        "[data-testid=callback-input]",
        &format!("?admin_consent=True&tenant={}", TENANT.to_uppercase()),
    )
    .await;
    click(&root, "[data-testid=roster-add-from-redirect]").await;
    assert_eq!(value(&root, "[data-testid=customer-tenant]"), TENANT);
    assert_eq!(value(&root, "[data-testid=customer-cloud]"), "usgov");
    assert_eq!(value(&root, "[data-testid=customer-status]"), "granted");
    assert_eq!(value(&root, "[data-testid=customer-date]").len(), 10);

    click(&root, "[data-testid=customer-save]").await;
    assert!(text(&root, "[data-testid=roster-error]").contains("name"));
    type_into(&root, "[data-testid=customer-name]", "Contoso <Ltd>").await;
    type_into(
        &root,
        "[data-testid=customer-notes]",
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.x",
    )
    .await;
    click(&root, "[data-testid=customer-save]").await;
    assert!(text(&root, "[data-testid=roster-error]").contains("token"));
    type_into(&root, "[data-testid=customer-notes]", "onboarded by Aiko").await;
    click(&root, "[data-testid=customer-save]").await;

    assert_eq!(count(&root, "[data-testid=roster-row]"), 1);
    assert_eq!(
        attr(&root, "[data-testid=roster-row]", "data-tenant"),
        TENANT
    );
    assert!(text(&root, "[data-testid=roster-row]").contains("Contoso <Ltd>"));
    let stored = storage().get_item("dpk.roster").unwrap().unwrap();
    assert!(stored.contains(TENANT) && stored.contains("\"usgov\""));
    let state = value(&root, "[data-testid=state]");
    assert!(!stored.contains(&state), "the state is never stored");

    // Once listed, the same redirect offers to mark the customer as granted instead.
    assert!(exists(&root, "[data-testid=roster-mark-granted]"));

    // Import: good rows land, bad rows are reported, the listed customer stays.
    click(&root, "details.import-export summary").await;
    type_into(
        &root,
        "[data-testid=roster-import-input]",
        r#"[{"name":"Fabrikam","tenant_id":"a8990e1f-ff32-408a-9f8e-78d3b9139b95","status":"pending"},{"name":"Bad","tenant_id":"nope"}]"#,
    )
    .await;
    click(&root, "[data-testid=roster-import]").await;
    assert_eq!(count(&root, "[data-testid=roster-row]"), 2);
    assert!(text(&root, "[data-testid=import-result]").contains("1 added"));
    assert!(text(&root, "[data-testid=import-errors]").contains("Row 2"));
    let href = attr(&root, "[data-testid=roster-export]", "href");
    assert!(href.starts_with("data:application/json;charset=utf-8,"));
    assert!(href.contains("a8990e1f-ff32-408a-9f8e-78d3b9139b95"));

    // "Use in link" fills the builder with the customer's tenant and cloud.
    click(&root, "[data-testid=roster-use]").await;
    assert_eq!(value(&root, "[data-testid=tenant]"), TENANT);

    // A second mount (a reload) reads the same roster back.
    let again = mount_english("#/consent").await;
    assert_eq!(count(&again, "[data-testid=roster-row]"), 2);

    click(&root, "[data-testid=roster-delete]").await;
    assert_eq!(count(&root, "[data-testid=roster-row]"), 1);
    storage().remove_item("dpk.roster").unwrap();
}

#[wasm_bindgen_test]
async fn snippets_follow_the_api_and_cloud_and_never_hold_a_secret() {
    let root = mount_app(&format!(
        "#/consent?client_id={APP}&tenant={TENANT}&api=xdr"
    ))
    .await;
    assert_eq!(count(&root, "[data-testid=snippet]"), 4);
    for lang in ["powershell", "csharp", "python", "curl"] {
        let t = text(&root, &format!("[data-testid=snippet][data-lang={lang}]"));
        assert!(t.contains(TENANT) && t.contains(APP), "{lang}");
        assert!(t.contains("api.security.microsoft.com"), "{lang}");
        assert!(
            t.contains("<client-secret>") || t.contains("${CLIENT_SECRET}"),
            "{lang}"
        );
    }
    assert!(text(&root, "[data-testid=snippet-vault-note]").contains("vault"));
    assert_eq!(
        root.query_selector_all("input[type=password]")
            .unwrap()
            .length(),
        0,
        "no field for a secret"
    );

    select(&root, "[data-testid=api]", "graph").await;
    select(&root, "[data-testid=cloud]", "china").await;
    assert!(
        text(&root, "[data-testid=snippet][data-lang=curl]")
            .contains("https://microsoftgraph.chinacloudapi.cn/.default")
    );
    select(&root, "[data-testid=api]", "mde").await;
    assert_eq!(count(&root, "[data-testid=snippet]"), 0);

    select(&root, "[data-testid=cloud]", "global").await;
    type_into(&root, "[data-testid=tenant]", "organizations").await;
    assert!(exists(&root, "[data-testid=snippet-tenant-note]"));
    assert!(
        text(&root, "[data-testid=snippet][data-lang=python]").contains("<customer-tenant-id>")
    );
}

#[wasm_bindgen_test]
async fn admin_message_in_english_and_japanese() {
    let root = mount_app(&format!(
        "#/consent?client_id={APP}&tenant={TENANT}&format=adminconsent&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&api=graph"
    ))
    .await;
    let en = text(&root, "[data-testid=admin-message]");
    assert!(en.contains("Global Administrator or Privileged Role Administrator"));
    // Nothing picked: the message does not pretend to know the app's permissions.
    assert!(!en.contains("SecurityIncident.Read.All"), "{en}");
    assert!(en.contains(&format!("the permissions configured on application {APP}")));
    assert!(en.contains(&attr(&root, "a[data-testid=consent-link]", "href")));
    // The partner ticks what the app requests (the catalog's permissions of the chosen API).
    assert_eq!(count(&root, "[data-testid=permission-option]"), 5);
    click(
        &root,
        "[data-testid=permission-option][value='SecurityIncident.Read.All']",
    )
    .await;
    let en = text(&root, "[data-testid=admin-message]");
    assert!(en.contains("  - SecurityIncident.Read.All"), "{en}");
    assert!(!en.contains("ThreatHunting.Read.All"), "{en}");
    assert!(
        !en.contains("permissions configured on application"),
        "{en}"
    );

    select(&root, "[data-testid=message-lang]", "ja").await;
    let ja = text(&root, "[data-testid=admin-message]");
    assert!(ja.contains("グローバル管理者"));
    assert!(ja.contains("特権ロール管理者"));
    assert!(ja.contains("管理者の同意"));
    assert_eq!(attr(&root, "[data-testid=admin-message]", "lang"), "ja");

    // The page language switches every label; the message keeps its own choice.
    select(&root, "[data-testid=lang-switch]", "ja").await;
    assert_eq!(
        text(&root, "label[for=client-id]"),
        "アプリケーション (クライアント) ID"
    );
    assert_eq!(text(&root, "label[for=redirect-uri]"), "リダイレクト URI");
    select(&root, "[data-testid=lang-switch]", "en").await;
}

/// A link remembered as sent is recognised when its answer is pasted after a reload (the state
/// lives with the customer in the roster, not only in the tab).
#[wasm_bindgen_test]
async fn an_answer_is_matched_to_the_link_sent_even_after_a_reload() {
    storage().clear().unwrap();
    let hash = format!(
        "#/consent?client_id={APP}&tenant={TENANT}&format=adminconsent&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&api=graph"
    );
    let root = mount_english(&hash).await;
    click(&root, "[data-testid=roster-new]").await;
    type_into(&root, "[data-testid=customer-name]", "Contoso").await;
    click(&root, "[data-testid=customer-save]").await;
    let state = value(&root, "[data-testid=state]");
    click(&root, "[data-testid=record-link]").await;
    assert!(text(&root, "[data-testid=link-recorded]").contains("Contoso"));
    root.remove();

    // A new page (as after a reload): a fresh state in the builder, the roster from storage.
    let root = mount_english(&hash).await;
    assert_ne!(value(&root, "[data-testid=state]"), state);
    type_into(
        &root,
        "[data-testid=callback-input]",
        &format!("https://partner.example/cb?admin_consent=True&tenant={TENANT}&state={state}"),
    )
    .await;
    let result = "[data-testid=callback-result]";
    assert_eq!(attr(&root, result, "data-state"), "match");
    let said = text(&root, "[data-testid=callback-state]");
    assert!(said.contains("the link sent to Contoso on 20"), "{said}");
    // Case matters: a state differing only in case is not that link's, and for that tenant it
    // is a mismatch.
    type_into(
        &root,
        "[data-testid=callback-input]",
        &format!(
            "https://partner.example/cb?admin_consent=True&tenant={TENANT}&state={}",
            state.to_ascii_uppercase()
        ),
    )
    .await;
    assert_eq!(attr(&root, result, "data-state"), "mismatch");
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn graph_in_the_china_cloud_warns_but_builds() {
    let root = mount_english(&format!(
        "#/consent?client_id={APP}&tenant={TENANT}&format=adminconsent&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&api=graph&cloud=china"
    ))
    .await;
    assert!(exists(&root, "a[data-testid=consent-link]"));
    assert!(text(&root, "[data-testid=consent-warnings]").contains("21Vianet"));
}
