//! Does the token allow the operation? Application permissions are read from `roles` of app-only
//! tokens, delegated permissions from `scp` of user tokens — never the other way round — and only
//! when the token is for the operation's resource (Graph's `User.Read.All` is not Defender's).

use super::check_status::CheckStatus;
use super::facts::{ResourceFact, TokenFacts, TokenKind, TokenUse};
use crate::catalog::{GrantKind, Operation, Requirement, RetirementNotice, permission_eq};
use crate::cloud::Api;

/// The reason behind a verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerdictOutcome {
    /// The token holds a permission that allows the operation.
    Granted {
        /// The claim that holds it: `roles` or `scp`.
        claim: &'static str,
        /// Application or delegated.
        grant: GrantKind,
        /// The value as the token spells it.
        value: String,
    },
    /// An app-only token without any application permission that allows the operation.
    MissingApplication {
        /// The least privileged application permission that would.
        least: &'static str,
    },
    /// A delegated token without any delegated permission that allows the operation.
    MissingDelegated {
        /// The least privileged delegated permission that would.
        least: &'static str,
    },
    /// A delegated token, but the operation has no delegated permission at all.
    NoDelegatedPermission {
        /// The least privileged application permission (an app-only token is needed).
        least_application: &'static str,
    },
    /// The token is for another known resource.
    WrongResource {
        /// The token's resource.
        found: Api,
        /// The resource the operation needs.
        needed: Api,
    },
    /// The token's audience is not the operation's resource (nor any resource the catalog knows).
    UnknownResource {
        /// The resource the operation needs.
        needed: Api,
    },
    /// Neither `roles` nor `scp`: nothing was granted (admin consent missing, typically).
    NoPermissionClaims {
        /// The least privileged application permission to add.
        least: &'static str,
    },
    /// An ID token, which grants no API permission.
    IdToken,
}

/// What Microsoft says about the operation's retirement, and what the same job needs on Graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retirement {
    /// Where the retirement is announced: the operation's own page, or only the Message center
    /// post for the whole API.
    pub notice: RetirementNotice,
    /// The Graph operation that does the same job, if one is documented.
    pub successor: Option<&'static Operation>,
}

