//! The permission catalog's sentences and rows: an operation's label, its permissions,
//! requirements, rates and limits, documentation notes and retirement, and the catalog table's
//! rows ([`catalog_rows`]).

use super::{api_name, group_digits, t};
use crate::catalog::{
    self, DocNote, GrantKind, Limit, Operation, RateLimit, Requirement, RetirementNotice,
};
use crate::cloud::Api;
use crate::i18n::{CatalogText, Lang, Text, TokenUi, fill};

/// The operation as "Title (METHOD /path)".
pub fn operation_label(op: &Operation, lang: Lang) -> String {
    [
        op.title.get(lang),
        " (",
        op.method.as_str(),
        " ",
        op.path,
        ")",
    ]
    .concat()
}

/// What Microsoft says about an operation's retirement, in one or two sentences: the one source
/// of the per-operation wording (token verdict, catalog); [`crate::i18n::Ui::AboutRetirement`]
/// says it for the whole tool.
pub fn retirement(notice: RetirementNotice, api: Api, lang: Lang) -> String {
    let key = match notice {
        RetirementNotice::OnItsPage => TokenUi::RetiringOnItsPage,
        RetirementNotice::ApiInMessageCenter => TokenUi::RetiringApiOnly,
    };
    fill(t(key, lang), &[("api", api_name(api, lang))])
}

/// The catalog's short label for an operation's retirement notice.
pub fn retirement_badge(notice: RetirementNotice, lang: Lang) -> &'static str {
    t(
        match notice {
            RetirementNotice::OnItsPage => TokenUi::BadgeRetiringOnPage,
            RetirementNotice::ApiInMessageCenter => TokenUi::BadgeRetiringApi,
        },
        lang,
    )
}

/// A portal or directory role requirement.
pub fn requirement(r: Requirement, lang: Lang) -> &'static str {
    match r {
        Requirement::ViewData => CatalogText::ReqViewData,
        Requirement::AlertsInvestigation => CatalogText::ReqAlertsInvestigation,
        Requirement::ActiveRemediation => CatalogText::ReqActiveRemediation,
        Requirement::ManageSecuritySettings => CatalogText::ReqManageSecuritySettings,
        Requirement::AppropriateRole => CatalogText::ReqAppropriateRole,
        Requirement::DeviceGroupAccess => CatalogText::ReqDeviceGroupAccess,
        Requirement::MinimumRemediationLevel => CatalogText::ReqMinimumRemediationLevel,
        Requirement::ViewIncidents => CatalogText::ReqViewIncidents,
        Requirement::UpdateIncidents => CatalogText::ReqUpdateIncidents,
        Requirement::ResultsScopedToUser => CatalogText::ReqResultsScopedToUser,
        Requirement::EntraSecurityReader => CatalogText::ReqEntraSecurityReader,
        Requirement::EntraSecurityOperator => CatalogText::ReqEntraSecurityOperator,
    }
    .get(lang)
}

/// Requirements joined into one phrase.
pub fn requirements(rs: &[Requirement], lang: Lang) -> String {
    let mut out = String::new();
    for (i, r) in rs.iter().enumerate() {
        if i > 0 {
            out.push_str(t(TokenUi::ListSeparator, lang));
        }
        out.push_str(requirement(*r, lang));
    }
    out
}

/// A documented limit.
pub fn limit(l: Limit, lang: Lang) -> String {
    let (key, n) = match l {
        Limit::MaxPageSize(n) => (CatalogText::LimMaxPageSize, Some(n)),
        Limit::MaxBatch(n) => (CatalogText::LimMaxBatch, Some(n)),
        Limit::MaxActiveIndicators(n) => (CatalogText::LimMaxActiveIndicators, Some(n)),
        Limit::MaxConcurrentSessions(n) => (CatalogText::LimMaxConcurrentSessions, Some(n)),
        Limit::MaxRows(n) => (CatalogText::LimMaxRows, Some(n)),
        Limit::MaxResultMegabytes(n) => (CatalogText::LimMaxResultMegabytes, Some(n)),
        Limit::TimeoutSeconds(n) => (CatalogText::LimTimeoutSeconds, Some(n)),
        Limit::RuntimeMinutesPerHour(n) => (CatalogText::LimRuntimeMinutesPerHour, Some(n)),
        Limit::RuntimeHoursPerDay(n) => (CatalogText::LimRuntimeHoursPerDay, Some(n)),
        Limit::LookbackDays(n) => (CatalogText::LimLookbackDays, Some(n)),
        Limit::MaxDevices(n) => (CatalogText::LimMaxDevices, Some(n)),
        Limit::CpuQuota => (CatalogText::LimCpuQuota, None),
        Limit::VariesByTenantSize => (CatalogText::LimVariesByTenantSize, None),
    };
    let n = n.map(|n| group_digits(u64::from(n))).unwrap_or_default();
    fill(key.get(lang), &[("n", &n)])
}

