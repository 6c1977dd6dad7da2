//! Section 1: the link builder: inputs validated as you type, then the link, its QR code, the
//! share link and the message to the customer's admin (with the permissions the partner says the
//! app requests). Copying or opening the link, copying the message, or "Remember as sent" records
//! the link in the roster, so that its answer is recognised after a reload.

use dpk_domain::catalog;
use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{
    MessagePermissions, admin_message, api_name, cloud_name, format_name, warning_text,
};
use dpk_domain::consent::{ConsentLink, ConsentRequest, Field, LinkFormat};
use dpk_domain::i18n::{ConsentText as T, Lang, Text, fill};
use dpk_domain::roster::SentLink;
use dpk_domain::sentences::consent::{permissions_hint, recorded};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{Action, Page, fresh_state};
use super::{click, on_copy, text};
use crate::components::form::{self, text_field};
use crate::components::{code_field, copy_button, error_banner, qr_code, text_el};
use crate::services::location;

/// The inputs, and the link (or why there is none) derived from them on every render.
pub(super) fn view(
    lang: Lang,
    page: &Page,
    current: Option<&SentLink>,
    dispatch: &Callback<Action>,
) -> Html {
    let request = &page.request;
    let built = request.build();
    let warnings = request.warnings();
    let output = match &built {
        Ok(link) => {
            // The last link remembered as sent, if it is the one on screen.
            let sent =
                current.and_then(|c| page.roster.links.iter().rev().find(|l| l.state == c.state));
            link_view(lang, page, link, sent, dispatch)
        }
        Err(problems) => {
            let text: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            html! {
                <>
                    { error_banner(text.join("\n"), problems.first().map(|p| p.code()).unwrap_or_default(), "consent-error", Html::default()) }
                    { text_el("p", "hint", T::FixInputs.get(lang).into()) }
                </>
            }
        }
    };
    let problems = built.as_ref().err().map(Vec::as_slice).unwrap_or_default();
    html! {
        <section class="card" aria-labelledby="builder-heading">
            <h2 id="builder-heading">{ T::BuilderHeading.get(lang) }</h2>
            { inputs(lang, request, &|f| problems.iter().any(|p| p.field() == f), dispatch) }
            if !warnings.is_empty() {
                <ul class="notice" data-testid="consent-warnings">
                    { for warnings.iter().map(|w| text_el("li", "", warning_text(*w).get(lang).into())) }
                </ul>
            }
            { output }
        </section>
    }
}

/// The link's inputs; `invalid` says which fields a problem names.
fn inputs(
    lang: Lang,
    request: &ConsentRequest,
    invalid: &dyn Fn(Field) -> bool,
    dispatch: &Callback<Action>,
) -> Html {
    let field = |id, label: T, hint: T, f: Field| {
        form::Field::new(id, label.get(lang))
            .hint(hint.get(lang))
            .invalid(invalid(f))
    };
    let choice = |id, label: T, f: Option<Field>| {
        form::Field::new(id, label.get(lang)).invalid(f.is_some_and(invalid))
    };
    let resource = request.api.resource_uri(request.cloud).unwrap_or("…");
    let new_state = dispatch.reform(|_: MouseEvent| Action::State(fresh_state()));
    html! {
        <div class="grid">
            { text_field(field("client-id", T::LabelClientId, T::HintClientId, Field::ClientId), request.client_id.clone().into(),
                "00000000-0000-0000-0000-000000000000", "", &text(dispatch, Action::ClientId), Html::default()) }
            { text_field(field("tenant", T::LabelTenant, T::HintTenant, Field::Tenant), request.tenant.clone().into(),
                "contoso.onmicrosoft.com", "", &text(dispatch, Action::Tenant), Html::default()) }
            { code_field(choice("cloud", T::LabelCloud, Some(Field::Api)), Cloud::ALL.len(), request.cloud.code(),
                &|i| (Cloud::ALL[i].code(), cloud_name(Cloud::ALL[i]).get(lang).into()), &text(dispatch, Action::Cloud)) }
            { code_field(choice("api", T::LabelApi, Some(Field::Api)), Api::ALL.len(), request.api.code(),
                &|i| (Api::ALL[i].code(), api_name(Api::ALL[i]).get(lang).into()), &text(dispatch, Action::Api)) }
            { code_field(choice("link-format", T::LabelFormat, None), LinkFormat::ALL.len(), request.format.code(),
                &|i| (LinkFormat::ALL[i].code(), fill(format_name(LinkFormat::ALL[i]).get(lang), &[("resource", resource)]).into()),
                &text(dispatch, Action::Format)) }
            { text_field(field("redirect-uri", T::LabelRedirectUri, T::HintRedirectUri, Field::RedirectUri), request.redirect_uri.clone().into(),
                "https://partner.example/consent/callback", "", &text(dispatch, Action::RedirectUri), Html::default()) }
            { text_field(field("state", T::LabelState, T::HintState, Field::State), request.state.clone().into(), "", "",
                &text(dispatch, Action::State), html! {
                    <button type="button" class="secondary" data-testid="new-state" onclick={new_state}>{ T::NewState.get(lang) }</button>
                }) }
        </div>
    }
}

