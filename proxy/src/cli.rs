//! Command-line flags. Every flag is documented here, which is what `--help` prints.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;

use crate::config::{
    Config, DEFAULT_BODY_TIMEOUT_SECS, DEFAULT_HEADER_TIMEOUT_SECS, DEFAULT_IDLE_TIMEOUT_SECS,
    DEFAULT_LISTEN, DEFAULT_MAX_BUFFERED_BYTES, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_SECS,
    DEFAULT_WRITE_TIMEOUT_SECS,
};
use crate::rules::cors::DEFAULT_PAGE_ORIGINS;

/// Allowlisting CORS proxy for the Defender Partner Kit page.
///
/// Forwards http://127.0.0.1:8787/https://api.security.microsoft.com/api/incidents?$top=100 to
/// https://api.security.microsoft.com/api/incidents?$top=100, keeping method, query, body and
/// headers (minus cookies, hop-by-hop and the page's identity). Only the Defender XDR, Defender for
/// Endpoint and Microsoft Graph origins are forwarded to, only from the listed page origins.
#[derive(Debug, Parser)]
#[command(name = "dpk-proxy", version)]
pub struct Args {
    /// Address and port to listen on. Loopback by default; listening on any other address
    /// exposes the proxy to the network, and it then prints a warning.
    #[arg(long, value_name = "ADDR", default_value_t = DEFAULT_LISTEN)]
    pub listen: SocketAddr,

    /// Also forward to this upstream origin (scheme://host[:port], no path). Repeatable. Its
    /// exact origin may then resolve to any address, loopback and private included: use it for
    /// a local test API, e.g. --allow-upstream http://127.0.0.1:9000.
    #[arg(long = "allow-upstream", value_name = "ORIGIN")]
    pub allow_upstream: Vec<String>,

    /// Do not allow the built-in Defender XDR, Defender for Endpoint and Microsoft Graph origins;
    /// forward only to the --allow-upstream origins.
    #[arg(long)]
    pub no_default_upstreams: bool,

    /// Page origin allowed to call the proxy (gets CORS headers). Repeatable; giving it replaces
    /// the defaults. `*` is refused.
    #[arg(
        long = "allow-origin",
        value_name = "ORIGIN",
        default_values_t = DEFAULT_PAGE_ORIGINS.map(str::to_owned)
    )]
    pub allow_origin: Vec<String>,

    /// Refuse requests that carry no Origin header. By default they are served, for curl and
    /// scripts: browsers always send Origin on the requests that could use a token.
    #[arg(long)]
    pub require_origin: bool,

    /// Seconds the upstream has to deliver its whole response before the proxy answers 504.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,

    /// Largest request body forwarded, in bytes; larger ones get 413.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_REQUEST_BYTES)]
    pub max_request_bytes: usize,

    /// Largest upstream response body passed on, in bytes; larger ones get 502.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_RESPONSE_BYTES)]
    pub max_response_bytes: usize,

    /// Requests forwarded at once; further requests wait for a slot (up to --timeout, then 503).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_IN_FLIGHT)]
    pub max_in_flight: usize,

    /// Seconds a client has to send a complete request head, from its first byte; then the
    /// connection is closed.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_HEADER_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,

    /// Seconds a connection may wait for the first byte of a request (a new connection, or an
    /// idle keep-alive one); then it is closed.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_IDLE_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub idle_timeout: u64,

    /// Seconds the whole request body has to arrive. It is read before a forwarding slot is
    /// taken; a late body gets 408.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_BODY_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout: u64,

    /// Seconds a write to the client may make no progress (a client that does not read its
    /// response); then the connection is closed and its buffered response freed.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_WRITE_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub write_timeout: u64,

    /// Open client connections at once; further ones wait in the listen backlog.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_CONNECTIONS)]
    pub max_connections: usize,

    /// Body bytes (requests and responses) buffered at once, beyond the first 64 KiB of each;
    /// a body that would go over gets 503 proxy_busy.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BUFFERED_BYTES)]
    pub max_buffered_bytes: usize,

    /// Do not print the access log (method, upstream host, path, status, duration; never a
    /// query string or header value).
    #[arg(long, short)]
    pub quiet: bool,
}

