//! Every way the proxy refuses a request, and the one place that turns a refusal into an HTTP
//! status and a JSON body: `{"error":{"code":"…","message":"…","rule":"…"}}`.
//!
//! `code` is stable and meant for programs; `message` is a sentence for people; `rule` names the
//! rule (and the flag that changes it) so an operator knows what to adjust.

use serde_json::json;

use crate::rules::address::AddressClass;

/// Why the proxy answered with an error instead of the upstream's response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refusal {
    /// The request path does not carry an `http(s)://` URL the proxy can forward to (400).
    BadTarget {
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The target's origin is not on the upstream allowlist (403).
    UpstreamNotAllowed {
        /// The refused origin, `scheme://host[:port]`.
        origin: String,
    },
    /// The target is (or resolves to) a loopback, private, link-local, metadata or other
    /// non-public address, and its exact origin was not given with `--allow-upstream` (403).
    AddressRefused {
        /// The host as written in the URL.
        host: String,
        /// The offending address.
        ip: std::net::IpAddr,
        /// Why that address is not public.
        class: AddressClass,
    },
    /// The page's `Origin` is not one of `--allow-origin` (403, no CORS headers).
    OriginNotAllowed {
        /// The refused page origin.
        origin: String,
    },
    /// No `Origin` header, and either `--require-origin` is set or the browser marked the request
    /// as coming from another site (`Sec-Fetch-Site: cross-site`/`same-site`) (403).
    OriginRequired,
    /// `CONNECT` and `TRACE` are never forwarded (405).
    MethodNotAllowed {
        /// The refused method.
        method: String,
    },
    /// The request body is larger than `--max-request-bytes` (413).
    RequestTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The request body could not be read from the browser (400).
    RequestBodyUnreadable,
    /// The upstream's response body is larger than `--max-response-bytes` (502).
    ResponseTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The upstream redirected to another origin; the proxy does not follow it nor pass the
    /// `Location` on (502).
    RedirectRefused {
        /// The origin the upstream redirected to, or `None` if the `Location` did not parse.
        to: Option<String>,
    },
    /// The upstream kept redirecting within its own origin (502).
    TooManyRedirects,
    /// No forwarding slot (`--max-in-flight`) came free within `--timeout` (503).
    Busy,
    /// The upstream did not answer (headers and body) within `--timeout` (504).
    Timeout {
        /// The timeout in seconds.
        secs: u64,
    },
    /// The upstream could not be reached: DNS failure, connection refused, TLS failure (502).
    Unreachable {
        /// The transport error's description, which never contains the URL.
        detail: String,
    },
}

