//! The calls side by side: the incidents listing and update as the explorer sends them to the
//! Defender XDR API and to the Graph security API; the field names and enum spellings that change;
//! and the Graph call in the four snippet languages ([`crate::snippet`]). The requests are static
//! text (no request-building code in the page for a fixed example); the native tests rebuild each
//! one with the explorer's own request code ([`crate::incidents::request`],
//! [`crate::incidents::update`]) and the enum table from the explorer's tolerant enums, so the
//! comparison cannot drift from what the page really sends.

use crate::cloud::{Api, Cloud};
use crate::snippet::{SnippetLang, SnippetTarget, token_snippet};

/// The Graph listing URL of the example (a macro so the snippets can `concat!` it).
macro_rules! graph_list_url {
    () => {
        "https://graph.microsoft.com/v1.0/security/incidents?$top=100&$filter=status%20eq%20%27active%27%20and%20severity%20eq%20%27high%27%20and%20assignedTo%20eq%20%27secops%40contoso.com%27%20and%20lastUpdateDateTime%20ge%202026-12-01T00:00:00Z&$count=true&$expand=alerts"
    };
}

/// One call in both APIs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallPair {
    /// The XDR request line(s).
    pub xdr: &'static str,
    /// The Graph request line(s).
    pub graph: &'static str,
}

/// The first page of the example listing (status, severity, assignee and last update, as a
/// partner filters them) in both APIs. The XDR API has no severity filter: the explorer filters
/// severity in the page.
pub const LIST: CallPair = CallPair {
    xdr: "GET https://api.security.microsoft.com/api/incidents?$top=100&$filter=status%20eq%20%27Active%27%20and%20assignedTo%20eq%20%27secops%40contoso.com%27%20and%20lastUpdateTime%20ge%202026-12-01T00:00:00Z",
    graph: concat!("GET ", graph_list_url!()),
};

/// The next page: XDR by `$skip`, Graph by following `@odata.nextLink` verbatim.
pub const PAGING: CallPair = CallPair {
    xdr: "GET https://api.security.microsoft.com/api/incidents?$top=100&$filter=status%20eq%20%27Active%27%20and%20assignedTo%20eq%20%27secops%40contoso.com%27%20and%20lastUpdateTime%20ge%202026-12-01T00:00:00Z&$skip=100",
    graph: "GET {@odata.nextLink}",
};

/// The example update (resolve as a true-positive malware incident, tag it and comment) as the
/// explorer's `update_plan` sends it: one PATCH on XDR (the comment inside); a PATCH and a POST
/// of the comment on Graph.
pub const UPDATE: CallPair = CallPair {
    xdr: "PATCH https://api.security.microsoft.com/api/incidents/{id}\n{\"classification\":\"TruePositive\",\"comment\":\"Closed after review\",\"determination\":\"Malware\",\"status\":\"Resolved\",\"tags\":[\"migrated\"]}",
    graph: "PATCH https://graph.microsoft.com/v1.0/security/incidents/{id}\n{\"classification\":\"truePositive\",\"customTags\":[\"migrated\"],\"determination\":\"malware\",\"status\":\"resolved\"}\n\nPOST https://graph.microsoft.com/v1.0/security/incidents/{id}/comments\n{\"@odata.type\":\"microsoft.graph.security.alertComment\",\"comment\":\"Closed after review\"}",
};

/// Incident fields whose name changes: `(XDR, Graph)`.
pub const FIELD_RENAMES: [(&str, &str); 8] = [
    ("incidentId", "id"),
    ("incidentName", "displayName"),
    ("createdTime", "createdDateTime"),
    ("lastUpdateTime", "lastUpdateDateTime"),
    ("tags", "customTags"),
    ("redirectIncidentId", "redirectIncidentId"),
    ("alerts", "alerts ($expand=alerts)"),
    ("comments", "comments (POST …/comments)"),
];

/// The enum values whose spelling changes beyond PascalCase → camelCase (status, severity,
/// classification, determination): `(enum name, XDR, Graph)`. A test derives the same list from
/// the explorer's tolerant enums.
pub const ENUM_CHANGES: [(&str, &str, &str); 4] = [
    ("severity", "UnSpecified", "unknown"),
    ("determination", "NotAvailable", "unknown"),
    ("determination", "Clean", "notMalicious"),
    (
        "determination",
        "NoEnoughDataToValidate",
        "notEnoughDataToValidate",
    ),
];

/// The Graph listing in `lang`: the token request of [`crate::snippet`] for Graph, then the call.
pub fn graph_snippet(
    lang: SnippetLang,
    cloud: Cloud,
    tenant: &str,
    client_id: &str,
) -> Option<String> {
    let target = SnippetTarget::new(cloud, Api::Graph, tenant, client_id);
    let token = token_snippet(lang, &target)?;
    let call = match lang {
        SnippetLang::PowerShell => concat!(
            "$headers = @{ Authorization = \"Bearer $token\"; Prefer = 'include-unknown-enum-members' }\n$page = Invoke-RestMethod -Uri '",
            graph_list_url!(),
            "' -Headers $headers\n# next page: Invoke-RestMethod -Uri $page.'@odata.nextLink' -Headers $headers\n"
        ),
        SnippetLang::CSharp => concat!(
            "using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Authorization = new(\"Bearer\", token);\nhttp.DefaultRequestHeaders.Add(\"Prefer\", \"include-unknown-enum-members\");\nstring page = await http.GetStringAsync(\"",
            graph_list_url!(),
            "\");\n// next page: the \"@odata.nextLink\" of the answer\n"
        ),
        SnippetLang::Python => concat!(
            "request = urllib.request.Request(\n    \"",
            graph_list_url!(),
            "\",\n    headers={\"Authorization\": f\"Bearer {token}\", \"Prefer\": \"include-unknown-enum-members\"},\n)\nwith urllib.request.urlopen(request) as response:\n    page = json.loads(response.read())\n# next page: page.get(\"@odata.nextLink\")\n"
        ),
        SnippetLang::Curl => concat!(
            "# TOKEN: the access_token of the answer above\ncurl -sS -H \"Authorization: Bearer ${TOKEN}\" -H 'Prefer: include-unknown-enum-members' \\\n  '",
            graph_list_url!(),
            "'\n"
        ),
    };
    let mut out = token;
    out.push('\n');
    out.push_str(call);
    Some(out)
}
