//! `dpk-proxy`: the allowlisting CORS proxy that lets the Defender Partner Kit page call the
//! Defender XDR, Defender for Endpoint and Microsoft Graph APIs from a browser.
//!
//! Architecture: every decision (which URL a request targets, whether its origin and address are
//! allowed, which headers cross in each direction, what CORS headers to answer with, what error to
//! give) lives in [`rules`], which does no I/O and is unit-tested.
//!
//! On `wasm32` (the workspace-wide wasm clippy run) the crate is empty: it is a native server.
#![cfg(not(target_arch = "wasm32"))]

/// Pure decisions: target parsing, allowlists, address classes, headers, CORS, refusals.
pub mod rules;
