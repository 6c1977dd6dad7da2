use dpk_domain::i18n::{Text, Ui};
use dpk_domain::route::Route;
use yew::prelude::*;

use crate::components::{ErrorBanner, PageFrame};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct NotInBuildPageProps {
    pub route: Route,
}

/// The answer for a feature page that this build leaves out (Cargo feature off).
#[component]
pub fn NotInBuildPage(props: &NotInBuildPageProps) -> Html {
    let lang = use_lang();
    let heading = match props.route {
        Route::Consent => Ui::ConsentHeading,
        Route::Token => Ui::TokenHeading,
        _ => Ui::IncidentsHeading,
    };
    html! {
        <PageFrame heading={heading.get(lang)}>
            <ErrorBanner message={Ui::NotInBuild.get(lang)} kind="not_in_build" />
        </PageFrame>
    }
}
