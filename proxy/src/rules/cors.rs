//! CORS: which pages may use the proxy and what it answers them.
//!
//! Only the configured page origins get CORS headers, each echoed exactly (never `*`, never
//! credentials: cookies are stripped anyway). A request with an `Origin` that is not listed gets a
//! 403 without CORS headers, so the page cannot even read the refusal.
//!
//! A request without `Origin` comes from a non-browser client (curl, a script): browsers send
//! `Origin` on every CORS-mode request and on every non-GET/HEAD request. Such requests are served
//! by default because they are handy for diagnostics and cannot hurt: the caller already holds
//! whatever token it sends. The one way a web page can reach the proxy without `Origin` is a
//! no-cors GET/HEAD (an `<img>` or `<script>` tag): it can carry no `Authorization` and its
//! response is opaque to the page. Browsers that send fetch metadata mark those
//! `Sec-Fetch-Site: cross-site`/`same-site`, and the proxy refuses them as well.
//! `--require-origin` refuses every request without `Origin`.

use http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE, ACCESS_CONTROL_REQUEST_HEADERS,
    ACCESS_CONTROL_REQUEST_METHOD, HeaderName, ORIGIN, VARY,
};
use http::{HeaderMap, HeaderValue, Method};

use crate::rules::headers::may_request;
use crate::rules::refusal::Refusal;
use crate::rules::target::{OriginError, normalize_origin};

/// The page origins allowed by default: where `scripts/serve` serves the app.
pub const DEFAULT_PAGE_ORIGINS: [&str; 2] = ["http://127.0.0.1:8080", "http://localhost:8080"];

/// Response headers the page may read: throttling (`Retry-After`), the request ids support asks
/// for, the claims challenge, and a few standard ones.
pub const EXPOSED_HEADERS: &str = "Retry-After, request-id, client-request-id, x-ms-request-id, \
     x-ms-client-request-id, x-ms-correlation-request-id, x-ms-ags-diagnostic, \
     x-ms-throttle-information, x-ms-throttle-limit-percentage, x-ms-throttle-scope, \
     x-ms-resource-unit, WWW-Authenticate, ETag, Location, OData-Version";

/// Methods a preflight may ask for.
pub const ALLOWED_METHODS: &str = "GET, HEAD, POST, PUT, PATCH, DELETE";

/// How long (seconds) a browser may cache a preflight answer.
pub const PREFLIGHT_MAX_AGE: u32 = 600;

const REQUEST_PRIVATE_NETWORK: &str = "access-control-request-private-network";
const ALLOW_PRIVATE_NETWORK: &str = "access-control-allow-private-network";

/// Who is calling, once admitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// A page from an allowed origin: its responses carry CORS headers for that origin.
    Page {
        /// The `Origin` header value, echoed in `Access-Control-Allow-Origin`.
        origin: String,
    },
    /// A client that sent no `Origin` (curl, scripts): no CORS headers.
    NonBrowser,
}

/// The page-origin allowlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorsPolicy {
    origins: Vec<String>,
    require_origin: bool,
}

impl CorsPolicy {
    /// Builds the policy; every origin is normalised and `*` is refused.
    pub fn new<'a>(
        origins: impl IntoIterator<Item = &'a str>,
        require_origin: bool,
    ) -> Result<Self, OriginError> {
        Ok(CorsPolicy {
            origins: origins
                .into_iter()
                .map(normalize_origin)
                .collect::<Result<_, _>>()?,
            require_origin,
        })
    }

    /// The allowed page origins, normalised.
    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    /// Admits or refuses a caller from its `Origin` and `Sec-Fetch-Site` headers.
    ///
    /// Origins are compared exactly: browsers send the serialised origin, which is what
    /// normalisation produces for the configured ones. A request with more than one `Origin`
    /// header is refused: browsers send one, and checking only the first would let a second,
    /// foreign one through to whatever reads the last.
    pub fn admit(&self, headers: &HeaderMap) -> Result<Caller, Refusal> {
        if headers.get_all(ORIGIN).iter().nth(1).is_some() {
            return Err(Refusal::MultipleOrigins);
        }
        match headers.get(ORIGIN) {
            Some(value) => {
                let origin = value.to_str().unwrap_or_default();
                if self.origins.iter().any(|o| o == origin) {
                    Ok(Caller::Page {
                        origin: origin.to_owned(),
                    })
                } else {
                    Err(Refusal::OriginNotAllowed {
                        origin: String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    })
                }
            }
            None => {
                let site = headers
                    .get("sec-fetch-site")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default();
                let from_other_site = site.eq_ignore_ascii_case("cross-site")
                    || site.eq_ignore_ascii_case("same-site");
                if self.require_origin || from_other_site {
                    Err(Refusal::OriginRequired)
                } else {
                    Ok(Caller::NonBrowser)
                }
            }
        }
    }
}