/// Rates and limits in one phrase ("not documented" when there are none).
pub fn rate(r: &RateLimit, lang: Lang) -> String {
    if !r.is_documented() {
        return CatalogText::RateNotDocumented.get(lang).to_owned();
    }
    let mut parts = Vec::new();
    if let Some(n) = r.per_minute {
        parts.push(fill(
            CatalogText::RatePerMinute.get(lang),
            &[("n", &group_digits(u64::from(n)))],
        ));
    }
    if let Some(n) = r.per_hour {
        parts.push(fill(
            CatalogText::RatePerHour.get(lang),
            &[("n", &group_digits(u64::from(n)))],
        ));
    }
    parts.extend(r.limits.iter().map(|l| limit(*l, lang)));
    parts.join(t(TokenUi::ListSeparator, lang))
}

/// A documentation note.
pub fn note(n: DocNote, lang: Lang) -> &'static str {
    match n {
        DocNote::TypoAlertsReadWriteAll => CatalogText::NoteTypoAlertsReadWriteAll,
        DocNote::UrlReadAllCase => CatalogText::NoteUrlReadAllCase,
        DocNote::OnlyReadWriteListed => CatalogText::NoteOnlyReadWriteListed,
        DocNote::ReadPermissionsListedForAction => CatalogText::NoteReadPermissionsListedForAction,
        DocNote::NoDelegatedPermission => CatalogText::NoteNoDelegatedPermission,
        DocNote::IndicatorsOwnOnly => CatalogText::NoteIndicatorsOwnOnly,
        DocNote::LegacyHunting => CatalogText::NoteLegacyHunting,
        DocNote::DefenderUserReadAll => CatalogText::NoteDefenderUserReadAll,
        DocNote::CancelMatchesActionType => CatalogText::NoteCancelMatchesActionType,
        DocNote::GraphNotInChina => CatalogText::NoteGraphNotInChina,
        DocNote::PermissionsFromSecondarySource => CatalogText::NotePermissionsFromSecondarySource,
        DocNote::AddedFromGraphReference => CatalogText::NoteAddedFromGraphReference,
        DocNote::RequiresPlan2 => CatalogText::NoteRequiresPlan2,
    }
    .get(lang)
}

/// The permissions of `grant` that allow `op`, joined with "or", the least privileged one marked
/// when there is a choice ("not available" when there are none).
pub fn permission_list(op: &Operation, grant: GrantKind, lang: Lang) -> String {
    let list = op.permissions(grant);
    if list.is_empty() {
        return t(TokenUi::NotAvailable, lang).to_owned();
    }
    let mut out = String::new();
    for (i, p) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(t(TokenUi::OrSeparator, lang));
        }
        out.push_str(p);
        if i == 0 && list.len() > 1 {
            out.push_str(" (");
            out.push_str(t(TokenUi::LeastPrivileged, lang));
            out.push(')');
        }
    }
    out
}

/// One catalog operation, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogRow {
    /// The operation (its ID goes in `data-operation` and on the "use" button).
    pub operation: &'static Operation,
    /// The API's name.
    pub api: &'static str,
    /// The operation's title.
    pub title: &'static str,
    /// `GET /api/incidents`.
    pub request: String,
    /// Application permissions that allow it.
    pub application: String,
    /// Delegated permissions that allow it.
    pub delegated: String,
    /// What the signed-in user also needs.
    pub user_needs: String,
    /// Rates and limits.
    pub limits: String,
    /// The Graph operation that does the same job.
    pub graph: String,
    /// What Microsoft says about its retirement (a badge), for the retiring APIs.
    pub retires: Option<&'static str>,
    /// Documentation notes.
    pub notes: Vec<&'static str>,
    /// Where the facts come from.
    pub source: String,
}

