//! Native tests of the consent-link builder: the exact URL of every format, cloud and API, the
//! guide's own link, encoding, validation as you type, and share links.

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::{
    ConsentError, ConsentRequest, ConsentWarning, Field, LinkFormat, check_redirect_uri,
};
use dpk_domain::i18n::Lang;
use dpk_domain::route::HashLocation;

const APP: &str = "11112222-3333-4444-5555-666677778888";
const REDIRECT: &str = "https://partner.example/consent/callback";
const STATE: &str = "st4te-XYZ_~";

fn request(format: &str, cloud: &str, api: &str) -> ConsentRequest {
    ConsentRequest::new(APP)
        .format(LinkFormat::from_code(format).expect("format code"))
        .cloud(Cloud::from_code(cloud).expect("cloud code"))
        .api(Api::from_code(api).expect("api code"))
        .tenant("contoso.onmicrosoft.com")
        .redirect_uri(REDIRECT)
        .state(STATE)
}

/// Every format × cloud × API that exists, with its exact URL.
const EXACT: &[(&str, &str, &str, &str)] = &[
    (
        "authorize",
        "global",
        "xdr",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "global",
        "mde",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "global",
        "graph",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "usgov",
        "xdr",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "usgov",
        "mde",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "usgov",
        "graph",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "authorize",
        "china",
        "graph",
        "https://login.partner.microsoftonline.cn/contoso.onmicrosoft.com/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "global",
        "xdr",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "global",
        "mde",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "global",
        "graph",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "usgov",
        "xdr",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "usgov",
        "mde",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "usgov",
        "graph",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "adminconsent",
        "china",
        "graph",
        "https://login.partner.microsoftonline.cn/contoso.onmicrosoft.com/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "global",
        "xdr",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fapi.security.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "global",
        "mde",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fapi.securitycenter.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "global",
        "graph",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "usgov",
        "xdr",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fapi-gov.security.microsoft.us%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "usgov",
        "mde",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fapi-gov.securitycenter.microsoft.us%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "usgov",
        "graph",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fgraph.microsoft.us%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
    (
        "v2-adminconsent",
        "china",
        "graph",
        "https://login.partner.microsoftonline.cn/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=11112222-3333-4444-5555-666677778888&scope=https%3A%2F%2Fmicrosoftgraph.chinacloudapi.cn%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback&state=st4te-XYZ_~",
    ),
];

#[test]
fn exact_url_for_every_format_cloud_and_api() {
    assert_eq!(EXACT.len(), 21, "3 formats × 7 API/cloud pairs");
    for (format, cloud, api, url) in EXACT {
        assert_eq!(
            request(format, cloud, api).to_url().as_deref(),
            Ok(*url),
            "{format} {cloud} {api}"
        );
    }
}

#[test]
fn defender_apis_are_refused_in_china_for_every_format() {
    for format in LinkFormat::ALL {
        for api in [Api::Xdr, Api::Mde] {
            let r = request(format.code(), "china", api.code());
            assert_eq!(
                r.to_url(),
                Err(ConsentError::ApiNotInCloud {
                    api,
                    cloud: Cloud::China
                })
            );
            let msg = r.to_url().unwrap_err().message(Lang::En);
            assert!(msg.contains("China"), "{msg}");
        }
    }
}

#[test]
fn the_guides_own_link_is_reproduced_exactly() {
    // defender-xdr/api-partner-access.md: only the application ID is filled in.
    let url = ConsentRequest::new("8EE8FDAD-F234-4243-8F3B-15C294843740").to_url();
    assert_eq!(
        url.as_deref(),
        Ok(
            "https://login.microsoftonline.com/common/oauth2/authorize?prompt=consent&client_id=8ee8fdad-f234-4243-8f3b-15c294843740&response_type=code&sso_reload=true"
        )
    );
}

#[test]
fn authorize_adds_tenant_redirect_and_state_only_when_given() {
    let base = ConsentRequest::new(APP);
    assert_eq!(
        base.clone().state("abc").to_url().as_deref(),
        Ok(
            "https://login.microsoftonline.com/common/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&state=abc"
        )
    );
    assert_eq!(
        base.clone()
            .tenant(" 0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9 ")
            .cloud(Cloud::UsGov)
            .to_url()
            .as_deref(),
        Ok(
            "https://login.microsoftonline.us/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true"
        )
    );
    assert_eq!(
        base.tenant("organizations")
            .redirect_uri("http://localhost:8080/cb")
            .to_url()
            .as_deref(),
        Ok(
            "https://login.microsoftonline.com/organizations/oauth2/authorize?prompt=consent&client_id=11112222-3333-4444-5555-666677778888&response_type=code&sso_reload=true&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb"
        )
    );
}

#[test]
fn values_cannot_break_out_of_their_parameter() {
    let url = ConsentRequest::new(APP)
        .format(LinkFormat::AdminConsent)
        .tenant("common")
        .redirect_uri("https://partner.example/cb?x=1&admin_consent=True")
        .state("a b&c=d/é\"<>")
        .to_url()
        .expect("valid");
    assert_eq!(
        url,
        "https://login.microsoftonline.com/common/adminconsent?client_id=11112222-3333-4444-5555-666677778888&redirect_uri=https%3A%2F%2Fpartner.example%2Fcb%3Fx%3D1%26admin_consent%3DTrue&state=a%20b%26c%3Dd%2F%C3%A9%22%3C%3E"
    );
}

#[test]
fn common_is_refused_only_for_v2_adminconsent() {
    for format in LinkFormat::ALL {
        let r = request(format.code(), "global", "graph").tenant("Common");
        let result = r.to_url();
        if format == LinkFormat::V2AdminConsent {
            assert_eq!(result, Err(ConsentError::TenantCommonNotAllowed));
            let en = result.unwrap_err().message(Lang::En);
            assert!(en.contains("common"), "{en}");
        } else {
            assert!(result.is_ok(), "{format:?}");
        }
    }
    assert!(
        request("v2-adminconsent", "global", "graph")
            .tenant("organizations")
            .to_url()
            .expect("organizations is fine")
            .starts_with("https://login.microsoftonline.com/organizations/v2.0/adminconsent?")
    );
}

#[test]
fn every_problem_is_reported_once_with_its_field() {
    let r = ConsentRequest::new("not-a-guid")
        .format(LinkFormat::V2AdminConsent)
        .tenant("")
        .redirect_uri("http://partner.example/cb")
        .state("x".repeat(300));
    let problems = r.build().unwrap_err();
    assert_eq!(
        problems,
        vec![
            ConsentError::ClientIdNotGuid,
            ConsentError::TenantMissing,
            ConsentError::RedirectInsecure,
            ConsentError::StateTooLong,
        ]
    );
    let fields: Vec<Field> = problems.iter().map(ConsentError::field).collect();
    assert_eq!(
        fields,
        vec![
            Field::ClientId,
            Field::Tenant,
            Field::RedirectUri,
            Field::State
        ]
    );
    assert_eq!(r.to_url(), Err(ConsentError::ClientIdNotGuid));
}

#[test]
fn client_id_rules() {
    let err = |id: &str| ConsentRequest::new(id).to_url().unwrap_err();
    assert_eq!(err(""), ConsentError::ClientIdMissing);
    assert_eq!(err("   "), ConsentError::ClientIdMissing);
    assert_eq!(err("contoso"), ConsentError::ClientIdNotGuid);
    assert_eq!(
        err("{11112222-3333-4444-5555-666677778888}"),
        ConsentError::ClientIdNotGuid
    );
    assert_eq!(
        err("00000000-0000-0000-0000-000000000000"),
        ConsentError::ClientIdPlaceholder
    );
}

#[test]
fn tenant_rules() {
    let err = |t: &str| {
        ConsentRequest::new(APP)
            .format(LinkFormat::AdminConsent)
            .redirect_uri(REDIRECT)
            .tenant(t)
            .to_url()
            .err()
    };
    assert_eq!(err(""), Some(ConsentError::TenantMissing));
    assert_eq!(err("consumers"), Some(ConsentError::TenantConsumers));
    assert_eq!(
        err("9188040d-6c67-4c5b-b112-36a304b66dad"),
        Some(ConsentError::TenantConsumers)
    );
    assert_eq!(
        err("00000000-0000-0000-0000-000000000000"),
        Some(ConsentError::TenantPlaceholder)
    );
    for bad in [
        "contoso",
        "https://contoso.com",
        "contoso.onmicrosoft.com/",
        "a b.com",
        "<b>.com",
    ] {
        assert_eq!(err(bad), Some(ConsentError::TenantInvalid), "{bad}");
    }
    for good in [
        "contoso.onmicrosoft.com",
        "CONTOSO.onmicrosoft.us",
        "fabrikam.partner.onmschina.cn",
        "common",
        "Organizations",
    ] {
        assert_eq!(err(good), None, "{good}");
    }
}

#[test]
fn redirect_uri_rules() {
    for ok in [
        "https://partner.example/cb",
        "HTTPS://partner.example",
        "https://partner.example:8443/a/b?x=1",
        "http://localhost",
        "http://localhost:5000/cb",
        "http://127.0.0.1:8080/",
        "http://[::1]:8080/cb",
        // The one loopback rule (dpk_domain::url::is_loopback_host): all of 127.0.0.0/8.
        "http://127.0.0.2/cb",
        "http://LOCALHOST/cb",
    ] {
        assert_eq!(check_redirect_uri(ok), Ok(()), "{ok}");
    }
    for (bad, why) in [
        ("partner.example/cb", ConsentError::RedirectNotAbsolute),
        ("/cb", ConsentError::RedirectNotAbsolute),
        ("ftp://partner.example", ConsentError::RedirectNotAbsolute),
        ("javascript://alert(1)", ConsentError::RedirectNotAbsolute),
        ("https://", ConsentError::RedirectNotAbsolute),
        ("http://partner.example/cb", ConsentError::RedirectInsecure),
        (
            "http://localhost.evil.example/",
            ConsentError::RedirectInsecure,
        ),
        ("http://localhost./cb", ConsentError::RedirectInsecure),
        ("http://app.localhost/cb", ConsentError::RedirectInsecure),
        ("http://127.0.0.1.nip.io/", ConsentError::RedirectInsecure),
        (
            "http://127.0.0.1@evil.example/",
            ConsentError::RedirectUserinfo,
        ),
        (
            "https://partner.example/cb#frag",
            ConsentError::RedirectFragment,
        ),
        (
            "https://*.partner.example/cb",
            ConsentError::RedirectWildcard,
        ),
        (
            "https://user@partner.example/",
            ConsentError::RedirectUserinfo,
        ),
        (
            "https://partner.example/a b",
            ConsentError::RedirectWhitespace,
        ),
    ] {
        assert_eq!(check_redirect_uri(bad), Err(why), "{bad}");
    }
    let long = format!("https://partner.example/{}", "a".repeat(240));
    assert_eq!(
        check_redirect_uri(&long),
        Err(ConsentError::RedirectTooLong)
    );
}

#[test]
fn redirect_is_required_except_for_authorize() {
    for format in [LinkFormat::AdminConsent, LinkFormat::V2AdminConsent] {
        let r = request(format.code(), "global", "graph").redirect_uri(" ");
        assert_eq!(r.to_url(), Err(ConsentError::RedirectMissing));
    }
    let r = request("authorize", "global", "graph").redirect_uri("");
    assert!(r.to_url().is_ok());
    assert!(
        r.warnings()
            .contains(&ConsentWarning::AuthorizeWithoutRedirect)
    );
}

#[test]
fn warnings_do_not_block_the_link() {
    let r = request("adminconsent", "usgov", "xdr").state("");
    assert!(r.to_url().is_ok());
    assert_eq!(
        r.warnings(),
        vec![
            ConsentWarning::ApiRetiring,
            ConsentWarning::UsGovIsHighAndDod,
            ConsentWarning::NoState
        ]
    );
    assert!(
        request("adminconsent", "global", "graph")
            .warnings()
            .is_empty()
    );
    // Graph in China: the link is built (other Graph permissions work there), with a warning that
    // the Graph security APIs are not available in that cloud.
    let china = request("adminconsent", "china", "graph");
    assert!(china.to_url().is_ok());
    assert_eq!(
        china.warnings(),
        vec![ConsentWarning::GraphSecurityNotInChina]
    );
}

#[test]
fn every_error_has_a_sentence_in_both_languages() {
    let all = [
        ConsentError::ClientIdMissing,
        ConsentError::ClientIdNotGuid,
        ConsentError::ClientIdPlaceholder,
        ConsentError::TenantMissing,
        ConsentError::TenantInvalid,
        ConsentError::TenantPlaceholder,
        ConsentError::TenantConsumers,
        ConsentError::TenantCommonNotAllowed,
        ConsentError::RedirectMissing,
        ConsentError::RedirectNotAbsolute,
        ConsentError::RedirectInsecure,
        ConsentError::RedirectFragment,
        ConsentError::RedirectWildcard,
        ConsentError::RedirectUserinfo,
        ConsentError::RedirectWhitespace,
        ConsentError::RedirectTooLong,
        ConsentError::StateTooLong,
        ConsentError::ApiNotInCloud {
            api: Api::Mde,
            cloud: Cloud::China,
        },
    ];
    let mut codes = std::collections::HashSet::new();
    for e in all {
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(!m.is_empty() && !m.contains('{'), "{e:?} {lang:?}: {m}");
        }
        assert!(codes.insert(e.code()), "{} twice", e.code());
    }
    assert_eq!(
        ConsentError::RedirectTooLong.message(Lang::Ja),
        "リダイレクト URI は 256 文字以内にする必要があります。"
    );
    // The cloud's name is quoted, not followed by a second 「クラウド」, and written as the Graph ja
    // national-cloud tables write it.
    assert_eq!(
        ConsentError::ApiNotInCloud {
            api: Api::Graph,
            cloud: Cloud::China,
        }
        .message(Lang::Ja),
        "Microsoft Graph セキュリティ API はクラウド「21Vianet が運営する中国」では提供されていません。"
    );
}

#[test]
fn share_hash_round_trips_without_the_state() {
    let r = request("v2-adminconsent", "usgov", "mde");
    let hash = r.share_hash();
    assert_eq!(
        hash,
        "#/consent?format=v2-adminconsent&cloud=usgov&api=mde&client_id=11112222-3333-4444-5555-666677778888&tenant=contoso.onmicrosoft.com&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent%2Fcallback"
    );
    assert!(!hash.contains("state"));
    let loc = HashLocation::parse(&hash);
    let back = ConsentRequest::from_params(|k| loc.param(k).map(str::to_owned));
    assert_eq!(back, r.clone().state(""));
}

#[test]
fn share_params_ignore_unknown_codes_and_state() {
    let loc = HashLocation::parse("#/consent?format=nope&cloud=mars&api=&state=leak&tenant=x");
    let r = ConsentRequest::from_params(|k| loc.param(k).map(str::to_owned));
    assert_eq!(r.format, LinkFormat::Authorize);
    assert_eq!(r.cloud, Cloud::Global);
    assert_eq!(r.api, Api::Graph);
    assert_eq!(r.state, "");
    assert_eq!(r.tenant, "x");
}
