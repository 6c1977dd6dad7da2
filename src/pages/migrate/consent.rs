//! Re-consent: the application ID and redirect URI, then a Graph admin-consent link per roster
//! customer (`migration-consent-link`) and the "needs Graph consent" mark.

use dpk_domain::i18n::{MigrateText as T, Text};
use dpk_domain::migrate::graph_consent_link;
use dpk_domain::roster::Roster;
use yew::prelude::*;

use super::dom::Dom;
use super::{Action, Model};
use crate::components::form::button;

/// The consent section.
pub(super) fn view(
    b: &mut Dom,
    m: &Model,
    roster: &Roster,
    client_id: &str,
    on: &Callback<Action>,
) {
    let lang = b.lang;
    b.open0("section");
    b.leaf_t("h2", T::ConsentHeading);
    b.leaf_t("p", T::ConsentIntro);
    b.node(super::field(
        "migration-client-id",
        T::ClientIdLabel.get(lang),
        "",
        client_id,
        on,
        Action::ClientId,
    ));
    b.node(super::field(
        "migration-redirect-uri",
        T::RedirectLabel.get(lang),
        "",
        &m.redirect_uri,
        on,
        Action::RedirectUri,
    ));
    if roster.customers.is_empty() {
        b.open("p", &["data-testid"], &["migration-no-roster"]);
        b.t(T::NoRoster);
        b.close();
    } else {
        b.table(
            &[T::ColCustomer, T::ColTenant, T::ColStatus, T::ColLink],
            "",
        );
        for customer in &roster.customers {
            let needs = customer.needs_graph_consent;
            b.open(
                "tr",
                &["data-testid", "data-needs-graph"],
                &["migration-customer", if needs { "true" } else { "false" }],
            );
            b.with_text("td", &[], &[], customer.name.clone().into());
            b.with_text("td", &[], &[], customer.tenant_id.clone().into());
            b.leaf_t("td", if needs { T::NeedsGraph } else { T::NotMarked });
            b.open0("td");
            match graph_consent_link(customer, client_id, &m.redirect_uri, &m.state) {
                Ok(url) => b.with_text(
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
                    url.clone().into(),
                ),
                Err(e) => b.with_text(
                    "span",
                    &["class", "data-testid"],
                    &["hint", "migration-consent-problem"],
                    e.message(lang).into(),
                ),
            }
            b.close();
            b.close();
        }
        b.end_table();
        let onclick = on.reform(|()| Action::MarkAll);
        let label = T::MarkAll.get(lang);
        b.node(button("migration-mark-all", false, false, label, &onclick));
    }
    if m.storage_failed {
        b.open("p", &["class", "role"], &["notice", "status"]);
        b.t(T::StorageFailed);
        b.close();
    }
    b.close();
}
