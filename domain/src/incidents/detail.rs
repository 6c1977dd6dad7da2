//! The detail panel's view model: the incident's facts and lists (alerts, devices, evidence,
//! comments) as text, the update form's values and choices, and the confirmation's lines. Pure
//! and natively tested; `IncidentDetail` only renders what these return.

use crate::i18n::{IncidentsText as T, Lang, Text};
use crate::incidents::explain::{
    classification_label, determination_label, severity_label, status_label, time_label,
};
use crate::incidents::labels::{Classification, Determination, Status};
use crate::incidents::model::Incident;
use crate::incidents::time::parse_rfc3339_ms;
use crate::incidents::update::{IncidentUpdate, UpdateField, parse_tags};

/// A `<select>` option: its value and what the user reads.
pub type ChoiceText = (String, String);

fn when(created: Option<&str>) -> String {
    time_label(created.and_then(parse_rfc3339_ms))
}

/// The incident's columns as text, shared by the table's rows and the detail's facts: severity,
/// status, classification, determination, assignee ("Unassigned"), created, last updated.
pub fn columns(i: &Incident, lang: Lang) -> [String; 7] {
    [
        severity_label(&i.severity, lang),
        status_label(&i.status, lang),
        classification_label(&i.classification, lang),
        determination_label(&i.determination, lang),
        i.assigned_to
            .clone()
            .unwrap_or_else(|| T::Unassigned.get(lang).to_owned()),
        time_label(i.created_ms),
        time_label(i.updated_ms),
    ]
}

/// The facts list: label, `data-testid`, value ([`columns`], then every tag).
pub fn facts(i: &Incident, lang: Lang) -> Vec<(T, &'static str, String)> {
    const FACTS: [(T, &str); 7] = [
        (T::ColSeverity, "detail-severity"),
        (T::ColStatus, "detail-status"),
        (T::ColClassification, "detail-classification"),
        (T::ColDetermination, "detail-determination"),
        (T::ColAssignedTo, "detail-assigned"),
        (T::ColCreated, "detail-created"),
        (T::ColUpdated, "detail-updated"),
    ];
    let mut out = Vec::with_capacity(FACTS.len() + 1);
    for ((k, id), v) in FACTS.into_iter().zip(columns(i, lang)) {
        out.push((k, id, v));
    }
    let mut tags = String::new();
    for (n, tag) in i.tags.iter().chain(&i.system_tags).enumerate() {
        if n > 0 {
            tags.push_str(", ");
        }
        tags.push_str(tag);
    }
    out.push((T::ColTags, "detail-tags", tags));
    out
}

/// Each alert: its title, and the rest of its line.
pub fn alert_lines(i: &Incident, lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for a in &i.alerts {
        let rest = [
            severity_label(&a.severity, lang),
            a.status.clone(),
            a.category.clone(),
            a.service_source.clone(),
            when(a.created.as_deref()),
        ];
        out.push((a.title.clone(), [" — ", &rest.join(", ")].concat()));
    }
    out
}

/// Each device, evidence item and comment as one line.
pub fn other_lists(i: &Incident) -> [Vec<String>; 3] {
    let mut lists: [Vec<String>; 3] = Default::default();
    for d in i.devices() {
        let line = [
            &d.name,
            " (",
            &d.os_platform,
            ", ",
            &d.health_status,
            ", ",
            &d.risk_score,
            ")",
        ];
        lists[0].push(line.concat());
    }
    for e in i.entities() {
        lists[1].push([&e.kind, ": ", &e.value].concat());
    }
    for c in &i.comments {
        let when = when(c.created.as_deref());
        lists[2].push([&c.text, " — ", &c.author, " ", &when].concat());
    }
    lists
}

/// The update form's values as the user edits them (codes, as the `<select>`s hold them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateForm {
    /// Status code.
    pub status: String,
    /// Classification code.
    pub classification: String,
    /// Determination code (empty: no change).
    pub determination: String,
    /// Assignee.
    pub assigned: String,
    /// Tags, comma-separated.
    pub tags: String,
    /// A new comment.
    pub comment: String,
}

