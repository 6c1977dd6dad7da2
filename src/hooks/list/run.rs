//! The listing's loop: asks the [`ListStepper`] for its next step and executes it (send,
//! sleep with a countdown, report), until it is done, fails, or a newer generation (a cancel, a
//! fresh start) takes over.

use dpk_domain::incidents::engine::{FetchStatus, Finish, ListStepper, Step};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::quota::WaitWhy;
use dpk_domain::incidents::session::Progress;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::{Dispatch, Engine, SharedEngine};
use crate::services::http;

/// The listing's part of the [`Engine`]: the running loop's generation, the stepper and the
/// request in flight.
#[derive(Default)]
pub struct Runner {
    pub(super) generation: u64,
    pub(super) stepper: Option<ListStepper>,
    pub(super) abort: Option<http::Abort>,
}

pub(super) fn snapshot(s: &ListStepper, d: &Dispatch) {
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

pub(super) async fn run(engine: SharedEngine, generation: u64, d: Dispatch) {
    let current = || engine.borrow().list.generation == generation;
    let mut reply = None;
    while current() {
        let (step, page, endpoint) = {
            let mut e = engine.borrow_mut();
            let Engine { list, quota, .. } = &mut *e;
            let Some(s) = list.stepper.as_mut() else {
                return;
            };
            let step = s.step(now_ms(), reply.take(), quota);
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
                engine.borrow_mut().list.abort = Some(abort.clone());
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
                if let Some(s) = engine.borrow().list.stepper.as_ref() {
                    snapshot(s, &d);
                }
            }
            Step::Done(Finish::Complete { loop_stopped }) => {
                d.dispatch(A::Status(FetchStatus::Done { loop_stopped }));
                return;
            }
            Step::Done(Finish::Cancelled) => return,
            Step::Failed(e) => {
                if let Some(s) = engine.borrow().list.stepper.as_ref() {
                    snapshot(s, &d);
                }
                d.dispatch(A::Status(FetchStatus::Failed(e)));
                return;
            }
        }
    }
}
