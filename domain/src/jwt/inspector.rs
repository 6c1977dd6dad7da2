//! The token inspector's inputs besides the token (which the app shares with the incidents
//! page) and how each action changes them: a sans-IO step the page's reducer only executes.
//! The clock's ticks and WebCrypto's answers arrive as actions too, so the page holds one state.

use std::rc::Rc;

use super::checks::SignatureState;
use super::jwk::{RsaJob, VerifyPlan};
use crate::catalog::{Operation, OperationChoice};

/// What the person entered and what the page learned while the token was shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InspectorInputs {
    /// The tenant ID the person expects (blank: not checked).
    pub expected_tenant: String,
    /// The operation to judge the token for.
    pub operation: OperationChoice,
    /// The pasted JWKS or key (never fetched).
    pub keys: String,
    /// The catalog's search text.
    pub query: String,
    /// Whether the catalog's disclosure is open.
    pub catalog_open: bool,
    /// The current time, Unix seconds, as of the last tick.
    pub now: i64,
    /// The last signature check WebCrypto finished, and its result.
    pub verified: Option<Rc<(RsaJob, SignatureState)>>,
}

/// A change to [`InspectorInputs`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InspectorAction {
    /// The expected tenant was edited.
    ExpectedTenant(String),
    /// The operation picker's value changed (an ID, or empty for none).
    PickOperation(String),
    /// An operation was chosen in the catalog.
    Choose(&'static Operation),
    /// The keys were edited.
    Keys(String),
    /// The catalog search was edited.
    Query(String),
    /// The catalog was opened (`true`) or closed.
    Catalog(bool),
    /// The clock ticked.
    Tick(i64),
    /// WebCrypto finished this job.
    Verified(RsaJob, SignatureState),
    /// The token was cleared: forget the signature result (it holds the signed text).
    Cleared,
}

impl InspectorInputs {
    /// Fresh inputs at `now`.
    pub fn new(now: i64) -> InspectorInputs {
        InspectorInputs {
            now,
            ..InspectorInputs::default()
        }
    }

    /// The inputs after `action`, or `None` when it changes nothing (no re-render).
    pub fn apply(&self, action: InspectorAction) -> Option<InspectorInputs> {
        let mut next = self.clone();
        let changed = match action {
            InspectorAction::ExpectedTenant(v) => set(&mut next.expected_tenant, v),
            InspectorAction::PickOperation(id) => {
                set(&mut next.operation, OperationChoice::from_id(&id))
            }
            InspectorAction::Choose(op) => set(&mut next.operation, OperationChoice::Known(op)),
            InspectorAction::Keys(v) => set(&mut next.keys, v),
            InspectorAction::Query(v) => set(&mut next.query, v),
            InspectorAction::Catalog(open) => set(&mut next.catalog_open, open),
            InspectorAction::Tick(now) => set(&mut next.now, now),
            InspectorAction::Verified(job, state) => {
                next.verified = Some(Rc::new((job, state)));
                true
            }
            InspectorAction::Cleared => next.verified.take().is_some(),
        };
        changed.then_some(next)
    }

    /// Where the signature check stands for `plan` (the plan for the token and keys shown):
    /// blocked, WebCrypto's answer for exactly this job, or pending.
    pub fn signature(&self, plan: Option<&VerifyPlan>) -> SignatureState {
        match (plan, self.verified.as_deref()) {
            (Some(VerifyPlan::Blocked(block)), _) => SignatureState::NotChecked(block.clone()),
            (Some(VerifyPlan::Ready(job)), Some((done, state))) if done == job => state.clone(),
            _ => SignatureState::Pending,
        }
    }
}

/// Sets `field` to `value`; whether that changed it.
fn set<T: PartialEq>(field: &mut T, value: T) -> bool {
    let changed = *field != value;
    *field = value;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::operation;
    use crate::jwt::jwk::SignatureBlock;

    fn job(input: &str) -> RsaJob {
        RsaJob {
            keys: Vec::new(),
            signing_input: input.into(),
            signature: vec![1, 2, 3],
        }
    }

    #[test]
    fn each_action_changes_its_input_and_nothing_else() {
        let start = InspectorInputs::new(100);
        assert_eq!(start.now, 100);
        let tenant = start
            .apply(InspectorAction::ExpectedTenant("t".into()))
            .expect("changed");
        assert_eq!(tenant.expected_tenant, "t");
        assert_eq!(
            tenant.apply(InspectorAction::ExpectedTenant("t".into())),
            None
        );
        let picked = tenant
            .apply(InspectorAction::PickOperation("xdr.incidents.list".into()))
            .expect("changed");
        assert_eq!(picked.operation.id(), "xdr.incidents.list");
        assert_eq!(picked.expected_tenant, "t");
        let unknown = picked
            .apply(InspectorAction::PickOperation("xdr.nope".into()))
            .expect("changed");
        assert_eq!(
            unknown.operation,
            OperationChoice::Unknown("xdr.nope".into())
        );
        let none = unknown
            .apply(InspectorAction::PickOperation(String::new()))
            .expect("changed");
        assert_eq!(none.operation, OperationChoice::None);
        let op = operation("mde.machines.isolate").expect("op");
        let chosen = none.apply(InspectorAction::Choose(op)).expect("changed");
        assert_eq!(chosen.operation.operation(), Some(op));
        let open = chosen
            .apply(InspectorAction::Catalog(true))
            .expect("changed");
        assert!(open.catalog_open);
        assert_eq!(open.apply(InspectorAction::Catalog(true)), None);
        assert_eq!(open.apply(InspectorAction::Tick(100)), None);
        assert_eq!(
            open.apply(InspectorAction::Tick(101)).map(|i| i.now),
            Some(101)
        );
        let q = open
            .apply(InspectorAction::Query("isolate".into()))
            .expect("changed");
        assert_eq!(q.query, "isolate");
        let k = q
            .apply(InspectorAction::Keys("{}".into()))
            .expect("changed");
        assert_eq!((k.keys.as_str(), k.query.as_str()), ("{}", "isolate"));
    }

    #[test]
    fn the_signature_result_counts_only_for_its_own_job() {
        let inputs = InspectorInputs::new(0);
        let ready = VerifyPlan::Ready(job("a.b"));
        assert_eq!(inputs.signature(None), SignatureState::Pending);
        assert_eq!(inputs.signature(Some(&ready)), SignatureState::Pending);
        let blocked = VerifyPlan::Blocked(SignatureBlock::NoKeys);
        assert_eq!(
            inputs.signature(Some(&blocked)),
            SignatureState::NotChecked(SignatureBlock::NoKeys)
        );
        let done = inputs
            .apply(InspectorAction::Verified(
                job("a.b"),
                SignatureState::Verified { kid: None },
            ))
            .expect("changed");
        assert_eq!(
            done.signature(Some(&ready)),
            SignatureState::Verified { kid: None }
        );
        // Another token or other keys: the old answer does not apply.
        let other = VerifyPlan::Ready(job("c.d"));
        assert_eq!(done.signature(Some(&other)), SignatureState::Pending);
        let cleared = done.apply(InspectorAction::Cleared).expect("changed");
        assert_eq!(cleared.verified, None);
        assert_eq!(cleared.apply(InspectorAction::Cleared), None);
    }
}
