//! The consent page's one state and the actions that change it: the link inputs, the pasted
//! redirect, the roster (the stored part) and its editor, the import, the look-up, the clipboard
//! status. Every rule is the domain's (`ConsentRequest`, `Roster::apply`); this only routes.

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::{ConsentRequest, LinkFormat, state_from_random};
use dpk_domain::i18n::Lang;
use dpk_domain::roster::{
    ConsentStatus, Customer, ImportReport, ROSTER_KEY, Roster, RosterAction, RosterError, SentLink,
    date_from_unix,
};
use dpk_domain::route::HashLocation;
use dpk_domain::sentences::consent::Lookup;
use yew::AttrValue;

use crate::components::{QrDrawing, draw_qr};
use crate::hooks::stored::{Change, Stored};
use crate::services::{clock, location, random, storage};

/// A fresh state from the browser's cryptographic source (empty if there is none).
pub(super) fn fresh_state() -> String {
    random::bytes::<16>()
        .map(|b| state_from_random(&b))
        .unwrap_or_default()
}

/// Today's date from the browser's clock, `YYYY-MM-DD`.
pub(super) fn today() -> String {
    date_from_unix(clock::now_unix())
}

/// The QR code of `request`'s link (none while it has none).
fn qr_for(request: &ConsentRequest) -> Rc<QrDrawing> {
    Rc::new(request.build().ok().and_then(|link| draw_qr(&link.url)))
}

/// The customer being added (`index: None`) or edited.
#[derive(Clone)]
pub(super) struct Editor {
    pub index: Option<usize>,
    pub draft: Customer,
    /// Why the last save was refused.
    pub error: Option<RosterError>,
}

/// What the last import did.
#[derive(Clone)]
pub(super) enum ImportState {
    Done(ImportReport),
    Failed(RosterError),
    /// The chosen file is over the size the import reads.
    TooLarge,
    /// The browser could not read the chosen file.
    Unreadable,
}

/// Everything the page holds.
#[derive(Clone)]
pub(super) struct Page {
    pub request: Rc<ConsentRequest>,
    /// The link's QR code, redrawn when the request changes.
    pub qr: Rc<QrDrawing>,
    /// The stored part.
    pub roster: Rc<Roster>,
    pub editor: Option<Editor>,
    /// The tenant look-up of the customer being edited.
    pub lookup: Option<Lookup>,
    /// The outcome of the last copy.
    pub copied: Option<bool>,
    /// The admin message's language when the user chose one (the page language otherwise).
    pub message_lang: Option<Lang>,
    /// The application permissions the partner ticked (for the message).
    pub picked: Vec<String>,
    /// The pasted redirect (never stored).
    pub pasted: AttrValue,
    pub import_text: AttrValue,
    pub import: Option<ImportState>,
}

/// A change to the page.
#[derive(Clone)]
pub(super) enum Action {
    Format(LinkFormat),
    Cloud(Cloud),
    Api(Api),
    ClientId(String),
    Tenant(String),
    RedirectUri(String),
    State(String),
    Copied(bool),
    MessageLang(Lang),
    /// Tick or untick an application permission.
    Pick(&'static str, bool),
    Pasted(String),
    /// Remember the link on screen as sent today.
    RecordLink,
    /// Mark the listed tenant as granted today.
    MarkGranted(String),
    /// Open the form for a new customer: this tenant, granted today, in the builder's cloud.
    AddFromRedirect(String),
    /// Open the form for a new customer, prefilled with the builder's tenant and cloud.
    AddFromBuilder,
    Edit(usize),
    Delete(usize),
    /// Take customer `i`'s tenant and cloud into the builder.
    Use(usize),
    Draft(Customer),
    SaveDraft,
    CloseEditor,
    /// The look-up's progress; a found tenant fills the form in.
    Lookup(Lookup),
    ImportText(String),
    /// Import this JSON text.
    Import(String),
    /// The chosen file was refused before it was read.
    ImportProblem(ImportState),
}

impl Page {
    /// The page at start-up: the inputs a share link (`#/consent?…`) carries, a fresh state, and
    /// the stored roster.
    pub fn restore() -> Page {
        let loc = HashLocation::parse(&location::hash());
        let request =
            ConsentRequest::from_params(|k| loc.param(k).map(str::to_owned)).state(fresh_state());
        Page {
            qr: qr_for(&request),
            request: Rc::new(request),
            roster: Rc::new(Roster::restore(storage::load(ROSTER_KEY).as_deref())),
            editor: None,
            lookup: None,
            copied: None,
            message_lang: None,
            picked: Vec::new(),
            pasted: AttrValue::default(),
            import_text: AttrValue::default(),
            import: None,
        }
    }

    /// The link on screen as a record (who it goes to, `date`); remembered when it is sent.
    pub fn current(&self, date: &str) -> Option<SentLink> {
        let r = &self.request;
        r.build()
            .ok()
            .filter(|_| !r.state.trim().is_empty())
            .map(|link| self.roster.link_record(r, &link, date))
    }

    fn request(&mut self, f: impl FnOnce(ConsentRequest) -> ConsentRequest) -> Change {
        let request = f((*self.request).clone());
        self.qr = qr_for(&request);
        self.request = Rc::new(request);
        Change::Shown
    }

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
}

impl Stored for Page {
    type Action = Action;

    fn apply(&mut self, action: Action) -> Change {
        match action {
            Action::Format(f) => self.request(|r| r.format(f)),
            Action::Cloud(c) => self.request(|r| r.cloud(c)),
            Action::Api(a) => self.request(|r| r.api(a)),
            Action::ClientId(v) => self.request(|r| r.client_id(v)),
            Action::Tenant(v) => self.request(|r| r.tenant(v)),
            Action::RedirectUri(v) => self.request(|r| r.redirect_uri(v)),
            Action::State(v) => self.request(|r| r.state(v)),
            Action::Use(i) => match self.roster.customers.get(i).cloned() {
                Some(c) => self.request(|r| r.tenant(c.tenant_id).cloud(c.cloud)),
                None => Change::None,
            },
            Action::Copied(ok) => {
                self.copied = Some(ok);
                Change::Shown
            }
            Action::MessageLang(l) => {
                self.message_lang = Some(l);
                Change::Shown
            }
            Action::Pick(p, on) => {
                self.picked.retain(|q| q != p);
                if on {
                    self.picked.push(p.to_owned());
                }
                Change::Shown
            }
            Action::Pasted(v) => {
                self.pasted = v.into();
                Change::Shown
            }
            Action::ImportText(v) => {
                self.import_text = v.into();
                Change::Shown
            }
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
                self.lookup = Some(lookup);
                Change::Shown
            }
            Action::Import(json) => match self.roster.import(&json) {
                Ok((next, report)) => {
                    self.roster = Rc::new(next);
                    self.import = Some(ImportState::Done(report));
                    self.import_text = AttrValue::default();
                    Change::Stored
                }
                Err(e) => {
                    self.import = Some(ImportState::Failed(e));
                    Change::Shown
                }
            },
            Action::ImportProblem(problem) => {
                self.import = Some(problem);
                Change::Shown
            }
        }
    }

    fn save(&self) -> bool {
        storage::save(ROSTER_KEY, &self.roster.to_json())
    }
}
