//! The summary and one row per legacy permission (test hooks `migration-row` with `data-from`,
//! `data-resource`, `data-to`, `data-status`).

use dpk_domain::catalog::ids::{ID_SOURCES, PermissionId};
use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::mapping::{OperationPair, Row};
use dpk_domain::migrate::{Input, Report, RowStatus, kind_name};
use dpk_domain::sentences::api_name;
use yew::Html;

use super::dom::{cell, el, tx};

fn permission(lang: Lang, p: &PermissionId) -> Html {
    el(
        "div",
        &[],
        &[],
        vec![
            cell("strong", p.name),
            tx(" "),
            el(
                "span",
                &["class"],
                &["hint"],
                vec![tx(kind_name(p.kind, lang))],
            ),
            el("br", &[], &[], vec![]),
            el("code", &["class"], &["mono"], vec![tx(p.id.unwrap_or("?"))]),
        ],
    )
}

fn operation(lang: Lang, pair: &OperationPair) -> Html {
    let legacy = format!("{} {}", pair.legacy.method.as_str(), pair.legacy.path);
    let graph = match pair.graph {
        Some(g) => format!("{} {}", g.method.as_str(), g.path),
        None => T::OpNoSuccessor.get(lang).to_owned(),
    };
    el(
        "li",
        &[],
        &[],
        vec![cell("code", legacy), tx(" → "), cell("code", graph)],
    )
}

fn status(lang: Lang, row: &Row) -> Vec<Html> {
    match row.status {
        RowStatus::Successor => vec![tx(T::StatusSuccessor.get(lang))],
        RowStatus::AlreadyGraph => vec![tx(T::StatusAlready.get(lang))],
        RowStatus::NoSuccessor => {
            let mut sources: Vec<&str> = row.operations.iter().map(|o| o.legacy.source).collect();
            sources.dedup();
            let mut out = vec![tx(fill(
                T::StatusNone.get(lang),
                &[("api", api_name(row.from.api, lang))],
            ))];
            if !sources.is_empty() {
                let source = fill(T::Source.get(lang), &[("source", &sources.join("; "))]);
                out.push(el("br", &[], &[], vec![]));
                out.push(el("span", &["class"], &["hint"], vec![tx(source)]));
            }
            out
        }
    }
}

fn row(lang: Lang, row: &Row) -> Html {
    let to: Vec<&str> = row.to.iter().map(|p| p.name).collect();
    el(
        "tr",
        &[
            "data-testid",
            "data-from",
            "data-resource",
            "data-to",
            "data-status",
            "data-kind",
        ],
        &[
            "migration-row",
            row.from.name,
            row.from.api.code(),
            &to.join(" "),
            row.status.code(),
            row.from.kind.manifest_type(),
        ],
        vec![
            cell("td", api_name(row.from.api, lang)),
            el("td", &[], &[], vec![permission(lang, row.from)]),
            el(
                "td",
                &[],
                &[],
                row.to.iter().map(|p| permission(lang, p)).collect(),
            ),
            el(
                "td",
                &[],
                &[],
                vec![el(
                    "ul",
                    &[],
                    &[],
                    row.operations.iter().map(|o| operation(lang, o)).collect(),
                )],
            ),
            el("td", &[], &[], status(lang, row)),
        ],
    )
}

const SUMMARY: [(T, RowStatus); 3] = [
    (T::SummaryMove, RowStatus::Successor),
    (T::SummaryAlready, RowStatus::AlreadyGraph),
    (T::SummaryNone, RowStatus::NoSuccessor),
];

fn notice(text: String) -> Html {
    el("p", &["class"], &["notice"], vec![tx(text)])
}

/// The summary and the table.
#[inline(never)]
pub(super) fn view(lang: Lang, input: &Input, report: &Report) -> Html {
    let mut out = vec![cell("h2", T::SummaryHeading.get(lang))];
    if report.rows.is_empty() {
        out.push(el(
            "p",
            &["data-testid"],
            &["migration-nothing"],
            vec![tx(T::NothingLegacy.get(lang))],
        ));
    } else {
        let items = SUMMARY
            .iter()
            .map(|(t, s)| {
                cell(
                    "li",
                    fill(t.get(lang), &[("n", &report.count(*s).to_string())]),
                )
            })
            .collect();
        out.push(el("ul", &["data-testid"], &["migration-summary"], items));
    }
    if !input.unknown_ids.is_empty() {
        let ids: Vec<String> = input
            .unknown_ids
            .iter()
            .map(|(api, id, kind)| format!("{} {id} ({})", api.code(), kind.manifest_type()))
            .collect();
        out.push(notice(fill(
            T::UnknownIds.get(lang),
            &[("ids", &ids.join(", "))],
        )));
    }
    if !input.unknown_names.is_empty() {
        let names = input.unknown_names.join(", ");
        out.push(notice(fill(
            T::UnknownNames.get(lang),
            &[("names", &names)],
        )));
    }
    if !report.rows.is_empty() {
        out.push(cell("h2", T::ReportHeading.get(lang)));
        if report.count(RowStatus::NoSuccessor) > 0 {
            out.push(cell("p", T::NoneNote.get(lang)));
        }
        let head = [
            T::ColResource,
            T::ColPermission,
            T::ColGraph,
            T::ColOperations,
            T::ColStatus,
        ];
        let rows = report.rows.iter().map(|r| row(lang, r)).collect();
        out.push(super::table(lang, &head, rows, ""));
        let sources: Vec<&str> = ID_SOURCES.iter().map(|(_, s)| *s).collect();
        let text = fill(T::IdsSource.get(lang), &[("sources", &sources.join("; "))]);
        out.push(el("p", &["class"], &["hint"], vec![tx(text)]));
    }
    el("section", &["data-testid"], &["migration-report"], out)
}
