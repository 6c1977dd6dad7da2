//! Admin-consent links: the inputs a partner types, their validation, and the exact URL.
//!
//! [`ConsentRequest`] is a builder over plain strings (what the page's fields hold) that ends in a
//! pure [`ConsentRequest::to_url`]. Nothing here generates randomness: the `state` is passed in
//! (the page draws it from `crypto.getRandomValues` and turns it into text with
//! [`state_from_random`]), so tests pin every URL exactly. Hosts and resource URIs come from
//! [`crate::cloud`]; this module writes none of its own.
//!
//! Sources: `shared/reference/defender-api-facts.md` §D (the three link formats and their
//! parameters), Microsoft Entra's redirect URI rules (absolute `https`, or `http` on localhost; no
//! fragment, no wildcard; at most 256 characters).

pub mod lookup;
pub mod message;
pub mod redirect;

use crate::cloud::{Api, Cloud, is_guid};
use crate::url::{Split, encode_component, is_loopback_host};

/// Which consent URL to build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LinkFormat {
    /// The Defender guide's own link: the v1 `oauth2/authorize` endpoint with `prompt=consent`
    /// and `sso_reload=true`. The tenant defaults to `common`; redirect URI and state are optional.
    #[default]
    Authorize,
    /// The tenant-wide `adminconsent` endpoint (no scope: the app's configured permissions).
    AdminConsent,
    /// The v2 `adminconsent` endpoint with `scope={resource}/.default`; `common` is refused.
    V2AdminConsent,
}

crate::codes! {
    /// The code used in forms and share links: `authorize`, `adminconsent`, `v2-adminconsent`.
    LinkFormat {
        Authorize => "authorize",
        AdminConsent => "adminconsent",
        V2AdminConsent => "v2-adminconsent",
    }
}

impl LinkFormat {
    /// Every format, in display order.
    pub const ALL: [LinkFormat; 3] = [
        LinkFormat::Authorize,
        LinkFormat::AdminConsent,
        LinkFormat::V2AdminConsent,
    ];

    /// Whether this format needs a redirect URI (Entra sends the admin back there).
    pub fn requires_redirect_uri(self) -> bool {
        !matches!(self, LinkFormat::Authorize)
    }

    /// Whether this format needs an explicit tenant (the v1 authorize link falls back to `common`).
    pub fn requires_tenant(self) -> bool {
        !matches!(self, LinkFormat::Authorize)
    }
}

/// A tenant as the sign-in URL names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tenant {
    /// A tenant ID (a GUID), lower-cased.
    Id(String),
    /// A verified domain such as `contoso.onmicrosoft.com`, lower-cased.
    Domain(String),
    /// `common`: any work or school account (and, on v1, the admin's own tenant).
    Common,
    /// `organizations`: any work or school account.
    Organizations,
}

impl Tenant {
    /// Parses what a user typed: a GUID, a domain name, `common` or `organizations`
    /// (case-insensitive, surrounding spaces ignored). Empty input is [`ConsentError::TenantMissing`].
    pub fn parse(input: &str) -> Result<Tenant, ConsentError> {
        let t = input.trim().to_ascii_lowercase();
        match t.as_str() {
            "" => Err(ConsentError::TenantMissing),
            "common" => Ok(Tenant::Common),
            "organizations" => Ok(Tenant::Organizations),
            "consumers" | MSA_TENANT => Err(ConsentError::TenantConsumers),
            _ if is_guid(&t) && t == NIL_GUID => Err(ConsentError::TenantPlaceholder),
            _ if is_guid(&t) => Ok(Tenant::Id(t)),
            _ if is_domain(&t) => Ok(Tenant::Domain(t)),
            _ => Err(ConsentError::TenantInvalid),
        }
    }

    /// The path segment of the sign-in URL.
    pub fn as_str(&self) -> &str {
        match self {
            Tenant::Id(s) | Tenant::Domain(s) => s,
            Tenant::Common => "common",
            Tenant::Organizations => "organizations",
        }
    }

    /// Whether the tenant names one organization (an ID or a domain), as token requests need.
    pub fn is_specific(&self) -> bool {
        matches!(self, Tenant::Id(_) | Tenant::Domain(_))
    }
}

/// The all-zero GUID the Defender guide prints where the application ID goes.
const NIL_GUID: &str = "00000000-0000-0000-0000-000000000000";
/// The tenant of personal Microsoft accounts, which cannot grant admin consent.
const MSA_TENANT: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";
/// Entra's limit on the length of a redirect URI.
pub const MAX_REDIRECT_URI_LEN: usize = 256;
/// The longest `state` this page puts into a link.
pub const MAX_STATE_LEN: usize = 256;

