//! The token inspector: paste a token and see what it is, whether it is still valid, whether its
//! signature holds (against keys you paste) and whether it allows the call you want to make —
//! plus the searchable permission catalog.
//!
//! Privacy: the token lives in this component's state only (a `PastedToken`, redacted in
//! `Debug`). It is never put in the URL, in storage or in a log, and decoding makes no request;
//! the only browser call it reaches is WebCrypto's `verify`, with keys the person pasted.

use dpk_domain::sentences;

use std::rc::Rc;

use dpk_domain::catalog::{self, GrantKind, Operation};
use dpk_domain::cloud::Api;
use dpk_domain::i18n::{ClaimHelp, Lang, Text, TokenUi, Ui, fill};
use dpk_domain::jwt::jwk::{RsaJob, VerifyPlan, plan_verification};
use dpk_domain::jwt::{
    CheckInput, CheckStatus, DecodeFailure, DecodedJwt, Extracted, PastedToken, ResourceFact,
    SignatureState, TokenFacts, civil_time, decode_unverified, extract, json_members, numeric_date,
    permission_verdict, run_checks,
};
use dpk_domain::text;
use serde_json::{Map, Value};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::{
    CatalogLabels, CatalogRow, CatalogTableProps, CheckRow, ClaimRow, ClaimsLabels, FactsView,
    catalog_table, check_list, claims_table, error_banner, json_view, page_frame, token_facts,
    verdict_panel,
};
use crate::services::clock;
use crate::services::crypto;
use crate::state::{use_lang, use_session_token};

type Inspection = Option<(Extracted, Result<DecodedJwt, DecodeFailure>)>;

fn inspect(token: &PastedToken) -> Inspection {
    let extracted = extract(token)?;
    let decoded = decode_unverified(extracted.token.expose());
    Some((extracted, decoded))
}

const TIME_CLAIMS: [&str; 4] = ["iat", "nbf", "exp", "auth_time"];

/// One row per member, in the token's order and with the values as written (read from the JSON
/// text, so huge numbers stay exact and no JSON serializer is needed in the bundle).
fn claim_rows(
    map: &Map<String, Value>,
    json: &str,
    header: bool,
    now: i64,
    lang: Lang,
) -> Vec<ClaimRow> {
    json_members(json)
        .into_iter()
        .map(|(name, value)| {
            let help = if header {
                ClaimHelp::for_header(&name)
            } else {
                ClaimHelp::for_claim(&name)
            };
            let time = (!header && TIME_CLAIMS.contains(&name.as_str()))
                .then(|| map.get(&name).and_then(numeric_date))
                .flatten()
                .map(|at| {
                    let when = civil_time(at, clock::utc_offset_minutes(at))
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| TokenUi::TimeOutOfRange.get(lang).to_owned());
                    format!("{when} ({})", sentences::relative(at, now, lang))
                });
            ClaimRow {
                name,
                value: shown(&value, text::CELL_CHARS, lang),
                meaning: help.map_or(TokenUi::UnknownClaim.get(lang), |h| h.get(lang)),
                time,
                known: help.is_some(),
            }
        })
        .collect()
}

/// `value` as rendered: whole, or an excerpt with the count of what is left out (see
/// `dpk_domain::text`: a megabyte-long text run would freeze the tab's layout).
fn shown(value: &str, max_chars: usize, lang: Lang) -> String {
    match text::excerpt(value, max_chars) {
        (whole, 0) => whole.to_owned(),
        (head, left) => format!(
            "{head}{}",
            fill(TokenUi::Omitted.get(lang), &[("n", &left.to_string())])
        ),
    }
}

