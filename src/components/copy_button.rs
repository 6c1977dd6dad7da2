//! A copy button: it only asks; the page does the clipboard call through `services`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The text to copy.
    pub text: AttrValue,
    pub label: AttrValue,
    /// Asked to copy `text`; the page does the clipboard call.
    pub on_copy: Callback<AttrValue>,
    #[prop_or_default]
    pub testid: AttrValue,
}

/// A button that asks the page to copy a text.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let text = props.text.clone();
    let onclick = props.on_copy.reform(move |_: MouseEvent| text.clone());
    html! {
        <button type="button" class="secondary" data-testid={props.testid.clone()} {onclick}>
            { props.label.clone() }
        </button>
    }
}
