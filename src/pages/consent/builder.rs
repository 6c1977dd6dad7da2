//! Section 1: the link builder: inputs validated as you type, then the link, its QR code, the
//! share link and the message to the customer's admin (with the permissions the partner says the
//! app requests). Copying or opening the link, copying the message, or "Remember as sent" records
//! the link in the roster, so that its answer is recognised after a reload.

use dpk_domain::catalog;
use dpk_domain::cloud::{Api, Cloud};
use dpk_domain::consent::message::{
    MessagePermissions, admin_message, api_name, cloud_name, format_name, warning_text,
};
use dpk_domain::consent::{ConsentRequest, Field, LinkFormat};
use dpk_domain::i18n::{ConsentText as T, Lang, Text, fill};
use dpk_domain::roster::{SentLink, display_date};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{FormAction, fresh_state, options};
use crate::components::{
    ChoiceFieldProps, InputFieldProps, QrCode, choice_field, copy_button, error_banner, input_field,
};
use crate::services::location;

/// What the builder needs from the page besides the request.
pub(super) struct Builder<'a> {
    pub on_action: &'a Callback<FormAction>,
    /// The outcome of the last copy.
    pub copied: Option<bool>,
    pub on_copy: &'a Callback<AttrValue>,
    /// The admin message's language when the user chose one (the page language otherwise).
    pub message_lang: &'a UseStateHandle<Option<Lang>>,
    /// The application permissions the partner ticked (for the message).
    pub picked: &'a UseStateHandle<Vec<String>>,
    /// Remember the link on screen as sent.
    pub on_sent: &'a Callback<()>,
    /// The last link remembered as sent, if it is the one on screen.
    pub recorded: Option<&'a SentLink>,
}

/// The inputs, and the link (or why there is none) derived from them on every render.
pub(super) fn view(lang: Lang, request: &ConsentRequest, b: Builder<'_>) -> Html {
    let Builder {
        on_action,
        copied,
        on_copy,
        message_lang,
        picked,
        on_sent,
        recorded,
    } = b;
    let dispatch = |make: fn(String) -> FormAction| on_action.reform(make);

    // The share link (the non-secret inputs as `#/consent?…`) is offered, not written into the
    // address bar: Chromium re-requests the favicon on every `replaceState`, and building a link
    // must not touch the network.
    let built = request.build();
    let share_hash = request.share_hash();
    let problems = built.as_ref().err().cloned().unwrap_or_default();
    let invalid = |field: Field| problems.iter().any(|p| p.field() == field);
    let resource = request.api.resource_uri(request.cloud).unwrap_or("…");
    let formats = options(&LinkFormat::ALL, LinkFormat::code, |f| {
        fill(format_name(f).get(lang), &[("resource", resource)])
    });
    let clouds = options(&Cloud::ALL, Cloud::code, |c| {
        cloud_name(c).get(lang).to_owned()
    });
    let apis = options(&Api::ALL, Api::code, |a| api_name(a).get(lang).to_owned());
    let new_state = on_action.reform(|_: MouseEvent| FormAction::State(fresh_state()));
    let warnings = request.warnings();
    let output = match &built {
        Ok(link) => {
            let msg_lang = (*message_lang).unwrap_or(lang);
            let permissions = MessagePermissions::for_api(request.api, picked);
            let message = admin_message(
                msg_lang,
                link,
                request.api,
                &request.redirect_uri,
                &permissions,
            );
            // Copying or opening is sending: the link is remembered with the copy.
            let copy_and_record = {
                let (on_copy, on_sent) = (on_copy.clone(), on_sent.clone());
                Callback::from(move |text: AttrValue| {
                    on_sent.emit(());
                    on_copy.emit(text);
                })
            };
            let on_open = on_sent.reform(|_: MouseEvent| ());
            let on_record = on_sent.reform(|_: MouseEvent| ());
            let on_message_lang = {
                let message_lang = message_lang.clone();
                Callback::from(move |code: String| message_lang.set(Lang::from_code(&code)))
            };
            let langs = options(&Lang::ALL, Lang::code, |l| l.native_name().to_owned());
            html! {
                <>
                    <h3>{ T::LinkHeading.get(lang) }</h3>
                    <p class="link-box">
                        <a data-testid="consent-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer" class="mono">{ link.url.clone() }</a>
                    </p>
                    <div class="actions">
                        { copy_button("copy-link", link.url.clone().into(), T::Copy.get(lang).into(), &copy_and_record) }
                        <a class="button" data-testid="open-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer" onclick={on_open}>{ T::OpenLink.get(lang) }</a>
                        <button type="button" class="secondary" data-testid="record-link" onclick={on_record}>{ T::RecordLink.get(lang) }</button>
                        { match copied {
                            Some(true) => html! { <span class="hint" role="status">{ T::Copied.get(lang) }</span> },
                            Some(false) => error_banner(T::CopyFailed.get(lang), "clipboard", "copy-error", Html::default()),
                            None => html! {},
                        } }
                    </div>
                    if let Some(r) = recorded {
                        <p class="hint" role="status" data-testid="link-recorded">{ recorded_sentence(r, lang) }</p>
                    }
                    <div class="qr-box">
                        <QrCode text={link.url.clone()} label={T::QrLabel.get(lang)} too_long={T::QrTooLong.get(lang)} />
                    </div>
                    <p class="share">
                        <a data-testid="share-link" href={share_hash.clone()}>{ T::ShareLink.get(lang) }</a>
                        { copy_button("copy-share-link", format!("{}{}", location::page_url_without_hash(), share_hash).into(),
                            T::Copy.get(lang).into(), on_copy) }
                        <span class="hint">{ T::ShareNote.get(lang) }</span>
                    </p>
                    <h3>{ T::MessageHeading.get(lang) }</h3>
                    { permission_picker(lang, request, picked) }
                    { choice_field(&yew::props!(ChoiceFieldProps { id: "message-lang", testid: "message-lang", label: T::MessageLanguage.get(lang), value: msg_lang.code(), options: langs, on_change: on_message_lang })) }
                    <pre data-testid="admin-message" lang={msg_lang.code()}>{ message.clone() }</pre>
                    { copy_button("copy-message", message.into(), T::Copy.get(lang).into(), &copy_and_record) }
                </>
            }
        }
        Err(problems) => {
            let text: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
            html! {
                <>
                    { error_banner(text.join("\n"), problems.first().map(|p| p.code()).unwrap_or_default(), "consent-error", Html::default()) }
                    <p class="hint">{ T::FixInputs.get(lang) }</p>
                </>
            }
        }
    };
    html! {
        <section class="card" aria-labelledby="builder-heading">
            <h2 id="builder-heading">{ T::BuilderHeading.get(lang) }</h2>
            <div class="grid">
                { input_field(&yew::props!(InputFieldProps { id: "client-id", testid: "client-id", label: T::LabelClientId.get(lang), hint: T::HintClientId.get(lang), value: request.client_id.clone(), placeholder: "00000000-0000-0000-0000-000000000000", invalid: invalid(Field::ClientId), on_change: dispatch(FormAction::ClientId) })) }
                { input_field(&yew::props!(InputFieldProps { id: "tenant", testid: "tenant", label: T::LabelTenant.get(lang), hint: T::HintTenant.get(lang), value: request.tenant.clone(), placeholder: "contoso.onmicrosoft.com", invalid: invalid(Field::Tenant), on_change: dispatch(FormAction::Tenant) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "cloud", testid: "cloud", label: T::LabelCloud.get(lang), value: request.cloud.code(), options: clouds, invalid: invalid(Field::Api), on_change: dispatch(|v| FormAction::Cloud(Cloud::from_code(&v).unwrap_or_default())) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "api", testid: "api", label: T::LabelApi.get(lang), value: request.api.code(), options: apis, invalid: invalid(Field::Api), on_change: dispatch(|v| FormAction::Api(Api::from_code(&v).unwrap_or_default())) })) }
                { choice_field(&yew::props!(ChoiceFieldProps { id: "link-format", testid: "link-format", label: T::LabelFormat.get(lang), value: request.format.code(), options: formats, on_change: dispatch(|v| FormAction::Format(LinkFormat::from_code(&v).unwrap_or_default())) })) }
                { input_field(&yew::props!(InputFieldProps { id: "redirect-uri", testid: "redirect-uri", label: T::LabelRedirectUri.get(lang), hint: T::HintRedirectUri.get(lang), value: request.redirect_uri.clone(), placeholder: "https://partner.example/consent/callback", invalid: invalid(Field::RedirectUri), on_change: dispatch(FormAction::RedirectUri) })) }
                { input_field(&yew::props!(InputFieldProps { id: "state", testid: "state", label: T::LabelState.get(lang), hint: T::HintState.get(lang), value: request.state.clone(), invalid: invalid(Field::State), on_change: dispatch(FormAction::State), children: html! { <>
                    <button type="button" class="secondary" data-testid="new-state" onclick={new_state}>{ T::NewState.get(lang) }</button>
                </> } })) }
            </div>
            if !warnings.is_empty() {
                <ul class="notice" data-testid="consent-warnings">
                    { for warnings.iter().map(|w| html! { <li>{ warning_text(*w).get(lang) }</li> }) }
                </ul>
            }
            { output }
        </section>
    }
}

