//! The explorer's engine: sans-IO steppers for a listing and for an update, in the style of
//! oauth2-rs and crux. The caller (the page's hook, or a test's fake transport) asks
//! `step(now, reply, quota)` what to do next and does exactly that:
//!
//! - [`Step::Send`]: send the request, then call `step` again with its [`Reply`];
//! - [`Step::Wait`]: sleep `ms` (cancellable), then call `step` with no reply;
//! - [`Step::Progress`]: show it, then call `step` with no reply;
//! - [`Step::Done`] / [`Step::Failed`]: stop.
//!
//! The steppers own paging and its guards ([`ListSession`]), pacing under the shared
//! [`Quota`], the one [`RETRY`] policy for 429s (both steppers, capped) and read timeouts
//! (listing only: an update that timed out may have been applied), cancel and resume. They
//! never sleep or send: time is a parameter, so every path is tested natively.

use crate::incidents::connection::Endpoint;
use crate::incidents::model::{Incident, MapContext};
use crate::incidents::pacer::WindowLimit;
use crate::incidents::quota::{Quota, QuotaKey, RETRY, WaitWhy, api_limits, fallback_wait};
use crate::incidents::request::{ApiRequest, IncidentFilter, RawResponse};
use crate::incidents::response::{ApiError, NetworkCause};
use crate::incidents::session::{IncidentStore, ListSession, Progress};
use crate::incidents::token::AccessToken;
use crate::incidents::update::{
    IncidentUpdate, UpdatePlan, read_comment_response, read_update_response, update_plan,
};

/// What the caller does next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<P, D> {
    /// Send this request and pass its reply to the next `step`.
    Send(ApiRequest),
    /// Sleep this long (the caller may cancel meanwhile), then `step` again.
    Wait {
        /// Milliseconds.
        ms: u64,
        /// Why.
        why: WaitWhy,
    },
    /// Something to show; `step` again at once.
    Progress(P),
    /// Finished.
    Done(D),
    /// Stopped on an error (a listing keeps its rows and can resume).
    Failed(ApiError),
}

/// What came back for a [`Step::Send`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// An HTTP answer, whatever its status.
    Response(RawResponse),
    /// No answer: the executor's explanation (timeout, offline, proxy down, redirect…).
    Transport(ApiError),
}

/// The limits a request on `endpoint` is paced by: the user's, else the API's.
pub fn endpoint_limits(endpoint: &Endpoint) -> Vec<WindowLimit> {
    match &endpoint.custom_limits {
        Some(custom) => custom.clone(),
        None => api_limits(endpoint.api),
    }
}

/// Whether a transport failure of a read is worth another try: a timeout. Everything else
/// (offline, CORS, proxy down, a redirect) will fail the same way again at once.
fn read_retryable(e: &ApiError) -> bool {
    matches!(e, ApiError::Network(NetworkCause::Timeout))
}

/// A 429, for listing and updates alike: the wait (counted, and held on the whole quota so no
/// other request of this API and app goes out meanwhile), or the error once the policy gives up.
fn throttled(
    raw: &RawResponse,
    now_ms: u64,
    throttles: &mut u32,
    limits: &[WindowLimit],
    key: &QuotaKey,
    quota: &mut Quota,
) -> Result<u64, ApiError> {
    let fallback = fallback_wait(limits);
    match RETRY.throttle_wait(raw, *throttles, fallback, now_ms as i64) {
        Some(ms) => {
            *throttles += 1;
            quota.hold(key, now_ms + ms);
            Ok(ms)
        }
        None => Err(crate::incidents::response::status_error(raw, now_ms as i64)),
    }
}

/// How a listing ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    /// Every page loaded (`loop_stopped`: stopped because the API repeated itself).
    Complete {
        /// Whether a repeated next link or a `$skip` page with nothing new stopped it.
        loop_stopped: bool,
    },
    /// The user cancelled; rows are kept and it can resume.
    Cancelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Ready,
    Sent,
    Stopped,
    Cancelled,
}

/// A listing, page after page.
#[derive(Clone, Debug)]
pub struct ListStepper {
    session: ListSession,
    token: AccessToken,
    key: QuotaKey,
    limits: Vec<WindowLimit>,
    phase: Phase,
    last_error: Option<ApiError>,
    throttles: u32,
    retries: u32,
}

