//! Access tokens as pasted by a person: finding the token in what was pasted ([`extract`]),
//! decoding it without verifying it ([`decode_unverified`]), explaining what it is
//! ([`TokenFacts`]), checking it ([`run_checks`]) and judging whether it allows an operation
//! ([`permission_verdict`]), plus preparing an RS256 signature check for WebCrypto ([`jwk`]).
//!
//! Everything here is pure: the current time is a parameter (`now`, Unix seconds), nothing is
//! fetched (keys are pasted, never downloaded from a URL in the token), and the pasted text is
//! wrapped in [`PastedToken`], whose `Debug` never shows it.

mod check_status;
mod checks;
mod decode;
mod extract;
mod facts;
mod inspector;
pub mod jwk;
mod pretty;
mod time;
mod verdict;

pub use check_status::CheckStatus;
pub use checks::{
    Check, CheckId, CheckInput, Finding, MSA_TENANT, SignatureState, permission_of, run_checks,
};
pub use decode::{
    Base64Problem, DecodeError, DecodeFailure, DecodeWarning, DecodedJwt, JsonProblem, JsonType,
    MAX_DEPTH, Segment, decode_unverified,
};
pub use extract::{Extracted, InputForm, extract};
pub use facts::{ClaimTypeError, KindBasis, ResourceFact, TokenFacts, TokenKind, TokenUse};
pub use inspector::{InspectorAction, InspectorInputs};
pub use pretty::json_members;
pub use time::{CivilTime, DurationParts, DurationUnit, civil_time, numeric_date};
pub use verdict::{PermissionVerdict, Retirement, VerdictOutcome, permission_verdict};

crate::secret_type!(
    /// The text a person pasted as a token. It lives in memory only: its `Debug` is redacted so
    /// that it cannot end up in a log, and nothing in this crate stores or sends it.
    PastedToken
);

impl PastedToken {
    /// Wraps pasted text as is (surrounding whitespace is kept; [`extract`] deals with it).
    pub fn new(text: impl Into<String>) -> PastedToken {
        PastedToken(text.into())
    }

    /// Whether nothing but whitespace was pasted.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_token() {
        let t = PastedToken::new("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        let shown = format!("{t:?} {:?}", Some(&t));
        assert!(!shown.contains("eyJ"), "{shown}");
        assert!(shown.contains("redacted"));
        assert_eq!(t.expose().len(), 41);
        assert!(PastedToken::new(" \n").is_blank());
    }
}
