//! Native tests of the customer roster: add, edit, delete, status updates, export and import
//! (bad rows reported, good rows kept), and the refusal of anything shaped like a secret.

use dpk_domain::cloud::Api;
use dpk_domain::cloud::Cloud;
use dpk_domain::consent::{ConsentRequest, LinkFormat};
use dpk_domain::i18n::Lang;
use dpk_domain::roster::{
    AnswerMatch, ConsentStatus, Customer, ImportReport, MAX_CUSTOMERS, Roster, RosterAction,
    RosterError, RowError, SentLink, date_from_unix, display_date,
};

const T1: &str = "fa00d692-e9c7-4460-a743-29f2956fd429";
const T2: &str = "a8990e1f-ff32-408a-9f8e-78d3b9139b95";

fn customer(name: &str, tenant: &str) -> Customer {
    Customer {
        name: name.into(),
        tenant_id: tenant.into(),
        domain: String::new(),
        cloud: Cloud::Global,
        status: ConsentStatus::Granted,
        date: Some(date_from_unix(1_700_000_000)),
        notes: String::new(),
        needs_graph_consent: false,
    }
}

#[test]
fn add_edit_delete() {
    let r = Roster::default()
        .apply(RosterAction::Add(customer(
            "  Contoso ",
            &T1.to_uppercase(),
        )))
        .expect("add");
    assert_eq!(r.customers[0].name, "Contoso");
    assert_eq!(r.customers[0].tenant_id, T1);
    assert_eq!(r.customers[0].date.as_deref(), Some("2023-11-14"));

    assert_eq!(
        r.apply(RosterAction::Add(customer("Again", T1))),
        Err(RosterError::Duplicate)
    );
    let r = r
        .apply(RosterAction::Add(customer("Fabrikam", T2)))
        .expect("second");
    let mut edited = r.customers[1].clone();
    edited.notes = "GCC High next quarter".into();
    edited.cloud = Cloud::UsGov;
    let r = r
        .apply(RosterAction::Update {
            index: 1,
            customer: edited,
        })
        .expect("edit");
    assert_eq!(r.customers[1].cloud, Cloud::UsGov);
    assert_eq!(
        r.apply(RosterAction::Update {
            index: 1,
            customer: customer("Clash", T1)
        }),
        Err(RosterError::Duplicate)
    );
    let r = r.apply(RosterAction::Remove(0)).expect("remove");
    assert_eq!(r.customers.len(), 1);
    assert_eq!(r.customers[0].name, "Fabrikam");
    assert_eq!(r.apply(RosterAction::Remove(9)).expect("no-op"), r);
}

#[test]
fn set_status_from_a_redirect() {
    let mut c = customer("Contoso", T1);
    c.status = ConsentStatus::Pending;
    c.date = None;
    let r = Roster::default().apply(RosterAction::Add(c)).expect("add");
    let r = r
        .apply(RosterAction::SetStatus {
            tenant_id: T1.to_uppercase(),
            status: ConsentStatus::Granted,
            date: "2026-05-01".into(),
        })
        .expect("set");
    assert_eq!(r.customers[0].status, ConsentStatus::Granted);
    assert_eq!(r.customers[0].date.as_deref(), Some("2026-05-01"));
    assert_eq!(
        r.apply(RosterAction::SetStatus {
            tenant_id: T1.into(),
            status: ConsentStatus::Granted,
            date: "yesterday".into()
        }),
        Err(RosterError::Date)
    );
}

