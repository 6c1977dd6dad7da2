//! The new `requiredResourceAccess` (`migration-manifest`), its copy button, and the `az` and
//! PowerShell commands.

use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::manifest::{app_id_or_placeholder, az_command, powershell_command};
use dpk_domain::migrate::{Input, NewManifest, Report};
use yew::prelude::*;

use super::dom::{cell, el, tx};
use crate::components::{CopyButton, SnippetBlock};

/// The manifest section.
pub(super) fn view(
    lang: Lang,
    input: &Input,
    report: &Report,
    manifest: &NewManifest,
    client_id: &str,
    on_copy: &Callback<AttrValue>,
    copied: Option<bool>,
) -> Html {
    let json = AttrValue::from(manifest.to_json());
    let app_id = app_id_or_placeholder(Some(client_id));
    let to_add: Vec<_> = report.to_add(input).collect();
    let az = az_command(&app_id, &to_add);
    let ps = powershell_command(&app_id, manifest);
    let copy_label = AttrValue::from(T::Copy.get(lang));
    let copy_status = copied.map(|ok| if ok { T::Copied } else { T::CopyFailed });
    html! {
        <section>
            { cell("h2", T::ManifestHeading.get(lang)) }
            { cell("p", T::ManifestIntro.get(lang)) }
            { for manifest.warnings.iter().map(|w| el("p", &[("class", "notice"), ("data-testid", "migration-manifest-warning")],
                vec![tx(fill(T::ManifestWarning.get(lang), &[("name", w.name)]))])) }
            <figure class="snippet">
                <figcaption>
                    <span>{ "requiredResourceAccess" }</span>
                    <CopyButton text={json.clone()} label={copy_label.clone()} on_copy={on_copy.clone()} testid="migration-manifest-copy" />
                </figcaption>
                <pre tabindex="0"><code data-testid="migration-manifest">{ json }</code></pre>
            </figure>
            { el("p", &[("class", "status"), ("role", "status")], copy_status.map(|s| tx(s.get(lang))).into_iter().collect()) }
            { cell("h3", T::CommandsHeading.get(lang)) }
            if let Some(az) = az {
                <SnippetBlock lang_code="az" title={T::AzTitle.get(lang)} code={az}
                    copy_label={copy_label.clone()} on_copy={on_copy.clone()} />
            } else {
                { el("p", &[("data-testid", "migration-nothing-to-add")], vec![tx(T::NothingToAdd.get(lang))]) }
            }
            <SnippetBlock lang_code="powershell" title={T::PsTitle.get(lang)} code={ps}
                copy_label={copy_label} on_copy={on_copy.clone()} />
        </section>
    }
}
