//! The root component: restores settings, provides them, renders the header and the page the
//! hash names.

use dpk_domain::route::{HashLocation, Route};
use dpk_domain::settings::{LANG_KEY, Settings, SettingsAction, THEME_KEY};
use yew::prelude::*;

use crate::components::site_header;
use crate::hooks::explorer::use_explorer_session;
use crate::hooks::stored::{Change, Stored, use_stored_reducer};
use crate::pages::{
    Act, ConsentPage, IncidentsPage, TokenPage, about_page, migrate_page, not_found_page,
    signin_page, signin_status, start_page, use_signin,
};
use crate::services::{browser, location, storage};
use crate::state::{SessionToken, SettingsContext};

/// The settings in force, and which of them the user chose (only those are stored: a language
/// that merely follows the browser is not pinned by choosing a theme).
#[derive(Clone, Copy)]
struct SettingsState {
    settings: Settings,
    lang_chosen: bool,
    theme_chosen: bool,
}

impl SettingsState {
    fn restore() -> SettingsState {
        SettingsState {
            settings: Settings::restore(
                storage::load(LANG_KEY).as_deref(),
                storage::load(THEME_KEY).as_deref(),
                &browser::preferred_languages(),
            ),
            lang_chosen: false,
            theme_chosen: false,
        }
    }
}

impl Stored for SettingsState {
    type Action = SettingsAction;
    fn apply(&mut self, action: SettingsAction) -> Change {
        match action {
            SettingsAction::SetLang(_) => self.lang_chosen = true,
            SettingsAction::SetTheme(_) => self.theme_chosen = true,
        }
        let next = self.settings.apply(action);
        let changed = next != self.settings;
        self.settings = next;
        Change::stored_if(changed)
    }
    fn save(&self) -> bool {
        let Settings { lang, theme } = self.settings;
        let save = |chosen: bool, action| {
            let (key, value) = Settings::stored_pair(action);
            !chosen || storage::save(key, value)
        };
        save(self.lang_chosen, SettingsAction::SetLang(lang))
            & save(self.theme_chosen, SettingsAction::SetTheme(theme))
    }
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
    let settings = use_stored_reducer(SettingsState::restore);
    let location = use_hash_location();
    // The incidents explorer's session lives above the routes: it survives a visit to #/token.
    let explorer = use_explorer_session();
    // The Migrate page's model lives here too: a view function has no state of its own.
    let migrate = use_reducer(crate::pages::migrate::Model::default);
    // The session token (memory only): the signed-in access token or what was pasted.
    let session_token = SessionToken {
        token: signin.token.clone(),
        set: act.reform(Act::Paste),
    };
    let dispatch = settings.dispatch();
    let current = settings.settings;
    {
        let code = current.lang.code();
        use_effect_with(code, |code| browser::set_document_lang(code));
    }
    let page = match &location.route {
        Route::Start => start_page(current.lang),
        Route::Consent => html! { <ConsentPage /> },
        Route::Token => html! { <TokenPage /> },
        Route::Incidents => html! { <IncidentsPage {explorer} /> },
        Route::Migrate => {
            let t = &session_token.token;
            let token = (!t.is_blank()).then(|| t.expose().to_owned());
            migrate_page(
                current.lang,
                &migrate,
                migrate.dispatcher().to_callback(),
                token,
            )
        }
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
