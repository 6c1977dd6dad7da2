//! Token-request snippets: the client-credentials request a partner runs for one customer, in the
//! four languages of the Defender guide (PowerShell `Invoke-RestMethod`, C# MSAL, Python, curl).
//!
//! Like the guide, PowerShell and Python use the v1 token endpoint with `resource=`, and C# (MSAL)
//! and curl use the v2 endpoint with `{resource}/.default`; unlike the guide, every language asks
//! for the resource of the API actually chosen (the guide's XDR page mixes in Defender for
//! Endpoint audiences). The secret is always a placeholder, never a value: this page has no field
//! for it. Only validated values (a GUID, a domain name, a resource URI from [`crate::cloud`]) are
//! written into the code, so nothing typed can break out of a string literal.

use crate::cloud::is_guid;
use crate::cloud::{Api, Cloud};
use crate::consent::Tenant;
use crate::i18n::fill;

/// The placeholder written where the client secret goes (PowerShell, Python, C#).
pub const SECRET_PLACEHOLDER: &str = "<client-secret>";
/// The environment variable curl reads the secret from.
pub const SECRET_ENV: &str = "CLIENT_SECRET";
/// The placeholder written when no specific tenant is known.
pub const TENANT_PLACEHOLDER: &str = "<customer-tenant-id>";
/// The placeholder written when no valid application ID is known.
pub const CLIENT_ID_PLACEHOLDER: &str = "<application-client-id>";

/// A snippet language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnippetLang {
    /// Windows PowerShell / PowerShell 7 with `Invoke-RestMethod`.
    PowerShell,
    /// C# with MSAL.NET's `ConfidentialClientApplicationBuilder`.
    CSharp,
    /// Python 3 with the standard library only.
    Python,
    /// curl in a POSIX shell.
    Curl,
}

crate::codes! {
    /// The code exposed as `data-lang`: `powershell`, `csharp`, `python`, `curl`.
    SnippetLang {
        PowerShell => "powershell",
        CSharp => "csharp",
        Python => "python",
        Curl => "curl",
    }
}

impl SnippetLang {
    /// Every language, in the guide's order.
    pub const ALL: [SnippetLang; 4] = [
        SnippetLang::PowerShell,
        SnippetLang::CSharp,
        SnippetLang::Python,
        SnippetLang::Curl,
    ];

    /// The language's name (the same in every page language).
    pub fn label(self) -> &'static str {
        match self {
            SnippetLang::PowerShell => "PowerShell",
            SnippetLang::CSharp => "C#",
            SnippetLang::Python => "Python",
            SnippetLang::Curl => "curl",
        }
    }
}

/// What a snippet is written for. Build it with [`SnippetTarget::new`], which keeps only valid
/// values and uses placeholders for the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetTarget {
    /// The customer's cloud (decides the sign-in host and the resource).
    pub cloud: Cloud,
    /// The API (decides the resource).
    pub api: Api,
    /// A specific tenant, or [`TENANT_PLACEHOLDER`].
    pub tenant: String,
    /// The application ID, or [`CLIENT_ID_PLACEHOLDER`].
    pub client_id: String,
    /// Whether a specific tenant was given (`common` and `organizations` are not).
    pub has_tenant: bool,
}

impl SnippetTarget {
    /// A target from the typed tenant and application ID; invalid or non-specific values become
    /// placeholders.
    pub fn new(cloud: Cloud, api: Api, tenant: &str, client_id: &str) -> SnippetTarget {
        let tenant = Tenant::parse(tenant).ok().filter(Tenant::is_specific);
        let client_id = client_id.trim().to_ascii_lowercase();
        SnippetTarget {
            cloud,
            api,
            has_tenant: tenant.is_some(),
            tenant: tenant.map_or_else(|| TENANT_PLACEHOLDER.to_owned(), |t| t.as_str().to_owned()),
            client_id: if is_guid(&client_id) {
                client_id
            } else {
                CLIENT_ID_PLACEHOLDER.to_owned()
            },
        }
    }

    /// The resource URI, or `None` when the API is not offered in the cloud.
    pub fn resource(&self) -> Option<&'static str> {
        self.api.resource_uri(self.cloud)
    }
}

/// The token request in `lang` for `target`, or `None` when the API is not offered in the cloud.
pub fn token_snippet(lang: SnippetLang, target: &SnippetTarget) -> Option<String> {
    let resource = target.resource()?;
    let template = match lang {
        SnippetLang::PowerShell => POWER_SHELL_TEMPLATE,
        SnippetLang::CSharp => C_SHARP_TEMPLATE,
        SnippetLang::Python => PYTHON_TEMPLATE,
        SnippetLang::Curl => CURL_TEMPLATE,
    };
    Some(fill(
        template,
        &[
            ("tenant", &target.tenant),
            ("app", &target.client_id),
            ("secret", SECRET_PLACEHOLDER),
            ("env", SECRET_ENV),
            ("resource", resource),
            ("login", target.cloud.login_origin()),
        ],
    ))
}

// The snippets, with `{name}` placeholders filled by `fill` (other braces are the languages'
// own and are kept).
const POWER_SHELL_TEMPLATE: &str = "$tenantId = '{tenant}'
$appId = '{app}'
$appSecret = '{secret}' # placeholder: read the secret from your vault at run time

$body = @{
    resource      = '{resource}'
    client_id     = $appId
    client_secret = $appSecret
    grant_type    = 'client_credentials'
}
$response = Invoke-RestMethod -Method Post -Uri \"{login}/$tenantId/oauth2/token\" -Body $body -ErrorAction Stop
$token = $response.access_token
";

const C_SHARP_TEMPLATE: &str = "using Microsoft.Identity.Client;

const string tenantId = \"{tenant}\";
const string appId = \"{app}\";
string appSecret = \"{secret}\"; // placeholder: read the secret from your vault at run time

IConfidentialClientApplication app = ConfidentialClientApplicationBuilder
    .Create(appId)
    .WithClientSecret(appSecret)
    .WithAuthority($\"{login}/{tenantId}\")
    .Build();

string[] scopes = { \"{resource}/.default\" };
AuthenticationResult result = await app.AcquireTokenForClient(scopes).ExecuteAsync();
string token = result.AccessToken;
";

const PYTHON_TEMPLATE: &str = "import json
import urllib.parse
import urllib.request

tenant_id = \"{tenant}\"
app_id = \"{app}\"
app_secret = \"{secret}\"  # placeholder: read the secret from your vault at run time

url = f\"{login}/{tenant_id}/oauth2/token\"
body = {
    \"resource\": \"{resource}\",
    \"client_id\": app_id,
    \"client_secret\": app_secret,
    \"grant_type\": \"client_credentials\",
}
data = urllib.parse.urlencode(body).encode(\"utf-8\")
with urllib.request.urlopen(urllib.request.Request(url, data)) as response:
    token = json.loads(response.read())[\"access_token\"]
";

const CURL_TEMPLATE: &str =
    "# {env}: placeholder; export it from your vault at run time, never type it here
curl -sS -X POST \"{login}/{tenant}/oauth2/v2.0/token\" \\
  -d \"client_id={app}\" \\
  --data-urlencode \"scope={resource}/.default\" \\
  --data-urlencode \"client_secret=${{env}}\" \\
  -d \"grant_type=client_credentials\"
";
