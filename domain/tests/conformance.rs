//! Runs every case of the JWT conformance set (`tests/fixtures/jwt-conformance/INDEX.json`, 73
//! cases from public test suites) through the token inspector: extractor, decoder, facts, checks
//! and signature preparation. The set's expectations are a strict RFC decoder's; the mapping to
//! this tolerant inspector is documented in the fixtures' README.md and below, case kind by kind.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dpk_domain::cloud::TokenVersion;
use dpk_domain::jwt::jwk::{SignatureBlock, VerifyPlan, parse_rsa_keys, plan_verification};
use dpk_domain::jwt::{
    CheckId, CheckInput, CheckStatus, ClaimTypeError, DecodeError, DecodeFailure, DecodeWarning,
    DecodedJwt, Finding, KindBasis, PastedToken, Segment, SignatureState, TokenFacts, TokenKind,
    decode_unverified, extract, run_checks,
};
use serde_json::{Value, json};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/jwt-conformance")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(fixtures().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn json_file(rel: &str) -> Value {
    serde_json::from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Extracts and decodes pasted text as the page does.
fn inspect(text: &str) -> Result<DecodedJwt, DecodeFailure> {
    let extracted = extract(&PastedToken::new(text)).expect("a non-blank fixture");
    decode_unverified(extracted.token.expose())
}

fn object(map: &serde_json::Map<String, Value>) -> Value {
    Value::Object(map.clone())
}

fn segment(code: &str) -> Segment {
    match code {
        "header" => Segment::Header,
        "payload" => Segment::Payload,
        "signature" => Segment::Signature,
        other => panic!("unknown segment {other}"),
    }
}

fn checks(jwt: &DecodedJwt, now: i64) -> BTreeMap<&'static str, (CheckStatus, Finding)> {
    let facts = TokenFacts::from_decoded(jwt);
    let input = CheckInput {
        now,
        operation: None,
        expected_tenant: "",
        signature: SignatureState::NotChecked(match plan_verification(jwt, "") {
            VerifyPlan::Blocked(block) => block,
            VerifyPlan::Ready(_) => SignatureBlock::NoKeys,
        }),
    };
    run_checks(jwt, &facts, &input)
        .into_iter()
        .map(|c| (c.id.code(), (c.status, c.finding)))
        .collect()
}

/// What the strict expectation says about one `kind: jwt` case, checked against the inspector.
fn check_jwt_case(id: &str, text: &str, expected: &Value) {
    let result = inspect(text);
    let valid = expected["valid"].as_bool().expect("valid flag");
    let kind = expected["error_kind"].as_str();
    match (valid, kind) {
        (true, _) => {
            let jwt = result.unwrap_or_else(|f| panic!("{id}: should decode, got {f:?}"));
            assert_eq!(object(&jwt.header), expected["header"], "{id}: header");
            assert_eq!(object(&jwt.payload), expected["payload"], "{id}: payload");
            let pretty: Value = serde_json::from_str(&jwt.payload_json).expect("pretty JSON");
            assert_eq!(pretty, expected["payload"], "{id}: payload JSON text");
        }
        (false, Some("segments")) => {
            let error = result.expect_err("segments").error;
            let parts = text.trim().split('.').count();
            if parts == 5 {
                assert!(
                    matches!(error, DecodeError::Encrypted { .. }),
                    "{id}: {error:?}"
                );
                assert_eq!(error.kind_code(), "encrypted");
            } else {
                assert_eq!(error, DecodeError::Segments { count: parts }, "{id}");
            }
        }
        (false, Some("padding")) => {
            // Padding is tolerated with a warning; the lenient decoder's payload must show.
            let lenient = &expected["lenient_decoder_payload"];
            let (warnings, payload_json) = match result {
                Ok(jwt) => (jwt.warnings, jwt.payload_json),
                Err(f) => {
                    assert!(
                        matches!(f.error.kind_code(), "utf8" | "json" | "not_object"),
                        "{id}: only a later-stage error may follow tolerated padding: {:?}",
                        f.error
                    );
                    (f.warnings, f.payload_json.expect("payload still decoded"))
                }
            };
            assert!(
                warnings
                    .iter()
                    .any(|w| matches!(w, DecodeWarning::Padding { .. })),
                "{id}: padding warning"
            );
            let payload: Value = serde_json::from_str(&payload_json).expect("payload JSON");
            assert_eq!(&payload, lenient, "{id}: lenient payload");
        }
        (false, Some("base64")) if text != text.trim() => {
            // Whitespace around the token: the extractor removes it, as a paste-friendly UI must.
            let jwt = result.unwrap_or_else(|f| panic!("{id}: whitespace tolerated, got {f:?}"));
            assert_eq!(
                object(&jwt.payload),
                expected["lenient_decoder_payload"],
                "{id}"
            );
        }
        (false, Some("base64")) if expected["error_segment"].as_str() == Some("signature") => {
            // A damaged signature no longer hides the header and payload: they decode, and the
            // problem is kept for the signature check (which fails) and listed as a warning.
            let jwt = result.unwrap_or_else(|f| panic!("{id}: header and payload decode: {f:?}"));
            assert!(jwt.signature_problem.is_some(), "{id}");
            assert!(
                jwt.warnings
                    .iter()
                    .any(|w| matches!(w, DecodeWarning::Signature { .. })),
                "{id}"
            );
            let (status, _) = checks(&jwt, 0)["signature"].clone();
            assert_eq!(status, CheckStatus::Fail, "{id}");
        }
        (false, Some(kind)) => {
            let error = result.expect_err(kind).error;
            let want_kind = if kind == "empty_payload" {
                "json"
            } else {
                kind
            };
            assert_eq!(error.kind_code(), want_kind, "{id}: {error:?}");
            if kind == "empty_payload" {
                assert!(matches!(error, DecodeError::EmptySegment { .. }), "{id}");
            }
            let want_segment = expected["error_segment"].as_str().map(segment);
            assert_eq!(error.segment(), want_segment, "{id}: segment of {error:?}");
        }
        (false, None) => panic!("{id}: invalid without a kind"),
    }
}