#[test]
fn validation() {
    let bad = |c: Customer| Roster::default().apply(RosterAction::Add(c)).unwrap_err();
    assert_eq!(bad(customer(" ", T1)), RosterError::NameMissing);
    assert_eq!(
        bad(customer("X", "contoso_com")),
        RosterError::TenantNotGuid
    );
    assert_eq!(
        bad(customer(&"n".repeat(121), T1)),
        RosterError::TooLong {
            field: "name",
            max: 120
        }
    );
    let mut c = customer("X", T1);
    c.date = Some("2023-02-30".into());
    assert_eq!(bad(c), RosterError::Date);
    let mut c = customer("X", T1);
    c.notes = "secret is abc8Q~abcdefghijklmnopqrstuvwxyz0123456 do not lose".into();
    assert_eq!(
        bad(c),
        RosterError::Secret {
            field: "notes".into()
        }
    );
    let mut c = customer("X", T1);
    c.notes =
        "token eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2ln".into();
    assert!(matches!(bad(c), RosterError::Secret { .. }));
    assert!(
        RosterError::TooLong {
            field: "notes",
            max: 2000
        }
        .message(Lang::Ja)
        .contains("メモ")
    );
    // The field name is a Japanese word: no space between it and the particle.
    assert_eq!(
        RosterError::TooLong {
            field: "name",
            max: 200
        }
        .message(Lang::Ja),
        "名前が長すぎます (200 文字以内)。"
    );
}

#[test]
fn export_is_stable_json_and_round_trips() {
    let r = Roster::default()
        .apply(RosterAction::Add(customer("Contoso", T1)))
        .and_then(|r| {
            r.apply(RosterAction::Add(Customer {
                name: "Fabrikam \"<b>\"".into(),
                tenant_id: T2.into(),
                domain: String::new(),
                cloud: Cloud::China,
                status: ConsentStatus::Pending,
                date: None,
                notes: "line 1\nline 2".into(),
                needs_graph_consent: false,
            }))
        })
        .expect("roster");
    let json = r.to_json();
    assert_eq!(
        json,
        concat!(
            r#"{"kind":"dpk-roster","version":2,"customers":["#,
            r#"{"name":"Contoso","tenant_id":"fa00d692-e9c7-4460-a743-29f2956fd429","cloud":"global","status":"granted","date":"2023-11-14","notes":""},"#,
            r#"{"name":"Fabrikam \"<b>\"","tenant_id":"a8990e1f-ff32-408a-9f8e-78d3b9139b95","cloud":"china","status":"pending","date":null,"notes":"line 1\nline 2"}"#,
            r#"],"links":[]}"#
        )
    );
    let (back, report) = Roster::default().import(&json).expect("import");
    assert_eq!(back, r);
    assert_eq!(
        report,
        ImportReport {
            added: 2,
            updated: 0,
            rejected: vec![]
        }
    );
    assert_eq!(Roster::restore(Some(&json)), r);
}

/// A domain, the Graph re-consent flag and sent links are written as the page has always written
/// them (text from the serde-derived writer the hand-written one replaced), and read back.
#[test]
fn export_keeps_domains_flags_and_links() {
    let r = Roster::default()
        .apply(RosterAction::Add(Customer {
            name: "山田 & \"Co\" \\ é".into(),
            tenant_id: T1.into(),
            domain: "fabrikam.com".into(),
            cloud: Cloud::China,
            status: ConsentStatus::Pending,
            date: Some("2026-12-01".into()),
            notes: "a\tb\nc".into(),
            needs_graph_consent: true,
        }))
        .and_then(|r| {
            r.apply(RosterAction::RecordLink(SentLink {
                cloud: Cloud::China,
                ..link("山田", "fabrikam.com", "Abc_-123", "2026-12-02")
            }))
        })
        .expect("roster");
    let json = r.to_json();
    assert_eq!(
        json,
        concat!(
            r#"{"kind":"dpk-roster","version":2,"customers":[{"name":"山田 & \"Co\" \\ é","#,
            r#""tenant_id":"fa00d692-e9c7-4460-a743-29f2956fd429","domain":"fabrikam.com","#,
            r#""cloud":"china","status":"pending","date":"2026-12-01","notes":"a\tb\nc","#,
            r#""needs_graph_consent":true}],"links":[{"customer":"山田","tenant":"fabrikam.com","#,
            r#""tenant_id":"","cloud":"china","client_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","#,
            r#""api":"graph","format":"v2-adminconsent","state":"Abc_-123","date":"2026-12-02"}]}"#
        )
    );
    assert_eq!(Roster::restore(Some(&json)), r);
    assert_eq!(
        Roster::default().to_json(),
        r#"{"kind":"dpk-roster","version":2,"customers":[],"links":[]}"#
    );
}

