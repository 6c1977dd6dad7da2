//! The incidents explorer's connection settings: API, host or custom base URL, CORS proxy mode
//! and URL, and the advanced pacing knobs, with the warnings the domain raises about them.

use dpk_domain::cloud::{API_HOSTS, Api, Cloud};
use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::connection::{
    ConnectionAction, ConnectionSettings, ProxyMode, warnings,
};
use dpk_domain::incidents::explain::warning_text;
use dpk_domain::incidents::token::{documented_limits, list_operation};
use yew::prelude::*;

use crate::components::form::{Choice, input_field, select_field};
use crate::components::text_el;

#[derive(Properties, PartialEq)]
pub struct ConnectionFormProps {
    pub settings: ConnectionSettings,
    pub lang: Lang,
    pub on_action: Callback<ConnectionAction>,
}

const CUSTOM: &str = "custom";

/// API, host, proxy and advanced settings, with the warnings they deserve.
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn connection_form(props: &ConnectionFormProps) -> Html {
    let ConnectionFormProps {
        settings,
        lang,
        on_action,
    } = props;
    let lang = *lang;
    let act = |f: fn(String) -> Option<ConnectionAction>| {
        let on_action = on_action.clone();
        Callback::from(move |v: String| {
            if let Some(a) = f(v) {
                on_action.emit(a);
            }
        })
    };
    let on_api = act(|v| {
        Some(ConnectionAction::SetApi(if v == "xdr" {
            Api::Xdr
        } else {
            Api::Graph
        }))
    });
    let on_host = act(|v| (v != CUSTOM).then_some(ConnectionAction::SetBaseUrl(v)));
    let on_base = act(|v| Some(ConnectionAction::SetBaseUrl(v)));
    let on_mode = act(|v| {
        Some(ConnectionAction::SetProxyMode(
            ProxyMode::from_code(&v).unwrap_or_default(),
        ))
    });
    let on_proxy = act(|v| Some(ConnectionAction::SetProxyUrl(v)));
    let on_rate = act(|v| Some(ConnectionAction::SetRateLimit(v)));
    let on_page = act(|v| v.trim().parse().ok().map(ConnectionAction::SetPageSize));
    let on_timeout = act(|v| v.trim().parse().ok().map(ConnectionAction::SetTimeout));

    let known = settings.known_host().map_or(CUSTOM, |h| h.origin);
    let mut hosts: Vec<Choice> = API_HOSTS
        .iter()
        .filter(|h| h.api == settings.api && h.cloud != Cloud::China)
        .map(|h| Choice::new(h.origin, [h.label, " — ", h.origin].concat(), known))
        .collect();
    hosts.push(Choice::new(CUSTOM, T::HostCustom.get(lang), known));
    let documented: Vec<String> = documented_limits(list_operation(settings.api))
        .iter()
        .map(ToString::to_string)
        .collect();
    let documented = if documented.is_empty() {
        T::RateLimitNone.get(lang).to_owned()
    } else {
        documented.join(", ")
    };
    let mode = settings.proxy_mode;
    let label = |k: T| html! { k.get(lang) };
    let notes = warnings(settings);
    html! {
        <fieldset class="card connection" data-testid="connection-form">
            { text_el("legend", "", T::ConnectionHeading.get(lang).into()) }
            <div class="grid">
                { select_field(label(T::ApiLabel), "api-kind", vec![
                    Choice::new("graph", T::ApiGraph.get(lang), settings.api.code()),
                    Choice::new("xdr", T::ApiXdr.get(lang), settings.api.code()),
                ], false, &on_api) }
                { select_field(label(T::HostLabel), "api-host", hosts, false, &on_host) }
                { input_field(label(T::BaseUrlLabel), "api-base", "url", settings.base_url.clone().into(), AttrValue::default(), false, &on_base) }
                { select_field(label(T::ProxyModeLabel), "proxy-mode", vec![
                    Choice::new("none", T::ProxyNone.get(lang), mode.code()),
                    Choice::new("prefix", T::ProxyPrefix.get(lang), mode.code()),
                    Choice::new("template", T::ProxyTemplate.get(lang), mode.code()),
                ], false, &on_mode) }
                { input_field(label(T::ProxyUrlLabel), "proxy-url", "text", settings.proxy_url.clone().into(),
                    if mode == ProxyMode::Template { "https://proxy.example/?url={url}" } else { "http://127.0.0.1:8787/" }.into(),
                    mode == ProxyMode::None, &on_proxy) }
            </div>
            <details class="advanced">
                <summary data-testid="advanced-toggle">{ T::AdvancedHeading.get(lang) }</summary>
                <div class="grid">
                    { input_field(html! { fill(T::RateLimitLabel.get(lang), &[("limits", &documented)]) }, "rate-limit", "text",
                        settings.rate_limit.clone().into(), documented.clone().into(), false, &on_rate) }
                    { input_field(label(T::PageSizeLabel), "page-size", "number", settings.page_size.to_string().into(), AttrValue::default(), false, &on_page) }
                    { input_field(label(T::TimeoutLabel), "request-timeout", "number", settings.timeout_s.to_string().into(), AttrValue::default(), false, &on_timeout) }
                </div>
            </details>
            { text_el("p", "hint", T::SettingsStoredNote.get(lang).into()) }
            { for notes.iter().map(|w| html! {
                <p class={if w.is_security() { "notice security" } else { "notice" }} role="note"
                    data-testid="connection-warning" data-code={w.code()}>{ warning_text(w, lang) }</p>
            }) }
        </fieldset>
    }
}
