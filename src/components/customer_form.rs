//! The add/edit form of one customer; the page validates through `dpk_domain::roster`.

use dpk_domain::cloud::Cloud;
use dpk_domain::consent::message::cloud_name;
use dpk_domain::i18n::{Lang, RosterText as T, Text};
use dpk_domain::roster::{ConsentStatus, Customer, RosterError};
use dpk_domain::sentences::consent::{Lookup, LookupState, login_host, lookup_hint};
use yew::prelude::*;

use crate::components::form::{Field, code_field, text_field};
use crate::components::{error_banner, text_el};

/// What the form asks of the page.
pub enum CustomerEvent {
    /// The draft after an edit.
    Change(Customer),
    /// Look the tenant ID up from the domain.
    LookUp,
    Save,
    Cancel,
}

/// The add/edit form of `draft`, with why the last save was refused (`error`) and what the last
/// tenant look-up said.
pub fn customer_form(
    lang: Lang,
    draft: &Customer,
    error: Option<&RosterError>,
    lookup: Option<&Lookup>,
    on: &Callback<CustomerEvent>,
) -> Html {
    let set = |f: fn(&mut Customer, String)| {
        let draft = draft.clone();
        on.reform(move |v: String| {
            let mut next = draft.clone();
            f(&mut next, v);
            CustomerEvent::Change(next)
        })
    };
    let onsubmit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        CustomerEvent::Save
    });
    let on_cancel = on.reform(|_: MouseEvent| CustomerEvent::Cancel);
    let on_lookup = on.reform(|_: MouseEvent| CustomerEvent::LookUp);
    let host = login_host(draft.cloud);
    let field = |id, label: T| Field::new(id, label.get(lang));
    html! {
        <form class="customer-form" data-testid="customer-form" {onsubmit}>
            <div class="grid">
                { text_field(field("customer-name", T::ColName), draft.name.clone().into(), "", "", &set(|c, v| c.name = v), Html::default()) }
                { text_field(field("customer-tenant", T::TenantOrDomain), draft.tenant_id.clone().into(), "", "", &set(|c, v| c.tenant_id = v), Html::default()) }
                { text_field(field("customer-domain", T::ColDomain), draft.domain.clone().into(), "contoso.onmicrosoft.com", "", &set(|c, v| c.domain = v), Html::default()) }
                { code_field(field("customer-cloud", T::ColCloud), Cloud::ALL.len(), draft.cloud.code(),
                    &|i| (Cloud::ALL[i].code(), cloud_name(Cloud::ALL[i]).get(lang).into()),
                    &set(|c, v| c.cloud = Cloud::from_code(&v).unwrap_or(c.cloud))) }
                { code_field(field("customer-status", T::ColStatus), ConsentStatus::ALL.len(), draft.status.code(),
                    &|i| (ConsentStatus::ALL[i].code(), ConsentStatus::ALL[i].label().get(lang).into()),
                    &set(|c, v| c.status = ConsentStatus::from_code(&v).unwrap_or(c.status))) }
                { text_field(field("customer-date", T::ColDate), draft.date.clone().unwrap_or_default().into(), "YYYY-MM-DD", "", &set(|c, v| c.date = Some(v)), Html::default()) }
            </div>
            { text_field(field("customer-notes", T::ColNotes), draft.notes.clone().into(), "", "3", &set(|c, v| c.notes = v), Html::default()) }
            <div class="actions">
                <button type="button" class="secondary" data-testid="tenant-lookup" onclick={on_lookup}>{ T::LookupButton.get(lang) }</button>
                { text_el("span", "hint", lookup_hint(draft.cloud, lang).into()) }
            </div>
            { match lookup.map(|l| (l.state(), l.sentence(lang, host))) {
                Some((LookupState::Error, message)) => error_banner(message, "tenant_lookup", "tenant-lookup-error", Html::default()),
                Some((state, message)) => html! { <p role="status" data-testid="tenant-lookup-result" data-state={state.code()}>{ message }</p> },
                None => html! {},
            } }
            if let Some(e) = error {
                { error_banner(e.message(lang), "roster", "roster-error", Html::default()) }
            }
            <div class="actions">
                <button type="submit" data-testid="customer-save">{ T::Save.get(lang) }</button>
                <button type="button" class="secondary" onclick={on_cancel}>{ T::Cancel.get(lang) }</button>
            </div>
        </form>
    }
}