impl ListStepper {
    /// A fresh listing.
    pub fn new(endpoint: Endpoint, filter: IncidentFilter, token: AccessToken) -> ListStepper {
        let key = QuotaKey::for_token(endpoint.api, &token);
        let limits = endpoint_limits(&endpoint);
        ListStepper {
            session: ListSession::new(endpoint, filter, IncidentStore::new()),
            token,
            key,
            limits,
            phase: Phase::Ready,
            last_error: None,
            throttles: 0,
            retries: 0,
        }
    }

    /// The paging state and the rows.
    pub fn session(&self) -> &ListSession {
        &self.session
    }

    /// Replaces a row (after an update).
    pub fn replace(&mut self, incident: Incident) {
        self.session.store_mut().upsert(incident);
    }

    /// Whether a page is still due (resume would continue).
    pub fn resumable(&self) -> bool {
        !self.session.is_done() && matches!(self.phase, Phase::Stopped | Phase::Cancelled)
    }

    /// Stops at the next `step` (the caller aborts what is in flight); rows are kept.
    pub fn cancel(&mut self) {
        let finished = self.phase == Phase::Stopped && self.last_error.is_none();
        if !finished {
            self.phase = Phase::Cancelled;
        }
    }

    /// Continues after a failure or a cancel, with `token` (perhaps a fresh one).
    pub fn resume(&mut self, token: AccessToken) {
        if self.session.is_done() {
            return;
        }
        self.key = QuotaKey::for_token(self.session.endpoint().api, &token);
        self.token = token;
        self.phase = Phase::Ready;
        self.last_error = None;
        self.throttles = 0;
        self.retries = 0;
    }

    fn stop(&mut self, e: ApiError) -> Step<Progress, Finish> {
        self.phase = Phase::Stopped;
        self.last_error = Some(e.clone());
        Step::Failed(e)
    }

    /// What to do next at `now_ms`, given the reply to the last [`Step::Send`] (if any).
    pub fn step(
        &mut self,
        now_ms: u64,
        reply: Option<Reply>,
        quota: &mut Quota,
    ) -> Step<Progress, Finish> {
        match self.phase {
            Phase::Cancelled => return Step::Done(Finish::Cancelled),
            Phase::Stopped => {
                return match &self.last_error {
                    Some(e) => Step::Failed(e.clone()),
                    None => Step::Done(Finish::Complete {
                        loop_stopped: self.session.loop_stopped(),
                    }),
                };
            }
            Phase::Sent => {
                self.phase = Phase::Ready;
                if let Some(reply) = reply {
                    return self.read(now_ms, reply, quota);
                }
                // No reply: the request was abandoned; ask for the page again.
            }
            Phase::Ready => {}
        }
        let Some(request) = self.session.next_request(&self.token) else {
            self.phase = Phase::Stopped;
            return Step::Done(Finish::Complete {
                loop_stopped: self.session.loop_stopped(),
            });
        };
        let (ms, why) = quota.wait(&self.key, &self.limits, now_ms);
        if ms > 0 {
            return Step::Wait { ms, why };
        }
        quota.record(&self.key, now_ms, &self.limits);
        self.phase = Phase::Sent;
        Step::Send(request)
    }

    fn read(&mut self, now_ms: u64, reply: Reply, quota: &mut Quota) -> Step<Progress, Finish> {
        let raw = match reply {
            Reply::Transport(e) if read_retryable(&e) => {
                return match RETRY.read_retry_wait(self.retries) {
                    Some(ms) => {
                        self.retries += 1;
                        Step::Wait {
                            ms,
                            why: WaitWhy::Retry,
                        }
                    }
                    None => self.stop(e),
                };
            }
            Reply::Transport(e) => return self.stop(e),
            Reply::Response(raw) => raw,
        };
        if raw.status == 429 {
            return match throttled(
                &raw,
                now_ms,
                &mut self.throttles,
                &self.limits,
                &self.key,
                quota,
            ) {
                Ok(ms) => Step::Wait {
                    ms,
                    why: WaitWhy::Throttled,
                },
                Err(e) => self.stop(e),
            };
        }
        match self.session.accept(&raw, now_ms as i64) {
            Ok(_) => {
                self.throttles = 0;
                self.retries = 0;
                Step::Progress(self.session.progress())
            }
            Err(e) => self.stop(e),
        }
    }
}

