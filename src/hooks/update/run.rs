//! One update's loop: asks its [`UpdateStepper`] for the next step and executes it (send, sleep
//! with a countdown, hand refreshed rows on), until it ends; then its status is final.

use std::cell::Cell;
use std::rc::Rc;

use dpk_domain::incidents::connection::Endpoint;
use dpk_domain::incidents::engine::{Step, UpdateEnd, UpdateStatus, UpdateStepper};
use dpk_domain::incidents::explorer::ExplorerAction as A;
use dpk_domain::incidents::quota::WaitWhy;

use crate::hooks::exec::{now_ms, pause, send};
use crate::hooks::explorer::{Dispatch, Engine, SharedEngine};
use crate::hooks::list::replace_row;
use crate::services::http;

/// One running update, in the [`Engine`]'s `updates`.
pub struct Running {
    pub(super) id: String,
    pub(super) stepper: UpdateStepper,
    pub(super) abort: Option<http::Abort>,
    pub(super) cancelled: Rc<Cell<bool>>,
}

/// What every update's loop shares.
#[derive(Clone)]
pub(super) struct Ctx {
    pub(super) engine: SharedEngine,
    pub(super) d: Dispatch,
}

impl Ctx {
    pub(super) fn with_run<T>(&self, id: &str, f: impl FnOnce(&mut Running) -> T) -> Option<T> {
        self.engine
            .borrow_mut()
            .updates
            .iter_mut()
            .find(|r| r.id == id)
            .map(f)
    }
}

pub(super) async fn run(ctx: Ctx, id: String, endpoint: Endpoint, cancelled: Rc<Cell<bool>>) {
    let set = |s: UpdateStatus| ctx.d.dispatch(A::Update(id.clone(), s));
    let mut reply = None;
    let status = loop {
        let step = {
            let mut e = ctx.engine.borrow_mut();
            let Engine { updates, quota, .. } = &mut *e;
            let run = updates.iter_mut().find(|r| r.id == id);
            run.map(|r| r.stepper.step(now_ms(), reply.take(), quota))
        };
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
            Some(Step::Progress(row)) => replace_row(&ctx.engine, &ctx.d, row),
            Some(Step::Done(UpdateEnd::Applied(row))) => {
                replace_row(&ctx.engine, &ctx.d, row);
                break UpdateStatus::Done;
            }
            Some(Step::Done(UpdateEnd::CommentFailed { row, error })) => {
                replace_row(&ctx.engine, &ctx.d, row);
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
    ctx.engine.borrow_mut().updates.retain(|r| r.id != id);
    set(status);
}
