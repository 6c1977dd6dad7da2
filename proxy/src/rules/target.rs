//! The target URL carried in the request path, the upstream allowlist, and the redirect rule.
//!
//! A proxy request looks like `/https://api.security.microsoft.com/api/incidents?$top=100`: the
//! path after the first `/` is the target URL and the request's query is the target's query.
//! The URL is parsed once, with the same WHATWG parser the HTTP client uses, so the URL that is
//! checked is exactly the URL that is fetched (no parser-differential tricks).

use std::net::IpAddr;

use url::{Host, Url};

use crate::rules::address::classify;
use crate::rules::refusal::Refusal;

/// At most this many redirects are followed, each within the upstream's own origin.
pub const MAX_REDIRECTS: usize = 5;

/// Extracts the target URL from a request's path and query.
///
/// Accepts `/https://host/…` and `/https:/host/…` (browsers and some servers collapse `//`), for
/// `http` and `https` only, scheme case-insensitive. The query is appended verbatim. Credentials
/// in the URL (`https://user:pass@host`) are refused; a fragment is dropped.
pub fn parse_target(path: &str, query: Option<&str>) -> Result<Url, Refusal> {
    let rest = path.strip_prefix('/').unwrap_or(path);
    let (scheme, after) = rest.split_once(':').ok_or(Refusal::BadTarget {
        reason: "the path does not start with an http:// or https:// URL",
    })?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(Refusal::BadTarget {
            reason: "the path does not start with an http:// or https:// URL",
        });
    }
    let authority_and_path = after
        .strip_prefix("//")
        .or_else(|| after.strip_prefix('/'))
        .ok_or(Refusal::BadTarget {
            reason: "the scheme must be followed by // and a host",
        })?;
    if authority_and_path.starts_with('/') || authority_and_path.is_empty() {
        return Err(Refusal::BadTarget {
            reason: "the target URL has no host",
        });
    }
    let mut text = format!("{scheme}://{authority_and_path}");
    if let Some(q) = query {
        text.push('?');
        text.push_str(q);
    }
    let mut url = Url::parse(&text).map_err(|_| Refusal::BadTarget {
        reason: "the target is not a valid URL",
    })?;
    if url.host().is_none() {
        return Err(Refusal::BadTarget {
            reason: "the target URL has no host",
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Refusal::BadTarget {
            reason: "credentials in the target URL are not forwarded",
        });
    }
    url.set_fragment(None);
    Ok(url)
}

/// The `scheme://host[:port]` origin of a URL (default ports omitted, host lower-cased).
pub fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// Why a configured origin (`--allow-upstream`, `--allow-origin`) was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginError {
    /// The value as given.
    pub value: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl std::fmt::Display for OriginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} is not a valid origin: {}", self.value, self.reason)
    }
}

impl std::error::Error for OriginError {}

/// Normalises a configured origin: `http(s)://host[:port]`, optionally with a trailing `/`; no
/// credentials, path, query or fragment. `*` is refused: the proxy never answers with a wildcard.
pub fn normalize_origin(value: &str) -> Result<String, OriginError> {
    let err = |reason| OriginError {
        value: value.to_owned(),
        reason,
    };
    let trimmed = value.trim();
    if trimmed == "*" {
        return Err(err("wildcards are refused; list each origin"));
    }
    let url = Url::parse(trimmed).map_err(|_| err("expected scheme://host[:port]"))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(err("the scheme must be http or https"));
    }
    if url.host().is_none() {
        return Err(err("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(err("it must not contain credentials"));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(err("it must not have a path, query or fragment"));
    }
    Ok(origin_of(&url))
}

/// How an allowed target may be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A catalog origin: connect only if its host resolves to public addresses.
    PublicOnly,
    /// The exact origin was given with `--allow-upstream`: any address, including loopback.
    Explicit,
}

/// The upstream allowlist: the catalog's origins and the explicitly added ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpstreamPolicy {
    catalog: Vec<String>,
    explicit: Vec<String>,
}

impl UpstreamPolicy {
    /// Builds the policy; every origin is normalised with [`normalize_origin`].
    pub fn new<'a>(
        catalog: impl IntoIterator<Item = &'a str>,
        explicit: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, OriginError> {
        Ok(UpstreamPolicy {
            catalog: catalog
                .into_iter()
                .map(normalize_origin)
                .collect::<Result<_, _>>()?,
            explicit: explicit
                .into_iter()
                .map(normalize_origin)
                .collect::<Result<_, _>>()?,
        })
    }

    /// The number of distinct allowed origins.
    pub fn len(&self) -> usize {
        let mut all: Vec<&String> = self.catalog.iter().chain(&self.explicit).collect();
        all.sort();
        all.dedup();
        all.len()
    }

    /// Whether no origin at all is allowed.
    pub fn is_empty(&self) -> bool {
        self.catalog.is_empty() && self.explicit.is_empty()
    }

