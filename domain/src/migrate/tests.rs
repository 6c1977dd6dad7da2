use base64::Engine;
use serde_json::{Value, json};

use super::calls::{ENUM_CHANGES, LIST, PAGING, UPDATE, graph_snippet};
use super::input::InputError;
use super::manifest::{APP_ID_PLACEHOLDER, app_id_or_placeholder, az_command, powershell_command};
use super::mapping::{legacy_permissions, operations_of, successors};
use super::*;
use crate::catalog::ids::{PERMISSION_IDS, permission_id};
use crate::catalog::{GrantKind, operation};
use crate::cloud::Cloud;
use crate::roster::{ConsentStatus, Customer, RosterAction};
use crate::snippet::SnippetLang;

const MTP: &str = "8ee8fdad-f234-4243-8f3b-15c294843740";
const WDATP: &str = "fc780465-2017-40d4-a0c5-307022471b92";
const GRAPH: &str = "00000003-0000-0000-c000-000000000000";
const APP: &str = "11111111-2222-3333-4444-555555555555";

fn id(api: Api, kind: GrantKind, name: &str) -> String {
    permission_id(api, kind, name)
        .map(|p| crate::catalog::ids::guid(p.id))
        .unwrap_or_else(|| panic!("{name}"))
}

fn token(claims: Value) -> String {
    let b64 = |v: &Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string().as_bytes())
    };
    format!(
        "{}.{}.c2ln",
        b64(&json!({"alg":"RS256","typ":"JWT"})),
        b64(&claims)
    )
}

fn statuses(r: &Report) -> Vec<(&'static str, &'static str)> {
    r.rows
        .iter()
        .map(|r| (r.from.name, r.status.code()))
        .collect()
}

#[test]
fn every_legacy_permission_has_a_row_successor_or_none() {
    for p in legacy_permissions() {
        let row = mapping::row(p, &[]);
        match row.status {
            RowStatus::Successor => assert!(!row.to.is_empty(), "{}", p.name),
            RowStatus::NoSuccessor => assert!(row.to.is_empty(), "{}", p.name),
            RowStatus::AlreadyGraph => panic!("{}: nothing granted yet", p.name),
        }
        for t in &row.to {
            assert_eq!(t.api, Api::Graph);
            assert_eq!(t.kind, p.kind, "{} keeps its kind", p.name);
            assert_ne!(t.id, 0);
        }
    }
    // Every legacy permission of the ID table is covered, both resources, both kinds.
    assert_eq!(
        legacy_permissions().count(),
        PERMISSION_IDS
            .iter()
            .filter(|p| p.api != Api::Graph)
            .count()
    );
}

#[test]
fn the_mapping_agrees_with_the_catalogs_successor_operations() {
    for p in legacy_permissions() {
        let to = successors(p);
        for pair in operations_of(p) {
            let Some(graph) = pair.graph else { continue };
            // A legacy operation with a Graph successor: the mapped permission must allow it.
            assert!(
                to.iter().any(|t| graph
                    .permissions(p.kind)
                    .iter()
                    .any(|n| crate::catalog::permission_eq(n, t.name))),
                "{} allows {} whose successor {} needs {:?}, mapped to {:?}",
                p.name,
                pair.legacy.id,
                graph.id,
                graph.permissions(p.kind),
                to.iter().map(|t| t.name).collect::<Vec<_>>()
            );
        }
    }
    // Response actions honestly have no successor.
    for name in [
        "Machine.Isolate",
        "Machine.LiveResponse",
        "Ti.ReadWrite.All",
        "Machine.Scan",
    ] {
        let p = permission_id(Api::Mde, GrantKind::Application, name).expect(name);
        assert!(successors(p).is_empty(), "{name}");
        assert!(operations_of(p).iter().all(|o| o.graph.is_none()), "{name}");
    }
    let isolate = permission_id(Api::Mde, GrantKind::Application, "Machine.Isolate").expect("x");
    assert!(
        operations_of(isolate)
            .iter()
            .any(|o| o.legacy.id == "mde.machines.isolate")
    );
}

#[test]
fn comment_operations_are_in_the_catalog() {
    let inc = operation("graph.security.incidents.comments.create").expect("incident comments");
    assert_eq!(inc.path, "/v1.0/security/incidents/{incidentId}/comments");
    assert_eq!(inc.application, ["SecurityIncident.ReadWrite.All"]);
    let alert = operation("graph.security.alerts_v2.comments.create").expect("alert comments");
    assert_eq!(alert.application, ["SecurityAlert.ReadWrite.All"]);
}

