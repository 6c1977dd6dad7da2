//! The token checks' verdict for the operation about to be called, shown before calling: the
//! operation's title and a status badge in the page language (never the operation id or the
//! verdict's code, which stay in `data-` attributes for tests and styles).

use dpk_domain::catalog::Operation;
use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::explain::token_lines;
use dpk_domain::incidents::token::{TokenCheck, Verdict};
use dpk_domain::jwt::CheckId;
use yew::prelude::*;

/// What [`token_verdict`] shows: the checks of the token for `operation`, in `lang`.
pub struct TokenVerdictProps {
    pub report: TokenCheck,
    pub operation: &'static Operation,
    pub lang: Lang,
}

/// The token inspector's checks for the operation about to be called, with the verdict first.
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn token_verdict(props: &TokenVerdictProps) -> Html {
    let TokenVerdictProps {
        report,
        operation,
        lang,
    } = props;
    let lang = *lang;
    let verdict = report.verdict();
    let (class, status_class, badge, sentence) = match verdict {
        Verdict::Ok => (
            "token-verdict pass",
            "status pass",
            T::BadgeOk,
            T::VerdictOk,
        ),
        Verdict::Warning => (
            "token-verdict warn",
            "status warn",
            T::BadgeWarning,
            T::VerdictWarning,
        ),
        Verdict::Blocked => (
            "token-verdict fail",
            "status fail",
            T::BadgeBlocked,
            T::VerdictBlocked,
        ),
    };
    let title = operation.title.get(lang);
    let lines = token_lines(report, lang);
    html! {
        <div class={class} data-testid="token-verdict" data-verdict={verdict.code()}
            data-operation={operation.id} role="status">
            <p><strong data-testid="token-verdict-heading">{ fill(T::VerdictHeading.get(lang), &[("operation", title)]) }</strong>{ " " }
               <span class={status_class} data-testid="token-verdict-badge">{ badge.get(lang) }</span>{ " " }{ sentence.get(lang) }</p>
            if !lines.is_empty() {
                <ul>
                    { for lines.into_iter().map(|l| html! {
                        <li data-check={l.check.map_or("token", CheckId::code)} data-status={l.status.code()}>{ l.text }</li>
                    }) }
                </ul>
            }
            <p class="hint">{ T::TokenUnverified.get(lang) }{ " " }<a href="#/token">{ T::TokenCheckLink.get(lang) }</a></p>
        </div>
    }
}