    /// Decides whether `url` may be fetched, and how.
    ///
    /// An IP-literal host that is not public is refused first (clearer than "not allowed"),
    /// unless its exact origin is explicit. Host names are checked again after DNS resolution
    /// by the resolver when the route is [`Route::PublicOnly`].
    pub fn check(&self, url: &Url) -> Result<Route, Refusal> {
        let origin = origin_of(url);
        let explicit = self.explicit.contains(&origin);
        if !explicit {
            if let Some(ip) = literal_ip(url) {
                let class = classify(ip);
                if !class.is_public() {
                    return Err(Refusal::AddressRefused {
                        host: url.host_str().unwrap_or_default().to_owned(),
                        ip,
                        class,
                    });
                }
            }
        }
        if explicit {
            Ok(Route::Explicit)
        } else if self.catalog.contains(&origin) {
            Ok(Route::PublicOnly)
        } else {
            Err(Refusal::UpstreamNotAllowed { origin })
        }
    }
}

/// The IP address of a URL whose host is an IP literal.
pub fn literal_ip(url: &Url) -> Option<IpAddr> {
    match url.host()? {
        Host::Ipv4(v4) => Some(IpAddr::V4(v4)),
        Host::Ipv6(v6) => Some(IpAddr::V6(v6)),
        Host::Domain(_) => None,
    }
}

/// Whether the HTTP client may follow a redirect from the chain that started at `first` to
/// `next`, after `hops` redirects: only within the same origin, at most [`MAX_REDIRECTS`].
pub fn may_follow_redirect(first: &Url, next: &Url, hops: usize) -> bool {
    hops < MAX_REDIRECTS && first.origin() == next.origin()
}

