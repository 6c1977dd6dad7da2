//! One component per route. Pages own their local state, call services and compose components.

mod about;
mod consent;
mod incidents;
mod not_found;
mod signin;
mod start;
mod token;

pub use about::AboutPage;
pub use consent::ConsentPage;
pub use incidents::IncidentsPage;
pub use not_found::NotFoundPage;
pub use signin::{SignInPage, capture_return, signin_status, use_signin_session};
pub use start::StartPage;
pub use token::TokenPage;
