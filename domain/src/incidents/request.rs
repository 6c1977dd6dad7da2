//! Building the HTTP requests of the incidents explorer: list (first page, `$skip` page or
//! `@odata.nextLink`) for both APIs, with the filters each API can apply server-side.
//!
//! The domain describes the request ([`ApiRequest`]); `services::http` only executes it.

use crate::cloud::Api;
use crate::incidents::connection::Endpoint;
use crate::incidents::labels::{Severity, Status};
use crate::incidents::time::format_rfc3339;
use crate::incidents::token::AccessToken;
use crate::url::encode_query_value;

/// The one HTTP method type, the catalog's (the client sends `GET`, `PATCH` and `POST`).
pub use crate::catalog::Method;

/// A request to execute. The bearer token stays an [`AccessToken`] (redacted in `Debug`) until
/// `services::http` writes the `Authorization` header; `headers` holds only what is not secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiRequest {
    /// Method.
    pub method: Method,
    /// The URL the browser calls (already wrapped by the proxy).
    pub url: String,
    /// The API URL behind the proxy (equal to `url` when direct).
    pub target: String,
    /// The token for `Authorization: Bearer …`; `None` for a public request.
    pub bearer: Option<AccessToken>,
    /// Other headers, in order.
    pub headers: Vec<(&'static str, String)>,
    /// JSON body, if any.
    pub body: Option<String>,
}

impl ApiRequest {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What came back, as plain values: status, the headers the client reads, the body text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// `Retry-After`, if the browser let the page read it (CORS must expose it).
    pub retry_after: Option<String>,
    /// The body as text.
    pub body: String,
}

/// Which page to fetch next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cursor {
    /// The first page.
    First,
    /// The page after `n` items (when the API sends no next link).
    Skip(u32),
    /// The `@odata.nextLink` the API sent (an API URL, not yet wrapped by the proxy).
    Link(String),
}

/// The filters the user set. Empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncidentFilter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this severity.
    pub severity: Option<Severity>,
    /// Only incidents assigned to this user (exact, case-insensitive).
    pub assigned_to: String,
    /// Only incidents created at or after this time (Unix ms).
    pub created_since: Option<i64>,
    /// Only incidents updated at or after this time (Unix ms).
    pub updated_since: Option<i64>,
    /// Free text searched in id, name, assignee and tags (page only).
    pub search: String,
}

/// One filter of [`IncidentFilter`], to say where it is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    /// Status.
    Status,
    /// Severity.
    Severity,
    /// Assigned to.
    AssignedTo,
    /// Created since.
    CreatedSince,
    /// Updated since.
    UpdatedSince,
    /// Free text.
    Search,
}

impl FilterField {
    /// Every field, in display order.
    pub const ALL: [FilterField; 6] = [
        FilterField::Status,
        FilterField::Severity,
        FilterField::AssignedTo,
        FilterField::CreatedSince,
        FilterField::UpdatedSince,
        FilterField::Search,
    ];

    /// Whether `api` filters this field on the server. XDR filters `status`, `assignedTo`,
    /// `createdTime` and `lastUpdateTime` (not severity); Graph also severity. Free text is
    /// always the page's. Every filter is also applied in the page, so the table is right
    /// either way.
    pub fn is_server_side(self, api: Api) -> bool {
        match self {
            FilterField::Search => false,
            FilterField::Severity => api == Api::Graph,
            _ => true,
        }
    }

    /// The property name in `api`'s `$filter`.
    fn property(self, api: Api) -> &'static str {
        match (self, api) {
            (FilterField::Status, _) => "status",
            (FilterField::Severity, _) => "severity",
            (FilterField::AssignedTo, _) => "assignedTo",
            (FilterField::CreatedSince, Api::Graph) => "createdDateTime",
            (FilterField::CreatedSince, _) => "createdTime",
            (FilterField::UpdatedSince, Api::Graph) => "lastUpdateDateTime",
            (FilterField::UpdatedSince, _) => "lastUpdateTime",
            (FilterField::Search, _) => "",
        }
    }
}

