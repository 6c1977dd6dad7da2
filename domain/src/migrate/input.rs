//! Reading what the partner pastes: an access token (its `roles` / `scp` and audience), an app
//! registration's manifest or Graph `application` JSON (its `requiredResourceAccess`), just that
//! array, or a list of permission names. Keys are matched ignoring case, so the Entra manifest
//! editor, `az ad app show`, Graph `GET /applications/{id}` (camelCase) and PowerShell's
//! `ConvertTo-Json` (PascalCase) all read the same.

use serde_json::{Map, Value};

use crate::catalog::GrantKind;
use crate::catalog::ids::{PERMISSION_IDS, PermissionId, permission_by_id};
use crate::cloud::Api;
use crate::jwt::{
    DecodeError, JsonProblem, PastedToken, TokenFacts, decode_unverified, extract, json_problem,
};

/// What the pasted text was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// An access token.
    Token,
    /// A manifest or application object with `requiredResourceAccess`.
    Manifest,
    /// Just the `requiredResourceAccess` array.
    Array,
    /// Permission names, one per line or separated by spaces or commas.
    Names,
}

impl InputKind {
    /// `token`, `manifest`, `array`, `names` (as in `data-input-kind`).
    pub fn code(self) -> &'static str {
        match self {
            InputKind::Token => "token",
            InputKind::Manifest => "manifest",
            InputKind::Array => "array",
            InputKind::Names => "names",
        }
    }
}

/// One `resourceAccess` item: an ID and its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    /// The app-role or scope ID, lower-cased.
    pub id: String,
    /// `Role` or `Scope`.
    pub kind: GrantKind,
}

/// One `requiredResourceAccess` entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `resourceAppId`, lower-cased.
    pub resource_app_id: String,
    /// The catalog's resource, if it is one of the three.
    pub api: Option<Api>,
    /// Its `resourceAccess` items.
    pub access: Vec<Access>,
    /// The entry as pasted, as compact JSON (kept for resources other than the three; empty
    /// for the three).
    pub raw: String,
}

/// What was read.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// The form of the input.
    pub kind: InputKind,
    /// The `requiredResourceAccess` entries (manifest and array inputs only), in order.
    pub entries: Vec<Entry>,
    /// Every permission of the three resources the catalog knows, in input order, without repeats.
    pub granted: Vec<&'static PermissionId>,
    /// IDs on the three resources the catalog does not know: `(api, id, kind)`.
    pub unknown_ids: Vec<(Api, String, GrantKind)>,
    /// Names (from a token or a list) the catalog does not know.
    pub unknown_names: Vec<String>,
    /// The application (client) ID, from the token's `appid` / `azp` or the manifest's `appId`.
    pub client_id: Option<String>,
}

/// Why the input could not be read. Carries data only; [`crate::migrate::error_message`] words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but whitespace.
    Empty,
    /// Text that starts like JSON but is not.
    Json {
        /// What the parser found.
        problem: JsonProblem,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but neither an object with `requiredResourceAccess` nor an array.
    NoRequiredResourceAccess,
    /// `requiredResourceAccess` is not an array.
    NotArray,
    /// Entry `index` (1-based) is not an object.
    EntryNotObject(usize),
    /// Entry `index` has no string `resourceAppId`.
    ResourceAppIdMissing(usize),
    /// Entry `index` has no `resourceAccess` array.
    ResourceAccessMissing(usize),
    /// Item `item` of entry `entry` has no string `id`.
    AccessIdMissing {
        /// 1-based entry.
        entry: usize,
        /// 1-based item.
        item: usize,
    },
    /// Item `item` of entry `entry` has a `type` other than `Role` or `Scope`.
    AccessType {
        /// 1-based entry.
        entry: usize,
        /// 1-based item.
        item: usize,
        /// The type as written.
        found: String,
    },
    /// The token could not be decoded.
    Token(DecodeError),
    /// The token is not for the Defender XDR, Defender for Endpoint or Graph API.
    TokenAudience(String),
    /// Neither the token, the list nor the manifest names a permission of the three resources.
    NothingKnown {
        /// Names the catalog does not know.
        unknown: Vec<String>,
    },
}

