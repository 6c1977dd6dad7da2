//! The new `requiredResourceAccess`: the app's entries for other resources kept as they are, the
//! Graph entry (existing items kept) with the successor role and scope IDs added, and the Defender
//! permissions that have no Graph successor kept (their calls stay on the Defender API). Defender
//! permissions replaced by a Graph permission are dropped. Plus the `az` and PowerShell commands
//! that write the same permissions.

use serde_json::Value;

use crate::catalog::GrantKind;
use crate::catalog::ids::{PermissionId, guid, permission_by_id};
use crate::cloud::Api;
use crate::cloud::is_guid;

use super::input::{Access, Input};
use super::mapping::{Report, RowStatus, successors};

/// The placeholder for the application (client) ID in commands when none is known.
pub const APP_ID_PLACEHOLDER: &str = "<application-client-id>";

/// One entry of the new array.
#[derive(Clone, Debug, PartialEq)]
enum Out {
    /// An entry of another API, kept as pasted.
    Kept(Value),
    /// An entry the page writes: its `resourceAppId` and items.
    Written(&'static str, Vec<Access>),
}

/// The rewritten array.
#[derive(Clone, Debug, PartialEq)]
pub struct NewManifest {
    entries: Vec<Out>,
}

/// A JSON string literal (a pasted ID may hold any character).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

impl NewManifest {
    /// The array as indented JSON, to paste into the manifest. Written by hand (the shape is
    /// fixed) so that no pretty-printer for arbitrary JSON is linked into the page.
    pub fn to_json(&self) -> String {
        if self.entries.is_empty() {
            return "[]".into();
        }
        let mut s = String::from("[");
        for (i, e) in self.entries.iter().enumerate() {
            s.push_str(if i == 0 { "\n  " } else { ",\n  " });
            match e {
                Out::Kept(v) => s.push_str(&serde_json::to_string(v).unwrap_or_default()),
                Out::Written(app, items) => {
                    s.push_str("{\n    \"resourceAppId\": \"");
                    s.push_str(app);
                    s.push_str("\",\n    \"resourceAccess\": [");
                    for (j, a) in items.iter().enumerate() {
                        s.push_str(if j == 0 { "\n" } else { ",\n" });
                        s.push_str("      { \"id\": ");
                        s.push_str(&quoted(&a.id));
                        s.push_str(", \"type\": \"");
                        s.push_str(a.kind.manifest_type());
                        s.push_str("\" }");
                    }
                    s.push_str("\n    ]\n  }");
                }
            }
        }
        s.push_str("\n]");
        s
    }
}

fn item(id: &str, kind: GrantKind) -> Access {
    Access {
        id: id.to_owned(),
        kind,
    }
}

fn push_unique(items: &mut Vec<Access>, i: Access) {
    if !items.contains(&i) {
        items.push(i);
    }
}

/// Whether a Defender item stays: unknown IDs (the page cannot judge them) and permissions with no
/// Graph successor.
fn keeps(api: Api, a: &Access) -> bool {
    permission_by_id(api, a.kind, &a.id).is_none_or(|p| successors(p).is_empty())
}

/// The new `requiredResourceAccess` for `input` and its `report`.
pub fn rewrite(input: &Input, report: &Report) -> NewManifest {
    let mut graph_items: Vec<Access> = Vec::new();
    let mut out: Vec<Out> = Vec::new();
    let mut graph_at = None;
    let mut defender: Vec<(Api, Vec<Access>)> = Vec::new();

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
                push_unique(&mut items, item(&guid(r.from.id), r.from.kind));
            }
            defender.push((api, items));
        }
    }
    for p in &report.graph {
        push_unique(&mut graph_items, item(&guid(p.id), p.kind));
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
    NewManifest { entries: out }
}

/// The application ID to write into commands: a valid GUID or the placeholder.
pub fn app_id_or_placeholder(client_id: Option<&str>) -> String {
    client_id
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| is_guid(c))
        .unwrap_or_else(|| APP_ID_PLACEHOLDER.to_owned())
}

/// `az ad app permission add` for the Graph permissions to add (`None` when there are none).
pub fn az_command(app_id: &str, to_add: &[&'static PermissionId]) -> Option<String> {
    if to_add.is_empty() {
        return None;
    }
    let names: Vec<&str> = to_add.iter().map(|p| p.name).collect();
    let mut s = [
        "# Microsoft Graph: ",
        &names.join(", "),
        "\naz ad app permission add --id ",
        app_id,
        " --api ",
        Api::Graph.resource_app_id(),
        " --api-permissions",
    ]
    .concat();
    for p in to_add {
        s.push(' ');
        s.push_str(&guid(p.id));
        s.push('=');
        s.push_str(p.kind.manifest_type());
    }
    s.push('\n');
    Some(s)
}

/// Microsoft Graph PowerShell that writes the whole new array to the app registration.
pub fn powershell_command(app_id: &str, manifest: &NewManifest) -> String {
    // The array sits in a single-quoted here-string: JSON lines never start with `'@`.
    [
        "Connect-MgGraph -Scopes 'Application.ReadWrite.All'\n$appId = '",
        app_id,
        "'\n$requiredResourceAccess = @'\n",
        &manifest.to_json(),
        "\n'@\n$body = '{\"requiredResourceAccess\": ' + $requiredResourceAccess + '}'\nInvoke-MgGraphRequest -Method PATCH -Uri \"https://graph.microsoft.com/v1.0/applications(appId='$appId')\" -Body $body -ContentType 'application/json'\n",
    ]
    .concat()
}
