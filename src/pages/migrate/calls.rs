//! The calls side by side, the field and enum changes, and the Graph listing in code.

use dpk_domain::cloud::Cloud;
use dpk_domain::i18n::{ConsentText as C, Lang, MigrateText as T, Text};
use dpk_domain::migrate::calls::graph_snippet;
use dpk_domain::migrate::calls::{CallPair, ENUM_CHANGES, FIELD_RENAMES, LIST, PAGING, UPDATE};
use dpk_domain::snippet::SnippetLang;
use yew::prelude::*;

use super::dom::{cell, el, tx};
use crate::components::snippet_block;

fn code(text: &'static str) -> Html {
    el(
        "td",
        &[],
        &[],
        vec![el(
            "pre",
            &["class", "tabindex"],
            &["mono", "0"],
            vec![tx(text)],
        )],
    )
}

fn pair(lang: Lang, aspect: T, p: CallPair, note: Option<T>) -> Html {
    let mut head = vec![tx(aspect.get(lang))];
    if let Some(n) = note {
        head.push(el("br", &[], &[], vec![]));
        head.push(el("span", &["class"], &["hint"], vec![tx(n.get(lang))]));
    }
    el(
        "tr",
        &["data-testid"],
        &["migration-call"],
        vec![
            el("th", &["scope"], &["row"], head),
            code(p.xdr),
            code(p.graph),
        ],
    )
}

/// A row of code cells.
fn code_row(cells: &[&'static str]) -> Html {
    let mut tds = Vec::new();
    for c in cells {
        tds.push(el("td", &[], &[], vec![cell("code", *c)]));
    }
    el("tr", &[], &[], tds)
}

/// The calls section.
pub(super) fn view(lang: Lang, client_id: &str, on_copy: &Callback<AttrValue>) -> Html {
    let copy_label = AttrValue::from(C::Copy.get(lang));
    let calls = vec![
        pair(lang, T::AspectList, LIST, Some(T::FiltersNote)),
        pair(lang, T::AspectPaging, PAGING, Some(T::PagingNote)),
        pair(lang, T::AspectUpdate, UPDATE, None),
    ];
    let mut fields = Vec::new();
    for (x, g) in FIELD_RENAMES {
        fields.push(code_row(&[x, g]));
    }
    let mut enums = Vec::new();
    for (e, x, g) in ENUM_CHANGES {
        enums.push(code_row(&[e, x, g]));
    }
    let mut body = vec![
        cell("h2", T::CallsHeading.get(lang)),
        cell("p", T::CallsIntro.get(lang)),
        super::table(lang, &[T::ColAspect, T::ColXdr, T::ColGraphApi], calls, ""),
        cell("h3", T::FieldsHeading.get(lang)),
        super::table(lang, &[T::ColXdr, T::ColGraphApi], fields, ""),
        cell("h3", T::EnumsHeading.get(lang)),
        cell("p", T::EnumsNote.get(lang)),
        super::table(
            lang,
            &[T::ColEnum, T::ColXdr, T::ColGraphApi],
            enums,
            "migration-enums",
        ),
        cell("h3", T::SnippetsHeading.get(lang)),
        cell("p", T::SnippetsIntro.get(lang)),
    ];
    for l in SnippetLang::ALL {
        if let Some(code) = graph_snippet(l, Cloud::Global, "", client_id) {
            let label = copy_label.clone();
            body.push(snippet_block(
                l.code(),
                l.label(),
                code.into(),
                label,
                on_copy,
            ));
        }
    }
    el("section", &["data-testid"], &["migration-calls"], body)
}
