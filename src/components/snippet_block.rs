//! One token-request snippet in a `<pre>`, rendered as text, with its copy button.

use yew::prelude::*;

use crate::components::CopyButton;

#[derive(Properties, PartialEq)]
pub struct SnippetBlockProps {
    /// `powershell`, `csharp`, `python` or `curl` (exposed as `data-lang`).
    pub lang_code: AttrValue,
    /// The language's name.
    pub title: AttrValue,
    pub code: AttrValue,
    pub copy_label: AttrValue,
    pub on_copy: Callback<AttrValue>,
}

/// One code sample, rendered as text, with its copy button.
#[component]
pub fn SnippetBlock(props: &SnippetBlockProps) -> Html {
    html! {
        <figure class="snippet" data-testid="snippet" data-lang={props.lang_code.clone()}>
            <figcaption>
                <span>{ props.title.clone() }</span>
                <CopyButton text={props.code.clone()} label={props.copy_label.clone()} on_copy={props.on_copy.clone()} />
            </figcaption>
            // Focusable: a long line scrolls, and a scrollable region must be reachable by keyboard.
            <pre tabindex="0"><code>{ props.code.clone() }</code></pre>
        </figure>
    }
}
