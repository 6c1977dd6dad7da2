//! The token inspector's sentences and rows: decode errors and warnings, where the token was
//! found, its facts, each check's finding, the permission verdict, and the view models the page
//! places as they are ([`Inspection`], [`fact_rows`], [`claim_rows`], [`word_checks`]).

use serde_json::{Map, Value};

use super::{api_name, cloud_name, duration, or_list, quoted, relative, shown, t};
use crate::catalog::{GrantKind, Operation, OperationChoice};
use crate::cloud::{Api, Cloud, TokenVersion};
use crate::i18n::{ClaimHelp, Lang, Text, TokenUi, fill};
use crate::jwt::jwk::SignatureBlock;
use crate::jwt::{
    Base64Problem, Check, CheckId, CheckStatus, DecodeError, DecodeFailure, DecodeWarning,
    DecodedJwt, Extracted, Finding, InputForm, JsonProblem, JsonType, KindBasis, PastedToken,
    PermissionVerdict, ResourceFact, Segment, SignatureState, TokenFacts, TokenKind, TokenUse,
    VerdictOutcome, civil_time, decode_unverified, extract, json_members, numeric_date,
};
use crate::text;

fn segment(s: Segment, lang: Lang) -> &'static str {
    t(
        match s {
            Segment::Header => TokenUi::SegHeader,
            Segment::Payload => TokenUi::SegPayload,
            Segment::Signature => TokenUi::SegSignature,
        },
        lang,
    )
}

fn capitalised(s: String, lang: Lang) -> String {
    if lang != Lang::En {
        return s;
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => s,
    }
}

fn json_type(found: JsonType, lang: Lang) -> &'static str {
    t(
        match found {
            JsonType::Null => TokenUi::TypeNull,
            JsonType::Bool => TokenUi::TypeBool,
            JsonType::Number => TokenUi::TypeNumber,
            JsonType::String => TokenUi::TypeString,
            JsonType::Array | JsonType::Object => TokenUi::TypeArray,
        },
        lang,
    )
}

/// Why the token could not be decoded, in one or two sentences.
pub fn decode_error(error: &DecodeError, lang: Lang) -> String {
    let seg = |s: &Segment| segment(*s, lang);
    let (number, other, character);
    let (key, args): (TokenUi, &[(&str, &str)]) = match error {
        DecodeError::Segments { count } => {
            number = count.to_string();
            (TokenUi::ErrSegments, &[("count", &number)])
        }
        DecodeError::Encrypted { alg, enc } => {
            let mut s = t(TokenUi::ErrEncrypted, lang).to_owned();
            if let (Some(alg), Some(enc)) = (alg, enc) {
                s.push(' ');
                s.push_str(&fill(
                    t(TokenUi::ErrEncryptedAlgorithms, lang),
                    &[("alg", alg), ("enc", enc)],
                ));
            }
            return capitalised(s, lang);
        }
        DecodeError::Base64 { segment, problem } => {
            let (key, c, at) = match *problem {
                Base64Problem::InvalidCharacter {
                    character,
                    position,
                } => (TokenUi::ErrBase64Char, Some(character), position),
                Base64Problem::StandardAlphabet {
                    character,
                    position,
                } => (TokenUi::ErrBase64Standard, Some(character), position),
                Base64Problem::MisplacedPadding { position } => {
                    (TokenUi::ErrBase64Padding, None, position)
                }
                Base64Problem::Length { length } => (TokenUi::ErrBase64Length, None, length),
                Base64Problem::TrailingBits {
                    character,
                    position,
                } => (TokenUi::ErrBase64TrailingBits, Some(character), position),
            };
            character = c.map(String::from).unwrap_or_default();
            number = at.to_string();
            // Each template names the number `pos` or `len`, never both.
            (
                key,
                &[
                    ("char", &character),
                    ("pos", &number),
                    ("len", &number),
                    ("segment", seg(segment)),
                ],
            )
        }
        DecodeError::Utf8 { segment, offset } => {
            number = offset.to_string();
            (
                TokenUi::ErrUtf8,
                &[("segment", seg(segment)), ("offset", &number)],
            )
        }
        DecodeError::EmptySegment { segment } => {
            (TokenUi::ErrEmptySegment, &[("segment", seg(segment))])
        }
        DecodeError::TooDeep { segment } => {
            number = crate::jwt::MAX_DEPTH.to_string();
            (
                TokenUi::ErrTooDeep,
                &[("segment", seg(segment)), ("limit", &number)],
            )
        }
        DecodeError::Json {
            segment,
            problem,
            line,
            column,
        } => {
            let key = match problem {
                JsonProblem::Syntax => TokenUi::ErrJsonSyntax,
                JsonProblem::Eof => TokenUi::ErrJsonEof,
                JsonProblem::TrailingCharacters => TokenUi::ErrJsonTrailing,
                JsonProblem::NumberOutOfRange => TokenUi::ErrJsonNumber,
            };
            (number, other) = (line.to_string(), column.to_string());
            (
                key,
                &[
                    ("segment", seg(segment)),
                    ("line", &number),
                    ("column", &other),
                ],
            )
        }
        DecodeError::NotObject { segment, found } => (
            TokenUi::ErrNotObject,
            &[
                ("segment", seg(segment)),
                ("found", json_type(*found, lang)),
            ],
        ),
    };
    capitalised(fill(t(key, lang), args), lang)
}

