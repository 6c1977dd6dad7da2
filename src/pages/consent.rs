//! The consent and onboarding page: build the admin-consent link, read back the redirect, keep the
//! customer roster, and show token-request snippets.
//!
//! All decisions are made by `dpk_domain` (link, validation, redirect reading, roster rules,
//! snippets); this page holds the inputs, derives everything else during render, and calls the
//! services for the browser's part: randomness for the state, the clock for dates, the clipboard,
//! the hash for share links, and local storage for the roster (never a secret).

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{
    admin_message, api_name, cloud_name, format_name, warning_text,
};
use dpk_domain::consent::redirect::{RedirectOutcome, read_redirect};
use dpk_domain::consent::{ConsentRequest, Field, LinkFormat, encode_component, state_from_random};
use dpk_domain::i18n::{
    ConsentText as T, Lang, RedirectText as R, RosterText as RT, Text, Ui, fill,
};
use dpk_domain::roster::{
    ConsentStatus, Customer, ImportReport, ROSTER_KEY, Roster, RosterAction, RosterError,
    date_from_unix,
};
use dpk_domain::route::HashLocation;
use dpk_domain::snippet::{SnippetLang, SnippetTarget, token_snippet};
use yew::prelude::*;

use crate::components::{
    ChoiceField, CopyButton, CustomerForm, ErrorBanner, InputField, PageFrame, QrCode,
    RedirectReport, RosterTable, SnippetBlock,
};
use crate::services::{clipboard, clock, file, location, random, storage};
use crate::state::use_lang;

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
struct Form(ConsentRequest);

impl Reducible for Form {
    type Action = FormAction;
    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let r = self.0.clone();
        Rc::new(Form(match action {
            FormAction::Format(f) => r.format(f),
            FormAction::Cloud(c) => r.cloud(c),
            FormAction::Api(a) => r.api(a),
            FormAction::ClientId(v) => r.client_id(v),
            FormAction::Tenant(v) => r.tenant(v),
            FormAction::RedirectUri(v) => r.redirect_uri(v),
            FormAction::State(v) => r.state(v),
            FormAction::Customer { tenant, cloud } => r.tenant(tenant).cloud(cloud),
        }))
    }
}

/// A fresh state from the browser's cryptographic source (empty if there is none).
fn fresh_state() -> String {
    random::bytes::<16>()
        .map(|b| state_from_random(&b))
        .unwrap_or_default()
}

/// The inputs the share link in the address bar carries, and a fresh state.
fn initial_request() -> ConsentRequest {
    let loc = HashLocation::parse(&location::hash());
    ConsentRequest::from_params(|k| loc.param(k).map(str::to_owned)).state(fresh_state())
}

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

#[derive(Clone, PartialEq)]
enum ImportState {
    Done(ImportReport),
    Failed(RosterError),
    /// The chosen file is over [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The browser could not read the chosen file.
    Unreadable,
}

