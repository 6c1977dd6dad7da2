//! What a decoded token is: Entra v1 or v2, app-only or delegated, access or ID token, for which
//! resource and cloud, in which tenant, requested by which client app — read from its claims,
//! without trusting them (nothing here is verified).

use serde_json::{Map, Value};

use super::decode::DecodedJwt;
use super::time::numeric_date;
use crate::catalog::{self, Resource};
use crate::cloud::{Api, Cloud, TokenVersion, parse_issuer};

/// Whose permissions the token carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// App-only: application permissions in `roles`, no user.
    App,
    /// Delegated: a user signed in; delegated permissions in `scp`.
    Delegated,
    /// Neither could be told.
    Unknown,
}

crate::codes! {
    /// `app`, `delegated` or `unknown` (as in `data-kind`).
    TokenKind {
        App => "app",
        Delegated => "delegated",
        Unknown => "unknown",
    }
}

/// Which claim decided the [`TokenKind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindBasis {
    /// The `idtyp` optional claim (`app` or `user`): the most accurate signal, per Entra docs.
    Idtyp,
    /// A non-empty `scp` claim.
    Scp,
    /// A non-empty `roles` claim and no `scp`.
    Roles,
    /// A client ID but no `scp`, no `roles` and no user claims: an app-only token without any
    /// application permission (typically: admin consent missing).
    NoUserClaims,
    /// Nothing to go by.
    Nothing,
}

/// What the token is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenUse {
    /// An access token (carries `scp`, `roles`, `appid` or `azp`).
    Access,
    /// An ID token (no permissions or client claims; a `nonce`, `at_hash`, `c_hash` or user
    /// claims instead). Never to be sent to an API.
    Id,
    /// Neither could be told.
    Unknown,
}

/// The resource the token's audience names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResourceFact {
    /// One of the catalog's resources.
    Known {
        /// Its API.
        api: Api,
        /// The cloud the audience value names; `None` for the resource's app ID, which is the
        /// same GUID in every cloud.
        cloud: Option<Cloud>,
        /// The `aud` value that matched.
        aud: String,
    },
    /// An audience the catalog does not know.
    Other {
        /// The first `aud` value.
        aud: String,
    },
    /// No usable `aud` claim.
    Missing,
}

impl ResourceFact {
    /// `xdr`, `mde`, `graph` or `other` (as in `data-resource`; a missing audience is `other`).
    pub fn code(&self) -> &'static str {
        match self {
            ResourceFact::Known { api, .. } => api.code(),
            ResourceFact::Other { .. } | ResourceFact::Missing => "other",
        }
    }

    /// The API, if the audience is a known resource.
    pub fn api(&self) -> Option<Api> {
        match self {
            ResourceFact::Known { api, .. } => Some(*api),
            _ => None,
        }
    }
}

/// A claim whose JSON type is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimTypeError {
    /// `aud` is neither a string nor an array of strings.
    AudNotStrings,
    /// This time claim (`exp`, `nbf` or `iat`) is not a JSON number.
    NotNumericDate(&'static str),
    /// `scp` is not a string.
    ScpNotString,
    /// `roles` is not an array of strings.
    RolesNotStrings,
}