/// Whether `s` is a domain name such as `contoso.onmicrosoft.com` (lower-case ASCII labels, a
/// letters-only top-level label).
pub fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    s.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// The input a problem belongs to, so the page can mark that field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The application (client) ID.
    ClientId,
    /// The tenant.
    Tenant,
    /// The redirect URI.
    RedirectUri,
    /// The state.
    State,
    /// The API and cloud pair.
    Api,
}

/// Why a consent link cannot be built. Each carries what the message needs, not the message:
/// [`ConsentError::message`] turns it into a sentence in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConsentError {
    /// No application (client) ID.
    ClientIdMissing,
    /// The application ID is not a GUID.
    ClientIdNotGuid,
    /// The application ID is the guide's all-zero placeholder.
    ClientIdPlaceholder,
    /// This format needs a tenant and none was given.
    TenantMissing,
    /// The tenant is neither a GUID, a domain, `common` nor `organizations`.
    TenantInvalid,
    /// The tenant is the all-zero GUID.
    TenantPlaceholder,
    /// `consumers` (or the personal-account tenant): personal accounts cannot consent for an
    /// organization.
    TenantConsumers,
    /// `common` on the v2 admin-consent endpoint, which Microsoft says not to use.
    TenantCommonNotAllowed,
    /// This format needs a redirect URI and none was given.
    RedirectMissing,
    /// The redirect URI is not an absolute `https://` (or `http://localhost`) URL.
    RedirectNotAbsolute,
    /// An `http://` redirect URI to a host other than localhost.
    RedirectInsecure,
    /// The redirect URI has a `#fragment`, which Entra refuses.
    RedirectFragment,
    /// The redirect URI has a `*` wildcard, which Entra refuses.
    RedirectWildcard,
    /// The redirect URI has `user@` in front of its host.
    RedirectUserinfo,
    /// The redirect URI holds spaces or control characters.
    RedirectWhitespace,
    /// The redirect URI is longer than [`MAX_REDIRECT_URI_LEN`].
    RedirectTooLong,
    /// The state is longer than [`MAX_STATE_LEN`].
    StateTooLong,
    /// The API is not offered in the cloud.
    ApiNotInCloud {
        /// The chosen API.
        api: Api,
        /// The chosen cloud.
        cloud: Cloud,
    },
}

impl ConsentError {
    /// The field to mark.
    pub fn field(&self) -> Field {
        use ConsentError::*;
        match self {
            ClientIdMissing | ClientIdNotGuid | ClientIdPlaceholder => Field::ClientId,
            TenantMissing
            | TenantInvalid
            | TenantPlaceholder
            | TenantConsumers
            | TenantCommonNotAllowed => Field::Tenant,
            RedirectMissing | RedirectNotAbsolute | RedirectInsecure | RedirectFragment
            | RedirectWildcard | RedirectUserinfo | RedirectWhitespace | RedirectTooLong => {
                Field::RedirectUri
            }
            StateTooLong => Field::State,
            ApiNotInCloud { .. } => Field::Api,
        }
    }

    /// A stable machine-readable code (for `data-error-kind` and tests).
    pub fn code(&self) -> &'static str {
        use ConsentError::*;
        match self {
            ClientIdMissing => "client_id_missing",
            ClientIdNotGuid => "client_id_not_guid",
            ClientIdPlaceholder => "client_id_placeholder",
            TenantMissing => "tenant_missing",
            TenantInvalid => "tenant_invalid",
            TenantPlaceholder => "tenant_placeholder",
            TenantConsumers => "tenant_consumers",
            TenantCommonNotAllowed => "tenant_common_not_allowed",
            RedirectMissing => "redirect_missing",
            RedirectNotAbsolute => "redirect_not_absolute",
            RedirectInsecure => "redirect_insecure",
            RedirectFragment => "redirect_fragment",
            RedirectWildcard => "redirect_wildcard",
            RedirectUserinfo => "redirect_userinfo",
            RedirectWhitespace => "redirect_whitespace",
            RedirectTooLong => "redirect_too_long",
            StateTooLong => "state_too_long",
            ApiNotInCloud { .. } => "api_not_in_cloud",
        }
    }

    /// The sentence to show, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{ConsentText as T, Text, fill};
        use ConsentError::*;
        let key = match self {
            ClientIdMissing => T::ErrClientIdMissing,
            ClientIdNotGuid => T::ErrClientIdNotGuid,
            ClientIdPlaceholder => T::ErrClientIdPlaceholder,
            TenantMissing => T::ErrTenantMissing,
            TenantInvalid => T::ErrTenantInvalid,
            TenantPlaceholder => T::ErrTenantPlaceholder,
            TenantConsumers => T::ErrTenantConsumers,
            TenantCommonNotAllowed => T::ErrTenantCommonV2,
            RedirectMissing => T::ErrRedirectMissing,
            RedirectNotAbsolute => T::ErrRedirectNotAbsolute,
            RedirectInsecure => T::ErrRedirectInsecure,
            RedirectFragment => T::ErrRedirectFragment,
            RedirectWildcard => T::ErrRedirectWildcard,
            RedirectUserinfo => T::ErrRedirectUserinfo,
            RedirectWhitespace => T::ErrRedirectWhitespace,
            RedirectTooLong => T::ErrRedirectTooLong,
            StateTooLong => T::ErrStateTooLong,
            ApiNotInCloud { .. } => T::ErrApiNotInCloud,
        };
        let (api, cloud) = match self {
            ApiNotInCloud { api, cloud } => (
                message::api_name(*api).get(lang),
                message::cloud_name(*cloud).get(lang),
            ),
            _ => ("", ""),
        };
        fill(
            key.get(lang),
            &[
                ("api", api),
                ("cloud", cloud),
                ("max", &MAX_REDIRECT_URI_LEN.to_string()),
            ],
        )
    }
}