/// The operations matching `query` ([`catalog::search`]), worded.
pub fn catalog_rows(query: &str, lang: Lang) -> Vec<CatalogRow> {
    let dash = t(TokenUi::NotPresent, lang);
    catalog::search(query)
        .into_iter()
        .map(|op| CatalogRow {
            operation: op,
            api: api_name(op.api, lang),
            title: op.title.get(lang),
            request: [op.method.as_str(), " ", op.path].concat(),
            application: permission_list(op, GrantKind::Application, lang),
            delegated: permission_list(op, GrantKind::Delegated, lang),
            user_needs: if op.requirements.is_empty() {
                dash.to_owned()
            } else {
                requirements(op.requirements, lang)
            },
            limits: rate(&op.rate, lang),
            graph: match op.successor() {
                Some(s) => [s.title.get(lang), " (", s.id, ")"].concat(),
                None if op.is_retiring() => t(TokenUi::NoGraphEquivalent, lang).to_owned(),
                None => dash.to_owned(),
            },
            retires: op.retirement_notice().map(|n| retirement_badge(n, lang)),
            notes: op.notes.iter().map(|n| note(*n, lang)).collect(),
            source: fill(t(TokenUi::SourceNote, lang), &[("source", op.source)]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{operation, operations};

    #[test]
    fn retirement_is_worded_as_microsoft_says_it() {
        use crate::catalog::RetirementNotice;
        let hunting = operation("xdr.advancedhunting.run").expect("op");
        let list = operation("xdr.incidents.list").expect("op");
        assert_eq!(
            hunting.retirement_notice(),
            Some(RetirementNotice::OnItsPage)
        );
        assert_eq!(
            list.retirement_notice(),
            Some(RetirementNotice::ApiInMessageCenter)
        );
        for lang in [Lang::En, Lang::Ja] {
            let page = retirement(RetirementNotice::OnItsPage, Api::Xdr, lang);
            let api = retirement(RetirementNotice::ApiInMessageCenter, Api::Xdr, lang);
            for s in [&page, &api] {
                assert!(s.contains("MC1220762"), "{s}");
            }
        }
        let en = retirement(RetirementNotice::ApiInMessageCenter, Api::Mde, Lang::En);
        assert!(en.contains("carries no retirement notice"), "{en}");
        assert!(en.contains("Message center"), "{en}");
        // The shared sentence says who announced what, and where to confirm.
        let about = crate::i18n::Ui::AboutRetirement.get(Lang::En);
        for needle in [
            "MC1220762",
            "2027-02-01",
            "advanced-hunting",
            "isolation",
            "Message center",
        ] {
            assert!(about.contains(needle), "{needle}: {about}");
        }
        assert!(
            crate::i18n::Ui::AboutRetirement
                .get(Lang::Ja)
                .contains("2027 年 2 月 1 日")
        );
    }

    #[test]
    fn catalog_texts_exist_for_every_operation() {
        for op in operations() {
            for lang in Lang::ALL {
                assert!(!rate(&op.rate, lang).contains('{'));
                assert!(!requirements(op.requirements, lang).contains('{'));
                for n in op.notes {
                    assert!(!note(*n, lang).is_empty());
                }
            }
        }
        let list = operation("xdr.incidents.list").expect("list");
        assert_eq!(
            rate(&list.rate, Lang::En),
            "50 calls per minute, 1,500 calls per hour, at most 100 items per page"
        );
    }

    #[test]
    fn permission_lists_mark_the_least_privileged_choice() {
        let list = operation("xdr.incidents.list").expect("op");
        assert_eq!(
            permission_list(list, GrantKind::Application, Lang::En),
            "Incident.Read.All (least privileged) or Incident.ReadWrite.All"
        );
        let delete = operation("mde.indicators.delete").expect("op");
        assert_eq!(
            permission_list(delete, GrantKind::Delegated, Lang::En),
            TokenUi::NotAvailable.get(Lang::En)
        );
    }

    #[test]
    fn catalog_rows_word_every_operation_and_follow_the_search() {
        let all = catalog_rows("", Lang::En);
        assert_eq!(all.len(), operations().len());
        let row = all
            .iter()
            .find(|r| r.operation.id == "xdr.incidents.list")
            .expect("row");
        assert_eq!(row.request, "GET /api/incidents");
        assert_eq!(row.api, api_name(Api::Xdr, Lang::En));
        assert!(
            row.graph.contains("graph.security.incidents.list"),
            "{}",
            row.graph
        );
        assert!(row.retires.is_some());
        assert!(row.source.contains(row.operation.source));
        assert!(row.limits.starts_with("50 calls per minute"));
        let graph = all
            .iter()
            .find(|r| r.operation.id == "graph.security.incidents.list")
            .expect("row");
        assert_eq!(
            (graph.retires, graph.graph.as_str()),
            (None, TokenUi::NotPresent.get(Lang::En))
        );
        let found = catalog_rows("isolate", Lang::Ja);
        assert!(!found.is_empty() && found.len() < all.len());
        assert!(
            found
                .iter()
                .all(|r| r.title == r.operation.title.get(Lang::Ja))
        );
    }
}
