use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::sentences::CheckLine;
use yew::prelude::*;

/// The checks, each with its status badge and sentence; the check and status codes go only in
/// `data-` attributes and classes. A plain function (no state, no callbacks), to spare a
/// component's lifecycle code.
pub fn check_list(rows: &[CheckLine], lang: Lang) -> Html {
    html! {
        <section class="checks">
            <h2>{ TokenUi::ChecksHeading.get(lang) }</h2>
            <ul data-testid="checks">
                { for rows.iter().map(|row| {
                    let status = row.status.code();
                    html! {
                        <li class={classes!("check", status)} data-testid="check" data-check={row.id.code()} data-status={status}>
                            <span class={classes!("status", status)}>{ row.status.label(lang) }</span>
                            <strong>{ row.id.label(lang) }</strong>
                            <span class="sentence">{ row.sentence.clone() }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
