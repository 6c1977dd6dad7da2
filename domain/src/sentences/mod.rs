//! The one place where token checks and catalog facts become sentences in the page language:
//! decode errors and warnings, facts, check findings, the permission verdict and the catalog's
//! requirements and limits. The token inspector and the incidents explorer only place these strings.

use crate::catalog::{DocNote, Limit, Operation, RateLimit, Requirement, RetirementNotice};
use crate::cloud::{Api, Cloud, TokenVersion};
use crate::i18n::{CatalogText, Lang, Text, TokenUi, fill};
use crate::jwt::jwk::SignatureBlock;
use crate::jwt::{
    Base64Problem, DecodeError, DecodeWarning, DurationParts, Extracted, Finding, InputForm,
    JsonProblem, JsonType, KindBasis, PermissionVerdict, Segment, SignatureState, TokenKind,
    TokenUse, VerdictOutcome,
};
use crate::jwt::{CheckId, CheckStatus};

fn t(key: TokenUi, lang: Lang) -> &'static str {
    key.get(lang)
}

/// A quoted name: “…” in English, 「…」 in Japanese.
fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Ja => format!("「{text}」"),
    }
}

/// `1234567` → `1,234,567` (the same grouping in English and Japanese).
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration as its two largest units: `1 h 5 min` / `1 時間 5 分`.
pub fn duration(secs: i64, lang: Lang) -> String {
    DurationParts::of(secs)
        .top_two()
        .into_iter()
        .map(|(unit, n)| {
            let key = match unit {
                "d" => TokenUi::UnitDays,
                "h" => TokenUi::UnitHours,
                "min" => TokenUi::UnitMinutes,
                _ => TokenUi::UnitSeconds,
            };
            fill(t(key, lang), &[("n", &group_digits(n))])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "3 min ago" / "in 3 min" relative to `now`.
pub fn relative(at: i64, now: i64, lang: Lang) -> String {
    let d = duration(at.saturating_sub(now), lang);
    if at == now {
        t(TokenUi::TimeNow, lang).to_owned()
    } else if at < now {
        fill(t(TokenUi::TimeAgo, lang), &[("duration", &d)])
    } else {
        fill(t(TokenUi::TimeIn, lang), &[("duration", &d)])
    }
}

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
    let text = match error {
        DecodeError::Segments { count } => fill(
            t(TokenUi::ErrSegments, lang),
            &[("count", &count.to_string())],
        ),
        DecodeError::Encrypted { alg, enc } => {
            let mut s = t(TokenUi::ErrEncrypted, lang).to_owned();
            if let (Some(alg), Some(enc)) = (alg, enc) {
                s.push(' ');
                s.push_str(&fill(
                    t(TokenUi::ErrEncryptedAlgorithms, lang),
                    &[("alg", alg), ("enc", enc)],
                ));
            }
            s
        }
        DecodeError::Base64 { segment, problem } => {
            let (key, args): (TokenUi, Vec<(&str, String)>) = match problem {
                Base64Problem::InvalidCharacter {
                    character,
                    position,
                } => (
                    TokenUi::ErrBase64Char,
                    vec![
                        ("char", character.to_string()),
                        ("pos", position.to_string()),
                    ],
                ),
                Base64Problem::StandardAlphabet {
                    character,
                    position,
                } => (
                    TokenUi::ErrBase64Standard,
                    vec![
                        ("char", character.to_string()),
                        ("pos", position.to_string()),
                    ],
                ),
                Base64Problem::MisplacedPadding { position } => (
                    TokenUi::ErrBase64Padding,
                    vec![("pos", position.to_string())],
                ),
                Base64Problem::Length { length } => {
                    (TokenUi::ErrBase64Length, vec![("len", length.to_string())])
                }
                Base64Problem::TrailingBits {
                    character,
                    position,
                } => (
                    TokenUi::ErrBase64TrailingBits,
                    vec![
                        ("char", character.to_string()),
                        ("pos", position.to_string()),
                    ],
                ),
            };
            let mut args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            args.push(("segment", seg(segment)));
            fill(t(key, lang), &args)
        }
        DecodeError::Utf8 { segment, offset } => fill(
            t(TokenUi::ErrUtf8, lang),
            &[("segment", seg(segment)), ("offset", &offset.to_string())],
        ),
        DecodeError::EmptySegment { segment } => fill(
            t(TokenUi::ErrEmptySegment, lang),
            &[("segment", seg(segment))],
        ),
        DecodeError::TooDeep { segment } => fill(
            t(TokenUi::ErrTooDeep, lang),
            &[
                ("segment", seg(segment)),
                ("limit", &crate::jwt::MAX_DEPTH.to_string()),
            ],
        ),
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
            fill(
                t(key, lang),
                &[
                    ("segment", seg(segment)),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            )
        }
        DecodeError::NotObject { segment, found } => fill(
            t(TokenUi::ErrNotObject, lang),
            &[
                ("segment", seg(segment)),
                ("found", json_type(*found, lang)),
            ],
        ),
    };
    capitalised(text, lang)
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
    let text = match w {
        DecodeWarning::Padding { segment: s } => fill(
            t(TokenUi::WarnPadding, lang),
            &[("segment", segment(*s, lang))],
        ),
        DecodeWarning::BigNumber {
            segment: s,
            literal,
        } => fill(
            t(TokenUi::WarnBigNumber, lang),
            &[("segment", segment(*s, lang)), ("literal", literal)],
        ),
        DecodeWarning::Critical { names } => fill(
            t(TokenUi::WarnCritical, lang),
            &[("names", &names.join(", "))],
        ),
        DecodeWarning::DuplicateKey { segment: s, key } => fill(
            t(TokenUi::WarnDuplicateKey, lang),
            &[("segment", segment(*s, lang)), ("key", key)],
        ),
        DecodeWarning::Signature { problem } => fill(
            t(TokenUi::WarnSignature, lang),
            &[("problem", &signature_problem(problem, lang))],
        ),
    };
    capitalised(text, lang)
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

/// The API's product name.
pub fn api_name(api: Api, lang: Lang) -> &'static str {
    t(
        match api {
            Api::Xdr => TokenUi::ApiXdr,
            Api::Mde => TokenUi::ApiMde,
            Api::Graph => TokenUi::ApiGraph,
        },
        lang,
    )
}

/// The cloud's name.
pub fn cloud_name(cloud: Cloud, lang: Lang) -> &'static str {
    t(
        match cloud {
            Cloud::Global => TokenUi::CloudGlobal,
            Cloud::UsGov => TokenUi::CloudUsGov,
            Cloud::China => TokenUi::CloudChina,
        },
        lang,
    )
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
        Some(b) => format!("{name} ({})", t(b, lang)),
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

/// The check's name.
pub fn check_name(id: CheckId, lang: Lang) -> &'static str {
    t(
        match id {
            CheckId::Lifetime => TokenUi::CheckLifetime,
            CheckId::Audience => TokenUi::CheckAudience,
            CheckId::Issuer => TokenUi::CheckIssuer,
            CheckId::Tenant => TokenUi::CheckTenant,
            CheckId::TokenUse => TokenUi::CheckTokenUse,
            CheckId::Algorithm => TokenUi::CheckAlgorithm,
            CheckId::Signature => TokenUi::CheckSignature,
            CheckId::Permissions => TokenUi::CheckPermissions,
        },
        lang,
    )
}

/// Pass / Warning / Fail / Skipped.
pub fn status_name(s: CheckStatus, lang: Lang) -> &'static str {
    t(
        match s {
            CheckStatus::Pass => TokenUi::StatusPass,
            CheckStatus::Warn => TokenUi::StatusWarn,
            CheckStatus::Fail => TokenUi::StatusFail,
            CheckStatus::Skip => TokenUi::StatusSkip,
        },
        lang,
    )
}

