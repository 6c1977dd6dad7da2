//! The incidents explorer (`#/incidents`): connection settings, token verdict, filters, a paced
//! and resumable fetch of every page, the table and detail panel, export, and updates.

use std::rc::Rc;

use dpk_domain::catalog::{GrantKind, Operation};
use dpk_domain::i18n::{IncidentsText as T, Text, Ui};
use dpk_domain::incidents::engine::{FetchStatus, endpoint_limits};
use dpk_domain::incidents::explain::{ErrorContext, explain};
use dpk_domain::incidents::export::{file_name, to_csv, to_json};
use dpk_domain::incidents::model::Incident;
use dpk_domain::incidents::request::{IncidentFilter, collection_url};
use dpk_domain::incidents::response::ApiError;
use dpk_domain::incidents::token::{AccessToken, TokenCheck, list_operation, update_operation};
use dpk_domain::incidents::update::IncidentUpdate;
use dpk_domain::incidents::view::{SortKey, filter_in_order, order};
use dpk_domain::jwt::PastedToken;
use yew::prelude::*;

use crate::components::form::text_area;
use crate::components::incident_detail::DETAIL_HEADING_ID;
use crate::components::{
    ConnectionForm, FetchPanel, FilterBar, IncidentDetail, IncidentTable, Shared, TokenVerdict,
    export_bar, page_frame,
};
use crate::hooks::explorer::Explorer;
use crate::hooks::list::FetchJob;
use crate::hooks::update::UpdateJob;
use crate::services::{browser, clock, download};
use crate::state::{use_lang, use_session_token};

/// Rows rendered at first (and added per "Show more"); filtering and sorting always cover all.
/// 60 keeps the worst keystroke (one that replaces every rendered row) near 25 ms with 10 000
/// incidents loaded (scripts/bench-incidents.mjs).
const PAGE_ROWS: usize = 60;

/// The incidents page: a view of the explorer's session ([`Explorer`]), which lives above
/// the routes, and of the app's one session token.
#[derive(Properties, PartialEq)]
pub struct IncidentsPageProps {
    /// The explorer's session, kept by the `App` above the routes.
    pub explorer: Explorer,
}

