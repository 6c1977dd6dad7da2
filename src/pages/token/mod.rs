//! The token inspector: paste a token and see what it is, whether it is still valid, whether its
//! signature holds (against keys you paste) and whether it allows the call you want to make —
//! plus the searchable permission catalog.
//!
//! The page only executes: its inputs are one reducer over the domain's sans-IO
//! [`InspectorInputs`] (the clock's ticks and WebCrypto's answers arrive as actions too), the
//! token is inspected once per paste ([`Inspection::of`]) and everything shown is worded by
//! `dpk_domain::sentences`; [`view`] places it.
//!
//! Privacy: the token lives in memory only (a `PastedToken`, redacted in `Debug`, shared with
//! the incidents page through the app's context). It is never put in the URL, in storage or in
//! a log, and decoding makes no request; the only browser call it reaches is WebCrypto's
//! `verify`, with keys the person pasted.

mod view;

use std::rc::Rc;

use dpk_domain::jwt::jwk::{VerifyPlan, plan_verification};
use dpk_domain::jwt::{InspectorAction, InspectorInputs, PastedToken};
use dpk_domain::sentences::{Inspection, catalog_rows};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::services::{browser, clock, crypto};
use crate::state::{use_lang, use_session_token};

/// The page's inputs as Yew's reducer holds them; the domain decides each change.
struct Inputs(InspectorInputs);

impl Reducible for Inputs {
    type Action = InspectorAction;
    fn reduce(self: Rc<Self>, action: InspectorAction) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(Inputs(next)),
            None => self,
        }
    }
}

/// The token inspector page.
#[component]
pub fn TokenPage() -> Html {
    let lang = use_lang();
    let session = use_session_token();
    let inputs = use_reducer(|| Inputs(InspectorInputs::new(clock::now_unix())));
    let act = inputs.dispatcher().to_callback();
    let inspection = use_memo(session.token.clone(), Inspection::of);
    let decoded = (*inspection).as_ref().and_then(Inspection::decoded);
    let plan = decoded.map(|d| plan_verification(&d.jwt, &inputs.0.keys));
    let job = match &plan {
        Some(VerifyPlan::Ready(job)) => Some(job.clone()),
        _ => None,
    };

    // Live lifetime: tick once a second while a token is shown.
    {
        let act = act.clone();
        use_effect_with(decoded.is_some(), move |shown| {
            act.emit(InspectorAction::Tick(clock::now_unix()));
            let ticker = shown.then(|| {
                clock::Ticker::new(1000, move || {
                    act.emit(InspectorAction::Tick(clock::now_unix()))
                })
            });
            move || drop(ticker)
        });
    }
    // Signature: WebCrypto runs whenever the prepared job changes.
    {
        let act = act.clone();
        use_effect_with(job, move |job| {
            if let Some(job) = job.clone() {
                yew::platform::spawn_local(async move {
                    let state = crypto::verify_rs256(&job).await;
                    act.emit(InspectorAction::Verified(job, state));
                });
            }
        });
    }
    let catalog = use_memo((inputs.0.query.clone(), lang), |(q, lang)| {
        catalog_rows(q, *lang)
    });

    let on_token = session.set.reform(|e: InputEvent| {
        PastedToken::new(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let on_clear = {
        let (set, act) = (session.set.clone(), act.clone());
        Callback::from(move |_: MouseEvent| {
            set.emit(PastedToken::default());
            act.emit(InspectorAction::Cleared);
        })
    };
    let on_browse = act.reform(|_: MouseEvent| {
        browser::scroll_to("catalog-heading");
        InspectorAction::Catalog(true)
    });
    view::page(view::Page {
        lang,
        token: &session.token,
        inputs: &inputs.0,
        inspection: (*inspection).as_ref(),
        signature: inputs.0.signature(plan.as_ref()),
        catalog: &catalog,
        act: &act,
        on_token,
        on_clear,
        on_browse,
    })
}