/// How an update ended.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateEnd {
    /// Everything was applied; the refreshed row.
    Applied(Incident),
    /// Graph: the PATCH was applied (the refreshed row) but the comment POST failed.
    CommentFailed {
        /// The row as the PATCH left it.
        row: Incident,
        /// Why the comment failed.
        error: ApiError,
    },
    /// Cancelled by the user; `row` is set when the PATCH had already been applied.
    Cancelled {
        /// The row as the PATCH left it, if it was applied.
        row: Option<Incident>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Patch,
    Comment,
    Finished,
}

/// One update: the PATCH, then (Graph) the comment POST.
#[derive(Clone, Debug)]
pub struct UpdateStepper {
    plan: UpdatePlan,
    update: IncidentUpdate,
    portal_origin: &'static str,
    key: QuotaKey,
    limits: Vec<WindowLimit>,
    row: Incident,
    patched: bool,
    part: Part,
    sent: bool,
    cancelled: bool,
    throttles: u32,
}

impl UpdateStepper {
    /// An update of `current` on `endpoint`.
    pub fn new(
        endpoint: &Endpoint,
        token: &AccessToken,
        current: Incident,
        update: IncidentUpdate,
    ) -> UpdateStepper {
        let plan = update_plan(endpoint, token, &current.id, &update);
        let part = if plan.patch.is_some() {
            Part::Patch
        } else if plan.comment.is_some() {
            Part::Comment
        } else {
            Part::Finished
        };
        UpdateStepper {
            plan,
            update,
            portal_origin: endpoint.portal_origin,
            key: QuotaKey::for_token(endpoint.api, token),
            limits: endpoint_limits(endpoint),
            row: current,
            patched: false,
            part,
            sent: false,
            cancelled: false,
            throttles: 0,
        }
    }

    /// The incident's id.
    pub fn incident_id(&self) -> &str {
        &self.row.id
    }

    /// Stops at the next `step` (the caller aborts what is in flight).
    pub fn cancel(&mut self) {
        self.cancelled = true;
    }

    fn request(&self) -> Option<&ApiRequest> {
        match self.part {
            Part::Patch => self.plan.patch.as_ref(),
            Part::Comment => self.plan.comment.as_ref(),
            Part::Finished => None,
        }
    }

    /// The part that failed ends the update: nothing applied is a failure, a failed comment
    /// after an applied PATCH is a partial success.
    fn failed(&mut self, e: ApiError) -> Step<Incident, UpdateEnd> {
        self.part = Part::Finished;
        if self.patched {
            Step::Done(UpdateEnd::CommentFailed {
                row: self.row.clone(),
                error: e,
            })
        } else {
            Step::Failed(e)
        }
    }

    /// What to do next at `now_ms`, given the reply to the last [`Step::Send`] (if any).
    pub fn step(
        &mut self,
        now_ms: u64,
        reply: Option<Reply>,
        quota: &mut Quota,
    ) -> Step<Incident, UpdateEnd> {
        if self.cancelled {
            self.part = Part::Finished;
            return Step::Done(UpdateEnd::Cancelled {
                row: self.patched.then(|| self.row.clone()),
            });
        }
        if self.sent {
            self.sent = false;
            match reply {
                Some(reply) => return self.read(now_ms, reply, quota),
                // No reply: unknown whether it was applied; never sent twice.
                None => return self.failed(ApiError::Network(NetworkCause::Unknown)),
            }
        }
        let Some(request) = self.request().cloned() else {
            return Step::Done(UpdateEnd::Applied(self.row.clone()));
        };
        let (ms, why) = quota.wait(&self.key, &self.limits, now_ms);
        if ms > 0 {
            return Step::Wait { ms, why };
        }
        quota.record(&self.key, now_ms, &self.limits);
        self.sent = true;
        Step::Send(request)
    }

