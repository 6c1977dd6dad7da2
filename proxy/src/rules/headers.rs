//! Which headers cross the proxy.
//!
//! Toward the upstream: everything the page sent except cookies, hop-by-hop headers, every
//! `Proxy-*` header, the page's identity (`Origin`, `Referer`, `Sec-*` fetch metadata), forwarding
//! headers and the CORS request headers. `Authorization` is kept: the caller only ever reaches allowlisted upstreams.
//!
//! Toward the page: everything the upstream sent except `Set-Cookie`, hop-by-hop and `Proxy-*`
//! headers, the upstream's own CORS headers (the proxy answers CORS itself) and headers that would bind the
//! proxy's origin to the upstream's transport (`Alt-Svc`, `Strict-Transport-Security`).
//! `Retry-After`, `WWW-Authenticate` and the request-id headers pass untouched.

use http::HeaderMap;
use http::header::{CONNECTION, HeaderName};

/// Hop-by-hop headers (RFC 9110 §7.6.1, plus the non-standard `Proxy-Connection` and
/// `Keep-Alive`): they describe one connection and are never forwarded.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Headers the page sends that the upstream must not see.
const NOT_TO_UPSTREAM: &[&str] = &[
    "host",
    "content-length",
    "expect",
    "cookie",
    "cookie2",
    "origin",
    "referer",
    "forwarded",
    "via",
    "x-real-ip",
    "access-control-request-method",
    "access-control-request-headers",
    "access-control-request-private-network",
];

/// Prefixes of headers the page sends that the upstream must not see.
/// `proxy-` covers `Proxy-Authorization`, `Proxy-Connection` and every other `Proxy-*` header: they
/// address a proxy (this one), never the origin server.
const NOT_TO_UPSTREAM_PREFIXES: &[&str] = &["sec-", "x-forwarded-", "proxy-"];

/// Headers the upstream sends that the page must not see.
const NOT_TO_PAGE: &[&str] = &[
    "content-length",
    "set-cookie",
    "set-cookie2",
    "alt-svc",
    "strict-transport-security",
];

/// Prefixes of headers the upstream sends that the page must not see.
/// `proxy-` covers `Proxy-Authenticate`, `Proxy-Status` and any other `Proxy-*` header.
const NOT_TO_PAGE_PREFIXES: &[&str] = &["access-control-", "proxy-"];

/// Headers the proxy sets on every response it gives the page, replacing the upstream's own: the
/// proxy's origin (`http://127.0.0.1:8787`) is shared by everything it relays, so nothing it
/// relays may be sniffed into HTML or run as a document there.
pub const SAFETY_HEADERS: [(&str, &str); 2] = [
    ("x-content-type-options", "nosniff"),
    ("content-security-policy", "sandbox; default-src 'none'"),
];

/// The header names listed in `Connection` (which are hop-by-hop for that message).
fn connection_listed(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|name| name.trim().to_ascii_lowercase())
        .filter(|name| !name.is_empty())
        .collect()
}

fn is_listed(name: &str, exact: &[&str], prefixes: &[&str]) -> bool {
    exact.contains(&name) || prefixes.iter().any(|p| name.starts_with(p))
}

/// Whether a request header (lower-case name) may be sent upstream.
pub fn to_upstream(name: &str) -> bool {
    !HOP_BY_HOP.contains(&name) && !is_listed(name, NOT_TO_UPSTREAM, NOT_TO_UPSTREAM_PREFIXES)
}

/// Whether a response header (lower-case name) may be passed to the page.
pub fn to_page(name: &str) -> bool {
    !HOP_BY_HOP.contains(&name) && !is_listed(name, NOT_TO_PAGE, NOT_TO_PAGE_PREFIXES)
}

fn filter(headers: &HeaderMap, keep: fn(&str) -> bool) -> HeaderMap {
    let listed = connection_listed(headers);
    let mut out = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let n = name.as_str();
        if keep(n) && !listed.iter().any(|l| l == n) {
            out.append(name.clone(), value.clone());
        }
    }
    out
}

/// The headers to send upstream, from the page's request headers.
pub fn upstream_request_headers(incoming: &HeaderMap) -> HeaderMap {
    filter(incoming, to_upstream)
}

/// The upstream's response headers to pass to the page (CORS headers are added separately).
pub fn page_response_headers(upstream: &HeaderMap) -> HeaderMap {
    filter(upstream, to_page)
}

/// Sets [`SAFETY_HEADERS`] on a response, replacing any value the upstream sent.
pub fn add_safety_headers(headers: &mut HeaderMap) {
    for (name, value) in SAFETY_HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            http::HeaderValue::from_static(value),
        );
    }
}

