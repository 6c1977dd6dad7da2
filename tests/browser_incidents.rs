//! Component tests of the incidents explorer in headless Chromium: mount a component with props,
//! interact, flush, assert the DOM and the callbacks' values. No network: the page-level tests
//! stop before any request (missing token, bad proxy template).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use defender_partner_kit::App;
use defender_partner_kit::components::{
    ConnectionFormProps, DetailForm, FetchPanelProps, FilterBarProps, IncidentDetailProps,
    IncidentTableProps, Shared, connection_form, fetch_panel, filter_bar, incident_detail,
    incident_table,
};
use dpk_domain::cloud::Api;
use dpk_domain::i18n::Lang;
use dpk_domain::incidents::connection::{ConnectionAction, ConnectionSettings, ProxyMode};
use dpk_domain::incidents::engine::{FetchStatus, UpdateStatus};
use dpk_domain::incidents::explain::Explanation;
use dpk_domain::incidents::labels::{Classification, Determination, Severity, Status};
use dpk_domain::incidents::model::{Incident, MapContext, incident_from_json};
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::response::ApiError;
use dpk_domain::incidents::session::Progress;
use dpk_domain::incidents::token::{AccessToken, TokenCheck, list_operation};
use dpk_domain::incidents::update::IncidentUpdate;
use dpk_domain::incidents::view::{Sort, SortKey};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{TokenVerdict, VerdictProps, fresh_root, query};

// The incidents page calls these views as plain functions; here each is mounted on its own.
#[component]
fn ConnectionForm(props: &ConnectionFormProps) -> Html {
    connection_form(props)
}

#[component]
fn FilterBar(props: &FilterBarProps) -> Html {
    filter_bar(props)
}

#[component]
fn FetchPanel(props: &FetchPanelProps) -> Html {
    fetch_panel(props)
}

#[component]
fn IncidentTable(props: &IncidentTableProps) -> Html {
    incident_table(props)
}

/// The detail panel with its form's reducer, as the page keeps it.
#[component]
fn IncidentDetail(props: &IncidentDetailProps) -> Html {
    let form = use_reducer(DetailForm::default);
    incident_detail(props, &form, &form.dispatcher().to_callback())
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    query(root, selector).get_attribute(name)
}

