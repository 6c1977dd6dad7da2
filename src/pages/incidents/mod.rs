//! The incidents explorer (`#/incidents`): connection settings, token verdict, filters, a paced
//! and resumable fetch of every page, the table and detail panel, export, and updates. The page
//! is a view of the explorer's session ([`Explorer`]), which lives above the routes and keeps its
//! state in one reducer (`dpk_domain::incidents::explorer`); the views below are plain functions.

use std::rc::Rc;

use dpk_domain::catalog::GrantKind;
use dpk_domain::i18n::{IncidentsText as T, Text, Ui};
use dpk_domain::incidents::connection::{ConfigProblem, Endpoint};
use dpk_domain::incidents::engine::{FetchStatus, endpoint_limits};
use dpk_domain::incidents::explorer::{ExplorerAction as A, ExplorerState};
use dpk_domain::incidents::export::{file_name, to_csv, to_json};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::request::IncidentFilter;
use dpk_domain::incidents::response::ApiError;
use dpk_domain::incidents::token::{AccessToken, TokenCheck, list_operation, update_operation};
use dpk_domain::jwt::PastedToken;
use yew::prelude::*;

use crate::components::form::text_area;
use crate::components::incident_detail::DETAIL_HEADING_ID;
use crate::components::{
    ConnectionFormProps, DetailForm, FetchPanelProps, FilterBarProps, FormAct, IncidentDetailProps,
    IncidentTableProps, Shared, TokenVerdictProps, connection_form, export_bar, fetch_panel,
    filter_bar, incident_detail, incident_table, page_frame, text_el, token_verdict,
};
use crate::hooks::explorer::Explorer;
use crate::hooks::list::ListCmd;
use crate::hooks::stored::use_after_change;
use crate::hooks::update::UpdateCmd;
use crate::services::{browser, clock, download};
use crate::state::{use_lang, use_session_token};
use local::{Explainer, Local, LocalAct};

/// The page's reducer, render cache and explanation context.
mod local;

/// The incidents page: a view of the explorer's session and of the app's one session token.
#[derive(Properties, PartialEq)]
pub struct IncidentsPageProps {
    /// The explorer's session, kept by the `App` above the routes.
    pub explorer: Explorer,
}

/// The detail panel of the selected incident, with its update form (`form`, changed by `edit`).
/// Updates go where the rows came from (the connection may have changed since).
fn detail(
    ex: &Explorer,
    st: &ExplorerState,
    access: &AccessToken,
    x: &Explainer,
    on_close: Callback<()>,
    (form, edit): (&DetailForm, &Callback<FormAct>),
) -> Option<Html> {
    let id = st.selected.as_deref()?;
    let incident = st.fetch.rows.iter().find(|r| r.id == id)?;
    let source = st.fetch.endpoint.clone();
    let api = source.as_ref().map_or(ex.settings.0.api, |e| e.api);
    let op = update_operation(api);
    let report = TokenCheck::run(access, op, x.now_s);
    let needed = op
        .permissions(report.grant().unwrap_or(GrantKind::Application))
        .join(T::OneOf.get(x.lang));
    let status = st.updates.status(id);
    let update_error = status.error().map(|err| x.explain(err, op, &report));
    let update_refused = st.updates.refused.as_deref() == Some(id);
    let on_cancel_update = {
        let id = incident.id.clone();
        ex.update.reform(move |()| UpdateCmd::Cancel(id.clone()))
    };
    let on_update = {
        let (submit, access, incident) = (ex.update.clone(), access.clone(), incident.clone());
        Callback::from(move |update| {
            if let Some(endpoint) = source.clone() {
                let (token, incident) = (access.clone(), incident.clone());
                submit.emit(UpdateCmd::Submit {
                    endpoint,
                    token,
                    incident,
                    update,
                });
            }
        })
    };
    let props = IncidentDetailProps {
        incident: Shared::new(incident.clone()),
        api,
        lang: x.lang,
        can_update: report.has_permission(),
        update_needed: needed.into(),
        update: status,
        update_error,
        update_refused,
        on_close,
        on_update,
        on_cancel_update,
    };
    Some(incident_detail(&props, form, edit))
}

/// Fetch (a fresh listing, or the reason it cannot start) and Resume.
fn fetch_callbacks(
    ex: &Explorer,
    endpoint: &Result<Endpoint, ConfigProblem>,
    filter: &IncidentFilter,
    access: &AccessToken,
    local: &Callback<LocalAct>,
) -> (Callback<()>, Callback<()>) {
    let on_fetch = {
        let (endpoint, filter, access) = (endpoint.clone(), filter.clone(), access.clone());
        let (local, list) = (local.clone(), ex.list.clone());
        Callback::from(move |()| match &endpoint {
            Err(p) => local.emit(LocalAct::Error(Some(ApiError::Config(*p)))),
            Ok(_) if access.is_empty() => local.emit(LocalAct::Error(Some(ApiError::TokenMissing))),
            Ok(ep) => {
                local.emit(LocalAct::Error(None));
                let (endpoint, filter, token) = (ep.clone(), filter.clone(), access.clone());
                list.emit(ListCmd::Start {
                    endpoint,
                    filter,
                    token,
                });
            }
        })
    };
    let (access, local, list) = (access.clone(), local.clone(), ex.list.clone());
    let on_resume = Callback::from(move |()| {
        local.emit(LocalAct::Error(None));
        list.emit(ListCmd::Resume(access.clone()));
    });
    (on_fetch, on_resume)
}

