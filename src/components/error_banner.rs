use yew::prelude::*;

/// The one renderer of errors: a `role="alert"` box whose text is rendered as text, never HTML.
/// `message` is the sentence, already in the page language; `kind` a machine-readable kind,
/// exposed as `data-error-kind` for tests and styling; `testid` the banner's `data-testid`;
/// `children` what to do next (text, links), rendered under the message. A plain view function,
/// not a component: it has no state, and each component costs bundle size.
pub fn error_banner(
    message: impl Into<AttrValue>,
    kind: impl Into<AttrValue>,
    testid: &'static str,
    children: Html,
) -> Html {
    banner(message.into(), kind.into(), testid, children)
}

fn banner(message: AttrValue, kind: AttrValue, testid: &'static str, children: Html) -> Html {
    html! {
        <div class="error-banner" role="alert" data-testid={testid} data-error-kind={kind}>
            <strong class="error-message">{ message }</strong>
            { children }
        </div>
    }
}
