//! The root component: restores settings, provides them, renders the header and the page the
//! hash names.

use dpk_domain::route::{HashLocation, Route};
use dpk_domain::settings::{Settings, SettingsAction};
use yew::prelude::*;

use crate::components::site_header;
use crate::hooks::explorer::use_explorer_session;
use crate::pages::{
    Act, ConsentPage, IncidentsPage, TokenPage, about_page, not_found_page, signin_page,
    signin_status, start_page, use_signin,
};
use crate::services::{browser, location, storage};
use crate::state::{SessionToken, SettingsContext};

struct SettingsState(Settings);

impl Reducible for SettingsState {
    type Action = SettingsAction;
    fn reduce(self: std::rc::Rc<Self>, action: SettingsAction) -> std::rc::Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            std::rc::Rc::new(SettingsState(next))
        }
    }
}

fn restore_settings() -> Settings {
    Settings::restore(
        storage::load(dpk_domain::settings::LANG_KEY).as_deref(),
        storage::load(dpk_domain::settings::THEME_KEY).as_deref(),
        &browser::preferred_languages(),
    )
}

/// Tracks `location.hash` as a parsed location.
#[hook]
fn use_hash_location() -> HashLocation {
    let loc = use_state(|| HashLocation::parse(&location::hash()));
    {
        let loc = loc.clone();
        use_effect_with((), move |_| {
            let listener =
                location::HashListener::new(move |hash| loc.set(HashLocation::parse(&hash)));
            move || drop(listener)
        });
    }
    (*loc).clone()
}

/// The whole page.
#[component]
pub fn App() -> Html {
    // First: start-up takes a sign-in answer out of the address before the router reads it.
    let signin = use_signin();
    let act: Callback<Act> = signin.dispatcher().into();
    let settings = use_reducer(|| SettingsState(restore_settings()));
    let location = use_hash_location();
    // The incidents explorer's session lives above the routes: it survives a visit to #/token.
    let explorer = use_explorer_session();
    // The session token (memory only): the signed-in access token or what was pasted.
    let session_token = SessionToken {
        token: signin.token.clone(),
        set: act.reform(Act::Paste),
    };
    let dispatch = {
        let settings = settings.clone();
        Callback::from(move |action: SettingsAction| {
            let (key, value) = Settings::stored_pair(action);
            storage::save(key, value);
            settings.dispatch(action);
        })
    };
    let current = settings.0;
    {
        let code = current.lang.code();
        use_effect_with(code, |code| browser::set_document_lang(code));
    }
    let page = match &location.route {
        Route::Start => start_page(current.lang),
        Route::Consent => html! { <ConsentPage /> },
        Route::Token => html! { <TokenPage /> },
        Route::Incidents => html! { <IncidentsPage {explorer} /> },
        Route::About => about_page(current.lang),
        Route::SignIn => signin_page(&signin, &act, &location, current.lang),
        Route::NotFound(path) => not_found_page(current.lang, path),
    };
    let context = SettingsContext {
        settings: current,
        dispatch: dispatch.clone(),
    };
    html! {
        <ContextProvider<SettingsContext> {context}>
        <ContextProvider<SessionToken> context={session_token.clone()}>
            <div class="app" data-testid="app" data-theme={current.theme.code()} lang={current.lang.code()}>
                { site_header(&location.route, &current, &dispatch, signin_status(&signin, &act, &location.route, current.lang)) }
                <main id="main">{ page }</main>
            </div>
        </ContextProvider<SessionToken>>
        </ContextProvider<SettingsContext>>
    }
}

/// Mounts the app into the element with id `app-root` (or `<body>` if it is missing).
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-root"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
