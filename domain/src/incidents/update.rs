//! Updating an incident: what changes, whether the API accepts the combination, the request(s)
//! that carry it, and the refreshed row from the answer.
//!
//! XDR takes one `PATCH /api/incidents/{id}` with `status`, `assignedTo`, `classification`,
//! `determination`, `tags` and `comment`. Its docs say "You can set the determination property
//! only if classification is set to TruePositive"
//! (https://learn.microsoft.com/defender-xdr/api-update-incidents), but the same page lists
//! determinations for the other classifications and public integrations send them: a warning,
//! never a block ([`UpdateWarning`]). Graph takes
//! `PATCH /security/incidents/{id}` with `customTags` instead of `tags`, and a comment is a
//! separate `POST …/comments`.

use serde_json::Value;

use crate::cloud::Api;
use crate::incidents::connection::Endpoint;
use crate::incidents::labels::{Classification, Determination, Status};
use crate::incidents::model::{Comment, Incident, MapContext, graph_comment, incident_from_json};
use crate::incidents::request::{ApiRequest, Method, RawResponse, base_headers, collection_url};
use crate::incidents::response::{ApiError, ParseProblem, parse_problem, status_error};
use crate::incidents::token::AccessToken;
use crate::json::Writer;
use crate::url::encode_component;

/// The fields to change; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncidentUpdate {
    /// New status.
    pub status: Option<Status>,
    /// New classification.
    pub classification: Option<Classification>,
    /// New determination.
    pub determination: Option<Determination>,
    /// New assignee (empty text unassigns).
    pub assigned_to: Option<String>,
    /// New tag list (replaces the old one).
    pub tags: Option<Vec<String>>,
    /// A comment to add.
    pub comment: Option<String>,
}

/// A field of [`IncidentUpdate`], for the confirmation summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateField {
    /// Status.
    Status,
    /// Classification.
    Classification,
    /// Determination.
    Determination,
    /// Assigned to.
    AssignedTo,
    /// Tags.
    Tags,
    /// Comment.
    Comment,
}

/// One line of the confirmation summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The field.
    pub field: UpdateField,
    /// The value now (empty when none).
    pub before: String,
    /// The value after the update.
    pub after: String,
}

/// Why an update cannot be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateProblem {
    /// Nothing differs from the incident as loaded.
    NothingToChange,
    /// The determination is not one of the classification's.
    DeterminationDoesNotFitClassification,
    /// A status only Microsoft sets (`awaitingAction`) or that only a merge produces.
    StatusNotSettable,
}

/// Something worth knowing before sending, that does not stop the update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateWarning {
    /// XDR: its docs say a determination needs the classification `TruePositive`; the API may
    /// refuse another (it is sent anyway: the same page and integrations contradict the rule).
    XdrDeterminationWithoutTruePositive,
}

/// Splits a comma- or semicolon-separated tag text into trimmed, unique, non-empty tags.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_owned());
        }
    }
    out
}

impl IncidentUpdate {
    /// Keeps only the fields that differ from `current` (a blank comment is no comment).
    pub fn against(mut self, current: &Incident) -> IncidentUpdate {
        if self.status.as_ref() == Some(&current.status) {
            self.status = None;
        }
        if self.classification.as_ref() == Some(&current.classification) {
            self.classification = None;
        }
        if self.determination.as_ref() == Some(&current.determination) {
            self.determination = None;
        }
        if let Some(a) = &self.assigned_to
            && a.trim() == current.assigned_to.as_deref().unwrap_or("")
        {
            self.assigned_to = None;
        }
        if self.tags.as_ref() == Some(&current.tags) {
            self.tags = None;
        }
        if self.comment.as_deref().is_some_and(|c| c.trim().is_empty()) {
            self.comment = None;
        }
        self
    }

