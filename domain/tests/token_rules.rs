//! The token checks that guard users, tested where a broken rule would let a bad token through:
//! an issuer from one tenant with a `tid` of another (both GUIDs), several audiences, the API not
//! offered in the token's cloud, `idtyp: user`, the token-use claim and the delegated branch of
//! the permission verdict. Each test names the rule it pins; `scripts/mutants` checks that they
//! catch its mutants (issue #19).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use dpk_domain::catalog::{GrantKind, Requirement, operation};
use dpk_domain::cloud::{Api, Cloud, TokenVersion};
use dpk_domain::jwt::{
    Check, CheckId, CheckInput, CheckStatus, DecodedJwt, Finding, KindBasis, SignatureState,
    TokenFacts, TokenKind, TokenUse, VerdictOutcome, decode_unverified, jwk::SignatureBlock,
    permission_verdict, run_checks,
};

const TENANT_A: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const TENANT_B: &str = "0b8e5d1c-3f7a-4c2e-9d61-5a2f4e8b7c90";
const NOW: i64 = 1_700_000_000;
const XDR: &str = "https://api.security.microsoft.com";
const XDR_APP_ID: &str = "8ee8fdad-f234-4243-8f3b-15c294843740";

fn jwt(claims: Value) -> DecodedJwt {
    let t = format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(json!({"typ": "JWT", "alg": "RS256"}).to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string()),
        URL_SAFE_NO_PAD.encode("sig")
    );
    decode_unverified(&t).expect("decodes")
}

/// An app-only v1 token for Defender XDR in tenant A, valid at NOW; `extra` overrides claims.
fn app_claims(extra: Value) -> Value {
    let mut c = json!({
        "aud": XDR, "iss": format!("https://sts.windows.net/{TENANT_A}/"),
        "iat": NOW - 60, "nbf": NOW - 60, "exp": NOW + 3540,
        "appid": "11111111-2222-3333-4444-555555555555", "roles": ["Incident.Read.All"],
        "tid": TENANT_A, "ver": "1.0",
    });
    if let (Value::Object(base), Value::Object(extra)) = (&mut c, extra) {
        for (k, v) in extra {
            if v.is_null() {
                base.remove(&k);
            } else {
                base.insert(k, v);
            }
        }
    }
    c
}

fn checks(claims: Value, op: &str) -> Vec<Check> {
    let jwt = jwt(claims);
    let facts = TokenFacts::from_decoded(&jwt);
    run_checks(
        &jwt,
        &facts,
        &CheckInput {
            now: NOW,
            operation: Some(operation(op).expect("catalog operation")),
            expected_tenant: "",
            signature: SignatureState::NotChecked(SignatureBlock::NoKeys),
        },
    )
}

fn check(checks: &[Check], id: CheckId) -> (CheckStatus, Finding) {
    let c = checks.iter().find(|c| c.id == id).expect("check present");
    (c.status, c.finding.clone())
}

fn facts(claims: Value) -> TokenFacts {
    TokenFacts::from_decoded(&jwt(claims))
}

// --- issuer and tenant ----------------------------------------------------------------------

#[test]
fn an_issuer_of_one_tenant_with_the_tid_of_another_fails_both_guids() {
    // Tenant A's issuer, tenant B's tid: a token minted for A claiming to be B's.
    for iss in [
        format!("https://sts.windows.net/{TENANT_A}/"),
        format!("https://login.microsoftonline.com/{TENANT_A}/v2.0"),
    ] {
        let c = checks(
            app_claims(json!({"iss": iss, "tid": TENANT_B, "ver": null})),
            "xdr.incidents.list",
        );
        assert_eq!(
            check(&c, CheckId::Issuer),
            (
                CheckStatus::Fail,
                Finding::IssuerTenantMismatch {
                    issuer_tenant: TENANT_A.into(),
                    tid: TENANT_B.into()
                }
            ),
            "{iss}"
        );
    }
    // The same two GUIDs the other way round, and a one-character difference.
    let near = format!("{}8", &TENANT_A[..TENANT_A.len() - 1]);
    for (iss_tenant, tid) in [(TENANT_B, TENANT_A), (TENANT_A, near.as_str())] {
        let c = checks(
            app_claims(
                json!({"iss": format!("https://sts.windows.net/{iss_tenant}/"), "tid": tid}),
            ),
            "xdr.incidents.list",
        );
        assert_eq!(check(&c, CheckId::Issuer).0, CheckStatus::Fail, "{tid}");
    }
}

