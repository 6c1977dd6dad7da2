//! The proxy's decisions, free of I/O: no sockets, no DNS, no clock, no logging.
//!
//! The glue in `server.rs` asks these functions what to do and does it. Keeping them pure is what
//! lets the SSRF, CORS and header rules be tested exhaustively without a network.

/// Which IP addresses count as public, and why the others are refused.
pub mod address;
/// CORS: which page origins may use the proxy, preflight answers, headers on responses.
pub mod cors;
/// Which request and response headers cross the proxy, in each direction.
pub mod headers;
/// The `Host` check: only requests that name the proxy itself (DNS rebinding guard).
pub mod host;
/// The access-log line: method, upstream host, path, status, duration; never a query or header.
pub mod log;
/// Every refusal the proxy can answer with, its status, code, rule and JSON body.
pub mod refusal;
/// The target URL carried in the request path, the upstream allowlist and the redirect rule.
pub mod target;
