//! One component per route. Pages own their local state, call services and compose components.

mod about;
mod consent;
mod incidents;
pub mod migrate;
mod not_found;
mod signin;
mod start;
mod token;

pub use about::about_page;
pub use consent::ConsentPage;
pub use incidents::IncidentsPage;
pub use migrate::migrate_page;
pub use not_found::not_found_page;
pub use signin::{Act, signin_page, signin_status, use_signin};
pub use start::start_page;
pub use token::TokenPage;
