//! Native tests of the customer roster: add, edit, delete, status updates, export and import
//! (bad rows reported, good rows kept), and the refusal of anything shaped like a secret.

use dpk_domain::cloud::Cloud;
use dpk_domain::i18n::Lang;
use dpk_domain::roster::{
    ConsentStatus, Customer, ImportReport, Roster, RosterAction, RosterError, RowError,
    date_from_unix,
};

const T1: &str = "fa00d692-e9c7-4460-a743-29f2956fd429";
const T2: &str = "a8990e1f-ff32-408a-9f8e-78d3b9139b95";

fn customer(name: &str, tenant: &str) -> Customer {
    Customer {
        name: name.into(),
        tenant_id: tenant.into(),
        cloud: Cloud::Global,
        status: ConsentStatus::Granted,
        date: Some(date_from_unix(1_700_000_000)),
        notes: String::new(),
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
        bad(customer("X", "contoso.com")),
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
                cloud: Cloud::China,
                status: ConsentStatus::Pending,
                date: None,
                notes: "line 1\nline 2".into(),
            }))
        })
        .expect("roster");
    let json = r.to_json();
    assert_eq!(
        json,
        r#"{
  "kind": "dpk-roster",
  "version": 1,
  "customers": [
    {
      "name": "Contoso",
      "tenant_id": "fa00d692-e9c7-4460-a743-29f2956fd429",
      "cloud": "global",
      "status": "granted",
      "date": "2023-11-14",
      "notes": ""
    },
    {
      "name": "Fabrikam \"<b>\"",
      "tenant_id": "a8990e1f-ff32-408a-9f8e-78d3b9139b95",
      "cloud": "china",
      "status": "pending",
      "date": null,
      "notes": "line 1\nline 2"
    }
  ]
}"#
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
                error: RosterError::TenantNotGuid
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
    assert!(matches!(r.import("not json"), Err(RosterError::NotJson(_))));
    assert_eq!(r.import("{\"kind\":\"x\"}"), Err(RosterError::Shape));
    assert_eq!(r.import("42"), Err(RosterError::Shape));
    let (same, report) = r.import("[]").expect("empty list");
    assert_eq!(same, r);
    assert_eq!(report, ImportReport::default());
    for lang in Lang::ALL {
        assert!(!RosterError::NotJson("x".into()).message(lang).contains('{'));
    }
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