/// The permission verdict for one operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PermissionVerdict {
    /// The operation judged.
    pub operation: &'static Operation,
    /// Why.
    pub outcome: VerdictOutcome,
    /// `Pass` when granted, `Fail` otherwise.
    pub status: CheckStatus,
    /// The least privileged permission(s) to add; empty when granted.
    pub missing: Vec<&'static str>,
    /// A permission present that is broader than needed, and the least privileged one.
    pub broader: Option<(String, &'static str)>,
    /// The granting value as the token spells it and as the catalog does, when they differ in case.
    pub case_differs: Option<(String, &'static str)>,
    /// What the signed-in user also needs (delegated tokens only).
    pub user_requirements: &'static [Requirement],
    /// Set when Microsoft announces a retirement for the operation or its API (MC1220762).
    pub retirement: Option<Retirement>,
}

/// Judges whether a token with these facts allows `op`.
pub fn permission_verdict(facts: &TokenFacts, op: &'static Operation) -> PermissionVerdict {
    let least_app = op
        .least_privileged(GrantKind::Application)
        .unwrap_or_default();
    let wanted_kind = match facts.kind {
        TokenKind::Delegated if !op.delegated.is_empty() => GrantKind::Delegated,
        _ => GrantKind::Application,
    };
    let least_wanted = op.least_privileged(wanted_kind).unwrap_or(least_app);
    let mut verdict = PermissionVerdict {
        operation: op,
        outcome: VerdictOutcome::IdToken,
        status: CheckStatus::Fail,
        missing: vec![least_wanted],
        broader: None,
        case_differs: None,
        user_requirements: if facts.kind == TokenKind::Delegated {
            op.requirements
        } else {
            &[]
        },
        retirement: op.retirement_notice().map(|notice| Retirement {
            notice,
            successor: op.successor(),
        }),
    };
    if facts.token_use == TokenUse::Id {
        return verdict;
    }
    let on_resource = facts.audiences.iter().any(|aud| op.resource().accepts(aud));
    if !on_resource {
        verdict.outcome = match &facts.resource {
            ResourceFact::Known { api, .. } => VerdictOutcome::WrongResource {
                found: *api,
                needed: op.api,
            },
            _ => VerdictOutcome::UnknownResource { needed: op.api },
        };
        return verdict;
    }
    let (claim, grant, held, allowed) = match facts.kind {
        TokenKind::Delegated => {
            if op.delegated.is_empty() {
                verdict.outcome = VerdictOutcome::NoDelegatedPermission {
                    least_application: least_app,
                };
                verdict.missing = vec![least_app];
                return verdict;
            }
            ("scp", GrantKind::Delegated, &facts.scopes, op.delegated)
        }
        TokenKind::App | TokenKind::Unknown if !facts.roles.is_empty() => (
            "roles",
            GrantKind::Application,
            &facts.roles,
            op.application,
        ),
        _ => {
            verdict.outcome = VerdictOutcome::NoPermissionClaims { least: least_app };
            verdict.missing = vec![least_app];
            return verdict;
        }
    };
    let present: Vec<(&'static str, &String)> = allowed
        .iter()
        .filter_map(|p| held.iter().find(|h| permission_eq(h, p)).map(|h| (*p, h)))
        .collect();
    match present.first() {
        Some((documented, value)) => {
            verdict.status = CheckStatus::Pass;
            verdict.missing.clear();
            verdict.outcome = VerdictOutcome::Granted {
                claim,
                grant,
                value: (*value).clone(),
            };
            if value.as_str() != *documented {
                verdict.case_differs = Some(((*value).clone(), documented));
            }
            let least = allowed[0];
            verdict.broader = present
                .iter()
                .find(|(p, _)| *p != least)
                .map(|(_, v)| ((*v).clone(), least));
        }
        None => {
            verdict.outcome = match grant {
                GrantKind::Application => VerdictOutcome::MissingApplication { least: allowed[0] },
                GrantKind::Delegated => VerdictOutcome::MissingDelegated { least: allowed[0] },
            };
            verdict.missing = vec![allowed[0]];
        }
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::operation;
    use serde_json::{Map, Value, json};

    fn facts(claims: Value) -> TokenFacts {
        let Value::Object(map) = claims else {
            panic!("object")
        };
        TokenFacts::from_claims(&Map::new(), &map)
    }

    fn op(id: &str) -> &'static Operation {
        operation(id).expect("catalog operation")
    }

    #[test]
    fn app_token_granted_by_least_privileged_role() {
        let f = facts(
            json!({"aud": "https://api.security.microsoft.com", "roles": ["Incident.Read.All"], "appid": "a"}),
        );
        let v = permission_verdict(&f, op("xdr.incidents.list"));
        assert_eq!(v.status, CheckStatus::Pass);
        assert_eq!(
            v.outcome,
            VerdictOutcome::Granted {
                claim: "roles",
                grant: GrantKind::Application,
                value: "Incident.Read.All".into()
            }
        );
        assert!(v.missing.is_empty() && v.broader.is_none() && v.user_requirements.is_empty());
        let succ = v
            .retirement
            .and_then(|r| r.successor)
            .expect("graph successor");
        assert_eq!(succ.id, "graph.security.incidents.list");
    }

    #[test]
    fn broader_permission_gives_a_hint() {
        let f = facts(
            json!({"aud": "https://api.security.microsoft.com", "roles": ["Incident.ReadWrite.All"]}),
        );
        let v = permission_verdict(&f, op("xdr.incidents.list"));
        assert_eq!(v.status, CheckStatus::Pass);
        assert_eq!(
            v.broader,
            Some(("Incident.ReadWrite.All".into(), "Incident.Read.All"))
        );
        let v = permission_verdict(&f, op("xdr.incidents.update"));
        assert_eq!((v.status, v.broader), (CheckStatus::Pass, None));
    }

    #[test]
    fn missing_permission_names_the_least_privileged_one() {
        let f = facts(
            json!({"aud": "https://api.security.microsoft.com", "roles": ["Incident.Read.All"]}),
        );
        let v = permission_verdict(&f, op("xdr.incidents.update"));
        assert_eq!(v.status, CheckStatus::Fail);
        assert_eq!(
            v.outcome,
            VerdictOutcome::MissingApplication {
                least: "Incident.ReadWrite.All"
            }
        );
        assert_eq!(v.missing, ["Incident.ReadWrite.All"]);
    }

    #[test]
    fn delegated_tokens_use_scp_and_name_the_portal_role() {
        let f = facts(json!({
            "aud": "https://api.securitycenter.microsoft.com", "scp": "Machine.Read",
            "roles": ["Machine.Isolate"], "upn": "u@contoso.example"
        }));
        let v = permission_verdict(&f, op("mde.machines.isolate"));
        assert_eq!(
            v.outcome,
            VerdictOutcome::MissingDelegated {
                least: "Machine.Isolate"
            }
        );
        assert!(
            v.user_requirements
                .contains(&Requirement::ActiveRemediation)
        );
        // An application permission name in scp does not count, nor a delegated one in roles.
        let f =
            facts(json!({"aud": "https://api.security.microsoft.com", "scp": "Incident.Read.All"}));
        assert_eq!(
            permission_verdict(&f, op("xdr.incidents.list")).missing,
            ["Incident.Read"]
        );
        let f =
            facts(json!({"aud": "https://api.security.microsoft.com", "roles": ["Incident.Read"]}));
        assert_eq!(
            permission_verdict(&f, op("xdr.incidents.list")).missing,
            ["Incident.Read.All"]
        );
    }

    #[test]
    fn delegated_token_for_an_app_only_operation() {
        let f = facts(
            json!({"aud": "https://api.securitycenter.microsoft.com", "scp": "Ti.ReadWrite"}),
        );
        let v = permission_verdict(&f, op("mde.indicators.delete"));
        assert_eq!(
            v.outcome,
            VerdictOutcome::NoDelegatedPermission {
                least_application: "Ti.ReadWrite"
            }
        );
        assert_eq!(v.missing, ["Ti.ReadWrite"]);
    }

    #[test]
    fn wrong_or_unknown_resource_grants_nothing() {
        let graph = facts(
            json!({"aud": "https://graph.microsoft.com", "roles": ["SecurityIncident.Read.All"]}),
        );
        let v = permission_verdict(&graph, op("xdr.incidents.list"));
        assert_eq!(
            v.outcome,
            VerdictOutcome::WrongResource {
                found: Api::Graph,
                needed: Api::Xdr
            }
        );
        assert_eq!(v.missing, ["Incident.Read.All"]);
        // Same permission name, different resource: Defender's User.Read.All is not Graph's.
        let g = facts(json!({"aud": "https://graph.microsoft.com", "roles": ["User.Read.All"]}));
        assert_eq!(
            permission_verdict(&g, op("mde.machines.logonusers")).status,
            CheckStatus::Fail
        );
        let other = facts(json!({"aud": "api://contoso", "roles": ["Incident.Read.All"]}));
        assert_eq!(
            permission_verdict(&other, op("xdr.incidents.list")).outcome,
            VerdictOutcome::UnknownResource { needed: Api::Xdr }
        );
    }

    #[test]
    fn case_differences_are_tolerated_and_reported() {
        let f = facts(
            json!({"aud": "https://api.securitycenter.microsoft.com", "roles": ["URL.Read.All"]}),
        );
        let v = permission_verdict(&f, op("mde.domains.stats"));
        assert_eq!(v.status, CheckStatus::Pass);
        assert_eq!(
            v.case_differs,
            Some(("URL.Read.All".into(), "Url.Read.All"))
        );
    }

    #[test]
    fn no_permission_claims_and_id_tokens() {
        let f = facts(json!({"aud": "https://graph.microsoft.com", "appid": "a"}));
        let v = permission_verdict(&f, op("graph.security.incidents.list"));
        assert_eq!(
            v.outcome,
            VerdictOutcome::NoPermissionClaims {
                least: "SecurityIncident.Read.All"
            }
        );
        assert!(v.retirement.is_none());
        let id = facts(json!({"aud": "https://graph.microsoft.com", "nonce": "n", "name": "x"}));
        assert_eq!(
            permission_verdict(&id, op("graph.security.incidents.list")).outcome,
            VerdictOutcome::IdToken
        );
    }

    #[test]
    fn retiring_operation_without_a_documented_successor() {
        let f = facts(
            json!({"aud": "https://api.securitycenter.microsoft.com", "roles": ["Machine.Isolate"]}),
        );
        let v = permission_verdict(&f, op("mde.machines.isolate"));
        assert_eq!(v.status, CheckStatus::Pass);
        assert_eq!(v.retirement.map(|r| r.successor), Some(None));
    }
}
