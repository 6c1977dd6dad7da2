use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub heading: AttrValue,
    /// `pass`, `fail` or `skip`.
    pub status: &'static str,
    /// Missing permissions, space-separated.
    pub missing: AttrValue,
    /// The verdict sentence first, then hints and notes.
    pub lines: Rc<Vec<AttrValue>>,
}

/// The permission verdict for the chosen operation.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let mut lines = props.lines.iter();
    html! {
        <section class={classes!("verdict", props.status)} data-testid="permission-verdict"
                 data-status={props.status} data-missing={props.missing.clone()} aria-live="polite">
            <h2>{ props.heading.clone() }</h2>
            if let Some(first) = lines.next() {
                <p class="verdict-main">{ first.clone() }</p>
            }
            <ul>
                { for lines.map(|line| html! { <li>{ line.clone() }</li> }) }
            </ul>
        </section>
    }
}
