//! The incidents explorer's session, kept above the routes: connection settings, filters, sort,
//! the selected incident, the listing (rows and a running fetch) and the updates. Going to
//! `#/token` and back keeps all of it, and a running fetch keeps running. The request quota
//! (send times per API and app/tenant, no token) is shared by listing and updates and lives as
//! long as the tab. The token itself is not here: it is the app's one session token
//! (`crate::state::use_session_token`), in memory only.

use std::rc::Rc;

use dpk_domain::incidents::connection::{CONNECTION_KEY, ConnectionAction, ConnectionSettings};
use dpk_domain::incidents::quota::Quota;
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::view::Sort;
use yew::prelude::*;

use crate::hooks::list::{ListHandle, use_incident_list};
use crate::hooks::update::{UpdateHandle, use_incident_update};
use crate::services::{browser, storage};

/// What the incidents page reads and changes of the explorer's session.
#[derive(Clone, PartialEq)]
pub struct Explorer {
    /// The connection settings (remembered in local storage; no secrets).
    pub settings: Rc<ConnectionSettings>,
    /// Changes them.
    pub on_action: Callback<ConnectionAction>,
    /// The filters.
    pub filter: IncidentFilter,
    /// Replaces them.
    pub set_filter: Callback<IncidentFilter>,
    /// The sort.
    pub sort: Sort,
    /// Replaces it.
    pub set_sort: Callback<Sort>,
    /// The incident open in the detail panel.
    pub selected: Option<AttrValue>,
    /// Opens or closes it.
    pub set_selected: Callback<Option<AttrValue>>,
    /// The listing.
    pub list: ListHandle,
    /// The updates.
    pub update: UpdateHandle,
}

struct Settings(Rc<ConnectionSettings>);

impl Reducible for Settings {
    type Action = ConnectionAction;
    fn reduce(self: Rc<Self>, action: ConnectionAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == *self.0 {
            self
        } else {
            storage::save(CONNECTION_KEY, &next.to_stored());
            Rc::new(Settings(Rc::new(next)))
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProviderProps {
    pub children: Html,
}

/// Keeps the explorer's session for every page below it.
#[component]
pub fn ExplorerProvider(props: &ExplorerProviderProps) -> Html {
    let settings = use_reducer(|| {
        Settings(Rc::new(ConnectionSettings::restore(
            storage::load(CONNECTION_KEY).as_deref(),
            browser::page_is_loopback(),
        )))
    });
    let filter = use_state(IncidentFilter::default);
    let sort = use_state(Sort::default);
    let selected = use_state(|| None::<AttrValue>);
    let quota = use_mut_ref(Quota::new);
    let list = use_incident_list(quota.clone());
    let update = use_incident_update(quota, list.replace.clone());
    let context = Explorer {
        settings: settings.0.clone(),
        on_action: {
            let settings = settings.clone();
            Callback::from(move |a| settings.dispatch(a))
        },
        filter: (*filter).clone(),
        set_filter: Callback::from(move |f| filter.set(f)),
        sort: *sort,
        set_sort: Callback::from(move |s| sort.set(s)),
        selected: (*selected).clone(),
        set_selected: Callback::from(move |s| selected.set(s)),
        list,
        update,
    };
    html! {
        <ContextProvider<Explorer> {context}>{ props.children.clone() }</ContextProvider<Explorer>>
    }
}

/// The explorer's session; panics only when used outside `<ExplorerProvider>`, a programmer
/// error.
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("use_explorer must be called under <ExplorerProvider>")
}
