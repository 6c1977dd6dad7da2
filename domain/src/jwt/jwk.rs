//! Prepares an RS256 signature check for the browser's WebCrypto: picks the candidate keys from a
//! pasted JWKS (or single JWK) and hands over the signed bytes and the signature. Nothing here
//! fetches keys — and the page never fetches them either, least of all from a URL found inside the
//! token (`jku`, `x5u`, `iss`).
//!
//! Microsoft Graph access tokens carry a `nonce` in their header and are signed over a transformed
//! nonce: they are not verifiable outside Graph by design, which is reported as such, not as an
//! invalid signature.

use serde_json::Value;

use super::decode::{Base64Problem, DecodedJwt};

/// Why no signature check is attempted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureBlock {
    /// The signature segment is not valid base64url (cut off, or with stray bits): the token
    /// cannot be verified with any key.
    Damaged(Base64Problem),
    /// No keys were pasted.
    NoKeys,
    /// The pasted keys are not JSON.
    KeysNotJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
    /// The pasted JSON holds no JWK.
    NoKeysInJson,
    /// The header carries a `nonce` (Microsoft Graph): not verifiable outside Graph, by design.
    NotVerifiableByDesign,
    /// `alg` is `none` or the signature is empty.
    Unsigned,
    /// An algorithm other than RS256 (or none at all).
    UnsupportedAlg(String),
    /// No RSA signing key has the header's `kid`.
    NoMatchingKey {
        /// The header's `kid`.
        kid: String,
    },
    /// The pasted keys hold no usable RSA signing key.
    NoRsaKey,
}

/// An RSA public key in the form WebCrypto imports (`{"kty":"RSA","n":…,"e":…}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RsaKey {
    /// The key's `kid`, if any.
    pub kid: Option<String>,
    /// The modulus, base64url without padding.
    pub n: String,
    /// The exponent, base64url without padding.
    pub e: String,
    /// Whether `n` or `e` had to be converted from standard base64 (some tools write them so).
    pub normalised: bool,
}

/// An RS256 check ready for WebCrypto: try each key until one verifies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RsaJob {
    /// Candidate keys, best match first.
    pub keys: Vec<RsaKey>,
    /// The signed bytes (`header.payload` as in the token).
    pub signing_input: String,
    /// The signature bytes.
    pub signature: Vec<u8>,
}

/// Whether a signature check can run, and with what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyPlan {
    /// It cannot, for this reason.
    Blocked(SignatureBlock),
    /// It can.
    Ready(RsaJob),
}

/// Decides whether `jwt`'s signature can be checked against the keys pasted as `keys_text`.
pub fn plan_verification(jwt: &DecodedJwt, keys_text: &str) -> VerifyPlan {
    use SignatureBlock as B;
    let blocked = VerifyPlan::Blocked;
    if let Some(problem) = &jwt.signature_problem {
        return blocked(B::Damaged(problem.clone()));
    }
    if jwt.header.contains_key("nonce") {
        return blocked(B::NotVerifiableByDesign);
    }
    let alg = jwt.header.get("alg").and_then(Value::as_str).unwrap_or("");
    if alg == "none" || jwt.signature.is_empty() {
        return blocked(B::Unsigned);
    }
    if alg != "RS256" {
        return blocked(B::UnsupportedAlg(alg.to_owned()));
    }
    if keys_text.trim().is_empty() {
        return blocked(B::NoKeys);
    }
    let keys = match parse_rsa_keys(keys_text) {
        Ok(keys) => keys,
        Err(block) => return blocked(block),
    };
    let kid = jwt.header.get("kid").and_then(Value::as_str);
    let keys: Vec<RsaKey> = match kid {
        Some(kid) => {
            let mut exact: Vec<RsaKey> = keys
                .iter()
                .filter(|k| k.kid.as_deref() == Some(kid))
                .cloned()
                .collect();
            exact.extend(keys.iter().filter(|k| k.kid.is_none()).cloned());
            if exact.is_empty() {
                return blocked(B::NoMatchingKey {
                    kid: kid.to_owned(),
                });
            }
            exact
        }
        None => keys,
    };
    VerifyPlan::Ready(RsaJob {
        keys,
        signing_input: jwt.signing_input.clone(),
        signature: jwt.signature.clone(),
    })
}

