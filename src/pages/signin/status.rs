//! The sign-in status in the header, on every page: `data-status` and `data-error` for tests,
//! the token's expiry with "Renew", and "Sign out".

use dpk_domain::i18n::{SignInText as S, Text, fill};
use dpk_domain::route::Route;
use dpk_domain::signin::Status;
use yew::prelude::*;

use crate::services::clock;
use crate::state::{use_lang, use_signin};

#[derive(Properties, PartialEq)]
pub struct SignInStatusProps {
    /// The page shown, to come back to after signing in.
    pub route: Route,
}

/// The header's sign-in status.
#[component]
pub fn SignInStatus(props: &SignInStatusProps) -> Html {
    let lang = use_lang();
    let now = use_state(clock::now_unix);
    let ctx = use_signin();
    let signed_in = ctx
        .as_ref()
        .is_some_and(|c| c.session.status == Status::SignedIn);
    {
        let now = now.clone();
        use_effect_with(signed_in, move |on| {
            now.set(clock::now_unix());
            let ticker = on.then(|| {
                let now = now.clone();
                clock::Ticker::new(1000, move || now.set(clock::now_unix()))
            });
            move || drop(ticker)
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let s = &ctx.session;
    let back = match &props.route {
        Route::SignIn | Route::NotFound(_) | Route::Start => Route::Token.path().to_owned(),
        r => r.path().to_owned(),
    };
    let settings_href = format!("{}?return={back}", Route::SignIn.href());
    let error = s
        .error
        .as_ref()
        .map(|e| e.code().to_owned())
        .unwrap_or_default();
    let text = match s.status {
        Status::SignedOut => S::StatusSignedOut.get(lang).to_owned(),
        Status::Redirecting => S::StatusRedirecting.get(lang).to_owned(),
        Status::SignedIn => {
            let at = s.tokens.as_ref().map_or(*now, |t| t.expires_at);
            let key = if at > *now {
                S::StatusSignedIn
            } else {
                S::StatusExpired
            };
            fill(
                key.get(lang),
                &[("when", &dpk_domain::sentences::relative(at, *now, lang))],
            )
        }
        Status::Error => fill(S::StatusError.get(lang), &[("error", &error)]),
    };
    let on_renew = ctx.renew.reform(|_: MouseEvent| ());
    let on_sign_out = ctx.sign_out.reform(|_: MouseEvent| ());
    let can_renew = s.tokens.as_ref().is_some_and(|t| t.refresh.is_some()) && !s.is_refreshing();
    html! {
        <div class="signin-status" role="status" aria-label={S::StatusLabel.get(lang)}
            data-testid="signin-status" data-status={s.status.code()} data-error={error}>
            <span data-testid="signin-status-text">{ text }</span>
            if s.tokens.is_some() {
                <button type="button" data-testid="signin-renew" onclick={on_renew} disabled={!can_renew}>{ S::Renew.get(lang) }</button>
                <button type="button" data-testid="sign-out" onclick={on_sign_out}>{ S::SignOut.get(lang) }</button>
            } else if s.status != Status::Redirecting {
                <a href={settings_href} data-testid="signin-link">{ S::NavSignIn.get(lang) }</a>
            }
        </div>
    }
}