#[test]
fn the_same_tenant_in_other_letter_case_passes_the_issuer_check() {
    let c = checks(
        app_claims(json!({"tid": TENANT_A.to_ascii_uppercase()})),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::Issuer),
        (
            CheckStatus::Pass,
            Finding::IssuerOk {
                version: TokenVersion::V1,
                cloud: Cloud::Global,
                tenant: TENANT_A.into()
            }
        )
    );
}

// --- audience -------------------------------------------------------------------------------

#[test]
fn any_of_several_audiences_may_name_the_resource() {
    // The operation's resource is the second (then the third) value, not the first.
    for aud in [
        json!(["api://contoso-app", XDR]),
        json!(["https://graph.microsoft.com", "api://x", format!("{XDR}/")]),
    ] {
        let want = aud.as_array().and_then(|a| a.last()).cloned();
        let c = checks(app_claims(json!({"aud": aud})), "xdr.incidents.list");
        assert_eq!(
            check(&c, CheckId::Audience),
            (
                CheckStatus::Pass,
                Finding::AudienceMatches {
                    aud: want
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .expect("aud"),
                    needed: Api::Xdr
                }
            )
        );
        assert_eq!(check(&c, CheckId::Permissions).0, CheckStatus::Pass);
    }
}

#[test]
fn several_audiences_none_for_the_resource_fail_naming_the_known_one() {
    let c = checks(
        app_claims(json!({"aud": ["api://x", "https://graph.microsoft.com"]})),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::Audience),
        (
            CheckStatus::Fail,
            Finding::AudienceOtherResource {
                aud: "https://graph.microsoft.com".into(),
                found: Api::Graph,
                needed: Api::Xdr,
                request: XDR
            }
        )
    );
    let c = checks(
        app_claims(json!({"aud": ["api://x", "api://y"]})),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::Audience),
        (
            CheckStatus::Fail,
            Finding::AudienceUnknown {
                aud: "api://x".into(),
                needed: Api::Xdr,
                request: XDR
            }
        )
    );
    assert_eq!(check(&c, CheckId::Permissions).0, CheckStatus::Fail);
}

#[test]
fn a_us_gov_token_is_checked_against_the_us_gov_resource() {
    // GCC High / DoD: the API is offered there, so the audience passes (never "not offered"),
    // and a token for another resource is told the US Government resource URI to request.
    let gov = "https://api-gov.security.microsoft.us";
    let c = checks(app_claims(json!({"aud": gov})), "xdr.incidents.list");
    assert_eq!(
        check(&c, CheckId::Audience),
        (
            CheckStatus::Pass,
            Finding::AudienceMatches {
                aud: gov.into(),
                needed: Api::Xdr
            }
        )
    );
    let c = checks(
        app_claims(json!({"aud": "https://graph.microsoft.us", "roles": ["x"]})),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::Audience),
        (
            CheckStatus::Fail,
            Finding::AudienceOtherResource {
                aud: "https://graph.microsoft.us".into(),
                found: Api::Graph,
                needed: Api::Xdr,
                request: gov
            }
        )
    );
}

#[test]
fn a_china_token_for_defender_is_not_offered() {
    // Defender XDR and Defender for Endpoint have no 21Vianet (China) resource
    // (defender-api-facts.md §A.3), so a China token for them must not pass, whatever its `aud`.
    for (iss, ver) in [
        (format!("https://sts.chinacloudapi.cn/{TENANT_A}/"), "1.0"),
        (
            format!("https://login.partner.microsoftonline.cn/{TENANT_A}/v2.0"),
            "2.0",
        ),
    ] {
        let c = checks(
            app_claims(json!({"aud": XDR_APP_ID, "iss": iss, "ver": ver})),
            "xdr.incidents.list",
        );
        assert_eq!(
            check(&c, CheckId::Audience),
            (
                CheckStatus::Fail,
                Finding::AudienceNotOffered {
                    needed: Api::Xdr,
                    cloud: Cloud::China
                }
            ),
            "{iss}"
        );
    }
}

