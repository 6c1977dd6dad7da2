//! The explorer's state as the page shows it, in one reducer: the listing (status, rows,
//! progress), every incident's update, the filters, the sort, the open incident and how many
//! rows are rendered. The app's hooks and the page send [`ExplorerAction`]s; [`ExplorerState::apply`]
//! says whether anything changed (no render when nothing did). It lives above the routes, so
//! going to `#/token` and back keeps all of it.

use std::rc::Rc;

use crate::i18n::{IncidentsText as T, Lang, Text, fill};
use crate::incidents::connection::Endpoint;
use crate::incidents::engine::{FetchStatus, UpdateStatus};
use crate::incidents::model::Incident;
use crate::incidents::request::IncidentFilter;
use crate::incidents::session::Progress;
use crate::incidents::view::{Sort, SortKey};

/// Rows rendered at first (and added per "Show more"); filtering and sorting always cover all.
/// 60 keeps the worst keystroke (one that replaces every rendered row) near 25 ms with 10 000
/// incidents loaded (scripts/bench-incidents.mjs).
pub const PAGE_ROWS: usize = 60;

/// What the page renders of a listing.
#[derive(Clone, Debug, Default)]
pub struct FetchView {
    /// Where it stands.
    pub status: FetchStatus,
    /// The rows loaded so far (kept on every failure).
    pub rows: Rc<Vec<Rc<Incident>>>,
    /// Bumped whenever `rows` changes (a cheap memo key).
    pub version: u64,
    /// Pages, rows, total.
    pub progress: Progress,
    /// Whether Resume would continue (a page is still due).
    pub resumable: bool,
    /// Where the rows came from (updates go there too).
    pub endpoint: Option<Endpoint>,
}

/// Every incident's update status (a short list: the incidents updated in this tab), and the
/// incident whose second submit was refused.
#[derive(Clone, Debug, Default)]
pub struct UpdateBoard {
    statuses: Vec<(String, UpdateStatus)>,
    /// The incident whose second submit was refused (until its update ends).
    pub refused: Option<String>,
}

impl UpdateBoard {
    /// Where the update of incident `id` stands.
    pub fn status(&self, id: &str) -> UpdateStatus {
        self.statuses
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    }
}

/// The explorer's state.
#[derive(Clone, Debug)]
pub struct ExplorerState {
    /// The listing.
    pub fetch: FetchView,
    /// The updates.
    pub updates: UpdateBoard,
    /// The filters.
    pub filter: IncidentFilter,
    /// The sort.
    pub sort: Sort,
    /// The incident open in the detail panel.
    pub selected: Option<String>,
    /// How many of the visible rows are rendered.
    pub limit: usize,
}

impl Default for ExplorerState {
    fn default() -> Self {
        ExplorerState {
            fetch: FetchView::default(),
            updates: UpdateBoard::default(),
            filter: IncidentFilter::default(),
            sort: Sort::default(),
            selected: None,
            limit: PAGE_ROWS,
        }
    }
}

/// What changes the [`ExplorerState`].
#[derive(Debug)]
pub enum ExplorerAction {
    /// The listing's status.
    Status(FetchStatus),
    /// The listing's rows, progress and whether it can resume.
    Rows(Rc<Vec<Rc<Incident>>>, Progress, bool),
    /// A fresh listing from this endpoint: rows and selection cleared.
    Started(Endpoint),
    /// Where the update of an incident stands.
    Update(String, UpdateStatus),
    /// A second submit for this incident was refused.
    Refused(String),
    /// New filters (the rendered rows start over).
    Filter(IncidentFilter),
    /// A column heading was clicked.
    SortBy(SortKey),
    /// An incident opened (or the panel closed).
    Select(Option<String>),
    /// "Show more".
    ShowMore,
}

