use super::*;
use crate::cloud::Api;

#[test]
fn every_operation_is_well_formed() {
    let ops = operations();
    assert!(ops.len() >= 59, "{} operations", ops.len());
    let mut ids = std::collections::HashSet::new();
    for op in ops {
        assert!(ids.insert(op.id), "{} twice", op.id);
        assert!(
            op.id.starts_with(op.api.code()),
            "{} is not under {:?}",
            op.id,
            op.api
        );
        assert!(op.path.starts_with('/'), "{}", op.id);
        assert!(
            !op.application.is_empty(),
            "{} has no application permission",
            op.id
        );
        assert!(!op.source.is_empty(), "{} has no source", op.id);
        // Every permission must be one the resource defines (this catches doc typos).
        for p in op.application {
            assert!(
                op.resource().defines(p, GrantKind::Application),
                "{}: {p} is not an application permission of {:?}",
                op.id,
                op.api
            );
        }
        for p in op.delegated {
            assert!(
                op.resource().defines(p, GrantKind::Delegated),
                "{}: {p} is not a delegated permission of {:?}",
                op.id,
                op.api
            );
        }
        if op.delegated.is_empty() {
            assert!(
                op.notes.contains(&DocNote::NoDelegatedPermission),
                "{}",
                op.id
            );
        }
        if let Some(id) = op.graph_successor {
            let succ = operation(id).unwrap_or_else(|| panic!("{}: unknown successor {id}", op.id));
            assert_eq!(succ.api, Api::Graph);
            assert!(op.is_retiring());
        }
        assert_eq!(op.is_retiring(), op.api != Api::Graph);
    }
}

#[test]
fn documentation_typos_are_stored_as_the_real_role_values() {
    let update = operation("mde.alerts.update").expect("update alert");
    assert_eq!(update.application, ["Alert.ReadWrite.All"]);
    assert!(update.notes.contains(&DocNote::TypoAlertsReadWriteAll));
    let stats = operation("mde.domains.stats").expect("domain stats");
    assert_eq!(stats.application, ["Url.Read.All"]);
    assert!(permission_eq("URL.Read.All", stats.application[0]));
    assert!(!permission_eq("Url.Read", "Url.Read.All"));
}

#[test]
fn the_lookups_other_features_need_answer() {
    let list = operation("xdr.incidents.list").expect("list");
    assert_eq!(
        list.least_privileged(GrantKind::Application),
        Some("Incident.Read.All")
    );
    assert_eq!(
        list.least_privileged(GrantKind::Delegated),
        Some("Incident.Read")
    );
    assert_eq!(list.rate.per_minute, Some(50));
    assert_eq!(list.rate.per_hour, Some(1500));
    assert_eq!(list.rate.limits, [Limit::MaxPageSize(100)]);
    assert_eq!(
        list.successor().map(|o| o.id),
        Some("graph.security.incidents.list")
    );
    let update = operation("xdr.incidents.update").expect("update");
    assert_eq!(update.method, Method::Patch);
    assert_eq!(update.application, ["Incident.ReadWrite.All"]);
    let isolate = operation("mde.machines.isolate").expect("isolate");
    assert_eq!(isolate.delegated, ["Machine.Isolate"]);
    assert!(
        isolate
            .requirements
            .contains(&Requirement::ActiveRemediation)
    );
    assert!(operation("XDR.incidents.list").is_none());
    assert_eq!(operations_for(Api::Xdr).count(), 4);
    // Graph documents no call rate except advanced hunting's quotas.
    assert!(
        operations_for(Api::Graph)
            .filter(|o| o.id != "graph.security.runHuntingQuery")
            .all(|o| o.rate == RateLimit::NONE)
    );
}

#[test]
fn audiences_are_accepted_with_and_without_slash_and_by_app_id() {
    let xdr = resource(Api::Xdr);
    assert_eq!(xdr.api, Api::Xdr);
    assert!(xdr.accepts("https://api.security.microsoft.com"));
    assert!(xdr.accepts("https://api.security.microsoft.com/"));
    assert!(xdr.accepts("HTTPS://API.SECURITY.MICROSOFT.COM"));
    assert!(xdr.accepts("8ee8fdad-f234-4243-8f3b-15c294843740"));
    assert!(xdr.accepts("https://security.microsoft.com/mtp/"));
    assert!(!xdr.accepts("https://api.securitycenter.microsoft.com"));
    let all = xdr.accepted_audiences();
    assert!(all.contains(&"https://api-gov.security.microsoft.us/".to_owned()));
    assert!(all.contains(&"8ee8fdad-f234-4243-8f3b-15c294843740".to_owned()));

    let (mde, cloud) =
        resource_for_audience("https://securitycenter.onmicrosoft.com/windowsatpservice/")
            .expect("windowsatpservice");
    assert_eq!((mde.api, cloud), (Api::Mde, Some(Cloud::Global)));
    let (_, gov) =
        resource_for_audience("https://api-gov.securitycenter.microsoft.us").expect("gov");
    assert_eq!(gov, Some(Cloud::UsGov));
    // The app ID is the same GUID in every cloud: it names no cloud.
    let (graph, any) =
        resource_for_audience("00000003-0000-0000-c000-000000000000").expect("graph");
    assert_eq!((graph.api, any), (Api::Graph, None));
    let (_, cn) = resource_for_audience("https://microsoftgraph.chinacloudapi.cn/").expect("cn");
    assert_eq!(cn, Some(Cloud::China));
    assert!(resource_for_audience("api://contoso-api").is_none());
    assert!(resource_for_audience("https://graph.microsoft.com.evil.example").is_none());
}

