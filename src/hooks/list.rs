//! Listing incidents: a small executor around the domain's [`ListStepper`]. The stepper decides
//! (paging, pacing under the shared quota, 429s, retries); this hook sends, sleeps, aborts and
//! reports a [`FetchStatus`]. The rows live once, in the stepper's store; the view holds a
//! cheap snapshot of them.

use std::cell::RefCell;
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{FetchStatus, Finish, ListStepper, Step};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::quota::{Quota, WaitWhy};
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::session::Progress;
use dpk_domain::incidents::token::AccessToken;
use yew::prelude::*;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::{Dispatch, Event};
use crate::services::http;

/// What the page renders of a listing.
#[derive(Clone, Debug, Default)]
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

/// What changes a [`FetchView`].
pub(crate) enum ListEvent {
    Status(FetchStatus),
    Rows(Rc<Vec<Rc<Incident>>>, Progress, bool),
    Started(Endpoint),
}

impl FetchView {
    /// Applies an event; false when nothing changed.
    pub(crate) fn apply(&mut self, event: ListEvent) -> bool {
        match event {
            ListEvent::Status(s) if s == self.status => return false,
            ListEvent::Status(s) => self.status = s,
            ListEvent::Rows(rows, progress, resumable) => {
                self.rows = rows;
                self.version += 1;
                self.progress = progress;
                self.resumable = resumable;
            }
            ListEvent::Started(endpoint) => {
                *self = FetchView {
                    version: self.version + 1,
                    endpoint: Some(endpoint),
                    resumable: true,
                    ..FetchView::default()
                }
            }
        }
        true
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
    stepper: Option<ListStepper>,
    abort: Option<http::Abort>,
}

/// The handle [`use_incident_list`] returns (the state to render is the explorer's).
#[derive(Clone, PartialEq)]
pub struct ListHandle {
    /// Starts a fresh listing (rows are cleared).
    pub start: Callback<FetchJob>,
    /// Continues the last listing from the page that is due, with this token.
    pub resume: Callback<AccessToken>,
    /// Cancels; rows are kept.
    pub cancel: Callback<()>,
    /// Replaces a row (after an update).
    pub replace: Callback<Incident>,
}

fn snapshot(s: &ListStepper, d: &Dispatch) {
    let session = s.session();
    d.dispatch(Event::List(ListEvent::Rows(
        session.store().shared(),
        Progress {
            rows: session.store().len(),
            ..session.progress()
        },
        !session.is_done(),
    )));
}

async fn run(runner: Rc<RefCell<Runner>>, quota: Rc<RefCell<Quota>>, generation: u64, d: Dispatch) {
    let current = || runner.borrow().generation == generation;
    let mut reply = None;
    while current() {
        let (step, page, endpoint) = {
            let mut r = runner.borrow_mut();
            let Some(s) = r.stepper.as_mut() else { return };
            let step = s.step(now_ms(), reply.take(), &mut quota.borrow_mut());
            (
                step,
                s.session().progress().pages + 1,
                s.session().endpoint().clone(),
            )
        };
        match step {
            Step::Send(req) => {
                d.dispatch(Event::List(ListEvent::Status(FetchStatus::Loading {
                    page,
                    pacing_ms: 0,
                })));
                let abort = http::Abort::new();
                runner.borrow_mut().abort = Some(abort.clone());
                reply = match send(&req, &endpoint, &abort).await {
                    Some(r) if current() => Some(r),
                    _ => return,
                };
            }
            Step::Wait { ms, why } => {
                let go_on = pause(ms, &current, &mut |left| {
                    d.dispatch(Event::List(ListEvent::Status(match why {
                        WaitWhy::Pacing => FetchStatus::Loading {
                            page,
                            pacing_ms: left,
                        },
                        _ => FetchStatus::Throttled {
                            seconds_left: left.div_ceil(1000),
                        },
                    })))
                })
                .await;
                if !go_on {
                    return;
                }
            }
            Step::Progress(_) => {
                if let Some(s) = runner.borrow().stepper.as_ref() {
                    snapshot(s, &d);
                }
            }
            Step::Done(Finish::Complete { loop_stopped }) => {
                d.dispatch(Event::List(ListEvent::Status(FetchStatus::Done {
                    loop_stopped,
                })));
                return;
            }
            Step::Done(Finish::Cancelled) => return,
            Step::Failed(e) => {
                if let Some(s) = runner.borrow().stepper.as_ref() {
                    snapshot(s, &d);
                }
                d.dispatch(Event::List(ListEvent::Status(FetchStatus::Failed(e))));
                return;
            }
        }
    }
}

/// Lists incidents: start, resume, cancel, and replace a row after an update. Requests spend
/// `quota`, shared with the updates.
#[hook]
pub fn use_incident_list(quota: Rc<RefCell<Quota>>, d: Dispatch) -> ListHandle {
    let runner = use_mut_ref(Runner::default);
    let launch = {
        let (d, runner) = (d.clone(), runner.clone());
        Rc::new(move |quota: Rc<RefCell<Quota>>| {
            let generation = {
                let mut r = runner.borrow_mut();
                r.generation += 1;
                r.generation
            };
            yew::platform::spawn_local(run(runner.clone(), quota, generation, d.clone()));
        })
    };
    let stop = {
        let runner = runner.clone();
        Rc::new(move || {
            let mut r = runner.borrow_mut();
            r.generation += 1;
            if let Some(a) = r.abort.take() {
                a.abort();
            }
            if let Some(s) = r.stepper.as_mut() {
                s.cancel();
            }
        })
    };
    let start = {
        let (d, runner, launch, stop, quota) = (
            d.clone(),
            runner.clone(),
            launch.clone(),
            stop.clone(),
            quota.clone(),
        );
        Callback::from(move |job: FetchJob| {
            stop();
            d.dispatch(Event::List(ListEvent::Started(job.endpoint.clone())));
            runner.borrow_mut().stepper =
                Some(ListStepper::new(job.endpoint, job.filter, job.token));
            launch(quota.clone());
        })
    };
    let resume = {
        let (runner, quota) = (runner.clone(), quota.clone());
        Callback::from(move |token: AccessToken| {
            let go = match runner.borrow_mut().stepper.as_mut() {
                Some(s) if s.resumable() => {
                    s.resume(token);
                    true
                }
                _ => false,
            };
            if go {
                launch(quota.clone());
            }
        })
    };
    let cancel = {
        let (d, runner) = (d.clone(), runner.clone());
        Callback::from(move |()| {
            stop();
            if let Some(s) = runner.borrow().stepper.as_ref() {
                snapshot(s, &d);
            }
            d.dispatch(Event::List(ListEvent::Status(FetchStatus::Cancelled)));
        })
    };
    let replace = {
        let (d, runner) = (d.clone(), runner.clone());
        Callback::from(move |incident: Incident| {
            let mut r = runner.borrow_mut();
            if let Some(s) = r.stepper.as_mut() {
                s.replace(incident);
                snapshot(s, &d);
            }
        })
    };
    ListHandle {
        start,
        resume,
        cancel,
        replace,
    }
}
