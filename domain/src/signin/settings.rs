//! What the person chooses on `#/sign-in`: the app, the tenant, the cloud, the API and its scopes,
//! and the authority base URL (the cloud's sign-in host unless pointed elsewhere, e.g. a local
//! fake in tests).

use crate::catalog::{self, GrantKind};
use crate::cloud::{Api, Cloud, is_guid};
use crate::consent::Tenant;
use crate::route::{HashLocation, Route};

/// The OpenID Connect scopes always asked for: an ID token (`openid`, `profile`) and a refresh
/// token (`offline_access`).
pub const OIDC_SCOPES: [&str; 3] = ["openid", "profile", "offline_access"];

/// localStorage keys of the (non-secret) sign-in settings.
pub const KEYS: [&str; 6] = [
    "dpk.signin.client_id",
    "dpk.signin.tenant",
    "dpk.signin.cloud",
    "dpk.signin.api",
    "dpk.signin.scope",
    "dpk.signin.authority",
];

/// The sign-in settings as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignInSettings {
    /// The application (client) ID of the partner's own app registration.
    pub client_id: String,
    /// GUID, domain or `organizations` / `common`.
    pub tenant: String,
    /// The cloud (its sign-in host is the default authority).
    pub cloud: Cloud,
    /// The API the token is for.
    pub api: Api,
    /// The API scopes, space-separated (the OIDC scopes are added when sent). Empty: the API's
    /// `/.default`.
    pub scope: String,
    /// The authority base URL; empty means the cloud's sign-in host.
    pub authority: String,
}

/// One field of the settings, in [`KEYS`] order (its index is its key's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// [`SignInSettings::client_id`].
    ClientId,
    /// [`SignInSettings::tenant`].
    Tenant,
    /// [`SignInSettings::cloud`], by code.
    Cloud,
    /// [`SignInSettings::api`], by code (clears the typed scopes).
    Api,
    /// [`SignInSettings::scope`].
    Scope,
    /// [`SignInSettings::authority`].
    Authority,
}

/// A field that keeps the sign-in from starting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingsError {
    /// The client ID is empty or not a GUID.
    ClientId,
    /// The tenant is empty or not a GUID, a domain, `organizations` or `common`.
    Tenant,
    /// The authority is not an https URL (http only on loopback) without query or fragment.
    Authority,
    /// The API is not offered in the chosen cloud.
    ApiNotInCloud,
    /// A scope contains a character a scope may not hold.
    Scope,
    /// The page's own address cannot be a redirect URI (not http(s), or a `file:` page).
    RedirectUri,
}

impl SettingsError {
    /// A short code for `data-error` hooks.
    pub fn code(self) -> &'static str {
        match self {
            SettingsError::ClientId => "client_id",
            SettingsError::Tenant => "tenant",
            SettingsError::Authority => "authority",
            SettingsError::ApiNotInCloud => "api_not_in_cloud",
            SettingsError::Scope => "scope",
            SettingsError::RedirectUri => "redirect_uri",
        }
    }
}

impl SignInSettings {
    /// Restores settings from stored values in [`KEYS`] order; unknown values fall back.
    pub fn restore(values: [Option<String>; 6]) -> SignInSettings {
        let [client_id, tenant, cloud, api, scope, authority] = values;
        SignInSettings {
            client_id: client_id.unwrap_or_default(),
            tenant: tenant.unwrap_or_else(|| "organizations".into()),
            cloud: cloud
                .as_deref()
                .and_then(Cloud::from_code)
                .unwrap_or_default(),
            api: api.as_deref().and_then(Api::from_code).unwrap_or_default(),
            scope: scope.unwrap_or_default(),
            authority: authority.unwrap_or_default(),
        }
    }

    /// Sets `field` to `value` as typed or chosen; gives the localStorage key and value to keep.
    pub fn edit(&mut self, field: Setting, value: String) -> (&'static str, String) {
        match field {
            Setting::ClientId => self.client_id = value,
            Setting::Tenant => self.tenant = value,
            Setting::Cloud => self.cloud = Cloud::from_code(&value).unwrap_or_default(),
            Setting::Api => {
                self.api = Api::from_code(&value).unwrap_or_default();
                self.scope.clear();
            }
            Setting::Scope => self.scope = value,
            Setting::Authority => self.authority = value,
        }
        let i = field as usize;
        (KEYS[i], self.stored()[i].clone())
    }

    /// The values to store, in [`KEYS`] order.
    pub fn stored(&self) -> [String; 6] {
        [
            self.client_id.trim().to_owned(),
            self.tenant.trim().to_owned(),
            self.cloud.code().to_owned(),
            self.api.code().to_owned(),
            self.scope.trim().to_owned(),
            self.authority.trim().to_owned(),
        ]
    }

    /// The authority base URL in force, without a trailing `/`.
    pub fn authority_base(&self) -> String {
        let a = self.authority.trim().trim_end_matches('/');
        if a.is_empty() {
            self.cloud.login_origin().to_owned()
        } else {
            a.to_owned()
        }
    }

