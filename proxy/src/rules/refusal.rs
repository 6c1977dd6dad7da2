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
    /// More than one `Origin` header (403, no CORS headers).
    MultipleOrigins,
    /// The `Host` header does not name the proxy (DNS rebinding), or is missing or repeated (403).
    HostNotAllowed,
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
    /// The request body did not arrive in full within `--body-timeout` (408).
    RequestBodyTimeout {
        /// The deadline in seconds.
        secs: u64,
    },
    /// Buffering this body would take the proxy over `--max-buffered-bytes` (503).
    BuffersFull,
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
        /// The transport error's description, which never contains the URL. It goes to the
        /// proxy's own log only, never to the client (it can name internal hosts and addresses).
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
            | Refusal::MultipleOrigins
            | Refusal::HostNotAllowed
            | Refusal::OriginRequired => 403,
            Refusal::RequestBodyTimeout { .. } => 408,
            Refusal::MethodNotAllowed { .. } => 405,
            Refusal::RequestTooLarge { .. } => 413,
            Refusal::ResponseTooLarge { .. }
            | Refusal::RedirectRefused { .. }
            | Refusal::TooManyRedirects
            | Refusal::Unreachable { .. } => 502,
            Refusal::Busy | Refusal::BuffersFull => 503,
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
            // The page knows these codes (domain/src/incidents/response.rs): a second Origin is an
            // origin refusal, a stalled body an unreadable one, full buffers a busy proxy.
            Refusal::MultipleOrigins => "origin_not_allowed",
            Refusal::HostNotAllowed => "host_not_allowed",
            Refusal::RequestBodyTimeout { .. } => "request_body_unreadable",
            Refusal::BuffersFull => "proxy_busy",
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
            Refusal::MultipleOrigins => "exactly one Origin header",
            Refusal::HostNotAllowed => {
                "the Host header must name this proxy: localhost, a loopback address or the \
                 --listen address"
            }
            Refusal::RequestBodyTimeout { .. } => "request body deadline: --body-timeout SECS",
            Refusal::BuffersFull => "memory cap for buffered bodies: --max-buffered-bytes",
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
                    // The resolved address is an internal DNS answer: the log has it, the
                    // client does not.
                    format!(
                        "This proxy does not forward to {host}: it resolves to {}.",
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
            Refusal::MultipleOrigins => {
                "This request has more than one Origin header and is not accepted.".to_owned()
            }
            Refusal::HostNotAllowed => {
                "This request's Host header does not name this proxy.".to_owned()
            }
            Refusal::RequestBodyTimeout { secs } => {
                format!("The request body did not arrive within {secs} seconds.")
            }
            Refusal::BuffersFull => {
                "The proxy is holding too many large bodies; try again.".to_owned()
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
            Refusal::Unreachable { .. } => "The upstream could not be reached.".to_owned(),
        }
    }

    /// What only the proxy's own log gets: the transport error of an unreachable upstream, the
    /// address a refused host name resolved to. Never a header value or query string.
    pub fn log_detail(&self) -> Option<String> {
        match self {
            Refusal::Unreachable { detail } => Some(detail.clone()),
            Refusal::AddressRefused { host, ip, .. }
                if host.trim_start_matches('[').trim_end_matches(']') != ip.to_string() =>
            {
                Some(format!("{host} resolved to {ip}"))
            }
            _ => None,
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
            "This proxy does not forward to rebind.example: it resolves to a private-network \
             address."
        );
        assert_eq!(
            resolved.log_detail().as_deref(),
            Some("rebind.example resolved to 10.0.0.7")
        );
        assert_eq!(r.log_detail(), None);
        assert_eq!(v6.log_detail(), None);
    }

    #[test]
    fn transport_detail_goes_to_the_log_not_the_client() {
        let r = Refusal::Unreachable {
            detail: "tcp connect error: Connection refused (os error 111)".into(),
        };
        assert_eq!(r.message(), "The upstream could not be reached.");
        assert!(!r.to_json().contains("os error"));
        assert_eq!(
            r.log_detail().as_deref(),
            Some("tcp connect error: Connection refused (os error 111)")
        );
        assert_eq!(r.status(), 502);
        assert_eq!(Refusal::Busy.log_detail(), None);
    }

    #[test]
    fn hostile_client_refusals_use_codes_the_page_knows() {
        assert_eq!(Refusal::MultipleOrigins.status(), 403);
        assert_eq!(Refusal::MultipleOrigins.code(), "origin_not_allowed");
        assert_eq!(Refusal::HostNotAllowed.status(), 403);
        assert_eq!(Refusal::HostNotAllowed.code(), "host_not_allowed");
        let slow = Refusal::RequestBodyTimeout { secs: 3 };
        assert_eq!(
            (slow.status(), slow.code()),
            (408, "request_body_unreadable")
        );
        assert!(slow.message().contains("3 seconds"));
        assert_eq!(
            (Refusal::BuffersFull.status(), Refusal::BuffersFull.code()),
            (503, "proxy_busy")
        );
        assert!(Refusal::BuffersFull.rule().contains("--max-buffered-bytes"));
    }
}
