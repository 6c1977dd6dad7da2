//! The one place that turns the incidents explorer's outcomes into sentences: enum labels,
//! connection warnings, token findings, update problems, and every error with what to do next.
//! Components render what this returns; they never build a message themselves.

use crate::catalog::{GrantKind, Operation, OperationKind};
use crate::i18n::{IncidentsText as T, Lang, Text, fill};
use crate::incidents::connection::{ConfigProblem, ConnectionWarning};
use crate::incidents::labels::{Classification, Determination, Severity, Status};
use crate::incidents::response::{ApiError, NetworkCause, ParseProblem};
use crate::incidents::time::format_short;
use crate::incidents::token::{TokenCheck, TokenState};
use crate::incidents::update::UpdateProblem;
use crate::jwt::{CheckId, CheckStatus};
use crate::sentences;

fn own_or(key: Option<T>, raw: &str, lang: Lang) -> String {
    match key {
        Some(k) => k.get(lang).to_owned(),
        None if raw.is_empty() => "—".to_owned(),
        None => raw.to_owned(),
    }
}

/// The label of a severity in `lang` (an unrecognized value shows as sent).
pub fn severity_label(s: &Severity, lang: Lang) -> String {
    let key = match s {
        Severity::Unspecified => Some(T::SevUnspecified),
        Severity::Informational => Some(T::SevInformational),
        Severity::Low => Some(T::SevLow),
        Severity::Medium => Some(T::SevMedium),
        Severity::High => Some(T::SevHigh),
        Severity::Unrecognized(_) => None,
    };
    own_or(key, s.xdr_code(), lang)
}

/// The label of a status in `lang`.
pub fn status_label(s: &Status, lang: Lang) -> String {
    let key = match s {
        Status::Active => Some(T::StActive),
        Status::InProgress => Some(T::StInProgress),
        Status::AwaitingAction => Some(T::StAwaitingAction),
        Status::Resolved => Some(T::StResolved),
        Status::Redirected => Some(T::StRedirected),
        Status::Unrecognized(_) => None,
    };
    own_or(key, s.xdr_code(), lang)
}

/// The label of a classification in `lang`.
pub fn classification_label(c: &Classification, lang: Lang) -> String {
    let key = match c {
        Classification::Unknown => Some(T::ClUnknown),
        Classification::TruePositive => Some(T::ClTruePositive),
        Classification::InformationalExpectedActivity => Some(T::ClInformational),
        Classification::FalsePositive => Some(T::ClFalsePositive),
        Classification::Unrecognized(_) => None,
    };
    own_or(key, c.xdr_code(), lang)
}

/// The label of a determination in `lang`.
pub fn determination_label(d: &Determination, lang: Lang) -> String {
    use Determination as D;
    let key = match d {
        D::NotAvailable => Some(T::DetNotAvailable),
        D::MultiStagedAttack => Some(T::DetMultiStagedAttack),
        D::MaliciousUserActivity => Some(T::DetMaliciousUserActivity),
        D::CompromisedAccount => Some(T::DetCompromisedAccount),
        D::Malware => Some(T::DetMalware),
        D::Phishing => Some(T::DetPhishing),
        D::UnwantedSoftware => Some(T::DetUnwantedSoftware),
        D::SecurityTesting => Some(T::DetSecurityTesting),
        D::LineOfBusinessApplication => Some(T::DetLineOfBusiness),
        D::ConfirmedActivity => Some(T::DetConfirmedActivity),
        D::Clean => Some(T::DetClean),
        D::InsufficientData => Some(T::DetInsufficientData),
        D::Other => Some(T::DetOther),
        D::Apt => Some(T::DetApt),
        D::SecurityPersonnel => Some(T::DetSecurityPersonnel),
        D::Unrecognized(_) => None,
    };
    own_or(key, d.xdr_code(), lang)
}

