//! Decodes a compact JWS without verifying it: three base64url segments, a JSON-object header and
//! payload. Errors say which segment failed and where; every segment is decoded even after an
//! error, so that the page can still show what could be read.
//!
//! A damaged signature segment (a cut-off or non-canonical base64url signature, as in the sample
//! tokens of Microsoft's access-token documentation) does not stop decoding: the header and payload
//! are still decoded and checked, and the problem is kept in [`DecodedJwt::signature_problem`] (and
//! reported as [`DecodeWarning::Signature`]) for the signature check to report. Only a header or
//! payload that cannot be decoded fails the whole token.
//!
//! Tolerances, each reported as a [`DecodeWarning`]: trailing `=` padding (RFC 7515 leaves it
//! out), numbers beyond the exact 64-bit range (shown as written in the JSON text, approximated in
//! values) and duplicate member names (the last one counts, as in most JWT libraries). Nesting
//! deeper than [`MAX_DEPTH`] is refused before parsing, so a hostile token cannot exhaust the
//! stack.

use serde_json::{Map, Value};

use super::pretty::pretty_json;
use crate::json::{Kind, string_value, tokens};

/// The deepest nesting of arrays and objects a header or payload may have: serde_json's recursion
/// limit (128) refuses the 128th level, and so does the pre-scan, before any parsing.
pub const MAX_DEPTH: usize = 127;

/// A part of a compact JWS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// The JOSE header (first part).
    Header,
    /// The claims (second part).
    Payload,
    /// The signature (third part).
    Signature,
}

crate::codes! {
    /// `header`, `payload` or `signature`.
    Segment {
        Header => "header",
        Payload => "payload",
        Signature => "signature",
    }
}

/// What is wrong with a base64url segment. Positions are 1-based character positions within the
/// segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base64Problem {
    /// A character outside the base64url alphabet.
    InvalidCharacter {
        /// The character.
        character: char,
        /// Where it is.
        position: usize,
    },
    /// `+` or `/`: standard base64, not base64url.
    StandardAlphabet {
        /// The character.
        character: char,
        /// Where it is.
        position: usize,
    },
    /// `=` before the end of the segment, or more than two of them.
    MisplacedPadding {
        /// Where the first misplaced `=` is.
        position: usize,
    },
    /// A length that leaves a single character over (`len % 4 == 1`): the segment was cut off.
    Length {
        /// The segment's length without padding.
        length: usize,
    },
    /// The last character sets bits that encode nothing (non-canonical encoding).
    TrailingBits {
        /// The character.
        character: char,
        /// Where it is.
        position: usize,
    },
}

/// What is wrong with a JSON segment, as reported by the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// Invalid syntax.
    Syntax,
    /// The text ends before the JSON value does.
    Eof,
    /// A complete value followed by more characters.
    TrailingCharacters,
    /// A number beyond the range of a 64-bit float.
    NumberOutOfRange,
}

/// What went wrong in a JSON text, from serde_json's error (shared by every reader of pasted
/// JSON: the token payload, the Migrate page's manifest).
pub fn json_problem(text: &str, e: &serde_json::Error) -> JsonProblem {
    use crate::json::{SyntaxError, syntax_error};
    if e.classify() == serde_json::error::Category::Eof {
        return JsonProblem::Eof;
    }
    match syntax_error(text, e) {
        SyntaxError::Trailing => JsonProblem::TrailingCharacters,
        SyntaxError::NumberOutOfRange => JsonProblem::NumberOutOfRange,
        SyntaxError::Other => JsonProblem::Syntax,
    }
}

/// The JSON type of a value that should have been an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`
    Null,
    /// `true` or `false`
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The type of `value`.
    pub fn of(value: &Value) -> JsonType {
        match value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Bool,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
}

/// Why a token could not be decoded. Carries data only; the page words it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// Not three dot-separated parts (and not five either).
    Segments {
        /// How many parts there are.
        count: usize,
    },
    /// Five parts: a JWE (encrypted token), which cannot be decoded without the recipient's key.
    Encrypted {
        /// The key-management algorithm from the JWE header, if readable.
        alg: Option<String>,
        /// The content-encryption algorithm from the JWE header, if readable.
        enc: Option<String>,
    },
    /// A segment is not valid base64url.
    Base64 {
        /// Which segment.
        segment: Segment,
        /// What is wrong, and where.
        problem: Base64Problem,
    },
    /// A decoded header or payload is not UTF-8.
    Utf8 {
        /// Which segment.
        segment: Segment,
        /// The byte offset of the first invalid sequence in the decoded bytes.
        offset: usize,
    },
    /// The header or payload segment is empty.
    EmptySegment {
        /// Which segment.
        segment: Segment,
    },
    /// The header or payload nests deeper than [`MAX_DEPTH`].
    TooDeep {
        /// Which segment.
        segment: Segment,
    },
    /// The header or payload is not JSON.
    Json {
        /// Which segment.
        segment: Segment,
        /// What the parser found.
        problem: JsonProblem,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
    /// The header or payload is JSON but not an object.
    NotObject {
        /// Which segment.
        segment: Segment,
        /// What it is instead.
        found: JsonType,
    },
}

