//! The Migrate page (`#/migrate`): from a pasted token, manifest or permission list to the report,
//! the new `requiredResourceAccess`, a Graph consent link per roster customer and the changed
//! calls. Every decision is `dpk_domain::migrate`'s. The page is a plain view function, not a
//! component: its one reducer ([`Model`]: the inputs and the clipboard status) lives in `<App>`
//! beside the settings, so what was pasted survives a visit to another page (memory only), and
//! every control reforms one callback. The roster is read from local storage when the consent
//! section renders, so it is always the one the consent links page last saved.

mod calls;
mod consent;
mod dom;
mod manifest;
mod report;

use std::rc::Rc;

use dpk_domain::consent::state_from_random;
use dpk_domain::i18n::{Lang, MigrateText as T, Text, Ui, fill};
use dpk_domain::migrate::{
    InputKind, parse_input, report as build_report, rewrite, starting_client_id,
};
use dpk_domain::roster::{ROSTER_KEY, Roster, RosterAction};
use yew::prelude::*;

use crate::components::form::{Field, button, text_field};
use crate::components::{error_banner, page_frame};
use crate::services::{clipboard, random, storage};
use dom::Dom;

/// Everything the page holds.
#[derive(Clone)]
pub struct Model {
    text: String,
    /// The application ID as typed; `None` until typed (the input's own ID is used).
    client_id: Option<String>,
    redirect_uri: String,
    /// The roster could not be saved.
    storage_failed: bool,
    /// The last copy: done or refused.
    copied: Option<bool>,
    /// One `state` for every consent link of this page view (cryptographic, or none).
    state: String,
}

/// What the page's controls do.
pub enum Action {
    Text(String),
    ClientId(String),
    RedirectUri(String),
    /// Mark every roster customer as needing Graph consent (and save the roster).
    MarkAll,
    Copied(bool),
}

impl Default for Model {
    /// An empty page with a fresh consent `state`.
    fn default() -> Model {
        Model {
            text: String::new(),
            client_id: None,
            redirect_uri: String::new(),
            storage_failed: false,
            copied: None,
            state: random::bytes::<16>()
                .map(|b| state_from_random(&b))
                .unwrap_or_default(),
        }
    }
}

/// The roster as the consent links page saved it.
fn load_roster() -> Roster {
    Roster::restore(storage::load(ROSTER_KEY).as_deref())
}

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Text(t) => next.text = t,
            Action::ClientId(c) => next.client_id = Some(c),
            Action::RedirectUri(r) => next.redirect_uri = r,
            Action::Copied(ok) => next.copied = Some(ok),
            Action::MarkAll => {
                let mark = RosterAction::SetNeedsGraphConsent {
                    tenant_id: None,
                    needs: true,
                };
                if let Ok(roster) = load_roster().apply(mark) {
                    next.storage_failed = !storage::save(ROSTER_KEY, &roster.to_json());
                }
            }
        }
        Rc::new(next)
    }
}

/// A labelled field through the shared `text_field`; `id` is also its test ID; `migration-input`
/// is the textarea.
#[inline(never)]
fn field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: &str,
    on: &Callback<Action>,
    action: fn(String) -> Action,
) -> Html {
    let rows = if id == "migration-input" { "8" } else { "" };
    let on_change = on.reform(action);
    text_field(
        Field::new(id, label).hint(hint),
        AttrValue::from(value.to_owned()),
        "",
        rows,
        &on_change,
        Html::default(),
    )
}

fn kind_label(kind: InputKind) -> T {
    match kind {
        InputKind::Token => T::KindToken,
        InputKind::Manifest => T::KindManifest,
        InputKind::Array => T::KindArray,
        InputKind::Names => T::KindNames,
    }
}

/// The Migrate page, from its model; `on` dispatches to it; `token` is the inspector's token
/// (memory only), offered as input.
pub fn migrate_page(lang: Lang, m: &Model, on: Callback<Action>, token: Option<String>) -> Html {
    let on_copy = {
        let on = on.clone();
        Callback::from(move |text: AttrValue| {
            let on = on.clone();
            yew::platform::spawn_local(async move {
                on.emit(Action::Copied(clipboard::write_text(&text).await));
            });
        })
    };
    let mut b = Dom::new(lang);
    b.open(
        "p",
        &["class", "data-testid"],
        &["notice", "retirement-note"],
    );
    b.s(Ui::AboutRetirement.get(lang));
    b.close();
    b.leaf_t("p", T::Intro);
    b.open0("section");
    b.node(field(
        "migration-input",
        T::InputLabel.get(lang),
        T::InputHint.get(lang),
        &m.text,
        &on,
        Action::Text,
    ));
    if let Some(t) = token {
        let onclick = on.reform(move |()| Action::Text(t.clone()));
        let label = T::UseSessionToken.get(lang);
        b.node(button("migration-use-token", false, false, label, &onclick));
    }
    b.close();
    let text = m.text.trim();
    if !text.is_empty() {
        match parse_input(text) {
            Err(e) => b.node(error_banner(
                dpk_domain::migrate::error_message(&e, lang),
                e.code(),
                "migration-error",
                Html::default(),
            )),
            Ok(input) => {
                let report = build_report(&input);
                let manifest = rewrite(&input, &report);
                let roster = load_roster();
                let client_id = starting_client_id(m.client_id.as_deref(), &input, &roster);
                let kind = kind_label(input.kind).get(lang);
                b.with_text(
                    "p",
                    &["data-testid", "data-kind"],
                    &["migration-kind", input.kind.code()],
                    fill(T::ReadAs.get(lang), &[("kind", kind)]).into(),
                );
                report::view(&mut b, &input, &report);
                manifest::view(
                    &mut b, &input, &report, &manifest, &client_id, &on_copy, m.copied,
                );
                consent::view(&mut b, m, &roster, &client_id, &on);
                calls::view(&mut b, &client_id, &on_copy);
            }
        }
    }
    page_frame(Ui::MigrateHeading.get(lang), b.finish())
}