fn fact_rows(facts: &TokenFacts, now: i64, lang: Lang) -> Vec<(&'static str, String)> {
    let dash = TokenUi::NotPresent.get(lang);
    let t = |k: TokenUi| k.get(lang);
    let resource = match &facts.resource {
        ResourceFact::Known { api, aud, .. } => {
            format!("{} ({aud})", sentences::api_name(*api, lang))
        }
        ResourceFact::Other { aud } => fill(TokenUi::ResourceOther.get(lang), &[("aud", aud)]),
        ResourceFact::Missing => TokenUi::ResourceNone.get(lang).to_owned(),
    };
    let client = match (&facts.client_name, &facts.client_id) {
        (Some(name), Some(id)) => format!("{name} ({id})"),
        (None, Some(id)) => id.clone(),
        (Some(name), None) => name.clone(),
        (None, None) => dash.to_owned(),
    };
    let permissions: Vec<&str> = facts
        .roles
        .iter()
        .chain(facts.scopes.iter())
        .map(String::as_str)
        .collect();
    let permissions = if permissions.is_empty() {
        TokenUi::NoPermissions.get(lang).to_owned()
    } else {
        permissions.join(" ")
    };
    let lifetime = match facts.expires {
        Some(exp) if exp <= now => fill(
            TokenUi::ExpiredAgo.get(lang),
            &[("duration", &sentences::duration(now - exp, lang))],
        ),
        Some(exp) => fill(
            TokenUi::ExpiresIn.get(lang),
            &[("duration", &sentences::duration(exp - now, lang))],
        ),
        None => dash.to_owned(),
    };
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.to_owned());
    vec![
        (
            t(TokenUi::FactFormat),
            sentences::version_name(facts.version, lang).to_owned(),
        ),
        (
            t(TokenUi::FactKind),
            sentences::kind_name(facts.kind, facts.kind_basis, lang),
        ),
        (
            t(TokenUi::FactUse),
            sentences::use_name(facts.token_use, lang).to_owned(),
        ),
        (t(TokenUi::FactResource), resource),
        (
            t(TokenUi::FactCloud),
            facts
                .cloud
                .map_or(dash, |c| sentences::cloud_name(c, lang))
                .to_owned(),
        ),
        (t(TokenUi::FactTenant), or_dash(&facts.tenant)),
        (t(TokenUi::FactClient), client),
        (t(TokenUi::FactUser), or_dash(&facts.user)),
        (t(TokenUi::FactPermissions), permissions),
        (t(TokenUi::FactLifetime), lifetime),
    ]
}