fn mtp_manifest() -> String {
    json!({
        "appId": APP,
        "displayName": "Contoso SOC connector",
        "requiredResourceAccess": [
            {"resourceAppId": GRAPH, "resourceAccess": [
                {"id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope"}
            ]},
            {"resourceAppId": MTP, "resourceAccess": [
                {"id": id(Api::Xdr, GrantKind::Application, "Incident.Read.All"), "type": "Role"},
                {"id": id(Api::Xdr, GrantKind::Application, "AdvancedHunting.Read.All"), "type": "Role"}
            ]},
            {"resourceAppId": "00000002-0000-0ff1-ce00-000000000000", "resourceAccess": [
                {"id": "dc50a0fb-09a3-484d-be87-e023b12c6440", "type": "Role"}
            ]}
        ]
    })
    .to_string()
}

#[test]
fn a_manifest_with_mtp_roles_maps_and_rewrites() {
    let input = parse_input(&mtp_manifest()).expect("manifest");
    assert_eq!(input.kind, InputKind::Manifest);
    assert_eq!(input.client_id.as_deref(), Some(APP));
    let r = report(&input);
    assert_eq!(
        statuses(&r),
        [
            ("Incident.Read.All", "successor"),
            ("AdvancedHunting.Read.All", "successor")
        ]
    );
    let m = rewrite(&input, &r);
    let v: Value = serde_json::from_str(&m.to_json()).expect("JSON");
    let entries = v.as_array().expect("array");
    // Graph entry in place, its existing User.Read scope kept and the roles added; the Exchange
    // entry kept verbatim; the MTP entry removed (every permission replaced).
    assert_eq!(entries.len(), 2, "{v:#}");
    assert_eq!(entries[0]["resourceAppId"], GRAPH);
    assert_eq!(
        entries[0]["resourceAccess"],
        json!([
            {"id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope"},
            {"id": "45cc0394-e837-488b-a098-1918f48d186c", "type": "Role"},
            {"id": "dd98c7f5-2d42-42d3-a0e4-633161547251", "type": "Role"}
        ])
    );
    assert_eq!(
        entries[1]["resourceAppId"],
        "00000002-0000-0ff1-ce00-000000000000"
    );
    assert!(!m.to_json().contains(MTP));
}

#[test]
fn graph_camel_and_pascal_forms_and_bare_arrays_read_the_same() {
    let pascal = json!([{"ResourceAppId": WDATP.to_uppercase(), "ResourceAccess": [
        {"Id": id(Api::Mde, GrantKind::Application, "Machine.Isolate").to_uppercase(), "Type": "role"},
        {"Id": id(Api::Mde, GrantKind::Delegated, "Alert.ReadWrite"), "Type": "Scope"}
    ]}]);
    let input = parse_input(&pascal.to_string()).expect("pascal");
    assert_eq!(input.kind, InputKind::Array);
    let r = report(&input);
    assert_eq!(
        statuses(&r),
        [
            ("Machine.Isolate", "none"),
            ("Alert.ReadWrite", "successor")
        ]
    );
    assert_eq!(r.rows[1].to[0].name, "SecurityAlert.ReadWrite.All");
    assert_eq!(r.rows[1].to[0].kind, GrantKind::Delegated);
    let m = rewrite(&input, &r);
    let v: Value = serde_json::from_str(&m.to_json()).expect("JSON");
    // Graph scope added; the isolate role stays on WindowsDefenderATP; Alert.ReadWrite dropped.
    assert_eq!(
        v,
        json!([
            {"resourceAppId": GRAPH, "resourceAccess": [{"id": "471f2a7f-2a42-4d45-a2bf-594d0838070d", "type": "Scope"}]},
            {"resourceAppId": WDATP, "resourceAccess": [{"id": "7e4e1300-e1b9-4102-88ba-f0cb6e6d5974", "type": "Role"}]}
        ])
    );
    // A Graph application object in a list answer.
    let listed = json!({"value": [{"appId": APP, "requiredResourceAccess": pascal}]});
    assert_eq!(
        parse_input(&listed.to_string()).map(|i| i.granted.len()),
        Ok(2)
    );
}