#[component]
pub fn IncidentsPage(props: &IncidentsPageProps) -> Html {
    let lang = use_lang();
    let explorer = &props.explorer;
    let session = use_session_token();
    let limit = use_state(|| PAGE_ROWS);
    let local_error = use_state(|| None::<ApiError>);
    let (fetch, update, updates) = (&explorer.list, &explorer.update, &explorer.view.updates);
    let (filter, sort, selected) = (&*explorer.filter, *explorer.sort, &*explorer.selected);

    let conn = &explorer.settings.0;
    let access = AccessToken::from_pasted(&session.token).unwrap_or_default();
    let api = conn.api;
    let endpoint = conn.resolve();
    let list_op = list_operation(api);
    let now_s = clock::now_ms() / 1000;
    let list_report = TokenCheck::run(&access, list_op, now_s);

    let view = &explorer.view.fetch;
    // Sorted once per (rows, sort); a keystroke in the filters only filters that order.
    let ordered = {
        let rows = view.rows.clone();
        use_memo((view.version, sort), move |(_, s)| order(&rows, *s))
    };
    let visible = {
        let (rows, ordered) = (view.rows.clone(), ordered.clone());
        use_memo((view.version, filter.clone(), sort), move |(_, f, _)| {
            filter_in_order(&rows, &ordered, f)
        })
    };

    let on_action = {
        let settings = explorer.settings.clone();
        Callback::from(move |a| settings.dispatch(a))
    };
    let on_token = {
        let set = session.set.clone();
        Callback::from(move |v: String| set.emit(PastedToken::new(v)))
    };
    let on_filter = {
        let (set, limit) = (explorer.filter.clone(), limit.clone());
        Callback::from(move |f: IncidentFilter| {
            set.set(f);
            limit.set(PAGE_ROWS);
        })
    };
    let on_sort = {
        let set = explorer.sort.clone();
        Callback::from(move |key: SortKey| set.set(sort.toggle(key)))
    };
    let on_fetch = {
        let (endpoint, filter, access, local_error, start) = (
            endpoint.clone(),
            filter.clone(),
            access.clone(),
            local_error.clone(),
            fetch.start.clone(),
        );
        let selected = explorer.selected.clone();
        Callback::from(move |()| match &endpoint {
            Err(p) => local_error.set(Some(ApiError::Config(*p))),
            Ok(_) if access.is_empty() => local_error.set(Some(ApiError::TokenMissing)),
            Ok(ep) => {
                local_error.set(None);
                selected.set(None);
                start.emit(FetchJob {
                    endpoint: ep.clone(),
                    filter: filter.clone(),
                    token: access.clone(),
                });
            }
        })
    };
    let on_resume = {
        let (access, local_error, resume) =
            (access.clone(), local_error.clone(), fetch.resume.clone());
        Callback::from(move |()| {
            local_error.set(None);
            resume.emit(access.clone());
        })
    };
    let on_cancel = fetch.cancel.clone();
    let exported = |ext: &'static str, mime: &'static str, make: fn(&[&Incident]) -> String| {
        let (rows, visible) = (view.rows.clone(), visible.clone());
        Callback::from(move |()| {
            let list: Vec<&Incident> = visible.iter().map(|&i| rows[i].as_ref()).collect();
            download::save_text(&file_name(clock::now_ms(), ext), mime, &make(&list));
        })
    };
    let on_csv = exported("csv", "text/csv;charset=utf-8", |l| {
        to_csv(l.iter().copied())
    });
    let on_json = exported("json", "application/json", |l| to_json(l.iter().copied()));
    // The detail panel takes the focus when a row opens it and gives it back on close, so that
    // keyboard and screen-reader users land in the panel and return to the row they came from.
    let return_focus = use_mut_ref(|| None::<web_sys::HtmlElement>);
    use_effect_with(selected.clone(), |selected| {
        if selected.is_some() {
            browser::focus_id(DETAIL_HEADING_ID);
        }
    });
    let on_select = {
        let (selected, back) = (explorer.selected.clone(), return_focus.clone());
        Callback::from(move |id: String| {
            *back.borrow_mut() = browser::focused_element();
            selected.set(Some(id.into()));
        })
    };
    let on_close = {
        let (selected, back) = (explorer.selected.clone(), return_focus.clone());
        Callback::from(move |()| {
            selected.set(None);
            if let Some(el) = back.borrow_mut().take() {
                browser::focus(&el);
            }
        })
    };
    let on_show_more = {
        let limit = limit.clone();
        Callback::from(move |()| limit.set(*limit + PAGE_ROWS))
    };

    let page_origin = browser::page_origin();
    let collection = endpoint.as_ref().map(collection_url).unwrap_or_default();
    let first_hop = endpoint
        .as_ref()
        .ok()
        .and_then(|e| e.first_hop_origin())
        .unwrap_or_default();
    let timeout_s = endpoint.as_ref().map_or(30, |e| e.timeout_ms / 1000);
    let explain_with = |err: &ApiError, op: &'static Operation, report: &TokenCheck| {
        explain(
            err,
            &ErrorContext {
                lang,
                operation: op,
                token: Some(report),
                collection_url: &collection,
                first_hop: &first_hop,
                page_origin: &page_origin,
                timeout_s,
            },
        )
    };
    // One status for the panel: the hook's, or a problem found before anything was sent.
    let status = match &*local_error {
        Some(err) => FetchStatus::Failed(err.clone()),
        None => view.status.clone(),
    };
    let fetch_error = match &status {
        FetchStatus::Failed(err) => Some(explain_with(err, list_op, &list_report)),
        _ => None,
    };
    let limits_text = endpoint
        .as_ref()
        .map(|e| {
            endpoint_limits(e)
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();

    // Updates go where the rows came from (the connection may have changed since).
    let source = view.endpoint.clone().ok_or(());
    let detail = selected
        .as_ref()
        .and_then(|id| view.rows.iter().find(|r| r.id == id.as_str()))
        .map(|incident| {
            let row_api = source.as_ref().map_or(api, |e| e.api);
            let row_update_op = update_operation(row_api);
            let row_report = TokenCheck::run(&access, row_update_op, now_s);
            let needed = row_update_op
                .permissions(row_report.grant().unwrap_or(GrantKind::Application))
                .join(T::OneOf.get(lang));
            let status = updates.status(&incident.id);
            let update_error = status
                .error()
                .map(|err| explain_with(err, row_update_op, &row_report));
            let update_refused = updates.refused.as_deref() == Some(incident.id.as_str());
            let on_cancel_update = {
                let (cancel, id) = (update.cancel.clone(), incident.id.clone());
                Callback::from(move |()| cancel.emit(id.clone()))
            };
            let on_update = {
                let (source, access, submit, incident) = (
                    source.clone(),
                    access.clone(),
                    update.submit.clone(),
                    incident.clone(),
                );
                Callback::from(move |changes: IncidentUpdate| {
                    if let Ok(ep) = &source {
                        submit.emit(UpdateJob {
                            endpoint: ep.clone(),
                            token: access.clone(),
                            incident: incident.clone(),
                            update: changes,
                        });
                    }
                })
            };
            // Keyed by the row's allocation: the form resets when this row is replaced (after an
            // update), not when other pages arrive.
            let key = format!("{}-{:p}", incident.id, Rc::as_ptr(incident));
            html! {
                <IncidentDetail {key} incident={Shared::new(incident.clone())}
                    api={row_api} {lang} can_update={row_report.has_permission()}
                    update_needed={needed} update={status} {update_error} {update_refused}
                    {on_close} {on_update} {on_cancel_update} />
            }
        });

    html! {
        { page_frame(Ui::IncidentsHeading.get(lang), html! { <>
            <p class="intro">{ T::Intro.get(lang) }</p>
            <ConnectionForm settings={conn.clone()} {lang} {on_action} />
            <div class="card token">
                { text_area(html! { T::TokenLabel.get(lang) }, "incidents-token", session.token.expose().to_owned().into(),
                    T::TokenPlaceholder.get(lang).into(), false, &on_token) }
                <p><a href="#/sign-in?return=/incidents" data-testid="signin-page-link">{ dpk_domain::i18n::SignInText::SignInInstead.get(lang) }</a></p>
                <TokenVerdict report={list_report.clone()} operation={list_op} {lang} />
            </div>
            <FilterBar filter={filter.clone()} {api} {lang} on_change={on_filter} />
            <FetchPanel {status} error={fetch_error} progress={view.progress} resumable={view.resumable} limits={limits_text}
                {lang} {on_fetch} {on_cancel} {on_resume} />
            { export_bar(visible.len(), lang, &on_csv, &on_json) }
            <div class={classes!("results", detail.is_some().then_some("with-detail"))}>
                <IncidentTable rows={Shared::new(view.rows.clone())} visible={Shared::new(visible.clone())}
                    limit={*limit} {sort} selected={selected.clone()} {lang}
                    {on_sort} {on_select} {on_show_more} />
                { detail.unwrap_or_default() }
            </div>
        </> }) }
    }
}