#[test]
fn import_reports_bad_rows_and_keeps_good_ones() {
    let existing = Roster::default()
        .apply(RosterAction::Add(customer("Contoso (old name)", T1)))
        .expect("existing");
    let file = r#"[
        {"name": "Contoso", "tenant_id": "FA00D692-E9C7-4460-A743-29F2956FD429", "cloud": "global", "status": "granted", "date": "2026-01-31"},
        {"name": "No tenant", "cloud": "global"},
        "just a string",
        {"name": "Fabrikam", "tenant_id": "a8990e1f-ff32-408a-9f8e-78d3b9139b95", "cloud": "USGOV", "status": "Pending"},
        {"name": "Mars", "tenant_id": "11111111-2222-3333-4444-555555555555", "cloud": "mars"},
        {"name": "Leaky", "tenant_id": "11111111-2222-3333-4444-555555555556", "client_secret": "x"},
        {"name": "Bad date", "tenant_id": "11111111-2222-3333-4444-555555555557", "date": "31/01/2026"},
        {"name": "Fabrikam twice", "tenant_id": "a8990e1f-ff32-408a-9f8e-78d3b9139b95"},
        {"name": "Bad status", "tenant_id": "11111111-2222-3333-4444-555555555558", "status": "maybe"},
        {"name": "Minimal", "tenant_id": "11111111-2222-3333-4444-555555555559", "extra": "ignored"}
    ]"#;
    let (r, report) = existing.import(file).expect("import");
    assert_eq!(report.added, 2);
    assert_eq!(report.updated, 1);
    assert_eq!(
        report.rejected,
        vec![
            RowError {
                row: 2,
                error: RosterError::TenantMissing
            },
            RowError {
                row: 3,
                error: RosterError::NotObject
            },
            RowError {
                row: 5,
                error: RosterError::Cloud
            },
            RowError {
                row: 6,
                error: RosterError::Secret {
                    field: "client_secret".into()
                }
            },
            RowError {
                row: 7,
                error: RosterError::Date
            },
            RowError {
                row: 8,
                error: RosterError::Duplicate
            },
            RowError {
                row: 9,
                error: RosterError::Status
            },
        ]
    );
    let names: Vec<&str> = r.customers.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["Contoso", "Fabrikam", "Minimal"]);
    assert_eq!(r.customers[0].date.as_deref(), Some("2026-01-31"));
    assert_eq!(r.customers[1].cloud, Cloud::UsGov);
    assert_eq!(r.customers[2].status, ConsentStatus::Pending);
    assert_eq!(r.customers[2].cloud, Cloud::Global);
}

#[test]
fn import_of_a_wrong_file_changes_nothing() {
    let r = Roster::default()
        .apply(RosterAction::Add(customer("Contoso", T1)))
        .expect("roster");
    assert_eq!(
        r.import("[\n  {\"name\": x}]"),
        Err(RosterError::NotJson {
            line: 2,
            column: 12
        })
    );
    assert!(matches!(
        r.import("not json"),
        Err(RosterError::NotJson { .. })
    ));
    assert_eq!(r.import("{\"kind\":\"x\"}"), Err(RosterError::Shape));
    assert_eq!(r.import("42"), Err(RosterError::Shape));
    let (same, report) = r.import("[]").expect("empty list");
    assert_eq!(same, r);
    assert_eq!(report, ImportReport::default());
    let e = RosterError::NotJson {
        line: 2,
        column: 12,
    };
    assert_eq!(
        e.message(Lang::En),
        "The file is not valid JSON (line 2, column 12)."
    );
    assert_eq!(
        e.message(Lang::Ja),
        "ファイルが有効な JSON ではありません (2 行目 12 列目)。"
    );
}

#[test]
fn restore_survives_damage() {
    assert_eq!(Roster::restore(None), Roster::default());
    assert_eq!(Roster::restore(Some("{{{")), Roster::default());
    let r = Roster::restore(Some(
        r#"{"customers":[{"name":"A","tenant_id":"fa00d692-e9c7-4460-a743-29f2956fd429"},{"name":""}]}"#,
    ));
    assert_eq!(r.customers.len(), 1);
}

