//! Looking a tenant ID up from one of its domains: the sign-in service publishes each tenant's
//! OpenID configuration at `https://{sign-in host}/{domain}/v2.0/.well-known/openid-configuration`,
//! whose `issuer` carries the tenant ID (`https://login.microsoftonline.com/{tenant ID}/v2.0`).
//!
//! The page fetches that document only when the partner presses the look-up button, from the
//! chosen cloud's sign-in host only (`crate::cloud::Cloud::login_origin`); this module builds the
//! address and reads the answer. Source: Microsoft identity platform, "OpenID Connect on the
//! Microsoft identity platform", section "Find your app's OpenID configuration document URI"
//! (learn.microsoft.com/entra/identity-platform/v2-protocols-oidc): the `{tenant}` segment may be
//! a tenant ID or a domain name; an unknown tenant answers `invalid_tenant` (AADSTS90002).

use serde_json::Value;

use crate::cloud::{Cloud, is_guid, parse_issuer};
use crate::consent::is_domain;

/// The OpenID configuration address of `domain` in `cloud`, or `None` when `domain` is not a
/// domain name (nothing is requested then).
pub fn openid_configuration_url(cloud: Cloud, domain: &str) -> Option<String> {
    let domain = domain.trim().to_ascii_lowercase();
    is_domain(&domain).then(|| {
        [
            cloud.login_origin(),
            "/",
            &domain,
            "/v2.0/.well-known/openid-configuration",
        ]
        .concat()
    })
}

/// What the OpenID configuration answer says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TenantLookup {
    /// The tenant's ID, and its cloud when the document names one (`cloud_instance_name`).
    Found {
        /// The tenant ID, lower-case.
        tenant_id: String,
        /// The cloud the document says the tenant belongs to.
        cloud: Option<Cloud>,
    },
    /// The sign-in service knows no tenant with that domain (`invalid_tenant`, AADSTS90002).
    UnknownDomain,
    /// Any other answer: a status or body this reader does not understand.
    Unexpected {
        /// The HTTP status.
        status: u16,
    },
}

/// Reads the answer (`status`, `body`) to a request for [`openid_configuration_url`].
pub fn read_openid_configuration(status: u16, body: &str) -> TenantLookup {
    let doc: Option<Value> = serde_json::from_str(body).ok();
    let field = |name: &str| {
        doc.as_ref()
            .and_then(|d| d.get(name))
            .and_then(Value::as_str)
            .unwrap_or_default()
    };
    if status == 200 {
        let tenant = parse_issuer(field("issuer"))
            .map(|i| i.tenant.to_ascii_lowercase())
            .filter(|t| is_guid(t));
        return match tenant {
            Some(tenant_id) => TenantLookup::Found {
                tenant_id,
                cloud: match field("cloud_instance_name") {
                    "microsoftonline.com" => Some(Cloud::Global),
                    "microsoftonline.us" => Some(Cloud::UsGov),
                    "partner.microsoftonline.cn" => Some(Cloud::China),
                    _ => None,
                },
            },
            None => TenantLookup::Unexpected { status },
        };
    }
    let unknown = field("error") == "invalid_tenant"
        || field("error_description").contains("AADSTS90002")
        || field("error_description").contains("AADSTS90021");
    if (400..500).contains(&status) && unknown {
        TenantLookup::UnknownDomain
    } else {
        TenantLookup::Unexpected { status }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    #[test]
    fn address_per_cloud_and_only_for_domains() {
        assert_eq!(
            openid_configuration_url(Cloud::Global, " Contoso.onmicrosoft.com ").as_deref(),
            Some(
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"
            )
        );
        assert_eq!(
            openid_configuration_url(Cloud::China, "contoso.partner.onmschina.cn").as_deref(),
            Some(
                "https://login.partner.microsoftonline.cn/contoso.partner.onmschina.cn/v2.0/.well-known/openid-configuration"
            )
        );
        assert!(openid_configuration_url(Cloud::UsGov, "contoso").is_none());
        assert!(openid_configuration_url(Cloud::Global, "evil.example/../x").is_none());
        assert!(openid_configuration_url(Cloud::Global, TID).is_none());
    }

    #[test]
    fn reads_found_unknown_and_unexpected_answers() {
        // The shape of Entra's document (abridged).
        let body = format!(
            r#"{{"token_endpoint":"https://login.microsoftonline.com/{TID}/oauth2/v2.0/token",
               "issuer":"https://login.microsoftonline.com/{}/v2.0",
               "cloud_instance_name":"microsoftonline.com","tenant_region_scope":"WW"}}"#,
            TID.to_uppercase()
        );
        assert_eq!(
            read_openid_configuration(200, &body),
            TenantLookup::Found {
                tenant_id: TID.into(),
                cloud: Some(Cloud::Global)
            }
        );
        let gov = format!(
            r#"{{"issuer":"https://login.microsoftonline.us/{TID}/v2.0","cloud_instance_name":"microsoftonline.us"}}"#
        );
        assert!(matches!(
            read_openid_configuration(200, &gov),
            TenantLookup::Found {
                cloud: Some(Cloud::UsGov),
                ..
            }
        ));
        let unknown = r#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'nosuch.example' not found."}"#;
        assert_eq!(
            read_openid_configuration(400, unknown),
            TenantLookup::UnknownDomain
        );
        assert_eq!(
            read_openid_configuration(200, "<html>"),
            TenantLookup::Unexpected { status: 200 }
        );
        assert_eq!(
            read_openid_configuration(200, r#"{"issuer":"https://evil.example/x/v2.0"}"#),
            TenantLookup::Unexpected { status: 200 }
        );
        assert_eq!(
            read_openid_configuration(500, ""),
            TenantLookup::Unexpected { status: 500 }
        );
    }
}
