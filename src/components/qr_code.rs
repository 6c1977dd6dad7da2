//! A QR code as SVG nodes, drawn from the domain encoder's module matrix (numbers only).

use dpk_domain::qr;
use yew::prelude::*;

/// The light margin around the code, in modules (the QR specification asks for 4).
const QUIET_ZONE: usize = 4;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text to encode.
    pub text: AttrValue,
    /// The accessible name of the image.
    pub label: AttrValue,
    /// Shown instead when the text does not fit in a QR code.
    pub too_long: AttrValue,
}

/// A QR code drawn as Yew `<svg><rect/><path/></svg>` nodes from the domain's module matrix: no
/// HTML string, no image request.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawn = use_memo(props.text.clone(), |text| {
        qr::encode(text.as_bytes()).map(|m| (m.size() + 2 * QUIET_ZONE, m.svg_path(QUIET_ZONE)))
    });
    match &*drawn {
        Some((size, path)) => html! {
            <svg class="qr" data-testid="consent-qr" role="img" aria-label={props.label.clone()}
                viewBox={format!("0 0 {size} {size}")} xmlns="http://www.w3.org/2000/svg"
                shape-rendering="crispEdges">
                <rect width={size.to_string()} height={size.to_string()} fill="#ffffff" />
                <path d={path.clone()} fill="#000000" />
            </svg>
        },
        None => {
            html! { <p class="hint" data-testid="consent-qr-too-long">{ props.too_long.clone() }</p> }
        }
    }
}
