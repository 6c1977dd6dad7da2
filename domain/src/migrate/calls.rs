//! The calls side by side: the incidents listing and update as the explorer sends them to the
//! Defender XDR API and to the Graph security API, built by the explorer's own request code
//! ([`crate::incidents::request`], [`crate::incidents::update`]) so that the comparison cannot
//! drift from what the page really sends; the field names and enum spellings that change; and the
//! Graph call in the four snippet languages ([`crate::snippet`]).

use crate::cloud::{Api, Cloud};
use crate::incidents::connection::{ConnectionAction, ConnectionSettings, Endpoint};
use crate::incidents::labels::{Classification, Determination, Severity, Status, normalize};
use crate::incidents::request::{Cursor, IncidentFilter, list_target};
use crate::incidents::time::parse_rfc3339_ms;
use crate::incidents::token::AccessToken;
use crate::incidents::update::{IncidentUpdate, update_plan};
use crate::snippet::{SnippetLang, SnippetTarget, token_snippet};

/// The example listing: status, severity, assignee and last update, as a partner filters them.
pub fn example_filter() -> IncidentFilter {
    IncidentFilter {
        status: Some(Status::Active),
        severity: Some(Severity::High),
        assigned_to: "secops@contoso.com".into(),
        created_since: None,
        updated_since: parse_rfc3339_ms("2026-12-01T00:00:00Z"),
        search: String::new(),
    }
}

/// The example update: resolve as a true-positive malware incident, tag it and comment.
pub fn example_update() -> IncidentUpdate {
    IncidentUpdate {
        status: Some(Status::Resolved),
        classification: Some(Classification::TruePositive),
        determination: Some(Determination::Malware),
        assigned_to: None,
        tags: Some(vec!["migrated".into()]),
        comment: Some("Closed after review".into()),
    }
}

fn endpoint(api: Api) -> Option<Endpoint> {
    ConnectionSettings::default()
        .apply(ConnectionAction::SetApi(api))
        .resolve()
        .ok()
}

/// One call in both APIs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallPair {
    /// The XDR request line(s).
    pub xdr: String,
    /// The Graph request line(s).
    pub graph: String,
}

/// The first page of the example listing in both APIs.
pub fn list_pair() -> CallPair {
    let f = example_filter();
    let target = |api| {
        endpoint(api)
            .map(|e| format!("GET {}", list_target(&e, &f, &Cursor::First)))
            .unwrap_or_default()
    };
    CallPair {
        xdr: target(Api::Xdr),
        graph: target(Api::Graph),
    }
}

/// The next page: XDR by `$skip`, Graph by following `@odata.nextLink` verbatim.
pub fn paging_pair() -> CallPair {
    let f = example_filter();
    CallPair {
        xdr: endpoint(Api::Xdr)
            .map(|e| format!("GET {}", list_target(&e, &f, &Cursor::Skip(100))))
            .unwrap_or_default(),
        graph: "GET {@odata.nextLink}".into(),
    }
}

/// The example update in both APIs, as the explorer's [`update_plan`] sends it: one PATCH on XDR
/// (the comment inside); a PATCH and a POST of the comment on Graph.
pub fn update_pair() -> CallPair {
    let u = example_update();
    let text = |api| {
        let Some(e) = endpoint(api) else {
            return String::new();
        };
        let plan = update_plan(&e, &AccessToken::new(""), "{id}", &u);
        [plan.patch, plan.comment]
            .into_iter()
            .flatten()
            .map(|r| {
                let target = r.target.replace("%7Bid%7D", "{id}");
                format!(
                    "{} {target}\n{}",
                    r.method.as_str(),
                    r.body.unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    CallPair {
        xdr: text(Api::Xdr),
        graph: text(Api::Graph),
    }
}

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

/// An enum value whose spelling changes beyond its case: `(enum name, XDR, Graph)`.
pub type EnumChange = (&'static str, String, String);

/// The enum values whose spelling changes beyond PascalCase → camelCase (status, severity,
/// classification, determination), from the explorer's tolerant enums.
pub fn enum_changes() -> Vec<EnumChange> {
    fn push<'a>(
        out: &mut Vec<EnumChange>,
        name: &'static str,
        pairs: impl Iterator<Item = (&'a str, &'a str)>,
    ) {
        for (x, g) in pairs {
            if normalize(x) != normalize(g) {
                out.push((name, x.to_owned(), g.to_owned()));
            }
        }
    }
    let mut out = Vec::new();
    push(
        &mut out,
        "status",
        Status::KNOWN.iter().map(|v| (v.xdr_code(), v.graph_code())),
    );
    push(
        &mut out,
        "severity",
        Severity::KNOWN
            .iter()
            .map(|v| (v.xdr_code(), v.graph_code())),
    );
    push(
        &mut out,
        "classification",
        Classification::KNOWN
            .iter()
            .map(|v| (v.xdr_code(), v.graph_code())),
    );
    push(
        &mut out,
        "determination",
        Determination::KNOWN
            .iter()
            .map(|v| (v.xdr_code(), v.graph_code())),
    );
    out
}

/// The Graph listing in `lang`: the token request of [`crate::snippet`] for Graph, then the call.
pub fn graph_snippet(
    lang: SnippetLang,
    cloud: Cloud,
    tenant: &str,
    client_id: &str,
) -> Option<String> {
    let target = SnippetTarget::new(cloud, Api::Graph, tenant, client_id);
    let token = token_snippet(lang, &target)?;
    let url = list_pair().graph.trim_start_matches("GET ").to_owned();
    let call = match lang {
        SnippetLang::PowerShell => format!(
            "$headers = @{{ Authorization = \"Bearer $token\"; Prefer = 'include-unknown-enum-members' }}\n$page = Invoke-RestMethod -Uri '{url}' -Headers $headers\n# next page: Invoke-RestMethod -Uri $page.'@odata.nextLink' -Headers $headers\n"
        ),
        SnippetLang::CSharp => format!(
            "using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Authorization = new(\"Bearer\", token);\nhttp.DefaultRequestHeaders.Add(\"Prefer\", \"include-unknown-enum-members\");\nstring page = await http.GetStringAsync(\"{url}\");\n// next page: the \"@odata.nextLink\" of the answer\n"
        ),
        SnippetLang::Python => format!(
            "request = urllib.request.Request(\n    \"{url}\",\n    headers={{\"Authorization\": f\"Bearer {{token}}\", \"Prefer\": \"include-unknown-enum-members\"}},\n)\nwith urllib.request.urlopen(request) as response:\n    page = json.loads(response.read())\n# next page: page.get(\"@odata.nextLink\")\n"
        ),
        SnippetLang::Curl => format!(
            "# TOKEN: the access_token of the answer above\ncurl -sS -H \"Authorization: Bearer ${{TOKEN}}\" -H 'Prefer: include-unknown-enum-members' \\\n  '{url}'\n"
        ),
    };
    Some(format!("{token}\n{call}"))
}