/// A non-blocking remark about otherwise valid inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsentWarning {
    /// The API stops working on 2027-02-01.
    ApiRetiring,
    /// US Government chosen: only GCC High and DoD use it; GCC tenants use the global cloud.
    UsGovIsHighAndDod,
    /// No redirect URI on the authorize link: Entra uses the app's first registered one, so the
    /// result may not come back to a page the partner controls.
    AuthorizeWithoutRedirect,
    /// No state: the answer cannot be tied to this link.
    NoState,
    /// Microsoft Graph in the China cloud: the Graph security APIs are not available there
    /// (Graph docs `api-reference/includes/global-us.md` on each security page); the link is
    /// still valid for other Graph permissions.
    GraphSecurityNotInChina,
}

/// The inputs of a consent link, as typed. Build with [`ConsentRequest::new`] and the setters,
/// then call [`ConsentRequest::to_url`]. Defaults: the authorize format, the global cloud,
/// Microsoft Graph, everything else empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentRequest {
    /// The link format.
    pub format: LinkFormat,
    /// The customer's cloud.
    pub cloud: Cloud,
    /// The API the app calls.
    pub api: Api,
    /// The application (client) ID, as typed.
    pub client_id: String,
    /// The customer's tenant, as typed.
    pub tenant: String,
    /// The redirect URI, as typed.
    pub redirect_uri: String,
    /// The state, as generated or edited.
    pub state: String,
}

/// A link that passed validation: its URL and the values it was built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentLink {
    /// The URL to send to the customer's admin.
    pub url: String,
    /// The normalized (lower-case) application ID.
    pub client_id: String,
    /// The tenant the link names.
    pub tenant: Tenant,
    /// The resource URI of the chosen API in the chosen cloud.
    pub resource: &'static str,
}

impl ConsentRequest {
    /// A request for `client_id` with the defaults above.
    pub fn new(client_id: impl Into<String>) -> ConsentRequest {
        ConsentRequest {
            client_id: client_id.into(),
            ..ConsentRequest::default()
        }
    }

