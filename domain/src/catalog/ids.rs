//! The app-role and delegated-scope IDs of every permission the catalog names, for the three
//! resources: what an app registration's `requiredResourceAccess` lists instead of names.
//!
//! Sources (each ID below was checked against the source of its resource):
//! - Microsoft Threat Protection (`8ee8fdad-…`) and WindowsDefenderATP (`fc780465-…`): the dump of
//!   the first-party service principals' `appRoles` / `oauth2PermissionScopes` in
//!   `maciejporebski/azure-ad-first-party-apps-permissions` (`apps/Microsoft Threat Protection.md`
//!   and `apps/WindowsDefenderATP.md` @3e6a131b), the same values as
//!   `shared/reference/catalog.json`; corroborated for the roles integrators use most
//!   (AdvancedHunting.Read.All, Incident.*, Machine.Read.All, Vulnerability.Read.All, …) by
//!   published onboarding scripts. Microsoft's Defender pages print names only, never IDs.
//! - Microsoft Graph (`00000003-…`): Microsoft's Graph permissions reference
//!   (learn.microsoft.com/graph/permissions-reference, "Identifier" rows, as mirrored by
//!   graphpermissions.merill.net) and the daily dump of the Graph service principal in
//!   `merill/microsoft-info` (`_info/GraphAppRoles.csv`, `_info/GraphDelegateRoles.csv`
//!   @43b8a5d9, 2026-08-20).
//!
//! IDs are those of the global service; every permission listed has a verified ID (one that could
//! not be verified is left out, and the catalog test below then names it).

use super::GrantKind;
use crate::cloud::Api;

/// One permission of one resource, with its ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PermissionId {
    /// The resource that defines it.
    pub api: Api,
    /// App role (`Role` in a manifest) or delegated scope (`Scope`).
    pub kind: GrantKind,
    /// The value, as in a token's `roles` / `scp`.
    pub name: &'static str,
    /// The app-role or scope ID (a lower-case GUID).
    pub id: &'static str,
}

impl GrantKind {
    /// The `type` of a `resourceAccess` entry: `Role` or `Scope`.
    pub fn manifest_type(self) -> &'static str {
        match self {
            GrantKind::Application => "Role",
            GrantKind::Delegated => "Scope",
        }
    }

    /// Parses a `resourceAccess` `type` (case-insensitive).
    pub fn from_manifest_type(text: &str) -> Option<GrantKind> {
        match text.trim().to_ascii_lowercase().as_str() {
            "role" => Some(GrantKind::Application),
            "scope" => Some(GrantKind::Delegated),
            _ => None,
        }
    }
}

const fn p(api: Api, kind: GrantKind, name: &'static str, id: &'static str) -> PermissionId {
    PermissionId {
        api,
        kind,
        name,
        id,
    }
}

use Api::{Graph as G, Mde as M, Xdr as X};
use GrantKind::{Application as A, Delegated as D};

/// Where each resource's IDs come from (shown in the page).
pub const ID_SOURCES: [(Api, &str); 3] = [
    (
        X,
        "maciejporebski/azure-ad-first-party-apps-permissions: apps/Microsoft Threat Protection.md @3e6a131b",
    ),
    (
        M,
        "maciejporebski/azure-ad-first-party-apps-permissions: apps/WindowsDefenderATP.md @3e6a131b",
    ),
    (
        G,
        "https://learn.microsoft.com/graph/permissions-reference; merill/microsoft-info _info/GraphAppRoles.csv, GraphDelegateRoles.csv @43b8a5d9",
    ),
];

