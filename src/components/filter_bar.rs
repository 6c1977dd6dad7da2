//! The incident filters, each marked "server" (sent with the next fetch) or "page" (applied to
//! the loaded rows) for the chosen API.

use dpk_domain::cloud::Api;
use dpk_domain::i18n::{IncidentsText as T, Lang, Text};
use dpk_domain::incidents::explain::{severity_label, status_label};
use dpk_domain::incidents::labels::{Severity, Status};
use dpk_domain::incidents::request::{FilterField, IncidentFilter};
use dpk_domain::incidents::time::{format_rfc3339, parse_rfc3339_ms};
use yew::prelude::*;

use crate::components::form::{Choice, input_field, select_field};
use crate::components::text_el;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filter: IncidentFilter,
    pub api: Api,
    pub lang: Lang,
    pub on_change: Callback<IncidentFilter>,
}

fn date_value(ms: Option<i64>) -> AttrValue {
    ms.map(|t| format_rfc3339(t)[..10].to_owned())
        .unwrap_or_default()
        .into()
}

/// Status, severity, assignee, dates and free text, each marked "server" or "page".
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let FilterBarProps {
        filter,
        api,
        lang,
        on_change,
    } = props;
    let (api, lang) = (*api, *lang);
    let label = |k: T, field: FilterField, code: &'static str| {
        let server = field.is_server_side(api);
        html! {
            <>
                { k.get(lang) }{ " " }
                <span class={if server { "where server" } else { "where" }} data-testid="filter-where"
                    data-field={code} data-where={if server { "server" } else { "page" }}>
                    { if server { T::FilteredByServer.get(lang) } else { T::FilteredInPage.get(lang) } }
                </span>
            </>
        }
    };
    let set = |f: fn(&mut IncidentFilter, String)| {
        let (base, on_change) = (filter.clone(), on_change.clone());
        Callback::from(move |value: String| {
            let mut next = base.clone();
            f(&mut next, value);
            on_change.emit(next);
        })
    };
    let current_status = filter.status.as_ref().map_or("", Status::xdr_code);
    let mut statuses = vec![Choice::new("", T::Any.get(lang), current_status)];
    statuses.extend(Status::KNOWN.iter().map(|s| {
        Choice::new(
            s.xdr_code().to_owned(),
            status_label(s, lang),
            current_status,
        )
    }));
    let current_severity = filter.severity.as_ref().map_or("", Severity::xdr_code);
    let mut severities = vec![Choice::new("", T::Any.get(lang), current_severity)];
    severities.extend(Severity::KNOWN.iter().map(|s| {
        Choice::new(
            s.xdr_code().to_owned(),
            severity_label(s, lang),
            current_severity,
        )
    }));
    let none = AttrValue::default;
    html! {
        <fieldset class="card filters" data-testid="filter-bar">
            { text_el("legend", "", T::FiltersHeading.get(lang).into()) }
            <div class="grid">
                { select_field(label(T::ColStatus, FilterField::Status, "status"), "filter-status", statuses, false,
                    &set(|f, v| f.status = (!v.is_empty()).then(|| Status::parse(&v)))) }
                { select_field(label(T::ColSeverity, FilterField::Severity, "severity"), "filter-severity", severities, false,
                    &set(|f, v| f.severity = (!v.is_empty()).then(|| Severity::parse(&v)))) }
                { input_field(label(T::ColAssignedTo, FilterField::AssignedTo, "assignedTo"), "filter-assigned", "text",
                    filter.assigned_to.clone().into(), none(), false, &set(|f, v| f.assigned_to = v)) }
                { input_field(label(T::CreatedSince, FilterField::CreatedSince, "createdSince"), "filter-created", "date",
                    date_value(filter.created_since), none(), false, &set(|f, v| f.created_since = parse_rfc3339_ms(&v))) }
                { input_field(label(T::UpdatedSince, FilterField::UpdatedSince, "updatedSince"), "filter-updated", "date",
                    date_value(filter.updated_since), none(), false, &set(|f, v| f.updated_since = parse_rfc3339_ms(&v))) }
                { input_field(label(T::Search, FilterField::Search, "search"), "filter-search", "search",
                    filter.search.clone().into(), none(), false, &set(|f, v| f.search = v)) }
            </div>
            { text_el("p", "hint", T::FilterWhereNote.get(lang).into()) }
        </fieldset>
    }
}
