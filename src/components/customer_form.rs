//! The add/edit form of one customer; the page validates through `dpk_domain::roster`.

use std::rc::Rc;

use dpk_domain::cloud::Cloud;
use dpk_domain::consent::message::cloud_name;
use dpk_domain::i18n::{Lang, RosterText as T, Text};
use dpk_domain::roster::{ConsentStatus, Customer};
use yew::prelude::*;

use crate::components::{
    ChoiceFieldProps, InputFieldProps, choice_field, error_banner, input_field,
};

#[derive(Properties, PartialEq)]
pub struct CustomerFormProps {
    /// The customer being added or edited.
    pub draft: Customer,
    /// Why the last save was refused, already in the page language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_change: Callback<Customer>,
    /// Look the tenant ID up from the domain.
    pub on_lookup: Callback<()>,
    /// What the last look-up said, already in the page language, and how it ended
    /// (`running`, `found` or `error`, as `data-state`).
    #[prop_or_default]
    pub lookup: Option<(AttrValue, &'static str)>,
    /// The look-up button's hint (which host is asked).
    pub lookup_hint: AttrValue,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The add/edit form of one customer.
/// A plain view function over its props (built with `yew::props!`), not a component: it has no
/// state, and each component costs bundle size.
pub fn customer_form(props: &CustomerFormProps, lang: Lang) -> Html {
    let d = &props.draft;
    let set = |f: fn(&mut Customer, String)| {
        let draft = d.clone();
        props.on_change.reform(move |v: String| {
            let mut next = draft.clone();
            f(&mut next, v);
            next
        })
    };
    let clouds: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        Cloud::ALL
            .iter()
            .map(|c| (c.code().into(), cloud_name(*c).get(lang).into()))
            .collect(),
    );
    let statuses: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        ConsentStatus::ALL
            .iter()
            .map(|s| (s.code().into(), s.label().get(lang).into()))
            .collect(),
    );
    let onsubmit = props.on_save.reform(|e: SubmitEvent| e.prevent_default());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let on_lookup = props.on_lookup.reform(|_: MouseEvent| ());
    html! {
        <form class="customer-form" data-testid="customer-form" {onsubmit}>
            <div class="grid">
                { input_field(&yew::props!(InputFieldProps { id: "customer-name", testid: "customer-name", label: T::ColName.get(lang), value: d.name.clone(), on_change: set(|c, v| c.name = v) })) }
                { input_field(&yew::props!(InputFieldProps { id: "customer-tenant", testid: "customer-tenant", label: T::TenantOrDomain.get(lang), value: d.tenant_id.clone(), on_change: set(|c, v| c.tenant_id = v) })) }
                { input_field(&yew::props!(InputFieldProps { id: "customer-domain", testid: "customer-domain", label: T::ColDomain.get(lang), placeholder: "contoso.onmicrosoft.com", value: d.domain.clone(), on_change: set(|c, v| c.domain = v) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "customer-cloud", testid: "customer-cloud", label: T::ColCloud.get(lang), value: d.cloud.code(), options: clouds, on_change: set(|c, v| c.cloud = Cloud::from_code(&v).unwrap_or_default()) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "customer-status", testid: "customer-status", label: T::ColStatus.get(lang), value: d.status.code(), options: statuses, on_change: set(|c, v| c.status = ConsentStatus::from_code(&v).unwrap_or_default()) })) }
                { input_field(&yew::props!(InputFieldProps { id: "customer-date", testid: "customer-date", label: T::ColDate.get(lang), placeholder: "YYYY-MM-DD", value: d.date.clone().unwrap_or_default(), on_change: set(|c, v| c.date = Some(v)) })) }
            </div>
            { input_field(&yew::props!(InputFieldProps { id: "customer-notes", testid: "customer-notes", label: T::ColNotes.get(lang), rows: 3, value: d.notes.clone(), on_change: set(|c, v| c.notes = v) })) }
            <div class="actions">
                <button type="button" class="secondary" data-testid="tenant-lookup" onclick={on_lookup}>{ T::LookupButton.get(lang) }</button>
                <span class="hint">{ props.lookup_hint.clone() }</span>
            </div>
            { match &props.lookup {
                Some((message, "error")) => error_banner(message.clone(), "tenant_lookup", "tenant-lookup-error", Html::default()),
                Some((message, state)) => html! { <p role="status" data-testid="tenant-lookup-result" data-state={*state}>{ message.clone() }</p> },
                None => html! {},
            } }
            if let Some(message) = &props.error {
                { error_banner(message.clone(), "roster", "roster-error", Html::default()) }
            }
            <div class="actions">
                <button type="submit" data-testid="customer-save">{ T::Save.get(lang) }</button>
                <button type="button" class="secondary" onclick={on_cancel}>{ T::Cancel.get(lang) }</button>
            </div>
        </form>
    }
}