impl UpdateForm {
    /// The form for an incident as loaded.
    pub fn new(i: &Incident) -> UpdateForm {
        UpdateForm {
            status: i.status.xdr_code().to_owned(),
            classification: i.classification.xdr_code().to_owned(),
            determination: String::new(),
            assigned: i.assigned_to.clone().unwrap_or_default(),
            tags: i.tags.join(", "),
            comment: String::new(),
        }
    }

    /// Sets a field; a new classification clears the determination (it depends on it).
    pub fn set(&mut self, field: UpdateField, value: String) {
        match field {
            UpdateField::Status => self.status = value,
            UpdateField::Classification => {
                self.classification = value;
                self.determination.clear();
            }
            UpdateField::Determination => self.determination = value,
            UpdateField::AssignedTo => self.assigned = value,
            UpdateField::Tags => self.tags = value,
            UpdateField::Comment => self.comment = value,
        }
    }

    /// The update these values make to `current` (only what differs).
    pub fn update(&self, current: &Incident) -> IncidentUpdate {
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

/// The statuses an update may set; a status only Microsoft sets (awaitingAction) is shown as
/// the current value, never offered as a choice.
pub fn status_choices(i: &Incident, lang: Lang) -> Vec<ChoiceText> {
    let current = (!i.status.is_settable()).then(|| {
        let label = [&status_label(&i.status, lang), " ", T::NoChange.get(lang)].concat();
        (i.status.xdr_code().to_owned(), label)
    });
    let mut out: Vec<ChoiceText> = current.into_iter().collect();
    for s in &Status::SETTABLE {
        out.push((s.xdr_code().to_owned(), status_label(s, lang)));
    }
    out
}

/// Every classification.
pub fn classification_choices(lang: Lang) -> Vec<ChoiceText> {
    let mut out = Vec::new();
    for c in Classification::KNOWN {
        out.push((c.xdr_code().to_owned(), classification_label(c, lang)));
    }
    out
}

/// "No change", then the determinations the classification the update leaves allows (only
/// "No change" when it allows none: the select is then disabled).
pub fn determination_choices(update: &IncidentUpdate, i: &Incident, lang: Lang) -> Vec<ChoiceText> {
    let class = update.classification.as_ref().unwrap_or(&i.classification);
    let known = Determination::for_classification(class);
    let mut out = vec![(String::new(), T::NoChange.get(lang).to_owned())];
    for d in known {
        out.push((d.xdr_code().to_owned(), determination_label(d, lang)));
    }
    out
}

/// The confirmation's lines: the field's code (`data-field`) and "Label: before → after".
pub fn change_lines(
    update: &IncidentUpdate,
    i: &Incident,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let name = |f| match f {
        UpdateField::Status => (T::ColStatus, "status"),
        UpdateField::Classification => (T::ColClassification, "classification"),
        UpdateField::Determination => (T::ColDetermination, "determination"),
        UpdateField::AssignedTo => (T::ColAssignedTo, "assignedTo"),
        UpdateField::Tags => (T::ColTags, "tags"),
        UpdateField::Comment => (T::CommentLabel, "comment"),
    };
    let mut out = Vec::new();
    for c in update.changes(i) {
        let (k, code) = name(c.field);
        let before = if c.before.is_empty() {
            "—"
        } else {
            &c.before
        };
        out.push((code, [k.get(lang), ": ", before, " → ", &c.after].concat()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::model::{MapContext, incident_from_json};

    fn incident(json: &str) -> Incident {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        incident_from_json(&serde_json::from_str(json).expect("json"), &ctx).expect("incident")
    }

    fn xdr() -> Incident {
        incident(
            r#"{"incidentId":7,"incidentName":"n","status":"AwaitingAction","classification":"Unknown",
            "determination":"NotAvailable","tags":["a","b"],"comments":[{"comment":"hi","createdBy":"ana","createdTime":"2026-01-02T03:04:05Z"}],
            "alerts":[{"alertId":"x","title":"Bad thing","severity":"High","status":"New","category":"Malware","serviceSource":"Defender",
            "creationTime":"2026-01-02T03:04:05Z","devices":[{"mdatpDeviceId":"d1","deviceDnsName":"pc1","osPlatform":"Windows11","healthStatus":"Active","riskScore":"High"}],
            "entities":[{"entityType":"User","accountName":"bob"}]}]}"#,
        )
    }

    #[test]
    fn facts_name_the_unassigned_and_join_the_tags() {
        let facts = facts(&xdr(), Lang::En);
        let get = |id: &str| facts.iter().find(|f| f.1 == id).expect(id).2.clone();
        assert_eq!(get("detail-assigned"), T::Unassigned.get(Lang::En));
        assert_eq!(get("detail-tags"), "a, b");
        assert_eq!(
            get("detail-severity"),
            severity_label(&xdr().severity, Lang::En)
        );
    }

    #[test]
    fn the_lists_read_as_one_line_each() {
        let i = xdr();
        let alerts = alert_lines(&i, Lang::En);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].0, "Bad thing");
        assert!(alerts[0].1.starts_with(" — "), "{}", alerts[0].1);
        assert!(
            alerts[0].1.contains("Malware, Defender, 2026-01-02"),
            "{}",
            alerts[0].1
        );
        let [devices, _entities, comments] = other_lists(&i);
        assert_eq!(devices, vec!["pc1 (Windows11, Active, High)".to_owned()]);
        assert_eq!(comments.len(), 1);
        assert!(
            comments[0].starts_with("hi — ana 2026-01-02"),
            "{}",
            comments[0]
        );
    }

    #[test]
    fn a_status_only_microsoft_sets_is_shown_but_not_offered() {
        let choices = status_choices(&xdr(), Lang::En);
        assert_eq!(choices[0].0, "AwaitingAction");
        assert!(choices[0].1.ends_with(T::NoChange.get(Lang::En)));
        assert_eq!(choices.len(), 1 + Status::SETTABLE.len());
        let active = incident(r#"{"incidentId":1,"status":"Active"}"#);
        assert_eq!(
            status_choices(&active, Lang::En).len(),
            Status::SETTABLE.len()
        );
        assert_eq!(
            classification_choices(Lang::En).len(),
            Classification::KNOWN.len()
        );
    }

    #[test]
    fn the_form_makes_only_the_changes_and_a_new_classification_clears_the_determination() {
        let i = xdr();
        let mut form = UpdateForm::new(&i);
        assert_eq!(form.update(&i), IncidentUpdate::default().against(&i));
        assert_eq!(
            determination_choices(&form.update(&i), &i, Lang::En).len(),
            1,
            "Unknown allows none"
        );
        form.set(UpdateField::Classification, "TruePositive".into());
        form.set(UpdateField::Determination, "Malware".into());
        form.set(UpdateField::Tags, "a, c".into());
        let u = form.update(&i);
        assert_eq!(u.determination, Some(Determination::Malware));
        assert!(determination_choices(&u, &i, Lang::En).len() > 1);
        form.set(UpdateField::Classification, "FalsePositive".into());
        assert_eq!(form.determination, "");
        let lines = change_lines(&form.update(&i), &i, Lang::En);
        let fields: Vec<&str> = lines.iter().map(|l| l.0).collect();
        assert_eq!(fields, ["classification", "tags"]);
        assert!(lines[1].1.ends_with(": a, b → a, c"), "{}", lines[1].1);
    }

    #[test]
    fn an_empty_before_reads_as_a_dash() {
        let i = xdr();
        let mut form = UpdateForm::new(&i);
        form.set(UpdateField::AssignedTo, "ana@contoso.com".into());
        let lines = change_lines(&form.update(&i), &i, Lang::En);
        assert_eq!(
            lines,
            vec![(
                "assignedTo",
                format!("{}: — → ana@contoso.com", T::ColAssignedTo.get(Lang::En))
            )]
        );
    }
}
