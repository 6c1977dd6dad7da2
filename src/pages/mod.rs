//! One component per route. Pages own their local state, call services and compose components.

mod about;
#[cfg(feature = "consent-page")]
mod consent;
#[cfg(feature = "incidents-page")]
mod incidents;
mod not_found;
mod not_in_build;
#[cfg(feature = "token-page")]
mod token;

pub use about::AboutPage;
#[cfg(feature = "consent-page")]
pub use consent::ConsentPage;
#[cfg(feature = "incidents-page")]
pub use incidents::IncidentsPage;
pub use not_found::NotFoundPage;
pub use not_in_build::NotInBuildPage;
#[cfg(feature = "token-page")]
pub use token::TokenPage;