fn dispatch(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

fn select(root: &Element, selector: &str, value: &str) {
    let el = query(root, selector);
    el.clone()
        .dyn_into::<HtmlSelectElement>()
        .unwrap()
        .set_value(value);
    dispatch(&el, "change");
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let el = query(root, selector);
    el.clone()
        .dyn_into::<HtmlInputElement>()
        .map(|i| i.set_value(value))
        .ok();
    if let Ok(t) = el.clone().dyn_into::<web_sys::HtmlTextAreaElement>() {
        t.set_value(value);
    }
    dispatch(&el, "input");
}

fn click(root: &Element, selector: &str) {
    query(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// A callback that records what it receives.
fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    (Callback::from(move |v| s.borrow_mut().push(v)), seen)
}

fn incident(json: &str) -> Incident {
    let ctx = MapContext {
        portal_origin: "https://security.microsoft.com",
    };
    incident_from_json(&serde_json::from_str(json).unwrap(), &ctx).unwrap()
}

#[wasm_bindgen_test]
async fn connection_form_emits_actions_and_warns_about_clear_text_proxies() {
    let (on_action, seen) = recorder::<ConnectionAction>();
    let settings = ConnectionSettings::default()
        .apply(ConnectionAction::SetApi(Api::Xdr))
        .apply(ConnectionAction::SetProxyMode(ProxyMode::Prefix))
        .apply(ConnectionAction::SetProxyUrl(
            "http://10.0.0.9:8787/".into(),
        ));
    let root = fresh_root();
    yew::Renderer::<ConnectionForm>::with_root_and_props(
        root.clone(),
        ConnectionFormProps {
            settings,
            lang: Lang::En,
            on_action,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let codes: Vec<String> = all(&root, "[data-testid=connection-warning]")
        .iter()
        .filter_map(|e| e.get_attribute("data-code"))
        .collect();
    assert_eq!(codes, ["proxy_plain_http", "xdr_retiring"]);
    assert_eq!(
        query(&root, "[data-testid=api-host]")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "https://api.security.microsoft.com"
    );
    select(&root, "[data-testid=api-kind]", "graph");
    select(
        &root,
        "[data-testid=api-host]",
        "https://eu.api.security.microsoft.com",
    );
    select(&root, "[data-testid=proxy-mode]", "template");
    type_into(&root, "[data-testid=page-size]", "25");
    type_into(&root, "[data-testid=page-size]", "abc");
    assert_eq!(
        *seen.borrow(),
        [
            ConnectionAction::SetApi(Api::Graph),
            ConnectionAction::SetBaseUrl("https://eu.api.security.microsoft.com".into()),
            ConnectionAction::SetProxyMode(ProxyMode::Template),
            ConnectionAction::SetPageSize(25),
        ]
    );
}

#[wasm_bindgen_test]
async fn filter_bar_says_where_each_filter_runs_and_emits_the_new_filter() {
    let (on_change, seen) = recorder::<IncidentFilter>();
    let root = fresh_root();
    yew::Renderer::<FilterBar>::with_root_and_props(
        root.clone(),
        FilterBarProps {
            filter: IncidentFilter::default(),
            api: Api::Xdr,
            lang: Lang::Ja,
            on_change,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-field=severity]", "data-where").as_deref(),
        Some("page")
    );
    assert_eq!(
        attr(&root, "[data-field=status]", "data-where").as_deref(),
        Some("server")
    );
    assert_eq!(
        attr(&root, "[data-field=search]", "data-where").as_deref(),
        Some("page")
    );
    assert!(root.text_content().unwrap().contains("重大度"));
    select(&root, "[data-testid=filter-status]", "InProgress");
    type_into(&root, "[data-testid=filter-assigned]", "ann@contoso.com");
    let seen = seen.borrow();
    assert_eq!(seen[0].status, Some(Status::InProgress));
    assert_eq!(seen[1].assigned_to, "ann@contoso.com");
}

fn panel(
    status: FetchStatus,
    error: Option<Explanation>,
    progress: Progress,
    resumable: bool,
) -> (Element, Rc<RefCell<Vec<()>>>) {
    let (on_resume, resumed) = recorder::<()>();
    let root = fresh_root();
    yew::Renderer::<FetchPanel>::with_root_and_props(
        root.clone(),
        FetchPanelProps {
            status,
            error,
            progress,
            resumable,
            limits: "50/1min".into(),
            lang: Lang::En,
            on_fetch: Callback::noop(),
            on_cancel: Callback::noop(),
            on_resume,
        },
    )
    .render();
    (root, resumed)
}

#[wasm_bindgen_test]
async fn fetch_panel_exposes_status_kind_countdown_and_resume() {
    let progress = Progress {
        pages: 2,
        rows: 200,
        total: Some(400),
        skipped: 0,
    };
    let (root, _) = panel(
        FetchStatus::Throttled { seconds_left: 7 },
        None,
        progress,
        true,
    );
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-status").as_deref(),
        Some("throttled")
    );
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-error-kind").as_deref(),
        Some("throttled")
    );
    assert_eq!(
        query(&root, "[data-testid=throttle-countdown]")
            .text_content()
            .as_deref(),
        Some("7")
    );
    assert!(
        root.query_selector("[data-testid=resume-fetch]")
            .unwrap()
            .is_none(),
        "no resume while busy"
    );
    assert_eq!(
        attr(&root, "[data-testid=fetch-progress]", "value").as_deref(),
        Some("200")
    );

    let failed = FetchStatus::Failed(ApiError::Forbidden { message: None });
    let explained = Some(Explanation {
        kind: "forbidden",
        headline: "The token is valid but not allowed to do this (403).".into(),
        action: "Grant the app Incident.Read.All".into(),
        details: vec!["The API said: <b>nope</b>".into()],
        token_link: true,
    });
    let (root, resumed) = panel(failed, explained, progress, true);
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-status").as_deref(),
        Some("error")
    );
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-error-kind").as_deref(),
        Some("forbidden")
    );
    assert_eq!(
        attr(&root, "[data-testid=fetch-error]", "role").as_deref(),
        Some("alert")
    );
    assert!(
        root.query_selector("[data-testid=fetch-error] b")
            .unwrap()
            .is_none(),
        "server text stays text"
    );
    assert_eq!(
        attr(&root, "[data-testid=token-check-link]", "href").as_deref(),
        Some("#/token")
    );
    click(&root, "[data-testid=resume-fetch]");
    assert_eq!(resumed.borrow().len(), 1);
    assert!(
        query(&root, "[data-testid=cancel-fetch]").has_attribute("disabled"),
        "nothing to cancel"
    );
}

