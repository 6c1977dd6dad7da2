//! The proxy's settings, their defaults, and their validation into the pure policies.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use crate::rules::cors::{CorsPolicy, DEFAULT_PAGE_ORIGINS};
use crate::rules::target::{OriginError, UpstreamPolicy};

/// Default listen address: loopback only, port 8787.
pub const DEFAULT_LISTEN: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8787);

/// Default upstream timeout. Advanced hunting queries may run for up to 3 minutes; 200 s leaves
/// the upstream time to deliver its own timeout error, which says more than the proxy's 504.
pub const DEFAULT_TIMEOUT_SECS: u64 = 200;

/// Default request body cap: 16 MiB (the largest API payloads are indicator batches).
pub const DEFAULT_MAX_REQUEST_BYTES: usize = 16 * 1024 * 1024;

/// Default response body cap: 64 MiB (advanced hunting returns up to 100,000 rows).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;

/// Default number of requests forwarded at once; more wait for a slot. A browser opens at most
/// six HTTP/1.1 connections to the proxy, so this is headroom, and it bounds memory (bodies are
/// buffered) and upstream connections.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 64;

/// Default time for a complete request head, from its first byte: 10 s. Browsers send a head in
/// one write; only a slow-header ("slowloris") client needs longer.
pub const DEFAULT_HEADER_TIMEOUT_SECS: u64 = 10;

/// Default time a connection may wait for the first byte of its next request (keep-alive idle,
/// or a new connection that sends nothing): 30 s.
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 30;

/// Default time for the whole request body to arrive, read before a forwarding slot is taken:
/// 60 s (16 MiB at about 2.2 Mbit/s).
pub const DEFAULT_BODY_TIMEOUT_SECS: u64 = 60;

/// Default time a write to the client may make no progress before the connection is closed (a
/// client that does not read its response): 30 s.
pub const DEFAULT_WRITE_TIMEOUT_SECS: u64 = 30;

/// Default cap on open client connections: 256. Further connections wait in the listen backlog.
/// It bounds file descriptors and per-connection memory; a browser opens at most six.
pub const DEFAULT_MAX_CONNECTIONS: usize = 256;

/// Default cap on body bytes buffered at once, requests and responses together: 128 MiB (two
/// responses of the largest size). The first 64 KiB of each body are not counted against it
/// (see [`crate::server`]), so small answers still flow while large ones fill it.
pub const DEFAULT_MAX_BUFFERED_BYTES: usize = 128 * 1024 * 1024;

/// Everything the proxy needs to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Where to listen. Default [`DEFAULT_LISTEN`].
    pub listen: SocketAddr,
    /// Upstream origins forwarded to only while their host resolves to public addresses.
    /// Default: `dpk_domain::cloud::upstream_origins()` (Defender XDR, Defender for Endpoint and
    /// Microsoft Graph, global, regional and US Government).
    pub catalog_upstreams: Vec<String>,
    /// Upstream origins added with `--allow-upstream`: forwarded to whatever they resolve to,
    /// loopback and private addresses included (that is the point of naming them).
    pub extra_upstreams: Vec<String>,
    /// Page origins that get CORS answers. Default [`DEFAULT_PAGE_ORIGINS`].
    pub page_origins: Vec<String>,
    /// Refuse requests without an `Origin` header (non-browser clients). Default `false`.
    pub require_origin: bool,
    /// Time for the upstream to deliver its whole response. Default [`DEFAULT_TIMEOUT_SECS`].
    pub timeout: Duration,
    /// Largest request body forwarded. Default [`DEFAULT_MAX_REQUEST_BYTES`].
    pub max_request_bytes: usize,
    /// Largest upstream response body passed on. Default [`DEFAULT_MAX_RESPONSE_BYTES`].
    pub max_response_bytes: usize,
    /// Requests forwarded at once. Default [`DEFAULT_MAX_IN_FLIGHT`].
    pub max_in_flight: usize,
    /// Print one access-log line per request to stderr. Default `true`.
    pub access_log: bool,
    /// Time for a request head from its first byte. Default [`DEFAULT_HEADER_TIMEOUT_SECS`].
    pub header_timeout: Duration,
    /// Time to wait for the first byte of a request. Default [`DEFAULT_IDLE_TIMEOUT_SECS`].
    pub idle_timeout: Duration,
    /// Time for the whole request body. Default [`DEFAULT_BODY_TIMEOUT_SECS`].
    pub body_timeout: Duration,
    /// Time a write to the client may stall. Default [`DEFAULT_WRITE_TIMEOUT_SECS`].
    pub write_timeout: Duration,
    /// Open client connections at once. Default [`DEFAULT_MAX_CONNECTIONS`].
    pub max_connections: usize,
    /// Body bytes buffered at once. Default [`DEFAULT_MAX_BUFFERED_BYTES`].
    pub max_buffered_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: DEFAULT_LISTEN,
            catalog_upstreams: dpk_domain::cloud::upstream_origins()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            extra_upstreams: Vec::new(),
            page_origins: DEFAULT_PAGE_ORIGINS.map(str::to_owned).to_vec(),
            require_origin: false,
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
            max_request_bytes: DEFAULT_MAX_REQUEST_BYTES,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            access_log: true,
            header_timeout: Duration::from_secs(DEFAULT_HEADER_TIMEOUT_SECS),
            idle_timeout: Duration::from_secs(DEFAULT_IDLE_TIMEOUT_SECS),
            body_timeout: Duration::from_secs(DEFAULT_BODY_TIMEOUT_SECS),
            write_timeout: Duration::from_secs(DEFAULT_WRITE_TIMEOUT_SECS),
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_buffered_bytes: DEFAULT_MAX_BUFFERED_BYTES,
        }
    }
}

