//! Words around a consent link: display names of clouds, APIs and formats, the permissions the
//! admin approves, the ready-to-send message to the customer's admin, and what each redirect
//! error means.
//!
//! Every sentence lives in the translation tables (`crate::i18n::consent`); this module only picks
//! and fills them.

use crate::cloud::{Api, Cloud};
use crate::consent::{ConsentLink, ConsentWarning, LinkFormat};
use crate::i18n::{ConsentText as T, Lang, RedirectText as R, Text, fill};

/// The display name of `api`.
pub fn api_name(api: Api) -> T {
    match api {
        Api::Xdr => T::ApiXdr,
        Api::Mde => T::ApiMde,
        Api::Graph => T::ApiGraph,
    }
}

/// The display name of `cloud`.
pub fn cloud_name(cloud: Cloud) -> T {
    match cloud {
        Cloud::Global => T::CloudGlobal,
        Cloud::UsGov => T::CloudUsGov,
        Cloud::China => T::CloudChina,
    }
}

/// The display name of `format`.
pub fn format_name(format: LinkFormat) -> T {
    match format {
        LinkFormat::Authorize => T::FormatAuthorize,
        LinkFormat::AdminConsent => T::FormatAdminConsent,
        LinkFormat::V2AdminConsent => T::FormatV2AdminConsent,
    }
}

/// The sentence for a warning.
pub fn warning_text(warning: ConsentWarning) -> T {
    match warning {
        ConsentWarning::ApiRetiring => T::WarnApiRetiring,
        ConsentWarning::UsGovIsHighAndDod => T::WarnUsGov,
        ConsentWarning::AuthorizeWithoutRedirect => T::WarnAuthorizeNoRedirect,
        ConsentWarning::NoState => T::WarnNoState,
        ConsentWarning::GraphSecurityNotInChina => T::WarnGraphChina,
    }
}

/// What the message to the customer's admin says about permissions. Admin consent grants every
/// permission the application registration is configured with, so the message lists only what the
/// partner picked (from the catalog, for the chosen API), or says plainly that the configured
/// permissions apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum MessagePermissions {
    /// "The permissions configured on application {client ID}" (nothing picked).
    #[default]
    Configured,
    /// The application permissions the partner says the app requests, in catalog order.
    Picked(Vec<&'static str>),
}

impl MessagePermissions {
    /// The picked permissions that the catalog knows for `api` (application permissions of its
    /// resource), in catalog order, or [`MessagePermissions::Configured`] when none are left.
    pub fn for_api(api: Api, picked: &[String]) -> MessagePermissions {
        let known: Vec<&'static str> = crate::catalog::resource(api)
            .application_permissions
            .iter()
            .copied()
            .filter(|p| picked.iter().any(|q| crate::catalog::permission_eq(p, q)))
            .collect();
        if known.is_empty() {
            MessagePermissions::Configured
        } else {
            MessagePermissions::Picked(known)
        }
    }
}

/// Who can grant tenant-wide admin consent for an app calling `api`, as Microsoft documents it:
/// "Privileged Role Administrator, to grant consent for apps requesting any permission, for any
/// API; Cloud Application Administrator or Application Administrator, to grant consent for apps
/// requesting any permission for any API, except Microsoft Graph app roles (application
/// permissions)" — Microsoft Learn, "Grant tenant-wide admin consent to an application",
/// Prerequisites (learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent); Global
/// Administrator holds every permission of the Privileged Role Administrator. `configured`: the
/// message does not list the permissions, so Microsoft Graph application permissions may be among
/// them.
pub fn consent_roles(api: Api, configured: bool) -> T {
    match (api, configured) {
        (Api::Graph, _) => T::MsgRolesGraph,
        (_, true) => T::MsgRolesConfigured,
        (_, false) => T::MsgRolesDefender,
    }
}