impl Args {
    /// The [`Config`] these flags describe.
    pub fn into_config(self) -> Config {
        let defaults = Config::default();
        Config {
            listen: self.listen,
            catalog_upstreams: if self.no_default_upstreams {
                Vec::new()
            } else {
                defaults.catalog_upstreams
            },
            extra_upstreams: self.allow_upstream,
            page_origins: self.allow_origin,
            require_origin: self.require_origin,
            timeout: Duration::from_secs(self.timeout),
            max_request_bytes: self.max_request_bytes,
            max_response_bytes: self.max_response_bytes,
            max_in_flight: self.max_in_flight,
            access_log: !self.quiet,
            header_timeout: Duration::from_secs(self.header_timeout),
            idle_timeout: Duration::from_secs(self.idle_timeout),
            body_timeout: Duration::from_secs(self.body_timeout),
            write_timeout: Duration::from_secs(self.write_timeout),
            max_connections: self.max_connections,
            max_buffered_bytes: self.max_buffered_bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn parse(args: &[&str]) -> Config {
        Args::try_parse_from(std::iter::once("dpk-proxy").chain(args.iter().copied()))
            .unwrap()
            .into_config()
    }

    #[test]
    fn no_flags_means_the_documented_defaults() {
        assert_eq!(parse(&[]), Config::default());
    }

    #[test]
    fn flags_map_to_config() {
        let c = parse(&[
            "--listen",
            "127.0.0.1:9999",
            "--allow-upstream",
            "http://127.0.0.1:9000",
            "--allow-upstream",
            "http://localhost:9001",
            "--allow-origin",
            "https://partner.example",
            "--require-origin",
            "--timeout",
            "5",
            "--max-request-bytes",
            "10",
            "--max-response-bytes",
            "20",
            "--max-in-flight",
            "3",
            "--quiet",
            "--no-default-upstreams",
            "--header-timeout",
            "2",
            "--idle-timeout",
            "4",
            "--body-timeout",
            "6",
            "--write-timeout",
            "8",
            "--max-connections",
            "9",
            "--max-buffered-bytes",
            "30",
        ]);
        assert_eq!(c.listen.port(), 9999);
        assert_eq!(
            c.extra_upstreams,
            ["http://127.0.0.1:9000", "http://localhost:9001"]
        );
        assert!(c.catalog_upstreams.is_empty());
        assert_eq!(c.page_origins, ["https://partner.example"]);
        assert!(c.require_origin && !c.access_log);
        assert_eq!(c.timeout, Duration::from_secs(5));
        assert_eq!(
            (c.max_request_bytes, c.max_response_bytes, c.max_in_flight),
            (10, 20, 3)
        );
        assert_eq!(
            [
                c.header_timeout,
                c.idle_timeout,
                c.body_timeout,
                c.write_timeout
            ],
            [2, 4, 6, 8].map(Duration::from_secs)
        );
        assert_eq!((c.max_connections, c.max_buffered_bytes), (9, 30));
    }

    #[test]
    fn zero_timeout_is_rejected() {
        for flag in [
            "--timeout",
            "--header-timeout",
            "--idle-timeout",
            "--body-timeout",
            "--write-timeout",
        ] {
            assert!(
                Args::try_parse_from(["dpk-proxy", flag, "0"]).is_err(),
                "{flag}"
            );
        }
    }

    #[test]
    fn help_documents_every_flag() {
        Args::command().debug_assert();
        let help = Args::command().render_long_help().to_string();
        for flag in [
            "--listen",
            "--allow-upstream",
            "--no-default-upstreams",
            "--allow-origin",
            "--require-origin",
            "--timeout",
            "--max-request-bytes",
            "--max-response-bytes",
            "--max-in-flight",
            "--header-timeout",
            "--idle-timeout",
            "--body-timeout",
            "--write-timeout",
            "--max-connections",
            "--max-buffered-bytes",
            "--quiet",
            "--help",
            "--version",
        ] {
            assert!(help.contains(flag), "{flag} missing from --help");
        }
        for arg in Args::command().get_arguments() {
            assert!(
                arg.get_help().is_some() || arg.get_long_help().is_some(),
                "{} has no help",
                arg.get_id()
            );
        }
    }
}
