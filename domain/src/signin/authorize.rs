//! The first leg: the round-trip record and the authorize URL.

use super::form;
use super::settings::SignInSettings;
use crate::url::base64url;

/// Random bytes the browser draws for one sign-in: 32 for the verifier (RFC 7636 §4.1 asks for
/// 256 bits of entropy, 43 base64url characters), 16 each for `state` and `nonce`.
pub const RANDOM_BYTES: usize = 64;

/// What must survive the top-level navigation to the sign-in page and back: kept in
/// `sessionStorage` for the round trip only and deleted as soon as the page is back. Holds no
/// token; the verifier is useless without the code, which never reaches storage.
#[derive(Clone, PartialEq, Eq)]
pub struct Pending {
    /// The PKCE `code_verifier` (43 base64url characters).
    pub verifier: String,
    /// The `state` sent.
    pub state: String,
    /// The `nonce` sent (checked in the ID token).
    pub nonce: String,
    /// The app.
    pub client_id: String,
    /// `{authority}/{tenant}/oauth2/v2.0` (the authorize and token endpoints hang off it).
    pub endpoint: String,
    /// The redirect URI sent (must be sent again, identical, with the code).
    pub redirect_uri: String,
    /// The `scope` sent.
    pub scope: String,
    /// The hash to land on afterwards (`#/token`).
    pub return_to: String,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending")
            .field("client_id", &self.client_id)
            .field("endpoint", &self.endpoint)
            .field("return_to", &self.return_to)
            .finish_non_exhaustive()
    }
}

impl Pending {
    /// Prepares a sign-in from valid settings (check [`SignInSettings::errors`] first) and
    /// `RANDOM_BYTES` random bytes from a cryptographic source.
    pub fn new(
        settings: &SignInSettings,
        redirect_uri: &str,
        return_to: &str,
        random: &[u8; RANDOM_BYTES],
    ) -> Pending {
        Pending {
            verifier: base64url(&random[..32]),
            state: base64url(&random[32..48]),
            nonce: base64url(&random[48..]),
            client_id: settings.client_id.trim().to_ascii_lowercase(),
            endpoint: [
                &settings.authority_base(),
                "/",
                &settings.tenant_segment(),
                "/oauth2/v2.0",
            ]
            .concat(),
            redirect_uri: redirect_uri.to_owned(),
            scope: settings.scope_string(),
            return_to: return_to.to_owned(),
        }
    }

    /// The record as stored: form-encoded pairs (no JSON serializer in the bundle for this).
    pub fn to_stored(&self) -> String {
        form(&[
            ("verifier", &self.verifier),
            ("state", &self.state),
            ("nonce", &self.nonce),
            ("client_id", &self.client_id),
            ("endpoint", &self.endpoint),
            ("redirect_uri", &self.redirect_uri),
            ("scope", &self.scope),
            ("return_to", &self.return_to),
        ])
    }

    /// Reads a stored record; anything incomplete is `None`.
    pub fn from_stored(text: &str) -> Option<Pending> {
        let pairs = crate::consent::redirect::redirect_params(text);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        Some(Pending {
            verifier: get("verifier")?,
            state: get("state")?,
            nonce: get("nonce")?,
            client_id: get("client_id")?,
            endpoint: get("endpoint")?,
            redirect_uri: get("redirect_uri")?,
            scope: get("scope")?,
            return_to: get("return_to")?,
        })
    }

    /// The token endpoint.
    pub fn token_url(&self) -> String {
        [&self.endpoint, "/token"].concat()
    }
}

/// The authorize URL (RFC 6749 §4.1.1 + RFC 7636 §4.3), `challenge` being SHA-256 of the
/// verifier's ASCII bytes (computed by WebCrypto). `response_mode=fragment`: the answer comes
/// back in the fragment, which is never sent to the page's server.
pub fn authorize_url(p: &Pending, challenge_sha256: &[u8]) -> String {
    let query = form(&[
        ("client_id", p.client_id.as_str()),
        ("response_type", "code"),
        ("redirect_uri", p.redirect_uri.as_str()),
        ("response_mode", "fragment"),
        ("scope", p.scope.as_str()),
        ("state", p.state.as_str()),
        ("nonce", p.nonce.as_str()),
        ("code_challenge", &base64url(challenge_sha256)),
        ("code_challenge_method", "S256"),
    ]);
    [&p.endpoint, "/authorize?", &query].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::decode as percent_decode;

    fn pending() -> Pending {
        let s = SignInSettings {
            client_id: "11112222-3333-4444-5555-66667777AAAA".into(),
            tenant: "Contoso.onmicrosoft.com".into(),
            ..SignInSettings::default()
        };
        let mut random = [0u8; RANDOM_BYTES];
        for (i, b) in random.iter_mut().enumerate() {
            *b = i as u8;
        }
        Pending::new(&s, "https://p.example/kit/", "#/incidents", &random)
    }

    fn param(url: &str, key: &str) -> Option<String> {
        url.split_once('?')?
            .1
            .split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")).map(percent_decode))
    }

    #[test]
    fn verifier_state_nonce_are_base64url_of_the_random_bytes() {
        let p = pending();
        assert_eq!(p.verifier.len(), 43);
        assert_eq!(p.verifier, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
        assert_eq!(p.state, "ICEiIyQlJicoKSorLC0uLw");
        assert_eq!(p.nonce, "MDEyMzQ1Njc4OTo7PD0-Pw");
        assert!(
            p.verifier
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }

    #[test]
    fn rfc7636_appendix_b_challenge() {
        // RFC 7636 Appendix B: verifier dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk has the S256
        // challenge E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM. The digest below is SHA-256 of
        // that verifier; the URL carries its base64url.
        let digest: [u8; 32] = [
            19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120,
            173, 109, 241, 68, 86, 110, 225, 137, 74, 203, 112, 249, 195,
        ];
        let url = authorize_url(&pending(), &digest);
        assert_eq!(
            param(&url, "code_challenge").as_deref(),
            Some("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        );
    }

    #[test]
    fn authorize_url_has_every_parameter() {
        let p = pending();
        let url = authorize_url(&p, &[0u8; 32]);
        assert!(url.starts_with(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?"
        ));
        let get = |k| param(&url, k);
        assert_eq!(
            get("client_id").as_deref(),
            Some("11112222-3333-4444-5555-66667777aaaa")
        );
        assert_eq!(get("response_type").as_deref(), Some("code"));
        assert_eq!(get("response_mode").as_deref(), Some("fragment"));
        assert_eq!(
            get("redirect_uri").as_deref(),
            Some("https://p.example/kit/")
        );
        assert_eq!(
            get("scope").as_deref(),
            Some("https://graph.microsoft.com/.default openid profile offline_access")
        );
        assert_eq!(get("state"), Some(p.state.clone()));
        assert_eq!(get("nonce"), Some(p.nonce.clone()));
        assert_eq!(get("code_challenge_method").as_deref(), Some("S256"));
        assert_eq!(
            get("code_verifier"),
            None,
            "the verifier never leaves the page"
        );
        assert!(!url.contains(&p.verifier));
        assert_eq!(
            p.token_url(),
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
    }

    #[test]
    fn record_round_trips_and_debug_hides_secrets() {
        let p = pending();
        assert_eq!(Pending::from_stored(&p.to_stored()), Some(p.clone()));
        assert_eq!(Pending::from_stored("{}"), None);
        assert_eq!(Pending::from_stored("not json"), None);
        let dbg = format!("{p:?}");
        assert!(!dbg.contains(&p.verifier) && !dbg.contains(&p.state));
    }
}