impl InputError {
    /// A short code for `data-error-kind`.
    pub fn code(&self) -> &'static str {
        match self {
            InputError::Empty => "empty",
            InputError::Json { .. } => "json",
            InputError::NoRequiredResourceAccess => "no_required_resource_access",
            InputError::NotArray => "not_array",
            InputError::EntryNotObject(_) => "entry_not_object",
            InputError::ResourceAppIdMissing(_) => "resource_app_id",
            InputError::ResourceAccessMissing(_) => "resource_access",
            InputError::AccessIdMissing { .. } => "access_id",
            InputError::AccessType { .. } => "access_type",
            InputError::Token(_) => "token",
            InputError::TokenAudience(_) => "token_audience",
            InputError::NothingKnown { .. } => "nothing_known",
        }
    }
}

/// The member `name` of `obj`, ignoring ASCII case.
fn member<'a>(obj: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    obj.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// The first permission named `name` (ignoring case) on `api` (any of the three when `None`,
/// in the table's order: Defender XDR, Defender for Endpoint, Graph) of `kind` (either when
/// `None`: the app role comes first).
fn named(api: Option<Api>, kind: Option<GrantKind>, name: &str) -> Option<&'static PermissionId> {
    PERMISSION_IDS.iter().find(|p| {
        api.is_none_or(|a| p.api == a)
            && kind.is_none_or(|k| p.kind == k)
            && crate::catalog::permission_eq(p.name, name)
    })
}

/// Adds the permission `name` to `input`, or to its unknown names.
fn add_named(input: &mut Input, api: Option<Api>, kind: Option<GrantKind>, name: &str) {
    match named(api, kind, name) {
        Some(p) => push_unique(&mut input.granted, p),
        None => input.unknown_names.push(name.to_owned()),
    }
}

fn json_error(text: &str, e: &serde_json::Error) -> InputError {
    InputError::Json {
        problem: json_problem(text, e),
        line: e.line(),
        column: e.column(),
    }
}

fn api_of_app_id(app_id: &str) -> Option<Api> {
    [Api::Xdr, Api::Mde, Api::Graph]
        .into_iter()
        .find(|a| a.resource_app_id().eq_ignore_ascii_case(app_id))
}

/// Reads the pasted text.
pub fn parse_input(text: &str) -> Result<Input, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(InputError::Empty);
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        let value: Value = serde_json::from_str(trimmed).map_err(|e| json_error(trimmed, &e))?;
        // A JSON token response is a token, not a manifest.
        if value
            .as_object()
            .is_some_and(|o| member(o, "access_token").is_some())
        {
            return from_token(trimmed);
        }
        return from_json(&value);
    }
    let first = trimmed.split_whitespace().next().unwrap_or_default();
    let looks_like_token = first.eq_ignore_ascii_case("bearer")
        || first.eq_ignore_ascii_case("authorization:")
        || trimmed.starts_with("eyJ")
        || trimmed.contains("access_token=");
    if looks_like_token {
        from_token(trimmed)
    } else {
        from_names(trimmed)
    }
}

fn from_token(text: &str) -> Result<Input, InputError> {
    let token = extract(&PastedToken::new(text)).ok_or(InputError::Empty)?;
    let jwt = decode_unverified(token.token.expose()).map_err(|f| InputError::Token(f.error))?;
    let facts = TokenFacts::from_decoded(&jwt);
    let Some(api) = facts.resource.api() else {
        return Err(InputError::TokenAudience(
            facts.audiences.first().cloned().unwrap_or_default(),
        ));
    };
    let mut input = empty(InputKind::Token);
    input.client_id = facts.client_id.clone();
    for (kind, names) in [
        (GrantKind::Application, &facts.roles),
        (GrantKind::Delegated, &facts.scopes),
    ] {
        for name in names {
            add_named(&mut input, Some(api), Some(kind), name);
        }
    }
    finish(input)
}

fn from_names(text: &str) -> Result<Input, InputError> {
    let mut input = empty(InputKind::Names);
    let names = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|n| n.trim_matches(|c| c == '"' || c == '\''))
        .filter(|n| !n.is_empty());
    for name in names {
        // A bare name carries no kind: the app role is assumed where the resource has one.
        add_named(&mut input, None, None, name);
    }
    finish(input)
}

