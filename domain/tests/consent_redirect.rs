//! Native tests of the redirect reader: the fixture cases (documented examples and variants,
//! `tests/fixtures/consent/redirects.json`), outcome precedence, state comparison, and the
//! sentences each outcome gets.

use dpk_domain::consent::message::{aadsts_advice, error_advice};
use dpk_domain::consent::redirect::{
    RedirectNote, RedirectOutcome, StateCheck, aadsts_codes, read_redirect,
};
use dpk_domain::i18n::{Lang, Text};
use serde_json::Value;

const CASES: &str = include_str!("../../tests/fixtures/consent/redirects.json");

/// The conformance corpus's outcome names, mapped to the page's `data-outcome` codes.
fn page_code(conformance: &str) -> &'static str {
    match conformance {
        "admin_consent_granted" => "granted",
        "user_cancel" => "cancelled",
        "error" => "error",
        "authorization_code" => "code",
        "unrecognized" => "unrecognized",
        other => panic!("unknown outcome {other}"),
    }
}

#[test]
fn fixture_cases() {
    let doc: Value = serde_json::from_str(CASES).expect("fixture is JSON");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 20);
    for case in cases {
        let id = case["id"].as_str().expect("id");
        assert!(
            case["source"].as_str().is_some_and(|s| !s.is_empty()),
            "{id}: source"
        );
        let url = case["url"].as_str().expect("url");
        let expected_state = case["expected_state"].as_str().expect("expected_state");
        let want = &case["expected"];
        let got = read_redirect(url, expected_state);
        assert_eq!(
            got.outcome.code(),
            page_code(want["outcome"].as_str().expect("outcome")),
            "{id}: {got:?}"
        );
        assert_eq!(
            got.state.code(),
            want["state"].as_str().expect("state"),
            "{id}"
        );
        if let Some(t) = want.get("tenant") {
            assert_eq!(got.outcome.tenant(), t.as_str(), "{id}");
        }
        if let Some(e) = want.get("error") {
            assert_eq!(got.outcome.error(), e.as_str(), "{id}");
        }
        if let Some(a) = want.get("aadsts") {
            let want: Vec<u32> = a
                .as_array()
                .expect("aadsts list")
                .iter()
                .map(|n| n.as_u64().expect("number") as u32)
                .collect();
            assert_eq!(got.outcome.aadsts(), want.as_slice(), "{id}");
        }
        if let Some(s) = want.get("scope") {
            match &got.outcome {
                RedirectOutcome::Granted { scope, .. } => {
                    assert_eq!(scope.as_deref(), s.as_str(), "{id}")
                }
                other => panic!("{id}: {other:?}"),
            }
        }
    }
}

#[test]
fn success_names_the_tenant_and_scope() {
    let r = read_redirect(
        "https://partner.example/cb?admin_consent=True&tenant=FA00D692-E9C7-4460-A743-29F2956FD429&scope=https%3A%2F%2Fapi.security.microsoft.com%2F.default&state=s1",
        "s1",
    );
    assert_eq!(
        r.outcome,
        RedirectOutcome::Granted {
            tenant: Some("fa00d692-e9c7-4460-a743-29f2956fd429".into()),
            scope: Some("https://api.security.microsoft.com/.default".into()),
        }
    );
    assert_eq!(r.state, StateCheck::Match);
    assert_eq!(r.returned_state.as_deref(), Some("s1"));
    assert!(r.notes.is_empty());
}

#[test]
fn an_error_always_wins_over_admin_consent_true() {
    let r = read_redirect(
        "https://partner.example/cb?admin_consent=True&tenant=fa00d692-e9c7-4460-a743-29f2956fd429&error=access_denied&error_subcode=cancel&state=s",
        "s",
    );
    assert_eq!(
        r.outcome,
        RedirectOutcome::Error {
            error: "access_denied".into(),
            description: None,
            aadsts: vec![],
            admin_consent_claimed: true,
        }
    );
    assert_eq!(
        r.outcome.tenant(),
        None,
        "an error never vouches for a tenant"
    );
}

#[test]
fn cancel_is_told_apart_from_errors() {
    let cancelled = |u: &str| {
        matches!(
            read_redirect(u, "").outcome,
            RedirectOutcome::Cancelled { .. }
        )
    };
    // A bare access_denied says nothing about a cancel: an error with its explanation (#12).
    assert!(!cancelled("?error=access_denied"));
    assert!(cancelled(
        "?error=access_denied&error_description=AADSTS65004%3A+User+declined"
    ));
    assert!(cancelled("?error=consent_required&error_subcode=cancel"));
    assert!(cancelled(
        "?error=permission_denied&error_description=The+admin+canceled+the+request"
    ));
    assert!(!cancelled(
        "?error=access_denied&error_description=AADSTS50020%3A+x"
    ));
    assert!(!cancelled(
        "?error=consent_required&error_description=AADSTS65004%3A+x"
    ));
    assert!(!cancelled("?error=invalid_request"));
}

