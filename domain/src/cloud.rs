//! Clouds, APIs and their hosts: the one place that names a Microsoft host.
//!
//! Source: `shared/reference/defender-api-facts.md` §A.3 and §D.5 (Microsoft's Defender, Graph and
//! Entra documentation). The consent builder, the token inspector's catalog and the CORS proxy's
//! default allowlist all read from here.

/// A Microsoft cloud with its own sign-in host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Cloud {
    /// The global (commercial) cloud; also used by US Government GCC tenants.
    #[default]
    Global,
    /// US Government GCC High and DoD.
    UsGov,
    /// Microsoft Azure operated by 21Vianet (China).
    China,
}

crate::codes! {
    /// The code used in forms, URLs and storage: `global`, `usgov`, `china`.
    Cloud {
        Global => "global",
        UsGov => "usgov",
        China => "china",
    }
}

impl Cloud {
    /// Every cloud, in display order.
    pub const ALL: [Cloud; 3] = [Cloud::Global, Cloud::UsGov, Cloud::China];

    /// The Entra sign-in origin (`https://login.microsoftonline.com` for the global cloud).
    pub fn login_origin(self) -> &'static str {
        match self {
            Cloud::Global => "https://login.microsoftonline.com",
            Cloud::UsGov => "https://login.microsoftonline.us",
            Cloud::China => "https://login.partner.microsoftonline.cn",
        }
    }
}

/// An API the tool works with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Api {
    /// Microsoft Defender XDR API (resource "Microsoft Threat Protection"); retires 2027-02-01.
    Xdr,
    /// Microsoft Defender for Endpoint API (resource "WindowsDefenderATP"); retires 2027-02-01.
    Mde,
    /// Microsoft Graph security API, the successor of both.
    #[default]
    Graph,
}

crate::codes! {
    /// The code used in forms, URLs and storage: `xdr`, `mde`, `graph`.
    Api {
        Xdr => "xdr",
        Mde => "mde",
        Graph => "graph",
    }
}

impl Api {
    /// Every API, in display order.
    pub const ALL: [Api; 3] = [Api::Xdr, Api::Mde, Api::Graph];

    /// The resource application's ID (the GUID a v1 token's `aud` may carry).
    pub fn resource_app_id(self) -> &'static str {
        match self {
            Api::Xdr => "8ee8fdad-f234-4243-8f3b-15c294843740",
            Api::Mde => "fc780465-2017-40d4-a0c5-307022471b92",
            Api::Graph => "00000003-0000-0000-c000-000000000000",
        }
    }

    /// The resource's display name in Entra ("APIs my organization uses").
    pub fn resource_name(self) -> &'static str {
        match self {
            Api::Xdr => "Microsoft Threat Protection",
            Api::Mde => "WindowsDefenderATP",
            Api::Graph => "Microsoft Graph",
        }
    }

    /// Whether the API stops working on 2027-02-01.
    pub fn is_retiring(self) -> bool {
        matches!(self, Api::Xdr | Api::Mde)
    }

    /// The resource URI to request a token for (v1 `resource=`; append `/.default` for a v2
    /// scope) in `cloud`, or `None` where the API is not offered there.
    ///
    /// US Government values are those of GCC High and DoD; GCC tenants use the global values.
    /// Defender XDR and Defender for Endpoint are not documented in the China cloud, and Graph's
    /// security incidents are documented as unavailable there, so those return `None`.
    pub fn resource_uri(self, cloud: Cloud) -> Option<&'static str> {
        match (self, cloud) {
            (Api::Xdr, Cloud::Global) => Some("https://api.security.microsoft.com"),
            (Api::Xdr, Cloud::UsGov) => Some("https://api-gov.security.microsoft.us"),
            (Api::Mde, Cloud::Global) => Some("https://api.securitycenter.microsoft.com"),
            (Api::Mde, Cloud::UsGov) => Some("https://api-gov.securitycenter.microsoft.us"),
            (Api::Graph, Cloud::Global) => Some("https://graph.microsoft.com"),
            (Api::Graph, Cloud::UsGov) => Some("https://graph.microsoft.us"),
            (Api::Graph, Cloud::China) => Some("https://microsoftgraph.chinacloudapi.cn"),
            (Api::Xdr | Api::Mde, Cloud::China) => None,
        }
    }
}