/// "Remembered as sent to Contoso on 2026-12-07".
fn recorded_sentence(r: &SentLink, lang: Lang) -> String {
    let who = if r.customer.is_empty() {
        r.tenant.clone()
    } else {
        r.customer.clone()
    };
    fill(
        T::LinkRecorded.get(lang),
        &[("who", &who), ("date", &display_date(&r.date, lang))],
    )
}

/// The application permissions of the chosen API (from the catalog), to tick what the app
/// requests; the message lists exactly those, or the app's configured permissions.
fn permission_picker(
    lang: Lang,
    request: &ConsentRequest,
    picked: &UseStateHandle<Vec<String>>,
) -> Html {
    let all = catalog::resource(request.api).application_permissions;
    let client_id = if request.client_id.trim().is_empty() {
        "…"
    } else {
        request.client_id.trim()
    };
    html! {
        <details class="permission-picker" data-testid="permission-picker">
            <summary>{ T::PermissionsLabel.get(lang) }</summary>
            <p class="hint">{ fill(T::PermissionsHint.get(lang), &[("client_id", client_id)]) }</p>
            <ul class="checks">
                { for all.iter().map(|p| {
                    let checked = picked.iter().any(|q| q == p);
                    let onchange = {
                        let picked = picked.clone();
                        let p = (*p).to_owned();
                        Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                            let mut next: Vec<String> = picked.iter().filter(|q| **q != p).cloned().collect();
                            if on {
                                next.push(p.clone());
                            }
                            picked.set(next);
                        })
                    };
                    html! {
                        <li><label>
                            <input type="checkbox" data-testid="permission-option" value={*p} {checked} {onchange} />
                            { " " }<code>{ *p }</code>
                        </label></li>
                    }
                }) }
            </ul>
        </details>
    }
}