fn rows(n: usize) -> Rc<Vec<Rc<Incident>>> {
    Rc::new(
        (0..n)
            .map(|i| {
                Rc::new(incident(&format!(
                    r#"{{"incidentId":{i},"incidentName":"n{i}","severity":"High","status":"Active","alerts":[]}}"#
                )))
            })
            .collect(),
    )
}

#[wasm_bindgen_test]
async fn table_renders_the_first_rows_sorts_and_selects() {
    let (on_sort, sorted) = recorder::<SortKey>();
    let (on_select, selected) = recorder::<String>();
    let (on_show_more, more) = recorder::<()>();
    let data = rows(5);
    let root = fresh_root();
    yew::Renderer::<IncidentTable>::with_root_and_props(
        root.clone(),
        IncidentTableProps {
            rows: Shared::new(data),
            visible: Shared::new(Rc::new(vec![4, 3, 2, 1, 0])),
            limit: 3,
            sort: Sort::default(),
            selected: None,
            lang: Lang::En,
            on_sort,
            on_select,
            on_show_more,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let ids: Vec<String> = all(&root, "[data-testid=incident-row]")
        .iter()
        .filter_map(|r| r.get_attribute("data-incident-id"))
        .collect();
    assert_eq!(ids, ["4", "3", "2"]);
    assert_eq!(
        query(&root, "[data-testid=incident-count]")
            .text_content()
            .as_deref(),
        Some("5")
    );
    assert_eq!(
        attr(&root, "th[aria-sort]", "aria-sort").as_deref(),
        Some("descending")
    );
    click(&root, "[data-testid=sort-severity]");
    click(&root, "[data-incident-id='3'] [data-testid=open-incident]");
    click(&root, "[data-testid=show-more]");
    assert_eq!(*sorted.borrow(), [SortKey::Severity]);
    assert_eq!(*selected.borrow(), ["3"]);
    assert_eq!(more.borrow().len(), 1);
}

fn detail(
    incident: Incident,
    api: Api,
    can_update: bool,
) -> (Element, Rc<RefCell<Vec<IncidentUpdate>>>) {
    let (on_update, updates) = recorder::<IncidentUpdate>();
    let root = fresh_root();
    yew::Renderer::<IncidentDetail>::with_root_and_props(
        root.clone(),
        IncidentDetailProps {
            incident: Shared::new(Rc::new(incident)),
            api,
            lang: Lang::En,
            can_update,
            update_needed: "Incident.ReadWrite.All".into(),
            update: UpdateStatus::Idle,
            update_error: None,
            update_refused: false,
            on_close: Callback::noop(),
            on_update,
            on_cancel_update: Callback::noop(),
        },
    )
    .render();
    (root, updates)
}

#[wasm_bindgen_test]
async fn a_throttled_update_shows_its_countdown_locks_the_form_and_escape_closes() {
    let (on_close, closed) = recorder::<()>();
    let (on_cancel, cancelled) = recorder::<()>();
    let root = fresh_root();
    yew::Renderer::<IncidentDetail>::with_root_and_props(
        root.clone(),
        IncidentDetailProps {
            incident: Shared::new(Rc::new(incident(
                r#"{"incidentId":9,"status":"Active","alerts":[]}"#,
            ))),
            api: Api::Xdr,
            lang: Lang::En,
            can_update: true,
            update_needed: "Incident.ReadWrite.All".into(),
            update: UpdateStatus::Throttled { seconds_left: 7 },
            update_error: None,
            update_refused: true,
            on_close,
            on_update: Callback::noop(),
            on_cancel_update: on_cancel,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let result = query(&root, "[data-testid=update-result]");
    assert_eq!(
        result.get_attribute("data-status").as_deref(),
        Some("throttled")
    );
    assert!(
        result.text_content().unwrap().contains("429"),
        "{:?}",
        result.text_content()
    );
    assert!(result.text_content().unwrap().contains("7 s"));
    assert!(query(&root, "[data-testid=update-status]").has_attribute("disabled"));
    assert!(query(&root, "[data-testid=update-comment]").has_attribute("disabled"));
    assert!(query(&root, "[data-testid=review-update]").has_attribute("disabled"));
    assert!(
        root.query_selector("[data-testid=update-refused]")
            .unwrap()
            .is_some(),
        "a second submit is refused visibly"
    );
    click(&root, "[data-testid=cancel-running-update]");
    assert_eq!(
        cancelled.borrow().len(),
        1,
        "the update and its wait can be cancelled"
    );
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        init
    })
    .unwrap();
    query(&root, "[data-testid=update-status]")
        .dispatch_event(&escape)
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(closed.borrow().len(), 1, "Escape closes the panel");
}

#[wasm_bindgen_test]
async fn detail_never_links_a_javascript_url_and_shows_evidence() {
    let mut i = incident(
        r##"{"id":"g1","displayName":"x","incidentWebUrl":"https://security.microsoft.com/incidents/g1",
            "alerts":[{"id":"a","title":"Alert A","evidence":[{"@odata.type":"#microsoft.graph.security.ipEvidence","ipAddress":"203.0.113.9"}]}]}"##,
    );
    let (root, _) = detail(i.clone(), Api::Graph, true);
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=portal-link]", "href").as_deref(),
        Some("https://security.microsoft.com/incidents/g1")
    );
    assert!(
        query(&root, "[data-testid=detail-entities]")
            .text_content()
            .unwrap()
            .contains("203.0.113.9")
    );
    // Even if a URL slipped past the mapping, the panel checks it again before linking.
    i.portal_url = Some("javascript:alert(document.domain)".into());
    let (root, _) = detail(i, Api::Graph, true);
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("[data-testid=portal-link]")
            .unwrap()
            .is_none()
    );
    assert!(
        root.query_selector("a[href^=javascript]")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn xdr_determination_without_true_positive_is_a_warning_and_awaiting_action_is_never_offered()
{
    let current = incident(
        r#"{"incidentId":7,"status":"Active","classification":"Unknown","determination":"NotAvailable","alerts":[]}"#,
    );
    let (root, updates) = detail(current, Api::Xdr, true);
    yew::scheduler::flush().await;
    let options: Vec<String> = all(&root, "[data-testid=update-status] option")
        .iter()
        .filter_map(|o| o.get_attribute("value"))
        .collect();
    assert_eq!(options, ["Active", "InProgress", "Resolved"]);
    select(
        &root,
        "[data-testid=update-classification]",
        "FalsePositive",
    );
    yew::scheduler::flush().await;
    let determination = query(&root, "[data-testid=update-determination]")
        .dyn_into::<HtmlSelectElement>()
        .unwrap();
    assert!(!determination.disabled(), "a warning, not a block");
    select(&root, "[data-testid=update-determination]", "Clean");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("[data-testid=update-warning]")
            .unwrap()
            .is_some()
    );
    click(&root, "[data-testid=review-update]");
    yew::scheduler::flush().await;
    click(&root, "[data-testid=confirm-update]");
    yew::scheduler::flush().await;
    assert_eq!(
        updates.borrow()[0].determination,
        Some(Determination::Clean)
    );

    // Graph: an incident awaiting action shows it as the current value only.
    let awaiting = incident(r#"{"id":"g7","status":"awaitingAction","alerts":[]}"#);
    let (root, _) = detail(awaiting, Api::Graph, true);
    yew::scheduler::flush().await;
    let options: Vec<String> = all(&root, "[data-testid=update-status] option")
        .iter()
        .filter_map(|o| o.get_attribute("value"))
        .collect();
    assert_eq!(
        options,
        ["AwaitingAction", "Active", "InProgress", "Resolved"],
        "kept as the current value, never a choice to send"
    );
    assert!(
        root.query_selector("[data-testid=review-update]")
            .unwrap()
            .is_some_and(|b| b.has_attribute("disabled")),
        "nothing to send while it stays"
    );
}

#[wasm_bindgen_test]
async fn a_partial_graph_update_says_the_comment_failed() {
    let root = fresh_root();
    yew::Renderer::<IncidentDetail>::with_root_and_props(
        root.clone(),
        IncidentDetailProps {
            incident: Shared::new(Rc::new(incident(
                r#"{"id":"g9","status":"resolved","alerts":[]}"#,
            ))),
            api: Api::Graph,
            lang: Lang::En,
            can_update: true,
            update_needed: "SecurityIncident.ReadWrite.All".into(),
            update: UpdateStatus::CommentFailed(ApiError::Forbidden { message: None }),
            update_error: Some(Explanation {
                kind: "forbidden",
                headline: "403".into(),
                action: "a".into(),
                details: vec![],
                token_link: false,
            }),
            update_refused: false,
            on_close: Callback::noop(),
            on_update: Callback::noop(),
            on_cancel_update: Callback::noop(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let result = query(&root, "[data-testid=update-result]");
    assert_eq!(
        result.get_attribute("data-status").as_deref(),
        Some("partial")
    );
    assert!(
        result
            .text_content()
            .unwrap()
            .contains("the comment was not added")
    );
    assert_eq!(
        attr(&root, "[data-testid=update-error]", "data-error-kind").as_deref(),
        Some("forbidden")
    );
}

#[wasm_bindgen_test]
async fn xdr_update_with_a_determination_and_a_confirmation() {
    let current = incident(
        r#"{"incidentId":7,"status":"Active","classification":"Unknown","determination":"NotAvailable","alerts":[]}"#,
    );
    let (root, updates) = detail(current, Api::Xdr, true);
    yew::scheduler::flush().await;
    let determination = || {
        query(&root, "[data-testid=update-determination]")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
    };
    assert!(determination().disabled());
    select(&root, "[data-testid=update-classification]", "TruePositive");
    yew::scheduler::flush().await;
    assert!(!determination().disabled());
    select(&root, "[data-testid=update-determination]", "Malware");
    select(&root, "[data-testid=update-status]", "Resolved");
    yew::scheduler::flush().await;
    click(&root, "[data-testid=review-update]");
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "[data-testid=update-change]").len(), 3);
    assert!(
        updates.borrow().is_empty(),
        "nothing sent before confirming"
    );
    click(&root, "[data-testid=confirm-update]");
    yew::scheduler::flush().await;
    let sent = updates.borrow();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].status, Some(Status::Resolved));
    assert_eq!(sent[0].classification, Some(Classification::TruePositive));
    assert_eq!(sent[0].determination, Some(Determination::Malware));
}