/// Export the visible rows, in their order, as CSV and as JSON.
fn exports(rows: &Rc<Vec<Rc<Incident>>>, visible: &Rc<Vec<usize>>) -> [Callback<()>; 2] {
    let export = |ext: &'static str, mime: &'static str, make: fn(&[&Incident]) -> String| {
        let (rows, visible) = (rows.clone(), visible.clone());
        Callback::from(move |()| {
            let list: Vec<&Incident> = visible.iter().map(|&i| rows[i].as_ref()).collect();
            download::save_text(&file_name(clock::now_ms(), ext), mime, &make(&list));
        })
    };
    [
        export("csv", "text/csv;charset=utf-8", |l| {
            to_csv(l.iter().copied())
        }),
        export("json", "application/json", |l| to_json(l.iter().copied())),
    ]
}

/// The limits being paced by, for the waiting message.
fn limits_text(endpoint: &Endpoint) -> String {
    let limits: Vec<String> = endpoint_limits(endpoint)
        .iter()
        .map(ToString::to_string)
        .collect();
    limits.join(", ")
}

#[component]
pub fn IncidentsPage(props: &IncidentsPageProps) -> Html {
    let lang = use_lang();
    let ex = &props.explorer;
    let session = use_session_token();
    // The open incident's update form, and a problem found before anything was sent.
    let local = use_reducer(Local::default);
    let to_local = local.dispatcher().to_callback();
    let st = &ex.state.0;
    let act = ex.state.dispatcher().to_callback();
    let (view, sort) = (&st.fetch, st.sort);

    let conn = &ex.settings.0;
    let access = AccessToken::from_pasted(&session.token).unwrap_or_default();
    let endpoint = conn.resolve();
    let list_op = list_operation(conn.api);
    let x = Explainer::new(lang, &endpoint);
    let list_report = TokenCheck::run(&access, list_op, x.now_s);

    let kept = local.kept.clone();
    let visible = kept
        .borrow_mut()
        .visible(&view.rows, view.version, sort, &st.filter);

    let (on_fetch, on_resume) = fetch_callbacks(ex, &endpoint, &st.filter, &access, &to_local);
    let [on_csv, on_json] = exports(&view.rows, &visible);
    // The detail panel takes the focus when a row opens it and gives it back on close, so that
    // keyboard and screen-reader users land in the panel and return to the row they came from.
    let opened = kept.borrow_mut().opened(&st.selected);
    use_after_change(
        opened,
        Box::new(|| {
            browser::focus_id(DETAIL_HEADING_ID);
            true
        }),
    );
    // A fresh update form for each incident opened.
    let edit = to_local.reform(LocalAct::Form);
    let on_select = {
        let (kept, local, open) = (kept.clone(), to_local.clone(), st.selected.clone());
        act.reform(move |id: String| {
            kept.borrow_mut().return_focus = browser::focused_element();
            if open.as_ref() != Some(&id) {
                local.emit(LocalAct::Form(FormAct::Reset));
            }
            A::Select(Some(id))
        })
    };
    let on_close = act.reform(move |()| {
        if let Some(el) = kept.borrow_mut().return_focus.take() {
            browser::focus(&el);
        }
        to_local.emit(LocalAct::Form(FormAct::Reset));
        A::Select(None)
    });

    // One status for the panel: the hook's, or a problem found before anything was sent.
    let status = match &local.error {
        Some(err) => FetchStatus::Failed(err.clone()),
        None => view.status.clone(),
    };
    let fetch_error = match &status {
        FetchStatus::Failed(err) => Some(x.explain(err, list_op, &list_report)),
        _ => None,
    };
    let limits = endpoint.as_ref().map(limits_text).unwrap_or_default();
    let detail = detail(ex, st, &access, &x, on_close, (&local.form, &edit));
    let on_token = session.set.reform(PastedToken::new);
    let token = session.token.expose().to_owned().into();

    html! {
        { page_frame(Ui::IncidentsHeading.get(lang), html! { <>
            { text_el("p", "intro", T::Intro.get(lang).into()) }
            { connection_form(&ConnectionFormProps { settings: conn.clone(), lang, on_action: ex.settings.dispatch() }) }
            <div class="card token">
                { text_area(html! { T::TokenLabel.get(lang) }, "incidents-token", token,
                    T::TokenPlaceholder.get(lang).into(), false, &on_token) }
                <p><a href="#/sign-in?return=/incidents" data-testid="signin-page-link">{ dpk_domain::i18n::SignInText::SignInInstead.get(lang) }</a></p>
                { token_verdict(&TokenVerdictProps { report: list_report, operation: list_op, lang }) }
            </div>
            { filter_bar(&FilterBarProps { filter: st.filter.clone(), api: conn.api, lang, on_change: act.reform(A::Filter) }) }
            { fetch_panel(&FetchPanelProps { status, error: fetch_error, progress: view.progress, resumable: view.resumable,
                limits: limits.into(), lang, on_fetch, on_cancel: ex.list.reform(|()| ListCmd::Cancel), on_resume }) }
            { export_bar(visible.len(), lang, &on_csv, &on_json) }
            <div class={if detail.is_some() { "results with-detail" } else { "results" }}>
                { incident_table(&IncidentTableProps { rows: Shared::new(view.rows.clone()), visible: Shared::new(visible.clone()),
                    limit: st.limit, sort, selected: st.selected.clone().map(AttrValue::from), lang,
                    on_sort: act.reform(A::SortBy), on_select, on_show_more: act.reform(|()| A::ShowMore) }) }
                { detail.unwrap_or_default() }
            </div>
        </> }) }
    }
}
