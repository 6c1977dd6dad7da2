use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::sentences::VerdictView;
use yew::prelude::*;

/// The permission verdict for the chosen operation: the verdict sentence first, then hints and
/// notes. Its status and the missing permissions reach the page only as `data-` attributes.
/// A plain function (no state, no callbacks), to spare a component's lifecycle code.
pub fn verdict_panel(verdict: &VerdictView, lang: Lang) -> Html {
    let status = verdict.status.code();
    let mut lines = verdict.lines.iter();
    html! {
        <section class={classes!("verdict", status)} data-testid="permission-verdict"
                 data-status={status} data-missing={verdict.missing.join(" ")} aria-live="polite">
            <h2>{ TokenUi::VerdictHeading.get(lang) }</h2>
            if let Some(first) = lines.next() {
                <p class="verdict-main">{ first.clone() }</p>
            }
            <ul>
                { for lines.map(|line| html! { <li>{ line.clone() }</li> }) }
            </ul>
        </section>
    }
}
