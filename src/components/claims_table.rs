use std::rc::Rc;

use yew::prelude::*;

/// One row: a claim, its value as text, what it means, and a time reading for date claims.
#[derive(Clone, PartialEq)]
pub struct ClaimRow {
    pub name: AttrValue,
    pub value: AttrValue,
    pub meaning: AttrValue,
    /// "2023-11-15 07:13:20 UTC+09:00 (in 5 min)" for NumericDate claims.
    pub time: Option<AttrValue>,
    /// Whether the claim is a standard or Entra one.
    pub known: bool,
}

#[derive(Properties, PartialEq)]
pub struct ClaimsTableProps {
    pub caption: AttrValue,
    pub col_claim: AttrValue,
    pub col_value: AttrValue,
    pub col_meaning: AttrValue,
    pub rows: Rc<Vec<ClaimRow>>,
    pub testid: AttrValue,
}

/// Claims with their values and a one-line explanation each.
#[component]
pub fn ClaimsTable(props: &ClaimsTableProps) -> Html {
    html! {
        <table class="claims" data-testid={props.testid.clone()}>
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ props.col_claim.clone() }</th>
                    <th scope="col">{ props.col_value.clone() }</th>
                    <th scope="col">{ props.col_meaning.clone() }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|row| html! {
                    <tr data-claim={row.name.clone()} class={classes!((!row.known).then_some("unknown"))}>
                        <th scope="row"><code>{ row.name.clone() }</code></th>
                        <td>
                            <span class="value">{ row.value.clone() }</span>
                            if let Some(time) = &row.time {
                                <span class="time" data-testid="claim-time">{ time.clone() }</span>
                            }
                        </td>
                        <td>{ row.meaning.clone() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