/// The operation as "Title (METHOD /path)".
pub fn operation_label(op: &Operation, lang: Lang) -> String {
    format!(
        "{} ({} {})",
        op.title.get(lang),
        op.method.as_str(),
        op.path
    )
}

fn signature_sentence(state: &SignatureState, lang: Lang) -> String {
    let no_kid = t(TokenUi::NoKid, lang);
    match state {
        SignatureState::Pending => t(TokenUi::SigVerifying, lang).to_owned(),
        SignatureState::Verified { kid } => fill(
            t(TokenUi::SigValid, lang),
            &[("kid", kid.as_deref().unwrap_or(no_kid))],
        ),
        SignatureState::Invalid { kids } => {
            let kids = if kids.is_empty() {
                no_kid.to_owned()
            } else {
                kids.join(", ")
            };
            fill(t(TokenUi::SigInvalid, lang), &[("kid", &kids)])
        }
        SignatureState::CryptoFailed => t(TokenUi::SigCryptoFailed, lang).to_owned(),
        SignatureState::NotChecked(block) => match block {
            SignatureBlock::NoKeys => t(TokenUi::SigNoKeys, lang).to_owned(),
            SignatureBlock::KeysNotJson { line, column } => fill(
                t(TokenUi::SigKeysNotJson, lang),
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            SignatureBlock::NoKeysInJson => t(TokenUi::SigKeysNoKeys, lang).to_owned(),
            SignatureBlock::NotVerifiableByDesign => {
                t(TokenUi::SigNotVerifiableByDesign, lang).to_owned()
            }
            SignatureBlock::Unsigned => t(TokenUi::SigUnsigned, lang).to_owned(),
            SignatureBlock::UnsupportedAlg(alg) => {
                let alg = if alg.is_empty() { "—" } else { alg.as_str() };
                fill(t(TokenUi::SigUnsupportedAlg, lang), &[("alg", alg)])
            }
            SignatureBlock::NoMatchingKey { kid } => {
                fill(t(TokenUi::SigNoMatchingKey, lang), &[("kid", kid)])
            }
            SignatureBlock::NoRsaKey => t(TokenUi::SigNoRsaKey, lang).to_owned(),
            SignatureBlock::Damaged(problem) => fill(
                t(TokenUi::SigDamaged, lang),
                &[("problem", &signature_problem(problem, lang))],
            ),
        },
    }
}

/// What a check found, in one sentence.
pub fn finding(f: &Finding, op: Option<&Operation>, lang: Lang) -> String {
    let op_name = op
        .map(|o| quoted(o.title.get(lang), lang))
        .unwrap_or_default();
    let api = |a: &Api| api_name(*a, lang);
    match f {
        Finding::Valid { expires_in } => fill(
            t(TokenUi::LifeValid, lang),
            &[("duration", &duration(*expires_in, lang))],
        ),
        Finding::Expired { ago } => fill(
            t(TokenUi::LifeExpired, lang),
            &[("duration", &duration(*ago, lang))],
        ),
        Finding::NotYetValid { starts_in } => fill(
            t(TokenUi::LifeNotYetValid, lang),
            &[("duration", &duration(*starts_in, lang))],
        ),
        Finding::NoExpiry => t(TokenUi::LifeNoExpiry, lang).to_owned(),
        Finding::NotNumericDate(claim) => {
            fill(t(TokenUi::LifeNotNumber, lang), &[("claim", claim)])
        }
        Finding::NoOperation => t(TokenUi::AudNoOperation, lang).to_owned(),
        Finding::AudienceMissing => t(TokenUi::AudMissing, lang).to_owned(),
        Finding::AudienceNotStrings => t(TokenUi::AudNotString, lang).to_owned(),
        Finding::AudienceMatches { aud, needed } => fill(
            t(TokenUi::AudMatches, lang),
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
        } => fill(
            t(TokenUi::AudOtherResource, lang),
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
        } => fill(
            t(TokenUi::AudUnknown, lang),
            &[
                ("aud", aud),
                ("needed", api(needed)),
                ("operation", &op_name),
                ("uri", request),
            ],
        ),
        Finding::AudienceNotOffered { needed, cloud } => fill(
            t(TokenUi::AudNotOffered, lang),
            &[("needed", api(needed)), ("cloud", cloud_name(*cloud, lang))],
        ),
        Finding::IssuerOk {
            version,
            cloud,
            tenant,
        } => fill(
            t(TokenUi::IssOk, lang),
            &[
                ("version", version.code()),
                ("cloud", cloud_name(*cloud, lang)),
                ("tenant", tenant),
            ],
        ),
        Finding::IssuerMissing => t(TokenUi::IssMissing, lang).to_owned(),
        Finding::IssuerUnknown { iss } => fill(t(TokenUi::IssUnknown, lang), &[("iss", iss)]),
        Finding::IssuerTenantMismatch { issuer_tenant, tid } => fill(
            t(TokenUi::IssTenantMismatch, lang),
            &[("issuer_tenant", issuer_tenant), ("tid", tid)],
        ),
        Finding::IssuerNoTid { issuer_tenant } => fill(
            t(TokenUi::IssNoTid, lang),
            &[("issuer_tenant", issuer_tenant)],
        ),
        Finding::IssuerVersionMismatch { issuer, ver } => fill(
            t(TokenUi::IssVersionMismatch, lang),
            &[("issuer_version", issuer.code()), ("ver", ver)],
        ),
        Finding::IssuerCloudMismatch { audience, issuer } => fill(
            t(TokenUi::IssCloudMismatch, lang),
            &[
                ("audience", cloud_name(*audience, lang)),
                ("issuer", cloud_name(*issuer, lang)),
            ],
        ),
        Finding::ConsumerTenant => t(TokenUi::IssConsumerTenant, lang).to_owned(),
        Finding::TenantNotGiven => t(TokenUi::TenantNotGiven, lang).to_owned(),
        Finding::TenantMatches { tenant } => {
            fill(t(TokenUi::TenantMatches, lang), &[("tenant", tenant)])
        }
        Finding::TenantMismatch { tid, expected } => fill(
            t(TokenUi::TenantMismatch, lang),
            &[("tid", tid), ("expected", expected)],
        ),
        Finding::TenantNotGuid { expected } => {
            fill(t(TokenUi::TenantNotGuid, lang), &[("expected", expected)])
        }
        Finding::TenantMissing => t(TokenUi::TenantMissing, lang).to_owned(),
        Finding::AccessToken { claim } => fill(t(TokenUi::UseAccessOk, lang), &[("claim", claim)]),
        Finding::IdToken => t(TokenUi::UseIdFail, lang).to_owned(),
        Finding::UnknownUse => t(TokenUi::UseUnknownWarn, lang).to_owned(),
        Finding::AlgRs256 => t(TokenUi::AlgRs256, lang).to_owned(),
        Finding::AlgNone => t(TokenUi::AlgNone, lang).to_owned(),
        Finding::AlgHmac { alg } => fill(t(TokenUi::AlgHmac, lang), &[("alg", alg)]),
        Finding::AlgOther { alg } => fill(t(TokenUi::AlgOther, lang), &[("alg", alg)]),
        Finding::AlgUnknown { alg } => fill(t(TokenUi::AlgUnknown, lang), &[("alg", alg)]),
        Finding::AlgMissing => t(TokenUi::AlgMissing, lang).to_owned(),
        Finding::Signature(state) => signature_sentence(state, lang),
        Finding::Permissions(verdict) => verdict_lines(verdict, lang)
            .into_iter()
            .next()
            .unwrap_or_default(),
    }
}

fn permission_kind(grant: crate::catalog::GrantKind, lang: Lang) -> &'static str {
    match grant {
        crate::catalog::GrantKind::Application => t(TokenUi::PermApplication, lang),
        crate::catalog::GrantKind::Delegated => t(TokenUi::PermDelegated, lang),
    }
}