/// Everything the page says about a token before checking it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenFacts {
    /// v1.0 or v2.0, from `ver` or else from the issuer's form.
    pub version: Option<TokenVersion>,
    /// App-only or delegated.
    pub kind: TokenKind,
    /// What decided [`TokenFacts::kind`].
    pub kind_basis: KindBasis,
    /// Access token or ID token.
    pub token_use: TokenUse,
    /// The `aud` values that are strings.
    pub audiences: Vec<String>,
    /// The resource the audience names.
    pub resource: ResourceFact,
    /// The cloud: the issuer's, narrowed by the audience when the issuer form is shared by two
    /// clouds (v1 `sts.windows.net`); the audience's when the issuer is not an Entra form.
    pub cloud: Option<Cloud>,
    /// Set when the audience names a resource URI of another cloud than the issuer's:
    /// `(audience's cloud, issuer's cloud)`. The issuer's counts.
    pub cloud_conflict: Option<(Cloud, Cloud)>,
    /// The `iss` claim, if a string.
    pub issuer: Option<String>,
    /// The `tid` claim, if a string.
    pub tenant: Option<String>,
    /// The client app's ID (`appid` in v1, `azp` in v2).
    pub client_id: Option<String>,
    /// The client app's display name (`app_displayname`), if present.
    pub client_name: Option<String>,
    /// The signed-in user (`upn`, `preferred_username`, `unique_name`, `email` or `name`).
    pub user: Option<String>,
    /// Delegated permissions: `scp` split on spaces.
    pub scopes: Vec<String>,
    /// The `roles` claim's strings.
    pub roles: Vec<String>,
    /// `iat` in Unix seconds, if a number.
    pub issued_at: Option<i64>,
    /// `nbf` in Unix seconds, if a number.
    pub not_before: Option<i64>,
    /// `exp` in Unix seconds, if a number.
    pub expires: Option<i64>,
    /// Claims whose JSON type is wrong.
    pub type_errors: Vec<ClaimTypeError>,
    /// Whether the header carries a `nonce` (Microsoft Graph tokens: not verifiable outside Graph).
    pub header_nonce: bool,
}

fn string(map: &Map<String, Value>, name: &str) -> Option<String> {
    map.get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

const USER_CLAIMS: [&str; 7] = [
    "upn",
    "preferred_username",
    "unique_name",
    "email",
    "name",
    "given_name",
    "family_name",
];

impl TokenFacts {
    /// Reads the facts from a decoded token.
    pub fn from_decoded(jwt: &DecodedJwt) -> TokenFacts {
        TokenFacts::from_claims(&jwt.header, &jwt.payload)
    }

    /// Reads the facts from a header and a payload.
    pub fn from_claims(header: &Map<String, Value>, claims: &Map<String, Value>) -> TokenFacts {
        let mut type_errors = Vec::new();

        let audiences = match claims.get("aud") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => strings(items),
            Some(_) => {
                type_errors.push(ClaimTypeError::AudNotStrings);
                Vec::new()
            }
        };
        let mut times = [None; 3];
        for (slot, name) in times.iter_mut().zip(["iat", "nbf", "exp"]) {
            if let Some(v) = claims.get(name) {
                *slot = numeric_date(v);
                if slot.is_none() {
                    type_errors.push(ClaimTypeError::NotNumericDate(name));
                }
            }
        }
        let scopes: Vec<String> = match claims.get("scp") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
            Some(_) => {
                type_errors.push(ClaimTypeError::ScpNotString);
                Vec::new()
            }
        };
        let roles: Vec<String> = match claims.get("roles") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => strings(items),
            Some(_) => {
                type_errors.push(ClaimTypeError::RolesNotStrings);
                Vec::new()
            }
        };

        let issuer = string(claims, "iss");
        let parsed_issuer = issuer.as_deref().and_then(parse_issuer);
        let version = string(claims, "ver")
            .and_then(|v| TokenVersion::from_ver(&v))
            .or(parsed_issuer.map(|i| i.form.version));

        let resource = audiences
            .iter()
            .find_map(|aud| {
                catalog::resource_for_audience(aud).map(|(r, cloud): (&Resource, Option<Cloud>)| {
                    ResourceFact::Known {
                        api: r.api,
                        cloud,
                        aud: aud.clone(),
                    }
                })
            })
            .or_else(|| {
                audiences
                    .first()
                    .map(|aud| ResourceFact::Other { aud: aud.clone() })
            })
            .unwrap_or(ResourceFact::Missing);
        // The issuer is what signed the token in: its cloud counts. An audience URI only narrows
        // a form two clouds share, and is reported when it names another cloud.
        let audience_cloud = match &resource {
            ResourceFact::Known { cloud, .. } => *cloud,
            _ => None,
        };
        let issuer_clouds = parsed_issuer.map(|i| i.form.clouds);
        let (cloud, cloud_conflict) = match (audience_cloud, issuer_clouds) {
            (Some(a), Some(clouds)) if clouds.contains(&a) => (Some(a), None),
            (Some(a), Some(clouds)) => (clouds.first().copied(), clouds.first().map(|i| (a, *i))),
            (None, Some(clouds)) => (clouds.first().copied(), None),
            (a, None) => (a, None),
        };

        let client_id = string(claims, "appid").or_else(|| string(claims, "azp"));
        let has_user_claims = USER_CLAIMS.iter().any(|c| claims.contains_key(*c));
        let (kind, kind_basis) = match string(claims, "idtyp").as_deref() {
            Some("app") => (TokenKind::App, KindBasis::Idtyp),
            Some("user") => (TokenKind::Delegated, KindBasis::Idtyp),
            _ if !scopes.is_empty() => (TokenKind::Delegated, KindBasis::Scp),
            _ if !roles.is_empty() => (TokenKind::App, KindBasis::Roles),
            _ if client_id.is_some() && !has_user_claims => {
                (TokenKind::App, KindBasis::NoUserClaims)
            }
            _ => (TokenKind::Unknown, KindBasis::Nothing),
        };
        // ID tokens may carry `roles` too (app roles assigned to the user), but never a client ID
        // (`appid`/`azp`) or `scp`; a payload `nonce`, `at_hash` or `c_hash` is ID-token only.
        let id_markers = ["nonce", "at_hash", "c_hash"]
            .iter()
            .any(|c| claims.contains_key(*c));
        let token_use = if id_markers {
            TokenUse::Id
        } else if client_id.is_some() || claims.contains_key("scp") {
            TokenUse::Access
        } else if parsed_issuer.is_some() && has_user_claims {
            TokenUse::Id
        } else if claims.contains_key("roles") {
            TokenUse::Access
        } else {
            TokenUse::Unknown
        };
        let user = ["upn", "preferred_username", "unique_name", "email", "name"]
            .iter()
            .find_map(|c| string(claims, c));

        TokenFacts {
            version,
            kind,
            kind_basis,
            token_use,
            audiences,
            resource,
            cloud,
            cloud_conflict,
            issuer,
            tenant: string(claims, "tid"),
            client_id,
            client_name: string(claims, "app_displayname"),
            user,
            scopes,
            roles,
            issued_at: times[0],
            not_before: times[1],
            expires: times[2],
            type_errors,
            header_nonce: header.contains_key("nonce"),
        }
    }
}

