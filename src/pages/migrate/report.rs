//! The summary and one row per legacy permission (test hooks `migration-row` with `data-from`,
//! `data-resource`, `data-to`, `data-status`).

use dpk_domain::catalog::ids::{ID_SOURCES, PermissionId};
use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::mapping::{OperationPair, Row};
use dpk_domain::migrate::{Input, Report, RowStatus, kind_name};
use dpk_domain::sentences::api_name;
use yew::prelude::*;

fn permission(lang: Lang, p: &PermissionId) -> Html {
    html! {
        <div>
            <strong>{ p.name }</strong>{ " " }<span class="hint">{ kind_name(p.kind, lang) }</span>
            <br /><code class="mono">{ p.id.unwrap_or("?") }</code>
        </div>
    }
}

fn operation(lang: Lang, pair: &OperationPair) -> Html {
    let legacy = format!("{} {}", pair.legacy.method.as_str(), pair.legacy.path);
    let graph = match pair.graph {
        Some(g) => format!("{} {}", g.method.as_str(), g.path),
        None => T::OpNoSuccessor.get(lang).to_owned(),
    };
    html! { <li><code>{ legacy }</code>{ " → " }<code>{ graph }</code></li> }
}

fn status(lang: Lang, row: &Row) -> Html {
    match row.status {
        RowStatus::Successor => html! { T::StatusSuccessor.get(lang) },
        RowStatus::AlreadyGraph => html! { T::StatusAlready.get(lang) },
        RowStatus::NoSuccessor => {
            let mut sources: Vec<&str> = row.operations.iter().map(|o| o.legacy.source).collect();
            sources.dedup();
            html! {
                <>
                    { fill(T::StatusNone.get(lang), &[("api", api_name(row.from.api, lang))]) }
                    if !sources.is_empty() {
                        <br /><span class="hint">{ fill(T::Source.get(lang), &[("source", &sources.join("; "))]) }</span>
                    }
                </>
            }
        }
    }
}

fn row(lang: Lang, row: &Row) -> Html {
    let to: Vec<&str> = row.to.iter().map(|p| p.name).collect();
    html! {
        <tr data-testid="migration-row" data-from={row.from.name} data-resource={row.from.api.code()}
            data-to={to.join(" ")} data-status={row.status.code()} data-kind={row.from.kind.manifest_type()}>
            <td>{ api_name(row.from.api, lang) }</td>
            <td>{ permission(lang, row.from) }</td>
            <td>{ for row.to.iter().map(|p| permission(lang, p)) }</td>
            <td><ul>{ for row.operations.iter().map(|o| operation(lang, o)) }</ul></td>
            <td>{ status(lang, row) }</td>
        </tr>
    }
}

/// The summary and the table.
pub(super) fn view(lang: Lang, input: &Input, report: &Report) -> Html {
    let count = |s| report.count(s).to_string();
    let unknown_ids: Vec<String> = input
        .unknown_ids
        .iter()
        .map(|(api, id, kind)| format!("{} {id} ({})", api.code(), kind.manifest_type()))
        .collect();
    let sources: Vec<&str> = ID_SOURCES.iter().map(|(_, s)| *s).collect();
    html! {
        <section data-testid="migration-report">
            <h2>{ T::SummaryHeading.get(lang) }</h2>
            if report.rows.is_empty() {
                <p data-testid="migration-nothing">{ T::NothingLegacy.get(lang) }</p>
            } else {
                <ul data-testid="migration-summary">
                    <li>{ fill(T::SummaryMove.get(lang), &[("n", &count(RowStatus::Successor))]) }</li>
                    <li>{ fill(T::SummaryAlready.get(lang), &[("n", &count(RowStatus::AlreadyGraph))]) }</li>
                    <li>{ fill(T::SummaryNone.get(lang), &[("n", &count(RowStatus::NoSuccessor))]) }</li>
                </ul>
            }
            if !unknown_ids.is_empty() {
                <p class="notice">{ fill(T::UnknownIds.get(lang), &[("ids", &unknown_ids.join(", "))]) }</p>
            }
            if !input.unknown_names.is_empty() {
                <p class="notice">{ fill(T::UnknownNames.get(lang), &[("names", &input.unknown_names.join(", "))]) }</p>
            }
            if !report.rows.is_empty() {
                <h2>{ T::ReportHeading.get(lang) }</h2>
                if report.count(RowStatus::NoSuccessor) > 0 {
                    <p>{ T::NoneNote.get(lang) }</p>
                }
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{ T::ColResource.get(lang) }</th>
                            <th scope="col">{ T::ColPermission.get(lang) }</th>
                            <th scope="col">{ T::ColGraph.get(lang) }</th>
                            <th scope="col">{ T::ColOperations.get(lang) }</th>
                            <th scope="col">{ T::ColStatus.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for report.rows.iter().map(|r| row(lang, r)) }</tbody>
                    </table>
                </div>
                <p class="hint">{ fill(T::IdsSource.get(lang), &[("sources", &sources.join("; "))]) }</p>
            }
        </section>
    }
}
