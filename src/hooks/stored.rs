//! `use_stored_reducer`: the one way a state is remembered in local storage. The state is a
//! reducer (yew's `Reducible`, through [`Stored::apply`]); it says whether an action changed
//! its stored part, and the hook writes that part in an effect after the render, never at start-up
//! (restoring writes nothing). Whether the last write failed is part of the handle, so a page can
//! say so. What a state stores, and under which keys, is its own business ([`Stored::save`]):
//! the roster (`dpk_domain::roster`, which refuses secrets before they reach it), the settings,
//! the incidents connection (`dpk_domain::incidents::connection`) — never a token.
//!
//! A state that is stored whole, such as the incidents connection, needs only this:
//!
//! ```ignore
//! #[derive(Clone)]
//! pub struct Connection(pub ConnectionSettings);
//! impl Stored for Connection {
//!     type Action = ConnectionAction;
//!     fn apply(&mut self, action: ConnectionAction) -> Change {
//!         let next = self.0.apply(action);
//!         let changed = next != self.0;
//!         self.0 = next;
//!         Change::stored_if(changed)
//!     }
//!     fn save(&self) -> bool {
//!         storage::save(CONNECTION_KEY, &self.0.to_stored())
//!     }
//! }
//! let connection = use_stored_reducer(|| Connection(ConnectionSettings::restore(
//!     storage::load(CONNECTION_KEY).as_deref(), browser::page_is_loopback())));
//! // read: connection.0.proxy_url; change: connection.dispatch().reform(..)
//! ```

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

/// What an action did to a [`Stored`] state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing: no render.
    None,
    /// Something on screen, nothing stored.
    Shown,
    /// The stored part: it is written after the render.
    Stored,
}

impl Change {
    /// `Stored` when `changed`, else `None`: for states that are all stored.
    pub fn stored_if(changed: bool) -> Change {
        if changed {
            Change::Stored
        } else {
            Change::None
        }
    }
}

/// A reducer state that local storage remembers (in part or whole).
pub trait Stored: Clone + 'static {
    /// What changes the state.
    type Action;
    /// Applies `action` in place and says what changed.
    fn apply(&mut self, action: Self::Action) -> Change;
    /// Writes the stored part (under the state's own keys); whether storage accepted it.
    fn save(&self) -> bool;
}

/// The reducer behind [`use_stored_reducer`]: the state and how many times its stored part
/// changed since start-up.
pub struct Kept<S> {
    value: S,
    revision: u32,
}

impl<S: Stored> Reducible for Kept<S> {
    type Action = S::Action;
    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        let mut value = self.value.clone();
        let revision = match value.apply(action) {
            Change::None => return self,
            Change::Shown => self.revision,
            Change::Stored => self.revision.wrapping_add(1),
        };
        Rc::new(Kept { value, revision })
    }
}

/// The state, how to change it, and whether the last write failed.
pub struct StoredHandle<S: Stored> {
    state: UseReducerHandle<Kept<S>>,
    /// Whether storage refused the last write (full, disabled or missing).
    pub save_failed: bool,
}

impl<S: Stored> StoredHandle<S> {
    /// The one callback that changes the state (`reform` it for each control).
    pub fn dispatch(&self) -> Callback<S::Action> {
        self.state.dispatcher().to_callback()
    }
}

impl<S: Stored> Deref for StoredHandle<S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.state.value
    }
}

/// A reducer over `init()` (which reads storage) whose stored part is written after each render
/// that changed it.
#[hook]
pub fn use_stored_reducer<S, F>(init: F) -> StoredHandle<S>
where
    S: Stored,
    F: FnOnce() -> S,
{
    let state = use_reducer(move || Kept {
        value: init(),
        revision: 0,
    });
    let kept = state.clone();
    let save_failed = use_after_change(state.revision, Box::new(move || kept.value.save()));
    StoredHandle { state, save_failed }
}

/// Runs `run` after a render in which `key` changed, unless `key` is 0 (a count of changes is 0
/// at start-up, so nothing runs then); whether the last run failed (returned false). Not
/// generic, so all its users share its code: every stored state (its save) and the incidents
/// page (the focus moving into the incident it opened).
#[hook]
pub fn use_after_change(key: u32, run: Box<dyn FnOnce() -> bool>) -> bool {
    let failed = use_state_eq(|| false);
    {
        let failed = failed.clone();
        use_effect_with(key, move |key| {
            if *key != 0 {
                failed.set(!run());
            }
        });
    }
    *failed
}
