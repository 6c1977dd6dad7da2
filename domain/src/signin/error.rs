//! Every way a sign-in can fail, and what to say about it: sign-in specific advice for the
//! failures this flow meets first, the consent reader's explanations (`consent::message`) for
//! every other `error` and AADSTS number — one set of explanations for every Entra answer.

use crate::consent::message::{aadsts_advice, error_advice};
use crate::i18n::{RedirectText, SignInText as S};

/// Why the page is not signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignInError {
    /// The authorize endpoint sent an `error` back.
    Authorize {
        /// The `error` value.
        error: String,
        /// `error_description`, as sent.
        description: Option<String>,
        /// AADSTS numbers found.
        aadsts: Vec<u32>,
        /// The person cancelled (`access_denied` with `error_subcode=cancel`, or AADSTS65004).
        cancelled: bool,
    },
    /// The answer's `state` is not the one this tab sent (or this tab sent none).
    StateMismatch,
    /// The page came back from a sign-in it started, with no answer in the address.
    NoAnswer,
    /// The token endpoint answered with an error.
    Token {
        /// The `error` value (`invalid_grant`, …).
        error: String,
        /// `error_description`, as sent.
        description: Option<String>,
        /// AADSTS numbers found (description and `error_codes`).
        aadsts: Vec<u32>,
        /// HTTP status.
        status: u16,
    },
    /// The token endpoint's answer could not be read as a token response.
    TokenUnreadable {
        /// HTTP status.
        status: u16,
    },
    /// The token endpoint is up but did not let this page read its answer (no CORS): the
    /// redirect URI is registered under "Web" instead of "Single-page application".
    Cors,
    /// Nothing answered at the token endpoint (offline, wrong authority, timeout).
    Network,
    /// The ID token's `nonce` is not the one sent.
    NonceMismatch,
    /// The browser offers no WebCrypto (`crypto.subtle` needs a secure context).
    CryptoUnavailable,
}

/// One sentence of advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// A sign-in text.
    SignIn(S),
    /// The consent reader's explanation of an `error` or AADSTS number.
    Consent(RedirectText),
    /// An AADSTS number no table explains (look it up at `{login origin}/error?code=`).
    UnknownAadsts(u32),
}

/// Sign-in wording for the AADSTS numbers a first sign-in meets; the consent table explains the
/// rest. Sources: Microsoft's AADSTS error code reference
/// (<https://learn.microsoft.com/entra/identity-platform/reference-error-codes>).
fn signin_aadsts(n: u32) -> Option<S> {
    Some(match n {
        50011 => S::Aadsts50011,
        50020 => S::Aadsts50020,
        9002326 => S::Aadsts9002326,
        54005 => S::Aadsts54005,
        700084 => S::Aadsts700084,
        _ => return None,
    })
}

impl SignInError {
    /// The machine-readable code exposed as `data-error`: the OAuth `error` value for answers
    /// from Entra, else `state_mismatch`, `no_answer`, `cors`, `network`, `token_unreadable`,
    /// `nonce_mismatch`, `crypto_unavailable`.
    pub fn code(&self) -> &str {
        match self {
            SignInError::Authorize { error, .. } | SignInError::Token { error, .. } => error,
            SignInError::StateMismatch => "state_mismatch",
            SignInError::NoAnswer => "no_answer",
            SignInError::Cors => "cors",
            SignInError::Network => "network",
            SignInError::TokenUnreadable { .. } => "token_unreadable",
            SignInError::NonceMismatch => "nonce_mismatch",
            SignInError::CryptoUnavailable => "crypto_unavailable",
        }
    }

    /// The AADSTS numbers of an answer.
    pub fn aadsts(&self) -> &[u32] {
        match self {
            SignInError::Authorize { aadsts, .. } | SignInError::Token { aadsts, .. } => aadsts,
            _ => &[],
        }
    }

    /// Entra's own description, when it sent one.
    pub fn description(&self) -> Option<&str> {
        match self {
            SignInError::Authorize { description, .. } | SignInError::Token { description, .. } => {
                description.as_deref()
            }
            _ => None,
        }
    }

    /// The one-line headline (may hold `{error}` and `{status}`).
    pub fn headline(&self) -> S {
        match self {
            SignInError::Authorize {
                cancelled: true, ..
            } => S::Cancelled,
            SignInError::Authorize { .. } => S::AuthorizeFailed,
            SignInError::Token { .. } => S::TokenFailed,
            SignInError::StateMismatch => S::StateMismatch,
            SignInError::NoAnswer => S::NoAnswer,
            SignInError::Cors => S::Cors,
            SignInError::Network => S::Network,
            SignInError::TokenUnreadable { .. } => S::TokenUnreadable,
            SignInError::NonceMismatch => S::NonceMismatch,
            SignInError::CryptoUnavailable => S::CryptoUnavailable,
        }
    }

