use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::*;
use crate::catalog::operation;
use crate::jwt::{DecodedJwt, decode_unverified};

const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const NOW: i64 = 1_700_000_000;

fn jwt(header: Value, claims: Value) -> DecodedJwt {
    let t = format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string()),
        URL_SAFE_NO_PAD.encode("sig")
    );
    decode_unverified(&t).expect("decodes")
}

fn app_token() -> DecodedJwt {
    jwt(
        json!({"typ": "JWT", "alg": "RS256", "kid": "k"}),
        json!({
            "aud": "https://api.security.microsoft.com",
            "iss": format!("https://sts.windows.net/{TID}/"),
            "iat": NOW - 60, "nbf": NOW - 60, "exp": NOW + 3540,
            "appid": "11111111-2222-3333-4444-555555555555", "appidacr": "1",
            "idtyp": "app", "roles": ["Incident.Read.All"], "tid": TID, "ver": "1.0",
        }),
    )
}

fn run(jwt: &DecodedJwt, op: Option<&str>, tenant: &str) -> Vec<Check> {
    let facts = TokenFacts::from_decoded(jwt);
    run_checks(
        jwt,
        &facts,
        &CheckInput {
            now: NOW,
            operation: op.map(|id| operation(id).expect("op")),
            expected_tenant: tenant,
            signature: SignatureState::NotChecked(SignatureBlock::NoKeys),
        },
    )
}

fn status(checks: &[Check], id: CheckId) -> (CheckStatus, Finding) {
    let c = checks.iter().find(|c| c.id == id).expect("check present");
    (c.status, c.finding.clone())
}

#[test]
fn a_good_app_token_passes_everything_it_can() {
    let checks = run(&app_token(), Some("xdr.incidents.list"), TID);
    assert_eq!(
        checks.iter().map(|c| c.id).collect::<Vec<_>>(),
        CheckId::ALL
    );
    let statuses: Vec<_> = checks
        .iter()
        .map(|c| (c.id.code(), c.status.code()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("lifetime", "pass"),
            ("audience", "pass"),
            ("issuer", "pass"),
            ("tenant", "pass"),
            ("token-use", "pass"),
            ("algorithm", "pass"),
            ("signature", "skip"),
            ("permissions", "pass"),
        ]
    );
    assert_eq!(
        status(&checks, CheckId::Lifetime).1,
        Finding::Valid { expires_in: 3540 }
    );
    assert_eq!(
        status(&checks, CheckId::Issuer).1,
        Finding::IssuerOk {
            version: TokenVersion::V1,
            cloud: Cloud::Global,
            tenant: TID.into()
        }
    );
}

#[test]
fn lifetime_has_no_leeway() {
    let at = |exp: i64, nbf: i64| {
        let t = jwt(json!({"alg": "RS256"}), json!({"exp": exp, "nbf": nbf}));
        status(&run(&t, None, ""), CheckId::Lifetime)
    };
    assert_eq!(
        at(NOW, NOW - 10),
        (CheckStatus::Fail, Finding::Expired { ago: 0 })
    );
    assert_eq!(
        at(NOW + 1, NOW),
        (CheckStatus::Pass, Finding::Valid { expires_in: 1 })
    );
    assert_eq!(
        at(NOW + 100, NOW + 1),
        (CheckStatus::Fail, Finding::NotYetValid { starts_in: 1 })
    );
    let none = jwt(json!({"alg": "RS256"}), json!({}));
    assert_eq!(
        status(&run(&none, None, ""), CheckId::Lifetime).0,
        CheckStatus::Warn
    );
    let text = jwt(json!({"alg": "RS256"}), json!({"exp": "1700000000"}));
    assert_eq!(
        status(&run(&text, None, ""), CheckId::Lifetime),
        (CheckStatus::Fail, Finding::NotNumericDate("exp"))
    );
}

#[test]
fn audience_against_the_chosen_operation() {
    let t = app_token();
    assert_eq!(
        status(&run(&t, None, ""), CheckId::Audience),
        (CheckStatus::Skip, Finding::NoOperation)
    );
    assert_eq!(
        status(&run(&t, Some("mde.machines.list"), ""), CheckId::Audience),
        (
            CheckStatus::Fail,
            Finding::AudienceOtherResource {
                aud: "https://api.security.microsoft.com".into(),
                found: Api::Xdr,
                needed: Api::Mde,
                request: "https://api.securitycenter.microsoft.com"
            }
        )
    );
    let other = jwt(json!({"alg": "RS256"}), json!({"aud": "api://contoso-app"}));
    assert!(matches!(
        status(
            &run(&other, Some("graph.security.incidents.list"), ""),
            CheckId::Audience
        ),
        (
            CheckStatus::Fail,
            Finding::AudienceUnknown {
                request: "https://graph.microsoft.com",
                ..
            }
        )
    ));
    let gov = jwt(
        json!({"alg": "RS256"}),
        json!({"aud": "https://api-gov.security.microsoft.us/"}),
    );
    assert!(matches!(
        status(&run(&gov, Some("xdr.incidents.get"), ""), CheckId::Audience),
        (
            CheckStatus::Pass,
            Finding::AudienceMatches {
                needed: Api::Xdr,
                ..
            }
        )
    ));
    let missing = jwt(json!({"alg": "RS256"}), json!({}));
    assert_eq!(
        status(
            &run(&missing, Some("xdr.incidents.get"), ""),
            CheckId::Audience
        )
        .1,
        Finding::AudienceMissing
    );
}

