//! The summary and one row per legacy permission (test hooks `migration-row` with `data-from`,
//! `data-resource`, `data-to`, `data-status`).

use dpk_domain::catalog::Operation;
use dpk_domain::catalog::ids::PermissionId;
use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::mapping::Row;
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
            el("code", &["class"], &["mono"], vec![tx(p.id)]),
        ],
    )
}

/// `<code>METHOD path</code>`, from static parts (no formatting).
fn call(op: &Operation) -> Html {
    el(
        "code",
        &[],
        &[],
        vec![tx(op.method.as_str()), tx(" "), tx(op.path)],
    )
}

/// The status cell; a row with no successor names the operation pages it comes from.
fn status(lang: Lang, row: &Row) -> Vec<Html> {
    let text = match row.status {
        RowStatus::Successor => T::StatusSuccessor.get(lang).into(),
        RowStatus::AlreadyGraph => T::StatusAlready.get(lang).into(),
        RowStatus::NoSuccessor => fill(
            T::StatusNone.get(lang),
            &[("api", api_name(row.from.api, lang))],
        ),
    };
    let mut out = vec![tx(text)];
    if row.status == RowStatus::NoSuccessor && !row.operations.is_empty() {
        let mut sources: Vec<&str> = row.operations.iter().map(|o| o.legacy.source).collect();
        sources.dedup();
        let source = fill(T::Source.get(lang), &[("source", &sources.join("; "))]);
        out.push(el("br", &[], &[], vec![]));
        out.push(el("span", &["class"], &["hint"], vec![tx(source)]));
    }
    out
}

fn row(lang: Lang, row: &Row) -> Html {
    let to: Vec<&str> = row.to.iter().map(|p| p.name).collect();
    let mut ops = Vec::new();
    for o in &row.operations {
        let graph = match o.graph {
            Some(g) => call(g),
            None => cell("code", T::OpNoSuccessor.get(lang)),
        };
        ops.push(el("li", &[], &[], vec![call(o.legacy), tx(" → "), graph]));
    }
    let mut successors = Vec::new();
    for p in &row.to {
        successors.push(permission(lang, p));
    }
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
            el("td", &[], &[], vec![el("ul", &[], &[], ops)]),
            el("td", &[], &[], status(lang, row)),
        ],
    )
}

const SUMMARY: [(T, RowStatus); 3] = [
    (T::SummaryMove, RowStatus::Successor),
    (T::SummaryAlready, RowStatus::AlreadyGraph),
    (T::SummaryNone, RowStatus::NoSuccessor),
];

const HEAD: [T; 5] = [
    T::ColResource,
    T::ColPermission,
    T::ColGraph,
    T::ColOperations,
    T::ColStatus,
];

/// A notice naming what the page does not know (`list` joined with commas).
fn unknown(lang: Lang, text: T, key: &str, list: &[String]) -> Option<Html> {
    (!list.is_empty()).then(|| {
        let text = fill(text.get(lang), &[(key, &list.join(", "))]);
        el("p", &["class"], &["notice"], vec![tx(text)])
    })
}

/// The summary and the table.
pub(super) fn view(lang: Lang, input: &Input, report: &Report) -> Html {
    let mut out = vec![cell("h2", T::SummaryHeading.get(lang))];
    let ids: Vec<String> = input
        .unknown_ids
        .iter()
        .map(|(api, id, kind)| [api.code(), " ", id, " (", kind.manifest_type(), ")"].concat())
        .collect();
    let notices = [
        unknown(lang, T::UnknownIds, "ids", &ids),
        unknown(lang, T::UnknownNames, "names", &input.unknown_names),
    ];
    if report.rows.is_empty() {
        out.push(el(
            "p",
            &["data-testid"],
            &["migration-nothing"],
            vec![tx(T::NothingLegacy.get(lang))],
        ));
        out.extend(notices.into_iter().flatten());
    } else {
        let mut items = Vec::new();
        for (t, s) in SUMMARY {
            let n = report.count(s).to_string();
            items.push(cell("li", fill(t.get(lang), &[("n", &n)])));
        }
        out.push(el("ul", &["data-testid"], &["migration-summary"], items));
        out.extend(notices.into_iter().flatten());
        out.push(cell("h2", T::ReportHeading.get(lang)));
        if report.count(RowStatus::NoSuccessor) > 0 {
            out.push(cell("p", T::NoneNote.get(lang)));
        }
        let mut rows = Vec::new();
        for r in &report.rows {
            rows.push(row(lang, r));
        }
        out.push(super::table(lang, &HEAD, rows, ""));
    }
    el("section", &["data-testid"], &["migration-report"], out)
}
