//! What the incidents page keeps and computes besides its view: its own reducer ([`Local`]),
//! its render cache ([`Kept`]) and the context of its error explanations ([`Explainer`]).

use std::cell::RefCell;
use std::rc::Rc;

use dpk_domain::catalog::Operation;
use dpk_domain::i18n::Lang;
use dpk_domain::incidents::connection::{ConfigProblem, Endpoint};
use dpk_domain::incidents::explain::{ErrorContext, Explanation, explain};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::request::{IncidentFilter, collection_url};
use dpk_domain::incidents::response::ApiError;
use dpk_domain::incidents::token::TokenCheck;
use dpk_domain::incidents::view::{Sort, filter_in_order, order};
use yew::prelude::*;

use crate::components::{DetailForm, FormAct};
use crate::services::{browser, clock};

/// What the page's error explanations need besides the error.
pub(super) struct Explainer {
    pub(super) lang: Lang,
    collection: String,
    first_hop: String,
    page_origin: String,
    timeout_s: u64,
    pub(super) now_s: i64,
}

impl Explainer {
    pub(super) fn new(lang: Lang, endpoint: &Result<Endpoint, ConfigProblem>) -> Explainer {
        let ep = endpoint.as_ref().ok();
        Explainer {
            lang,
            collection: ep.map(collection_url).unwrap_or_default(),
            first_hop: ep.and_then(Endpoint::first_hop_origin).unwrap_or_default(),
            page_origin: browser::page_origin(),
            timeout_s: ep.map_or(30, |e| e.timeout_ms / 1000),
            now_s: clock::now_ms() / 1000,
        }
    }

    pub(super) fn explain(
        &self,
        err: &ApiError,
        operation: &'static Operation,
        token: &TokenCheck,
    ) -> Explanation {
        explain(
            err,
            &ErrorContext {
                lang: self.lang,
                operation,
                token: Some(token),
                collection_url: &self.collection,
                first_hop: &self.first_hop,
                page_origin: &self.page_origin,
                timeout_s: self.timeout_s,
            },
        )
    }
}

/// What the page keeps between renders without rendering again: the rows in order and the
/// visible ones (recomputed only when what they depend on changed: sorted once per rows and
/// sort, so that a keystroke in the filters only filters that order), the element to give the
/// focus back to when the detail panel closes, and a count of incidents opened (the focus moves
/// into the panel after each). Held in [`Local`] instead of a hook each.
#[derive(Default)]
pub(super) struct Kept {
    /// The rows' version and the sort `ordered` was made for.
    ordered_for: Option<(u64, Sort)>,
    ordered: Vec<usize>,
    /// The filter `visible` was made for (`None` after a new order).
    visible_for: Option<IncidentFilter>,
    visible: Rc<Vec<usize>>,
    pub(super) return_focus: Option<web_sys::HtmlElement>,
    /// The incident open at the last render, and how many times one was opened.
    open: Option<String>,
    opened: u32,
}

impl Kept {
    /// The indices of the rows that pass `filter`, in `sort` order.
    pub(super) fn visible(
        &mut self,
        rows: &[Rc<Incident>],
        version: u64,
        sort: Sort,
        filter: &IncidentFilter,
    ) -> Rc<Vec<usize>> {
        if self.ordered_for != Some((version, sort)) {
            self.ordered = order(rows, sort);
            self.ordered_for = Some((version, sort));
            self.visible_for = None;
        }
        if self.visible_for.as_ref() != Some(filter) {
            self.visible = Rc::new(filter_in_order(rows, &self.ordered, filter));
            self.visible_for = Some(filter.clone());
        }
        self.visible.clone()
    }

    /// How many times an incident was opened (another one selected), counting this render.
    pub(super) fn opened(&mut self, selected: &Option<String>) -> u32 {
        if self.open != *selected {
            self.open.clone_from(selected);
            self.opened += u32::from(selected.is_some());
        }
        self.opened
    }
}

/// What the page holds itself (lost when the page is left): the open incident's update form (a
/// fresh one for each incident opened), a problem found before anything was sent (no token, bad
/// settings), and its render cache (one cell for the page's life, changed without a render).
/// One reducer for all three.
#[derive(Clone, Default)]
pub(super) struct Local {
    pub(super) form: DetailForm,
    pub(super) error: Option<ApiError>,
    pub(super) kept: Rc<RefCell<Kept>>,
}

/// What changes [`Local`].
pub(super) enum LocalAct {
    Form(FormAct),
    Error(Option<ApiError>),
}

impl Reducible for Local {
    type Action = LocalAct;
    fn reduce(self: Rc<Self>, act: LocalAct) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match act {
            LocalAct::Form(act) => next.form.apply(act),
            LocalAct::Error(e) => next.error = e,
        }
        Rc::new(next)
    }
}
