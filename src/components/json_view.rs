use yew::prelude::*;

/// A heading and a block of indented JSON, shown as text (never parsed as HTML).
///
/// A plain function, not a `#[component]`: it has no state or callbacks, and every component type
/// costs several KB of Yew lifecycle code in the bundle.
pub fn json_view(heading: &'static str, json: &str, testid: &'static str) -> Html {
    html! {
        <section class="json-view">
            { super::text_el("h3", "", heading.into()) }
            <pre data-testid={testid} tabindex="0">{ json }</pre>
        </section>
    }
}
