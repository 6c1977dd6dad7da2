//! Updating incidents: a small executor around the domain's [`UpdateStepper`], one per
//! incident, each with its own [`UpdateStatus`]. A second submit for an incident whose update
//! is still running is refused visibly; an update and its wait can be cancelled; a Graph PATCH
//! that succeeded shows its row even when the comment after it fails.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{Step, UpdateEnd, UpdateStatus, UpdateStepper};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::quota::{Quota, WaitWhy};
use dpk_domain::incidents::token::AccessToken;
use dpk_domain::incidents::update::IncidentUpdate;
use yew::prelude::*;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::Dispatch;
use crate::services::http;

/// What the updates are asked to do.
pub enum UpdateCmd {
    /// Send an update (refused, visibly, while one for the same incident runs).
    Submit {
        /// Where.
        endpoint: Endpoint,
        /// The token.
        token: AccessToken,
        /// The incident as loaded.
        incident: Rc<Incident>,
        /// The changes.
        update: IncidentUpdate,
    },
    /// Cancel the update of this incident (and its wait).
    Cancel(String),
}

struct Running {
    id: String,
    stepper: UpdateStepper,
    abort: Option<http::Abort>,
    cancelled: Rc<Cell<bool>>,
}

/// What every update's loop shares.
#[derive(Clone)]
struct Ctx {
    runs: Rc<RefCell<Vec<Running>>>,
    quota: Rc<RefCell<Quota>>,
    d: Dispatch,
    on_row: Callback<Incident>,
}

impl Ctx {
    fn with_run<T>(&self, id: &str, f: impl FnOnce(&mut Running) -> T) -> Option<T> {
        self.runs
            .borrow_mut()
            .iter_mut()
            .find(|r| r.id == id)
            .map(f)
    }
}

async fn run(ctx: Ctx, id: String, endpoint: Endpoint, cancelled: Rc<Cell<bool>>) {
    let set = |s: UpdateStatus| ctx.d.dispatch(A::Update(id.clone(), s));
    let mut reply = None;
    let status = loop {
        let step = ctx.with_run(&id, |r| {
            let quota = &mut ctx.quota.borrow_mut();
            r.stepper.step(now_ms(), reply.take(), quota)
        });
        match step {
            None => return,
            Some(Step::Send(req)) => {
                set(UpdateStatus::Pending);
                let abort = http::Abort::new();
                ctx.with_run(&id, |r| r.abort = Some(abort.clone()));
                // `None`: aborted by a cancel; the stepper then reports what was applied.
                reply = send(&req, &endpoint, &abort).await;
            }
            Some(Step::Wait { ms, why }) => {
                let tick = &mut |left: u64| {
                    set(match why {
                        WaitWhy::Pacing => UpdateStatus::Pending,
                        _ => UpdateStatus::Throttled {
                            seconds_left: left.div_ceil(1000),
                        },
                    })
                };
                pause(ms, &|| !cancelled.get(), tick).await;
            }
            Some(Step::Progress(row)) => ctx.on_row.emit(row),
            Some(Step::Done(UpdateEnd::Applied(row))) => {
                ctx.on_row.emit(row);
                break UpdateStatus::Done;
            }
            Some(Step::Done(UpdateEnd::CommentFailed { row, error })) => {
                ctx.on_row.emit(row);
                break UpdateStatus::CommentFailed(error);
            }
            Some(Step::Done(UpdateEnd::Cancelled { row })) => {
                break UpdateStatus::Cancelled {
                    applied: row.is_some(),
                };
            }
            Some(Step::Failed(e)) => break UpdateStatus::Failed(e),
        }
    };
    ctx.runs.borrow_mut().retain(|r| r.id != id);
    set(status);
}

fn command(ctx: &Ctx, cmd: UpdateCmd) {
    match cmd {
        UpdateCmd::Submit {
            endpoint,
            token,
            incident,
            update,
        } => {
            let id = incident.id.clone();
            if ctx.runs.borrow().iter().any(|r| r.id == id) {
                ctx.d.dispatch(A::Refused(id));
                return;
            }
            let cancelled = Rc::new(Cell::new(false));
            ctx.runs.borrow_mut().push(Running {
                id: id.clone(),
                stepper: UpdateStepper::new(&endpoint, &token, (*incident).clone(), update),
                abort: None,
                cancelled: cancelled.clone(),
            });
            ctx.d.dispatch(A::Update(id.clone(), UpdateStatus::Pending));
            yew::platform::spawn_local(run(ctx.clone(), id, endpoint, cancelled));
        }
        UpdateCmd::Cancel(id) => {
            ctx.with_run(&id, |r| {
                r.cancelled.set(true);
                r.stepper.cancel();
                if let Some(a) = r.abort.take() {
                    a.abort();
                }
            });
        }
    }
}

/// Updates incidents; every refreshed row goes to `on_row`. Requests spend `quota`, shared
/// with the listing; statuses go to the explorer's state through `d`.
#[hook]
pub fn use_incident_update(
    quota: Rc<RefCell<Quota>>,
    d: Dispatch,
    on_row: Callback<Incident>,
) -> Callback<UpdateCmd> {
    let runs = use_mut_ref(Vec::new);
    let ctx = Ctx {
        runs,
        quota,
        d,
        on_row,
    };
    Callback::from(move |cmd| command(&ctx, cmd))
}
