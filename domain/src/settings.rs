//! User settings that the page remembers: language and theme. Settings are the only thing the
//! page ever stores (tokens never are); this module turns them into and out of stored strings.

use crate::i18n::Lang;

/// Storage key of the chosen language.
pub const LANG_KEY: &str = "dpk.lang";
/// Storage key of the chosen theme.
pub const THEME_KEY: &str = "dpk.theme";

/// The colour theme the user chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow `prefers-color-scheme` (the default).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

crate::codes! {
    /// The stored and `data-theme` value.
    ThemeChoice {
        System => "system",
        Light => "light",
        Dark => "dark",
    }
}

impl ThemeChoice {
    /// The choices, in the order the switch shows them.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
}

/// The settings in force.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// The page language.
    pub lang: Lang,
    /// The colour theme.
    pub theme: ThemeChoice,
}

/// A change the user makes to the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsAction {
    /// Switch the language.
    SetLang(Lang),
    /// Switch the theme.
    SetTheme(ThemeChoice),
}

impl Settings {
    /// Settings at start-up: what was stored wins; the language otherwise follows the browser's
    /// preference list; unknown stored values are ignored rather than trusted.
    pub fn restore<S: AsRef<str>>(
        stored_lang: Option<&str>,
        stored_theme: Option<&str>,
        browser_langs: &[S],
    ) -> Settings {
        Settings {
            lang: stored_lang
                .and_then(Lang::from_code)
                .unwrap_or_else(|| Lang::from_browser_preferences(browser_langs)),
            theme: stored_theme
                .and_then(ThemeChoice::from_code)
                .unwrap_or_default(),
        }
    }

    /// The settings after `action`.
    pub fn apply(self, action: SettingsAction) -> Settings {
        match action {
            SettingsAction::SetLang(lang) => Settings { lang, ..self },
            SettingsAction::SetTheme(theme) => Settings { theme, ..self },
        }
    }

    /// The `(key, value)` pair to store after `action`.
    pub fn stored_pair(action: SettingsAction) -> (&'static str, &'static str) {
        match action {
            SettingsAction::SetLang(lang) => (LANG_KEY, lang.code()),
            SettingsAction::SetTheme(theme) => (THEME_KEY, theme.code()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_choice_beats_browser_language() {
        let s = Settings::restore(Some("en"), None, &["ja-JP"]);
        assert_eq!(s.lang, Lang::En);
    }

    #[test]
    fn browser_language_is_the_default() {
        assert_eq!(Settings::restore(None, None, &["ja-JP"]).lang, Lang::Ja);
        assert_eq!(Settings::restore(Some("xx"), None, &["ja"]).lang, Lang::Ja);
    }

    #[test]
    fn theme_restores_and_ignores_garbage() {
        assert_eq!(
            Settings::restore::<&str>(None, Some("dark"), &[]).theme,
            ThemeChoice::Dark
        );
        assert_eq!(
            Settings::restore::<&str>(None, Some("<b>"), &[]).theme,
            ThemeChoice::System
        );
    }

    #[test]
    fn apply_changes_one_field_and_stores_its_code() {
        let s = Settings::default().apply(SettingsAction::SetTheme(ThemeChoice::Light));
        assert_eq!(
            s,
            Settings {
                lang: Lang::En,
                theme: ThemeChoice::Light
            }
        );
        assert_eq!(
            Settings::stored_pair(SettingsAction::SetLang(Lang::Ja)),
            (LANG_KEY, "ja")
        );
        assert_eq!(
            Settings::stored_pair(SettingsAction::SetTheme(ThemeChoice::Dark)),
            (THEME_KEY, "dark")
        );
    }
}
