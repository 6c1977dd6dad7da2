//! The mapping from each legacy permission (Microsoft Threat Protection, WindowsDefenderATP) to
//! its Microsoft Graph successor permission(s), and the report built from a parsed input.
//!
//! The table is written by hand from the operations the permissions allow: a Graph successor is
//! named only where the catalog's operations have a documented Graph successor operation
//! ([`crate::catalog::Operation::graph_successor`]) or, for custom detection rules, where Graph
//! documents the same rules (`/security/rules/detectionRules`, CustomDetection.ReadWrite.All;
//! learn.microsoft.com/graph/api/security-detectionrule-post-detectionrules). Every other
//! Defender for Endpoint permission — device actions (isolate, scan, restrict code execution,
//! collect an investigation package, stop and quarantine, offboard), live response and its
//! library, indicators, and the vulnerability-management, file, IP, URL and user data — has no
//! operation in the Graph security API: those calls stay on the Defender for Endpoint API (each
//! row names the operation pages it comes from). A native test checks the table against the
//! catalog's successor operations.

use crate::catalog::ids::{PERMISSION_IDS, PermissionId, permission_id};
use crate::catalog::{Operation, operations_for};
use crate::cloud::Api;

use super::input::Input;

/// `(legacy resource, legacy permission, Graph successor)`; the kind is the same on both sides.
/// Each has one successor; permissions not listed have none.
const SUCCESSORS: &[(Api, &str, &str)] = &[
    (Api::Xdr, "Incident.Read.All", "SecurityIncident.Read.All"),
    (
        Api::Xdr,
        "Incident.ReadWrite.All",
        "SecurityIncident.ReadWrite.All",
    ),
    (Api::Xdr, "Incident.Read", "SecurityIncident.Read.All"),
    (
        Api::Xdr,
        "Incident.ReadWrite",
        "SecurityIncident.ReadWrite.All",
    ),
    (
        Api::Xdr,
        "AdvancedHunting.Read.All",
        "ThreatHunting.Read.All",
    ),
    (Api::Xdr, "AdvancedHunting.Read", "ThreatHunting.Read.All"),
    (
        Api::Xdr,
        "CustomDetections.ReadWrite.All",
        "CustomDetection.ReadWrite.All",
    ),
    (
        Api::Xdr,
        "CustomDetections.ReadWrite",
        "CustomDetection.ReadWrite.All",
    ),
    (Api::Mde, "Alert.Read.All", "SecurityAlert.Read.All"),
    (
        Api::Mde,
        "Alert.ReadWrite.All",
        "SecurityAlert.ReadWrite.All",
    ),
    (Api::Mde, "Alert.Read", "SecurityAlert.Read.All"),
    (Api::Mde, "Alert.ReadWrite", "SecurityAlert.ReadWrite.All"),
    (Api::Mde, "AdvancedQuery.Read.All", "ThreatHunting.Read.All"),
    (Api::Mde, "AdvancedQuery.Read", "ThreatHunting.Read.All"),
];

/// Where a legacy permission stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    /// A Graph permission replaces it; the app does not have it yet.
    Successor,
    /// No Graph successor: the calls stay on the Defender for Endpoint (or XDR) API.
    NoSuccessor,
    /// The app already has every Graph successor.
    AlreadyGraph,
}

impl RowStatus {
    /// `successor`, `none`, `already-graph` (as in `data-status`).
    pub fn code(self) -> &'static str {
        match self {
            RowStatus::Successor => "successor",
            RowStatus::NoSuccessor => "none",
            RowStatus::AlreadyGraph => "already-graph",
        }
    }
}

/// One legacy operation the permission allowed, and its Graph successor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationPair {
    /// The legacy operation.
    pub legacy: &'static Operation,
    /// The Graph operation that does the same job, if one is documented.
    pub graph: Option<&'static Operation>,
}

/// One row of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The legacy permission.
    pub from: &'static PermissionId,
    /// Its Graph successors (empty when none).
    pub to: Vec<&'static PermissionId>,
    /// Where it stands.
    pub status: RowStatus,
    /// The catalog operations it allows, each with its Graph successor.
    pub operations: Vec<OperationPair>,
}

/// The Graph successors of a legacy permission (empty when it has none).
pub fn successors(from: &PermissionId) -> Vec<&'static PermissionId> {
    SUCCESSORS
        .iter()
        .find(|(api, name, _)| *api == from.api && crate::catalog::permission_eq(name, from.name))
        .and_then(|(_, _, to)| permission_id(Api::Graph, from.kind, to))
        .into_iter()
        .collect()
}

/// The catalog operations `p` allows, with their Graph successors.
pub fn operations_of(p: &PermissionId) -> Vec<OperationPair> {
    operations_for(p.api)
        .filter(|op| {
            op.permissions(p.kind)
                .iter()
                .any(|n| crate::catalog::permission_eq(n, p.name))
        })
        .map(|legacy| OperationPair {
            legacy,
            graph: legacy.successor(),
        })
        .collect()
}

/// The row of a legacy permission, given the Graph permissions the app already has.
pub fn row(from: &'static PermissionId, granted: &[&'static PermissionId]) -> Row {
    let to = successors(from);
    let status = if to.is_empty() {
        RowStatus::NoSuccessor
    } else if to
        .iter()
        .all(|t| granted.iter().any(|g| std::ptr::eq(*g, *t)))
    {
        RowStatus::AlreadyGraph
    } else {
        RowStatus::Successor
    };
    Row {
        from,
        to,
        status,
        operations: operations_of(from),
    }
}

/// The report: one row per legacy permission of the input, and the summary counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// One row per legacy permission, in input order.
    pub rows: Vec<Row>,
    /// The Graph permissions the app needs: those it has and the successors, in catalog order.
    pub graph: Vec<&'static PermissionId>,
}

impl Report {
    /// Rows with this status.
    pub fn count(&self, status: RowStatus) -> usize {
        self.rows.iter().filter(|r| r.status == status).count()
    }

    /// The Graph permissions to add (not granted yet), in catalog order.
    pub fn to_add<'a>(
        &'a self,
        input: &'a Input,
    ) -> impl Iterator<Item = &'static PermissionId> + 'a {
        self.graph
            .iter()
            .copied()
            .filter(|p| !input.granted.iter().any(|g| std::ptr::eq(*g, *p)))
    }
}

/// Builds the report of `input`.
pub fn report(input: &Input) -> Report {
    let rows: Vec<Row> = input
        .granted
        .iter()
        .filter(|p| p.api != Api::Graph)
        .map(|p| row(p, &input.granted))
        .collect();
    let graph = PERMISSION_IDS
        .iter()
        .filter(|p| p.api == Api::Graph)
        .filter(|p| {
            input.granted.iter().any(|g| std::ptr::eq(*g, *p))
                || rows
                    .iter()
                    .any(|r| r.to.iter().any(|t| std::ptr::eq(*t, *p)))
        })
        .collect();
    Report { rows, graph }
}

/// Every legacy permission of the catalog (both kinds), for the full table.
pub fn legacy_permissions() -> impl Iterator<Item = &'static PermissionId> {
    PERMISSION_IDS.iter().filter(|p| p.api != Api::Graph)
}
