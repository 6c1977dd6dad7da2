//! The consent and onboarding page: build the admin-consent link, read back the redirect, keep the
//! customer roster, and show token-request snippets.
//!
//! All decisions are made by `dpk_domain` (link, validation, redirect reading, roster rules,
//! snippets, sentences). The page holds one state (`state::Page`, a reducer whose roster part is
//! remembered in local storage through `use_stored_reducer`); the four sections (`builder`,
//! `reader`, `roster`, `snippets`) are view functions over it that derive everything else during
//! render and change it only through `Action`s. Browser work goes through the services:
//! randomness for the state, the clock for dates, the clipboard, the hash for share links, local
//! storage for the roster (never a secret), and the file picker for imports.

mod builder;
mod desk;
mod reader;
mod roster;
mod snippets;
mod state;

use dpk_domain::i18n::{ConsentText as T, Text, Ui};
use yew::prelude::*;

use crate::components::{page_frame, text_el};
use crate::hooks::stored::use_stored_reducer;
use crate::services::clipboard;
use crate::state::use_lang;
use state::{Action, Page, today};

/// Copies the text it is given and shows how that went; with `record`, copying is sending: the
/// link on screen is remembered too.
fn on_copy(dispatch: &Callback<Action>, record: bool) -> Callback<AttrValue> {
    let dispatch = dispatch.clone();
    Callback::from(move |text: AttrValue| {
        if record {
            dispatch.emit(Action::RecordLink);
        }
        let dispatch = dispatch.clone();
        yew::platform::spawn_local(async move {
            dispatch.emit(Action::Copied(clipboard::write_text(&text).await));
        });
    })
}

/// A button's `onclick` that dispatches `make(text)` (one closure type for every button, and
/// no `Clone` on `Action`).
fn click(
    dispatch: &Callback<Action>,
    make: fn(String) -> Action,
    text: &str,
) -> Callback<MouseEvent> {
    let text = text.to_owned();
    dispatch.reform(move |_| make(text.clone()))
}

/// A text control's `on_change` that dispatches `make(value)` (one closure type for every
/// text control).
fn text(dispatch: &Callback<Action>, make: fn(String) -> Action) -> Callback<String> {
    dispatch.reform(make)
}

/// The consent and onboarding page.
#[component]
pub fn ConsentPage() -> Html {
    let lang = use_lang();
    let page = use_stored_reducer(Page::restore);
    let dispatch = page.dispatch();
    // The link on screen as a record (who it goes to, today); remembered when it is sent.
    let current = page.current(&today());
    // The sections are view functions, not components: each Yew component costs bundle size,
    // and they share the one state anyway.
    html! {
        { page_frame(Ui::ConsentHeading.get(lang), html! { <>
            { text_el("p", "", T::Intro.get(lang).into()) }
            { builder::view(lang, &page, current.as_ref(), &dispatch) }
            { reader::view(lang, &page, current.as_ref(), &dispatch) }
            { roster::view(lang, &page, page.save_failed, &dispatch) }
            { snippets::view(lang, &page.request, &on_copy(&dispatch, false)) }
        </> }) }
    }
}
