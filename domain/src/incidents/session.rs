//! One full listing, page after page: which request comes next, what each answer adds, when it
//! is finished — and where to resume after a failure. Pure state; the page's hook runs the loop
//! (pacing, sending, waiting) around it.
//!
//! Paging follows `@odata.nextLink` when the API sends one (a page without one then ends the
//! listing), else (XDR) `$skip` until a short page. It stops on a next link seen before, on a `$skip` page that adds nothing new (a server
//! ignoring `$skip`), and refuses a next link to another host than the API, so that the token
//! is never sent where the response points.

use std::collections::HashMap;
use std::rc::Rc;

use crate::incidents::connection::Endpoint;
use crate::incidents::model::{Incident, MapContext};
use crate::incidents::request::{
    ApiRequest, Cursor, IncidentFilter, RawResponse, collection_url, list_request,
};
use crate::incidents::response::{ApiError, ParseProblem, read_list_page};
use crate::incidents::token::AccessToken;
use crate::url::UrlParts;

/// The loaded incidents, unique by id, in the order first seen. The rows are kept once: the
/// page renders [`IncidentStore::shared`] snapshots, and a change copies the list only while an
/// older snapshot is still held (copy on write).
#[derive(Clone, Debug, Default)]
pub struct IncidentStore {
    rows: Rc<Vec<Rc<Incident>>>,
    index: HashMap<String, usize>,
}

impl IncidentStore {
    /// An empty store.
    pub fn new() -> IncidentStore {
        IncidentStore::default()
    }

    /// Adds `incident`, or replaces the row with its id; returns whether it was new.
    pub fn upsert(&mut self, incident: Incident) -> bool {
        let rows = Rc::make_mut(&mut self.rows);
        match self.index.get(&incident.id) {
            Some(&i) => {
                rows[i] = Rc::new(incident);
                false
            }
            None => {
                self.index.insert(incident.id.clone(), rows.len());
                rows.push(Rc::new(incident));
                true
            }
        }
    }

    /// The rows as a cheap snapshot.
    pub fn shared(&self) -> Rc<Vec<Rc<Incident>>> {
        self.rows.clone()
    }

    /// The rows.
    pub fn rows(&self) -> &[Rc<Incident>] {
        &self.rows
    }

    /// The row with `id`.
    pub fn get(&self, id: &str) -> Option<&Rc<Incident>> {
        self.index.get(id).map(|&i| &self.rows[i])
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// What one page added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageOutcome {
    /// Incidents not seen before.
    pub new_rows: usize,
    /// Items that were not incidents.
    pub skipped: usize,
    /// Whether the listing is complete.
    pub done: bool,
    /// Whether it stopped because the API repeated itself (a next link seen before).
    pub loop_stopped: bool,
}

/// How far the listing got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Pages received.
    pub pages: u32,
    /// Unique incidents loaded.
    pub rows: usize,
    /// The total the API announced (`@odata.count`), if any.
    pub total: Option<u64>,
    /// Items skipped because they were not incidents.
    pub skipped: usize,
}

impl Progress {
    /// Loaded share of the total (0–1), when a total is known.
    pub fn fraction(&self) -> Option<f64> {
        self.total
            .filter(|t| *t > 0)
            .map(|t| (self.rows as f64 / t as f64).min(1.0))
    }
}

/// A listing in progress.
#[derive(Clone, Debug)]
pub struct ListSession {
    endpoint: Endpoint,
    filter: IncidentFilter,
    cursor: Option<Cursor>,
    offset: u32,
    seen_links: Vec<String>,
    store: IncidentStore,
    progress: Progress,
    loop_stopped: bool,
}

impl ListSession {
    /// A listing from the first page, into `store` (pass the rows already loaded to keep them).
    pub fn new(endpoint: Endpoint, filter: IncidentFilter, store: IncidentStore) -> ListSession {
        let progress = Progress {
            rows: store.len(),
            ..Progress::default()
        };
        ListSession {
            endpoint,
            filter,
            cursor: Some(Cursor::First),
            offset: 0,
            seen_links: Vec::new(),
            store,
            progress,
            loop_stopped: false,
        }
    }

    /// The request for the next page, or `None` when the listing is complete.
    pub fn next_request(&self, token: &AccessToken) -> Option<ApiRequest> {
        let cursor = self.cursor.as_ref()?;
        Some(list_request(&self.endpoint, token, &self.filter, cursor))
    }

    /// The page that comes next (for display and tests).
    pub fn cursor(&self) -> Option<&Cursor> {
        self.cursor.as_ref()
    }

    /// Whether every page was loaded (or the listing stopped for good).
    pub fn is_done(&self) -> bool {
        self.cursor.is_none()
    }

    /// Whether it stopped on a repeated next link or a `$skip` page with nothing new.
    pub fn loop_stopped(&self) -> bool {
        self.loop_stopped
    }

    /// The incidents loaded so far (kept whatever happens).
    pub fn store(&self) -> &IncidentStore {
        &self.store
    }

