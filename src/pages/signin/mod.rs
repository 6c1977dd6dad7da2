//! `#/sign-in`: the sign-in settings (the partner's own app registration, tenant, cloud, API and
//! scopes, authority), this page's redirect URI with the exact steps to register it as a
//! single-page application, the sign-in button, and the last failure explained.
//!
//! Settings are non-secret and kept in localStorage (`dpk.signin.*`); tokens never leave memory.

mod report;
mod session;
mod status;

pub use session::{capture_return, use_signin_session};
pub use status::signin_status;

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::i18n::{Lang, SignInText as S, Text, fill};
use dpk_domain::route::HashLocation;
use dpk_domain::signin::settings::KEYS;
use dpk_domain::signin::{SettingsError, SignInSettings, Status, redirect_uri_for, return_route};
use yew::prelude::*;

use crate::components::{
    ChoiceFieldProps, InputFieldProps, choice_field, error_banner, input_field, page_frame,
};
use crate::services::{location, signin as browser, storage};
use crate::state::{SignInContext, use_lang};

#[derive(Clone, Copy)]
enum Edit {
    ClientId,
    Tenant,
    Cloud,
    Api,
    Scope,
    Authority,
}

fn apply(mut s: SignInSettings, edit: Edit, v: String) -> SignInSettings {
    match edit {
        Edit::ClientId => s.client_id = v,
        Edit::Tenant => s.tenant = v,
        Edit::Cloud => s.cloud = Cloud::from_code(&v).unwrap_or_default(),
        Edit::Api => {
            s.api = Api::from_code(&v).unwrap_or_default();
            s.scope.clear();
        }
        Edit::Scope => s.scope = v,
        Edit::Authority => s.authority = v,
    }
    s
}

fn error_text(e: SettingsError) -> S {
    match e {
        SettingsError::ClientId => S::ErrClientId,
        SettingsError::Tenant => S::ErrTenant,
        SettingsError::Authority => S::ErrAuthority,
        SettingsError::ApiNotInCloud => S::ErrApiNotInCloud,
        SettingsError::Scope => S::ErrScope,
        SettingsError::RedirectUri => S::ErrRedirectUri,
    }
}

fn options(pairs: impl Iterator<Item = (String, String)>) -> Rc<Vec<(AttrValue, AttrValue)>> {
    Rc::new(pairs.map(|(v, l)| (v.into(), l.into())).collect())
}

fn cloud_label(c: Cloud) -> S {
    match c {
        Cloud::Global => S::CloudGlobal,
        Cloud::UsGov => S::CloudUsGov,
        Cloud::China => S::CloudChina,
    }
}

