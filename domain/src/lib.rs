//! Pure domain logic of Defender Partner Kit.
//!
//! Everything here is plain Rust over `std`, `serde`, `serde_json` and `base64`: no browser crate,
//! no clock, no randomness. Time (`now`, as Unix seconds) and random values (the consent `state`)
//! are parameters, so every rule is tested natively and deterministically. The app crate's
//! `services` module is the only place that touches the browser; its pages call into this crate
//! to decide what to show.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
pub mod catalog;
pub mod cloud;
pub mod codes;
pub mod consent;
pub mod i18n;
pub mod incidents;
pub mod json;
pub mod jwt;
pub mod migrate;
pub mod qr;
pub mod roster;
pub mod route;
pub mod secret;
pub mod sentences;
pub mod settings;
pub mod signin;
pub mod snippet;
pub mod text;
pub mod url;