/// A base URL an API is served from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiHost {
    /// The API.
    pub api: Api,
    /// The cloud whose tenants use it.
    pub cloud: Cloud,
    /// A short label: `global`, a region (`us`, `eu`, …), `gcc`, `gcc-high-dod`, `dod`.
    pub label: &'static str,
    /// The origin, `https://host` with no trailing slash.
    pub origin: &'static str,
}

const fn host(api: Api, cloud: Cloud, label: &'static str, origin: &'static str) -> ApiHost {
    ApiHost {
        api,
        cloud,
        label,
        origin,
    }
}

/// Every documented API origin (global, regional, US Government), first per API the default.
///
/// Defender for Endpoint's current docs move it to `api.security.microsoft.com` (shared with
/// XDR); the legacy `api.securitycenter.*` hosts still work and are listed too.
pub const API_HOSTS: &[ApiHost] = &[
    host(
        Api::Xdr,
        Cloud::Global,
        "global",
        "https://api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "us",
        "https://us.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "eu",
        "https://eu.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "uk",
        "https://uk.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "au",
        "https://au.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "swa",
        "https://swa.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "ina",
        "https://ina.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "aea",
        "https://aea.api.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "api-us",
        "https://api-us.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "api-eu",
        "https://api-eu.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "api-uk",
        "https://api-uk.security.microsoft.com",
    ),
    host(
        Api::Xdr,
        Cloud::Global,
        "gcc",
        "https://api-gcc.security.microsoft.us",
    ),
    host(
        Api::Xdr,
        Cloud::UsGov,
        "gcc-high-dod",
        "https://api-gov.security.microsoft.us",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "global",
        "https://api.security.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "legacy",
        "https://api.securitycenter.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "legacy-windows",
        "https://api.securitycenter.windows.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "api-us",
        "https://api-us.securitycenter.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "api-eu",
        "https://api-eu.securitycenter.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "api-uk",
        "https://api-uk.securitycenter.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "api-au",
        "https://api-au.securitycenter.microsoft.com",
    ),
    host(
        Api::Mde,
        Cloud::Global,
        "gcc",
        "https://api-gcc.securitycenter.microsoft.us",
    ),
    host(
        Api::Mde,
        Cloud::UsGov,
        "gcc-high-dod",
        "https://api-gov.securitycenter.microsoft.us",
    ),
    host(
        Api::Graph,
        Cloud::Global,
        "global",
        "https://graph.microsoft.com",
    ),
    host(
        Api::Graph,
        Cloud::UsGov,
        "gcc-high",
        "https://graph.microsoft.us",
    ),
    host(
        Api::Graph,
        Cloud::UsGov,
        "dod",
        "https://dod-graph.microsoft.us",
    ),
    host(
        Api::Graph,
        Cloud::China,
        "china",
        "https://microsoftgraph.chinacloudapi.cn",
    ),
];

/// The API and cloud that serve `origin` (`https://host`, compared case-insensitively, a trailing
/// `/` ignored), if it is one of [`API_HOSTS`]. Several APIs may share an origin (Defender XDR and
/// Defender for Endpoint both use `api.security.microsoft.com`): the first listed wins.
pub fn host_for_origin(origin: &str) -> Option<&'static ApiHost> {
    let wanted = origin.trim().trim_end_matches('/');
    API_HOSTS
        .iter()
        .find(|h| h.origin.eq_ignore_ascii_case(wanted))
}

/// The version of an Entra token format: v1.0 (`sts.windows.net` issuer, `appid`) or v2.0
/// (`…/v2.0` issuer, `azp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenVersion {
    /// Entra v1.0 token (`ver: "1.0"`).
    V1,
    /// Entra v2.0 token (`ver: "2.0"`).
    V2,
}

crate::codes! {
    /// The value of the `ver` claim: `1.0` or `2.0`.
    TokenVersion {
        V1 => "1.0",
        V2 => "2.0",
    }
}

