//! The incidents domain against Microsoft's published samples (tests/fixtures/incidents/): both
//! APIs map to one view, the docs' verbatim (invalid) sample fails as `parse`, error bodies are
//! read, and a realistic multi-page fetch is driven end to end without a browser.

use std::rc::Rc;

use dpk_domain::cloud::Api;
use dpk_domain::i18n::Lang;
use dpk_domain::incidents::connection::{ConnectionAction, ConnectionSettings, ProxyMode};
use dpk_domain::incidents::explain::{ErrorContext, explain, status_label};
use dpk_domain::incidents::export::{to_csv, to_json};
use dpk_domain::incidents::labels::{Classification, Determination, Severity, Status};
use dpk_domain::incidents::model::MapContext;
use dpk_domain::incidents::request::{IncidentFilter, RawResponse};
use dpk_domain::incidents::response::{ApiError, ParseProblem, read_list_page, server_message};
use dpk_domain::incidents::session::{IncidentStore, ListSession};
use dpk_domain::incidents::token::{AccessToken, list_operation};
use dpk_domain::incidents::view::{Sort, SortKey, select};

const XDR_PAGE: &str =
    include_str!("../../tests/fixtures/incidents/xdr-list-incidents-response.valid.json");
const XDR_DOCS_VERBATIM: &str =
    include_str!("../../tests/fixtures/incidents/xdr-list-incidents-response.docs.jsonc");
const GRAPH_PAGE: &str =
    include_str!("../../tests/fixtures/incidents/graph-list-incidents-response.json");
const ERRORS: &str = include_str!("../../tests/fixtures/incidents/xdr-error-examples.docs.json");

const CTX: MapContext<'static> = MapContext {
    portal_origin: "https://security.microsoft.com",
};

fn ok(body: &str) -> RawResponse {
    RawResponse {
        status: 200,
        retry_after: None,
        body: body.to_owned(),
    }
}

#[test]
fn the_xdr_docs_sample_maps_to_three_incidents_with_their_evidence() {
    let page = read_list_page(&ok(XDR_PAGE), &CTX, 0).expect("a page");
    assert_eq!(page.incidents.len(), 3);
    assert_eq!(page.skipped, 0);
    assert_eq!(page.next_link, None);
    let ids: Vec<&str> = page.incidents.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["924565", "924521", "924518"]);
    let [ransom, mimikatz, mail] = [&page.incidents[0], &page.incidents[1], &page.incidents[2]];
    assert_eq!(ransom.severity, Severity::Medium);
    assert_eq!(ransom.status, Status::Active);
    assert_eq!(ransom.classification, Classification::Unknown);
    assert_eq!(ransom.determination, Determination::NotAvailable);
    assert_eq!(ransom.assigned_to, None);
    assert_eq!(ransom.comments.len(), 1);
    assert_eq!(ransom.comments[0].author, "secop123@contoso.com");
    let kinds: Vec<(&str, &str)> = ransom
        .entities()
        .iter()
        .map(|e| (e.kind.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [("User", "testUser2@contoso.com"), ("Ip", "62.216.203.204")]
    );
    assert_eq!(mimikatz.severity, Severity::Low);
    let devices = mimikatz.devices();
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].name, "user5cx.middleeast.corp.contoso.com");
    assert_eq!(mail.severity, Severity::Informational);
    assert_eq!(mail.alert_count, Some(1));
    assert!(mail.entities().iter().any(|e| e.kind == "MailMessage"));
    assert_eq!(
        ransom.portal_url.as_deref(),
        Some("https://security.microsoft.com/incidents/924565")
    );
    assert!(ransom.created_ms.is_some() && ransom.updated_ms.is_some());
}

/// The JSON export of both samples is byte for byte what the page has always written (the file
/// was written by the serde-derived writer the hand-written one replaced): no member renamed,
/// moved, added or dropped, `null` for what is absent, strings escaped as before.
#[test]
fn the_json_export_keeps_its_format() {
    let mut rows = read_list_page(&ok(XDR_PAGE), &CTX, 0)
        .expect("a page")
        .incidents;
    rows.extend(
        read_list_page(&ok(GRAPH_PAGE), &CTX, 0)
            .expect("a page")
            .incidents,
    );
    assert_eq!(
        to_json(&rows),
        include_str!("../../tests/fixtures/incidents/export.golden.json")
    );
}

/// The stored connection settings keep their member names and order.
#[test]
fn stored_connection_settings_keep_their_format() {
    let s = ConnectionSettings::default()
        .apply(ConnectionAction::SetApi(Api::Xdr))
        .apply(ConnectionAction::SetProxyMode(ProxyMode::Template))
        .apply(ConnectionAction::SetProxyUrl(
            "https://p.example/?u={url}&\"x\"".into(),
        ))
        .apply(ConnectionAction::SetRateLimit("50/min, 1500/hour".into()));
    assert_eq!(
        s.to_stored(),
        r#"{"api":"xdr","baseUrl":"https://api.security.microsoft.com","proxyMode":"template","proxyUrl":"https://p.example/?u={url}&\"x\"","rateLimit":"50/min, 1500/hour","pageSize":100,"timeoutS":30}"#
    );
    assert_eq!(ConnectionSettings::restore(Some(&s.to_stored()), false), s);
    assert_eq!(
        ConnectionSettings::default().to_stored(),
        r#"{"api":"graph","baseUrl":"https://graph.microsoft.com","proxyMode":"none","proxyUrl":"","rateLimit":"","pageSize":100,"timeoutS":30}"#
    );
}

