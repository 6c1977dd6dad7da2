//! Connection settings of the incidents explorer: which API, which host, which CORS proxy, and
//! the advanced knobs (rate limit, page size, timeout). They are remembered in local storage as
//! one JSON value; the token never is part of them.
//!
//! [`ConnectionSettings::resolve`] turns the settings into an [`Endpoint`] (or the reason it
//! cannot), and [`Endpoint::wrap`] applies the proxy to a target URL. [`warnings`] lists what the
//! user should know before sending a token through these settings.

use crate::cloud::{API_HOSTS, Api, Cloud, defender_portal_origin};
use crate::incidents::pacer::{WindowLimit, parse_rate_limits};
use crate::json::Writer;
use crate::url::{UrlParts, encode_component};

/// Storage key of the connection settings (JSON).
pub const CONNECTION_KEY: &str = "dpk.incidents.connection";

/// The local CORS proxy (`dpk-proxy`), the default prefix when the page itself is served from
/// this machine.
pub const LOCAL_PROXY: &str = "http://127.0.0.1:8787/";

/// Public CORS proxies: a token sent through them is handed to a stranger.
pub const PUBLIC_PROXY_HOSTS: [&str; 12] = [
    "cors-anywhere.herokuapp.com",
    "corsproxy.io",
    "api.allorigins.win",
    "allorigins.win",
    "thingproxy.freeboard.io",
    "cors.bridged.cc",
    "api.codetabs.com",
    "cors-proxy.htmldriven.com",
    "crossorigin.me",
    "yacdn.org",
    "proxy.cors.sh",
    "corsproxy.org",
];

/// How requests reach the API.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProxyMode {
    /// Straight to the API (right for Graph, which allows browser calls).
    #[default]
    None,
    /// `{proxy}{target URL}`, as `dpk-proxy` expects.
    Prefix,
    /// A URL holding `{url}`, replaced by the percent-encoded target URL.
    Template,
}

crate::codes! {
    /// `none`, `prefix` or `template`.
    ProxyMode {
        None => "none",
        Prefix => "prefix",
        Template => "template",
    }
}

impl ProxyMode {
    /// Every mode, in display order.
    pub const ALL: [ProxyMode; 3] = [ProxyMode::None, ProxyMode::Prefix, ProxyMode::Template];
}

/// What the user chose. Every field has a documented default; stored JSON with unknown or
/// invalid fields falls back to those defaults field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectionSettings {
    /// `xdr` (legacy, retiring 2027-02-01) or `graph` (default).
    pub api: Api,
    /// Base URL of the API: a documented host's origin, or any URL for testing (a path is kept;
    /// the API path is appended). Default: the API's global host.
    pub base_url: String,
    /// The proxy mode. Default: `none`.
    pub proxy_mode: ProxyMode,
    /// The proxy prefix or template. Default: [`LOCAL_PROXY`] when the page is on loopback.
    pub proxy_url: String,
    /// Rate limits to pace by, e.g. `50/min, 1500/hour`; empty = the documented limits.
    pub rate_limit: String,
    /// `$top`: items per page, 1–100. Default 100.
    pub page_size: u32,
    /// Seconds before a request is abandoned. Default 30.
    pub timeout_s: u32,
}

/// The default page size (`$top`), the documented maximum of the XDR list API.
pub const DEFAULT_PAGE_SIZE: u32 = 100;
/// The default request timeout in seconds.
pub const DEFAULT_TIMEOUT_S: u32 = 30;

impl Default for ConnectionSettings {
    fn default() -> ConnectionSettings {
        ConnectionSettings {
            api: Api::Graph,
            base_url: default_base(Api::Graph).to_owned(),
            proxy_mode: ProxyMode::None,
            proxy_url: String::new(),
            rate_limit: String::new(),
            page_size: DEFAULT_PAGE_SIZE,
            timeout_s: DEFAULT_TIMEOUT_S,
        }
    }
}

