//! Reading what the API answered: a status, a `Retry-After`, a body. Every outcome becomes either
//! a page of incidents or an [`ApiError`] with a kind the page shows and tests assert
//! (`data-error-kind`).

use serde_json::Value;

use crate::incidents::connection::ConfigProblem;
use crate::incidents::model::{Incident, MapContext, incident_from_json};
use crate::incidents::pacer::decimal_times;
use crate::incidents::request::RawResponse;
use crate::incidents::time::parse_http_date_ms;

/// One page of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct ListPage {
    /// The incidents read.
    pub incidents: Vec<Incident>,
    /// `@odata.nextLink`, if sent.
    pub next_link: Option<String>,
    /// `@odata.count` (Graph with `$count=true`): the total over all pages.
    pub count: Option<u64>,
    /// Items of `value` that were not incidents and were skipped.
    pub skipped: usize,
    /// How many items `value` held (read or skipped).
    pub raw_len: usize,
}

/// Why a body could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    /// The body is empty.
    Empty,
    /// The JSON stops in the middle (a cut connection or a proxy limit).
    Truncated,
    /// An HTML page (a proxy's or sign-in page) instead of JSON.
    Html,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not `{ "value": [...] }`.
    NotAPage,
    /// JSON, but not an incident.
    NotAnIncident,
    /// The next link points to another host than the API: not followed, so the token stays.
    ForeignNextLink,
}

/// Why a failed fetch (no HTTP status at all) failed, as far as the browser lets the page tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkCause {
    /// The browser reports being offline.
    Offline,
    /// No answer before the timeout.
    Timeout,
    /// Direct call to a Defender host: it sends no CORS headers, so the browser blocks it.
    DirectNoCors,
    /// The proxy does not answer at all: not running, or a wrong address.
    ProxyDown,
    /// The proxy answers, but the call failed: it refused this page's origin or the target
    /// (CORS), or could not reach the API.
    ProxyRefused,
    /// Direct call: the host does not answer (wrong URL, or down).
    HostDown,
    /// Direct call: the host answers, but not to this page (CORS).
    CorsRefused,
    /// Nothing more could be found out.
    Unknown,
}

/// What the page knows about a failed fetch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NetworkFacts {
    /// `navigator.onLine`.
    pub online: bool,
    /// Whether the client's timeout aborted it.
    pub timed_out: bool,
    /// Whether the request went through a proxy.
    pub via_proxy: bool,
    /// Whether the target is a documented Defender host (no CORS headers).
    pub defender_host: bool,
    /// Result of a `no-cors` probe of the first hop: `Some(true)` = it answers.
    pub first_hop_answers: Option<bool>,
}

/// Tells the likely cause of a failed fetch from what the page could observe.
pub fn classify_network_failure(f: NetworkFacts) -> NetworkCause {
    if !f.online {
        return NetworkCause::Offline;
    }
    if f.timed_out {
        return NetworkCause::Timeout;
    }
    match (f.via_proxy, f.first_hop_answers) {
        (true, Some(false)) => NetworkCause::ProxyDown,
        (true, Some(true)) => NetworkCause::ProxyRefused,
        (true, None) => NetworkCause::Unknown,
        (false, _) if f.defender_host => NetworkCause::DirectNoCors,
        (false, Some(false)) => NetworkCause::HostDown,
        (false, Some(true)) => NetworkCause::CorsRefused,
        (false, None) => NetworkCause::Unknown,
    }
}

