//! A QR code as SVG nodes, drawn from the domain encoder's module matrix (numbers only).

use dpk_domain::qr;
use yew::prelude::*;

/// The light margin around the code, in modules (the QR specification asks for 4).
const QUIET_ZONE: usize = 4;

/// A drawn QR code: its side in modules (quiet zone included) and its SVG path.
pub type QrDrawing = Option<(usize, String)>;

/// Draws `text` (`None` when it does not fit in a QR code). The page keeps the drawing in its
/// state and redraws only when the text changes.
pub fn draw_qr(text: &str) -> QrDrawing {
    qr::encode(text.as_bytes()).map(|m| (m.size() + 2 * QUIET_ZONE, m.svg_path(QUIET_ZONE)))
}

/// A QR code drawn as Yew `<svg><rect/><path/></svg>` nodes: no HTML string, no image request.
/// `label` is the accessible name; `too_long` is shown instead when nothing was drawn. A view
/// function, not a component: a component costs bundle size, and the drawing is the page's.
pub fn qr_code(drawing: &QrDrawing, label: &'static str, too_long: &'static str) -> Html {
    match drawing {
        Some((size, path)) => {
            let size = size.to_string();
            html! {
                <svg class="qr" data-testid="consent-qr" role="img" aria-label={label}
                    viewBox={["0 0 ", &size, " ", &size].concat()} xmlns="http://www.w3.org/2000/svg"
                    shape-rendering="crispEdges">
                    <rect width={size.clone()} height={size} fill="#ffffff" />
                    <path d={path.clone()} fill="#000000" />
                </svg>
            }
        }
        None => html! { <p class="hint" data-testid="consent-qr-too-long">{ too_long }</p> },
    }
}
