use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TokenFactsProps {
    pub heading: AttrValue,
    /// `1.0`, `2.0` or `unknown`.
    pub version: &'static str,
    /// `app`, `delegated` or `unknown`.
    pub kind: &'static str,
    /// `xdr`, `mde`, `graph` or `other`.
    pub resource: &'static str,
    pub tenant: AttrValue,
    /// Label and value of each fact, in display order.
    pub rows: Rc<Vec<(AttrValue, AttrValue)>>,
}

/// What the token is: version, kind, resource, cloud, tenant, client app, user.
#[component]
pub fn TokenFacts(props: &TokenFactsProps) -> Html {
    html! {
        <section class="facts">
            <h2>{ props.heading.clone() }</h2>
            <dl data-testid="token-facts" data-version={props.version} data-kind={props.kind}
                data-resource={props.resource} data-tenant={props.tenant.clone()}>
                { for props.rows.iter().map(|(label, value)| html! {
                    <>
                        <dt>{ label.clone() }</dt>
                        <dd>{ value.clone() }</dd>
                    </>
                }) }
            </dl>
        </section>
    }
}
