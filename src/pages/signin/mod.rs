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

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{api_name, cloud_name};
use dpk_domain::i18n::{ConsentText as T, Lang, SignInText as S, Text, fill};
use dpk_domain::route::HashLocation;
use dpk_domain::signin::{Setting, SettingsError, Status, redirect_uri_for, return_route};
use yew::prelude::*;

use crate::components::form::button;
use crate::components::{
    ChoiceFieldProps, InputFieldProps, choice_field, error_banner, input_field, page_frame,
};
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

type Choices = Rc<Vec<(AttrValue, AttrValue)>>;

/// A labelled text input of the form (one call site for all four: smaller WebAssembly).
fn text(
    id: &'static str,
    label: &'static str,
    value: &str,
    hint: String,
    placeholder: &str,
    invalid: bool,
    on_change: Callback<String>,
) -> Html {
    input_field(&yew::props!(InputFieldProps {
        id,
        testid: id,
        label,
        value: value.to_owned(),
        hint,
        placeholder: placeholder.to_owned(),
        invalid,
        on_change
    }))
}

/// A labelled `<select>` of the form.
fn choice(
    id: &'static str,
    label: &'static str,
    value: &str,
    options: Choices,
    invalid: bool,
    on_change: Callback<String>,
) -> Html {
    choice_field(&yew::props!(ChoiceFieldProps {
        id,
        testid: id,
        label,
        value: value.to_owned(),
        options,
        invalid,
        on_change
    }))
}

fn choices<X: Copy>(
    all: &[X],
    code: fn(X) -> &'static str,
    label: fn(X) -> T,
    lang: Lang,
) -> Choices {
    Rc::new(
        all.iter()
            .map(|x| (code(*x).into(), label(*x).get(lang).into()))
            .collect(),
    )
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
    let default_scope = set.default_scope().unwrap_or_default();
    let presets = Rc::new(
        std::iter::once((AttrValue::default(), default_scope.clone().into()))
            .chain(
                set.catalog_scopes()
                    .into_iter()
                    .map(|c| (c.clone().into(), c.into())),
            )
            .collect(),
    );
    page_frame(
        S::Heading.get(lang),
        html! { <>
            <p>{ S::Intro.get(lang) }</p>
                { text("signin-client-id", T::LabelClientId.get(lang), &set.client_id, T::HintClientId.get(lang).into(), "", invalid(SettingsError::ClientId), edit(Setting::ClientId)) }
                { text("signin-tenant", S::TenantLabel.get(lang), &set.tenant, T::HintTenant.get(lang).into(), "", invalid(SettingsError::Tenant), edit(Setting::Tenant)) }
                { choice("signin-cloud", T::LabelCloud.get(lang), set.cloud.code(), choices(&Cloud::ALL, Cloud::code, cloud_name, lang), false, edit(Setting::Cloud)) }
                { choice("signin-api", T::LabelApi.get(lang), set.api.code(), choices(&Api::ALL, Api::code, api_name, lang), invalid(SettingsError::ApiNotInCloud), edit(Setting::Api)) }
                { choice("signin-scope-preset", S::ScopePresetLabel.get(lang), set.scope.trim(), presets, false, edit(Setting::Scope)) }
                { text("signin-scope", S::ScopeLabel.get(lang), &set.scope, fill(S::ScopeHint.get(lang), &[("scope", &set.scope_string())]), &default_scope, invalid(SettingsError::Scope), edit(Setting::Scope)) }
                { text("signin-authority", S::AuthorityLabel.get(lang), &set.authority, fill(S::AuthorityHint.get(lang), &[("origin", origin)]), origin, invalid(SettingsError::Authority), edit(Setting::Authority)) }
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
