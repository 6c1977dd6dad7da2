//! The one place that calls `fetch`, through gloo-net. It executes an [`ApiRequest`] the domain
//! built and hands back status, `Retry-After` and body as plain values; it decides nothing.
//! Requests carry no cookies and no referrer, bypass the HTTP cache, can be aborted (cancel) or
//! time out, and never follow a redirect: the `Authorization` header must not go where a
//! response points.
//!
//! Redirects: `redirect: "manual"` rather than `"error"`. Both stop at the redirect and send
//! nothing to where it points. With `"error"` `fetch` rejects with the same bare `TypeError` as
//! offline or a CORS refusal, so the page could not say "redirect"; with `"manual"` it resolves
//! with an `opaqueredirect` response (status 0) the page names ([`SendFailure::Redirected`]) and
//! explains. Both behaviours are the web-platform-tests' expectations:
//! <https://searchfox.org/mozilla-central/source/testing/web-platform/tests/fetch/api/redirect/redirect-mode.any.js>.
//! tests/e2e/incidents-engine.test.mjs checks that a redirect's target receives nothing.
//!
//! One builder ([`request`]) makes every request, as a `web_sys::Request` handed to gloo-net's
//! `Request::send`: gloo-net's own `RequestBuilder::build` re-parses the URL and appends its
//! (empty) query, which turns `…?$top=50` into `…?$top=50&` (gloo-net 0.5 `TryFrom<RequestBuilder>`),
//! and pulls in `http::Method` for a method the domain already names. Measured 2026-12-07: this
//! file through gloo-net costs 1 601 B gzip over plain web-sys `fetch` (2 748 B with the builder).
//! Timers need no extra crate: `yew::platform::time::sleep` is gloo-timers' `Timeout` (through
//! tokise).

use std::cell::Cell;
use std::rc::Rc;

use dpk_domain::incidents::request::{ApiRequest, RawResponse};
use gloo_net::http::Request;
use wasm_bindgen::JsValue;
use web_sys::{
    AbortController, Headers, ReferrerPolicy, RequestCache, RequestCredentials, RequestInit,
    RequestMode, RequestRedirect, ResponseType,
};

/// Why no response came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// [`Abort::abort`] was called (the user cancelled).
    Aborted,
    /// The timeout passed without an answer.
    TimedOut,
    /// `fetch` rejected: no connection, or a CORS refusal (the browser does not say which).
    Failed,
    /// The status line came, but the body broke off.
    BodyCut,
    /// The answer was a redirect; it was not followed.
    Redirected,
}

/// Cancels a request in flight.
#[derive(Clone)]
pub struct Abort {
    controller: Option<AbortController>,
    aborted: Rc<Cell<bool>>,
}

impl Default for Abort {
    fn default() -> Self {
        Abort::new()
    }
}

impl Abort {
    /// A fresh handle.
    pub fn new() -> Abort {
        Abort {
            controller: AbortController::new().ok(),
            aborted: Rc::new(Cell::new(false)),
        }
    }

    /// Aborts the request this handle was given to (no effect once it finished).
    pub fn abort(&self) {
        self.aborted.set(true);
        self.fire();
    }

    fn fire(&self) {
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// Aborts `abort` after `timeout_ms` unless `done` is set by then; `fired` records that it did.
fn arm_timeout(abort: &Abort, timeout_ms: u64, done: &Rc<Cell<bool>>, fired: &Rc<Cell<bool>>) {
    let (abort, done, fired) = (abort.clone(), done.clone(), fired.clone());
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_millis(timeout_ms)).await;
        if !done.get() {
            fired.set(true);
            abort.fire();
        }
    });
}

/// The one request builder: no cookies, no referrer, no cache, abortable; a CORS request never
/// follows a redirect. `None` when the browser refuses the URL or a header.
fn request(req: &ApiRequest, mode: RequestMode, abort: &Abort) -> Option<Request> {
    let init = RequestInit::new();
    init.set_method(req.method.as_str());
    init.set_mode(mode);
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_cache(RequestCache::NoStore);
    if mode == RequestMode::Cors {
        // A no-cors probe (no token) must follow: the Fetch standard refuses other modes there.
        init.set_redirect(RequestRedirect::Manual);
    }
    if let Some(c) = &abort.controller {
        init.set_signal(Some(&c.signal()));
    }
    let headers = Headers::new().ok()?;
    for (name, value) in &req.headers {
        headers.set(name, value).ok()?;
    }
    // The one place a token leaves its secret type.
    if let Some(token) = &req.bearer {
        headers
            .set("Authorization", &["Bearer ", token.expose()].concat())
            .ok()?;
    }
    init.set_headers(&headers);
    if let Some(body) = &req.body {
        init.set_body(&JsValue::from_str(body));
    }
    web_sys::Request::new_with_str_and_init(&req.url, &init)
        .ok()
        .map(Request::from)
}

/// A GET of `url` with no header and no body.
fn get(url: &str) -> ApiRequest {
    ApiRequest {
        method: dpk_domain::incidents::request::Method::Get,
        url: url.to_owned(),
        target: url.to_owned(),
        bearer: None,
        headers: Vec::new(),
        body: None,
    }
}

/// Sends `req`; gives up after `timeout_ms` or when `abort` fires.
pub async fn send(
    req: &ApiRequest,
    abort: &Abort,
    timeout_ms: u64,
) -> Result<RawResponse, SendFailure> {
    let (done, timed_out) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    arm_timeout(abort, timeout_ms, &done, &timed_out);
    let outcome = async {
        let request = request(req, RequestMode::Cors, abort).ok_or(SendFailure::Failed)?;
        let resp = request.send().await.map_err(|_| SendFailure::Failed)?;
        if resp.type_() == ResponseType::Opaqueredirect {
            return Err(SendFailure::Redirected);
        }
        Ok(RawResponse {
            status: resp.status(),
            retry_after: resp.headers().get("retry-after"),
            body: resp.text().await.map_err(|_| SendFailure::BodyCut)?,
        })
    }
    .await;
    done.set(true);
    outcome.map_err(|e| {
        if abort.aborted.get() {
            SendFailure::Aborted
        } else if timed_out.get() {
            SendFailure::TimedOut
        } else {
            e
        }
    })
}

/// GETs a public document with no header and no credentials (the consent page's tenant look-up:
/// a tenant's OpenID configuration on the chosen cloud's sign-in host, asked for by the user).
pub async fn get_public(url: &str, timeout_ms: u64) -> Result<RawResponse, SendFailure> {
    send(&get(url), &Abort::new(), timeout_ms).await
}

/// Whether anything answers at `url` at all: a `no-cors` GET whose opaque answer the page cannot
/// read, but whose arrival proves the host is up (a CORS refusal then explains a failed call).
pub async fn probe(url: &str, timeout_ms: u64) -> bool {
    let abort = Abort::new();
    let (done, fired) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    arm_timeout(&abort, timeout_ms, &done, &fired);
    let ok = match request(&get(url), RequestMode::NoCors, &abort) {
        Some(r) => r.send().await.is_ok(),
        None => false,
    };
    done.set(true);
    ok
}

/// `navigator.onLine` (true when unknown).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
