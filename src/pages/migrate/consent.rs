//! Re-consent: the application ID and redirect URI, then a Graph admin-consent link per roster
//! customer (`migration-consent-link`) and the "needs Graph consent" mark.

use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use dpk_domain::migrate::consent_links;
use dpk_domain::roster::Roster;
use yew::prelude::*;

use super::FormAction;
use super::dom::{cell, el, tx};
use crate::components::{InputFieldProps, input_field};

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
    let rows: Vec<Html> = links
        .iter()
        .filter_map(|l| {
            let customer = c.roster.customers.get(l.index)?;
            let link = match &l.link {
                Ok(url) => el(
                    "a",
                    &[
                        ("data-testid", "migration-consent-link"),
                        ("data-tenant", &customer.tenant_id),
                        ("href", url),
                        ("rel", "noopener noreferrer"),
                        ("target", "_blank"),
                        ("class", "mono"),
                    ],
                    vec![tx(url.clone())],
                ),
                Err(e) => el(
                    "span",
                    &[
                        ("class", "hint"),
                        ("data-testid", "migration-consent-problem"),
                    ],
                    vec![tx(e.message(lang))],
                ),
            };
            let needs = customer.needs_graph_consent;
            let flag = if needs { T::NeedsGraph } else { T::NotMarked };
            Some(el(
                "tr",
                &[
                    ("data-testid", "migration-customer"),
                    ("data-needs-graph", if needs { "true" } else { "false" }),
                ],
                vec![
                    cell("td", customer.name.clone()),
                    cell("td", customer.tenant_id.clone()),
                    cell("td", flag.get(lang)),
                    el("td", &[], vec![link]),
                ],
            ))
        })
        .collect();
    let head = [T::ColCustomer, T::ColTenant, T::ColStatus, T::ColLink];
    html! {
        <section>
            { cell("h2", T::ConsentHeading.get(lang)) }
            { cell("p", T::ConsentIntro.get(lang)) }
            { input_field(&yew::props!(InputFieldProps { id: "migration-client-id", testid: "migration-client-id", label: T::ClientIdLabel.get(lang),
                value: AttrValue::from(c.client_id.to_owned()), on_change: c.on_action.reform(FormAction::ClientId) })) }
            { input_field(&yew::props!(InputFieldProps { id: "migration-redirect-uri", testid: "migration-redirect-uri", label: T::RedirectLabel.get(lang),
                value: AttrValue::from(c.redirect_uri.to_owned()), on_change: c.on_action.reform(FormAction::RedirectUri),
                placeholder: "https://" })) }
            if rows.is_empty() {
                { el("p", &[("data-testid", "migration-no-roster")], vec![tx(T::NoRoster.get(lang))]) }
            } else {
                { super::table(lang, &head, rows, "") }
                <button type="button" data-testid="migration-mark-all" onclick={c.on_mark_all}>{ T::MarkAll.get(lang) }</button>
            }
            if c.storage_failed {
                { el("p", &[("class", "notice"), ("role", "status")], vec![tx(T::StorageFailed.get(lang))]) }
            }
        </section>
    }
}
