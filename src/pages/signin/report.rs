//! The last sign-in failure, in plain words: headline, advice (sign-in wording first, the consent
//! reader's explanations for the rest), Entra's description as text, and the consent link when an
//! administrator's consent is missing.

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

/// The failure report, in the one error banner (`data-error-kind` = the error code); `consent`
/// is the consent link for this app, offered when an administrator's consent is missing.
pub fn failure_report(e: &SignInError, origin: &str, consent: String, lang: Lang) -> Html {
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
    error_banner(
        headline,
        e.code().to_owned(),
        "signin-error",
        html! { <>
            <ul class="advice">
                { for e.advice().into_iter().map(|a| html! { <li>{ advice_text(a, origin, lang) }</li> }) }
            </ul>
            if let Some(d) = e.description() {
                <p class="mono" data-testid="signin-description">{ S::DescriptionLabel.get(lang) }{ ": " }{ d }</p>
            }
            if e.needs_consent() {
                <p><a href={consent} data-testid="signin-consent-link">{ S::ConsentOffer.get(lang) }</a></p>
            }
        </> },
    )
}