#[test]
fn issuer_forms_and_tenant_equality() {
    let with = |iss: &str, tid: &str, ver: &str| {
        let t = jwt(
            json!({"alg": "RS256"}),
            json!({"iss": iss, "tid": tid, "ver": ver}),
        );
        status(&run(&t, None, ""), CheckId::Issuer)
    };
    let v2 = format!("https://login.microsoftonline.com/{TID}/v2.0");
    assert!(matches!(
        with(&v2, TID, "2.0"),
        (
            CheckStatus::Pass,
            Finding::IssuerOk {
                version: TokenVersion::V2,
                ..
            }
        )
    ));
    assert!(matches!(
        with(&v2, TID, "1.0"),
        (CheckStatus::Warn, Finding::IssuerVersionMismatch { .. })
    ));
    let gov = format!("https://login.microsoftonline.us/{TID}/v2.0");
    assert!(matches!(
        with(&gov, TID, "2.0"),
        (
            CheckStatus::Pass,
            Finding::IssuerOk {
                cloud: Cloud::UsGov,
                ..
            }
        )
    ));
    // The Entra docs' v1 sample: a malformed issuer tenant that differs from tid.
    let quirk = "https://sts.windows.net/fa15d692-e9c7-4460-a743-29f29522229/";
    assert!(matches!(
        with(quirk, "fa15d692-e9c7-4460-a743-29f2956fd429", "1.0"),
        (CheckStatus::Fail, Finding::IssuerTenantMismatch { .. })
    ));
    assert!(matches!(
        with(
            "https://login.microsoftonline.com/{tenantid}/v2.0",
            TID,
            "2.0"
        ),
        (CheckStatus::Fail, Finding::IssuerTenantMismatch { .. })
    ));
    assert!(matches!(
        with("https://accounts.google.com", TID, ""),
        (CheckStatus::Fail, Finding::IssuerUnknown { .. })
    ));
    let msa = format!("https://login.microsoftonline.com/{MSA_TENANT}/v2.0");
    assert_eq!(
        with(&msa, MSA_TENANT, "2.0"),
        (CheckStatus::Warn, Finding::ConsumerTenant)
    );
    let no_tid = jwt(json!({"alg": "RS256"}), json!({"iss": v2}));
    assert!(matches!(
        status(&run(&no_tid, None, ""), CheckId::Issuer),
        (CheckStatus::Fail, Finding::IssuerNoTid { .. })
    ));
}

#[test]
fn expected_tenant() {
    let t = app_token();
    assert_eq!(
        status(&run(&t, None, "  "), CheckId::Tenant).0,
        CheckStatus::Skip
    );
    assert_eq!(
        status(&run(&t, None, &TID.to_uppercase()), CheckId::Tenant).0,
        CheckStatus::Pass
    );
    assert!(matches!(
        status(
            &run(&t, None, "00000000-0000-0000-0000-000000000001"),
            CheckId::Tenant
        ),
        (CheckStatus::Fail, Finding::TenantMismatch { .. })
    ));
    assert!(matches!(
        status(&run(&t, None, "contoso.onmicrosoft.com"), CheckId::Tenant),
        (CheckStatus::Warn, Finding::TenantNotGuid { .. })
    ));
}

#[test]
fn id_tokens_fail_token_use() {
    let id = jwt(
        json!({"alg": "RS256"}),
        json!({"aud": "6e74172b-be56-4843-9ff4-e66a39bb12e3", "nonce": "abc", "name": "X"}),
    );
    let checks = run(&id, Some("graph.security.incidents.list"), "");
    assert_eq!(
        status(&checks, CheckId::TokenUse),
        (CheckStatus::Fail, Finding::IdToken)
    );
    assert_eq!(status(&checks, CheckId::Permissions).0, CheckStatus::Fail);
}

#[test]
fn algorithms() {
    let alg = |a: Value| {
        status(
            &run(&jwt(json!({"alg": a}), json!({})), None, ""),
            CheckId::Algorithm,
        )
    };
    assert_eq!(alg(json!("RS256")).0, CheckStatus::Pass);
    assert_eq!(alg(json!("none")), (CheckStatus::Fail, Finding::AlgNone));
    assert_eq!(
        alg(json!("HS256")),
        (
            CheckStatus::Warn,
            Finding::AlgHmac {
                alg: "HS256".into()
            }
        )
    );
    assert_eq!(alg(json!("PS256")).0, CheckStatus::Warn);
    assert_eq!(
        alg(json!("hs256")),
        (
            CheckStatus::Fail,
            Finding::AlgUnknown {
                alg: "hs256".into()
            }
        )
    );
    assert_eq!(alg(json!(5)), (CheckStatus::Fail, Finding::AlgMissing));
}

