//! The new `requiredResourceAccess` (`migration-manifest`), its copy button, and the `az` and
//! PowerShell commands.

use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::manifest::{app_id_or_placeholder, az_command, powershell_command};
use dpk_domain::migrate::{Input, NewManifest, Report};
use yew::prelude::*;

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
            <h2>{ T::ManifestHeading.get(lang) }</h2>
            <p>{ T::ManifestIntro.get(lang) }</p>
            { for manifest.warnings.iter().map(|w| html! {
                <p class="notice" data-testid="migration-manifest-warning">{ fill(T::ManifestWarning.get(lang), &[("name", w.name)]) }</p>
            }) }
            <figure class="snippet">
                <figcaption>
                    <span>{ "requiredResourceAccess" }</span>
                    <CopyButton text={json.clone()} label={copy_label.clone()} on_copy={on_copy.clone()} testid="migration-manifest-copy" />
                </figcaption>
                <pre><code data-testid="migration-manifest">{ json }</code></pre>
            </figure>
            <p class="status" role="status">{ for copy_status.map(|s| s.get(lang)) }</p>
            <h3>{ T::CommandsHeading.get(lang) }</h3>
            if let Some(az) = az {
                <SnippetBlock lang_code="az" title={T::AzTitle.get(lang)} code={az}
                    copy_label={copy_label.clone()} on_copy={on_copy.clone()} />
            } else {
                <p data-testid="migration-nothing-to-add">{ T::NothingToAdd.get(lang) }</p>
            }
            <SnippetBlock lang_code="powershell" title={T::PsTitle.get(lang)} code={ps}
                copy_label={copy_label} on_copy={on_copy.clone()} />
        </section>
    }
}
