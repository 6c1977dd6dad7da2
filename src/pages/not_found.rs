use dpk_domain::i18n::{Text, Ui, fill};
use yew::prelude::*;

use crate::components::{ErrorBanner, PageFrame};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct NotFoundPageProps {
    /// The path as typed, shown as text.
    pub path: AttrValue,
}

/// The answer to a hash that names no page.
#[component]
pub fn NotFoundPage(props: &NotFoundPageProps) -> Html {
    let lang = use_lang();
    let message = fill(Ui::NotFoundBody.get(lang), &[("path", &props.path)]);
    html! {
        <PageFrame heading={Ui::NotFoundHeading.get(lang)}>
            <ErrorBanner message={message} kind="not_found" />
        </PageFrame>
    }
}
