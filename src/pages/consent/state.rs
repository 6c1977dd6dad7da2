//! The consent page's one state and the actions that change it: the link inputs, the pasted
//! redirect, the roster (the stored part) and its editor, the import, the look-up, the clipboard
//! status. Every rule is the domain's (`ConsentRequest`, `Roster::apply`); this only routes.

use std::rc::Rc;

use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::{ConsentRequest, LinkFormat, state_from_random};
use dpk_domain::i18n::Lang;
use dpk_domain::roster::{Customer, ROSTER_KEY, Roster, SentLink, date_from_unix};
use dpk_domain::route::HashLocation;
use dpk_domain::sentences::consent::Lookup;
use yew::AttrValue;

use super::desk::{Editor, ImportState};
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

/// Everything the page holds.
#[derive(Clone)]
pub(super) struct Page {
    pub request: Rc<ConsentRequest>,
    /// The link's QR code, redrawn when the request changes.
    pub qr: Rc<QrDrawing>,
    /// The stored part.
    pub roster: Rc<Roster>,
    pub editor: Option<Rc<Editor>>,
    /// The tenant look-up of the customer being edited.
    pub lookup: Option<Rc<Lookup>>,
    /// The outcome of the last copy.
    pub copied: Option<bool>,
    /// The admin message's language when the user chose one (the page language otherwise).
    pub message_lang: Option<Lang>,
    /// The application permissions the partner ticked (for the message).
    pub picked: Vec<String>,
    /// The pasted redirect (never stored).
    pub pasted: AttrValue,
    pub import_text: AttrValue,
    pub import: Option<Rc<ImportState>>,
}

/// A change to the page.
pub(super) enum Action {
    /// The chosen link format's code (the enums come as their `<select>` codes).
    Format(String),
    Cloud(String),
    Api(String),
    ClientId(String),
    Tenant(String),
    RedirectUri(String),
    State(String),
    Copied(bool),
    MessageLang(String),
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

    /// A copy of the link's inputs, to change.
    fn inputs(&self) -> ConsentRequest {
        (*self.request).clone()
    }

    /// Shows `request` (one code path for every input: not generic over the change).
    fn request(&mut self, request: ConsentRequest) -> Change {
        self.qr = qr_for(&request);
        self.request = Rc::new(request);
        Change::Shown
    }
}

impl Stored for Page {
    type Action = Action;

    fn apply(&mut self, action: Action) -> Change {
        match action {
            Action::Format(v) => match LinkFormat::from_code(&v) {
                Some(f) => self.request(self.inputs().format(f)),
                None => Change::None,
            },
            Action::Cloud(v) => match Cloud::from_code(&v) {
                Some(c) => self.request(self.inputs().cloud(c)),
                None => Change::None,
            },
            Action::Api(v) => match Api::from_code(&v) {
                Some(a) => self.request(self.inputs().api(a)),
                None => Change::None,
            },
            Action::ClientId(v) => self.request(self.inputs().client_id(v)),
            Action::Tenant(v) => self.request(self.inputs().tenant(v)),
            Action::RedirectUri(v) => self.request(self.inputs().redirect_uri(v)),
            Action::State(v) => self.request(self.inputs().state(v)),
            Action::Use(i) => match self.roster.customers.get(i).cloned() {
                Some(c) => self.request(self.inputs().tenant(c.tenant_id).cloud(c.cloud)),
                None => Change::None,
            },
            Action::Copied(ok) => {
                self.copied = Some(ok);
                Change::Shown
            }
            Action::MessageLang(v) => {
                self.message_lang = Lang::from_code(&v).or(self.message_lang);
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
            other => self.edit(other),
        }
    }

    fn save(&self) -> bool {
        storage::save(ROSTER_KEY, &self.roster.to_json())
    }
}
