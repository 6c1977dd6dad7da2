//! Native tests of the token-request snippets (resource or `/.default` scope per API and cloud,
//! placeholders, no secret) and of the ready-to-send admin message in both languages.

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{MessagePermissions, admin_message};
use dpk_domain::consent::{ConsentRequest, LinkFormat};
use dpk_domain::i18n::Lang;
use dpk_domain::snippet::{
    CLIENT_ID_PLACEHOLDER, SECRET_PLACEHOLDER, SnippetLang, SnippetTarget, TENANT_PLACEHOLDER,
    token_snippet,
};

const APP: &str = "11112222-3333-4444-5555-666677778888";
const TENANT: &str = "fa00d692-e9c7-4460-a743-29f2956fd429";

fn all(cloud: Cloud, api: Api, tenant: &str, app: &str) -> Vec<(SnippetLang, String)> {
    let target = SnippetTarget::new(cloud, api, tenant, app);
    SnippetLang::ALL
        .into_iter()
        .map(|l| (l, token_snippet(l, &target).expect("offered")))
        .collect()
}

#[test]
fn powershell_for_xdr_matches_the_guide_with_the_right_resource() {
    let target = SnippetTarget::new(Cloud::Global, Api::Xdr, TENANT, APP);
    assert_eq!(
        token_snippet(SnippetLang::PowerShell, &target).expect("offered"),
        "$tenantId = 'fa00d692-e9c7-4460-a743-29f2956fd429'
$appId = '11112222-3333-4444-5555-666677778888'
$appSecret = '<client-secret>' # placeholder: read the secret from your vault at run time

$body = @{
    resource      = 'https://api.security.microsoft.com'
    client_id     = $appId
    client_secret = $appSecret
    grant_type    = 'client_credentials'
}
$response = Invoke-RestMethod -Method Post -Uri \"https://login.microsoftonline.com/$tenantId/oauth2/token\" -Body $body -ErrorAction Stop
$token = $response.access_token
"
    );
}

