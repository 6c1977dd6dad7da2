//! The calls side by side, the field and enum changes, and the Graph listing in code.

use dpk_domain::cloud::Cloud;
use dpk_domain::i18n::{Lang, MigrateText as T, Text};
use dpk_domain::migrate::calls::{
    CallPair, FIELD_RENAMES, enum_changes, graph_snippet, list_pair, paging_pair, update_pair,
};
use dpk_domain::snippet::SnippetLang;
use yew::prelude::*;

use crate::components::SnippetBlock;

fn pair(lang: Lang, aspect: T, p: CallPair, note: Option<T>) -> Html {
    html! {
        <tr data-testid="migration-call">
            <th scope="row">{ aspect.get(lang) }
                if let Some(n) = note { <br /><span class="hint">{ n.get(lang) }</span> }
            </th>
            <td><pre class="mono">{ p.xdr }</pre></td>
            <td><pre class="mono">{ p.graph }</pre></td>
        </tr>
    }
}

/// The calls section.
pub(super) fn view(lang: Lang, client_id: &str, on_copy: &Callback<AttrValue>) -> Html {
    let copy_label = AttrValue::from(T::Copy.get(lang));
    let snippets = SnippetLang::ALL.iter().filter_map(|l| {
        let code = graph_snippet(*l, Cloud::Global, "", client_id)?;
        Some(html! {
            <SnippetBlock lang_code={l.code()} title={l.label()} {code}
                copy_label={copy_label.clone()} on_copy={on_copy.clone()} />
        })
    });
    html! {
        <section data-testid="migration-calls">
            <h2>{ T::CallsHeading.get(lang) }</h2>
            <p>{ T::CallsIntro.get(lang) }</p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{ T::ColAspect.get(lang) }</th>
                        <th scope="col">{ T::ColXdr.get(lang) }</th>
                        <th scope="col">{ T::ColGraphApi.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { pair(lang, T::AspectList, list_pair(), Some(T::FiltersNote)) }
                        { pair(lang, T::AspectPaging, paging_pair(), Some(T::PagingNote)) }
                        { pair(lang, T::AspectUpdate, update_pair(), None) }
                    </tbody>
                </table>
            </div>
            <h3>{ T::FieldsHeading.get(lang) }</h3>
            <table>
                <thead><tr><th scope="col">{ T::ColXdr.get(lang) }</th><th scope="col">{ T::ColGraphApi.get(lang) }</th></tr></thead>
                <tbody>{ for FIELD_RENAMES.iter().map(|(x, g)| html! {
                    <tr><td><code>{ *x }</code></td><td><code>{ *g }</code></td></tr>
                }) }</tbody>
            </table>
            <h3>{ T::EnumsHeading.get(lang) }</h3>
            <p>{ T::EnumsNote.get(lang) }</p>
            <table data-testid="migration-enums">
                <thead><tr>
                    <th scope="col">{ T::ColEnum.get(lang) }</th>
                    <th scope="col">{ T::ColXdr.get(lang) }</th>
                    <th scope="col">{ T::ColGraphApi.get(lang) }</th>
                </tr></thead>
                <tbody>{ for enum_changes().into_iter().map(|(e, x, g)| html! {
                    <tr><td>{ e }</td><td><code>{ x }</code></td><td><code>{ g }</code></td></tr>
                }) }</tbody>
            </table>
            <h3>{ T::SnippetsHeading.get(lang) }</h3>
            <p>{ T::SnippetsIntro.get(lang) }</p>
            { for snippets }
        </section>
    }
}