/// The strings of a JSON array already known to hold only strings (`aud`, `roles`).
fn strings(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn facts(claims: Value) -> TokenFacts {
        let Value::Object(map) = claims else {
            panic!("object")
        };
        TokenFacts::from_claims(&Map::new(), &map)
    }

    #[test]
    fn app_only_v1_token_for_defender_for_endpoint() {
        // The shape of samples/mde-app-token-decoded.thirdparty.json.
        let f = facts(json!({
            "aud": "https://api.securitycenter.microsoft.com",
            "iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
            "appid": "11111111-2222-3333-4444-555555555555", "appidacr": "1",
            "roles": ["SecurityRecommendation.Read.All", "Machine.Read.All"],
            "tid": "72f988bf-86f1-41af-91ab-2d7cd011db47", "ver": "1.0",
            "iat": 1_700_000_000, "nbf": 1_700_000_000, "exp": 1_700_003_600,
        }));
        assert_eq!(f.version, Some(TokenVersion::V1));
        assert_eq!((f.kind, f.kind_basis), (TokenKind::App, KindBasis::Roles));
        assert_eq!(f.token_use, TokenUse::Access);
        assert_eq!(f.resource.code(), "mde");
        assert_eq!(f.cloud, Some(Cloud::Global));
        assert_eq!(f.roles.len(), 2);
        assert_eq!(f.expires, Some(1_700_003_600));
        assert!(f.type_errors.is_empty());
    }

    #[test]
    fn delegated_v2_token_and_idtyp_wins() {
        let f = facts(json!({
            "aud": "00000003-0000-0000-c000-000000000000",
            "iss": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
            "azp": "6e74172b-be56-4843-9ff4-e66a39bb12e3",
            "scp": "SecurityIncident.Read.All  User.Read", "roles": ["Reader"],
            "preferred_username": "yamada@contoso.example",
        }));
        assert_eq!(f.version, Some(TokenVersion::V2));
        assert_eq!(
            (f.kind, f.kind_basis),
            (TokenKind::Delegated, KindBasis::Scp)
        );
        assert_eq!(f.scopes, ["SecurityIncident.Read.All", "User.Read"]);
        assert_eq!(f.resource.code(), "graph");
        assert_eq!(f.user.as_deref(), Some("yamada@contoso.example"));
        let f = facts(json!({"idtyp": "app", "scp": "x"}));
        assert_eq!((f.kind, f.kind_basis), (TokenKind::App, KindBasis::Idtyp));
    }

    #[test]
    fn app_token_without_roles_and_id_tokens() {
        let f = facts(json!({"appid": "a", "aud": "https://api.security.microsoft.com/"}));
        assert_eq!(
            (f.kind, f.kind_basis),
            (TokenKind::App, KindBasis::NoUserClaims)
        );
        assert_eq!(f.resource.code(), "xdr");
        let id = facts(json!({
            "aud": "6e74172b-be56-4843-9ff4-e66a39bb12e3",
            "iss": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
            "name": "Abe Lincoln", "nonce": "123", "ver": "2.0"
        }));
        assert_eq!(id.token_use, TokenUse::Id);
        assert_eq!(id.kind, TokenKind::Unknown);
        assert_eq!(id.resource.code(), "other");
        assert_eq!(facts(json!({})).token_use, TokenUse::Unknown);
        // An ID token listing the user's app roles is still an ID token.
        let id_with_roles = facts(json!({
            "aud": "6e74172b-be56-4843-9ff4-e66a39bb12e3",
            "iss": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
            "preferred_username": "u@contoso.example", "roles": ["Reader"], "ver": "2.0"
        }));
        assert_eq!(id_with_roles.token_use, TokenUse::Id);
        let with_nonce = facts(json!({"azp": "x", "scp": "a", "nonce": "n"}));
        assert_eq!(with_nonce.token_use, TokenUse::Id);
    }

    #[test]
    fn wrong_claim_types_are_reported() {
        let f = facts(json!({"aud": 1, "exp": "1700000000", "scp": ["a"], "roles": "r"}));
        assert_eq!(
            f.type_errors,
            [
                ClaimTypeError::AudNotStrings,
                ClaimTypeError::NotNumericDate("exp"),
                ClaimTypeError::ScpNotString,
                ClaimTypeError::RolesNotStrings
            ]
        );
        assert_eq!(f.resource, ResourceFact::Missing);
        let f = facts(json!({"aud": ["https://graph.microsoft.us", 5]}));
        assert_eq!(f.type_errors, [ClaimTypeError::AudNotStrings]);
    }

    #[test]
    fn a_guid_audience_takes_its_cloud_from_the_issuer() {
        // Graph's app ID is the same in every cloud: a US Government token is not Global.
        let f = facts(json!({
            "aud": "00000003-0000-0000-c000-000000000000",
            "iss": "https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        }));
        assert_eq!(f.resource.code(), "graph");
        assert_eq!(f.cloud, Some(Cloud::UsGov));
        assert_eq!(f.cloud_conflict, None);
        let f = facts(json!({
            "aud": "8ee8fdad-f234-4243-8f3b-15c294843740",
            "iss": "https://sts.chinacloudapi.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/",
        }));
        assert_eq!(f.cloud, Some(Cloud::China));
        // An audience URI of another cloud than the issuer's: the issuer counts, and it is said.
        let f = facts(json!({
            "aud": "https://graph.microsoft.com",
            "iss": "https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        }));
        assert_eq!(f.cloud, Some(Cloud::UsGov));
        assert_eq!(f.cloud_conflict, Some((Cloud::Global, Cloud::UsGov)));
        // The v1 issuer is shared by Global and US Government: the audience narrows it.
        let f = facts(json!({
            "aud": "https://api-gov.security.microsoft.us",
            "iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
        }));
        assert_eq!((f.cloud, f.cloud_conflict), (Some(Cloud::UsGov), None));
    }

    #[test]
    fn cloud_comes_from_the_audience_then_the_issuer() {
        let f = facts(json!({"aud": "https://api-gov.security.microsoft.us"}));
        assert_eq!(f.cloud, Some(Cloud::UsGov));
        let f = facts(json!({
            "aud": "api://x",
            "iss": "https://login.partner.microsoftonline.cn/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"
        }));
        assert_eq!(f.cloud, Some(Cloud::China));
    }
}
