//! The token as the incidents explorer holds it, the catalog operations it calls, and the token
//! inspector's checks run for one of those operations before calling.
//!
//! Operations and permissions come from [`crate::catalog`]; the checks are [`crate::jwt`]'s
//! (lifetime, audience, issuer, tenant, token use, algorithm, signature, permissions), run on the
//! locally decoded, unverified token. The explorer never blocks a call on them: it shows the
//! verdict and lets the user call anyway.

use crate::catalog::{self, GrantKind, Operation};
use crate::cloud::Api;
use crate::incidents::pacer::WindowLimit;
use crate::jwt::jwk::{VerifyPlan, plan_verification};
use crate::jwt::{
    Check, CheckId, CheckInput, CheckStatus, DecodeError, PastedToken, PermissionVerdict,
    SignatureState, TokenFacts, TokenKind, decode_unverified, extract, permission_of, run_checks,
};

crate::secret_type!(
    /// A bearer token. `Debug` never shows it; [`AccessToken::expose`] is the one way to read it,
    /// used only by `services::http` for the `Authorization` header and by the local, unverified
    /// decode.
    AccessToken
);

impl AccessToken {
    /// Finds the token in pasted text the way the token inspector does ([`extract`]): a raw JWT,
    /// `Bearer …`, an `Authorization:` line, a JSON token response or a URL with `access_token=`.
    pub fn new(text: impl Into<String>) -> AccessToken {
        AccessToken::from_pasted(&PastedToken::new(text)).unwrap_or_default()
    }

    /// The token in what was pasted into the token inspector, if any.
    pub fn from_pasted(pasted: &PastedToken) -> Option<AccessToken> {
        extract(pasted).map(|e| AccessToken(e.token.expose().to_owned()))
    }
}

/// The catalog ID of the list-incidents operation of `api` (Graph for anything but XDR).
const fn list_id(api: Api) -> &'static str {
    match api {
        Api::Xdr => "xdr.incidents.list",
        _ => "graph.security.incidents.list",
    }
}

/// The catalog ID of the update-incident operation of `api` (Graph for anything but XDR).
const fn update_id(api: Api) -> &'static str {
    match api {
        Api::Xdr => "xdr.incidents.update",
        _ => "graph.security.incidents.update",
    }
}

// Looked up at compile time: an ID missing from the catalog fails the build.
const XDR_LIST: &Operation = catalog::known(list_id(Api::Xdr));
const GRAPH_LIST: &Operation = catalog::known(list_id(Api::Graph));
const XDR_UPDATE: &Operation = catalog::known(update_id(Api::Xdr));
const GRAPH_UPDATE: &Operation = catalog::known(update_id(Api::Graph));

/// The catalog's list-incidents operation of `api` (Graph for anything but XDR).
pub fn list_operation(api: Api) -> &'static Operation {
    match api {
        Api::Xdr => XDR_LIST,
        _ => GRAPH_LIST,
    }
}

/// The catalog's update-incident operation of `api` (Graph for anything but XDR).
pub fn update_operation(api: Api) -> &'static Operation {
    match api {
        Api::Xdr => XDR_UPDATE,
        _ => GRAPH_UPDATE,
    }
}

/// The limits to pace `op`'s requests by: its documented calls per minute and per hour.
pub fn documented_limits(op: &Operation) -> Vec<WindowLimit> {
    window_limits(op.rate.per_minute, op.rate.per_hour)
}

/// Calls per minute and per hour as window limits (a `None` is no limit on that window).
pub(crate) fn window_limits(per_minute: Option<u32>, per_hour: Option<u32>) -> Vec<WindowLimit> {
    let mut out = Vec::new();
    if let Some(m) = per_minute {
        out.push(WindowLimit::new(m, 60_000));
    }
    if let Some(m) = per_hour {
        out.push(WindowLimit::new(m, 3_600_000));
    }
    out
}

/// The overall verdict before calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every check passed (or could not run for lack of input, such as signing keys).
    Ok,
    /// The call may work; a check warned, or a delegated token's user needs a portal role.
    Warning,
    /// A check failed: the call will fail as the token stands.
    Blocked,
}

crate::codes! {
    /// `ok`, `warning` or `blocked` (the `data-verdict` value).
    Verdict {
        Ok => "ok",
        Warning => "warning",
        Blocked => "blocked",
    }
}

/// What the checks could do with the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenState {
    /// Nothing pasted.
    Missing,
    /// Not a decodable JWT.
    Undecodable(DecodeError),
    /// Decoded and checked.
    Checked {
        /// App-only, delegated or unknown.
        kind: TokenKind,
        /// Every check, in [`CheckId::ALL`] order.
        checks: Vec<Check>,
    },
}

/// The token inspector's checks of a token for one operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenCheck {
    /// The operation checked.
    pub operation: &'static Operation,
    /// What was found.
    pub state: TokenState,
}

