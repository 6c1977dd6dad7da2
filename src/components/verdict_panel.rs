use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::jwt::CheckStatus;
use dpk_domain::sentences::VerdictView;
use yew::prelude::*;

use super::text_el;

/// The permission verdict for the chosen operation: the verdict sentence first, then hints and
/// notes. Its status and the missing permissions reach the page only as `data-` attributes.
/// A plain function (no state, no callbacks), to spare a component's lifecycle code.
pub fn verdict_panel(verdict: &VerdictView, lang: Lang) -> Html {
    let status = verdict.status.code();
    let mut lines = verdict.lines.iter();
    html! {
        <section class={match verdict.status {
                     CheckStatus::Pass => "verdict pass",
                     CheckStatus::Fail => "verdict fail",
                     CheckStatus::Warn => "verdict warn",
                     CheckStatus::Skip => "verdict skip",
                 }} data-testid="permission-verdict"
                 data-status={status} data-missing={verdict.missing.join(" ")} aria-live="polite">
            { text_el("h2", "", TokenUi::VerdictHeading.get(lang).into()) }
            { for lines.next().map(|first| text_el("p", "verdict-main", first.clone().into())) }
            <ul>
                { for lines.map(|line| text_el("li", "", line.clone().into())) }
            </ul>
        </section>
    }
}
