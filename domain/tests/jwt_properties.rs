//! Property tests ("fuzzing") of the token inspector's parsers: whatever is pasted, extracting,
//! decoding, explaining and checking never panics; valid tokens round-trip; the faithful JSON
//! view always parses back to the decoded value. Run length comes from `PROPTEST_CASES`.
#![cfg(not(target_arch = "wasm32"))]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use dpk_domain::catalog;
use dpk_domain::jwt::jwk::plan_verification;
use dpk_domain::jwt::{
    CheckInput, PastedToken, SignatureState, TokenFacts, decode_unverified, extract,
    permission_verdict, run_checks,
};
use proptest::prelude::*;
use serde_json::Value;

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs the whole page pipeline on pasted text, as the page does on every keystroke.
fn pipeline(text: &str, keys: &str) {
    let Some(extracted) = extract(&PastedToken::new(text)) else {
        return;
    };
    let Ok(jwt) = decode_unverified(extracted.token.expose()) else {
        return;
    };
    let facts = TokenFacts::from_decoded(&jwt);
    let _ = plan_verification(&jwt, keys);
    for op in catalog::operations().iter().take(5) {
        let _ = permission_verdict(&facts, op);
    }
    let input = CheckInput {
        now: 1_700_000_000,
        operation: catalog::operation("xdr.incidents.list"),
        expected_tenant: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        signature: SignatureState::Pending,
    };
    assert_eq!(run_checks(&jwt, &facts, &input).len(), 8);
}

/// JSON values without floats: serde_json (without `float_roundtrip`) may parse a float one ULP
/// off, so floats are covered by `float_literals_are_shown_as_written` instead.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".*".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(text in ".*", keys in ".*") {
        pipeline(&text, &keys);
    }

    #[test]
    fn arbitrary_dotted_base64url_never_panics(parts in prop::collection::vec("[A-Za-z0-9_=+/-]{0,40}", 1..7)) {
        pipeline(&parts.join("."), "");
    }

    #[test]
    fn arbitrary_json_segments_never_panic(header in ".*", payload in ".*") {
        let token = format!("{}.{}.", URL_SAFE_NO_PAD.encode(header), URL_SAFE_NO_PAD.encode(payload));
        pipeline(&token, "");
    }

    #[test]
    fn objects_round_trip_and_the_json_view_is_faithful(
        header in prop::collection::btree_map("[a-z]{1,8}", json_value(), 0..6),
        claims in prop::collection::btree_map(".{0,10}", json_value(), 0..8),
    ) {
        let header = Value::Object(header.into_iter().collect());
        let claims = Value::Object(claims.into_iter().collect());
        let token = format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string()),
            URL_SAFE_NO_PAD.encode("sig"),
        );
        let jwt = decode_unverified(&token).expect("valid objects decode");
        prop_assert_eq!(&Value::Object(jwt.header.clone()), &header);
        prop_assert_eq!(&Value::Object(jwt.payload.clone()), &claims);
        let shown: Value = serde_json::from_str(&jwt.payload_json).expect("the view is JSON");
        prop_assert_eq!(&shown, &claims);
        let wrapped = format!("Bearer {}\n", token);
        let extracted = extract(&PastedToken::new(wrapped)).expect("a token");
        prop_assert_eq!(extracted.token.expose(), token.as_str());
    }

    #[test]
    fn float_literals_are_shown_as_written(f in any::<f64>().prop_filter("finite", |f| f.is_finite())) {
        let literal = serde_json::to_string(&f).expect("finite");
        let token = format!(
            "{}.{}.",
            URL_SAFE_NO_PAD.encode("{}"),
            URL_SAFE_NO_PAD.encode(format!("{{\"x\":{literal}}}")),
        );
        let jwt = decode_unverified(&token).expect("decodes");
        prop_assert_eq!(jwt.payload_json, format!("{{\n  \"x\": {literal}\n}}"));
    }
}
