//! A compact builder for the page's static markup. `html!` expands every element into several
//! hundred bytes of WebAssembly; these three functions build the same virtual DOM from data, so a
//! table row costs a few calls. Text is always a text node (never parsed as HTML).

use yew::virtual_dom::{VTag, VText};
use yew::{AttrValue, Html};

/// `<tag attrs…>children</tag>`.
#[inline(never)]
pub(super) fn el(tag: &'static str, attrs: &[(&'static str, &str)], children: Vec<Html>) -> Html {
    let mut t = VTag::new(tag);
    for (k, v) in attrs {
        t.add_attribute(k, AttrValue::from(v.to_string()));
    }
    t.add_children(children);
    t.into()
}

/// A text node.
#[inline(never)]
pub(super) fn tx(text: impl Into<AttrValue>) -> Html {
    VText::new(text).into()
}

/// `<tag>text</tag>`.
#[inline(never)]
pub(super) fn cell(tag: &'static str, text: impl Into<AttrValue>) -> Html {
    el(tag, &[], vec![tx(text)])
}
