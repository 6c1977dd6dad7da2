//! The checks the page runs on a decoded token, each ending in pass / warn / fail / skip with a
//! finding the page words: lifetime (no leeway), audience, issuer, tenant, token use, algorithm,
//! signature and permissions.

use serde_json::Value;

use super::check_status::CheckStatus;
use super::decode::DecodedJwt;
use super::facts::{ClaimTypeError, ResourceFact, TokenFacts, TokenUse};
use super::jwk::SignatureBlock;
use super::verdict::{PermissionVerdict, permission_verdict};
use crate::catalog::Operation;
use crate::cloud::{Api, Cloud, TokenVersion, is_guid, parse_issuer};
use crate::i18n::{Lang, Text, TokenUi};

/// The tenant of personal Microsoft accounts.
pub const MSA_TENANT: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";

/// Which check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckId {
    /// `nbf` ≤ now < `exp`.
    Lifetime,
    /// `aud` names the chosen operation's resource.
    Audience,
    /// `iss` has an Entra form and its tenant equals `tid`.
    Issuer,
    /// `tid` equals the tenant the user expects.
    Tenant,
    /// An access token, not an ID token.
    TokenUse,
    /// The header's `alg`.
    Algorithm,
    /// The signature, against pasted keys.
    Signature,
    /// The permission verdict for the chosen operation.
    Permissions,
}

impl CheckId {
    /// Every check, in display order.
    pub const ALL: [CheckId; 8] = [
        CheckId::Lifetime,
        CheckId::Audience,
        CheckId::Issuer,
        CheckId::Tenant,
        CheckId::TokenUse,
        CheckId::Algorithm,
        CheckId::Signature,
        CheckId::Permissions,
    ];

    /// The code in `data-check`: `lifetime`, `audience`, `issuer`, `tenant`, `token-use`,
    /// `algorithm`, `signature`, `permissions`.
    pub fn code(self) -> &'static str {
        match self {
            CheckId::Lifetime => "lifetime",
            CheckId::Audience => "audience",
            CheckId::Issuer => "issuer",
            CheckId::Tenant => "tenant",
            CheckId::TokenUse => "token-use",
            CheckId::Algorithm => "algorithm",
            CheckId::Signature => "signature",
            CheckId::Permissions => "permissions",
        }
    }

    /// The check's name in the page language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CheckId::Lifetime => TokenUi::CheckLifetime,
            CheckId::Audience => TokenUi::CheckAudience,
            CheckId::Issuer => TokenUi::CheckIssuer,
            CheckId::Tenant => TokenUi::CheckTenant,
            CheckId::TokenUse => TokenUi::CheckTokenUse,
            CheckId::Algorithm => TokenUi::CheckAlgorithm,
            CheckId::Signature => TokenUi::CheckSignature,
            CheckId::Permissions => TokenUi::CheckPermissions,
        }
        .get(lang)
    }
}

/// Where the signature check stands. The page computes it: [`super::jwk::plan_verification`]
/// says whether a check is possible, WebCrypto says whether it passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureState {
    /// No check was attempted, for this reason.
    NotChecked(SignatureBlock),
    /// WebCrypto is working on it.
    Pending,
    /// The signature matches this key.
    Verified {
        /// The key's `kid`, if it has one.
        kid: Option<String>,
    },
    /// The signature matches none of the candidate keys.
    Invalid {
        /// The candidates' `kid`s.
        kids: Vec<String>,
    },
    /// WebCrypto refused the key or the signature.
    CryptoFailed,
}

