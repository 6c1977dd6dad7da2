//! `#/sign-in`: the sign-in settings (the partner's own app registration, tenant, cloud, API and
//! scopes, authority), this page's redirect URI with the exact steps to register it as a
//! single-page application, the sign-in button, and the last failure explained.
//!
//! Settings are non-secret and kept in localStorage (`dpk.signin.*`); tokens never leave memory.

mod report;
mod session;
mod status;

pub use session::{Act, SignIn, use_signin};
pub use status::signin_status;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{api_name, cloud_name};
use dpk_domain::i18n::{ConsentText as T, Lang, SignInText as S, Text};
use dpk_domain::route::HashLocation;
use dpk_domain::signin::{Setting, SettingsError, Status, redirect_uri_for, return_route};
use yew::prelude::*;

use crate::components::form::{Choice, Field, button, choice_field, text_field};
use crate::components::{error_banner, page_frame};
use crate::services::location;

/// What keeps the sign-in from starting; the consent page's sentences where they say it.
fn error_text(e: SettingsError, lang: Lang) -> &'static str {
    match e {
        SettingsError::ClientId => T::ErrClientIdNotGuid.get(lang),
        SettingsError::Tenant => T::ErrTenantInvalid.get(lang),
        SettingsError::Authority => S::ErrAuthority.get(lang),
        SettingsError::ApiNotInCloud => S::ErrApiNotInCloud.get(lang),
        SettingsError::Scope => S::ErrScope.get(lang),
        SettingsError::RedirectUri => S::ErrRedirectUri.get(lang),
    }
}

/// The registration steps; the fourth ends with the redirect URI.
fn register_steps(uri: &str, lang: Lang) -> Html {
    let steps = [
        S::RegisterStep1,
        S::RegisterStep2,
        S::RegisterStep3,
        S::RegisterStep4,
        S::RegisterStep5,
    ];
    html! {
        <section class="register-steps" data-testid="signin-register">
            <h2>{ S::RegisterHeading.get(lang) }</h2>
            <ol>{ for steps.iter().map(|t| html! {
                <li>{ t.get(lang) }
                    if *t == S::RegisterStep4 {
                        { " " }<code data-testid="signin-redirect-uri">{ uri.to_owned() }</code>
                    }
                </li>
            }) }</ol>
        </section>
    }
}

/// The sign-in page: a view of the tab's [`SignIn`] (kept by `App`), actions out through `act`.
pub fn signin_page(s: &SignIn, act: &Callback<Act>, loc: &HashLocation, lang: Lang) -> Html {
    let set = &s.settings;
    let redirect_uri = redirect_uri_for(&location::page_url_without_hash());
    let back = return_route(loc).href();
    let errors = set.errors(&redirect_uri);
    let invalid = |e: SettingsError| errors.contains(&e);
    let edit = |field: Setting| act.reform(move |v: String| Act::Edit(field, v));
    let busy = s.session.status == Status::Redirecting;
    let on_sign_in = act.reform(move |()| Act::Start(back.clone()));
    let origin = set.cloud.login_origin();
    let field = |id, label, hint, e| Field::new(id, label).hint(hint).invalid(invalid(e));
    let clouds = Cloud::ALL
        .iter()
        .map(|c| Choice::new(c.code(), cloud_name(*c).get(lang), set.cloud.code()))
        .collect();
    let apis = Api::ALL
        .iter()
        .map(|a| Choice::new(a.code(), api_name(*a).get(lang), set.api.code()))
        .collect();
    let scope = set.scope.trim();
    let presets = std::iter::once(Choice::new(
        "",
        set.default_scope().unwrap_or_default(),
        scope,
    ))
    .chain(
        set.catalog_scopes()
            .into_iter()
            .map(|c| Choice::new(c.clone(), c, scope)),
    )
    .collect();
    page_frame(
        S::Heading.get(lang),
        html! { <>
            <p>{ S::Intro.get(lang) }</p>
                { text_field(field("signin-client-id", T::LabelClientId.get(lang), T::HintClientId.get(lang), SettingsError::ClientId), set.client_id.clone().into(), "", "", &edit(Setting::ClientId), Html::default()) }
                { text_field(field("signin-tenant", S::TenantLabel.get(lang), T::HintTenant.get(lang), SettingsError::Tenant), set.tenant.clone().into(), "", "", &edit(Setting::Tenant), Html::default()) }
                { choice_field(Field::new("signin-cloud", T::LabelCloud.get(lang)), clouds, &edit(Setting::Cloud)) }
                { choice_field(Field::new("signin-api", T::LabelApi.get(lang)).invalid(invalid(SettingsError::ApiNotInCloud)), apis, &edit(Setting::Api)) }
                { choice_field(Field::new("signin-scope-preset", S::ScopePresetLabel.get(lang)), presets, &edit(Setting::Scope)) }
                { text_field(field("signin-scope", S::ScopeLabel.get(lang), S::ScopeHint.get(lang), SettingsError::Scope), set.scope.clone().into(), "", "", &edit(Setting::Scope),
                    html! { <code class="hint" data-testid="signin-scope-sent">{ set.scope_string() }</code> }) }
                { text_field(field("signin-authority", S::AuthorityLabel.get(lang), S::AuthorityHint.get(lang), SettingsError::Authority), set.authority.clone().into(), origin, "", &edit(Setting::Authority), Html::default()) }
                if let Some(first) = errors.first() {
                    { error_banner(error_text(*first, lang), first.code(), "signin-settings-error", Html::default()) }
                }
                { button("sign-in", false, !errors.is_empty() || busy, S::SignInButton.get(lang), &on_sign_in) }
            if let Some(e) = &s.session.error {
                { report::failure_report(e, origin, set.consent_link(), lang) }
            }
            { register_steps(&redirect_uri, lang) }
        </> },
    )
}
