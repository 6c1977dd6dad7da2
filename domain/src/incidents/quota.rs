//! One request quota per API and app/tenant, shared by the listing and the updates, and the one
//! retry policy both follow after a 429.
//!
//! The rate limits are the API's, not an operation's: Defender XDR allows "up to 50 calls per
//! minute or 1,500 calls per hour" per app (https://learn.microsoft.com/defender-xdr/api-list-incidents
//! and api-update-incidents, the catalog's `rate_limit`), so an update sent while a listing runs
//! counts against the same budget. Microsoft Graph documents no limit for `security/incidents`;
//! its "Security detections and incidents service limits" section allows 150 requests per
//! minute per app per tenant for the other `/security` resources
//! (https://learn.microsoft.com/graph/throttling-limits), which we use as the conservative
//! default (the connection settings can replace it).
//!
//! A [`Quota`] holds send times and "held until" times only: no token, no URL. The app keeps one
//! for the whole tab, so the history survives navigation.

use crate::cloud::Api;
use crate::incidents::pacer::{Pacer, WindowLimit};
use crate::incidents::request::RawResponse;
use crate::incidents::response::retry_after_ms;
use crate::incidents::token::{AccessToken, list_operation, update_operation, window_limits};
use crate::jwt::{TokenFacts, decode_unverified};

/// Graph's default: 150 requests per minute per app per tenant (see the module docs).
pub const GRAPH_DEFAULT_LIMITS: [WindowLimit; 1] = [WindowLimit::new(150, 60_000)];

/// The limits of `api` as a whole: the stricter of its list and update operations' documented
/// limits for each window (per minute, then per hour), or [`GRAPH_DEFAULT_LIMITS`] when the
/// catalog documents none.
pub fn api_limits(api: Api) -> Vec<WindowLimit> {
    let (list, update) = (&list_operation(api).rate, &update_operation(api).rate);
    let stricter = |a: Option<u32>, b: Option<u32>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    };
    let out = window_limits(
        stricter(list.per_minute, update.per_minute),
        stricter(list.per_hour, update.per_hour),
    );
    if out.is_empty() {
        return GRAPH_DEFAULT_LIMITS.to_vec();
    }
    out
}

/// Whose budget a request spends: the API, the app (`appid`/`azp`) and the tenant (`tid`) of
/// the token. Claims that cannot be read are empty, which still separates the APIs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuotaKey {
    /// The API.
    pub api: Api,
    /// The app (client) ID.
    pub app: String,
    /// The tenant ID.
    pub tenant: String,
}

impl QuotaKey {
    /// The key of requests to `api` with `token` (decoded locally, unverified).
    pub fn for_token(api: Api, token: &AccessToken) -> QuotaKey {
        let facts = decode_unverified(token.expose())
            .ok()
            .map(|jwt| TokenFacts::from_decoded(&jwt));
        let (app, tenant) = facts
            .map(|f| {
                (
                    f.client_id.unwrap_or_default(),
                    f.tenant.unwrap_or_default(),
                )
            })
            .unwrap_or_default();
        QuotaKey { api, app, tenant }
    }
}

#[derive(Clone, Debug, Default)]
struct Entry {
    key: QuotaKey,
    pacer: Pacer,
    held_until: u64,
}

/// Why a request must wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitWhy {
    /// To stay under the rate limits.
    Pacing,
    /// The API answered 429 (to this or another request on the same quota).
    Throttled,
    /// A transport failure, tried again after a pause.
    Retry,
}

/// Send histories per [`QuotaKey`].
#[derive(Clone, Debug, Default)]
pub struct Quota {
    entries: Vec<Entry>,
}

impl Quota {
    /// An empty quota.
    pub fn new() -> Quota {
        Quota::default()
    }

    fn entry(&mut self, key: &QuotaKey) -> &mut Entry {
        let i = match self.entries.iter().position(|e| &e.key == key) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    key: key.clone(),
                    ..Entry::default()
                });
                self.entries.len() - 1
            }
        };
        &mut self.entries[i]
    }

    /// How long a request on `key` must wait from `now_ms`, and why (0 = may go now).
    pub fn wait(&self, key: &QuotaKey, limits: &[WindowLimit], now_ms: u64) -> (u64, WaitWhy) {
        let Some(e) = self.entries.iter().find(|e| &e.key == key) else {
            return (0, WaitWhy::Pacing);
        };
        let held = e.held_until.saturating_sub(now_ms);
        let paced = e.pacer.wait_ms(limits, now_ms);
        if held > 0 && held >= paced {
            (held, WaitWhy::Throttled)
        } else {
            (paced, WaitWhy::Pacing)
        }
    }

    /// Records a request sent on `key` at `at_ms`.
    pub fn record(&mut self, key: &QuotaKey, at_ms: u64, limits: &[WindowLimit]) {
        self.entry(key).pacer.record(at_ms, limits);
    }

    /// Holds every request on `key` until `until_ms` (after a 429).
    pub fn hold(&mut self, key: &QuotaKey, until_ms: u64) {
        let e = self.entry(key);
        e.held_until = e.held_until.max(until_ms);
    }

    /// Requests remembered for `key` (for tests and display).
    pub fn sent(&self, key: &QuotaKey) -> usize {
        self.entries
            .iter()
            .find(|e| &e.key == key)
            .map_or(0, |e| e.pacer.len())
    }
}