/// What is wrong with the signature segment, in one sentence (as [`decode_error`] words it).
fn signature_problem(problem: &Base64Problem, lang: Lang) -> String {
    decode_error(
        &DecodeError::Base64 {
            segment: Segment::Signature,
            problem: problem.clone(),
        },
        lang,
    )
}

/// A tolerated oddity, in one sentence.
pub fn warning(w: &DecodeWarning, lang: Lang) -> String {
    let text;
    let (key, args): (TokenUi, &[(&str, &str)]) = match w {
        DecodeWarning::Padding { segment: s } => {
            (TokenUi::WarnPadding, &[("segment", segment(*s, lang))])
        }
        DecodeWarning::BigNumber {
            segment: s,
            literal,
        } => (
            TokenUi::WarnBigNumber,
            &[("segment", segment(*s, lang)), ("literal", literal)],
        ),
        DecodeWarning::Critical { names } => {
            text = names.join(", ");
            (TokenUi::WarnCritical, &[("names", &text)])
        }
        DecodeWarning::DuplicateKey { segment: s, key } => (
            TokenUi::WarnDuplicateKey,
            &[("segment", segment(*s, lang)), ("key", key)],
        ),
        DecodeWarning::Signature { problem } => {
            text = signature_problem(problem, lang);
            (TokenUi::WarnSignature, &[("problem", &text)])
        }
    };
    capitalised(fill(t(key, lang), args), lang)
}

/// Where the token was found in what was pasted (nothing for a plain token).
pub fn input_notes(e: &Extracted, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    match e.form {
        InputForm::Raw => {}
        InputForm::Bearer => notes.push(t(TokenUi::FoundBearer, lang).to_owned()),
        InputForm::AuthorizationHeader => notes.push(t(TokenUi::FoundHeader, lang).to_owned()),
        InputForm::JsonField(field) => {
            notes.push(fill(t(TokenUi::FoundJson, lang), &[("field", field)]))
        }
        InputForm::UrlParameter(field) => {
            notes.push(fill(t(TokenUi::FoundUrl, lang), &[("field", field)]))
        }
    }
    if e.whitespace_removed {
        notes.push(t(TokenUi::FoundWhitespace, lang).to_owned());
    }
    notes
}

/// "Entra v1.0 token" etc.
pub fn version_name(v: Option<TokenVersion>, lang: Lang) -> &'static str {
    t(
        match v {
            Some(TokenVersion::V1) => TokenUi::VersionV1,
            Some(TokenVersion::V2) => TokenUi::VersionV2,
            None => TokenUi::VersionUnknown,
        },
        lang,
    )
}

/// "App-only (application permissions) — from the roles claim".
pub fn kind_name(kind: TokenKind, basis: KindBasis, lang: Lang) -> String {
    let name = t(
        match kind {
            TokenKind::App => TokenUi::KindApp,
            TokenKind::Delegated => TokenUi::KindDelegated,
            TokenKind::Unknown => TokenUi::KindUnknown,
        },
        lang,
    );
    let basis = match basis {
        KindBasis::Idtyp => Some(TokenUi::BasisIdtyp),
        KindBasis::Scp => Some(TokenUi::BasisScp),
        KindBasis::Roles => Some(TokenUi::BasisRoles),
        KindBasis::NoUserClaims => Some(TokenUi::BasisNoUserClaims),
        KindBasis::Nothing => None,
    };
    match basis {
        Some(b) => [name, " (", t(b, lang), ")"].concat(),
        None => name.to_owned(),
    }
}

/// Access token / ID token / unknown.
pub fn use_name(u: TokenUse, lang: Lang) -> &'static str {
    t(
        match u {
            TokenUse::Access => TokenUi::UseAccess,
            TokenUse::Id => TokenUi::UseId,
            TokenUse::Unknown => TokenUi::UseUnknown,
        },
        lang,
    )
}