#[test]
fn already_granted_graph_permissions_are_said_so() {
    let names = "Incident.ReadWrite.All, SecurityIncident.ReadWrite.All\nMachine.Read.All";
    let input = parse_input(names).expect("names");
    assert_eq!(input.kind, InputKind::Names);
    let r = report(&input);
    assert_eq!(
        statuses(&r),
        [
            ("Incident.ReadWrite.All", "already-graph"),
            ("Machine.Read.All", "none")
        ]
    );
    assert_eq!(r.count(RowStatus::AlreadyGraph), 1);
    assert_eq!(r.to_add(&input).count(), 0);
    // Token and names inputs: the manifest is written from the catalog.
    let v: Value = serde_json::from_str(&rewrite(&input, &r).to_json()).expect("JSON");
    assert_eq!(
        v[0]["resourceAccess"][0]["id"],
        "34bf0e97-1971-4929-b999-9e2442d941d7"
    );
    assert_eq!(v[1]["resourceAppId"], WDATP);
    assert_eq!(
        v[1]["resourceAccess"][0]["id"],
        "ea8291d3-4b9a-44b5-bc3a-6cea3026dc79"
    );
}

#[test]
fn a_token_with_wdatp_roles_is_read_from_its_claims() {
    let t = token(json!({
        "aud": "https://api.securitycenter.microsoft.com",
        "iss": "https://sts.windows.net/fa00d692-e9c7-4460-a743-29f2956fd429/",
        "appid": APP,
        "roles": ["Alert.Read.All", "Machine.Isolate", "Made.Up"]
    }));
    let input = parse_input(&format!("Bearer {t}")).expect("token");
    assert_eq!(input.kind, InputKind::Token);
    assert_eq!(input.client_id.as_deref(), Some(APP));
    assert_eq!(input.unknown_names, ["Made.Up"]);
    let r = report(&input);
    assert_eq!(
        statuses(&r),
        [("Alert.Read.All", "successor"), ("Machine.Isolate", "none")]
    );
    let add: Vec<_> = r.to_add(&input).collect();
    let az = az_command(&app_id_or_placeholder(input.client_id.as_deref()), &add).expect("az");
    assert!(
        az.contains(&format!(
            "--id {APP} --api {GRAPH} --api-permissions 472e4a4d-bb4a-4026-98d1-0b0d74cb74a5=Role"
        )),
        "{az}"
    );
    let ps = powershell_command(APP, &rewrite(&input, &r));
    assert!(
        ps.contains("applications(appId='$appId')") && ps.contains("472e4a4d"),
        "{ps}"
    );
    assert_eq!(
        app_id_or_placeholder(Some("not-a-guid")),
        APP_ID_PLACEHOLDER
    );
}

