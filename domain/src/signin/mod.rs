//! Signing in from the page: the OAuth 2.0 authorization-code flow with PKCE (RFC 6749 §4.1,
//! RFC 7636, the IETF "OAuth 2.0 for Browser-Based Apps" BCP), against the Microsoft identity
//! platform's v2.0 endpoints, for a public client (no secret: the only flow a browser may use).
//!
//! Sans-IO: this module builds URLs and request bodies and reads answers; the browser side
//! (`src/services/signin.rs`) draws the random bytes, hashes the verifier with WebCrypto,
//! navigates, keeps the round-trip record in `sessionStorage` for the shortest time, and POSTs.
//!
//! Facts relied on (Microsoft identity platform docs, verified 2026-12-07):
//! - endpoints `{authority}/{tenant}/oauth2/v2.0/authorize` and `…/token`; `response_mode`
//!   `fragment` is allowed for the code flow; a public client redeems the code with
//!   `code_verifier` and no secret:
//!   <https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow>
//! - the token endpoint answers cross-origin requests only for redirect URIs registered under the
//!   "Single-page application" platform; otherwise the browser sees a CORS failure or
//!   `AADSTS9002326` ("Cross-origin token redemption is permitted only for the 'Single-Page
//!   Application' client-type"); refresh tokens issued to SPA redirect URIs live 24 hours:
//!   same page, section "Redirect URIs for single-page apps (SPAs)".
//! - registering the redirect URI: App registrations → the app → Authentication → Add a platform
//!   (newer portal: Add Redirect URI) → Single-page application:
//!   <https://learn.microsoft.com/entra/identity-platform/how-to-add-redirect-uri>,
//!   <https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration>.

pub mod authorize;
pub mod callback;
pub mod error;
pub mod flow;
pub mod settings;
pub mod token;

pub use authorize::{Pending, authorize_url};
pub use callback::{Return, is_authorization_response, read_return};
pub use error::{Advice, SignInError};
pub use flow::{Session, Status, TokenAnswer};
pub use settings::{Setting, SettingsError, SignInSettings, redirect_uri_for, return_route};
pub use token::{Secret, TokenRequest, Tokens, read_token_response};

/// `k1=v1&k2=v2…`, values percent-encoded (unreserved characters kept): the one encoder of the
/// authorize query, the token request bodies (`application/x-www-form-urlencoded`) and the stored
/// round-trip record. No `format!`: plain pushes.
pub(crate) fn form(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(&crate::url::encode_component(v));
    }
    out
}
