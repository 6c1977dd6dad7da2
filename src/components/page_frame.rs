use yew::prelude::*;

/// The frame of every page: its one `<h1>` and the page's content. A plain view function (no
/// component of its own): the frame has no state, and each component costs bundle size.
pub fn page_frame(heading: impl Into<AttrValue>, children: Html) -> Html {
    html! {
        <section class="page" aria-labelledby="page-heading">
            <h1 id="page-heading" data-testid="page-heading">{ heading.into() }</h1>
            { children }
        </section>
    }
}
