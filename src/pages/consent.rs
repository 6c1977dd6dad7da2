use dpk_domain::i18n::{Text, Ui};
use yew::prelude::*;

use crate::components::PageFrame;
use crate::state::use_lang;

/// The consent page (its feature lands in its own issue).
#[component]
pub fn ConsentPage() -> Html {
    let lang = use_lang();
    html! {
        <PageFrame heading={Ui::ConsentHeading.get(lang)}>
            <p>{ Ui::ComingSoon.get(lang) }</p>
        </PageFrame>
    }
}