#[test]
fn a_china_token_for_another_resource_is_never_told_a_china_defender_uri() {
    // Defender has no China resource URI: the advice falls back to the global one.
    let c = checks(
        app_claims(json!({
            "aud": "https://microsoftgraph.chinacloudapi.cn",
            "iss": format!("https://sts.chinacloudapi.cn/{TENANT_A}/"),
        })),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::Audience),
        (
            CheckStatus::Fail,
            Finding::AudienceOtherResource {
                aud: "https://microsoftgraph.chinacloudapi.cn".into(),
                found: Api::Graph,
                needed: Api::Xdr,
                request: XDR
            }
        )
    );
}

// --- token kind and use ---------------------------------------------------------------------

#[test]
fn idtyp_user_makes_a_delegated_token_whatever_else_it_carries() {
    // `idtyp` is the most accurate signal (Entra optional claims); `roles` alone would say app.
    let f = facts(app_claims(json!({"idtyp": "user"})));
    assert_eq!(
        (f.kind, f.kind_basis),
        (TokenKind::Delegated, KindBasis::Idtyp)
    );
    // A delegated token reads `scp`, never `roles`: Incident.Read.All in roles grants nothing.
    let v = permission_verdict(&f, operation("xdr.incidents.list").expect("op"));
    assert_eq!(v.status, CheckStatus::Fail);
    assert_eq!(
        v.outcome,
        VerdictOutcome::MissingDelegated {
            least: "Incident.Read"
        }
    );
    assert_eq!(v.missing, ["Incident.Read"]);
    // With the delegated permission in scp it passes, and the signed-in user's needs are named.
    let f = facts(app_claims(
        json!({"idtyp": "user", "scp": "Incident.Read", "roles": null}),
    ));
    let v = permission_verdict(&f, operation("xdr.incidents.list").expect("op"));
    assert_eq!(v.status, CheckStatus::Pass);
    assert_eq!(
        v.outcome,
        VerdictOutcome::Granted {
            claim: "scp",
            grant: GrantKind::Delegated,
            value: "Incident.Read".into()
        }
    );
    assert!(!v.user_requirements.is_empty());
    assert_eq!(
        v.user_requirements,
        operation("xdr.incidents.list").expect("op").requirements
    );
}

#[test]
fn idtyp_app_wins_over_scp_and_unknown_idtyp_falls_back() {
    let f = facts(app_claims(json!({"idtyp": "app", "scp": "Incident.Read"})));
    assert_eq!((f.kind, f.kind_basis), (TokenKind::App, KindBasis::Idtyp));
    let f = facts(app_claims(
        json!({"idtyp": "device", "scp": "Incident.Read"}),
    ));
    assert_eq!(
        (f.kind, f.kind_basis),
        (TokenKind::Delegated, KindBasis::Scp)
    );
}

#[test]
fn token_use_names_the_claim_that_shows_an_access_token() {
    let claim = |extra: Value| match check(
        &checks(app_claims(extra), "xdr.incidents.list"),
        CheckId::TokenUse,
    ) {
        (CheckStatus::Pass, Finding::AccessToken { claim }) => claim,
        other => panic!("{other:?}"),
    };
    assert_eq!(claim(json!({"scp": "Incident.Read"})), "scp");
    assert_eq!(claim(json!({})), "roles");
    assert_eq!(claim(json!({"roles": null})), "appid");
    assert_eq!(
        claim(json!({"roles": null, "appid": null, "azp": "a", "ver": "2.0"})),
        "azp"
    );
    assert_eq!(claim(json!({"roles": null, "ver": "2.0"})), "azp");
    assert_eq!(claim(json!({"roles": [], "ver": "1.0"})), "appid");
}

