use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageFrameProps {
    pub heading: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// The frame of every page: its one `<h1>` and the page's content.
#[component]
pub fn PageFrame(props: &PageFrameProps) -> Html {
    html! {
        <section class="page" aria-labelledby="page-heading">
            <h1 id="page-heading" data-testid="page-heading">{ props.heading.clone() }</h1>
            { props.children.clone() }
        </section>
    }
}