/// A Unix-ms time as `YYYY-MM-DD HH:MM UTC`.
pub fn time_label(ms: Option<i64>) -> String {
    ms.map_or_else(|| "—".to_owned(), |t| format_short(t) + " UTC")
}

/// The sentence for a connection warning.
pub fn warning_text(w: &ConnectionWarning, lang: Lang) -> String {
    let host = |k: T, h: &str| fill(k.get(lang), &[("host", h)]);
    match w {
        ConnectionWarning::ProxyPlainHttp { host: h } => host(T::WarnProxyPlainHttp, h),
        ConnectionWarning::PublicProxy { host: h } => host(T::WarnPublicProxy, h),
        ConnectionWarning::BasePlainHttp { host: h } => host(T::WarnBasePlainHttp, h),
        ConnectionWarning::BaseNotMicrosoft { host: h } => host(T::WarnBaseNotMicrosoft, h),
        ConnectionWarning::DirectWithoutCors => T::WarnDirectWithoutCors.get(lang).to_owned(),
        ConnectionWarning::GraphNeedsNoProxy => T::WarnGraphNeedsNoProxy.get(lang).to_owned(),
        ConnectionWarning::XdrRetiring => T::WarnXdrRetiring.get(lang).to_owned(),
    }
}

/// What a delegated caller of `op` needs besides the permission (portal or Entra role), from the
/// catalog, in one phrase.
pub fn role_note(op: &Operation, lang: Lang) -> String {
    sentences::requirements(op.requirements, lang)
}

/// One line of the token verdict: the check that said it, how it ended, and the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenLine {
    /// The check that said it; `None` when nothing could be checked (no token, undecodable).
    pub check: Option<CheckId>,
    /// How that check ended.
    pub status: CheckStatus,
    /// The sentence, worded by [`crate::sentences`] like the token inspector words it.
    pub text: String,
}

/// The token verdict's lines: every check that failed or warned, then the permission verdict
/// (its main sentence, hints, what the signed-in user also needs, the retirement note).
pub fn token_lines(check: &TokenCheck, lang: Lang) -> Vec<TokenLine> {
    let fail = CheckStatus::Fail;
    let line = |check, status, text| TokenLine {
        check,
        status,
        text,
    };
    match &check.state {
        TokenState::Missing => vec![line(None, fail, T::FindingMissing.get(lang).to_owned())],
        TokenState::Undecodable(e) => vec![line(None, fail, sentences::decode_error(e, lang))],
        TokenState::Checked { .. } => {
            let mut lines = Vec::new();
            for c in check.problems() {
                let text = sentences::finding(&c.finding, Some(check.operation), lang);
                lines.push(line(Some(c.id), c.status, text));
            }
            if let Some(v) = check.permission() {
                for text in sentences::verdict_lines(v, lang) {
                    lines.push(line(Some(CheckId::Permissions), v.status, text));
                }
            }
            lines
        }
    }
}

/// What is wrong with the token, for an error: the failed or warning checks and, when the
/// permission check failed, its main sentence.
fn token_problems(check: &TokenCheck, lang: Lang) -> Vec<String> {
    let mut lines = token_lines(check, lang);
    if check.has_permission() {
        lines.retain(|l| l.check != Some(CheckId::Permissions));
    } else if let Some(first) = lines
        .iter()
        .position(|l| l.check == Some(CheckId::Permissions))
    {
        lines.truncate(first + 1);
    }
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        out.push(l.text);
    }
    out
}

/// The sentence for an update problem.
pub fn update_problem_text(p: UpdateProblem, lang: Lang) -> &'static str {
    match p {
        UpdateProblem::NothingToChange => T::ProblemNothing.get(lang),
        UpdateProblem::StatusNotSettable => T::ProblemStatusNotSettable.get(lang),
        UpdateProblem::DeterminationDoesNotFitClassification => T::ProblemDoesNotFit.get(lang),
    }
}

