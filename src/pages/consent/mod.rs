//! The consent and onboarding page: build the admin-consent link, read back the redirect, keep the
//! customer roster, and show token-request snippets.
//!
//! All decisions are made by `dpk_domain` (link, validation, redirect reading, roster rules,
//! snippets). The page owns every piece of state (the link inputs, the pasted redirect, the roster
//! and its editor, the import, the clipboard status); the four sections (`builder`, `reader`,
//! `roster`, `snippets`) are view functions that derive everything else during render. Browser
//! work goes through the services: randomness for the state, the clock for dates, the clipboard,
//! the hash for share links, local storage for the roster (never a secret), and the file picker
//! for imports.

mod builder;
mod reader;
mod roster;
mod snippets;

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::{ConsentRequest, LinkFormat, state_from_random};
use dpk_domain::i18n::{ConsentText as T, Lang, Text, Ui};
use dpk_domain::roster::{
    ConsentStatus, Customer, ROSTER_KEY, Roster, RosterAction, RosterError, SentLink,
    date_from_unix,
};
use dpk_domain::route::HashLocation;
use yew::prelude::*;

use crate::components::page_frame;
use crate::services::{clipboard, clock, location, random, storage};
use crate::state::use_lang;

use builder::Builder;
use reader::Reader;
use roster::{ImportState, Lookup, RosterView};

/// A change to the link builder's inputs.
enum FormAction {
    Format(LinkFormat),
    Cloud(Cloud),
    Api(Api),
    ClientId(String),
    Tenant(String),
    RedirectUri(String),
    State(String),
    /// Take a roster customer's tenant and cloud.
    Customer {
        tenant: String,
        cloud: Cloud,
    },
}

#[derive(PartialEq)]
struct Form(Rc<ConsentRequest>);

impl Reducible for Form {
    type Action = FormAction;
    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let r = (*self.0).clone();
        Rc::new(Form(Rc::new(match action {
            FormAction::Format(f) => r.format(f),
            FormAction::Cloud(c) => r.cloud(c),
            FormAction::Api(a) => r.api(a),
            FormAction::ClientId(v) => r.client_id(v),
            FormAction::Tenant(v) => r.tenant(v),
            FormAction::RedirectUri(v) => r.redirect_uri(v),
            FormAction::State(v) => r.state(v),
            FormAction::Customer { tenant, cloud } => r.tenant(tenant).cloud(cloud),
        })))
    }
}

/// A fresh state from the browser's cryptographic source (empty if there is none).
fn fresh_state() -> String {
    random::bytes::<16>()
        .map(|b| state_from_random(&b))
        .unwrap_or_default()
}

/// The inputs a share link (`#/consent?…`) carries, and a fresh state.
fn initial_request() -> ConsentRequest {
    let loc = HashLocation::parse(&location::hash());
    ConsentRequest::from_params(|k| loc.param(k).map(str::to_owned)).state(fresh_state())
}

/// Today's date from the browser's clock, `YYYY-MM-DD`.
fn today() -> String {
    date_from_unix(clock::now_unix())
}

/// The customer being added (`index: None`) or edited.
#[derive(Clone, PartialEq)]
struct Editor {
    index: Option<usize>,
    draft: Customer,
    error: Option<RosterError>,
}

/// `(value, label)` options for a `<select>`.
fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Rc<Vec<(AttrValue, AttrValue)>> {
    Rc::new(
        all.iter()
            .map(|t| (AttrValue::from(code(*t)), AttrValue::from(label(*t))))
            .collect(),
    )
}