#[test]
fn bad_input_gets_precise_errors() {
    let e = parse_input("{\"requiredResourceAccess\": [ {\"resourceAppId\": ").unwrap_err();
    assert!(
        matches!(
            e,
            InputError::Json {
                problem: crate::jwt::JsonProblem::Eof,
                line: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        parse_input("{\"requiredResourceAccess\": [}")
            .unwrap_err()
            .code(),
        "json"
    );
    assert_eq!(parse_input("  ").unwrap_err(), InputError::Empty);
    assert_eq!(
        parse_input("{\"displayName\": \"x\"}").unwrap_err(),
        InputError::NoRequiredResourceAccess
    );
    assert_eq!(
        parse_input("{\"requiredResourceAccess\": {}}").unwrap_err(),
        InputError::NotArray
    );
    assert_eq!(
        parse_input("[1]").unwrap_err(),
        InputError::EntryNotObject(1)
    );
    assert_eq!(
        parse_input("[{\"resourceAccess\": []}]").unwrap_err(),
        InputError::ResourceAppIdMissing(1)
    );
    assert_eq!(
        parse_input(&format!("[{{\"resourceAppId\": \"{MTP}\", \"resourceAccess\": [{{\"id\": \"x\", \"type\": \"Admin\"}}]}}]")).unwrap_err(),
        InputError::AccessType { entry: 1, item: 1, found: "Admin".into() }
    );
    assert_eq!(
        parse_input("Foo.Bar Baz").unwrap_err(),
        InputError::NothingKnown {
            unknown: vec!["Foo.Bar".into(), "Baz".into()]
        }
    );
    assert_eq!(
        parse_input("eyJhbGciOiJSUzI1NiJ9.e30").unwrap_err().code(),
        "token"
    );
    let graph_aud = token(json!({"aud": "https://management.azure.com/", "roles": ["x"]}));
    assert_eq!(
        parse_input(&graph_aud).unwrap_err(),
        InputError::TokenAudience("https://management.azure.com/".into())
    );
    for e in [
        InputError::Empty,
        InputError::AccessIdMissing { entry: 2, item: 3 },
        InputError::NothingKnown { unknown: vec![] },
    ] {
        for lang in Lang::ALL {
            let m = error_message(&e, lang);
            assert!(!m.is_empty() && !m.contains('{'), "{m}");
        }
    }
    assert!(
        error_message(&InputError::AccessIdMissing { entry: 2, item: 3 }, Lang::En)
            .contains("Item 3 of entry 2")
    );
    // Unknown IDs on a Defender resource are kept, not guessed.
    let odd = format!(
        "[{{\"resourceAppId\": \"{MTP}\", \"resourceAccess\": [{{\"id\": \"e63268a5-0000-0000-0000-000000000000\", \"type\": \"Role\"}}]}}]"
    );
    let input = parse_input(&odd).expect("kept");
    assert_eq!(input.unknown_ids.len(), 1);
    let v: Value = serde_json::from_str(&rewrite(&input, &report(&input)).to_json()).expect("JSON");
    assert_eq!(
        v[0]["resourceAccess"][0]["id"],
        "e63268a5-0000-0000-0000-000000000000"
    );
}

#[test]
fn every_roster_customer_gets_a_graph_consent_link_and_the_flag_is_kept_until_an_answer() {
    let c = |name: &str, tenant: &str, cloud| Customer {
        name: name.into(),
        tenant_id: tenant.into(),
        cloud,
        status: ConsentStatus::Granted,
        ..Customer::default()
    };
    let t1 = "fa00d692-e9c7-4460-a743-29f2956fd429";
    let t2 = "a8990e1f-ff32-408a-9f8e-78d3b9139b95";
    let roster = Roster::default()
        .apply(RosterAction::Add(c("Contoso", t1, Cloud::Global)))
        .and_then(|r| r.apply(RosterAction::Add(c("Fabrikam", t2, Cloud::UsGov))))
        .expect("roster");
    let links: Vec<_> = roster
        .customers
        .iter()
        .map(|c| graph_consent_link(c, APP, "https://partner.example/consent", "s1"))
        .collect();
    assert_eq!(
        links[0].as_deref(),
        Ok(format!("https://login.microsoftonline.com/{t1}/v2.0/adminconsent?client_id={APP}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fpartner.example%2Fconsent&state=s1").as_str())
    );
    assert!(
        links[1]
            .as_deref()
            .is_ok_and(|l| l.starts_with("https://login.microsoftonline.us/")
                && l.contains("graph.microsoft.us")),
        "{:?}",
        links[1]
    );
    assert!(graph_consent_link(&roster.customers[0], "", "https://x.example/", "").is_err());

    let marked = roster
        .apply(RosterAction::SetNeedsGraphConsent {
            tenant_id: None,
            needs: true,
        })
        .expect("mark");
    assert!(marked.customers.iter().all(|c| c.needs_graph_consent));
    // Stored and restored; editing keeps the flag; reading an answer clears it.
    let restored = Roster::restore(Some(&marked.to_json()));
    assert!(restored.customers[1].needs_graph_consent);
    let edited = restored
        .apply(RosterAction::Update {
            index: 0,
            customer: c("Contoso Ltd", t1, Cloud::Global),
        })
        .expect("edit");
    assert!(edited.customers[0].needs_graph_consent);
    let answered = edited
        .apply(RosterAction::SetStatus {
            tenant_id: t1.into(),
            status: ConsentStatus::Granted,
            date: "2026-12-07".into(),
        })
        .expect("answer");
    assert!(!answered.customers[0].needs_graph_consent);
    assert!(answered.customers[1].needs_graph_consent);
    assert!(
        !roster.to_json().contains("needs_graph_consent"),
        "absent while false"
    );
}

/// The explorer's own request code, for the example the page shows.
mod explorer {
    use crate::cloud::Api;
    use crate::incidents::connection::{ConnectionAction, ConnectionSettings, Endpoint};
    use crate::incidents::labels::{Classification, Determination, Severity, Status, normalize};
    use crate::incidents::request::{Cursor, IncidentFilter, list_target};
    use crate::incidents::time::parse_rfc3339_ms;
    use crate::incidents::token::AccessToken;
    use crate::incidents::update::{IncidentUpdate, update_plan};

    fn endpoint(api: Api) -> Endpoint {
        ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(api))
            .resolve()
            .expect("endpoint")
    }

    fn filter() -> IncidentFilter {
        IncidentFilter {
            status: Some(Status::Active),
            severity: Some(Severity::High),
            assigned_to: "secops@contoso.com".into(),
            created_since: None,
            updated_since: parse_rfc3339_ms("2026-12-01T00:00:00Z"),
            search: String::new(),
        }
    }

    pub fn list(api: Api, cursor: &Cursor) -> String {
        format!("GET {}", list_target(&endpoint(api), &filter(), cursor))
    }

    pub fn first(api: Api) -> String {
        list(api, &Cursor::First)
    }

    pub fn skip(api: Api) -> String {
        list(api, &Cursor::Skip(100))
    }

    pub fn update(api: Api) -> String {
        let u = IncidentUpdate {
            status: Some(Status::Resolved),
            classification: Some(Classification::TruePositive),
            determination: Some(Determination::Malware),
            assigned_to: None,
            tags: Some(vec!["migrated".into()]),
            comment: Some("Closed after review".into()),
        };
        let plan = update_plan(&endpoint(api), &AccessToken::new(""), "{id}", &u);
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
    }

    pub fn enum_changes() -> Vec<(&'static str, String, String)> {
        let mut out = Vec::new();
        let mut push = |name: &'static str, pairs: Vec<(&str, &str)>| {
            for (x, g) in pairs {
                if normalize(x) != normalize(g) {
                    out.push((name, x.to_owned(), g.to_owned()));
                }
            }
        };
        push(
            "status",
            Status::KNOWN
                .iter()
                .map(|v| (v.xdr_code(), v.graph_code()))
                .collect(),
        );
        push(
            "severity",
            Severity::KNOWN
                .iter()
                .map(|v| (v.xdr_code(), v.graph_code()))
                .collect(),
        );
        push(
            "classification",
            Classification::KNOWN
                .iter()
                .map(|v| (v.xdr_code(), v.graph_code()))
                .collect(),
        );
        push(
            "determination",
            Determination::KNOWN
                .iter()
                .map(|v| (v.xdr_code(), v.graph_code()))
                .collect(),
        );
        out
    }
}