/// Why a [`Config`] cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// An `--allow-upstream` (or catalog) value is not an origin.
    Upstream(OriginError),
    /// An `--allow-origin` value is not an origin.
    PageOrigin(OriginError),
    /// No upstream origin is allowed at all.
    NoUpstreams,
    /// `--max-in-flight 0` would never forward anything.
    ZeroInFlight,
    /// `--max-connections 0` would never serve anything.
    ZeroConnections,
    /// `--max-buffered-bytes` is below one body of the largest allowed size.
    BufferBelowBodyCap,
    /// The HTTP client could not be built (TLS roots, resolver).
    Client(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Upstream(e) => write!(f, "--allow-upstream: {e}"),
            ConfigError::PageOrigin(e) => write!(f, "--allow-origin: {e}"),
            ConfigError::NoUpstreams => f.write_str(
                "no upstream origin is allowed: give --allow-upstream or drop --no-default-upstreams",
            ),
            ConfigError::ZeroInFlight => f.write_str("--max-in-flight must be at least 1"),
            ConfigError::ZeroConnections => f.write_str("--max-connections must be at least 1"),
            ConfigError::BufferBelowBodyCap => f.write_str(
                "--max-buffered-bytes must be at least --max-request-bytes and --max-response-bytes",
            ),
            ConfigError::Client(e) => write!(f, "cannot build the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Validates the configured origins into the pure policies.
    pub fn policies(&self) -> Result<(UpstreamPolicy, CorsPolicy), ConfigError> {
        let upstreams = UpstreamPolicy::new(
            self.catalog_upstreams.iter().map(String::as_str),
            self.extra_upstreams.iter().map(String::as_str),
        )
        .map_err(ConfigError::Upstream)?;
        if upstreams.is_empty() {
            return Err(ConfigError::NoUpstreams);
        }
        if self.max_in_flight == 0 {
            return Err(ConfigError::ZeroInFlight);
        }
        if self.max_connections == 0 {
            return Err(ConfigError::ZeroConnections);
        }
        if self.max_buffered_bytes < self.max_request_bytes.max(self.max_response_bytes) {
            return Err(ConfigError::BufferBelowBodyCap);
        }
        let cors = CorsPolicy::new(
            self.page_origins.iter().map(String::as_str),
            self.require_origin,
        )
        .map_err(ConfigError::PageOrigin)?;
        Ok((upstreams, cors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_listen_on_loopback_and_allow_the_catalog() {
        let c = Config::default();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8787");
        assert!(c.listen.ip().is_loopback());
        let (up, cors) = c.policies().unwrap();
        assert_eq!(up.len(), dpk_domain::cloud::upstream_origins().len());
        assert_eq!(
            cors.origins(),
            ["http://127.0.0.1:8080", "http://localhost:8080"]
        );
    }

    #[test]
    fn invalid_settings_are_named() {
        let c = Config {
            extra_upstreams: vec!["https://x/path".into()],
            ..Config::default()
        };
        assert!(
            c.policies()
                .unwrap_err()
                .to_string()
                .starts_with("--allow-upstream")
        );
        let c = Config {
            page_origins: vec!["*".into()],
            ..Config::default()
        };
        assert!(c.policies().unwrap_err().to_string().contains("wildcards"));
        let c = Config {
            catalog_upstreams: vec![],
            ..Config::default()
        };
        assert_eq!(c.policies(), Err(ConfigError::NoUpstreams));
        let c = Config {
            max_in_flight: 0,
            ..Config::default()
        };
        assert_eq!(c.policies(), Err(ConfigError::ZeroInFlight));
        let c = Config {
            max_connections: 0,
            ..Config::default()
        };
        assert_eq!(c.policies(), Err(ConfigError::ZeroConnections));
        let c = Config {
            max_buffered_bytes: DEFAULT_MAX_RESPONSE_BYTES - 1,
            ..Config::default()
        };
        assert_eq!(c.policies(), Err(ConfigError::BufferBelowBodyCap));
        let c = Config {
            max_buffered_bytes: 10,
            max_request_bytes: 11,
            max_response_bytes: 10,
            ..Config::default()
        };
        assert_eq!(c.policies(), Err(ConfigError::BufferBelowBodyCap));
        let c = Config {
            max_buffered_bytes: 10,
            max_request_bytes: 10,
            max_response_bytes: 10,
            ..Config::default()
        };
        assert!(c.policies().is_ok());
    }
}