    /// Sets the application (client) ID.
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = client_id.into();
        self
    }

    /// Sets the format.
    pub fn format(mut self, format: LinkFormat) -> Self {
        self.format = format;
        self
    }

    /// Sets the cloud.
    pub fn cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = cloud;
        self
    }

    /// Sets the API.
    pub fn api(mut self, api: Api) -> Self {
        self.api = api;
        self
    }

    /// Sets the tenant.
    pub fn tenant(mut self, tenant: impl Into<String>) -> Self {
        self.tenant = tenant.into();
        self
    }

    /// Sets the redirect URI.
    pub fn redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.redirect_uri = uri.into();
        self
    }

    /// Sets the state.
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.state = state.into();
        self
    }

    /// The validated link, or every problem with the inputs (at most one per field), in the order
    /// of the form: application ID, tenant, API, redirect URI, state.
    pub fn build(&self) -> Result<ConsentLink, Vec<ConsentError>> {
        let mut problems = Vec::new();
        let client_id = self.client_id.trim().to_ascii_lowercase();
        if client_id.is_empty() {
            problems.push(ConsentError::ClientIdMissing);
        } else if !is_guid(&client_id) {
            problems.push(ConsentError::ClientIdNotGuid);
        } else if client_id == NIL_GUID {
            problems.push(ConsentError::ClientIdPlaceholder);
        }

        let tenant = match Tenant::parse(&self.tenant) {
            Err(ConsentError::TenantMissing) if !self.format.requires_tenant() => {
                Some(Tenant::Common)
            }
            Ok(Tenant::Common) if self.format == LinkFormat::V2AdminConsent => {
                problems.push(ConsentError::TenantCommonNotAllowed);
                None
            }
            Ok(t) => Some(t),
            Err(e) => {
                problems.push(e);
                None
            }
        };

        let resource = self.api.resource_uri(self.cloud);
        if resource.is_none() {
            problems.push(ConsentError::ApiNotInCloud {
                api: self.api,
                cloud: self.cloud,
            });
        }

        let redirect = self.redirect_uri.trim();
        if redirect.is_empty() {
            if self.format.requires_redirect_uri() {
                problems.push(ConsentError::RedirectMissing);
            }
        } else if let Err(e) = check_redirect_uri(redirect) {
            problems.push(e);
        }

        let state = self.state.trim();
        if state.chars().count() > MAX_STATE_LEN {
            problems.push(ConsentError::StateTooLong);
        }

        match (tenant, resource) {
            (Some(tenant), Some(resource)) if problems.is_empty() => {
                let url = self.url_for(&client_id, &tenant, resource, redirect, state);
                Ok(ConsentLink {
                    url,
                    client_id,
                    tenant,
                    resource,
                })
            }
            _ => Err(problems),
        }
    }

    /// The link's URL, or the first problem with the inputs. Pure: the same inputs always give the
    /// same URL.
    pub fn to_url(&self) -> Result<String, ConsentError> {
        self.build().map(|l| l.url).map_err(|mut problems| {
            // `build` only fails with at least one problem.
            problems.swap_remove(0)
        })
    }

    /// Remarks that do not block the link.
    pub fn warnings(&self) -> Vec<ConsentWarning> {
        let mut out = Vec::new();
        if self.api.is_retiring() {
            out.push(ConsentWarning::ApiRetiring);
        }
        if self.cloud == Cloud::UsGov {
            out.push(ConsentWarning::UsGovIsHighAndDod);
        }
        if self.format == LinkFormat::Authorize && self.redirect_uri.trim().is_empty() {
            out.push(ConsentWarning::AuthorizeWithoutRedirect);
        }
        if self.state.trim().is_empty() {
            out.push(ConsentWarning::NoState);
        }
        if self.api == Api::Graph && self.cloud == Cloud::China {
            out.push(ConsentWarning::GraphSecurityNotInChina);
        }
        out
    }

    fn url_for(
        &self,
        client_id: &str,
        tenant: &Tenant,
        resource: &str,
        redirect: &str,
        state: &str,
    ) -> String {
        let origin = self.cloud.login_origin();
        let scope;
        let (path, rest): (&str, &[&str]) = match self.format {
            LinkFormat::Authorize => (
                "/oauth2/authorize?prompt=consent&client_id=",
                &[client_id, "&response_type=code&sso_reload=true"],
            ),
            LinkFormat::AdminConsent => ("/adminconsent?client_id=", &[client_id]),
            LinkFormat::V2AdminConsent => {
                scope = encode_component(&[resource, "/.default"].concat());
                (
                    "/v2.0/adminconsent?client_id=",
                    &[client_id, "&scope=", &scope],
                )
            }
        };
        let mut url = [origin, "/", tenant.as_str(), path].concat();
        rest.iter().for_each(|s| url.push_str(s));
        if !redirect.is_empty() {
            url.push_str("&redirect_uri=");
            url.push_str(&encode_component(redirect));
        }
        if !state.is_empty() {
            url.push_str("&state=");
            url.push_str(&encode_component(state));
        }
        url
    }

    /// The non-secret inputs as `key=value` pairs for a share link (`#/consent?…`): format,
    /// cloud, API, application ID, tenant and redirect URI. The state is left out on purpose: it
    /// is this browser's check on the answer, not something to pass around. Empty values are
    /// omitted.
    pub fn share_params(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("format", self.format.code().to_owned()),
            ("cloud", self.cloud.code().to_owned()),
            ("api", self.api.code().to_owned()),
        ];
        for (k, v) in [
            ("client_id", &self.client_id),
            ("tenant", &self.tenant),
            ("redirect_uri", &self.redirect_uri),
        ] {
            if !v.trim().is_empty() {
                out.push((k, v.trim().to_owned()));
            }
        }
        out
    }

    /// The share link's hash: `#/consent?format=…&cloud=…` (see [`ConsentRequest::share_params`]).
    pub fn share_hash(&self) -> String {
        let query: Vec<String> = self
            .share_params()
            .into_iter()
            .map(|(k, v)| [k, "=", &encode_component(&v)].concat())
            .collect();
        ["#/consent?", &query.join("&")].concat()
    }

    /// A request from share-link parameters (see [`ConsentRequest::share_params`]); unknown codes
    /// fall back to the defaults and a `state` parameter is ignored. Values are kept as typed,
    /// so validation reports any problem with them.
    pub fn from_params(param: impl Fn(&str) -> Option<String>) -> ConsentRequest {
        ConsentRequest {
            format: param("format")
                .and_then(|c| LinkFormat::from_code(&c))
                .unwrap_or_default(),
            cloud: param("cloud")
                .and_then(|c| Cloud::from_code(&c))
                .unwrap_or_default(),
            api: param("api")
                .and_then(|c| Api::from_code(&c))
                .unwrap_or_default(),
            client_id: param("client_id").unwrap_or_default(),
            tenant: param("tenant").unwrap_or_default(),
            redirect_uri: param("redirect_uri").unwrap_or_default(),
            state: String::new(),
        }
    }
}