impl TokenCheck {
    /// Runs the token inspector's checks on `token` for `op` at `now` (Unix seconds). No keys
    /// and no expected tenant are given here, so the signature and tenant checks are skipped
    /// (an unsigned token still fails).
    pub fn run(token: &AccessToken, op: &'static Operation, now: i64) -> TokenCheck {
        let state = if token.is_empty() {
            TokenState::Missing
        } else {
            match decode_unverified(token.expose()) {
                Err(failure) => TokenState::Undecodable(failure.error),
                Ok(jwt) => {
                    let facts = TokenFacts::from_decoded(&jwt);
                    let signature = match plan_verification(&jwt, "") {
                        VerifyPlan::Blocked(block) => SignatureState::NotChecked(block),
                        VerifyPlan::Ready(_) => SignatureState::Pending,
                    };
                    let input = CheckInput {
                        now,
                        operation: Some(op),
                        expected_tenant: "",
                        signature,
                    };
                    TokenState::Checked {
                        kind: facts.kind,
                        checks: run_checks(&jwt, &facts, &input),
                    }
                }
            }
        };
        TokenCheck {
            operation: op,
            state,
        }
    }

    /// The checks that ran (none when the token is missing or undecodable).
    pub fn checks(&self) -> &[Check] {
        match &self.state {
            TokenState::Checked { checks, .. } => checks,
            _ => &[],
        }
    }

    /// The permission verdict for the operation, if the token could be decoded.
    pub fn permission(&self) -> Option<&PermissionVerdict> {
        permission_of(self.checks())
    }

    /// Whether the token carries a permission the operation accepts, on the right resource.
    pub fn has_permission(&self) -> bool {
        self.permission()
            .is_some_and(|v| v.status == CheckStatus::Pass)
    }

    /// Application or delegated: how the operation's permissions are read from this token
    /// (`None` when the token is missing or undecodable).
    pub fn grant(&self) -> Option<GrantKind> {
        match &self.state {
            TokenState::Checked {
                kind: TokenKind::Delegated,
                ..
            } => Some(GrantKind::Delegated),
            TokenState::Checked { .. } => Some(GrantKind::Application),
            _ => None,
        }
    }

    /// `Blocked` when the token is missing, undecodable or a check fails; `Warning` when a check
    /// warns or the signed-in user of a delegated token also needs a role; `Ok` otherwise.
    pub fn verdict(&self) -> Verdict {
        let checks = match &self.state {
            TokenState::Missing | TokenState::Undecodable(_) => return Verdict::Blocked,
            TokenState::Checked { checks, .. } => checks,
        };
        let worst = |s| checks.iter().any(|c| c.status == s);
        if worst(CheckStatus::Fail) {
            Verdict::Blocked
        } else if worst(CheckStatus::Warn)
            || self
                .permission()
                .is_some_and(|v| !v.user_requirements.is_empty())
        {
            Verdict::Warning
        } else {
            Verdict::Ok
        }
    }