impl ExplorerState {
    /// Applies an action; false when nothing changed.
    pub fn apply(&mut self, action: ExplorerAction) -> bool {
        let fetch = &mut self.fetch;
        match action {
            ExplorerAction::Status(s) if s == fetch.status => return false,
            ExplorerAction::Status(s) => fetch.status = s,
            ExplorerAction::Rows(rows, progress, resumable) => {
                fetch.rows = rows;
                fetch.version += 1;
                fetch.progress = progress;
                fetch.resumable = resumable;
            }
            ExplorerAction::Started(endpoint) => {
                *fetch = FetchView {
                    version: fetch.version + 1,
                    endpoint: Some(endpoint),
                    resumable: true,
                    ..FetchView::default()
                };
                self.selected = None;
            }
            ExplorerAction::Update(id, s) => {
                let board = &mut self.updates;
                if board.refused.as_deref() == Some(&id) && !s.is_busy() {
                    board.refused = None;
                }
                match board.statuses.iter_mut().find(|(i, _)| *i == id) {
                    Some((_, old)) if *old == s => return false,
                    Some((_, old)) => *old = s,
                    None => board.statuses.push((id, s)),
                }
            }
            ExplorerAction::Refused(id) => self.updates.refused = Some(id),
            ExplorerAction::Filter(f) => {
                self.filter = f;
                self.limit = PAGE_ROWS;
            }
            ExplorerAction::SortBy(key) => self.sort = self.sort.toggle(key),
            ExplorerAction::Select(id) if id == self.selected => return false,
            ExplorerAction::Select(id) => self.selected = id,
            ExplorerAction::ShowMore => self.limit += PAGE_ROWS,
        }
        true
    }
}

/// The listing's status in words (the fetch panel's line); `limits` names the limits paced by.
pub fn status_line(status: &FetchStatus, progress: &Progress, limits: &str, lang: Lang) -> String {
    let rows = progress.rows.to_string();
    match status {
        FetchStatus::Idle => T::StatusIdle.get(lang).to_owned(),
        FetchStatus::Loading { page, pacing_ms: 0 } => {
            fill(T::StatusLoading.get(lang), &[("page", &page.to_string())])
        }
        FetchStatus::Loading { pacing_ms, .. } => fill(
            T::StatusPacing.get(lang),
            &[
                ("seconds", &pacing_ms.div_ceil(1000).to_string()),
                ("limits", limits),
            ],
        ),
        FetchStatus::Throttled { seconds_left } => fill(
            T::StatusThrottled.get(lang),
            &[("seconds", &seconds_left.to_string())],
        ),
        FetchStatus::Done { .. } => fill(
            T::StatusDone.get(lang),
            &[("rows", &rows), ("pages", &progress.pages.to_string())],
        ),
        FetchStatus::Failed(_) => fill(T::RowsKept.get(lang), &[("rows", &rows)]),
        FetchStatus::Cancelled => fill(T::StatusCancelled.get(lang), &[("rows", &rows)]),
    }
}

