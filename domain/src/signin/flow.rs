//! The round trip as a stepper: each step takes what the browser observed and says what to do
//! next. The browser side only executes (navigate, POST, store, render).

use super::authorize::Pending;
use super::callback::{Return, read_return};
use super::error::SignInError;
use super::token::{
    Client, TokenRequest, Tokens, code_request, read_token_response, refresh_request,
};

/// Refresh this long before the access token expires (seconds).
pub const REFRESH_MARGIN_S: i64 = 300;

/// Where the sign-in stands, as exposed in `data-status`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// No sign-in (or signed out).
    #[default]
    SignedOut,
    /// On the way to the sign-in page, or redeeming the code on the way back.
    Redirecting,
    /// Tokens in memory.
    SignedIn,
    /// The last attempt failed; see the error.
    Error,
}

impl Status {
    /// `signed-out`, `redirecting`, `signed-in` or `error`.
    pub fn code(self) -> &'static str {
        match self {
            Status::SignedOut => "signed-out",
            Status::Redirecting => "redirecting",
            Status::SignedIn => "signed-in",
            Status::Error => "error",
        }
    }
}

/// What came back from a POST to the token endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenAnswer {
    /// The browser let the page read an answer.
    Response {
        /// HTTP status.
        status: u16,
        /// Body text.
        body: String,
    },
    /// The request failed but the host answers (an opaque `no-cors` probe came back): a CORS
    /// refusal.
    CorsRefused,
    /// Nothing answered, or the request timed out.
    Unreachable,
}

/// The sign-in session of this tab, in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// Where it stands.
    pub status: Status,
    /// The tokens, while signed in (kept after a failed refresh until they expire).
    pub tokens: Option<Tokens>,
    /// The last failure.
    pub error: Option<SignInError>,
    /// The client, for refreshes.
    client: Option<Client>,
    /// The nonce to find in the ID token of the pending redemption.
    nonce: Option<String>,
    /// A refresh is in flight.
    refreshing: bool,
}

impl Session {
    /// A failed session that keeps nothing but the error.
    pub fn failed(error: SignInError) -> Session {
        Session {
            status: Status::Error,
            error: Some(error),
            ..Session::default()
        }
    }

    /// Leaving for the sign-in page.
    pub fn redirecting() -> Session {
        Session {
            status: Status::Redirecting,
            ..Session::default()
        }
    }

    /// Back on the page: the reading of the address and the record of the round trip. Gives the
    /// session and, for a code, the redemption to POST.
    pub fn on_return(ret: Return, pending: Option<&Pending>) -> (Session, Option<TokenRequest>) {
        match (ret, pending) {
            (Return::Code(code), Some(p)) => (
                Session {
                    status: Status::Redirecting,
                    client: Some(Client::of(p)),
                    nonce: Some(p.nonce.clone()),
                    ..Session::default()
                },
                Some(code_request(p, &code)),
            ),
            (Return::Code(_), None) => (Session::failed(SignInError::StateMismatch), None),
            (Return::Failed(e), _) => (Session::failed(e), None),
        }
    }

    /// At start-up: the address's `hash` and the round-trip record taken out of storage. `None`
    /// when this is no return from a sign-in; else the session, the code redemption to POST (if
    /// any), and the hash to put in the address instead of the answer (the page the person
    /// started from after a code, `#/sign-in` after a failure).
    pub fn start_up(
        hash: &str,
        pending: Option<&Pending>,
    ) -> Option<(Session, Option<TokenRequest>, String)> {
        let ret = read_return(hash, pending)?;
        let land = match (&ret, pending) {
            (Return::Code(_), Some(p)) => p.return_to.clone(),
            _ => crate::route::Route::SignIn.href(),
        };
        let (session, req) = Session::on_return(ret, pending);
        Some((session, req, land))
    }

    /// The token endpoint's answer to the redemption or a refresh, at `now` (Unix seconds).
    pub fn on_token_answer(&self, answer: TokenAnswer, now: i64) -> Session {
        let result = match answer {
            TokenAnswer::Response { status, body } => {
                read_token_response(status, &body, now, self.nonce.as_deref())
            }
            TokenAnswer::CorsRefused => Err(SignInError::Cors),
            TokenAnswer::Unreachable => Err(SignInError::Network),
        };
        match result {
            Ok(mut tokens) => {
                // A refresh answer may omit the refresh token: keep the one we have.
                if tokens.refresh.is_none() && self.refreshing {
                    tokens.refresh = self.tokens.as_ref().and_then(|t| t.refresh.clone());
                }
                Session {
                    status: Status::SignedIn,
                    tokens: Some(tokens),
                    error: None,
                    client: self.client.clone(),
                    nonce: None,
                    refreshing: false,
                }
            }
            Err(error) => Session {
                status: Status::Error,
                // A failed refresh keeps the access token until it expires: nothing is lost.
                tokens: if self.refreshing {
                    self.tokens.clone()
                } else {
                    None
                },
                error: Some(error),
                client: self.client.clone(),
                nonce: None,
                refreshing: false,
            },
        }
    }

    /// Starts a refresh with the refresh token, when there is one and none is in flight.
    pub fn refresh(&self) -> Option<(Session, TokenRequest)> {
        let client = self.client.as_ref()?;
        let refresh = self.tokens.as_ref()?.refresh.as_ref()?;
        if self.refreshing {
            return None;
        }
        let req = refresh_request(client, refresh);
        let mut next = self.clone();
        next.refreshing = true;
        Some((next, req))
    }

