//! A compact builder for the page's static markup. `html!` expands every element into several
//! hundred bytes of WebAssembly; these functions build the same virtual DOM from data, so a table
//! row costs a few calls. Attributes are a static list of names with their values (Yew's
//! `Attributes::Dynamic`, as `html!` makes them), so no attribute map is linked in. Text is always
//! a text node (never parsed as HTML).

use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VList, VTag, VText};
use yew::{AttrValue, Html, NodeRef};

/// `<tag keys[0]=values[0] …>children</tag>`.
#[inline(never)]
pub(super) fn el(
    tag: &'static str,
    keys: &'static [&'static str],
    values: &[&str],
    children: Vec<Html>,
) -> Html {
    let values = values
        .iter()
        .map(|v| {
            Some(AttributeOrProperty::Attribute(AttrValue::from(
                v.to_string(),
            )))
        })
        .collect();
    VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        Attributes::Dynamic { keys, values },
        Listeners::None,
        VList::with_children(children, None).into(),
    )
    .into()
}

/// A text node.
#[inline(never)]
pub(super) fn tx(text: impl Into<AttrValue>) -> Html {
    VText::new(text).into()
}

/// `<tag>text</tag>`, through the shared `text_el`.
pub(super) fn cell(tag: &'static str, text: impl Into<AttrValue>) -> Html {
    crate::components::text_el(tag, "", text.into())
}

/// Nodes side by side (a fragment).
pub(super) fn list(children: Vec<Html>) -> Html {
    VList::with_children(children, None).into()
}
