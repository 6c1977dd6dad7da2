//! The glue: an axum server whose one handler asks [`crate::rules`] what to do and executes it
//! with a reqwest client. No decision is made here that is not a call into `rules`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use url::Url;

use crate::config::{Config, ConfigError};
use crate::resolve::{NonPublicAddress, PublicOnlyResolver};
use crate::rules::cors::{self, Caller, CorsPolicy};
use crate::rules::headers::{page_response_headers, upstream_request_headers};
use crate::rules::log::access_line;
use crate::rules::refusal::Refusal;
use crate::rules::target::{
    Route, UpstreamPolicy, may_follow_redirect, parse_target, redirect_refusal,
};

/// A configured proxy, ready to serve on a listener.
#[derive(Clone)]
pub struct Proxy {
    shared: Arc<Shared>,
}

struct Shared {
    upstreams: UpstreamPolicy,
    cors: CorsPolicy,
    /// For catalog origins: resolves through [`PublicOnlyResolver`].
    public_client: reqwest::Client,
    /// For `--allow-upstream` origins: the system resolver, any address.
    explicit_client: reqwest::Client,
    slots: Semaphore,
    timeout: Duration,
    max_request_bytes: usize,
    max_response_bytes: usize,
    access_log: bool,
}

/// What the handler learned about a request, for CORS decoration and the access log.
#[derive(Default)]
struct Seen {
    /// The admitted caller; `None` when refused (no CORS headers then).
    caller: Option<Caller>,
    /// The parsed target, for the access log.
    target: Option<Url>,
    /// A preflight was answered: its response already has its CORS headers.
    answered_preflight: bool,
}

/// The refusal code of a proxy-made error response, kept for the access log.
#[derive(Clone, Copy)]
struct RefusalCode(&'static str);

/// An upstream answer, fully read.
struct Upstream {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Proxy {
    /// Validates `config` and builds the HTTP clients.
    pub fn new(config: &Config) -> Result<Proxy, ConfigError> {
        let (upstreams, cors) = config.policies()?;
        Ok(Proxy {
            shared: Arc::new(Shared {
                upstreams,
                cors,
                public_client: build_client(true)?,
                explicit_client: build_client(false)?,
                slots: Semaphore::new(config.max_in_flight),
                timeout: config.timeout,
                max_request_bytes: config.max_request_bytes,
                max_response_bytes: config.max_response_bytes,
                access_log: config.access_log,
            }),
        })
    }

    /// The number of distinct upstream origins allowed.
    pub fn upstream_count(&self) -> usize {
        self.shared.upstreams.len()
    }

    /// The page origins allowed.
    pub fn page_origins(&self) -> &[String] {
        self.shared.cors.origins()
    }

    /// The axum router: one fallback handler for every path and method.
    pub fn router(&self) -> Router {
        Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&self.shared))
    }

    /// Serves on an already-bound listener until the process ends. Binding first (tests bind
    /// port 0) means the proxy is reachable as soon as this is spawned: no readiness wait.
    pub async fn serve(self, listener: TcpListener) -> std::io::Result<()> {
        axum::serve(listener, self.router()).await
    }
}

fn build_client(public_only: bool) -> Result<reqwest::Client, ConfigError> {
    // reqwest is built without its aws-lc-rs default; ring is the process-wide provider. A second
    // install (a second proxy in the same process, as in tests) fails harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = reqwest::Client::builder()
        // System proxies would resolve and connect on our behalf, bypassing the address checks.
        .no_proxy()
        .referer(false)
        .redirect(reqwest::redirect::Policy::custom(|attempt| {
            let hops = attempt.previous().len().saturating_sub(1);
            match attempt.previous().first() {
                Some(first) if may_follow_redirect(first, attempt.url(), hops) => attempt.follow(),
                _ => attempt.stop(),
            }
        }));
    if public_only {
        builder = builder.dns_resolver(Arc::new(PublicOnlyResolver));
    }
    builder
        .build()
        .map_err(|e| ConfigError::Client(describe(&e.without_url())))
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let mut seen = Seen::default();
    let mut response = match shared.process(request, &mut seen).await {
        Ok(response) => response,
        Err(refusal) => refusal_response(&refusal),
    };
    if !seen.answered_preflight {
        cors::add_response_headers(seen.caller.as_ref(), response.headers_mut());
    }
    if shared.access_log {
        let code = response.extensions().get::<RefusalCode>().map(|c| c.0);
        eprintln!(
            "{}",
            access_line(
                method.as_str(),
                seen.target.as_ref(),
                response.status().as_u16(),
                started.elapsed(),
                code,
            )
        );
    }
    response
}

