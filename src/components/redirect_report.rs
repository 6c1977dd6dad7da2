//! What a pasted consent redirect says: outcome, error advice, state check, notes; all as text.
//! The sentences are `dpk_domain::sentences::consent`'s.

use dpk_domain::consent::redirect::{RedirectOutcome, RedirectReading};
use dpk_domain::i18n::{Lang, RedirectText as R, Text};
use dpk_domain::roster::AnswerMatch;
use dpk_domain::sentences::consent::{
    Tone, answer_sentence, redirect_details, redirect_headline, redirect_note,
};
use yew::prelude::*;

use crate::components::{error_banner, text_el};

/// What `reading` says, with the link its state belongs to (`answer`, as the roster matched it);
/// `login_origin` is the chosen cloud's sign-in origin (the error look-up address); `actions`
/// go under the result (e.g. add to the roster). Every value is rendered as text.
pub fn redirect_report(
    lang: Lang,
    reading: &RedirectReading,
    answer: &AnswerMatch,
    login_origin: &str,
    actions: Html,
) -> Html {
    let outcome = &reading.outcome;
    let mut aadsts = String::new();
    for n in outcome.aadsts() {
        if !aadsts.is_empty() {
            aadsts.push(' ');
        }
        aadsts.push_str(&n.to_string());
    }
    let headline = match redirect_headline(outcome, lang) {
        (Tone::Fail, text) => error_banner(
            text,
            outcome.error().unwrap_or_default().to_owned(),
            "callback-error",
            Html::default(),
        ),
        (tone, text) => html! { <p class={["outcome ", tone.class()].concat()}>{ text }</p> },
    };
    let details = redirect_details(outcome, login_origin, lang);
    let description = match outcome {
        RedirectOutcome::Error { description, .. }
        | RedirectOutcome::Cancelled { description, .. } => description.clone(),
        _ => None,
    };
    let (state_tone, state_text) = answer_sentence(answer, lang);
    html! {
        <div class="callback-result" data-testid="callback-result" aria-live="polite"
            data-outcome={outcome.code()}
            data-tenant={outcome.tenant().unwrap_or_default().to_owned()}
            data-error={outcome.error().unwrap_or_default().to_owned()}
            data-aadsts={aadsts}
            data-state={answer.code()}>
            { headline }
            if !details.is_empty() {
                <ul class="advice">{ for details.into_iter().map(|d| text_el("li", "", d.into())) }</ul>
            }
            if let Some(d) = description {
                <p><span class="label">{ R::DescriptionLabel.get(lang) }{ ": " }</span><q class="mono" data-testid="callback-description">{ d }</q></p>
            }
            if !matches!(outcome, RedirectOutcome::Unrecognized) || reading.returned_state.is_some() {
                <p class={["state-check ", state_tone.class()].concat()} data-testid="callback-state">{ state_text }</p>
            }
            { for reading.notes.iter().map(|n| text_el("p", "notice", redirect_note(*n, lang).into())) }
            { text_el("p", "hint", R::Untrusted.get(lang).into()) }
            { actions }
        </div>
    }
}
