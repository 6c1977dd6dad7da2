//! Section 2: the redirect reader. The pasted address is read on every render and never stored;
//! a granted answer offers to add the customer to the roster, or to mark a listed one granted.

use std::rc::Rc;

use dpk_domain::cloud::Cloud;
use dpk_domain::consent::redirect::{RedirectOutcome, read_redirect};
use dpk_domain::i18n::{Lang, RedirectText as R, Text};
use dpk_domain::roster::{ConsentStatus, Customer, Roster, SentLink};
use yew::prelude::*;

use super::today;
use crate::components::{InputFieldProps, RedirectReportProps, input_field, redirect_report};

/// The inputs of the reader, from the page.
pub(super) struct Reader<'a> {
    /// The pasted address (page state: it survives re-renders, never reloads).
    pub pasted: &'a UseStateHandle<String>,
    /// The link on screen (built in this tab, maybe not remembered as sent yet).
    pub current: Option<SentLink>,
    /// The cloud chosen in the builder (the new customer's cloud, the error look-up host).
    pub cloud: Cloud,
    pub roster: &'a Roster,
    /// Open the roster form for a new customer, prefilled from the redirect.
    pub on_add: &'a Callback<Customer>,
    /// Mark the listed tenant as granted today.
    pub on_mark_granted: &'a Callback<String>,
}

/// The reader: a text area and what the pasted address says.
pub(super) fn view(lang: Lang, props: Reader<'_>) -> Html {
    let pasted = props.pasted;
    let reading = (!pasted.trim().is_empty()).then(|| Rc::new(read_redirect(pasted, "")));
    // The answer's state, matched exactly to the links this browser sent (they survive reloads).
    let answer = reading.as_ref().map(|r| {
        Rc::new(props.roster.match_answer_with(
            r.returned_state.as_deref(),
            r.outcome.tenant(),
            props.current.as_ref(),
        ))
    });
    let actions = match reading.as_ref().map(|r| &r.outcome) {
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
            if props.roster.find(&tenant).is_some() {
                let onclick = props
                    .on_mark_granted
                    .reform(move |_: MouseEvent| tenant.clone());
                html! { <button type="button" data-testid="roster-mark-granted" {onclick}>{ R::UpdateRoster.get(lang) }</button> }
            } else {
                let cloud = props.cloud;
                let onclick = props.on_add.reform(move |_: MouseEvent| Customer {
                    tenant_id: tenant.clone(),
                    cloud,
                    status: ConsentStatus::Granted,
                    date: Some(today()),
                    ..Customer::default()
                });
                html! { <button type="button" data-testid="roster-add-from-redirect" {onclick}>{ R::AddToRoster.get(lang) }</button> }
            }
        }
        _ => html! {},
    };
    let on_change = {
        let pasted = pasted.clone();
        Callback::from(move |v: String| pasted.set(v))
    };
    html! {
        <section class="card" aria-labelledby="reader-heading">
            <h2 id="reader-heading">{ R::Heading.get(lang) }</h2>
            { input_field(&yew::props!(InputFieldProps { id: "callback-input", testid: "callback-input", label: R::Label.get(lang), hint: R::Hint.get(lang), rows: 3, value: (**pasted).clone(), placeholder: "https://partner.example/consent/callback?admin_consent=True&tenant=…&state=…", on_change })) }
            if let (Some(reading), Some(answer)) = (reading, answer) {
                { redirect_report(&yew::props!(RedirectReportProps { reading, answer, login_origin: props.cloud.login_origin(), children: html! { <>
                    <div class="actions">{ actions }</div>
                </> } }), lang) }
            }
        </section>
    }
}
