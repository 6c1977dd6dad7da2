//! The sign-in session above the routes: catches Entra's answer at start-up (before anything
//! renders), redeems the code, refreshes while the tab lives, signs out. Decisions are
//! `dpk_domain::signin`'s; this only executes them with `services::signin`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dpk_domain::jwt::PastedToken;
use dpk_domain::signin::{
    Pending, Return, Session, SignInError, SignInSettings, TokenRequest, authorize_url,
    is_authorization_response, read_return,
};
use yew::prelude::*;

use crate::services::{clock, random, signin as browser};
use crate::state::SignInContext;

thread_local! {
    /// What start-up found in the address, for the first render to take.
    static CAPTURED: RefCell<Option<(Return, Option<Pending>)>> = const { RefCell::new(None) };
}

/// Runs once before the app renders: takes the round-trip record out of `sessionStorage`
/// (deleted at once), reads Entra's answer in the fragment, and replaces the address with the
/// page to land on, so that no code, state or error stays in the address bar or the history.
pub fn capture_return() {
    browser::reload_when_restored();
    let hash = crate::services::location::hash();
    let answer = is_authorization_response(&hash);
    let pending = browser::take_pending().and_then(|j| Pending::from_stored(&j));
    let Some(ret) = read_return(&hash, pending.as_ref()) else {
        return;
    };
    let land = match (&ret, &pending) {
        (Return::Code(_), Some(p)) => p.return_to.clone(),
        _ => dpk_domain::route::Route::SignIn.href(),
    };
    if answer || pending.is_some() {
        browser::replace_address(&land);
    }
    CAPTURED.with(|c| *c.borrow_mut() = Some((ret, pending)));
}

fn take_captured() -> Option<(Return, Option<Pending>)> {
    CAPTURED.with(|c| c.borrow_mut().take())
}

/// Sends `req` and applies the answer to `from`, unless the session moved on meanwhile
/// (sign-out or a new sign-in bumps `generation`); a new access token becomes the session token.
fn redeem(
    from: Session,
    req: TokenRequest,
    session: UseStateHandle<Rc<Session>>,
    generation: Rc<Cell<u32>>,
    set_token: Callback<PastedToken>,
) {
    let started = generation.get();
    yew::platform::spawn_local(async move {
        let answer = browser::post_token(&req).await;
        if generation.get() != started {
            return;
        }
        let next = from.on_token_answer(answer, clock::now_unix());
        match &next.tokens {
            Some(t) if next.error.is_none() => set_token.emit(t.access.clone()),
            // A failed redemption is explained on the sign-in page; a failed refresh keeps the
            // person where they are (the header says it).
            None => browser::show_route(&dpk_domain::route::Route::SignIn.href()),
            Some(_) => {}
        }
        session.set(Rc::new(next));
    });
}

async fn leave_for_sign_in(settings: SignInSettings, return_to: String) -> Result<(), SignInError> {
    let redirect_uri = dpk_domain::signin::redirect_uri_for(&browser::href());
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

/// The sign-in session of the tab; its access token is pushed into the session token.
#[hook]
pub fn use_signin_session(set_token: Callback<PastedToken>) -> SignInContext {
    // The generation guard and the start-up answer (taken by the first effect run).
    let cell = use_mut_ref(|| (Rc::new(Cell::new(0u32)), take_captured()));
    let generation = cell.borrow().0.clone();
    let session = use_state(|| {
        let first = cell.borrow().1.clone();
        Rc::new(first.map_or_else(Session::default, |(ret, pending)| {
            Session::on_return(ret, pending.as_ref()).0
        }))
    });
    let renew = {
        let (session, generation, set_token) =
            (session.clone(), generation.clone(), set_token.clone());
        Callback::from(move |()| {
            if let Some((next, req)) = session.refresh() {
                session.set(Rc::new(next.clone()));
                redeem(
                    next,
                    req,
                    session.clone(),
                    generation.clone(),
                    set_token.clone(),
                );
            }
        })
    };
    // One effect: redeem the start-up code once, and refresh on our own shortly before expiry
    // while the tab lives.
    {
        let (state, renew, generation, set_token) = (
            session.clone(),
            renew.clone(),
            generation.clone(),
            set_token.clone(),
        );
        use_effect_with((*session).clone(), move |s| {
            let taken = cell.borrow_mut().1.take();
            if let Some((ret, pending)) = taken {
                if let (next, Some(req)) = Session::on_return(ret, pending.as_ref()) {
                    redeem(next, req, state, generation, set_token);
                }
            }
            let s = s.clone();
            let ticker = s.tokens.is_some().then(|| {
                clock::Ticker::new(15_000, move || {
                    if s.needs_refresh(clock::now_unix()) {
                        renew.emit(());
                    }
                })
            });
            move || drop(ticker)
        });
    }
    let start = {
        let (session, generation) = (session.clone(), generation.clone());
        Callback::from(move |(settings, return_to): (SignInSettings, String)| {
            generation.set(generation.get() + 1);
            session.set(Rc::new(Session::redirecting()));
            let session = session.clone();
            yew::platform::spawn_local(async move {
                if let Err(e) = leave_for_sign_in(settings, return_to).await {
                    session.set(Rc::new(Session::failed(e)));
                }
            });
        })
    };
    let sign_out = {
        let (session, generation) = (session.clone(), generation.clone());
        Callback::from(move |()| {
            generation.set(generation.get() + 1);
            browser::take_pending();
            session.set(Rc::new(Session::default()));
            set_token.emit(PastedToken::default());
        })
    };
    SignInContext {
        session: (*session).clone(),
        start,
        renew,
        sign_out,
    }
}