/// The global host of `api`.
pub fn default_base(api: Api) -> &'static str {
    API_HOSTS
        .iter()
        .find(|h| h.api == api)
        .map_or("", |h| h.origin)
}

/// A change to the connection settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionAction {
    /// Switch API; a documented base URL follows to the new API's global host (and the proxy mode
    /// to what that host needs: prefix for XDR when a proxy URL is set, none for Graph behind the
    /// local proxy); a custom base URL and a proxy the user set up stay.
    SetApi(Api),
    /// Set the base URL (a host choice or typed text).
    SetBaseUrl(String),
    /// Switch the proxy mode; the local proxy becomes the prefix when none is set and the page
    /// is on loopback.
    SetProxyMode(ProxyMode),
    /// Set the proxy prefix or template.
    SetProxyUrl(String),
    /// Set the rate-limit text.
    SetRateLimit(String),
    /// Set the page size (clamped to 1–100).
    SetPageSize(u32),
    /// Set the timeout (clamped to 1–600 s).
    SetTimeout(u32),
}

impl ConnectionSettings {
    /// The settings at start-up: stored JSON wins field by field; otherwise the defaults, with
    /// the local proxy pre-filled when the page is served from loopback (`page_on_loopback`).
    pub fn restore(stored: Option<&str>, page_on_loopback: bool) -> ConnectionSettings {
        let map = stored
            .and_then(|json| serde_json::from_str::<serde_json::Value>(json).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default();
        let text = |k: &str| {
            map.get(k)
                .and_then(serde_json::Value::as_str)
                .map(str::trim)
        };
        let number = |k: &str| {
            map.get(k)
                .and_then(serde_json::Value::as_u64)
                .map(|n| n.min(u64::from(u32::MAX)) as u32)
        };
        let d = ConnectionSettings::default();
        let api = match text("api").and_then(Api::from_code) {
            Some(Api::Xdr) => Api::Xdr,
            _ => d.api,
        };
        let mut s = ConnectionSettings {
            api,
            base_url: text("baseUrl")
                .filter(|b| !b.is_empty())
                .map_or_else(|| default_base(api).to_owned(), str::to_owned),
            proxy_mode: text("proxyMode")
                .and_then(ProxyMode::from_code)
                .unwrap_or(d.proxy_mode),
            proxy_url: text("proxyUrl").unwrap_or_default().to_owned(),
            rate_limit: text("rateLimit").unwrap_or_default().to_owned(),
            page_size: number("pageSize").unwrap_or(d.page_size).clamp(1, 100),
            timeout_s: number("timeoutS").unwrap_or(d.timeout_s).clamp(1, 600),
        };
        if s.proxy_url.is_empty() && page_on_loopback {
            s.proxy_url = LOCAL_PROXY.to_owned();
        }
        s
    }

    /// The JSON to store: `api`, `baseUrl`, `proxyMode`, `proxyUrl`, `rateLimit`, `pageSize`,
    /// `timeoutS`, in that order.
    pub fn to_stored(&self) -> String {
        let mut w = Writer::new();
        w.open('{')
            .str("api", self.api.code())
            .str("baseUrl", &self.base_url)
            .str("proxyMode", self.proxy_mode.code())
            .str("proxyUrl", &self.proxy_url)
            .str("rateLimit", &self.rate_limit)
            .num("pageSize", Some(self.page_size.into()))
            .num("timeoutS", Some(self.timeout_s.into()))
            .close('}');
        w.finish()
    }

    /// The settings after `action`.
    pub fn apply(&self, action: ConnectionAction) -> ConnectionSettings {
        let mut s = self.clone();
        match action {
            ConnectionAction::SetApi(api) => {
                let api = if api == Api::Xdr {
                    Api::Xdr
                } else {
                    Api::Graph
                };
                let documented = s.base_url.trim().is_empty()
                    || API_HOSTS.iter().any(|h| {
                        h.origin
                            .eq_ignore_ascii_case(s.base_url.trim().trim_end_matches('/'))
                    });
                if documented && api != s.api {
                    s.base_url = default_base(api).to_owned();
                    // The right proxy for a documented host: Defender hosts need one, Graph
                    // does not. Only the defaults move; a proxy the user set up stays.
                    match (api, s.proxy_mode) {
                        (Api::Xdr, ProxyMode::None) if !s.proxy_url.trim().is_empty() => {
                            s.proxy_mode = ProxyMode::Prefix;
                        }
                        (Api::Graph, ProxyMode::Prefix) if s.proxy_url.trim() == LOCAL_PROXY => {
                            s.proxy_mode = ProxyMode::None;
                        }
                        _ => {}
                    }
                }
                s.api = api;
            }
            ConnectionAction::SetBaseUrl(url) => s.base_url = url.trim().to_owned(),
            ConnectionAction::SetProxyMode(mode) => s.proxy_mode = mode,
            ConnectionAction::SetProxyUrl(url) => s.proxy_url = url.trim().to_owned(),
            ConnectionAction::SetRateLimit(text) => s.rate_limit = text,
            ConnectionAction::SetPageSize(n) => s.page_size = n.clamp(1, 100),
            ConnectionAction::SetTimeout(n) => s.timeout_s = n.clamp(1, 600),
        }
        s
    }

    /// The documented host the base URL names, if any.
    pub fn known_host(&self) -> Option<&'static crate::cloud::ApiHost> {
        let base = self.base_url.trim().trim_end_matches('/');
        API_HOSTS
            .iter()
            .find(|h| h.api == self.api && h.origin.eq_ignore_ascii_case(base))
    }

