//! The summary and one row per legacy permission (test hooks `migration-row` with `data-from`,
//! `data-resource`, `data-to`, `data-status`).

use dpk_domain::catalog::Operation;
use dpk_domain::catalog::ids::{PermissionId, guid};
use dpk_domain::i18n::{MigrateText as T, Text, fill};
use dpk_domain::migrate::mapping::Row;
use dpk_domain::migrate::{Input, Report, RowStatus, kind_name};
use dpk_domain::sentences::api_name;

use super::dom::Dom;

/// A permission: its name, kind and ID.
#[inline(never)]
fn permission(b: &mut Dom, p: &PermissionId) {
    b.open0("div");
    b.leaf("strong", p.name);
    b.s(" ");
    b.open("span", &["class"], &["hint"]);
    b.s(kind_name(p.kind, b.lang));
    b.close();
    b.open0("br");
    b.close();
    b.open("code", &["class"], &["mono"]);
    b.text(guid(p.id).into());
    b.close();
    b.close();
}

/// `<code>METHOD path</code>`, from static parts (no formatting).
#[inline(never)]
fn call(b: &mut Dom, op: &Operation) {
    b.open0("code");
    b.s(op.method.as_str());
    b.s(" ");
    b.s(op.path);
    b.close();
}

/// A hint under the text of a cell.
#[inline(never)]
pub(super) fn hint(b: &mut Dom, text: yew::AttrValue) {
    b.open0("br");
    b.close();
    b.with_text("span", &["class"], &["hint"], text);
}

/// The status cell; a row with no successor names the operation pages it comes from.
fn status(b: &mut Dom, row: &Row) {
    let lang = b.lang;
    match row.status {
        RowStatus::Successor => b.t(T::StatusSuccessor),
        RowStatus::AlreadyGraph => b.t(T::StatusAlready),
        RowStatus::NoSuccessor => {
            let api = api_name(row.from.api, lang);
            b.text(fill(T::StatusNone.get(lang), &[("api", api)]).into());
            // The operation pages, each once where the same page follows itself.
            let mut sources = String::new();
            let mut last = "";
            for o in &row.operations {
                let s = o.legacy.source;
                if s != last {
                    if !last.is_empty() {
                        sources.push_str("; ");
                    }
                    sources.push_str(s);
                    last = s;
                }
            }
            if !sources.is_empty() {
                let source = fill(T::Source.get(lang), &[("source", &sources)]);
                hint(b, source.into());
            }
        }
    }
}

fn row(b: &mut Dom, row: &Row) {
    let to: Vec<&str> = row.to.iter().map(|p| p.name).collect();
    b.open(
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
    );
    b.leaf("td", api_name(row.from.api, b.lang));
    b.open0("td");
    permission(b, row.from);
    b.close();
    b.open0("td");
    for p in &row.to {
        permission(b, p);
    }
    b.close();
    b.open0("td");
    b.open0("ul");
    for o in &row.operations {
        b.open0("li");
        call(b, o.legacy);
        b.s(" → ");
        match o.graph {
            Some(g) => call(b, g),
            None => b.leaf_t("code", T::OpNoSuccessor),
        }
        b.close();
    }
    b.close();
    b.close();
    b.open0("td");
    status(b, row);
    b.close();
    b.close();
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
fn unknown(b: &mut Dom, text: T, key: &str, list: &[String]) {
    if !list.is_empty() {
        let text = fill(text.get(b.lang), &[(key, &list.join(", "))]);
        b.with_text("p", &["class"], &["notice"], text.into());
    }
}

/// The summary and the table.
pub(super) fn view(b: &mut Dom, input: &Input, report: &Report) {
    b.open("section", &["data-testid"], &["migration-report"]);
    b.leaf_t("h2", T::SummaryHeading);
    let ids: Vec<String> = input
        .unknown_ids
        .iter()
        .map(|(api, id, kind)| [api.code(), " ", id, " (", kind.manifest_type(), ")"].concat())
        .collect();
    if report.rows.is_empty() {
        b.open("p", &["data-testid"], &["migration-nothing"]);
        b.t(T::NothingLegacy);
        b.close();
    } else {
        b.open("ul", &["data-testid"], &["migration-summary"]);
        for (t, s) in SUMMARY {
            let n = report.count(s).to_string();
            b.with_text("li", &[], &[], fill(t.get(b.lang), &[("n", &n)]).into());
        }
        b.close();
    }
    unknown(b, T::UnknownIds, "ids", &ids);
    unknown(b, T::UnknownNames, "names", &input.unknown_names);
    if !report.rows.is_empty() {
        b.leaf_t("h2", T::ReportHeading);
        if report.count(RowStatus::NoSuccessor) > 0 {
            b.leaf_t("p", T::NoneNote);
        }
        b.table(&HEAD, "");
        for r in &report.rows {
            row(b, r);
        }
        b.end_table();
    }
    b.close();
}