fn from_json(value: &Value) -> Result<Input, InputError> {
    let (kind, list) = match value {
        Value::Array(items) => (InputKind::Array, items),
        Value::Object(obj) => {
            // A Graph list answer (`{"value": [application]}`) carries the app in `value`.
            let obj = match member(obj, "value").and_then(Value::as_array) {
                Some(apps) if member(obj, "requiredResourceAccess").is_none() => {
                    apps.first().and_then(Value::as_object).unwrap_or(obj)
                }
                _ => obj,
            };
            let rra = member(obj, "requiredResourceAccess")
                .ok_or(InputError::NoRequiredResourceAccess)?;
            let mut input = from_entries(
                InputKind::Manifest,
                rra.as_array().ok_or(InputError::NotArray)?,
            )?;
            input.client_id = member(obj, "appId")
                .and_then(Value::as_str)
                .map(|s| s.trim().to_ascii_lowercase());
            return finish_json(input);
        }
        _ => return Err(InputError::NoRequiredResourceAccess),
    };
    finish_json(from_entries(kind, list)?)
}

fn from_entries(kind: InputKind, list: &[Value]) -> Result<Input, InputError> {
    let mut input = empty(kind);
    for (i, raw) in list.iter().enumerate() {
        let n = i + 1;
        // Each error is built only when it happens (a `?` on `ok_or(error)` builds and drops
        // it on every entry).
        let Some(obj) = raw.as_object() else {
            return Err(InputError::EntryNotObject(n));
        };
        let Some(app) = member(obj, "resourceAppId").and_then(Value::as_str) else {
            return Err(InputError::ResourceAppIdMissing(n));
        };
        let app = app.trim().to_ascii_lowercase();
        let Some(items) = member(obj, "resourceAccess").and_then(Value::as_array) else {
            return Err(InputError::ResourceAccessMissing(n));
        };
        let api = api_of_app_id(&app);
        let mut access = Vec::with_capacity(items.len());
        for (j, item) in items.iter().enumerate() {
            let id = item
                .as_object()
                .and_then(|o| member(o, "id"))
                .and_then(Value::as_str)
                .ok_or_else(|| InputError::AccessIdMissing {
                    entry: n,
                    item: j + 1,
                })?
                .trim()
                .to_ascii_lowercase();
            let type_text = item
                .as_object()
                .and_then(|o| member(o, "type"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let kind =
                GrantKind::from_manifest_type(type_text).ok_or_else(|| InputError::AccessType {
                    entry: n,
                    item: j + 1,
                    found: type_text.to_owned(),
                })?;
            if let Some(api) = api {
                match permission_by_id(api, kind, &id) {
                    Some(p) => push_unique(&mut input.granted, p),
                    None => input.unknown_ids.push((api, id.clone(), kind)),
                }
            }
            access.push(Access { id, kind });
        }
        input.entries.push(Entry {
            resource_app_id: app,
            api,
            access,
            raw: if api.is_none() {
                let mut w = crate::json::Writer::new();
                w.value(raw);
                w.finish()
            } else {
                String::new()
            },
        });
    }
    Ok(input)
}

fn empty(kind: InputKind) -> Input {
    Input {
        kind,
        entries: Vec::new(),
        granted: Vec::new(),
        unknown_ids: Vec::new(),
        unknown_names: Vec::new(),
        client_id: None,
    }
}

fn push_unique(list: &mut Vec<&'static PermissionId>, p: &'static PermissionId) {
    if !list.iter().any(|q| std::ptr::eq(*q, p)) {
        list.push(p);
    }
}

fn finish(input: Input) -> Result<Input, InputError> {
    if input.granted.is_empty() {
        return Err(InputError::NothingKnown {
            unknown: input.unknown_names,
        });
    }
    Ok(input)
}

/// A manifest may legitimately have no Defender permission (the report then says so); it fails
/// only when it has no entry at all.
fn finish_json(input: Input) -> Result<Input, InputError> {
    if input.entries.is_empty() {
        return Err(InputError::NothingKnown {
            unknown: Vec::new(),
        });
    }
    Ok(input)
}
