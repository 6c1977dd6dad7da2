use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::*;

fn b64(s: &str) -> String {
    URL_SAFE_NO_PAD.encode(s.as_bytes())
}

fn token(header: &str, payload: &str) -> String {
    format!("{}.{}.c2ln", b64(header), b64(payload))
}

fn error_of(t: &str) -> DecodeError {
    decode_unverified(t).expect_err("should fail").error
}

#[test]
fn decodes_header_payload_and_signature() {
    let t = token(
        r#"{"typ":"JWT","alg":"RS256"}"#,
        r#"{"aud":"x","exp":1700000000}"#,
    );
    let d = decode_unverified(&t).expect("decodes");
    assert_eq!(d.header["alg"], "RS256");
    assert_eq!(d.payload["exp"], 1_700_000_000);
    assert_eq!(d.signature, b"sig");
    assert_eq!(
        d.header_json,
        "{\n  \"typ\": \"JWT\",\n  \"alg\": \"RS256\"\n}"
    );
    assert!(d.warnings.is_empty());
    assert_eq!(d.signing_input, t.rsplit_once('.').expect("dot").0);
}

#[test]
fn japanese_claims_decode_exactly() {
    let t = token(
        r#"{"alg":"none"}"#,
        r#"{"name":"山田 太郎","given_name":"太郎","x":"\u5c71"}"#,
    );
    let d = decode_unverified(&t).expect("decodes");
    assert_eq!(d.payload["name"], "山田 太郎");
    assert_eq!(d.payload["x"], "山");
    assert!(d.payload_json.contains("山田 太郎"));
}

