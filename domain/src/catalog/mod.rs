//! The permission catalog: every operation of the Defender XDR, Defender for Endpoint and
//! Microsoft Graph security APIs with the permissions that allow it, and every resource's accepted
//! token audiences, hosts and issuer forms.
//!
//! The data is compiled in (see [`operations`]) and derived from `shared/reference/catalog.json`
//! and `defender-api-facts.md`, which cite Microsoft's documentation at a commit (each operation's
//! [`Operation::source`]). Where the documentation contradicts itself the catalog keeps the value
//! Entra actually uses and records the discrepancy as a [`DocNote`]: permission names are compared
//! case-insensitively ([`permission_eq`]) because the docs print `URL.Read.All` for the role
//! `Url.Read.All`, and `Alerts.ReadWrite.All` (a typo) is stored as `Alert.ReadWrite.All`.
//!
//! Other features read it through [`operation`], [`operations`], [`operations_for`], [`resource`]
//! and [`resource_for_audience`]; the token page also offers [`search`].

mod data;
pub mod ids;

use crate::cloud::{API_HOSTS, Api, ApiHost, Cloud, ISSUER_FORMS, IssuerForm, TokenVersion};
use crate::i18n::{OpTitle, Text};

/// An HTTP method: of a catalog operation, and of a request the incidents client sends
/// (`incidents::request::Method` is this type).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as sent on the wire (`GET`, `POST`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// What an operation does, read from its method: the catalog's APIs are REST, so GET reads,
/// PATCH updates one item (every `….update` operation and no other), POST runs an action or
/// creates, DELETE removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperationKind {
    /// Reads (`GET`).
    Read,
    /// Updates one item (`PATCH`).
    Update,
    /// Runs an action, a query or creates something (`POST`).
    Action,
    /// Removes something (`DELETE`).
    Delete,
}

/// What the person chose in an operation picker: nothing, an operation of the catalog, or an ID
/// the catalog does not have (which the page says, rather than judging another operation).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum OperationChoice {
    /// Nothing chosen.
    #[default]
    None,
    /// An operation of the catalog.
    Known(&'static Operation),
    /// An ID that is not in the catalog, as given.
    Unknown(String),
}

impl OperationChoice {
    /// The choice for a picker's value: empty is none; anything else is looked up exactly.
    pub fn from_id(id: &str) -> OperationChoice {
        match (id, operation(id)) {
            ("", _) => OperationChoice::None,
            (_, Some(op)) => OperationChoice::Known(op),
            (_, None) => OperationChoice::Unknown(id.to_owned()),
        }
    }

    /// The chosen catalog operation, if there is one.
    pub fn operation(&self) -> Option<&'static Operation> {
        match self {
            OperationChoice::Known(op) => Some(op),
            _ => None,
        }
    }

    /// The picker's value: the ID (empty when nothing is chosen).
    pub fn id(&self) -> &str {
        match self {
            OperationChoice::None => "",
            OperationChoice::Known(op) => op.id,
            OperationChoice::Unknown(id) => id,
        }
    }
}

/// How a token carries its permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GrantKind {
    /// Application permissions (app roles) in the `roles` claim of an app-only token.
    Application,
    /// Delegated permissions (scopes) in the space-separated `scp` claim of a user token.
    Delegated,
}

/// Something the signed-in user (or the device) needs besides the delegated permission.
/// Delegated calls act with the user's own rights: "if you have the permission to perform an
/// action in the portal, you have the permission to perform the action in the API".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    /// Defender portal permission "View data".
    ViewData,
    /// Defender portal permission "Alerts investigation".
    AlertsInvestigation,
    /// Defender portal permission "Active remediation actions".
    ActiveRemediation,
    /// Defender portal permission "Manage security settings".
    ManageSecuritySettings,
    /// "An appropriate role" (the offboarding page names no specific permission).
    AppropriateRole,
    /// Access to the device group of the device concerned.
    DeviceGroupAccess,
    /// The device group has at least a minimum remediation level (live response).
    MinimumRemediationLevel,
    /// Permission to view incidents in the Defender portal.
    ViewIncidents,
    /// Permission to update the incident in the Defender portal.
    UpdateIncidents,
    /// Results only include what the signed-in user can see.
    ResultsScopedToUser,
    /// A supported Microsoft Entra role such as Security Reader, Security Operator or Security
    /// Administrator (Graph; the exact list was not captured).
    EntraSecurityReader,
    /// Security Operator or Security Administrator, the least privileged built-in roles (Graph).
    EntraSecurityOperator,
}

