//! The landing page: the onboarding loop at a glance, each step linking to the page that does it.
//! Text and links only; no state.

use dpk_domain::i18n::{Lang, Text, Ui, fill};
use dpk_domain::route::Route;
use yew::prelude::*;

use crate::components::page_frame;

/// The steps in the order a partner follows them: title, explanation, the page that does it and
/// that page's navigation label.
const STEPS: [(Ui, Ui, Route, Ui); 5] = [
    (
        Ui::StartStep1Title,
        Ui::StartStep1Body,
        Route::Consent,
        Ui::NavConsent,
    ),
    (
        Ui::StartStep2Title,
        Ui::StartStep2Body,
        Route::Consent,
        Ui::NavConsent,
    ),
    (
        Ui::StartStep3Title,
        Ui::StartStep3Body,
        Route::Consent,
        Ui::NavConsent,
    ),
    (
        Ui::StartStep4Title,
        Ui::StartStep4Body,
        Route::Token,
        Ui::NavToken,
    ),
    (
        Ui::StartStep5Title,
        Ui::StartStep5Body,
        Route::Incidents,
        Ui::NavIncidents,
    ),
];

fn step(lang: Lang, (title, body, route, label): &(Ui, Ui, Route, Ui)) -> Html {
    html! {
        <li data-testid="start-step" data-route={route.name().to_owned()}>
            <h3>{ title.get(lang) }</h3>
            <p>{ body.get(lang) }</p>
            <a href={route.href()}>{ fill(Ui::StartOpen.get(lang), &[("page", label.get(lang))]) }</a>
        </li>
    }
}

/// The onboarding loop: consent link, answer, token, checks, incidents.
/// A plain view function of the page language (no component of its own: it has no state).
pub fn start_page(lang: Lang) -> Html {
    html! {
        { page_frame(Ui::StartHeading.get(lang), html! { <>
            <p class="notice" data-testid="retirement-note">{ Ui::AboutRetirement.get(lang) }</p>
            <p>{ Ui::StartIntro.get(lang) }</p>
            <h2>{ Ui::StartStepsHeading.get(lang) }</h2>
            <ol class="start-steps" data-testid="start-steps">
                { for STEPS.iter().map(|s| step(lang, s)) }
            </ol>
        </> }) }
    }
}
