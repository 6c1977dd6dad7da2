//! One incident view for both APIs, read tolerantly from either API's JSON.
//!
//! Defender XDR (`incidentId`, `incidentName`, `createdTime`, `tags`, inline `alerts` with
//! `devices` and `entities`) and Graph (`id`, `displayName`, `createdDateTime`, `customTags`,
//! `alerts` via `$expand` with `evidence`) map to [`Incident`]. Each item is read on its own: a
//! field of an unexpected type becomes "absent", an unknown enum value is kept as text, and an
//! item that is not an incident at all is skipped and counted instead of failing the page.

use serde_json::{Map, Value};

use crate::cloud::DEFENDER_PORTAL_HOSTS;
use crate::incidents::labels::{Classification, Determination, Severity, Status};
use crate::incidents::time::parse_rfc3339_ms;
use crate::url::UrlParts;

/// An incident as the page shows it, whichever API it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Incident {
    /// XDR `incidentId` (a number, kept as text) or Graph `id`.
    pub id: String,
    /// XDR `incidentName` or Graph `displayName`.
    pub name: String,
    /// Severity.
    pub severity: Severity,
    /// Status.
    pub status: Status,
    /// Classification.
    pub classification: Classification,
    /// Determination.
    pub determination: Determination,
    /// Who the incident is assigned to (`None` when unassigned).
    pub assigned_to: Option<String>,
    /// Creation time as sent.
    pub created: Option<String>,
    /// Creation time in Unix milliseconds, when readable.
    pub created_ms: Option<i64>,
    /// Last update time as sent.
    pub updated: Option<String>,
    /// Last update time in Unix milliseconds, when readable.
    pub updated_ms: Option<i64>,
    /// XDR `tags` or Graph `customTags` (Graph `systemTags` follow, marked by [`Self::system_tags`]).
    pub tags: Vec<String>,
    /// Graph `systemTags` (empty for XDR).
    pub system_tags: Vec<String>,
    /// Number of alerts, when the API sent them (`None` for Graph without `$expand=alerts`).
    pub alert_count: Option<usize>,
    /// The alerts.
    pub alerts: Vec<Alert>,
    /// Analysts' comments, oldest first.
    pub comments: Vec<Comment>,
    /// The incident in the Defender portal: only ever an `https` URL on a portal host.
    pub portal_url: Option<String>,
    /// The incident this one was merged into.
    pub redirect_incident_id: Option<String>,
    /// Graph `description`.
    pub description: Option<String>,
    /// Lower-cased id, name, assignee and tags, for the page's search box.
    pub search_text: String,
    /// Lower-cased name, the sort key of the name column.
    pub sort_name: String,
    /// Lower-cased assignee (empty when unassigned), the sort key of that column.
    pub sort_assignee: String,
}

/// One alert of an incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    /// XDR `alertId` or Graph `id`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Severity.
    pub severity: Severity,
    /// Status as sent (alert statuses differ from incident statuses).
    pub status: String,
    /// MITRE tactic or category.
    pub category: String,
    /// The product that raised it.
    pub service_source: String,
    /// Creation time as sent.
    pub created: Option<String>,
    /// Devices involved.
    pub devices: Vec<Device>,
    /// Other evidence: users, IPs, URLs, files, mail…
    pub entities: Vec<Entity>,
}

/// A device involved in an alert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    /// Defender device id.
    pub id: String,
    /// DNS name.
    pub name: String,
    /// OS platform.
    pub os_platform: String,
    /// Health status.
    pub health_status: String,
    /// Risk score.
    pub risk_score: String,
}

/// A piece of evidence, summarised as its type and its most telling value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// XDR `entityType` (`User`, `Ip`, …) or the Graph evidence type without its namespace.
    pub kind: String,
    /// The value that identifies it (UPN, address, URL, file name, …).
    pub value: String,
}

/// An analyst's comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// The text.
    pub text: String,
    /// Who wrote it.
    pub author: String,
    /// When, as sent.
    pub created: Option<String>,
}

/// What mapping needs besides the JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapContext<'a> {
    /// The portal origin that XDR incident links are built on (XDR sends no link).
    pub portal_origin: &'a str,
}

