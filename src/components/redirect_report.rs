//! What a pasted consent redirect says: outcome, error advice, state check, notes; all as text.

use std::rc::Rc;

use dpk_domain::consent::message::api_name;
use dpk_domain::consent::message::{aadsts_advice, error_advice};
use dpk_domain::consent::redirect::{RedirectNote, RedirectOutcome, RedirectReading};
use dpk_domain::i18n::{Lang, RedirectText as R, Text, fill};
use dpk_domain::roster::{AnswerMatch, SentLink, display_date};
use yew::prelude::*;

use crate::components::error_banner;

#[derive(Properties, PartialEq)]
pub struct RedirectReportProps {
    pub reading: Rc<RedirectReading>,
    /// The link the answer's state belongs to, as the roster matched it.
    pub answer: Rc<AnswerMatch>,
    /// The sign-in origin of the chosen cloud, for the error look-up address.
    pub login_origin: AttrValue,
    /// Actions offered under the result (e.g. add to the roster).
    #[prop_or_default]
    pub children: Html,
}

/// What a pasted redirect says, in plain sentences, with every value rendered as text.
/// A plain view function over its props (built with `yew::props!`), not a component: it has no
/// state, and each component costs bundle size.
pub fn redirect_report(props: &RedirectReportProps, lang: Lang) -> Html {
    let reading = &props.reading;
    let outcome = &reading.outcome;
    let aadsts: Vec<String> = outcome.aadsts().iter().map(u32::to_string).collect();
    let (class, headline) = match outcome {
        RedirectOutcome::Granted {
            tenant: Some(t), ..
        } => ("pass", fill(R::Granted.get(lang), &[("tenant", t)])),
        RedirectOutcome::Granted { tenant: None, .. } => {
            ("pass", R::GrantedNoTenant.get(lang).to_owned())
        }
        RedirectOutcome::Cancelled { .. } => ("warn", R::Cancelled.get(lang).to_owned()),
        RedirectOutcome::Error { error, .. } => {
            ("fail", fill(R::Error.get(lang), &[("error", error)]))
        }
        RedirectOutcome::Code { .. } => ("pass", R::Code.get(lang).to_owned()),
        RedirectOutcome::Unrecognized => ("skip", R::Unrecognized.get(lang).to_owned()),
    };
    let headline = if class == "fail" {
        error_banner(
            headline,
            outcome.error().unwrap_or_default().to_owned(),
            "callback-error",
            Html::default(),
        )
    } else {
        html! { <p class={classes!("outcome", class)}>{ headline }</p> }
    };
    let mut details: Vec<String> = Vec::new();
    match outcome {
        RedirectOutcome::Granted { scope: Some(s), .. } => {
            details.push(fill(R::GrantedScope.get(lang), &[("scope", s)]));
        }
        RedirectOutcome::Error {
            error,
            aadsts,
            admin_consent_claimed,
            ..
        } => {
            if *admin_consent_claimed {
                details.push(R::ErrorClaimedConsent.get(lang).to_owned());
            }
            if let Some(advice) = error_advice(error) {
                details.push(advice.get(lang).to_owned());
            }
            for n in aadsts {
                details.push(match aadsts_advice(*n) {
                    Some(advice) => advice.get(lang).to_owned(),
                    None => fill(
                        R::AadstsUnknown.get(lang),
                        &[("code", &n.to_string()), ("origin", &props.login_origin)],
                    ),
                });
            }
        }
        RedirectOutcome::Code {
            admin_consent,
            tenant,
        } => {
            if *admin_consent {
                details.push(R::CodeAdminConsent.get(lang).to_owned());
            }
            if let Some(t) = tenant {
                details.push(fill(R::CodeTenant.get(lang), &[("tenant", t)]));
            }
        }
        _ => {}
    }
    let description = match outcome {
        RedirectOutcome::Error { description, .. }
        | RedirectOutcome::Cancelled { description, .. } => description.clone(),
        _ => None,
    };
    let state_text = state_sentence(&props.answer, lang);
    let state_class = match *props.answer {
        AnswerMatch::Link(_) => "pass",
        AnswerMatch::Mismatch(_) => "fail",
        AnswerMatch::Unknown | AnswerMatch::Absent => "warn",
    };
    html! {
        <div class="callback-result" data-testid="callback-result" aria-live="polite"
            data-outcome={outcome.code()}
            data-tenant={outcome.tenant().unwrap_or_default().to_owned()}
            data-error={outcome.error().unwrap_or_default().to_owned()}
            data-aadsts={aadsts.join(" ")}
            data-state={props.answer.code()}>
            { headline }
            if !details.is_empty() {
                <ul class="advice">{ for details.into_iter().map(|d| html! { <li>{ d }</li> }) }</ul>
            }
            if let Some(d) = description {
                <p><span class="label">{ R::DescriptionLabel.get(lang) }{ ": " }</span><q class="mono" data-testid="callback-description">{ d }</q></p>
            }
            if outcome.code() != "unrecognized" || reading.returned_state.is_some() {
                <p class={classes!("state-check", state_class)} data-testid="callback-state">{ state_text }</p>
            }
            { for reading.notes.iter().map(|n| {
                let text = match n {
                    RedirectNote::TenantNotGuid => R::NoteTenantNotGuid,
                    RedirectNote::ContainsToken => R::NoteContainsToken,
                };
                html! { <p class="notice">{ text.get(lang) }</p> }
            }) }
            <p class="hint">{ R::Untrusted.get(lang) }</p>
            { props.children.clone() }
        </div>
    }
}

/// The state comparison in one sentence: which link the answer belongs to, or why none.
fn state_sentence(answer: &AnswerMatch, lang: Lang) -> String {
    let who = |l: &SentLink| {
        if l.customer.is_empty() {
            fill(R::WhoTenant.get(lang), &[("tenant", &l.tenant)])
        } else {
            l.customer.clone()
        }
    };
    let link_args = |key: R, l: &SentLink| {
        fill(
            key.get(lang),
            &[
                ("who", &who(l)),
                ("date", &display_date(&l.date, lang)),
                ("api", api_name(l.api).get(lang)),
                ("client_id", &l.client_id),
            ],
        )
    };
    match answer {
        AnswerMatch::Link(l) => link_args(R::StateMatchLink, l),
        AnswerMatch::Mismatch(l) => link_args(R::StateMismatchLink, l),
        AnswerMatch::Unknown => R::StateUnknown.get(lang).to_owned(),
        AnswerMatch::Absent => R::StateAbsent.get(lang).to_owned(),
    }
}
