//! One incident in full (alerts, devices, evidence, comments, the portal link) and the update
//! form with its confirmation step. The link is rendered only for an https Defender portal URL.
//! What it shows is built by `dpk_domain::incidents::detail`; the form is one reducer
//! ([`DetailForm`]), kept by the page.

use std::rc::Rc;

use dpk_domain::cloud::Api;
use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::detail::{
    ChoiceText, UpdateForm, alert_lines, change_lines, classification_choices,
    determination_choices, facts, other_lists, status_choices,
};
use dpk_domain::incidents::engine::UpdateStatus;
use dpk_domain::incidents::explain::{Explanation, update_problem_text, update_warning_text};
use dpk_domain::incidents::model::{Incident, safe_portal_url};
use dpk_domain::incidents::update::{IncidentUpdate, UpdateField as F};
use yew::prelude::*;

use crate::components::form::{Choice, button, input_field, select_field, text_area};
use crate::components::incident_table::count_text;
use crate::components::{Shared, error_banner, text_el};

/// What the detail panel shows (besides its form). `Properties` so that a test can mount the
/// view in a component of its own; the page calls [`incident_detail`].
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

/// The update form as the user edits it, for the row it was made for, and whether its
/// confirmation step shows. The page keeps it (a reducer, no component of its own): a form made
/// for another incident, or for this row before an update replaced it, is not shown; a fresh one
/// is. The page resets it when another incident is opened or the panel closes.
#[derive(Clone, Default)]
pub struct DetailForm {
    of: Option<Rc<Incident>>,
    form: UpdateForm,
    confirming: bool,
}

impl DetailForm {
    /// The form shown for `row`, and whether its confirmation step shows.
    fn current(&self, row: &Rc<Incident>) -> (UpdateForm, bool) {
        match &self.of {
            Some(of) if Rc::ptr_eq(of, row) => (self.form.clone(), self.confirming),
            _ => (UpdateForm::new(row), false),
        }
    }
}

/// What changes the [`DetailForm`].
pub enum FormAct {
    /// Forget the form (another incident, or the panel closed).
    Reset,
    /// Set a field (which closes the confirmation) of the form for this row.
    Set(Rc<Incident>, F, String),
    /// Show or hide the confirmation step of the form for this row.
    Confirming(Rc<Incident>, bool),
}

impl DetailForm {
    /// Applies `act`.
    pub fn apply(&mut self, act: FormAct) {
        let (of, confirming, set) = match act {
            FormAct::Reset => return *self = DetailForm::default(),
            FormAct::Set(of, field, value) => (of, false, Some((field, value))),
            FormAct::Confirming(of, on) => (of, on, None),
        };
        let (mut form, _) = self.current(&of);
        if let Some((field, value)) = set {
            form.set(field, value);
        }
        *self = DetailForm {
            of: Some(of),
            form,
            confirming,
        };
    }
}

impl Reducible for DetailForm {
    type Action = FormAct;
    fn reduce(self: Rc<Self>, act: FormAct) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(act);
        Rc::new(next)
    }
}

/// A heading and a list, or "None." when the list is empty.
fn listing(heading: String, testid: &'static str, items: Vec<Html>, lang: Lang) -> Html {
    html! {
        <>
            { text_el("h3", "", heading.into()) }
            if items.is_empty() { { text_el("p", "hint", T::NoneYet.get(lang).into()) } }
            <ul data-testid={testid}>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </>
    }
}

fn lines(items: Vec<String>) -> Vec<Html> {
    items.into_iter().map(Html::from).collect()
}

fn choices(list: Vec<ChoiceText>, current: &str) -> Vec<Choice> {
    list.into_iter()
        .map(|(code, label)| Choice::new(code, label, current))
        .collect()
}

/// The detail panel's heading: it takes the focus when the panel opens.
pub const DETAIL_HEADING_ID: &str = "incident-detail-heading";

/// One incident: its facts, alerts, devices, evidence, comments, the portal link, and the
/// update form (with a confirmation step) as `form` holds it; `act` changes the form.
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn incident_detail(
    props: &IncidentDetailProps,
    form: &DetailForm,
    act: &Callback<FormAct>,
) -> Html {
    let (i, lang): (&Incident, Lang) = (&props.incident, props.lang);
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let portal = i.portal_url.as_deref().and_then(safe_portal_url);
    let alert_count = count_text(i.alert_count);
    let alerts = alert_lines(i, lang)
        .into_iter()
        .map(|(title, rest)| html! { <><strong>{ title }</strong>{ rest }</> });
    let [devices, entities, comments] = other_lists(i);

    html! {
        <aside class="card incident-detail" data-testid="incident-detail" data-incident-id={i.id.clone()} aria-labelledby={DETAIL_HEADING_ID} {onkeydown}>
            <div class="detail-head">
                <h2 id={DETAIL_HEADING_ID} tabindex="-1">{ fill(T::DetailHeading.get(lang), &[("id", &i.id)]) }</h2>
                { button("close-detail", true, false, T::CloseDetail.get(lang), &props.on_close) }
            </div>
            <p class="detail-name" data-testid="detail-name">{ i.name.clone() }</p>
            if let Some(url) = portal {
                <p><a data-testid="portal-link" href={url} target="_blank" rel="noopener noreferrer">{ T::OpenInPortal.get(lang) }</a></p>
            }
            <dl class="facts">
                { for facts(i, lang).into_iter().map(|(k, testid, value)| html! { <>{ text_el("dt", "", k.get(lang).into()) }<dd data-testid={testid}>{ value }</dd></> }) }
            </dl>
            if let Some(d) = &i.description { { text_el("p", "", d.clone().into()) } }
            if i.alert_count.is_none() { { text_el("p", "hint", T::AlertsNotLoaded.get(lang).into()) } }
            { listing(fill(T::AlertsHeading.get(lang), &[("count", &alert_count)]), "detail-alerts", alerts.collect(), lang) }
            { listing(T::DevicesHeading.get(lang).to_owned(), "detail-devices", lines(devices), lang) }
            { listing(T::EntitiesHeading.get(lang).to_owned(), "detail-entities", lines(entities), lang) }
            { listing(T::CommentsHeading.get(lang).to_owned(), "detail-comments", lines(comments), lang) }
            { update_section(props, form, act) }
        </aside>
    }
}