/// What to do after a 429 or a transport failure: one policy for the listing and the updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// 429s waited out in a row before the error is reported.
    pub max_throttles: u32,
    /// A 429 asking for a longer wait is reported, not waited out: the person may rather come
    /// back later (and the listing can resume).
    pub max_wait_ms: u64,
    /// The shortest wait, so that `Retry-After: 0` does not spin.
    pub min_wait_ms: u64,
    /// Timeouts of a read (never of an update, which may have been applied) tried again.
    pub max_read_retries: u32,
}

/// The policy.
pub const RETRY: RetryPolicy = RetryPolicy {
    max_throttles: 5,
    max_wait_ms: 120_000,
    min_wait_ms: 250,
    max_read_retries: 2,
};

impl RetryPolicy {
    /// The wait after the `throttles_so_far + 1`-th 429 in a row, or `None` when it is to be
    /// reported: too many in a row, or a wait over [`RetryPolicy::max_wait_ms`]. The wait is
    /// `Retry-After` (seconds or a date), else the reset time in the body, else `fallback_ms`.
    pub fn throttle_wait(
        &self,
        raw: &RawResponse,
        throttles_so_far: u32,
        fallback_ms: u64,
        now_ms: i64,
    ) -> Option<u64> {
        if throttles_so_far >= self.max_throttles {
            return None;
        }
        let wait =
            retry_after_ms(raw.retry_after.as_deref(), &raw.body, now_ms).unwrap_or(fallback_ms);
        (wait <= self.max_wait_ms).then_some(wait.max(self.min_wait_ms))
    }

    /// The pause before read retry number `retries_so_far + 1` (1 s, 2 s, …), or `None`.
    pub fn read_retry_wait(&self, retries_so_far: u32) -> Option<u64> {
        (retries_so_far < self.max_read_retries).then(|| 1000 << retries_so_far.min(6))
    }
}

/// The wait after a 429 that names none: the shortest window paced by, else 30 s.
pub fn fallback_wait(limits: &[WindowLimit]) -> u64 {
    limits.iter().map(|l| l.window_ms).min().unwrap_or(30_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::token::tests::{TID, app_token};

    fn throttled(retry_after: Option<&str>, body: &str) -> RawResponse {
        RawResponse {
            status: 429,
            retry_after: retry_after.map(str::to_owned),
            body: body.to_owned(),
        }
    }

    #[test]
    fn limits_per_api_from_the_catalog_or_the_graph_default() {
        assert_eq!(
            api_limits(Api::Xdr),
            [
                WindowLimit::new(50, 60_000),
                WindowLimit::new(1500, 3_600_000)
            ]
        );
        assert_eq!(api_limits(Api::Graph), GRAPH_DEFAULT_LIMITS);
    }

    #[test]
    fn the_key_is_api_app_and_tenant_and_holds_no_token() {
        let t = app_token(
            "https://api.security.microsoft.com",
            "\"Incident.Read.All\"",
            0,
        );
        let k = QuotaKey::for_token(Api::Xdr, &t);
        assert_eq!(k.tenant, TID);
        assert!(!k.app.is_empty());
        assert!(!format!("{k:?}").contains(t.expose()));
        assert_ne!(k, QuotaKey::for_token(Api::Graph, &t));
        assert_eq!(
            QuotaKey::for_token(Api::Xdr, &AccessToken::new("garbage")),
            QuotaKey {
                api: Api::Xdr,
                ..QuotaKey::default()
            }
        );
    }

    #[test]
    fn a_hold_outlasts_pacing_and_is_shared_by_the_key() {
        let limits = [WindowLimit::new(2, 1000)];
        let (a, b) = (
            QuotaKey {
                api: Api::Xdr,
                app: "a".into(),
                tenant: "t".into(),
            },
            QuotaKey {
                api: Api::Xdr,
                app: "b".into(),
                tenant: "t".into(),
            },
        );
        let mut q = Quota::new();
        q.record(&a, 0, &limits);
        q.record(&a, 10, &limits);
        assert_eq!(q.wait(&a, &limits, 20), (1005, WaitWhy::Pacing));
        assert_eq!(q.wait(&b, &limits, 20), (0, WaitWhy::Pacing));
        q.hold(&a, 5_000);
        assert_eq!(q.wait(&a, &limits, 20), (4_980, WaitWhy::Throttled));
        assert_eq!(q.wait(&a, &limits, 5_000), (0, WaitWhy::Pacing));
        assert_eq!(q.sent(&a), 2);
    }

    #[test]
    fn one_capped_policy_for_every_429() {
        let p = RETRY;
        assert_eq!(
            p.throttle_wait(&throttled(Some("2"), ""), 0, 60_000, 0),
            Some(2_000)
        );
        assert_eq!(
            p.throttle_wait(
                &throttled(None, "Rate limit is exceeded. Try again in 7 seconds."),
                0,
                60_000,
                0
            ),
            Some(7_000)
        );
        assert_eq!(
            p.throttle_wait(&throttled(None, ""), 0, 60_000, 0),
            Some(60_000)
        );
        assert_eq!(
            p.throttle_wait(&throttled(Some("0"), ""), 0, 60_000, 0),
            Some(250)
        );
        assert_eq!(
            p.throttle_wait(&throttled(Some("3600"), ""), 0, 60_000, 0),
            None,
            "an hour is reported, not waited out"
        );
        assert_eq!(
            p.throttle_wait(&throttled(Some("1"), ""), p.max_throttles, 60_000, 0),
            None
        );
        assert_eq!(p.read_retry_wait(0), Some(1000));
        assert_eq!(p.read_retry_wait(1), Some(2000));
        assert_eq!(p.read_retry_wait(2), None);
        assert_eq!(fallback_wait(&api_limits(Api::Xdr)), 60_000);
    }
}
