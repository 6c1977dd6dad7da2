//! The sign-in status in the header, on every page: `data-status` and `data-error` for tests,
//! the token's expiry with "Renew", and "Sign out". A plain view function (no state of its own,
//! no ticker: the expiry is shown as a time).

use dpk_domain::i18n::{Lang, SignInText as S, Text, fill};
use dpk_domain::jwt::civil_time;
use dpk_domain::route::Route;
use dpk_domain::signin::Status;
use yew::prelude::*;

use super::{Act, SignIn};
use crate::components::form::button;
use crate::services::clock;

/// The header's sign-in status for the page `route`.
pub fn signin_status(s: &SignIn, act: &Callback<Act>, route: &Route, lang: Lang) -> Html {
    let s = &s.session;
    let back = match route {
        Route::SignIn | Route::NotFound(_) | Route::Start => Route::Token.path(),
        r => r.path(),
    };
    let error = s.error.as_ref().map_or("", |e| e.code());
    let text = match (s.status, &s.tokens) {
        (Status::SignedIn, Some(t)) => {
            let key = if t.expires_at > clock::now_unix() {
                S::StatusSignedIn
            } else {
                S::StatusExpired
            };
            let when = civil_time(t.expires_at, clock::utc_offset_minutes(t.expires_at))
                .map(|c| c.to_string())
                .unwrap_or_default();
            fill(key.get(lang), &[("when", &when)])
        }
        (Status::Error, _) => fill(S::StatusError.get(lang), &[("error", error)]),
        (Status::Redirecting, _) => S::StatusRedirecting.get(lang).to_owned(),
        _ => S::StatusSignedOut.get(lang).to_owned(),
    };
    let can_renew = s.tokens.as_ref().is_some_and(|t| t.refresh.is_some()) && !s.is_refreshing();
    html! {
        <div class="signin-status" role="status" data-testid="signin-status"
            data-status={s.status.code()} data-error={error.to_owned()}>
            <span data-testid="signin-status-text">{ text }</span>
            if s.tokens.is_some() {
                { button("signin-renew", true, !can_renew, S::Renew.get(lang), &act.reform(|()| Act::Renew)) }
                { button("sign-out", true, false, S::SignOut.get(lang), &act.reform(|()| Act::SignOut)) }
            } else if s.status != Status::Redirecting {
                <a href={Route::SignIn.href() + "?return=" + back} data-testid="signin-link">{ S::NavSignIn.get(lang) }</a>
            }
        </div>
    }
}
