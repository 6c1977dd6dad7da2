//! Filter + sort of 10 000 loaded incidents, the work the page does on every keystroke in the
//! search box (and every filter or sort change). Target: ≤ 30 ms per keystroke in the browser;
//! this native figure is the floor, the e2e suite measures the page itself.
//!
//! Run: `cargo bench -p dpk-domain --bench incidents_view`.

use std::hint::black_box;
use std::rc::Rc;
use std::time::Instant;

use dpk_domain::incidents::labels::{Severity, Status};
use dpk_domain::incidents::model::{Incident, MapContext, incident_from_json};
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::view::{Sort, SortKey, filter_in_order, order, select};

const SEVERITIES: [&str; 5] = ["UnSpecified", "Informational", "Low", "Medium", "High"];
const STATUSES: [&str; 4] = ["Active", "InProgress", "Resolved", "Redirected"];
const NAMES: [&str; 6] = [
    "Ransomware activity",
    "'Mimikatz' hacktool was detected on one endpoint",
    "Email reported by user as malware or phish",
    "Multi-stage incident involving Initial access",
    "Suspicious PowerShell command line",
    "Impossible travel activity",
];

fn incidents(n: usize) -> Vec<Rc<Incident>> {
    let ctx = MapContext {
        portal_origin: "https://security.microsoft.com",
    };
    (0..n)
        .map(|i| {
            let v = serde_json::json!({
                "incidentId": 900_000 + i,
                "incidentName": format!("{} #{i}", NAMES[i % NAMES.len()]),
                "severity": SEVERITIES[i % 5],
                "status": STATUSES[(i / 5) % 4],
                "classification": "Unknown",
                "determination": "NotAvailable",
                "assignedTo": if i % 3 == 0 { serde_json::Value::Null } else { format!("analyst{}@contoso.com", i % 17).into() },
                "createdTime": format!("2024-{:02}-{:02}T{:02}:00:00Z", 1 + i % 12, 1 + i % 28, i % 24),
                "lastUpdateTime": format!("2024-{:02}-{:02}T{:02}:30:00.123Z", 1 + (i * 7) % 12, 1 + (i * 3) % 28, (i * 5) % 24),
                "tags": [format!("tag{}", i % 40)],
                "alerts": [],
            });
            Rc::new(incident_from_json(&v, &ctx).expect("incident"))
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let rows = incidents(10_000);
    let typed = "ransomware #12";
    let mut per_keystroke = Vec::new();
    let mut filter_only = Vec::new();
    for round in 0..20 {
        for end in 0..=typed.len() {
            let filter = IncidentFilter {
                search: typed[..end].to_owned(),
                severity: (round % 2 == 1).then_some(Severity::Medium),
                status: (round % 4 == 3).then_some(Status::Active),
                ..IncidentFilter::default()
            };
            let sort = Sort {
                key: SortKey::ALL[round % SortKey::ALL.len()],
                descending: round % 2 == 0,
            };
            let t = Instant::now();
            let out = select(black_box(&rows), black_box(&filter), sort);
            per_keystroke.push(t.elapsed().as_secs_f64() * 1000.0);
            black_box(out);
            // What the page does on a keystroke: the sorted order is kept, only filtering runs.
            let kept = order(&rows, sort);
            let t = Instant::now();
            let out = filter_in_order(black_box(&rows), black_box(&kept), black_box(&filter));
            filter_only.push(t.elapsed().as_secs_f64() * 1000.0);
            black_box(out);
        }
    }
    let mut by_key = Vec::new();
    for key in SortKey::ALL {
        let t = Instant::now();
        for _ in 0..5 {
            black_box(select(
                &rows,
                &IncidentFilter::default(),
                Sort {
                    key,
                    descending: false,
                },
            ));
        }
        by_key.push((key.code(), t.elapsed().as_secs_f64() * 1000.0 / 5.0));
    }
    let max = per_keystroke.iter().copied().fold(0.0, f64::max);
    let filter_max = filter_only.iter().copied().fold(0.0, f64::max);
    println!(
        "incidents_view: 10000 incidents, {} keystrokes",
        per_keystroke.len()
    );
    println!(
        "filter+sort per keystroke: median {:.2} ms, max {max:.2} ms (target <= 30 ms)",
        median(per_keystroke)
    );
    println!(
        "filter of the kept order per keystroke (what the page does): median {:.2} ms, max {filter_max:.2} ms",
        median(filter_only)
    );
    for (key, ms) in by_key {
        println!("  sort by {key:<15} unfiltered: {ms:.2} ms");
    }
}