/// The RSA signing keys in a JWKS (`{"keys":[…]}`), a single JWK or an array of JWKs. Keys for
/// encryption (`use: enc`), for another algorithm, or without a valid `n` and `e` are skipped.
pub fn parse_rsa_keys(text: &str) -> Result<Vec<RsaKey>, SignatureBlock> {
    let value: Value =
        serde_json::from_str(text.trim()).map_err(|e| SignatureBlock::KeysNotJson {
            line: e.line(),
            column: e.column(),
        })?;
    let jwks: Vec<&Value> = match &value {
        Value::Object(map) => match map.get("keys") {
            Some(Value::Array(keys)) => keys.iter().collect(),
            _ if map.contains_key("kty") => vec![&value],
            _ => Vec::new(),
        },
        Value::Array(keys) => keys.iter().collect(),
        _ => Vec::new(),
    };
    if jwks.is_empty() {
        return Err(SignatureBlock::NoKeysInJson);
    }
    let field = |k: &Value, name: &str| k.get(name).and_then(Value::as_str).map(str::to_owned);
    let rsa: Vec<RsaKey> = jwks
        .into_iter()
        .filter(|k| field(k, "kty").as_deref() == Some("RSA"))
        .filter(|k| field(k, "use").is_none_or(|u| u == "sig"))
        .filter(|k| field(k, "alg").is_none_or(|a| a == "RS256"))
        .filter_map(|k| {
            let (n, n_changed) = normalise(&field(k, "n")?)?;
            let (e, e_changed) = normalise(&field(k, "e")?)?;
            Some(RsaKey {
                kid: field(k, "kid"),
                n,
                e,
                normalised: n_changed || e_changed,
            })
        })
        .collect();
    if rsa.is_empty() {
        Err(SignatureBlock::NoRsaKey)
    } else {
        Ok(rsa)
    }
}

/// base64url without padding, converting standard base64 (`+`, `/`, `=`) and dropping
/// whitespace; `None` if what remains is not base64url or is empty.
fn normalise(b64: &str) -> Option<(String, bool)> {
    let out: String = b64
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    let valid = !out.is_empty()
        && out.len() % 4 != 1
        && out
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| {
        let changed = out != b64;
        (out, changed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jwt::decode_unverified;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn jwt(header: &str) -> DecodedJwt {
        let t = format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode(header),
            URL_SAFE_NO_PAD.encode("{}"),
            URL_SAFE_NO_PAD.encode("sig")
        );
        decode_unverified(&t).expect("decodes")
    }

    const KEYS: &str = r#"{"keys":[
        {"kty":"RSA","use":"sig","kid":"k1","n":"AQAB","e":"AQAB"},
        {"kty":"EC","kid":"k1","crv":"P-256","x":"AQAB","y":"AQAB"},
        {"kty":"RSA","use":"enc","kid":"k2","n":"AQAB","e":"AQAB"},
        {"kty":"RSA","kid":"k3","n":"ab+/cd==","e":"AQAB"}
    ]}"#;

    #[test]
    fn picks_rsa_signing_keys_by_kid() {
        let VerifyPlan::Ready(job) = plan_verification(&jwt(r#"{"alg":"RS256","kid":"k1"}"#), KEYS)
        else {
            panic!("ready")
        };
        assert_eq!(job.keys.len(), 1);
        assert_eq!(job.keys[0].kid.as_deref(), Some("k1"));
        assert_eq!(job.signature, b"sig");
        let VerifyPlan::Ready(job) = plan_verification(&jwt(r#"{"alg":"RS256","kid":"k3"}"#), KEYS)
        else {
            panic!("ready")
        };
        assert_eq!(
            (job.keys[0].n.as_str(), job.keys[0].normalised),
            ("ab-_cd", true)
        );
        assert_eq!(
            plan_verification(&jwt(r#"{"alg":"RS256","kid":"k2"}"#), KEYS),
            VerifyPlan::Blocked(SignatureBlock::NoMatchingKey { kid: "k2".into() })
        );
        let VerifyPlan::Ready(job) = plan_verification(&jwt(r#"{"alg":"RS256"}"#), KEYS) else {
            panic!("ready")
        };
        assert_eq!(job.keys.len(), 2);
    }

    #[test]
    fn blocks_with_a_reason() {
        use SignatureBlock as B;
        let plan = |h: &str, keys: &str| plan_verification(&jwt(h), keys);
        assert_eq!(
            plan(r#"{"alg":"RS256","nonce":"x"}"#, KEYS),
            VerifyPlan::Blocked(B::NotVerifiableByDesign)
        );
        assert_eq!(
            plan(r#"{"alg":"none"}"#, KEYS),
            VerifyPlan::Blocked(B::Unsigned)
        );
        assert_eq!(
            plan(r#"{"alg":"HS256"}"#, KEYS),
            VerifyPlan::Blocked(B::UnsupportedAlg("HS256".into()))
        );
        assert_eq!(
            plan(r#"{"alg":"RS256"}"#, "  "),
            VerifyPlan::Blocked(B::NoKeys)
        );
        assert!(matches!(
            plan(r#"{"alg":"RS256"}"#, "{keys"),
            VerifyPlan::Blocked(B::KeysNotJson { line: 1, .. })
        ));
        assert_eq!(
            plan(r#"{"alg":"RS256"}"#, r#"{"x":1}"#),
            VerifyPlan::Blocked(B::NoKeysInJson)
        );
        assert_eq!(
            plan(r#"{"alg":"RS256"}"#, r#"{"kty":"EC"}"#),
            VerifyPlan::Blocked(B::NoRsaKey)
        );
        let single = r#"{"kty":"RSA","n":"AQAB","e":"AQAB"}"#;
        assert!(matches!(
            plan(r#"{"alg":"RS256","kid":"zz"}"#, single),
            VerifyPlan::Ready(_)
        ));
    }
}
