//! The second leg: redeeming the code (RFC 6749 §4.1.3 + RFC 7636 §4.5), refreshing (RFC 6749
//! §6), and reading the token endpoint's answer (§5.1, §5.2).

use super::authorize::Pending;
use super::error::SignInError;
use super::form;
use crate::consent::redirect::aadsts_codes;
use crate::jwt::{PastedToken, decode_unverified};

crate::secret_type!(
    /// A secret value (a code, a refresh token) whose `Debug` never shows it.
    Secret
);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
}

/// A POST to the token endpoint: URL and form body (`application/x-www-form-urlencoded`, a
/// CORS "simple" request: no preflight). No client secret: a public client.
#[derive(Clone, PartialEq, Eq)]
pub struct TokenRequest {
    /// The token endpoint.
    pub url: String,
    /// The form body (holds the code or refresh token: never logged).
    pub body: String,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TokenRequest({}, [body redacted])", self.url)
    }
}

/// What a refresh needs besides the refresh token: the same client, endpoint and scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// The app.
    pub client_id: String,
    /// The token endpoint.
    pub token_url: String,
    /// The scope asked for.
    pub scope: String,
}

impl Client {
    /// The client of a round trip.
    pub fn of(p: &Pending) -> Client {
        Client {
            client_id: p.client_id.clone(),
            token_url: p.token_url(),
            scope: p.scope.clone(),
        }
    }
}

/// The code redemption: `grant_type=authorization_code`, the code, the same `redirect_uri`, the
/// client ID and the PKCE `code_verifier`.
pub fn code_request(p: &Pending, code: &Secret) -> TokenRequest {
    TokenRequest {
        url: p.token_url(),
        body: form(&[
            ("client_id", &p.client_id),
            ("grant_type", "authorization_code"),
            ("code", code.expose()),
            ("redirect_uri", &p.redirect_uri),
            ("code_verifier", &p.verifier),
            ("scope", &p.scope),
        ]),
    }
}

/// The refresh: `grant_type=refresh_token` with the refresh token and the same scope.
pub fn refresh_request(c: &Client, refresh: &Secret) -> TokenRequest {
    TokenRequest {
        url: c.token_url.clone(),
        body: form(&[
            ("client_id", &c.client_id),
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh.expose()),
            ("scope", &c.scope),
        ]),
    }
}

/// The tokens of a successful answer, in memory only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tokens {
    /// The access token (the session token of every page).
    pub access: PastedToken,
    /// The refresh token, when `offline_access` was granted.
    pub refresh: Option<Secret>,
    /// When the access token expires (Unix seconds), from `expires_in`.
    pub expires_at: i64,
    /// The granted scopes, as the server listed them.
    pub scope: String,
}

/// Access tokens whose `expires_in` is missing are assumed to live this long (Entra's minimum
/// default is about an hour; shorter is the safe side).
const DEFAULT_LIFETIME_S: i64 = 600;