    /// The checks that failed or warned, except the permission check (see [`Self::permission`]).
    pub fn problems(&self) -> impl Iterator<Item = &Check> {
        self.checks().iter().filter(|c| {
            c.id != CheckId::Permissions
                && matches!(c.status, CheckStatus::Fail | CheckStatus::Warn)
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::jwt::VerdictOutcome;
    use base64::Engine;

    pub(crate) const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// An RS256 token with these claims (the signature is not checked without keys).
    pub(crate) fn jwt(payload: &str) -> AccessToken {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        AccessToken::new(format!(
            "{}.{}.c2ln",
            e.encode(r#"{"alg":"RS256","typ":"JWT"}"#),
            e.encode(payload)
        ))
    }

    /// A realistic v1 app-only token for `aud` with `roles`, valid until `exp`.
    pub(crate) fn app_token(aud: &str, roles: &str, exp: i64) -> AccessToken {
        jwt(&format!(
            r#"{{"aud":"{aud}","iss":"https://sts.windows.net/{TID}/","tid":"{TID}","ver":"1.0","appid":"11111111-2222-3333-4444-555555555555","idtyp":"app","exp":{exp},"roles":[{roles}]}}"#
        ))
    }

    #[test]
    fn app_token_with_the_role_is_ok_and_update_is_blocked() {
        let t = app_token(
            "https://api.security.microsoft.com",
            r#""incident.read.all""#,
            2000,
        );
        let r = TokenCheck::run(&t, list_operation(Api::Xdr), 1000);
        assert_eq!(r.verdict(), Verdict::Ok, "{r:#?}");
        assert_eq!(r.grant(), Some(GrantKind::Application));
        assert!(r.has_permission());
        assert_eq!(r.problems().count(), 0);
        let u = TokenCheck::run(&t, update_operation(Api::Xdr), 1000);
        assert_eq!(u.verdict(), Verdict::Blocked);
        assert!(!u.has_permission());
        assert_eq!(
            u.permission().map(|v| &v.outcome),
            Some(&VerdictOutcome::MissingApplication {
                least: "Incident.ReadWrite.All"
            })
        );
    }

    #[test]
    fn expired_wrong_audience_and_delegated_notes() {
        let t = jwt(&format!(
            r#"{{"aud":"https://graph.microsoft.com","iss":"https://sts.windows.net/{TID}/","tid":"{TID}","exp":900,"scp":"SecurityIncident.Read.All User.Read","upn":"u@contoso.example"}}"#
        ));
        let r = TokenCheck::run(&t, list_operation(Api::Xdr), 1000);
        let failed: Vec<CheckId> = r.problems().map(|c| c.id).collect();
        assert_eq!(failed, [CheckId::Lifetime, CheckId::Audience]);
        assert_eq!(r.verdict(), Verdict::Blocked);
        assert!(!r.has_permission(), "a Graph token grants nothing on XDR");
        let g = TokenCheck::run(&t, list_operation(Api::Graph), 800);
        assert_eq!(g.problems().count(), 0, "{g:#?}");
        assert!(g.has_permission());
        assert_eq!(g.grant(), Some(GrantKind::Delegated));
        assert_eq!(
            g.verdict(),
            Verdict::Warning,
            "the user's Entra role applies"
        );
    }

    #[test]
    fn checks_are_the_token_inspectors_own() {
        // No issuer and no tenant: the inspector fails the issuer check; so does the explorer.
        let t = jwt(
            r#"{"aud":"https://api.security.microsoft.com","exp":2000,"roles":["Incident.Read.All"]}"#,
        );
        let r = TokenCheck::run(&t, list_operation(Api::Xdr), 1000);
        assert_eq!(
            r.problems().map(|c| c.id).collect::<Vec<_>>(),
            [CheckId::Issuer]
        );
        assert!(r.has_permission());
        assert_eq!(r.verdict(), Verdict::Blocked);
        // alg none is unsigned: the signature check fails even without keys.
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let none = AccessToken::new(format!(
            "{}.{}.",
            e.encode(r#"{"alg":"none"}"#),
            e.encode(r#"{"aud":"https://graph.microsoft.com"}"#)
        ));
        let n = TokenCheck::run(&none, list_operation(Api::Graph), 0);
        assert!(n.problems().any(|c| c.id == CheckId::Signature));
    }

    #[test]
    fn garbage_and_missing_tokens() {
        let op = list_operation(Api::Graph);
        let missing = TokenCheck::run(&AccessToken::new("  "), op, 0);
        assert_eq!(missing.state, TokenState::Missing);
        assert_eq!(missing.verdict(), Verdict::Blocked);
        for text in ["abc", "a.!!!.c"] {
            let r = TokenCheck::run(&AccessToken::new(text), op, 0);
            assert!(matches!(r.state, TokenState::Undecodable(_)), "{text}");
            assert_eq!((r.verdict(), r.grant()), (Verdict::Blocked, None));
        }
    }

    #[test]
    fn token_is_redacted_and_found_like_the_inspector_finds_it() {
        let t = AccessToken::new("Bearer abc.def.ghi ");
        assert_eq!(t.expose(), "abc.def.ghi");
        assert_eq!(format!("{t:?}"), "AccessToken([redacted])");
        let h = AccessToken::new("Authorization: Bearer abc.def.ghi");
        assert_eq!(h.expose(), "abc.def.ghi");
        assert!(AccessToken::new(" \n").is_empty());
        assert!(AccessToken::from_pasted(&PastedToken::new("")).is_none());
    }

    #[test]
    fn operations_and_limits_come_from_the_catalog() {
        for api in Api::ALL {
            assert_eq!(Some(list_operation(api)), catalog::operation(list_id(api)));
            assert_eq!(
                Some(update_operation(api)),
                catalog::operation(update_id(api))
            );
        }
        assert_eq!(list_operation(Api::Xdr).id, "xdr.incidents.list");
        assert_eq!(
            list_operation(Api::Graph).id,
            "graph.security.incidents.list"
        );
        assert_eq!(update_operation(Api::Xdr).delegated, ["Incident.ReadWrite"]);
        assert_eq!(
            documented_limits(list_operation(Api::Xdr)),
            [
                WindowLimit::new(50, 60_000),
                WindowLimit::new(1500, 3_600_000)
            ]
        );
        assert_eq!(
            documented_limits(update_operation(Api::Xdr)),
            [
                WindowLimit::new(50, 60_000),
                WindowLimit::new(1500, 3_600_000)
            ]
        );
        assert!(documented_limits(list_operation(Api::Graph)).is_empty());
    }
}
