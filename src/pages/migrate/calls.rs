//! The calls side by side, the field and enum changes, and the Graph listing in code.

use dpk_domain::cloud::Cloud;
use dpk_domain::i18n::{ConsentText as C, MigrateText as T, Text};
use dpk_domain::migrate::calls::graph_snippet;
use dpk_domain::migrate::calls::{CallPair, ENUM_CHANGES, FIELD_RENAMES, LIST, PAGING, UPDATE};
use dpk_domain::snippet::SnippetLang;
use yew::prelude::*;

use super::dom::Dom;
use crate::components::snippet_block;

/// A cell of code.
#[inline(never)]
fn code(b: &mut Dom, text: &'static str) {
    b.open0("td");
    b.open("pre", &["class", "tabindex"], &["mono", "0"]);
    b.s(text);
    b.close();
    b.close();
}

/// One call in both APIs, with a note under the aspect.
#[inline(never)]
fn pair(b: &mut Dom, aspect: T, p: CallPair, note: Option<T>) {
    b.open("tr", &["data-testid"], &["migration-call"]);
    b.open("th", &["scope"], &["row"]);
    b.t(aspect);
    if let Some(n) = note {
        super::report::hint(b, n.get(b.lang).into());
    }
    b.close();
    code(b, p.xdr);
    code(b, p.graph);
    b.close();
}

/// A row of code cells.
#[inline(never)]
fn code_row(b: &mut Dom, cells: &[&'static str]) {
    b.open0("tr");
    for c in cells {
        b.open0("td");
        b.leaf("code", c);
        b.close();
    }
    b.close();
}

/// The calls section.
pub(super) fn view(b: &mut Dom, client_id: &str, on_copy: &Callback<AttrValue>) {
    b.open("section", &["data-testid"], &["migration-calls"]);
    b.leaf_t("h2", T::CallsHeading);
    b.leaf_t("p", T::CallsIntro);
    b.table(&[T::ColAspect, T::ColXdr, T::ColGraphApi], "");
    pair(b, T::AspectList, LIST, Some(T::FiltersNote));
    pair(b, T::AspectPaging, PAGING, Some(T::PagingNote));
    pair(b, T::AspectUpdate, UPDATE, None);
    b.end_table();
    b.leaf_t("h3", T::FieldsHeading);
    b.table(&[T::ColXdr, T::ColGraphApi], "");
    for (x, g) in FIELD_RENAMES {
        code_row(b, &[x, g]);
    }
    b.end_table();
    b.leaf_t("h3", T::EnumsHeading);
    b.leaf_t("p", T::EnumsNote);
    b.table(&[T::ColEnum, T::ColXdr, T::ColGraphApi], "migration-enums");
    for (e, x, g) in ENUM_CHANGES {
        code_row(b, &[e, x, g]);
    }
    b.end_table();
    b.leaf_t("h3", T::SnippetsHeading);
    b.leaf_t("p", T::SnippetsIntro);
    let copy_label = AttrValue::from(C::Copy.get(b.lang));
    for l in SnippetLang::ALL {
        if let Some(code) = graph_snippet(l, Cloud::Global, "", client_id) {
            let label = copy_label.clone();
            b.node(snippet_block(
                l.code(),
                l.label(),
                code.into(),
                label,
                on_copy,
            ));
        }
    }
    b.close();
}
