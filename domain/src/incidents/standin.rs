//! Stand-ins for what other branches own, each kept in one place so that the lead can swap it:
//!
//! 1. the operation catalog (permissions and rate limits), owned by the token branch's
//!    `dpk_domain::catalog` — marked `// replaced by catalog`;
//! 2. the token checks and their verdict, owned by the token inspector — marked
//!    `// replaced by catalog` too (one function, [`check_token`]);
//! 3. the access-token newtype with a redacted `Debug`.
//!
//! Facts: `shared/reference/catalog.json` `operations` (`xdr.incidents.list`,
//! `xdr.incidents.update`, `graph.security.incidents.list`, `graph.security.incidents.update`).

use base64::Engine;
use serde_json::Value;

use crate::cloud::{API_HOSTS, Api};
use crate::incidents::pacer::RateLimit;

// ---------------------------------------------------------------------------------------------
// 1. Operation catalog — replaced by catalog
// ---------------------------------------------------------------------------------------------

/// One API operation: what a token needs to call it and how often it may be called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The catalog id, e.g. `xdr.incidents.list`.
    pub id: &'static str,
    /// The API it belongs to.
    pub api: Api,
    /// Application permissions (`roles` claim), least privileged first; any one suffices.
    pub application: &'static [&'static str],
    /// Delegated permissions (`scp` claim), least privileged first; any one suffices.
    pub delegated: &'static [&'static str],
    /// Documented rate limits (empty when none are documented).
    pub limits: &'static [RateLimit],
}

// replaced by catalog
const OPERATIONS: [Operation; 4] = [
    Operation {
        id: "xdr.incidents.list",
        api: Api::Xdr,
        application: &["Incident.Read.All", "Incident.ReadWrite.All"],
        delegated: &["Incident.Read", "Incident.ReadWrite"],
        limits: &[RateLimit::new(50, 60_000), RateLimit::new(1500, 3_600_000)],
    },
    Operation {
        id: "xdr.incidents.update",
        api: Api::Xdr,
        application: &["Incident.ReadWrite.All"],
        delegated: &["Incident.ReadWrite"],
        limits: &[RateLimit::new(50, 60_000), RateLimit::new(1500, 3_600_000)],
    },
    Operation {
        id: "graph.security.incidents.list",
        api: Api::Graph,
        application: &[
            "SecurityIncident.Read.All",
            "SecurityIncident.ReadWrite.All",
        ],
        delegated: &[
            "SecurityIncident.Read.All",
            "SecurityIncident.ReadWrite.All",
        ],
        limits: &[],
    },
    Operation {
        id: "graph.security.incidents.update",
        api: Api::Graph,
        application: &["SecurityIncident.ReadWrite.All"],
        delegated: &["SecurityIncident.ReadWrite.All"],
        limits: &[],
    },
];

/// The operation with catalog id `id`.
// replaced by catalog
pub fn operation(id: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|o| o.id == id)
}

/// The list-incidents operation of `api` (Graph for anything but XDR).
pub fn list_operation(api: Api) -> &'static Operation {
    match api {
        Api::Xdr => &OPERATIONS[0],
        _ => &OPERATIONS[2],
    }
}

/// The update-incident operation of `api` (Graph for anything but XDR).
pub fn update_operation(api: Api) -> &'static Operation {
    match api {
        Api::Xdr => &OPERATIONS[1],
        _ => &OPERATIONS[3],
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Access token
// ---------------------------------------------------------------------------------------------

/// A bearer token. `Debug` never shows it; [`AccessToken::expose`] is the one way to read it,
/// used only for the `Authorization` header and the local, unverified decode.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AccessToken(String);

impl AccessToken {
    /// Wraps a pasted token, trimming whitespace and a leading `Bearer `.
    pub fn new(text: impl Into<String>) -> AccessToken {
        let text = text.into();
        let t = text.trim();
        let t = t
            .strip_prefix("Bearer ")
            .or_else(|| t.strip_prefix("bearer "))
            .unwrap_or(t);
        AccessToken(t.trim().to_owned())
    }

    /// The token text. Only for the `Authorization` header and the local decode.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether nothing was pasted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AccessToken([redacted])")
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Token checks — replaced by catalog (the token inspector's checks)
// ---------------------------------------------------------------------------------------------

/// Whether the token is an application token (`roles`) or a delegated one (`scp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrantKind {
    /// App-only token: permissions in `roles`.
    Application,
    /// Delegated token: permissions in `scp`; the signed-in user's portal role also applies.
    Delegated,
    /// Neither claim present.
    None,
}

/// One thing the checks found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenFinding {
    /// Nothing pasted.
    Missing,
    /// Not a decodable JWT (three dot-separated parts with a JSON payload).
    NotAJwt,
    /// `exp` is in the past (Unix seconds).
    Expired {
        /// The `exp` claim.
        exp: i64,
    },
    /// `nbf` is in the future.
    NotYetValid {
        /// The `nbf` claim.
        nbf: i64,
    },
    /// `aud` names another resource than the API's.
    WrongAudience {
        /// The `aud` claim as sent.
        aud: String,
    },
    /// No permission of the operation's list is granted.
    MissingPermission {
        /// Application or delegated.
        kind: GrantKind,
        /// The permissions that would suffice (any one).
        needed: Vec<&'static str>,
    },
    /// Delegated token: the user's role in the portal / Entra also limits what it sees.
    DelegatedRoleApplies,
}

/// The overall verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The call should work.
    Ok,
    /// The call may work; read the findings.
    Warning,
    /// The call will fail as the token stands.
    Blocked,
}