fn or_list(items: &[&str], lang: Lang) -> String {
    if items.is_empty() {
        return t(TokenUi::NotAvailable, lang).to_owned();
    }
    items.join(t(TokenUi::OrSeparator, lang))
}

/// The verdict: the main sentence first, then hints, the signed-in user's needs and the
/// retirement note.
pub fn verdict_lines(v: &PermissionVerdict, lang: Lang) -> Vec<String> {
    let op = quoted(v.operation.title.get(lang), lang);
    let api = |a: &Api| api_name(*a, lang);
    let main = match &v.outcome {
        VerdictOutcome::Granted {
            claim,
            grant,
            value,
        } => fill(
            t(TokenUi::VerdictGranted, lang),
            &[
                ("claim", claim),
                ("kind", permission_kind(*grant, lang)),
                ("value", value),
            ],
        ),
        VerdictOutcome::MissingApplication { least } => fill(
            t(TokenUi::VerdictMissingApplication, lang),
            &[("operation", &op), ("least", least)],
        ),
        VerdictOutcome::MissingDelegated { least } => fill(
            t(TokenUi::VerdictMissingDelegated, lang),
            &[("operation", &op), ("least", least)],
        ),
        VerdictOutcome::NoDelegatedPermission { least_application } => fill(
            t(TokenUi::VerdictNoDelegated, lang),
            &[("operation", &op), ("least", least_application)],
        ),
        VerdictOutcome::WrongResource { found, needed } => fill(
            t(TokenUi::VerdictWrongResource, lang),
            &[
                ("found", api(found)),
                ("needed", api(needed)),
                ("operation", &op),
            ],
        ),
        VerdictOutcome::UnknownResource { needed } => fill(
            t(TokenUi::VerdictUnknownResource, lang),
            &[("needed", api(needed)), ("operation", &op)],
        ),
        VerdictOutcome::NoPermissionClaims { least } => fill(
            t(TokenUi::VerdictNoPermissionClaims, lang),
            &[("least", least)],
        ),
        VerdictOutcome::IdToken => t(TokenUi::VerdictIdToken, lang).to_owned(),
    };
    let mut lines = vec![main];
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
            &[("requirements", &requirements(v.user_requirements, lang))],
        ));
    }
    if let Some(r) = &v.retirement {
        lines.push(retirement(r.notice, v.operation.api, lang));
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

/// What Microsoft says about an operation's retirement, in one or two sentences: the one source
/// of the per-operation wording (token verdict, catalog); [`crate::i18n::Ui::AboutRetirement`]
/// says it for the whole tool.
pub fn retirement(notice: RetirementNotice, api: Api, lang: Lang) -> String {
    let key = match notice {
        RetirementNotice::OnItsPage => TokenUi::RetiringOnItsPage,
        RetirementNotice::ApiInMessageCenter => TokenUi::RetiringApiOnly,
    };
    fill(t(key, lang), &[("api", api_name(api, lang))])
}

/// The catalog's short label for an operation's retirement notice.
pub fn retirement_badge(notice: RetirementNotice, lang: Lang) -> &'static str {
    t(
        match notice {
            RetirementNotice::OnItsPage => TokenUi::BadgeRetiringOnPage,
            RetirementNotice::ApiInMessageCenter => TokenUi::BadgeRetiringApi,
        },
        lang,
    )
}