#[test]
fn calls_are_the_explorers_own_requests() {
    assert_eq!(LIST.xdr, explorer::first(Api::Xdr));
    assert_eq!(LIST.graph, explorer::first(Api::Graph));
    assert_eq!(PAGING.xdr, explorer::skip(Api::Xdr));
    assert_eq!(UPDATE.xdr, explorer::update(Api::Xdr));
    assert_eq!(UPDATE.graph, explorer::update(Api::Graph));
    let changes: Vec<_> = ENUM_CHANGES
        .iter()
        .map(|(e, x, g)| (*e, (*x).to_owned(), (*g).to_owned()))
        .collect();
    assert_eq!(changes, explorer::enum_changes());
    assert!(LIST.xdr.contains("lastUpdateTime") && !LIST.xdr.contains("severity"));
    assert!(LIST.graph.contains("severity%20eq%20%27high%27"));
    assert!(
        UPDATE
            .graph
            .contains("POST https://graph.microsoft.com/v1.0/security/incidents/{id}/comments")
    );
    assert!(
        !ENUM_CHANGES.iter().any(|(_, x, _)| *x == "InProgress"),
        "case-only changes are one sentence"
    );
    let url = LIST.graph.trim_start_matches("GET ");
    for lang in SnippetLang::ALL {
        let s =
            graph_snippet(lang, Cloud::Global, "contoso.onmicrosoft.com", APP).expect("snippet");
        assert!(s.contains(url), "{s}");
        assert!(!s.contains("api.security.microsoft.com"), "{s}");
    }
}

#[test]
fn the_application_id_comes_from_the_form_the_input_or_the_last_link_sent() {
    let input = parse_input("Incident.Read.All").expect("names");
    let mut roster = Roster::default();
    assert_eq!(starting_client_id(None, &input, &roster), "");
    roster.links.push(crate::roster::SentLink {
        tenant_id: "fa00d692-e9c7-4460-a743-29f2956fd429".into(),
        client_id: APP.into(),
        ..Default::default()
    });
    assert_eq!(starting_client_id(None, &input, &roster), APP);
    assert_eq!(starting_client_id(Some("typed"), &input, &roster), "typed");
    let manifest = parse_input(
        &json!({"appId": "abc", "requiredResourceAccess": [{"resourceAppId": MTP, "resourceAccess": []}]})
            .to_string(),
    )
    .expect("manifest");
    assert_eq!(starting_client_id(None, &manifest, &roster), "abc");
}
