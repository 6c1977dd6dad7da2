//! Filtering and sorting the loaded incidents in the page, fast enough for every keystroke on
//! 10 000 rows: one pass to filter, keys computed once per row, one stable sort of indices.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::incidents::model::Incident;
use crate::incidents::request::IncidentFilter;

/// A column to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Id (numerically when both are numbers).
    Id,
    /// Name (case-insensitive).
    Name,
    /// Severity (by rank).
    Severity,
    /// Status (by rank).
    Status,
    /// Classification (by rank).
    Classification,
    /// Determination (by rank).
    Determination,
    /// Assignee (case-insensitive; unassigned first).
    AssignedTo,
    /// Creation time.
    Created,
    /// Last update time.
    Updated,
    /// Alert count.
    Alerts,
}

crate::codes! {
    /// A stable code (`data-sort` values).
    SortKey {
        Id => "id",
        Name => "name",
        Severity => "severity",
        Status => "status",
        Classification => "classification",
        Determination => "determination",
        AssignedTo => "assignedTo",
        Created => "created",
        Updated => "updated",
        Alerts => "alerts",
    }
}

impl SortKey {
    /// Every key, in column order.
    pub const ALL: [SortKey; 10] = [
        SortKey::Id,
        SortKey::Name,
        SortKey::Severity,
        SortKey::Status,
        SortKey::Classification,
        SortKey::Determination,
        SortKey::AssignedTo,
        SortKey::Created,
        SortKey::Updated,
        SortKey::Alerts,
    ];
}

/// A sort order. Default: last updated, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest first.
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Sort {
        Sort {
            key: SortKey::Updated,
            descending: true,
        }
    }
}

impl Sort {
    /// The order after clicking column `key`: the same column flips, another starts ascending
    /// (dates and severity start descending, which is what people look for first).
    pub fn toggle(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                descending: !self.descending,
            }
        } else {
            Sort {
                key,
                descending: matches!(
                    key,
                    SortKey::Created | SortKey::Updated | SortKey::Severity | SortKey::Alerts
                ),
            }
        }
    }
}