/// What a check found. Carries data only; the page words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Valid now, for this many more seconds.
    Valid {
        /// Seconds until `exp`.
        expires_in: i64,
    },
    /// Expired this many seconds ago.
    Expired {
        /// Seconds since `exp`.
        ago: i64,
    },
    /// Not valid for this many more seconds.
    NotYetValid {
        /// Seconds until `nbf`.
        starts_in: i64,
    },
    /// No `exp` claim.
    NoExpiry,
    /// This time claim is not a number.
    NotNumericDate(&'static str),
    /// No operation chosen (audience and permissions need one).
    NoOperation,
    /// No `aud` claim.
    AudienceMissing,
    /// `aud` has the wrong JSON type.
    AudienceNotStrings,
    /// `aud` names the operation's resource.
    AudienceMatches {
        /// The matching value.
        aud: String,
        /// The operation's API.
        needed: Api,
    },
    /// `aud` names another known resource.
    AudienceOtherResource {
        /// The token's audience.
        aud: String,
        /// Its resource.
        found: Api,
        /// The operation's resource.
        needed: Api,
        /// The resource URI to request instead (in the token's cloud).
        request: &'static str,
    },
    /// `aud` names no resource the catalog knows.
    AudienceUnknown {
        /// The token's first audience.
        aud: String,
        /// The operation's resource.
        needed: Api,
        /// The resource URI to request instead.
        request: &'static str,
    },
    /// The operation's API is not offered in the token's cloud.
    AudienceNotOffered {
        /// The operation's API.
        needed: Api,
        /// The token's cloud.
        cloud: Cloud,
    },
    /// An Entra issuer whose tenant equals `tid`.
    IssuerOk {
        /// The issuer form's version.
        version: TokenVersion,
        /// Its cloud.
        cloud: Cloud,
        /// The tenant.
        tenant: String,
    },
    /// No `iss` claim.
    IssuerMissing,
    /// Not an Entra issuer form.
    IssuerUnknown {
        /// The issuer.
        iss: String,
    },
    /// The issuer's tenant differs from `tid`.
    IssuerTenantMismatch {
        /// The tenant in `iss`.
        issuer_tenant: String,
        /// The `tid` claim.
        tid: String,
    },
    /// No `tid` to compare with.
    IssuerNoTid {
        /// The tenant in `iss`.
        issuer_tenant: String,
    },
    /// The issuer's form and `ver` disagree.
    IssuerVersionMismatch {
        /// The issuer form's version.
        issuer: TokenVersion,
        /// The `ver` claim as written.
        ver: String,
    },
    /// The audience names a resource URI of another cloud than the issuer's (the issuer counts).
    IssuerCloudMismatch {
        /// The cloud the audience URI belongs to.
        audience: Cloud,
        /// The issuer's cloud.
        issuer: Cloud,
    },
    /// The personal Microsoft account tenant.
    ConsumerTenant,
    /// No expected tenant entered.
    TenantNotGiven,
    /// `tid` equals the expected tenant.
    TenantMatches {
        /// The tenant.
        tenant: String,
    },
    /// `tid` differs from the expected tenant.
    TenantMismatch {
        /// The token's `tid`.
        tid: String,
        /// What the user expects.
        expected: String,
    },
    /// The expected tenant is not a GUID.
    TenantNotGuid {
        /// What the user typed.
        expected: String,
    },
    /// No `tid` claim.
    TenantMissing,
    /// An access token; this claim shows it.
    AccessToken {
        /// `scp`, `roles`, `appid` or `azp`.
        claim: &'static str,
    },
    /// An ID token.
    IdToken,
    /// Not recognisably an access token.
    UnknownUse,
    /// RS256.
    AlgRs256,
    /// `none`.
    AlgNone,
    /// An HMAC algorithm.
    AlgHmac {
        /// The algorithm.
        alg: String,
    },
    /// Another registered algorithm.
    AlgOther {
        /// The algorithm.
        alg: String,
    },
    /// Not a registered algorithm.
    AlgUnknown {
        /// The algorithm as written.
        alg: String,
    },
    /// No `alg`.
    AlgMissing,
    /// The signature check's state.
    Signature(SignatureState),
    /// The permission verdict.
    Permissions(Box<PermissionVerdict>),
}

/// One check's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Which check.
    pub id: CheckId,
    /// Its outcome.
    pub status: CheckStatus,
    /// What it found.
    pub finding: Finding,
}

/// What the checks compare the token with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInput<'a> {
    /// The current time, Unix seconds (lifetime is checked with no leeway).
    pub now: i64,
    /// The operation the user wants to call, if chosen.
    pub operation: Option<&'static Operation>,
    /// The tenant ID the user expects (blank: not checked).
    pub expected_tenant: &'a str,
    /// Where the signature check stands.
    pub signature: SignatureState,
}

/// Runs every check, in [`CheckId::ALL`] order.
pub fn run_checks(jwt: &DecodedJwt, facts: &TokenFacts, input: &CheckInput<'_>) -> Vec<Check> {
    let check = |id, (status, finding)| Check {
        id,
        status,
        finding,
    };
    vec![
        check(CheckId::Lifetime, lifetime(facts, input.now)),
        check(CheckId::Audience, audience(facts, input.operation)),
        check(CheckId::Issuer, issuer(facts)),
        check(CheckId::Tenant, tenant(facts, input.expected_tenant)),
        check(CheckId::TokenUse, token_use(facts)),
        check(CheckId::Algorithm, algorithm(jwt.header.get("alg"))),
        check(CheckId::Signature, signature(&input.signature)),
        check(CheckId::Permissions, permissions(facts, input.operation)),
    ]
}