/// A documented limit besides the per-minute and per-hour call rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// At most this many items per page (`$top`).
    MaxPageSize(u32),
    /// At most this many items in one request body.
    MaxBatch(u32),
    /// At most this many active indicators per tenant.
    MaxActiveIndicators(u32),
    /// At most this many concurrent sessions.
    MaxConcurrentSessions(u32),
    /// At most this many rows in a result.
    MaxRows(u32),
    /// At most this many megabytes in a result.
    MaxResultMegabytes(u32),
    /// A request times out after this many seconds.
    TimeoutSeconds(u32),
    /// At most this many minutes of query runtime per hour.
    RuntimeMinutesPerHour(u32),
    /// At most this many hours of query runtime per day.
    RuntimeHoursPerDay(u32),
    /// Data reaches back this many days.
    LookbackDays(u32),
    /// At most this many devices in a result.
    MaxDevices(u32),
    /// A CPU quota per 15-minute cycle applies.
    CpuQuota,
    /// The per-minute rate is a minimum that grows with the tenant's size.
    VariesByTenantSize,
}

/// Documented call rates of an operation; `None` where the documentation gives none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Calls per minute.
    pub per_minute: Option<u32>,
    /// Calls per hour.
    pub per_hour: Option<u32>,
    /// Other documented limits.
    pub limits: &'static [Limit],
}

impl RateLimit {
    /// No documented limit.
    pub const NONE: RateLimit = RateLimit {
        per_minute: None,
        per_hour: None,
        limits: &[],
    };

    /// Whether the documentation states any limit at all.
    pub fn is_documented(&self) -> bool {
        self.per_minute.is_some() || self.per_hour.is_some() || !self.limits.is_empty()
    }
}

/// A documentation discrepancy or caveat attached to an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocNote {
    /// The page lists `Alerts.ReadWrite.All`, a typo for `Alert.ReadWrite.All`.
    TypoAlertsReadWriteAll,
    /// The page prints `URL.Read.All`; the role's value is `Url.Read.All` (compared ignoring case).
    UrlReadAllCase,
    /// This version of the page lists only ReadWrite permissions, unlike its sibling read APIs.
    OnlyReadWriteListed,
    /// The page lists `Machine.Read.All` / `Machine.ReadWrite.All` as alternatives (doubtful).
    ReadPermissionsListedForAction,
    /// No delegated permission is documented: only app-only tokens can call it.
    NoDelegatedPermission,
    /// With `Ti.ReadWrite` an app sees only the indicators it created; `Ti.ReadWrite.All` sees all.
    IndicatorsOwnOnly,
    /// An older API with limited capabilities; Microsoft recommends Graph `runHuntingQuery`.
    LegacyHunting,
    /// `User.Read.All` here is Defender for Endpoint's "Read user profiles", not Graph's.
    DefenderUserReadAll,
    /// Presumably the permission matching the action's type; the page lists them all.
    CancelMatchesActionType,
    /// Not available in the China (21Vianet) cloud; personal Microsoft accounts not supported.
    GraphNotInChina,
    /// Permission names taken from a Graph error message and SDK docs, not the doc's table.
    PermissionsFromSecondarySource,
    /// Not in the research catalog; from the Graph API reference, not verified here.
    AddedFromGraphReference,
    /// Requires Defender for Endpoint Plan 2.
    RequiresPlan2,
}

/// What Microsoft says about an operation's retirement. Message center post MC1220762 (January
/// 2026) announces that the Defender for Endpoint API and the Defender XDR API stop working after
/// 2027-02-01, in favour of the Microsoft Graph security API (third-party copies of the post:
/// m365admin.handsontek.net/?p=18755, pupuweb.com/mc1220762-…). Microsoft's API pages attach that
/// notice only to the advanced-hunting APIs (learn.microsoft.com/defender-xdr/api-advanced-hunting,
/// learn.microsoft.com/defender-endpoint/api/run-advanced-query-api: "Retirement began in January
/// 2026 … see MC1220762"); no other operation page carries one. The page says exactly which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetirementNotice {
    /// The operation's own page says it is being retired (and cites MC1220762).
    OnItsPage,
    /// Only MC1220762 names the API as a whole; the operation's page carries no notice.
    ApiInMessageCenter,
}