impl TokenVersion {
    /// Parses the `ver` claim (`1.0`, `2.0`; `1` and `2` are accepted too).
    pub fn from_ver(ver: &str) -> Option<TokenVersion> {
        match ver.trim() {
            "1.0" | "1" => Some(TokenVersion::V1),
            "2.0" | "2" => Some(TokenVersion::V2),
            _ => None,
        }
    }
}

/// One form of the Entra `iss` claim: `{prefix}{tenant}{suffix}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IssuerForm {
    /// The token version that carries this issuer.
    pub version: TokenVersion,
    /// The clouds whose tokens carry it (v1 US Government tokens share the global `sts.windows.net`).
    pub clouds: &'static [Cloud],
    /// Everything before the tenant ID.
    pub prefix: &'static str,
    /// Everything after the tenant ID.
    pub suffix: &'static str,
}

impl IssuerForm {
    /// The issuer for `tenant` in this form.
    pub fn issuer(&self, tenant: &str) -> String {
        [self.prefix, tenant, self.suffix].concat()
    }
}

/// Every documented Entra issuer form (facts §E; catalog `issuers`). v1 US Government is
/// `sts.windows.net` according to a third-party source citing Microsoft Q&A (unverified in official
/// docs); China v1 is `sts.chinacloudapi.cn`.
pub const ISSUER_FORMS: &[IssuerForm] = &[
    IssuerForm {
        version: TokenVersion::V1,
        clouds: &[Cloud::Global, Cloud::UsGov],
        prefix: "https://sts.windows.net/",
        suffix: "/",
    },
    IssuerForm {
        version: TokenVersion::V1,
        clouds: &[Cloud::China],
        prefix: "https://sts.chinacloudapi.cn/",
        suffix: "/",
    },
    IssuerForm {
        version: TokenVersion::V2,
        clouds: &[Cloud::Global],
        prefix: "https://login.microsoftonline.com/",
        suffix: "/v2.0",
    },
    IssuerForm {
        version: TokenVersion::V2,
        clouds: &[Cloud::UsGov],
        prefix: "https://login.microsoftonline.us/",
        suffix: "/v2.0",
    },
    IssuerForm {
        version: TokenVersion::V2,
        clouds: &[Cloud::China],
        prefix: "https://login.partner.microsoftonline.cn/",
        suffix: "/v2.0",
    },
];

/// An `iss` value recognised as one of the [`ISSUER_FORMS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Issuer<'a> {
    /// The form it matched.
    pub form: &'static IssuerForm,
    /// The tenant segment, as written (it may be a GUID, a template like `{tenantid}`, or garbage).
    pub tenant: &'a str,
}

/// Recognises an Entra issuer. The match is exact (scheme, host and suffix, case-sensitive as
/// Entra emits them) except that the tenant segment may be anything without a `/`.
pub fn parse_issuer(iss: &str) -> Option<Issuer<'_>> {
    ISSUER_FORMS.iter().find_map(|form| {
        let tenant = iss.strip_prefix(form.prefix)?.strip_suffix(form.suffix)?;
        (!tenant.is_empty() && !tenant.contains('/')).then_some(Issuer { form, tenant })
    })
}

/// Whether `s` is a GUID in its 8-4-4-4-12 hex form (either case, no braces): the one GUID rule,
/// for tenant IDs, client IDs and the tenant segment of issuers alike.
pub fn is_guid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// The distinct origins of [`API_HOSTS`]: the CORS proxy's default upstream allowlist.
pub fn upstream_origins() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for h in API_HOSTS {
        if !out.contains(&h.origin) {
            out.push(h.origin);
        }
    }
    out
}

/// Hosts of the Microsoft Defender portal: the only hosts an incident link may point to.
/// Commercial and GCC (`security.microsoft.com`), multi-tenant management
/// (`mto.security.microsoft.com`), GCC High (`security.microsoft.us`), DoD (`security.apps.mil`).
/// Source: defender-api-facts.md §A.3 ("Portals").
pub const DEFENDER_PORTAL_HOSTS: [&str; 4] = [
    "security.microsoft.com",
    "mto.security.microsoft.com",
    "security.microsoft.us",
    "security.apps.mil",
];