impl Shared {
    async fn process(&self, request: Request, seen: &mut Seen) -> Result<Response, Refusal> {
        let (parts, body) = request.into_parts();
        let target = parse_target(parts.uri.path(), parts.uri.query());
        seen.target = target.as_ref().ok().cloned();

        if cors::is_preflight(&parts.method, &parts.headers) {
            return match self.cors.admit(&parts.headers)? {
                Caller::Page { origin } => {
                    // The answer carries its own CORS headers; nothing is added afterwards.
                    seen.answered_preflight = true;
                    let mut response = Response::new(Body::empty());
                    *response.status_mut() = StatusCode::NO_CONTENT;
                    *response.headers_mut() = cors::preflight_headers(&origin, &parts.headers);
                    Ok(response)
                }
                // A preflight always has an Origin, so it is a page or refused.
                Caller::NonBrowser => Err(Refusal::OriginRequired),
            };
        }

        seen.caller = Some(self.cors.admit(&parts.headers)?);
        if parts.method == Method::CONNECT || parts.method == Method::TRACE {
            return Err(Refusal::MethodNotAllowed {
                method: parts.method.to_string(),
            });
        }
        let url = target?;
        let route = self.upstreams.check(&url)?;

        let declared = parts
            .headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|len| len > self.max_request_bytes as u64) {
            return Err(Refusal::RequestTooLarge {
                limit: self.max_request_bytes,
            });
        }

        // Wait for a slot before buffering the body, so waiting requests hold no body memory.
        let _slot = tokio::time::timeout(self.timeout, self.slots.acquire())
            .await
            .map_err(|_| Refusal::Busy)?
            .map_err(|_| Refusal::Busy)?;

        let body = Limited::new(body, self.max_request_bytes)
            .collect()
            .await
            .map_err(|e| {
                if e.downcast_ref::<LengthLimitError>().is_some() {
                    Refusal::RequestTooLarge {
                        limit: self.max_request_bytes,
                    }
                } else {
                    Refusal::RequestBodyUnreadable
                }
            })?
            .to_bytes();

        let client = match route {
            Route::PublicOnly => &self.public_client,
            Route::Explicit => &self.explicit_client,
        };
        let mut outgoing = client
            .request(parts.method.clone(), url)
            .headers(upstream_request_headers(&parts.headers));
        if !body.is_empty() {
            outgoing = outgoing.body(body);
        }

        let is_head = parts.method == Method::HEAD;
        let upstream = tokio::time::timeout(self.timeout, self.fetch(outgoing, is_head))
            .await
            .map_err(|_| Refusal::Timeout {
                secs: self.timeout.as_secs(),
            })??;

        let mut headers = page_response_headers(&upstream.headers);
        if is_head {
            // A HEAD answer has no body; its Content-Length describes the GET body.
            if let Some(len) = upstream.headers.get(CONTENT_LENGTH) {
                headers.insert(CONTENT_LENGTH, len.clone());
            }
        }
        let mut response = Response::new(Body::from(upstream.body));
        *response.status_mut() = upstream.status;
        *response.headers_mut() = headers;
        Ok(response)
    }

    /// Sends the request and reads the whole response within the body cap.
    async fn fetch(
        &self,
        outgoing: reqwest::RequestBuilder,
        is_head: bool,
    ) -> Result<Upstream, Refusal> {
        let mut response = outgoing.send().await.map_err(transport_refusal)?;
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok());
        if let Some(refusal) =
            redirect_refusal(response.url(), response.status().as_u16(), location)
        {
            return Err(refusal);
        }
        let too_large = Refusal::ResponseTooLarge {
            limit: self.max_response_bytes,
        };
        if !is_head
            && response
                .content_length()
                .is_some_and(|len| len > self.max_response_bytes as u64)
        {
            return Err(too_large);
        }
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transport_refusal)? {
            if body.len() + chunk.len() > self.max_response_bytes {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Upstream {
            status,
            headers,
            body: Bytes::from(body),
        })
    }
}

/// Maps a client error to a refusal: a refused DNS answer, a timeout, or unreachable.
fn transport_refusal(err: reqwest::Error) -> Refusal {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(e) = source {
        if let Some(refused) = e.downcast_ref::<NonPublicAddress>() {
            return refused.refusal();
        }
        source = e.source();
    }
    Refusal::Unreachable {
        // Without the URL: its query may hold data that must not be echoed or logged.
        detail: describe(&err.without_url()),
    }
}

/// An error and its causes, joined: `error sending request: … : Connection refused`.
fn describe(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        let part = e.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = e.source();
    }
    text
}

fn refusal_response(refusal: &Refusal) -> Response {
    let mut response = Response::new(Body::from(refusal.to_json()));
    *response.status_mut() =
        StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_GATEWAY);
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
        .extensions_mut()
        .insert(RefusalCode(refusal.code()));
    response
}