#[wasm_bindgen_test]
async fn without_the_permission_the_update_form_is_locked() {
    let current = incident(r#"{"incidentId":8,"severity":"Low","alerts":[]}"#);
    let (root, _) = detail(current, Api::Xdr, false);
    yew::scheduler::flush().await;
    assert!(
        query(&root, "[data-testid=update-not-allowed]")
            .text_content()
            .unwrap()
            .contains("Incident.ReadWrite.All")
    );
    assert!(query(&root, "[data-testid=review-update]").has_attribute("disabled"));
    assert_eq!(
        query(&root, "[data-testid=detail-severity]")
            .text_content()
            .as_deref(),
        Some("Low")
    );
    let _ = Severity::Low;
}

#[wasm_bindgen_test]
async fn token_verdict_blocks_a_missing_token() {
    let op = list_operation(Api::Graph);
    let root = fresh_root();
    yew::Renderer::<TokenVerdict>::with_root_and_props(
        root.clone(),
        VerdictProps {
            report: TokenCheck::run(&AccessToken::new(""), op, 0),
            operation: op,
            lang: Lang::En,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=token-verdict]", "data-verdict").as_deref(),
        Some("blocked")
    );
    assert_eq!(
        attr(&root, "[data-testid=token-verdict]", "data-operation").as_deref(),
        Some("graph.security.incidents.list")
    );
}

/// A v1 Entra token shaped like a real one: issuer and tenant agree, RS256 (signature unchecked).
fn entra_token(claims: &str) -> AccessToken {
    use base64::Engine;
    let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let tid = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    let payload = format!(
        r#"{{"iss":"https://sts.windows.net/{tid}/","tid":"{tid}","ver":"1.0","exp":2000,{claims}}}"#
    );
    AccessToken::new(format!(
        "{}.{}.c2ln",
        e.encode(r#"{"alg":"RS256","typ":"JWT"}"#),
        e.encode(payload)
    ))
}

#[wasm_bindgen_test]
async fn token_verdict_words_the_token_inspectors_checks() {
    let op = list_operation(Api::Xdr);
    let render = |token: AccessToken, now: i64| {
        let root = fresh_root();
        yew::Renderer::<TokenVerdict>::with_root_and_props(
            root.clone(),
            VerdictProps {
                report: TokenCheck::run(&token, op, now),
                operation: op,
                lang: Lang::En,
            },
        )
        .render();
        root
    };
    // Delegated, with the scope: it may work, depending on the user's portal permissions.
    let delegated = render(
        entra_token(
            r#""aud":"https://api.security.microsoft.com","scp":"Incident.Read","upn":"u@contoso.example""#,
        ),
        1000,
    );
    // App-only for Graph, expired: two checks fail and the permission is not granted on XDR.
    let wrong = render(
        entra_token(r#""aud":"https://graph.microsoft.com","roles":["SecurityIncident.Read.All"]"#),
        3000,
    );
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&delegated, "[data-testid=token-verdict]", "data-verdict").as_deref(),
        Some("warning")
    );
    let text = query(&delegated, "[data-testid=token-verdict]")
        .text_content()
        .unwrap_or_default();
    assert!(
        text.contains("scp holds the delegated permission Incident.Read")
            && text.contains("permission to view incidents in the Defender portal"),
        "{text}"
    );
    assert_eq!(
        attr(&wrong, "[data-testid=token-verdict]", "data-verdict").as_deref(),
        Some("blocked")
    );
    for check in ["lifetime", "audience", "permissions"] {
        assert_eq!(
            attr(&wrong, &format!("[data-check={check}]"), "data-status").as_deref(),
            Some("fail"),
            "{check}"
        );
    }
}

async fn mount_incidents() -> Element {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/incidents")
        .unwrap();
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn page_refuses_to_call_without_a_token_or_with_a_broken_template() {
    let root = mount_incidents().await;
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-status").as_deref(),
        Some("idle")
    );
    click(&root, "[data-testid=fetch-incidents]");
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-error-kind").as_deref(),
        Some("unauthorized")
    );
    select(&root, "[data-testid=proxy-mode]", "template");
    type_into(
        &root,
        "[data-testid=proxy-url]",
        "https://proxy.example/?u=",
    );
    type_into(&root, "[data-testid=incidents-token]", "a.b.c");
    yew::scheduler::flush().await;
    click(&root, "[data-testid=fetch-incidents]");
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=fetch-status]", "data-error-kind").as_deref(),
        Some("proxy_config")
    );
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let json = stored
        .get_item("dpk.incidents.connection")
        .unwrap()
        .unwrap_or_default();
    assert!(json.contains("\"proxyMode\":\"template\""), "{json}");
    assert!(!json.contains("a.b.c"), "the token is never stored");
    select(&root, "[data-testid=proxy-mode]", "none");
    yew::scheduler::flush().await;
    stored.remove_item("dpk.incidents.connection").unwrap();
}