/// Whether `incident` passes every filter. `search` must already be lower-cased.
pub fn matches(incident: &Incident, filter: &IncidentFilter, search: &str) -> bool {
    if filter
        .status
        .as_ref()
        .is_some_and(|s| *s != incident.status)
    {
        return false;
    }
    if filter
        .severity
        .as_ref()
        .is_some_and(|s| *s != incident.severity)
    {
        return false;
    }
    let who = filter.assigned_to.trim();
    if !who.is_empty()
        && !incident
            .assigned_to
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(who))
    {
        return false;
    }
    if let Some(since) = filter.created_since
        && incident.created_ms.is_none_or(|t| t < since)
    {
        return false;
    }
    if let Some(since) = filter.updated_since
        && incident.updated_ms.is_none_or(|t| t < since)
    {
        return false;
    }
    search.is_empty() || incident.search_text.contains(search)
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Num(i64),
    Text(&'a str),
    Ranked(usize, &'a str),
    /// Numbers first (0, n), then other ids as text (1, 0, id).
    Id(u8, u64, &'a str),
}

fn key_of(i: &Incident, key: SortKey) -> Key<'_> {
    match key {
        SortKey::Id => match crate::calendar::uint(&i.id, u64::MAX) {
            Some(n) => Key::Id(0, n, ""),
            None => Key::Id(1, 0, &i.id),
        },
        SortKey::Name => Key::Text(&i.sort_name),
        SortKey::AssignedTo => Key::Text(&i.sort_assignee),
        SortKey::Severity => Key::Ranked(i.severity.rank(), i.severity.xdr_code()),
        SortKey::Status => Key::Ranked(i.status.rank(), i.status.xdr_code()),
        SortKey::Classification => {
            Key::Ranked(i.classification.rank(), i.classification.xdr_code())
        }
        SortKey::Determination => Key::Ranked(i.determination.rank(), i.determination.xdr_code()),
        SortKey::Created => Key::Num(i.created_ms.unwrap_or(i64::MIN)),
        SortKey::Updated => Key::Num(i.updated_ms.unwrap_or(i64::MIN)),
        SortKey::Alerts => Key::Num(i.alert_count.map_or(-1, |n| n as i64)),
    }
}

/// The indices of the rows that pass `filter`, in `sort` order (ties keep load order).
pub fn select(rows: &[Rc<Incident>], filter: &IncidentFilter, sort: Sort) -> Vec<usize> {
    filter_in_order(rows, &order(rows, sort), filter)
}

/// Every row's index in `sort` order (ties keep load order). The page keeps this while only the
/// filter changes, so that a keystroke costs one filtering pass and no sort.
///
/// A bottom-up merge sort of indices, written here: the standard library's stable sort
/// (driftsort) weighs about 4 KB of WebAssembly, and this is the page's only sort. Ties are
/// broken by the index, so the order is total and the result is the one `sort_by` gave.
pub fn order(rows: &[Rc<Incident>], sort: Sort) -> Vec<usize> {
    let n = rows.len();
    let mut keys = Vec::with_capacity(n);
    let mut a = Vec::with_capacity(n);
    for (i, r) in rows.iter().enumerate() {
        keys.push(key_of(r, sort.key));
        a.push(i);
    }
    let before = |x: usize, y: usize| {
        let o = keys[x].cmp(&keys[y]);
        let o = if sort.descending { o.reverse() } else { o };
        o.then(x.cmp(&y)) == Ordering::Less
    };
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (mid + width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                if j >= hi || (i < mid && !before(a[j], a[i])) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// The indices in `order` whose rows pass `filter`, keeping that order.
pub fn filter_in_order(
    rows: &[Rc<Incident>],
    order: &[usize],
    filter: &IncidentFilter,
) -> Vec<usize> {
    let search = filter.search.trim().to_ascii_lowercase();
    let mut out = Vec::new();
    for &i in order {
        if rows.get(i).is_some_and(|r| matches(r, filter, &search)) {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::labels::{Severity, Status};
    use crate::incidents::model::{MapContext, incident_from_json};
    use crate::incidents::time::parse_rfc3339_ms;

    fn rows() -> Vec<Rc<Incident>> {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        [
            r#"{"incidentId":10,"incidentName":"Ransomware","severity":"High","status":"Active","assignedTo":"Ann@contoso.com","createdTime":"2024-01-05T00:00:00Z","lastUpdateTime":"2024-02-01T00:00:00Z","tags":["Finance"]}"#,
            r#"{"incidentId":9,"incidentName":"phishing wave","severity":"Low","status":"Resolved","createdTime":"2023-12-01T00:00:00Z","lastUpdateTime":"2024-03-01T00:00:00Z"}"#,
            r#"{"incidentId":100,"incidentName":"Mimikatz","severity":"Medium","status":"Active","assignedTo":"bob@contoso.com","createdTime":"2024-02-10T00:00:00Z","lastUpdateTime":"2024-02-11T00:00:00Z"}"#,
            r#"{"id":"x-1","displayName":"Graph one","severity":"bizarre","status":"underReview"}"#,
        ]
        .iter()
        .map(|j| Rc::new(incident_from_json(&serde_json::from_str(j).expect("json"), &ctx).expect("incident")))
        .collect()
    }

    fn ids(rows: &[Rc<Incident>], sel: &[usize]) -> Vec<String> {
        sel.iter().map(|&i| rows[i].id.clone()).collect()
    }

    #[test]
    fn filters_combine() {
        let r = rows();
        let all = IncidentFilter::default();
        assert_eq!(select(&r, &all, Sort::default()).len(), 4);
        let active_high = IncidentFilter {
            status: Some(Status::Active),
            severity: Some(Severity::High),
            ..all.clone()
        };
        assert_eq!(ids(&r, &select(&r, &active_high, Sort::default())), ["10"]);
        let ann = IncidentFilter {
            assigned_to: "ann@CONTOSO.com".into(),
            ..all.clone()
        };
        assert_eq!(ids(&r, &select(&r, &ann, Sort::default())), ["10"]);
        let since = IncidentFilter {
            created_since: parse_rfc3339_ms("2024-01-01"),
            ..all.clone()
        };
        assert_eq!(ids(&r, &select(&r, &since, Sort::default())), ["100", "10"]);
        let upd = IncidentFilter {
            updated_since: parse_rfc3339_ms("2024-02-15"),
            ..all.clone()
        };
        assert_eq!(ids(&r, &select(&r, &upd, Sort::default())), ["9"]);
        let text = IncidentFilter {
            search: " FINANCE ".into(),
            ..all.clone()
        };
        assert_eq!(ids(&r, &select(&r, &text, Sort::default())), ["10"]);
        let unknown = IncidentFilter {
            status: Some(Status::parse("underReview")),
            ..all
        };
        assert_eq!(ids(&r, &select(&r, &unknown, Sort::default())), ["x-1"]);
    }

    #[test]
    fn the_merge_sort_matches_the_standard_stable_sort_on_many_rows() {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        let severities = ["High", "Low", "Medium", "Informational", "bizarre"];
        // 0..=70 rows: every merge width, odd tails, and many equal keys (ties by load order).
        let all: Vec<Rc<Incident>> = (0..71_u64)
            .map(|n| {
                let id = (n * 37) % 23;
                let json = format!(
                    r#"{{"incidentId":{id},"incidentName":"n{}","severity":"{}","status":"Active","createdTime":"2024-01-{:02}T00:00:00Z"}}"#,
                    n % 7,
                    severities[(n % 5) as usize],
                    1 + n % 9
                );
                let v = serde_json::from_str(&json).expect("json");
                Rc::new(incident_from_json(&v, &ctx).expect("incident"))
            })
            .collect();
        for len in [0, 1, 2, 3, 5, 8, 13, 33, 64, 71] {
            let r = &all[..len];
            for key in SortKey::ALL {
                for descending in [false, true] {
                    let sort = Sort { key, descending };
                    let mut expected: Vec<usize> = (0..r.len()).collect();
                    expected.sort_by(|&a, &b| {
                        let o = key_of(&r[a], key).cmp(&key_of(&r[b], key));
                        let o = if descending { o.reverse() } else { o };
                        o.then(a.cmp(&b))
                    });
                    assert_eq!(order(r, sort), expected, "{len} {sort:?}");
                }
            }
        }
    }

    #[test]
    fn filtering_a_kept_order_equals_filtering_then_sorting() {
        let r = rows();
        let filters = [
            IncidentFilter::default(),
            IncidentFilter {
                search: "  RAN ".into(),
                ..IncidentFilter::default()
            },
            IncidentFilter {
                status: Some(Status::Active),
                ..IncidentFilter::default()
            },
            IncidentFilter {
                search: "no such incident".into(),
                ..IncidentFilter::default()
            },
        ];
        for key in SortKey::ALL {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                let kept = order(&r, sort);
                assert_eq!(kept.len(), r.len(), "{sort:?}: every row once");
                for f in &filters {
                    // Reference: filter first, then sort the survivors (ties in load order).
                    let search = f.search.trim().to_ascii_lowercase();
                    let mut expected: Vec<usize> = (0..r.len())
                        .filter(|&i| matches(&r[i], f, &search))
                        .collect();
                    expected.sort_by(|&a, &b| {
                        let o = key_of(&r[a], key).cmp(&key_of(&r[b], key));
                        let o = if descending { o.reverse() } else { o };
                        o.then(a.cmp(&b))
                    });
                    assert_eq!(filter_in_order(&r, &kept, f), expected, "{sort:?} {f:?}");
                    assert_eq!(select(&r, f, sort), expected);
                }
            }
        }
        assert!(
            filter_in_order(&r, &[7, 0], &IncidentFilter::default()) == [0],
            "an index past the rows is dropped"
        );
    }

    #[test]
    fn sorts_by_every_column() {
        let r = rows();
        let f = IncidentFilter::default();
        let by = |key, descending| ids(&r, &select(&r, &f, Sort { key, descending }));
        assert_eq!(by(SortKey::Id, false), ["9", "10", "100", "x-1"]);
        assert_eq!(by(SortKey::Name, false), ["x-1", "100", "9", "10"]);
        assert_eq!(by(SortKey::Severity, true), ["x-1", "10", "100", "9"]);
        assert_eq!(by(SortKey::Updated, true), ["9", "100", "10", "x-1"]);
        assert_eq!(by(SortKey::AssignedTo, false), ["9", "x-1", "10", "100"]);
        for key in SortKey::ALL {
            assert_eq!(by(key, false).len(), 4, "{key:?}");
        }
    }

    #[test]
    fn toggling_flips_or_starts_fresh() {
        let s = Sort::default().toggle(SortKey::Updated);
        assert_eq!(
            s,
            Sort {
                key: SortKey::Updated,
                descending: false
            }
        );
        assert_eq!(
            s.toggle(SortKey::Name),
            Sort {
                key: SortKey::Name,
                descending: false
            }
        );
        assert_eq!(
            s.toggle(SortKey::Severity),
            Sort {
                key: SortKey::Severity,
                descending: true
            }
        );
    }
}
