//! Reading the URL an admin's browser was sent back to after a consent link.
//!
//! The redirect is untrusted input: anyone can type such a URL, so it proves nothing by itself
//! (Microsoft's v2 admin-consent doc: never use the returned `tenant` to authenticate or
//! authorize). The reader only says what the URL claims, and compares its `state` with the one
//! this page generated.
//!
//! Rules, from `shared/reference/defender-api-facts.md` §D:
//! - parameters may sit in the query or the fragment (`response_mode=fragment`), and a fragment
//!   may hold a hash route (`#/consent?…`); all are read, query first;
//! - an `error` always wins, even next to `admin_consent=True` (the v2 doc's own example);
//! - the admin cancelling is `error=access_denied` only with MSAL's `error_subcode=cancel`,
//!   AADSTS65004 ("user declined to consent"), or a description that says the user cancelled or
//!   declined; any other `access_denied` (AADSTS50020, a policy block, …) is an error with its
//!   explanation. The legacy `error=permission_denied` is the admin-consent endpoint's cancel;
//! - `code` is an authorization-code response (the v1 authorize link); its value is never kept;
//! - `admin_consent=True` without an error is consent granted.

use crate::cloud::is_guid;

/// What the redirect says happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedirectOutcome {
    /// `admin_consent=True` and no error.
    Granted {
        /// The customer's tenant ID, when the URL carries one that is a GUID.
        tenant: Option<String>,
        /// The granted `scope`, when the URL carries it (v2 endpoint).
        scope: Option<String>,
    },
    /// The admin cancelled or declined.
    Cancelled {
        /// The `error` value (`access_denied` or `permission_denied`).
        error: String,
        /// The decoded `error_description`.
        description: Option<String>,
    },
    /// Entra reported an error.
    Error {
        /// The `error` value, e.g. `consent_required`.
        error: String,
        /// The decoded `error_description`.
        description: Option<String>,
        /// `AADSTS` numbers found in the description or in `error_codes`, in order, no repeats.
        aadsts: Vec<u32>,
        /// Whether the URL also claimed `admin_consent=True` (it does not count).
        admin_consent_claimed: bool,
    },
    /// An authorization-code response (the v1 authorize link). The code itself is not kept.
    Code {
        /// Whether `admin_consent=True` came with it (an admin consented for the organization).
        admin_consent: bool,
        /// The tenant ID, when the URL carries one that is a GUID.
        tenant: Option<String>,
    },
    /// Not a consent response.
    Unrecognized,
}

impl RedirectOutcome {
    /// The code exposed to tests as `data-outcome`: `granted`, `cancelled`, `error`, `code` or
    /// `unrecognized`.
    pub fn code(&self) -> &'static str {
        match self {
            RedirectOutcome::Granted { .. } => "granted",
            RedirectOutcome::Cancelled { .. } => "cancelled",
            RedirectOutcome::Error { .. } => "error",
            RedirectOutcome::Code { .. } => "code",
            RedirectOutcome::Unrecognized => "unrecognized",
        }
    }

    /// The tenant ID the URL claims, if any.
    pub fn tenant(&self) -> Option<&str> {
        match self {
            RedirectOutcome::Granted { tenant, .. } | RedirectOutcome::Code { tenant, .. } => {
                tenant.as_deref()
            }
            _ => None,
        }
    }

    /// The `error` value, for errors and cancellations.
    pub fn error(&self) -> Option<&str> {
        match self {
            RedirectOutcome::Error { error, .. } | RedirectOutcome::Cancelled { error, .. } => {
                Some(error)
            }
            _ => None,
        }
    }

    /// The AADSTS numbers of an error (empty otherwise).
    pub fn aadsts(&self) -> &[u32] {
        match self {
            RedirectOutcome::Error { aadsts, .. } => aadsts,
            _ => &[],
        }
    }
}

/// How the returned `state` compares with the one this page generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateCheck {
    /// The same value: the answer belongs to the link built here.
    Match,
    /// A different value: the answer may belong to another link, another tab, or someone
    /// else's request.
    Mismatch,
    /// Nothing to compare with: no state was issued (the page matches answers to the links it
    /// remembers with `crate::roster::Roster::match_answer`).
    Unknown,
    /// The URL carries no state.
    Absent,
}

crate::codes! {
    /// `match`, `mismatch`, `unknown` or `absent`, as exposed in `data-state`.
    StateCheck {
        Match => "match",
        Mismatch => "mismatch",
        Unknown => "unknown",
        Absent => "absent",
    }
}

/// Something worth saying about the URL besides its outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RedirectNote {
    /// A `tenant` value that is not a GUID was ignored.
    TenantNotGuid,
    /// The URL carries a token (`access_token` or `id_token`): it should not be shared or stored.
    ContainsToken,
}

/// The reading of one pasted URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedirectReading {
    /// What the URL says happened.
    pub outcome: RedirectOutcome,
    /// The state comparison.
    pub state: StateCheck,
    /// The returned state, for display.
    pub returned_state: Option<String>,
    /// Extra remarks.
    pub notes: Vec<RedirectNote>,
}

