//! The Migrate page (`#/migrate`): from a pasted token, manifest or permission list to the report,
//! the new `requiredResourceAccess`, a Graph consent link per roster customer and the changed
//! calls. Every decision is `dpk_domain::migrate`'s; the page holds the inputs (a reducer), the
//! roster (local storage, no secret) and the clipboard status, and renders four view functions.

mod calls;
mod consent;
mod dom;
mod manifest;
mod report;

use std::rc::Rc;

use dpk_domain::consent::state_from_random;
use dpk_domain::i18n::{Lang, MigrateText as T, Text, Ui, fill};
use dpk_domain::migrate::{InputKind, parse_input, report as build_report, rewrite};
use dpk_domain::roster::{ROSTER_KEY, Roster, RosterAction};
use yew::prelude::*;

use crate::components::{InputFieldProps, error_banner, input_field, page_frame};
use crate::services::{clipboard, random, storage};
use crate::state::{use_lang, use_session_token};

/// What the person typed.
#[derive(Clone, Default, PartialEq)]
struct Form {
    text: String,
    /// The application ID as typed; `None` until typed (the input's own ID is used).
    client_id: Option<String>,
    redirect_uri: String,
}

enum FormAction {
    Text(String),
    ClientId(String),
    RedirectUri(String),
}

impl Reducible for Form {
    type Action = FormAction;
    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Text(t) => next.text = t,
            FormAction::ClientId(c) => next.client_id = Some(c),
            FormAction::RedirectUri(r) => next.redirect_uri = r,
        }
        Rc::new(next)
    }
}

/// A scrollable table: a head of column titles and the rows (`testid` may be empty).
#[inline(never)]
fn table(lang: Lang, cols: &[T], rows: Vec<Html>, testid: &str) -> Html {
    let head = cols
        .iter()
        .map(|c| dom::el("th", &[("scope", "col")], vec![dom::tx(c.get(lang))]));
    let attrs: &[(&str, &str)] = if testid.is_empty() {
        &[]
    } else {
        &[("data-testid", testid)]
    };
    let table = dom::el(
        "table",
        attrs,
        vec![
            dom::el("thead", &[], vec![dom::el("tr", &[], head.collect())]),
            dom::el("tbody", &[], rows),
        ],
    );
    dom::el("div", &[("class", "table-scroll")], vec![table])
}

fn kind_label(kind: InputKind) -> T {
    match kind {
        InputKind::Token => T::KindToken,
        InputKind::Manifest => T::KindManifest,
        InputKind::Array => T::KindArray,
        InputKind::Names => T::KindNames,
    }
}

/// The input section: the textarea, the inspector's token, and the error.
#[inline(never)]
fn input_view(
    lang: Lang,
    text: &str,
    on_action: &Callback<FormAction>,
    session: Option<String>,
) -> Html {
    let on_change = on_action.reform(FormAction::Text);
    let use_session = session.map(|t| {
        let onclick = on_action.reform(move |_: MouseEvent| FormAction::Text(t.clone()));
        html! { <button type="button" data-testid="migration-use-token" {onclick}>{ T::UseSessionToken.get(lang) }</button> }
    });
    html! {
        <section>
            { input_field(&yew::props!(InputFieldProps { id: "migration-input", testid: "migration-input", label: T::InputLabel.get(lang),
                value: AttrValue::from(text.to_owned()), on_change, rows: 8,
                hint: T::InputHint.get(lang) })) }
            { for use_session }
        </section>
    }
}

/// The Migrate page.
#[component]
pub fn MigratePage() -> Html {
    let lang = use_lang();
    let session = use_session_token();
    let form = use_reducer(Form::default);
    let roster = use_state(|| Rc::new(Roster::restore(storage::load(ROSTER_KEY).as_deref())));
    let storage_failed = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    // One state for every consent link of this page view (cryptographic, or none).
    let state = use_state(|| {
        random::bytes::<16>()
            .map(|b| state_from_random(&b))
            .unwrap_or_default()
    });
    let parsed = use_memo(form.text.clone(), |t| {
        (!t.trim().is_empty()).then(|| parse_input(t))
    });

    let on_action = {
        let form = form.dispatcher();
        Callback::from(move |a: FormAction| form.dispatch(a))
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
    let on_mark_all = {
        let roster = roster.clone();
        let storage_failed = storage_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let action = RosterAction::SetNeedsGraphConsent {
                tenant_id: None,
                needs: true,
            };
            if let Ok(next) = roster.apply(action) {
                storage_failed.set(!storage::save(ROSTER_KEY, &next.to_json()));
                roster.set(Rc::new(next));
            }
        })
    };
    let token = (!session.token.is_blank()).then(|| session.token.expose().to_owned());

    let body = match parsed.as_ref() {
        None => html! {},
        Some(Err(e)) => error_banner(
            dpk_domain::migrate::error_message(e, lang),
            e.code(),
            "migration-error",
            html! {},
        ),
        Some(Ok(input)) => {
            let report = build_report(input);
            let manifest = rewrite(input, &report);
            let client_id = form
                .client_id
                .clone()
                .or_else(|| input.client_id.clone())
                .unwrap_or_default();
            html! {
                <>
                    { dom::el("p", &[("data-testid", "migration-kind"), ("data-kind", input.kind.code())],
                        vec![dom::tx(fill(T::ReadAs.get(lang), &[("kind", kind_label(input.kind).get(lang))]))]) }
                    { report::view(lang, input, &report) }
                    { manifest::view(lang, input, &report, &manifest, &client_id, &on_copy, *copied) }
                    { consent::view(lang, consent::Consent {
                        roster: &roster,
                        client_id: &client_id,
                        redirect_uri: &form.redirect_uri,
                        state: &state,
                        storage_failed: *storage_failed,
                        on_action: &on_action,
                        on_mark_all,
                    }) }
                    { calls::view(lang, &client_id, &on_copy) }
                </>
            }
        }
    };
    page_frame(
        Ui::MigrateHeading.get(lang),
        html! { <>
            { dom::el("p", &[("class", "notice"), ("data-testid", "retirement-note")], vec![dom::tx(Ui::AboutRetirement.get(lang))]) }
            { dom::cell("p", T::Intro.get(lang)) }
            { input_view(lang, &form.text, &on_action, token) }
            { body }
        </> },
    )
}
