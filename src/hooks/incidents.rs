//! The incidents explorer's asynchronous side: the fetch loop around the domain's
//! [`ListSession`] (pacing under the rate limits, waiting out 429s with a countdown, timeouts,
//! cancel and resume, a stale-response guard) and the update of one incident.
//!
//! Every request is built and every answer read by `dpk_domain::incidents`; this module only
//! sequences them, sleeps, and reports progress as a [`FetchStatus`].

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use dpk_domain::cloud::{API_HOSTS, Api};
use dpk_domain::incidents::connection::{Endpoint, Proxy};
use dpk_domain::incidents::model::{Incident, MapContext};
use dpk_domain::incidents::pacer::{Pacer, RateLimit};
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::response::{
    ApiError, NetworkFacts, ParseProblem, classify_network_failure,
};
use dpk_domain::incidents::session::{IncidentStore, ListSession, Progress};
use dpk_domain::incidents::token::{
    AccessToken, documented_limits, list_operation, update_operation,
};
use dpk_domain::incidents::update::{
    IncidentUpdate, read_comment_response, read_update_response, update_plan, update_retry_wait,
};
use dpk_domain::incidents::url::UrlParts;
use yew::prelude::*;

use crate::services::{clock, http};

/// Where a listing stands.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchStatus {
    /// Nothing fetched yet.
    Idle,
    /// Fetching `page`; `pacing_ms` > 0 while waiting to stay under the rate limit.
    Loading {
        /// The page being fetched (1-based).
        page: u32,
        /// Time left before it may be sent.
        pacing_ms: u64,
    },
    /// The API answered 429; resuming on its own after the countdown.
    Throttled {
        /// Seconds left.
        seconds_left: u64,
    },
    /// Every page loaded.
    Done {
        /// Stopped because the API repeated a next link.
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

/// What the page renders of a listing.
#[derive(Clone, Debug)]
pub struct FetchView {
    /// Where it stands.
    pub status: FetchStatus,
    /// The rows loaded so far (kept on every failure).
    pub rows: Rc<Vec<Rc<Incident>>>,
    /// Bumped whenever `rows` changes (a cheap memo key).
    pub version: u64,
    /// Pages, rows, total.
    pub progress: Progress,
    /// Whether Resume would continue (a page is still due).
    pub resumable: bool,
    /// Where the rows came from (updates go there too).
    pub endpoint: Option<Endpoint>,
}

impl Default for FetchView {
    fn default() -> Self {
        FetchView {
            status: FetchStatus::Idle,
            rows: Rc::new(Vec::new()),
            version: 0,
            progress: Progress::default(),
            resumable: false,
            endpoint: None,
        }
    }
}

enum FetchEvent {
    Status(FetchStatus),
    Rows {
        rows: Rc<Vec<Rc<Incident>>>,
        progress: Progress,
        resumable: bool,
    },
    Source(Endpoint),
    Resumable(bool),
}

/// The reducer's state: a private wrapper, so that the event type stays private.
#[derive(Default)]
struct FetchState(FetchView);

impl Reducible for FetchState {
    type Action = FetchEvent;
    fn reduce(self: Rc<Self>, action: FetchEvent) -> Rc<Self> {
        let mut next = self.0.clone();
        match action {
            FetchEvent::Status(s) => {
                if s == self.0.status {
                    return self;
                }
                next.status = s;
            }
            FetchEvent::Rows {
                rows,
                progress,
                resumable,
            } => {
                next.rows = rows;
                next.version += 1;
                next.progress = progress;
                next.resumable = resumable;
            }
            FetchEvent::Source(endpoint) => next.endpoint = Some(endpoint),
            FetchEvent::Resumable(r) => next.resumable = r,
        }
        Rc::new(FetchState(next))
    }
}

/// What Fetch needs.
#[derive(Clone, Debug)]
pub struct FetchJob {
    /// Where to fetch from.
    pub endpoint: Endpoint,
    /// Server-side filters to send.
    pub filter: IncidentFilter,
    /// The token.
    pub token: AccessToken,
}

#[derive(Default)]
struct Runner {
    generation: u64,
    session: Option<ListSession>,
    pacer: Pacer,
    abort: Option<http::Abort>,
}

/// The handle [`use_incident_fetch`] returns.
#[derive(Clone)]
pub struct FetchHandle {
    /// The state to render.
    pub view: Rc<FetchView>,
    /// Starts a fresh listing (rows are cleared).
    pub start: Callback<FetchJob>,
    /// Continues the last listing from the page that is due, with this token.
    pub resume: Callback<AccessToken>,
    /// Cancels; rows are kept.
    pub cancel: Callback<()>,
    /// Replaces a row (after an update).
    pub replace: Callback<Incident>,
}

fn now_ms() -> u64 {
    clock::now_ms().max(0) as u64
}

/// Sleeps `ms` in short slices, calling `tick(ms_left)` about every second; false (at once) if
/// `still_wanted` turns false meanwhile.
async fn count_down(
    ms: u64,
    mut still_wanted: impl FnMut() -> bool,
    mut tick: impl FnMut(u64),
) -> bool {
    let until = now_ms() + ms;
    let mut last_tick = u64::MAX;
    loop {
        if !still_wanted() {
            return false;
        }
        let left = until.saturating_sub(now_ms());
        if left == 0 {
            return true;
        }
        let secs = left.div_ceil(1000);
        if secs != last_tick {
            tick(left);
            last_tick = secs;
        }
        yew::platform::time::sleep(Duration::from_millis(left.min(200))).await;
    }
}

/// [`count_down`] while the listing's generation is still `generation` (not cancelled or
/// superseded).
async fn wait_while_current(
    ms: u64,
    runner: &Rc<RefCell<Runner>>,
    generation: u64,
    tick: impl FnMut(u64),
) -> bool {
    count_down(ms, || runner.borrow().generation == generation, tick).await
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
        http::SendFailure::Aborted | http::SendFailure::TimedOut | http::SendFailure::Failed => {
            let via_proxy = endpoint.proxy != Proxy::Direct;
            let defender_host = is_defender_host(target);
            let timed_out = failure == http::SendFailure::TimedOut;
            let online = http::is_online();
            let first_hop_answers = if !online || timed_out || (!via_proxy && defender_host) {
                None
            } else {
                match endpoint.first_hop_origin() {
                    Some(origin) => Some(http::probe(&format!("{origin}/"), 3000).await),
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

/// The time to wait after a 429 that named none: the shortest window being paced by, else 30 s.
fn fallback_wait(limits: &[RateLimit]) -> u64 {
    limits.iter().map(|l| l.window_ms).min().unwrap_or(30_000)
}

/// At most this many 429s in a row before the listing gives up (and can be resumed by hand).
const MAX_THROTTLES_IN_A_ROW: u32 = 8;

async fn run(
    runner: Rc<RefCell<Runner>>,
    generation: u64,
    token: AccessToken,
    dispatch: UseReducerDispatcher<FetchState>,
) {
    let current = |r: &Rc<RefCell<Runner>>| r.borrow().generation == generation;
    let mut throttles = 0;
    loop {
        if !current(&runner) {
            return;
        }
        let (request, endpoint, limits, page) = {
            let r = runner.borrow();
            let Some(session) = r.session.as_ref() else {
                return;
            };
            let endpoint = session.endpoint().clone();
            let documented = documented_limits(list_operation(endpoint.api));
            let limits = endpoint.limits(&documented).to_vec();
            let page = session.progress().pages + 1;
            match session.next_request(&token) {
                Some(req) => (req, endpoint, limits, page),
                None => {
                    let loop_stopped = session.loop_stopped();
                    drop(r);
                    dispatch.dispatch(FetchEvent::Resumable(false));
                    dispatch.dispatch(FetchEvent::Status(FetchStatus::Done { loop_stopped }));
                    return;
                }
            }
        };
        let wait = runner.borrow().pacer.wait_ms(&limits, now_ms());
        if wait > 0 {
            let d = dispatch.clone();
            let go_on = wait_while_current(wait, &runner, generation, |left| {
                d.dispatch(FetchEvent::Status(FetchStatus::Loading {
                    page,
                    pacing_ms: left,
                }));
            })
            .await;
            if !go_on {
                return;
            }
            continue;
        }
        dispatch.dispatch(FetchEvent::Status(FetchStatus::Loading {
            page,
            pacing_ms: 0,
        }));
        let abort = http::Abort::new();
        {
            let mut r = runner.borrow_mut();
            r.pacer.record(now_ms(), &limits);
            r.abort = Some(abort.clone());
        }
        let result = http::send(&request, &abort, endpoint.timeout_ms).await;
        if !current(&runner) {
            return;
        }
        let raw = match result {
            Ok(raw) => raw,
            Err(http::SendFailure::Aborted) => return,
            Err(failure) => {
                let err = transport_error(failure, &endpoint, &request.target).await;
                if current(&runner) {
                    dispatch.dispatch(FetchEvent::Resumable(true));
                    dispatch.dispatch(FetchEvent::Status(FetchStatus::Failed(err)));
                }
                return;
            }
        };
        let accepted = {
            let mut r = runner.borrow_mut();
            let Some(session) = r.session.as_mut() else {
                return;
            };
            let out = session.accept(&raw, clock::now_ms());
            let rows = Rc::new(session.store().rows().to_vec());
            let resumable = !session.is_done();
            (out, rows, session.progress(), resumable)
        };
        let (outcome, rows, progress, resumable) = accepted;
        match outcome {
            Ok(page_outcome) => {
                throttles = 0;
                dispatch.dispatch(FetchEvent::Rows {
                    rows,
                    progress,
                    resumable,
                });
                if page_outcome.done {
                    dispatch.dispatch(FetchEvent::Status(FetchStatus::Done {
                        loop_stopped: page_outcome.loop_stopped,
                    }));
                    return;
                }
            }
            Err(ApiError::Throttled { retry_after_ms }) if throttles < MAX_THROTTLES_IN_A_ROW => {
                throttles += 1;
                let wait = retry_after_ms
                    .unwrap_or_else(|| fallback_wait(&limits))
                    .max(250);
                let d = dispatch.clone();
                let go_on = wait_while_current(wait, &runner, generation, |left| {
                    d.dispatch(FetchEvent::Status(FetchStatus::Throttled {
                        seconds_left: left.div_ceil(1000),
                    }));
                })
                .await;
                if !go_on {
                    return;
                }
            }
            Err(err) => {
                dispatch.dispatch(FetchEvent::Rows {
                    rows,
                    progress,
                    resumable,
                });
                dispatch.dispatch(FetchEvent::Status(FetchStatus::Failed(err)));
                return;
            }
        }
    }
}

/// Lists incidents: start, resume, cancel, and replace a row after an update.
#[hook]
pub fn use_incident_fetch() -> FetchHandle {
    let view = use_reducer(FetchState::default);
    let runner = use_mut_ref(Runner::default);
    let launch = {
        let dispatch = view.dispatcher();
        let runner = runner.clone();
        Rc::new(move |token: AccessToken| {
            let generation = {
                let mut r = runner.borrow_mut();
                r.generation += 1;
                if let Some(a) = r.abort.take() {
                    a.abort();
                }
                r.generation
            };
            yew::platform::spawn_local(run(runner.clone(), generation, token, dispatch.clone()));
        })
    };
    let start = {
        let runner = runner.clone();
        let dispatch = view.dispatcher();
        let launch = launch.clone();
        Callback::from(move |job: FetchJob| {
            dispatch.dispatch(FetchEvent::Source(job.endpoint.clone()));
            runner.borrow_mut().session = Some(ListSession::new(
                job.endpoint,
                job.filter,
                IncidentStore::new(),
            ));
            dispatch.dispatch(FetchEvent::Rows {
                rows: Rc::new(Vec::new()),
                progress: Progress::default(),
                resumable: true,
            });
            launch(job.token);
        })
    };
    let resume = {
        let runner = runner.clone();
        let launch = launch.clone();
        Callback::from(move |token: AccessToken| {
            if runner
                .borrow()
                .session
                .as_ref()
                .is_some_and(|s| !s.is_done())
            {
                launch(token);
            }
        })
    };
    let cancel = {
        let runner = runner.clone();
        let dispatch = view.dispatcher();
        Callback::from(move |()| {
            let resumable = {
                let mut r = runner.borrow_mut();
                r.generation += 1;
                if let Some(a) = r.abort.take() {
                    a.abort();
                }
                r.session.as_ref().is_some_and(|s| !s.is_done())
            };
            dispatch.dispatch(FetchEvent::Resumable(resumable));
            dispatch.dispatch(FetchEvent::Status(FetchStatus::Cancelled));
        })
    };
    let replace = {
        let runner = runner.clone();
        let dispatch = view.dispatcher();
        Callback::from(move |incident: Incident| {
            let snapshot = {
                let mut r = runner.borrow_mut();
                r.session.as_mut().map(|s| {
                    s.store_mut().upsert(incident);
                    (
                        Rc::new(s.store().rows().to_vec()),
                        s.progress(),
                        !s.is_done(),
                    )
                })
            };
            if let Some((rows, mut progress, resumable)) = snapshot {
                progress.rows = rows.len();
                dispatch.dispatch(FetchEvent::Rows {
                    rows,
                    progress,
                    resumable,
                });
            }
        })
    };
    FetchHandle {
        view: Rc::new(view.0.clone()),
        start,
        resume,
        cancel,
        replace,
    }
}

/// Where an update stands.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateStatus {
    /// Nothing sent.
    Idle,
    /// Sending.
    Pending,
    /// The API answered 429; sending again on its own after the countdown.
    Throttled {
        /// Seconds left.
        seconds_left: u64,
    },
    /// The API accepted it; the row was refreshed.
    Done,
    /// It failed.
    Failed(ApiError),
}

impl UpdateStatus {
    /// The `data-status` value.
    pub fn code(&self) -> &'static str {
        match self {
            UpdateStatus::Idle => "idle",
            UpdateStatus::Pending => "pending",
            UpdateStatus::Throttled { .. } => "throttled",
            UpdateStatus::Done => "done",
            UpdateStatus::Failed(_) => "error",
        }
    }
}

/// One update to send.
#[derive(Clone, Debug)]
pub struct UpdateJob {
    /// Where.
    pub endpoint: Endpoint,
    /// The token.
    pub token: AccessToken,
    /// The incident as loaded.
    pub incident: Rc<Incident>,
    /// The changes.
    pub update: IncidentUpdate,
}

/// The handle [`use_incident_update`] returns.
#[derive(Clone)]
pub struct UpdateHandle {
    /// Where the last update stands.
    pub status: UpdateStatus,
    /// Sends an update (ignored while one is pending).
    pub submit: Callback<UpdateJob>,
    /// Back to idle (when another incident is selected).
    pub reset: Callback<()>,
}

/// Sends one update: the PATCH, then the comment where the API takes it separately. A 429 is
/// waited out (the API did not apply the request, so sending it again is safe) with
/// `on_wait(ms_left)` about every second.
async fn send_update(
    job: &UpdateJob,
    pacer: &Rc<RefCell<Pacer>>,
    on_wait: impl Fn(u64),
) -> Result<Incident, ApiError> {
    let plan = update_plan(&job.endpoint, &job.token, &job.incident.id, &job.update);
    let documented = documented_limits(update_operation(job.endpoint.api));
    let limits = job.endpoint.limits(&documented).to_vec();
    let ctx = MapContext {
        portal_origin: job.endpoint.portal_origin,
    };
    let mut fresh = (*job.incident).clone();
    for (is_patch, request) in [(true, plan.patch), (false, plan.comment)] {
        let Some(request) = request else { continue };
        let mut throttles = 0;
        let raw = loop {
            let wait = pacer.borrow().wait_ms(&limits, now_ms());
            if wait > 0 {
                yew::platform::time::sleep(Duration::from_millis(wait)).await;
            }
            pacer.borrow_mut().record(now_ms(), &limits);
            let raw = match http::send(&request, &http::Abort::new(), job.endpoint.timeout_ms).await
            {
                Ok(raw) => raw,
                Err(f) => return Err(transport_error(f, &job.endpoint, &request.target).await),
            };
            let Some(wait) =
                update_retry_wait(&raw, throttles, fallback_wait(&limits), clock::now_ms())
            else {
                break raw;
            };
            throttles += 1;
            count_down(wait, || true, &on_wait).await;
        };
        if is_patch {
            fresh = read_update_response(&raw, &ctx, &fresh, &job.update, clock::now_ms())?;
        } else {
            match read_comment_response(&raw, clock::now_ms())? {
                Some(comments) => fresh.comments = comments,
                None => {
                    let only_comment = IncidentUpdate {
                        comment: job.update.comment.clone(),
                        ..IncidentUpdate::default()
                    };
                    fresh = only_comment.apply_to(&fresh);
                }
            }
        }
    }
    Ok(fresh)
}

/// Updates one incident; on success `on_updated` receives the refreshed row.
#[hook]
pub fn use_incident_update(on_updated: Callback<Incident>) -> UpdateHandle {
    let status = use_state(|| UpdateStatus::Idle);
    let pacer = use_mut_ref(Pacer::new);
    let busy = use_mut_ref(|| false);
    let submit = {
        let status = status.setter();
        Callback::from(move |job: UpdateJob| {
            if *busy.borrow() {
                return;
            }
            *busy.borrow_mut() = true;
            status.set(UpdateStatus::Pending);
            let (status, pacer, busy, on_updated) = (
                status.clone(),
                pacer.clone(),
                busy.clone(),
                on_updated.clone(),
            );
            yew::platform::spawn_local(async move {
                let waiting = status.clone();
                let result = send_update(&job, &pacer, move |left| {
                    waiting.set(UpdateStatus::Throttled {
                        seconds_left: left.div_ceil(1000),
                    })
                })
                .await;
                *busy.borrow_mut() = false;
                match result {
                    Ok(fresh) => {
                        on_updated.emit(fresh);
                        status.set(UpdateStatus::Done);
                    }
                    Err(e) => status.set(UpdateStatus::Failed(e)),
                }
            });
        })
    };
    let reset = {
        let status = status.setter();
        Callback::from(move |()| status.set(UpdateStatus::Idle))
    };
    UpdateHandle {
        status: (*status).clone(),
        submit,
        reset,
    }
}