    /// Whether nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == IncidentUpdate::default()
    }

    /// Checks the combination for `api` against the incident as loaded.
    pub fn validate(&self, api: Api, current: &Incident) -> Result<(), UpdateProblem> {
        if self.is_empty() {
            return Err(UpdateProblem::NothingToChange);
        }
        let _ = api;
        if self.status.as_ref().is_some_and(|s| !s.is_settable()) {
            return Err(UpdateProblem::StatusNotSettable);
        }
        if let Some(det) = &self.determination {
            let class = self
                .classification
                .as_ref()
                .unwrap_or(&current.classification);
            if !Determination::for_classification(class).contains(det) {
                return Err(UpdateProblem::DeterminationDoesNotFitClassification);
            }
        }
        Ok(())
    }

    /// What to point out before sending, for `api`; never a reason to refuse.
    pub fn warnings(&self, api: Api, current: &Incident) -> Vec<UpdateWarning> {
        let class = self
            .classification
            .as_ref()
            .unwrap_or(&current.classification);
        let mut out = Vec::new();
        if api == Api::Xdr && self.determination.is_some() && *class != Classification::TruePositive
        {
            out.push(UpdateWarning::XdrDeterminationWithoutTruePositive);
        }
        out
    }

    /// The changes, for the confirmation step.
    pub fn changes(&self, current: &Incident) -> Vec<Change> {
        let mut out = Vec::new();
        let mut push = |field, before: String, after: String| {
            out.push(Change {
                field,
                before,
                after,
            })
        };
        if let Some(s) = &self.status {
            push(
                UpdateField::Status,
                current.status.xdr_code().into(),
                s.xdr_code().into(),
            );
        }
        if let Some(c) = &self.classification {
            push(
                UpdateField::Classification,
                current.classification.xdr_code().into(),
                c.xdr_code().into(),
            );
        }
        if let Some(d) = &self.determination {
            push(
                UpdateField::Determination,
                current.determination.xdr_code().into(),
                d.xdr_code().into(),
            );
        }
        if let Some(a) = &self.assigned_to {
            push(
                UpdateField::AssignedTo,
                current.assigned_to.clone().unwrap_or_default(),
                a.trim().to_owned(),
            );
        }
        if let Some(t) = &self.tags {
            push(UpdateField::Tags, current.tags.join(", "), t.join(", "));
        }
        if let Some(c) = &self.comment {
            push(UpdateField::Comment, String::new(), c.trim().to_owned());
        }
        out
    }

    /// `current` with the update applied, for when the API answers without a body.
    pub fn apply_to(&self, current: &Incident) -> Incident {
        let mut i = current.clone();
        if let Some(s) = &self.status {
            i.status = s.clone();
        }
        if let Some(c) = &self.classification {
            i.classification = c.clone();
        }
        if let Some(d) = &self.determination {
            i.determination = d.clone();
        }
        if let Some(a) = &self.assigned_to {
            let a = a.trim();
            i.assigned_to = (!a.is_empty()).then(|| a.to_owned());
        }
        if let Some(t) = &self.tags {
            i.tags = t.clone();
        }
        if let Some(c) = &self.comment {
            i.comments.push(Comment {
                text: c.trim().to_owned(),
                author: String::new(),
                created: None,
            });
        }
        i.reindex();
        i
    }

    /// The PATCH body for `api` (only the fields that change; the comment is part of it on XDR).
    /// Members in name order, as the Migrate page's example shows them.
    pub fn patch_body(&self, api: Api) -> Option<String> {
        let graph = api == Api::Graph;
        let mut w = Writer::new();
        w.open('{');
        if let Some(a) = &self.assigned_to {
            w.str("assignedTo", a.trim());
        }
        if let Some(c) = &self.classification {
            w.str("classification", c.code_for(api));
        }
        if !graph && let Some(c) = &self.comment {
            w.str("comment", c.trim());
        }
        if graph && let Some(t) = &self.tags {
            w.strs("customTags", t);
        }
        if let Some(d) = &self.determination {
            w.str("determination", d.code_for(api));
        }
        if let Some(s) = &self.status {
            w.str("status", s.code_for(api));
        }
        if !graph && let Some(t) = &self.tags {
            w.strs("tags", t);
        }
        w.close('}');
        let body = w.finish();
        (body != "{}").then_some(body)
    }
}

/// The requests that carry an update: a PATCH (if any field but a Graph comment changes) and, on
/// Graph, a POST of the comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdatePlan {
    /// `PATCH {collection}/{id}`.
    pub patch: Option<ApiRequest>,
    /// Graph only: `POST {collection}/{id}/comments`.
    pub comment: Option<ApiRequest>,
}

