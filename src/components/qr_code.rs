use qrcode::{Color, EcLevel, QrCode as Matrix};
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

/// The SVG path data for a `width`×`width` module matrix (`dark`, row by row), one rectangle per
/// horizontal run of dark modules, offset by the quiet zone. Built from numbers only.
pub fn qr_svg_path(width: usize, dark: &[bool]) -> String {
    let mut d = String::new();
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] {
                let start = x;
                while x < row.len() && row[x] {
                    x += 1;
                }
                let len = x - start;
                d.push_str(&format!(
                    "M{} {}h{len}v1h-{len}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// A QR code drawn as Yew `<svg><path/></svg>` nodes (no HTML string, no image request).
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawn = use_memo(props.text.clone(), |text| {
        Matrix::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .ok()
            .map(|code| {
                let width = code.width();
                let dark: Vec<bool> = code
                    .to_colors()
                    .into_iter()
                    .map(|c| c == Color::Dark)
                    .collect();
                (width + 2 * QUIET_ZONE, qr_svg_path(width, &dark))
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_become_rectangles_offset_by_the_quiet_zone() {
        let dark = [true, true, false, true, false, false, false, true, true];
        assert_eq!(
            qr_svg_path(3, &dark),
            "M4 4h2v1h-2zM4 5h1v1h-1zM5 6h2v1h-2z"
        );
        assert_eq!(qr_svg_path(2, &[false; 4]), "");
    }

    #[test]
    fn a_long_consent_link_still_fits() {
        let url = format!(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fapi.security.microsoft.com%2F.default&redirect_uri={}&state=abcdefghijklmnopqrstuv",
            "https%3A%2F%2Fpartner.example%2F".repeat(6)
        );
        let code = Matrix::with_error_correction_level(url.as_bytes(), EcLevel::M).expect("fits");
        let path = qr_svg_path(
            code.width(),
            &code
                .to_colors()
                .iter()
                .map(|c| *c == Color::Dark)
                .collect::<Vec<_>>(),
        );
        assert!(path.starts_with("M4 4h7v1h-7z"), "finder pattern first");
        assert!(
            path.chars()
                .all(|c| c.is_ascii_digit() || "Mhvz -".contains(c))
        );
    }
}
