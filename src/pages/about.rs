use dpk_domain::i18n::{Lang, Text, Ui};
use yew::prelude::*;

use crate::components::page_frame;

/// What the tool does and its privacy promise.
/// A plain view function of the page language (no component of its own: it has no state).
pub fn about_page(lang: Lang) -> Html {
    html! {
        { page_frame(Ui::AboutHeading.get(lang), html! { <>
            <p>{ Ui::AboutWhat.get(lang) }</p>
            <p class="notice">{ Ui::AboutRetirement.get(lang) }</p>
            <h2>{ Ui::AboutPrivacyHeading.get(lang) }</h2>
            <ul data-testid="privacy-promise">
                <li>{ Ui::AboutPrivacyLocal.get(lang) }</li>
                <li>{ Ui::AboutPrivacyNoStore.get(lang) }</li>
                <li>{ Ui::AboutPrivacySettings.get(lang) }</li>
                <li>{ Ui::AboutPrivacyNetwork.get(lang) }</li>
            </ul>
            <p>{ Ui::AboutSourceNote.get(lang) }</p>
        </> }) }
    }
}
