//! The last sign-in failure, in plain words: headline, advice (sign-in wording first, the consent
//! reader's explanations for the rest), Entra's description as text, and the consent link when an
//! administrator's consent is missing.

use dpk_domain::consent::encode_component;
use dpk_domain::i18n::{Lang, RedirectText, SignInText as S, Text, fill};
use dpk_domain::signin::{Advice, SignInError};
use yew::prelude::*;

use crate::components::error_banner;

fn advice_text(a: Advice, origin: &str, lang: Lang) -> String {
    match a {
        Advice::SignIn(t) => t.get(lang).to_owned(),
        Advice::Consent(t) => t.get(lang).to_owned(),
        Advice::UnknownAadsts(n) => fill(
            RedirectText::AadstsUnknown.get(lang),
            &[("code", &n.to_string()), ("origin", origin)],
        ),
    }
}

/// The failure report; `client_id` and `tenant` build the consent link.
pub fn failure_report(
    e: &SignInError,
    origin: &str,
    client_id: &str,
    tenant: &str,
    lang: Lang,
) -> Html {
    let status = match e {
        SignInError::Token { status, .. } | SignInError::TokenUnreadable { status } => {
            status.to_string()
        }
        _ => String::new(),
    };
    let headline = fill(
        e.headline().get(lang),
        &[("error", e.code()), ("status", &status)],
    );
    let aadsts: Vec<String> = e.aadsts().iter().map(u32::to_string).collect();
    let consent = e.needs_consent().then(|| {
        format!(
            "#/consent?client_id={}&tenant={}",
            encode_component(client_id.trim()),
            encode_component(tenant.trim())
        )
    });
    html! {
        <div data-testid="signin-failure" data-error={e.code().to_owned()} data-aadsts={aadsts.join(" ")}>
            { error_banner(headline, e.code().to_owned(), "signin-error", html! { <>
                <ul class="advice">
                    { for e.advice().into_iter().map(|a| html! { <li>{ advice_text(a, origin, lang) }</li> }) }
                </ul>
                if let Some(d) = e.description() {
                    <p><span class="label">{ S::DescriptionLabel.get(lang) }{ ": " }</span><q class="mono" data-testid="signin-description">{ d }</q></p>
                }
                if let Some(href) = consent {
                    <p><a href={href} data-testid="signin-consent-link">{ S::ConsentOffer.get(lang) }</a></p>
                }
            </> }) }
        </div>
    }
}
