//! Section 3: the customer roster: the table, the add/edit form (with the tenant ID looked up
//! from a domain on request), export as a file and import from pasted text or a file (bad rows
//! reported, good rows kept).

use std::rc::Rc;

use dpk_domain::cloud::Cloud;
use dpk_domain::consent::lookup::{
    TenantLookup, openid_configuration_url, read_openid_configuration,
};
use dpk_domain::consent::message::cloud_name;
use dpk_domain::consent::{encode_component, is_domain};
use dpk_domain::i18n::{Lang, RosterText as RT, Text, fill};
use dpk_domain::roster::{Customer, ImportReport, Roster, RosterAction, RosterError};
use yew::prelude::*;

use super::Editor;
use crate::components::{
    CustomerFormProps, InputFieldProps, RosterTableProps, customer_form, error_banner, input_field,
    roster_table,
};
use crate::services::{file, http};

/// How long the tenant look-up waits for the sign-in service.
const LOOKUP_TIMEOUT_MS: u64 = 15_000;

/// The state of the tenant look-up of the customer being edited.
#[derive(Clone, PartialEq)]
pub(super) enum Lookup {
    Running,
    Found {
        tenant: String,
        domain: String,
        cloud: Option<Cloud>,
        asked: Cloud,
    },
    NeedsDomain,
    Unknown {
        domain: String,
        cloud: Cloud,
    },
    Network,
    Unexpected(u16),
}

impl Lookup {
    /// The sentence and the `data-state` of the look-up's outcome.
    fn view(&self, lang: Lang, host: &str) -> (AttrValue, &'static str) {
        let (text, state) = match self {
            Lookup::Running => (RT::LookupRunning.get(lang).to_owned(), "running"),
            Lookup::Found {
                tenant,
                domain,
                cloud,
                asked,
            } => {
                let mut text = fill(
                    RT::LookupFound.get(lang),
                    &[("tenant", tenant), ("domain", domain)],
                );
                if let Some(c) = cloud.filter(|c| c != asked) {
                    text.push(' ');
                    text.push_str(&fill(
                        RT::LookupOtherCloud.get(lang),
                        &[("cloud", cloud_name(c).get(lang))],
                    ));
                }
                (text, "found")
            }
            Lookup::NeedsDomain => (RT::LookupNeedsDomain.get(lang).to_owned(), "error"),
            Lookup::Unknown { domain, cloud } => (
                fill(
                    RT::LookupUnknown.get(lang),
                    &[("domain", domain), ("cloud", cloud_name(*cloud).get(lang))],
                ),
                "error",
            ),
            Lookup::Network => (
                fill(RT::LookupNetwork.get(lang), &[("host", host)]),
                "error",
            ),
            Lookup::Unexpected(status) => (
                fill(
                    RT::LookupUnexpected.get(lang),
                    &[("host", host), ("status", &status.to_string())],
                ),
                "error",
            ),
        };
        (text.into(), state)
    }
}

/// Looks the tenant ID of `ed`'s domain up (on the user's request), then fills it in.
fn look_up(
    ed: Editor,
    lookup: UseStateHandle<Option<Lookup>>,
    on_editor: Callback<Option<Editor>>,
) {
    let draft = &ed.draft;
    let typed = draft.tenant_id.trim().to_ascii_lowercase();
    let domain = if draft.domain.trim().is_empty() && is_domain(&typed) {
        typed
    } else {
        draft.domain.trim().to_ascii_lowercase()
    };
    let cloud = draft.cloud;
    let Some(url) = openid_configuration_url(cloud, &domain) else {
        lookup.set(Some(Lookup::NeedsDomain));
        return;
    };
    lookup.set(Some(Lookup::Running));
    yew::platform::spawn_local(async move {
        let outcome = match http::get_public(&url, LOOKUP_TIMEOUT_MS).await {
            Err(_) => Lookup::Network,
            Ok(resp) => match read_openid_configuration(resp.status, &resp.body) {
                TenantLookup::Found {
                    tenant_id,
                    cloud: found_cloud,
                } => {
                    let mut next = ed.clone();
                    next.draft.tenant_id = tenant_id.clone();
                    next.draft.domain = domain.clone();
                    next.error = None;
                    on_editor.emit(Some(next));
                    Lookup::Found {
                        tenant: tenant_id,
                        domain,
                        cloud: found_cloud,
                        asked: cloud,
                    }
                }
                TenantLookup::UnknownDomain => Lookup::Unknown { domain, cloud },
                TenantLookup::Unexpected { status } => Lookup::Unexpected(status),
            },
        };
        lookup.set(Some(outcome));
    });
}

