//! How a check ended: pass, warn, fail or skip. Its own module so that the checks
//! ([`super::checks`]) and the permission verdict ([`super::verdict`]) both use it without
//! importing each other.

use crate::i18n::{Lang, Text, TokenUi};

/// The outcome of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckStatus {
    /// Fine.
    Pass,
    /// Suspicious or incomplete, but not necessarily wrong.
    Warn,
    /// The token will be (or should be) rejected.
    Fail,
    /// Not checked (no input to check against).
    Skip,
}

impl CheckStatus {
    /// `pass`, `warn`, `fail` or `skip` (as in `data-status`).
    pub fn code(self) -> &'static str {
        match self {
            CheckStatus::Pass => "pass",
            CheckStatus::Warn => "warn",
            CheckStatus::Fail => "fail",
            CheckStatus::Skip => "skip",
        }
    }

    /// Pass / Warning / Fail / Skipped, in the page language (the badge).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CheckStatus::Pass => TokenUi::StatusPass,
            CheckStatus::Warn => TokenUi::StatusWarn,
            CheckStatus::Fail => TokenUi::StatusFail,
            CheckStatus::Skip => TokenUi::StatusSkip,
        }
        .get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_labels_differ_per_status() {
        let all = [
            CheckStatus::Pass,
            CheckStatus::Warn,
            CheckStatus::Fail,
            CheckStatus::Skip,
        ];
        let codes: Vec<&str> = all.iter().map(|s| s.code()).collect();
        assert_eq!(codes, ["pass", "warn", "fail", "skip"]);
        for lang in Lang::ALL {
            let mut labels: Vec<&str> = all.iter().map(|s| s.label(lang)).collect();
            labels.dedup();
            assert_eq!(labels.len(), 4, "{labels:?}");
        }
        assert_eq!(CheckStatus::Skip.label(Lang::En), "Skipped");
    }
}
