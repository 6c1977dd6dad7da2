use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One catalog operation, already worded.
#[derive(Clone, PartialEq)]
pub struct CatalogRow {
    pub id: &'static str,
    pub api: AttrValue,
    pub title: AttrValue,
    /// `GET /api/incidents`.
    pub request: AttrValue,
    pub application: AttrValue,
    pub delegated: AttrValue,
    pub user_needs: AttrValue,
    pub limits: AttrValue,
    pub graph: AttrValue,
    /// What Microsoft says about the operation's retirement (its page, or only the Message
    /// center post for its API), for the Defender XDR and Defender for Endpoint APIs.
    pub retires: Option<AttrValue>,
    pub notes: Vec<AttrValue>,
    /// Where the facts come from (documentation page at a commit).
    pub source: AttrValue,
}

/// The column headings and other labels.
#[derive(Clone, PartialEq)]
pub struct CatalogLabels {
    pub heading: AttrValue,
    pub search: AttrValue,
    pub count: AttrValue,
    pub api: AttrValue,
    pub operation: AttrValue,
    pub application: AttrValue,
    pub delegated: AttrValue,
    pub user_needs: AttrValue,
    pub limits: AttrValue,
    pub graph: AttrValue,
    pub choose: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct CatalogTableProps {
    pub labels: Rc<CatalogLabels>,
    /// Whether the disclosure is open (it starts closed, below the inspector's result).
    pub open: bool,
    /// The user opened or closed it.
    pub on_toggle: Callback<bool>,
    pub query: AttrValue,
    pub rows: Rc<Vec<CatalogRow>>,
    /// The new search text on every keystroke.
    pub on_query: Callback<String>,
    /// The operation whose button was pressed.
    pub on_choose: Callback<&'static str>,
}

/// "Which permission do I need?": a searchable table of the permission catalog, in a disclosure
/// that starts closed so that the inspector's result is what the page shows first (the table of
/// 60 operations is about 20 000 px tall). Its rows stay in the document while closed.
/// A plain view function over its props (built with `yew::props!`), not a component: it has no
/// state, and each component costs bundle size.
pub fn catalog_table(props: &CatalogTableProps) -> Html {
    let l = &props.labels;
    let oninput = props
        .on_query
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let ontoggle = props.on_toggle.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::Element>()
            .has_attribute("open")
    });
    html! {
        <details class="catalog" data-testid="catalog-disclosure" open={props.open} {ontoggle}>
            <summary><h2 id="catalog-heading">{ l.heading.clone() }</h2>{ " " }<span class="hint">{ l.count.clone() }</span></summary>
            <label class="field">
                <span>{ l.search.clone() }</span>
                <input type="search" data-testid="catalog-search" value={props.query.clone()} {oninput}
                       autocomplete="off" spellcheck="false" />
            </label>
            <p data-testid="catalog-count">{ l.count.clone() }</p>
            <div class="table-scroll">
                <table data-testid="catalog-table">
                    <thead>
                        <tr>
                            <th scope="col">{ l.api.clone() }</th>
                            <th scope="col">{ l.operation.clone() }</th>
                            <th scope="col">{ l.application.clone() }</th>
                            <th scope="col">{ l.delegated.clone() }</th>
                            <th scope="col">{ l.user_needs.clone() }</th>
                            <th scope="col">{ l.limits.clone() }</th>
                            <th scope="col">{ l.graph.clone() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().map(|row| {
                            let id = row.id;
                            let onclick = props.on_choose.reform(move |_: MouseEvent| id);
                            html! {
                                <tr key={id} data-testid="catalog-row" data-operation={id}>
                                    <td>
                                        { row.api.clone() }
                                        if let Some(r) = &row.retires { <span class="status warn">{ r.clone() }</span> }
                                    </td>
                                    <td>
                                        <strong>{ row.title.clone() }</strong>
                                        <br /><code>{ row.request.clone() }</code>
                                        <br /><code class="op-id">{ id }</code>
                                        { for row.notes.iter().map(|n| html! { <p class="note">{ n.clone() }</p> }) }
                                        <p class="note source">{ row.source.clone() }</p>
                                        <button type="button" class="link" {onclick}>{ l.choose.clone() }</button>
                                    </td>
                                    <td>{ row.application.clone() }</td>
                                    <td>{ row.delegated.clone() }</td>
                                    <td>{ row.user_needs.clone() }</td>
                                    <td>{ row.limits.clone() }</td>
                                    <td>{ row.graph.clone() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