#[test]
fn signature_states_map_to_statuses() {
    let t = app_token();
    let facts = TokenFacts::from_decoded(&t);
    let sig = |state: SignatureState| {
        let input = CheckInput {
            now: NOW,
            operation: None,
            expected_tenant: "",
            signature: state,
        };
        status(&run_checks(&t, &facts, &input), CheckId::Signature).0
    };
    assert_eq!(
        sig(SignatureState::Verified {
            kid: Some("k".into())
        }),
        CheckStatus::Pass
    );
    assert_eq!(
        sig(SignatureState::Invalid {
            kids: vec!["k".into()]
        }),
        CheckStatus::Fail
    );
    assert_eq!(sig(SignatureState::Pending), CheckStatus::Skip);
    assert_eq!(
        sig(SignatureState::NotChecked(
            SignatureBlock::NotVerifiableByDesign
        )),
        CheckStatus::Skip
    );
    assert_eq!(
        sig(SignatureState::NotChecked(SignatureBlock::Unsigned)),
        CheckStatus::Fail
    );
    assert_eq!(
        sig(SignatureState::NotChecked(SignatureBlock::NoRsaKey)),
        CheckStatus::Warn
    );
}

/// Microsoft's documented sample access tokens (see `decode/tests.rs`): their cut signature no
/// longer hides the checks. Every check runs; the signature check fails with the segment's
/// problem; the v1.0 sample's issuer tenant differs from its `tid` (a typo in Microsoft's sample)
/// and is reported.
#[test]
fn microsofts_sample_tokens_run_every_check() {
    use crate::jwt::jwk::{VerifyPlan, plan_verification};
    use crate::jwt::{Base64Problem, decode_unverified};
    for file in ["v1", "v2"] {
        let path = format!(
            "{}/../tests/fixtures/jwt-conformance/ms_tokens/entra-docs-sample-{file}.jwt",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("fixture");
        let d = decode_unverified(text.trim()).expect("decodes");
        let VerifyPlan::Blocked(block) = plan_verification(&d, "{\"keys\":[]}") else {
            panic!("a damaged signature cannot be verified");
        };
        assert!(
            matches!(
                block,
                SignatureBlock::Damaged(Base64Problem::TrailingBits { position: 19, .. })
            ),
            "{file}: {block:?}"
        );
        let facts = TokenFacts::from_decoded(&d);
        let checks = run_checks(
            &d,
            &facts,
            &CheckInput {
                now: NOW,
                operation: None,
                expected_tenant: "",
                signature: SignatureState::NotChecked(block),
            },
        );
        assert_eq!(checks.len(), CheckId::ALL.len(), "{file}");
        let (sig, _) = status(&checks, CheckId::Signature);
        assert_eq!(sig, CheckStatus::Fail, "{file}");
        let (iss, finding) = status(&checks, CheckId::Issuer);
        if file == "v1" {
            assert_eq!(iss, CheckStatus::Fail);
            assert!(
                matches!(finding, Finding::IssuerTenantMismatch { ref issuer_tenant, .. }
                    if issuer_tenant == "fa15d692-e9c7-4460-a743-29f29522229"),
                "{finding:?}"
            );
        } else {
            assert_eq!(iss, CheckStatus::Pass, "{finding:?}");
        }
    }
}

#[test]
fn a_guid_audience_is_judged_in_the_issuers_cloud() {
    // A US Government token for Defender for Endpoint's app ID, checked against a Graph call:
    // the advice points at the US Government Graph resource, not the global one.
    let gov = jwt(
        json!({"alg": "RS256"}),
        json!({
            "aud": "fc780465-2017-40d4-a0c5-307022471b92",
            "iss": format!("https://login.microsoftonline.us/{TID}/v2.0"),
            "tid": TID, "ver": "2.0", "roles": ["Alert.Read.All"],
            "azp": "11111111-2222-3333-4444-555555555555",
            "nbf": NOW - 60, "exp": NOW + 60,
        }),
    );
    let checks = run(&gov, Some("graph.security.incidents.list"), TID);
    let (_, finding) = status(&checks, CheckId::Audience);
    assert!(
        matches!(
            finding,
            Finding::AudienceOtherResource {
                request: "https://graph.microsoft.us",
                ..
            }
        ),
        "{finding:?}"
    );
    let (issuer, finding) = status(&checks, CheckId::Issuer);
    assert_eq!(issuer, CheckStatus::Pass);
    assert!(matches!(
        finding,
        Finding::IssuerOk {
            cloud: Cloud::UsGov,
            ..
        }
    ));
    // Issuer and audience disagree: said on the issuer check.
    let mixed = jwt(
        json!({"alg": "RS256"}),
        json!({
            "aud": "https://graph.microsoft.com",
            "iss": format!("https://login.microsoftonline.us/{TID}/v2.0"),
            "tid": TID, "ver": "2.0", "azp": "x", "roles": ["a"],
        }),
    );
    let checks = run(&mixed, None, "");
    assert_eq!(
        status(&checks, CheckId::Issuer),
        (
            CheckStatus::Warn,
            Finding::IssuerCloudMismatch {
                audience: Cloud::Global,
                issuer: Cloud::UsGov
            }
        )
    );
}
