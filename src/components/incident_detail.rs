//! One incident in full (alerts, devices, evidence, comments, the portal link) and the update
//! form with its confirmation step. The link is rendered only for an https Defender portal URL.

use dpk_domain::cloud::Api;
use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::engine::UpdateStatus;
use dpk_domain::incidents::explain::{
    Explanation, classification_label, determination_label, severity_label, status_label,
    time_label, update_problem_text, update_warning_text,
};
use dpk_domain::incidents::labels::{Classification, Determination, Status};
use dpk_domain::incidents::model::{Incident, safe_portal_url};
use dpk_domain::incidents::time::parse_rfc3339_ms;
use dpk_domain::incidents::update::{IncidentUpdate, UpdateField, parse_tags};
use yew::prelude::*;

use crate::components::form::{Choice, button, input_field, select_field, text_area};
use crate::components::{Shared, error_banner};

#[derive(Properties, PartialEq)]
pub struct IncidentDetailProps {
    pub incident: Shared<Incident>,
    pub api: Api,
    pub lang: Lang,
    /// Whether the token carries the update permission.
    pub can_update: bool,
    /// The permissions updating needs (shown when `can_update` is false).
    pub update_needed: AttrValue,
    /// Where this incident's update stands.
    #[prop_or_default]
    pub update: UpdateStatus,
    /// The explanation of the update's error, if it has one.
    #[prop_or_default]
    pub update_error: Option<Explanation>,
    /// A second submit was refused while this incident's update runs.
    #[prop_or_default]
    pub update_refused: bool,
    pub on_close: Callback<()>,
    pub on_update: Callback<IncidentUpdate>,
    /// Cancels the running update (and its wait).
    #[prop_or_default]
    pub on_cancel_update: Callback<()>,
}

#[derive(Clone, PartialEq, Default)]
struct Form {
    status: String,
    classification: String,
    determination: String,
    assigned: String,
    tags: String,
    comment: String,
}

impl Form {
    fn from(i: &Incident) -> Form {
        Form {
            status: i.status.xdr_code().to_owned(),
            classification: i.classification.xdr_code().to_owned(),
            determination: String::new(),
            assigned: i.assigned_to.clone().unwrap_or_default(),
            tags: i.tags.join(", "),
            comment: String::new(),
        }
    }

    fn update(&self, current: &Incident) -> IncidentUpdate {
        let pick = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        IncidentUpdate {
            status: pick(&self.status).map(|s| Status::parse(&s)),
            classification: pick(&self.classification).map(|s| Classification::parse(&s)),
            determination: pick(&self.determination).map(|s| Determination::parse(&s)),
            assigned_to: Some(self.assigned.clone()),
            tags: Some(parse_tags(&self.tags)),
            comment: Some(self.comment.clone()),
        }
        .against(current)
    }
}

fn field_label(f: UpdateField) -> (T, &'static str) {
    match f {
        UpdateField::Status => (T::ColStatus, "status"),
        UpdateField::Classification => (T::ColClassification, "classification"),
        UpdateField::Determination => (T::ColDetermination, "determination"),
        UpdateField::AssignedTo => (T::ColAssignedTo, "assignedTo"),
        UpdateField::Tags => (T::ColTags, "tags"),
        UpdateField::Comment => (T::CommentLabel, "comment"),
    }
}

/// A heading and a list, or "None." when the list is empty.
fn listing(heading: String, testid: &'static str, items: Vec<Html>, empty: &str) -> Html {
    html! {
        <>
            <h3>{ heading }</h3>
            if items.is_empty() { <p class="hint">{ empty.to_owned() }</p> }
            <ul data-testid={testid}>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </>
    }
}

fn when(created: Option<&str>) -> String {
    time_label(created.and_then(parse_rfc3339_ms))
}

/// The detail panel's heading: it takes the focus when the panel opens.
pub const DETAIL_HEADING_ID: &str = "incident-detail-heading";