/// The permission verdict among `checks` (the one [`run_checks`] computed), if an operation was
/// chosen: read it here rather than judging the token a second time.
pub fn permission_of(checks: &[Check]) -> Option<&PermissionVerdict> {
    checks.iter().find_map(|c| match &c.finding {
        Finding::Permissions(v) => Some(v.as_ref()),
        _ => None,
    })
}

type Outcome = (CheckStatus, Finding);

fn lifetime(facts: &TokenFacts, now: i64) -> Outcome {
    for claim in ["nbf", "exp"] {
        if facts
            .type_errors
            .contains(&ClaimTypeError::NotNumericDate(claim))
        {
            return (CheckStatus::Fail, Finding::NotNumericDate(claim));
        }
    }
    if let Some(nbf) = facts.not_before.filter(|nbf| *nbf > now) {
        return (
            CheckStatus::Fail,
            Finding::NotYetValid {
                starts_in: nbf.saturating_sub(now),
            },
        );
    }
    match facts.expires {
        None => (CheckStatus::Warn, Finding::NoExpiry),
        Some(exp) if exp <= now => (
            CheckStatus::Fail,
            Finding::Expired {
                ago: now.saturating_sub(exp),
            },
        ),
        Some(exp) => (
            CheckStatus::Pass,
            Finding::Valid {
                expires_in: exp.saturating_sub(now),
            },
        ),
    }
}

fn audience(facts: &TokenFacts, op: Option<&'static Operation>) -> Outcome {
    let Some(op) = op else {
        return (CheckStatus::Skip, Finding::NoOperation);
    };
    if facts.type_errors.contains(&ClaimTypeError::AudNotStrings) {
        return (CheckStatus::Fail, Finding::AudienceNotStrings);
    }
    let Some(first) = facts.audiences.first() else {
        return (CheckStatus::Fail, Finding::AudienceMissing);
    };
    let needed = op.api;
    let token_cloud = facts.cloud.unwrap_or_default();
    let cloud = token_cloud;
    let request = needed
        .resource_uri(cloud)
        .or(needed.resource_uri(Cloud::Global))
        .unwrap_or_default();
    let resource = op.resource();
    if let Some((aud, cloud)) = facts.audiences.iter().find_map(|a| {
        resource
            .audience_cloud(a)
            .map(|c| (a, c.unwrap_or(token_cloud)))
    }) {
        if needed.resource_uri(cloud).is_none() {
            return (
                CheckStatus::Fail,
                Finding::AudienceNotOffered { needed, cloud },
            );
        }
        return (
            CheckStatus::Pass,
            Finding::AudienceMatches {
                aud: aud.clone(),
                needed,
            },
        );
    }
    let finding = match &facts.resource {
        ResourceFact::Known { api, aud, .. } => Finding::AudienceOtherResource {
            aud: aud.clone(),
            found: *api,
            needed,
            request,
        },
        _ => Finding::AudienceUnknown {
            aud: first.clone(),
            needed,
            request,
        },
    };
    (CheckStatus::Fail, finding)
}

fn issuer(facts: &TokenFacts) -> Outcome {
    let Some(iss) = &facts.issuer else {
        return (CheckStatus::Fail, Finding::IssuerMissing);
    };
    let Some(parsed) = parse_issuer(iss) else {
        return (
            CheckStatus::Fail,
            Finding::IssuerUnknown { iss: iss.clone() },
        );
    };
    let issuer_tenant = parsed.tenant.to_owned();
    let Some(tid) = &facts.tenant else {
        return (CheckStatus::Fail, Finding::IssuerNoTid { issuer_tenant });
    };
    if !is_guid(&issuer_tenant) || !issuer_tenant.eq_ignore_ascii_case(tid) {
        return (
            CheckStatus::Fail,
            Finding::IssuerTenantMismatch {
                issuer_tenant,
                tid: tid.clone(),
            },
        );
    }
    if tid.eq_ignore_ascii_case(MSA_TENANT) {
        return (CheckStatus::Warn, Finding::ConsumerTenant);
    }
    if let Some(ver) = facts
        .version
        .filter(|v| *v != parsed.form.version)
        .map(|v| v.code().to_owned())
    {
        return (
            CheckStatus::Warn,
            Finding::IssuerVersionMismatch {
                issuer: parsed.form.version,
                ver,
            },
        );
    }
    if let Some((audience, issuer)) = facts.cloud_conflict {
        return (
            CheckStatus::Warn,
            Finding::IssuerCloudMismatch { audience, issuer },
        );
    }
    let cloud = facts
        .cloud
        .filter(|c| parsed.form.clouds.contains(c))
        .unwrap_or(parsed.form.clouds[0]);
    (
        CheckStatus::Pass,
        Finding::IssuerOk {
            version: parsed.form.version,
            cloud,
            tenant: issuer_tenant,
        },
    )
}

