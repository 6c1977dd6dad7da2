//! DOM helpers shared by the wasm-bindgen-test files (`tests/browser*.rs`): mount into a fresh
//! element, query, type, select, click, and wait for Yew with `flush()` instead of sleeping.
#![allow(dead_code)] // each test file uses its own subset

use defender_partner_kit::components::{TokenVerdictProps, token_verdict};
use dpk_domain::catalog::Operation;
use dpk_domain::i18n::Lang;
use dpk_domain::incidents::token::TokenCheck;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh `<div>` appended to `<body>`, one per test.
pub fn fresh_root() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

pub fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

pub fn exists(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

pub fn text(root: &Element, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

pub fn attr(root: &Element, selector: &str, name: &str) -> String {
    query(root, selector)
        .get_attribute(name)
        .unwrap_or_default()
}

pub fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

/// Sets an input's or textarea's value and dispatches a bubbling `input`.
pub async fn type_into(root: &Element, selector: &str, value: &str) {
    let el = query(root, selector);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("{selector} is not a text field");
    }
    el.dispatch_event(&bubbling("input")).unwrap();
    yew::scheduler::flush().await;
}

pub async fn select(root: &Element, selector: &str, value: &str) {
    let el: HtmlSelectElement = query(root, selector).dyn_into().unwrap();
    el.set_value(value);
    el.dispatch_event(&bubbling("change")).unwrap();
    yew::scheduler::flush().await;
}

pub async fn click(root: &Element, selector: &str) {
    query(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

pub fn value(root: &Element, selector: &str) -> String {
    let el = query(root, selector);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else {
        el.dyn_ref::<HtmlTextAreaElement>().unwrap().value()
    }
}

/// Mounts the whole app at `hash` into a fresh element and lets it render.
pub async fn mount_app(hash: &str) -> Element {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let root = fresh_root();
    yew::Renderer::<defender_partner_kit::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// The page's token verdict view as a component, so that a test can mount it on its own (the
/// page calls the view function; no component type is shipped for it).
#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub report: TokenCheck,
    pub operation: &'static Operation,
    pub lang: Lang,
}

#[component]
pub fn TokenVerdict(p: &VerdictProps) -> Html {
    token_verdict(&TokenVerdictProps {
        report: p.report.clone(),
        operation: p.operation,
        lang: p.lang,
    })
}
