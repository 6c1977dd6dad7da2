//! Updating incidents: a small executor around the domain's [`UpdateStepper`], one per
//! incident, each with its own [`UpdateStatus`]. A second submit for an incident whose update
//! is still running is refused visibly; an update and its wait can be cancelled; a Graph PATCH
//! that succeeded shows its row even when the comment after it fails.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{Step, UpdateEnd, UpdateStatus, UpdateStepper};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::quota::{Quota, WaitWhy};
use dpk_domain::incidents::token::AccessToken;
use dpk_domain::incidents::update::IncidentUpdate;
use yew::prelude::*;

use crate::hooks::exec::{now_ms, pause, send};
use crate::services::http;

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

/// Every incident's update status, and the incident whose second submit was refused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UpdateBoard {
    statuses: BTreeMap<String, UpdateStatus>,
    /// The incident whose second submit was refused (until its update ends).
    pub refused: Option<String>,
}

impl UpdateBoard {
    /// Where the update of incident `id` stands.
    pub fn status(&self, id: &str) -> UpdateStatus {
        self.statuses.get(id).cloned().unwrap_or_default()
    }
}

enum Event {
    Set(String, UpdateStatus),
    Refused(String),
}

/// The reducer's state: a private wrapper, so that the event type stays private.
#[derive(Default)]
struct Board(UpdateBoard);

impl Reducible for Board {
    type Action = Event;
    fn reduce(self: Rc<Self>, action: Event) -> Rc<Self> {
        let mut next = self.0.clone();
        match action {
            Event::Set(id, s) => {
                if next.statuses.get(&id) == Some(&s) && next.refused.as_deref() != Some(&id) {
                    return self;
                }
                if !s.is_busy() && next.refused.as_deref() == Some(&id) {
                    next.refused = None;
                }
                next.statuses.insert(id, s);
            }
            Event::Refused(id) => next.refused = Some(id),
        }
        Rc::new(Board(next))
    }
}

struct Running {
    stepper: UpdateStepper,
    abort: Option<http::Abort>,
    cancelled: Rc<Cell<bool>>,
}

type Runs = Rc<RefCell<BTreeMap<String, Running>>>;

/// The handle [`use_incident_update`] returns.
#[derive(Clone, PartialEq)]
pub struct UpdateHandle {
    /// Every incident's update status.
    pub board: Rc<UpdateBoard>,
    /// Sends an update (refused, visibly, while one for the same incident runs).
    pub submit: Callback<UpdateJob>,
    /// Cancels the update of incident `id` (and its wait).
    pub cancel: Callback<String>,
}

async fn run(
    id: String,
    runs: Runs,
    quota: Rc<RefCell<Quota>>,
    endpoint: Endpoint,
    cancelled: Rc<Cell<bool>>,
    d: UseReducerDispatcher<Board>,
    on_row: Callback<Incident>,
) {
    let set = |s: UpdateStatus| d.dispatch(Event::Set(id.clone(), s));
    let mut reply = None;
    loop {
        let step = {
            let mut r = runs.borrow_mut();
            let Some(run) = r.get_mut(&id) else { return };
            run.stepper
                .step(now_ms(), reply.take(), &mut quota.borrow_mut())
        };
        match step {
            Step::Send(req) => {
                set(UpdateStatus::Pending);
                let abort = http::Abort::new();
                if let Some(run) = runs.borrow_mut().get_mut(&id) {
                    run.abort = Some(abort.clone());
                }
                // `None`: aborted by a cancel; the stepper then reports what was applied.
                reply = send(&req, &endpoint, &abort).await;
            }
            Step::Wait { ms, why } => {
                pause(
                    ms,
                    || !cancelled.get(),
                    |left| {
                        set(match why {
                            WaitWhy::Pacing => UpdateStatus::Pending,
                            _ => UpdateStatus::Throttled {
                                seconds_left: left.div_ceil(1000),
                            },
                        })
                    },
                )
                .await;
            }
            Step::Progress(row) => on_row.emit(row),
            Step::Done(end) => {
                runs.borrow_mut().remove(&id);
                let status = match end {
                    UpdateEnd::Applied(row) => {
                        on_row.emit(row);
                        UpdateStatus::Done
                    }
                    UpdateEnd::CommentFailed { row, error } => {
                        on_row.emit(row);
                        UpdateStatus::CommentFailed(error)
                    }
                    UpdateEnd::Cancelled { row } => UpdateStatus::Cancelled {
                        applied: row.is_some(),
                    },
                };
                set(status);
                return;
            }
            Step::Failed(e) => {
                runs.borrow_mut().remove(&id);
                set(UpdateStatus::Failed(e));
                return;
            }
        }
    }
}

/// Updates incidents; every refreshed row goes to `on_row`. Requests spend `quota`, shared
/// with the listing.
#[hook]
pub fn use_incident_update(quota: Rc<RefCell<Quota>>, on_row: Callback<Incident>) -> UpdateHandle {
    let board = use_reducer(Board::default);
    let runs: Runs = use_mut_ref(BTreeMap::new);
    let submit = {
        let (d, runs) = (board.dispatcher(), runs.clone());
        Callback::from(move |job: UpdateJob| {
            let id = job.incident.id.clone();
            if runs.borrow().contains_key(&id) {
                d.dispatch(Event::Refused(id));
                return;
            }
            let cancelled = Rc::new(Cell::new(false));
            let stepper = UpdateStepper::new(
                &job.endpoint,
                &job.token,
                (*job.incident).clone(),
                job.update,
            );
            runs.borrow_mut().insert(
                id.clone(),
                Running {
                    stepper,
                    abort: None,
                    cancelled: cancelled.clone(),
                },
            );
            d.dispatch(Event::Set(id.clone(), UpdateStatus::Pending));
            yew::platform::spawn_local(run(
                id,
                runs.clone(),
                quota.clone(),
                job.endpoint,
                cancelled,
                d.clone(),
                on_row.clone(),
            ));
        })
    };
    let cancel = Callback::from(move |id: String| {
        if let Some(run) = runs.borrow_mut().get_mut(&id) {
            run.cancelled.set(true);
            run.stepper.cancel();
            if let Some(a) = run.abort.take() {
                a.abort();
            }
        }
    });
    UpdateHandle {
        board: Rc::new(board.0.clone()),
        submit,
        cancel,
    }
}