/// The Defender portal origin whose incident pages match an API host of `cloud` (GCC High for
/// US Government, since `api-gov` serves both GCC High and DoD tenants).
pub fn defender_portal_origin(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::UsGov => "https://security.microsoft.us",
        Cloud::Global | Cloud::China => "https://security.microsoft.com",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in Cloud::ALL {
            assert_eq!(Cloud::from_code(c.code()), Some(c));
        }
        for a in Api::ALL {
            assert_eq!(Api::from_code(a.code()), Some(a));
        }
        assert_eq!(Api::from_code("XDR "), None);
    }

    #[test]
    fn hosts_are_https_origins_without_path() {
        for h in API_HOSTS {
            let rest = h.origin.strip_prefix("https://").expect("https");
            assert!(!rest.contains('/') && !rest.is_empty(), "{}", h.origin);
        }
        let origins = upstream_origins();
        assert!(origins.contains(&"https://api.security.microsoft.com"));
        assert!(origins.contains(&"https://graph.microsoft.com"));
        assert_eq!(
            origins
                .iter()
                .filter(|o| **o == "https://api.security.microsoft.com")
                .count(),
            1
        );
    }

    #[test]
    fn only_graph_is_not_retiring() {
        assert!(Api::Xdr.is_retiring() && Api::Mde.is_retiring() && !Api::Graph.is_retiring());
        assert_eq!(Api::Xdr.resource_uri(Cloud::China), None);
    }

    #[test]
    fn issuers_parse_in_every_documented_form() {
        let tid = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        let v1 = parse_issuer("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/")
            .expect("v1");
        assert_eq!(v1.form.version, TokenVersion::V1);
        assert_eq!(v1.tenant, tid);
        let v2_iss = format!("https://login.microsoftonline.us/{tid}/v2.0");
        let v2 = parse_issuer(&v2_iss).expect("v2");
        assert_eq!(
            (v2.form.version, v2.form.clouds),
            (TokenVersion::V2, &[Cloud::UsGov][..])
        );
        let cn_iss = format!("https://sts.chinacloudapi.cn/{tid}/");
        let cn = parse_issuer(&cn_iss).expect("china");
        assert_eq!(cn.form.clouds, &[Cloud::China]);
        for form in ISSUER_FORMS {
            assert_eq!(parse_issuer(&form.issuer(tid)).map(|i| i.tenant), Some(tid));
        }
        assert!(parse_issuer("https://sts.windows.net/").is_none());
        assert!(parse_issuer(&format!("https://login.microsoftonline.com/{tid}/")).is_none());
        assert!(parse_issuer("https://evil.example/sts.windows.net/x/").is_none());
        assert_eq!(
            parse_issuer("https://login.microsoftonline.com/{tenantid}/v2.0").map(|i| i.tenant),
            Some("{tenantid}")
        );
    }

    #[test]
    fn guids_are_recognised_strictly() {
        assert!(is_guid("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        assert!(is_guid("72F988BF-86F1-41AF-91AB-2D7CD011DB47"));
        assert!(!is_guid("fa15d692-e9c7-4460-a743-29f29522229"));
        assert!(!is_guid("{72f988bf-86f1-41af-91ab-2d7cd011db47}"));
        assert!(!is_guid("contoso.onmicrosoft.com"));
        assert!(!is_guid("8ee8fdadxf234-4243-8f3b-15c294843740"));
        assert!(!is_guid("ge8e8fda-f234-4243-8f3b-15c294843740"));
        assert!(!is_guid("72f988bf-86f1-41af-91ab-2d7cd011db4-7"));
        assert!(!is_guid("72f988bf86f1-41af-91ab-2d7cd011db47-"));
        assert!(!is_guid("72f988bf-86f1-41af-91ab-2d7cd011db47 "));
        assert!(!is_guid(""));
    }

    #[test]
    fn origins_map_back_to_their_api_and_cloud() {
        let h = host_for_origin("https://GRAPH.microsoft.us/").expect("graph us");
        assert_eq!((h.api, h.cloud), (Api::Graph, Cloud::UsGov));
        assert_eq!(host_for_origin("https://example.com"), None);
    }
}
