use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonViewProps {
    pub heading: AttrValue,
    /// The JSON text, shown as text (never parsed as HTML).
    pub json: AttrValue,
    pub testid: AttrValue,
}

/// A heading and a block of indented JSON.
#[component]
pub fn JsonView(props: &JsonViewProps) -> Html {
    html! {
        <section class="json-view">
            <h3>{ props.heading.clone() }</h3>
            <pre data-testid={props.testid.clone()} tabindex="0">{ props.json.clone() }</pre>
        </section>
    }
}