/// The text of an update warning.
pub fn update_warning_text(w: crate::incidents::update::UpdateWarning, lang: Lang) -> &'static str {
    match w {
        crate::incidents::update::UpdateWarning::XdrDeterminationWithoutTruePositive => {
            T::WarnXdrDetermination.get(lang)
        }
    }
}

/// What the page knows when it explains an error.
#[derive(Clone, Copy, Debug)]
pub struct ErrorContext<'a> {
    /// The page language.
    pub lang: Lang,
    /// The operation that failed.
    pub operation: &'a Operation,
    /// The token checks for that operation, if a token was pasted.
    pub token: Option<&'a TokenCheck>,
    /// Where the list is requested from (the collection URL).
    pub collection_url: &'a str,
    /// The origin of the first hop (the proxy, or the API when direct).
    pub first_hop: &'a str,
    /// This page's origin.
    pub page_origin: &'a str,
    /// The request timeout in seconds.
    pub timeout_s: u64,
}

/// An error in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// `data-error-kind`.
    pub kind: &'static str,
    /// What happened.
    pub headline: String,
    /// What to do.
    pub action: String,
    /// More lines: token findings, the API's own message.
    pub details: Vec<String>,
    /// Whether to link to the token inspector (`#/token`).
    pub token_link: bool,
}

