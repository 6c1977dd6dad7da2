//! Section 2: the redirect reader. The pasted address is read on every render and never stored;
//! a granted answer offers to add the customer to the roster, or to mark a listed one granted.

use dpk_domain::consent::redirect::{RedirectOutcome, read_redirect};
use dpk_domain::i18n::{Lang, RedirectText as R, Text};
use dpk_domain::roster::SentLink;
use yew::prelude::*;

use super::state::{Action, Page};
use super::{click, text};
use crate::components::form::{Field, text_field};
use crate::components::redirect_report;

/// The reader: a text area and what the pasted address says; `current` is the link on screen
/// (built in this tab, maybe not remembered as sent yet).
pub(super) fn view(
    lang: Lang,
    page: &Page,
    current: Option<&SentLink>,
    dispatch: &Callback<Action>,
) -> Html {
    let cloud = page.request.cloud;
    let report = (!page.pasted.trim().is_empty()).then(|| {
        let reading = read_redirect(&page.pasted, "");
        // The answer's state, matched exactly to the links this browser sent (they survive
        // reloads).
        let answer = page.roster.match_answer_with(
            reading.returned_state.as_deref(),
            reading.outcome.tenant(),
            current,
        );
        let actions = match &reading.outcome {
            RedirectOutcome::Granted {
                tenant: Some(tenant),
                ..
            }
            | RedirectOutcome::Code {
                tenant: Some(tenant),
                admin_consent: true,
            } => {
                if page.roster.find(tenant).is_some() {
                    let onclick = click(dispatch, Action::MarkGranted, tenant);
                    html! { <button type="button" data-testid="roster-mark-granted" {onclick}>{ R::UpdateRoster.get(lang) }</button> }
                } else {
                    let onclick = click(dispatch, Action::AddFromRedirect, tenant);
                    html! { <button type="button" data-testid="roster-add-from-redirect" {onclick}>{ R::AddToRoster.get(lang) }</button> }
                }
            }
            _ => html! {},
        };
        let actions = html! { <div class="actions">{ actions }</div> };
        redirect_report(lang, &reading, &answer, cloud.login_origin(), actions)
    });
    html! {
        <section class="card" aria-labelledby="reader-heading">
            <h2 id="reader-heading">{ R::Heading.get(lang) }</h2>
            { text_field(Field::new("callback-input", R::Label.get(lang)).hint(R::Hint.get(lang)), page.pasted.clone(),
                "https://partner.example/consent/callback?admin_consent=True&tenant=…&state=…", "3",
                &text(dispatch, Action::Pasted), Html::default()) }
            { report.unwrap_or_default() }
        </section>
    }
}
