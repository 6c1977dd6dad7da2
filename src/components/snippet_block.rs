//! One token-request snippet in a `<pre>`, rendered as text, with its copy button.

use yew::prelude::*;

use crate::components::copy_button;

/// One code sample, rendered as text, with its copy button. `lang_code` is `powershell`,
/// `csharp`, `python` or `curl` (exposed as `data-lang`); `title` the language's name. A plain
/// view function, not a component: it has no state, and each component costs bundle size.
pub fn snippet_block(
    lang_code: &'static str,
    title: &'static str,
    code: AttrValue,
    copy_label: AttrValue,
    on_copy: &Callback<AttrValue>,
) -> Html {
    html! {
        <figure class="snippet" data-testid="snippet" data-lang={lang_code}>
            <figcaption>
                <span>{ title }</span>
                { copy_button("", code.clone(), copy_label, on_copy) }
            </figcaption>
            <pre><code>{ code }</code></pre>
        </figure>
    }
}
