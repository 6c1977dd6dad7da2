//! The consent page's sentences: the recorded link, the tenant look-up, the import report, and
//! what a pasted redirect says (headline, advice, the state comparison). The page only places
//! these strings; its tone classes come from [`Tone`], never from string matching.

use crate::cloud::Cloud;
use crate::consent::message::{aadsts_advice, api_name, cloud_name, error_advice};
use crate::consent::redirect::{RedirectNote, RedirectOutcome};
use crate::i18n::{ConsentText as T, Lang, RedirectText as R, RosterText as RT, Text, fill};
use crate::roster::{AnswerMatch, ConsentStatus, ImportReport, SentLink, display_date};

/// How a line reads at a glance (its colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Good news.
    Pass,
    /// Worth a look.
    Warn,
    /// Something failed.
    Fail,
    /// Neutral or not known yet.
    Skip,
}

impl Tone {
    /// The CSS class of the tone.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Pass => "pass",
            Tone::Warn => "warn",
            Tone::Fail => "fail",
            Tone::Skip => "skip",
        }
    }
}

/// The tone of a customer's consent status in the roster table.
pub fn status_tone(status: ConsentStatus) -> Tone {
    match status {
        ConsentStatus::Granted => Tone::Pass,
        ConsentStatus::Pending => Tone::Skip,
        ConsentStatus::Declined | ConsentStatus::Revoked => Tone::Warn,
        ConsentStatus::Failed => Tone::Fail,
    }
}

/// Who a link went to: the customer's name, else its tenant as given.
fn recipient(l: &SentLink) -> &str {
    if l.customer.is_empty() {
        &l.tenant
    } else {
        &l.customer
    }
}

/// "Remembered as sent to Contoso on 7 December 2026: …".
pub fn recorded(r: &SentLink, lang: Lang) -> String {
    fill(
        T::LinkRecorded.get(lang),
        &[
            ("who", recipient(r)),
            ("date", &display_date(&r.date, lang)),
        ],
    )
}

/// The message hint of the permission picker, naming the application (`…` while it is empty).
pub fn permissions_hint(client_id: &str, lang: Lang) -> String {
    let client_id = match client_id.trim() {
        "" => "…",
        id => id,
    };
    fill(T::PermissionsHint.get(lang), &[("client_id", client_id)])
}

/// The sign-in host of `cloud` (`login.microsoftonline.com`), as the look-up texts name it.
pub fn login_host(cloud: Cloud) -> &'static str {
    let origin = cloud.login_origin();
    origin.strip_prefix("https://").unwrap_or(origin)
}

/// The state of the tenant look-up of the customer being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The request is on its way.
    Running,
    /// The sign-in service named the tenant.
    Found {
        /// The tenant ID found.
        tenant: String,
        /// The domain asked about.
        domain: String,
        /// The cloud the answer names, if any.
        cloud: Option<Cloud>,
        /// The cloud that was asked.
        asked: Cloud,
    },
    /// Neither the domain nor the tenant field holds a domain name.
    NeedsDomain,
    /// The sign-in service knows no such domain.
    Unknown {
        /// The domain asked about.
        domain: String,
        /// The cloud that was asked.
        cloud: Cloud,
    },
    /// No answer (offline, blocked, timed out).
    Network,
    /// An answer this reader does not understand, with its HTTP status.
    Unexpected(u16),
}

/// How a look-up stands, as `data-state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupState {
    /// Waiting for the answer.
    Running,
    /// The tenant ID was found.
    Found,
    /// It failed (rendered as an error).
    Error,
}

impl LookupState {
    /// `running`, `found` or `error`.
    pub fn code(self) -> &'static str {
        match self {
            LookupState::Running => "running",
            LookupState::Found => "found",
            LookupState::Error => "error",
        }
    }
}

impl Lookup {
    /// How the look-up stands.
    pub fn state(&self) -> LookupState {
        match self {
            Lookup::Running => LookupState::Running,
            Lookup::Found { .. } => LookupState::Found,
            _ => LookupState::Error,
        }
    }