impl Verdict {
    /// `ok`, `warning` or `blocked` (the `data-verdict` value).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Warning => "warning",
            Verdict::Blocked => "blocked",
        }
    }
}

/// What the checks say about a token for one operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenReport {
    /// The operation checked.
    pub operation: &'static str,
    /// Application or delegated.
    pub kind: GrantKind,
    /// Permissions the token carries (roles or scopes).
    pub granted: Vec<String>,
    /// The findings, most serious first.
    pub findings: Vec<TokenFinding>,
    /// `exp`, if present (Unix seconds).
    pub expires_at: Option<i64>,
}

impl TokenReport {
    /// `Blocked` when the token is missing, unreadable, expired, not yet valid, for another
    /// audience or lacks the permission; `Warning` when only notes remain; `Ok` otherwise.
    pub fn verdict(&self) -> Verdict {
        if self
            .findings
            .iter()
            .any(|f| !matches!(f, TokenFinding::DelegatedRoleApplies))
        {
            Verdict::Blocked
        } else if self.findings.is_empty() {
            Verdict::Ok
        } else {
            Verdict::Warning
        }
    }

    /// Whether the token carries a permission the operation accepts.
    pub fn has_permission(&self) -> bool {
        !self.findings.iter().any(|f| {
            matches!(
                f,
                TokenFinding::MissingPermission { .. }
                    | TokenFinding::NotAJwt
                    | TokenFinding::Missing
            )
        })
    }
}

