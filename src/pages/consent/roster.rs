//! Section 3: the customer roster: the table, the add/edit form (with the tenant ID looked up
//! from a domain on request), export as a file and import from pasted text or a file (bad rows
//! reported, good rows kept).

use dpk_domain::consent::is_domain;
use dpk_domain::consent::lookup::{
    TenantLookup, openid_configuration_url, read_openid_configuration,
};
use dpk_domain::i18n::{Lang, RosterText as RT, Text};
use dpk_domain::roster::Customer;
use dpk_domain::sentences::consent::{Lookup, import_summary, rejected_rows};
use dpk_domain::url::encode_component;
use yew::prelude::*;

use super::desk::{Editor, ImportState};
use super::state::{Action, Page};
use super::{click, text};
use crate::components::form::{Field, text_field};
use crate::components::{
    CustomerEvent, RowEvent, customer_form, error_banner, roster_table, text_el,
};
use crate::services::{file, http};

/// How long the tenant look-up waits for the sign-in service.
const LOOKUP_TIMEOUT_MS: u64 = 15_000;

/// The largest file the import reads: far above any real customer list.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

/// Looks the tenant ID of `draft`'s domain up (on the user's request); the outcome fills the
/// form in.
fn look_up(draft: &Customer, dispatch: Callback<Action>) {
    let typed = draft.tenant_id.trim().to_ascii_lowercase();
    let domain = if draft.domain.trim().is_empty() && is_domain(&typed) {
        typed
    } else {
        draft.domain.trim().to_ascii_lowercase()
    };
    let cloud = draft.cloud;
    let Some(url) = openid_configuration_url(cloud, &domain) else {
        dispatch.emit(Action::Lookup(Lookup::NeedsDomain));
        return;
    };
    dispatch.emit(Action::Lookup(Lookup::Running));
    yew::platform::spawn_local(async move {
        let outcome = match http::get_public(&url, LOOKUP_TIMEOUT_MS).await {
            Err(_) => Lookup::Network,
            Ok(resp) => match read_openid_configuration(resp.status, &resp.body) {
                TenantLookup::Found {
                    tenant_id,
                    cloud: found,
                } => Lookup::Found {
                    tenant: tenant_id,
                    domain,
                    cloud: found,
                    asked: cloud,
                },
                TenantLookup::UnknownDomain => Lookup::Unknown { domain, cloud },
                TenantLookup::Unexpected { status } => Lookup::Unexpected(status),
            },
        };
        dispatch.emit(Action::Lookup(outcome));
    });
}

/// The roster section; `save_failed` says whether storage refused the last write.
pub(super) fn view(
    lang: Lang,
    page: &Page,
    save_failed: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let on_row = dispatch.reform(|e| match e {
        RowEvent::Use(i) => Action::Use(i),
        RowEvent::Edit(i) => Action::Edit(i),
        RowEvent::Delete(i) => Action::Delete(i),
    });
    let form_view = match &page.editor {
        Some(ed) => editor(lang, ed, page, dispatch),
        None => {
            let onclick = click(dispatch, |_| Action::AddFromBuilder, "");
            html! {
                <button type="button" data-testid="roster-new" {onclick}>{ RT::Add.get(lang) }</button>
            }
        }
    };
    let export_href = [
        "data:application/json;charset=utf-8,",
        &encode_component(&page.roster.to_json()),
    ]
    .concat();
    html! {
        <section class="card" aria-labelledby="roster-heading">
            <h2 id="roster-heading">{ RT::Heading.get(lang) }</h2>
            { text_el("p", "hint", RT::Note.get(lang).into()) }
            if save_failed {
                { error_banner(RT::StorageFailed.get(lang), "storage", "storage-error", Html::default()) }
            }
            { roster_table(lang, &page.roster, &on_row) }
            { form_view }
            <details class="import-export">
                <summary>{ RT::Export.get(lang) }{ " / " }{ RT::Import.get(lang) }</summary>
                <p><a class="button" data-testid="roster-export" href={export_href} download="dpk-customers.json">{ RT::Export.get(lang) }</a></p>
                { import_view(lang, page, dispatch) }
            </details>
        </section>
    }
}

/// The add/edit form of the customer being edited.
fn editor(lang: Lang, ed: &Editor, page: &Page, dispatch: &Callback<Action>) -> Html {
    let on = {
        let (draft, dispatch) = (ed.draft.clone(), dispatch.clone());
        Callback::from(move |e| match e {
            CustomerEvent::Change(next) => dispatch.emit(Action::Draft(next)),
            CustomerEvent::LookUp => look_up(&draft, dispatch.clone()),
            CustomerEvent::Save => dispatch.emit(Action::SaveDraft),
            CustomerEvent::Cancel => dispatch.emit(Action::CloseEditor),
        })
    };
    customer_form(
        lang,
        &ed.draft,
        ed.error.as_ref(),
        page.lookup.as_deref(),
        &on,
    )
}

/// Import from pasted text or a file, and what the last import did.
fn import_view(lang: Lang, page: &Page, dispatch: &Callback<Action>) -> Html {
    let on_import = click(dispatch, Action::Import, &page.import_text);
    let on_import_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(chosen) = file::take_chosen_file(&e) else {
                return;
            };
            if file::size(&chosen) > MAX_IMPORT_BYTES {
                dispatch.emit(Action::ImportProblem(ImportState::TooLarge));
                return;
            }
            let dispatch = dispatch.clone();
            yew::platform::spawn_local(async move {
                dispatch.emit(match file::read_text(chosen).await {
                    Some(text) => Action::Import(text),
                    None => Action::ImportProblem(ImportState::Unreadable),
                });
            });
        })
    };
    let import_error =
        |message: String| error_banner(message, "import_file", "import-errors", Html::default());
    let outcome = match page.import.as_deref() {
        Some(ImportState::Done(report)) => html! {
            <>
                <p role="status" data-testid="import-result">{ import_summary(report, lang) }</p>
                if let Some(rows) = rejected_rows(report, lang) {
                    { error_banner(rows, "import_rows", "import-errors", Html::default()) }
                }
            </>
        },
        Some(ImportState::Failed(e)) => import_error(e.message(lang)),
        Some(ImportState::TooLarge) => import_error(RT::FileTooLarge.get(lang).to_owned()),
        Some(ImportState::Unreadable) => import_error(RT::FileUnreadable.get(lang).to_owned()),
        None => html! {},
    };
    html! {
        <>
            { text_field(Field::new("roster-import-input", RT::ImportLabel.get(lang)), page.import_text.clone(), "", "4",
                &text(dispatch, Action::ImportText), Html::default()) }
            <button type="button" data-testid="roster-import" onclick={on_import}>{ RT::Import.get(lang) }</button>
            <div class="field">
                <label for="roster-import-file">{ RT::ImportFile.get(lang) }</label>
                <input type="file" id="roster-import-file" data-testid="roster-import-file"
                    accept=".json,application/json" onchange={on_import_file} />
            </div>
            { outcome }
        </>
    }
}