    fn read(&mut self, now_ms: u64, reply: Reply, quota: &mut Quota) -> Step<Incident, UpdateEnd> {
        let raw = match reply {
            Reply::Transport(e) => return self.failed(e),
            Reply::Response(raw) => raw,
        };
        let now = now_ms as i64;
        if raw.status == 429 {
            // Not applied: sending it again is safe.
            return match throttled(
                &raw,
                now_ms,
                &mut self.throttles,
                &self.limits,
                &self.key,
                quota,
            ) {
                Ok(ms) => Step::Wait {
                    ms,
                    why: WaitWhy::Throttled,
                },
                Err(e) => self.failed(e),
            };
        }
        self.throttles = 0;
        match self.part {
            Part::Patch => {
                let ctx = MapContext {
                    portal_origin: self.portal_origin,
                };
                match read_update_response(&raw, &ctx, &self.row, &self.update, now) {
                    Ok(fresh) => {
                        self.row = fresh;
                        self.patched = true;
                        if self.plan.comment.is_some() {
                            self.part = Part::Comment;
                            Step::Progress(self.row.clone())
                        } else {
                            self.part = Part::Finished;
                            Step::Done(UpdateEnd::Applied(self.row.clone()))
                        }
                    }
                    Err(e) => self.failed(e),
                }
            }
            Part::Comment => match read_comment_response(&raw, now) {
                Ok(comments) => {
                    match comments {
                        Some(c) => self.row.comments = c,
                        None => {
                            let only_comment = IncidentUpdate {
                                comment: self.update.comment.clone(),
                                ..IncidentUpdate::default()
                            };
                            self.row = only_comment.apply_to(&self.row);
                        }
                    }
                    self.part = Part::Finished;
                    Step::Done(UpdateEnd::Applied(self.row.clone()))
                }
                Err(e) => self.failed(e),
            },
            Part::Finished => Step::Done(UpdateEnd::Applied(self.row.clone())),
        }
    }
}

/// Where a listing stands: the one status the hook keeps and the fetch panel shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FetchStatus {
    /// Nothing fetched yet.
    #[default]
    Idle,
    /// Fetching `page`; `pacing_ms` > 0 while waiting to stay under the rate limits.
    Loading {
        /// The page being fetched (1-based).
        page: u32,
        /// Time left before it may be sent.
        pacing_ms: u64,
    },
    /// The API answered 429 (or a timeout is tried again); resuming on its own.
    Throttled {
        /// Seconds left.
        seconds_left: u64,
    },
    /// Every page loaded.
    Done {
        /// Stopped because the API repeated itself.
        loop_stopped: bool,
    },
    /// Stopped on an error; rows are kept and the listing can resume.
    Failed(ApiError),
    /// Cancelled by the user.
    Cancelled,
}

impl FetchStatus {
    /// The `data-status` value.
    pub fn code(&self) -> &'static str {
        match self {
            FetchStatus::Idle => "idle",
            FetchStatus::Loading { .. } => "loading",
            FetchStatus::Throttled { .. } => "throttled",
            FetchStatus::Done { .. } => "done",
            FetchStatus::Failed(_) => "error",
            FetchStatus::Cancelled => "cancelled",
        }
    }

    /// Whether a request is in flight or scheduled.
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            FetchStatus::Loading { .. } | FetchStatus::Throttled { .. }
        )
    }
}

/// Where the update of one incident stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum UpdateStatus {
    /// Nothing sent.
    #[default]
    Idle,
    /// Sending (or paced).
    Pending,
    /// The API answered 429; sending again on its own after the countdown.
    Throttled {
        /// Seconds left.
        seconds_left: u64,
    },
    /// Applied; the row shows the API's answer.
    Done,
    /// Graph: the fields were applied (the row shows them) but the comment failed.
    CommentFailed(ApiError),
    /// Nothing was applied.
    Failed(ApiError),
    /// Cancelled (`applied`: the fields had already been applied, only the comment was not).
    Cancelled {
        /// Whether the PATCH had been applied.
        applied: bool,
    },
}

impl UpdateStatus {
    /// The `data-status` value.
    pub fn code(&self) -> &'static str {
        match self {
            UpdateStatus::Idle => "idle",
            UpdateStatus::Pending => "pending",
            UpdateStatus::Throttled { .. } => "throttled",
            UpdateStatus::Done => "done",
            UpdateStatus::CommentFailed(_) => "partial",
            UpdateStatus::Failed(_) => "error",
            UpdateStatus::Cancelled { .. } => "cancelled",
        }
    }

    /// Whether an update is running (a second submit is refused).
    pub fn is_busy(&self) -> bool {
        matches!(self, UpdateStatus::Pending | UpdateStatus::Throttled { .. })
    }

    /// The error to explain, if any.
    pub fn error(&self) -> Option<&ApiError> {
        match self {
            UpdateStatus::CommentFailed(e) | UpdateStatus::Failed(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
