//! One component per route. Pages own their local state, call services and compose components.

mod about;
mod consent;
mod incidents;
mod migrate;
mod not_found;
mod start;
mod token;

pub use about::AboutPage;
pub use consent::ConsentPage;
pub use incidents::IncidentsPage;
pub use migrate::MigratePage;
pub use not_found::NotFoundPage;
pub use start::StartPage;
pub use token::TokenPage;