/// The link, its QR code, the share link and the admin message.
fn link_view(
    lang: Lang,
    page: &Page,
    link: &ConsentLink,
    sent: Option<&SentLink>,
    dispatch: &Callback<Action>,
) -> Html {
    let request = &page.request;
    // The share link (the non-secret inputs as `#/consent?…`) is offered, not written into the
    // address bar: Chromium re-requests the favicon on every `replaceState`, and building a link
    // must not touch the network.
    let share_hash = request.share_hash();
    let msg_lang = page.message_lang.unwrap_or(lang);
    let permissions = MessagePermissions::for_api(request.api, &page.picked);
    let message = admin_message(
        msg_lang,
        link,
        request.api,
        &request.redirect_uri,
        &permissions,
    );
    // Copying or opening is sending: the link is remembered with the copy.
    let copy_and_record = on_copy(dispatch, true);
    let url = AttrValue::from(link.url.clone());
    let copy = AttrValue::from(T::Copy.get(lang));
    html! {
        <>
            { text_el("h3", "", T::LinkHeading.get(lang).into()) }
            <p class="link-box">
                <a data-testid="consent-link" href={url.clone()} target="_blank" rel="noopener noreferrer" class="mono">{ url.clone() }</a>
            </p>
            <div class="actions">
                { copy_button("copy-link", url.clone(), copy.clone(), &copy_and_record) }
                <a class="button" data-testid="open-link" href={url.clone()} target="_blank" rel="noopener noreferrer" onclick={click(dispatch, |_| Action::RecordLink, "")}>{ T::OpenLink.get(lang) }</a>
                <button type="button" class="secondary" data-testid="record-link" onclick={click(dispatch, |_| Action::RecordLink, "")}>{ T::RecordLink.get(lang) }</button>
                { match page.copied {
                    Some(true) => html! { <span class="hint" role="status">{ T::Copied.get(lang) }</span> },
                    Some(false) => error_banner(T::CopyFailed.get(lang), "clipboard", "copy-error", Html::default()),
                    None => html! {},
                } }
            </div>
            if let Some(r) = sent {
                <p class="hint" role="status" data-testid="link-recorded">{ recorded(r, lang) }</p>
            }
            <div class="qr-box">
                { qr_code(&page.qr, T::QrLabel.get(lang), T::QrTooLong.get(lang)) }
            </div>
            <p class="share">
                <a data-testid="share-link" href={share_hash.clone()}>{ T::ShareLink.get(lang) }</a>
                { copy_button("copy-share-link", [location::page_url_without_hash(), share_hash].concat().into(),
                    copy.clone(), &on_copy(dispatch, false)) }
                { text_el("span", "hint", T::ShareNote.get(lang).into()) }
            </p>
            { text_el("h3", "", T::MessageHeading.get(lang).into()) }
            { permission_picker(lang, page, dispatch) }
            { code_field(form::Field::new("message-lang", T::MessageLanguage.get(lang)), Lang::ALL.len(), msg_lang.code(),
                &|i| (Lang::ALL[i].code(), Lang::ALL[i].native_name().into()), &text(dispatch, Action::MessageLang)) }
            <pre data-testid="admin-message" lang={msg_lang.code()}>{ message.clone() }</pre>
            { copy_button("copy-message", message.into(), copy, &copy_and_record) }
        </>
    }
}

/// The application permissions of the chosen API (from the catalog), to tick what the app
/// requests; the message lists exactly those, or the app's configured permissions.
fn permission_picker(lang: Lang, page: &Page, dispatch: &Callback<Action>) -> Html {
    let all = catalog::resource(page.request.api).application_permissions;
    html! {
        <details class="permission-picker" data-testid="permission-picker">
            { text_el("summary", "", T::PermissionsLabel.get(lang).into()) }
            { text_el("p", "hint", permissions_hint(&page.request.client_id, lang).into()) }
            <ul class="checks">
                { for all.iter().map(|p| {
                    let checked = page.picked.iter().any(|q| q == p);
                    let p = *p;
                    let onchange = dispatch.reform(move |e: Event| {
                        Action::Pick(p, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <li><label>
                            <input type="checkbox" data-testid="permission-option" value={p} {checked} {onchange} />
                            { " " }{ text_el("code", "", p.into()) }
                        </label></li>
                    }
                }) }
            </ul>
        </details>
    }
}
