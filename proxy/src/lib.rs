//! `dpk-proxy`: the allowlisting CORS proxy that lets the Defender Partner Kit page call the
//! Defender XDR, Defender for Endpoint and Microsoft Graph APIs from a browser.
//!
//! Architecture: every decision (which URL a request targets, whether its origin and address are
//! allowed, which headers cross in each direction, what CORS headers to answer with, what error to
//! give) lives in [`rules`], which does no I/O and is unit-tested. [`server`] and [`resolve`] are
//! the thin hyper/axum/reqwest glue that executes those decisions. [`cli`] turns flags into a
//! [`Config`].
//!
//! On `wasm32` (the workspace-wide wasm clippy run) the crate is empty: it is a native server.
#![cfg(not(target_arch = "wasm32"))]

/// Command-line flags (clap) and their translation into a [`Config`].
pub mod cli;
/// The proxy's settings, their defaults and their validation.
pub mod config;
/// DNS resolution that refuses non-public addresses (the SSRF guard for host names).
pub mod resolve;
/// Pure decisions: target parsing, allowlists, address classes, headers, CORS, refusals.
pub mod rules;
/// The axum server and the reqwest client: executes what [`rules`] decides.
pub mod server;

pub use config::{Config, ConfigError};
pub use server::{LogSink, Proxy};