    /// The API's `/.default` scope in the chosen cloud, if the API is offered there.
    pub fn default_scope(&self) -> Option<String> {
        self.api
            .resource_uri(self.cloud)
            .map(|r| [r, "/.default"].concat())
    }

    /// The API scopes in force: what was typed, or the API's `/.default`.
    pub fn api_scopes(&self) -> Vec<String> {
        let mut scopes = Vec::new();
        for s in self.scope.split_whitespace() {
            scopes.push(s.to_owned());
        }
        if scopes.is_empty() {
            scopes.extend(self.default_scope());
        }
        scopes
    }

    /// The `scope` parameter sent: the API scopes, then `openid profile offline_access`, no repeats.
    pub fn scope_string(&self) -> String {
        let mut all = self.api_scopes();
        for s in OIDC_SCOPES {
            if !all.iter().any(|a| a.eq_ignore_ascii_case(s)) {
                all.push(s.to_owned());
            }
        }
        all.join(" ")
    }

    /// The delegated permissions the catalog names for the chosen API, as full scope strings
    /// (`https://graph.microsoft.com/SecurityIncident.Read.All`), in catalog order, no repeats.
    pub fn catalog_scopes(&self) -> Vec<String> {
        let Some(resource) = self.api.resource_uri(self.cloud) else {
            return Vec::new();
        };
        // In catalog order, first mention wins (no sort: a sort routine costs bundle size).
        let mut out: Vec<String> = Vec::new();
        for op in catalog::operations_for(self.api) {
            for n in op.permissions(GrantKind::Delegated) {
                let scope = [resource, "/", n].concat();
                if !out.contains(&scope) {
                    out.push(scope);
                }
            }
        }
        out
    }

    /// Every problem that keeps the sign-in from starting, in field order.
    pub fn errors(&self, redirect_uri: &str) -> Vec<SettingsError> {
        let mut out = Vec::new();
        if !is_guid(self.client_id.trim()) {
            out.push(SettingsError::ClientId);
        }
        if Tenant::parse(&self.tenant).is_err() {
            out.push(SettingsError::Tenant);
        }
        if !authority_ok(&self.authority_base()) {
            out.push(SettingsError::Authority);
        }
        if self.api.resource_uri(self.cloud).is_none() && self.scope.trim().is_empty() {
            out.push(SettingsError::ApiNotInCloud);
        }
        if self
            .scope
            .chars()
            .any(|c| c.is_control() || matches!(c, '"' | '\\' | '#' | '&' | '?'))
        {
            out.push(SettingsError::Scope);
        }
        if !web_url_ok(redirect_uri) {
            out.push(SettingsError::RedirectUri);
        }
        out
    }

    /// The consent page prefilled for this app and tenant (`#/consent?client_id=…&tenant=…`),
    /// offered when an administrator's consent is missing.
    pub fn consent_link(&self) -> String {
        [
            "#/consent?",
            &super::form(&[
                ("client_id", self.client_id.trim()),
                ("tenant", self.tenant.trim()),
            ]),
        ]
        .concat()
    }

    /// The tenant as the URL path names it (lower-cased); the input as typed when invalid.
    pub fn tenant_segment(&self) -> String {
        Tenant::parse(&self.tenant)
            .map(|t| t.as_str().to_owned())
            .unwrap_or_else(|_| self.tenant.trim().to_owned())
    }
}

/// `https://host[:port][/path]`, or `http://` on a loopback host (the one loopback rule,
/// `crate::url`); no query, fragment or user info (`crate::url::UrlParts` refuses user info).
fn authority_ok(url: &str) -> bool {
    crate::url::UrlParts::parse(url).is_some_and(|u| {
        (u.scheme == "https" || u.is_loopback()) && !u.rest.contains(['?', '#', '\\'])
    })
}

/// A page address that can be registered as a redirect URI: https, or http on loopback.
fn web_url_ok(url: &str) -> bool {
    authority_ok(url)
}

/// The page's own URL as the redirect URI: `href` without query or fragment.
pub fn redirect_uri_for(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_owned()
}