/// The ready-to-send message to the customer's administrator, in `lang`: what they approve (the
/// app, the API and the permissions the partner picked, or the app's configured permissions),
/// who can approve (the admin roles Microsoft documents), the link, and where their browser lands
/// afterwards (`redirect_uri`, empty when the link has none).
pub fn admin_message(
    lang: Lang,
    link: &ConsentLink,
    api: Api,
    redirect_uri: &str,
    permissions: &MessagePermissions,
) -> String {
    let permissions_text = match permissions {
        MessagePermissions::Configured => fill(
            T::MsgPermissionsConfigured.get(lang),
            &[("client_id", &link.client_id)],
        ),
        MessagePermissions::Picked(list) => {
            let mut lines = String::new();
            for p in list {
                if !lines.is_empty() {
                    lines.push('\n');
                }
                lines.push_str("  - ");
                lines.push_str(p);
            }
            fill(T::MsgPermissionsPicked.get(lang), &[("list", &lines)])
        }
    };
    let roles = consent_roles(api, matches!(permissions, MessagePermissions::Configured));
    let after = if redirect_uri.trim().is_empty() {
        T::MsgAfterNoRedirect.get(lang).to_owned()
    } else {
        fill(
            T::MsgAfterRedirect.get(lang),
            &[("redirect", redirect_uri.trim())],
        )
    };
    fill(
        T::AdminMessage.get(lang),
        &[
            ("client_id", &link.client_id),
            ("api", api_name(api).get(lang)),
            ("resource", link.resource),
            ("permissions", &permissions_text),
            ("roles", roles.get(lang)),
            ("link", &link.url),
            ("after", &after),
        ],
    )
}

/// What an `AADSTS` number means and what to do, for the numbers a consent link commonly meets.
pub fn aadsts_advice(code: u32) -> Option<R> {
    Some(match code {
        50011 => R::Aadsts50011,
        50020 => R::Aadsts50020,
        65001 => R::Aadsts65001,
        65004 => R::Aadsts65004,
        65005 => R::Aadsts65005,
        65006 => R::Aadsts65006,
        650051 => R::Aadsts650051,
        650052 => R::Aadsts650052,
        500113 => R::Aadsts500113,
        700016 => R::Aadsts700016,
        900144 => R::Aadsts900144,
        90094 => R::Aadsts90094,
        9002326 => R::Aadsts9002326,
        _ => return None,
    })
}

/// What an OAuth `error` value means, for the values the consent endpoints return.
pub fn error_advice(error: &str) -> Option<R> {
    Some(match error {
        "access_denied" => R::ErrorAccessDenied,
        "permission_denied" => R::ErrorPermissionDenied,
        "consent_required" => R::ErrorConsentRequired,
        "invalid_request" => R::ErrorInvalidRequest,
        "unauthorized_client" => R::ErrorUnauthorizedClient,
        "invalid_client" => R::ErrorInvalidClient,
        "invalid_resource" => R::ErrorInvalidResource,
        "unsupported_response_type" => R::ErrorUnsupportedResponseType,
        "interaction_required" => R::ErrorInteractionRequired,
        "server_error" | "temporarily_unavailable" => R::ErrorServer,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_required_aadsts_number_has_advice() {
        for n in [
            50011, 50020, 65001, 65004, 65006, 650051, 650052, 700016, 900144, 9002326,
        ] {
            assert!(aadsts_advice(n).is_some(), "AADSTS{n}");
        }
        assert_eq!(aadsts_advice(1), None);
    }

    #[test]
    fn aadsts50020_names_a_guest_as_the_fix_not_the_cause() {
        // The account is neither member nor guest of the tenant: being a guest is the remedy.
        for lang in Lang::ALL {
            let text = R::Aadsts50020.get(lang);
            assert!(!text.contains("for example a guest"), "{text}");
            assert!(!text.contains("ゲストや個人用"), "{text}");
        }
        let en = R::Aadsts50020.get(Lang::En);
        assert!(en.contains("neither a member nor a guest"), "{en}");
        assert!(en.contains("added to that tenant as a guest"), "{en}");
    }

    #[test]
    fn picked_permissions_are_the_catalogs_for_the_api() {
        let picked: Vec<String> = [
            "incident.read.all",
            "Machine.Isolate",
            "AdvancedHunting.Read.All",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            MessagePermissions::for_api(Api::Xdr, &picked),
            MessagePermissions::Picked(vec!["AdvancedHunting.Read.All", "Incident.Read.All"])
        );
        assert_eq!(
            MessagePermissions::for_api(Api::Graph, &picked),
            MessagePermissions::Configured
        );
        assert_eq!(consent_roles(Api::Graph, false), T::MsgRolesGraph);
        assert_eq!(consent_roles(Api::Mde, true), T::MsgRolesConfigured);
        assert_eq!(consent_roles(Api::Xdr, false), T::MsgRolesDefender);
    }
}