/// Header findings and claim type errors, for the cases that decode.
fn check_findings(id: &str, text: &str, expected: &Value) {
    let Ok(jwt) = inspect(text) else { return };
    let now = expected["time_status"]["now"]
        .as_i64()
        .unwrap_or(1_700_000_000);
    let results = checks(&jwt, now);
    for finding in expected["header_findings"].as_array().into_iter().flatten() {
        let finding = finding.as_str().expect("finding text");
        let (status, what) = if finding.starts_with("alg none") {
            (results["algorithm"].0, results["algorithm"].1.clone())
        } else if finding.contains("signature segment is empty") {
            (results["signature"].0, results["signature"].1.clone())
        } else if finding.contains("not a registered JWS algorithm") || finding == "alg missing" {
            (results["algorithm"].0, results["algorithm"].1.clone())
        } else if finding == "kid not a string" {
            // A non-string kid is ignored when choosing keys; nothing to fail here.
            assert!(jwt.header["kid"].is_number(), "{id}");
            continue;
        } else if finding.starts_with("crit present") {
            assert!(
                jwt.warnings.iter().any(|w| w.code() == "crit"),
                "{id}: crit warning"
            );
            continue;
        } else {
            panic!("{id}: unmapped header finding {finding}");
        };
        assert_eq!(status, CheckStatus::Fail, "{id}: {finding} → {what:?}");
    }
    for error in expected["claim_type_errors"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let error = error.as_str().expect("error text");
        let facts = TokenFacts::from_decoded(&jwt);
        let want = match error.split_whitespace().next() {
            Some("aud") => ClaimTypeError::AudNotStrings,
            Some("exp") => ClaimTypeError::NotNumericDate("exp"),
            Some("iat") => ClaimTypeError::NotNumericDate("iat"),
            Some("nbf") => ClaimTypeError::NotNumericDate("nbf"),
            other => panic!("{id}: unmapped claim error {other:?}"),
        };
        assert!(facts.type_errors.contains(&want), "{id}: {error}");
        if matches!(want, ClaimTypeError::NotNumericDate("exp" | "nbf")) {
            assert_eq!(results["lifetime"].0, CheckStatus::Fail, "{id}");
        }
    }
    if let Some(status) = expected["time_status"]["status"].as_str() {
        let (got, finding) = &results["lifetime"];
        match status {
            "expired" => assert!(
                matches!(finding, Finding::Expired { .. }),
                "{id}: {finding:?}"
            ),
            "valid" => assert_eq!(*got, CheckStatus::Pass, "{id}: {finding:?}"),
            other => panic!("{id}: unmapped time status {other}"),
        }
    }
}

/// RS256 vectors with a published key: the WebCrypto job must be prepared with that key.
fn check_signature_key(id: &str, text: &str, sidecar: &Value) {
    let key = &sidecar["expected"]["signature"]["key"]["jwk"];
    if sidecar["expected"]["signature"]["alg"] != "RS256" || !key.is_object() {
        return;
    }
    let Ok(jwt) = inspect(text) else { return };
    match plan_verification(&jwt, &key.to_string()) {
        VerifyPlan::Ready(job) => {
            assert_eq!(job.keys[0].n, key["n"].as_str().expect("n"), "{id}");
            assert_eq!(
                job.signing_input,
                text.trim().rsplit_once('.').expect(".").0
            );
            assert!(!job.signature.is_empty());
        }
        other => panic!("{id}: expected a WebCrypto job, got {other:?}"),
    }
}

