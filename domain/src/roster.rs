//! The customer roster: who the partner onboards, in which tenant and cloud, where consent
//! stands, and every consent link sent to them. Kept in `localStorage` by the page, so it must
//! never hold a secret or a token: rows that carry a secret-named field, or a value shaped like a
//! JWT or an Entra client secret, are refused on every way in (add, edit, import). A link's
//! `state` is not a secret: it only ties an answer to the link it came from.
//!
//! The roster is clock-free: the page passes "now" (Unix seconds) to [`date_from_unix`] and stores
//! the resulting `YYYY-MM-DD`. Export and storage share one compact JSON format:
//! `{"kind":"dpk-roster","version":2,"customers":[{…}],"links":[{…}]}` (version 1 files, without
//! links and domains, still import; so does a bare array of customers).
//!
//! Import and restore are linear in the number of rows (tenant IDs and domains are indexed, never
//! searched row by row) and refuse files of more than [`MAX_CUSTOMERS`] customers as a whole.
//!
//! ## Links sent ([`SentLink`])
//!
//! Each consent link the partner sends (copies, opens or shares) is remembered as a [`SentLink`]:
//! customer name, tenant, cloud, application (client) ID, API, link format, `state` and date. The
//! redirect reader matches a pasted answer to the link it came from ([`Roster::match_answer`]):
//! the comparison of `state` is exact (case-sensitive, full length). A state this browser never
//! issued is [`AnswerMatch::Unknown`], not an attack; [`AnswerMatch::Mismatch`] is only a state
//! that differs from the one issued for the answer's tenant. Other features (the migration page's
//! Graph re-consent links) read [`Roster::links`] for what was sent to whom.

use serde_json::{Map, Value};

use crate::cloud::is_guid;
use crate::cloud::{Api, Cloud};
use crate::consent::{LinkFormat, MAX_STATE_LEN, is_domain};
use crate::i18n::{Lang, RosterText as T, Text, fill};
use crate::json::Writer;

/// Storage key of the roster.
pub const ROSTER_KEY: &str = "dpk.roster";
/// The `kind` of an exported roster.
pub const EXPORT_KIND: &str = "dpk-roster";
/// Longest customer name.
pub const MAX_NAME: usize = 120;
/// Longest note.
pub const MAX_NOTES: usize = 2000;
/// The most customers a roster holds: an import or restore with more rows is refused as a whole
/// (a 1 MB file, the largest the page reads, holds about 15 000 short rows).
pub const MAX_CUSTOMERS: usize = 20_000;
/// The most links remembered; the oldest are forgotten first.
pub const MAX_LINKS: usize = 2_000;

/// Where consent stands for a customer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConsentStatus {
    /// Link sent, no answer yet (the default).
    #[default]
    Pending,
    /// The admin granted consent.
    Granted,
    /// The admin cancelled or declined.
    Declined,
    /// Consent failed with an error.
    Failed,
    /// Consent was removed in the customer's tenant.
    Revoked,
}

crate::codes! {
    /// The stored code: `pending`, `granted`, `declined`, `failed`, `revoked`.
    ConsentStatus {
        Pending => "pending",
        Granted => "granted",
        Declined => "declined",
        Failed => "failed",
        Revoked => "revoked",
    }
}

impl ConsentStatus {
    /// Every status, in display order.
    pub const ALL: [ConsentStatus; 5] = [
        ConsentStatus::Pending,
        ConsentStatus::Granted,
        ConsentStatus::Declined,
        ConsentStatus::Failed,
        ConsentStatus::Revoked,
    ];

    /// The display name.
    pub fn label(self) -> T {
        match self {
            ConsentStatus::Pending => T::StatusPending,
            ConsentStatus::Granted => T::StatusGranted,
            ConsentStatus::Declined => T::StatusDeclined,
            ConsentStatus::Failed => T::StatusFailed,
            ConsentStatus::Revoked => T::StatusRevoked,
        }
    }
}

/// One customer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Customer {
    /// The customer's name, as the partner calls it.
    pub name: String,
    /// The customer's tenant ID (a lower-case GUID), or empty while only the domain is known;
    /// unique in a roster. A domain typed here moves to [`Customer::domain`] on validation.
    pub tenant_id: String,
    /// A verified domain of the tenant (`contoso.onmicrosoft.com`, lower-case), or empty; unique
    /// in a roster. The page can look the tenant ID up from it.
    pub domain: String,
    /// The customer's cloud.
    pub cloud: Cloud,
    /// Where consent stands.
    pub status: ConsentStatus,
    /// The date the status was set, `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// Free notes (never a secret).
    pub notes: String,
    /// The app moved to the Microsoft Graph security API and this customer's administrator has
    /// not answered a Graph consent link yet (set by the Migrate page; cleared when an answer is
    /// read, [`RosterAction::SetStatus`]).
    pub needs_graph_consent: bool,
}