/// One documented API operation. Two operations are equal when their IDs are (IDs are unique, a
/// test pins it): comparing every field would cost bundle size for nothing.
#[derive(Clone, Copy, Debug)]
pub struct Operation {
    /// Stable ID such as `xdr.incidents.list` (used in forms and test hooks).
    pub id: &'static str,
    /// The API it belongs to; its token resource is [`resource`]`(api)`.
    pub api: Api,
    /// Its translated title.
    pub title: OpTitle,
    /// The HTTP method.
    pub method: Method,
    /// The path below the API origin, with `{placeholders}`.
    pub path: &'static str,
    /// Application permissions that allow it (any one suffices), least privileged first.
    pub application: &'static [&'static str],
    /// Delegated permissions that allow it (any one suffices), least privileged first; empty when
    /// the operation cannot be called on behalf of a user.
    pub delegated: &'static [&'static str],
    /// What a signed-in user needs besides the delegated permission.
    pub requirements: &'static [Requirement],
    /// Documented call rates and limits.
    pub rate: RateLimit,
    /// The ID of the Graph operation that does the same job, for retiring APIs.
    pub graph_successor: Option<&'static str>,
    /// Documentation discrepancies and caveats.
    pub notes: &'static [DocNote],
    /// The documentation page (repository:path@commit) the facts come from.
    pub source: &'static str,
}

impl PartialEq for Operation {
    fn eq(&self, other: &Operation) -> bool {
        self.id == other.id
    }
}

impl Eq for Operation {}

impl Operation {
    /// The permissions that allow the operation for tokens of `kind`, least privileged first.
    pub fn permissions(&self, kind: GrantKind) -> &'static [&'static str] {
        match kind {
            GrantKind::Application => self.application,
            GrantKind::Delegated => self.delegated,
        }
    }

    /// The least privileged permission of `kind`, if the operation can be called that way.
    pub fn least_privileged(&self, kind: GrantKind) -> Option<&'static str> {
        self.permissions(kind).first().copied()
    }

    /// What the operation does (see [`OperationKind`]).
    pub fn kind(&self) -> OperationKind {
        match self.method {
            Method::Get => OperationKind::Read,
            Method::Patch => OperationKind::Update,
            Method::Post => OperationKind::Action,
            Method::Delete => OperationKind::Delete,
        }
    }

    /// The token resource the operation needs.
    pub fn resource(&self) -> &'static Resource {
        resource(self.api)
    }

    /// Whether the operation's API is named in Microsoft's retirement announcement (Defender XDR
    /// and Defender for Endpoint); see [`Operation::retirement_notice`] for what is said where.
    pub fn is_retiring(&self) -> bool {
        self.api.is_retiring()
    }

    /// What Microsoft says about this operation's retirement, if anything (see
    /// [`RetirementNotice`]): its own page for the advanced-hunting APIs, only the Message center
    /// post for the other Defender XDR and Defender for Endpoint calls, nothing for Graph.
    pub fn retirement_notice(&self) -> Option<RetirementNotice> {
        if !self.is_retiring() {
            None
        } else if matches!(
            self.id,
            "xdr.advancedhunting.run" | "mde.advancedqueries.run"
        ) {
            Some(RetirementNotice::OnItsPage)
        } else {
            Some(RetirementNotice::ApiInMessageCenter)
        }
    }

    /// The Graph operation that does the same job, if one is documented.
    pub fn successor(&self) -> Option<&'static Operation> {
        self.graph_successor.and_then(operation)
    }
}

/// A resource identifier (App ID URI) a token may name in `aud`, and the cloud it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdentifierUri {
    /// The URI as registered, without a trailing `/`.
    pub uri: &'static str,
    /// The cloud whose tenants request it.
    pub cloud: Cloud,
}

/// A resource application (the API a token is issued for).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resource {
    /// The API it serves.
    pub api: Api,
    /// Its identifier URIs (without trailing `/`; [`Resource::accepts`] also takes them with one).
    pub identifier_uris: &'static [IdentifierUri],
    /// Every application permission (app role value) it defines that the catalog knows.
    pub application_permissions: &'static [&'static str],
    /// Every delegated permission (scope) it defines that the catalog knows.
    pub delegated_permissions: &'static [&'static str],
    /// The token versions it issues (both Defender resources issue v1.0 even via the v2 endpoint).
    pub token_versions: &'static [TokenVersion],
}

/// Normalises an audience for comparison: trimmed, lower-case, without trailing `/`.
fn normalise_audience(aud: &str) -> String {
    aud.trim().trim_end_matches('/').to_ascii_lowercase()
}

