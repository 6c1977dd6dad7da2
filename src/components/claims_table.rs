use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::sentences::ClaimRow;
use yew::prelude::*;

use super::text_el;

/// Claims with their values and a one-line explanation each; values are text nodes. A plain
/// function (no state, no callbacks), to spare a component's lifecycle code.
pub fn claims_table(caption: &str, rows: &[ClaimRow], testid: &'static str, lang: Lang) -> Html {
    html! {
        <table class="claims" data-testid={testid}>
            { text_el("caption", "", caption.to_owned().into()) }
            <thead>
                <tr>
                    { for [TokenUi::ColClaim, TokenUi::ColValue, TokenUi::ColMeaning]
                        .map(|k| html! { <th scope="col">{ k.get(lang) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr data-claim={row.name.clone()} class={if row.known { "" } else { "unknown" }}>
                        <th scope="row">{ text_el("code", "", row.name.clone().into()) }</th>
                        <td>
                            { text_el("span", "value", row.value.clone().into()) }
                            if let Some(time) = &row.time {
                                <span class="time" data-testid="claim-time">{ time.clone() }</span>
                            }
                        </td>
                        { text_el("td", "", row.meaning.into()) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
