//! Updating incidents: a small executor around the domain's [`UpdateStepper`], one per
//! incident, each with its own [`UpdateStatus`]. A second submit for an incident whose update
//! is still running is refused visibly; an update and its wait can be cancelled; a Graph PATCH
//! that succeeded shows its row even when the comment after it fails.

use std::cell::Cell;
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{UpdateStatus, UpdateStepper};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::token::AccessToken;
use dpk_domain::incidents::update::IncidentUpdate;
use yew::prelude::*;

use crate::hooks::explorer::{Dispatch, SharedEngine};
pub use run::Running;
use run::{Ctx, run};

/// The loop that executes one update's steps.
mod run;

/// What the updates are asked to do.
// One command per click, moved straight into the handler: boxing would only add an allocation.
#[allow(clippy::large_enum_variant)]
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

fn command(ctx: &Ctx, cmd: UpdateCmd) {
    match cmd {
        UpdateCmd::Submit {
            endpoint,
            token,
            incident,
            update,
        } => {
            let id = incident.id.clone();
            if ctx.engine.borrow().updates.iter().any(|r| r.id == id) {
                ctx.d.dispatch(A::Refused(id));
                return;
            }
            let cancelled = Rc::new(Cell::new(false));
            ctx.engine.borrow_mut().updates.push(Running {
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

/// Updates incidents; every refreshed row replaces its copy in the listing. The running updates
/// are the engine's `updates`; requests spend its quota, shared with the listing; statuses go to
/// the explorer's state through `d`.
pub fn update_commands(engine: &SharedEngine, d: &Dispatch) -> Callback<UpdateCmd> {
    let ctx = Ctx {
        engine: engine.clone(),
        d: d.clone(),
    };
    Callback::from(move |cmd| command(&ctx, cmd))
}
