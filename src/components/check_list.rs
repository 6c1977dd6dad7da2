use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::jwt::CheckStatus;
use dpk_domain::sentences::CheckLine;
use yew::prelude::*;

use super::text_el;

/// The checks, each with its status badge and sentence; the check and status codes go only in
/// `data-` attributes and classes. A plain function (no state, no callbacks), to spare a
/// component's lifecycle code.
pub fn check_list(rows: &[CheckLine], lang: Lang) -> Html {
    html! {
        <section class="checks">
            { text_el("h2", "", TokenUi::ChecksHeading.get(lang).into()) }
            <ul data-testid="checks">
                { for rows.iter().map(|row| {
                    let status = row.status.code();
                    let (item, badge) = classes(row.status);
                    html! {
                        <li class={item} data-testid="check" data-check={row.id.code()} data-status={status}>
                            { text_el("span", badge, row.status.label(lang).into()) }
                            { text_el("strong", "", row.id.label(lang).into()) }
                            { text_el("span", "sentence", row.sentence.clone().into()) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The row's and the badge's classes (one string each: cheaper than `classes!`).
fn classes(status: CheckStatus) -> (&'static str, &'static str) {
    match status {
        CheckStatus::Pass => ("check pass", "status pass"),
        CheckStatus::Warn => ("check warn", "status warn"),
        CheckStatus::Fail => ("check fail", "status fail"),
        CheckStatus::Skip => ("check skip", "status skip"),
    }
}
