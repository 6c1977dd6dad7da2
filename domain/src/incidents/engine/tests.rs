//! The steppers driven by a fake transport and a fake clock, through every path.

use super::*;
use crate::cloud::Api;
use crate::incidents::connection::{ConnectionAction, ConnectionSettings};
use crate::incidents::labels::Status;
use crate::incidents::response::ParseProblem;
use crate::incidents::token::tests::app_token;

fn endpoint(api: Api, page_size: u32, limits: &str) -> Endpoint {
    ConnectionSettings::default()
        .apply(ConnectionAction::SetApi(api))
        .apply(ConnectionAction::SetPageSize(page_size))
        .apply(ConnectionAction::SetRateLimit(limits.into()))
        .resolve()
        .expect("valid")
}

/// A listing of the XDR API with `page_size` rows a page, no filter, the test token.
fn xdr_lister(page_size: u32) -> ListStepper {
    ListStepper::new(
        endpoint(Api::Xdr, page_size, ""),
        IncidentFilter::default(),
        token(),
    )
}

fn token() -> AccessToken {
    app_token(
        "https://api.security.microsoft.com",
        "\"Incident.ReadWrite.All\"",
        0,
    )
}

fn ok(body: impl Into<String>) -> Reply {
    Reply::Response(RawResponse {
        status: 200,
        retry_after: None,
        body: body.into(),
    })
}

fn status(code: u16, retry_after: Option<&str>) -> Reply {
    Reply::Response(RawResponse {
        status: code,
        retry_after: retry_after.map(str::to_owned),
        body: String::new(),
    })
}

