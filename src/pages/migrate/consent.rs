//! Re-consent: the application ID and redirect URI, then a Graph admin-consent link per roster
//! customer (`migration-consent-link`) and the "needs Graph consent" mark.

use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use dpk_domain::migrate::consent_links;
use dpk_domain::roster::Roster;
use yew::prelude::*;

use super::FormAction;
use crate::components::InputField;

/// The inputs of the consent section.
pub(super) struct Consent<'a> {
    pub roster: &'a Roster,
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub state: &'a str,
    pub storage_failed: bool,
    pub on_action: &'a Callback<FormAction>,
    pub on_mark_all: Callback<MouseEvent>,
}

/// The consent section.
pub(super) fn view(lang: Lang, c: Consent<'_>) -> Html {
    let links = consent_links(c.roster, c.client_id, c.redirect_uri, c.state);
    let rows = links.iter().filter_map(|l| {
        let customer = c.roster.customers.get(l.index)?;
        let link = match &l.link {
            Ok(url) => html! {
                <a data-testid="migration-consent-link" data-tenant={customer.tenant_id.clone()}
                   href={url.clone()} rel="noopener noreferrer" target="_blank" class="mono">{ url.clone() }</a>
            },
            Err(e) => html! { <span class="hint" data-testid="migration-consent-problem">{ e.message(lang) }</span> },
        };
        let flag = if customer.needs_graph_consent { T::NeedsGraph } else { T::NotMarked };
        Some(html! {
            <tr data-testid="migration-customer" data-needs-graph={customer.needs_graph_consent.to_string()}>
                <td>{ customer.name.clone() }</td>
                <td class="mono">{ customer.tenant_id.clone() }</td>
                <td>{ flag.get(lang) }</td>
                <td>{ link }</td>
            </tr>
        })
    });
    html! {
        <section>
            <h2>{ T::ConsentHeading.get(lang) }</h2>
            <p>{ T::ConsentIntro.get(lang) }</p>
            <InputField id="migration-client-id" testid="migration-client-id" label={T::ClientIdLabel.get(lang)}
                value={AttrValue::from(c.client_id.to_owned())} on_change={c.on_action.reform(FormAction::ClientId)} />
            <InputField id="migration-redirect-uri" testid="migration-redirect-uri" label={T::RedirectLabel.get(lang)}
                value={AttrValue::from(c.redirect_uri.to_owned())} on_change={c.on_action.reform(FormAction::RedirectUri)}
                placeholder="https://" />
            if c.roster.customers.is_empty() {
                <p data-testid="migration-no-roster">{ T::NoRoster.get(lang) }</p>
            } else {
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{ T::ColCustomer.get(lang) }</th>
                            <th scope="col">{ T::ColTenant.get(lang) }</th>
                            <th scope="col">{ T::ColStatus.get(lang) }</th>
                            <th scope="col">{ T::ColLink.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <button type="button" data-testid="migration-mark-all" onclick={c.on_mark_all}>{ T::MarkAll.get(lang) }</button>
            }
            if c.storage_failed {
                <p class="notice" role="status">{ T::StorageFailed.get(lang) }</p>
            }
        </section>
    }
}
