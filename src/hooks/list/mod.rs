//! Listing incidents: a small executor around the domain's [`ListStepper`]. The stepper decides
//! (paging, pacing under the shared quota, 429s, retries); this executor sends, sleeps, aborts and
//! reports a [`FetchStatus`]. The rows live once, in the stepper's store; the explorer's state
//! holds a cheap snapshot of them.

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{FetchStatus, ListStepper};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::token::AccessToken;
use yew::prelude::*;

use crate::hooks::explorer::{Dispatch, SharedEngine};
pub use run::Runner;
use run::{run, snapshot};

/// The loop that executes the stepper's steps.
mod run;

/// What the listing is asked to do.
// One command per click, moved straight into the handler: boxing the large variants would only
// add an allocation.
#[allow(clippy::large_enum_variant)]
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

fn launch(engine: &SharedEngine, d: &Dispatch) {
    let generation = {
        let r = &mut engine.borrow_mut().list;
        r.generation += 1;
        r.generation
    };
    let job = run(engine.clone(), generation, d.clone());
    yew::platform::spawn_local(job);
}

fn command(engine: &SharedEngine, d: &Dispatch, cmd: ListCmd) {
    match cmd {
        ListCmd::Start {
            endpoint,
            filter,
            token,
        } => {
            let r = &mut engine.borrow_mut().list;
            stop(r);
            d.dispatch(A::Started(endpoint.clone()));
            r.stepper = Some(ListStepper::new(endpoint, filter, token));
        }
        ListCmd::Resume(token) => match engine.borrow_mut().list.stepper.as_mut() {
            Some(s) if s.resumable() => s.resume(token),
            _ => return,
        },
        ListCmd::Cancel => {
            let r = &mut engine.borrow_mut().list;
            stop(r);
            if let Some(s) = r.stepper.as_ref() {
                snapshot(s, d);
            }
            d.dispatch(A::Status(FetchStatus::Cancelled));
            return;
        }
    }
    launch(engine, d);
}

/// Replaces a listed row with its refreshed copy (after an update); the rest stays.
pub fn replace_row(engine: &SharedEngine, d: &Dispatch, incident: Incident) {
    if let Some(s) = engine.borrow_mut().list.stepper.as_mut() {
        s.replace(incident);
        snapshot(s, d);
    }
}

/// Lists incidents: start, resume and cancel. The listing's
/// state is the engine's `list`; requests spend its quota, shared with the updates; what happens
/// goes to the explorer's state through `d`.
pub fn list_commands(engine: &SharedEngine, d: &Dispatch) -> Callback<ListCmd> {
    let (engine, d) = (engine.clone(), d.clone());
    Callback::from(move |cmd| command(&engine, &d, cmd))
}