/// Every permission of the three resources the catalog names, with its ID.
pub static PERMISSION_IDS: &[PermissionId] = &[
    // Microsoft Threat Protection (Defender XDR API).
    p(
        X,
        A,
        "AdvancedHunting.Read.All",
        "7734e8e5-8dde-42fc-b5ae-6eafea078693",
    ),
    p(
        X,
        A,
        "CustomDetections.ReadWrite.All",
        "a7deff90-e2f5-4e4e-83a3-2c74e7002e28",
    ),
    p(
        X,
        A,
        "Incident.Read.All",
        "a9790345-4595-42e4-971a-ccdc79f19b7c",
    ),
    p(
        X,
        A,
        "Incident.ReadWrite.All",
        "8d90f441-09cf-4fdc-ab45-e874fa3a28e8",
    ),
    p(
        X,
        D,
        "AdvancedHunting.Read",
        "15f11de4-5113-4268-a2d1-0bad43d781f9",
    ),
    p(
        X,
        D,
        "CustomDetections.ReadWrite",
        "ddbb8d0c-c86b-4ece-bcb7-0f031a9cf103",
    ),
    p(
        X,
        D,
        "Incident.Read",
        "12c153a4-4204-4224-aa3c-4626e2f47c2b",
    ),
    p(
        X,
        D,
        "Incident.ReadWrite",
        "2af415cc-88cf-4146-a0c8-444c3a80d5db",
    ),
    // WindowsDefenderATP (Defender for Endpoint API): application permissions.
    p(
        M,
        A,
        "AdvancedQuery.Read.All",
        "93489bf5-0fbc-4f2d-b901-33f2fe08ff05",
    ),
    p(
        M,
        A,
        "Alert.Read.All",
        "71fe6b80-7034-4028-9ed8-0f316df9c3ff",
    ),
    p(
        M,
        A,
        "Alert.ReadWrite.All",
        "0f7000ec-157b-497f-b70e-ef0b0584f140",
    ),
    p(M, A, "Event.Write", "84ddd701-5fac-4c30-b0ad-aa73a67bea1a"),
    p(
        M,
        A,
        "File.Read.All",
        "8788f1a9-beca-4e26-ba58-10513f3b896f",
    ),
    p(
        M,
        A,
        "IntegrationConfiguration.ReadWrite",
        "7c6f6912-60e9-4fcd-bb2a-c25bc35e8c59",
    ),
    p(M, A, "Ip.Read.All", "47bf842d-354b-49ef-b741-3a6dd815bc13"),
    p(
        M,
        A,
        "Library.Manage",
        "41d209c7-2511-4fc9-b899-8008a3976f09",
    ),
    p(
        M,
        A,
        "Machine.CollectForensics",
        "15405ab2-2103-4a3c-ad80-e829841cedcc",
    ),
    p(
        M,
        A,
        "Machine.Isolate",
        "7e4e1300-e1b9-4102-88ba-f0cb6e6d5974",
    ),
    p(
        M,
        A,
        "Machine.LiveResponse",
        "1629b959-c0af-42a1-92f0-f6162060bdf1",
    ),
    p(
        M,
        A,
        "Machine.Offboard",
        "594435bf-36dd-4548-83bd-1bdafe157d7a",
    ),
    p(
        M,
        A,
        "Machine.Read.All",
        "ea8291d3-4b9a-44b5-bc3a-6cea3026dc79",
    ),
    p(
        M,
        A,
        "Machine.ReadWrite.All",
        "aa027352-232b-4ed4-b963-a705fc4d6d2c",
    ),
    p(
        M,
        A,
        "Machine.RestrictExecution",
        "96b6b35d-074d-4e2d-b167-8d68d9269648",
    ),
    p(M, A, "Machine.Scan", "a86d9824-b2b6-45f8-b042-16bc4922ed4e"),
    p(
        M,
        A,
        "Machine.StopAndQuarantine",
        "96e72b5e-7e68-4171-aad1-3937599e4751",
    ),
    p(
        M,
        A,
        "RemediationTasks.Read.All",
        "6a33eedf-ba73-4e5a-821b-f057ef63853a",
    ),
    p(
        M,
        A,
        "Score.Read.All",
        "02b005dd-f804-43b4-8fc7-078460413f74",
    ),
    p(
        M,
        A,
        "SecurityBaselinesAssessment.Read.All",
        "e870c0c1-c1a2-41ca-948e-a33912d2d3f0",
    ),
    p(
        M,
        A,
        "SecurityConfiguration.Read.All",
        "227f2ea0-c2c2-4428-b7af-9ff40f1a720e",
    ),
    p(
        M,
        A,
        "SecurityConfiguration.ReadWrite.All",
        "e5e05709-32a3-4c85-89c8-67596eb94f24",
    ),
    p(
        M,
        A,
        "SecurityRecommendation.Read.All",
        "6443965c-7dd2-4cfd-b38f-bb7772bee163",
    ),
    p(
        M,
        A,
        "Software.Read.All",
        "37f71c98-d198-41ae-964d-2c49aab74926",
    ),
    p(M, A, "Ti.Read.All", "528ca142-c849-4a5b-935e-10b8b9c38a84"),
    p(M, A, "Ti.ReadWrite", "a8bc2240-f96a-46a1-bad5-6a960b7327a1"),
    p(
        M,
        A,
        "Ti.ReadWrite.All",
        "fc511a58-3adf-4d71-af24-00f13e35e479",
    ),
    p(M, A, "Url.Read.All", "721af526-ffa8-42d7-9b84-1a56244dd99d"),
    p(
        M,
        A,
        "User.Read.All",
        "a833834a-4cf1-4732-8acf-bbcfa13fb610",
    ),
    p(
        M,
        A,
        "Vulnerability.Read.All",
        "41269fc5-d04d-4bfd-bce7-43a51cea049a",
    ),
    // WindowsDefenderATP: delegated permissions. IntegrationConfiguration.ReadWrite's scope has
    // the same ID as its app role in the service principal (as published).
    p(
        M,
        D,
        "AdvancedQuery.Read",
        "1fb6e712-1bd9-4184-b1c0-5e71e759196b",
    ),
    p(M, D, "Alert.Read", "b2069dc0-9fe9-4e6d-9aca-ccf3dd503819"),
    p(
        M,
        D,
        "Alert.ReadWrite",
        "cbc3b413-21e6-416d-95a4-af87687efbd0",
    ),
    p(
        M,
        D,
        "File.Read.All",
        "8fce64a0-67c8-4e39-8f47-cac9ff7e13bb",
    ),
    p(
        M,
        D,
        "IntegrationConfiguration.ReadWrite",
        "7c6f6912-60e9-4fcd-bb2a-c25bc35e8c59",
    ),
    p(M, D, "Ip.Read.All", "b65a97e8-c8e8-4908-b19a-f654615de1a9"),
    p(
        M,
        D,
        "Library.Manage",
        "5998a3da-2c9b-4bf3-99bd-44c9fe337ad2",
    ),
    p(
        M,
        D,
        "Machine.CollectForensics",
        "5eb7b9dc-cbce-4c7e-9d73-5be248260ae6",
    ),
    p(
        M,
        D,
        "Machine.Isolate",
        "479231ef-3b86-4933-ae6b-1fa84bba9e31",
    ),
    p(
        M,
        D,
        "Machine.LiveResponse",
        "25fb0c21-5877-492a-8d0c-e7893a9585cc",
    ),
    p(
        M,
        D,
        "Machine.Offboard",
        "29d1c73a-07f6-495f-b62b-1554a954d0a3",
    ),
    p(M, D, "Machine.Read", "fbd3d33a-b1f5-4573-906c-51b39682fbcf"),
    p(
        M,
        D,
        "Machine.ReadWrite",
        "f6846c57-9e3c-4a65-81aa-2f5e09ff4f0b",
    ),
    p(
        M,
        D,
        "Machine.RestrictExecution",
        "abddfa88-80bb-4aef-81ff-18cbf29363a9",
    ),
    p(M, D, "Machine.Scan", "b4618115-647e-42a5-bd0d-0ea9878fb376"),
    p(
        M,
        D,
        "Machine.StopAndQuarantine",
        "69e036b7-3f10-4d4c-a85e-82295629eca8",
    ),
    p(
        M,
        D,
        "RemediationTasks.Read",
        "19956c04-168f-4f44-b471-48c8f50dc0c8",
    ),
    p(M, D, "Score.Read", "df4ed126-3a4c-460a-b0fc-67aea84fc332"),
    p(
        M,
        D,
        "SecurityBaselinesAssessment.Read",
        "d42e2aa1-a664-43a9-b7c6-2766d44a6687",
    ),
    p(
        M,
        D,
        "SecurityConfiguration.Read",
        "4ac83e46-552f-4948-91c2-f7eaff971018",
    ),
    p(
        M,
        D,
        "SecurityConfiguration.ReadWrite",
        "bfc81a3a-4f6d-4bfe-b945-d7fe6747d2a0",
    ),
    p(
        M,
        D,
        "SecurityRecommendation.Read",
        "1ab96238-1253-4059-a32f-4087f20ed65d",
    ),
    p(
        M,
        D,
        "Software.Read",
        "5f216ada-3f51-4a22-ace5-06b198328476",
    ),
    p(M, D, "Ti.ReadWrite", "650ff1f9-dd5f-48ee-8c58-7beef332c818"),
    p(M, D, "Url.Read.All", "42b4777c-6196-49ad-9cfc-207e73f2eb61"),
    p(
        M,
        D,
        "User.Read.All",
        "ffd6563e-842b-4cfc-b349-06006e0473a3",
    ),
    p(
        M,
        D,
        "Vulnerability.Read",
        "63a677ce-818c-4409-9d12-5c6d2e2a6bfe",
    ),
    // Microsoft Graph: the security permissions the migration needs.
    p(
        G,
        A,
        "SecurityIncident.Read.All",
        "45cc0394-e837-488b-a098-1918f48d186c",
    ),
    p(
        G,
        A,
        "SecurityIncident.ReadWrite.All",
        "34bf0e97-1971-4929-b999-9e2442d941d7",
    ),
    p(
        G,
        A,
        "SecurityAlert.Read.All",
        "472e4a4d-bb4a-4026-98d1-0b0d74cb74a5",
    ),
    p(
        G,
        A,
        "SecurityAlert.ReadWrite.All",
        "ed4fca05-be46-441f-9803-1873825f8fdb",
    ),
    p(
        G,
        A,
        "ThreatHunting.Read.All",
        "dd98c7f5-2d42-42d3-a0e4-633161547251",
    ),
    p(
        G,
        A,
        "CustomDetection.ReadWrite.All",
        "e0fd9c8d-a12e-4cc9-9827-20c8c3cd6fb8",
    ),
    p(
        G,
        D,
        "SecurityIncident.Read.All",
        "b9abcc4f-94fc-4457-9141-d20ce80ec952",
    ),
    p(
        G,
        D,
        "SecurityIncident.ReadWrite.All",
        "128ca929-1a19-45e6-a3b8-435ec44a36ba",
    ),
    p(
        G,
        D,
        "SecurityAlert.Read.All",
        "bc257fb8-46b4-4b15-8713-01e91bfbe4ea",
    ),
    p(
        G,
        D,
        "SecurityAlert.ReadWrite.All",
        "471f2a7f-2a42-4d45-a2bf-594d0838070d",
    ),
    p(
        G,
        D,
        "ThreatHunting.Read.All",
        "b152eca8-ea73-4a48-8c98-1a6742673d99",
    ),
    p(
        G,
        D,
        "CustomDetection.ReadWrite.All",
        "c34088fb-0649-4714-af0b-bcbfec155897",
    ),
];

