//! The new `requiredResourceAccess`: the app's entries for other resources kept as they are, the
//! Graph entry (existing items kept) with the successor role and scope IDs added, and the Defender
//! permissions that have no Graph successor kept (their calls stay on the Defender API). Defender
//! permissions replaced by a Graph permission are dropped. Plus the `az` and PowerShell commands
//! that write the same permissions.

use crate::catalog::GrantKind;
use crate::catalog::ids::{PermissionId, guid, permission_by_id};
use crate::cloud::Api;
use crate::cloud::is_guid;

use super::input::{Access, Input};
use super::mapping::{Report, RowStatus, successors};

/// The placeholder for the application (client) ID in commands when none is known.
pub const APP_ID_PLACEHOLDER: &str = "<application-client-id>";

/// The rewritten array, as the JSON text to paste.
#[derive(Clone, Debug, PartialEq)]
pub struct NewManifest {
    json: String,
}

impl NewManifest {
    /// The array as indented JSON, to paste into the manifest. Written by hand (the shape is
    /// fixed) so that no pretty-printer for arbitrary JSON is linked into the page.
    pub fn to_json(&self) -> String {
        self.json.clone()
    }

    /// The same text, borrowed.
    pub fn as_json(&self) -> &str {
        &self.json
    }
}

/// One entry the page writes: its `resourceAppId` and items, indented as in the array.
fn written(app: &str, items: &[Access]) -> String {
    let mut s = [
        "{\n    \"resourceAppId\": \"",
        app,
        "\",\n    \"resourceAccess\": [",
    ]
    .concat();
    for (j, a) in items.iter().enumerate() {
        s.push_str(if j == 0 { "\n" } else { ",\n" });
        s.push_str("      { \"id\": ");
        // A JSON string literal: a pasted ID may hold any character.
        s.push_str(&crate::json::quoted(&a.id));
        s.push_str(", \"type\": \"");
        s.push_str(a.kind.manifest_type());
        s.push_str("\" }");
    }
    s.push_str("\n    ]\n  }");
    s
}

fn item(id: String, kind: GrantKind) -> Access {
    Access { id, kind }
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

/// The new `requiredResourceAccess` for `input` and its `report`: the entries of other APIs in
/// their order, the Graph entry where the first one was (else after them), then the Defender
/// entries that keep an item.
pub fn rewrite(input: &Input, report: &Report) -> NewManifest {
    let mut graph: Vec<Access> = Vec::new();
    for e in input.entries.iter().filter(|e| e.api == Some(Api::Graph)) {
        for a in &e.access {
            push_unique(&mut graph, a.clone());
        }
    }
    for p in &report.graph {
        push_unique(&mut graph, item(guid(p.id), p.kind));
    }
    let mut parts: Vec<String> = Vec::new();
    let mut defender: Vec<(Api, Vec<Access>)> = Vec::new();
    let mut graph_written = graph.is_empty();
    for e in &input.entries {
        match e.api {
            None => parts.push(e.raw.clone()),
            Some(Api::Graph) => {
                if !graph_written {
                    graph_written = true;
                    parts.push(written(Api::Graph.resource_app_id(), &graph));
                }
            }
            Some(api) => {
                let items = e.access.iter().filter(|a| keeps(api, a)).cloned().collect();
                defender.push((api, items));
            }
        }
    }
    if !graph_written {
        parts.push(written(Api::Graph.resource_app_id(), &graph));
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
                push_unique(&mut items, item(guid(r.from.id), r.from.kind));
            }
            defender.push((api, items));
        }
    }
    for (api, items) in defender {
        if !items.is_empty() {
            parts.push(written(api.resource_app_id(), &items));
        }
    }
    let json = if parts.is_empty() {
        "[]".to_owned()
    } else {
        ["[\n  ", &parts.join(",\n  "), "\n]"].concat()
    };
    NewManifest { json }
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
        manifest.as_json(),
        "\n'@\n$body = '{\"requiredResourceAccess\": ' + $requiredResourceAccess + '}'\nInvoke-MgGraphRequest -Method PATCH -Uri \"https://graph.microsoft.com/v1.0/applications(appId='$appId')\" -Body $body -ContentType 'application/json'\n",
    ]
    .concat()
}