    /// Mutable access, to replace a row after an update.
    pub fn store_mut(&mut self) -> &mut IncidentStore {
        &mut self.store
    }

    /// How far it got.
    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// The endpoint.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// Reads the answer to [`Self::next_request`]. On success the rows are added and the cursor
    /// moves on; on an error the cursor stays, so the same page is asked again on resume.
    pub fn accept(&mut self, raw: &RawResponse, now_ms: i64) -> Result<PageOutcome, ApiError> {
        let ctx = MapContext {
            portal_origin: self.endpoint.portal_origin,
        };
        let page = read_list_page(raw, &ctx, now_ms)?;
        let was_skip = matches!(self.cursor, Some(Cursor::Skip(_)));
        let was_link = matches!(self.cursor, Some(Cursor::Link(_)));
        if let Some(Cursor::Link(link)) = &self.cursor {
            self.seen_links.push(link.clone());
        }
        let mut new_rows = 0;
        for incident in page.incidents {
            if self.store.upsert(incident) {
                new_rows += 1;
            }
        }
        self.offset = self.offset.saturating_add(page.raw_len as u32);
        self.progress.pages += 1;
        self.progress.rows = self.store.len();
        self.progress.skipped += page.skipped;
        if page.count.is_some() {
            self.progress.total = page.count;
        }
        let mut loop_stopped = false;
        let next = match page.next_link {
            Some(link) => match self.resolve_link(&link) {
                None => {
                    self.cursor = None;
                    return Err(ApiError::Parse(ParseProblem::ForeignNextLink));
                }
                Some(link) if self.seen_links.contains(&link) => {
                    loop_stopped = true;
                    None
                }
                Some(link) => Some(Cursor::Link(link)),
            },
            // Graph always links; an API that linked so far and stops linking is done.
            None if self.endpoint.api == crate::cloud::Api::Graph || was_link => None,
            None if page.raw_len < self.endpoint.page_size as usize || page.raw_len == 0 => None,
            None if was_skip && new_rows == 0 => {
                loop_stopped = true;
                None
            }
            None => Some(Cursor::Skip(self.offset)),
        };
        self.cursor = next;
        self.loop_stopped |= loop_stopped;
        Ok(PageOutcome {
            new_rows,
            skipped: page.skipped,
            done: self.cursor.is_none(),
            loop_stopped,
        })
    }