/// Explains `err` in `ctx.lang`, with what to do.
pub fn explain(err: &ApiError, ctx: &ErrorContext<'_>) -> Explanation {
    let lang = ctx.lang;
    let t = |k: T| k.get(lang).to_owned();
    let op = ctx.operation;
    let is_update = op.kind() == OperationKind::Update;
    let token_lines = || -> Vec<String> {
        ctx.token
            .map(|r| token_problems(r, lang))
            .unwrap_or_default()
    };
    let said = |m: &Option<String>| {
        let mut d = Vec::new();
        if let Some(m) = m {
            d.push(fill(T::ServerSaid.get(lang), &[("message", m)]));
        }
        d
    };
    let (headline, action, mut details, token_link) = match err {
        ApiError::TokenMissing => (t(T::ErrTokenMissing), t(T::DoTokenMissing), vec![], true),
        ApiError::Unauthorized { message } => {
            let mut d = token_lines();
            d.extend(said(message));
            (t(T::ErrUnauthorized), t(T::DoUnauthorized), d, true)
        }
        ApiError::Forbidden { message } => {
            let delegated = ctx
                .token
                .is_some_and(|r| r.grant() == Some(GrantKind::Delegated));
            let action = if delegated {
                fill(
                    T::DoForbiddenDelegated.get(lang),
                    &[
                        ("needed", &op.delegated.join(T::OneOf.get(lang))),
                        ("role", &role_note(op, lang)),
                    ],
                )
            } else {
                fill(
                    T::DoForbiddenApp.get(lang),
                    &[("needed", &op.application.join(T::OneOf.get(lang)))],
                )
            };
            let mut d = token_lines();
            d.extend(said(message));
            (t(T::ErrForbidden), action, d, true)
        }
        ApiError::NotFound { message } if is_update => (
            t(T::ErrNotFoundUpdate),
            t(T::DoNotFoundUpdate),
            said(message),
            false,
        ),
        ApiError::NotFound { message } => (
            t(T::ErrNotFoundList),
            fill(T::DoNotFoundList.get(lang), &[("url", ctx.collection_url)]),
            said(message),
            false,
        ),
        ApiError::Throttled { retry_after_ms } => {
            let mut d = Vec::new();
            if let Some(ms) = retry_after_ms {
                let seconds = ms.div_ceil(1000).to_string();
                d.push(fill(T::WaitingFor.get(lang), &[("seconds", &seconds)]));
            }
            (t(T::ErrThrottled), t(T::DoThrottled), d, false)
        }
        ApiError::Server { status, message } => (
            fill(T::ErrServer.get(lang), &[("status", &status.to_string())]),
            t(T::DoServer),
            said(message),
            false,
        ),
        ApiError::BadRequest { status, message } => (
            fill(
                T::ErrBadRequest.get(lang),
                &[("status", &status.to_string())],
            ),
            t(T::DoBadRequest),
            said(message),
            false,
        ),
        ApiError::Parse(p) => {
            let (head, action) = match p {
                ParseProblem::Empty => (T::ErrParseEmpty, T::DoParse),
                ParseProblem::Truncated => (T::ErrParseTruncated, T::DoParse),
                ParseProblem::Html => (T::ErrParseHtml, T::DoParse),
                ParseProblem::NotJson => (T::ErrParseNotJson, T::DoParse),
                ParseProblem::NotAPage => (T::ErrParseNotAPage, T::DoParse),
                ParseProblem::NotAnIncident => (T::ErrParseNotAnIncident, T::DoParse),
                ParseProblem::ForeignNextLink => (T::ErrParseForeignLink, T::DoParseForeign),
            };
            (t(head), t(action), vec![], false)
        }
        ApiError::Redirected => (
            t(T::ErrRedirected),
            fill(T::DoRedirected.get(lang), &[("url", ctx.collection_url)]),
            vec![],
            false,
        ),
        ApiError::Network(cause) => {
            let origin = [("origin", ctx.first_hop), ("page", ctx.page_origin)];
            let (head, action) = match cause {
                NetworkCause::Offline => (t(T::ErrNetOffline), t(T::DoNetOffline)),
                NetworkCause::Timeout => (
                    fill(
                        T::ErrNetTimeout.get(lang),
                        &[("seconds", &ctx.timeout_s.to_string())],
                    ),
                    t(T::DoNetTimeout),
                ),
                NetworkCause::DirectNoCors => (t(T::ErrNetDirectNoCors), t(T::DoNetDirectNoCors)),
                NetworkCause::ProxyDown => (
                    fill(T::ErrNetProxyDown.get(lang), &origin),
                    t(T::DoNetProxyDown),
                ),
                NetworkCause::ProxyRefused => (
                    fill(T::ErrNetProxyRefused.get(lang), &origin),
                    fill(T::DoNetProxyRefused.get(lang), &origin),
                ),
                NetworkCause::HostDown => (
                    fill(T::ErrNetHostDown.get(lang), &origin),
                    t(T::DoNetHostDown),
                ),
                NetworkCause::CorsRefused => (
                    fill(T::ErrNetCorsRefused.get(lang), &origin),
                    fill(T::DoNetCorsRefused.get(lang), &origin),
                ),
                NetworkCause::Unknown => (t(T::ErrNetUnknown), t(T::DoNetUnknown)),
            };
            (head, action, vec![], false)
        }
        ApiError::Proxy { code, message, .. } => {
            let args = [("code", code.as_str()), ("page", ctx.page_origin)];
            let transport = err.kind() == "network";
            let head = if transport {
                T::ErrProxyUpstream
            } else {
                T::ErrProxyRefused
            };
            let action = match code.as_str() {
                _ if transport => T::DoProxyUpstream,
                "upstream_not_allowed" | "upstream_address_refused" => T::DoProxyUpstreamNotAllowed,
                "origin_not_allowed" | "origin_required" => T::DoProxyOriginNotAllowed,
                _ => T::DoProxyOther,
            };
            let mut details = Vec::new();
            if let Some(m) = message {
                details.push(fill(T::ProxySaid.get(lang), &[("message", m)]));
            }
            (
                fill(head.get(lang), &args),
                fill(action.get(lang), &args),
                details,
                false,
            )
        }
        ApiError::Config(p) => {
            let head = match p {
                ConfigProblem::BaseUrlInvalid => T::ErrConfigBase,
                ConfigProblem::ProxyUrlMissing => T::ErrConfigProxyMissing,
                ConfigProblem::ProxyUrlInvalid => T::ErrConfigProxyInvalid,
                ConfigProblem::TemplateWithoutPlaceholder => T::ErrConfigTemplate,
                ConfigProblem::RateLimitInvalid => T::ErrConfigRate,
            };
            (t(head), t(T::DoConfig), vec![], false)
        }
    };
    details.dedup();
    Explanation {
        kind: err.kind(),
        headline,
        action,
        details,
        token_link,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::Api;
    use crate::incidents::token::tests::{TID, app_token, jwt};
    use crate::incidents::token::{AccessToken, list_operation, update_operation};

    fn ctx<'a>(op: &'a Operation, token: Option<&'a TokenCheck>, lang: Lang) -> ErrorContext<'a> {
        ErrorContext {
            lang,
            operation: op,
            token,
            collection_url: "https://api.security.microsoft.com/api/incidents",
            first_hop: "http://127.0.0.1:8787",
            page_origin: "http://127.0.0.1:8080",
            timeout_s: 30,
        }
    }

    #[test]
    fn forbidden_names_the_missing_permission_for_the_grant_kind() {
        let op = update_operation(Api::Xdr);
        let app = TokenCheck::run(
            &app_token(
                "https://api.security.microsoft.com",
                r#""Incident.Read.All""#,
                2000,
            ),
            op,
            1000,
        );
        let e = explain(
            &ApiError::Forbidden {
                message: Some("Forbidden: nope".into()),
            },
            &ctx(op, Some(&app), Lang::En),
        );
        assert_eq!(e.kind, "forbidden");
        assert!(e.action.contains("Incident.ReadWrite.All"), "{e:?}");
        assert!(!e.action.contains("Incident.Read.All"), "{e:?}");
        assert_eq!(
            e.details,
            [
                "Not allowed: the token has no application permission for “Update an incident”. Add Incident.ReadWrite.All (least privileged) to the app registration and have an administrator grant consent.",
                "The API said: Forbidden: nope"
            ]
        );
        let delegated = TokenCheck::run(
            &jwt(&format!(
                r#"{{"aud":"https://api.security.microsoft.com","iss":"https://sts.windows.net/{TID}/","tid":"{TID}","exp":2000,"scp":"Incident.Read","upn":"u@contoso.example"}}"#
            )),
            op,
            1000,
        );
        let d = explain(
            &ApiError::Forbidden { message: None },
            &ctx(op, Some(&delegated), Lang::Ja),
        );
        assert!(
            d.action.contains("Incident.ReadWrite")
                && !d.action.contains("Incident.ReadWrite.All")
                && d.action
                    .contains("Defender ポータルでインシデントを更新するアクセス許可"),
            "{d:?}"
        );
        assert!(d.details[0].contains("Incident.ReadWrite"), "{d:?}");
    }

    #[test]
    fn unauthorized_links_to_the_token_inspector_and_says_why() {
        let op = list_operation(Api::Graph);
        let report = TokenCheck::run(
            &app_token(
                "https://graph.microsoft.com",
                r#""SecurityIncident.Read.All""#,
                1_700_000_000,
            ),
            op,
            1_700_000_000 + 3_900,
        );
        let e = explain(
            &ApiError::Unauthorized { message: None },
            &ctx(op, Some(&report), Lang::En),
        );
        assert!(e.token_link);
        assert_eq!(e.details, ["Expired 1 h 5 min ago: request a new token."]);
        let garbage = TokenCheck::run(&AccessToken::new("abc"), op, 0);
        let g = explain(
            &ApiError::Unauthorized { message: None },
            &ctx(op, Some(&garbage), Lang::En),
        );
        assert_eq!(
            g.details,
            ["A JWT has three parts separated by dots; this has 1."]
        );
    }

    #[test]
    fn token_lines_word_every_problem_and_the_permission_verdict() {
        let op = list_operation(Api::Xdr);
        let t = jwt(
            r#"{"aud":"https://graph.microsoft.com","exp":900,"roles":["SecurityIncident.Read.All"]}"#,
        );
        let lines = token_lines(&TokenCheck::run(&t, op, 1000), Lang::En);
        let codes: Vec<_> = lines.iter().map(|l| (l.check, l.status)).collect();
        let fail = CheckStatus::Fail;
        assert_eq!(
            &codes[..4],
            [
                (Some(CheckId::Lifetime), fail),
                (Some(CheckId::Audience), fail),
                (Some(CheckId::Issuer), fail),
                (Some(CheckId::Permissions), fail)
            ]
        );
        assert!(lines[0].text.starts_with("Expired "), "{lines:?}");
        assert!(lines[3].text.contains("Microsoft Graph"), "{lines:?}");
        for lang in Lang::ALL {
            let missing = token_lines(&TokenCheck::run(&AccessToken::default(), op, 0), lang);
            assert_eq!(missing.len(), 1);
            assert!(!missing[0].text.contains('{'));
        }
    }

    #[test]
    fn every_error_has_a_headline_and_an_action_in_both_languages() {
        let op = list_operation(Api::Xdr);
        let errors = [
            ApiError::TokenMissing,
            ApiError::Unauthorized { message: None },
            ApiError::Forbidden { message: None },
            ApiError::NotFound { message: None },
            ApiError::Throttled {
                retry_after_ms: Some(1500),
            },
            ApiError::Server {
                status: 503,
                message: None,
            },
            ApiError::BadRequest {
                status: 400,
                message: None,
            },
            ApiError::Parse(ParseProblem::Truncated),
            ApiError::Parse(ParseProblem::ForeignNextLink),
            ApiError::Redirected,
            ApiError::Network(NetworkCause::ProxyDown),
            ApiError::Network(NetworkCause::ProxyRefused),
            ApiError::Network(NetworkCause::Timeout),
            ApiError::Network(NetworkCause::Unknown),
            ApiError::Config(ConfigProblem::TemplateWithoutPlaceholder),
            ApiError::Proxy {
                status: 403,
                code: "upstream_not_allowed".into(),
                message: Some("no".into()),
            },
            ApiError::Proxy {
                status: 403,
                code: "origin_required".into(),
                message: None,
            },
            ApiError::Proxy {
                status: 504,
                code: "upstream_timeout".into(),
                message: None,
            },
        ];
        for lang in Lang::ALL {
            for err in &errors {
                let e = explain(err, &ctx(op, None, lang));
                assert!(!e.headline.is_empty() && !e.action.is_empty(), "{err:?}");
                assert!(
                    !e.headline.contains('{') || e.headline.contains("{url}"),
                    "unfilled: {}",
                    e.headline
                );
                assert!(
                    !e.action.contains("{origin}") && !e.action.contains("{page}"),
                    "{}",
                    e.action
                );
            }
        }
        let t = explain(
            &ApiError::Throttled {
                retry_after_ms: Some(1500),
            },
            &ctx(op, None, Lang::En),
        );
        assert_eq!(t.details, ["Retrying in 2 s."]);
        let p = explain(
            &ApiError::Network(NetworkCause::ProxyDown),
            &ctx(op, None, Lang::En),
        );
        assert_eq!(
            p.headline,
            "The proxy at http://127.0.0.1:8787 does not answer."
        );
    }

    #[test]
    fn labels_show_unknown_values_as_themselves() {
        assert_eq!(severity_label(&Severity::High, Lang::Ja), "高");
        assert_eq!(
            status_label(&Status::parse("underReview"), Lang::En),
            "underReview"
        );
        assert_eq!(
            classification_label(&Classification::parse(""), Lang::En),
            "—"
        );
        assert_eq!(
            determination_label(&Determination::Clean, Lang::En),
            "Not malicious"
        );
        assert_eq!(time_label(None), "—");
    }
}