/// Where to land after sign-in: the `return` parameter of `#/sign-in?return=/incidents` when it
/// names a page of the app (other than the sign-in page itself), else `#/token`.
pub fn return_route(loc: &HashLocation) -> Route {
    loc.param("return")
        .map(|p| HashLocation::parse(p).route)
        .filter(|r| !matches!(r, Route::NotFound(_) | Route::SignIn | Route::Start))
        .unwrap_or(Route::Token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SignInSettings {
        SignInSettings {
            client_id: "11112222-3333-4444-5555-666677778888".into(),
            tenant: "contoso.onmicrosoft.com".into(),
            ..SignInSettings::default()
        }
    }

    #[test]
    fn default_scope_is_the_apis_default_plus_oidc() {
        let s = settings();
        assert_eq!(
            s.scope_string(),
            "https://graph.microsoft.com/.default openid profile offline_access"
        );
        let xdr = SignInSettings {
            api: Api::Xdr,
            cloud: Cloud::UsGov,
            ..settings()
        };
        assert_eq!(
            xdr.api_scopes(),
            vec!["https://api-gov.security.microsoft.us/.default".to_owned()]
        );
    }

    #[test]
    fn typed_scopes_replace_default_and_oidc_is_not_repeated() {
        let s = SignInSettings {
            scope: " https://graph.microsoft.com/SecurityIncident.Read.All  openid ".into(),
            ..settings()
        };
        assert_eq!(
            s.scope_string(),
            "https://graph.microsoft.com/SecurityIncident.Read.All openid profile offline_access"
        );
    }

    #[test]
    fn catalog_offers_delegated_scopes_of_the_api() {
        let scopes = settings().catalog_scopes();
        assert!(
            scopes.contains(&"https://graph.microsoft.com/SecurityIncident.Read.All".to_owned()),
            "{scopes:?}"
        );
        assert!(
            scopes
                .iter()
                .all(|s| s.starts_with("https://graph.microsoft.com/"))
        );
    }

    #[test]
    fn authority_defaults_to_cloud_host_and_accepts_loopback_fake() {
        let mut s = settings();
        assert_eq!(s.authority_base(), "https://login.microsoftonline.com");
        s.cloud = Cloud::China;
        assert_eq!(
            s.authority_base(),
            "https://login.partner.microsoftonline.cn"
        );
        s.authority = "http://127.0.0.1:4011/".into();
        assert_eq!(s.authority_base(), "http://127.0.0.1:4011");
        assert!(
            !s.errors("http://127.0.0.1:8080/")
                .contains(&SettingsError::Authority)
        );
        s.authority = "http://evil.example".into();
        assert!(
            s.errors("http://127.0.0.1:8080/")
                .contains(&SettingsError::Authority)
        );
        s.authority = "https://login.example/?x=1".into();
        assert!(
            s.errors("http://127.0.0.1:8080/")
                .contains(&SettingsError::Authority)
        );
    }

    #[test]
    fn validation_names_each_bad_field() {
        let s = SignInSettings {
            client_id: "nope".into(),
            tenant: "consumers".into(),
            api: Api::Xdr,
            cloud: Cloud::China,
            scope: "a&b".into(),
            authority: String::new(),
        };
        assert_eq!(
            s.errors("file:///x.html"),
            vec![
                SettingsError::ClientId,
                SettingsError::Tenant,
                SettingsError::Scope,
                SettingsError::RedirectUri
            ]
        );
        let s = SignInSettings {
            api: Api::Xdr,
            cloud: Cloud::China,
            ..settings()
        };
        assert_eq!(
            s.errors("https://partner.example/kit/"),
            vec![SettingsError::ApiNotInCloud]
        );
        assert!(settings().errors("https://partner.example/kit/").is_empty());
    }

    #[test]
    fn redirect_uri_is_the_page_without_query_or_fragment() {
        assert_eq!(
            redirect_uri_for("https://p.example/kit/index.html?a=1#/sign-in?x"),
            "https://p.example/kit/index.html"
        );
        assert_eq!(
            redirect_uri_for("http://127.0.0.1:8080/#/"),
            "http://127.0.0.1:8080/"
        );
    }

    #[test]
    fn return_route_is_a_known_page_or_the_inspector() {
        let r = |h: &str| return_route(&HashLocation::parse(h));
        assert_eq!(r("#/sign-in?return=/incidents"), Route::Incidents);
        assert_eq!(r("#/sign-in?return=%2Fconsent"), Route::Consent);
        assert_eq!(r("#/sign-in"), Route::Token);
        assert_eq!(r("#/sign-in?return=/sign-in"), Route::Token);
        assert_eq!(r("#/sign-in?return=https://evil.example"), Route::Token);
    }

    #[test]
    fn an_edit_names_its_key_and_a_new_api_clears_the_scopes() {
        let mut s = settings();
        s.scope = "x".into();
        assert_eq!(
            s.edit(Setting::Tenant, " fabrikam.com ".into()),
            ("dpk.signin.tenant", "fabrikam.com".to_owned())
        );
        assert_eq!(
            s.edit(Setting::Api, "mde".into()),
            ("dpk.signin.api", "mde".to_owned())
        );
        assert_eq!((s.api, s.scope.as_str()), (Api::Mde, ""));
        assert_eq!(s.edit(Setting::Cloud, "usgov".into()).0, "dpk.signin.cloud");
        assert_eq!(s.cloud, Cloud::UsGov);
        assert_eq!(
            s.edit(Setting::Authority, "http://127.0.0.1:1".into()).0,
            KEYS[5]
        );
    }

    #[test]
    fn the_consent_link_is_prefilled_for_this_app() {
        assert_eq!(
            settings().consent_link(),
            "#/consent?client_id=11112222-3333-4444-5555-666677778888&tenant=contoso.onmicrosoft.com"
        );
    }

    #[test]
    fn settings_round_trip_through_storage() {
        let s = SignInSettings {
            api: Api::Mde,
            cloud: Cloud::UsGov,
            scope: "x".into(),
            authority: "http://127.0.0.1:1".into(),
            ..settings()
        };
        let stored = s.stored().map(Some);
        assert_eq!(SignInSettings::restore(stored), s);
        assert_eq!(
            SignInSettings::restore(Default::default()).tenant,
            "organizations"
        );
    }
}