#[test]
fn a_customer_may_be_listed_by_domain_first() {
    // The builder accepts a domain; so does the roster (typed where the tenant ID goes).
    let mut c = customer("Contoso", " Contoso.OnMicrosoft.com ");
    c.status = ConsentStatus::Pending;
    let r = Roster::default()
        .apply(RosterAction::Add(c))
        .expect("by domain");
    assert_eq!(r.customers[0].tenant_id, "");
    assert_eq!(r.customers[0].domain, "contoso.onmicrosoft.com");
    assert_eq!(r.find("CONTOSO.onmicrosoft.com"), Some(0));
    assert_eq!(
        r.apply(RosterAction::Add(customer(
            "Again",
            "contoso.onmicrosoft.com"
        ))),
        Err(RosterError::Duplicate)
    );
    // The looked-up ID is added later; both find the customer.
    let mut found = r.customers[0].clone();
    found.tenant_id = T1.into();
    let r = r
        .apply(RosterAction::Update {
            index: 0,
            customer: found,
        })
        .expect("with ID");
    assert_eq!(
        (r.find(T1), r.find("contoso.onmicrosoft.com")),
        (Some(0), Some(0))
    );
    assert_eq!(
        Roster::default().apply(RosterAction::Add(customer("Nothing", ""))),
        Err(RosterError::TenantMissing)
    );
    assert_eq!(
        Roster::default().apply(RosterAction::Add(customer("Bad", "not a tenant"))),
        Err(RosterError::TenantNotGuid)
    );
    let (back, _) = Roster::default().import(&r.to_json()).expect("round trip");
    assert_eq!(back, r);
}

fn rows(n: usize) -> String {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"name":"Customer {i}","tenant_id":"{:08x}-0000-4000-8000-{:012x}","cloud":"global","status":"pending","date":"2026-12-07","notes":""}}"#,
                i, i
            )
        })
        .collect();
    format!("[{}]", rows.join(","))
}

#[test]
fn a_file_of_15000_rows_imports_and_the_row_cap_is_clear() {
    let file = rows(15_000);
    assert!(
        file.len() > 1_000_000 * 3 / 2,
        "about 1.7 MB: {}",
        file.len()
    );
    let (r, report) = Roster::default().import(&file).expect("import");
    assert_eq!((report.added, r.customers.len()), (15_000, 15_000));
    // Importing the same file again replaces every row (found through the index).
    let (again, report) = r.import(&file).expect("re-import");
    assert_eq!((report.added, report.updated), (0, 15_000));
    assert_eq!(again, r);
    assert_eq!(Roster::restore(Some(&r.to_json())), r);

    let too_many = rows(MAX_CUSTOMERS + 1);
    let err = Roster::default()
        .import(&too_many)
        .expect_err("over the cap");
    assert_eq!(
        err,
        RosterError::TooManyRows {
            rows: MAX_CUSTOMERS + 1,
            max: MAX_CUSTOMERS
        }
    );
    assert!(
        err.message(Lang::En).contains("20000"),
        "{}",
        err.message(Lang::En)
    );
    // A roster already near the cap refuses an import that would pass it.
    let (big, _) = Roster::default()
        .import(&rows(MAX_CUSTOMERS))
        .expect("at the cap");
    let extra = r#"[{"name":"One more","tenant_id":"ffffffff-0000-4000-8000-000000000000"}]"#;
    assert!(matches!(
        big.import(extra),
        Err(RosterError::TooManyRows { .. })
    ));
}

const CLIENT: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

fn link(customer: &str, tenant: &str, state: &str, date: &str) -> SentLink {
    SentLink {
        customer: customer.into(),
        tenant: tenant.into(),
        tenant_id: String::new(),
        cloud: Cloud::Global,
        client_id: CLIENT.into(),
        api: Api::Graph,
        format: LinkFormat::V2AdminConsent,
        state: state.into(),
        date: date.into(),
    }
}

