//! The incidents explorer's session, kept above the routes (the `App` holds it): connection
//! settings, filters, sort, the selected incident, the listing (rows and a running fetch) and
//! the updates. Going to `#/token` and back keeps all of it, and a running fetch keeps running.
//! The request quota (send times per API and app/tenant, no token) is shared by listing and
//! updates and lives as long as the tab. The token itself is not here: it is the app's one
//! session token (`crate::state::use_session_token`), in memory only.

use std::rc::Rc;

use dpk_domain::incidents::connection::{CONNECTION_KEY, ConnectionAction, ConnectionSettings};
use dpk_domain::incidents::quota::Quota;
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::view::Sort;
use yew::prelude::*;

use crate::hooks::list::{FetchView, ListEvent, ListHandle, use_incident_list};
use crate::hooks::update::{UpdateBoard, UpdateEvent, UpdateHandle, use_incident_update};
use crate::services::{browser, storage};

/// What the explorer shows: the listing and every incident's update, in one state.
#[derive(Clone, Debug, Default)]
pub struct ExplorerView {
    /// The listing.
    pub fetch: FetchView,
    /// The updates.
    pub updates: UpdateBoard,
}

/// What changes the [`ExplorerView`].
pub(crate) enum Event {
    List(ListEvent),
    Update(UpdateEvent),
}

/// The reducer's state.
#[derive(Default)]
pub(crate) struct State(ExplorerView);

impl Reducible for State {
    type Action = Event;
    fn reduce(self: Rc<Self>, action: Event) -> Rc<Self> {
        let mut next = self.0.clone();
        let changed = match action {
            Event::List(e) => next.fetch.apply(e),
            Event::Update(e) => next.updates.apply(e),
        };
        if changed { Rc::new(State(next)) } else { self }
    }
}

/// How the hooks change the explorer's state.
pub(crate) type Dispatch = UseReducerDispatcher<State>;

/// The connection settings, remembered in local storage (no secrets) on every change.
#[derive(PartialEq)]
pub struct Settings(pub ConnectionSettings);

impl Reducible for Settings {
    type Action = ConnectionAction;
    fn reduce(self: Rc<Self>, action: ConnectionAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            storage::save(CONNECTION_KEY, &next.to_stored());
            Rc::new(Settings(next))
        }
    }
}

/// What the incidents page reads and changes of the explorer's session.
pub struct Explorer {
    /// The connection settings.
    pub settings: UseReducerHandle<Settings>,
    /// The filters.
    pub filter: UseStateHandle<IncidentFilter>,
    /// The sort.
    pub sort: UseStateHandle<Sort>,
    /// The incident open in the detail panel.
    pub selected: UseStateHandle<Option<AttrValue>>,
    /// The listing and the updates as they stand.
    pub view: Rc<ExplorerView>,
    /// Starts, resumes and cancels the listing.
    pub list: ListHandle,
    /// Sends and cancels updates.
    pub update: UpdateHandle,
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
    let settings = use_reducer(|| {
        Settings(ConnectionSettings::restore(
            storage::load(CONNECTION_KEY).as_deref(),
            browser::page_is_loopback(),
        ))
    });
    let state = use_reducer(State::default);
    let quota = use_mut_ref(Quota::new);
    let list = use_incident_list(quota.clone(), state.dispatcher());
    let update = use_incident_update(quota, state.dispatcher(), list.replace.clone());
    Explorer {
        settings,
        filter: use_state(IncidentFilter::default),
        sort: use_state(Sort::default),
        selected: use_state(|| None),
        view: Rc::new(state.0.clone()),
        list,
        update,
    }
}
