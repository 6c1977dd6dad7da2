//! The token inspector's views: plain functions over what the page computed. Every sentence is
//! the domain's; the codes go only in `data-` attributes.

use dpk_domain::catalog::{self, OperationChoice};
use dpk_domain::cloud::Api;
use dpk_domain::i18n::{Lang, Text, TokenUi, Ui};
use dpk_domain::jwt::{
    CheckInput, InspectorAction, InspectorInputs, PastedToken, Segment, SignatureState, run_checks,
};
use dpk_domain::sentences::{
    CatalogRow, Decoded, Inspection, api_name, claim_rows, decode_error, fact_rows, input_notes,
    operation_label, warning, word_checks,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::form::{input_field, text_area};
use crate::components::{
    CatalogTable, catalog_table, check_list, claims_table, error_banner, json_view, page_frame,
    text_el, token_facts, verdict_panel,
};
use crate::services::clock;

/// What the page computed for this render, and where its events go.
pub struct Page<'a> {
    pub lang: Lang,
    pub token: &'a PastedToken,
    pub inputs: &'a InspectorInputs,
    /// `None` when nothing is pasted.
    pub inspection: Option<&'a Inspection>,
    pub signature: SignatureState,
    pub catalog: &'a [CatalogRow],
    /// The reducer's dispatcher.
    pub act: &'a Callback<InspectorAction>,
    pub on_token: Callback<InputEvent>,
    pub on_clear: Callback<MouseEvent>,
    pub on_browse: Callback<MouseEvent>,
}

/// `act` as a callback of `T`. Through a function pointer, so there is one callback type per
/// input type rather than one per action (each costs bundle size).
fn on<T: 'static>(
    act: &Callback<InspectorAction>,
    action: fn(T) -> InspectorAction,
) -> Callback<T> {
    act.reform(action)
}

/// The whole page.
pub fn page(p: Page<'_>) -> Html {
    let (lang, inputs, act) = (p.lang, p.inputs, p.act);
    let analysis = p.inspection.map(|i| analysis(i, inputs, p.signature, lang));
    page_frame(
        Ui::TokenHeading.get(lang),
        html! { <>
            { text_el("p", "", TokenUi::Intro.get(lang).into()) }
            <div class="token-input">
                <label class="field" for="token-input">
                    { text_el("span", "", TokenUi::InputLabel.get(lang).into()) }
                </label>
                <textarea id="token-input" data-testid="token-input" rows="6" spellcheck="false"
                    autocomplete="off" autocapitalize="off" autocorrect="off" data-lpignore="true"
                    placeholder="eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIs…"
                    value={p.token.expose().to_owned()} oninput={p.on_token} />
                { text_el("p", "hint", TokenUi::InputHint.get(lang).into()) }
                <p><a href="#/sign-in?return=/token" data-testid="signin-page-link">{ dpk_domain::i18n::SignInText::SignInInstead.get(lang) }</a></p>
                <button type="button" data-testid="token-clear" onclick={p.on_clear}>{ TokenUi::ClearButton.get(lang) }</button>
            </div>
            <div class="token-options">
                { operation_select(&inputs.operation, lang, act) }
                <button type="button" class="link" data-testid="catalog-open" onclick={p.on_browse}>{ TokenUi::BrowseCatalog.get(lang) }</button>
                { input_field(
                    TokenUi::ExpectedTenantLabel.get(lang).into(),
                    "expected-tenant",
                    "text",
                    inputs.expected_tenant.clone().into(),
                    "00000000-0000-0000-0000-000000000000".into(),
                    false,
                    &on(act, InspectorAction::ExpectedTenant),
                ) }
            </div>
            { decode_status(p.inspection, lang) }
            { analysis }
            <section class="keys">
                { text_area(
                    TokenUi::JwksLabel.get(lang).into(),
                    "jwks-input",
                    inputs.keys.clone().into(),
                    AttrValue::default(),
                    false,
                    &on(act, InspectorAction::Keys),
                ) }
                { text_el("p", "hint", TokenUi::JwksHint.get(lang).into()) }
            </section>
            { catalog_table(CatalogTable {
                lang,
                rows: p.catalog,
                query: &inputs.query,
                open: inputs.catalog_open,
                on_query: on(act, InspectorAction::Query),
                act,
            }) }
        </> },
    )
}

