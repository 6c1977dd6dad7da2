use dpk_domain::i18n::{Lang, Text, TokenUi};
use dpk_domain::jwt::TokenFacts;
use dpk_domain::sentences::FactRow;
use yew::prelude::*;

use super::text_el;

/// Version, kind, resource, cloud, tenant, client app, user, worded in `rows`; the facts' codes
/// go in `data-` attributes for the test hooks. A plain function (no state, no callbacks), to
/// spare a component's lifecycle code.
pub fn token_facts(facts: &TokenFacts, rows: &[FactRow], lang: Lang) -> Html {
    html! {
        <section class="facts">
            { text_el("h2", "", TokenUi::FactsHeading.get(lang).into()) }
            <dl data-testid="token-facts" data-version={facts.version.map_or("unknown", |v| v.code())}
                data-kind={facts.kind.code()} data-resource={facts.resource.code()}
                data-tenant={facts.tenant.clone().unwrap_or_default()}>
                { for rows.iter().flat_map(|(label, value)| [
                    text_el("dt", "", (*label).into()),
                    text_el("dd", "", value.clone().into()),
                ]) }
            </dl>
        </section>
    }
}