/// Everything that can go wrong, each with what the user should do (see `explain`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No token pasted.
    TokenMissing,
    /// 401: expired, wrong audience or malformed token.
    Unauthorized {
        /// The API's own message, if any.
        message: Option<String>,
    },
    /// 403: valid token without the permission (or the user's portal role).
    Forbidden {
        /// The API's own message, if any.
        message: Option<String>,
    },
    /// 404.
    NotFound {
        /// The API's own message, if any.
        message: Option<String>,
    },
    /// 429: over the rate limit.
    Throttled {
        /// How long the API asks to wait, in ms.
        retry_after_ms: Option<u64>,
    },
    /// 5xx, or an unexpected status.
    Server {
        /// The status.
        status: u16,
        /// The API's own message, if any.
        message: Option<String>,
    },
    /// 400 and other 4xx: the API refused the request itself.
    BadRequest {
        /// The status.
        status: u16,
        /// The API's own message, if any.
        message: Option<String>,
    },
    /// The body could not be read.
    Parse(ParseProblem),
    /// The fetch failed without a status.
    Network(NetworkCause),
    /// The connection settings are unusable.
    Config(ConfigProblem),
    /// The API, the proxy or something between answered with a redirect. Requests never follow
    /// one (the token must not go where a response points), so the call stopped there.
    Redirected,
    /// The CORS proxy itself refused the call or could not complete it: dpk-proxy answers
    /// `{"error":{"code":"upstream_not_allowed","message":…,"rule":…}}` with snake_case codes
    /// that Microsoft's APIs never use.
    Proxy {
        /// The HTTP status.
        status: u16,
        /// The proxy's code, e.g. `upstream_not_allowed`.
        code: String,
        /// The proxy's message and rule, cleaned for display.
        message: Option<String>,
    },
}

/// The proxy codes that mean the proxy could not reach or wait for the API (error kind
/// `network`); every other proxy code is a refusal by its rules (`proxy_config`).
const PROXY_TRANSPORT_CODES: [&str; 3] = ["upstream_unreachable", "upstream_timeout", "proxy_busy"];

/// dpk-proxy's refusal codes (proxy/src/rules/refusal.rs).
const PROXY_CODES: [&str; 15] = [
    "bad_target",
    "host_not_allowed",
    "request_body_unreadable",
    "upstream_not_allowed",
    "upstream_address_refused",
    "origin_not_allowed",
    "origin_required",
    "method_not_allowed",
    "request_too_large",
    "upstream_response_too_large",
    "upstream_redirect_refused",
    "upstream_too_many_redirects",
    "upstream_unreachable",
    "proxy_busy",
    "upstream_timeout",
];

/// The proxy's refusal in `body`, if it is one: `(code, message + rule)`.
fn proxy_refusal(body: &str) -> Option<(String, Option<String>)> {
    let v: Value = serde_json::from_str(body).ok()?;
    let err = v.get("error")?;
    let code = err.get("code")?.as_str()?;
    if !PROXY_CODES.contains(&code) {
        return None;
    }
    let text = |k: &str| err.get(k).and_then(Value::as_str).unwrap_or_default();
    let joined = match (text("message"), text("rule")) {
        ("", "") => String::new(),
        (m, "") => m.to_owned(),
        ("", r) => r.to_owned(),
        (m, r) => format!("{m} ({r})"),
    };
    let clean: String = joined
        .chars()
        .filter(|c| !c.is_control())
        .take(300)
        .collect();
    Some((code.to_owned(), (!clean.is_empty()).then_some(clean)))
}

impl ApiError {
    /// The `data-error-kind` value: `unauthorized`, `forbidden`, `not_found`, `throttled`,
    /// `server`, `bad_request`, `network`, `parse` or `proxy_config`.
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::TokenMissing | ApiError::Unauthorized { .. } => "unauthorized",
            ApiError::Forbidden { .. } => "forbidden",
            ApiError::NotFound { .. } => "not_found",
            ApiError::Throttled { .. } => "throttled",
            ApiError::Server { .. } => "server",
            ApiError::BadRequest { .. } => "bad_request",
            ApiError::Parse(_) => "parse",
            ApiError::Network(_) => "network",
            ApiError::Config(_) => "proxy_config",
            ApiError::Redirected => "redirect",
            ApiError::Proxy { code, .. } if PROXY_TRANSPORT_CODES.contains(&code.as_str()) => {
                "network"
            }
            ApiError::Proxy { .. } => "proxy_config",
        }
    }

    /// Whether trying the same request again later may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            ApiError::Throttled { .. }
                | ApiError::Server { .. }
                | ApiError::Network(_)
                | ApiError::Parse(
                    ParseProblem::Truncated | ParseProblem::Empty | ParseProblem::Html
                )
        ) || self.kind() == "network"
    }
}

