use dpk_domain::i18n::{Lang, Text, TokenUi, fill};
use dpk_domain::jwt::InspectorAction;
use dpk_domain::sentences::CatalogRow;
use yew::prelude::*;

use super::form::input_field;
use super::text_el;

/// What the catalog table shows and where its events go.
pub struct CatalogTable<'a> {
    pub lang: Lang,
    /// The operations matching the search, worded.
    pub rows: &'a [CatalogRow],
    pub query: &'a str,
    /// Whether the disclosure is open (it starts closed, below the inspector's result).
    pub open: bool,
    /// The new search text on every keystroke.
    pub on_query: Callback<String>,
    /// The inspector's dispatcher: opening or closing the disclosure is
    /// [`InspectorAction::Catalog`], a row's button [`InspectorAction::Choose`] (straight to the
    /// reducer, without a callback type of their own).
    pub act: &'a Callback<InspectorAction>,
}

/// "Which permission do I need?": a searchable table of the permission catalog, in a disclosure
/// that starts closed so that the inspector's result is what the page shows first (the table of
/// 60 operations is about 20 000 px tall). Its rows stay in the document while closed.
/// A plain view function, not a component: it has no state, and each component costs bundle
/// size.
pub fn catalog_table(c: CatalogTable<'_>) -> Html {
    let lang = c.lang;
    let t = |k: TokenUi| k.get(lang);
    let count = AttrValue::from(fill(
        t(TokenUi::CatalogCount),
        &[("count", &c.rows.len().to_string())],
    ));
    let ontoggle = c.act.reform(|e: Event| {
        InspectorAction::Catalog(
            e.target_unchecked_into::<web_sys::Element>()
                .has_attribute("open"),
        )
    });
    html! {
        <details class="catalog" data-testid="catalog-disclosure" open={c.open} {ontoggle}>
            <summary><h2 id="catalog-heading">{ t(TokenUi::CatalogHeading) }</h2>{ " " }{ text_el("span", "hint", count.clone()) }</summary>
            { input_field(
                t(TokenUi::CatalogSearchLabel).into(),
                "catalog-search",
                "search",
                c.query.to_owned().into(),
                AttrValue::default(),
                false,
                &c.on_query,
            ) }
            <p data-testid="catalog-count">{ count }</p>
            <div class="table-scroll">
                <table data-testid="catalog-table">
                    <thead>
                        <tr>
                            { for [TokenUi::ColApi, TokenUi::ColOperation, TokenUi::ColApplication, TokenUi::ColDelegated,
                                   TokenUi::ColUserNeeds, TokenUi::ColLimits, TokenUi::ColGraph]
                                .map(|k| html! { <th scope="col">{ t(k) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for c.rows.iter().map(|row| catalog_row(row, t(TokenUi::UseOperation), c.act)) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

fn catalog_row(row: &CatalogRow, choose: &'static str, act: &Callback<InspectorAction>) -> Html {
    let op = row.operation;
    let onclick = act.reform(move |_: MouseEvent| InspectorAction::Choose(op));
    html! {
        <tr key={op.id} data-testid="catalog-row" data-operation={op.id}>
            <td>
                { row.api }
                { for row.retires.map(|r| text_el("span", "status warn", r.into())) }
            </td>
            <td>
                { text_el("strong", "", row.title.into()) }
                <br />{ text_el("code", "", row.request.clone().into()) }
                <br />{ text_el("code", "op-id", op.id.into()) }
                { for row.notes.iter().map(|n| text_el("p", "note", (*n).into())) }
                { text_el("p", "note source", row.source.clone().into()) }
                <button type="button" class="link" {onclick}>{ choose }</button>
            </td>
            { for [&row.application, &row.delegated, &row.user_needs, &row.limits, &row.graph]
                .map(|cell| text_el("td", "", cell.clone().into())) }
        </tr>
    }
}