/// Why a customer or an import was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RosterError {
    /// No name.
    NameMissing,
    /// The tenant ID is not a GUID (nor a domain).
    TenantNotGuid,
    /// Neither a tenant ID nor a domain.
    TenantMissing,
    /// The domain is not a domain name.
    DomainInvalid,
    /// More customers than [`MAX_CUSTOMERS`].
    TooManyRows {
        /// How many there would be.
        rows: usize,
        /// The limit.
        max: usize,
    },
    /// An unknown cloud code.
    Cloud,
    /// An unknown status code.
    Status,
    /// A date that is not a real `YYYY-MM-DD` date.
    Date,
    /// A field longer than allowed.
    TooLong {
        /// Which field (`name` or `notes`).
        field: &'static str,
        /// Its limit in characters.
        max: usize,
    },
    /// A field named like a secret, or a value shaped like one.
    Secret {
        /// The field's name.
        field: String,
    },
    /// The tenant ID is already in the roster (or earlier in the file).
    Duplicate,
    /// An import row that is not a JSON object.
    NotObject,
    /// The import is not JSON: where the reading stopped (1-based, as serde_json counts; the
    /// message is ours, in the page's language, not serde_json's English).
    NotJson {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
    },
    /// The import is JSON but neither a list nor `{"customers": [...]}`.
    Shape,
}

impl RosterError {
    /// The sentence to show, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RosterError::NameMissing => T::ErrNameMissing.get(lang).to_owned(),
            RosterError::TenantNotGuid => T::ErrTenantNotGuid.get(lang).to_owned(),
            RosterError::TenantMissing => T::ErrTenantMissing.get(lang).to_owned(),
            RosterError::DomainInvalid => T::ErrDomainInvalid.get(lang).to_owned(),
            RosterError::TooManyRows { rows, max } => fill(
                T::ErrTooManyRows.get(lang),
                &[("rows", &rows.to_string()), ("max", &max.to_string())],
            ),
            RosterError::Cloud => T::ErrCloud.get(lang).to_owned(),
            RosterError::Status => T::ErrStatus.get(lang).to_owned(),
            RosterError::Date => T::ErrDate.get(lang).to_owned(),
            RosterError::TooLong { field, max } => {
                let field = if *field == "name" {
                    T::FieldName
                } else {
                    T::FieldNotes
                };
                fill(
                    T::ErrTooLong.get(lang),
                    &[("field", field.get(lang)), ("max", &max.to_string())],
                )
            }
            RosterError::Secret { field } => fill(T::ErrSecret.get(lang), &[("field", field)]),
            RosterError::Duplicate => T::ErrDuplicate.get(lang).to_owned(),
            RosterError::NotObject => T::ErrNotObject.get(lang).to_owned(),
            RosterError::NotJson { line, column } => fill(
                T::ErrNotJson.get(lang),
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            RosterError::Shape => T::ErrShape.get(lang).to_owned(),
        }
    }
}

/// A rejected import row: its 1-based position in the file and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// 1-based row number.
    pub row: usize,
    /// Why it was rejected.
    pub error: RosterError,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New customers.
    pub added: usize,
    /// Customers whose tenant was already listed, now replaced by the imported row.
    pub updated: usize,
    /// Rows left out, with the reason.
    pub rejected: Vec<RowError>,
}

/// Field names that only a secret would have.
const SECRET_FIELDS: [&str; 9] = [
    "secret",
    "client_secret",
    "clientsecret",
    "password",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "code",
];

/// Whether `text` holds something shaped like a JWT (`eyJ….….`) or an Entra client secret
/// (three characters, a digit, `Q~`, then 31 or more of `A–Z a–z 0–9 . _ ~ -`).
pub fn looks_like_secret(text: &str) -> bool {
    let is_b64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let jwt = text.match_indices("eyJ").any(|(i, _)| {
        let rest = &text[i..];
        let mut parts = rest.split('.');
        let header = parts.next().unwrap_or_default();
        let payload = parts.next().unwrap_or_default();
        header.len() >= 10
            && header.chars().all(is_b64url)
            && payload.len() >= 10
            && payload
                .chars()
                .take_while(|c| !c.is_whitespace())
                .all(is_b64url)
    });
    let chars: Vec<char> = text.chars().collect();
    let secret_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '~' | '-');
    let entra_secret = chars.windows(2).enumerate().any(|(i, w)| {
        w == ['Q', '~']
            && i >= 4
            && chars[i - 1].is_ascii_digit()
            && chars[i - 4..i - 1].iter().all(|c| secret_char(*c))
            && chars[i + 2..]
                .iter()
                .take_while(|c| secret_char(**c))
                .count()
                >= 31
    });
    jwt || entra_secret
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    crate::calendar::parse_iso_date(s).is_some()
}

