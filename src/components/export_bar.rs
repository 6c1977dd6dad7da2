//! Export buttons (CSV, JSON) for the rows the table shows; the page produces the files.

use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use yew::prelude::*;

use crate::components::form::button;

/// CSV and JSON export of the rows shown; `count` is the number of rows that would be exported.
/// A plain view function, not a component: it has no state, and each component costs bundle size.
pub fn export_bar(count: usize, lang: Lang, on_csv: &Callback<()>, on_json: &Callback<()>) -> Html {
    html! {
        <div class="export-bar">
            { button("export-csv", true, count == 0, T::ExportCsv.get(lang), on_csv) }
            { button("export-json", true, count == 0, T::ExportJson.get(lang), on_json) }
            <span class="hint">{ fill(T::ExportNote.get(lang), &[("count", &count.to_string())]) }</span>
        </div>
    }
}
