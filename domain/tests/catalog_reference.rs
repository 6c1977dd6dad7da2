//! The compiled-in permission catalog (`domain/src/catalog/data.rs`) agrees with the reference
//! catalog it was generated from (`tests/fixtures/catalog.json`, a copy of
//! `shared/reference/catalog.json`; provenance in `tests/fixtures/README.md`): for every operation
//! both list, the same method, path, and application and delegated permissions in the same order
//! (least privileged first). Each deliberate difference is named below with its source; anything
//! else fails.

use std::path::PathBuf;

use dpk_domain::catalog::{DocNote, GrantKind, Operation, operations, resource};
use serde_json::Value;

fn reference() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/catalog.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).expect("catalog.json is JSON")
}

/// In the reference only: the streaming API is configured in the Defender portal, not called
/// (the reference's own note on `xdr.streaming`; defender-xdr/streaming-api.md).
const REFERENCE_ONLY: [&str; 1] = ["xdr.streaming"];

/// In ours only: Graph alerts_v2 get/update, the successors of the Defender for Endpoint alert
/// calls, added from the Graph API reference (learn.microsoft.com/graph/api/security-alert-get and
/// security-alert-update; each carries `DocNote::AddedFromGraphReference`).
const OURS_ONLY: [&str; 2] = [
    "graph.security.alerts_v2.get",
    "graph.security.alerts_v2.update",
];

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().expect("permission is a string").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The permission names a resource of the reference defines (its service principal's app-role or
/// scope values).
fn reference_names(reference: &Value, resource_key: &str, kind: GrantKind) -> Vec<String> {
    let field = match kind {
        GrantKind::Application => "app_roles",
        GrantKind::Delegated => "delegated_scopes",
    };
    reference["resources"][resource_key][field]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Compares one permission list. The one deliberate difference allowed: the operation's doc page
/// prints a name in other letter case than the resource's own permission value (get-domain-
/// statistics.md prints `URL.Read.All`; WindowsDefenderATP's app role and scope are `Url.Read.All`,
/// per the reference's `resources.windowsdefenderatp`). Ours keeps the resource's spelling.
fn same_permissions(
    reference: &Value,
    op: &Operation,
    resource_key: &str,
    kind: GrantKind,
    theirs: &[String],
) -> Result<(), String> {
    let ours = op.permissions(kind);
    if ours.len() != theirs.len() {
        return Err(format!("{kind:?}: ours {ours:?}, reference {theirs:?}"));
    }
    let defined = reference_names(reference, resource_key, kind);
    for (o, t) in ours.iter().zip(theirs) {
        if o == t {
            continue;
        }
        let case_only = o.eq_ignore_ascii_case(t);
        let resource_spelling = defined.iter().any(|d| d == o) && !defined.iter().any(|d| d == t);
        if !(case_only && resource_spelling) {
            return Err(format!("{kind:?}: ours {ours:?}, reference {theirs:?}"));
        }
    }
    Ok(())
}

#[test]
fn every_shared_operation_has_the_reference_method_path_and_permissions_in_order() {
    let reference = reference();
    let ref_ops = reference["operations"].as_array().expect("operations");
    let mut problems = Vec::new();
    let mut shared = 0;
    for r in ref_ops {
        let id = r["id"].as_str().expect("id");
        let Some(op) = operations().iter().find(|o| o.id == id) else {
            if !REFERENCE_ONLY.contains(&id) {
                problems.push(format!("{id}: in the reference, not in data.rs"));
            }
            continue;
        };
        assert!(
            !REFERENCE_ONLY.contains(&id),
            "{id} is listed as reference-only but data.rs has it"
        );
        shared += 1;
        if r["api"].as_str() != Some(op.api.code()) {
            problems.push(format!("{id}: api {} vs {}", op.api.code(), r["api"]));
        }
        if r["method"].as_str() != Some(op.method.as_str()) {
            problems.push(format!(
                "{id}: method {} vs {}",
                op.method.as_str(),
                r["method"]
            ));
        }
        if r["path"].as_str() != Some(op.path) {
            problems.push(format!("{id}: path {} vs {}", op.path, r["path"]));
        }
        let key = r["resource"].as_str().expect("resource");
        for (kind, field) in [
            (GrantKind::Application, "application_permissions"),
            (GrantKind::Delegated, "delegated_permissions"),
        ] {
            if let Err(e) = same_permissions(&reference, op, key, kind, &strings(&r[field])) {
                problems.push(format!("{id}: {e}"));
            }
        }
        let least = |field: &str| r[field].as_str().map(str::to_owned);
        for (kind, field) in [
            (GrantKind::Application, "least_privileged_application"),
            (GrantKind::Delegated, "least_privileged_delegated"),
        ] {
            let ours = op.least_privileged(kind);
            let same = match (ours, least(field)) {
                (Some(o), Some(t)) => o.eq_ignore_ascii_case(&t),
                (None, None) => true,
                _ => false,
            };
            if !same {
                problems.push(format!("{id}: {field} {ours:?} vs {:?}", least(field)));
            }
        }
    }
    for o in operations() {
        let in_reference = ref_ops.iter().any(|r| r["id"].as_str() == Some(o.id));
        if !in_reference && !OURS_ONLY.contains(&o.id) {
            problems.push(format!("{}: in data.rs, not in the reference", o.id));
        }
        if OURS_ONLY.contains(&o.id) {
            assert!(
                !in_reference,
                "{} is listed as ours-only but the reference has it",
                o.id
            );
            assert!(
                o.notes.contains(&DocNote::AddedFromGraphReference),
                "{} must say where it comes from",
                o.id
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(shared, ref_ops.len() - REFERENCE_ONLY.len());
    assert!(shared >= 58, "only {shared} shared operations");
}

#[test]
fn the_case_exception_is_the_resource_spelling() {
    // The one permission spelled differently from its doc page: data.rs must keep the value the
    // resource defines, and the reference must still print the doc's spelling (else drop this).
    let reference = reference();
    let stats = operations()
        .iter()
        .find(|o| o.id == "mde.domains.stats")
        .expect("mde.domains.stats");
    assert_eq!(stats.application, ["Url.Read.All"]);
    assert!(
        reference_names(&reference, "windowsdefenderatp", GrantKind::Application)
            .contains(&"Url.Read.All".to_owned())
    );
    assert!(
        resource(stats.api)
            .application_permissions
            .contains(&"Url.Read.All")
    );
    let ref_stats = reference["operations"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["id"] == "mde.domains.stats"))
        .expect("in the reference");
    assert_eq!(
        strings(&ref_stats["application_permissions"]),
        ["URL.Read.All"]
    );
}