impl Incident {
    /// Every device of every alert, without repeats (by id, else name).
    pub fn devices(&self) -> Vec<&Device> {
        let mut out: Vec<&Device> = Vec::new();
        for d in self.alerts.iter().flat_map(|a| &a.devices) {
            let key = |x: &Device| {
                if x.id.is_empty() {
                    x.name.clone()
                } else {
                    x.id.clone()
                }
            };
            if !out.iter().any(|o| key(o) == key(d)) {
                out.push(d);
            }
        }
        out
    }

    /// Every entity of every alert, without repeats.
    pub fn entities(&self) -> Vec<&Entity> {
        let mut out: Vec<&Entity> = Vec::new();
        for e in self.alerts.iter().flat_map(|a| &a.entities) {
            if !out.contains(&e) {
                out.push(e);
            }
        }
        out
    }

    /// Recomputes [`Self::search_text`], [`Self::created_ms`] and [`Self::updated_ms`] after a
    /// field changed.
    pub fn reindex(&mut self) {
        self.created_ms = self.created.as_deref().and_then(parse_rfc3339_ms);
        self.updated_ms = self.updated.as_deref().and_then(parse_rfc3339_ms);
        let mut s = String::with_capacity(self.name.len() + 64);
        s.push_str(&self.id);
        s.push('\u{1}');
        s.push_str(&self.name);
        s.push('\u{1}');
        s.push_str(self.assigned_to.as_deref().unwrap_or(""));
        for t in self.tags.iter().chain(&self.system_tags) {
            s.push('\u{1}');
            s.push_str(t);
        }
        self.search_text = s.to_ascii_lowercase();
        self.sort_name = self.name.to_ascii_lowercase();
        self.sort_assignee = self
            .assigned_to
            .as_deref()
            .unwrap_or("")
            .to_ascii_lowercase();
    }
}