    /// What to do, sentence by sentence, most specific first.
    pub fn advice(&self) -> Vec<Advice> {
        let mut out = Vec::new();
        let (error, aadsts) = match self {
            SignInError::Authorize {
                cancelled: true, ..
            } => return vec![Advice::SignIn(S::CancelledAdvice)],
            SignInError::Authorize { error, aadsts, .. }
            | SignInError::Token { error, aadsts, .. } => (error.as_str(), aadsts.as_slice()),
            SignInError::NoAnswer => {
                return vec![
                    Advice::SignIn(S::Aadsts50011),
                    Advice::Consent(RedirectText::Aadsts700016),
                ];
            }
            _ => return out,
        };
        for n in aadsts {
            let a = signin_aadsts(*n)
                .map(Advice::SignIn)
                .or_else(|| aadsts_advice(*n).map(Advice::Consent))
                .unwrap_or(Advice::UnknownAadsts(*n));
            if !out.contains(&a) {
                out.push(a);
            }
        }
        if error == "invalid_grant" && !aadsts.iter().any(|n| signin_aadsts(*n).is_some()) {
            out.push(Advice::SignIn(S::InvalidGrant));
        }
        if out.is_empty() {
            out.extend(error_advice(error).map(Advice::Consent));
        }
        out
    }

    /// Whether an administrator's consent is what is missing: the page then offers the consent
    /// link for this app (`#/consent?client_id=…&tenant=…`).
    pub fn needs_consent(&self) -> bool {
        self.aadsts().contains(&65001)
            || matches!(self, SignInError::Authorize { error, .. } if error == "consent_required")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authorize(error: &str, aadsts: &[u32]) -> SignInError {
        SignInError::Authorize {
            error: error.into(),
            description: None,
            aadsts: aadsts.to_vec(),
            cancelled: false,
        }
    }

    #[test]
    fn each_bad_path_has_its_own_advice() {
        assert_eq!(
            authorize("invalid_request", &[50011]).advice(),
            vec![Advice::SignIn(S::Aadsts50011)]
        );
        assert_eq!(
            authorize("unauthorized_client", &[700016]).advice(),
            vec![Advice::Consent(RedirectText::Aadsts700016)]
        );
        assert_eq!(
            authorize("access_denied", &[50020]).advice(),
            vec![Advice::SignIn(S::Aadsts50020)]
        );
        let consent = authorize("consent_required", &[65001]);
        assert_eq!(
            consent.advice(),
            vec![Advice::Consent(RedirectText::Aadsts65001)]
        );
        assert!(consent.needs_consent());
        assert!(!authorize("access_denied", &[50020]).needs_consent());
    }

    #[test]
    fn other_numbers_fall_back_to_the_consent_explanations() {
        assert_eq!(
            authorize("invalid_client", &[650052, 1234567]).advice(),
            vec![
                Advice::Consent(RedirectText::Aadsts650052),
                Advice::UnknownAadsts(1234567)
            ]
        );
        assert_eq!(
            authorize("temporarily_unavailable", &[]).advice(),
            vec![Advice::Consent(RedirectText::ErrorServer)]
        );
    }

    #[test]
    fn a_replayed_code_and_a_web_app_are_explained() {
        let replay = SignInError::Token {
            error: "invalid_grant".into(),
            description: None,
            aadsts: vec![54005],
            status: 400,
        };
        assert_eq!(replay.code(), "invalid_grant");
        assert_eq!(replay.advice(), vec![Advice::SignIn(S::Aadsts54005)]);
        let bare = SignInError::Token {
            error: "invalid_grant".into(),
            description: None,
            aadsts: vec![],
            status: 400,
        };
        assert_eq!(bare.advice(), vec![Advice::SignIn(S::InvalidGrant)]);
        let web = SignInError::Token {
            error: "invalid_request".into(),
            description: None,
            aadsts: vec![9002326],
            status: 400,
        };
        assert_eq!(web.advice(), vec![Advice::SignIn(S::Aadsts9002326)]);
        assert_eq!(SignInError::Cors.code(), "cors");
        assert_eq!(SignInError::Cors.headline(), S::Cors);
    }

    #[test]
    fn cancelling_is_not_an_error_to_fix() {
        let c = SignInError::Authorize {
            error: "access_denied".into(),
            description: None,
            aadsts: vec![65004],
            cancelled: true,
        };
        assert_eq!(c.code(), "access_denied");
        assert_eq!(c.headline(), S::Cancelled);
        assert_eq!(c.advice(), vec![Advice::SignIn(S::CancelledAdvice)]);
    }
}