    /// The next link as an API URL on the API's own origin, or `None` if it points elsewhere.
    /// A proxy may have rewritten it into its own prefixed form; a relative link is resolved
    /// against the API's origin.
    fn resolve_link(&self, link: &str) -> Option<String> {
        let link = self.endpoint.unwrap_proxied(link);
        let api = UrlParts::parse(&collection_url(&self.endpoint))?;
        if link.starts_with('/') && !link.starts_with("//") {
            return Some(format!("{}{link}", api.origin()));
        }
        let parts = UrlParts::parse(link)?;
        (parts.origin() == api.origin()).then(|| link.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::Api;
    use crate::incidents::connection::{ConnectionAction, ConnectionSettings, ProxyMode};

    fn endpoint(api: Api, page_size: u32, proxy: bool) -> Endpoint {
        let mut s = ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(api))
            .apply(ConnectionAction::SetPageSize(page_size));
        if proxy {
            s = s
                .apply(ConnectionAction::SetProxyMode(ProxyMode::Prefix))
                .apply(ConnectionAction::SetProxyUrl(
                    "http://127.0.0.1:8787/".into(),
                ));
        }
        s.resolve().expect("valid")
    }

    fn xdr_page(ids: std::ops::Range<u32>, next: Option<&str>) -> RawResponse {
        let items: Vec<String> = ids
            .map(|i| format!(r#"{{"incidentId":{i},"incidentName":"n{i}"}}"#))
            .collect();
        let next = next
            .map(|n| format!(r#","@odata.nextLink":"{n}""#))
            .unwrap_or_default();
        RawResponse {
            status: 200,
            retry_after: None,
            body: format!(r#"{{"value":[{}]{next}}}"#, items.join(",")),
        }
    }

    fn token() -> AccessToken {
        AccessToken::new("a.b.c")
    }

    #[test]
    fn skip_paging_until_a_short_page() {
        let mut s = ListSession::new(
            endpoint(Api::Xdr, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        assert!(
            s.next_request(&token())
                .expect("first")
                .url
                .ends_with("/api/incidents?$top=2")
        );
        s.accept(&xdr_page(0..2, None), 0).expect("page 1");
        assert_eq!(s.cursor(), Some(&Cursor::Skip(2)));
        assert!(
            s.next_request(&token())
                .expect("next")
                .url
                .ends_with("$top=2&$skip=2")
        );
        s.accept(&xdr_page(2..4, None), 0).expect("page 2");
        let last = s.accept(&xdr_page(4..5, None), 0).expect("page 3");
        assert!(last.done && s.is_done());
        assert_eq!(
            s.progress(),
            Progress {
                pages: 3,
                rows: 5,
                total: None,
                skipped: 0
            }
        );
        assert_eq!(s.next_request(&token()), None);
    }

    #[test]
    fn next_links_through_the_proxy_and_a_repeated_link_stops() {
        let mut s = ListSession::new(
            endpoint(Api::Xdr, 2, true),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        let l1 = "https://api.security.microsoft.com/api/incidents?$skip=2";
        s.accept(&xdr_page(0..2, Some(l1)), 0).expect("page 1");
        assert_eq!(
            s.next_request(&token()).expect("next").url,
            format!("http://127.0.0.1:8787/{l1}")
        );
        // A proxy that rewrote the link into its own form is understood too.
        let l2 = "https://api.security.microsoft.com/api/incidents?$skip=4";
        s.accept(
            &xdr_page(2..4, Some(&format!("http://127.0.0.1:8787/{l2}"))),
            0,
        )
        .expect("page 2");
        assert_eq!(s.cursor(), Some(&Cursor::Link(l2.into())));
        let out = s.accept(&xdr_page(4..6, Some(l1)), 0).expect("page 3");
        assert!(out.loop_stopped && out.done && s.loop_stopped());
        assert_eq!(s.store().len(), 6);
    }

    #[test]
    fn a_next_link_to_another_host_is_refused_but_rows_are_kept() {
        let mut s = ListSession::new(
            endpoint(Api::Graph, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        let err = s
            .accept(&xdr_page(0..2, Some("https://evil.example/steal")), 0)
            .expect_err("foreign link");
        assert_eq!(err, ApiError::Parse(ParseProblem::ForeignNextLink));
        assert_eq!(s.store().len(), 2);
        assert!(s.is_done());
        let mut rel = ListSession::new(
            endpoint(Api::Graph, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        rel.accept(
            &xdr_page(0..2, Some("/v1.0/security/incidents?$skiptoken=abc")),
            0,
        )
        .expect("relative");
        assert_eq!(
            rel.cursor(),
            Some(&Cursor::Link(
                "https://graph.microsoft.com/v1.0/security/incidents?$skiptoken=abc".into()
            ))
        );
    }

    #[test]
    fn errors_keep_rows_and_the_cursor_for_resume() {
        let mut s = ListSession::new(
            endpoint(Api::Xdr, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        s.accept(&xdr_page(0..2, None), 0).expect("page 1");
        let before = s.cursor().cloned();
        let e = s.accept(
            &RawResponse {
                status: 500,
                retry_after: None,
                body: String::new(),
            },
            0,
        );
        assert_eq!(e.map_err(|e| e.kind()), Err("server"));
        let t = s.accept(
            &RawResponse {
                status: 200,
                retry_after: None,
                body: r#"{"value":[{"incidentId":9"#.into(),
            },
            0,
        );
        assert_eq!(t.map_err(|e| e.kind()), Err("parse"));
        assert_eq!(s.cursor().cloned(), before);
        assert_eq!(s.store().len(), 2);
        s.accept(&xdr_page(2..3, None), 0).expect("resumed");
        assert!(s.is_done());
        assert_eq!(s.store().len(), 3);
    }

    #[test]
    fn the_last_linked_page_ends_the_listing_even_when_full() {
        let mut s = ListSession::new(
            endpoint(Api::Xdr, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        let l1 = "https://api.security.microsoft.com/api/incidents?$skip=2";
        s.accept(&xdr_page(0..2, Some(l1)), 0).expect("page 1");
        let last = s.accept(&xdr_page(2..4, None), 0).expect("page 2");
        assert!(
            last.done,
            "no extra $skip request after the API stopped linking"
        );
    }

    #[test]
    fn a_server_ignoring_skip_does_not_loop_forever() {
        let mut s = ListSession::new(
            endpoint(Api::Xdr, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        s.accept(&xdr_page(0..2, None), 0).expect("page 1");
        let again = s.accept(&xdr_page(0..2, None), 0).expect("same page");
        assert!(again.loop_stopped && again.done);
        assert_eq!(s.store().len(), 2);
    }

    #[test]
    fn graph_counts_and_duplicates_are_merged() {
        let mut s = ListSession::new(
            endpoint(Api::Graph, 2, false),
            IncidentFilter::default(),
            IncidentStore::new(),
        );
        let body = r#"{"@odata.count":3,"value":[{"id":"a","displayName":"A"},{"id":"b"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/security/incidents?$skip=2"}"#;
        s.accept(
            &RawResponse {
                status: 200,
                retry_after: None,
                body: body.into(),
            },
            0,
        )
        .expect("page 1");
        assert_eq!(s.progress().fraction(), Some(2.0 / 3.0));
        let body2 = r#"{"value":[{"id":"b","displayName":"B2"},{"id":"c"}]}"#;
        let out = s
            .accept(
                &RawResponse {
                    status: 200,
                    retry_after: None,
                    body: body2.into(),
                },
                0,
            )
            .expect("page 2");
        assert_eq!(out.new_rows, 1);
        assert!(out.done);
        assert_eq!(s.store().get("b").map(|i| i.name.as_str()), Some("B2"));
        assert_eq!(s.progress().fraction(), Some(1.0));
    }
}
