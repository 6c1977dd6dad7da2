//! End-to-end tests: the proxy runs in-process on 127.0.0.1:0 in front of a fake upstream on
//! 127.0.0.1:0. Loopback only, no internet, no sleeps: each listener is bound before it serves.
#![cfg(not(target_arch = "wasm32"))]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::any;
use dpk_proxy::{Config, Proxy};
use http_body::Frame;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tokio::net::TcpListener;

const PAGE: &str = "http://localhost:8080";
/// Generous bound for anything that should take milliseconds.
const PATIENCE: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------- fake upstream

/// `/echo`: reports what arrived, and answers with a cookie and its own `*` CORS header that the
/// proxy must strip.
async fn echo(req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let mut headers = serde_json::Map::new();
    for (name, value) in &parts.headers {
        headers.insert(
            name.as_str().to_owned(),
            Value::String(String::from_utf8_lossy(value.as_bytes()).into_owned()),
        );
    }
    let report = json!({
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": parts.uri.query(),
        "headers": headers,
        "body": String::from_utf8_lossy(&body),
    });
    Response::builder()
        .header("content-type", "application/json")
        .header("set-cookie", "session=upstream; HttpOnly")
        .header("set-cookie", "other=1")
        .header("access-control-allow-origin", "*")
        .header("request-id", "req-1")
        .header("x-ms-request-id", "ms-1")
        .body(Body::from(report.to_string()))
        .unwrap()
}

async fn throttled() -> Response {
    Response::builder()
        .status(StatusCode::TOO_MANY_REQUESTS)
        .header("retry-after", "7")
        .header("x-ms-request-id", "throttled-1")
        .header("content-type", "application/json")
        .body(Body::from(r#"{"error":{"code":"TooManyRequests"}}"#))
        .unwrap()
}

/// Never answers: only the proxy's timeout ends the request.
async fn never() -> Response {
    std::future::pending::<()>().await;
    unreachable!()
}

fn redirect(to: &str) -> Response {
    Response::builder()
        .status(StatusCode::FOUND)
        .header("location", to)
        .body(Body::empty())
        .unwrap()
}

/// A body of `remaining` bytes sent in 1 KiB chunks with no declared length (chunked encoding).
struct Chunked {
    remaining: usize,
}

impl http_body::Body for Chunked {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.remaining == 0 {
            return Poll::Ready(None);
        }
        let n = self.remaining.min(1024);
        self.remaining -= n;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from(vec![b'x'; n])))))
    }
}

async fn fake_upstream() -> SocketAddr {
    let app = Router::new()
        .route("/echo", any(echo))
        .route("/throttled", any(throttled))
        .route("/never", any(never))
        .route(
            "/redirect-away",
            any(|| async { redirect("http://elsewhere.example/steal") }),
        )
        .route(
            "/redirect-home",
            any(|| async { redirect("/echo?from=redirect") }),
        )
        .route(
            "/redirect-loop",
            any(|| async { redirect("/redirect-loop") }),
        )
        .route(
            "/big-declared",
            any(|| async { Body::from(vec![b'x'; 8 * 1024]) }),
        )
        .route(
            "/big-chunked",
            any(|| async {
                Body::new(Chunked {
                    remaining: 8 * 1024,
                })
            }),
        );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

// ---------------------------------------------------------------- proxy and client

struct Setup {
    proxy: SocketAddr,
    upstream: SocketAddr,
    client: reqwest::Client,
}

impl Setup {
    /// The proxy URL for a path on the fake upstream.
    fn via(&self, path: &str) -> String {
        format!("http://{}/http://{}{path}", self.proxy, self.upstream)
    }

    /// The proxy URL for an arbitrary target.
    fn raw(&self, target: &str) -> String {
        format!("http://{}/{target}", self.proxy)
    }
}

/// Starts a fake upstream and a proxy that allows it explicitly; `tweak` adjusts the config.
async fn setup(tweak: impl FnOnce(&mut Config, SocketAddr)) -> Setup {
    let upstream = fake_upstream().await;
    let mut config = Config {
        extra_upstreams: vec![format!("http://{upstream}")],
        access_log: false,
        ..Config::default()
    };
    tweak(&mut config, upstream);
    let proxy = Proxy::new(&config).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(proxy.serve(listener));
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Setup {
        proxy: addr,
        upstream,
        client,
    }
}

async fn json_of(resp: reqwest::Response) -> Value {
    serde_json::from_str(&resp.text().await.unwrap()).unwrap()
}

fn header<'a>(resp: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    resp.headers().get(name).map(|v| v.to_str().unwrap())
}