/// The update form, its confirmation step and the update's status.
fn update_section(props: &IncidentDetailProps, form: &DetailForm, act: &Callback<FormAct>) -> Html {
    let (i, lang, status): (&Incident, Lang, &UpdateStatus) =
        (&props.incident, props.lang, &props.update);
    let row = &props.incident.0;
    let (form, confirming) = form.current(row);
    let update = form.update(i);
    let problem = update.validate(props.api, i).err();
    let dets = determination_choices(&update, i, lang);
    let one_determination = dets.len() < 2;
    let pending = status.is_busy();
    let locked = !props.can_update || pending;
    let set = |field: F| {
        let row = row.clone();
        act.reform(move |v| FormAct::Set(row.clone(), field, v))
    };
    let confirm = |on: bool| {
        let row = row.clone();
        act.reform(move |()| FormAct::Confirming(row.clone(), on))
    };
    let on_confirm = {
        let (act, on_update, update) = (act.clone(), props.on_update.clone(), update.clone());
        let row = row.clone();
        Callback::from(move |()| {
            act.emit(FormAct::Confirming(row.clone(), false));
            on_update.emit(update.clone());
        })
    };
    let label = |k: T| html! { k.get(lang) };
    let none = AttrValue::default;
    html! {
        <section class="update" aria-labelledby="update-heading">
            <h3 id="update-heading">{ T::UpdateHeading.get(lang) }</h3>
            if !props.can_update {
                <p class="notice" data-testid="update-not-allowed">{ fill(T::UpdateNotAllowed.get(lang), &[("needed", &props.update_needed)]) }</p>
            }
            <div class="grid">
                { select_field(label(T::ColStatus), "update-status", choices(status_choices(i, lang), &form.status), locked, &set(F::Status)) }
                { select_field(label(T::ColClassification), "update-classification", choices(classification_choices(lang), &form.classification), locked, &set(F::Classification)) }
                { select_field(label(T::ColDetermination), "update-determination", choices(dets, &form.determination), locked || one_determination, &set(F::Determination)) }
                { input_field(label(T::ColAssignedTo), "update-assigned", "text", form.assigned.clone().into(), none(), locked, &set(F::AssignedTo)) }
                { input_field(label(T::TagsLabel), "update-tags", "text", form.tags.clone().into(), none(), locked, &set(F::Tags)) }
            </div>
            { for update.warnings(props.api, i).iter().map(|w| html! { <p class="hint" data-testid="update-warning">{ update_warning_text(*w, lang) }</p> }) }
            { text_area(label(T::CommentLabel), "update-comment", form.comment.clone().into(), none(), locked, &set(F::Comment)) }
            if let Some(p) = problem {
                <p class="hint" data-testid="update-problem">{ update_problem_text(p, lang) }</p>
            }
            if confirming && problem.is_none() {
                <div class="confirm" data-testid="update-confirm" role="group" aria-labelledby="confirm-heading">
                    <p id="confirm-heading"><strong>{ T::ConfirmHeading.get(lang) }</strong></p>
                    <ul>
                        { for change_lines(&update, i, lang).into_iter().map(|(code, line)| html! { <li data-testid="update-change" data-field={code}>{ line }</li> }) }
                    </ul>
                    { button("confirm-update", false, pending, T::ConfirmButton.get(lang), &on_confirm) }
                    { " " }
                    { button("cancel-update", true, false, T::BackButton.get(lang), &confirm(false)) }
                </div>
            } else {
                { button("review-update", false, locked || problem.is_some(), T::ReviewButton.get(lang), &confirm(true)) }
            }
            <div data-testid="update-result" data-status={status.code()} role="status" aria-live="polite">
                { update_result(status, lang) }
                if pending { { button("cancel-running-update", true, false, T::CancelUpdateButton.get(lang), &props.on_cancel_update) } }
                if props.update_refused { <p class="notice" data-testid="update-refused">{ T::UpdateBusy.get(lang) }</p> }
                if let Some(e) = &props.update_error { { explanation(e, "update-error", lang) } }
            </div>
        </section>
    }
}

/// What the update's status says in words (its error goes through the banner).
fn update_result(status: &UpdateStatus, lang: Lang) -> Html {
    let line = |k: T, class: &'static str| text_el("p", class, k.get(lang).into());
    match status {
        UpdateStatus::Idle | UpdateStatus::Failed(_) => html! {},
        UpdateStatus::Pending => line(T::UpdatePending, ""),
        UpdateStatus::Throttled { seconds_left } => text_el(
            "p",
            "",
            fill(
                T::UpdateThrottled.get(lang),
                &[("seconds", &seconds_left.to_string())],
            )
            .into(),
        ),
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
            { text_el("p", "error-action", e.action.clone().into()) }
            { for e.details.iter().map(|d| text_el("p", "error-detail", d.clone().into())) }
            if e.token_link { <p><a href="#/token" data-testid="token-check-link">{ T::TokenCheckLink.get(lang) }</a></p> }
        </> }) }
    }
}
