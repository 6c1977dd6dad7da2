use yew::prelude::*;

/// `<tag class="…">text</tag>` (no class attribute when `class` is empty): the one code path for
/// the many elements that hold only text. Each `html!` element costs a few hundred bytes of
/// WebAssembly where it is written; a call to this costs a few dozen. The text is a text node,
/// never parsed as HTML.
#[inline(never)]
pub fn text_el(tag: &'static str, class: &'static str, text: AttrValue) -> Html {
    html! { <@{tag} class={class}>{ text }</@> }
}
