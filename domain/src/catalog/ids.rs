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
    /// The app-role or scope ID: the GUID's 128 bits (16 bytes in the bundle where its text
    /// takes 36); [`guid`] writes it.
    pub id: u128,
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
        [GrantKind::Application, GrantKind::Delegated]
            .into_iter()
            .find(|k| k.manifest_type().eq_ignore_ascii_case(text.trim()))
    }
}

const fn p(api: Api, kind: GrantKind, name: &'static str, id: u128) -> PermissionId {
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
        0x7734e8e5_8dde_42fc_b5ae_6eafea078693,
    ),
    p(
        X,
        A,
        "CustomDetections.ReadWrite.All",
        0xa7deff90_e2f5_4e4e_83a3_2c74e7002e28,
    ),
    p(
        X,
        A,
        "Incident.Read.All",
        0xa9790345_4595_42e4_971a_ccdc79f19b7c,
    ),
    p(
        X,
        A,
        "Incident.ReadWrite.All",
        0x8d90f441_09cf_4fdc_ab45_e874fa3a28e8,
    ),
    p(
        X,
        D,
        "AdvancedHunting.Read",
        0x15f11de4_5113_4268_a2d1_0bad43d781f9,
    ),
    p(
        X,
        D,
        "CustomDetections.ReadWrite",
        0xddbb8d0c_c86b_4ece_bcb7_0f031a9cf103,
    ),
    p(
        X,
        D,
        "Incident.Read",
        0x12c153a4_4204_4224_aa3c_4626e2f47c2b,
    ),
    p(
        X,
        D,
        "Incident.ReadWrite",
        0x2af415cc_88cf_4146_a0c8_444c3a80d5db,
    ),
    // WindowsDefenderATP (Defender for Endpoint API): application permissions.
    p(
        M,
        A,
        "AdvancedQuery.Read.All",
        0x93489bf5_0fbc_4f2d_b901_33f2fe08ff05,
    ),
    p(
        M,
        A,
        "Alert.Read.All",
        0x71fe6b80_7034_4028_9ed8_0f316df9c3ff,
    ),
    p(
        M,
        A,
        "Alert.ReadWrite.All",
        0x0f7000ec_157b_497f_b70e_ef0b0584f140,
    ),
    p(M, A, "Event.Write", 0x84ddd701_5fac_4c30_b0ad_aa73a67bea1a),
    p(
        M,
        A,
        "File.Read.All",
        0x8788f1a9_beca_4e26_ba58_10513f3b896f,
    ),
    p(
        M,
        A,
        "IntegrationConfiguration.ReadWrite",
        0x7c6f6912_60e9_4fcd_bb2a_c25bc35e8c59,
    ),
    p(M, A, "Ip.Read.All", 0x47bf842d_354b_49ef_b741_3a6dd815bc13),
    p(
        M,
        A,
        "Library.Manage",
        0x41d209c7_2511_4fc9_b899_8008a3976f09,
    ),
    p(
        M,
        A,
        "Machine.CollectForensics",
        0x15405ab2_2103_4a3c_ad80_e829841cedcc,
    ),
    p(
        M,
        A,
        "Machine.Isolate",
        0x7e4e1300_e1b9_4102_88ba_f0cb6e6d5974,
    ),
    p(
        M,
        A,
        "Machine.LiveResponse",
        0x1629b959_c0af_42a1_92f0_f6162060bdf1,
    ),
    p(
        M,
        A,
        "Machine.Offboard",
        0x594435bf_36dd_4548_83bd_1bdafe157d7a,
    ),
    p(
        M,
        A,
        "Machine.Read.All",
        0xea8291d3_4b9a_44b5_bc3a_6cea3026dc79,
    ),
    p(
        M,
        A,
        "Machine.ReadWrite.All",
        0xaa027352_232b_4ed4_b963_a705fc4d6d2c,
    ),
    p(
        M,
        A,
        "Machine.RestrictExecution",
        0x96b6b35d_074d_4e2d_b167_8d68d9269648,
    ),
    p(M, A, "Machine.Scan", 0xa86d9824_b2b6_45f8_b042_16bc4922ed4e),
    p(
        M,
        A,
        "Machine.StopAndQuarantine",
        0x96e72b5e_7e68_4171_aad1_3937599e4751,
    ),
    p(
        M,
        A,
        "RemediationTasks.Read.All",
        0x6a33eedf_ba73_4e5a_821b_f057ef63853a,
    ),
    p(
        M,
        A,
        "Score.Read.All",
        0x02b005dd_f804_43b4_8fc7_078460413f74,
    ),
    p(
        M,
        A,
        "SecurityBaselinesAssessment.Read.All",
        0xe870c0c1_c1a2_41ca_948e_a33912d2d3f0,
    ),
    p(
        M,
        A,
        "SecurityConfiguration.Read.All",
        0x227f2ea0_c2c2_4428_b7af_9ff40f1a720e,
    ),
    p(
        M,
        A,
        "SecurityConfiguration.ReadWrite.All",
        0xe5e05709_32a3_4c85_89c8_67596eb94f24,
    ),
    p(
        M,
        A,
        "SecurityRecommendation.Read.All",
        0x6443965c_7dd2_4cfd_b38f_bb7772bee163,
    ),
    p(
        M,
        A,
        "Software.Read.All",
        0x37f71c98_d198_41ae_964d_2c49aab74926,
    ),
    p(M, A, "Ti.Read.All", 0x528ca142_c849_4a5b_935e_10b8b9c38a84),
    p(M, A, "Ti.ReadWrite", 0xa8bc2240_f96a_46a1_bad5_6a960b7327a1),
    p(
        M,
        A,
        "Ti.ReadWrite.All",
        0xfc511a58_3adf_4d71_af24_00f13e35e479,
    ),
    p(M, A, "Url.Read.All", 0x721af526_ffa8_42d7_9b84_1a56244dd99d),
    p(
        M,
        A,
        "User.Read.All",
        0xa833834a_4cf1_4732_8acf_bbcfa13fb610,
    ),
    p(
        M,
        A,
        "Vulnerability.Read.All",
        0x41269fc5_d04d_4bfd_bce7_43a51cea049a,
    ),
    // WindowsDefenderATP: delegated permissions. IntegrationConfiguration.ReadWrite's scope has
    // the same ID as its app role in the service principal (as published).
    p(
        M,
        D,
        "AdvancedQuery.Read",
        0x1fb6e712_1bd9_4184_b1c0_5e71e759196b,
    ),
    p(M, D, "Alert.Read", 0xb2069dc0_9fe9_4e6d_9aca_ccf3dd503819),
    p(
        M,
        D,
        "Alert.ReadWrite",
        0xcbc3b413_21e6_416d_95a4_af87687efbd0,
    ),
    p(
        M,
        D,
        "File.Read.All",
        0x8fce64a0_67c8_4e39_8f47_cac9ff7e13bb,
    ),
    p(
        M,
        D,
        "IntegrationConfiguration.ReadWrite",
        0x7c6f6912_60e9_4fcd_bb2a_c25bc35e8c59,
    ),
    p(M, D, "Ip.Read.All", 0xb65a97e8_c8e8_4908_b19a_f654615de1a9),
    p(
        M,
        D,
        "Library.Manage",
        0x5998a3da_2c9b_4bf3_99bd_44c9fe337ad2,
    ),
    p(
        M,
        D,
        "Machine.CollectForensics",
        0x5eb7b9dc_cbce_4c7e_9d73_5be248260ae6,
    ),
    p(
        M,
        D,
        "Machine.Isolate",
        0x479231ef_3b86_4933_ae6b_1fa84bba9e31,
    ),
    p(
        M,
        D,
        "Machine.LiveResponse",
        0x25fb0c21_5877_492a_8d0c_e7893a9585cc,
    ),
    p(
        M,
        D,
        "Machine.Offboard",
        0x29d1c73a_07f6_495f_b62b_1554a954d0a3,
    ),
    p(M, D, "Machine.Read", 0xfbd3d33a_b1f5_4573_906c_51b39682fbcf),
    p(
        M,
        D,
        "Machine.ReadWrite",
        0xf6846c57_9e3c_4a65_81aa_2f5e09ff4f0b,
    ),
    p(
        M,
        D,
        "Machine.RestrictExecution",
        0xabddfa88_80bb_4aef_81ff_18cbf29363a9,
    ),
    p(M, D, "Machine.Scan", 0xb4618115_647e_42a5_bd0d_0ea9878fb376),
    p(
        M,
        D,
        "Machine.StopAndQuarantine",
        0x69e036b7_3f10_4d4c_a85e_82295629eca8,
    ),
    p(
        M,
        D,
        "RemediationTasks.Read",
        0x19956c04_168f_4f44_b471_48c8f50dc0c8,
    ),
    p(M, D, "Score.Read", 0xdf4ed126_3a4c_460a_b0fc_67aea84fc332),
    p(
        M,
        D,
        "SecurityBaselinesAssessment.Read",
        0xd42e2aa1_a664_43a9_b7c6_2766d44a6687,
    ),
    p(
        M,
        D,
        "SecurityConfiguration.Read",
        0x4ac83e46_552f_4948_91c2_f7eaff971018,
    ),
    p(
        M,
        D,
        "SecurityConfiguration.ReadWrite",
        0xbfc81a3a_4f6d_4bfe_b945_d7fe6747d2a0,
    ),
    p(
        M,
        D,
        "SecurityRecommendation.Read",
        0x1ab96238_1253_4059_a32f_4087f20ed65d,
    ),
    p(
        M,
        D,
        "Software.Read",
        0x5f216ada_3f51_4a22_ace5_06b198328476,
    ),
    p(M, D, "Ti.ReadWrite", 0x650ff1f9_dd5f_48ee_8c58_7beef332c818),
    p(M, D, "Url.Read.All", 0x42b4777c_6196_49ad_9cfc_207e73f2eb61),
    p(
        M,
        D,
        "User.Read.All",
        0xffd6563e_842b_4cfc_b349_06006e0473a3,
    ),
    p(
        M,
        D,
        "Vulnerability.Read",
        0x63a677ce_818c_4409_9d12_5c6d2e2a6bfe,
    ),
    // Microsoft Graph: the security permissions the migration needs.
    p(
        G,
        A,
        "SecurityIncident.Read.All",
        0x45cc0394_e837_488b_a098_1918f48d186c,
    ),
    p(
        G,
        A,
        "SecurityIncident.ReadWrite.All",
        0x34bf0e97_1971_4929_b999_9e2442d941d7,
    ),
    p(
        G,
        A,
        "SecurityAlert.Read.All",
        0x472e4a4d_bb4a_4026_98d1_0b0d74cb74a5,
    ),
    p(
        G,
        A,
        "SecurityAlert.ReadWrite.All",
        0xed4fca05_be46_441f_9803_1873825f8fdb,
    ),
    p(
        G,
        A,
        "ThreatHunting.Read.All",
        0xdd98c7f5_2d42_42d3_a0e4_633161547251,
    ),
    p(
        G,
        A,
        "CustomDetection.ReadWrite.All",
        0xe0fd9c8d_a12e_4cc9_9827_20c8c3cd6fb8,
    ),
    p(
        G,
        D,
        "SecurityIncident.Read.All",
        0xb9abcc4f_94fc_4457_9141_d20ce80ec952,
    ),
    p(
        G,
        D,
        "SecurityIncident.ReadWrite.All",
        0x128ca929_1a19_45e6_a3b8_435ec44a36ba,
    ),
    p(
        G,
        D,
        "SecurityAlert.Read.All",
        0xbc257fb8_46b4_4b15_8713_01e91bfbe4ea,
    ),
    p(
        G,
        D,
        "SecurityAlert.ReadWrite.All",
        0x471f2a7f_2a42_4d45_a2bf_594d0838070d,
    ),
    p(
        G,
        D,
        "ThreatHunting.Read.All",
        0xb152eca8_ea73_4a48_8c98_1a6742673d99,
    ),
    p(
        G,
        D,
        "CustomDetection.ReadWrite.All",
        0xc34088fb_0649_4714_af0b_bcbfec155897,
    ),
];

