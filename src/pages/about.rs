use dpk_domain::i18n::{Text, Ui};
use yew::prelude::*;

use crate::components::PageFrame;
use crate::state::use_lang;

/// What the tool does and its privacy promise.
#[component]
pub fn AboutPage() -> Html {
    let lang = use_lang();
    html! {
        <PageFrame heading={Ui::AboutHeading.get(lang)}>
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
        </PageFrame>
    }
}