fn register_steps(uri: &str, lang: Lang) -> Html {
    html! {
        <section class="register-steps" data-testid="signin-register">
            <h2>{ S::RegisterHeading.get(lang) }</h2>
            <ol>
                <li>{ S::RegisterStep1.get(lang) }</li>
                <li>{ S::RegisterStep2.get(lang) }</li>
                <li>{ S::RegisterStep3.get(lang) }</li>
                <li>{ fill(S::RegisterStep4.get(lang), &[("uri", "")]) }<code data-testid="signin-register-uri">{ uri }</code></li>
                <li>{ S::RegisterStep5.get(lang) }</li>
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SignInPageProps {
    /// The tab's sign-in (from `<App>`).
    pub ctx: SignInContext,
}

/// The sign-in page.
#[component]
pub fn SignInPage(props: &SignInPageProps) -> Html {
    let lang = use_lang();
    let ctx = &props.ctx;
    let settings = use_state(|| SignInSettings::restore(KEYS.map(storage::load)));
    let redirect_uri = redirect_uri_for(&browser::href());
    let back = return_route(&HashLocation::parse(&location::hash()));
    let errors = settings.errors(&redirect_uri);
    let edit = |field: Edit| {
        let settings = settings.clone();
        Callback::from(move |v: String| {
            let next = apply((*settings).clone(), field, v);
            for (key, value) in KEYS.iter().zip(next.stored()) {
                storage::save(key, &value);
            }
            settings.set(next);
        })
    };
    let busy = ctx.session.status == Status::Redirecting;
    let on_sign_in = {
        let (start, settings, back) = (ctx.start.clone(), settings.clone(), back.href());
        Callback::from(move |_: MouseEvent| start.emit(((*settings).clone(), back.clone())))
    };
    let s = &*settings;
    let origin = s.cloud.login_origin();
    let clouds = options(
        Cloud::ALL
            .iter()
            .map(|c| (c.code().into(), cloud_label(*c).get(lang).into())),
    );
    let apis = options(
        Api::ALL
            .iter()
            .map(|a| (a.code().into(), a.resource_name().into())),
    );
    let presets = options(
        std::iter::once((String::new(), s.default_scope().unwrap_or_default()))
            .chain(s.catalog_scopes().into_iter().map(|c| (c.clone(), c))),
    );
    let failure = ctx.session.error.clone();
    html! {
        { page_frame(S::Heading.get(lang), html! { <>
            <p>{ S::Intro.get(lang) }</p>
            <form class="signin-form" data-testid="signin-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { input_field(&yew::props!(InputFieldProps { id: "signin-client-id", testid: "signin-client-id", label: S::ClientIdLabel.get(lang), value: s.client_id.clone(), on_change: edit(Edit::ClientId), hint: S::ClientIdHint.get(lang), invalid: errors.contains(&SettingsError::ClientId) })) }
                { input_field(&yew::props!(InputFieldProps { id: "signin-tenant", testid: "signin-tenant", label: S::TenantLabel.get(lang), value: s.tenant.clone(), on_change: edit(Edit::Tenant), hint: S::TenantHint.get(lang), invalid: errors.contains(&SettingsError::Tenant) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "signin-cloud", testid: "signin-cloud", label: S::CloudLabel.get(lang), value: s.cloud.code(), options: clouds, on_change: edit(Edit::Cloud) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "signin-api", testid: "signin-api", label: S::ApiLabel.get(lang), value: s.api.code(), options: apis, on_change: edit(Edit::Api), invalid: errors.contains(&SettingsError::ApiNotInCloud) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "signin-scope-preset", testid: "signin-scope-preset", label: S::ScopePresetLabel.get(lang), value: s.scope.trim().to_owned(), options: presets, on_change: edit(Edit::Scope) })) }
                { input_field(&yew::props!(InputFieldProps { id: "signin-scope", testid: "signin-scope", label: S::ScopeLabel.get(lang), value: s.scope.clone(), on_change: edit(Edit::Scope), hint: S::ScopeHint.get(lang), placeholder: s.default_scope().unwrap_or_default(), invalid: errors.contains(&SettingsError::Scope) })) }
                <p>{ S::ScopeSent.get(lang) }{ ": " }<code data-testid="signin-scope-sent">{ s.scope_string() }</code></p>
                { input_field(&yew::props!(InputFieldProps { id: "signin-authority", testid: "signin-authority", label: S::AuthorityLabel.get(lang), value: s.authority.clone(), on_change: edit(Edit::Authority), placeholder: origin, hint: fill(S::AuthorityHint.get(lang), &[("origin", origin)]), invalid: errors.contains(&SettingsError::Authority) })) }
                <p>{ S::RedirectUriLabel.get(lang) }{ ": " }<code data-testid="signin-redirect-uri">{ redirect_uri.clone() }</code></p>
                if !errors.is_empty() {
                    { error_banner(error_text(errors[0]).get(lang), errors[0].code(), "signin-settings-error", html! { <ul>{ for errors.iter().skip(1).map(|e| html! { <li>{ error_text(*e).get(lang) }</li> }) }</ul> }) }
                }
                <button type="button" class="primary" data-testid="sign-in" onclick={on_sign_in}
                    disabled={!errors.is_empty() || busy}>{ S::SignInButton.get(lang) }</button>
                <p class="hint">{ S::PrivacyNote.get(lang) }</p>
            </form>
            if let Some(e) = failure {
                { report::failure_report(&e, origin, &s.client_id, &s.tenant, lang) }
            }
            { register_steps(&redirect_uri, lang) }
        </> }) }
    }
}
