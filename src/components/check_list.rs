use yew::prelude::*;

/// One check, already worded.
pub struct CheckRow {
    /// `lifetime`, `audience`, …
    pub code: &'static str,
    /// `pass`, `warn`, `fail` or `skip`.
    pub status: &'static str,
    pub name: &'static str,
    pub status_label: &'static str,
    pub sentence: String,
}

/// The checks, each with its status badge and sentence. A plain function (no state, no
/// callbacks), to spare a component's lifecycle code.
pub fn check_list(heading: &str, rows: &[CheckRow]) -> Html {
    html! {
        <section class="checks">
            <h2>{ heading }</h2>
            <ul data-testid="checks">
                { for rows.iter().map(|row| html! {
                    <li class={classes!("check", row.status)} data-testid="check" data-check={row.code} data-status={row.status}>
                        <span class={classes!("status", row.status)}>{ row.status_label }</span>
                        <strong>{ row.name }</strong>
                        <span class="sentence">{ &row.sentence }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