/// The largest file the import reads: far above any real customer list.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

/// What the last import did.
#[derive(Clone, PartialEq)]
pub(super) enum ImportState {
    Done(ImportReport),
    Failed(RosterError),
    /// The chosen file is over [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The browser could not read the chosen file.
    Unreadable,
}

/// The inputs of the roster section, from the page.
pub(super) struct RosterView<'a> {
    pub roster: &'a Rc<Roster>,
    /// The customer being added or edited, if any.
    pub editor: &'a Option<Editor>,
    /// Whether the last save to storage failed.
    pub storage_failed: bool,
    /// Prefill of "Add customer": the builder's tenant and cloud.
    pub new_tenant: &'a str,
    pub new_cloud: Cloud,
    /// Store and show a new roster.
    pub on_save: &'a Callback<Roster>,
    /// Open, change or close the form.
    pub on_editor: &'a Callback<Option<Editor>>,
    /// Take customer `i`'s tenant and cloud into the builder.
    pub on_use: &'a Callback<usize>,
    /// The pasted import text.
    pub import_text: &'a UseStateHandle<String>,
    pub import_state: &'a UseStateHandle<Option<ImportState>>,
    /// The tenant look-up of the customer being edited.
    pub lookup: &'a UseStateHandle<Option<Lookup>>,
}