/// The UTC calendar date of `unix_seconds`, as `YYYY-MM-DD` (days-from-civil inverse, valid for
/// any date from year 0 to 9999).
pub fn date_from_unix(unix_seconds: i64) -> String {
    let (y, m, d) = crate::calendar::civil_from_days(unix_seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

impl Customer {
    /// The customer with its fields trimmed and the tenant ID lower-cased, or why it cannot be
    /// listed.
    pub fn validated(&self) -> Result<Customer, RosterError> {
        let name = self.name.trim().to_owned();
        let mut tenant_id = self.tenant_id.trim().to_ascii_lowercase();
        let mut domain = self.domain.trim().to_ascii_lowercase();
        // A domain typed where the tenant ID goes is the tenant's domain.
        if !tenant_id.is_empty() && !is_guid(&tenant_id) && is_domain(&tenant_id) {
            if domain.is_empty() || domain == tenant_id {
                domain = std::mem::take(&mut tenant_id);
            } else {
                return Err(RosterError::TenantNotGuid);
            }
        }
        let notes = self.notes.trim().to_owned();
        let date = self
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned);
        if name.is_empty() {
            return Err(RosterError::NameMissing);
        }
        if name.chars().count() > MAX_NAME {
            return Err(RosterError::TooLong {
                field: "name",
                max: MAX_NAME,
            });
        }
        if tenant_id.is_empty() && domain.is_empty() {
            return Err(RosterError::TenantMissing);
        }
        if !tenant_id.is_empty() && !is_guid(&tenant_id) {
            return Err(RosterError::TenantNotGuid);
        }
        if !domain.is_empty() && !is_domain(&domain) {
            return Err(RosterError::DomainInvalid);
        }
        if date.as_deref().is_some_and(|d| !is_iso_date(d)) {
            return Err(RosterError::Date);
        }
        if notes.chars().count() > MAX_NOTES {
            return Err(RosterError::TooLong {
                field: "notes",
                max: MAX_NOTES,
            });
        }
        for (field, value) in [("name", &name), ("notes", &notes)] {
            if looks_like_secret(value) {
                return Err(RosterError::Secret {
                    field: field.to_owned(),
                });
            }
        }
        Ok(Customer {
            name,
            tenant_id,
            domain,
            cloud: self.cloud,
            status: self.status,
            date,
            notes,
            needs_graph_consent: self.needs_graph_consent,
        })
    }

    /// The keys the customer is found by: its tenant ID and its domain (the non-empty ones).
    fn keys(&self) -> impl Iterator<Item = &str> {
        [self.tenant_id.as_str(), self.domain.as_str()]
            .into_iter()
            .filter(|k| !k.is_empty())
    }

    /// Whether `tenant` (a lower-case tenant ID or domain) names this customer.
    fn is(&self, tenant: &str) -> bool {
        !tenant.is_empty() && (self.tenant_id == tenant || self.domain == tenant)
    }

    /// Writes the customer as one object of the export file.
    fn write(&self, w: &mut Writer) {
        w.open('{')
            .str("name", &self.name)
            .str("tenant_id", &self.tenant_id);
        if !self.domain.is_empty() {
            w.str("domain", &self.domain);
        }
        w.str("cloud", self.cloud.code())
            .str("status", self.status.code())
            .opt("date", self.date.as_deref())
            .str("notes", &self.notes)
            .flag("needs_graph_consent", self.needs_graph_consent)
            .close('}');
    }

    fn from_json(value: &Value) -> Result<Customer, RosterError> {
        let Some(obj) = value.as_object() else {
            return Err(RosterError::NotObject);
        };
        if let Some(key) = obj
            .keys()
            .find(|k| SECRET_FIELDS.contains(&k.to_ascii_lowercase().as_str()))
        {
            return Err(RosterError::Secret { field: key.clone() });
        }
        let text = |o: &Map<String, Value>, k: &str| -> String {
            match o.get(k) {
                Some(Value::String(s)) => s.clone(),
                // Whole numbers only: formatting any JSON number would bring a float formatter
                // (about 20 KB of tables) into the bundle, and no field is a fraction.
                Some(Value::Number(n)) => n
                    .as_i64()
                    .map(|i| i.to_string())
                    .or_else(|| n.as_u64().map(|u| u.to_string()))
                    .unwrap_or_default(),
                _ => String::new(),
            }
        };
        let cloud = match obj.get("cloud") {
            None | Some(Value::Null) => Cloud::default(),
            Some(Value::String(c)) => {
                Cloud::from_code(&c.to_ascii_lowercase()).ok_or(RosterError::Cloud)?
            }
            Some(_) => return Err(RosterError::Cloud),
        };
        let status = match obj.get("status") {
            None | Some(Value::Null) => ConsentStatus::default(),
            Some(Value::String(s)) => {
                ConsentStatus::from_code(&s.to_ascii_lowercase()).ok_or(RosterError::Status)?
            }
            Some(_) => return Err(RosterError::Status),
        };
        let date = match obj.get("date") {
            None | Some(Value::Null) => None,
            Some(Value::String(d)) => Some(d.clone()),
            Some(_) => return Err(RosterError::Date),
        };
        Customer {
            name: text(obj, "name"),
            tenant_id: text(obj, "tenant_id"),
            domain: text(obj, "domain"),
            cloud,
            status,
            date,
            notes: text(obj, "notes"),
            needs_graph_consent: obj
                .get("needs_graph_consent")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        }
        .validated()
    }
}

/// A consent link sent to a customer, remembered so that the answer (pasted after a reload, or
/// days later) can be matched to it. Nothing in it is a secret: the `state` only ties an answer
/// to its link.
///
/// Shape in storage and export (`links` of the roster file):
/// `{"customer":"Contoso","tenant":"contoso.onmicrosoft.com","tenant_id":"…guid…" | "",
///   "cloud":"global","client_id":"…guid…","api":"graph","format":"v2-adminconsent",
///   "state":"…","date":"2026-12-07"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentLink {
    /// The customer's name in the roster when the link was sent (empty when the tenant was not
    /// listed).
    pub customer: String,
    /// The tenant the link names, lower-case: a tenant ID, a domain, `common` or `organizations`.
    pub tenant: String,
    /// The tenant ID (lower-case GUID) when known: the link's own tenant, or the listed
    /// customer's; empty otherwise.
    pub tenant_id: String,
    /// The cloud whose sign-in host the link uses.
    pub cloud: Cloud,
    /// The application (client) ID, lower-case.
    pub client_id: String,
    /// The API whose permissions the link asks for.
    pub api: Api,
    /// The link format.
    pub format: LinkFormat,
    /// The `state` the link carries (compared exactly with the answer's).
    pub state: String,
    /// The date it was sent, `YYYY-MM-DD`.
    pub date: String,
}

