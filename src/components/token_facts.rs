use yew::prelude::*;

/// What a token is, already worded, with its machine-readable codes for the test hooks.
pub struct FactsView<'a> {
    pub heading: &'a str,
    /// `1.0`, `2.0` or `unknown`.
    pub version: &'static str,
    /// `app`, `delegated` or `unknown`.
    pub kind: &'static str,
    /// `xdr`, `mde`, `graph` or `other`.
    pub resource: &'static str,
    pub tenant: &'a str,
    /// Label and value of each fact, in display order.
    pub rows: &'a [(&'static str, String)],
}

/// Version, kind, resource, cloud, tenant, client app, user. A plain function (no state, no
/// callbacks), to spare a component's lifecycle code.
pub fn token_facts(f: &FactsView<'_>) -> Html {
    html! {
        <section class="facts">
            <h2>{ f.heading }</h2>
            <dl data-testid="token-facts" data-version={f.version} data-kind={f.kind}
                data-resource={f.resource} data-tenant={f.tenant.to_owned()}>
                { for f.rows.iter().map(|(label, value)| html! {
                    <>
                        <dt>{ *label }</dt>
                        <dd>{ value }</dd>
                    </>
                }) }
            </dl>
        </section>
    }
}