async fn go_to(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    // `hashchange` fires asynchronously.
    yew::platform::time::sleep(std::time::Duration::from_millis(60)).await;
    yew::scheduler::flush().await;
}

fn value(root: &Element, selector: &str) -> String {
    let el = query(root, selector);
    el.clone()
        .dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .or_else(|_| {
            el.dyn_into::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
        })
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_explorer_session_survives_a_visit_to_the_token_page_with_one_token() {
    let root = mount_incidents().await;
    type_into(
        &root,
        "[data-testid=incidents-token]",
        "eyJhbGciOiJub25lIn0.e30.c2ln",
    );
    select(&root, "[data-testid=filter-status]", "InProgress");
    yew::scheduler::flush().await;
    go_to("#/token").await;
    assert_eq!(
        value(&root, "[data-testid=token-input]"),
        "eyJhbGciOiJub25lIn0.e30.c2ln",
        "the inspector shows the same session token"
    );
    type_into(
        &root,
        "[data-testid=token-input]",
        "eyJhbGciOiJub25lIn0.e30.b3RoZXI",
    );
    yew::scheduler::flush().await;
    go_to("#/incidents").await;
    assert_eq!(value(&root, "[data-testid=filter-status]"), "InProgress");
    assert_eq!(
        value(&root, "[data-testid=incidents-token]"),
        "eyJhbGciOiJub25lIn0.e30.b3RoZXI",
        "one token: changed in the inspector, changed here"
    );
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for i in 0..stored.length().unwrap() {
        let key = stored.key(i).unwrap().unwrap_or_default();
        let v = stored.get_item(&key).unwrap().unwrap_or_default();
        assert!(!v.contains("e30"), "no token in storage ({key})");
    }
}
