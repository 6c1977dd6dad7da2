//! Property tests ("fuzzing") of every parser that takes user input: arbitrary input never
//! panics, and structured input round-trips. Run length comes from `PROPTEST_CASES`.
#![cfg(not(target_arch = "wasm32"))]

use dpk_domain::route::{HashLocation, Route, percent_decode};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    // `ProptestConfig::default()` reads PROPTEST_CASES; keep failure persistence off so that a
    // read-only checkout (CI) does not matter.
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn hash_parser_never_panics(hash in any::<String>()) {
        let loc = HashLocation::parse(&hash);
        if let Route::NotFound(path) = &loc.route {
            prop_assert!(!path.is_empty() || hash.trim_start_matches('#').starts_with('?'));
        }
    }

    #[test]
    fn percent_decode_never_panics_and_is_identity_on_plain_text(s in "[a-zA-Z0-9._~-]{0,64}", junk in any::<String>()) {
        prop_assert_eq!(percent_decode(&s), s);
        let _ = percent_decode(&junk);
    }

    #[test]
    fn params_round_trip_through_percent_encoding(key in "[a-z_]{1,12}", value in any::<String>()) {
        let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
        let loc = HashLocation::parse(&format!("#/consent?{key}={encoded}"));
        prop_assert_eq!(&loc.route, &Route::Consent);
        prop_assert_eq!(loc.param(&key), Some(value.as_str()));
    }
}