fn signature_sentence(state: &SignatureState, lang: Lang) -> String {
    let no_kid = t(TokenUi::NoKid, lang);
    let (line_no, column_no, text);
    let (key, args): (TokenUi, &[(&str, &str)]) = match state {
        SignatureState::Pending => (TokenUi::SigVerifying, &[]),
        SignatureState::Verified { kid } => (
            TokenUi::SigValid,
            &[("kid", kid.as_deref().unwrap_or(no_kid))],
        ),
        SignatureState::Invalid { kids } => {
            text = if kids.is_empty() {
                no_kid.to_owned()
            } else {
                kids.join(", ")
            };
            (TokenUi::SigInvalid, &[("kid", &text)])
        }
        SignatureState::CryptoFailed => (TokenUi::SigCryptoFailed, &[]),
        SignatureState::NotChecked(block) => match block {
            SignatureBlock::NoKeys => (TokenUi::SigNoKeys, &[]),
            SignatureBlock::KeysNotJson { line, column } => {
                (line_no, column_no) = (line.to_string(), column.to_string());
                (
                    TokenUi::SigKeysNotJson,
                    &[("line", &line_no), ("column", &column_no)],
                )
            }
            SignatureBlock::NoKeysInJson => (TokenUi::SigKeysNoKeys, &[]),
            SignatureBlock::NotVerifiableByDesign => (TokenUi::SigNotVerifiableByDesign, &[]),
            SignatureBlock::Unsigned => (TokenUi::SigUnsigned, &[]),
            SignatureBlock::UnsupportedAlg(alg) => (
                TokenUi::SigUnsupportedAlg,
                &[("alg", if alg.is_empty() { "—" } else { alg.as_str() })],
            ),
            SignatureBlock::NoMatchingKey { kid } => (TokenUi::SigNoMatchingKey, &[("kid", kid)]),
            SignatureBlock::NoRsaKey => (TokenUi::SigNoRsaKey, &[]),
            SignatureBlock::Damaged(problem) => {
                text = signature_problem(problem, lang);
                (TokenUi::SigDamaged, &[("problem", &text)])
            }
        },
    };
    fill(t(key, lang), args)
}

/// What a check found, in one sentence.
pub fn finding(f: &Finding, op: Option<&Operation>, lang: Lang) -> String {
    let op_name = op
        .map(|o| quoted(o.title.get(lang), lang))
        .unwrap_or_default();
    let api = |a: &Api| api_name(*a, lang);
    let cloud = |c: &Cloud| cloud_name(*c, lang);
    // One template and its values per finding, filled in one place.
    let life;
    let (key, args): (TokenUi, &[(&str, &str)]) = match f {
        Finding::Valid { expires_in } => {
            life = duration(*expires_in, lang);
            (TokenUi::LifeValid, &[("duration", &life)])
        }
        Finding::Expired { ago } => {
            life = duration(*ago, lang);
            (TokenUi::LifeExpired, &[("duration", &life)])
        }
        Finding::NotYetValid { starts_in } => {
            life = duration(*starts_in, lang);
            (TokenUi::LifeNotYetValid, &[("duration", &life)])
        }
        Finding::NoExpiry => (TokenUi::LifeNoExpiry, &[]),
        Finding::NotNumericDate(claim) => (TokenUi::LifeNotNumber, &[("claim", claim)]),
        Finding::NoOperation => (TokenUi::AudNoOperation, &[]),
        Finding::AudienceMissing => (TokenUi::AudMissing, &[]),
        Finding::AudienceNotStrings => (TokenUi::AudNotString, &[]),
        Finding::AudienceMatches { aud, needed } => (
            TokenUi::AudMatches,
            &[
                ("aud", aud),
                ("needed", api(needed)),
                ("operation", &op_name),
            ],
        ),
        Finding::AudienceOtherResource {
            aud,
            found,
            needed,
            request,
        } => (
            TokenUi::AudOtherResource,
            &[
                ("aud", aud),
                ("found", api(found)),
                ("needed", api(needed)),
                ("operation", &op_name),
                ("uri", request),
            ],
        ),
        Finding::AudienceUnknown {
            aud,
            needed,
            request,
        } => (
            TokenUi::AudUnknown,
            &[
                ("aud", aud),
                ("needed", api(needed)),
                ("operation", &op_name),
                ("uri", request),
            ],
        ),
        Finding::AudienceNotOffered { needed, cloud: c } => (
            TokenUi::AudNotOffered,
            &[("needed", api(needed)), ("cloud", cloud(c))],
        ),
        Finding::IssuerOk {
            version,
            cloud: c,
            tenant,
        } => (
            TokenUi::IssOk,
            &[
                ("version", version.code()),
                ("cloud", cloud(c)),
                ("tenant", tenant),
            ],
        ),
        Finding::IssuerMissing => (TokenUi::IssMissing, &[]),
        Finding::IssuerUnknown { iss } => (TokenUi::IssUnknown, &[("iss", iss)]),
        Finding::IssuerTenantMismatch { issuer_tenant, tid } => (
            TokenUi::IssTenantMismatch,
            &[("issuer_tenant", issuer_tenant), ("tid", tid)],
        ),
        Finding::IssuerNoTid { issuer_tenant } => {
            (TokenUi::IssNoTid, &[("issuer_tenant", issuer_tenant)])
        }
        Finding::IssuerVersionMismatch { issuer, ver } => (
            TokenUi::IssVersionMismatch,
            &[("issuer_version", issuer.code()), ("ver", ver)],
        ),
        Finding::IssuerCloudMismatch { audience, issuer } => (
            TokenUi::IssCloudMismatch,
            &[("audience", cloud(audience)), ("issuer", cloud(issuer))],
        ),
        Finding::ConsumerTenant => (TokenUi::IssConsumerTenant, &[]),
        Finding::TenantNotGiven => (TokenUi::TenantNotGiven, &[]),
        Finding::TenantMatches { tenant } => (TokenUi::TenantMatches, &[("tenant", tenant)]),
        Finding::TenantMismatch { tid, expected } => (
            TokenUi::TenantMismatch,
            &[("tid", tid), ("expected", expected)],
        ),
        Finding::TenantNotGuid { expected } => (TokenUi::TenantNotGuid, &[("expected", expected)]),
        Finding::TenantMissing => (TokenUi::TenantMissing, &[]),
        Finding::AccessToken { claim } => (TokenUi::UseAccessOk, &[("claim", claim)]),
        Finding::IdToken => (TokenUi::UseIdFail, &[]),
        Finding::UnknownUse => (TokenUi::UseUnknownWarn, &[]),
        Finding::AlgRs256 => (TokenUi::AlgRs256, &[]),
        Finding::AlgNone => (TokenUi::AlgNone, &[]),
        Finding::AlgHmac { alg } => (TokenUi::AlgHmac, &[("alg", alg)]),
        Finding::AlgOther { alg } => (TokenUi::AlgOther, &[("alg", alg)]),
        Finding::AlgUnknown { alg } => (TokenUi::AlgUnknown, &[("alg", alg)]),
        Finding::AlgMissing => (TokenUi::AlgMissing, &[]),
        Finding::Signature(state) => return signature_sentence(state, lang),
        Finding::Permissions(verdict) => return verdict_main(verdict, lang),
    };
    fill(t(key, lang), args)
}

