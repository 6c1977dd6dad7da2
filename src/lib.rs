//! Defender Partner Kit: the browser app.
//!
//! Layers, from the inside out:
//! - `dpk_domain` (the `domain/` crate): pure rules, tested natively; no browser crate.
//! - [`services`]: the only code that touches the browser (storage, location, clock, randomness,
//!   network). Thin by design: decisions belong in the domain.
//! - [`hooks`]: asynchronous work for pages (fetch loops), built on services and the domain.
//! - [`components`]: presentational pieces: props in, callbacks out, no services.
//! - [`pages`]: one per route; they own local state, call services and compose components.
//! - [`app`]: providers, header and the route switch.

/// The root component: settings provider, header, route switch.
pub mod app;
/// Presentational components.
pub mod components;
/// Hooks that run asynchronous work for pages.
pub mod hooks;
/// One component per route.
pub mod pages;
/// The browser edge: storage, location, clock, randomness, network.
pub mod services;
/// Settings context shared by every page.
pub mod state;

pub use app::App;

/// Benchmark hook for `scripts/bench`, built only with the `bench` feature, which only the
/// benchmark's own build turns on (called only by the benchmark, through the bindings Trunk's
/// loader exposes): extracts and decodes `text` and runs every token check against "List
/// incidents" (Defender XDR), as the pages do. Returns the number of checks run, so the work
/// cannot be optimised away. Nothing is logged, stored or sent.
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_inspect(text: &str, now: f64) -> u32 {
    use dpk_domain::incidents::token::{AccessToken, TokenCheck, TokenState, list_operation};
    let pasted = dpk_domain::jwt::PastedToken::new(text);
    let Some(token) = AccessToken::from_pasted(&pasted) else {
        return 0;
    };
    match TokenCheck::run(
        &token,
        list_operation(dpk_domain::cloud::Api::Xdr),
        now as i64,
    )
    .state
    {
        TokenState::Checked { checks, .. } => checks.len() as u32,
        TokenState::Missing | TokenState::Undecodable(_) => 0,
    }
}