    /// Whether a refresh is in flight.
    pub fn is_refreshing(&self) -> bool {
        self.refreshing
    }

    /// Whether it is time to refresh on our own: signed in, a refresh token, the access token
    /// within [`REFRESH_MARGIN_S`] of expiry, and no refresh in flight.
    pub fn needs_refresh(&self, now: i64) -> bool {
        self.status == Status::SignedIn
            && !self.refreshing
            && self
                .tokens
                .as_ref()
                .is_some_and(|t| t.refresh.is_some() && t.expires_at - now <= REFRESH_MARGIN_S)
    }

    /// Seconds until the access token expires (negative once expired).
    pub fn expires_in(&self, now: i64) -> Option<i64> {
        self.tokens.as_ref().map(|t| t.expires_at - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signin::Secret;

    fn pending() -> Pending {
        Pending {
            verifier: "v".repeat(43),
            state: "s".into(),
            nonce: "n".into(),
            client_id: "c".into(),
            endpoint: "http://127.0.0.1:1/organizations/oauth2/v2.0".into(),
            redirect_uri: "http://127.0.0.1:2/".into(),
            scope: "openid".into(),
            return_to: "#/token".into(),
        }
    }

    fn ok(access: &str, refresh: Option<&str>) -> TokenAnswer {
        let refresh = refresh.map_or(String::new(), |r| format!(r#","refresh_token":"{r}""#));
        TokenAnswer::Response {
            status: 200,
            body: format!(r#"{{"access_token":"{access}","expires_in":3600{refresh}}}"#),
        }
    }

    #[test]
    fn code_then_tokens_then_refresh() {
        let p = pending();
        let (s, req) = Session::on_return(Return::Code(Secret::new("c0de")), Some(&p));
        assert_eq!(s.status, Status::Redirecting);
        assert!(req.unwrap().body.contains("code=c0de"));
        let s = s.on_token_answer(ok("at1", Some("rt1")), 1000);
        assert_eq!(s.status, Status::SignedIn);
        assert_eq!(s.expires_in(1000), Some(3600));
        assert!(!s.needs_refresh(1000));
        assert!(s.needs_refresh(1000 + 3600 - REFRESH_MARGIN_S));

        let (s2, req) = s.refresh().unwrap();
        assert!(
            req.body
                .contains("grant_type=refresh_token&refresh_token=rt1")
        );
        assert!(s2.refresh().is_none(), "one refresh at a time");
        assert!(!s2.needs_refresh(99_999));
        let s3 = s2.on_token_answer(ok("at2", None), 2000);
        let t = s3.tokens.as_ref().unwrap();
        assert_eq!(t.access.expose(), "at2");
        assert_eq!(t.refresh, Some(Secret::new("rt1")), "kept when not rotated");
    }

    #[test]
    fn a_failed_refresh_keeps_the_token_a_failed_redemption_keeps_nothing() {
        let p = pending();
        let (s, _) = Session::on_return(Return::Code(Secret::new("c")), Some(&p));
        let s = s.on_token_answer(ok("at", Some("rt")), 0);
        let (s, _) = s.refresh().unwrap();
        let s = s.on_token_answer(TokenAnswer::Unreachable, 10);
        assert_eq!(s.status, Status::Error);
        assert_eq!(s.error, Some(SignInError::Network));
        assert_eq!(s.tokens.as_ref().unwrap().access.expose(), "at");

        let (s, _) = Session::on_return(Return::Code(Secret::new("c")), Some(&p));
        let s = s.on_token_answer(TokenAnswer::CorsRefused, 0);
        assert_eq!(
            (s.status, s.tokens, s.error),
            (Status::Error, None, Some(SignInError::Cors))
        );
    }

    #[test]
    fn start_up_lands_where_the_person_started_or_on_the_sign_in_page() {
        let p = pending();
        let (s, req, land) = Session::start_up("#code=c0de&state=s", Some(&p)).unwrap();
        assert_eq!((s.status, land.as_str()), (Status::Redirecting, "#/token"));
        assert!(req.unwrap().body.contains("code_verifier="));
        let (s, req, land) = Session::start_up("#code=c0de&state=s", None).unwrap();
        assert_eq!(s.error, Some(SignInError::StateMismatch));
        assert_eq!((req, land.as_str()), (None, "#/sign-in"));
        let (s, _, land) = Session::start_up("#/token", Some(&p)).unwrap();
        assert_eq!(
            (s.error, land.as_str()),
            (Some(SignInError::NoAnswer), "#/sign-in")
        );
        assert!(Session::start_up("#/token", None).is_none());
    }

    #[test]
    fn failures_on_return_keep_nothing() {
        let (s, req) = Session::on_return(Return::Failed(SignInError::StateMismatch), None);
        assert_eq!((s.status, req), (Status::Error, None));
        let (s, req) = Session::on_return(Return::Code(Secret::new("c")), None);
        assert_eq!(s.error, Some(SignInError::StateMismatch));
        assert!(req.is_none());
        assert_eq!(Status::SignedIn.code(), "signed-in");
        assert_eq!(Session::default().status.code(), "signed-out");
    }
}