fn permission_kind(grant: GrantKind, lang: Lang) -> &'static str {
    match grant {
        GrantKind::Application => t(TokenUi::PermApplication, lang),
        GrantKind::Delegated => t(TokenUi::PermDelegated, lang),
    }
}

/// The verdict in one sentence: why the token does or does not allow the operation.
pub fn verdict_main(v: &PermissionVerdict, lang: Lang) -> String {
    let op = quoted(v.operation.title.get(lang), lang);
    let api = |a: &Api| api_name(*a, lang);
    let (key, args): (TokenUi, &[(&str, &str)]) = match &v.outcome {
        VerdictOutcome::Granted {
            claim,
            grant,
            value,
        } => (
            TokenUi::VerdictGranted,
            &[
                ("claim", claim),
                ("kind", permission_kind(*grant, lang)),
                ("value", value),
            ],
        ),
        VerdictOutcome::MissingApplication { least } => (
            TokenUi::VerdictMissingApplication,
            &[("operation", &op), ("least", least)],
        ),
        VerdictOutcome::MissingDelegated { least } => (
            TokenUi::VerdictMissingDelegated,
            &[("operation", &op), ("least", least)],
        ),
        VerdictOutcome::NoDelegatedPermission { least_application } => (
            TokenUi::VerdictNoDelegated,
            &[("operation", &op), ("least", least_application)],
        ),
        VerdictOutcome::WrongResource { found, needed } => (
            TokenUi::VerdictWrongResource,
            &[
                ("found", api(found)),
                ("needed", api(needed)),
                ("operation", &op),
            ],
        ),
        VerdictOutcome::UnknownResource { needed } => (
            TokenUi::VerdictUnknownResource,
            &[("needed", api(needed)), ("operation", &op)],
        ),
        VerdictOutcome::NoPermissionClaims { least } => {
            (TokenUi::VerdictNoPermissionClaims, &[("least", least)])
        }
        VerdictOutcome::IdToken => (TokenUi::VerdictIdToken, &[]),
    };
    fill(t(key, lang), args)
}