#[test]
fn every_conformance_vector() {
    let index = json_file("INDEX.json");
    let cases = index["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 73);
    assert_eq!(index["total"], 73);
    let mut seen = 0;
    for case in cases {
        let id = case["id"].as_str().expect("id");
        let file = case["file"].as_str().expect("file");
        let expected = &case["expected"];
        match (case["kind"].as_str(), id) {
            (_, "jwks-rfc-public-keys") => jwks_rfc_public_keys(expected),
            (Some("jwt"), _) => {
                let text = read(file);
                check_jwt_case(id, &text, expected);
                check_findings(id, &text, expected);
                let sidecar = json_file(case["sidecar"].as_str().expect("sidecar"));
                check_signature_key(id, &text, &sidecar);
            }
            (Some("ms_token"), "ms-identityweb-roles-claims") => identityweb_roles(file, expected),
            (Some("ms_token"), "ms-aadvt-mock-jwks-pair") => aadvt_mock(file, expected),
            other => panic!("unhandled case {other:?}"),
        }
        seen += 1;
    }
    assert_eq!(seen, 73);
}

fn jwks_rfc_public_keys(expected: &Value) {
    let text = read("jwks/rfc-public-keys.jwks.json");
    let all: Value = serde_json::from_str(&text).expect("JWKS");
    assert_eq!(all["keys"].as_array().map(Vec::len), Some(5));
    assert_eq!(expected["key_count"], 5);
    // Two keys share a kid (RSA and EC P-521): selection must use kty too.
    let rsa = parse_rsa_keys(&text).expect("RSA keys");
    assert_eq!(rsa.len(), 2);
    let dup = expected["duplicate_kid"].as_str().expect("kid");
    assert_eq!(
        rsa.iter().filter(|k| k.kid.as_deref() == Some(dup)).count(),
        1
    );
    // The RS256 pair (A.2, no kid): the job offers the A.2 key first.
    let jwt = inspect(&read("jwt/rfc7515-a2-rs256.jwt")).expect("A.2 decodes");
    let VerifyPlan::Ready(job) = plan_verification(&jwt, &text) else {
        panic!("A.2 job")
    };
    assert_eq!(job.keys[0].n, all["keys"][0]["n"].as_str().expect("n"));
    // ES256 has a key too, but only RS256 is verified in the page.
    let es = inspect(&read("jwt/rfc7515-a3-es256.jwt")).expect("A.3 decodes");
    assert_eq!(
        plan_verification(&es, &text),
        VerifyPlan::Blocked(SignatureBlock::UnsupportedAlg("ES256".into()))
    );
}

fn identityweb_roles(file: &str, expected: &Value) {
    // The source publishes claims only; the sidecar's derived token is alg none, empty signature.
    let payload: Value = serde_json::from_str(&read(file)).expect("payload");
    assert_eq!(payload, expected["payload"]);
    let token = format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    let jwt = inspect(&token).expect("decodes");
    assert_eq!(jwt.payload["nested"]["deep"]["value"], "test");
    let facts = TokenFacts::from_decoded(&jwt);
    let entra = &expected["entra"];
    assert_eq!(entra["token_kind"], "app-only (roles)");
    assert_eq!(
        (facts.kind, facts.kind_basis),
        (TokenKind::App, KindBasis::Roles)
    );
    assert_eq!(json!(facts.roles), entra["roles"]);
    assert!(facts.scopes.is_empty() && entra["scopes"].is_null());
    assert_eq!(facts.version, None);
    assert_eq!(entra["iss_matches_tid"], false);
    let results = checks(&jwt, 1_700_000_000);
    assert_eq!(
        results["issuer"],
        (CheckStatus::Fail, Finding::IssuerMissing)
    );
    assert_eq!(results["algorithm"], (CheckStatus::Fail, Finding::AlgNone));
}

fn aadvt_mock(file: &str, expected: &Value) {
    let text = read(file);
    let jwt = inspect(&text).expect("decodes");
    let sidecar = json_file("ms_tokens/aadvt-mock-v2-signed.json");
    assert_eq!(object(&jwt.header), sidecar["expected"]["header"]);
    assert_eq!(object(&jwt.payload), sidecar["expected"]["payload"]);
    assert_eq!(expected["valid"], true);
    let facts = TokenFacts::from_decoded(&jwt);
    assert_eq!(facts.version, Some(TokenVersion::V2));
    assert_eq!(json!(facts.scopes), expected["scopes"]);
    assert_eq!(facts.kind, TokenKind::Delegated);
    let results = checks(&jwt, 1_700_000_000);
    // iss still holds the literal {tenantid} template: the issuer check must fail.
    assert_eq!(expected["iss_valid"], false);
    assert!(matches!(
        results["issuer"],
        (CheckStatus::Fail, Finding::IssuerTenantMismatch { .. })
    ));
    assert_eq!(expected["has_exp"], false);
    assert_eq!(results["lifetime"], (CheckStatus::Warn, Finding::NoExpiry));
    assert_eq!(results[CheckId::Algorithm.code()].0, CheckStatus::Pass);
    // The key's n is standard base64 with padding: normalised, then matched by kid.
    let keys = read("jwks/azure-ad-verify-token-mock-jwks.json");
    let VerifyPlan::Ready(job) = plan_verification(&jwt, &keys) else {
        panic!("aadvt job")
    };
    assert_eq!(job.keys.len(), 1);
    assert!(job.keys[0].normalised);
    assert_eq!(job.keys[0].kid.as_deref(), expected["kid"].as_str());
    assert!(job.keys[0].n.starts_with("vzoCEC2rpSpJQaWZbUml"));
    assert!(!job.keys[0].n.contains(['+', '/', '=']));
}
