//! The incidents explorer's domain: everything the page decides, nothing it does.
//!
//! Sans-IO: these modules build the HTTP requests ([`request`], [`update`]), read the answers
//! ([`response`]), hold the paging state ([`session`]), pace requests under the rate limits
//! ([`pacer`]), map both APIs to one incident view ([`model`], [`labels`]), filter and sort it
//! ([`view`]), export it ([`export`]) and explain failures in plain words ([`explain`]). [`token`] holds the pasted token and
//! runs the token inspector's checks for the catalog operation about to be called. The app's
//! [`engine`] steps a listing or an update (paging, pacing under the shared [`quota`], retries,
//! cancel and resume) without doing any I/O: the app's hooks only execute its steps (send,
//! sleep, abort); time is always a parameter.

pub mod connection;
pub mod detail;
pub mod engine;
pub mod explain;
pub mod explorer;
pub mod export;
pub mod labels;
pub mod model;
pub mod pacer;
pub mod quota;
pub mod request;
pub mod response;
pub mod session;
pub mod time;
pub mod token;
pub mod update;
pub mod view;