/// Judges an upstream response: a redirect (3xx with `Location`) that reaches the proxy was not
/// followed, so it is either to another origin or one too many. `Location` is resolved against
/// `final_url`, the URL that produced the response.
pub fn redirect_refusal(final_url: &Url, status: u16, location: Option<&str>) -> Option<Refusal> {
    if !matches!(status, 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = location?;
    match final_url.join(location) {
        Ok(next) if next.origin() == final_url.origin() => Some(Refusal::TooManyRedirects),
        Ok(next) => Some(Refusal::RedirectRefused {
            to: Some(origin_of(&next)),
        }),
        Err(_) => Some(Refusal::RedirectRefused { to: None }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::address::AddressClass;

    fn catalog() -> UpstreamPolicy {
        UpstreamPolicy::new(
            dpk_domain::cloud::upstream_origins(),
            ["http://127.0.0.1:9000"],
        )
        .unwrap()
    }

    fn target(s: &str) -> Url {
        let (path, query) = match s.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (s, None),
        };
        parse_target(path, query).unwrap()
    }

    #[test]
    fn parses_prefix_form_with_query_kept_verbatim() {
        let url = parse_target(
            "/https://api.security.microsoft.com/api/incidents",
            Some("$top=100&$filter=status%20eq%20'Active'"),
        )
        .unwrap();
        assert_eq!(
            url.as_str(),
            "https://api.security.microsoft.com/api/incidents?$top=100&$filter=status%20eq%20%27Active%27"
        );
    }

    #[test]
    fn accepts_collapsed_slashes_and_any_scheme_case() {
        assert_eq!(
            target("/https:/graph.microsoft.com/v1.0/security/incidents").as_str(),
            "https://graph.microsoft.com/v1.0/security/incidents"
        );
        assert_eq!(
            target("/HTTPS://Graph.Microsoft.COM:443/v1.0").as_str(),
            "https://graph.microsoft.com/v1.0"
        );
        assert_eq!(
            target("/http://127.0.0.1:9000").as_str(),
            "http://127.0.0.1:9000/"
        );
    }

    #[test]
    fn refuses_what_is_not_a_target() {
        for bad in [
            "/",
            "/favicon.ico",
            "/ftp://example.com/",
            "/file:///etc/passwd",
            "/https:",
            "/https://",
            "/https:///",
            "/javascript:alert(1)",
            "/https://user:pass@graph.microsoft.com/",
            "/https://graph.microsoft.com@/",
            "/https://[::1/",
            // A third slash: the WHATWG parser would read `https:///host` as `https://host`.
            "/https:///graph.microsoft.com/v1.0",
            "/https:////graph.microsoft.com/v1.0",
            // A user name alone, or a password alone, is still a credential.
            "/https://user@graph.microsoft.com/",
            "/https://:pw@graph.microsoft.com/",
        ] {
            let r = parse_target(bad, None);
            assert!(matches!(r, Err(Refusal::BadTarget { .. })), "{bad}: {r:?}");
        }
    }

    #[test]
    fn catalog_origins_are_allowed_on_the_public_route() {
        let p = catalog();
        for o in dpk_domain::cloud::upstream_origins() {
            let url = target(&format!("/{o}/api/x"));
            assert_eq!(p.check(&url), Ok(Route::PublicOnly), "{o}");
        }
        assert_eq!(
            p.check(&target(
                "/https://api-gov.securitycenter.microsoft.us/api/machines"
            )),
            Ok(Route::PublicOnly)
        );
    }

    #[test]
    fn other_hosts_schemes_and_ports_are_not_allowed() {
        let p = catalog();
        for other in [
            "/https://example.com/",
            "/http://graph.microsoft.com/v1.0",
            "/https://graph.microsoft.com:8443/v1.0",
            "/https://graph.microsoft.com.evil.example/",
            "/https://evilgraph.microsoft.com/",
            "/https://localhost/",
        ] {
            let r = p.check(&target(other));
            assert!(
                matches!(r, Err(Refusal::UpstreamNotAllowed { .. })),
                "{other}: {r:?}"
            );
        }
    }

    #[test]
    fn checked_url_is_the_fetched_url() {
        // WHATWG parsing treats `\` as `/`: the host is graph.microsoft.com, and that is the
        // host the client connects to, because it fetches this very `Url`.
        let url = target("/https://graph.microsoft.com\\@evil.example/");
        assert_eq!(url.host_str(), Some("graph.microsoft.com"));
        assert_eq!(catalog().check(&url), Ok(Route::PublicOnly));
    }

    #[test]
    fn non_public_literals_are_refused_unless_explicit() {
        let p = catalog();
        let cases = [
            (
                "/http://169.254.169.254/latest/meta-data/",
                AddressClass::Metadata,
            ),
            ("/http://127.0.0.1:22/", AddressClass::Loopback),
            ("/http://0.0.0.0:9000/", AddressClass::Unspecified),
            ("/http://[::1]:9000/", AddressClass::Loopback),
            ("/http://[fd00::1]/", AddressClass::UniqueLocal),
            ("/http://[::ffff:169.254.169.254]/", AddressClass::Metadata),
            ("/http://2852039166/", AddressClass::Metadata),
            ("/http://0xa9fea9fe/", AddressClass::Metadata),
            ("/http://10.0.0.1/", AddressClass::Private),
        ];
        for (path, class) in cases {
            let r = p.check(&target(path));
            match r {
                Err(Refusal::AddressRefused { class: got, .. }) => {
                    assert_eq!(got, class, "{path}")
                }
                other => panic!("{path}: {other:?}"),
            }
        }
        assert_eq!(
            p.check(&target("/http://127.0.0.1:9000/api")),
            Ok(Route::Explicit)
        );
        assert!(matches!(
            p.check(&target("/https://127.0.0.1:9000/api")),
            Err(Refusal::AddressRefused { .. })
        ));
    }

    #[test]
    fn public_literals_still_need_the_allowlist() {
        let r = catalog().check(&target("/https://8.8.8.8/"));
        assert!(
            matches!(r, Err(Refusal::UpstreamNotAllowed { .. })),
            "{r:?}"
        );
    }

    #[test]
    fn configured_origins_are_normalised_and_validated() {
        assert_eq!(
            normalize_origin("HTTP://LocalHost:8080/").unwrap(),
            "http://localhost:8080"
        );
        assert_eq!(
            normalize_origin("https://graph.microsoft.com:443").unwrap(),
            "https://graph.microsoft.com"
        );
        assert_eq!(
            normalize_origin("http://[::1]:8080").unwrap(),
            "http://[::1]:8080"
        );
        for bad in [
            "*",
            "null",
            "graph.microsoft.com",
            "ftp://x",
            "https://a/b",
            "https://a?x",
            "https://u:p@a",
            "https://u@a",
            "https://:p@a",
            "https://a#f",
            "https://a/?",
        ] {
            assert!(normalize_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn redirects_stay_within_the_origin() {
        let first = Url::parse("https://graph.microsoft.com/v1.0/a").unwrap();
        let same = Url::parse("https://graph.microsoft.com/v1.0/b").unwrap();
        let other = Url::parse("https://evil.example/").unwrap();
        assert!(may_follow_redirect(&first, &same, 0));
        assert!(!may_follow_redirect(&first, &same, MAX_REDIRECTS));
        assert!(!may_follow_redirect(&first, &other, 0));

        assert_eq!(
            redirect_refusal(&first, 200, Some("https://evil.example/")),
            None
        );
        assert_eq!(
            redirect_refusal(&first, 201, Some("https://evil.example/")),
            None
        );
        assert_eq!(redirect_refusal(&first, 302, None), None);
        assert_eq!(
            redirect_refusal(&first, 302, Some("https://evil.example/x")),
            Some(Refusal::RedirectRefused {
                to: Some("https://evil.example".into())
            })
        );
        assert_eq!(
            redirect_refusal(&first, 307, Some("//evil.example/x")),
            Some(Refusal::RedirectRefused {
                to: Some("https://evil.example".into())
            })
        );
        assert_eq!(
            redirect_refusal(&first, 308, Some("/v1.0/c")),
            Some(Refusal::TooManyRedirects)
        );
        assert_eq!(
            redirect_refusal(&first, 301, Some("http://[::1")),
            Some(Refusal::RedirectRefused { to: None })
        );
    }
}