/// The URL of incident `id`.
pub fn item_url(endpoint: &Endpoint, id: &str) -> String {
    format!("{}/{}", collection_url(endpoint), encode_component(id))
}

/// The requests for `update` of incident `id`.
pub fn update_plan(
    endpoint: &Endpoint,
    token: &AccessToken,
    id: &str,
    update: &IncidentUpdate,
) -> UpdatePlan {
    let api = endpoint.api;
    let json_headers = || {
        let mut h = base_headers(api);
        h.push(("Content-Type", "application/json".to_owned()));
        h
    };
    let item = item_url(endpoint, id);
    let patch = update.patch_body(api).map(|body| ApiRequest {
        method: Method::Patch,
        url: endpoint.wrap(&item),
        target: item.clone(),
        bearer: Some(token.clone()),
        headers: json_headers(),
        body: Some(body),
    });
    let comment = match (api, &update.comment) {
        (Api::Graph, Some(c)) => {
            let target = format!("{item}/comments");
            Some(ApiRequest {
                method: Method::Post,
                url: endpoint.wrap(&target),
                target,
                bearer: Some(token.clone()),
                headers: json_headers(),
                body: {
                    let mut w = Writer::new();
                    w.open('{')
                        .str("@odata.type", "microsoft.graph.security.alertComment")
                        .str("comment", c.trim())
                        .close('}');
                    Some(w.finish())
                },
            })
        }
        _ => None,
    };
    UpdatePlan { patch, comment }
}

/// Reads the PATCH answer into the refreshed row: the incident the API returned (keeping the
/// loaded alerts when the answer carries none), or `current` with the update applied when the
/// answer has no body.
pub fn read_update_response(
    raw: &RawResponse,
    ctx: &MapContext<'_>,
    current: &Incident,
    update: &IncidentUpdate,
    now_ms: i64,
) -> Result<Incident, ApiError> {
    if !(200..300).contains(&raw.status) {
        return Err(status_error(raw, now_ms));
    }
    if raw.body.trim().is_empty() {
        return Ok(update.apply_to(current));
    }
    let v: Value = serde_json::from_str(&raw.body)
        .map_err(|e| ApiError::Parse(parse_problem(&raw.body, &e)))?;
    let mut fresh =
        incident_from_json(&v, ctx).ok_or(ApiError::Parse(ParseProblem::NotAnIncident))?;
    if fresh.alert_count.is_none() {
        fresh.alerts = current.alerts.clone();
        fresh.alert_count = current.alert_count;
    }
    if fresh.portal_url.is_none() {
        fresh.portal_url = current.portal_url.clone();
    }
    Ok(fresh)
}