impl Resource {
    /// The resource application's ID (a GUID that v1 `aud` may carry, and v2 `aud` always does).
    pub fn app_id(&self) -> &'static str {
        self.api.resource_app_id()
    }

    /// Every `aud` value a token for this resource may carry: each identifier URI with and without
    /// a trailing `/`, then the app ID.
    pub fn accepted_audiences(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.identifier_uris.len() * 2 + 1);
        for id in self.identifier_uris {
            out.push(id.uri.to_owned());
            out.push([id.uri, "/"].concat());
        }
        out.push(self.app_id().to_owned());
        out
    }

    /// Whether this resource accepts `aud` (case-insensitive, trailing `/` ignored) and, if so,
    /// the cloud the value names: `Some(Some(cloud))` for an identifier URI, `Some(None)` for the
    /// app ID, which is the same GUID in every cloud (the token's issuer tells the cloud then).
    pub fn audience_cloud(&self, aud: &str) -> Option<Option<Cloud>> {
        let wanted = normalise_audience(aud);
        if wanted == self.app_id() {
            return Some(None);
        }
        self.identifier_uris
            .iter()
            .find(|id| id.uri.to_ascii_lowercase() == wanted)
            .map(|id| Some(id.cloud))
    }

    /// Whether a token with this `aud` is for this resource.
    pub fn accepts(&self, aud: &str) -> bool {
        self.audience_cloud(aud).is_some()
    }

    /// The origins the API is served from (global, regional, US Government, China where offered).
    pub fn hosts(&self) -> impl Iterator<Item = &'static ApiHost> {
        let api = self.api;
        API_HOSTS.iter().filter(move |h| h.api == api)
    }

    /// The issuer forms its tokens may carry: every Entra form of a cloud the API is offered in
    /// and of a version the resource issues.
    pub fn issuer_forms(&self) -> impl Iterator<Item = &'static IssuerForm> {
        let api = self.api;
        let versions = self.token_versions;
        ISSUER_FORMS.iter().filter(move |f| {
            versions.contains(&f.version) && f.clouds.iter().any(|c| api.resource_uri(*c).is_some())
        })
    }

    /// Whether the resource defines `permission` as `kind` (compared ignoring case).
    pub fn defines(&self, permission: &str, kind: GrantKind) -> bool {
        let list = match kind {
            GrantKind::Application => self.application_permissions,
            GrantKind::Delegated => self.delegated_permissions,
        };
        list.iter().any(|p| permission_eq(p, permission))
    }
}

/// Compares permission names the way Entra and the APIs do: ignoring ASCII case.
pub fn permission_eq(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Every operation, grouped by API (Defender XDR, Graph, Defender for Endpoint).
pub fn operations() -> &'static [Operation] {
    data::OPERATIONS
}

/// The operation with this ID (exact, case-sensitive match).
pub fn operation(id: &str) -> Option<&'static Operation> {
    data::OPERATIONS.iter().find(|op| op.id == id)
}

/// The operation with this ID, for the IDs the code itself names. Call it in a `const` item: an
/// ID missing from the catalog then fails the build (evaluated at run time it would panic, so it
/// is never given an ID that came from outside).
pub const fn known(id: &str) -> &'static Operation {
    let ops: &'static [Operation] = data::OPERATIONS;
    let mut i = 0;
    while i < ops.len() {
        if const_str_eq(ops[i].id, id) {
            return &ops[i];
        }
        i += 1;
    }
    panic!("an operation ID the code names is missing from the catalog")
}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The operations of one API, in catalog order.
pub fn operations_for(api: Api) -> impl Iterator<Item = &'static Operation> {
    data::OPERATIONS.iter().filter(move |op| op.api == api)
}

/// Every resource: Defender XDR, Defender for Endpoint, Microsoft Graph.
pub fn resources() -> &'static [Resource] {
    &data::RESOURCES
}

/// The resource a token must be issued for to call `api`.
pub fn resource(api: Api) -> &'static Resource {
    match api {
        Api::Xdr => &data::RESOURCES[0],
        Api::Mde => &data::RESOURCES[1],
        Api::Graph => &data::RESOURCES[2],
    }
}

/// The resource and cloud an `aud` value names, if it is one the catalog knows.
pub fn resource_for_audience(aud: &str) -> Option<(&'static Resource, Option<Cloud>)> {
    data::RESOURCES
        .iter()
        .find_map(|r| r.audience_cloud(aud).map(|c| (r, c)))
}

/// The operations matching every whitespace-separated word of `query` (ignoring ASCII case: the
/// Unicode case tables would cost more bundle than they are worth here) in their
/// ID, method, path, API, resource name, title (either language) or permissions. An empty query
/// matches everything.
pub fn search(query: &str) -> Vec<&'static Operation> {
    let query = query.to_ascii_lowercase();
    let mut out = Vec::new();
    for op in data::OPERATIONS {
        // Each field on its own line, so that no word matches across two fields.
        let mut haystack = String::new();
        let fields = [
            op.id,
            op.method.as_str(),
            op.path,
            op.api.code(),
            op.api.resource_name(),
            op.title.en(),
            op.title.ja(),
        ];
        for field in fields.iter().chain(op.application).chain(op.delegated) {
            haystack.push_str(field);
            haystack.push('\n');
        }
        haystack.make_ascii_lowercase();
        if query.split_whitespace().all(|w| haystack.contains(w)) {
            out.push(op);
        }
    }
    out
}

#[cfg(test)]
mod tests;