    /// What the look-up says; `host` is the sign-in host asked.
    pub fn sentence(&self, lang: Lang, host: &str) -> String {
        let status_text;
        let (key, args): (RT, &[(&str, &str)]) = match self {
            Lookup::Running => (RT::LookupRunning, &[]),
            Lookup::Found {
                tenant,
                domain,
                cloud,
                asked,
            } => {
                let mut text = fill(
                    RT::LookupFound.get(lang),
                    &[("tenant", tenant), ("domain", domain)],
                );
                if let Some(c) = cloud.filter(|c| c != asked) {
                    text.push(' ');
                    text.push_str(&fill(
                        RT::LookupOtherCloud.get(lang),
                        &[("cloud", cloud_name(c).get(lang))],
                    ));
                }
                return text;
            }
            Lookup::NeedsDomain => (RT::LookupNeedsDomain, &[]),
            Lookup::Unknown { domain, cloud } => (
                RT::LookupUnknown,
                &[("domain", domain), ("cloud", cloud_name(*cloud).get(lang))],
            ),
            Lookup::Network => (RT::LookupNetwork, &[("host", host)]),
            Lookup::Unexpected(status) => {
                status_text = status.to_string();
                (
                    RT::LookupUnexpected,
                    &[("host", host), ("status", &status_text)],
                )
            }
        };
        fill(key.get(lang), args)
    }
}

/// The look-up button's hint: which cloud's sign-in host is asked.
pub fn lookup_hint(cloud: Cloud, lang: Lang) -> String {
    fill(
        RT::LookupHint.get(lang),
        &[
            ("cloud", cloud_name(cloud).get(lang)),
            ("host", login_host(cloud)),
        ],
    )
}

/// "Imported: 1 added, 0 updated, 1 rejected."
pub fn import_summary(report: &ImportReport, lang: Lang) -> String {
    fill(
        RT::ImportResult.get(lang),
        &[
            ("added", &report.added.to_string()),
            ("updated", &report.updated.to_string()),
            ("rejected", &report.rejected.len().to_string()),
        ],
    )
}

/// One line per rejected row ("Row 2: …"), or `None` when every row was taken.
pub fn rejected_rows(report: &ImportReport, lang: Lang) -> Option<String> {
    let mut rows = String::new();
    for r in &report.rejected {
        if !rows.is_empty() {
            rows.push('\n');
        }
        rows.push_str(&fill(
            RT::RowRejected.get(lang),
            &[
                ("row", &r.row.to_string()),
                ("reason", &r.error.message(lang)),
            ],
        ));
    }
    (!rows.is_empty()).then_some(rows)
}

/// The redirect's outcome in one sentence, with its tone (a failure is rendered as an error).
pub fn redirect_headline(outcome: &RedirectOutcome, lang: Lang) -> (Tone, String) {
    let (tone, key, args): (Tone, R, &[(&str, &str)]) = match outcome {
        RedirectOutcome::Granted {
            tenant: Some(t), ..
        } => (Tone::Pass, R::Granted, &[("tenant", t)]),
        RedirectOutcome::Granted { tenant: None, .. } => (Tone::Pass, R::GrantedNoTenant, &[]),
        RedirectOutcome::Cancelled { .. } => (Tone::Warn, R::Cancelled, &[]),
        RedirectOutcome::Error { error, .. } => (Tone::Fail, R::Error, &[("error", error)]),
        RedirectOutcome::Code { .. } => (Tone::Pass, R::Code, &[]),
        RedirectOutcome::Unrecognized => (Tone::Skip, R::Unrecognized, &[]),
    };
    (tone, fill(key.get(lang), args))
}