impl DecodeError {
    /// The kind, as exposed in `data-error-kind`: `segments`, `encrypted`, `base64`, `utf8`,
    /// `json` (also for empty and too-deep segments) or `not_object`.
    pub fn kind_code(&self) -> &'static str {
        match self {
            DecodeError::Segments { .. } => "segments",
            DecodeError::Encrypted { .. } => "encrypted",
            DecodeError::Base64 { .. } => "base64",
            DecodeError::Utf8 { .. } => "utf8",
            DecodeError::EmptySegment { .. }
            | DecodeError::TooDeep { .. }
            | DecodeError::Json { .. } => "json",
            DecodeError::NotObject { .. } => "not_object",
        }
    }

    /// The segment the error is in, if it concerns one.
    pub fn segment(&self) -> Option<Segment> {
        match self {
            DecodeError::Segments { .. } | DecodeError::Encrypted { .. } => None,
            DecodeError::Base64 { segment, .. }
            | DecodeError::Utf8 { segment, .. }
            | DecodeError::EmptySegment { segment }
            | DecodeError::TooDeep { segment }
            | DecodeError::Json { segment, .. }
            | DecodeError::NotObject { segment, .. } => Some(*segment),
        }
    }
}

/// Something tolerated while decoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeWarning {
    /// The segment ended with `=` padding, which was ignored.
    Padding {
        /// Which segment.
        segment: Segment,
    },
    /// A number literal beyond the exact 64-bit range (or with more than 17 significant digits).
    BigNumber {
        /// Which segment.
        segment: Segment,
        /// The literal as written (at most 40 characters, then `…`).
        literal: String,
    },
    /// The header marks these extensions as critical (`crit`): a validator that does not
    /// understand them must reject the token (RFC 7515 §4.1.11). This page does not act on them.
    Critical {
        /// The names listed in `crit`.
        names: Vec<String>,
    },
    /// A member name appears twice in one object; the last value counts.
    DuplicateKey {
        /// Which segment.
        segment: Segment,
        /// The member name.
        key: String,
    },
    /// The signature segment is not valid base64url: the token cannot be verified (the
    /// signature check fails with the same problem), but its header and payload were decoded.
    Signature {
        /// What is wrong with the signature segment, and where.
        problem: Base64Problem,
    },
}

impl DecodeWarning {
    /// The code, as listed in `[data-testid=decode-warnings]`: `padding`, `big_number`,
    /// `crit`, `duplicate_key`, `signature`.
    pub fn code(&self) -> &'static str {
        match self {
            DecodeWarning::Padding { .. } => "padding",
            DecodeWarning::BigNumber { .. } => "big_number",
            DecodeWarning::Critical { .. } => "crit",
            DecodeWarning::DuplicateKey { .. } => "duplicate_key",
            DecodeWarning::Signature { .. } => "signature",
        }
    }
}

/// A decoded (not verified) JWS.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedJwt {
    /// The header's members.
    pub header: Map<String, Value>,
    /// The payload's claims.
    pub payload: Map<String, Value>,
    /// The header as indented JSON, faithful to the token (member order, numbers as written).
    pub header_json: String,
    /// The payload as indented JSON, faithful to the token.
    pub payload_json: String,
    /// The signature bytes (empty for an unsecured token, or when the segment is damaged).
    pub signature: Vec<u8>,
    /// What is wrong with the signature segment, when it is not valid base64url.
    pub signature_problem: Option<Base64Problem>,
    /// The signed bytes: the first two segments as pasted, joined by `.`.
    pub signing_input: String,
    /// What was tolerated.
    pub warnings: Vec<DecodeWarning>,
}

