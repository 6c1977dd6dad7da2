//! The customer roster as a table, one row per customer, with its row actions.

use std::rc::Rc;

use dpk_domain::consent::message::cloud_name;
use dpk_domain::i18n::{Lang, RosterText as T, Text};
use dpk_domain::roster::{ConsentStatus, Roster};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RosterTableProps {
    pub roster: Rc<Roster>,
    /// Fill the link builder with this customer's tenant and cloud.
    pub on_use: Callback<usize>,
    pub on_edit: Callback<usize>,
    pub on_delete: Callback<usize>,
}

fn status_class(status: ConsentStatus) -> &'static str {
    match status {
        ConsentStatus::Granted => "pass",
        ConsentStatus::Pending => "skip",
        ConsentStatus::Declined | ConsentStatus::Revoked => "warn",
        ConsentStatus::Failed => "fail",
    }
}

/// The customers, one row each, with their actions.
/// A plain view function over its props (built with `yew::props!`), not a component: it has no
/// state, and each component costs bundle size.
pub fn roster_table(props: &RosterTableProps, lang: Lang) -> Html {
    if props.roster.customers.is_empty() {
        return html! { <p class="hint" data-testid="roster-empty">{ T::Empty.get(lang) }</p> };
    }
    html! {
        <div class="table-scroll">
            <table data-testid="roster">
                <thead>
                    <tr>
                        <th scope="col">{ T::ColName.get(lang) }</th>
                        <th scope="col">{ T::ColTenant.get(lang) }</th>
                        <th scope="col">{ T::ColCloud.get(lang) }</th>
                        <th scope="col">{ T::ColStatus.get(lang) }</th>
                        <th scope="col">{ T::ColDate.get(lang) }</th>
                        <th scope="col">{ T::ColNotes.get(lang) }</th>
                        <th scope="col">{ T::ColActions.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.roster.customers.iter().enumerate().map(|(i, c)| {
                        let on_use = props.on_use.reform(move |_: MouseEvent| i);
                        let on_edit = props.on_edit.reform(move |_: MouseEvent| i);
                        let on_delete = props.on_delete.reform(move |_: MouseEvent| i);
                        html! {
                            <tr key={format!("{}|{}", c.tenant_id, c.domain)} data-testid="roster-row" data-tenant={c.tenant_id.clone()}
                                data-status={c.status.code()}>
                                <td>{ c.name.clone() }</td>
                                <td class="mono">
                                    { c.tenant_id.clone() }
                                    if !c.domain.is_empty() {
                                        <div class="hint" data-testid="roster-domain">{ c.domain.clone() }</div>
                                    }
                                </td>
                                <td>{ cloud_name(c.cloud).get(lang) }</td>
                                <td><span class={classes!("status", status_class(c.status))}>{ c.status.label().get(lang) }</span></td>
                                <td>{ c.date.clone().unwrap_or_default() }</td>
                                <td class="notes">{ c.notes.clone() }</td>
                                <td class="actions">
                                    <button type="button" class="secondary" data-testid="roster-use" onclick={on_use}>{ T::UseInLink.get(lang) }</button>
                                    <button type="button" class="secondary" data-testid="roster-edit" onclick={on_edit}>{ T::Edit.get(lang) }</button>
                                    <button type="button" class="secondary" data-testid="roster-delete" onclick={on_delete}>{ T::Delete.get(lang) }</button>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
