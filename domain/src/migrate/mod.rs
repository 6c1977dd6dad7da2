//! Moving an app from the Defender XDR and Defender for Endpoint APIs to the Microsoft Graph
//! security API: read what the partner pastes ([`input`]), map each legacy permission to its Graph
//! successor or say honestly that there is none ([`mapping`]), write the new
//! `requiredResourceAccess` and the commands ([`manifest`]), build a Graph admin-consent link per
//! roster customer ([`consent_links`]) and compare the calls ([`calls`]). Pure: the page only
//! renders what these functions return.

pub mod calls;
pub mod input;
pub mod manifest;
pub mod mapping;

use crate::catalog::GrantKind;
use crate::cloud::Api;
use crate::consent::{ConsentError, ConsentRequest, LinkFormat};
use crate::i18n::{Lang, MigrateText as T, Text, fill};
use crate::roster::{Customer, Roster};

pub use input::{Input, InputError, InputKind, parse_input};
pub use manifest::{NewManifest, rewrite};
pub use mapping::{Report, Row, RowStatus, report};

/// The sentence for an input error, in `lang`. Every placeholder a text may name is offered to
/// one `fill` (a text uses the ones it names).
pub fn error_message(e: &InputError, lang: Lang) -> String {
    let mut n = [0usize; 2];
    let mut word = String::new();
    let key = match e {
        InputError::Empty => T::ErrEmpty,
        InputError::Json {
            problem,
            line,
            column,
        } => {
            n = [*line, *column];
            match problem {
                crate::jwt::JsonProblem::Eof => T::ErrJsonEof,
                crate::jwt::JsonProblem::TrailingCharacters => T::ErrJsonTrailing,
                _ => T::ErrJsonSyntax,
            }
        }
        InputError::NoRequiredResourceAccess => T::ErrNoRra,
        InputError::NotArray => T::ErrRraNotArray,
        InputError::EntryNotObject(i) => {
            n[0] = *i;
            T::ErrEntryNotObject
        }
        InputError::ResourceAppIdMissing(i) => {
            n[0] = *i;
            T::ErrResourceAppId
        }
        InputError::ResourceAccessMissing(i) => {
            n[0] = *i;
            T::ErrResourceAccess
        }
        InputError::AccessIdMissing { entry, item } => {
            n = [*entry, *item];
            T::ErrAccessId
        }
        InputError::AccessType { entry, item, found } => {
            n = [*entry, *item];
            word.clone_from(found);
            T::ErrAccessType
        }
        InputError::Token(d) => {
            word = crate::sentences::decode_error(d, lang);
            T::ErrToken
        }
        InputError::TokenAudience(aud) => {
            word.clone_from(aud);
            T::ErrTokenAudience
        }
        InputError::NothingKnown { unknown } if unknown.is_empty() => T::ErrNothingKnown,
        InputError::NothingKnown { unknown } => {
            word = unknown.join(", ");
            T::ErrUnknownNames
        }
    };
    let (a, b) = (n[0].to_string(), n[1].to_string());
    fill(key.get(lang), &[("a", &a), ("b", &b), ("w", &word)])
}

/// The short name of an API for the report: `Defender XDR`, `Defender for Endpoint`, `Graph`.
pub fn resource_code(api: Api) -> &'static str {
    api.code()
}

/// `Application` or `Delegated` in `lang`.
pub fn kind_name(kind: GrantKind, lang: Lang) -> &'static str {
    match kind {
        GrantKind::Application => T::KindApplication.get(lang),
        GrantKind::Delegated => T::KindDelegated.get(lang),
    }
}

/// The v2 admin-consent link for Microsoft Graph (`scope=https://graph.microsoft.com/.default`,
/// i.e. every Graph permission the app registration lists) for a roster customer, in its cloud
/// and tenant, by the consent page's own builder. `state` is the same for every link of one page
/// view.
pub fn graph_consent_link(
    customer: &Customer,
    client_id: &str,
    redirect_uri: &str,
    state: &str,
) -> Result<String, ConsentError> {
    ConsentRequest::new(client_id)
        .format(LinkFormat::V2AdminConsent)
        .api(Api::Graph)
        .cloud(customer.cloud)
        .tenant(customer.tenant_id.clone())
        .redirect_uri(redirect_uri)
        .state(state)
        .to_url()
}

/// The application ID the page starts from: the one typed, else the input's own (a token's
/// `appid` / `azp`, a manifest's `appId`), else the one of the last consent link the roster
/// remembers as sent (the consent links page's link records).
pub fn starting_client_id(typed: Option<&str>, input: &Input, roster: &Roster) -> String {
    typed
        .or(input.client_id.as_deref())
        .or_else(|| roster.links.last().map(|l| l.client_id.as_str()))
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests;