    /// Checks the settings and resolves them into an [`Endpoint`].
    pub fn resolve(&self) -> Result<Endpoint, ConfigProblem> {
        let base = self.base_url.trim().trim_end_matches('/');
        let parts = UrlParts::parse(base).ok_or(ConfigProblem::BaseUrlInvalid)?;
        if parts.rest.contains(['?', '#']) {
            return Err(ConfigProblem::BaseUrlInvalid);
        }
        let proxy = match self.proxy_mode {
            ProxyMode::None => Proxy::Direct,
            ProxyMode::Prefix => {
                let p = self.proxy_url.trim();
                if p.is_empty() {
                    return Err(ConfigProblem::ProxyUrlMissing);
                }
                UrlParts::parse(p).ok_or(ConfigProblem::ProxyUrlInvalid)?;
                let p = if p.ends_with('/') {
                    p.to_owned()
                } else {
                    format!("{p}/")
                };
                Proxy::Prefix(p)
            }
            ProxyMode::Template => {
                let t = self.proxy_url.trim();
                if t.is_empty() {
                    return Err(ConfigProblem::ProxyUrlMissing);
                }
                if !t.contains("{url}") {
                    return Err(ConfigProblem::TemplateWithoutPlaceholder);
                }
                UrlParts::parse(&t.replace("{url}", "x")).ok_or(ConfigProblem::ProxyUrlInvalid)?;
                Proxy::Template(t.to_owned())
            }
        };
        let limits =
            parse_rate_limits(&self.rate_limit).map_err(|_| ConfigProblem::RateLimitInvalid)?;
        let cloud = self.known_host().map_or(Cloud::Global, |h| h.cloud);
        Ok(Endpoint {
            api: self.api,
            base: format!("{}{}", parts.origin(), parts.rest),
            proxy,
            custom_limits: (!limits.is_empty()).then_some(limits),
            page_size: self.page_size.clamp(1, 100),
            timeout_ms: u64::from(self.timeout_s.clamp(1, 600)) * 1000,
            portal_origin: defender_portal_origin(cloud),
        })
    }
}

