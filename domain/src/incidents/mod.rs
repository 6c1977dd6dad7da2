//! The incidents explorer's domain: everything the page decides, nothing it does.
//!
//! Sans-IO: these modules build the HTTP requests ([`request`], [`update`]), read the answers
//! ([`response`]), hold the paging state ([`session`]), pace requests under the rate limits
//! ([`pacer`]), map both APIs to one incident view ([`model`], [`labels`]), filter and sort it
//! ([`view`]), export it ([`export`]) and explain failures in plain words ([`explain`]). [`token`] holds the pasted token and
//! runs the token inspector's checks for the catalog operation about to be called. The app's
//! `services::http` executes requests and its hook runs the loop; time is always a parameter.

pub mod connection;
pub mod explain;
pub mod export;
pub mod labels;
pub mod model;
pub mod pacer;
pub mod request;
pub mod response;
pub mod session;
pub mod time;
pub mod token;
pub mod update;
pub mod url;
pub mod view;