fn decode_payload(token: &str) -> Option<serde_json::Map<String, Value>> {
    let mut parts = token.split('.');
    let (_, payload, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    // from_str, not from_slice: one deserializer instance for the whole crate keeps the wasm small.
    match serde_json::from_str(std::str::from_utf8(&bytes).ok()?).ok()? {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

fn normalize_aud(aud: &str) -> String {
    aud.trim().trim_end_matches('/').to_ascii_lowercase()
}

/// Whether `aud` is a resource identifier of `api`: one of its documented hosts (any region or
/// cloud), its app ID, or the portal's `https://security.microsoft.com/mtp` for XDR.
fn audience_matches(api: Api, aud: &str) -> bool {
    let aud = normalize_aud(aud);
    if aud == api.resource_app_id() {
        return true;
    }
    if api == Api::Xdr
        && (aud == "https://security.microsoft.com/mtp"
            || aud == "https://securitycenter.microsoft.com/mtp")
    {
        return true;
    }
    API_HOSTS
        .iter()
        .filter(|h| h.api == api)
        .any(|h| normalize_aud(h.origin) == aud)
}

/// Checks `token` for `op` at `now_s` (Unix seconds), decoding it locally without verifying the
/// signature: expiry, audience and the operation's permissions (case-insensitive).
// replaced by catalog
pub fn check_token(token: &AccessToken, op: &Operation, now_s: i64) -> TokenReport {
    let mut report = TokenReport {
        operation: op.id,
        kind: GrantKind::None,
        granted: Vec::new(),
        findings: Vec::new(),
        expires_at: None,
    };
    if token.is_empty() {
        report.findings.push(TokenFinding::Missing);
        return report;
    }
    let Some(claims) = decode_payload(token.expose()) else {
        report.findings.push(TokenFinding::NotAJwt);
        return report;
    };
    let num = |k: &str| {
        claims
            .get(k)
            .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
    };
    report.expires_at = num("exp");
    if let Some(exp) = report.expires_at
        && exp <= now_s
    {
        report.findings.push(TokenFinding::Expired { exp });
    }
    if let Some(nbf) = num("nbf")
        && nbf > now_s
    {
        report.findings.push(TokenFinding::NotYetValid { nbf });
    }
    let auds: Vec<String> = match claims.get("aud") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    if !auds.is_empty() && !auds.iter().any(|a| audience_matches(op.api, a)) {
        report.findings.push(TokenFinding::WrongAudience {
            aud: auds.join(", "),
        });
    }
    let roles: Vec<String> = match claims.get("roles") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let scopes: Vec<String> = claims
        .get("scp")
        .and_then(Value::as_str)
        .map(|s| s.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    let (kind, granted, needed) = if !scopes.is_empty() {
        (GrantKind::Delegated, scopes, op.delegated)
    } else if !roles.is_empty() {
        (GrantKind::Application, roles, op.application)
    } else {
        (GrantKind::None, Vec::new(), op.application)
    };
    let ok = needed
        .iter()
        .any(|n| granted.iter().any(|g| g.eq_ignore_ascii_case(n)));
    if !ok {
        report.findings.push(TokenFinding::MissingPermission {
            kind,
            needed: needed.to_vec(),
        });
    }
    if kind == GrantKind::Delegated {
        report.findings.push(TokenFinding::DelegatedRoleApplies);
    }
    report.kind = kind;
    report.granted = granted;
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> AccessToken {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        AccessToken::new(format!(
            "{}.{}.sig",
            e.encode(r#"{"alg":"none","typ":"JWT"}"#),
            e.encode(payload)
        ))
    }

    #[test]
    fn app_token_with_the_role_is_ok() {
        let t = jwt(
            r#"{"aud":"https://api.security.microsoft.com/","exp":2000,"roles":["incident.read.all"]}"#,
        );
        let r = check_token(&t, list_operation(Api::Xdr), 1000);
        assert_eq!(r.verdict(), Verdict::Ok, "{r:?}");
        assert_eq!(r.kind, GrantKind::Application);
        let u = check_token(&t, update_operation(Api::Xdr), 1000);
        assert_eq!(u.verdict(), Verdict::Blocked);
        assert_eq!(
            u.findings,
            vec![TokenFinding::MissingPermission {
                kind: GrantKind::Application,
                needed: vec!["Incident.ReadWrite.All"]
            }]
        );
        assert!(!u.has_permission());
    }

    #[test]
    fn expired_wrong_audience_and_delegated_notes() {
        let t = jwt(
            r#"{"aud":"https://graph.microsoft.com","exp":900,"scp":"SecurityIncident.Read.All User.Read"}"#,
        );
        let r = check_token(&t, list_operation(Api::Xdr), 1000);
        assert!(r.findings.contains(&TokenFinding::Expired { exp: 900 }));
        assert!(
            r.findings
                .iter()
                .any(|f| matches!(f, TokenFinding::WrongAudience { .. }))
        );
        assert_eq!(r.verdict(), Verdict::Blocked);
        let g = check_token(
            &jwt(
                r#"{"aud":"00000003-0000-0000-c000-000000000000","scp":"SecurityIncident.Read.All"}"#,
            ),
            list_operation(Api::Graph),
            1000,
        );
        assert_eq!(g.findings, vec![TokenFinding::DelegatedRoleApplies]);
        assert_eq!(g.verdict(), Verdict::Warning);
        assert!(g.has_permission());
    }

    #[test]
    fn garbage_and_missing_tokens() {
        let op = list_operation(Api::Graph);
        assert_eq!(
            check_token(&AccessToken::new("  "), op, 0).findings,
            vec![TokenFinding::Missing]
        );
        assert_eq!(
            check_token(&AccessToken::new("abc"), op, 0).findings,
            vec![TokenFinding::NotAJwt]
        );
        assert_eq!(
            check_token(&AccessToken::new("a.!!!.c"), op, 0).findings,
            vec![TokenFinding::NotAJwt]
        );
    }

    #[test]
    fn token_is_redacted_and_bearer_prefix_dropped() {
        let t = AccessToken::new("Bearer abc.def.ghi ");
        assert_eq!(t.expose(), "abc.def.ghi");
        assert_eq!(format!("{t:?}"), "AccessToken([redacted])");
    }

    #[test]
    fn catalog_lookups() {
        assert_eq!(
            operation("xdr.incidents.list").map(|o| o.api),
            Some(Api::Xdr)
        );
        assert_eq!(
            list_operation(Api::Graph).id,
            "graph.security.incidents.list"
        );
        assert_eq!(update_operation(Api::Xdr).limits.len(), 2);
        assert!(operation("nope").is_none());
    }
}