/// A portal or directory role requirement.
pub fn requirement(r: Requirement, lang: Lang) -> &'static str {
    match r {
        Requirement::ViewData => CatalogText::ReqViewData,
        Requirement::AlertsInvestigation => CatalogText::ReqAlertsInvestigation,
        Requirement::ActiveRemediation => CatalogText::ReqActiveRemediation,
        Requirement::ManageSecuritySettings => CatalogText::ReqManageSecuritySettings,
        Requirement::AppropriateRole => CatalogText::ReqAppropriateRole,
        Requirement::DeviceGroupAccess => CatalogText::ReqDeviceGroupAccess,
        Requirement::MinimumRemediationLevel => CatalogText::ReqMinimumRemediationLevel,
        Requirement::ViewIncidents => CatalogText::ReqViewIncidents,
        Requirement::UpdateIncidents => CatalogText::ReqUpdateIncidents,
        Requirement::ResultsScopedToUser => CatalogText::ReqResultsScopedToUser,
        Requirement::EntraSecurityReader => CatalogText::ReqEntraSecurityReader,
        Requirement::EntraSecurityOperator => CatalogText::ReqEntraSecurityOperator,
    }
    .get(lang)
}

/// Requirements joined into one phrase.
pub fn requirements(rs: &[Requirement], lang: Lang) -> String {
    rs.iter()
        .map(|r| requirement(*r, lang))
        .collect::<Vec<_>>()
        .join(t(TokenUi::ListSeparator, lang))
}

