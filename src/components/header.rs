use dpk_domain::i18n::{Lang, Text, Ui};
use dpk_domain::route::Route;
use dpk_domain::settings::{Settings, SettingsAction, ThemeChoice};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn nav_label(route: &Route) -> Ui {
    match route {
        Route::Start => Ui::NavStart,
        Route::Consent => Ui::NavConsent,
        Route::Token => Ui::NavToken,
        Route::Incidents => Ui::NavIncidents,
        Route::Migrate => Ui::NavMigrate,
        Route::About | Route::SignIn | Route::NotFound(_) => Ui::NavAbout,
    }
}

fn theme_label(theme: ThemeChoice) -> Ui {
    match theme {
        ThemeChoice::System => Ui::ThemeSystem,
        ThemeChoice::Light => Ui::ThemeLight,
        ThemeChoice::Dark => Ui::ThemeDark,
    }
}

/// The page header: title, navigation, language and theme switches. A plain view function, not a
/// component: it has no state, and each component costs bundle size.
pub fn site_header(
    route: &Route,
    settings: &Settings,
    on_settings: &Callback<SettingsAction>,
    signin: Html,
) -> Html {
    let lang = settings.lang;
    let on_lang = on_settings.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        SettingsAction::SetLang(Lang::from_code(&code).unwrap_or_default())
    });
    let on_theme = on_settings.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        SettingsAction::SetTheme(ThemeChoice::from_code(&code).unwrap_or_default())
    });
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-name">{ Ui::AppName.get(lang) }</span>
                <span class="tagline">{ Ui::Tagline.get(lang) }</span>
            </div>
            <nav aria-label={Ui::MainNavigation.get(lang)}>
                <ul>
                    { for Route::NAV.iter().map(|r| {
                        let current = r == route;
                        html! {
                            <li>
                                <a href={r.href()} data-testid="nav-link" data-route={r.name().to_owned()}
                                   aria-current={current.then_some("page")}>
                                    { nav_label(r).get(lang) }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            { signin }
            <div class="switches">
                <label>
                    <span>{ Ui::LanguageLabel.get(lang) }</span>
                    <select data-testid="lang-switch" onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == lang} lang={l.code()}>{ l.native_name() }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span>{ Ui::ThemeLabel.get(lang) }</span>
                    <select data-testid="theme-switch" onchange={on_theme}>
                        { for ThemeChoice::ALL.iter().map(|t| html! {
                            <option value={t.code()} selected={*t == settings.theme}>{ theme_label(*t).get(lang) }</option>
                        }) }
                    </select>
                </label>
            </div>
        </header>
    }
}