#[test]
fn id_and_unknown_tokens_do_not_pass_token_use() {
    let c = checks(
        app_claims(json!({"nonce": "n", "roles": null, "appid": null})),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::TokenUse),
        (CheckStatus::Fail, Finding::IdToken)
    );
    let c = checks(
        json!({"aud": XDR, "tid": TENANT_A, "exp": NOW + 60}),
        "xdr.incidents.list",
    );
    assert_eq!(
        check(&c, CheckId::TokenUse),
        (CheckStatus::Warn, Finding::UnknownUse)
    );
    // An Entra-issued token with user claims and no client claims is an ID token.
    let f = facts(json!({"iss": format!("https://sts.windows.net/{TENANT_A}/"), "upn": "u@x"}));
    assert_eq!(f.token_use, TokenUse::Id);
    // Without an Entra issuer the same claims are not enough to call it one.
    let f = facts(json!({"iss": "https://example.com/", "upn": "u@x"}));
    assert_eq!(f.token_use, TokenUse::Unknown);
    // roles alone (no user claims, no client) still reads as access.
    let f = facts(json!({"roles": ["Reader"]}));
    assert_eq!(f.token_use, TokenUse::Access);
}

// --- the delegated branch of the verdict ------------------------------------------------------

#[test]
fn a_delegated_token_is_judged_by_scp_and_names_the_least_delegated_permission() {
    let op = operation("mde.machines.isolate").expect("op");
    let f = facts(json!({
        "aud": "https://api.securitycenter.microsoft.com", "scp": "Machine.Read",
        "upn": "u@contoso.example", "appid": "a", "tid": TENANT_A,
    }));
    assert_eq!(f.kind, TokenKind::Delegated);
    let v = permission_verdict(&f, op);
    assert_eq!(
        (v.status, v.missing.clone()),
        (CheckStatus::Fail, vec!["Machine.Isolate"])
    );
    assert!(
        v.user_requirements
            .contains(&Requirement::ActiveRemediation)
    );
    // An app-only token for the same operation names no user requirement.
    let app = facts(json!({
        "aud": "https://api.securitycenter.microsoft.com", "roles": ["Machine.Read.All"],
        "appid": "a",
    }));
    let v = permission_verdict(&app, op);
    assert!(v.user_requirements.is_empty());
    assert_eq!(v.missing, ["Machine.Isolate"]);
}

#[test]
fn a_delegated_token_with_a_broader_scope_passes_and_says_so() {
    let f = facts(json!({
        "aud": XDR, "scp": "Incident.ReadWrite", "upn": "u@contoso.example", "appid": "a",
    }));
    let v = permission_verdict(&f, operation("xdr.incidents.list").expect("op"));
    assert_eq!(v.status, CheckStatus::Pass);
    assert_eq!(
        v.broader,
        Some(("Incident.ReadWrite".into(), "Incident.Read"))
    );
    assert!(v.missing.is_empty());
    // And for an operation without any delegated permission, the app-only one is named.
    let f = facts(json!({
        "aud": "https://api.securitycenter.microsoft.com", "scp": "Ti.ReadWrite", "appid": "a",
    }));
    let v = permission_verdict(&f, operation("mde.indicators.delete").expect("op"));
    assert_eq!(v.missing, ["Ti.ReadWrite"]);
    assert_eq!(v.status, CheckStatus::Fail);
}

// --- what the facts say -----------------------------------------------------------------------

