//! The hand-written QR encoder against the `qrcode` crate: for inputs of every version from 1 to
//! 40, the matrix for the version and mask the crate picks is identical, bit for bit; and the
//! version chosen is the smallest that holds the bytes at level M.

use dpk_domain::qr::{QrMatrix, encode, encode_with, max_bytes};
use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

fn reference(data: &[u8], version: u8) -> QrCode {
    let mut bits = Bits::new(Version::Normal(i16::from(version)));
    bits.push_byte_data(data).expect("fits");
    bits.push_terminator(EcLevel::M).expect("terminator");
    QrCode::with_bits(bits, EcLevel::M).expect("reference code")
}

fn same(ours: &QrMatrix, theirs: &QrCode) -> bool {
    let colors = theirs.to_colors();
    ours.size() == theirs.width()
        && (0..ours.size()).all(|y| {
            (0..ours.size())
                .all(|x| ours.is_dark(x, y) == (colors[y * ours.size() + x] == Color::Dark))
        })
}

fn input(len: usize) -> Vec<u8> {
    let base = b"https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb&state=";
    (0..len)
        .map(|i| {
            if i < base.len() {
                base[i]
            } else {
                b"AZaz09-_~%"[i % 10]
            }
        })
        .collect()
}

#[test]
fn every_version_matches_the_reference_bit_for_bit() {
    for version in 1..=40u8 {
        // The fullest code of each version, and one byte more, which needs the next version.
        let data = input(max_bytes(version));
        let ours = encode(&data).expect("fits");
        assert_eq!(ours.version(), version);
        let theirs = reference(&data, version);
        assert!(
            (0..8).any(|mask| same(&encode_with(&data, version, mask).expect("fits"), &theirs)),
            "version {version}"
        );
        let more = input(max_bytes(version) + 1);
        assert!(
            encode_with(&more, version, 0).is_none(),
            "version {version}"
        );
    }
    assert!(encode(&input(max_bytes(40) + 1)).is_none());
}

#[test]
fn the_chosen_mask_is_the_references_choice_for_consent_links() {
    for state in ["abc", "hAe4_ri258rUJWkGB2qexQ", "-_v7-_v7-_v7-_v7-_v7-w"] {
        let url = format!(
            "https://login.microsoftonline.com/common/oauth2/authorize?prompt=consent&client_id=8ee8fdad-f234-4243-8f3b-15c294843740&response_type=code&sso_reload=true&state={state}"
        );
        let ours = encode(url.as_bytes()).expect("fits");
        assert!(
            same(&ours, &reference(url.as_bytes(), ours.version())),
            "{state}"
        );
    }
}

/// Decodes our codes with an independent reader. Opt-in: needs `zbarimg` (Debian `zbar-tools`),
/// which the project's set-up does not install; run with `cargo test -p dpk-domain --test qr --
/// --ignored`.
#[test]
#[ignore = "needs zbarimg (Debian zbar-tools)"]
fn zbar_reads_back_what_we_encode() {
    let dir = std::env::temp_dir().join("dpk-qr-zbar");
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (i, len) in [10usize, 150, 300, 600, 1200, 2331].into_iter().enumerate() {
        let data = input(len);
        let m = encode(&data).expect("fits");
        let (scale, quiet) = (4, 4);
        let side = (m.size() + 2 * quiet) * scale;
        let mut pbm = format!("P1\n{side} {side}\n");
        for py in 0..side {
            for px in 0..side {
                let (x, y) = (
                    (px / scale).wrapping_sub(quiet),
                    (py / scale).wrapping_sub(quiet),
                );
                pbm.push(if m.is_dark(x, y) { '1' } else { '0' });
            }
            pbm.push('\n');
        }
        let path = dir.join(format!("code{i}.pbm"));
        std::fs::write(&path, pbm).expect("write pbm");
        let out = std::process::Command::new("zbarimg")
            .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
            .arg(&path)
            .output()
            .expect("zbarimg runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            text.trim_end_matches('\n').as_bytes(),
            data.as_slice(),
            "len {len}, version {}",
            m.version()
        );
    }
}
