//! The customer roster: who the partner onboards, in which tenant and cloud, and where consent
//! stands. Kept in `localStorage` by the page, so it must never hold a secret or a token: rows
//! that carry a secret-named field, or a value shaped like a JWT or an Entra client secret, are
//! refused on every way in (add, edit, import).
//!
//! The roster is clock-free: the page passes "now" (Unix seconds) to [`date_from_unix`] and stores
//! the resulting `YYYY-MM-DD`. Export and storage share one JSON format:
//! `{"kind":"dpk-roster","version":1,"customers":[{…}]}`; import also accepts a bare array.

use serde_json::{Map, Value};

use crate::cloud::Cloud;
use crate::consent::is_guid;
use crate::i18n::{Lang, RosterText as T, Text, fill};

/// Storage key of the roster.
pub const ROSTER_KEY: &str = "dpk.roster";
/// The `kind` of an exported roster.
pub const EXPORT_KIND: &str = "dpk-roster";
/// Longest customer name.
pub const MAX_NAME: usize = 120;
/// Longest note.
pub const MAX_NOTES: usize = 2000;

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

impl ConsentStatus {
    /// Every status, in display order.
    pub const ALL: [ConsentStatus; 5] = [
        ConsentStatus::Pending,
        ConsentStatus::Granted,
        ConsentStatus::Declined,
        ConsentStatus::Failed,
        ConsentStatus::Revoked,
    ];

    /// The stored code: `pending`, `granted`, `declined`, `failed`, `revoked`.
    pub fn code(self) -> &'static str {
        match self {
            ConsentStatus::Pending => "pending",
            ConsentStatus::Granted => "granted",
            ConsentStatus::Declined => "declined",
            ConsentStatus::Failed => "failed",
            ConsentStatus::Revoked => "revoked",
        }
    }

    /// Parses [`ConsentStatus::code`] (case-insensitive).
    pub fn from_code(code: &str) -> Option<ConsentStatus> {
        let code = code.trim().to_ascii_lowercase();
        ConsentStatus::ALL.into_iter().find(|s| s.code() == code)
    }

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
    /// The customer's tenant ID (a lower-case GUID); unique in a roster.
    pub tenant_id: String,
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
    /// The tenant ID is not a GUID.
    TenantNotGuid,
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
    /// The import is not JSON.
    NotJson(String),
    /// The import is JSON but neither a list nor `{"customers": [...]}`.
    Shape,
}

impl RosterError {
    /// The sentence to show, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            RosterError::NameMissing => T::ErrNameMissing.get(lang).to_owned(),
            RosterError::TenantNotGuid => T::ErrTenantNotGuid.get(lang).to_owned(),
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
            RosterError::NotJson(detail) => fill(T::ErrNotJson.get(lang), &[("detail", detail)]),
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
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    if !s
        .bytes()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// The UTC calendar date of `unix_seconds`, as `YYYY-MM-DD` (days-from-civil inverse, valid for
/// any date from year 0 to 9999).
pub fn date_from_unix(unix_seconds: i64) -> String {
    let z = unix_seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

impl Customer {
    /// The customer with its fields trimmed and the tenant ID lower-cased, or why it cannot be
    /// listed.
    pub fn validated(&self) -> Result<Customer, RosterError> {
        let name = self.name.trim().to_owned();
        let tenant_id = self.tenant_id.trim().to_ascii_lowercase();
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
        if !is_guid(&tenant_id) {
            return Err(RosterError::TenantNotGuid);
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
            cloud: self.cloud,
            status: self.status,
            date,
            notes,
            needs_graph_consent: self.needs_graph_consent,
        })
    }

    fn to_file(&self) -> CustomerFile<'_> {
        CustomerFile {
            name: &self.name,
            tenant_id: &self.tenant_id,
            cloud: self.cloud.code(),
            status: self.status.code(),
            date: self.date.as_deref(),
            notes: &self.notes,
            needs_graph_consent: self.needs_graph_consent,
        }
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
            Some(Value::String(s)) => ConsentStatus::from_code(s).ok_or(RosterError::Status)?,
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
        /// The tenant ID.
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
}

/// The list of customers, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    /// The customers.
    pub customers: Vec<Customer>,
}

impl Roster {
    /// The position of `tenant_id` (any case), if listed.
    pub fn find(&self, tenant_id: &str) -> Option<usize> {
        let t = tenant_id.trim().to_ascii_lowercase();
        self.customers.iter().position(|c| c.tenant_id == t)
    }

    /// The roster after `action`, or why the action was refused (the roster is then unchanged).
    pub fn apply(&self, action: RosterAction) -> Result<Roster, RosterError> {
        let mut next = self.clone();
        match action {
            RosterAction::Add(customer) => {
                let customer = customer.validated()?;
                if self.find(&customer.tenant_id).is_some() {
                    return Err(RosterError::Duplicate);
                }
                next.customers.push(customer);
            }
            RosterAction::Update { index, customer } => {
                let customer = customer.validated()?;
                if self
                    .find(&customer.tenant_id)
                    .is_some_and(|other| other != index)
                {
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
        }
        Ok(next)
    }

    /// The roster as JSON (the export file and the stored value), pretty-printed.
    pub fn to_json(&self) -> String {
        let doc = RosterFile {
            kind: EXPORT_KIND,
            version: 1,
            customers: self.customers.iter().map(Customer::to_file).collect(),
        };
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }

    /// The roster after importing `json`: good rows are added (or replace the listed customer
    /// with the same tenant ID), bad rows are reported and left out, and the rows already listed
    /// stay. Fails as a whole only when `json` is not JSON or has the wrong shape.
    pub fn import(&self, json: &str) -> Result<(Roster, ImportReport), RosterError> {
        let doc: Value =
            serde_json::from_str(json).map_err(|e| RosterError::NotJson(e.to_string()))?;
        let rows = match &doc {
            Value::Array(rows) => rows,
            Value::Object(o) => match o.get("customers") {
                Some(Value::Array(rows)) => rows,
                _ => return Err(RosterError::Shape),
            },
            _ => return Err(RosterError::Shape),
        };
        let mut next = self.clone();
        let mut report = ImportReport::default();
        let mut seen: Vec<String> = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let result = Customer::from_json(row).and_then(|c| {
                if seen.contains(&c.tenant_id) {
                    Err(RosterError::Duplicate)
                } else {
                    Ok(c)
                }
            });
            match result {
                Ok(c) => {
                    seen.push(c.tenant_id.clone());
                    match next.find(&c.tenant_id) {
                        Some(at) => {
                            next.customers[at] = c;
                            report.updated += 1;
                        }
                        None => {
                            next.customers.push(c);
                            report.added += 1;
                        }
                    }
                }
                Err(error) => report.rejected.push(RowError { row: i + 1, error }),
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

/// The export file, as written. Typed (strings and one small integer) rather than a
/// `serde_json::Value`, so that no float formatter is linked into the bundle.
#[derive(serde::Serialize)]
struct RosterFile<'a> {
    kind: &'static str,
    version: u32,
    customers: Vec<CustomerFile<'a>>,
}

/// One customer in the export file.
#[derive(serde::Serialize)]
struct CustomerFile<'a> {
    name: &'a str,
    tenant_id: &'a str,
    cloud: &'static str,
    status: &'static str,
    date: Option<&'a str>,
    notes: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    needs_graph_consent: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

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
