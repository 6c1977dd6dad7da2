//! Fetch, cancel and resume buttons, the progress bar, and the listing's status in words (the
//! `data-status` / `data-error-kind` hooks tests read), errors through the one banner.

use dpk_domain::i18n::{IncidentsText as T, Lang, Text, fill};
use dpk_domain::incidents::engine::FetchStatus;
use dpk_domain::incidents::explain::Explanation;
use dpk_domain::incidents::explorer::{error_kind, status_line};
use dpk_domain::incidents::session::Progress;
use yew::prelude::*;

use crate::components::form::button;
use crate::components::incident_detail::explanation;
use crate::components::text_el;

#[derive(Properties, PartialEq)]
pub struct FetchPanelProps {
    /// Where the listing stands (the hook's own status).
    pub status: FetchStatus,
    /// The explanation of a `Failed` status, in the page's words.
    #[prop_or_default]
    pub error: Option<Explanation>,
    pub progress: Progress,
    pub resumable: bool,
    /// The limits being paced by, for the waiting message.
    pub limits: AttrValue,
    pub lang: Lang,
    pub on_fetch: Callback<()>,
    pub on_cancel: Callback<()>,
    pub on_resume: Callback<()>,
}

/// Fetch, cancel and resume, a progress bar, and what is happening (or went wrong) in words.
/// A plain view: the page calls it, with no component lifecycle to pay for.
pub fn fetch_panel(props: &FetchPanelProps) -> Html {
    let FetchPanelProps {
        status,
        error,
        progress,
        resumable,
        limits,
        lang,
        on_fetch,
        on_cancel,
        on_resume,
    } = props;
    let lang = *lang;
    let busy = status.is_busy();
    let text = status_line(status, progress, limits, lang);
    let error_kind = error_kind(status);
    let countdown = match status {
        FetchStatus::Throttled { seconds_left } => Some(seconds_left.to_string()),
        _ => None,
    };
    let total = progress.total.filter(|t| *t > 0);
    html! {
        <div class="fetch-panel card">
            <div class="buttons">
                { button("fetch-incidents", false, busy, T::FetchButton.get(lang), on_fetch) }
                { button("cancel-fetch", true, !busy, T::CancelButton.get(lang), on_cancel) }
                if *resumable && !busy && progress.pages > 0 {
                    { button("resume-fetch", true, false, T::ResumeButton.get(lang), on_resume) }
                }
            </div>
            if let Some(t) = total {
                <progress data-testid="fetch-progress" max={t.to_string()} value={progress.rows.min(t as usize).to_string()}></progress>
            } else if busy {
                <progress data-testid="fetch-progress"></progress>
            }
            <div class="fetch-status" data-testid="fetch-status" data-status={status.code()} data-error-kind={error_kind}
                data-pages={progress.pages.to_string()} role="status" aria-live="polite">
                <p>
                    { text }
                    if let Some(c) = countdown { <span class="sr-only" data-testid="throttle-countdown">{ c }</span> }
                </p>
                if let FetchStatus::Done { loop_stopped: true } = status { { text_el("p", "notice", T::StatusLoopStopped.get(lang).into()) } }
                if progress.skipped > 0 {
                    { text_el("p", "notice", fill(T::StatusSkipped.get(lang), &[("count", &progress.skipped.to_string())]).into()) }
                }
                if let (FetchStatus::Failed(_), Some(e)) = (status, error) { { explanation(e, "fetch-error", lang) } }
            </div>
        </div>
    }
}
