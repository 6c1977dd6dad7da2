//! Listing incidents: a small executor around the domain's [`ListStepper`]. The stepper decides
//! (paging, pacing under the shared quota, 429s, retries); this hook sends, sleeps, aborts and
//! reports a [`FetchStatus`]. The rows live once, in the stepper's store; the explorer's state
//! holds a cheap snapshot of them.

use std::cell::RefCell;
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{FetchStatus, Finish, ListStepper, Step};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::quota::{Quota, WaitWhy};
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::session::Progress;
use dpk_domain::incidents::token::AccessToken;
use yew::prelude::*;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::Dispatch;
use crate::services::http;

/// What the listing is asked to do.
pub enum ListCmd {
    /// Start a fresh listing (rows are cleared).
    Start {
        /// Where to fetch from.
        endpoint: Endpoint,
        /// Server-side filters to send.
        filter: IncidentFilter,
        /// The token.
        token: AccessToken,
    },
    /// Continue the last listing from the page that is due, with this token.
    Resume(AccessToken),
    /// Cancel; rows are kept.
    Cancel,
    /// Replace a row (after an update).
    Replace(Incident),
}

#[derive(Default)]
struct Runner {
    generation: u64,
    stepper: Option<ListStepper>,
    abort: Option<http::Abort>,
}

type Shared = Rc<RefCell<Runner>>;
type SharedQuota = Rc<RefCell<Quota>>;

fn snapshot(s: &ListStepper, d: &Dispatch) {
    let session = s.session();
    let progress = Progress {
        rows: session.store().len(),
        ..session.progress()
    };
    d.dispatch(A::Rows(
        session.store().shared(),
        progress,
        !session.is_done(),
    ));
}

/// Stops the running loop (a new generation) and aborts its request.
fn stop(r: &mut Runner) {
    r.generation += 1;
    if let Some(a) = r.abort.take() {
        a.abort();
    }
    if let Some(s) = r.stepper.as_mut() {
        s.cancel();
    }
}

fn launch(runner: &Shared, quota: &SharedQuota, d: &Dispatch) {
    let generation = {
        let mut r = runner.borrow_mut();
        r.generation += 1;
        r.generation
    };
    let job = run(runner.clone(), quota.clone(), generation, d.clone());
    yew::platform::spawn_local(job);
}

async fn run(runner: Shared, quota: SharedQuota, generation: u64, d: Dispatch) {
    let current = || runner.borrow().generation == generation;
    let mut reply = None;
    while current() {
        let (step, page, endpoint) = {
            let mut r = runner.borrow_mut();
            let Some(s) = r.stepper.as_mut() else { return };
            let step = s.step(now_ms(), reply.take(), &mut quota.borrow_mut());
            let session = s.session();
            (
                step,
                session.progress().pages + 1,
                session.endpoint().clone(),
            )
        };
        let loading = |pacing_ms| A::Status(FetchStatus::Loading { page, pacing_ms });
        match step {
            Step::Send(req) => {
                d.dispatch(loading(0));
                let abort = http::Abort::new();
                runner.borrow_mut().abort = Some(abort.clone());
                reply = match send(&req, &endpoint, &abort).await {
                    Some(r) if current() => Some(r),
                    _ => return,
                };
            }
            Step::Wait { ms, why } => {
                let tick = &mut |left: u64| {
                    d.dispatch(match why {
                        WaitWhy::Pacing => loading(left),
                        _ => A::Status(FetchStatus::Throttled {
                            seconds_left: left.div_ceil(1000),
                        }),
                    })
                };
                if !pause(ms, &current, tick).await {
                    return;
                }
            }
            Step::Progress(_) => {
                if let Some(s) = runner.borrow().stepper.as_ref() {
                    snapshot(s, &d);
                }
            }
            Step::Done(Finish::Complete { loop_stopped }) => {
                d.dispatch(A::Status(FetchStatus::Done { loop_stopped }));
                return;
            }
            Step::Done(Finish::Cancelled) => return,
            Step::Failed(e) => {
                if let Some(s) = runner.borrow().stepper.as_ref() {
                    snapshot(s, &d);
                }
                d.dispatch(A::Status(FetchStatus::Failed(e)));
                return;
            }
        }
    }
}

fn command(runner: &Shared, quota: &SharedQuota, d: &Dispatch, cmd: ListCmd) {
    match cmd {
        ListCmd::Start {
            endpoint,
            filter,
            token,
        } => {
            let mut r = runner.borrow_mut();
            stop(&mut r);
            d.dispatch(A::Started(endpoint.clone()));
            r.stepper = Some(ListStepper::new(endpoint, filter, token));
        }
        ListCmd::Resume(token) => match runner.borrow_mut().stepper.as_mut() {
            Some(s) if s.resumable() => s.resume(token),
            _ => return,
        },
        ListCmd::Cancel => {
            let mut r = runner.borrow_mut();
            stop(&mut r);
            if let Some(s) = r.stepper.as_ref() {
                snapshot(s, d);
            }
            d.dispatch(A::Status(FetchStatus::Cancelled));
            return;
        }
        ListCmd::Replace(incident) => {
            if let Some(s) = runner.borrow_mut().stepper.as_mut() {
                s.replace(incident);
                snapshot(s, d);
            }
            return;
        }
    }
    launch(runner, quota, d);
}

/// Lists incidents: start, resume, cancel, and replace a row after an update. Requests spend
/// `quota`, shared with the updates; what happens goes to the explorer's state through `d`.
#[hook]
pub fn use_incident_list(quota: SharedQuota, d: Dispatch) -> Callback<ListCmd> {
    let runner = use_mut_ref(Runner::default);
    Callback::from(move |cmd| command(&runner, &quota, &d, cmd))
}