impl SentLink {
    /// The link with its fields trimmed and lower-cased where Entra ignores case, or why it cannot
    /// be remembered (a state is required: without one no answer can be matched).
    pub fn validated(&self) -> Result<SentLink, RosterError> {
        let mut link = self.clone();
        link.customer = link.customer.trim().to_owned();
        link.tenant = link.tenant.trim().to_ascii_lowercase();
        link.tenant_id = link.tenant_id.trim().to_ascii_lowercase();
        link.client_id = link.client_id.trim().to_ascii_lowercase();
        if link.tenant_id.is_empty() && is_guid(&link.tenant) {
            link.tenant_id = link.tenant.clone();
        }
        if link.customer.chars().count() > MAX_NAME {
            return Err(RosterError::TooLong {
                field: "name",
                max: MAX_NAME,
            });
        }
        if link.tenant.is_empty() || link.tenant.len() > 253 {
            return Err(RosterError::TenantMissing);
        }
        if !link.tenant_id.is_empty() && !is_guid(&link.tenant_id) {
            return Err(RosterError::TenantNotGuid);
        }
        if !is_guid(&link.client_id)
            || link.state.is_empty()
            || link.state.chars().count() > MAX_STATE_LEN
        {
            return Err(RosterError::Shape);
        }
        if !is_iso_date(&link.date) {
            return Err(RosterError::Date);
        }
        if looks_like_secret(&link.customer) || looks_like_secret(&link.state) {
            return Err(RosterError::Secret {
                field: "state".to_owned(),
            });
        }
        Ok(link)
    }

    /// Writes the link as one object of the export file.
    fn write(&self, w: &mut Writer) {
        w.open('{')
            .str("customer", &self.customer)
            .str("tenant", &self.tenant)
            .str("tenant_id", &self.tenant_id)
            .str("cloud", self.cloud.code())
            .str("client_id", &self.client_id)
            .str("api", self.api.code())
            .str("format", self.format.code())
            .str("state", &self.state)
            .str("date", &self.date)
            .close('}');
    }

