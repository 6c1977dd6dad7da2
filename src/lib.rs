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
