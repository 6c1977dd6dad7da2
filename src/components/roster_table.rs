//! The customer roster as a table, one row per customer, with its row actions.

use dpk_domain::consent::message::cloud_name;
use dpk_domain::i18n::{Lang, RosterText as T, Text};
use dpk_domain::roster::Roster;
use dpk_domain::sentences::consent::status_tone;
use yew::prelude::*;

use super::text_el;

/// A row action, with the row's index.
#[derive(Clone, Copy)]
pub enum RowEvent {
    /// Fill the link builder with this customer's tenant and cloud.
    Use(usize),
    Edit(usize),
    Delete(usize),
}

/// The customers, one row each, with their actions.
pub fn roster_table(lang: Lang, roster: &Roster, on: &Callback<RowEvent>) -> Html {
    if roster.customers.is_empty() {
        return html! { <p class="hint" data-testid="roster-empty">{ T::Empty.get(lang) }</p> };
    }
    html! {
        <div class="table-scroll">
            <table data-testid="roster">
                <thead>
                    <tr>
                        { for [T::ColName, T::ColTenant, T::ColCloud, T::ColStatus, T::ColDate, T::ColNotes, T::ColActions]
                            .map(|col| html! { <th scope="col">{ col.get(lang) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for roster.customers.iter().enumerate().map(|(i, c)| {
                        html! {
                            <tr key={[c.tenant_id.as_str(), "|", c.domain.as_str()].concat()} data-testid="roster-row" data-tenant={c.tenant_id.clone()}
                                data-status={c.status.code()}>
                                { text_el("td", "", c.name.clone().into()) }
                                <td class="mono">
                                    { c.tenant_id.clone() }
                                    if !c.domain.is_empty() {
                                        <div class="hint" data-testid="roster-domain">{ c.domain.clone() }</div>
                                    }
                                </td>
                                { text_el("td", "", cloud_name(c.cloud).get(lang).into()) }
                                <td><span class={["status ", status_tone(c.status).class()].concat()}>{ c.status.label().get(lang) }</span></td>
                                { text_el("td", "", c.date.clone().unwrap_or_default().into()) }
                                { text_el("td", "notes", c.notes.clone().into()) }
                                <td class="actions">
                                    { for [
                                        ("roster-use", T::UseInLink, RowEvent::Use(i)),
                                        ("roster-edit", T::Edit, RowEvent::Edit(i)),
                                        ("roster-delete", T::Delete, RowEvent::Delete(i)),
                                    ].map(|(testid, label, event)| html! {
                                        <button type="button" class="secondary" data-testid={testid} onclick={on.reform(move |_: MouseEvent| event)}>{ label.get(lang) }</button>
                                    }) }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