/// The advice under the headline: the granted scope, what an error means (AADSTS codes we do
/// not explain point to `login_origin`'s error look-up), what an authorization code implies.
pub fn redirect_details(outcome: &RedirectOutcome, login_origin: &str, lang: Lang) -> Vec<String> {
    let mut details = Vec::new();
    match outcome {
        RedirectOutcome::Granted { scope: Some(s), .. } => {
            details.push(fill(R::GrantedScope.get(lang), &[("scope", s)]));
        }
        RedirectOutcome::Error {
            error,
            aadsts,
            admin_consent_claimed,
            ..
        } => {
            if *admin_consent_claimed {
                details.push(R::ErrorClaimedConsent.get(lang).to_owned());
            }
            if let Some(advice) = error_advice(error) {
                details.push(advice.get(lang).to_owned());
            }
            for n in aadsts {
                details.push(match aadsts_advice(*n) {
                    Some(advice) => advice.get(lang).to_owned(),
                    None => fill(
                        R::AadstsUnknown.get(lang),
                        &[("code", &n.to_string()), ("origin", login_origin)],
                    ),
                });
            }
        }
        RedirectOutcome::Code {
            admin_consent,
            tenant,
        } => {
            if *admin_consent {
                details.push(R::CodeAdminConsent.get(lang).to_owned());
            }
            if let Some(t) = tenant {
                details.push(fill(R::CodeTenant.get(lang), &[("tenant", t)]));
            }
        }
        _ => {}
    }
    details
}

/// The state comparison in one sentence, with its tone: which link the answer belongs to, or why
/// none.
pub fn answer_sentence(answer: &AnswerMatch, lang: Lang) -> (Tone, String) {
    let link = |key: R, l: &SentLink| {
        let who = if l.customer.is_empty() {
            fill(R::WhoTenant.get(lang), &[("tenant", &l.tenant)])
        } else {
            l.customer.clone()
        };
        fill(
            key.get(lang),
            &[
                ("who", &who),
                ("date", &display_date(&l.date, lang)),
                ("api", api_name(l.api).get(lang)),
                ("client_id", &l.client_id),
            ],
        )
    };
    match answer {
        AnswerMatch::Link(l) => (Tone::Pass, link(R::StateMatchLink, l)),
        AnswerMatch::Mismatch(l) => (Tone::Fail, link(R::StateMismatchLink, l)),
        AnswerMatch::Unknown => (Tone::Warn, R::StateUnknown.get(lang).to_owned()),
        AnswerMatch::Absent => (Tone::Warn, R::StateAbsent.get(lang).to_owned()),
    }
}

