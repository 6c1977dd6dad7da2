//! The roster desk of the consent page's state: the customer form (add, edit, save, delete), the
//! tenant look-up's outcome, the import, and the two redirect shortcuts (mark granted, add).
//! Every rule is `Roster::apply`/`Roster::import`'s; a refusal is shown, never stored.

use std::rc::Rc;

use dpk_domain::roster::{ConsentStatus, Customer, ImportReport, RosterAction, RosterError};
use dpk_domain::sentences::consent::Lookup;
use yew::AttrValue;

use super::state::{Action, Page, today};
use crate::hooks::stored::Change;

/// The customer being added (`index: None`) or edited.
#[derive(Clone)]
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
        self.editor = Some(Editor {
            index,
            draft,
            error: None,
        });
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
            Action::Draft(draft) => match &mut self.editor {
                Some(ed) => {
                    ed.draft = draft;
                    ed.error = None;
                    Change::Shown
                }
                None => Change::None,
            },
            Action::SaveDraft => {
                let Some(ed) = self.editor.clone() else {
                    return Change::None;
                };
                let action = match ed.index {
                    Some(index) => RosterAction::Update {
                        index,
                        customer: ed.draft,
                    },
                    None => RosterAction::Add(ed.draft),
                };
                match self.roster(action) {
                    Ok(change) => {
                        self.lookup = None;
                        self.editor = None;
                        change
                    }
                    Err(e) => {
                        if let Some(ed) = &mut self.editor {
                            ed.error = Some(e);
                        }
                        Change::Shown
                    }
                }
            }
            Action::CloseEditor => {
                self.lookup = None;
                self.editor = None;
                Change::Shown
            }
            Action::Lookup(lookup) => {
                if let (Lookup::Found { tenant, domain, .. }, Some(ed)) =
                    (&lookup, &mut self.editor)
                {
                    ed.draft.tenant_id = tenant.clone();
                    ed.draft.domain = domain.clone();
                    ed.error = None;
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
