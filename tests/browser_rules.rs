//! The rules of issue #19 where the user sees them, in headless Chromium: the token page's checks
//! for an issuer of one tenant with the `tid` of another (both GUIDs), several audiences, a US Gov
//! token, `idtyp: user`; and the consent page's state comparison with near misses. The same rules
//! are tested natively in domain/tests/token_rules.rs and domain/tests/consent_state.rs.
#![cfg(target_arch = "wasm32")]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

const TENANT_A: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const TENANT_B: &str = "0b8e5d1c-3f7a-4c2e-9d61-5a2f4e8b7c90";
const XDR: &str = "https://api.security.microsoft.com";

fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// An unsigned v1 app-only token for Defender XDR in tenant A; `extra` overrides claims (null
/// removes one).
fn token(extra: Value) -> String {
    let mut claims = json!({
        "aud": XDR, "iss": format!("https://sts.windows.net/{TENANT_A}/"),
        "iat": now() - 60, "nbf": now() - 60, "exp": now() + 3600,
        "appid": "11111111-2222-3333-4444-555555555555", "roles": ["Incident.Read.All"],
        "tid": TENANT_A, "ver": "1.0",
    });
    if let (Value::Object(base), Value::Object(extra)) = (&mut claims, extra) {
        for (k, v) in extra {
            if v.is_null() {
                base.remove(&k);
            } else {
                base.insert(k, v);
            }
        }
    }
    let b64 = |v: &Value| URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.{}",
        b64(&json!({"typ": "JWT", "alg": "RS256"})),
        b64(&claims),
        URL_SAFE_NO_PAD.encode("sig")
    )
}

async fn token_page(claims: Value, operation: &str) -> Element {
    let root = mount_app("#/token").await;
    select(&root, "[data-testid=lang-switch]", "en").await;
    type_into(&root, "[data-testid=token-input]", &token(claims)).await;
    assert_eq!(
        attr(&root, "[data-testid=decode-status]", "data-status"),
        "ok"
    );
    select(&root, "[data-testid=operation-select]", operation).await;
    root
}

fn check(root: &Element, name: &str) -> (String, String) {
    let selector = format!("[data-testid=check][data-check={name}]");
    (attr(root, &selector, "data-status"), text(root, &selector))
}

#[wasm_bindgen_test]
async fn an_issuer_of_one_tenant_with_the_tid_of_another_is_shown_failing() {
    let root = token_page(json!({"tid": TENANT_B}), "xdr.incidents.list").await;
    let (status, said) = check(&root, "issuer");
    assert_eq!(status, "fail");
    assert!(
        said.contains(TENANT_A) && said.contains(TENANT_B),
        "names both tenants: {said}"
    );
    // The same tenant in capitals is the same tenant.
    let root = token_page(
        json!({"tid": TENANT_A.to_ascii_uppercase()}),
        "xdr.incidents.list",
    )
    .await;
    assert_eq!(check(&root, "issuer").0, "pass");
}

#[wasm_bindgen_test]
async fn the_resource_may_be_any_of_several_audiences() {
    let root = token_page(
        json!({"aud": ["api://contoso-app", "https://graph.microsoft.com", XDR]}),
        "xdr.incidents.list",
    )
    .await;
    let (status, said) = check(&root, "audience");
    assert_eq!(status, "pass", "{said}");
    assert!(said.contains(XDR), "names the matching value: {said}");
    assert_eq!(check(&root, "permissions").0, "pass");
    assert_eq!(
        attr(&root, "[data-testid=permission-verdict]", "data-status"),
        "pass"
    );
    // None of them for the operation's resource: fails, naming the resource to request.
    let root = token_page(
        json!({"aud": ["api://contoso-app", "https://graph.microsoft.com"]}),
        "xdr.incidents.list",
    )
    .await;
    let (status, said) = check(&root, "audience");
    assert_eq!(status, "fail");
    assert!(said.contains(XDR), "says what to request: {said}");
}

#[wasm_bindgen_test]
async fn a_us_gov_token_passes_for_the_us_gov_resource() {
    let gov = "https://api-gov.security.microsoft.us";
    let root = token_page(json!({"aud": gov}), "xdr.incidents.list").await;
    let (status, said) = check(&root, "audience");
    assert_eq!(status, "pass", "{said}");
    assert!(said.contains(gov), "{said}");
}

#[wasm_bindgen_test]
async fn a_china_token_for_defender_is_not_offered() {
    let root = token_page(
        json!({
            "aud": "8ee8fdad-f234-4243-8f3b-15c294843740",
            "iss": format!("https://sts.chinacloudapi.cn/{TENANT_A}/"),
        }),
        "xdr.incidents.list",
    )
    .await;
    let (status, said) = check(&root, "audience");
    assert_eq!(status, "fail", "{said}");
    assert!(said.contains("21Vianet"), "names the cloud: {said}");
}

#[wasm_bindgen_test]
async fn idtyp_user_is_shown_as_delegated_and_judged_by_scp() {
    let root = token_page(json!({"idtyp": "user"}), "xdr.incidents.list").await;
    assert_eq!(
        attr(&root, "[data-testid=token-facts]", "data-kind"),
        "delegated"
    );
    // Incident.Read.All sits in roles, which a delegated token is not judged by.
    let verdict = "[data-testid=permission-verdict]";
    assert_eq!(attr(&root, verdict, "data-status"), "fail");
    assert_eq!(attr(&root, verdict, "data-missing"), "Incident.Read");
}

#[wasm_bindgen_test]
async fn near_miss_states_read_as_a_mismatch() {
    let root = mount_app("#/consent").await;
    // A link for TENANT_A is on screen, issued with state `abc`: an answer from that tenant with
    // any other state is a mismatch, and only `abc` exactly is its answer.
    type_into(
        &root,
        "[data-testid=client-id]",
        "11111111-2222-3333-4444-555555555555",
    )
    .await;
    type_into(&root, "[data-testid=tenant]", TENANT_A).await;
    type_into(&root, "[data-testid=state]", "abc").await;
    let read = |state: &'static str| {
        let root = root.clone();
        async move {
            type_into(
                &root,
                "[data-testid=callback-input]",
                &format!(
                    "https://partner.example/cb?admin_consent=True&tenant={TENANT_A}&state={state}"
                ),
            )
            .await;
            attr(&root, "[data-testid=callback-result]", "data-state")
        }
    };
    assert_eq!(read("abc").await, "match");
    for near in ["abcd", "ABC", "ab"] {
        assert_eq!(read(near).await, "mismatch", "{near}");
    }
}