/// Whether a name is one the page may ask to send in a preflight (`Access-Control-Request-Headers`):
/// a valid header name that [`to_upstream`] would forward.
pub fn may_request(name: &str) -> bool {
    HeaderName::from_bytes(name.as_bytes()).is_ok() && to_upstream(name)
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn map(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.append(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        m
    }

    fn names(m: &HeaderMap) -> Vec<&str> {
        let mut v: Vec<&str> = m.keys().map(|k| k.as_str()).collect();
        v.sort();
        v
    }

    #[test]
    fn request_keeps_authorization_and_api_headers_only() {
        let incoming = map(&[
            ("authorization", "Bearer t"),
            ("accept", "application/json"),
            ("content-type", "application/json"),
            ("client-request-id", "abc"),
            ("consistencylevel", "eventual"),
            ("prefer", "odata.maxpagesize=10"),
            ("cookie", "a=b"),
            ("origin", "http://127.0.0.1:8080"),
            ("referer", "http://127.0.0.1:8080/#/incidents"),
            ("host", "127.0.0.1:8787"),
            ("content-length", "2"),
            ("connection", "keep-alive, x-secret-hop"),
            ("x-secret-hop", "1"),
            ("keep-alive", "timeout=5"),
            ("te", "trailers"),
            ("upgrade", "h2c"),
            ("proxy-authorization", "Basic x"),
            ("proxy-foo", "1"),
            ("proxy-status", "x"),
            ("sec-fetch-mode", "cors"),
            ("sec-ch-ua", "x"),
            ("x-forwarded-for", "1.2.3.4"),
            ("forwarded", "for=1.2.3.4"),
            ("access-control-request-method", "GET"),
        ]);
        assert_eq!(
            names(&upstream_request_headers(&incoming)),
            [
                "accept",
                "authorization",
                "client-request-id",
                "consistencylevel",
                "content-type",
                "prefer"
            ]
        );
    }

    #[test]
    fn response_drops_cookies_hop_by_hop_and_upstream_cors() {
        let upstream = map(&[
            ("content-type", "application/json"),
            ("retry-after", "7"),
            ("request-id", "r1"),
            ("client-request-id", "c1"),
            ("x-ms-request-id", "m1"),
            ("www-authenticate", "Bearer error=\"insufficient_claims\""),
            ("vary", "Accept-Encoding"),
            ("content-encoding", "gzip"),
            ("set-cookie", "a=b"),
            ("set-cookie", "c=d"),
            ("access-control-allow-origin", "*"),
            ("access-control-allow-credentials", "true"),
            ("transfer-encoding", "chunked"),
            ("content-length", "10"),
            ("connection", "close"),
            ("alt-svc", "h3=\":443\""),
            ("strict-transport-security", "max-age=31536000"),
            ("proxy-authenticate", "Basic"),
            ("proxy-status", "upstream; error=x"),
        ]);
        assert_eq!(
            names(&page_response_headers(&upstream)),
            [
                "client-request-id",
                "content-encoding",
                "content-type",
                "request-id",
                "retry-after",
                "vary",
                "www-authenticate",
                "x-ms-request-id"
            ]
        );
        assert_eq!(page_response_headers(&upstream)["retry-after"], "7");
    }

    #[test]
    fn preflight_may_request_api_headers_but_not_cookies() {
        assert!(may_request("authorization"));
        assert!(may_request("content-type"));
        assert!(may_request("x-ms-anything"));
        assert!(!may_request("cookie"));
        assert!(!may_request("host"));
        assert!(!may_request("not a header"));
        assert!(!may_request(""));
        assert!(!may_request("proxy-anything"));
    }

    #[test]
    fn safety_headers_replace_the_upstreams() {
        let mut h = map(&[
            ("content-security-policy", "default-src *"),
            ("x-content-type-options", "sniff-away"),
            ("content-type", "text/html"),
        ]);
        add_safety_headers(&mut h);
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["content-security-policy"], "sandbox; default-src 'none'");
        assert_eq!(h.get_all("content-security-policy").iter().count(), 1);
        assert_eq!(h["content-type"], "text/html");
    }

    #[test]
    fn only_exact_names_and_prefixes_are_dropped() {
        // Names that merely contain a dropped name or prefix pass.
        for kept in [
            "x-cookie",
            "my-sec-header",
            "x-proxy-id",
            "hosts",
            "xorigin",
        ] {
            assert!(to_upstream(kept), "{kept}");
        }
        for kept in ["x-set-cookie", "x-access-control-note", "x-proxy-id"] {
            assert!(to_page(kept), "{kept}");
        }
        assert!(!to_page("upgrade") && !to_upstream("upgrade"));
        assert!(!to_page("proxy-x") && !to_upstream("proxy-x"));
    }
}
