//! Exporting the loaded (and filtered) incidents as CSV and JSON, produced in the page.
//!
//! CSV follows RFC 4180 (comma, CRLF, quotes doubled) with a UTF-8 byte-order mark so that Excel
//! reads Japanese text correctly, and neutralises formula injection: a cell starting with `=`,
//! `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a spreadsheet shows it as text
//! instead of running it. The same holds for their fullwidth forms `＝ ＋ － ＠` (Excel in Japanese
//! locales treats them as formula starts) and for any of them after leading whitespace (including
//! the ideographic space), which spreadsheets skip before reading a formula.

use crate::incidents::model::Incident;
use crate::json::Writer;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 13] = [
    "id",
    "name",
    "severity",
    "status",
    "classification",
    "determination",
    "assignedTo",
    "created",
    "updated",
    "tags",
    "alertCount",
    "redirectIncidentId",
    "portalUrl",
];

/// One CSV cell: formula characters neutralised, then quoted when needed.
pub fn csv_cell(text: &str) -> String {
    const FORMULA: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
    let risky = text.starts_with(['\t', '\r']) || text.trim_start().starts_with(FORMULA);
    let neutral = if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// The incidents as CSV (with a UTF-8 BOM and a header row).
pub fn to_csv<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for i in incidents {
        let cells = [
            i.id.clone(),
            i.name.clone(),
            i.severity.xdr_code().to_owned(),
            i.status.xdr_code().to_owned(),
            i.classification.xdr_code().to_owned(),
            i.determination.xdr_code().to_owned(),
            i.assigned_to.clone().unwrap_or_default(),
            i.created.clone().unwrap_or_default(),
            i.updated.clone().unwrap_or_default(),
            i.tags.join("; "),
            i.alert_count.map(|n| n.to_string()).unwrap_or_default(),
            i.redirect_incident_id.clone().unwrap_or_default(),
            i.portal_url.clone().unwrap_or_default(),
        ];
        let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The incidents as a JSON array of the unified view (alerts, devices, entities and comments
/// included), one incident per line: readable and diffable without a pretty-printer. Enums are
/// written in the XDR spelling; the search and sort keys and the parsed times are left out.
pub fn to_json<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> String {
    let lines: Vec<String> = incidents.into_iter().map(incident_json).collect();
    if lines.is_empty() {
        "[]\n".to_owned()
    } else {
        format!("[\n{}\n]\n", lines.join(",\n"))
    }
}

/// One incident as a compact JSON object.
fn incident_json(i: &Incident) -> String {
    let mut w = Writer::new();
    w.open('{')
        .str("id", &i.id)
        .str("name", &i.name)
        .str("severity", i.severity.xdr_code())
        .str("status", i.status.xdr_code())
        .str("classification", i.classification.xdr_code())
        .str("determination", i.determination.xdr_code())
        .opt("assignedTo", i.assigned_to.as_deref())
        .opt("created", i.created.as_deref())
        .opt("updated", i.updated.as_deref())
        .strs("tags", &i.tags)
        .strs("systemTags", &i.system_tags)
        .num("alertCount", i.alert_count.map(|n| n as u64))
        .open_member("alerts", '[');
    for a in &i.alerts {
        w.open('{')
            .str("id", &a.id)
            .str("title", &a.title)
            .str("severity", a.severity.xdr_code())
            .str("status", &a.status)
            .str("category", &a.category)
            .str("serviceSource", &a.service_source)
            .opt("created", a.created.as_deref())
            .open_member("devices", '[');
        for d in &a.devices {
            w.open('{')
                .str("id", &d.id)
                .str("name", &d.name)
                .str("osPlatform", &d.os_platform)
                .str("healthStatus", &d.health_status)
                .str("riskScore", &d.risk_score)
                .close('}');
        }
        w.close(']').open_member("entities", '[');
        for e in &a.entities {
            w.open('{')
                .str("kind", &e.kind)
                .str("value", &e.value)
                .close('}');
        }
        w.close(']').close('}');
    }
    w.close(']').open_member("comments", '[');
    for c in &i.comments {
        w.open('{')
            .str("text", &c.text)
            .str("author", &c.author)
            .opt("created", c.created.as_deref())
            .close('}');
    }
    w.close(']')
        .opt("portalUrl", i.portal_url.as_deref())
        .opt("redirectIncidentId", i.redirect_incident_id.as_deref())
        .opt("description", i.description.as_deref())
        .close('}');
    w.finish()
}

/// A file name for an export made at `now_ms`: `incidents-YYYYMMDD-HHMMSS.{ext}` (UTC).
pub fn file_name(now_ms: i64, ext: &str) -> String {
    let t = crate::incidents::time::format_rfc3339(now_ms);
    let compact: String = t.chars().filter(char::is_ascii_digit).collect();
    format!("incidents-{}-{}.{ext}", &compact[..8], &compact[8..14])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::model::{MapContext, incident_from_json};

    #[test]
    fn formula_injection_is_neutralised() {
        for (input, expected) in [
            ("=1+1", "'=1+1"),
            ("+cmd", "'+cmd"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("＝1+1", "'＝1+1"),
            ("＋cmd", "'＋cmd"),
            ("－2", "'－2"),
            ("＠SUM(A1)", "'＠SUM(A1)"),
            (" =1+1", "' =1+1"),
            ("\u{3000}=cmd", "'\u{3000}=cmd"),
            ("\n@x", "\"'\n@x\""),
            (" plain", " plain"),
            ("a=b", "a=b"),
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("line\nbreak", "\"line\nbreak\""),
            ("", ""),
        ] {
            assert_eq!(csv_cell(input), expected, "{input:?}");
        }
    }

    #[test]
    fn csv_and_json_of_incidents() {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        let v = serde_json::json!({"incidentId": 5, "incidentName": "=cmd|' /C calc'!A0", "severity": "High",
            "status": "Active", "tags": ["a", "b"], "alerts": [{"alertId": "x", "title": "t"}]});
        let i = incident_from_json(&v, &ctx).expect("incident");
        let csv = to_csv([&i]);
        assert!(csv.starts_with("\u{FEFF}id,name,severity"));
        let row = csv.lines().nth(1).expect("a row");
        assert_eq!(
            row,
            "5,'=cmd|' /C calc'!A0,High,Active,,,,,,a; b,1,,https://security.microsoft.com/incidents/5"
        );
        let json: serde_json::Value = serde_json::from_str(&to_json([&i])).expect("valid json");
        assert_eq!(json[0]["id"], "5");
        assert_eq!(json[0]["severity"], "High");
        assert_eq!(json[0]["alerts"][0]["id"], "x");
        assert!(json[0].get("searchText").is_none());
        assert_eq!(
            file_name(1_599_403_617_290, "csv"),
            "incidents-20200906-144657.csv"
        );
        assert_eq!(to_json([]), "[]\n");
        assert_eq!(to_json([&i, &i]).lines().count(), 4);
    }
}
