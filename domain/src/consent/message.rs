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
    }
}

/// The application permissions a partner app typically asks of `api` for this tool's work:
/// reading incidents, alerts and hunting data, least privileged first.
///
/// Sources: `defender-api-facts.md` §A.4 (XDR incidents and advanced hunting; Defender for
/// Endpoint alerts and machines; Graph incidents, alerts_v2 and runHuntingQuery).
// replaced by catalog: the lead swaps this for `dpk_domain::catalog` (issue 3) when it lands.
pub fn required_permissions(api: Api) -> &'static [&'static str] {
    match api {
        Api::Xdr => &["Incident.Read.All", "AdvancedHunting.Read.All"],
        Api::Mde => &[
            "Alert.Read.All",
            "Machine.Read.All",
            "AdvancedQuery.Read.All",
        ],
        Api::Graph => &[
            "SecurityIncident.Read.All",
            "SecurityAlert.Read.All",
            "ThreatHunting.Read.All",
        ],
    }
}

/// The ready-to-send message to the customer's administrator, in `lang`: what they approve (the
/// app, the API and its permissions), that a Global Administrator must sign in, the link, and
/// where their browser lands afterwards (`redirect_uri`, empty when the link has none).
pub fn admin_message(lang: Lang, link: &ConsentLink, api: Api, redirect_uri: &str) -> String {
    let permissions: Vec<String> = required_permissions(api)
        .iter()
        .map(|p| format!("  - {p}"))
        .collect();
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
            ("permissions", &permissions.join("\n")),
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
    fn permissions_are_listed_for_every_api() {
        for api in Api::ALL {
            assert!(!required_permissions(api).is_empty());
        }
    }
}
