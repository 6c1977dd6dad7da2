//! The incidents explorer's session, kept above the routes (the `App` holds it): the connection
//! settings (stored through `use_stored_reducer`), and one reducer for filters, sort, the
//! selected incident, the listing (rows and a running fetch) and the updates
//! (`dpk_domain::incidents::explorer`). Going to `#/token` and back keeps all of it, and a running
//! fetch keeps running. The request quota (send times per API and app/tenant, no token) is shared
//! by listing and updates and lives as long as the tab. The token itself is not here: it is the
//! app's one session token (`crate::state::use_session_token`), in memory only.

use std::cell::RefCell;
use std::rc::Rc;

use dpk_domain::incidents::connection::{CONNECTION_KEY, ConnectionAction, ConnectionSettings};
use dpk_domain::incidents::explorer::{ExplorerAction, ExplorerState};
use dpk_domain::incidents::quota::Quota;
use yew::prelude::*;

use crate::hooks::list::{ListCmd, Runner, list_commands};
use crate::hooks::stored::{Change, Stored, StoredHandle, use_stored_reducer};
use crate::hooks::update::{Running, UpdateCmd, update_commands};
use crate::services::{browser, storage};

/// The explorer's state as a yew reducer.
#[derive(Default)]
pub struct State(pub ExplorerState);

impl Reducible for State {
    type Action = ExplorerAction;
    fn reduce(self: Rc<Self>, action: ExplorerAction) -> Rc<Self> {
        let mut next = self.0.clone();
        if next.apply(action) {
            Rc::new(State(next))
        } else {
            self
        }
    }
}

/// How the hooks and the page change the explorer's state.
pub type Dispatch = UseReducerDispatcher<State>;

/// The explorer's running work, in one cell that lives as long as the tab: the request quota
/// (send times per API and app/tenant, no token), which the listing and the updates share; the
/// listing's loop; the running updates.
pub struct Engine {
    pub quota: Quota,
    pub list: Runner,
    pub updates: Vec<Running>,
}

impl Engine {
    fn new() -> Engine {
        Engine {
            quota: Quota::new(),
            list: Runner::default(),
            updates: Vec::new(),
        }
    }
}

/// The [`Engine`] as the listing's and the updates' loops hold it.
pub type SharedEngine = Rc<RefCell<Engine>>;

/// The connection settings, remembered whole in local storage (no secrets) after each render
/// that changed them ([`use_stored_reducer`]).
#[derive(Clone)]
pub struct Connection(pub ConnectionSettings);

impl Stored for Connection {
    type Action = ConnectionAction;
    fn apply(&mut self, action: ConnectionAction) -> Change {
        let next = self.0.apply(action);
        let changed = next != self.0;
        self.0 = next;
        Change::stored_if(changed)
    }
    fn save(&self) -> bool {
        storage::save(CONNECTION_KEY, &self.0.to_stored())
    }
}

/// What the incidents page reads and changes of the explorer's session.
pub struct Explorer {
    /// The connection settings.
    pub settings: StoredHandle<Connection>,
    /// Filters, sort, selection, the listing and the updates as they stand.
    pub state: UseReducerHandle<State>,
    /// Starts, resumes and cancels the listing.
    pub list: Callback<ListCmd>,
    /// Sends and cancels updates.
    pub update: Callback<UpdateCmd>,
}

/// Never equal: the `App` renders only when this state (or another of its own) changed, and
/// comparing every field would cost more code than the rare extra render of the page.
impl PartialEq for Explorer {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// The explorer's session; the `App` calls it once and hands it to the incidents page (a prop
/// rather than a context: one component reads it, and a context provider costs code).
#[hook]
pub fn use_explorer_session() -> Explorer {
    let settings = use_stored_reducer(|| {
        Connection(ConnectionSettings::restore(
            storage::load(CONNECTION_KEY).as_deref(),
            browser::page_is_loopback(),
        ))
    });
    let state = use_reducer(State::default);
    let engine = use_mut_ref(Engine::new);
    let d = state.dispatcher();
    let list = list_commands(&engine, &d);
    let update = update_commands(&engine, &d);
    Explorer {
        settings,
        state,
        list,
        update,
    }
}