/// The `key=value` pairs of a pasted URL, query first then fragment, keys lower-cased and values
/// decoded. Accepts a full URL, `?query`, `#fragment`, `#/route?query` or a bare `a=b&c=d`.
pub fn redirect_params(input: &str) -> Vec<(String, String)> {
    let input = input.trim();
    let (before_hash, fragment) = match input.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (input, None),
    };
    let mut parts: Vec<&str> = Vec::new();
    match before_hash.split_once('?') {
        Some((_, q)) => parts.push(q),
        // A bare `a=b&c=d` (no scheme, no `?`) is a query on its own.
        None if !before_hash.contains("://") && before_hash.contains('=') => {
            parts.push(before_hash)
        }
        None => {}
    }
    if let Some(f) = fragment {
        parts.push(f.split_once('?').map_or(f, |(_, q)| q));
    }
    parts
        .into_iter()
        .flat_map(crate::url::query_pairs)
        .filter_map(|(k, v)| {
            let k = k.trim().to_ascii_lowercase();
            (!k.is_empty()).then_some((k, v))
        })
        .collect()
}

/// The `AADSTS` numbers in `text` (`AADSTS65004: …` gives 65004), in order, without repeats.
pub fn aadsts_codes(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let upper = text.to_ascii_uppercase();
    for (i, _) in upper.match_indices("AADSTS") {
        let digits: String = upper[i + 6..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        match digits.parse::<u32>() {
            Ok(n) if !out.contains(&n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// Whether an `error_description` says the user cancelled or declined (Entra's own wordings:
/// "the user canceled the authentication", "User declined to consent", "The admin canceled the
/// request"), in either spelling of "cancelled".
fn says_cancelled(description: &str) -> bool {
    let d = description.to_ascii_lowercase();
    ["canceled", "cancelled", "declined"]
        .iter()
        .any(|w| d.contains(w))
}

fn digit_runs(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|d| d.parse::<u32>().ok())
        .collect()
}

/// Reads a pasted redirect URL. `expected_state` is the state this page generated (empty when it
/// has none).
pub fn read_redirect(input: &str, expected_state: &str) -> RedirectReading {
    let params = redirect_params(input);
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    };
    let mut notes = Vec::new();
    if get("access_token").is_some() || get("id_token").is_some() {
        notes.push(RedirectNote::ContainsToken);
    }
    let admin_consent = get("admin_consent").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let tenant = match get("tenant") {
        Some(t) if is_guid(t) => Some(t.to_ascii_lowercase()),
        Some(_) => {
            notes.push(RedirectNote::TenantNotGuid);
            None
        }
        None => None,
    };
    let description = get("error_description").map(str::to_owned);

    let outcome = if let Some(error) = get("error") {
        let mut aadsts = description.as_deref().map(aadsts_codes).unwrap_or_default();
        for n in get("error_codes").map(digit_runs).unwrap_or_default() {
            if !aadsts.contains(&n) {
                aadsts.push(n);
            }
        }
        let error = error.to_owned();
        let subcode_cancel = get("error_subcode").is_some_and(|s| s.eq_ignore_ascii_case("cancel"));
        let declined = error == "permission_denied"
            || (error == "access_denied"
                && (aadsts.contains(&65004) || description.as_deref().is_some_and(says_cancelled)));
        if !admin_consent && (subcode_cancel || declined) {
            RedirectOutcome::Cancelled { error, description }
        } else {
            RedirectOutcome::Error {
                error,
                description,
                aadsts,
                admin_consent_claimed: admin_consent,
            }
        }
    } else if get("code").is_some() {
        RedirectOutcome::Code {
            admin_consent,
            tenant,
        }
    } else if admin_consent {
        RedirectOutcome::Granted {
            tenant,
            scope: get("scope").map(str::to_owned),
        }
    } else {
        RedirectOutcome::Unrecognized
    };

    let returned_state = get("state").map(str::to_owned);
    let expected = expected_state.trim();
    let state = match &returned_state {
        None => StateCheck::Absent,
        Some(_) if expected.is_empty() => StateCheck::Unknown,
        Some(s) if s == expected => StateCheck::Match,
        Some(_) => StateCheck::Mismatch,
    };
    RedirectReading {
        outcome,
        state,
        returned_state,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aadsts_numbers_are_found_in_order_without_repeats() {
        assert_eq!(
            aadsts_codes("AADSTS65004: declined. aadsts50011 x AADSTS65004"),
            vec![65004, 50011]
        );
        assert_eq!(aadsts_codes("AADSTS: nothing"), Vec::<u32>::new());
    }

    #[test]
    fn access_denied_is_a_cancel_only_when_it_says_so() {
        let outcome = |q: &str| read_redirect(q, "").outcome.code();
        // A bare access_denied is an error: nothing says the admin cancelled.
        assert_eq!(outcome("error=access_denied"), "error");
        assert_eq!(
            outcome(
                "error=access_denied&error_description=AADSTS53003%3a+Blocked+by+Conditional+Access"
            ),
            "error"
        );
        assert_eq!(
            outcome("error=access_denied&error_subcode=cancel"),
            "cancelled"
        );
        assert_eq!(
            outcome("error=access_denied&error_description=AADSTS65004%3a+x&error_codes=[65004]"),
            "cancelled"
        );
        assert_eq!(
            outcome("error=access_denied&error_description=the+user+canceled+the+authentication"),
            "cancelled"
        );
        assert_eq!(outcome("error=permission_denied"), "cancelled");
    }

    #[test]
    fn params_from_every_shape() {
        let p = redirect_params("https://x/cb?a=1#b=2");
        assert_eq!(p, vec![("a".into(), "1".into()), ("b".into(), "2".into())]);
        let p = redirect_params("#/consent?A=%41+b");
        assert_eq!(p, vec![("a".into(), "A b".into())]);
        assert_eq!(redirect_params("a=1&&=x"), vec![("a".into(), "1".into())]);
        assert!(redirect_params("https://x/cb").is_empty());
        assert!(redirect_params("hello").is_empty());
    }
}