/// The verdict: the main sentence first, then hints, the signed-in user's needs and the
/// retirement note.
pub fn verdict_lines(v: &PermissionVerdict, lang: Lang) -> Vec<String> {
    let mut lines = vec![verdict_main(v, lang)];
    if let Some((present, least)) = &v.broader {
        lines.push(fill(
            t(TokenUi::HintBroader, lang),
            &[("present", present), ("least", least)],
        ));
    }
    if let Some((value, documented)) = &v.case_differs {
        lines.push(fill(
            t(TokenUi::HintCase, lang),
            &[("value", value), ("documented", documented)],
        ));
    }
    if !v.user_requirements.is_empty() {
        lines.push(fill(
            t(TokenUi::UserAlsoNeeds, lang),
            &[(
                "requirements",
                &super::requirements(v.user_requirements, lang),
            )],
        ));
    }
    if let Some(r) = &v.retirement {
        lines.push(super::retirement(r.notice, v.operation.api, lang));
        lines.push(match r.successor {
            Some(s) => fill(
                t(TokenUi::RetiringSuccessor, lang),
                &[
                    ("successor", s.title.get(lang)),
                    ("method", s.method.as_str()),
                    ("path", s.path),
                    ("app", &or_list(s.application, lang)),
                    ("delegated", &or_list(s.delegated, lang)),
                ],
            ),
            None => t(TokenUi::RetiringNoSuccessor, lang).to_owned(),
        });
    }
    lines
}

/// What the inspector makes of one paste, computed once per token: where the token was found,
/// and the decode result with, when it decoded, the facts and each segment's members as
/// written (the JSON text is scanned once here, not on every render).
#[derive(Debug)]
pub struct Inspection {
    /// Where the token was found in what was pasted.
    pub extracted: Extracted,
    /// The decoded token, or why it could not be decoded.
    pub decoded: Result<Decoded, DecodeFailure>,
}

/// A token that decoded, with what the page shows of it.
#[derive(Debug)]
pub struct Decoded {
    /// The token as decoded (unverified).
    pub jwt: DecodedJwt,
    /// What it is.
    pub facts: TokenFacts,
    /// The header's members, name and value as written, in order.
    pub header_members: Vec<(String, String)>,
    /// The payload's members, name and value as written, in order.
    pub payload_members: Vec<(String, String)>,
}

impl Inspection {
    /// Finds and decodes the token in `pasted`; `None` when nothing was pasted.
    pub fn of(pasted: &PastedToken) -> Option<Inspection> {
        let extracted = extract(pasted)?;
        let decoded = decode_unverified(extracted.token.expose()).map(|jwt| Decoded {
            facts: TokenFacts::from_decoded(&jwt),
            header_members: json_members(&jwt.header_json),
            payload_members: json_members(&jwt.payload_json),
            jwt,
        });
        Some(Inspection { extracted, decoded })
    }

    /// The token, when it decoded.
    pub fn decoded(&self) -> Option<&Decoded> {
        self.decoded.as_ref().ok()
    }

    /// The tolerated oddities, whether or not the token decoded.
    pub fn warnings(&self) -> &[DecodeWarning] {
        match &self.decoded {
            Ok(d) => &d.jwt.warnings,
            Err(f) => &f.warnings,
        }
    }

    /// The header and payload JSON as far as they decoded, each as shown (an excerpt when long).
    pub fn json_blocks(&self, lang: Lang) -> [Option<String>; 2] {
        let (header, payload) = match &self.decoded {
            Ok(d) => (Some(&d.jwt.header_json), Some(&d.jwt.payload_json)),
            Err(f) => (f.header_json.as_ref(), f.payload_json.as_ref()),
        };
        [header, payload].map(|json| json.map(|j| shown(j, text::BLOCK_CHARS, lang)))
    }
}

/// One fact: its label and its value, worded.
pub type FactRow = (&'static str, String);

/// Format, kind, use, resource, cloud, tenant, client app, user, permissions and lifetime, in
/// display order.
pub fn fact_rows(facts: &TokenFacts, now: i64, lang: Lang) -> Vec<FactRow> {
    let dash = t(TokenUi::NotPresent, lang);
    let resource = match &facts.resource {
        ResourceFact::Known { api, aud, .. } => [api_name(*api, lang), " (", aud, ")"].concat(),
        ResourceFact::Other { aud } => fill(t(TokenUi::ResourceOther, lang), &[("aud", aud)]),
        ResourceFact::Missing => t(TokenUi::ResourceNone, lang).to_owned(),
    };
    let client = match (&facts.client_name, &facts.client_id) {
        (Some(name), Some(id)) => [name, " (", id, ")"].concat(),
        (None, Some(id)) => id.clone(),
        (Some(name), None) => name.clone(),
        (None, None) => dash.to_owned(),
    };
    let mut permissions = String::new();
    for (i, p) in facts.roles.iter().chain(&facts.scopes).enumerate() {
        if i > 0 {
            permissions.push(' ');
        }
        permissions.push_str(p);
    }
    if facts.roles.is_empty() && facts.scopes.is_empty() {
        permissions = t(TokenUi::NoPermissions, lang).to_owned();
    }
    let lifetime = match facts.expires {
        Some(exp) if exp <= now => fill(
            t(TokenUi::ExpiredAgo, lang),
            &[("duration", &duration(now - exp, lang))],
        ),
        Some(exp) => fill(
            t(TokenUi::ExpiresIn, lang),
            &[("duration", &duration(exp - now, lang))],
        ),
        None => dash.to_owned(),
    };
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.to_owned());
    let cloud = facts.cloud.map_or(dash, |c| cloud_name(c, lang));
    [
        (
            TokenUi::FactFormat,
            version_name(facts.version, lang).to_owned(),
        ),
        (
            TokenUi::FactKind,
            kind_name(facts.kind, facts.kind_basis, lang),
        ),
        (TokenUi::FactUse, use_name(facts.token_use, lang).to_owned()),
        (TokenUi::FactResource, resource),
        (TokenUi::FactCloud, cloud.to_owned()),
        (TokenUi::FactTenant, or_dash(&facts.tenant)),
        (TokenUi::FactClient, client),
        (TokenUi::FactUser, or_dash(&facts.user)),
        (TokenUi::FactPermissions, permissions),
        (TokenUi::FactLifetime, lifetime),
    ]
    .into_iter()
    .map(|(label, value)| (t(label, lang), value))
    .collect()
}

