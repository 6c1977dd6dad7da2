//! The way back: the fragment Entra appended to the redirect URI, read by the consent redirect
//! reader (`consent::redirect`, one reader for every Entra answer), then checked against the
//! round-trip record.

use super::authorize::Pending;
use super::error::SignInError;
use super::token::Secret;
use crate::consent::redirect::{RedirectOutcome, StateCheck, read_redirect, redirect_params};

/// What the page found in its address when it started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Return {
    /// An authorization code whose `state` matches: redeem it.
    Code(Secret),
    /// The sign-in failed (an error answer, a foreign `state`, or no answer at all).
    Failed(SignInError),
}

/// Whether a `location.hash` is an authorization response rather than a route: hash routes start
/// with `#/`; an answer (`#code=…&state=…`, `#error=…`) does not.
pub fn is_authorization_response(hash: &str) -> bool {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    !h.starts_with('/')
        && redirect_params(h)
            .iter()
            .any(|(k, _)| matches!(k.as_str(), "code" | "error" | "state"))
}

/// Reads the answer in `hash` against the record kept for the round trip. `pending` is `None`
/// when this tab started no sign-in (or already used its record): any answer is then foreign.
/// With no answer but a record, the person came back without Entra redirecting (Entra shows
/// some errors, such as AADSTS50011, on its own page).
pub fn read_return(hash: &str, pending: Option<&Pending>) -> Option<Return> {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    if !is_authorization_response(h) {
        return pending.map(|_| Return::Failed(SignInError::NoAnswer));
    }
    let expected = pending.map(|p| p.state.as_str()).unwrap_or_default();
    let reading = read_redirect(h, expected);
    if reading.state != StateCheck::Match {
        return Some(Return::Failed(SignInError::StateMismatch));
    }
    Some(match reading.outcome {
        RedirectOutcome::Code { .. } => {
            let code = redirect_params(h)
                .into_iter()
                .find(|(k, _)| k == "code")
                .map(|(_, v)| v)
                .unwrap_or_default();
            Return::Code(Secret::new(code))
        }
        RedirectOutcome::Cancelled { error, description } => {
            Return::Failed(SignInError::Authorize {
                error,
                description,
                aadsts: Vec::new(),
                cancelled: true,
            })
        }
        RedirectOutcome::Error {
            error,
            description,
            aadsts,
            ..
        } => Return::Failed(SignInError::Authorize {
            error,
            description,
            aadsts,
            cancelled: false,
        }),
        RedirectOutcome::Granted { .. } | RedirectOutcome::Unrecognized => {
            Return::Failed(SignInError::NoAnswer)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> Pending {
        Pending {
            verifier: "v".repeat(43),
            state: "st4te".into(),
            nonce: "n".into(),
            client_id: "c".into(),
            endpoint: "https://login.microsoftonline.com/organizations/oauth2/v2.0".into(),
            redirect_uri: "https://p.example/".into(),
            scope: "openid".into(),
            return_to: "#/token".into(),
        }
    }

    #[test]
    fn routes_are_not_answers() {
        for h in ["", "#", "#/", "#/token", "#/consent?state=x&code=y"] {
            assert!(!is_authorization_response(h), "{h}");
        }
        for h in ["#code=a&state=b", "#error=access_denied", "state=x"] {
            assert!(is_authorization_response(h), "{h}");
        }
    }

    #[test]
    fn a_code_with_matching_state_is_kept_for_redemption() {
        let r = read_return(
            "#code=0.AX%2Fabc-def&state=st4te&session_state=s",
            Some(&pending()),
        );
        assert_eq!(r, Some(Return::Code(Secret::new("0.AX/abc-def"))));
    }

    #[test]
    fn a_foreign_state_or_no_record_is_a_mismatch_even_for_errors() {
        for (h, p) in [
            ("#code=x&state=other", Some(pending())),
            ("#code=x", Some(pending())),
            ("#code=x&state=st4te", None),
            ("#error=access_denied&state=other", Some(pending())),
        ] {
            assert_eq!(
                read_return(h, p.as_ref()),
                Some(Return::Failed(SignInError::StateMismatch)),
                "{h}"
            );
        }
    }

    #[test]
    fn errors_are_read_by_the_consent_reader() {
        let r = read_return(
            "#error=invalid_request&error_description=AADSTS50011%3A+The+redirect+URI&state=st4te",
            Some(&pending()),
        );
        let Some(Return::Failed(SignInError::Authorize {
            error,
            aadsts,
            cancelled,
            ..
        })) = r
        else {
            panic!("{r:?}")
        };
        assert_eq!(
            (error.as_str(), aadsts, cancelled),
            ("invalid_request", vec![50011], false)
        );

        let r = read_return(
            "#error=access_denied&error_subcode=cancel&error_description=AADSTS65004&state=st4te",
            Some(&pending()),
        );
        assert!(matches!(
            r,
            Some(Return::Failed(SignInError::Authorize {
                cancelled: true,
                ..
            }))
        ));
    }

    #[test]
    fn coming_back_without_an_answer_is_said() {
        assert_eq!(
            read_return("#/sign-in", Some(&pending())),
            Some(Return::Failed(SignInError::NoAnswer))
        );
        assert_eq!(read_return("#/token", None), None);
    }
}