/// A text field: strings as they are, numbers and booleans as text, anything else absent.
fn text(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn text_or_empty(obj: &Map<String, Value>, key: &str) -> String {
    text(obj, key).unwrap_or_default()
}

/// A list of strings; `null`, a non-list or non-string members are skipped.
fn texts(obj: &Map<String, Value>, key: &str) -> Vec<String> {
    match obj.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// The objects of a list; anything else is skipped.
fn objects<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    obj.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// `url` if it is an `https` URL on a Defender portal host; `None` otherwise (so a
/// `javascript:` or look-alike URL is never rendered as a link).
pub fn safe_portal_url(url: &str) -> Option<String> {
    let parts = UrlParts::parse(url)?;
    (parts.scheme == "https"
        && parts.port.is_none()
        && DEFENDER_PORTAL_HOSTS.contains(&parts.host.as_str()))
    .then(|| url.trim().to_owned())
}

fn finish(mut incident: Incident) -> Incident {
    incident.reindex();
    incident
}

/// Reads one incident from either API's JSON; `None` when `value` is not an object with an id.
pub fn incident_from_json(value: &Value, ctx: &MapContext<'_>) -> Option<Incident> {
    let obj = value.as_object()?;
    if obj.contains_key("incidentId") {
        from_xdr(obj, ctx)
    } else {
        from_graph(obj)
    }
}

fn from_xdr(o: &Map<String, Value>, ctx: &MapContext<'_>) -> Option<Incident> {
    let id = text(o, "incidentId").filter(|s| !s.is_empty())?;
    let alerts: Vec<Alert> = objects(o, "alerts").map(xdr_alert).collect();
    let portal = format!(
        "{}/incidents/{}",
        ctx.portal_origin,
        crate::url::encode_component(&id)
    );
    Some(finish(Incident {
        name: text_or_empty(o, "incidentName"),
        severity: Severity::parse(&text_or_empty(o, "severity")),
        status: Status::parse(&text_or_empty(o, "status")),
        classification: Classification::parse(&text_or_empty(o, "classification")),
        determination: Determination::parse(&text_or_empty(o, "determination")),
        assigned_to: text(o, "assignedTo").filter(|s| !s.is_empty()),
        created: text(o, "createdTime"),
        created_ms: None,
        updated: text(o, "lastUpdateTime"),
        updated_ms: None,
        tags: texts(o, "tags"),
        system_tags: Vec::new(),
        alert_count: Some(alerts.len()),
        alerts,
        comments: objects(o, "comments")
            .map(|c| Comment {
                text: text_or_empty(c, "comment"),
                author: text_or_empty(c, "createdBy"),
                created: text(c, "createdTime").or_else(|| text(c, "createTime")),
            })
            .collect(),
        portal_url: safe_portal_url(&portal),
        redirect_incident_id: text(o, "redirectIncidentId"),
        description: text(o, "description"),
        search_text: String::new(),
        sort_name: String::new(),
        sort_assignee: String::new(),
        id,
    }))
}

fn xdr_alert(a: &Map<String, Value>) -> Alert {
    Alert {
        id: text_or_empty(a, "alertId"),
        title: text_or_empty(a, "title"),
        severity: Severity::parse(&text_or_empty(a, "severity")),
        status: text_or_empty(a, "status"),
        category: text_or_empty(a, "category"),
        service_source: text_or_empty(a, "serviceSource"),
        created: text(a, "creationTime"),
        devices: objects(a, "devices")
            .map(|d| Device {
                id: text(d, "mdatpDeviceId")
                    .or_else(|| text(d, "deviceId"))
                    .unwrap_or_default(),
                name: text_or_empty(d, "deviceDnsName"),
                os_platform: text_or_empty(d, "osPlatform"),
                health_status: text_or_empty(d, "healthStatus"),
                risk_score: text_or_empty(d, "riskScore"),
            })
            .collect(),
        entities: objects(a, "entities").filter_map(xdr_entity).collect(),
    }
}

fn first_text(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| text(o, k).filter(|s| !s.trim().is_empty()))
}

fn xdr_entity(e: &Map<String, Value>) -> Option<Entity> {
    let kind = text_or_empty(e, "entityType");
    let keys: &[&str] = match kind.to_ascii_lowercase().as_str() {
        "user" => &["userPrincipalName", "accountName", "aadUserId", "userSid"],
        "ip" => &["ipAddress"],
        "url" => &["url"],
        "file" => &["fileName", "filePath", "sha256", "sha1"],
        "process" => &["processCommandLine", "fileName", "processId"],
        "mailbox" => &["mailboxAddress", "mailboxDisplayName"],
        "mailmessage" => &["subject", "sender", "recipient"],
        "mailcluster" => &["clusterBy"],
        "registry" => &["registryKey", "registryValue"],
        "securitygroup" => &["securityGroupName", "securityGroupId"],
        _ => &[],
    };
    let value = first_text(e, keys).or_else(|| {
        e.iter()
            .filter(|(k, _)| k.as_str() != "entityType")
            .find_map(|(_, v)| {
                v.as_str()
                    .filter(|s| !s.trim().is_empty())
                    .map(str::to_owned)
            })
    })?;
    Some(Entity { kind, value })
}

fn from_graph(o: &Map<String, Value>) -> Option<Incident> {
    let id = text(o, "id").filter(|s| !s.is_empty())?;
    let alerts_present = matches!(o.get("alerts"), Some(Value::Array(_)));
    let alerts: Vec<Alert> = objects(o, "alerts").map(graph_alert).collect();
    Some(finish(Incident {
        name: text_or_empty(o, "displayName"),
        severity: Severity::parse(&text_or_empty(o, "severity")),
        status: Status::parse(&text_or_empty(o, "status")),
        classification: Classification::parse(&text_or_empty(o, "classification")),
        determination: Determination::parse(&text_or_empty(o, "determination")),
        assigned_to: text(o, "assignedTo").filter(|s| !s.is_empty()),
        created: text(o, "createdDateTime"),
        created_ms: None,
        updated: text(o, "lastUpdateDateTime"),
        updated_ms: None,
        tags: texts(o, "customTags"),
        system_tags: texts(o, "systemTags"),
        alert_count: alerts_present.then_some(alerts.len()),
        alerts,
        comments: objects(o, "comments").map(graph_comment).collect(),
        portal_url: text(o, "incidentWebUrl").and_then(|u| safe_portal_url(&u)),
        redirect_incident_id: text(o, "redirectIncidentId"),
        description: text(o, "description"),
        search_text: String::new(),
        sort_name: String::new(),
        sort_assignee: String::new(),
        id,
    }))
}

/// Reads a Graph `alertComment`.
pub fn graph_comment(c: &Map<String, Value>) -> Comment {
    Comment {
        text: text_or_empty(c, "comment"),
        author: text_or_empty(c, "createdByDisplayName"),
        created: text(c, "createdDateTime"),
    }
}

fn graph_alert(a: &Map<String, Value>) -> Alert {
    let mut devices = Vec::new();
    let mut entities = Vec::new();
    for ev in objects(a, "evidence") {
        let ty = text_or_empty(ev, "@odata.type");
        let short = ty
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .trim_end_matches("Evidence")
            .to_owned();
        if short.eq_ignore_ascii_case("device") {
            devices.push(Device {
                id: text_or_empty(ev, "mdeDeviceId"),
                name: text_or_empty(ev, "deviceDnsName"),
                os_platform: text_or_empty(ev, "osPlatform"),
                health_status: text_or_empty(ev, "healthStatus"),
                risk_score: text_or_empty(ev, "riskScore"),
            });
            continue;
        }
        let nested = |outer: &str, keys: &[&str]| {
            ev.get(outer)
                .and_then(Value::as_object)
                .and_then(|inner| first_text(inner, keys))
        };
        let value = match short.to_ascii_lowercase().as_str() {
            "user" => nested(
                "userAccount",
                &["userPrincipalName", "accountName", "azureAdUserId"],
            ),
            "ip" => first_text(ev, &["ipAddress"]),
            "url" => first_text(ev, &["url"]),
            "file" => nested("fileDetails", &["fileName", "filePath", "sha256"]),
            "process" => first_text(ev, &["processCommandLine"])
                .or_else(|| nested("imageFile", &["fileName"])),
            "mailbox" => first_text(ev, &["primaryAddress", "displayName"]),
            "analyzedmessage" => first_text(ev, &["subject", "senderIp"]),
            "registrykey" => first_text(ev, &["registryKey"]),
            "registryvalue" => first_text(ev, &["registryValueName", "registryKey"]),
            _ => first_text(ev, &["displayName", "name"]),
        };
        if let Some(value) = value {
            entities.push(Entity { kind: short, value });
        }
    }
    Alert {
        id: text_or_empty(a, "id"),
        title: text_or_empty(a, "title"),
        severity: Severity::parse(&text_or_empty(a, "severity")),
        status: text_or_empty(a, "status"),
        category: text_or_empty(a, "category"),
        service_source: text_or_empty(a, "serviceSource"),
        created: text(a, "createdDateTime"),
        devices,
        entities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: MapContext<'static> = MapContext {
        portal_origin: "https://security.microsoft.com",
    };

    #[test]
    fn portal_links_are_https_on_portal_hosts_only() {
        for ok in [
            "https://security.microsoft.com/incidents/1?tid=x",
            "https://security.microsoft.us/incidents/1",
            "https://SECURITY.apps.mil/incidents/1",
        ] {
            assert!(safe_portal_url(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://security.microsoft.com/%0aalert(1)",
            "http://security.microsoft.com/incidents/1",
            "https://security.microsoft.com.evil.example/incidents/1",
            "https://evil.example/security.microsoft.com",
            "https://security.microsoft.com:8443/x",
            "https://user@security.microsoft.com/x",
            "data:text/html,hi",
            "",
        ] {
            assert_eq!(safe_portal_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn odd_field_types_do_not_fail_the_item() {
        let v: Value = serde_json::json!({
            "incidentId": 7, "incidentName": 42, "severity": null, "status": ["x"],
            "tags": "not-a-list", "alerts": {"no": "list"}, "comments": [1, {"comment": "hi"}],
            "assignedTo": ""
        });
        let i = incident_from_json(&v, &CTX).expect("an incident");
        assert_eq!(i.id, "7");
        assert_eq!(i.name, "42");
        assert_eq!(i.severity, Severity::Unrecognized(String::new()));
        assert!(i.tags.is_empty() && i.alerts.is_empty());
        assert_eq!(i.alert_count, Some(0));
        assert_eq!(i.assigned_to, None);
        assert_eq!(i.comments.len(), 1);
        assert_eq!(
            i.portal_url.as_deref(),
            Some("https://security.microsoft.com/incidents/7")
        );
    }

    #[test]
    fn items_without_an_id_are_not_incidents() {
        assert!(incident_from_json(&serde_json::json!({"displayName": "x"}), &CTX).is_none());
        assert!(incident_from_json(&serde_json::json!([1]), &CTX).is_none());
        assert!(incident_from_json(&serde_json::json!({"incidentId": null}), &CTX).is_none());
    }
}