/// The `$filter` expression `api` can evaluate for `filter` (`None` when nothing applies).
pub fn server_filter(api: Api, filter: &IncidentFilter) -> Option<String> {
    let mut out = String::new();
    let mut clause = |field: FilterField, op: &str, value: &str, quoted: bool| {
        if !out.is_empty() {
            out.push_str(" and ");
        }
        out.push_str(field.property(api));
        out.push_str(op);
        if quoted {
            // An OData string literal: single quotes doubled.
            out.push('\'');
            out.push_str(&value.replace('\'', "''"));
            out.push('\'');
        } else {
            out.push_str(value);
        }
    };
    let mut text = |field: FilterField, value: &str| {
        if field.is_server_side(api) {
            clause(field, " eq ", value, true);
        }
    };
    if let Some(s) = &filter.status {
        text(FilterField::Status, s.code_for(api));
    }
    if let Some(s) = &filter.severity {
        text(FilterField::Severity, s.code_for(api));
    }
    if !filter.assigned_to.trim().is_empty() {
        text(FilterField::AssignedTo, filter.assigned_to.trim());
    }
    for (field, since) in [
        (FilterField::CreatedSince, filter.created_since),
        (FilterField::UpdatedSince, filter.updated_since),
    ] {
        if let Some(ms) = since {
            clause(field, " ge ", &format_rfc3339(ms), false);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The incidents collection URL of `endpoint`: base + `/api/incidents` (XDR) or
/// `/v1.0/security/incidents` (Graph), without repeating a path the base already ends with.
pub fn collection_url(endpoint: &Endpoint) -> String {
    let base = endpoint.base.trim_end_matches('/');
    let (prefix, rest) = match endpoint.api {
        Api::Graph => ("/v1.0", "/security/incidents"),
        _ => ("/api", "/incidents"),
    };
    let prefix = if base.ends_with(prefix) { "" } else { prefix };
    [base, prefix, rest].concat()
}

/// The API URL of the page `cursor` names.
pub fn list_target(endpoint: &Endpoint, filter: &IncidentFilter, cursor: &Cursor) -> String {
    if let Cursor::Link(link) = cursor {
        return link.clone();
    }
    let mut url = collection_url(endpoint);
    url.push_str("?$top=");
    url.push_str(&endpoint.page_size.to_string());
    if let Some(f) = server_filter(endpoint.api, filter) {
        url.push_str("&$filter=");
        url.push_str(&encode_query_value(&f));
    }
    if endpoint.api == Api::Graph {
        url.push_str("&$count=true&$expand=alerts");
    }
    if let Cursor::Skip(n) = cursor {
        url.push_str("&$skip=");
        url.push_str(&n.to_string());
    }
    url
}

/// The common headers besides the bearer token: JSON, and for Graph the opt-in to newer enum
/// members (`awaitingAction`).
pub(crate) fn base_headers(api: Api) -> Vec<(&'static str, String)> {
    let mut h = vec![("Accept", "application/json".to_owned())];
    if api == Api::Graph {
        h.push(("Prefer", "include-unknown-enum-members".to_owned()));
    }
    h
}

/// The request for the page `cursor` names.
pub fn list_request(
    endpoint: &Endpoint,
    token: &AccessToken,
    filter: &IncidentFilter,
    cursor: &Cursor,
) -> ApiRequest {
    let target = list_target(endpoint, filter, cursor);
    ApiRequest {
        method: Method::Get,
        url: endpoint.wrap(&target),
        target,
        bearer: Some(token.clone()),
        headers: base_headers(endpoint.api),
        body: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::connection::{ConnectionAction, ConnectionSettings, ProxyMode};
    use crate::incidents::time::parse_rfc3339_ms;

    fn endpoint(api: Api, base: &str) -> Endpoint {
        ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(api))
            .apply(ConnectionAction::SetBaseUrl(base.into()))
            .resolve()
            .expect("valid")
    }

    fn filter() -> IncidentFilter {
        IncidentFilter {
            status: Some(Status::InProgress),
            severity: Some(Severity::High),
            assigned_to: "o'brien@contoso.com".into(),
            created_since: parse_rfc3339_ms("2024-01-01"),
            updated_since: None,
            search: "ransom".into(),
        }
    }

    #[test]
    fn xdr_sends_what_it_can_filter_and_no_severity() {
        assert_eq!(
            server_filter(Api::Xdr, &filter()).as_deref(),
            Some(
                "status eq 'InProgress' and assignedTo eq 'o''brien@contoso.com' and createdTime ge 2024-01-01T00:00:00Z"
            )
        );
        let e = endpoint(Api::Xdr, "https://api.security.microsoft.com");
        assert_eq!(
            list_target(&e, &IncidentFilter::default(), &Cursor::First),
            "https://api.security.microsoft.com/api/incidents?$top=100"
        );
        assert_eq!(
            list_target(&e, &IncidentFilter::default(), &Cursor::Skip(200)),
            "https://api.security.microsoft.com/api/incidents?$top=100&$skip=200"
        );
        assert!(!FilterField::Severity.is_server_side(Api::Xdr));
    }

    #[test]
    fn graph_also_filters_severity_and_counts() {
        assert_eq!(
            server_filter(Api::Graph, &filter()).as_deref(),
            Some(
                "status eq 'inProgress' and severity eq 'high' and assignedTo eq 'o''brien@contoso.com' and createdDateTime ge 2024-01-01T00:00:00Z"
            )
        );
        let e = endpoint(Api::Graph, "https://graph.microsoft.com");
        let f = IncidentFilter {
            updated_since: parse_rfc3339_ms("2024-02-03T04:05:06Z"),
            ..IncidentFilter::default()
        };
        assert_eq!(
            list_target(&e, &f, &Cursor::First),
            "https://graph.microsoft.com/v1.0/security/incidents?$top=100&$filter=lastUpdateDateTime%20ge%202024-02-03T04:05:06Z&$count=true&$expand=alerts"
        );
        assert!(FilterField::Severity.is_server_side(Api::Graph));
        assert!(!FilterField::Search.is_server_side(Api::Graph));
    }

    #[test]
    fn base_paths_are_not_repeated() {
        assert_eq!(
            collection_url(&endpoint(Api::Xdr, "http://127.0.0.1:4000/tenant-a/api/")),
            "http://127.0.0.1:4000/tenant-a/api/incidents"
        );
        assert_eq!(
            collection_url(&endpoint(Api::Graph, "https://graph.microsoft.com/v1.0")),
            "https://graph.microsoft.com/v1.0/security/incidents"
        );
    }

    #[test]
    fn next_links_are_followed_verbatim_and_wrapped_by_the_proxy() {
        let e = ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(Api::Xdr))
            .apply(ConnectionAction::SetProxyMode(ProxyMode::Prefix))
            .apply(ConnectionAction::SetProxyUrl(
                "http://127.0.0.1:8787/".into(),
            ))
            .resolve()
            .expect("valid");
        let link = "https://api.security.microsoft.com/api/incidents?$skip=100&$top=100";
        let r = list_request(
            &e,
            &AccessToken::new("t.o.k"),
            &IncidentFilter::default(),
            &Cursor::Link(link.into()),
        );
        assert_eq!(r.url, format!("http://127.0.0.1:8787/{link}"));
        assert_eq!(r.target, link);
        assert_eq!(r.bearer.as_ref().map(AccessToken::expose), Some("t.o.k"));
        assert_eq!(
            r.header("authorization"),
            None,
            "the token is no plain header"
        );
        assert_eq!(r.header("Prefer"), None);
        assert!(
            !format!("{r:?}").contains("t.o.k"),
            "Debug must redact the token"
        );
        let g = list_request(
            &endpoint(Api::Graph, "https://graph.microsoft.com"),
            &AccessToken::new("x"),
            &IncidentFilter::default(),
            &Cursor::First,
        );
        assert_eq!(g.header("Prefer"), Some("include-unknown-enum-members"));
        assert_eq!(g.method.as_str(), "GET");
    }
}