    fn from_json(value: &Value) -> Option<SentLink> {
        let obj = value.as_object()?;
        let text = |k: &str| obj.get(k).and_then(Value::as_str).unwrap_or_default();
        SentLink {
            customer: text("customer").to_owned(),
            tenant: text("tenant").to_owned(),
            tenant_id: text("tenant_id").to_owned(),
            cloud: Cloud::from_code(text("cloud"))?,
            client_id: text("client_id").to_owned(),
            api: Api::from_code(text("api"))?,
            format: LinkFormat::from_code(text("format"))?,
            state: text("state").to_owned(),
            date: text("date").to_owned(),
        }
        .validated()
        .ok()
    }
}

/// How a pasted answer's `state` relates to the links this browser sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerMatch {
    /// The state is exactly the one of this link: the answer comes from it.
    Link(SentLink),
    /// The state differs from the one issued for the answer's tenant (this link, the latest sent
    /// there): the answer belongs to an older link, another tool, or someone else's request.
    Mismatch(SentLink),
    /// This browser never issued this state (another browser, a cleared roster, or a link built
    /// elsewhere): nothing to compare it with. Not a sign of an attack by itself.
    Unknown,
    /// The answer carries no state.
    Absent,
}

impl AnswerMatch {
    /// `match`, `mismatch`, `unknown` or `absent`, as exposed in `data-state`.
    pub fn code(&self) -> &'static str {
        match self {
            AnswerMatch::Link(_) => "match",
            AnswerMatch::Mismatch(_) => "mismatch",
            AnswerMatch::Unknown => "unknown",
            AnswerMatch::Absent => "absent",
        }
    }
}

/// A change to the roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterAction {
    /// Add a new customer (its tenant must not be listed yet).
    Add(Customer),
    /// Replace the customer at `index`.
    Update {
        /// Position in [`Roster::customers`].
        index: usize,
        /// The new values.
        customer: Customer,
    },
    /// Remove the customer at `index`.
    Remove(usize),
    /// Set a listed tenant's status and date (the reader's "mark as granted").
    SetStatus {
        /// The tenant ID (or domain).
        tenant_id: String,
        /// The new status.
        status: ConsentStatus,
        /// The date, `YYYY-MM-DD`.
        date: String,
    },
    /// Mark customers as needing (or no longer needing) Graph consent: the one with `tenant_id`,
    /// or every customer when it is `None`.
    SetNeedsGraphConsent {
        /// The tenant ID, or `None` for all.
        tenant_id: Option<String>,
        /// The new flag.
        needs: bool,
    },
    /// Remember a link as sent. A link with the same state replaces the earlier record; beyond
    /// [`MAX_LINKS`] the oldest is forgotten.
    RecordLink(SentLink),
}

/// The list of customers, in the order they were added, and the links sent to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    /// The customers.
    pub customers: Vec<Customer>,
    /// The links sent, oldest first.
    pub links: Vec<SentLink>,
}

impl Roster {
    /// The position of the customer whose tenant ID or domain is `tenant` (any case), if listed.
    pub fn find(&self, tenant: &str) -> Option<usize> {
        let t = tenant.trim().to_ascii_lowercase();
        self.customers.iter().position(|c| {
            #[cfg(test)]
            tests::SCANNED.with(|n| n.set(n.get() + 1));
            c.is(&t)
        })
    }

    /// Whether `customer` clashes with a listed one other than `except` (same tenant ID or same
    /// domain).
    fn clashes(&self, customer: &Customer, except: Option<usize>) -> bool {
        customer
            .keys()
            .filter_map(|k| self.find(k))
            .any(|i| Some(i) != except)
    }

