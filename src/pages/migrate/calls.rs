//! The calls side by side, the field and enum changes, and the Graph listing in code.

use dpk_domain::cloud::Cloud;
use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use dpk_domain::migrate::calls::{
    CallPair, FIELD_RENAMES, enum_changes, graph_snippet, list_pair, paging_pair, update_pair,
};
use dpk_domain::snippet::SnippetLang;
use yew::prelude::*;

use super::dom::{cell, el, tx};
use crate::components::snippet_block;

fn pair(lang: Lang, aspect: T, p: CallPair, note: Option<T>) -> Html {
    let mut head = vec![tx(aspect.get(lang))];
    if let Some(n) = note {
        head.push(el("br", &[], vec![]));
        head.push(el("span", &[("class", "hint")], vec![tx(n.get(lang))]));
    }
    let code = |text: String| {
        el(
            "td",
            &[],
            vec![el(
                "pre",
                &[("class", "mono"), ("tabindex", "0")],
                vec![tx(text)],
            )],
        )
    };
    el(
        "tr",
        &[("data-testid", "migration-call")],
        vec![
            el("th", &[("scope", "row")], head),
            code(p.xdr),
            code(p.graph),
        ],
    )
}

/// A row of code cells.
fn code_row(cells: &[&str]) -> Html {
    let cells = cells
        .iter()
        .map(|c| el("td", &[], vec![cell("code", c.to_string())]))
        .collect();
    el("tr", &[], cells)
}

/// The calls section.
pub(super) fn view(lang: Lang, client_id: &str, on_copy: &Callback<AttrValue>) -> Html {
    let copy_label = AttrValue::from(T::Copy.get(lang));
    let calls = vec![
        pair(lang, T::AspectList, list_pair(), Some(T::FiltersNote)),
        pair(lang, T::AspectPaging, paging_pair(), Some(T::PagingNote)),
        pair(lang, T::AspectUpdate, update_pair(), None),
    ];
    let fields = FIELD_RENAMES
        .iter()
        .map(|(x, g)| code_row(&[x, g]))
        .collect();
    let enums = enum_changes()
        .iter()
        .map(|(e, x, g)| code_row(&[e, x, g]))
        .collect();
    let snippets = SnippetLang::ALL.iter().filter_map(|l| {
        let code = graph_snippet(*l, Cloud::Global, "", client_id)?;
        Some(snippet_block(l.code(), l.label(), code.into(), copy_label.clone(), on_copy))
    });
    let body = vec![
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
    html! {
        <section data-testid="migration-calls">
            { for body }
            { for snippets }
        </section>
    }
}