/// One claim row: the member's name, its value as written, what it means, and a time reading
/// for the date claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The member's name.
    pub name: String,
    /// Its value as written (an excerpt when long).
    pub value: String,
    /// What it means (or "not a standard claim").
    pub meaning: &'static str,
    /// "2023-11-15 07:13:20 UTC+09:00 (in 5 min)" for NumericDate claims.
    pub time: Option<String>,
    /// Whether the claim is a standard or Entra one.
    pub known: bool,
}

const TIME_CLAIMS: [&str; 4] = ["iat", "nbf", "exp", "auth_time"];

/// One row per member of `segment`, in the token's order and with the values as written (so
/// huge numbers stay exact). `utc_offset(at)` is the viewer's offset in minutes at `at` (the
/// page reads it from the browser).
pub fn claim_rows(
    members: &[(String, String)],
    claims: &Map<String, Value>,
    segment: Segment,
    now: i64,
    lang: Lang,
    utc_offset: &dyn Fn(i64) -> i32,
) -> Vec<ClaimRow> {
    let header = segment == Segment::Header;
    members
        .iter()
        .map(|(name, value)| {
            let help = if header {
                ClaimHelp::for_header(name)
            } else {
                ClaimHelp::for_claim(name)
            };
            let time = (!header && TIME_CLAIMS.contains(&name.as_str()))
                .then(|| claims.get(name).and_then(numeric_date))
                .flatten()
                .map(|at| {
                    let when = civil_time(at, utc_offset(at))
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| t(TokenUi::TimeOutOfRange, lang).to_owned());
                    [when.as_str(), " (", &relative(at, now, lang), ")"].concat()
                });
            ClaimRow {
                name: name.clone(),
                value: shown(value, text::CELL_CHARS, lang),
                meaning: help.map_or(t(TokenUi::UnknownClaim, lang), |h| h.get(lang)),
                time,
                known: help.is_some(),
            }
        })
        .collect()
}

/// One check as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckLine {
    /// Which check (its name is [`CheckId::label`]).
    pub id: CheckId,
    /// How it ended (its badge is [`CheckStatus::label`]).
    pub status: CheckStatus,
    /// What it found, in one sentence.
    pub sentence: String,
}

/// The permission verdict as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictView {
    /// `Pass` when granted, `Fail` when not, `Skip` when no operation was judged.
    pub status: CheckStatus,
    /// The least privileged permissions to add (empty when granted or not judged).
    pub missing: Vec<&'static str>,
    /// The verdict sentence first, then hints and notes.
    pub lines: Vec<String>,
}

/// The checks and the permission verdict, worded once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedChecks {
    /// Every check, in the order they ran.
    pub checks: Vec<CheckLine>,
    /// The verdict, read from the permission check's finding (not judged a second time).
    pub verdict: VerdictView,
}