    /// The roster after `action`, or why the action was refused (the roster is then unchanged).
    pub fn apply(&self, action: RosterAction) -> Result<Roster, RosterError> {
        let mut next = self.clone();
        match action {
            RosterAction::Add(customer) => {
                let customer = customer.validated()?;
                if self.clashes(&customer, None) {
                    return Err(RosterError::Duplicate);
                }
                if self.customers.len() >= MAX_CUSTOMERS {
                    return Err(RosterError::TooManyRows {
                        rows: self.customers.len() + 1,
                        max: MAX_CUSTOMERS,
                    });
                }
                next.customers.push(customer);
            }
            RosterAction::Update { index, customer } => {
                let customer = customer.validated()?;
                if self.clashes(&customer, Some(index)) {
                    return Err(RosterError::Duplicate);
                }
                if let Some(slot) = next.customers.get_mut(index) {
                    // The edit form does not show the Graph flag: keep it.
                    let needs_graph_consent = slot.needs_graph_consent;
                    *slot = Customer {
                        needs_graph_consent,
                        ..customer
                    };
                }
            }
            RosterAction::Remove(index) => {
                if index < next.customers.len() {
                    next.customers.remove(index);
                }
            }
            RosterAction::SetStatus {
                tenant_id,
                status,
                date,
            } => {
                if !is_iso_date(&date) {
                    return Err(RosterError::Date);
                }
                if let Some(i) = self.find(&tenant_id) {
                    next.customers[i].status = status;
                    next.customers[i].date = Some(date);
                    // An answer was read: the Graph consent question is settled either way.
                    next.customers[i].needs_graph_consent = false;
                }
            }
            RosterAction::SetNeedsGraphConsent { tenant_id, needs } => {
                let only = tenant_id.map(|t| t.trim().to_ascii_lowercase());
                for c in &mut next.customers {
                    if only.as_ref().is_none_or(|t| *t == c.tenant_id) {
                        c.needs_graph_consent = needs;
                    }
                }
            }
            RosterAction::RecordLink(link) => {
                let link = link.validated()?;
                next.links.retain(|l| l.state != link.state);
                next.links.push(link);
                if next.links.len() > MAX_LINKS {
                    let extra = next.links.len() - MAX_LINKS;
                    next.links.drain(..extra);
                }
            }
        }
        Ok(next)
    }

    /// The record of a link about to be sent, with the listed customer's name and tenant ID
    /// when the link's tenant (ID or domain) is in the roster.
    pub fn link_record(
        &self,
        request: &crate::consent::ConsentRequest,
        link: &crate::consent::ConsentLink,
        date: &str,
    ) -> SentLink {
        let tenant = link.tenant.as_str().to_owned();
        let customer = self.find(&tenant).map(|i| &self.customers[i]);
        SentLink {
            customer: customer.map(|c| c.name.clone()).unwrap_or_default(),
            tenant_id: if is_guid(&tenant) {
                tenant.clone()
            } else {
                customer.map(|c| c.tenant_id.clone()).unwrap_or_default()
            },
            tenant,
            cloud: request.cloud,
            client_id: link.client_id.clone(),
            api: request.api,
            format: request.format,
            state: request.state.trim().to_owned(),
            date: date.to_owned(),
        }
    }

    /// Matches a pasted answer to the link it came from: `state` is the answer's state (`None`
    /// when it has none), `tenant` the tenant ID the answer names, if any. The comparison is
    /// exact (case-sensitive, full length).
    pub fn match_answer(&self, state: Option<&str>, tenant: Option<&str>) -> AnswerMatch {
        self.match_answer_with(state, tenant, None)
    }

    /// [`Roster::match_answer`], also trying `current`: the link on screen, built in this tab
    /// but not (yet) remembered as sent.
    pub fn match_answer_with(
        &self,
        state: Option<&str>,
        tenant: Option<&str>,
        current: Option<&SentLink>,
    ) -> AnswerMatch {
        let Some(state) = state.filter(|s| !s.is_empty()) else {
            return AnswerMatch::Absent;
        };
        if let Some(link) = self
            .links
            .iter()
            .rev()
            .chain(current)
            .find(|l| l.state == state)
        {
            return AnswerMatch::Link(link.clone());
        }
        let Some(tenant) = tenant.map(str::to_ascii_lowercase) else {
            return AnswerMatch::Unknown;
        };
        // The tenant ID of a link sent by domain may be known from the roster only.
        let tenant_of = |l: &SentLink| {
            if l.tenant_id.is_empty() {
                self.find(&l.tenant)
                    .map(|i| self.customers[i].tenant_id.clone())
                    .unwrap_or_default()
            } else {
                l.tenant_id.clone()
            }
        };
        self.links
            .iter()
            .rev()
            .chain(current)
            .find(|l| tenant_of(l) == tenant)
            .map_or(AnswerMatch::Unknown, |l| AnswerMatch::Mismatch(l.clone()))
    }