/// The service's own error message (`{"error":{"code","message"}}`), cleaned for display:
/// control characters dropped, at most 300 characters.
pub fn server_message(body: &str) -> Option<String> {
    let v: Value = serde_json::from_str(body).ok()?;
    let err = v.get("error")?;
    let msg = match err {
        Value::String(s) => s.clone(),
        Value::Object(o) => {
            let code = o.get("code").and_then(Value::as_str).unwrap_or_default();
            let message = o.get("message").and_then(Value::as_str).unwrap_or_default();
            match (code.is_empty(), message.is_empty()) {
                (false, false) => format!("{code}: {message}"),
                (false, true) => code.to_owned(),
                _ => message.to_owned(),
            }
        }
        _ => return None,
    };
    let clean: String = msg.chars().filter(|c| !c.is_control()).take(300).collect();
    (!clean.trim().is_empty()).then_some(clean)
}

/// How long a 429 asks to wait, in ms: `Retry-After` in seconds or as an HTTP date (relative to
/// `now_ms`), else a reset time in the body — "try again in 53 seconds", `retryAfter`/
/// `retryAfterSeconds` fields, or an `hh:mm:ss` span. `None` when nothing says.
pub fn retry_after_ms(header: Option<&str>, body: &str, now_ms: i64) -> Option<u64> {
    if let Some(h) = header.map(str::trim).filter(|h| !h.is_empty()) {
        if let Some(ms) = decimal_times(h, 1000) {
            return Some(ms);
        }
        if let Some(at) = parse_http_date_ms(h) {
            return Some(at.saturating_sub(now_ms).max(0) as u64);
        }
    }
    retry_from_body(body)
}

fn retry_from_body(body: &str) -> Option<u64> {
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        let obj = v.get("error").filter(|e| e.is_object()).unwrap_or(&v);
        for key in ["retryAfterSeconds", "retryAfter", "retry_after"] {
            if let Some(n) = obj.get(key).and_then(Value::as_u64) {
                return Some(n.saturating_mul(1000));
            }
        }
    }
    let lower = body.to_ascii_lowercase();
    // "… in 53 seconds", "… after 2 minutes", "… 1.5 sec".
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let number = pair[0].trim_end_matches('.');
        let unit = pair[1];
        let factor = if unit.starts_with("ms") || unit.starts_with("millisecond") {
            1
        } else if unit.starts_with("sec") || unit == "s" {
            1000
        } else if unit.starts_with("min") {
            60_000
        } else {
            continue;
        };
        if let Some(ms) = decimal_times(number, factor) {
            return Some(ms);
        }
    }
    // A .NET-style span "00:00:53".
    for w in words {
        let parts: Vec<&str> = w.split(':').collect();
        if let [h, m, s] = parts[..]
            && let (Some(h), Some(m), Some(s)) = (
                decimal_times(h, 3_600_000),
                decimal_times(m, 60_000),
                decimal_times(s, 1000),
            )
        {
            return Some(h + m + s);
        }
    }
    None
}

/// Maps a non-success status to its error (a refusal by the CORS proxy is told apart from the
/// API's own answer by its code).
pub fn status_error(raw: &RawResponse, now_ms: i64) -> ApiError {
    if let Some((code, message)) = proxy_refusal(&raw.body) {
        return ApiError::Proxy {
            status: raw.status,
            code,
            message,
        };
    }
    let message = server_message(&raw.body);
    match raw.status {
        401 => ApiError::Unauthorized { message },
        403 => ApiError::Forbidden { message },
        404 => ApiError::NotFound { message },
        429 => ApiError::Throttled {
            retry_after_ms: retry_after_ms(raw.retry_after.as_deref(), &raw.body, now_ms),
        },
        400..=499 => ApiError::BadRequest {
            status: raw.status,
            message,
        },
        status => ApiError::Server { status, message },
    }
}

/// Why `body` is not JSON.
pub fn parse_problem(body: &str, err: &serde_json::Error) -> ParseProblem {
    let t = body.trim_start();
    if t.is_empty() {
        ParseProblem::Empty
    } else if t.starts_with('<') {
        ParseProblem::Html
    } else if err.is_eof() {
        ParseProblem::Truncated
    } else {
        ParseProblem::NotJson
    }
}