/// A note about the pasted address.
pub fn redirect_note(note: RedirectNote, lang: Lang) -> &'static str {
    match note {
        RedirectNote::TenantNotGuid => R::NoteTenantNotGuid,
        RedirectNote::ContainsToken => R::NoteContainsToken,
    }
    .get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::Api;
    use crate::roster::{RosterError, RowError};

    fn link(customer: &str) -> SentLink {
        SentLink {
            state: "s1".into(),
            tenant: "contoso.onmicrosoft.com".into(),
            customer: customer.into(),
            client_id: "11111111-2222-3333-4444-555555555555".into(),
            api: Api::Graph,
            date: "2026-12-07".into(),
            ..SentLink::default()
        }
    }

    #[test]
    fn recorded_names_the_customer_or_else_the_tenant() {
        let named = recorded(&link("Contoso"), Lang::En);
        assert!(
            named.starts_with("Remembered as sent to Contoso on "),
            "{named}"
        );
        assert!(named.contains("2026"), "{named}");
        let bare = recorded(&link(""), Lang::En);
        assert!(bare.contains("contoso.onmicrosoft.com"), "{bare}");
        assert!(recorded(&link("Contoso"), Lang::Ja).contains("2026 年 12 月 7 日"));
    }

    #[test]
    fn permissions_hint_names_the_application_or_an_ellipsis() {
        assert!(permissions_hint("  abc ", Lang::En).contains("application abc"));
        assert!(permissions_hint(" ", Lang::En).contains("application …"));
    }

    #[test]
    fn lookup_sentences_name_the_host_and_a_different_cloud() {
        let found = Lookup::Found {
            tenant: "t-1".into(),
            domain: "contoso.com".into(),
            cloud: Some(Cloud::UsGov),
            asked: Cloud::Global,
        };
        assert_eq!(found.state(), LookupState::Found);
        let text = found.sentence(Lang::En, "login.microsoftonline.com");
        assert!(
            text.contains("t-1") && text.contains("contoso.com"),
            "{text}"
        );
        assert!(
            text.contains(cloud_name(Cloud::UsGov).get(Lang::En)),
            "{text}"
        );
        let same = Lookup::Found {
            tenant: "t-1".into(),
            domain: "contoso.com".into(),
            cloud: Some(Cloud::Global),
            asked: Cloud::Global,
        };
        assert!(
            !same
                .sentence(Lang::En, "h")
                .contains(cloud_name(Cloud::Global).get(Lang::En))
        );
        let net = Lookup::Network;
        assert_eq!(net.state().code(), "error");
        assert!(
            net.sentence(Lang::En, "login.example")
                .contains("login.example")
        );
        assert!(
            Lookup::Unexpected(503)
                .sentence(Lang::Ja, "h")
                .contains("503")
        );
        assert_eq!(Lookup::Running.state().code(), "running");
        assert_eq!(login_host(Cloud::UsGov), "login.microsoftonline.us");
        assert!(lookup_hint(Cloud::UsGov, Lang::En).contains("(login.microsoftonline.us)"));
    }

    #[test]
    fn import_report_counts_and_lists_rejected_rows() {
        let mut report = ImportReport {
            added: 2,
            updated: 1,
            rejected: Vec::new(),
        };
        assert_eq!(
            import_summary(&report, Lang::En),
            "Imported: 2 added, 1 updated, 0 rejected."
        );
        assert_eq!(rejected_rows(&report, Lang::En), None);
        report.rejected.push(RowError {
            row: 3,
            error: RosterError::Secret {
                field: "notes".into(),
            },
        });
        let rows = rejected_rows(&report, Lang::En).unwrap();
        assert!(rows.starts_with("Row 3: "), "{rows}");
        assert!(import_summary(&report, Lang::Ja).contains("除外 1 件"));
    }

    #[test]
    fn redirect_headline_and_details_follow_the_outcome() {
        let error = RedirectOutcome::Error {
            error: "access_denied".into(),
            description: None,
            aadsts: vec![99_999_999],
            admin_consent_claimed: true,
        };
        let (tone, text) = redirect_headline(&error, Lang::En);
        assert_eq!(tone, Tone::Fail);
        assert!(text.contains("access_denied"));
        let details = redirect_details(&error, "https://login.example", Lang::En);
        assert!(
            details
                .iter()
                .any(|d| d.contains("https://login.example/error?code=99999999")),
            "{details:?}"
        );
        assert_eq!(details[0], R::ErrorClaimedConsent.get(Lang::En));
        let code = RedirectOutcome::Code {
            admin_consent: true,
            tenant: Some("t-1".into()),
        };
        assert_eq!(redirect_headline(&code, Lang::En).0, Tone::Pass);
        assert_eq!(redirect_details(&code, "", Lang::En).len(), 2);
        assert_eq!(
            redirect_headline(&RedirectOutcome::Unrecognized, Lang::En).0,
            Tone::Skip
        );
    }

    #[test]
    fn answer_sentence_ties_the_answer_to_its_link() {
        let (tone, text) = answer_sentence(&AnswerMatch::Link(link("")), Lang::En);
        assert_eq!(tone, Tone::Pass);
        assert!(text.contains("tenant contoso.onmicrosoft.com"), "{text}");
        assert!(
            text.contains("11111111-2222-3333-4444-555555555555"),
            "{text}"
        );
        let (tone, text) = answer_sentence(&AnswerMatch::Mismatch(link("Contoso")), Lang::En);
        assert_eq!(tone, Tone::Fail);
        assert!(text.contains("Contoso"));
        assert_eq!(
            answer_sentence(&AnswerMatch::Unknown, Lang::En).0,
            Tone::Warn
        );
        assert_eq!(tone_classes(), ["pass", "warn", "fail", "skip"]);
    }

    fn tone_classes() -> [&'static str; 4] {
        [Tone::Pass, Tone::Warn, Tone::Fail, Tone::Skip].map(Tone::class)
    }

    #[test]
    fn roster_statuses_have_tones() {
        assert_eq!(status_tone(ConsentStatus::Granted), Tone::Pass);
        assert_eq!(status_tone(ConsentStatus::Revoked), Tone::Warn);
        assert_eq!(status_tone(ConsentStatus::Failed), Tone::Fail);
        assert_eq!(status_tone(ConsentStatus::Pending), Tone::Skip);
    }
}