/// The consent and onboarding page.
#[component]
pub fn ConsentPage() -> Html {
    let lang = use_lang();
    let form = use_reducer(|| Form(Rc::new(initial_request())));
    let roster = use_state(|| Rc::new(Roster::restore(storage::load(ROSTER_KEY).as_deref())));
    let storage_failed = use_state(|| false);
    let editor = use_state(|| None::<Editor>);
    let copied = use_state(|| None::<bool>);
    let message_lang = use_state(|| None::<Lang>);
    let pasted = use_state(String::new);
    let import_text = use_state(String::new);
    let import_state = use_state(|| None::<ImportState>);
    let picked = use_state(Vec::<String>::new);
    let lookup = use_state(|| None::<Lookup>);
    let request = form.0.clone();
    // The link on screen as a record (who it goes to, today); remembered when it is sent.
    let current: Option<SentLink> = request
        .build()
        .ok()
        .filter(|_| !request.state.trim().is_empty())
        .map(|link| roster.link_record(&request, &link, &today()));
    let recorded = current
        .as_ref()
        .and_then(|c| roster.links.iter().rev().find(|l| l.state == c.state));

    let on_action = {
        let form = form.dispatcher();
        Callback::from(move |action: FormAction| form.dispatch(action))
    };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |text: AttrValue| {
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                copied.set(Some(clipboard::write_text(&text).await));
            });
        })
    };
    let save_roster = {
        let roster = roster.clone();
        let storage_failed = storage_failed.clone();
        Callback::from(move |next: Roster| {
            storage_failed.set(!storage::save(ROSTER_KEY, &next.to_json()));
            roster.set(Rc::new(next));
        })
    };
    let on_editor = {
        let editor = editor.clone();
        Callback::from(move |next: Option<Editor>| editor.set(next))
    };
    let on_add_customer = {
        let editor = editor.clone();
        Callback::from(move |draft: Customer| {
            editor.set(Some(Editor {
                index: None,
                draft,
                error: None,
            }))
        })
    };
    let on_mark_granted = {
        let roster = roster.clone();
        let save_roster = save_roster.clone();
        Callback::from(move |tenant_id: String| {
            let action = RosterAction::SetStatus {
                tenant_id,
                status: ConsentStatus::Granted,
                date: today(),
            };
            if let Ok(next) = roster.apply(action) {
                save_roster.emit(next);
            }
        })
    };
    let on_sent = {
        let roster = roster.clone();
        let save_roster = save_roster.clone();
        let current = current.clone();
        Callback::from(move |()| {
            if let Some(link) = current.clone()
                && let Ok(next) = roster.apply(RosterAction::RecordLink(link))
            {
                save_roster.emit(next);
            }
        })
    };
    let on_use = {
        let roster = roster.clone();
        let on_action = on_action.clone();
        Callback::from(move |i: usize| {
            if let Some(c) = roster.customers.get(i) {
                on_action.emit(FormAction::Customer {
                    tenant: c.tenant_id.clone(),
                    cloud: c.cloud,
                });
            }
        })
    };

    // The sections are view functions, not components: each Yew component costs about 1 KB of
    // the gzipped bundle, and their state lives here anyway because they share it.
    html! {
        { page_frame(Ui::ConsentHeading.get(lang), html! { <>
            <p>{ T::Intro.get(lang) }</p>
            { builder::view(lang, &request, Builder {
                on_action: &on_action,
                copied: *copied,
                on_copy: &on_copy,
                message_lang: &message_lang,
                picked: &picked,
                on_sent: &on_sent,
                recorded,
            }) }
            { reader::view(lang, Reader {
                pasted: &pasted,
                current: current.clone(),
                cloud: request.cloud,
                roster: &roster,
                on_add: &on_add_customer,
                on_mark_granted: &on_mark_granted,
            }) }
            { roster::view(lang, RosterView {
                roster: &roster,
                editor: &editor,
                storage_failed: *storage_failed,
                new_tenant: &request.tenant,
                new_cloud: request.cloud,
                on_save: &save_roster,
                on_editor: &on_editor,
                on_use: &on_use,
                import_text: &import_text,
                import_state: &import_state,
                lookup: &lookup,
            }) }
            { snippets::view(lang, &request, &on_copy) }
        </> }) }
    }
}