/// A documented limit.
pub fn limit(l: Limit, lang: Lang) -> String {
    let (key, n) = match l {
        Limit::MaxPageSize(n) => (CatalogText::LimMaxPageSize, Some(n)),
        Limit::MaxBatch(n) => (CatalogText::LimMaxBatch, Some(n)),
        Limit::MaxActiveIndicators(n) => (CatalogText::LimMaxActiveIndicators, Some(n)),
        Limit::MaxConcurrentSessions(n) => (CatalogText::LimMaxConcurrentSessions, Some(n)),
        Limit::MaxRows(n) => (CatalogText::LimMaxRows, Some(n)),
        Limit::MaxResultMegabytes(n) => (CatalogText::LimMaxResultMegabytes, Some(n)),
        Limit::TimeoutSeconds(n) => (CatalogText::LimTimeoutSeconds, Some(n)),
        Limit::RuntimeMinutesPerHour(n) => (CatalogText::LimRuntimeMinutesPerHour, Some(n)),
        Limit::RuntimeHoursPerDay(n) => (CatalogText::LimRuntimeHoursPerDay, Some(n)),
        Limit::LookbackDays(n) => (CatalogText::LimLookbackDays, Some(n)),
        Limit::MaxDevices(n) => (CatalogText::LimMaxDevices, Some(n)),
        Limit::CpuQuota => (CatalogText::LimCpuQuota, None),
        Limit::VariesByTenantSize => (CatalogText::LimVariesByTenantSize, None),
    };
    let n = n.map(|n| group_digits(u64::from(n))).unwrap_or_default();
    fill(key.get(lang), &[("n", &n)])
}

