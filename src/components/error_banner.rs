use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    /// The sentence to show, already in the page language.
    pub message: AttrValue,
    /// A machine-readable kind, exposed as `data-error-kind` for tests and styling.
    #[prop_or_default]
    pub kind: AttrValue,
    /// The `data-testid` of the banner.
    #[prop_or(AttrValue::Static("error"))]
    pub testid: AttrValue,
    /// What to do next (text, links), rendered under the message.
    #[prop_or_default]
    pub children: Html,
}

/// The one renderer of errors: a `role="alert"` box whose text is rendered as text, never HTML.
#[component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    html! {
        <div class="error-banner" role="alert" data-testid={props.testid.clone()} data-error-kind={props.kind.clone()}>
            <strong class="error-message">{ props.message.clone() }</strong>
            { props.children.clone() }
        </div>
    }
}
