//! RS256 signature verification with the browser's WebCrypto (`crypto.subtle`): no RSA code of our
//! own in the bundle. The domain (`dpk_domain::jwt::jwk`) picks the keys and prepares the signed
//! bytes; this only imports each candidate key and asks the browser.
//!
//! Keys come from what the person pasted; nothing is ever fetched.

use dpk_domain::jwt::SignatureState;
use dpk_domain::jwt::jwk::{RsaJob, RsaKey};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn object(pairs: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let obj = Object::new();
    for (k, v) in pairs {
        Reflect::set(&obj, &JsValue::from_str(k), v)?;
    }
    Ok(obj)
}

fn algorithm() -> Result<Object, JsValue> {
    object(&[
        ("name", "RSASSA-PKCS1-v1_5".into()),
        ("hash", "SHA-256".into()),
    ])
}

async fn verify_with(
    subtle: &web_sys::SubtleCrypto,
    key: &RsaKey,
    data: &[u8],
    signature: &[u8],
) -> Result<bool, JsValue> {
    let jwk = object(&[
        ("kty", "RSA".into()),
        ("n", key.n.as_str().into()),
        ("e", key.e.as_str().into()),
        ("alg", "RS256".into()),
        ("ext", true.into()),
    ])?;
    let usages = Array::of1(&"verify".into());
    let imported = JsFuture::from(subtle.import_key_with_object(
        "jwk",
        &jwk,
        &algorithm()?,
        false,
        &usages,
    )?)
    .await?;
    let crypto_key: web_sys::CryptoKey = imported.dyn_into()?;
    let ok = JsFuture::from(subtle.verify_with_object_and_u8_array_and_u8_array(
        &algorithm()?,
        &crypto_key,
        signature,
        data,
    )?)
    .await?;
    Ok(ok.as_bool().unwrap_or(false))
}

/// Verifies the job's signature against each candidate key in turn: `Verified` with the first key
/// that matches, `Invalid` if none does, `CryptoFailed` if WebCrypto is missing or refused every
/// key.
pub async fn verify_rs256(job: &RsaJob) -> SignatureState {
    let Some(subtle) = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
    else {
        return SignatureState::CryptoFailed;
    };
    let mut refused = 0;
    for key in &job.keys {
        match verify_with(&subtle, key, job.signing_input.as_bytes(), &job.signature).await {
            Ok(true) => {
                return SignatureState::Verified {
                    kid: key.kid.clone(),
                };
            }
            Ok(false) => {}
            Err(_) => refused += 1,
        }
    }
    if refused == job.keys.len() {
        SignatureState::CryptoFailed
    } else {
        SignatureState::Invalid {
            kids: job.keys.iter().filter_map(|k| k.kid.clone()).collect(),
        }
    }
}