/// Reads the token endpoint's answer. `nonce`: the nonce sent, checked against the ID token's
/// `nonce` claim when the answer carries an ID token (code redemption); `None` on refresh.
pub fn read_token_response(
    status: u16,
    body: &str,
    now: i64,
    nonce: Option<&str>,
) -> Result<Tokens, SignInError> {
    let Ok(serde_json::Value::Object(json)) = serde_json::from_str::<serde_json::Value>(body)
    else {
        return Err(SignInError::TokenUnreadable { status });
    };
    let text = |k: &str| json.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    if (200..300).contains(&status) {
        let access = text("access_token").unwrap_or_default();
        if access.trim().is_empty()
            || text("token_type").is_some_and(|t| !t.eq_ignore_ascii_case("bearer"))
        {
            return Err(SignInError::TokenUnreadable { status });
        }
        if let (Some(expected), Some(id)) = (nonce, text("id_token")) {
            let claimed = decode_unverified(&id).ok().and_then(|d| {
                d.payload
                    .get("nonce")
                    .and_then(|n| n.as_str())
                    .map(str::to_owned)
            });
            if claimed.as_deref() != Some(expected) {
                return Err(SignInError::NonceMismatch);
            }
        }
        let lifetime = match json.get("expires_in") {
            Some(serde_json::Value::Number(n)) => n.as_i64(),
            // A number sent as text (older endpoints): read by the same JSON reader.
            Some(serde_json::Value::String(s)) => serde_json::from_str::<serde_json::Value>(s)
                .ok()
                .and_then(|v| v.as_i64()),
            _ => None,
        }
        .filter(|s| *s > 0)
        .unwrap_or(DEFAULT_LIFETIME_S);
        return Ok(Tokens {
            access: PastedToken::new(access),
            refresh: text("refresh_token")
                .filter(|r| !r.is_empty())
                .map(Secret::new),
            expires_at: now.saturating_add(lifetime),
            scope: text("scope").unwrap_or_default(),
        });
    }
    let Some(error) = text("error") else {
        return Err(SignInError::TokenUnreadable { status });
    };
    let description = text("error_description");
    let mut aadsts = description.as_deref().map(aadsts_codes).unwrap_or_default();
    let listed = json.get("error_codes").and_then(|c| c.as_array());
    for n in listed.into_iter().flatten().filter_map(|n| n.as_u64()) {
        let n = n as u32;
        if !aadsts.contains(&n) {
            aadsts.push(n);
        }
    }
    Err(SignInError::Token {
        error,
        description,
        aadsts,
        status,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::decode as percent_decode;

    fn pending() -> Pending {
        Pending {
            verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into(),
            state: "s".into(),
            nonce: "n0nce".into(),
            client_id: "11112222-3333-4444-5555-666677778888".into(),
            endpoint: "http://127.0.0.1:4011/organizations/oauth2/v2.0".into(),
            redirect_uri: "http://127.0.0.1:8080/".into(),
            scope: "https://graph.microsoft.com/.default openid profile offline_access".into(),
            return_to: "#/token".into(),
        }
    }

    fn fields(body: &str) -> Vec<(String, String)> {
        body.split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_owned(), percent_decode(v))
            })
            .collect()
    }

    fn jwt(payload: &str) -> String {
        format!(
            "{}.{}.c2ln",
            crate::url::base64url(br#"{"alg":"RS256","typ":"JWT"}"#),
            crate::url::base64url(payload.as_bytes())
        )
    }

    #[test]
    fn code_redemption_body() {
        let req = code_request(&pending(), &Secret::new("0.A+b/c"));
        assert_eq!(
            req.url,
            "http://127.0.0.1:4011/organizations/oauth2/v2.0/token"
        );
        let f = fields(&req.body);
        let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("grant_type"), Some("authorization_code"));
        assert_eq!(get("code"), Some("0.A+b/c"));
        assert_eq!(get("redirect_uri"), Some("http://127.0.0.1:8080/"));
        assert_eq!(
            get("client_id"),
            Some("11112222-3333-4444-5555-666677778888")
        );
        assert_eq!(
            get("code_verifier"),
            Some("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        );
        assert_eq!(get("client_secret"), None);
        assert!(!format!("{req:?}").contains("0.A"));
    }

    #[test]
    fn refresh_body() {
        let req = refresh_request(&Client::of(&pending()), &Secret::new("rt"));
        let f = fields(&req.body);
        assert!(f.contains(&("grant_type".into(), "refresh_token".into())));
        assert!(f.contains(&("refresh_token".into(), "rt".into())));
        assert!(f.iter().all(|(k, _)| k != "code_verifier"));
    }

    #[test]
    fn success_gives_tokens_in_memory_with_expiry() {
        let body = format!(
            r#"{{"token_type":"Bearer","scope":"x","expires_in":3599,"access_token":"at","refresh_token":"rt","id_token":"{}"}}"#,
            jwt(r#"{"nonce":"n0nce"}"#)
        );
        let t = read_token_response(200, &body, 1_000, Some("n0nce")).unwrap();
        assert_eq!(t.access.expose(), "at");
        assert_eq!(t.refresh, Some(Secret::new("rt")));
        assert_eq!(t.expires_at, 4_599);
        let t =
            read_token_response(200, r#"{"access_token":"a","expires_in":"60"}"#, 0, None).unwrap();
        assert_eq!((t.expires_at, t.refresh), (60, None));
    }

    #[test]
    fn a_foreign_nonce_is_refused() {
        let body = format!(
            r#"{{"access_token":"at","id_token":"{}"}}"#,
            jwt(r#"{"nonce":"other"}"#)
        );
        assert_eq!(
            read_token_response(200, &body, 0, Some("n0nce")),
            Err(SignInError::NonceMismatch)
        );
    }

    #[test]
    fn error_answers_carry_code_and_aadsts() {
        let body = r#"{"error":"invalid_grant","error_description":"AADSTS54005: OAuth2 Authorization code was already redeemed","error_codes":[54005,70000]}"#;
        assert_eq!(
            read_token_response(400, body, 0, None),
            Err(SignInError::Token {
                error: "invalid_grant".into(),
                description: Some(
                    "AADSTS54005: OAuth2 Authorization code was already redeemed".into()
                ),
                aadsts: vec![54005, 70000],
                status: 400
            })
        );
        assert_eq!(
            read_token_response(502, "<html>", 0, None),
            Err(SignInError::TokenUnreadable { status: 502 })
        );
        assert_eq!(
            read_token_response(200, r#"{"access_token":"","token_type":"Bearer"}"#, 0, None),
            Err(SignInError::TokenUnreadable { status: 200 })
        );
    }
}
