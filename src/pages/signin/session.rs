//! The sign-in of the tab, above the routes, as ONE reducer ([`SignIn`]): the settings, the
//! session (tokens in memory only) and the app's session token (pasted or signed in). Start-up
//! reads Entra's answer before anything renders; the reducer executes the steps
//! `dpk_domain::signin` decides (navigate, POST, store the settings) with `services::signin`, and
//! the requests it starts report back through [`send`]. One reducer with an action enum instead
//! of several state handles and callbacks: much less WebAssembly.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use dpk_domain::jwt::PastedToken;
use dpk_domain::route::Route;
use dpk_domain::signin::flow::REFRESH_MARGIN_S;
use dpk_domain::signin::settings::KEYS;
use dpk_domain::signin::{
    Pending, Session, Setting, SignInError, SignInSettings, TokenAnswer, TokenRequest,
    authorize_url, redirect_uri_for,
};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services::{clock, location, random, signin as browser, storage};

/// What can happen to the sign-in.
pub enum Act {
    /// A settings field was typed or chosen.
    Edit(Setting, String),
    /// A token was pasted (the inspector) or cleared: it becomes the session token.
    Paste(PastedToken),
    /// "Sign in": leave for the authorize endpoint, landing back on this hash.
    Start(String),
    /// "Renew": refresh now with the refresh token.
    Renew,
    /// The refresh timer fired: refresh if it is time.
    Tick,
    /// "Sign out": forget tokens, error and the session token.
    SignOut,
    /// Leaving failed (no WebCrypto, storage refused).
    Failed(SignInError),
    /// The token endpoint answered the request started in this generation.
    Answer(u32, TokenAnswer),
}

/// The sign-in state of the tab.
#[derive(Clone, Default, PartialEq)]
pub struct SignIn {
    /// The (non-secret) settings, kept in localStorage.
    pub settings: SignInSettings,
    /// Where the sign-in stands; its tokens live here, in memory only.
    pub session: Session,
    /// The app's one session token: the signed-in access token or what was pasted.
    pub token: PastedToken,
    /// Bumped by a new sign-in or a sign-out, so that an older answer is dropped.
    generation: u32,
}

thread_local! {
    /// The mounted app's dispatcher, for the requests the reducer starts.
    static SEND: RefCell<Option<Callback<Act>>> = const { RefCell::new(None) };
}

/// Dispatches `act` to the sign-in of the mounted app.
fn send(act: Act) {
    if let Some(cb) = SEND.with(|s| s.borrow().clone()) {
        cb.emit(act);
    }
}

/// POSTs `req` and reports the answer, tagged with `generation`.
fn redeem(req: TokenRequest, generation: u32) {
    spawn_local(async move {
        let answer = browser::post_token(&req).await;
        send(Act::Answer(generation, answer));
    });
}

async fn leave_for_sign_in(settings: SignInSettings, return_to: String) -> Result<(), SignInError> {
    let redirect_uri = redirect_uri_for(&location::page_url_without_hash());
    let random = random::bytes::<{ dpk_domain::signin::authorize::RANDOM_BYTES }>()
        .ok_or(SignInError::CryptoUnavailable)?;
    let pending = Pending::new(&settings, &redirect_uri, &return_to, &random);
    let challenge = browser::sha256(pending.verifier.as_bytes())
        .await
        .ok_or(SignInError::CryptoUnavailable)?;
    if !browser::put_pending(&pending.to_stored()) {
        return Err(SignInError::CryptoUnavailable);
    }
    browser::navigate(&authorize_url(&pending, &challenge));
    Ok(())
}

impl SignIn {
    /// Start-up, before anything renders: restores the settings, takes the round-trip record out
    /// of `sessionStorage` (deleted at once), reads Entra's answer in the address and replaces it
    /// (no code, state or error stays in the address bar or the history), and redeems a code.
    fn start() -> SignIn {
        browser::reload_when_restored();
        let mut s = SignIn {
            settings: SignInSettings::restore(KEYS.map(storage::load)),
            ..SignIn::default()
        };
        let pending = browser::take_pending().and_then(|j| Pending::from_stored(&j));
        if let Some((session, req, land)) = Session::start_up(&location::hash(), pending.as_ref()) {
            location::replace_hash(&land);
            s.session = session;
            if let Some(req) = req {
                redeem(req, 0);
            }
        }
        s
    }
}

impl Reducible for SignIn {
    type Action = Act;

    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let now = clock::now_unix();
        let mut s = (*self).clone();
        match act {
            Act::Edit(field, value) => {
                let (key, stored) = s.settings.edit(field, value);
                storage::save(key, &stored);
            }
            Act::Paste(token) => s.token = token,
            Act::Start(return_to) => {
                s.generation += 1;
                s.session = Session::redirecting();
                let settings = s.settings.clone();
                spawn_local(async move {
                    if let Err(e) = leave_for_sign_in(settings, return_to).await {
                        send(Act::Failed(e));
                    }
                });
            }
            Act::Renew | Act::Tick => {
                let due = matches!(act, Act::Renew) || s.session.needs_refresh(now);
                let Some((next, req)) = s.session.refresh().filter(|_| due) else {
                    return self;
                };
                s.session = next;
                redeem(req, s.generation);
            }
            Act::SignOut => {
                s.generation += 1;
                s.session = Session::default();
                s.token = PastedToken::default();
            }
            Act::Failed(e) => s.session = Session::failed(e),
            Act::Answer(generation, answer) => {
                if generation != s.generation {
                    return self;
                }
                s.session = s.session.on_token_answer(answer, now);
                match &s.session.tokens {
                    Some(t) if s.session.error.is_none() => {
                        s.token = t.access.clone();
                        // Refresh on our own shortly before expiry while the tab lives.
                        let wait = (t.expires_at - REFRESH_MARGIN_S - now).clamp(1, 86_400);
                        spawn_local(async move {
                            yew::platform::time::sleep(Duration::from_secs(wait as u64)).await;
                            send(Act::Tick);
                        });
                    }
                    // A failed redemption is explained on the sign-in page; a failed refresh
                    // keeps the person where they are (the header says it).
                    None => {
                        browser::navigate(&Route::SignIn.href());
                    }
                    Some(_) => {}
                }
            }
        }
        Rc::new(s)
    }
}

/// The sign-in of the tab. Call it first in `App`, so that start-up replaces Entra's answer in
/// the address before the router reads it.
#[hook]
pub fn use_signin() -> UseReducerHandle<SignIn> {
    let signin = use_reducer(SignIn::start);
    SEND.with(|s| *s.borrow_mut() = Some(signin.dispatcher().into()));
    signin
}
