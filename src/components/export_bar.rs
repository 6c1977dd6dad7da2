//! Export buttons (CSV, JSON) for the rows the table shows; the page produces the files.

use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use yew::prelude::*;

use crate::components::form::button;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// Rows that would be exported.
    pub count: usize,
    pub lang: Lang,
    pub on_csv: Callback<()>,
    pub on_json: Callback<()>,
}

/// CSV and JSON export of the rows shown.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let ExportBarProps {
        count,
        lang,
        on_csv,
        on_json,
    } = props;
    let lang = *lang;
    html! {
        <div class="export-bar">
            { button("export-csv", true, *count == 0, T::ExportCsv.get(lang), on_csv) }
            { button("export-json", true, *count == 0, T::ExportJson.get(lang), on_json) }
            <span class="hint">{ fill(T::ExportNote.get(lang), &[("count", &count.to_string())]) }</span>
        </div>
    }
}