/// The operation picker, grouped by API.
fn operation_select(chosen: &OperationChoice, lang: Lang, act: &Callback<InspectorAction>) -> Html {
    let selected = chosen.id();
    let onchange = act.reform(|e: Event| {
        InspectorAction::PickOperation(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <label class="field">
            { text_el("span", "", TokenUi::OperationLabel.get(lang).into()) }
            <select data-testid="operation-select" {onchange}>
                <option value="" selected={selected.is_empty()}>{ TokenUi::OperationNone.get(lang) }</option>
                { for Api::ALL.iter().map(|api| html! {
                    <optgroup label={api_name(*api, lang)}>
                        { for catalog::operations_for(*api).map(|op| html! {
                            <option value={op.id} selected={op.id == selected}>
                                { operation_label(op, lang) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </label>
    }
}

/// Whether the paste decoded, where the token was found, and the tolerated oddities.
fn decode_status(inspection: Option<&Inspection>, lang: Lang) -> Html {
    let Some(inspection) = inspection else {
        return html! {
            <p data-testid="decode-status" data-status="empty">{ TokenUi::StatusEmpty.get(lang) }</p>
        };
    };
    let body = match &inspection.decoded {
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
                    { error_banner(decode_error(&failure.error, lang), kind, "decode-error", Html::default()) }
                </div>
            }
        }
    };
    let notes = input_notes(&inspection.extracted, lang);
    let warnings = inspection.warnings();
    let mut codes = String::new();
    for w in warnings {
        if !codes.is_empty() {
            codes.push(' ');
        }
        codes.push_str(w.code());
    }
    html! {
        <>
            { body }
            if !notes.is_empty() {
                <ul class="input-notes" data-testid="input-notes">
                    { for notes.into_iter().map(|n| text_el("li", "", n.into())) }
                </ul>
            }
            <ul class="warnings" data-testid="decode-warnings" data-codes={codes}>
                { for warnings.iter().map(|w| html! {
                    <li data-code={w.code()}>
                        { text_el("code", "", w.code().into()) }{ " " }{ warning(w, lang) }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// The JSON as far as it decoded and, for a decoded token, its facts, verdict, checks and claims.
fn analysis(
    inspection: &Inspection,
    inputs: &InspectorInputs,
    signature: SignatureState,
    lang: Lang,
) -> Html {
    let [header, payload] = inspection.json_blocks(lang);
    let json = html! {
        <div class="json-pair">
            if let Some(h) = header {
                { json_view(TokenUi::HeaderHeading.get(lang), &h, "header-json") }
            }
            if let Some(p) = payload {
                { json_view(TokenUi::PayloadHeading.get(lang), &p, "payload-json") }
            }
        </div>
    };
    let Some(d) = inspection.decoded() else {
        return json;
    };
    let input = CheckInput {
        now: inputs.now,
        operation: inputs.operation.operation(),
        expected_tenant: &inputs.expected_tenant,
        signature,
    };
    let worded = word_checks(
        &run_checks(&d.jwt, &d.facts, &input),
        &inputs.operation,
        lang,
    );
    html! {
        <>
            { token_facts(&d.facts, &fact_rows(&d.facts, inputs.now, lang), lang) }
            { verdict_panel(&worded.verdict, lang) }
            { check_list(&worded.checks, lang) }
            { json }
            { claims(d, Segment::Header, inputs.now, lang) }
            { claims(d, Segment::Payload, inputs.now, lang) }
            { text_el("p", "hint", TokenUi::LocalTimeNote.get(lang).into()) }
        </>
    }
}

/// The header's or the payload's claims table.
fn claims(d: &Decoded, segment: Segment, now: i64, lang: Lang) -> Html {
    let (members, map, caption, testid) = match segment {
        Segment::Header => (
            &d.header_members,
            &d.jwt.header,
            TokenUi::HeaderHeading,
            "header-claims",
        ),
        _ => (
            &d.payload_members,
            &d.jwt.payload,
            TokenUi::ClaimsHeading,
            "payload-claims",
        ),
    };
    let rows = claim_rows(members, map, segment, now, lang, &clock::utc_offset_minutes);
    claims_table(caption.get(lang), &rows, testid, lang)
}