/// `id` as a lower-case GUID: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
pub fn guid(id: u128) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let halves = [(id >> 64) as u64, id as u64];
    let mut out = Vec::with_capacity(36);
    for i in 0..32 {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push(b'-');
        }
        let nibble = (halves[i / 16] >> ((15 - i % 16) * 4)) & 15;
        out.push(HEX[nibble as usize]);
    }
    String::from_utf8(out).unwrap_or_default()
}

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
        .find(|p| p.api == api && p.kind == kind && guid(p.id).eq_ignore_ascii_case(id))
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
            let id = guid(p.id);
            assert!(crate::cloud::is_guid(&id), "{}: {id}", p.name);
            assert_eq!(id, id.to_ascii_lowercase(), "{}", p.name);
            assert_eq!(id.len(), 36, "{}", p.name);
            assert!(
                seen.insert((p.api, p.kind, id.clone())),
                "{} reuses {id}",
                p.name
            );
            assert!(
                seen.insert((p.api, p.kind, p.name.to_owned())),
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
        assert_eq!(guid(p.id), "a9790345-4595-42e4-971a-ccdc79f19b7c");
        assert_eq!(
            guid(0x0a00_000b_00c0_0d00_e000_0000_0000_00f1),
            "0a00000b-00c0-0d00-e000-0000000000f1"
        );
        let back = permission_by_id(
            Api::Xdr,
            GrantKind::Application,
            "A9790345-4595-42E4-971A-CCDC79F19B7C",
        );
        assert_eq!(back.map(|p| p.name), Some("Incident.Read.All"));
        assert!(permission_by_id(Api::Mde, GrantKind::Application, &guid(p.id)).is_none());
        assert_eq!(
            GrantKind::from_manifest_type(" role "),
            Some(GrantKind::Application)
        );
        assert_eq!(GrantKind::Delegated.manifest_type(), "Scope");
        assert_eq!(permissions_named(Api::Mde, "File.Read.All").count(), 2);
    }
}
