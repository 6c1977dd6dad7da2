use yew::prelude::*;

/// The permission verdict for the chosen operation: the verdict sentence first, then hints and
/// notes. `status` is `pass`, `fail` or `skip`; `missing` lists permissions, space-separated.
/// A plain function (no state, no callbacks), to spare a component's lifecycle code.
pub fn verdict_panel(heading: &str, status: &'static str, missing: &str, lines: &[String]) -> Html {
    let mut lines = lines.iter();
    html! {
        <section class={classes!("verdict", status)} data-testid="permission-verdict"
                 data-status={status} data-missing={missing.to_owned()} aria-live="polite">
            <h2>{ heading }</h2>
            if let Some(first) = lines.next() {
                <p class="verdict-main">{ first }</p>
            }
            <ul>
                { for lines.map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </section>
    }
}