    /// The roster as compact JSON (the export file and the stored value): `kind`, `version`,
    /// `customers` (each: `name`, `tenant_id`, `domain` unless empty, `cloud`, `status`, `date`
    /// or null, `notes`, `needs_graph_consent` when true) and `links` (each: `customer`,
    /// `tenant`, `tenant_id`, `cloud`, `client_id`, `api`, `format`, `state`, `date`).
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        w.open('{')
            .str("kind", EXPORT_KIND)
            .num("version", Some(2))
            .open_member("customers", '[');
        for c in &self.customers {
            c.write(&mut w);
        }
        w.close(']').open_member("links", '[');
        for l in &self.links {
            l.write(&mut w);
        }
        w.close(']').close('}');
        w.finish()
    }

    /// The roster after importing `json`: good rows are added (or replace the listed customer
    /// with the same tenant ID or domain), bad rows are reported and left out, and the rows
    /// already listed stay; links are merged by state. Fails as a whole when `json` is not JSON,
    /// has the wrong shape, or would make the roster longer than [`MAX_CUSTOMERS`].
    ///
    /// Linear in the rows: tenant IDs and domains are looked up in an index (`KeyIndex`).
    pub fn import(&self, json: &str) -> Result<(Roster, ImportReport), RosterError> {
        let doc: Value = serde_json::from_str(json).map_err(|e| RosterError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
        let (rows, links) = match &doc {
            Value::Array(rows) => (rows, None),
            Value::Object(o) => match o.get("customers") {
                Some(Value::Array(rows)) => (rows, o.get("links").and_then(Value::as_array)),
                _ => return Err(RosterError::Shape),
            },
            _ => return Err(RosterError::Shape),
        };
        if rows.len() > MAX_CUSTOMERS {
            return Err(RosterError::TooManyRows {
                rows: rows.len(),
                max: MAX_CUSTOMERS,
            });
        }
        let mut next = self.clone();
        let mut index = KeyIndex::new(2 * (next.customers.len() + rows.len()));
        for (i, c) in next.customers.iter().enumerate() {
            for k in c.keys() {
                index.set(k, Some(i));
            }
        }
        let mut report = ImportReport::default();
        // Keys seen in this file: a second row for the same tenant is a duplicate.
        let mut seen = KeyIndex::new(2 * rows.len());
        for (i, row) in rows.iter().enumerate() {
            let result = Customer::from_json(row).and_then(|c| {
                if c.keys().any(|k| seen.get(k).is_some()) {
                    Err(RosterError::Duplicate)
                } else {
                    Ok(c)
                }
            });
            let c = match result {
                Ok(c) => c,
                Err(error) => {
                    report.rejected.push(RowError { row: i + 1, error });
                    continue;
                }
            };
            let listed: Vec<usize> = c.keys().filter_map(|k| index.get(k)).collect();
            if listed.windows(2).any(|w| w[0] != w[1]) {
                // Its tenant ID is one listed customer's, its domain another's.
                report.rejected.push(RowError {
                    row: i + 1,
                    error: RosterError::Duplicate,
                });
                continue;
            }
            for k in c.keys() {
                seen.set(k, Some(i));
            }
            let at = match listed.first() {
                Some(&at) => {
                    for k in next.customers[at].keys() {
                        index.set(k, None);
                    }
                    next.customers[at] = c;
                    report.updated += 1;
                    at
                }
                None => {
                    next.customers.push(c);
                    report.added += 1;
                    next.customers.len() - 1
                }
            };
            for k in next.customers[at].keys() {
                index.set(k, Some(at));
            }
        }
        if next.customers.len() > MAX_CUSTOMERS {
            return Err(RosterError::TooManyRows {
                rows: next.customers.len(),
                max: MAX_CUSTOMERS,
            });
        }
        if let Some(links) = links {
            let mut by_state = KeyIndex::new(next.links.len() + links.len());
            for (i, l) in next.links.iter().enumerate() {
                by_state.set(&l.state, Some(i));
            }
            for link in links.iter().filter_map(SentLink::from_json) {
                match by_state.get(&link.state) {
                    Some(i) => next.links[i] = link,
                    None => {
                        by_state.set(&link.state, Some(next.links.len()));
                        next.links.push(link);
                    }
                }
            }
            if next.links.len() > MAX_LINKS {
                let extra = next.links.len() - MAX_LINKS;
                next.links.drain(..extra);
            }
        }
        Ok((next, report))
    }

    /// The roster stored under [`ROSTER_KEY`]; an absent or unreadable value gives an empty
    /// roster and bad rows are dropped, so a damaged store never blocks the page.
    pub fn restore(stored: Option<&str>) -> Roster {
        stored
            .and_then(|s| Roster::default().import(s).ok())
            .map(|(r, _)| r)
            .unwrap_or_default()
    }
}

/// A small open-addressing index from keys (tenant IDs, domains, states) to positions, so that
/// import and restore stay linear without a general-purpose hash map in the bundle (a `HashMap`
/// or `BTreeMap` of strings costs several KB of WebAssembly). Sized once for every key it will
/// hold; a removed key keeps its slot with no position.
struct KeyIndex {
    /// 0: empty; otherwise 1 + the entry's position in `entries`.
    slots: Vec<u32>,
    entries: Vec<(String, Option<usize>)>,
}