/// The entry for `name` (ignoring case) of `kind` on `api`.
pub fn permission_id(api: Api, kind: GrantKind, name: &str) -> Option<&'static PermissionId> {
    PERMISSION_IDS
        .iter()
        .find(|p| p.api == api && p.kind == kind && super::permission_eq(p.name, name))
}

/// The entry whose ID is `id` (ignoring case) of `kind` on `api`.
pub fn permission_by_id(api: Api, kind: GrantKind, id: &str) -> Option<&'static PermissionId> {
    let id = id.trim();
    PERMISSION_IDS
        .iter()
        .find(|p| p.api == api && p.kind == kind && p.id.eq_ignore_ascii_case(id))
}

/// The entries of `api` named `name` (ignoring case), application first.
pub fn permissions_named(api: Api, name: &str) -> impl Iterator<Item = &'static PermissionId> {
    let name = name.to_owned();
    PERMISSION_IDS
        .iter()
        .filter(move |p| p.api == api && super::permission_eq(p.name, &name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{operations, resources};

    #[test]
    fn ids_are_well_formed_and_unique_per_resource_and_kind() {
        let mut seen = std::collections::HashSet::new();
        for p in PERMISSION_IDS {
            let id = p.id;
            assert!(crate::cloud::is_guid(id), "{}: {id}", p.name);
            assert_eq!(id, id.to_ascii_lowercase(), "{}", p.name);
            assert!(seen.insert((p.api, p.kind, id)), "{} reuses {id}", p.name);
            assert!(
                seen.insert((p.api, p.kind, p.name)),
                "{} listed twice",
                p.name
            );
        }
        // Across kinds an ID is shared only by the role and scope of the same name.
        for a in PERMISSION_IDS {
            for b in PERMISSION_IDS {
                if a.id == b.id && (a.api, a.kind, a.name) != (b.api, b.kind, b.name) {
                    assert_eq!((a.api, a.name), (b.api, b.name), "{:?} / {:?}", a, b);
                }
            }
        }
    }

    #[test]
    fn every_permission_the_catalog_names_has_an_id() {
        for r in resources() {
            for (kind, list) in [
                (GrantKind::Application, r.application_permissions),
                (GrantKind::Delegated, r.delegated_permissions),
            ] {
                for name in list {
                    assert!(
                        permission_id(r.api, kind, name).is_some(),
                        "{:?} {kind:?} {name} has no ID",
                        r.api
                    );
                }
            }
        }
        for op in operations() {
            for kind in [GrantKind::Application, GrantKind::Delegated] {
                for name in op.permissions(kind) {
                    assert!(
                        permission_id(op.api, kind, name).is_some(),
                        "{} {name}",
                        op.id
                    );
                }
            }
        }
    }

    #[test]
    fn lookups_by_name_and_id_agree() {
        let p = permission_id(Api::Xdr, GrantKind::Application, "incident.read.all").expect("x");
        assert_eq!(p.id, "a9790345-4595-42e4-971a-ccdc79f19b7c");
        let back = permission_by_id(
            Api::Xdr,
            GrantKind::Application,
            "A9790345-4595-42E4-971A-CCDC79F19B7C",
        );
        assert_eq!(back.map(|p| p.name), Some("Incident.Read.All"));
        assert!(permission_by_id(Api::Mde, GrantKind::Application, p.id).is_none());
        assert_eq!(
            GrantKind::from_manifest_type(" role "),
            Some(GrantKind::Application)
        );
        assert_eq!(GrantKind::Delegated.manifest_type(), "Scope");
        assert_eq!(permissions_named(Api::Mde, "File.Read.All").count(), 2);
    }
}