/// Checks a non-empty redirect URI against Entra's rules: an absolute `https` URL, or `http` on
/// a loopback host (the one rule, [`is_loopback_host`]: `localhost`, `127.0.0.0/8`, `[::1]`); no fragment, wildcard, user info or spaces; at most
/// [`MAX_REDIRECT_URI_LEN`] characters.
pub fn check_redirect_uri(uri: &str) -> Result<(), ConsentError> {
    if uri.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ConsentError::RedirectWhitespace);
    }
    if uri.chars().count() > MAX_REDIRECT_URI_LEN {
        return Err(ConsentError::RedirectTooLong);
    }
    let Some(split) = Split::of(uri) else {
        return Err(ConsentError::RedirectNotAbsolute);
    };
    let scheme = split.scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(ConsentError::RedirectNotAbsolute);
    }
    if split.authority.is_empty() {
        return Err(ConsentError::RedirectNotAbsolute);
    }
    if split.has_userinfo() {
        return Err(ConsentError::RedirectUserinfo);
    }
    if uri.contains('*') {
        return Err(ConsentError::RedirectWildcard);
    }
    if uri.contains('#') {
        return Err(ConsentError::RedirectFragment);
    }
    // The port is Entra's to judge; the host decides whether plain http is allowed.
    let host = split.host_and_port().map_or("", |(h, _)| h);
    if host.is_empty() {
        return Err(ConsentError::RedirectNotAbsolute);
    }
    if scheme == "http" && !is_loopback_host(host) {
        return Err(ConsentError::RedirectInsecure);
    }
    Ok(())
}

/// Turns random bytes (the page draws 16 from `crypto.getRandomValues`) into a URL-safe `state`:
/// unpadded base64url, 22 characters for 16 bytes.
pub fn state_from_random(bytes: &[u8]) -> String {
    crate::url::base64url(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_shape() {
        assert!(is_guid("8ee8fdad-f234-4243-8f3b-15c294843740"));
        assert!(is_guid("8EE8FDAD-F234-4243-8F3B-15C294843740"));
        assert!(!is_guid("{8ee8fdad-f234-4243-8f3b-15c294843740}"));
        assert!(!is_guid("8ee8fdad-f234-4243-8f3b-15c29484374"));
        assert!(!is_guid("8ee8fdadxf234-4243-8f3b-15c294843740"));
        assert!(!is_guid("ge8e8fda-f234-4243-8f3b-15c294843740"));
    }

    #[test]
    fn domains() {
        assert!(is_domain("contoso.onmicrosoft.com"));
        assert!(is_domain("contoso-1.partner.onmschina.cn"));
        assert!(!is_domain("contoso"));
        assert!(!is_domain("contoso..com"));
        assert!(!is_domain("-contoso.com"));
        assert!(!is_domain("contoso.c"));
        assert!(!is_domain("contoso.123"));
        assert!(!is_domain("https://contoso.com"));
    }

    #[test]
    fn state_is_base64url() {
        assert_eq!(state_from_random(&[0xfb; 16]), "-_v7-_v7-_v7-_v7-_v7-w");
        assert_eq!(state_from_random(&[0; 16]).len(), 22);
    }
}