#[test]
fn encoded_descriptions_are_decoded_and_their_numbers_found() {
    let r = read_redirect(
        "https://x/cb?error=invalid_client&error_description=AADSTS650052%3a+The+app+needs+access+to+a+service+%28%22https%3a%2f%2fapi.securitycenter.microsoft.com%22%29.%0d%0aTrace+ID%3a+1+AADSTS9002326",
        "",
    );
    match r.outcome {
        RedirectOutcome::Error {
            description,
            aadsts,
            ..
        } => {
            let d = description.expect("description");
            assert!(d.starts_with(
                "AADSTS650052: The app needs access to a service (\"https://api.securitycenter.microsoft.com\")."
            ));
            assert!(d.contains("\r\nTrace ID: 1"));
            assert_eq!(aadsts, vec![650052, 9002326]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn fragment_and_query_are_both_read_query_first() {
    let r = read_redirect(
        "https://x/cb?state=from-query#admin_consent=True&state=from-fragment",
        "from-query",
    );
    assert_eq!(r.outcome.code(), "granted");
    assert_eq!(r.state, StateCheck::Match);
}

#[test]
fn state_check() {
    let url = "https://x/cb?admin_consent=True&state=abc";
    assert_eq!(read_redirect(url, "abc").state, StateCheck::Match);
    assert_eq!(read_redirect(url, " abc ").state, StateCheck::Match);
    assert_eq!(read_redirect(url, "abd").state, StateCheck::Mismatch);
    // No state issued: nothing to compare with, so unknown, not a mismatch (an attack).
    assert_eq!(read_redirect(url, "").state, StateCheck::Unknown);
    assert_eq!(
        read_redirect("https://x/cb?admin_consent=True", "abc").state,
        StateCheck::Absent
    );
    assert_eq!(
        read_redirect("https://x/cb?admin_consent=True&state=", "abc").state,
        StateCheck::Absent
    );
}

#[test]
fn notes_for_odd_tenants_and_tokens() {
    let r = read_redirect("?admin_consent=True&tenant=contoso.onmicrosoft.com", "");
    assert_eq!(
        r.outcome,
        RedirectOutcome::Granted {
            tenant: None,
            scope: None
        }
    );
    assert_eq!(r.notes, vec![RedirectNote::TenantNotGuid]);
    let r = read_redirect("#id_token=eyJ.eyJ.x&state=a", "a");
    assert_eq!(r.outcome, RedirectOutcome::Unrecognized);
    assert_eq!(r.notes, vec![RedirectNote::ContainsToken]);
}

#[test]
fn the_code_value_is_never_kept() {
    let r = read_redirect("https://x/?code=SECRET-CODE-VALUE&state=s", "s");
    assert_eq!(
        r.outcome,
        RedirectOutcome::Code {
            admin_consent: false,
            tenant: None
        }
    );
    assert!(!format!("{r:?}").contains("SECRET-CODE-VALUE"));
}

#[test]
fn garbage_never_panics() {
    for input in [
        "",
        " ",
        "?",
        "#",
        "&&&",
        "=",
        "==&=",
        "%",
        "?%ZZ=%ZZ",
        "https://",
        "#?#?",
        "\u{0}\u{1}",
        "🦀?error=🦀&error_description=AADSTS🦀",
        "?error_description=AADSTS99999999999999999999",
    ] {
        let _ = read_redirect(input, "x");
    }
    assert_eq!(
        aadsts_codes("AADSTS99999999999999999999"),
        Vec::<u32>::new()
    );
}

#[test]
fn required_aadsts_numbers_have_advice_in_both_languages() {
    for n in [
        50011, 50020, 65001, 65004, 65006, 650051, 650052, 700016, 900144, 9002326,
    ] {
        let advice = aadsts_advice(n).expect("advice");
        for lang in Lang::ALL {
            assert!(
                advice.get(lang).contains(&n.to_string()),
                "AADSTS{n} {lang:?}"
            );
        }
    }
    for e in [
        "access_denied",
        "consent_required",
        "invalid_request",
        "server_error",
    ] {
        assert!(error_advice(e).is_some(), "{e}");
    }
    assert!(error_advice("<script>").is_none());
}