/// Reads the answer to a Graph comment POST: the incident's comments when the answer lists them
/// (`{"value":[…]}` or a bare list), `None` when it does not.
pub fn read_comment_response(
    raw: &RawResponse,
    now_ms: i64,
) -> Result<Option<Vec<Comment>>, ApiError> {
    if !(200..300).contains(&raw.status) {
        return Err(status_error(raw, now_ms));
    }
    let Ok(v) = serde_json::from_str::<Value>(&raw.body) else {
        return Ok(None);
    };
    let list = v.get("value").unwrap_or(&v);
    Ok(list.as_array().map(|items| {
        items
            .iter()
            .filter_map(Value::as_object)
            .map(graph_comment)
            .collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::connection::{ConnectionAction, ConnectionSettings};
    use serde_json::json;

    fn incident(json: &str) -> Incident {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        incident_from_json(&serde_json::from_str(json).expect("json"), &ctx).expect("incident")
    }

    fn endpoint(api: Api) -> Endpoint {
        ConnectionSettings::default()
            .apply(ConnectionAction::SetApi(api))
            .resolve()
            .expect("valid")
    }

    fn current() -> Incident {
        incident(
            r#"{"incidentId":924565,"status":"Active","classification":"Unknown","determination":"NotAvailable","tags":["a"],"alerts":[{"alertId":"x"}]}"#,
        )
    }

    #[test]
    fn the_docs_sample_body_for_xdr() {
        let u = IncidentUpdate {
            status: Some(Status::Resolved),
            assigned_to: Some("secop2@contoso.com".into()),
            classification: Some(Classification::TruePositive),
            determination: Some(Determination::Malware),
            tags: Some(parse_tags("Yossi's playground, Don't mess with the Zohan")),
            comment: Some("pen testing".into()),
        }
        .against(&current());
        assert_eq!(u.validate(Api::Xdr, &current()), Ok(()));
        let plan = update_plan(&endpoint(Api::Xdr), &AccessToken::new("t"), "924565", &u);
        let patch = plan.patch.expect("a patch");
        assert_eq!(patch.method, Method::Patch);
        assert_eq!(
            patch.url,
            "https://api.security.microsoft.com/api/incidents/924565"
        );
        assert_eq!(patch.header("Content-Type"), Some("application/json"));
        let sent: Value = serde_json::from_str(patch.body.as_deref().expect("body")).expect("json");
        let sample: Value = serde_json::from_str(include_str!(
            "../../../tests/fixtures/incidents/xdr-update-incident-request.docs.json"
        ))
        .expect("sample");
        assert_eq!(sent, sample);
        assert_eq!(plan.comment, None);
    }

    #[test]
    fn xdr_determination_without_true_positive_is_a_warning_not_a_block() {
        let only_det = IncidentUpdate {
            determination: Some(Determination::Malware),
            ..Default::default()
        };
        // Classification Unknown has no determinations at all: still refused, as not fitting.
        assert_eq!(
            only_det.validate(Api::Xdr, &current()),
            Err(UpdateProblem::DeterminationDoesNotFitClassification)
        );
        let fp = IncidentUpdate {
            classification: Some(Classification::FalsePositive),
            determination: Some(Determination::Clean),
            ..Default::default()
        };
        assert_eq!(fp.validate(Api::Xdr, &current()), Ok(()));
        assert_eq!(
            fp.warnings(Api::Xdr, &current()),
            [UpdateWarning::XdrDeterminationWithoutTruePositive]
        );
        let plan = update_plan(&endpoint(Api::Xdr), &AccessToken::new("t"), "1", &fp);
        let body: Value =
            serde_json::from_str(plan.patch.expect("patch").body.as_deref().expect("body"))
                .expect("json");
        assert_eq!(
            body,
            json!({"classification":"FalsePositive","determination":"Clean"})
        );
        assert_eq!(fp.validate(Api::Graph, &current()), Ok(()));
        assert!(fp.warnings(Api::Graph, &current()).is_empty());
        let expected = IncidentUpdate {
            classification: Some(Classification::InformationalExpectedActivity),
            determination: Some(Determination::ConfirmedActivity),
            ..Default::default()
        };
        assert_eq!(expected.validate(Api::Xdr, &current()), Ok(()));
        let graph = update_plan(
            &endpoint(Api::Graph),
            &AccessToken::new("t"),
            "1",
            &expected,
        );
        assert!(
            graph
                .patch
                .expect("patch")
                .body
                .expect("body")
                .contains("\"determination\":\"confirmedActivity\"")
        );
        let awaiting = IncidentUpdate {
            status: Some(Status::AwaitingAction),
            ..Default::default()
        };
        assert_eq!(
            awaiting.validate(Api::Graph, &current()),
            Err(UpdateProblem::StatusNotSettable)
        );
        let mismatch = IncidentUpdate {
            classification: Some(Classification::TruePositive),
            determination: Some(Determination::Clean),
            ..Default::default()
        };
        assert_eq!(
            mismatch.validate(Api::Xdr, &current()),
            Err(UpdateProblem::DeterminationDoesNotFitClassification)
        );
        assert_eq!(
            IncidentUpdate::default().validate(Api::Xdr, &current()),
            Err(UpdateProblem::NothingToChange)
        );
        let same = IncidentUpdate {
            status: Some(Status::Active),
            tags: Some(vec!["a".into()]),
            comment: Some("  ".into()),
            ..Default::default()
        };
        assert!(same.against(&current()).is_empty());
    }

    #[test]
    fn graph_uses_camel_case_custom_tags_and_a_comment_post() {
        let u = IncidentUpdate {
            status: Some(Status::InProgress),
            classification: Some(Classification::FalsePositive),
            determination: Some(Determination::Clean),
            tags: Some(vec!["x".into()]),
            comment: Some("checked".into()),
            ..Default::default()
        };
        let plan = update_plan(&endpoint(Api::Graph), &AccessToken::new("t"), "id/1", &u);
        let patch = plan.patch.expect("patch");
        assert_eq!(
            patch.url,
            "https://graph.microsoft.com/v1.0/security/incidents/id%2F1"
        );
        let body: Value = serde_json::from_str(patch.body.as_deref().expect("body")).expect("json");
        assert_eq!(
            body,
            json!({"status":"inProgress","classification":"falsePositive","determination":"notMalicious","customTags":["x"]})
        );
        let comment = plan.comment.expect("comment post");
        assert_eq!(comment.method, Method::Post);
        assert!(comment.url.ends_with("/security/incidents/id%2F1/comments"));
        assert!(
            comment
                .body
                .as_deref()
                .expect("body")
                .contains("\"comment\":\"checked\"")
        );
        let only_comment = IncidentUpdate {
            comment: Some("c".into()),
            ..Default::default()
        };
        assert_eq!(
            update_plan(
                &endpoint(Api::Graph),
                &AccessToken::new("t"),
                "1",
                &only_comment
            )
            .patch,
            None
        );
    }

    #[test]
    fn the_row_refreshes_from_the_answer() {
        let ctx = MapContext {
            portal_origin: "https://security.microsoft.com",
        };
        let u = IncidentUpdate {
            status: Some(Status::Resolved),
            comment: Some("done".into()),
            ..Default::default()
        };
        let ok = |body: &str| RawResponse {
            status: 200,
            retry_after: None,
            body: body.into(),
        };
        let fresh = read_update_response(
            &ok(r#"{"incidentId":924565,"status":"Resolved","alerts":[]}"#),
            &ctx,
            &current(),
            &u,
            0,
        )
        .expect("row");
        assert_eq!(fresh.status, Status::Resolved);
        assert_eq!(fresh.alert_count, Some(0));
        let graph = read_update_response(
            &ok(r#"{"id":"924565","status":"resolved"}"#),
            &ctx,
            &current(),
            &u,
            0,
        )
        .expect("row");
        assert_eq!(
            graph.alert_count,
            Some(1),
            "alerts kept when the answer has none"
        );
        let empty = read_update_response(&ok(""), &ctx, &current(), &u, 0).expect("row");
        assert_eq!(empty.status, Status::Resolved);
        assert_eq!(empty.comments.last().map(|c| c.text.as_str()), Some("done"));
        let err = read_update_response(
            &RawResponse {
                status: 404,
                ..ok("")
            },
            &ctx,
            &current(),
            &u,
            0,
        );
        assert_eq!(err.map_err(|e| e.kind()), Err("not_found"));
        assert_eq!(
            read_update_response(&ok("[1]"), &ctx, &current(), &u, 0),
            Err(ApiError::Parse(ParseProblem::NotAnIncident))
        );
        let comments = read_comment_response(
            &ok(r#"{"value":[{"comment":"c","createdByDisplayName":"me"}]}"#),
            0,
        )
        .expect("ok");
        assert_eq!(comments.map(|c| c[0].author.clone()), Some("me".into()));
        assert_eq!(read_comment_response(&ok(""), 0), Ok(None));
    }

    #[test]
    fn changes_for_the_confirmation() {
        let u = IncidentUpdate {
            status: Some(Status::Resolved),
            assigned_to: Some("me@x".into()),
            ..Default::default()
        };
        let c = u.changes(&current());
        assert_eq!(
            c[0],
            Change {
                field: UpdateField::Status,
                before: "Active".into(),
                after: "Resolved".into()
            }
        );
        assert_eq!(c[1].field, UpdateField::AssignedTo);
        assert_eq!(parse_tags(" a, b;a ,, c "), ["a", "b", "c"]);
    }
}