impl Refusal {
    /// The HTTP status the proxy answers with.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::BadTarget { .. } | Refusal::RequestBodyUnreadable => 400,
            Refusal::UpstreamNotAllowed { .. }
            | Refusal::AddressRefused { .. }
            | Refusal::OriginNotAllowed { .. }
            | Refusal::OriginRequired => 403,
            Refusal::MethodNotAllowed { .. } => 405,
            Refusal::RequestTooLarge { .. } => 413,
            Refusal::ResponseTooLarge { .. }
            | Refusal::RedirectRefused { .. }
            | Refusal::TooManyRedirects
            | Refusal::Unreachable { .. } => 502,
            Refusal::Busy => 503,
            Refusal::Timeout { .. } => 504,
        }
    }

    /// The stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::BadTarget { .. } => "bad_target",
            Refusal::UpstreamNotAllowed { .. } => "upstream_not_allowed",
            Refusal::AddressRefused { .. } => "upstream_address_refused",
            Refusal::OriginNotAllowed { .. } => "origin_not_allowed",
            Refusal::OriginRequired => "origin_required",
            Refusal::MethodNotAllowed { .. } => "method_not_allowed",
            Refusal::RequestTooLarge { .. } => "request_too_large",
            Refusal::RequestBodyUnreadable => "request_body_unreadable",
            Refusal::ResponseTooLarge { .. } => "upstream_response_too_large",
            Refusal::RedirectRefused { .. } => "upstream_redirect_refused",
            Refusal::TooManyRedirects => "upstream_too_many_redirects",
            Refusal::Busy => "proxy_busy",
            Refusal::Timeout { .. } => "upstream_timeout",
            Refusal::Unreachable { .. } => "upstream_unreachable",
        }
    }

    /// The rule that produced the refusal, naming the flag that changes it.
    pub fn rule(&self) -> &'static str {
        match self {
            Refusal::BadTarget { .. } => {
                "the path must be the target URL: /https://host/path (or /https:/host/path)"
            }
            Refusal::UpstreamNotAllowed { .. } => {
                "upstream allowlist: the Defender XDR, Defender for Endpoint and Microsoft Graph \
                 origins, plus each --allow-upstream ORIGIN"
            }
            Refusal::AddressRefused { .. } => {
                "no loopback, private, link-local, metadata or other non-public upstream address \
                 unless that exact origin is given with --allow-upstream"
            }
            Refusal::OriginNotAllowed { .. } => "page origin allowlist: --allow-origin ORIGIN",
            Refusal::OriginRequired => {
                "requests without an Origin header are for non-browser clients; \
                 --require-origin refuses them all"
            }
            Refusal::MethodNotAllowed { .. } => "CONNECT and TRACE are never forwarded",
            Refusal::RequestTooLarge { .. } => "request body cap: --max-request-bytes",
            Refusal::RequestBodyUnreadable => "the request body must arrive complete",
            Refusal::ResponseTooLarge { .. } => "response body cap: --max-response-bytes",
            Refusal::RedirectRefused { .. } => {
                "redirects are followed only within the upstream's own origin"
            }
            Refusal::TooManyRedirects => {
                "at most 5 redirects, each within the upstream's own origin"
            }
            Refusal::Busy => "concurrency cap: --max-in-flight N, waiting at most --timeout SECS",
            Refusal::Timeout { .. } => "upstream timeout: --timeout SECS",
            Refusal::Unreachable { .. } => "the upstream must be reachable from this machine",
        }
    }

    /// A sentence for the person reading the error.
    pub fn message(&self) -> String {
        match self {
            Refusal::BadTarget { reason } => format!("Not a proxy request: {reason}."),
            Refusal::UpstreamNotAllowed { origin } => {
                format!("This proxy does not forward to {origin}.")
            }
            Refusal::AddressRefused { host, ip, class } => {
                if host.trim_start_matches('[').trim_end_matches(']') == ip.to_string() {
                    format!(
                        "This proxy does not forward to {host}, {}.",
                        class.describe()
                    )
                } else {
                    format!(
                        "This proxy does not forward to {host}: it resolves to {ip}, {}.",
                        class.describe()
                    )
                }
            }
            Refusal::OriginNotAllowed { origin } => {
                format!("Pages served from {origin} may not use this proxy.")
            }
            Refusal::OriginRequired => {
                "This request has no Origin header and is not accepted here.".to_owned()
            }
            Refusal::MethodNotAllowed { method } => {
                format!("This proxy does not forward {method} requests.")
            }
            Refusal::RequestTooLarge { limit } => {
                format!("The request body is larger than {limit} bytes.")
            }
            Refusal::RequestBodyUnreadable => {
                "The request body could not be read completely.".to_owned()
            }
            Refusal::ResponseTooLarge { limit } => {
                format!("The upstream's response body is larger than {limit} bytes.")
            }
            Refusal::RedirectRefused { to: Some(to) } => {
                format!("The upstream redirected to another origin ({to}); not followed.")
            }
            Refusal::RedirectRefused { to: None } => {
                "The upstream redirected to a location that is not a valid URL.".to_owned()
            }
            Refusal::TooManyRedirects => "The upstream redirected too many times.".to_owned(),
            Refusal::Busy => "The proxy is busy with other requests; try again.".to_owned(),
            Refusal::Timeout { secs } => {
                format!("The upstream did not answer within {secs} seconds.")
            }
            Refusal::Unreachable { detail } => {
                format!("The upstream could not be reached: {detail}.")
            }
        }
    }

    /// The JSON body: `{"error":{"code":…,"message":…,"rule":…}}`.
    pub fn to_json(&self) -> String {
        json!({
            "error": {
                "code": self.code(),
                "message": self.message(),
                "rule": self.rule(),
            }
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_body_has_code_message_and_rule() {
        let r = Refusal::UpstreamNotAllowed {
            origin: "https://example.com".into(),
        };
        let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(v["error"]["code"], "upstream_not_allowed");
        assert_eq!(
            v["error"]["message"],
            "This proxy does not forward to https://example.com."
        );
        assert!(
            v["error"]["rule"]
                .as_str()
                .unwrap()
                .contains("--allow-upstream")
        );
        assert_eq!(r.status(), 403);
    }

    #[test]
    fn statuses_follow_http_meaning() {
        assert_eq!(Refusal::Timeout { secs: 1 }.status(), 504);
        assert_eq!(Refusal::RequestTooLarge { limit: 1 }.status(), 413);
        assert_eq!(Refusal::ResponseTooLarge { limit: 1 }.status(), 502);
        assert_eq!(Refusal::RedirectRefused { to: None }.status(), 502);
        assert_eq!(
            Refusal::MethodNotAllowed {
                method: "TRACE".into()
            }
            .status(),
            405
        );
        assert_eq!(Refusal::BadTarget { reason: "x" }.status(), 400);
    }

    #[test]
    fn address_refusal_names_the_class() {
        let r = Refusal::AddressRefused {
            host: "169.254.169.254".into(),
            ip: "169.254.169.254".parse().unwrap(),
            class: AddressClass::Metadata,
        };
        assert_eq!(r.code(), "upstream_address_refused");
        assert_eq!(
            r.message(),
            "This proxy does not forward to 169.254.169.254, a cloud metadata endpoint."
        );
        let v6 = Refusal::AddressRefused {
            host: "[::1]".into(),
            ip: "::1".parse().unwrap(),
            class: AddressClass::Loopback,
        };
        assert_eq!(
            v6.message(),
            "This proxy does not forward to [::1], a loopback address."
        );
        let resolved = Refusal::AddressRefused {
            host: "rebind.example".into(),
            ip: "10.0.0.7".parse().unwrap(),
            class: AddressClass::Private,
        };
        assert_eq!(
            resolved.message(),
            "This proxy does not forward to rebind.example: it resolves to 10.0.0.7, \
             a private-network address."
        );
    }
}