fn tenant(facts: &TokenFacts, expected: &str) -> Outcome {
    let expected = expected.trim();
    if expected.is_empty() {
        return (CheckStatus::Skip, Finding::TenantNotGiven);
    }
    if !is_guid(expected) {
        return (
            CheckStatus::Warn,
            Finding::TenantNotGuid {
                expected: expected.to_owned(),
            },
        );
    }
    match &facts.tenant {
        None => (CheckStatus::Fail, Finding::TenantMissing),
        Some(tid) if tid.eq_ignore_ascii_case(expected) => (
            CheckStatus::Pass,
            Finding::TenantMatches {
                tenant: tid.clone(),
            },
        ),
        Some(tid) => (
            CheckStatus::Fail,
            Finding::TenantMismatch {
                tid: tid.clone(),
                expected: expected.to_owned(),
            },
        ),
    }
}

fn token_use(facts: &TokenFacts) -> Outcome {
    match facts.token_use {
        TokenUse::Access => {
            let claim = if !facts.scopes.is_empty() {
                "scp"
            } else if !facts.roles.is_empty() {
                "roles"
            } else if facts.version == Some(TokenVersion::V2) {
                "azp"
            } else {
                "appid"
            };
            (CheckStatus::Pass, Finding::AccessToken { claim })
        }
        TokenUse::Id => (CheckStatus::Fail, Finding::IdToken),
        TokenUse::Unknown => (CheckStatus::Warn, Finding::UnknownUse),
    }
}

/// The JWS algorithms registered by RFC 7518, RFC 8037 and RFC 8812.
const REGISTERED: [&str; 14] = [
    "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256",
    "PS384", "PS512", "EdDSA", "ES256K",
];

fn algorithm(alg: Option<&Value>) -> Outcome {
    let Some(alg) = alg.and_then(Value::as_str) else {
        return (CheckStatus::Fail, Finding::AlgMissing);
    };
    let owned = alg.to_owned();
    match alg {
        "RS256" => (CheckStatus::Pass, Finding::AlgRs256),
        "none" => (CheckStatus::Fail, Finding::AlgNone),
        "HS256" | "HS384" | "HS512" => (CheckStatus::Warn, Finding::AlgHmac { alg: owned }),
        a if REGISTERED.contains(&a) => (CheckStatus::Warn, Finding::AlgOther { alg: owned }),
        _ => (CheckStatus::Fail, Finding::AlgUnknown { alg: owned }),
    }
}

fn signature(state: &SignatureState) -> Outcome {
    let status = match state {
        SignatureState::Verified { .. } => CheckStatus::Pass,
        SignatureState::Invalid { .. } => CheckStatus::Fail,
        SignatureState::Pending => CheckStatus::Skip,
        SignatureState::CryptoFailed => CheckStatus::Warn,
        SignatureState::NotChecked(block) => match block {
            SignatureBlock::Unsigned | SignatureBlock::Damaged(_) => CheckStatus::Fail,
            SignatureBlock::NoKeys
            | SignatureBlock::NotVerifiableByDesign
            | SignatureBlock::UnsupportedAlg(_) => CheckStatus::Skip,
            SignatureBlock::KeysNotJson { .. }
            | SignatureBlock::NoKeysInJson
            | SignatureBlock::NoMatchingKey { .. }
            | SignatureBlock::NoRsaKey => CheckStatus::Warn,
        },
    };
    (status, Finding::Signature(state.clone()))
}

fn permissions(facts: &TokenFacts, op: Option<&'static Operation>) -> Outcome {
    match op {
        None => (CheckStatus::Skip, Finding::NoOperation),
        Some(op) => {
            let verdict = permission_verdict(facts, op);
            (verdict.status, Finding::Permissions(Box::new(verdict)))
        }
    }
}

#[cfg(test)]
mod tests;