/// The largest file the import reads: far above any real customer list.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

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
    let form = use_reducer(|| Form(initial_request()));
    let callback = use_state(String::new);
    let roster = use_state(|| Rc::new(Roster::restore(storage::load(ROSTER_KEY).as_deref())));
    let storage_failed = use_state(|| false);
    let editor = use_state(|| None::<Editor>);
    let import_text = use_state(String::new);
    let import_state = use_state(|| None::<ImportState>);
    let message_lang = use_state(|| None::<Lang>);
    let copied = use_state(|| None::<bool>);
    let request = &form.0;

    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |text: AttrValue| {
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                copied.set(Some(clipboard::write_text(&text).await));
            });
        })
    };
    let dispatch = |make: fn(String) -> FormAction| {
        let form = form.dispatcher();
        Callback::from(move |v: String| form.dispatch(make(v)))
    };
    let save_roster = {
        let roster = roster.clone();
        let storage_failed = storage_failed.clone();
        Callback::from(move |next: Roster| {
            storage_failed.set(!storage::save(ROSTER_KEY, &next.to_json()));
            roster.set(Rc::new(next));
        })
    };

    // 1. Link builder. The share link (the non-secret inputs as `#/consent?…`) is offered, not
    // written into the address bar: Chromium re-requests the favicon on every `replaceState`, and
    // building a link must not touch the network.
    let built = request.build();
    let share_hash = request.share_hash();
    let problems = built.as_ref().err().cloned().unwrap_or_default();
    let invalid = |field: Field| problems.iter().any(|p| p.field() == field);
    let resource = request.api.resource_uri(request.cloud).unwrap_or("…");
    let formats = options(&LinkFormat::ALL, LinkFormat::code, |f| {
        fill(format_name(f).get(lang), &[("resource", resource)])
    });
    let clouds = options(&Cloud::ALL, Cloud::code, |c| {
        cloud_name(c).get(lang).to_owned()
    });
    let apis = options(&Api::ALL, Api::code, |a| api_name(a).get(lang).to_owned());
    let new_state = {
        let form = form.dispatcher();
        Callback::from(move |_: MouseEvent| form.dispatch(FormAction::State(fresh_state())))
    };
    let warnings = request.warnings();
    let output = match &built {
        Ok(link) => {
            let msg_lang = (*message_lang).unwrap_or(lang);
            let message = admin_message(msg_lang, link, request.api, &request.redirect_uri);
            let on_message_lang = {
                let message_lang = message_lang.clone();
                Callback::from(move |code: String| message_lang.set(Lang::from_code(&code)))
            };
            let langs = options(&Lang::ALL, Lang::code, |l| l.native_name().to_owned());
            html! {
                <>
                    <h3>{ T::LinkHeading.get(lang) }</h3>
                    <p class="link-box">
                        <a data-testid="consent-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer" class="mono">{ link.url.clone() }</a>
                    </p>
                    <div class="actions">
                        <CopyButton testid="copy-link" text={link.url.clone()} label={T::Copy.get(lang)} on_copy={on_copy.clone()} />
                        <a class="button" data-testid="open-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer">{ T::OpenLink.get(lang) }</a>
                        { match *copied {
                            Some(true) => html! { <span class="hint" role="status">{ T::Copied.get(lang) }</span> },
                            Some(false) => html! { <ErrorBanner message={T::CopyFailed.get(lang)} kind="clipboard" testid="copy-error" /> },
                            None => html! {},
                        } }
                    </div>
                    <div class="qr-box">
                        <QrCode text={link.url.clone()} label={T::QrLabel.get(lang)} too_long={T::QrTooLong.get(lang)} />
                    </div>
                    <p class="share">
                        <a data-testid="share-link" href={share_hash.clone()}>{ T::ShareLink.get(lang) }</a>
                        <CopyButton testid="copy-share-link" text={format!("{}{}", location::page_url_without_hash(), share_hash)}
                            label={T::Copy.get(lang)} on_copy={on_copy.clone()} />
                        <span class="hint">{ T::ShareNote.get(lang) }</span>
                    </p>
                    <h3>{ T::MessageHeading.get(lang) }</h3>
                    <ChoiceField id="message-lang" testid="message-lang" label={T::MessageLanguage.get(lang)}
                        value={msg_lang.code()} options={langs} on_change={on_message_lang} />
                    <pre data-testid="admin-message" lang={msg_lang.code()}>{ message.clone() }</pre>
                    <CopyButton testid="copy-message" text={message} label={T::Copy.get(lang)} on_copy={on_copy.clone()} />
                </>
            }
        }
        Err(problems) => {
            let text: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            html! {
                <>
                    <ErrorBanner message={text.join("\n")} kind={problems.first().map(|p| p.code()).unwrap_or_default()} testid="consent-error" />
                    <p class="hint">{ T::FixInputs.get(lang) }</p>
                </>
            }
        }
    };
    let builder = html! {
        <section class="card" aria-labelledby="builder-heading">
            <h2 id="builder-heading">{ T::BuilderHeading.get(lang) }</h2>
            <div class="grid">
                <InputField id="client-id" testid="client-id" label={T::LabelClientId.get(lang)}
                    hint={T::HintClientId.get(lang)} value={request.client_id.clone()}
                    placeholder="00000000-0000-0000-0000-000000000000"
                    invalid={invalid(Field::ClientId)} on_change={dispatch(FormAction::ClientId)} />
                <InputField id="tenant" testid="tenant" label={T::LabelTenant.get(lang)}
                    hint={T::HintTenant.get(lang)} value={request.tenant.clone()}
                    placeholder="contoso.onmicrosoft.com"
                    invalid={invalid(Field::Tenant)} on_change={dispatch(FormAction::Tenant)} />
                <ChoiceField id="cloud" testid="cloud" label={T::LabelCloud.get(lang)}
                    value={request.cloud.code()} options={clouds} invalid={invalid(Field::Api)}
                    on_change={dispatch(|v| FormAction::Cloud(Cloud::from_code(&v).unwrap_or_default()))} />
                <ChoiceField id="api" testid="api" label={T::LabelApi.get(lang)}
                    value={request.api.code()} options={apis} invalid={invalid(Field::Api)}
                    on_change={dispatch(|v| FormAction::Api(Api::from_code(&v).unwrap_or_default()))} />
                <ChoiceField id="link-format" testid="link-format" label={T::LabelFormat.get(lang)}
                    value={request.format.code()} options={formats}
                    on_change={dispatch(|v| FormAction::Format(LinkFormat::from_code(&v).unwrap_or_default()))} />
                <InputField id="redirect-uri" testid="redirect-uri" label={T::LabelRedirectUri.get(lang)}
                    hint={T::HintRedirectUri.get(lang)} value={request.redirect_uri.clone()}
                    placeholder="https://partner.example/consent/callback"
                    invalid={invalid(Field::RedirectUri)} on_change={dispatch(FormAction::RedirectUri)} />
                <InputField id="state" testid="state" label={T::LabelState.get(lang)}
                    hint={T::HintState.get(lang)} value={request.state.clone()}
                    invalid={invalid(Field::State)} on_change={dispatch(FormAction::State)}>
                    <button type="button" class="secondary" data-testid="new-state" onclick={new_state}>{ T::NewState.get(lang) }</button>
                </InputField>
            </div>
            if !warnings.is_empty() {
                <ul class="notice" data-testid="consent-warnings">
                    { for warnings.iter().map(|w| html! { <li>{ warning_text(*w).get(lang) }</li> }) }
                </ul>
            }
            { output }
        </section>
    };

    // 2. Redirect reader (derived from the pasted text; nothing is stored).
    let reading =
        (!callback.trim().is_empty()).then(|| Rc::new(read_redirect(&callback, &request.state)));
    let reader_actions = match reading.as_ref().map(|r| &r.outcome) {
        Some(
            RedirectOutcome::Granted {
                tenant: Some(tenant),
                ..
            }
            | RedirectOutcome::Code {
                tenant: Some(tenant),
                admin_consent: true,
            },
        ) => {
            let tenant = tenant.clone();
            if roster.find(&tenant).is_some() {
                let roster = roster.clone();
                let save_roster = save_roster.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let action = RosterAction::SetStatus {
                        tenant_id: tenant.clone(),
                        status: ConsentStatus::Granted,
                        date: today(),
                    };
                    if let Ok(next) = roster.apply(action) {
                        save_roster.emit(next);
                    }
                });
                html! { <button type="button" data-testid="roster-mark-granted" {onclick}>{ R::UpdateRoster.get(lang) }</button> }
            } else {
                let editor = editor.clone();
                let cloud = request.cloud;
                let onclick = Callback::from(move |_: MouseEvent| {
                    editor.set(Some(Editor {
                        index: None,
                        draft: Customer {
                            tenant_id: tenant.clone(),
                            cloud,
                            status: ConsentStatus::Granted,
                            date: Some(today()),
                            ..Customer::default()
                        },
                        error: None,
                    }));
                });
                html! { <button type="button" data-testid="roster-add-from-redirect" {onclick}>{ R::AddToRoster.get(lang) }</button> }
            }
        }
        _ => html! {},
    };
    let reader = html! {
        <section class="card" aria-labelledby="reader-heading">
            <h2 id="reader-heading">{ R::Heading.get(lang) }</h2>
            <InputField id="callback-input" testid="callback-input" label={R::Label.get(lang)}
                hint={R::Hint.get(lang)} rows={3} value={(*callback).clone()}
                placeholder="https://partner.example/consent/callback?admin_consent=True&tenant=…&state=…"
                on_change={{ let callback = callback.clone(); Callback::from(move |v: String| callback.set(v)) }} />
            if let Some(reading) = reading {
                <RedirectReport reading={reading} login_origin={request.cloud.login_origin()}>
                    <div class="actions">{ reader_actions }</div>
                </RedirectReport>
            }
        </section>
    };

    // 3. Roster.
    let on_use = {
        let roster = roster.clone();
        let form = form.dispatcher();
        Callback::from(move |i: usize| {
            if let Some(c) = roster.customers.get(i) {
                form.dispatch(FormAction::Customer {
                    tenant: c.tenant_id.clone(),
                    cloud: c.cloud,
                });
            }
        })
    };
    let on_edit = {
        let roster = roster.clone();
        let editor = editor.clone();
        Callback::from(move |i: usize| {
            if let Some(c) = roster.customers.get(i) {
                editor.set(Some(Editor {
                    index: Some(i),
                    draft: c.clone(),
                    error: None,
                }));
            }
        })
    };
    let on_delete = {
        let roster = roster.clone();
        let save_roster = save_roster.clone();
        let editor = editor.clone();
        Callback::from(move |i: usize| {
            if let Ok(next) = roster.apply(RosterAction::Remove(i)) {
                editor.set(None);
                save_roster.emit(next);
            }
        })
    };
    let on_new = {
        let editor = editor.clone();
        let tenant = request.tenant.clone();
        let cloud = request.cloud;
        Callback::from(move |_: MouseEvent| {
            editor.set(Some(Editor {
                index: None,
                draft: Customer {
                    tenant_id: tenant.trim().to_owned(),
                    cloud,
                    ..Customer::default()
                },
                error: None,
            }));
        })
    };
    let form_view = match &*editor {
        Some(ed) => {
            let on_change = {
                let editor = editor.clone();
                let ed = ed.clone();
                Callback::from(move |draft: Customer| {
                    editor.set(Some(Editor {
                        draft,
                        error: None,
                        ..ed.clone()
                    }));
                })
            };
            let on_save = {
                let editor = editor.clone();
                let roster = roster.clone();
                let save_roster = save_roster.clone();
                let ed = ed.clone();
                Callback::from(move |_| {
                    let action = match ed.index {
                        Some(index) => RosterAction::Update {
                            index,
                            customer: ed.draft.clone(),
                        },
                        None => RosterAction::Add(ed.draft.clone()),
                    };
                    match roster.apply(action) {
                        Ok(next) => {
                            editor.set(None);
                            save_roster.emit(next);
                        }
                        Err(e) => editor.set(Some(Editor {
                            error: Some(e),
                            ..ed.clone()
                        })),
                    }
                })
            };
            let on_cancel = {
                let editor = editor.clone();
                Callback::from(move |_| editor.set(None))
            };
            html! {
                <CustomerForm draft={ed.draft.clone()} error={ed.error.as_ref().map(|e| AttrValue::from(e.message(lang)))}
                    {on_change} {on_save} {on_cancel} />
            }
        }
        None => html! {
            <button type="button" data-testid="roster-new" onclick={on_new}>{ RT::Add.get(lang) }</button>
        },
    };
    let export_href = format!(
        "data:application/json;charset=utf-8,{}",
        encode_component(&roster.to_json())
    );
    let run_import = {
        let roster = roster.clone();
        let import_text = import_text.clone();
        let import_state = import_state.clone();
        let save_roster = save_roster.clone();
        Callback::from(move |json: String| match roster.import(&json) {
            Ok((next, report)) => {
                import_state.set(Some(ImportState::Done(report)));
                import_text.set(String::new());
                save_roster.emit(next);
            }
            Err(e) => import_state.set(Some(ImportState::Failed(e))),
        })
    };
    let on_import = {
        let import_text = import_text.clone();
        let run_import = run_import.clone();
        Callback::from(move |_: MouseEvent| run_import.emit((*import_text).clone()))
    };
    let on_import_file = {
        let import_state = import_state.clone();
        Callback::from(move |e: Event| {
            let Some(chosen) = file::take_chosen_file(&e) else {
                return;
            };
            if file::size(&chosen) > MAX_IMPORT_BYTES {
                import_state.set(Some(ImportState::TooLarge));
                return;
            }
            let run_import = run_import.clone();
            let import_state = import_state.clone();
            yew::platform::spawn_local(async move {
                match file::read_text(chosen).await {
                    Some(text) => run_import.emit(text),
                    None => import_state.set(Some(ImportState::Unreadable)),
                }
            });
        })
    };
    let import_view = match &*import_state {
        Some(ImportState::Done(report)) => {
            let summary = fill(
                RT::ImportResult.get(lang),
                &[
                    ("added", &report.added.to_string()),
                    ("updated", &report.updated.to_string()),
                    ("rejected", &report.rejected.len().to_string()),
                ],
            );
            let rows: Vec<String> = report
                .rejected
                .iter()
                .map(|r| {
                    fill(
                        RT::RowRejected.get(lang),
                        &[
                            ("row", &r.row.to_string()),
                            ("reason", &r.error.message(lang)),
                        ],
                    )
                })
                .collect();
            html! {
                <>
                    <p role="status" data-testid="import-result">{ summary }</p>
                    if !rows.is_empty() {
                        <ErrorBanner message={rows.join("\n")} kind="import_rows" testid="import-errors" />
                    }
                </>
            }
        }
        Some(ImportState::Failed(e)) => {
            html! { <ErrorBanner message={e.message(lang)} kind="import_file" testid="import-errors" /> }
        }
        Some(ImportState::TooLarge) => {
            html! { <ErrorBanner message={RT::FileTooLarge.get(lang)} kind="import_file" testid="import-errors" /> }
        }
        Some(ImportState::Unreadable) => {
            html! { <ErrorBanner message={RT::FileUnreadable.get(lang)} kind="import_file" testid="import-errors" /> }
        }
        None => html! {},
    };
    let roster_view = html! {
        <section class="card" aria-labelledby="roster-heading">
            <h2 id="roster-heading">{ RT::Heading.get(lang) }</h2>
            <p class="hint">{ RT::Note.get(lang) }</p>
            if *storage_failed {
                <ErrorBanner message={RT::StorageFailed.get(lang)} kind="storage" testid="storage-error" />
            }
            <RosterTable roster={(*roster).clone()} {on_use} {on_edit} {on_delete} />
            { form_view }
            <details class="import-export">
                <summary>{ RT::Export.get(lang) }{ " / " }{ RT::Import.get(lang) }</summary>
                <p><a class="button" data-testid="roster-export" href={export_href} download="dpk-customers.json">{ RT::Export.get(lang) }</a></p>
                <InputField id="roster-import-input" testid="roster-import-input" label={RT::ImportLabel.get(lang)}
                    rows={4} value={(*import_text).clone()}
                    on_change={{ let import_text = import_text.clone(); Callback::from(move |v: String| import_text.set(v)) }} />
                <button type="button" data-testid="roster-import" onclick={on_import}>{ RT::Import.get(lang) }</button>
                <div class="field">
                    <label for="roster-import-file">{ RT::ImportFile.get(lang) }</label>
                    <input type="file" id="roster-import-file" data-testid="roster-import-file"
                        accept=".json,application/json" onchange={on_import_file} />
                </div>
                { import_view }
            </details>
        </section>
    };

    // 4. Token-request snippets.
    let target = SnippetTarget::new(
        request.cloud,
        request.api,
        &request.tenant,
        &request.client_id,
    );
    let snippets = match target.resource() {
        Some(resource) => html! {
            <>
                <p class="hint">{ fill(RT::SnippetResource.get(lang), &[("resource", resource), ("cloud", cloud_name(request.cloud).get(lang))]) }</p>
                if !target.has_tenant {
                    <p class="notice" data-testid="snippet-tenant-note">{ RT::SnippetTenantPlaceholder.get(lang) }</p>
                }
                { for SnippetLang::ALL.iter().filter_map(|l| {
                    token_snippet(*l, &target).map(|code| html! {
                        <SnippetBlock lang_code={l.code()} title={l.label()} code={code}
                            copy_label={T::Copy.get(lang)} on_copy={on_copy.clone()} />
                    })
                }) }
            </>
        },
        None => html! {
            <p class="notice">{ fill(T::ErrApiNotInCloud.get(lang), &[("api", api_name(request.api).get(lang)), ("cloud", cloud_name(request.cloud).get(lang))]) }</p>
        },
    };
    let snippet_view = html! {
        <section class="card" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{ RT::SnippetHeading.get(lang) }</h2>
            <p>{ RT::SnippetIntro.get(lang) }</p>
            <p class="notice" data-testid="snippet-vault-note">{ RT::SnippetVault.get(lang) }</p>
            { snippets }
        </section>
    };

    html! {
        <PageFrame heading={Ui::ConsentHeading.get(lang)}>
            <p>{ T::Intro.get(lang) }</p>
            { builder }
            { reader }
            { roster_view }
            { snippet_view }
        </PageFrame>
    }
}
