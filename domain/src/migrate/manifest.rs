//! The new `requiredResourceAccess`: the app's entries for other resources kept as they are, the
//! Graph entry (existing items kept) with the successor role and scope IDs added, and the Defender
//! permissions that have no Graph successor kept (their calls stay on the Defender API). Defender
//! permissions replaced by a Graph permission are dropped. Plus the `az` and PowerShell commands
//! that write the same permissions.

use serde_json::Value;

use crate::catalog::GrantKind;
use crate::catalog::ids::{PermissionId, permission_by_id};
use crate::cloud::Api;
use crate::consent::is_guid;

use super::input::{Access, Input};
use super::mapping::{Report, RowStatus, successors};

/// The placeholder for the application (client) ID in commands when none is known.
pub const APP_ID_PLACEHOLDER: &str = "<application-client-id>";

/// A Graph permission that could not be written with an ID (none today: every ID is verified).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestWarning {
    /// The permission named by value only.
    pub name: &'static str,
}

/// One `resourceAccess` item as written: an ID (or, for an unverified one, the value) and a type.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    /// `id` (or `value` when `by_value`).
    key: String,
    kind: GrantKind,
    by_value: bool,
}

/// One entry of the new array.
#[derive(Clone, Debug, PartialEq)]
enum Out {
    /// An entry of another API, kept as pasted.
    Kept(Value),
    /// An entry the page writes.
    Written(&'static str, Vec<Item>),
}

/// The rewritten array and what it could not say.
#[derive(Clone, Debug, PartialEq)]
pub struct NewManifest {
    entries: Vec<Out>,
    /// Permissions named by value only.
    pub warnings: Vec<ManifestWarning>,
}

/// A JSON string literal (only GUIDs, permission values and `Role` / `Scope` reach it).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

impl NewManifest {
    /// The array as indented JSON, to paste into the manifest. Written by hand (the shape is
    /// fixed) so that no pretty-printer for arbitrary JSON is linked into the page.
    pub fn to_json(&self) -> String {
        let entries: Vec<String> = self
            .entries
            .iter()
            .map(|e| match e {
                Out::Kept(v) => format!("  {}", serde_json::to_string(v).unwrap_or_default()),
                Out::Written(app, items) => {
                    let items: Vec<String> = items
                        .iter()
                        .map(|i| {
                            format!(
                                "      {{ \"{}\": {}, \"type\": \"{}\" }}",
                                if i.by_value { "value" } else { "id" },
                                quoted(&i.key),
                                i.kind.manifest_type()
                            )
                        })
                        .collect();
                    format!(
                        "  {{\n    \"resourceAppId\": \"{app}\",\n    \"resourceAccess\": [\n{}\n    ]\n  }}",
                        items.join(",\n")
                    )
                }
            })
            .collect();
        if entries.is_empty() {
            return "[]".into();
        }
        format!("[\n{}\n]", entries.join(",\n"))
    }
}

fn item(id: &str, kind: GrantKind) -> Item {
    Item {
        key: id.to_owned(),
        kind,
        by_value: false,
    }
}

fn push_unique(items: &mut Vec<Item>, i: Item) {
    if !items.contains(&i) {
        items.push(i);
    }
}

fn push_permission(items: &mut Vec<Item>, p: &PermissionId, warnings: &mut Vec<ManifestWarning>) {
    match p.id {
        Some(id) => push_unique(items, item(id, p.kind)),
        None => {
            warnings.push(ManifestWarning { name: p.name });
            push_unique(
                items,
                Item {
                    key: p.name.to_owned(),
                    kind: p.kind,
                    by_value: true,
                },
            );
        }
    }
}

/// Whether a Defender item stays: unknown IDs (the page cannot judge them) and permissions with no
/// Graph successor.
fn keeps(api: Api, a: &Access) -> bool {
    permission_by_id(api, a.kind, &a.id).is_none_or(|p| successors(p).is_empty())
}

/// The new `requiredResourceAccess` for `input` and its `report`.
#[inline(never)]
pub fn rewrite(input: &Input, report: &Report) -> NewManifest {
    let mut warnings = Vec::new();
    let mut graph_items: Vec<Item> = Vec::new();
    let mut out: Vec<Out> = Vec::new();
    let mut graph_at = None;
    let mut defender: Vec<(Api, Vec<Item>)> = Vec::new();

    for e in &input.entries {
        match e.api {
            None => out.push(Out::Kept(e.raw.clone())),
            Some(Api::Graph) => {
                graph_at.get_or_insert(out.len());
                for a in &e.access {
                    push_unique(&mut graph_items, item(&a.id, a.kind));
                }
            }
            Some(api) => {
                let items = e
                    .access
                    .iter()
                    .filter(|a| keeps(api, a))
                    .map(|a| item(&a.id, a.kind))
                    .collect();
                defender.push((api, items));
            }
        }
    }
    // Token and name inputs have no entries: the legacy permissions without a successor are
    // written from the catalog.
    if input.entries.is_empty() {
        for api in [Api::Xdr, Api::Mde] {
            let mut items = Vec::new();
            for r in report
                .rows
                .iter()
                .filter(|r| r.from.api == api && r.status == RowStatus::NoSuccessor)
            {
                push_permission(&mut items, r.from, &mut warnings);
            }
            defender.push((api, items));
        }
    }
    for p in &report.graph {
        push_permission(&mut graph_items, p, &mut warnings);
    }
    if !graph_items.is_empty() {
        let at = graph_at.unwrap_or(out.len());
        out.insert(at, Out::Written(Api::Graph.resource_app_id(), graph_items));
    }
    for (api, items) in defender {
        if !items.is_empty() {
            out.push(Out::Written(api.resource_app_id(), items));
        }
    }
    NewManifest {
        entries: out,
        warnings,
    }
}

/// The application ID to write into commands: a valid GUID or the placeholder.
pub fn app_id_or_placeholder(client_id: Option<&str>) -> String {
    client_id
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| is_guid(c))
        .unwrap_or_else(|| APP_ID_PLACEHOLDER.to_owned())
}

/// `az ad app permission add` for the Graph permissions to add (`None` when there are none).
#[inline(never)]
pub fn az_command(app_id: &str, to_add: &[&'static PermissionId]) -> Option<String> {
    let perms: Vec<String> = to_add
        .iter()
        .filter_map(|p| p.id.map(|id| format!("{id}={}", p.kind.manifest_type())))
        .collect();
    if perms.is_empty() {
        return None;
    }
    let names: Vec<&str> = to_add.iter().map(|p| p.name).collect();
    Some(format!(
        "# Microsoft Graph: {}\naz ad app permission add --id {app_id} --api {} --api-permissions {}\n",
        names.join(", "),
        Api::Graph.resource_app_id(),
        perms.join(" ")
    ))
}

/// Microsoft Graph PowerShell that writes the whole new array to the app registration.
#[inline(never)]
pub fn powershell_command(app_id: &str, manifest: &NewManifest) -> String {
    // The array sits in a single-quoted here-string: JSON lines never start with `'@`.
    format!(
        "Connect-MgGraph -Scopes 'Application.ReadWrite.All'\n$appId = '{app_id}'\n$requiredResourceAccess = @'\n{}\n'@\n$body = '{{\"requiredResourceAccess\": ' + $requiredResourceAccess + '}}'\nInvoke-MgGraphRequest -Method PATCH -Uri \"https://graph.microsoft.com/v1.0/applications(appId='$appId')\" -Body $body -ContentType 'application/json'\n",
        manifest.to_json()
    )
}