#[test]
fn an_answer_is_matched_to_the_link_it_came_from() {
    let r = Roster::default()
        .apply(RosterAction::Add(customer("Contoso", T1)))
        .and_then(|r| {
            r.apply(RosterAction::RecordLink(link(
                "Contoso",
                T1,
                "Abc_-123",
                "2026-12-01",
            )))
        })
        .and_then(|r| {
            r.apply(RosterAction::RecordLink(link(
                "Contoso",
                T1,
                "Xyz_-789",
                "2026-12-07",
            )))
        })
        .expect("links");
    // The links survive a reload (storage is the JSON).
    let r = Roster::restore(Some(&r.to_json()));
    assert_eq!(r.links.len(), 2);
    assert_eq!(r.links[1].tenant_id, T1);
    match r.match_answer(Some("Xyz_-789"), Some(T1)) {
        AnswerMatch::Link(l) => assert_eq!(
            (l.customer.as_str(), l.date.as_str()),
            ("Contoso", "2026-12-07")
        ),
        other => panic!("{other:?}"),
    }
    // An older link's answer is still that link's.
    assert!(matches!(
        r.match_answer(Some("Abc_-123"), Some(T1)),
        AnswerMatch::Link(ref l) if l.date == "2026-12-01"
    ));
    // Exact: case and length count.
    assert!(matches!(
        r.match_answer(Some("xyz_-789"), Some(T1)),
        AnswerMatch::Mismatch(ref l) if l.state == "Xyz_-789"
    ));
    assert!(matches!(
        r.match_answer(Some("Xyz_-78"), Some(T1)),
        AnswerMatch::Mismatch(_)
    ));
    // A state never issued, for a tenant never sent a link: unknown, not a mismatch.
    assert_eq!(
        r.match_answer(Some("other"), Some(T2)),
        AnswerMatch::Unknown
    );
    assert_eq!(r.match_answer(Some("other"), None), AnswerMatch::Unknown);
    assert_eq!(r.match_answer(None, Some(T1)), AnswerMatch::Absent);
    assert_eq!(AnswerMatch::Unknown.code(), "unknown");
}

#[test]
fn a_link_sent_by_domain_is_matched_through_the_roster() {
    let mut c = customer("Fabrikam", T2);
    c.domain = "fabrikam.onmicrosoft.com".into();
    let r = Roster::default().apply(RosterAction::Add(c)).expect("add");
    let request = ConsentRequest::new(CLIENT)
        .format(LinkFormat::V2AdminConsent)
        .tenant("Fabrikam.onmicrosoft.com")
        .redirect_uri("https://partner.example/cb")
        .state("s1");
    let built = request.build().expect("link");
    let record = r.link_record(&request, &built, "2026-12-07");
    assert_eq!(record.customer, "Fabrikam");
    assert_eq!(record.tenant, "fabrikam.onmicrosoft.com");
    assert_eq!(record.tenant_id, T2);
    let r = r
        .apply(RosterAction::RecordLink(record.clone()))
        .expect("record");
    // Recording the same state again keeps one record.
    let r = r.apply(RosterAction::RecordLink(record)).expect("again");
    assert_eq!(r.links.len(), 1);
    assert!(matches!(
        r.match_answer(Some("s2"), Some(T2)),
        AnswerMatch::Mismatch(_)
    ));
    // Not a secret, but never a token either.
    let mut bad = link(
        "x",
        T1,
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.sig",
        "2026-12-07",
    );
    assert!(r.apply(RosterAction::RecordLink(bad.clone())).is_err());
    bad.state = String::new();
    assert!(r.apply(RosterAction::RecordLink(bad)).is_err());
}

#[test]
fn dates_in_each_language() {
    assert_eq!(display_date("2026-12-07", Lang::En), "2026-12-07");
    assert_eq!(display_date("2026-12-07", Lang::Ja), "2026 年 12 月 7 日");
    assert_eq!(display_date("2027-02-01", Lang::Ja), "2027 年 2 月 1 日");
}