/// The roster section.
pub(super) fn view(lang: Lang, props: RosterView<'_>) -> Html {
    let RosterView {
        roster,
        editor,
        storage_failed,
        new_tenant,
        new_cloud,
        on_save,
        on_editor,
        on_use,
        import_text,
        import_state,
        lookup,
    } = props;

    let on_edit = {
        let roster = roster.clone();
        on_editor.reform(move |i: usize| {
            roster.customers.get(i).map(|c| Editor {
                index: Some(i),
                draft: c.clone(),
                error: None,
            })
        })
    };
    let on_delete = {
        let roster = roster.clone();
        let on_save = on_save.clone();
        let on_editor = on_editor.clone();
        Callback::from(move |i: usize| {
            if let Ok(next) = roster.apply(RosterAction::Remove(i)) {
                on_editor.emit(None);
                on_save.emit(next);
            }
        })
    };
    let form_view = match editor {
        Some(ed) => {
            let on_change = {
                let ed = ed.clone();
                on_editor.reform(move |draft: Customer| {
                    Some(Editor {
                        draft,
                        error: None,
                        ..ed.clone()
                    })
                })
            };
            let on_save_draft = {
                let roster = roster.clone();
                let on_save = on_save.clone();
                let on_editor = on_editor.clone();
                let lookup = lookup.clone();
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
                            lookup.set(None);
                            on_editor.emit(None);
                            on_save.emit(next);
                        }
                        Err(e) => on_editor.emit(Some(Editor {
                            error: Some(e),
                            ..ed.clone()
                        })),
                    }
                })
            };
            let on_cancel = {
                let lookup = lookup.clone();
                on_editor.reform(move |_| {
                    lookup.set(None);
                    None
                })
            };
            let on_lookup = {
                let (ed, lookup, on_editor) = (ed.clone(), lookup.clone(), on_editor.clone());
                Callback::from(move |_| look_up(ed.clone(), lookup.clone(), on_editor.clone()))
            };
            let cloud = ed.draft.cloud;
            let host = cloud.login_origin().trim_start_matches("https://");
            let lookup_hint: AttrValue = fill(
                RT::LookupHint.get(lang),
                &[("cloud", cloud_name(cloud).get(lang)), ("host", host)],
            )
            .into();
            let lookup_view = lookup.as_ref().map(|l| l.view(lang, host));
            html! {
                { customer_form(&yew::props!(CustomerFormProps { draft: ed.draft.clone(), error: ed.error.as_ref().map(|e| AttrValue::from(e.message(lang))), on_change, on_save: on_save_draft, on_cancel, on_lookup, lookup: lookup_view, lookup_hint }), lang) }
            }
        }
        None => {
            let tenant = new_tenant.trim().to_owned();
            let cloud = new_cloud;
            let on_new = on_editor.reform(move |_: MouseEvent| {
                Some(Editor {
                    index: None,
                    draft: Customer {
                        tenant_id: tenant.clone(),
                        cloud,
                        ..Customer::default()
                    },
                    error: None,
                })
            });
            html! {
                <button type="button" data-testid="roster-new" onclick={on_new}>{ RT::Add.get(lang) }</button>
            }
        }
    };

    let export_href = format!(
        "data:application/json;charset=utf-8,{}",
        encode_component(&roster.to_json())
    );
    let run_import = {
        let roster = roster.clone();
        let import_text = import_text.clone();
        let import_state = import_state.clone();
        let on_save = on_save.clone();
        Callback::from(move |json: String| match roster.import(&json) {
            Ok((next, report)) => {
                import_state.set(Some(ImportState::Done(report)));
                import_text.set(String::new());
                on_save.emit(next);
            }
            Err(e) => import_state.set(Some(ImportState::Failed(e))),
        })
    };
    let on_import = {
        let import_text = import_text.clone();
        run_import.reform(move |_: MouseEvent| (*import_text).clone())
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
    let import_error =
        |message: String| error_banner(message, "import_file", "import-errors", Html::default());
    let import_view = match &**import_state {
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
                        { error_banner(rows.join("\n"), "import_rows", "import-errors", Html::default()) }
                    }
                </>
            }
        }
        Some(ImportState::Failed(e)) => import_error(e.message(lang)),
        Some(ImportState::TooLarge) => import_error(RT::FileTooLarge.get(lang).to_owned()),
        Some(ImportState::Unreadable) => import_error(RT::FileUnreadable.get(lang).to_owned()),
        None => html! {},
    };
    let on_import_text = {
        let import_text = import_text.clone();
        Callback::from(move |v: String| import_text.set(v))
    };
    html! {
        <section class="card" aria-labelledby="roster-heading">
            <h2 id="roster-heading">{ RT::Heading.get(lang) }</h2>
            <p class="hint">{ RT::Note.get(lang) }</p>
            if storage_failed {
                { error_banner(RT::StorageFailed.get(lang), "storage", "storage-error", Html::default()) }
            }
            { roster_table(&yew::props!(RosterTableProps { roster: roster.clone(), on_use: on_use.clone(), on_edit, on_delete }), lang) }
            { form_view }
            <details class="import-export">
                <summary>{ RT::Export.get(lang) }{ " / " }{ RT::Import.get(lang) }</summary>
                <p><a class="button" data-testid="roster-export" href={export_href} download="dpk-customers.json">{ RT::Export.get(lang) }</a></p>
                { input_field(&yew::props!(InputFieldProps { id: "roster-import-input", testid: "roster-import-input", label: RT::ImportLabel.get(lang), rows: 4, value: (**import_text).clone(), on_change: on_import_text })) }
                <button type="button" data-testid="roster-import" onclick={on_import}>{ RT::Import.get(lang) }</button>
                <div class="field">
                    <label for="roster-import-file">{ RT::ImportFile.get(lang) }</label>
                    <input type="file" id="roster-import-file" data-testid="roster-import-file"
                        accept=".json,application/json" onchange={on_import_file} />
                </div>
                { import_view }
            </details>
        </section>
    }
}