/// Words `checks` (run for `choice`): each check's sentence and the permission verdict, whose
/// main sentence is also the permission check's.
pub fn word_checks(checks: &[Check], choice: &OperationChoice, lang: Lang) -> WordedChecks {
    let op = choice.operation();
    let unjudged = match choice {
        OperationChoice::Unknown(id) => fill(t(TokenUi::PermUnknownOperation, lang), &[("id", id)]),
        _ => t(TokenUi::PermNoOperation, lang).to_owned(),
    };
    let mut verdict = VerdictView {
        status: CheckStatus::Skip,
        missing: Vec::new(),
        lines: vec![unjudged],
    };
    let checks = checks
        .iter()
        .map(|c| {
            let sentence = match &c.finding {
                Finding::Permissions(v) => {
                    let lines = verdict_lines(v, lang);
                    let main = lines.first().cloned().unwrap_or_default();
                    verdict = VerdictView {
                        status: v.status,
                        missing: v.missing.clone(),
                        lines,
                    };
                    main
                }
                f => finding(f, op, lang),
            };
            CheckLine {
                id: c.id,
                status: c.status,
                sentence,
            }
        })
        .collect();
    WordedChecks { checks, verdict }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::operation;
    use crate::jwt::{CheckInput, run_checks};
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const NOW: i64 = 1_700_000_000;

    fn token(header: &str, payload: &str) -> PastedToken {
        let b = |s: &str| URL_SAFE_NO_PAD.encode(s);
        PastedToken::new(format!("{}.{}.{}", b(header), b(payload), b("sig")))
    }

    fn app_token() -> PastedToken {
        token(
            r#"{"typ":"JWT","alg":"RS256","kid":"k1"}"#,
            &format!(
                r#"{{"aud":"https://api.security.microsoft.com","iss":"https://sts.windows.net/{TID}/","nbf":{},"exp":{},"appid":"a","app_displayname":"SOC","idtyp":"app","roles":["Incident.Read.All"],"tid":"{TID}","ver":"1.0","big":12345678901234567890123}}"#,
                NOW - 300,
                NOW + 3_900
            ),
        )
    }

    fn checks(decoded: &Decoded, op: Option<&'static Operation>) -> Vec<Check> {
        let input = CheckInput {
            now: NOW,
            operation: op,
            expected_tenant: "",
            signature: SignatureState::Pending,
        };
        run_checks(&decoded.jwt, &decoded.facts, &input)
    }

    #[test]
    fn every_decode_error_reads_as_a_sentence_without_placeholders() {
        let errors = [
            DecodeError::Segments { count: 2 },
            DecodeError::Encrypted {
                alg: Some("RSA-OAEP".into()),
                enc: Some("A256GCM".into()),
            },
            DecodeError::Base64 {
                segment: Segment::Payload,
                problem: Base64Problem::InvalidCharacter {
                    character: '*',
                    position: 3,
                },
            },
            DecodeError::Utf8 {
                segment: Segment::Header,
                offset: 4,
            },
            DecodeError::TooDeep {
                segment: Segment::Payload,
            },
            DecodeError::NotObject {
                segment: Segment::Payload,
                found: JsonType::Array,
            },
        ];
        for lang in Lang::ALL {
            for e in &errors {
                let s = decode_error(e, lang);
                assert!(!s.contains('{') && !s.is_empty(), "{s}");
            }
        }
        assert_eq!(
            decode_error(&errors[2], Lang::En),
            "The payload is not valid base64url: character “*” at position 3."
        );
        assert_eq!(
            decode_error(&errors[2], Lang::Ja),
            "ペイロードが有効な base64url ではありません。位置 3 に文字「*」があります。"
        );
    }

    #[test]
    fn every_base64_problem_names_its_character_and_place() {
        let problems = [
            Base64Problem::InvalidCharacter {
                character: '*',
                position: 7,
            },
            Base64Problem::StandardAlphabet {
                character: '+',
                position: 7,
            },
            Base64Problem::MisplacedPadding { position: 7 },
            Base64Problem::Length { length: 7 },
            Base64Problem::TrailingBits {
                character: 'B',
                position: 7,
            },
        ];
        for lang in Lang::ALL {
            for problem in &problems {
                let error = DecodeError::Base64 {
                    segment: Segment::Header,
                    problem: problem.clone(),
                };
                let s = decode_error(&error, lang);
                assert!(!s.contains('{') && s.contains('7'), "{s}");
            }
        }
        let trailing = DecodeError::Base64 {
            segment: Segment::Signature,
            problem: problems[4].clone(),
        };
        assert_eq!(
            decode_error(&trailing, Lang::En),
            "The signature is not valid base64url: its last character “B” (position 7) sets bits that encode nothing."
        );
    }

    #[test]
    fn an_inspection_holds_the_facts_and_members_of_one_paste() {
        assert!(Inspection::of(&PastedToken::new("  ")).is_none());
        let inspection = Inspection::of(&app_token()).expect("pasted");
        let decoded = inspection.decoded().expect("decodes");
        assert_eq!(decoded.facts.tenant.as_deref(), Some(TID));
        let names: Vec<&str> = decoded
            .header_members
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(names, ["typ", "alg", "kid"]);
        let big = decoded.payload_members.iter().find(|(n, _)| n == "big");
        assert_eq!(
            big.map(|(_, v)| v.as_str()),
            Some("12345678901234567890123")
        );
        assert!(
            inspection
                .warnings()
                .iter()
                .any(|w| w.code() == "big_number")
        );
        let [header, payload] = inspection.json_blocks(Lang::En);
        assert!(header.is_some_and(|h| h.contains("RS256")));
        assert!(payload.is_some_and(|p| p.contains(TID)));

        let broken = Inspection::of(&PastedToken::new("abc.def")).expect("pasted");
        assert!(broken.decoded().is_none());
        assert_eq!(broken.json_blocks(Lang::En), [None, None]);
    }

    #[test]
    fn fact_rows_word_every_fact_in_order() {
        let inspection = Inspection::of(&app_token()).expect("pasted");
        let facts = &inspection.decoded().expect("decodes").facts;
        let rows = fact_rows(facts, NOW, Lang::En);
        let labels: Vec<&str> = rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(labels.len(), 10);
        assert_eq!(labels[0], TokenUi::FactFormat.get(Lang::En));
        assert_eq!(labels[9], TokenUi::FactLifetime.get(Lang::En));
        let value = |label: TokenUi| {
            rows.iter()
                .find(|(l, _)| *l == label.get(Lang::En))
                .map(|(_, v)| v.clone())
                .expect("row")
        };
        assert_eq!(value(TokenUi::FactTenant), TID);
        assert_eq!(value(TokenUi::FactClient), "SOC (a)");
        assert_eq!(value(TokenUi::FactPermissions), "Incident.Read.All");
        assert!(value(TokenUi::FactLifetime).contains("1 h 5 min"));
        assert!(value(TokenUi::FactResource).contains("https://api.security.microsoft.com"));
        assert_eq!(value(TokenUi::FactUser), TokenUi::NotPresent.get(Lang::En));
        let expired = fact_rows(facts, NOW + 4_000, Lang::En);
        assert!(expired[9].1.contains("1 min 40 s"), "{}", expired[9].1);
    }

    #[test]
    fn claim_rows_explain_each_member_and_read_dates_in_the_viewers_offset() {
        let inspection = Inspection::of(&app_token()).expect("pasted");
        let d = inspection.decoded().expect("decodes");
        let tokyo = |_: i64| 540;
        let header = claim_rows(
            &d.header_members,
            &d.jwt.header,
            Segment::Header,
            NOW,
            Lang::En,
            &tokyo,
        );
        assert_eq!(header.len(), 3);
        assert!(header.iter().all(|r| r.known && r.time.is_none()));
        let payload = claim_rows(
            &d.payload_members,
            &d.jwt.payload,
            Segment::Payload,
            NOW,
            Lang::En,
            &tokyo,
        );
        let row = |name: &str| payload.iter().find(|r| r.name == name).expect("row");
        assert_eq!(
            row("exp").time.as_deref(),
            Some("2023-11-15 08:18:20 UTC+09:00 (in 1 h 5 min)")
        );
        assert_eq!(
            row("nbf").time.as_deref(),
            Some("2023-11-15 07:08:20 UTC+09:00 (5 min ago)")
        );
        assert_eq!(row("big").value, "12345678901234567890123");
        assert!(!row("big").known);
        assert_eq!(row("big").meaning, TokenUi::UnknownClaim.get(Lang::En));
        assert!(row("roles").known && row("roles").time.is_none());
        assert_eq!(row("aud").value, "https://api.security.microsoft.com");
    }

    #[test]
    fn checks_and_the_verdict_are_worded_once_from_the_checks_output() {
        let inspection = Inspection::of(&app_token()).expect("pasted");
        let d = inspection.decoded().expect("decodes");
        let update = operation("xdr.incidents.update").expect("op");
        let worded = word_checks(
            &checks(d, Some(update)),
            &OperationChoice::Known(update),
            Lang::En,
        );
        assert_eq!(worded.checks.len(), CheckId::ALL.len());
        let permissions = worded
            .checks
            .iter()
            .find(|c| c.id == CheckId::Permissions)
            .expect("permissions check");
        assert_eq!(permissions.status, CheckStatus::Fail);
        assert_eq!(worded.verdict.status, CheckStatus::Fail);
        assert_eq!(worded.verdict.missing, ["Incident.ReadWrite.All"]);
        assert_eq!(permissions.sentence, worded.verdict.lines[0]);
        assert!(
            worded.verdict.lines.len() > 1,
            "the retirement note follows"
        );

        let list = operation("xdr.incidents.list").expect("op");
        let granted = word_checks(
            &checks(d, Some(list)),
            &OperationChoice::Known(list),
            Lang::Ja,
        );
        assert_eq!(granted.verdict.status, CheckStatus::Pass);
        assert!(granted.verdict.missing.is_empty());

        let none = word_checks(&checks(d, None), &OperationChoice::None, Lang::En);
        assert_eq!(none.verdict.status, CheckStatus::Skip);
        assert_eq!(none.verdict.lines, [TokenUi::PermNoOperation.get(Lang::En)]);
        let unknown = OperationChoice::Unknown("xdr.nope".into());
        let unknown = word_checks(&checks(d, None), &unknown, Lang::Ja);
        assert_eq!(unknown.verdict.status, CheckStatus::Skip);
        assert!(
            unknown.verdict.lines[0].contains("xdr.nope"),
            "{:?}",
            unknown.verdict.lines
        );
        assert!(!unknown.verdict.lines[0].contains('{'));
    }
}
