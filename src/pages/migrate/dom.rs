//! A compact builder for the page's markup. `html!` expands every element into several hundred
//! bytes of WebAssembly, and even a builder function that takes its children as a `Vec<Html>`
//! costs each call site an allocation and a copy per child. This one keeps a stack of open
//! elements: the page writes `open`, `text`, `close` in document order, and each of those is one
//! small call. Attributes are a static list of names with their values (Yew's
//! `Attributes::Dynamic`, as `html!` makes them), so no attribute map is linked in. Text is always
//! a text node (never parsed as HTML).

use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VList, VTag, VText};
use yew::{AttrValue, Html, NodeRef};

/// An element being written: its tag, attributes and the children so far.
struct Open {
    tag: &'static str,
    keys: &'static [&'static str],
    values: Box<[Option<AttributeOrProperty>]>,
    children: Vec<Html>,
}

/// The builder: the page language and the elements open, outermost first (the first is the
/// fragment that [`Dom::finish`] returns).
pub(super) struct Dom {
    pub(super) lang: Lang,
    stack: Vec<Open>,
}

impl Dom {
    /// An empty fragment.
    pub(super) fn new(lang: Lang) -> Dom {
        let mut d = Dom {
            lang,
            stack: Vec::new(),
        };
        d.open("", &[], &[]);
        d
    }

    /// Opens `<tag keys[0]=values[0] …>`.
    #[inline(never)]
    pub(super) fn open(
        &mut self,
        tag: &'static str,
        keys: &'static [&'static str],
        values: &[&str],
    ) {
        let values = values
            .iter()
            .map(|v| {
                Some(AttributeOrProperty::Attribute(AttrValue::from(
                    (*v).to_owned(),
                )))
            })
            .collect();
        self.stack.push(Open {
            tag,
            keys,
            values,
            children: Vec::new(),
        });
    }

    /// Closes the innermost open element.
    #[inline(never)]
    pub(super) fn close(&mut self) {
        if self.stack.len() < 2 {
            return;
        }
        if let Some(o) = self.stack.pop() {
            let tag = VTag::__new_other(
                AttrValue::Static(o.tag),
                NodeRef::default(),
                None,
                Attributes::Dynamic {
                    keys: o.keys,
                    values: o.values,
                },
                Listeners::None,
                VList::with_children(o.children, None).into(),
            );
            self.node(tag.into());
        }
    }

    /// Adds a node built elsewhere (a shared component's output).
    #[inline(never)]
    pub(super) fn node(&mut self, node: Html) {
        if let Some(o) = self.stack.last_mut() {
            o.children.push(node);
        }
    }

    /// Adds a text node.
    #[inline(never)]
    pub(super) fn text(&mut self, text: AttrValue) {
        self.node(VText::new(text).into());
    }

    /// Adds static text.
    #[inline(never)]
    pub(super) fn s(&mut self, text: &'static str) {
        self.text(AttrValue::Static(text));
    }

    /// Adds a page text in the page language.
    #[inline(never)]
    pub(super) fn t(&mut self, text: T) {
        self.s(text.get(self.lang));
    }

    /// `<tag>text</tag>` for static text.
    #[inline(never)]
    pub(super) fn leaf(&mut self, tag: &'static str, text: &'static str) {
        self.open(tag, &[], &[]);
        self.s(text);
        self.close();
    }

    /// `<tag>text</tag>` for a page text.
    #[inline(never)]
    pub(super) fn leaf_t(&mut self, tag: &'static str, text: T) {
        self.leaf(tag, text.get(self.lang));
    }

    /// `<tag keys…>text</tag>` for owned text.
    #[inline(never)]
    pub(super) fn with_text(
        &mut self,
        tag: &'static str,
        keys: &'static [&'static str],
        values: &[&str],
        text: AttrValue,
    ) {
        self.open(tag, keys, values);
        self.text(text);
        self.close();
    }

    /// `<tag>…</tag>` with no attributes, left open.
    #[inline(never)]
    pub(super) fn open0(&mut self, tag: &'static str) {
        self.open(tag, &[], &[]);
    }

    /// A scrollable table: a head of column titles; the body is left open for the rows
    /// ([`Dom::end_table`] closes it). `testid` may be empty.
    #[inline(never)]
    pub(super) fn table(&mut self, cols: &[T], testid: &str) {
        self.open("div", &["class"], &["table-scroll"]);
        if testid.is_empty() {
            self.open0("table");
        } else {
            self.open("table", &["data-testid"], &[testid]);
        }
        self.open0("thead");
        self.open0("tr");
        for c in cols {
            self.open("th", &["scope"], &["col"]);
            self.t(*c);
            self.close();
        }
        self.close();
        self.close();
        self.open0("tbody");
    }

    /// Closes what [`Dom::table`] opened.
    #[inline(never)]
    pub(super) fn end_table(&mut self) {
        self.close();
        self.close();
        self.close();
    }

    /// Closes every open element and returns the fragment.
    pub(super) fn finish(mut self) -> Html {
        while self.stack.len() > 1 {
            self.close();
        }
        let children = self.stack.pop().map(|o| o.children).unwrap_or_default();
        VList::with_children(children, None).into()
    }
}
