//! A copy button: it only asks; the page does the clipboard call through `services`.

use yew::prelude::*;

/// A button that asks the page to copy `text` (`on_copy`; the page does the clipboard call).
/// A plain view function, not a component: it has no state, and each component costs bundle size.
pub fn copy_button(
    testid: &'static str,
    text: AttrValue,
    label: AttrValue,
    on_copy: &Callback<AttrValue>,
) -> Html {
    let onclick = on_copy.reform(move |_: MouseEvent| text.clone());
    html! {
        <button type="button" class="secondary" data-testid={testid} {onclick}>
            { label }
        </button>
    }
}