#[test]
fn segment_counts_and_encrypted_tokens() {
    assert_eq!(error_of("abc"), DecodeError::Segments { count: 1 });
    assert_eq!(error_of("a.b"), DecodeError::Segments { count: 2 });
    assert_eq!(error_of("a.b.c.d"), DecodeError::Segments { count: 4 });
    let jwe = format!("{}.a.b.c.d", b64(r#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#));
    assert_eq!(
        error_of(&jwe),
        DecodeError::Encrypted {
            alg: Some("RSA-OAEP".into()),
            enc: Some("A256GCM".into())
        }
    );
    assert_eq!(
        error_of("...."),
        DecodeError::Encrypted {
            alg: None,
            enc: None
        }
    );
    assert_eq!(error_of("....").kind_code(), "encrypted");
}

#[test]
fn base64_errors_name_the_segment_and_the_position() {
    let good = b64(r#"{"alg":"none"}"#);
    assert_eq!(
        error_of(&format!("{good}.ab*cd.")),
        DecodeError::Base64 {
            segment: Segment::Payload,
            problem: Base64Problem::InvalidCharacter {
                character: '*',
                position: 3
            }
        }
    );
    assert_eq!(
        error_of(&format!("{good}.++++.")),
        DecodeError::Base64 {
            segment: Segment::Payload,
            problem: Base64Problem::StandardAlphabet {
                character: '+',
                position: 1
            }
        }
    );
    assert_eq!(
        error_of(&format!("a=bc.{}.", b64("{}"))),
        DecodeError::Base64 {
            segment: Segment::Header,
            problem: Base64Problem::MisplacedPadding { position: 2 }
        }
    );
    // "e30" is "{}"; "e31" sets bits that encode nothing.
    assert_eq!(
        error_of(&format!("{good}.e31.")),
        DecodeError::Base64 {
            segment: Segment::Payload,
            problem: Base64Problem::TrailingBits {
                character: '1',
                position: 3
            }
        }
    );
    assert_eq!(error_of(&format!("{good}.ア.")).kind_code(), "base64");
}

#[test]
fn trailing_padding_is_decoded_with_a_warning() {
    let padded = base64::engine::general_purpose::URL_SAFE.encode(r#"{"alg":"none","t":123}"#);
    assert!(padded.ends_with("=="), "{padded}");
    let t = format!("{padded}.eyJzdWIiOiJ4In0=.");
    let d = decode_unverified(&t).expect("decodes");
    assert_eq!(d.header["t"], 123);
    assert_eq!(d.payload["sub"], "x");
    let codes: Vec<_> = d.warnings.iter().map(DecodeWarning::code).collect();
    assert!(codes.contains(&"padding"), "{codes:?}");
    assert_eq!(
        error_of("eyJ===.e30."),
        DecodeError::Base64 {
            segment: Segment::Header,
            problem: Base64Problem::MisplacedPadding { position: 4 }
        }
    );
}

#[test]
fn utf8_json_and_object_errors() {
    let latin1 = URL_SAFE_NO_PAD.encode(b"{\"name\":\"Jos\xe9\"}");
    assert_eq!(
        error_of(&format!("{}.{latin1}.", b64("{}"))),
        DecodeError::Utf8 {
            segment: Segment::Payload,
            offset: 12
        }
    );
    assert_eq!(
        error_of(&format!("{}.{}.", b64("{}"), b64("{\"a\":"))),
        DecodeError::Json {
            segment: Segment::Payload,
            problem: JsonProblem::Eof,
            line: 1,
            column: 5
        }
    );
    assert!(matches!(
        error_of(&format!("{}.{}.", b64("{}"), b64("{} x"))),
        DecodeError::Json {
            problem: JsonProblem::TrailingCharacters,
            ..
        }
    ));
    assert!(matches!(
        error_of(&format!("{}.{}.", b64("{'a':1}"), b64("{}"))),
        DecodeError::Json {
            segment: Segment::Header,
            problem: JsonProblem::Syntax,
            ..
        }
    ));
    assert_eq!(
        error_of(&format!("{}.{}.", b64("{}"), b64("[1]"))),
        DecodeError::NotObject {
            segment: Segment::Payload,
            found: JsonType::Array
        }
    );
    assert_eq!(
        error_of(&format!("{}.{}.", b64("\"x\""), b64("{}"))),
        DecodeError::NotObject {
            segment: Segment::Header,
            found: JsonType::String
        }
    );
    assert_eq!(
        error_of(&format!("{}..sig", b64("{}"))),
        DecodeError::EmptySegment {
            segment: Segment::Payload
        }
    );
    assert_eq!(error_of(&format!("{}..sig", b64("{}"))).kind_code(), "json");
}

#[test]
fn partial_results_survive_a_later_error() {
    let f = decode_unverified(&format!("{}.{}.", b64("[1]"), b64(r#"{"sub":"x"}"#)))
        .expect_err("header is not an object");
    assert_eq!(f.error.segment(), Some(Segment::Header));
    assert!(f.header_json.is_none());
    assert_eq!(f.payload_json.as_deref(), Some("{\n  \"sub\": \"x\"\n}"));
}

#[test]
fn deep_nesting_is_refused_quickly_and_cleanly() {
    let deep = format!("{{\"a\":{}{}}}", "[".repeat(200_000), "]".repeat(200_000));
    let t = format!("{}.{}.", b64("{}"), b64(&deep));
    assert_eq!(
        error_of(&t),
        DecodeError::TooDeep {
            segment: Segment::Payload
        }
    );
    // Exactly at the limit still decodes.
    let ok = format!(
        "{}1{}",
        "[".repeat(MAX_DEPTH - 1),
        "]".repeat(MAX_DEPTH - 1)
    );
    let t = format!("{}.{}.", b64("{}"), b64(&format!("{{\"a\":{ok}}}")));
    assert!(decode_unverified(&t).is_ok());
    let over = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    let t = format!("{}.{}.", b64("{}"), b64(&format!("{{\"a\":{over}}}")));
    assert_eq!(
        error_of(&t),
        DecodeError::TooDeep {
            segment: Segment::Payload
        }
    );
}

#[test]
fn huge_numbers_are_shown_as_written_and_flagged() {
    let payload = r#"{"exp":123456789012345678901234567890,"iat":1700000000,"f":0.1234567890123456789,"neg":-9223372036854775808}"#;
    let d = decode_unverified(&format!("{}.{}.", b64("{}"), b64(payload))).expect("decodes");
    assert!(d.payload_json.contains("123456789012345678901234567890"));
    let flagged: Vec<_> = d
        .warnings
        .iter()
        .filter_map(|w| match w {
            DecodeWarning::BigNumber { literal, .. } => Some(literal.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        flagged,
        ["123456789012345678901234567890", "0.1234567890123456789"]
    );
    assert!(d.payload["exp"].is_f64());
    let overflow = format!("{}.{}.", b64("{}"), b64(r#"{"exp":1e400}"#));
    assert!(matches!(
        error_of(&overflow),
        DecodeError::Json {
            problem: JsonProblem::NumberOutOfRange,
            ..
        }
    ));
    // Beyond f64's range: a clean error, not a hang.
    let long = format!("{{\"n\":{}}}", "9".repeat(100_000));
    assert!(matches!(
        error_of(&format!("{}.{}.", b64("{}"), b64(&long))),
        DecodeError::Json {
            problem: JsonProblem::NumberOutOfRange,
            ..
        }
    ));
    let wide = format!("{{\"n\":{}}}", "9".repeat(300));
    let d = decode_unverified(&format!("{}.{}.", b64("{}"), b64(&wide))).expect("decodes");
    match &d.warnings[..] {
        [DecodeWarning::BigNumber { literal, .. }] => assert_eq!(literal.chars().count(), 41),
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_members_are_flagged() {
    let d = decode_unverified(&format!(
        "{}.{}.",
        b64("{}"),
        b64(r#"{"aud":"a","x":{"aud":1},"aud":"b"}"#)
    ))
    .expect("decodes");
    assert_eq!(d.payload["aud"], "b");
    assert_eq!(
        d.warnings,
        [DecodeWarning::DuplicateKey {
            segment: Segment::Payload,
            key: "aud".into()
        }]
    );
}

#[test]
fn a_damaged_signature_keeps_header_and_payload() {
    // A cut signature: header and payload still decode, the problem is kept for the signature
    // check and listed as a warning.
    let t = format!(
        "{}.{}.abcde",
        b64(r#"{"alg":"RS256"}"#),
        b64(r#"{"aud":"x"}"#)
    );
    let d = decode_unverified(&t).expect("header and payload decode");
    assert_eq!(d.payload["aud"], "x");
    assert!(d.signature.is_empty());
    assert_eq!(
        d.signature_problem,
        Some(Base64Problem::Length { length: 5 })
    );
    assert_eq!(
        d.warnings,
        [DecodeWarning::Signature {
            problem: Base64Problem::Length { length: 5 }
        }]
    );
    assert_eq!(d.warnings[0].code(), "signature");
    // A damaged header still fails the whole token, even with a damaged signature as well.
    let t = format!("a=bc.{}.abcde", b64("{}"));
    assert_eq!(error_of(&t).segment(), Some(Segment::Header));
}

/// The v1.0 and v2.0 sample access tokens of Microsoft's documentation ("Microsoft identity
/// platform access tokens", learn.microsoft.com/azure/active-directory/develop/access-tokens, the
/// "Sample tokens" section; MicrosoftDocs/azure-docs articles/active-directory/develop/
/// access-tokens.md, 2020) end in a cut signature of 19 characters whose last one sets stray bits.
#[test]
fn microsofts_sample_tokens_decode_with_a_signature_problem() {
    for (file, last) in [("v1", 'd'), ("v2", 't')] {
        let path = format!(
            "{}/../tests/fixtures/jwt-conformance/ms_tokens/entra-docs-sample-{file}.jwt",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("fixture");
        let d = decode_unverified(text.trim()).expect("header and payload decode");
        assert_eq!(d.payload["ver"], if file == "v1" { "1.0" } else { "2.0" });
        assert_eq!(
            d.signature_problem,
            Some(Base64Problem::TrailingBits {
                character: last,
                position: 19
            }),
            "{file}"
        );
    }
}
