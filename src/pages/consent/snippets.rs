//! Section 4: token-request snippets for the tenant, app, API and cloud chosen in the builder.

use dpk_domain::consent::ConsentRequest;
use dpk_domain::consent::message::{api_name, cloud_name};
use dpk_domain::i18n::{ConsentText as T, Lang, RosterText as RT, Text, fill};
use dpk_domain::snippet::{SnippetLang, SnippetTarget, token_snippet};
use yew::prelude::*;

use crate::components::{snippet_block, text_el};

/// The four snippets (or why there are none), with the vault note.
pub(super) fn view(lang: Lang, request: &ConsentRequest, on_copy: &Callback<AttrValue>) -> Html {
    let target = SnippetTarget::new(
        request.cloud,
        request.api,
        &request.tenant,
        &request.client_id,
    );
    let cloud = cloud_name(request.cloud).get(lang);
    let snippets = match target.resource() {
        Some(resource) => html! {
            <>
                { text_el("p", "hint", fill(RT::SnippetResource.get(lang), &[("resource", resource), ("cloud", cloud)]).into()) }
                if !target.has_tenant {
                    <p class="notice" data-testid="snippet-tenant-note">{ RT::SnippetTenantPlaceholder.get(lang) }</p>
                }
                { for SnippetLang::ALL.iter().filter_map(|l| {
                    token_snippet(*l, &target).map(|code| {
                        snippet_block(l.code(), l.label(), code.into(), T::Copy.get(lang).into(), on_copy)
                    })
                }) }
            </>
        },
        None => text_el(
            "p",
            "notice",
            fill(
                T::ErrApiNotInCloud.get(lang),
                &[("api", api_name(request.api).get(lang)), ("cloud", cloud)],
            )
            .into(),
        ),
    };
    html! {
        <section class="card" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{ RT::SnippetHeading.get(lang) }</h2>
            { text_el("p", "", RT::SnippetIntro.get(lang).into()) }
            <p class="notice" data-testid="snippet-vault-note">{ RT::SnippetVault.get(lang) }</p>
            { snippets }
        </section>
    }
}