fn access_control_headers(resp: &reqwest::Response) -> Vec<String> {
    resp.headers()
        .keys()
        .map(|k| k.as_str().to_owned())
        .filter(|k| k.starts_with("access-control-"))
        .collect()
}

/// Asserts a proxy refusal: status, JSON code, and a rule in the body.
async fn assert_refused(resp: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(resp.status().as_u16(), status);
    assert_eq!(header(&resp, "content-type"), Some("application/json"));
    let body = json_of(resp).await;
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["rule"]
            .as_str()
            .is_some_and(|r| !r.is_empty())
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    body
}

// ---------------------------------------------------------------- tests

#[tokio::test]
async fn forwards_authorization_and_strips_cookies_both_ways() {
    let s = setup(|_, _| {}).await;
    let resp = s
        .client
        .post(s.via("/echo") + "?$top=100&$filter=status%20eq%20'Active'")
        .header("authorization", "Bearer token-123")
        .header("cookie", "session=browser")
        .header("origin", PAGE)
        .header("referer", "http://localhost:8080/#/incidents")
        .header("client-request-id", "c-42")
        .header("content-type", "application/json")
        .body(r#"{"status":"Resolved"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(header(&resp, "access-control-allow-origin"), Some(PAGE));
    assert!(resp.headers().get("set-cookie").is_none());
    assert_eq!(header(&resp, "request-id"), Some("req-1"));
    assert_eq!(header(&resp, "x-ms-request-id"), Some("ms-1"));
    let vary: Vec<_> = resp.headers().get_all("vary").iter().collect();
    assert!(vary.iter().any(|v| *v == "Origin"), "{vary:?}");
    let expose = header(&resp, "access-control-expose-headers").unwrap();
    assert!(expose.contains("request-id") && expose.contains("x-ms-request-id"));

    let seen = json_of(resp).await;
    assert_eq!(seen["method"], "POST");
    assert_eq!(seen["path"], "/echo");
    assert_eq!(seen["query"], "$top=100&$filter=status%20eq%20%27Active%27");
    assert_eq!(seen["body"], r#"{"status":"Resolved"}"#);
    let h = &seen["headers"];
    assert_eq!(h["authorization"], "Bearer token-123");
    assert_eq!(h["client-request-id"], "c-42");
    assert_eq!(h["content-type"], "application/json");
    assert_eq!(h["host"], s.upstream.to_string());
    for gone in ["cookie", "origin", "referer"] {
        assert!(h.get(gone).is_none(), "{gone} reached the upstream: {h}");
    }
}

#[tokio::test]
async fn every_method_passes_and_collapsed_slashes_are_accepted() {
    let s = setup(|_, _| {}).await;
    for method in ["GET", "PUT", "PATCH", "DELETE"] {
        let resp = s
            .client
            .request(method.parse().unwrap(), s.via("/echo"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{method}");
        assert_eq!(json_of(resp).await["method"], method);
    }
    let collapsed = format!("http://{}/http:/{}/echo?a=1", s.proxy, s.upstream);
    let resp = s.client.get(collapsed).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(json_of(resp).await["query"], "a=1");

    let head = s.client.head(s.via("/echo")).send().await.unwrap();
    assert_eq!(head.status(), 200);
}

#[tokio::test]
async fn preflight_from_allowed_origin_is_answered_with_private_network() {
    let s = setup(|_, _| {}).await;
    let resp = s
        .client
        .request(reqwest::Method::OPTIONS, s.via("/echo"))
        .header("origin", PAGE)
        .header("access-control-request-method", "PATCH")
        .header(
            "access-control-request-headers",
            "authorization, content-type",
        )
        .header("access-control-request-private-network", "true")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 204);
    assert_eq!(header(&resp, "access-control-allow-origin"), Some(PAGE));
    assert_eq!(
        header(&resp, "access-control-allow-private-network"),
        Some("true")
    );
    assert_eq!(
        header(&resp, "access-control-allow-headers"),
        Some("authorization, content-type")
    );
    assert!(
        header(&resp, "access-control-allow-methods")
            .unwrap()
            .contains("PATCH")
    );
    assert!(header(&resp, "vary").unwrap().contains("Origin"));
    assert!(
        resp.headers()
            .get("access-control-allow-credentials")
            .is_none()
    );
}

#[tokio::test]
async fn other_page_origins_get_403_and_no_cors_headers() {
    let s = setup(|_, _| {}).await;
    let preflight = s
        .client
        .request(reqwest::Method::OPTIONS, s.via("/echo"))
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "GET")
        .header("access-control-request-private-network", "true")
        .send()
        .await
        .unwrap();
    assert!(access_control_headers(&preflight).is_empty());
    assert_refused(preflight, 403, "origin_not_allowed").await;

    let actual = s
        .client
        .get(s.via("/echo"))
        .header("origin", "https://evil.example")
        .header("authorization", "Bearer stolen")
        .send()
        .await
        .unwrap();
    assert!(access_control_headers(&actual).is_empty());
    assert_refused(actual, 403, "origin_not_allowed").await;
}

#[tokio::test]
async fn requests_without_origin_are_served_unless_required() {
    let s = setup(|_, _| {}).await;
    let resp = s.client.get(s.via("/echo")).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert!(access_control_headers(&resp).is_empty());

    let cross_site = s
        .client
        .get(s.via("/echo"))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_refused(cross_site, 403, "origin_required").await;

    let strict = setup(|c, _| c.require_origin = true).await;
    let resp = strict.client.get(strict.via("/echo")).send().await.unwrap();
    assert_refused(resp, 403, "origin_required").await;
}

#[tokio::test]
async fn non_allowlisted_and_internal_targets_are_refused() {
    let s = setup(|_, _| {}).await;
    let cases = [
        ("https://example.com/", "upstream_not_allowed"),
        (
            "https://graph.microsoft.com.evil.example/v1.0",
            "upstream_not_allowed",
        ),
        ("http://graph.microsoft.com/v1.0/me", "upstream_not_allowed"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "upstream_address_refused",
        ),
        ("http://127.0.0.1:22/", "upstream_address_refused"),
        ("http://[::1]:22/", "upstream_address_refused"),
        ("http://0.0.0.0:22/", "upstream_address_refused"),
        ("http://[fd00::1]/", "upstream_address_refused"),
        ("favicon.ico", "bad_target"),
        ("https://user:pw@graph.microsoft.com/v1.0", "bad_target"),
    ];
    for (target, code) in cases {
        let resp = s
            .client
            .get(s.raw(target))
            .header("origin", PAGE)
            .header("authorization", "Bearer must-not-leave")
            .send()
            .await
            .unwrap();
        // The page may read why: the refusal carries CORS headers for an allowed origin.
        assert_eq!(
            header(&resp, "access-control-allow-origin"),
            Some(PAGE),
            "{target}"
        );
        let status = if code == "bad_target" { 400 } else { 403 };
        assert_refused(resp, status, code).await;
    }
    let trace = s
        .client
        .request(reqwest::Method::TRACE, s.via("/echo"))
        .send()
        .await
        .unwrap();
    assert_refused(trace, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn catalog_host_resolving_to_loopback_is_refused_after_dns() {
    // `localhost` as a catalog (not explicit) origin: allowed by name, refused by address.
    let s = setup(|c, upstream| {
        c.catalog_upstreams = vec![format!("http://localhost:{}", upstream.port())];
    })
    .await;
    let resp = s
        .client
        .get(s.raw(&format!("http://localhost:{}/echo", s.upstream.port())))
        .send()
        .await
        .unwrap();
    let body = assert_refused(resp, 403, "upstream_address_refused").await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("loopback")
    );
}

#[tokio::test]
async fn redirects_leave_the_origin_never() {
    let s = setup(|_, _| {}).await;
    let away = s
        .client
        .get(s.via("/redirect-away"))
        .header("origin", PAGE)
        .header("authorization", "Bearer t")
        .send()
        .await
        .unwrap();
    assert!(away.headers().get("location").is_none());
    let body = assert_refused(away, 502, "upstream_redirect_refused").await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("http://elsewhere.example")
    );

    let home = s
        .client
        .get(s.via("/redirect-home"))
        .header("authorization", "Bearer t")
        .send()
        .await
        .unwrap();
    assert_eq!(home.status(), 200);
    let seen = json_of(home).await;
    assert_eq!(seen["query"], "from=redirect");
    assert_eq!(seen["headers"]["authorization"], "Bearer t");

    let lp = s.client.get(s.via("/redirect-loop")).send().await.unwrap();
    assert_refused(lp, 502, "upstream_too_many_redirects").await;
}

#[tokio::test]
async fn throttling_arrives_intact_and_exposed() {
    let s = setup(|_, _| {}).await;
    let resp = s
        .client
        .get(s.via("/throttled"))
        .header("origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert_eq!(header(&resp, "retry-after"), Some("7"));
    assert_eq!(header(&resp, "x-ms-request-id"), Some("throttled-1"));
    assert_eq!(header(&resp, "access-control-allow-origin"), Some(PAGE));
    let exposed = header(&resp, "access-control-expose-headers").unwrap();
    assert!(
        exposed
            .split(", ")
            .any(|h| h.eq_ignore_ascii_case("retry-after"))
    );
    assert_eq!(
        resp.text().await.unwrap(),
        r#"{"error":{"code":"TooManyRequests"}}"#
    );
}

#[tokio::test]
async fn slow_upstream_yields_504() {
    let s = setup(|c, _| c.timeout = Duration::from_secs(1)).await;
    let started = Instant::now();
    let resp = s
        .client
        .get(s.via("/never"))
        .header("origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(header(&resp, "access-control-allow-origin"), Some(PAGE));
    assert_refused(resp, 504, "upstream_timeout").await;
    assert!(started.elapsed() < PATIENCE);
}

#[tokio::test]
async fn oversize_bodies_are_refused_with_a_clear_error() {
    let s = setup(|c, _| {
        c.max_request_bytes = 1024;
        c.max_response_bytes = 4 * 1024;
    })
    .await;
    let big = s
        .client
        .post(s.via("/echo"))
        .body(vec![b'x'; 4096])
        .send()
        .await
        .unwrap();
    let body = assert_refused(big, 413, "request_too_large").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("1024"));

    let fits = s
        .client
        .post(s.via("/echo"))
        .body(vec![b'x'; 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(fits.status(), 200);

    for path in ["/big-declared", "/big-chunked"] {
        let resp = s.client.get(s.via(path)).send().await.unwrap();
        assert_refused(resp, 502, "upstream_response_too_large").await;
    }
}

/// Lifts the soft open-file limit toward the hard one: 500 connections in each of three hops
/// (client, proxy, upstream) share this one process.
fn raise_open_file_limit() {
    #[cfg(unix)]
    // SAFETY: getrlimit/setrlimit only read and write the struct passed to them.
    unsafe {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 && lim.rlim_cur < 4096 {
            lim.rlim_cur = lim.rlim_max.min(4096);
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_concurrent_requests_all_complete() {
    raise_open_file_limit();
    let s = setup(|_, _| {}).await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..500 {
        let client = s.client.clone();
        let url = format!("{}?i={i}", s.via("/echo"));
        tasks.spawn(async move {
            let resp = client
                .get(url)
                .header("origin", PAGE)
                .header("authorization", format!("Bearer {i}"))
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status(), 200);
            let seen = json_of(resp).await;
            assert_eq!(seen["query"], format!("i={i}"));
            assert_eq!(seen["headers"]["authorization"], format!("Bearer {i}"));
            i
        });
    }
    let done = tokio::time::timeout(PATIENCE, async {
        let mut seen = vec![false; 500];
        while let Some(result) = tasks.join_next().await {
            seen[result.unwrap()] = true;
        }
        seen
    })
    .await
    .expect("500 requests did not finish in time");
    assert!(done.iter().all(|d| *d), "some requests were lost");
}

#[tokio::test]
async fn upstream_cors_headers_never_reach_a_non_browser() {
    // The fake upstream sends `Access-Control-Allow-Origin: *`; the proxy must drop it even when
    // it adds none of its own.
    let s = setup(|_, _| {}).await;
    let resp = s.client.get(s.via("/echo")).send().await.unwrap();
    assert!(access_control_headers(&resp).is_empty());
}
