//! The settings context: the language and theme in force, and the one way to change them.

use dpk_domain::i18n::Lang;
use dpk_domain::settings::{Settings, SettingsAction};
use yew::prelude::*;

/// What every page can read and change of the settings.
#[derive(Clone, PartialEq)]
pub struct SettingsContext {
    /// The settings in force.
    pub settings: Settings,
    /// Applies an action and remembers the result in storage.
    pub dispatch: Callback<SettingsAction>,
}

/// The settings context; panics only when used outside `<App>`, a programmer error.
#[hook]
pub fn use_settings() -> SettingsContext {
    use_context::<SettingsContext>().expect("use_settings must be called under <App>")
}

/// The page language.
#[hook]
pub fn use_lang() -> Lang {
    use_settings().settings.lang
}

/// The token pasted in the inspector, shared in memory with the incidents page so it need not
/// be pasted twice. It lives in the `<App>` component's state only: never stored, never in a URL.
#[derive(Clone, PartialEq)]
pub struct SessionToken {
    /// What the user pasted (redacted in `Debug`).
    pub token: dpk_domain::jwt::PastedToken,
    /// Replaces it.
    pub set: Callback<dpk_domain::jwt::PastedToken>,
}

/// The shared token; panics only when used outside `<App>` (or a test's provider), a
/// programmer error.
#[hook]
pub fn use_session_token() -> SessionToken {
    use_context::<SessionToken>().expect("use_session_token must be called under <App>")
}