#[test]
fn resources_list_hosts_and_issuer_forms() {
    for r in resources() {
        assert!(r.hosts().count() >= 1, "{:?}", r.api);
        assert!(r.issuer_forms().count() >= 1, "{:?}", r.api);
        assert_eq!(resource(r.api), r);
    }
    // Defender APIs are not documented in China: no China issuer form.
    assert!(
        resource(Api::Mde)
            .issuer_forms()
            .all(|f| !f.clouds.contains(&Cloud::China))
    );
    assert!(
        resource(Api::Graph)
            .issuer_forms()
            .any(|f| f.clouds.contains(&Cloud::China))
    );
    assert!(
        resource(Api::Xdr)
            .hosts()
            .any(|h| h.origin == "https://api-gov.security.microsoft.us")
    );
}

#[test]
fn search_matches_every_word_in_ids_paths_permissions_and_titles() {
    let ids = |q: &str| search(q).into_iter().map(|o| o.id).collect::<Vec<_>>();
    assert_eq!(search("").len(), operations().len());
    assert!(ids("isolate").contains(&"mde.machines.isolate"));
    assert!(ids("INCIDENT.READ").contains(&"xdr.incidents.list"));
    assert_eq!(
        ids("securityincident patch"),
        ["graph.security.incidents.update"]
    );
    assert!(ids("インシデント").contains(&"graph.security.incidents.list"));
    assert!(ids("url.read.all").contains(&"mde.domains.stats"));
    assert!(search("nothing-matches-this").is_empty());
}

#[test]
fn retirement_is_said_only_where_microsoft_says_it() {
    use crate::catalog::RetirementNotice;
    let on_page: Vec<&str> = operations()
        .iter()
        .filter(|o| o.retirement_notice() == Some(RetirementNotice::OnItsPage))
        .map(|o| o.id)
        .collect();
    assert_eq!(
        on_page,
        ["xdr.advancedhunting.run", "mde.advancedqueries.run"]
    );
    for op in operations() {
        assert_eq!(
            op.retirement_notice().is_some(),
            op.api != Api::Graph,
            "{}",
            op.id
        );
    }
    // Response actions have no Graph successor.
    for id in ["mde.machines.isolate", "mde.indicators.submit"] {
        if let Some(op) = operation(id) {
            assert!(op.successor().is_none(), "{id}");
        }
    }
}

#[test]
fn graph_security_facts_are_current() {
    let hunt = operation("graph.security.runHuntingQuery").expect("runHuntingQuery");
    assert_eq!(hunt.rate.per_minute, Some(45));
    for l in [
        Limit::MaxRows(100_000),
        Limit::MaxResultMegabytes(50),
        Limit::TimeoutSeconds(180),
        Limit::LookbackDays(30),
        Limit::VariesByTenantSize,
    ] {
        assert!(hunt.rate.limits.contains(&l), "{l:?}");
    }
    for op in operations().iter().filter(|o| o.api == Api::Graph) {
        assert!(
            !op.notes.contains(&DocNote::PermissionsFromSecondarySource),
            "{}: official permission tables exist",
            op.id
        );
        assert!(op.notes.contains(&DocNote::GraphNotInChina), "{}", op.id);
    }
}

/// A Japanese user types the word Microsoft's ja docs use (高度なハンティング, ハンティング クエリ):
/// every advanced-hunting operation of the three APIs must come up, and nothing else.
#[test]
fn search_finds_advanced_hunting_by_its_japanese_name() {
    let mut ids = search("ハンティング")
        .into_iter()
        .map(|o| o.id)
        .collect::<Vec<_>>();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "graph.security.runHuntingQuery",
            "mde.advancedqueries.run",
            "xdr.advancedhunting.run"
        ]
    );
    assert_eq!(
        search("高度なハンティング").len(),
        2,
        "the XDR and MDE advanced hunting operations"
    );
    assert!(search("追求").is_empty(), "the superseded word is gone");
}

#[test]
fn only_update_operations_are_of_kind_update() {
    for op in operations() {
        assert_eq!(
            op.kind() == OperationKind::Update,
            op.id.ends_with(".update"),
            "{}",
            op.id
        );
    }
    let hunting = operation("xdr.advancedhunting.run").expect("hunting");
    assert_eq!(hunting.kind(), OperationKind::Action);
}

#[test]
fn a_choice_never_stands_in_for_another_operation() {
    assert_eq!(OperationChoice::from_id(""), OperationChoice::None);
    let list = OperationChoice::from_id("xdr.incidents.list");
    assert_eq!(list.operation().map(|op| op.id), Some("xdr.incidents.list"));
    assert_eq!(list.id(), "xdr.incidents.list");
    let typo = OperationChoice::from_id("xdr.incidents.lst");
    assert_eq!(typo, OperationChoice::Unknown("xdr.incidents.lst".into()));
    assert_eq!((typo.operation(), typo.id()), (None, "xdr.incidents.lst"));
    // IDs are exact: no case folding, no trimming.
    assert!(
        OperationChoice::from_id("XDR.incidents.list")
            .operation()
            .is_none()
    );
    const LIST: &Operation = known("xdr.incidents.list");
    assert_eq!(LIST.id, "xdr.incidents.list");
}