/// Reads a list response: a page of incidents, or why not.
pub fn read_list_page(
    raw: &RawResponse,
    ctx: &MapContext<'_>,
    now_ms: i64,
) -> Result<ListPage, ApiError> {
    if !(200..300).contains(&raw.status) {
        return Err(status_error(raw, now_ms));
    }
    let v: Value = serde_json::from_str(&raw.body)
        .map_err(|e| ApiError::Parse(parse_problem(&raw.body, &e)))?;
    let Some(items) = v.get("value").and_then(Value::as_array) else {
        return Err(ApiError::Parse(ParseProblem::NotAPage));
    };
    let incidents: Vec<Incident> = items
        .iter()
        .filter_map(|i| incident_from_json(i, ctx))
        .collect();
    Ok(ListPage {
        skipped: items.len() - incidents.len(),
        raw_len: items.len(),
        incidents,
        next_link: v
            .get("@odata.nextLink")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
        count: v.get("@odata.count").and_then(Value::as_u64),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            retry_after: None,
            body: body.into(),
        }
    }

    #[test]
    fn every_status_has_a_kind() {
        let kinds: Vec<&str> = [401, 403, 404, 429, 400, 409, 500, 502, 503, 302]
            .iter()
            .map(|s| status_error(&raw(*s, ""), 0).kind())
            .collect();
        assert_eq!(
            kinds,
            [
                "unauthorized",
                "forbidden",
                "not_found",
                "throttled",
                "bad_request",
                "bad_request",
                "server",
                "server",
                "server",
                "server"
            ]
        );
        assert_eq!(ApiError::Network(NetworkCause::Timeout).kind(), "network");
        assert_eq!(
            ApiError::Config(ConfigProblem::ProxyUrlMissing).kind(),
            "proxy_config"
        );
        assert_eq!(ApiError::TokenMissing.kind(), "unauthorized");
        assert!(
            ApiError::Server {
                status: 500,
                message: None
            }
            .is_retryable()
        );
        assert!(!ApiError::Forbidden { message: None }.is_retryable());
    }

    #[test]
    fn the_proxy_s_own_refusals_are_not_mistaken_for_the_api_s() {
        let body = r#"{"error":{"code":"upstream_not_allowed","message":"This proxy does not forward to https://example.com.","rule":"upstream allowlist, plus each --allow-upstream ORIGIN"}}"#;
        let e = status_error(&raw(403, body), 0);
        assert_eq!(e.kind(), "proxy_config");
        assert_eq!(
            e,
            ApiError::Proxy {
                status: 403,
                code: "upstream_not_allowed".into(),
                message: Some("This proxy does not forward to https://example.com. (upstream allowlist, plus each --allow-upstream ORIGIN)".into()),
            }
        );
        let down = status_error(
            &raw(
                502,
                r#"{"error":{"code":"upstream_unreachable","message":"connection refused"}}"#,
            ),
            0,
        );
        assert_eq!(down.kind(), "network");
        assert!(down.is_retryable());
        // A page that reached the proxy under a foreign host name (DNS rebinding) is told it is
        // the proxy's rule, not a missing permission.
        let host = status_error(
            &raw(
                403,
                r#"{"error":{"code":"host_not_allowed","message":"This proxy answers only to its own address."}}"#,
            ),
            0,
        );
        assert_eq!(host.kind(), "proxy_config");
        // Microsoft's own 403 stays a permission problem.
        assert_eq!(
            status_error(
                &raw(403, r#"{"error":{"code":"Forbidden","message":"x"}}"#),
                0
            )
            .kind(),
            "forbidden"
        );
    }

    #[test]
    fn server_messages_are_read_and_cleaned() {
        let graph403 = r#"{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: SecurityIncident.Read.All,SecurityIncident.ReadWrite.All, application roles: .","innerError":{}}}"#;
        assert_eq!(
            status_error(&raw(403, graph403), 0),
            ApiError::Forbidden {
                message: Some("Forbidden: Missing application roles. API required roles: SecurityIncident.Read.All,SecurityIncident.ReadWrite.All, application roles: .".into())
            }
        );
        let long = format!(r#"{{"error":{{"message":"a\u0007{}"}}}}"#, "x".repeat(500));
        assert_eq!(server_message(&long).map(|m| m.chars().count()), Some(300));
        assert_eq!(server_message("<html>"), None);
        assert_eq!(
            server_message(r#"{"error":"nope"}"#).as_deref(),
            Some("nope")
        );
    }

    #[test]
    fn retry_after_in_every_documented_and_observed_form() {
        assert_eq!(retry_after_ms(Some("7"), "", 0), Some(7000));
        assert_eq!(retry_after_ms(Some("0.5"), "", 0), Some(500));
        let now = crate::incidents::time::parse_rfc3339_ms("2015-10-21T07:27:50Z").expect("date");
        assert_eq!(
            retry_after_ms(Some("Wed, 21 Oct 2015 07:28:00 GMT"), "", now),
            Some(10_000)
        );
        assert_eq!(
            retry_after_ms(Some("Wed, 21 Oct 2015 07:28:00 GMT"), "", now + 60_000),
            Some(0)
        );
        let body = r#"{"error":{"code":"TooManyRequests","message":"Rate limit is exceeded. Try again in 53 seconds."}}"#;
        assert_eq!(retry_after_ms(None, body, 0), Some(53_000));
        assert_eq!(retry_after_ms(Some("soon"), body, 0), Some(53_000));
        assert_eq!(
            retry_after_ms(None, r#"{"error":{"retryAfterSeconds":2}}"#, 0),
            Some(2000)
        );
        assert_eq!(
            retry_after_ms(None, "quota resets in 00:01:05", 0),
            Some(65_000)
        );
        assert_eq!(
            retry_after_ms(None, "try again in 2 minutes", 0),
            Some(120_000)
        );
        assert_eq!(retry_after_ms(None, "Too many requests", 0), None);
        assert_eq!(
            status_error(
                &RawResponse {
                    status: 429,
                    retry_after: Some("3".into()),
                    body: String::new()
                },
                0
            ),
            ApiError::Throttled {
                retry_after_ms: Some(3000)
            }
        );
    }

    #[test]
    fn bodies_that_are_not_pages() {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        let err = |b: &str| read_list_page(&raw(200, b), &ctx, 0).expect_err("not a page");
        assert_eq!(err(""), ApiError::Parse(ParseProblem::Empty));
        assert_eq!(
            err(r#"{"value":[{"incidentId":1"#),
            ApiError::Parse(ParseProblem::Truncated)
        );
        assert_eq!(
            err("<!doctype html><p>proxy error"),
            ApiError::Parse(ParseProblem::Html)
        );
        assert_eq!(err("value: 1"), ApiError::Parse(ParseProblem::NotJson));
        assert_eq!(
            err(r#"{"items":[]}"#),
            ApiError::Parse(ParseProblem::NotAPage)
        );
        let ok = read_list_page(
            &raw(
                200,
                r#"{"value":[{"incidentId":1},{"x":1},2],"@odata.nextLink":" ","@odata.count":9}"#,
            ),
            &ctx,
            0,
        )
        .expect("a page");
        assert_eq!((ok.incidents.len(), ok.skipped, ok.raw_len), (1, 2, 3));
        assert_eq!(ok.next_link, None);
        assert_eq!(ok.count, Some(9));
    }

    #[test]
    fn network_failures_are_told_apart_where_possible() {
        let base = NetworkFacts {
            online: true,
            timed_out: false,
            via_proxy: true,
            defender_host: true,
            first_hop_answers: None,
        };
        assert_eq!(
            classify_network_failure(NetworkFacts {
                online: false,
                ..base
            }),
            NetworkCause::Offline
        );
        assert_eq!(
            classify_network_failure(NetworkFacts {
                timed_out: true,
                ..base
            }),
            NetworkCause::Timeout
        );
        assert_eq!(
            classify_network_failure(NetworkFacts {
                first_hop_answers: Some(false),
                ..base
            }),
            NetworkCause::ProxyDown
        );
        assert_eq!(
            classify_network_failure(NetworkFacts {
                first_hop_answers: Some(true),
                ..base
            }),
            NetworkCause::ProxyRefused
        );
        assert_eq!(classify_network_failure(base), NetworkCause::Unknown);
        let direct = NetworkFacts {
            via_proxy: false,
            ..base
        };
        assert_eq!(classify_network_failure(direct), NetworkCause::DirectNoCors);
        let other = NetworkFacts {
            defender_host: false,
            ..direct
        };
        assert_eq!(
            classify_network_failure(NetworkFacts {
                first_hop_answers: Some(false),
                ..other
            }),
            NetworkCause::HostDown
        );
        assert_eq!(
            classify_network_failure(NetworkFacts {
                first_hop_answers: Some(true),
                ..other
            }),
            NetworkCause::CorsRefused
        );
    }
}