/// The `data-error-kind` of a status: the error's kind, or "throttled" while a 429 is waited out.
pub fn error_kind(status: &FetchStatus) -> Option<&'static str> {
    match status {
        FetchStatus::Failed(e) => Some(e.kind()),
        FetchStatus::Throttled { .. } => Some("throttled"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::connection::ConnectionSettings;
    use crate::incidents::response::ApiError;

    fn apply(s: &mut ExplorerState, a: ExplorerAction) -> bool {
        s.apply(a)
    }

    #[test]
    fn an_unchanged_status_changes_nothing() {
        let mut s = ExplorerState::default();
        assert!(!apply(&mut s, ExplorerAction::Status(FetchStatus::Idle)));
        assert!(apply(
            &mut s,
            ExplorerAction::Status(FetchStatus::Cancelled)
        ));
        assert_eq!(s.fetch.status, FetchStatus::Cancelled);
        assert!(!apply(
            &mut s,
            ExplorerAction::Status(FetchStatus::Cancelled)
        ));
    }

    #[test]
    fn rows_bump_the_version_and_a_start_clears_rows_and_selection() {
        let mut s = ExplorerState::default();
        let ctx = crate::incidents::model::MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        let json = serde_json::json!({ "incidentId": 7, "incidentName": "n", "status": "Active" });
        let row = Rc::new(crate::incidents::model::incident_from_json(&json, &ctx).expect("row"));
        let progress = Progress {
            pages: 1,
            rows: 1,
            ..Progress::default()
        };
        assert!(apply(
            &mut s,
            ExplorerAction::Rows(Rc::new(vec![row]), progress, true)
        ));
        assert_eq!((s.fetch.version, s.fetch.rows.len()), (1, 1));
        assert!(s.fetch.resumable);
        assert!(apply(&mut s, ExplorerAction::Select(Some("7".into()))));
        assert_eq!(s.selected.as_deref(), Some("7"));
        assert!(!apply(&mut s, ExplorerAction::Select(Some("7".into()))));
        let endpoint = ConnectionSettings::default().resolve().expect("valid");
        apply(&mut s, ExplorerAction::Started(endpoint.clone()));
        assert_eq!(s.fetch.version, 2, "a start is a new rows version");
        assert!(s.fetch.rows.is_empty() && s.fetch.resumable);
        assert_eq!(s.fetch.endpoint, Some(endpoint));
        assert_eq!(s.selected, None);
    }

    #[test]
    fn update_statuses_are_per_incident_and_a_refusal_lasts_until_the_update_ends() {
        let mut s = ExplorerState::default();
        apply(
            &mut s,
            ExplorerAction::Update("1".into(), UpdateStatus::Pending),
        );
        apply(
            &mut s,
            ExplorerAction::Update("2".into(), UpdateStatus::Done),
        );
        assert_eq!(s.updates.status("1"), UpdateStatus::Pending);
        assert_eq!(s.updates.status("2"), UpdateStatus::Done);
        assert_eq!(s.updates.status("3"), UpdateStatus::Idle);
        assert!(!apply(
            &mut s,
            ExplorerAction::Update("1".into(), UpdateStatus::Pending)
        ));
        apply(&mut s, ExplorerAction::Refused("1".into()));
        apply(
            &mut s,
            ExplorerAction::Update("1".into(), UpdateStatus::Throttled { seconds_left: 3 }),
        );
        assert_eq!(s.updates.refused.as_deref(), Some("1"), "still running");
        assert_eq!(
            s.updates.status("1"),
            UpdateStatus::Throttled { seconds_left: 3 }
        );
        apply(
            &mut s,
            ExplorerAction::Update("1".into(), UpdateStatus::Failed(ApiError::TokenMissing)),
        );
        assert_eq!(s.updates.refused, None);
    }

    #[test]
    fn filters_reset_the_rendered_rows_and_sorting_toggles() {
        let mut s = ExplorerState::default();
        apply(&mut s, ExplorerAction::ShowMore);
        assert_eq!(s.limit, 2 * PAGE_ROWS);
        apply(&mut s, ExplorerAction::Filter(IncidentFilter::default()));
        assert_eq!(s.limit, PAGE_ROWS);
        apply(&mut s, ExplorerAction::SortBy(SortKey::Updated));
        assert_eq!(s.sort, Sort::default().toggle(SortKey::Updated));
        apply(&mut s, ExplorerAction::SortBy(SortKey::Name));
        assert_eq!(s.sort.key, SortKey::Name);
    }

    #[test]
    fn the_status_line_fills_each_status_with_its_numbers() {
        let progress = Progress {
            pages: 3,
            rows: 120,
            ..Progress::default()
        };
        let line = |s: FetchStatus| status_line(&s, &progress, "50/min", Lang::En);
        let want = |k: T, args: &[(&str, &str)]| fill(k.get(Lang::En), args);
        assert_eq!(line(FetchStatus::Idle), T::StatusIdle.get(Lang::En));
        assert_eq!(
            line(FetchStatus::Loading {
                page: 4,
                pacing_ms: 0
            }),
            want(T::StatusLoading, &[("page", "4")])
        );
        assert_eq!(
            line(FetchStatus::Loading {
                page: 4,
                pacing_ms: 1_200
            }),
            want(T::StatusPacing, &[("seconds", "2"), ("limits", "50/min")])
        );
        assert_eq!(
            line(FetchStatus::Done {
                loop_stopped: false
            }),
            want(T::StatusDone, &[("rows", "120"), ("pages", "3")])
        );
        assert_eq!(
            line(FetchStatus::Cancelled),
            want(T::StatusCancelled, &[("rows", "120")])
        );
        assert!(!line(FetchStatus::Throttled { seconds_left: 7 }).contains("{seconds}"));
        assert!(line(FetchStatus::Throttled { seconds_left: 7 }).contains('7'));
    }

    #[test]
    fn the_error_kind_is_the_error_s_or_throttled() {
        assert_eq!(error_kind(&FetchStatus::Idle), None);
        assert_eq!(
            error_kind(&FetchStatus::Throttled { seconds_left: 1 }),
            Some("throttled")
        );
        let failed = FetchStatus::Failed(ApiError::TokenMissing);
        assert_eq!(error_kind(&failed), Some(ApiError::TokenMissing.kind()));
    }
}
