use yew::prelude::*;

/// One row: a claim, its value as text, what it means, and a time reading for date claims.
pub struct ClaimRow {
    pub name: String,
    pub value: String,
    pub meaning: &'static str,
    /// "2023-11-15 07:13:20 UTC+09:00 (in 5 min)" for NumericDate claims.
    pub time: Option<String>,
    /// Whether the claim is a standard or Entra one.
    pub known: bool,
}

/// The table's caption and column headings.
pub struct ClaimsLabels<'a> {
    pub caption: &'a str,
    pub claim: &'a str,
    pub value: &'a str,
    pub meaning: &'a str,
}

/// Claims with their values and a one-line explanation each; values are text nodes. A plain
/// function (no state, no callbacks), to spare a component's lifecycle code.
pub fn claims_table(labels: &ClaimsLabels<'_>, rows: &[ClaimRow], testid: &'static str) -> Html {
    html! {
        <table class="claims" data-testid={testid}>
            <caption>{ labels.caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ labels.claim }</th>
                    <th scope="col">{ labels.value }</th>
                    <th scope="col">{ labels.meaning }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr data-claim={row.name.clone()} class={classes!((!row.known).then_some("unknown"))}>
                        <th scope="row"><code>{ &row.name }</code></th>
                        <td>
                            <span class="value">{ &row.value }</span>
                            if let Some(time) = &row.time {
                                <span class="time" data-testid="claim-time">{ time }</span>
                            }
                        </td>
                        <td>{ row.meaning }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