fn permission_list(op: &Operation, grant: GrantKind, lang: Lang) -> String {
    let list = op.permissions(grant);
    if list.is_empty() {
        return TokenUi::NotAvailable.get(lang).to_owned();
    }
    list.iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 0 && list.len() > 1 {
                format!("{p} ({})", TokenUi::LeastPrivileged.get(lang))
            } else {
                (*p).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(TokenUi::OrSeparator.get(lang))
}

fn catalog_rows(query: &str, lang: Lang) -> Rc<Vec<CatalogRow>> {
    let rows = catalog::search(query)
        .into_iter()
        .map(|op| CatalogRow {
            id: op.id,
            api: sentences::api_name(op.api, lang).into(),
            title: op.title.get(lang).into(),
            request: format!("{} {}", op.method.as_str(), op.path).into(),
            application: permission_list(op, GrantKind::Application, lang).into(),
            delegated: permission_list(op, GrantKind::Delegated, lang).into(),
            user_needs: if op.requirements.is_empty() {
                TokenUi::NotPresent.get(lang).into()
            } else {
                sentences::requirements(op.requirements, lang).into()
            },
            limits: sentences::rate(&op.rate, lang).into(),
            graph: match op.successor() {
                Some(s) => format!("{} ({})", s.title.get(lang), s.id).into(),
                None if op.is_retiring() => TokenUi::NoGraphEquivalent.get(lang).into(),
                None => TokenUi::NotPresent.get(lang).into(),
            },
            retires: op
                .retirement_notice()
                .map(|n| sentences::retirement_badge(n, lang).into()),
            notes: op
                .notes
                .iter()
                .map(|n| sentences::note(*n, lang).into())
                .collect(),
            source: fill(TokenUi::SourceNote.get(lang), &[("source", op.source)]).into(),
        })
        .collect();
    Rc::new(rows)
}

fn catalog_labels(count: usize, lang: Lang) -> Rc<CatalogLabels> {
    let t = |k: TokenUi| AttrValue::from(k.get(lang));
    Rc::new(CatalogLabels {
        heading: t(TokenUi::CatalogHeading),
        search: t(TokenUi::CatalogSearchLabel),
        count: fill(
            TokenUi::CatalogCount.get(lang),
            &[("count", &count.to_string())],
        )
        .into(),
        api: t(TokenUi::ColApi),
        operation: t(TokenUi::ColOperation),
        application: t(TokenUi::ColApplication),
        delegated: t(TokenUi::ColDelegated),
        user_needs: t(TokenUi::ColUserNeeds),
        limits: t(TokenUi::ColLimits),
        graph: t(TokenUi::ColGraph),
        choose: t(TokenUi::UseOperation),
    })
}

fn operation_select(selected: &str, lang: Lang, onchange: Callback<Event>) -> Html {
    html! {
        <label class="field">
            <span>{ TokenUi::OperationLabel.get(lang) }</span>
            <select data-testid="operation-select" {onchange}>
                <option value="" selected={selected.is_empty()}>{ TokenUi::OperationNone.get(lang) }</option>
                { for Api::ALL.iter().map(|api| html! {
                    <optgroup label={sentences::api_name(*api, lang)}>
                        { for catalog::operations_for(*api).map(|op| html! {
                            <option value={op.id} selected={op.id == selected}>
                                { sentences::operation_label(op, lang) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </label>
    }
}

/// The token inspector page.
#[component]
pub fn TokenPage() -> Html {
    let lang = use_lang();
    let session = use_session_token();
    let token = &session.token;
    let expected_tenant = use_state(String::new);
    let op_id = use_state(String::new);
    let keys = use_state(String::new);
    let query = use_state(String::new);
    let catalog_open = use_state(|| false);
    let now = use_state(clock::now_unix);
    let verified = use_state(|| None::<(RsaJob, SignatureState)>);

    let inspection = use_memo((*token).clone(), inspect);
    let decoded: Option<&DecodedJwt> = inspection
        .as_ref()
        .as_ref()
        .and_then(|(_, d)| d.as_ref().ok());
    let facts = use_memo((*token).clone(), |_| decoded.map(TokenFacts::from_decoded));
    let plan = decoded.map(|d| plan_verification(d, &keys));
    let job = match &plan {
        Some(VerifyPlan::Ready(job)) => Some(job.clone()),
        _ => None,
    };

    // Live lifetime: tick once a second while a token is shown.
    {
        let now = now.clone();
        use_effect_with(decoded.is_some(), move |shown| {
            now.set(clock::now_unix());
            let ticker = shown.then(|| {
                let now = now.clone();
                clock::Ticker::new(1000, move || now.set(clock::now_unix()))
            });
            move || drop(ticker)
        });
    }
    // Signature: WebCrypto runs whenever the prepared job changes.
    {
        let verified = verified.clone();
        use_effect_with(job.clone(), move |job| {
            if let Some(job) = job.clone() {
                yew::platform::spawn_local(async move {
                    let state = crypto::verify_rs256(&job).await;
                    verified.set(Some((job, state)));
                });
            }
        });
    }

    let operation = catalog::operation(&op_id);
    let signature = match (&plan, &*verified) {
        (Some(VerifyPlan::Blocked(block)), _) => SignatureState::NotChecked(block.clone()),
        (Some(VerifyPlan::Ready(job)), Some((done, state))) if done == job => state.clone(),
        _ => SignatureState::Pending,
    };

    let on_token = {
        let set = session.set.clone();
        Callback::from(move |e: InputEvent| {
            set.emit(PastedToken::new(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let on_clear = {
        let set = session.set.clone();
        let verified = verified.clone();
        Callback::from(move |_: MouseEvent| {
            set.emit(PastedToken::default());
            verified.set(None);
        })
    };
    let on_tenant = {
        let s = expected_tenant.clone();
        Callback::from(move |e: InputEvent| {
            s.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_operation = {
        let s = op_id.clone();
        Callback::from(move |e: Event| {
            s.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_keys = {
        let s = keys.clone();
        Callback::from(move |e: InputEvent| {
            s.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_query = {
        let s = query.clone();
        Callback::from(move |q: String| s.set(q))
    };
    let on_choose = {
        let s = op_id.clone();
        Callback::from(move |id: &'static str| s.set(id.to_owned()))
    };
    let on_catalog_toggle = {
        let s = catalog_open.clone();
        Callback::from(move |open: bool| {
            if *s != open {
                s.set(open)
            }
        })
    };
    let on_browse = {
        let s = catalog_open.clone();
        Callback::from(move |_: MouseEvent| {
            s.set(true);
            crate::services::browser::scroll_to("catalog-heading");
        })
    };

    let status = match inspection.as_ref() {
        None => html! {
            <p data-testid="decode-status" data-status="empty">{ TokenUi::StatusEmpty.get(lang) }</p>
        },
        Some((extracted, result)) => {
            let notes = sentences::input_notes(extracted, lang);
            let body = match result {
                Ok(_) => html! {
                    <p data-testid="decode-status" data-status="ok">
                        { TokenUi::StatusOk.get(lang) }{ " " }
                        <strong>{ TokenUi::UnverifiedNotice.get(lang) }</strong>
                    </p>
                },
                Err(failure) => {
                    let kind = failure.error.kind_code();
                    html! {
                        <div data-testid="decode-status" data-status="error" data-error-kind={kind}>
                            { error_banner(sentences::decode_error(&failure.error, lang), kind, "decode-error", Html::default()) }
                        </div>
                    }
                }
            };
            let warnings = match result {
                Ok(d) => d.warnings.clone(),
                Err(f) => f.warnings.clone(),
            };
            let codes = warnings
                .iter()
                .map(|w| w.code())
                .collect::<Vec<_>>()
                .join(" ");
            html! {
                <>
                    { body }
                    if !notes.is_empty() {
                        <ul class="input-notes" data-testid="input-notes">
                            { for notes.into_iter().map(|n| html! { <li>{ n }</li> }) }
                        </ul>
                    }
                    <ul class="warnings" data-testid="decode-warnings" data-codes={codes}>
                        { for warnings.iter().map(|w| html! {
                            <li data-code={w.code()}>
                                <code>{ w.code() }</code>{ " " }{ sentences::warning(w, lang) }
                            </li>
                        }) }
                    </ul>
                </>
            }
        }
    };

    let json_views = match inspection.as_ref() {
        Some((_, Ok(d))) => html! {
            <div class="json-pair">
                { json_view(TokenUi::HeaderHeading.get(lang), &shown(&d.header_json, text::BLOCK_CHARS, lang), "header-json") }
                { json_view(TokenUi::PayloadHeading.get(lang), &shown(&d.payload_json, text::BLOCK_CHARS, lang), "payload-json") }
            </div>
        },
        Some((_, Err(f))) => html! {
            <div class="json-pair">
                if let Some(h) = &f.header_json {
                    { json_view(TokenUi::HeaderHeading.get(lang), &shown(h, text::BLOCK_CHARS, lang), "header-json") }
                }
                if let Some(p) = &f.payload_json {
                    { json_view(TokenUi::PayloadHeading.get(lang), &shown(p, text::BLOCK_CHARS, lang), "payload-json") }
                }
            </div>
        },
        None => Html::default(),
    };

    let analysis = match (decoded, facts.as_ref()) {
        (Some(d), Some(facts)) => {
            let input = CheckInput {
                now: *now,
                operation,
                expected_tenant: &expected_tenant,
                signature,
            };
            let rows: Vec<CheckRow> = run_checks(d, facts, &input)
                .iter()
                .map(|c| CheckRow {
                    code: c.id.code(),
                    status: c.status.code(),
                    name: sentences::check_name(c.id, lang),
                    status_label: sentences::status_name(c.status, lang),
                    sentence: sentences::finding(&c.finding, operation, lang),
                })
                .collect();
            let heading = TokenUi::VerdictHeading.get(lang);
            let verdict = match operation {
                Some(op) => {
                    let v = permission_verdict(facts, op);
                    let lines = sentences::verdict_lines(&v, lang);
                    verdict_panel(heading, v.status.code(), &v.missing.join(" "), &lines)
                }
                None => verdict_panel(
                    heading,
                    CheckStatus::Skip.code(),
                    "",
                    &[TokenUi::PermNoOperation.get(lang).to_owned()],
                ),
            };
            let fact_rows = fact_rows(facts, *now, lang);
            let facts_view = FactsView {
                heading: TokenUi::FactsHeading.get(lang),
                version: facts.version.map_or("unknown", |v| v.code()),
                kind: facts.kind.code(),
                resource: facts.resource.code(),
                tenant: facts.tenant.as_deref().unwrap_or_default(),
                rows: &fact_rows,
            };
            let labels = |caption| ClaimsLabels {
                caption,
                claim: TokenUi::ColClaim.get(lang),
                value: TokenUi::ColValue.get(lang),
                meaning: TokenUi::ColMeaning.get(lang),
            };
            let header_rows = claim_rows(&d.header, &d.header_json, true, *now, lang);
            let payload_rows = claim_rows(&d.payload, &d.payload_json, false, *now, lang);
            html! {
                <>
                    { token_facts(&facts_view) }
                    { verdict }
                    { check_list(TokenUi::ChecksHeading.get(lang), &rows) }
                    { json_views }
                    { claims_table(&labels(TokenUi::HeaderHeading.get(lang)), &header_rows, "header-claims") }
                    { claims_table(&labels(TokenUi::ClaimsHeading.get(lang)), &payload_rows, "payload-claims") }
                    <p class="hint">{ TokenUi::LocalTimeNote.get(lang) }</p>
                </>
            }
        }
        _ => json_views,
    };

    let catalog_rows = use_memo(((*query).clone(), lang), |(q, lang)| catalog_rows(q, *lang));
    let labels = catalog_labels(catalog_rows.len(), lang);

    html! {
        { page_frame(Ui::TokenHeading.get(lang), html! { <>
            <p>{ TokenUi::Intro.get(lang) }</p>
            <div class="token-input">
                <label class="field" for="token-input">
                    <span>{ TokenUi::InputLabel.get(lang) }</span>
                </label>
                <textarea id="token-input" data-testid="token-input" rows="6" spellcheck="false"
                    autocomplete="off" autocapitalize="off" autocorrect="off" data-lpignore="true"
                    placeholder="eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIs…"
                    value={token.expose().to_owned()} oninput={on_token} />
                <p class="hint">{ TokenUi::InputHint.get(lang) }</p>
                <p><a href="#/sign-in?return=/token" data-testid="signin-page-link">{ dpk_domain::i18n::SignInText::SignInInstead.get(lang) }</a></p>
                <button type="button" data-testid="token-clear" onclick={on_clear}>{ TokenUi::ClearButton.get(lang) }</button>
            </div>
            <div class="token-options">
                { operation_select(&op_id, lang, on_operation) }
                <button type="button" class="link" data-testid="catalog-open" onclick={on_browse}>{ TokenUi::BrowseCatalog.get(lang) }</button>
                <label class="field">
                    <span>{ TokenUi::ExpectedTenantLabel.get(lang) }</span>
                    <input type="text" data-testid="expected-tenant" value={(*expected_tenant).clone()}
                        oninput={on_tenant} autocomplete="off" spellcheck="false"
                        placeholder="00000000-0000-0000-0000-000000000000" />
                </label>
            </div>
            { status }
            { analysis }
            <section class="keys">
                <label class="field">
                    <span>{ TokenUi::JwksLabel.get(lang) }</span>
                    <textarea data-testid="jwks-input" rows="3" spellcheck="false" autocomplete="off"
                        value={(*keys).clone()} oninput={on_keys} />
                </label>
                <p class="hint">{ TokenUi::JwksHint.get(lang) }</p>
            </section>
            { catalog_table(&yew::props!(CatalogTableProps { labels, query: (*query).clone(), rows: catalog_rows.as_ref().clone(), open: *catalog_open, on_toggle: on_catalog_toggle, on_query, on_choose })) }
        </> }) }
    }
}