/// Rates and limits in one phrase ("not documented" when there are none).
pub fn rate(r: &RateLimit, lang: Lang) -> String {
    if !r.is_documented() {
        return CatalogText::RateNotDocumented.get(lang).to_owned();
    }
    let mut parts = Vec::new();
    if let Some(n) = r.per_minute {
        parts.push(fill(
            CatalogText::RatePerMinute.get(lang),
            &[("n", &group_digits(u64::from(n)))],
        ));
    }
    if let Some(n) = r.per_hour {
        parts.push(fill(
            CatalogText::RatePerHour.get(lang),
            &[("n", &group_digits(u64::from(n)))],
        ));
    }
    parts.extend(r.limits.iter().map(|l| limit(*l, lang)));
    parts.join(t(TokenUi::ListSeparator, lang))
}

/// A documentation note.
pub fn note(n: DocNote, lang: Lang) -> &'static str {
    match n {
        DocNote::TypoAlertsReadWriteAll => CatalogText::NoteTypoAlertsReadWriteAll,
        DocNote::UrlReadAllCase => CatalogText::NoteUrlReadAllCase,
        DocNote::OnlyReadWriteListed => CatalogText::NoteOnlyReadWriteListed,
        DocNote::ReadPermissionsListedForAction => CatalogText::NoteReadPermissionsListedForAction,
        DocNote::NoDelegatedPermission => CatalogText::NoteNoDelegatedPermission,
        DocNote::IndicatorsOwnOnly => CatalogText::NoteIndicatorsOwnOnly,
        DocNote::LegacyHunting => CatalogText::NoteLegacyHunting,
        DocNote::DefenderUserReadAll => CatalogText::NoteDefenderUserReadAll,
        DocNote::CancelMatchesActionType => CatalogText::NoteCancelMatchesActionType,
        DocNote::GraphNotInChina => CatalogText::NoteGraphNotInChina,
        DocNote::PermissionsFromSecondarySource => CatalogText::NotePermissionsFromSecondarySource,
        DocNote::AddedFromGraphReference => CatalogText::NoteAddedFromGraphReference,
        DocNote::RequiresPlan2 => CatalogText::NoteRequiresPlan2,
    }
    .get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{operation, operations};

    #[test]
    fn retirement_is_worded_as_microsoft_says_it() {
        use crate::catalog::RetirementNotice;
        let hunting = operation("xdr.advancedhunting.run").expect("op");
        let list = operation("xdr.incidents.list").expect("op");
        assert_eq!(
            hunting.retirement_notice(),
            Some(RetirementNotice::OnItsPage)
        );
        assert_eq!(
            list.retirement_notice(),
            Some(RetirementNotice::ApiInMessageCenter)
        );
        for lang in [Lang::En, Lang::Ja] {
            let page = retirement(RetirementNotice::OnItsPage, Api::Xdr, lang);
            let api = retirement(RetirementNotice::ApiInMessageCenter, Api::Xdr, lang);
            for s in [&page, &api] {
                assert!(s.contains("MC1220762"), "{s}");
            }
        }
        let en = retirement(RetirementNotice::ApiInMessageCenter, Api::Mde, Lang::En);
        assert!(en.contains("carries no retirement notice"), "{en}");
        assert!(en.contains("Message center"), "{en}");
        // The shared sentence says who announced what, and where to confirm.
        let about = crate::i18n::Ui::AboutRetirement.get(Lang::En);
        for needle in [
            "MC1220762",
            "2027-02-01",
            "advanced-hunting",
            "isolation",
            "Message center",
        ] {
            assert!(about.contains(needle), "{needle}: {about}");
        }
        assert!(
            crate::i18n::Ui::AboutRetirement
                .get(Lang::Ja)
                .contains("2027 年 2 月 1 日")
        );
    }

    #[test]
    fn digits_and_durations() {
        assert_eq!(group_digits(100_000), "100,000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(duration(3_900, Lang::En), "1 h 5 min");
        assert_eq!(duration(3_900, Lang::Ja), "1 時間 5 分");
        assert_eq!(relative(100, 40, Lang::En), "in 1 min");
        assert_eq!(relative(40, 100, Lang::Ja), "1 分前");
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
    fn catalog_texts_exist_for_every_operation() {
        for op in operations() {
            for lang in Lang::ALL {
                assert!(!rate(&op.rate, lang).contains('{'));
                assert!(!requirements(op.requirements, lang).contains('{'));
                for n in op.notes {
                    assert!(!note(*n, lang).is_empty());
                }
            }
        }
        let list = operation("xdr.incidents.list").expect("list");
        assert_eq!(
            rate(&list.rate, Lang::En),
            "50 calls per minute, 1,500 calls per hour, at most 100 items per page"
        );
    }
}
