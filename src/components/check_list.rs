use std::rc::Rc;

use yew::prelude::*;

/// One check, already worded.
#[derive(Clone, PartialEq)]
pub struct CheckRow {
    /// `lifetime`, `audience`, …
    pub code: &'static str,
    /// `pass`, `warn`, `fail` or `skip`.
    pub status: &'static str,
    pub name: AttrValue,
    pub status_label: AttrValue,
    pub sentence: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct CheckListProps {
    pub heading: AttrValue,
    pub rows: Rc<Vec<CheckRow>>,
}

/// The checks, each with its status badge and sentence.
#[component]
pub fn CheckList(props: &CheckListProps) -> Html {
    html! {
        <section class="checks">
            <h2>{ props.heading.clone() }</h2>
            <ul data-testid="checks">
                { for props.rows.iter().map(|row| html! {
                    <li class={classes!("check", row.status)} data-testid="check" data-check={row.code} data-status={row.status}>
                        <span class={classes!("status", row.status)}>{ row.status_label.clone() }</span>
                        <strong>{ row.name.clone() }</strong>
                        <span class="sentence">{ row.sentence.clone() }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