/// A token that could not be decoded, with what could be read anyway.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodeFailure {
    /// The first error, in header → payload → signature order.
    pub error: DecodeError,
    /// The header as indented JSON, if it decoded.
    pub header_json: Option<String>,
    /// The payload as indented JSON, if it decoded.
    pub payload_json: Option<String>,
    /// What was tolerated before or besides the error.
    pub warnings: Vec<DecodeWarning>,
}

/// Decodes `token` (already extracted: no whitespace, no `Bearer `) without verifying anything.
pub fn decode_unverified(token: &str) -> Result<DecodedJwt, DecodeFailure> {
    let parts: Vec<&str> = token.split('.').collect();
    let fail = |error| DecodeFailure {
        error,
        header_json: None,
        payload_json: None,
        warnings: Vec::new(),
    };
    match parts.len() {
        3 => {}
        5 => {
            let mut ignored = Vec::new();
            let header = decode_json(parts[0], Segment::Header, &mut ignored).ok();
            let field = |name: &str| {
                header
                    .as_ref()
                    .and_then(|(h, _)| h.get(name))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            return Err(fail(DecodeError::Encrypted {
                alg: field("alg"),
                enc: field("enc"),
            }));
        }
        count => return Err(fail(DecodeError::Segments { count })),
    }
    let mut warnings = Vec::new();
    let header = decode_json(parts[0], Segment::Header, &mut warnings);
    if let Some(crit) = header.as_ref().ok().and_then(|(h, _)| h.get("crit")) {
        // Names only; a malformed `crit` shows as "?" (no serializer in the bundle for this).
        let names = match crit {
            Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().unwrap_or("?").to_owned())
                .collect(),
            other => vec![other.as_str().unwrap_or("?").to_owned()],
        };
        warnings.push(DecodeWarning::Critical { names });
    }
    let payload = decode_json(parts[1], Segment::Payload, &mut warnings);
    let (signature, signature_problem) =
        match decode_base64url(parts[2], Segment::Signature, &mut warnings) {
            Ok(bytes) => (bytes, None),
            Err(DecodeError::Base64 { problem, .. }) => {
                warnings.push(DecodeWarning::Signature {
                    problem: problem.clone(),
                });
                (Vec::new(), Some(problem))
            }
            // `decode_base64url` only fails with a base64 error.
            Err(_) => (Vec::new(), None),
        };
    // The first error (header before payload), with the JSON of the part that did decode.
    let (error, header_json, payload_json) = match (header, payload) {
        (Ok((header, header_json)), Ok((payload, payload_json))) => {
            return Ok(DecodedJwt {
                header,
                payload,
                header_json,
                payload_json,
                signature,
                signature_problem,
                signing_input: [parts[0], ".", parts[1]].concat(),
                warnings,
            });
        }
        (Err(error), payload) => (error, None, payload.ok().map(|(_, json)| json)),
        (Ok((_, json)), Err(error)) => (error, Some(json), None),
    };
    Err(DecodeFailure {
        error,
        header_json,
        payload_json,
        warnings,
    })
}

/// Decodes one base64url segment, tolerating trailing `=` padding (with a warning).
fn decode_base64url(
    text: &str,
    segment: Segment,
    warnings: &mut Vec<DecodeWarning>,
) -> Result<Vec<u8>, DecodeError> {
    let err = |problem| DecodeError::Base64 { segment, problem };
    let body = text.trim_end_matches('=');
    let padding = text.len() - body.len();
    let mut sextets = Vec::with_capacity(body.len());
    for (i, c) in body.chars().enumerate() {
        let position = i + 1;
        let value = match c {
            'A'..='Z' => c as u8 - b'A',
            'a'..='z' => c as u8 - b'a' + 26,
            '0'..='9' => c as u8 - b'0' + 52,
            '-' => 62,
            '_' => 63,
            '=' => return Err(err(Base64Problem::MisplacedPadding { position })),
            '+' | '/' => {
                return Err(err(Base64Problem::StandardAlphabet {
                    character: c,
                    position,
                }));
            }
            _ => {
                return Err(err(Base64Problem::InvalidCharacter {
                    character: c,
                    position,
                }));
            }
        };
        sextets.push(value);
    }
    let length = sextets.len();
    if length % 4 == 1 {
        return Err(err(Base64Problem::Length { length }));
    }
    if padding > 2 || (padding > 0 && (length + padding) % 4 != 0) {
        return Err(err(Base64Problem::MisplacedPadding {
            position: length + 1,
        }));
    }
    let mut out = Vec::with_capacity(length * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, s)| acc | (u32::from(*s) << (18 - 6 * i)));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
        let unused = match chunk.len() {
            2 => n & 0xFFFF,
            3 => n & 0xFF,
            _ => 0,
        };
        if unused != 0 {
            let character = body.chars().last().unwrap_or('?');
            return Err(err(Base64Problem::TrailingBits {
                character,
                position: length,
            }));
        }
    }
    if padding > 0 {
        warnings.push(DecodeWarning::Padding { segment });
    }
    Ok(out)
}