/// Whether a request is a CORS preflight: `OPTIONS` with `Origin` and
/// `Access-Control-Request-Method`. Any other `OPTIONS` is forwarded like any method.
pub fn is_preflight(method: &Method, headers: &HeaderMap) -> bool {
    method == Method::OPTIONS
        && headers.contains_key(ORIGIN)
        && headers.contains_key(ACCESS_CONTROL_REQUEST_METHOD)
}

/// The headers of a preflight answer to an admitted page.
///
/// Requested headers are echoed if the proxy would forward them (so `Cookie` never is). The
/// private-network permission is granted when asked for: the proxy is meant to be called from a
/// page on another address space (an https page calling the loopback proxy).
pub fn preflight_headers(origin: &str, request: &HeaderMap) -> HeaderMap {
    let mut out = HeaderMap::new();
    insert(&mut out, ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    insert(&mut out, ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
    let asked: Vec<String> = request
        .get_all(ACCESS_CONTROL_REQUEST_HEADERS)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|h| h.trim().to_ascii_lowercase())
        .filter(|h| may_request(h))
        .collect();
    if !asked.is_empty() {
        insert(&mut out, ACCESS_CONTROL_ALLOW_HEADERS, &asked.join(", "));
    }
    insert(
        &mut out,
        ACCESS_CONTROL_MAX_AGE,
        &PREFLIGHT_MAX_AGE.to_string(),
    );
    let private_network = request
        .get(REQUEST_PRIVATE_NETWORK)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
    if private_network {
        insert(
            &mut out,
            HeaderName::from_static(ALLOW_PRIVATE_NETWORK),
            "true",
        );
    }
    out.append(
        VARY,
        HeaderValue::from_static(
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, \
             Access-Control-Request-Private-Network",
        ),
    );
    out
}

/// Adds the CORS headers for `caller` to a response (upstream's or the proxy's own error), and
/// `Vary: Origin` always, since the answer depends on the `Origin`.
pub fn add_response_headers(caller: Option<&Caller>, headers: &mut HeaderMap) {
    if let Some(Caller::Page { origin }) = caller {
        insert(headers, ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        insert(headers, ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    }
    headers.append(VARY, HeaderValue::from_static("Origin"));
}

fn insert(map: &mut HeaderMap, name: HeaderName, value: &str) {
    // Values here are configured origins or constants: always valid header values. An origin
    // that somehow is not is left out, which fails closed (no CORS header).
    if let Ok(v) = HeaderValue::from_str(value) {
        map.insert(name, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut m = HeaderMap::new();
        for (k, v) in pairs {
            m.append(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        m
    }

    fn policy(require_origin: bool) -> CorsPolicy {
        CorsPolicy::new(DEFAULT_PAGE_ORIGINS, require_origin).unwrap()
    }

    #[test]
    fn listed_origins_are_admitted_exactly() {
        let p = policy(false);
        assert_eq!(
            p.admit(&headers(&[("origin", "http://localhost:8080")])),
            Ok(Caller::Page {
                origin: "http://localhost:8080".into()
            })
        );
        for other in [
            "http://localhost:8081",
            "https://localhost:8080",
            "http://evil.example",
            "null",
            "http://localhost:8080.evil.example",
        ] {
            assert_eq!(
                p.admit(&headers(&[("origin", other)])),
                Err(Refusal::OriginNotAllowed {
                    origin: other.into()
                }),
                "{other}"
            );
        }
    }

    #[test]
    fn no_origin_is_a_non_browser_unless_required_or_cross_site() {
        assert_eq!(policy(false).admit(&headers(&[])), Ok(Caller::NonBrowser));
        assert_eq!(
            policy(false).admit(&headers(&[("sec-fetch-site", "none")])),
            Ok(Caller::NonBrowser)
        );
        assert_eq!(
            policy(true).admit(&headers(&[])),
            Err(Refusal::OriginRequired)
        );
        for site in ["cross-site", "same-site"] {
            assert_eq!(
                policy(false).admit(&headers(&[("sec-fetch-site", site)])),
                Err(Refusal::OriginRequired)
            );
        }
    }

    #[test]
    fn more_than_one_origin_is_refused_whatever_their_order() {
        let p = policy(false);
        for pair in [
            [PAGE_A, "http://evil.example"],
            ["http://evil.example", PAGE_A],
            [PAGE_A, PAGE_A],
        ] {
            let h = headers(&[("origin", pair[0]), ("origin", pair[1])]);
            assert_eq!(p.admit(&h), Err(Refusal::MultipleOrigins), "{pair:?}");
        }
        assert!(p.admit(&headers(&[("origin", PAGE_A)])).is_ok());
    }

    const PAGE_A: &str = "http://localhost:8080";

    #[test]
    fn site_labels_are_case_insensitive_and_exact() {
        let p = policy(false);
        for site in ["Cross-Site", "SAME-SITE"] {
            assert_eq!(
                p.admit(&headers(&[("sec-fetch-site", site)])),
                Err(Refusal::OriginRequired),
                "{site}"
            );
        }
        for site in ["same-origin", "cross-site-x", ""] {
            assert_eq!(
                p.admit(&headers(&[("sec-fetch-site", site)])),
                Ok(Caller::NonBrowser),
                "{site}"
            );
        }
    }

    #[test]
    fn wildcard_origin_is_refused_in_configuration() {
        assert!(CorsPolicy::new(["*"], false).is_err());
    }

    #[test]
    fn preflight_detection() {
        let pf = headers(&[
            ("origin", "http://localhost:8080"),
            ("access-control-request-method", "GET"),
        ]);
        assert!(is_preflight(&Method::OPTIONS, &pf));
        assert!(!is_preflight(&Method::GET, &pf));
        assert!(!is_preflight(
            &Method::OPTIONS,
            &headers(&[("origin", "http://localhost:8080")])
        ));
    }

    #[test]
    fn preflight_answer_echoes_safe_headers_and_grants_private_network() {
        let req = headers(&[
            ("origin", "http://localhost:8080"),
            ("access-control-request-method", "PATCH"),
            (
                "access-control-request-headers",
                "Authorization, content-type,cookie , ConsistencyLevel",
            ),
            ("access-control-request-private-network", "true"),
        ]);
        let h = preflight_headers("http://localhost:8080", &req);
        assert_eq!(h["access-control-allow-origin"], "http://localhost:8080");
        assert_eq!(
            h["access-control-allow-headers"],
            "authorization, content-type, consistencylevel"
        );
        assert!(
            h["access-control-allow-methods"]
                .to_str()
                .unwrap()
                .contains("PATCH")
        );
        assert_eq!(h["access-control-allow-private-network"], "true");
        assert_eq!(h["access-control-max-age"], "600");
        assert!(h["vary"].to_str().unwrap().starts_with("Origin"));
        assert!(!h.contains_key("access-control-allow-credentials"));

        let without_pna = preflight_headers("http://localhost:8080", &headers(&[]));
        assert!(!without_pna.contains_key("access-control-allow-private-network"));
        assert!(!without_pna.contains_key("access-control-allow-headers"));
    }

    #[test]
    fn responses_expose_retry_after_and_request_ids_to_pages_only() {
        let mut page = headers(&[("vary", "Accept-Encoding")]);
        add_response_headers(
            Some(&Caller::Page {
                origin: "http://127.0.0.1:8080".into(),
            }),
            &mut page,
        );
        assert_eq!(page["access-control-allow-origin"], "http://127.0.0.1:8080");
        let exposed = page["access-control-expose-headers"].to_str().unwrap();
        for h in [
            "Retry-After",
            "request-id",
            "client-request-id",
            "x-ms-request-id",
        ] {
            assert!(exposed.split(", ").any(|e| e == h), "{h}");
        }
        let vary: Vec<_> = page.get_all("vary").iter().collect();
        assert_eq!(vary, ["Accept-Encoding", "Origin"]);

        let mut curl = HeaderMap::new();
        add_response_headers(Some(&Caller::NonBrowser), &mut curl);
        assert!(!curl.contains_key("access-control-allow-origin"));
        let mut refused = HeaderMap::new();
        add_response_headers(None, &mut refused);
        assert_eq!(refused.len(), 1);
        assert_eq!(refused["vary"], "Origin");
    }
}