/// Why the settings cannot be used (error kind `proxy_config`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The base URL is not an absolute http(s) URL without query.
    BaseUrlInvalid,
    /// A proxy mode is chosen but no proxy URL is set.
    ProxyUrlMissing,
    /// The proxy URL is not an absolute http(s) URL.
    ProxyUrlInvalid,
    /// Template mode, but the template has no `{url}`.
    TemplateWithoutPlaceholder,
    /// The rate-limit text cannot be read.
    RateLimitInvalid,
}

/// How a target URL is wrapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proxy {
    /// No proxy.
    Direct,
    /// Prefix ending in `/`.
    Prefix(String),
    /// Template holding `{url}`.
    Template(String),
}

/// Resolved, valid connection settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The API.
    pub api: Api,
    /// Base URL without a trailing `/`.
    pub base: String,
    /// The proxy.
    pub proxy: Proxy,
    /// Limits typed by the user, replacing the documented ones.
    pub custom_limits: Option<Vec<WindowLimit>>,
    /// `$top`.
    pub page_size: u32,
    /// Request timeout.
    pub timeout_ms: u64,
    /// Where XDR incident links point.
    pub portal_origin: &'static str,
}

impl Endpoint {
    /// The URL the browser calls for `target`: the target itself, `{prefix}{target}`, or the
    /// template with `{url}` replaced by the percent-encoded target.
    pub fn wrap(&self, target: &str) -> String {
        match &self.proxy {
            Proxy::Direct => target.to_owned(),
            Proxy::Prefix(p) => format!("{p}{target}"),
            Proxy::Template(t) => t.replace("{url}", &encode_component(target)),
        }
    }

    /// The target inside a URL the proxy may have rewritten into its own form (prefix mode), or
    /// the URL itself.
    pub fn unwrap_proxied<'a>(&self, url: &'a str) -> &'a str {
        match &self.proxy {
            Proxy::Prefix(p) => url.strip_prefix(p.as_str()).unwrap_or(url),
            _ => url,
        }
    }

    /// The origin every request goes to first (the proxy's, or the API's when direct).
    pub fn first_hop_origin(&self) -> Option<String> {
        let url = match &self.proxy {
            Proxy::Direct => self.base.clone(),
            Proxy::Prefix(p) => p.clone(),
            Proxy::Template(t) => t.replace("{url}", "x"),
        };
        UrlParts::parse(&url).map(|u| u.origin())
    }

    /// The limits to pace `op_limits` requests by: the user's, else the documented ones.
    pub fn limits<'a>(&'a self, op_limits: &'a [WindowLimit]) -> &'a [WindowLimit] {
        self.custom_limits.as_deref().unwrap_or(op_limits)
    }
}

/// Something the user should know about the settings before a token goes out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConnectionWarning {
    /// The proxy is plain `http` on another machine: the token crosses the network in clear.
    ProxyPlainHttp {
        /// The proxy host.
        host: String,
    },
    /// A known public CORS proxy: the token is handed to a third party.
    PublicProxy {
        /// The proxy host.
        host: String,
    },
    /// The API base is plain `http` on another machine.
    BasePlainHttp {
        /// The base host.
        host: String,
    },
    /// The base is neither a documented Microsoft host nor this machine: the token goes there.
    BaseNotMicrosoft {
        /// The base host.
        host: String,
    },
    /// Direct calls to a Defender host: it sends no CORS headers, so the browser will refuse.
    DirectWithoutCors,
    /// Graph through a proxy: Graph allows browser calls; the proxy only adds a hop.
    GraphNeedsNoProxy,
    /// The XDR API stops working on 2027-02-01.
    XdrRetiring,
}

impl ConnectionWarning {
    /// Whether the warning is about the token's safety (shown prominently).
    pub fn is_security(&self) -> bool {
        matches!(
            self,
            ConnectionWarning::ProxyPlainHttp { .. }
                | ConnectionWarning::PublicProxy { .. }
                | ConnectionWarning::BasePlainHttp { .. }
                | ConnectionWarning::BaseNotMicrosoft { .. }
        )
    }

