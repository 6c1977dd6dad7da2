use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::sentences::ClaimRow;
use yew::prelude::*;

/// Claims with their values and a one-line explanation each; values are text nodes. A plain
/// function (no state, no callbacks), to spare a component's lifecycle code.
pub fn claims_table(caption: &str, rows: &[ClaimRow], testid: &'static str, lang: Lang) -> Html {
    html! {
        <table class="claims" data-testid={testid}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ TokenUi::ColClaim.get(lang) }</th>
                    <th scope="col">{ TokenUi::ColValue.get(lang) }</th>
                    <th scope="col">{ TokenUi::ColMeaning.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr data-claim={row.name.clone()} class={classes!((!row.known).then_some("unknown"))}>
                        <th scope="row"><code>{ row.name.clone() }</code></th>
                        <td>
                            <span class="value">{ row.value.clone() }</span>
                            if let Some(time) = &row.time {
                                <span class="time" data-testid="claim-time">{ time.clone() }</span>
                            }
                        </td>
                        <td>{ row.meaning }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