#[test]
fn the_kind_of_token_and_what_decided_it() {
    let kind = |claims: Value| {
        let f = facts(claims);
        (f.kind, f.kind_basis)
    };
    assert_eq!(
        kind(json!({"scp": "a", "roles": ["r"]})),
        (TokenKind::Delegated, KindBasis::Scp)
    );
    assert_eq!(
        kind(json!({"scp": " ", "roles": ["r"]})),
        (TokenKind::App, KindBasis::Roles),
        "a blank scp holds no scope"
    );
    assert_eq!(
        kind(json!({"roles": [], "appid": "a"})),
        (TokenKind::App, KindBasis::NoUserClaims)
    );
    // A client ID with a user claim and no permission claims: nothing to tell it by.
    assert_eq!(
        kind(json!({"appid": "a", "upn": "u@x"})),
        (TokenKind::Unknown, KindBasis::Nothing)
    );
    assert_eq!(
        kind(json!({"upn": "u@x"})),
        (TokenKind::Unknown, KindBasis::Nothing)
    );
    assert_eq!(kind(json!({})), (TokenKind::Unknown, KindBasis::Nothing));
    assert_eq!(TokenKind::Delegated.code(), "delegated");
    assert_eq!(TokenKind::App.code(), "app");
    assert_eq!(TokenKind::Unknown.code(), "unknown");
}

#[test]
fn a_client_or_a_scope_alone_shows_an_access_token() {
    assert_eq!(facts(json!({"scp": "a"})).token_use, TokenUse::Access);
    assert_eq!(facts(json!({"appid": "a"})).token_use, TokenUse::Access);
    assert_eq!(facts(json!({"azp": "a"})).token_use, TokenUse::Access);
    assert_eq!(
        facts(json!({"azp": "a"})).client_id.as_deref(),
        Some("a"),
        "v2 client"
    );
}

#[test]
fn blank_claims_count_as_absent_and_roles_must_be_strings() {
    let f = facts(json!({"tid": "  ", "iss": "", "appid": " ", "upn": "\t"}));
    assert_eq!(
        (f.tenant, f.issuer, f.client_id, f.user),
        (None, None, None, None)
    );
    let f = facts(json!({"tid": " 72f988bf-86f1-41af-91ab-2d7cd011db47 "}));
    assert_eq!(f.tenant.as_deref(), Some(TENANT_A), "trimmed");
    let f = facts(json!({"roles": ["Incident.Read.All", 5]}));
    assert_eq!(
        f.type_errors,
        [dpk_domain::jwt::ClaimTypeError::RolesNotStrings]
    );
    assert!(f.roles.is_empty());
    let f = facts(json!({"roles": ["a", "b"], "aud": ["x", "y"]}));
    assert_eq!(f.roles, ["a", "b"]);
    assert_eq!(f.audiences, ["x", "y"]);
}

#[test]
fn the_resource_fact_names_its_api() {
    let f = facts(json!({"aud": ["api://x", "https://api.securitycenter.microsoft.com/"]}));
    assert_eq!(f.resource.api(), Some(Api::Mde));
    assert_eq!(f.resource.code(), "mde");
    let f = facts(json!({"aud": "api://x"}));
    assert_eq!(f.resource.api(), None);
    assert_eq!(f.resource.code(), "other");
    assert_eq!(facts(json!({})).resource.api(), None);
    assert_eq!(facts(json!({})).resource.code(), "other");
}

#[test]
fn a_delegated_token_for_another_resource_is_told_the_delegated_permission() {
    // Wrong audience: the verdict still names what this kind of token needs (scp, delegated).
    let f = facts(json!({
        "aud": "https://graph.microsoft.com", "scp": "Incident.Read", "upn": "u@contoso.example",
        "appid": "a",
    }));
    let v = permission_verdict(&f, operation("xdr.incidents.list").expect("op"));
    assert_eq!(
        v.outcome,
        VerdictOutcome::WrongResource {
            found: Api::Graph,
            needed: Api::Xdr
        }
    );
    assert_eq!(v.missing, ["Incident.Read"]);
    // An app-only one is told the application permission.
    let f = facts(json!({"aud": "https://graph.microsoft.com", "roles": ["x"], "appid": "a"}));
    let v = permission_verdict(&f, operation("xdr.incidents.list").expect("op"));
    assert_eq!(v.missing, ["Incident.Read.All"]);
    // A delegated token for an operation without delegated permissions: the application one.
    let f = facts(json!({"aud": "https://graph.microsoft.com", "scp": "x", "appid": "a"}));
    let v = permission_verdict(&f, operation("mde.indicators.delete").expect("op"));
    assert_eq!(v.missing, ["Ti.ReadWrite"]);
}
