//! Updating incidents: a small executor around the domain's [`UpdateStepper`], one per
//! incident, each with its own [`UpdateStatus`]. A second submit for an incident whose update
//! is still running is refused visibly; an update and its wait can be cancelled; a Graph PATCH
//! that succeeded shows its row even when the comment after it fails.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{Step, UpdateEnd, UpdateStatus, UpdateStepper};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::quota::{Quota, WaitWhy};
use dpk_domain::incidents::token::AccessToken;
use dpk_domain::incidents::update::IncidentUpdate;
use yew::prelude::*;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::{Dispatch, Event};
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

/// Every incident's update status (a short list: the incidents updated in this tab), and the
/// incident whose second submit was refused.
#[derive(Clone, Debug, Default)]
pub struct UpdateBoard {
    statuses: Vec<(String, UpdateStatus)>,
    /// The incident whose second submit was refused (until its update ends).
    pub refused: Option<String>,
}

impl UpdateBoard {
    /// Where the update of incident `id` stands.
    pub fn status(&self, id: &str) -> UpdateStatus {
        self.statuses
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    }

    /// Applies an event; false when nothing changed.
    pub(crate) fn apply(&mut self, event: UpdateEvent) -> bool {
        match event {
            UpdateEvent::Set(id, s) => {
                if self.refused.as_deref() == Some(&id) && !s.is_busy() {
                    self.refused = None;
                }
                match self.statuses.iter_mut().find(|(i, _)| *i == id) {
                    Some((_, old)) if *old == s => return false,
                    Some((_, old)) => *old = s,
                    None => self.statuses.push((id, s)),
                }
            }
            UpdateEvent::Refused(id) => self.refused = Some(id),
        }
        true
    }
}

/// What changes an [`UpdateBoard`].
pub(crate) enum UpdateEvent {
    Set(String, UpdateStatus),
    Refused(String),
}

struct Running {
    id: String,
    stepper: UpdateStepper,
    abort: Option<http::Abort>,
    cancelled: Rc<Cell<bool>>,
}

type Runs = Rc<RefCell<Vec<Running>>>;

/// The handle [`use_incident_update`] returns.
#[derive(Clone, PartialEq)]
pub struct UpdateHandle {
    /// Sends an update (refused, visibly, while one for the same incident runs).
    pub submit: Callback<UpdateJob>,
    /// Cancels the update of incident `id` (and its wait).
    pub cancel: Callback<String>,
}

fn with_run<T>(runs: &Runs, id: &str, f: impl FnOnce(&mut Running) -> T) -> Option<T> {
    runs.borrow_mut().iter_mut().find(|r| r.id == id).map(f)
}

async fn run(
    id: String,
    runs: Runs,
    quota: Rc<RefCell<Quota>>,
    endpoint: Endpoint,
    cancelled: Rc<Cell<bool>>,
    d: Dispatch,
    on_row: Callback<Incident>,
) {
    let set = |s: UpdateStatus| d.dispatch(Event::Update(UpdateEvent::Set(id.clone(), s)));
    let mut reply = None;
    loop {
        let step = with_run(&runs, &id, |r| {
            r.stepper
                .step(now_ms(), reply.take(), &mut quota.borrow_mut())
        });
        let status = match step {
            None => return,
            Some(Step::Send(req)) => {
                set(UpdateStatus::Pending);
                let abort = http::Abort::new();
                with_run(&runs, &id, |r| r.abort = Some(abort.clone()));
                // `None`: aborted by a cancel; the stepper then reports what was applied.
                reply = send(&req, &endpoint, &abort).await;
                continue;
            }
            Some(Step::Wait { ms, why }) => {
                let tick = |left: u64| {
                    set(match why {
                        WaitWhy::Pacing => UpdateStatus::Pending,
                        _ => UpdateStatus::Throttled {
                            seconds_left: left.div_ceil(1000),
                        },
                    })
                };
                pause(ms, &|| !cancelled.get(), &mut { tick }).await;
                continue;
            }
            Some(Step::Progress(row)) => {
                on_row.emit(row);
                continue;
            }
            Some(Step::Done(UpdateEnd::Applied(row))) => {
                on_row.emit(row);
                UpdateStatus::Done
            }
            Some(Step::Done(UpdateEnd::CommentFailed { row, error })) => {
                on_row.emit(row);
                UpdateStatus::CommentFailed(error)
            }
            Some(Step::Done(UpdateEnd::Cancelled { row })) => UpdateStatus::Cancelled {
                applied: row.is_some(),
            },
            Some(Step::Failed(e)) => UpdateStatus::Failed(e),
        };
        runs.borrow_mut().retain(|r| r.id != id);
        set(status);
        return;
    }
}

/// Updates incidents; every refreshed row goes to `on_row`. Requests spend `quota`, shared
/// with the listing; statuses go to the explorer's state through `d`.
#[hook]
pub fn use_incident_update(
    quota: Rc<RefCell<Quota>>,
    d: Dispatch,
    on_row: Callback<Incident>,
) -> UpdateHandle {
    let runs: Runs = use_mut_ref(Vec::new);
    let submit = {
        let (d, runs) = (d.clone(), runs.clone());
        Callback::from(move |job: UpdateJob| {
            let id = job.incident.id.clone();
            if runs.borrow().iter().any(|r| r.id == id) {
                d.dispatch(Event::Update(UpdateEvent::Refused(id)));
                return;
            }
            let cancelled = Rc::new(Cell::new(false));
            let stepper = UpdateStepper::new(
                &job.endpoint,
                &job.token,
                (*job.incident).clone(),
                job.update,
            );
            runs.borrow_mut().push(Running {
                id: id.clone(),
                stepper,
                abort: None,
                cancelled: cancelled.clone(),
            });
            d.dispatch(Event::Update(UpdateEvent::Set(
                id.clone(),
                UpdateStatus::Pending,
            )));
            let job = run(
                id,
                runs.clone(),
                quota.clone(),
                job.endpoint,
                cancelled,
                d.clone(),
                on_row.clone(),
            );
            yew::platform::spawn_local(job);
        })
    };
    let cancel = Callback::from(move |id: String| {
        with_run(&runs, &id, |r| {
            r.cancelled.set(true);
            r.stepper.cancel();
            if let Some(a) = r.abort.take() {
                a.abort();
            }
        });
    });
    UpdateHandle { submit, cancel }
}