/// One incident: its facts, alerts, devices, evidence, comments, the portal link, and the
/// update form (with a confirmation step).
#[component]
pub fn IncidentDetail(props: &IncidentDetailProps) -> Html {
    let IncidentDetailProps {
        incident,
        api,
        lang,
        can_update,
        update_needed,
        update: status,
        update_error,
        update_refused,
        on_close,
        on_update,
        on_cancel_update,
    } = props;
    let (api, lang) = (*api, *lang);
    let i: &Incident = incident;
    let form = use_state(|| Form::from(i));
    let confirming = use_state(|| false);

    let set = |apply: fn(&mut Form, String)| {
        let (form, confirming) = (form.clone(), confirming.clone());
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
            confirming.set(false);
        })
    };
    let update = form.update(i);
    let problem = update.validate(api, i).err();
    let effective_class = update
        .classification
        .clone()
        .unwrap_or_else(|| i.classification.clone());
    let determinations = Determination::for_classification(&effective_class);
    let det_enabled = !determinations.is_empty();
    let warnings = update.warnings(api, i);
    let pending = status.is_busy();
    let locked = !*can_update || pending;
    let on_review = {
        let c = confirming.clone();
        Callback::from(move |()| c.set(true))
    };
    let on_back = {
        let c = confirming.clone();
        Callback::from(move |()| c.set(false))
    };
    let on_confirm = {
        let (c, u, cb) = (confirming.clone(), update.clone(), on_update.clone());
        Callback::from(move |()| {
            c.set(false);
            cb.emit(u.clone());
        })
    };
    let onkeydown = {
        let on_close = on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let portal = i.portal_url.as_deref().and_then(safe_portal_url);
    let unassigned = || T::Unassigned.get(lang).to_owned();
    let facts: [(T, &'static str, String); 8] = [
        (
            T::ColSeverity,
            "detail-severity",
            severity_label(&i.severity, lang),
        ),
        (T::ColStatus, "detail-status", status_label(&i.status, lang)),
        (
            T::ColClassification,
            "detail-classification",
            classification_label(&i.classification, lang),
        ),
        (
            T::ColDetermination,
            "detail-determination",
            determination_label(&i.determination, lang),
        ),
        (
            T::ColAssignedTo,
            "detail-assigned",
            i.assigned_to.clone().unwrap_or_else(unassigned),
        ),
        (T::ColCreated, "detail-created", time_label(i.created_ms)),
        (T::ColUpdated, "detail-updated", time_label(i.updated_ms)),
        (
            T::ColTags,
            "detail-tags",
            i.tags
                .iter()
                .chain(&i.system_tags)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    let none = T::NoneYet.get(lang);
    let alerts: Vec<Html> = i.alerts.iter().map(|a| html! {
        <><strong>{ a.title.clone() }</strong>{ format!(" — {}, {}, {}, {}, {}", severity_label(&a.severity, lang), a.status, a.category, a.service_source, when(a.created.as_deref())) }</>
    }).collect();
    let devices: Vec<Html> = i.devices().iter().map(|d| html! { format!("{} ({}, {}, {})", d.name, d.os_platform, d.health_status, d.risk_score) }).collect();
    let entities: Vec<Html> = i
        .entities()
        .iter()
        .map(|e| html! { format!("{}: {}", e.kind, e.value) })
        .collect();
    let comments: Vec<Html> = i
        .comments
        .iter()
        .map(|c| html! { format!("{} — {} {}", c.text, c.author, when(c.created.as_deref())) })
        .collect();

    let label = |k: T| html! { k.get(lang) };
    // Only the statuses an update may set; a status only Microsoft sets (awaitingAction) is
    // shown as the current value, never offered as a choice.
    let mut statuses: Vec<Choice> = Vec::new();
    if !i.status.is_settable() {
        statuses.push(Choice::new(
            i.status.xdr_code().to_owned(),
            format!(
                "{} {}",
                status_label(&i.status, lang),
                T::NoChange.get(lang)
            ),
            &form.status,
        ));
    }
    statuses.extend(
        Status::SETTABLE
            .iter()
            .map(|s| Choice::new(s.xdr_code().to_owned(), status_label(s, lang), &form.status)),
    );
    let classes: Vec<Choice> = Classification::KNOWN
        .iter()
        .map(|c| {
            Choice::new(
                c.xdr_code().to_owned(),
                classification_label(c, lang),
                &form.classification,
            )
        })
        .collect();
    let mut dets = vec![Choice::new("", T::NoChange.get(lang), &form.determination)];
    dets.extend(determinations.iter().map(|d| {
        Choice::new(
            d.xdr_code().to_owned(),
            determination_label(d, lang),
            &form.determination,
        )
    }));
    let none_attr = AttrValue::default;

    html! {
        <aside class="card incident-detail" data-testid="incident-detail" data-incident-id={i.id.clone()} aria-labelledby={DETAIL_HEADING_ID} {onkeydown}>
            <div class="detail-head">
                <h2 id={DETAIL_HEADING_ID} tabindex="-1">{ fill(T::DetailHeading.get(lang), &[("id", &i.id)]) }</h2>
                { button("close-detail", true, false, T::CloseDetail.get(lang), on_close) }
            </div>
            <p class="detail-name" data-testid="detail-name">{ i.name.clone() }</p>
            if let Some(url) = portal {
                <p><a data-testid="portal-link" href={url} target="_blank" rel="noopener noreferrer">{ T::OpenInPortal.get(lang) }</a></p>
            }
            <dl class="facts">
                { for facts.into_iter().map(|(k, testid, value)| html! { <><dt>{ k.get(lang) }</dt><dd data-testid={testid}>{ value }</dd></> }) }
            </dl>
            if let Some(d) = &i.description { <p>{ d.clone() }</p> }
            if i.alert_count.is_none() { <p class="hint">{ T::AlertsNotLoaded.get(lang) }</p> }
            { listing(fill(T::AlertsHeading.get(lang), &[("count", &i.alert_count.map_or_else(|| "—".to_owned(), |n| n.to_string()))]), "detail-alerts", alerts, none) }
            { listing(T::DevicesHeading.get(lang).to_owned(), "detail-devices", devices, none) }
            { listing(T::EntitiesHeading.get(lang).to_owned(), "detail-entities", entities, none) }
            { listing(T::CommentsHeading.get(lang).to_owned(), "detail-comments", comments, none) }

            <section class="update" aria-labelledby="update-heading">
                <h3 id="update-heading">{ T::UpdateHeading.get(lang) }</h3>
                if !*can_update {
                    <p class="notice" data-testid="update-not-allowed">{ fill(T::UpdateNotAllowed.get(lang), &[("needed", update_needed)]) }</p>
                }
                <div class="grid">
                    { select_field(label(T::ColStatus), "update-status", statuses, locked, &set(|f, v| f.status = v)) }
                    { select_field(label(T::ColClassification), "update-classification", classes, locked, &set(|f, v| {
                        f.classification = v;
                        f.determination.clear();
                    })) }
                    { select_field(label(T::ColDetermination), "update-determination", dets, locked || !det_enabled, &set(|f, v| f.determination = v)) }
                    { input_field(label(T::ColAssignedTo), "update-assigned", "text", form.assigned.clone().into(), none_attr(), locked, &set(|f, v| f.assigned = v)) }
                    { input_field(label(T::TagsLabel), "update-tags", "text", form.tags.clone().into(), none_attr(), locked, &set(|f, v| f.tags = v)) }
                </div>
                { for warnings.iter().map(|w| html! { <p class="hint" data-testid="update-warning">{ update_warning_text(*w, lang) }</p> }) }
                { text_area(label(T::CommentLabel), "update-comment", form.comment.clone().into(), none_attr(), locked, &set(|f, v| f.comment = v)) }
                if let Some(p) = problem {
                    <p class="hint" data-testid="update-problem">{ update_problem_text(p, lang) }</p>
                }
                if *confirming && problem.is_none() {
                    <div class="confirm" data-testid="update-confirm" role="group" aria-labelledby="confirm-heading">
                        <p id="confirm-heading"><strong>{ T::ConfirmHeading.get(lang) }</strong></p>
                        <ul>
                            { for update.changes(i).into_iter().map(|c| {
                                let (k, code) = field_label(c.field);
                                let before = if c.before.is_empty() { "—".to_owned() } else { c.before };
                                html! { <li data-testid="update-change" data-field={code}>{ format!("{}: {before} → {}", k.get(lang), c.after) }</li> }
                            }) }
                        </ul>
                        { button("confirm-update", false, pending, T::ConfirmButton.get(lang), &on_confirm) }
                        { " " }
                        { button("cancel-update", true, false, T::BackButton.get(lang), &on_back) }
                    </div>
                } else {
                    { button("review-update", false, locked || problem.is_some(), T::ReviewButton.get(lang), &on_review) }
                }
                <div data-testid="update-result" data-status={status.code()} role="status" aria-live="polite">
                    { update_result(status, lang) }
                    if pending { { button("cancel-running-update", true, false, T::CancelUpdateButton.get(lang), on_cancel_update) } }
                    if *update_refused { <p class="notice" data-testid="update-refused">{ T::UpdateBusy.get(lang) }</p> }
                    if let Some(e) = update_error { { explanation(e, "update-error", lang) } }
                </div>
            </section>
        </aside>
    }
}

/// What the update's status says in words (its error goes through the banner).
fn update_result(status: &UpdateStatus, lang: Lang) -> Html {
    let line = |k: T, class: &'static str| html! { <p class={class}>{ k.get(lang) }</p> };
    match status {
        UpdateStatus::Idle | UpdateStatus::Failed(_) => html! {},
        UpdateStatus::Pending => line(T::UpdatePending, ""),
        UpdateStatus::Throttled { seconds_left } => html! {
            <p>{ fill(T::UpdateThrottled.get(lang), &[("seconds", &seconds_left.to_string())]) }</p>
        },
        UpdateStatus::Done => line(T::UpdateDone, "ok"),
        UpdateStatus::CommentFailed(_) => line(T::UpdateCommentFailed, "notice"),
        UpdateStatus::Cancelled { applied: false } => line(T::UpdateCancelled, "notice"),
        UpdateStatus::Cancelled { applied: true } => line(T::UpdateCancelledApplied, "notice"),
    }
}

/// An explained error: the one banner, with what to do and the details.
pub fn explanation(e: &Explanation, testid: &'static str, lang: Lang) -> Html {
    html! {
        { error_banner(e.headline.clone(), e.kind, testid, html! { <>
            <p class="error-action">{ e.action.clone() }</p>
            { for e.details.iter().map(|d| html! { <p class="error-detail">{ d.clone() }</p> }) }
            if e.token_link { <p><a href="#/token" data-testid="token-check-link">{ T::TokenCheckLink.get(lang) }</a></p> }
        </> }) }
    }
}