/// Decodes a header or payload segment to a JSON object and its faithful indented text.
fn decode_json(
    text: &str,
    segment: Segment,
    warnings: &mut Vec<DecodeWarning>,
) -> Result<(Map<String, Value>, String), DecodeError> {
    if text.is_empty() {
        return Err(DecodeError::EmptySegment { segment });
    }
    let bytes = decode_base64url(text, segment, warnings)?;
    let json = String::from_utf8(bytes).map_err(|e| DecodeError::Utf8 {
        segment,
        offset: e.utf8_error().valid_up_to(),
    })?;
    if json.trim().is_empty() {
        return Err(DecodeError::EmptySegment { segment });
    }
    let scan = scan(&json);
    if scan.too_deep {
        return Err(DecodeError::TooDeep { segment });
    }
    // serde_json's own depth limit (128) is never reached: the scan has refused anything deeper
    // than MAX_DEPTH, counting brackets as the parser does up to its first error.
    let value: Value = serde_json::from_str(&json).map_err(|e| {
        let problem = json_problem(&json, &e);
        DecodeError::Json {
            segment,
            problem,
            line: e.line(),
            column: e.column(),
        }
    })?;
    let map = match value {
        Value::Object(map) => map,
        other => {
            return Err(DecodeError::NotObject {
                segment,
                found: JsonType::of(&other),
            });
        }
    };
    warnings.extend(
        scan.big_numbers
            .into_iter()
            .map(|literal| DecodeWarning::BigNumber {
                segment,
                literal: shorten(&literal),
            }),
    );
    warnings.extend(
        scan.duplicate_keys
            .into_iter()
            .map(|key| DecodeWarning::DuplicateKey { segment, key }),
    );
    Ok((map, pretty_json(&json)))
}

fn shorten(literal: &str) -> String {
    if literal.chars().count() > 40 {
        let head: String = literal.chars().take(40).collect();
        head + "…"
    } else {
        literal.to_owned()
    }
}

/// What a linear pre-scan of JSON text finds (on any text; it never fails).
#[derive(Default)]
struct Scan {
    too_deep: bool,
    big_numbers: Vec<String>,
    duplicate_keys: Vec<String>,
}

/// One open object or array during the scan.
struct Frame {
    object: bool,
    expect_key: bool,
    keys: Vec<String>,
}

fn scan(json: &str) -> Scan {
    let mut out = Scan::default();
    let mut stack: Vec<Frame> = Vec::new();
    for t in tokens(json) {
        match t.kind {
            Kind::Open => {
                if stack.len() >= MAX_DEPTH {
                    out.too_deep = true;
                    return out;
                }
                let object = t.is(b'{');
                stack.push(Frame {
                    object,
                    expect_key: object,
                    keys: Vec::new(),
                });
            }
            Kind::Close => {
                stack.pop();
            }
            Kind::Comma => {
                if let Some(f) = stack.last_mut() {
                    f.expect_key = f.object;
                }
            }
            Kind::Str => {
                if let Some(f) = stack.last_mut().filter(|f| f.expect_key) {
                    f.expect_key = false;
                    let key = string_value(t.text).unwrap_or_else(|| t.text.to_owned());
                    if f.keys.contains(&key) {
                        if !out.duplicate_keys.contains(&key) {
                            out.duplicate_keys.push(key);
                        }
                    } else {
                        f.keys.push(key);
                    }
                }
            }
            Kind::Scalar if t.text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => {
                if !number_is_exact(t.text) {
                    out.big_numbers.push(t.text.to_owned());
                }
            }
            Kind::Scalar | Kind::Colon => {}
        }
    }
    out
}

/// Whether serde_json (without `arbitrary_precision`) keeps this literal's value exactly, or at
/// least as precisely as it is written.
fn number_is_exact(literal: &str) -> bool {
    if !literal.contains(['.', 'e', 'E']) {
        return literal.parse::<i64>().is_ok() || literal.parse::<u64>().is_ok();
    }
    let mantissa = literal.split(['e', 'E']).next().unwrap_or_default();
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len() <= 17
}

#[cfg(test)]
mod tests;
