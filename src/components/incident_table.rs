//! The loaded incidents as a sortable table: the page passes all rows and the filtered, sorted
//! indices; the first `limit` are rendered, one keyed row each.

use std::rc::Rc;

use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::detail::columns;
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::view::{Sort, SortKey};
use yew::prelude::*;

use crate::components::{Shared, text_el};

#[derive(Properties, PartialEq)]
pub struct IncidentTableProps {
    pub rows: Shared<Vec<Rc<Incident>>>,
    /// Indices into `rows`, filtered and sorted.
    pub visible: Shared<Vec<usize>>,
    /// How many of `visible` to render.
    pub limit: usize,
    pub sort: Sort,
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    pub lang: Lang,
    pub on_sort: Callback<SortKey>,
    pub on_select: Callback<String>,
    pub on_show_more: Callback<()>,
}

fn column_label(key: SortKey) -> T {
    match key {
        SortKey::Id => T::ColId,
        SortKey::Name => T::ColName,
        SortKey::Severity => T::ColSeverity,
        SortKey::Status => T::ColStatus,
        SortKey::Classification => T::ColClassification,
        SortKey::Determination => T::ColDetermination,
        SortKey::AssignedTo => T::ColAssignedTo,
        SortKey::Created => T::ColCreated,
        SortKey::Updated => T::ColUpdated,
        SortKey::Alerts => T::ColAlerts,
    }
}

/// A count in words: the number, or "—" when it is not known.
pub(crate) fn count_text(n: Option<usize>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

/// Puts `node` where `{marker}` sits in a translated sentence, so word order stays free.
fn sentence_with(template: &str, marker: &str, node: Html, args: &[(&str, &str)]) -> Html {
    let filled = fill(template, args);
    let token = ["{", marker, "}"].concat();
    match filled.split_once(&token) {
        Some((before, after)) => html! { <>{ before.to_owned() }{ node }{ after.to_owned() }</> },
        None => html! { <>{ filled }{ " " }{ node }</> },
    }
}

/// The loaded incidents: sortable columns, one row per incident, the first `limit` rendered.
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn incident_table(props: &IncidentTableProps) -> Html {
    let IncidentTableProps {
        rows,
        visible,
        limit,
        sort,
        selected,
        lang,
        on_sort,
        on_select,
        on_show_more,
    } = props;
    let lang = *lang;
    let count = html! { <span data-testid="incident-count">{ rows.len() }</span> };
    let shown = visible.len().to_string();
    html! {
        <section class="incidents-table" aria-labelledby="incidents-table-caption">
            <p id="incidents-table-caption" data-testid="incident-summary" data-shown={shown.clone()}>
                { sentence_with(T::IncidentCount.get(lang), "rows", count, &[("shown", &shown)]) }
            </p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            { for SortKey::ALL.iter().map(|&key| {
                                let aria = (sort.key == key).then_some(if sort.descending { "descending" } else { "ascending" });
                                let arrow = match aria { Some("descending") => " ▼", Some(_) => " ▲", None => "" };
                                html! {
                                    <th aria-sort={aria}>
                                        <button class="sort" data-testid={["sort-", key.code()].concat()} onclick={on_sort.reform(move |_| key)}>
                                            { column_label(key).get(lang) }{ arrow }
                                        </button>
                                    </th>
                                }
                            }) }
                            { text_el("th", "", T::ColTags.get(lang).into()) }
                        </tr>
                    </thead>
                    <tbody>
                        { for visible.iter().take(*limit).map(|&i| {
                            let incident: &Incident = &rows[i];
                            let is_selected = selected.as_deref() == Some(incident.id.as_str());
                            row(incident, is_selected, lang, on_select)
                        }) }
                    </tbody>
                </table>
            </div>
            if visible.is_empty() { { text_el("p", "hint", T::NoRows.get(lang).into()) } }
            if visible.len() > *limit {
                <button class="secondary" data-testid="show-more" onclick={on_show_more.reform(|_| ())}>{ T::ShowMore.get(lang) }</button>
            }
        </section>
    }
}

/// One incident's row (keyed by its id). A plain view: the table calls it, with no component
/// lifecycle to pay for.
fn row(i: &Incident, selected: bool, lang: Lang, on_select: &Callback<String>) -> Html {
    let id = i.id.clone();
    let onclick = on_select.reform(move |_| id.clone());
    let sev_class = ["sev sev-", &i.severity.xdr_code().to_ascii_lowercase()].concat();
    let [
        severity,
        status,
        classification,
        determination,
        assigned,
        created,
        updated,
    ] = columns(i, lang);
    html! {
        <tr key={i.id.clone()} data-testid="incident-row" data-incident-id={i.id.clone()} aria-selected={if selected { "true" } else { "false" }}
            class={selected.then_some("selected")}>
            { text_el("td", "mono nowrap", i.id.clone().into()) }
            <td><button class="link" data-testid="open-incident" {onclick}>{ if i.name.is_empty() { "—".to_owned() } else { i.name.clone() } }</button></td>
            <td class="nowrap"><span class={sev_class}>{ severity }</span></td>
            <td class="nowrap" data-testid="cell-status">{ status }</td>
            { text_el("td", "nowrap", classification.into()) }
            { text_el("td", "nowrap", determination.into()) }
            <td class="nowrap" data-testid="cell-assigned">{ assigned }</td>
            { text_el("td", "nowrap", created.into()) }
            { text_el("td", "nowrap", updated.into()) }
            { text_el("td", "", count_text(i.alert_count).into()) }
            { text_el("td", "", i.tags.join(", ").into()) }
        </tr>
    }
}