fn xdr_page(ids: std::ops::Range<u32>, next: Option<&str>) -> String {
    let items: Vec<String> = ids
        .map(|i| format!(r#"{{"incidentId":{i},"incidentName":"n{i}","status":"Active","classification":"Unknown"}}"#))
        .collect();
    let next = next
        .map(|n| format!(r#","@odata.nextLink":"{n}""#))
        .unwrap_or_default();
    format!(r#"{{"value":[{}]{next}}}"#, items.join(","))
}

/// What the driver saw, in order.
#[derive(Debug, PartialEq)]
enum Seen {
    Sent(String),
    Waited(u64, WaitWhy),
    Progress,
}

/// Runs a stepper to its end: `answer` plays the API (called with each request, in order),
/// every response takes 100 ms, every wait is slept exactly.
struct Driver {
    now: u64,
    quota: Quota,
    seen: Vec<Seen>,
    send_times: Vec<u64>,
}

impl Driver {
    fn new() -> Driver {
        Driver {
            now: 1_000_000,
            quota: Quota::new(),
            seen: Vec::new(),
            send_times: Vec::new(),
        }
    }

    fn list(
        &mut self,
        s: &mut ListStepper,
        mut answer: impl FnMut(&ApiRequest) -> Reply,
    ) -> Step<Progress, Finish> {
        let mut reply = None;
        for _ in 0..10_000 {
            match s.step(self.now, reply.take(), &mut self.quota) {
                Step::Send(req) => {
                    self.seen.push(Seen::Sent(req.url.clone()));
                    self.send_times.push(self.now);
                    reply = Some(answer(&req));
                    self.now += 100;
                }
                Step::Wait { ms, why } => {
                    self.seen.push(Seen::Waited(ms, why));
                    self.now += ms;
                }
                Step::Progress(_) => self.seen.push(Seen::Progress),
                end => return end,
            }
        }
        panic!("the stepper never ended");
    }

    fn update(
        &mut self,
        s: &mut UpdateStepper,
        mut answer: impl FnMut(&ApiRequest) -> Reply,
    ) -> (Step<Incident, UpdateEnd>, Vec<Incident>) {
        let mut reply = None;
        let mut progress = Vec::new();
        for _ in 0..1000 {
            match s.step(self.now, reply.take(), &mut self.quota) {
                Step::Send(req) => {
                    self.seen.push(Seen::Sent(req.url.clone()));
                    self.send_times.push(self.now);
                    reply = Some(answer(&req));
                    self.now += 100;
                }
                Step::Wait { ms, why } => {
                    self.seen.push(Seen::Waited(ms, why));
                    self.now += ms;
                }
                Step::Progress(row) => progress.push(row),
                end => return (end, progress),
            }
        }
        panic!("the stepper never ended");
    }

    fn sends(&self) -> usize {
        self.seen
            .iter()
            .filter(|s| matches!(s, Seen::Sent(_)))
            .count()
    }

    fn waits(&self, why: WaitWhy) -> Vec<u64> {
        self.seen
            .iter()
            .filter_map(|s| match s {
                Seen::Waited(ms, w) if *w == why => Some(*ms),
                _ => None,
            })
            .collect()
    }
}

/// An XDR API of `total` incidents paged by `$skip`.
fn skip_api(total: u32) -> impl FnMut(&ApiRequest) -> Reply {
    move |req| {
        let skip: u32 = req
            .url
            .split("$skip=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let top: u32 = req
            .url
            .split("$top=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or(100);
        ok(xdr_page(skip..(skip + top).min(total), None))
    }
}

#[test]
fn pages_until_the_last_and_reports_progress_per_page() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let end = d.list(&mut s, skip_api(5));
    assert_eq!(
        end,
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
    assert_eq!(d.sends(), 3);
    assert_eq!(d.seen.iter().filter(|s| **s == Seen::Progress).count(), 3);
    assert_eq!(s.session().store().len(), 5);
    assert!(!s.resumable());
    // A finished listing stays finished.
    assert_eq!(
        s.step(d.now, None, &mut d.quota),
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
}

#[test]
fn a_429_with_retry_after_is_waited_out_and_holds_the_whole_quota() {
    let mut d = Driver::new();
    let ep = endpoint(Api::Xdr, 2, "");
    let mut s = ListStepper::new(ep.clone(), IncidentFilter::default(), token());
    let mut api = skip_api(4);
    let mut first = true;
    let end = d.list(&mut s, |req| {
        if first && req.url.contains("$skip=2") {
            first = false;
            status(429, Some("2"))
        } else {
            api(req)
        }
    });
    assert_eq!(
        end,
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
    assert_eq!(d.waits(WaitWhy::Throttled), [2_000]);
    assert_eq!(d.sends(), 4, "the throttled page is asked again");
    // During a hold, an update on the same API, app and tenant waits too.
    let mut q = Quota::new();
    let mut l = ListStepper::new(ep.clone(), IncidentFilter::default(), token());
    assert!(matches!(l.step(0, None, &mut q), Step::Send(_)));
    assert!(matches!(
        l.step(100, Some(status(429, Some("30"))), &mut q),
        Step::Wait {
            ms: 30_000,
            why: WaitWhy::Throttled
        }
    ));
    let row = s.session().store().rows()[0].as_ref().clone();
    let mut u = UpdateStepper::new(
        &ep,
        &token(),
        row,
        IncidentUpdate {
            status: Some(Status::Resolved),
            ..Default::default()
        },
    );
    assert_eq!(
        u.step(200, None, &mut q),
        Step::Wait {
            ms: 29_900,
            why: WaitWhy::Throttled
        }
    );
}

#[test]
fn a_429_without_retry_after_waits_the_shortest_window() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let mut api = skip_api(1);
    let mut n = 0;
    let end = d.list(&mut s, |req| {
        n += 1;
        if n == 1 { status(429, None) } else { api(req) }
    });
    assert_eq!(
        end,
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
    assert_eq!(d.waits(WaitWhy::Throttled), [60_000]);
}

#[test]
fn a_long_retry_after_is_reported_not_waited_out_and_the_listing_resumes() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let mut api = skip_api(4);
    let end = d.list(&mut s, |req| {
        if req.url.contains("$skip=2") {
            status(429, Some("3600"))
        } else {
            api(req)
        }
    });
    assert_eq!(
        end,
        Step::Failed(ApiError::Throttled {
            retry_after_ms: Some(3_600_000)
        })
    );
    assert!(d.waits(WaitWhy::Throttled).is_empty(), "no hour-long wait");
    assert_eq!(s.session().store().len(), 2, "rows kept");
    assert!(s.resumable());
    s.resume(token());
    let before = d.seen.len();
    let end = d.list(&mut s, skip_api(4));
    assert_eq!(
        end,
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
    assert_eq!(s.session().store().len(), 4);
    let Some(Seen::Sent(after_resume)) =
        d.seen[before..].iter().find(|s| matches!(s, Seen::Sent(_)))
    else {
        panic!("{:?}", d.seen)
    };
    assert!(
        after_resume.contains("$skip=2"),
        "the same page again: {after_resume}"
    );
}

#[test]
fn too_many_429s_in_a_row_are_reported() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let end = d.list(&mut s, |_| status(429, Some("1")));
    assert!(matches!(end, Step::Failed(ApiError::Throttled { .. })));
    assert_eq!(d.sends(), RETRY.max_throttles as usize + 1);
}

#[test]
fn timeouts_of_a_read_are_tried_again_then_reported() {
    let timeout = || Reply::Transport(ApiError::Network(NetworkCause::Timeout));
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let mut api = skip_api(3);
    let mut n = 0;
    let end = d.list(&mut s, |req| {
        n += 1;
        if n == 2 { timeout() } else { api(req) }
    });
    assert_eq!(
        end,
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
    assert_eq!(d.waits(WaitWhy::Retry), [1_000]);

    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let end = d.list(&mut s, |_| timeout());
    assert_eq!(end, Step::Failed(ApiError::Network(NetworkCause::Timeout)));
    assert_eq!(d.waits(WaitWhy::Retry), [1_000, 2_000]);
    assert!(s.resumable());
    // Other transport failures fail at once (trying again would fail the same way).
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let end = d.list(&mut s, |_| {
        Reply::Transport(ApiError::Network(NetworkCause::ProxyDown))
    });
    assert_eq!(
        end,
        Step::Failed(ApiError::Network(NetworkCause::ProxyDown))
    );
    assert_eq!(d.sends(), 1);
}

#[test]
fn cancel_keeps_rows_and_resume_continues_with_a_new_token() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let mut q = Quota::new();
    let Step::Send(_) = s.step(0, None, &mut q) else {
        panic!()
    };
    assert_eq!(
        s.step(100, Some(ok(xdr_page(0..2, None))), &mut q),
        Step::Progress(s.session().progress())
    );
    s.cancel();
    assert_eq!(s.step(200, None, &mut q), Step::Done(Finish::Cancelled));
    assert_eq!(s.step(300, None, &mut q), Step::Done(Finish::Cancelled));
    assert!(s.resumable());
    let fresh = app_token(
        "https://api.security.microsoft.com",
        "\"Incident.Read.All\"",
        9,
    );
    s.resume(fresh.clone());
    let Step::Send(req) = s.step(400, None, &mut q) else {
        panic!()
    };
    assert!(req.url.contains("$skip=2"));
    assert_eq!(req.bearer.as_ref(), Some(&fresh));
    // Cancelling while a request is in flight: its late answer is ignored.
    s.cancel();
    assert_eq!(
        s.step(500, Some(ok(xdr_page(2..4, None))), &mut q),
        Step::Done(Finish::Cancelled)
    );
    assert_eq!(s.session().store().len(), 2);
    let _ = &mut d;
}

#[test]
fn a_foreign_next_link_is_never_sent_to() {
    let mut d = Driver::new();
    let mut s = ListStepper::new(
        endpoint(Api::Graph, 2, ""),
        IncidentFilter::default(),
        token(),
    );
    let end = d.list(&mut s, |_| {
        ok(r#"{"value":[{"id":"a"},{"id":"b"}],"@odata.nextLink":"https://evil.example/steal"}"#)
    });
    assert_eq!(
        end,
        Step::Failed(ApiError::Parse(ParseProblem::ForeignNextLink))
    );
    assert_eq!(d.sends(), 1);
    assert!(
        d.seen
            .iter()
            .all(|s| !matches!(s, Seen::Sent(u) if u.contains("evil")))
    );
    assert_eq!(s.session().store().len(), 2);
    assert!(!s.resumable(), "nothing left to resume to");
}

#[test]
fn a_server_error_stops_with_rows_kept_and_resumes() {
    let mut d = Driver::new();
    let mut s = xdr_lister(2);
    let mut api = skip_api(4);
    let mut n = 0;
    let end = d.list(&mut s, |req| {
        n += 1;
        if n == 2 { status(500, None) } else { api(req) }
    });
    assert_eq!(
        end.clone(),
        Step::Failed(ApiError::Server {
            status: 500,
            message: None
        })
    );
    assert_eq!(s.step(d.now, None, &mut d.quota), end, "stays failed");
    s.resume(token());
    assert_eq!(
        d.list(&mut s, skip_api(4)),
        Step::Done(Finish::Complete {
            loop_stopped: false
        })
    );
}

fn count_in_windows(times: &[u64], limit: WindowLimit) -> usize {
    times
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            times[i..]
                .iter()
                .take_while(|&&u| u < t + limit.window_ms)
                .count()
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn pacing_keeps_the_listing_under_the_limits() {
    let mut d = Driver::new();
    let mut s = ListStepper::new(
        endpoint(Api::Xdr, 2, "3/1s"),
        IncidentFilter::default(),
        token(),
    );
    d.list(&mut s, skip_api(20));
    assert_eq!(d.sends(), 11);
    assert!(!d.waits(WaitWhy::Pacing).is_empty());
    assert!(count_in_windows(&d.send_times, WindowLimit::new(3, 1000)) <= 3);
}

#[test]
fn listing_and_updates_share_one_quota() {
    // XDR's documented 50/min: 120 pages and 12 updates interleaved, never more than 50 sends in
    // any minute together.
    let ep = endpoint(Api::Xdr, 1, "");
    let mut d = Driver::new();
    let mut quota = Quota::new();
    let mut s = ListStepper::new(ep.clone(), IncidentFilter::default(), token());
    let mut api = skip_api(120);
    let mut times = Vec::new();
    let mut now = 0_u64;
    let mut reply = None;
    let mut pages = 0;
    let mut updates = 0;
    loop {
        match s.step(now, reply.take(), &mut quota) {
            Step::Send(req) => {
                times.push(now);
                reply = Some(api(&req));
                now += 50;
            }
            Step::Wait { ms, .. } => now += ms,
            Step::Progress(_) => {
                pages += 1;
                if pages % 10 == 0 {
                    let row = s.session().store().rows()[0].as_ref().clone();
                    let mut u = UpdateStepper::new(
                        &ep,
                        &token(),
                        row,
                        IncidentUpdate {
                            status: Some(Status::Resolved),
                            ..Default::default()
                        },
                    );
                    d.now = now;
                    d.quota = quota.clone();
                    let (end, _) = d.update(&mut u, |_| ok(""));
                    assert!(matches!(end, Step::Done(UpdateEnd::Applied(_))));
                    times.append(&mut d.send_times);
                    quota = d.quota.clone();
                    now = d.now;
                    updates += 1;
                }
            }
            Step::Done(_) => break,
            Step::Failed(e) => panic!("{e:?}"),
        }
    }
    times.sort_unstable();
    assert_eq!(updates, 12);
    assert_eq!(times.len(), 121 + 12);
    assert!(count_in_windows(&times, WindowLimit::new(50, 60_000)) <= 50);
}

fn graph_row() -> Incident {
    let ctx = MapContext {
        portal_origin: "https://security.microsoft.com",
    };
    crate::incidents::model::incident_from_json(
        &serde_json::json!({"id":"7","status":"active","classification":"unknown"}),
        &ctx,
    )
    .expect("row")
}

fn resolve_with_comment() -> IncidentUpdate {
    IncidentUpdate {
        status: Some(Status::Resolved),
        comment: Some("checked".into()),
        ..Default::default()
    }
}

#[test]
fn an_update_patches_then_comments() {
    let mut d = Driver::new();
    let mut u = UpdateStepper::new(
        &endpoint(Api::Graph, 2, ""),
        &token(),
        graph_row(),
        resolve_with_comment(),
    );
    let (end, progress) = d.update(&mut u, |req| {
        if req.url.ends_with("/comments") {
            ok(r#"{"value":[{"comment":"checked","createdByDisplayName":"me"}]}"#)
        } else {
            ok(r#"{"id":"7","status":"resolved"}"#)
        }
    });
    let Step::Done(UpdateEnd::Applied(row)) = end else {
        panic!("{end:?}")
    };
    assert_eq!(row.status, Status::Resolved);
    assert_eq!(row.comments[0].author, "me");
    assert_eq!(
        progress.len(),
        1,
        "the patched row is shown before the comment"
    );
    assert_eq!(d.sends(), 2);
}

#[test]
fn a_failed_comment_after_an_applied_patch_is_a_partial_success() {
    let mut d = Driver::new();
    let mut u = UpdateStepper::new(
        &endpoint(Api::Graph, 2, ""),
        &token(),
        graph_row(),
        resolve_with_comment(),
    );
    let (end, progress) = d.update(&mut u, |req| {
        if req.url.ends_with("/comments") {
            status(403, None)
        } else {
            ok(r#"{"id":"7","status":"resolved"}"#)
        }
    });
    let Step::Done(UpdateEnd::CommentFailed { row, error }) = end else {
        panic!("{end:?}")
    };
    assert_eq!(row.status, Status::Resolved, "the new row, not the old one");
    assert_eq!(error.kind(), "forbidden");
    assert_eq!(progress[0].status, Status::Resolved);
}

#[test]
fn an_update_follows_the_same_429_policy_and_is_never_resent_after_a_timeout() {
    let ep = endpoint(Api::Xdr, 2, "");
    let row = || {
        crate::incidents::model::incident_from_json(
            &serde_json::json!({"incidentId":1,"status":"Active"}),
            &MapContext {
                portal_origin: "https://security.microsoft.com",
            },
        )
        .expect("row")
    };
    let resolve = || IncidentUpdate {
        status: Some(Status::Resolved),
        ..Default::default()
    };
    let mut d = Driver::new();
    let mut u = UpdateStepper::new(&ep, &token(), row(), resolve());
    let mut n = 0;
    let (end, _) = d.update(&mut u, |_| {
        n += 1;
        if n == 1 {
            status(429, Some("3"))
        } else {
            ok("")
        }
    });
    assert!(matches!(end, Step::Done(UpdateEnd::Applied(ref r)) if r.status == Status::Resolved));
    assert_eq!(d.waits(WaitWhy::Throttled), [3_000]);

    let mut d = Driver::new();
    let mut u = UpdateStepper::new(&ep, &token(), row(), resolve());
    let (end, _) = d.update(&mut u, |_| status(429, Some("3600")));
    assert_eq!(
        end,
        Step::Failed(ApiError::Throttled {
            retry_after_ms: Some(3_600_000)
        })
    );

    let mut d = Driver::new();
    let mut u = UpdateStepper::new(&ep, &token(), row(), resolve());
    let (end, _) = d.update(&mut u, |_| {
        Reply::Transport(ApiError::Network(NetworkCause::Timeout))
    });
    assert_eq!(end, Step::Failed(ApiError::Network(NetworkCause::Timeout)));
    assert_eq!(
        d.sends(),
        1,
        "an update that may have been applied is not sent again"
    );
}

#[test]
fn an_update_and_its_wait_can_be_cancelled() {
    let ep = endpoint(Api::Graph, 2, "");
    let mut q = Quota::new();
    let mut u = UpdateStepper::new(&ep, &token(), graph_row(), resolve_with_comment());
    let Step::Send(_) = u.step(0, None, &mut q) else {
        panic!()
    };
    assert!(matches!(
        u.step(100, Some(status(429, Some("30"))), &mut q),
        Step::Wait { .. }
    ));
    u.cancel();
    assert_eq!(
        u.step(200, None, &mut q),
        Step::Done(UpdateEnd::Cancelled { row: None })
    );
    // Cancelled after the PATCH: the applied row is reported.
    let mut q = Quota::new();
    let mut u = UpdateStepper::new(&ep, &token(), graph_row(), resolve_with_comment());
    let Step::Send(_) = u.step(0, None, &mut q) else {
        panic!()
    };
    let Step::Progress(_) = u.step(100, Some(ok(r#"{"id":"7","status":"resolved"}"#)), &mut q)
    else {
        panic!()
    };
    let Step::Send(_) = u.step(100, None, &mut q) else {
        panic!()
    };
    u.cancel();
    let Step::Done(UpdateEnd::Cancelled { row: Some(r) }) = u.step(200, None, &mut q) else {
        panic!()
    };
    assert_eq!(r.status, Status::Resolved);
}
