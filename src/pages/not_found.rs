use dpk_domain::i18n::{Lang, Text, Ui, fill};
use yew::prelude::*;

use crate::components::{error_banner, page_frame};

/// The answer to a hash that names no page.
/// `path` is the path as typed, shown as text. A plain view function (the page has no state).
pub fn not_found_page(lang: Lang, path: &str) -> Html {
    let message = fill(Ui::NotFoundBody.get(lang), &[("path", path)]);
    html! {
        { page_frame(Ui::NotFoundHeading.get(lang), html! { <>
            { error_banner(message, "not_found", "error", Html::default()) }
        </> }) }
    }
}