    /// A stable code for tests and styling.
    pub fn code(&self) -> &'static str {
        match self {
            ConnectionWarning::ProxyPlainHttp { .. } => "proxy_plain_http",
            ConnectionWarning::PublicProxy { .. } => "public_proxy",
            ConnectionWarning::BasePlainHttp { .. } => "base_plain_http",
            ConnectionWarning::BaseNotMicrosoft { .. } => "base_not_microsoft",
            ConnectionWarning::DirectWithoutCors => "direct_without_cors",
            ConnectionWarning::GraphNeedsNoProxy => "graph_needs_no_proxy",
            ConnectionWarning::XdrRetiring => "xdr_retiring",
        }
    }
}

fn is_public_proxy(host: &str) -> bool {
    PUBLIC_PROXY_HOSTS
        .iter()
        .any(|p| host == *p || host.ends_with(&format!(".{p}")))
}

/// What the user should know about `settings`, most serious first.
pub fn warnings(settings: &ConnectionSettings) -> Vec<ConnectionWarning> {
    let mut out = Vec::new();
    if settings.proxy_mode != ProxyMode::None {
        let url = settings.proxy_url.replace("{url}", "x");
        if let Some(p) = UrlParts::parse(&url) {
            if is_public_proxy(&p.host) {
                out.push(ConnectionWarning::PublicProxy {
                    host: p.host.clone(),
                });
            }
            if p.scheme == "http" && !p.is_loopback() {
                out.push(ConnectionWarning::ProxyPlainHttp { host: p.host });
            }
        }
    }
    if let Some(b) = UrlParts::parse(settings.base_url.trim()) {
        if b.scheme == "http" && !b.is_loopback() {
            out.push(ConnectionWarning::BasePlainHttp {
                host: b.host.clone(),
            });
        }
        let documented = API_HOSTS
            .iter()
            .any(|h| UrlParts::parse(h.origin).is_some_and(|o| o.host == b.host));
        if !documented && !b.is_loopback() {
            out.push(ConnectionWarning::BaseNotMicrosoft { host: b.host });
        }
    }
    let host = settings.known_host();
    match (settings.api, settings.proxy_mode, host) {
        (Api::Xdr, ProxyMode::None, Some(_)) => out.push(ConnectionWarning::DirectWithoutCors),
        (Api::Graph, ProxyMode::Prefix | ProxyMode::Template, Some(_)) => {
            out.push(ConnectionWarning::GraphNeedsNoProxy)
        }
        _ => {}
    }
    if settings.api == Api::Xdr {
        out.push(ConnectionWarning::XdrRetiring);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xdr(mode: ProxyMode, proxy: &str) -> ConnectionSettings {
        ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(Api::Xdr))
            .apply(ConnectionAction::SetProxyMode(mode))
            .apply(ConnectionAction::SetProxyUrl(proxy.into()))
    }

    #[test]
    fn defaults_follow_where_the_page_is_served() {
        let local = ConnectionSettings::restore(None, true);
        assert_eq!(local.api, Api::Graph);
        assert_eq!(local.base_url, "https://graph.microsoft.com");
        assert_eq!(local.proxy_mode, ProxyMode::None);
        assert_eq!(local.proxy_url, LOCAL_PROXY);
        assert_eq!(ConnectionSettings::restore(None, false).proxy_url, "");
    }

    #[test]
    fn stored_settings_round_trip_and_garbage_falls_back() {
        let s = xdr(ProxyMode::Template, "https://p.example/?u={url}")
            .apply(ConnectionAction::SetPageSize(500));
        assert_eq!(s.page_size, 100);
        assert_eq!(ConnectionSettings::restore(Some(&s.to_stored()), false), s);
        let odd = ConnectionSettings::restore(
            Some(r#"{"api":"mde","proxyMode":"weird","pageSize":0,"extra":1}"#),
            false,
        );
        assert_eq!(
            odd,
            ConnectionSettings {
                page_size: 1,
                ..ConnectionSettings::default()
            }
        );
        let partly = ConnectionSettings::restore(Some(r#"{"api":"xdr","pageSize":5}"#), false);
        assert_eq!(partly.api, Api::Xdr);
        assert_eq!(partly.page_size, 5);
        for stored in ["not json", r#"["xdr"]"#, r#""xdr""#, "null"] {
            assert_eq!(
                ConnectionSettings::restore(Some(stored), false),
                ConnectionSettings::default()
            );
        }
        assert!(!s.to_stored().to_lowercase().contains("token"));
    }

    #[test]
    fn switching_api_moves_a_documented_base_but_keeps_a_custom_one() {
        let s = ConnectionSettings::default().apply(ConnectionAction::SetApi(Api::Xdr));
        assert_eq!(s.base_url, "https://api.security.microsoft.com");
        let eu = s.apply(ConnectionAction::SetBaseUrl(
            "https://eu.api.security.microsoft.com".into(),
        ));
        assert_eq!(eu.known_host().map(|h| h.label), Some("eu"));
        assert_eq!(
            eu.apply(ConnectionAction::SetApi(Api::Graph)).base_url,
            "https://graph.microsoft.com"
        );
        let custom = s.apply(ConnectionAction::SetBaseUrl(
            " http://127.0.0.1:9999 ".into(),
        ));
        assert_eq!(
            custom.apply(ConnectionAction::SetApi(Api::Graph)).base_url,
            "http://127.0.0.1:9999"
        );
        assert_eq!(
            ConnectionSettings::default()
                .apply(ConnectionAction::SetApi(Api::Mde))
                .api,
            Api::Graph
        );
    }

    #[test]
    fn switching_api_picks_the_proxy_mode_the_host_needs() {
        let local = ConnectionSettings::restore(None, true);
        let x = local.apply(ConnectionAction::SetApi(Api::Xdr));
        assert_eq!(x.proxy_mode, ProxyMode::Prefix);
        assert_eq!(
            x.apply(ConnectionAction::SetApi(Api::Graph)).proxy_mode,
            ProxyMode::None
        );
        // No proxy URL known (page not on loopback): stay direct, and the warning says why.
        let remote =
            ConnectionSettings::restore(None, false).apply(ConnectionAction::SetApi(Api::Xdr));
        assert_eq!(remote.proxy_mode, ProxyMode::None);
        // A custom base (a test server) keeps the mode the user chose.
        let custom = local
            .apply(ConnectionAction::SetBaseUrl("http://127.0.0.1:4000".into()))
            .apply(ConnectionAction::SetApi(Api::Xdr));
        assert_eq!(custom.proxy_mode, ProxyMode::None);
        // A proxy the user set up for Graph stays.
        let own = x
            .apply(ConnectionAction::SetProxyUrl(
                "https://proxy.contoso.com/".into(),
            ))
            .apply(ConnectionAction::SetApi(Api::Graph));
        assert_eq!(own.proxy_mode, ProxyMode::Prefix);
    }

    #[test]
    fn proxy_wrapping_prefix_and_template() {
        let target = "https://api.security.microsoft.com/api/incidents?$top=100&$filter=status%20eq%20%27Active%27";
        let p = xdr(ProxyMode::Prefix, "http://127.0.0.1:8787")
            .resolve()
            .expect("valid");
        assert_eq!(p.wrap(target), format!("http://127.0.0.1:8787/{target}"));
        assert_eq!(p.unwrap_proxied(&p.wrap(target)), target);
        assert_eq!(
            p.first_hop_origin().as_deref(),
            Some("http://127.0.0.1:8787")
        );
        let t = xdr(ProxyMode::Template, "https://proxy.example/fetch?url={url}")
            .resolve()
            .expect("valid");
        assert_eq!(
            t.wrap("https://a.b/c?d=1&e=2"),
            "https://proxy.example/fetch?url=https%3A%2F%2Fa.b%2Fc%3Fd%3D1%26e%3D2"
        );
        let d = ConnectionSettings::default().resolve().expect("valid");
        assert_eq!(d.wrap(target), target);
        assert_eq!(
            d.first_hop_origin().as_deref(),
            Some("https://graph.microsoft.com")
        );
    }

    #[test]
    fn bad_settings_say_what_is_wrong() {
        assert_eq!(
            xdr(ProxyMode::Prefix, "").resolve(),
            Err(ConfigProblem::ProxyUrlMissing)
        );
        assert_eq!(
            xdr(ProxyMode::Prefix, "localhost:8787").resolve(),
            Err(ConfigProblem::ProxyUrlInvalid)
        );
        assert_eq!(
            xdr(ProxyMode::Template, "https://p.example/?u=").resolve(),
            Err(ConfigProblem::TemplateWithoutPlaceholder)
        );
        let bad_base = ConnectionSettings::default()
            .apply(ConnectionAction::SetBaseUrl("graph.microsoft.com".into()));
        assert_eq!(bad_base.resolve(), Err(ConfigProblem::BaseUrlInvalid));
        let with_query = ConnectionSettings::default().apply(ConnectionAction::SetBaseUrl(
            "https://x.example/?a=1".into(),
        ));
        assert_eq!(with_query.resolve(), Err(ConfigProblem::BaseUrlInvalid));
        let bad_rate =
            ConnectionSettings::default().apply(ConnectionAction::SetRateLimit("fast".into()));
        assert_eq!(bad_rate.resolve(), Err(ConfigProblem::RateLimitInvalid));
        let rate =
            ConnectionSettings::default().apply(ConnectionAction::SetRateLimit("5/2s".into()));
        assert_eq!(
            rate.resolve().expect("valid").limits(&[]),
            &[WindowLimit::new(5, 2000)]
        );
    }

    #[test]
    fn warnings_for_clear_text_public_proxies_and_cors() {
        let codes =
            |s: &ConnectionSettings| warnings(s).iter().map(|w| w.code()).collect::<Vec<_>>();
        assert_eq!(
            codes(&xdr(ProxyMode::Prefix, "http://10.0.0.5:8787/")),
            ["proxy_plain_http", "xdr_retiring"]
        );
        assert_eq!(
            codes(&xdr(ProxyMode::Prefix, "http://127.0.0.1:8787/")),
            ["xdr_retiring"]
        );
        assert_eq!(
            codes(&xdr(
                ProxyMode::Prefix,
                "https://cors-anywhere.herokuapp.com/"
            )),
            ["public_proxy", "xdr_retiring"]
        );
        assert_eq!(
            codes(&xdr(ProxyMode::Template, "http://corsproxy.io/?{url}")),
            ["public_proxy", "proxy_plain_http", "xdr_retiring"]
        );
        assert_eq!(
            codes(&xdr(ProxyMode::None, "")),
            ["direct_without_cors", "xdr_retiring"]
        );
        let graph_proxied = ConnectionSettings::default()
            .apply(ConnectionAction::SetProxyMode(ProxyMode::Prefix))
            .apply(ConnectionAction::SetProxyUrl(LOCAL_PROXY.into()));
        assert_eq!(codes(&graph_proxied), ["graph_needs_no_proxy"]);
        let elsewhere = ConnectionSettings::default().apply(ConnectionAction::SetBaseUrl(
            "http://api.example.net".into(),
        ));
        assert_eq!(codes(&elsewhere), ["base_plain_http", "base_not_microsoft"]);
        assert!(warnings(&elsewhere)[0].is_security());
        let fake = ConnectionSettings::default()
            .apply(ConnectionAction::SetBaseUrl("http://127.0.0.1:4000".into()));
        assert!(codes(&fake).is_empty());
    }
}
