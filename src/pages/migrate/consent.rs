//! Re-consent: the application ID and redirect URI, then a Graph admin-consent link per roster
//! customer (`migration-consent-link`) and the "needs Graph consent" mark.

use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use dpk_domain::migrate::graph_consent_link;
use dpk_domain::roster::Roster;
use yew::prelude::*;

use super::dom::{cell, el, tx};
use super::{Action, Model};

/// The consent section.
pub(super) fn view(
    lang: Lang,
    m: &Model,
    roster: &Roster,
    client_id: &str,
    on: &Callback<Action>,
) -> Html {
    let mut rows = Vec::new();
    for customer in &roster.customers {
        let link = match graph_consent_link(customer, client_id, &m.redirect_uri, &m.state) {
            Ok(url) => el(
                "a",
                &[
                    "data-testid",
                    "data-tenant",
                    "href",
                    "rel",
                    "target",
                    "class",
                ],
                &[
                    "migration-consent-link",
                    &customer.tenant_id,
                    &url,
                    "noopener noreferrer",
                    "_blank",
                    "mono",
                ],
                vec![tx(url.clone())],
            ),
            Err(e) => el(
                "span",
                &["class", "data-testid"],
                &["hint", "migration-consent-problem"],
                vec![tx(e.message(lang))],
            ),
        };
        let needs = customer.needs_graph_consent;
        let flag = if needs { T::NeedsGraph } else { T::NotMarked };
        rows.push(el(
            "tr",
            &["data-testid", "data-needs-graph"],
            &["migration-customer", if needs { "true" } else { "false" }],
            vec![
                cell("td", customer.name.clone()),
                cell("td", customer.tenant_id.clone()),
                cell("td", flag.get(lang)),
                el("td", &[], &[], vec![link]),
            ],
        ));
    }
    let head = [T::ColCustomer, T::ColTenant, T::ColStatus, T::ColLink];
    let list = if rows.is_empty() {
        el(
            "p",
            &["data-testid"],
            &["migration-no-roster"],
            vec![tx(T::NoRoster.get(lang))],
        )
    } else {
        let onclick = on.reform(|_: MouseEvent| Action::MarkAll);
        html! { <>
            { super::table(lang, &head, rows, "") }
            <button type="button" data-testid="migration-mark-all" {onclick}>{ T::MarkAll.get(lang) }</button>
        </> }
    };
    let failed = m.storage_failed.then(|| {
        el(
            "p",
            &["class", "role"],
            &["notice", "status"],
            vec![tx(T::StorageFailed.get(lang))],
        )
    });
    el(
        "section",
        &[],
        &[],
        vec![
            cell("h2", T::ConsentHeading.get(lang)),
            cell("p", T::ConsentIntro.get(lang)),
            super::field(
                "migration-client-id",
                T::ClientIdLabel.get(lang),
                "",
                client_id,
                on.reform(Action::ClientId),
            ),
            super::field(
                "migration-redirect-uri",
                T::RedirectLabel.get(lang),
                "",
                &m.redirect_uri,
                on.reform(Action::RedirectUri),
            ),
            list,
            failed.unwrap_or_default(),
        ],
    )
}
