//! The roster desk of the consent page's state: the customer form (add, edit, save, delete), the
//! tenant look-up's outcome, the import, and the two redirect shortcuts (mark granted, add).
//! Every rule is `Roster::apply`/`Roster::import`'s; a refusal is shown, never stored.

use std::rc::Rc;

use dpk_domain::roster::{ConsentStatus, Customer, ImportReport, RosterAction, RosterError};
use dpk_domain::sentences::consent::Lookup;
use yew::AttrValue;

use super::state::{Action, Page, today};
use crate::hooks::stored::Change;

/// The customer being added (`index: None`) or edited. Replaced, never changed in place: the
/// page holds it in an `Rc`, so the reducer's copy of the page does not copy it.
pub(super) struct Editor {
    pub index: Option<usize>,
    pub draft: Customer,
    /// Why the last save was refused.
    pub error: Option<RosterError>,
}

/// What the last import did.
pub(super) enum ImportState {
    Done(ImportReport),
    Failed(RosterError),
    /// The chosen file is over the size the import reads.
    TooLarge,
    /// The browser could not read the chosen file.
    Unreadable,
}

impl Page {
    /// Applies a roster action; a refusal is `Err` and changes nothing.
    fn roster(&mut self, action: RosterAction) -> Result<Change, RosterError> {
        self.roster = Rc::new(self.roster.apply(action)?);
        Ok(Change::Stored)
    }

    fn open(&mut self, index: Option<usize>, draft: Customer) -> Change {
        self.editor(index, draft, None)
    }

    /// Shows the form of `draft` with `error`.
    fn editor(
        &mut self,
        index: Option<usize>,
        draft: Customer,
        error: Option<RosterError>,
    ) -> Change {
        self.editor = Some(Rc::new(Editor {
            index,
            draft,
            error,
        }));
        Change::Shown
    }

    /// Applies the roster desk's actions (the link's are `Stored::apply`'s).
    pub(super) fn edit(&mut self, action: Action) -> Change {
        match action {
            Action::RecordLink => match self.current(&today()) {
                Some(link) => self
                    .roster(RosterAction::RecordLink(link))
                    .unwrap_or(Change::None),
                None => Change::None,
            },
            Action::MarkGranted(tenant_id) => self
                .roster(RosterAction::SetStatus {
                    tenant_id,
                    status: ConsentStatus::Granted,
                    date: today(),
                })
                .unwrap_or(Change::None),
            Action::AddFromBuilder => {
                let draft = Customer {
                    tenant_id: self.request.tenant.trim().to_owned(),
                    cloud: self.request.cloud,
                    ..Customer::default()
                };
                self.open(None, draft)
            }
            Action::AddFromRedirect(tenant_id) => {
                let draft = Customer {
                    tenant_id,
                    cloud: self.request.cloud,
                    status: ConsentStatus::Granted,
                    date: Some(today()),
                    ..Customer::default()
                };
                self.open(None, draft)
            }
            Action::Edit(i) => match self.roster.customers.get(i).cloned() {
                Some(c) => self.open(Some(i), c),
                None => Change::None,
            },
            Action::Delete(i) => {
                let change = self.roster(RosterAction::Remove(i));
                if change.is_ok() {
                    self.editor = None;
                }
                change.unwrap_or(Change::None)
            }
            Action::Draft(draft) => match self.editor.as_ref().map(|ed| ed.index) {
                Some(index) => self.open(index, draft),
                None => Change::None,
            },
            Action::SaveDraft => {
                let Some(ed) = self.editor.clone() else {
                    return Change::None;
                };
                let action = match ed.index {
                    Some(index) => RosterAction::Update {
                        index,
                        customer: ed.draft.clone(),
                    },
                    None => RosterAction::Add(ed.draft.clone()),
                };
                match self.roster(action) {
                    Ok(change) => {
                        self.lookup = None;
                        self.editor = None;
                        change
                    }
                    Err(e) => self.editor(ed.index, ed.draft.clone(), Some(e)),
                }
            }
            Action::CloseEditor => {
                self.lookup = None;
                self.editor = None;
                Change::Shown
            }
            Action::Lookup(lookup) => {
                if let (Lookup::Found { tenant, domain, .. }, Some(ed)) =
                    (&lookup, self.editor.clone())
                {
                    let draft = Customer {
                        tenant_id: tenant.clone(),
                        domain: domain.clone(),
                        ..ed.draft.clone()
                    };
                    self.open(ed.index, draft);
                }
                self.lookup = Some(Rc::new(lookup));
                Change::Shown
            }
            Action::Import(json) => match self.roster.import(&json) {
                Ok((next, report)) => {
                    self.roster = Rc::new(next);
                    self.import = Some(Rc::new(ImportState::Done(report)));
                    self.import_text = AttrValue::default();
                    Change::Stored
                }
                Err(e) => {
                    self.import = Some(Rc::new(ImportState::Failed(e)));
                    Change::Shown
                }
            },
            Action::ImportProblem(problem) => {
                self.import = Some(Rc::new(problem));
                Change::Shown
            }
            _ => Change::None,
        }
    }
}
