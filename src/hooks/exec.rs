//! The browser half of a step: send a request and turn what happened into a [`Reply`], sleep a
//! wait in one-second slices (so that a countdown can show and a cancel stops it at once).

use std::time::Duration;

use dpk_domain::cloud::{API_HOSTS, Api};
use dpk_domain::incidents::connection::{Endpoint, Proxy};
use dpk_domain::incidents::engine::Reply;
use dpk_domain::incidents::request::ApiRequest;
use dpk_domain::incidents::response::{
    ApiError, NetworkFacts, ParseProblem, classify_network_failure,
};
use dpk_domain::url::UrlParts;

use crate::services::{clock, http};

/// Milliseconds since the epoch, as the steppers take them.
pub fn now_ms() -> u64 {
    clock::now_ms().max(0) as u64
}

fn is_defender_host(url: &str) -> bool {
    let Some(parts) = UrlParts::parse(url) else {
        return false;
    };
    API_HOSTS.iter().any(|h| {
        h.api != Api::Graph && UrlParts::parse(h.origin).is_some_and(|o| o.host == parts.host)
    })
}

/// Turns a transport failure into an [`ApiError`], probing the first hop (proxy, or API when
/// direct) to tell "not running" from "refuses this page" where the browser allows.
async fn transport_error(
    failure: http::SendFailure,
    endpoint: &Endpoint,
    target: &str,
) -> ApiError {
    match failure {
        http::SendFailure::BodyCut => ApiError::Parse(ParseProblem::Truncated),
        http::SendFailure::Redirected => ApiError::Redirected,
        http::SendFailure::Aborted | http::SendFailure::TimedOut | http::SendFailure::Failed => {
            let via_proxy = endpoint.proxy != Proxy::Direct;
            let defender_host = is_defender_host(target);
            let timed_out = failure == http::SendFailure::TimedOut;
            let online = http::is_online();
            let first_hop_answers = if !online || timed_out || (!via_proxy && defender_host) {
                None
            } else {
                match endpoint.first_hop_origin() {
                    Some(origin) => Some(http::probe(&[origin.as_str(), "/"].concat(), 3000).await),
                    None => None,
                }
            };
            ApiError::Network(classify_network_failure(NetworkFacts {
                online,
                timed_out,
                via_proxy,
                defender_host,
                first_hop_answers,
            }))
        }
    }
}

/// Sends `req`; `None` when it was aborted (cancelled).
pub async fn send(req: &ApiRequest, endpoint: &Endpoint, abort: &http::Abort) -> Option<Reply> {
    match http::send(req, abort, endpoint.timeout_ms).await {
        Ok(raw) => Some(Reply::Response(raw)),
        Err(http::SendFailure::Aborted) => None,
        Err(f) => Some(Reply::Transport(
            transport_error(f, endpoint, &req.target).await,
        )),
    }
}

/// Sleeps `ms`, calling `tick(ms_left)` about every second; false (at once) if `still_wanted`
/// turns false meanwhile.
/// Not generic, so that the listing and the updates share one copy.
pub async fn pause(ms: u64, still_wanted: &dyn Fn() -> bool, tick: &mut dyn FnMut(u64)) -> bool {
    let until = now_ms() + ms;
    let mut last = u64::MAX;
    loop {
        if !still_wanted() {
            return false;
        }
        let left = until.saturating_sub(now_ms());
        if left == 0 {
            return true;
        }
        if left.div_ceil(1000) != last {
            tick(left);
            last = left.div_ceil(1000);
        }
        yew::platform::time::sleep(Duration::from_millis(left.min(200))).await;
    }
}
