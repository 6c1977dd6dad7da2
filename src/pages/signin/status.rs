//! The sign-in status in the header, on every page: `data-status` and `data-error` for tests,
//! the token's expiry with "Renew", and "Sign out". A plain function (no state of its own, no
//! ticker: the expiry is shown as a time), to spare a component's lifecycle code.

use dpk_domain::i18n::{Lang, SignInText as S, Text, fill};
use dpk_domain::jwt::civil_time;
use dpk_domain::route::Route;
use dpk_domain::signin::Status;
use yew::prelude::*;

use crate::services::clock;
use crate::state::SignInContext;

/// The header's sign-in status for the page `route`.
pub fn signin_status(ctx: &SignInContext, route: &Route, lang: Lang) -> Html {
    let s = &ctx.session;
    let back = match route {
        Route::SignIn | Route::NotFound(_) | Route::Start => Route::Token.path(),
        r => r.path(),
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
            let at = s.tokens.as_ref().map_or(0, |t| t.expires_at);
            let key = if at > clock::now_unix() {
                S::StatusSignedIn
            } else {
                S::StatusExpired
            };
            let when = civil_time(at, clock::utc_offset_minutes(at))
                .map(|c| c.to_string())
                .unwrap_or_default();
            fill(key.get(lang), &[("when", &when)])
        }
        Status::Error => fill(S::StatusError.get(lang), &[("error", &error)]),
    };
    let can_renew = s.tokens.as_ref().is_some_and(|t| t.refresh.is_some()) && !s.is_refreshing();
    html! {
        <div class="signin-status" role="status" aria-label={S::StatusLabel.get(lang)}
            data-testid="signin-status" data-status={s.status.code()} data-error={error}>
            <span data-testid="signin-status-text">{ text }</span>
            if s.tokens.is_some() {
                <button type="button" data-testid="signin-renew" onclick={ctx.renew.reform(|_: MouseEvent| ())} disabled={!can_renew}>{ S::Renew.get(lang) }</button>
                <button type="button" data-testid="sign-out" onclick={ctx.sign_out.reform(|_: MouseEvent| ())}>{ S::SignOut.get(lang) }</button>
            } else if s.status != Status::Redirecting {
                <a href={settings_href} data-testid="signin-link">{ S::NavSignIn.get(lang) }</a>
            }
        </div>
    }
}
