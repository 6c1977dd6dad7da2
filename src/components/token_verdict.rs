//! The token checks' verdict for the operation about to be called, shown before calling.

use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::explain::finding_text;
use dpk_domain::incidents::standin::{Operation, TokenReport, Verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TokenVerdictProps {
    pub report: TokenReport,
    pub operation: &'static Operation,
    pub lang: Lang,
}

/// The token checks for the operation about to be called, with the verdict first.
#[component]
pub fn TokenVerdict(props: &TokenVerdictProps) -> Html {
    let TokenVerdictProps {
        report,
        operation,
        lang,
    } = props;
    let lang = *lang;
    let verdict = report.verdict();
    let (class, sentence) = match verdict {
        Verdict::Ok => ("pass", T::VerdictOk),
        Verdict::Warning => ("warn", T::VerdictWarning),
        Verdict::Blocked => ("fail", T::VerdictBlocked),
    };
    html! {
        <div class={classes!("token-verdict", class)} data-testid="token-verdict" data-verdict={verdict.code()}
            data-operation={operation.id} role="status">
            <p><strong>{ fill(T::VerdictHeading.get(lang), &[("operation", operation.id)]) }</strong>{ " " }
               <span class={classes!("status", class)}>{ verdict.code() }</span>{ " " }{ sentence.get(lang) }</p>
            if !report.findings.is_empty() {
                <ul>
                    { for report.findings.iter().map(|f| html! { <li>{ finding_text(f, operation, lang) }</li> }) }
                </ul>
            }
            <p class="hint">{ T::TokenUnverified.get(lang) }{ " " }<a href="#/token">{ T::TokenCheckLink.get(lang) }</a></p>
        </div>
    }
}