impl KeyIndex {
    /// An index for at most `keys` distinct keys.
    fn new(keys: usize) -> KeyIndex {
        KeyIndex {
            slots: vec![0; (keys * 2).next_power_of_two().max(16)],
            entries: Vec::with_capacity(keys),
        }
    }

    /// The slot of `key`: where it is, or the empty slot where it would go.
    fn slot(&self, key: &str) -> usize {
        // FNV-1a: short keys, no adversary worth a keyed hash (the user imports their own file).
        let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                s if self.entries[s as usize - 1].0 == key => return i,
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn get(&self, key: &str) -> Option<usize> {
        match self.slots[self.slot(key)] {
            0 => None,
            s => self.entries[s as usize - 1].1,
        }
    }

    /// Sets (`Some`) or clears (`None`) the position of `key`.
    fn set(&mut self, key: &str, at: Option<usize>) {
        let i = self.slot(key);
        match self.slots[i] {
            0 => {
                if at.is_some() {
                    self.entries.push((key.to_owned(), at));
                    self.slots[i] = self.entries.len() as u32;
                }
            }
            s => self.entries[s as usize - 1].1 = at,
        }
    }
}

/// A date `YYYY-MM-DD` as the page writes it: unchanged in English, `2026 年 12 月 7 日` in
/// Japanese. Anything else is returned as is.
pub fn display_date(iso: &str, lang: Lang) -> String {
    match (lang, is_iso_date(iso)) {
        (Lang::Ja, true) => {
            let n = |r: std::ops::Range<usize>| iso[r].parse::<u32>().unwrap_or_default();
            format!("{} 年 {} 月 {} 日", &iso[0..4], n(5..7), n(8..10))
        }
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Customers visited by [`Roster::find`]'s scan (counted in tests only).
        pub(super) static SCANNED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// The shape of import: no row is looked up by scanning the roster (which made a 15 000-row
    /// file quadratic: 112 million customer visits, over a second natively). Counted, not timed.
    #[test]
    fn import_never_scans_the_roster_row_by_row() {
        let file = |n: usize, offset: usize| {
            let rows: Vec<String> = (offset..offset + n)
                .map(|i| {
                    format!(
                        r#"{{"name":"C{i}","tenant_id":"{i:08x}-0000-4000-8000-000000000000"}}"#
                    )
                })
                .collect();
            format!("[{}]", rows.join(","))
        };
        SCANNED.with(|n| n.set(0));
        let (r, _) = Roster::default().import(&file(15_000, 0)).expect("import");
        let (r2, report) = r.import(&file(10_000, 10_000)).expect("merge");
        assert_eq!((report.added, report.updated), (5_000, 5_000));
        assert_eq!(r2.customers.len(), 20_000);
        assert_eq!(SCANNED.with(std::cell::Cell::get), 0);
    }

    #[test]
    fn the_key_index_finds_sets_and_clears() {
        let mut index = KeyIndex::new(3000);
        for i in 0..3000 {
            index.set(&format!("k{i}"), Some(i));
        }
        assert!((0..3000).all(|i| index.get(&format!("k{i}")) == Some(i)));
        index.set("k7", None);
        assert_eq!(index.get("k7"), None);
        index.set("k7", Some(70));
        assert_eq!((index.get("k7"), index.get("k3000")), (Some(70), None));
        index.set("never", None);
        assert_eq!(index.get("never"), None);
    }

    #[test]
    fn dates_from_unix_seconds() {
        assert_eq!(date_from_unix(0), "1970-01-01");
        assert_eq!(date_from_unix(1_700_000_000), "2023-11-14");
        assert_eq!(date_from_unix(951_782_400), "2000-02-29");
        assert_eq!(date_from_unix(-86_400), "1969-12-31");
        assert_eq!(date_from_unix(1_798_761_599), "2026-12-31");
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-13-01"));
        assert!(!is_iso_date("2023-1-01"));
        assert!(!is_iso_date("2023-01-00"));
        assert!(!is_iso_date("2023+01-01"));
        assert!(!is_iso_date("２０２３-01-01"));
    }

    #[test]
    fn secrets_are_recognised() {
        assert!(looks_like_secret(
            "token eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.sig"
        ));
        assert!(looks_like_secret("abc8Q~abcdefghijklmnopqrstuvwxyz0123456"));
        assert!(!looks_like_secret("Contoso, renewed in Q~3"));
        assert!(!looks_like_secret("eyJ short"));
    }
}