#[test]
fn the_docs_verbatim_sample_is_a_parse_error_not_a_crash() {
    let err =
        read_list_page(&ok(XDR_DOCS_VERBATIM), &CTX, 0).expect_err("the docs sample ends with ...");
    assert_eq!(err, ApiError::Parse(ParseProblem::NotJson));
    let cut = &XDR_PAGE[..XDR_PAGE.len() / 2];
    assert_eq!(
        read_list_page(&ok(cut), &CTX, 0),
        Err(ApiError::Parse(ParseProblem::Truncated))
    );
}

#[test]
fn graph_maps_to_the_same_view_and_unknown_members_survive() {
    let page = read_list_page(&ok(GRAPH_PAGE), &CTX, 0).expect("a page");
    assert_eq!(page.count, Some(2));
    let first = &page.incidents[0];
    assert_eq!(first.id, "2972395");
    assert_eq!(first.classification, Classification::TruePositive);
    assert_eq!(first.determination, Determination::MultiStagedAttack);
    assert_eq!(first.tags, ["Demo"]);
    assert_eq!(first.system_tags, ["Defender Experts"]);
    assert_eq!(first.alert_count, Some(1));
    assert_eq!(first.devices()[0].name, "tempDns");
    let evidence: Vec<&str> = first.entities().iter().map(|e| e.value.as_str()).collect();
    assert_eq!(
        evidence,
        ["eranb@contoso.com", "203.0.113.7", "MsSense.exe"]
    );
    assert_eq!(first.comments[0].author, "DavidS@contoso.onmicrosoft.com");
    assert!(
        first
            .portal_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://security.microsoft.com/incidents/2972395"))
    );
    let second = &page.incidents[1];
    assert_eq!(second.status, Status::AwaitingAction);
    assert_eq!(
        second.classification,
        Classification::InformationalExpectedActivity
    );
    assert_eq!(
        second.determination,
        Determination::Unrecognized("unknownFutureValue".into())
    );
    assert_eq!(
        second.severity,
        Severity::Unrecognized("somethingNew".into())
    );
    assert_eq!(
        second.portal_url, None,
        "a javascript: URL never becomes a link"
    );
    assert_eq!(status_label(&second.status, Lang::Ja), "アクション待ち");
    let csv = to_csv(page.incidents.iter());
    assert!(csv.contains("somethingNew"));
}

#[test]
fn documented_error_bodies_are_read() {
    let bodies: Vec<serde_json::Value> = serde_json::from_str(ERRORS).expect("json");
    let messages: Vec<String> = bodies
        .iter()
        .filter_map(|b| server_message(&b.to_string()))
        .collect();
    assert_eq!(
        messages,
        [
            "ResourceNotFound: Machine 123123123 was not found",
            "InvalidRequestBody: Request body is incorrect"
        ]
    );
    let op = list_operation(Api::Xdr);
    let ctx = ErrorContext {
        lang: Lang::En,
        operation: op,
        token: None,
        collection_url: "https://api.security.microsoft.com/api/incidents",
        first_hop: "https://api.security.microsoft.com",
        page_origin: "http://127.0.0.1:8080",
        timeout_s: 30,
    };
    let e = explain(
        &ApiError::BadRequest {
            status: 400,
            message: server_message(&bodies[1].to_string()),
        },
        &ctx,
    );
    assert_eq!(
        e.details,
        ["The API said: InvalidRequestBody: Request body is incorrect"]
    );
}

/// Drives a whole fetch through the proxy with next links built like the fake API's, then
/// filters and sorts the result as the page does.
#[test]
fn a_paged_fetch_through_the_proxy_then_filter_and_sort() {
    let endpoint = ConnectionSettings::default()
        .apply(ConnectionAction::SetApi(Api::Xdr))
        .apply(ConnectionAction::SetPageSize(2))
        .apply(ConnectionAction::SetProxyMode(ProxyMode::Prefix))
        .apply(ConnectionAction::SetProxyUrl(
            "http://127.0.0.1:8787/".into(),
        ))
        .resolve()
        .expect("valid");
    let mut session = ListSession::new(endpoint, IncidentFilter::default(), IncidentStore::new());
    let token = AccessToken::new("h.p.s");
    let all: serde_json::Value = serde_json::from_str(XDR_PAGE).expect("json");
    let items = all["value"].as_array().expect("list").clone();
    let mut served = 0;
    while let Some(req) = session.next_request(&token) {
        assert!(
            req.url.starts_with(
                "http://127.0.0.1:8787/https://api.security.microsoft.com/api/incidents"
            )
        );
        let chunk: Vec<_> = items.iter().skip(served).take(2).cloned().collect();
        served += chunk.len();
        let mut page = serde_json::json!({ "value": chunk });
        if served < items.len() {
            page["@odata.nextLink"] =
                format!("https://api.security.microsoft.com/api/incidents?$top=2&$skip={served}")
                    .into();
        }
        session.accept(&ok(&page.to_string()), 0).expect("page");
    }
    assert_eq!(session.progress().pages, 2);
    let rows: Vec<Rc<_>> = session.store().rows().to_vec();
    let f = IncidentFilter {
        severity: Some(Severity::Low),
        ..IncidentFilter::default()
    };
    let sel = select(
        &rows,
        &f,
        Sort {
            key: SortKey::Id,
            descending: false,
        },
    );
    assert_eq!(
        sel.iter().map(|&i| rows[i].id.as_str()).collect::<Vec<_>>(),
        ["924521"]
    );
}