#[test]
fn csharp_for_mde_in_us_government() {
    let target = SnippetTarget::new(Cloud::UsGov, Api::Mde, "contoso.onmicrosoft.us", APP);
    assert_eq!(
        token_snippet(SnippetLang::CSharp, &target).expect("offered"),
        "using Microsoft.Identity.Client;

const string tenantId = \"contoso.onmicrosoft.us\";
const string appId = \"11112222-3333-4444-5555-666677778888\";
string appSecret = \"<client-secret>\"; // placeholder: read the secret from your vault at run time

IConfidentialClientApplication app = ConfidentialClientApplicationBuilder
    .Create(appId)
    .WithClientSecret(appSecret)
    .WithAuthority($\"https://login.microsoftonline.us/{tenantId}\")
    .Build();

string[] scopes = { \"https://api-gov.securitycenter.microsoft.us/.default\" };
AuthenticationResult result = await app.AcquireTokenForClient(scopes).ExecuteAsync();
string token = result.AccessToken;
"
    );
}

#[test]
fn python_and_curl_for_graph_in_china() {
    let target = SnippetTarget::new(Cloud::China, Api::Graph, TENANT, APP);
    let python = token_snippet(SnippetLang::Python, &target).expect("offered");
    assert!(
        python.contains(
            "url = f\"https://login.partner.microsoftonline.cn/{tenant_id}/oauth2/token\""
        )
    );
    assert!(python.contains("\"resource\": \"https://microsoftgraph.chinacloudapi.cn\","));
    assert!(python.contains("app_secret = \"<client-secret>\""));
    let curl = token_snippet(SnippetLang::Curl, &target).expect("offered");
    assert_eq!(
        curl,
        "# CLIENT_SECRET: placeholder; export it from your vault at run time, never type it here
curl -sS -X POST \"https://login.partner.microsoftonline.cn/fa00d692-e9c7-4460-a743-29f2956fd429/oauth2/v2.0/token\" \\
  -d \"client_id=11112222-3333-4444-5555-666677778888\" \\
  --data-urlencode \"scope=https://microsoftgraph.chinacloudapi.cn/.default\" \\
  --data-urlencode \"client_secret=${CLIENT_SECRET}\" \\
  -d \"grant_type=client_credentials\"
"
    );
}

#[test]
fn every_api_and_cloud_gets_its_own_resource_in_every_language() {
    for cloud in Cloud::ALL {
        for api in Api::ALL {
            let target = SnippetTarget::new(cloud, api, TENANT, APP);
            let Some(resource) = api.resource_uri(cloud) else {
                for lang in SnippetLang::ALL {
                    assert_eq!(token_snippet(lang, &target), None, "{api:?} {cloud:?}");
                }
                continue;
            };
            for (lang, code) in all(cloud, api, TENANT, APP) {
                assert!(code.contains(cloud.login_origin()), "{lang:?}");
                match lang {
                    SnippetLang::PowerShell | SnippetLang::Python => {
                        assert!(
                            code.contains(&format!("'{resource}'"))
                                || code.contains(&format!("\"{resource}\"")),
                            "{lang:?} {api:?} {cloud:?}"
                        );
                        assert!(!code.contains(".default"));
                        assert!(code.contains("/oauth2/token"));
                    }
                    SnippetLang::CSharp | SnippetLang::Curl => {
                        assert!(code.contains(&format!("{resource}/.default")), "{lang:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn secrets_are_placeholders_and_bad_inputs_become_placeholders() {
    for (lang, code) in all(Cloud::Global, Api::Graph, "common", "not-a-guid'; rm -rf /") {
        assert!(code.contains(TENANT_PLACEHOLDER), "{lang:?}");
        assert!(code.contains(CLIENT_ID_PLACEHOLDER), "{lang:?}");
        assert!(!code.contains("rm -rf"), "{lang:?}");
        match lang {
            SnippetLang::Curl => assert!(code.contains("${CLIENT_SECRET}")),
            _ => assert!(code.contains(SECRET_PLACEHOLDER)),
        }
        assert!(
            code.contains("vault"),
            "{lang:?}: the secret line points at a vault"
        );
    }
    let t = SnippetTarget::new(Cloud::Global, Api::Graph, "organizations", APP);
    assert!(!t.has_tenant);
    let t = SnippetTarget::new(Cloud::Global, Api::Graph, "Contoso.OnMicrosoft.com", APP);
    assert!(t.has_tenant);
    assert_eq!(t.tenant, "contoso.onmicrosoft.com");
    assert_eq!(
        SnippetLang::ALL.map(SnippetLang::code),
        ["powershell", "csharp", "python", "curl"]
    );
}

#[test]
fn admin_message_lists_only_what_the_partner_picked_and_names_the_documented_roles() {
    let request = ConsentRequest::new(APP)
        .format(LinkFormat::AdminConsent)
        .api(Api::Xdr)
        .tenant(TENANT)
        .redirect_uri("https://partner.example/cb")
        .state("s");
    let link = request.build().expect("valid");
    let picked = MessagePermissions::for_api(Api::Xdr, &["Incident.Read.All".to_owned()]);
    let en = admin_message(Lang::En, &link, Api::Xdr, &request.redirect_uri, &picked);
    assert!(en.starts_with(
        "Subject: Admin consent request for our app (11112222-3333-4444-5555-666677778888)"
    ));
    assert!(en.contains("Microsoft Defender XDR API (https://api.security.microsoft.com)"));
    assert!(en.contains("requests:\n  - Incident.Read.All\n"), "{en}");
    // Only what was picked: no hard-coded list any more.
    assert!(!en.contains("AdvancedHunting.Read.All"), "{en}");
    assert!(en.contains("Privileged Role Administrator, Cloud Application Administrator or Application Administrator"));
    assert!(en.contains(&format!("\n{}\n", link.url)));
    assert!(en.contains("your browser goes to https://partner.example/cb;"));
    assert!(!en.contains('{'), "{en}");

    let ja = admin_message(Lang::Ja, &link, Api::Xdr, &request.redirect_uri, &picked);
    assert!(ja.starts_with(
        "件名: 弊社アプリケーション (11112222-3333-4444-5555-666677778888) への管理者の同意のお願い"
    ));
    assert!(ja.contains("特権ロール管理者"));
    assert!(ja.contains("アクセス許可:\n  - Incident.Read.All"));
    assert!(ja.contains(&link.url));
    assert!(!ja.contains('{'), "{ja}");
    // The name the admin finds under Enterprise applications, beside ours; the resource on its
    // own line rather than a second pair of parentheses.
    assert!(ja.contains(
        "- API: Microsoft Defender XDR API (Microsoft Threat Protection)\n- リソース: https://api.security.microsoft.com\n"
    ));
    // The partner speaks as 弊社 to 貴社; the sentence before the link ends with 。, not a colon.
    assert!(ja.contains("貴社テナントのグローバル管理者"));
    assert!(ja.contains(&format!("承認してください。\n{}\n", link.url)));
    assert!(!ja.contains("お客様"));

    // Nothing picked: the configured permissions, said plainly; Graph needs the higher roles.
    let graph = ConsentRequest::new(APP).build().expect("valid");
    let en = admin_message(
        Lang::En,
        &graph,
        Api::Graph,
        "",
        &MessagePermissions::Configured,
    );
    assert!(en.contains(
        "the permissions configured on application 11112222-3333-4444-5555-666677778888"
    ));
    assert!(!en.contains("SecurityIncident"), "{en}");
    assert!(en.contains("a Global Administrator or Privileged Role Administrator"));
    assert!(en.contains("Microsoft Graph security API (https://graph.microsoft.com)"));
    assert!(en.contains("a page of ours or of Microsoft"));
}
