//! The new `requiredResourceAccess` (`migration-manifest`), its copy button, and the `az` and
//! PowerShell commands.

use dpk_domain::i18n::{Lang, MigrateText as T, Text, fill};
use dpk_domain::migrate::manifest::{app_id_or_placeholder, az_command, powershell_command};
use dpk_domain::migrate::{Input, NewManifest, Report};
use yew::prelude::*;

use super::dom::{cell, el, tx};
use crate::components::{copy_button, snippet_block};

/// The manifest section.
#[inline(never)]
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
            { for manifest.warnings.iter().map(|w| el("p", &["class", "data-testid"], &["notice", "migration-manifest-warning"],
                vec![tx(fill(T::ManifestWarning.get(lang), &[("name", w.name)]))])) }
            <figure class="snippet">
                <figcaption>
                    <span>{ "requiredResourceAccess" }</span>
                    { copy_button("migration-manifest-copy", json.clone(), copy_label.clone(), on_copy) }
                </figcaption>
                <pre tabindex="0"><code data-testid="migration-manifest">{ json }</code></pre>
            </figure>
            { el("p", &["class", "role"], &["status", "status"], copy_status.map(|s| tx(s.get(lang))).into_iter().collect()) }
            { cell("h3", T::CommandsHeading.get(lang)) }
            if let Some(az) = az {
                { snippet_block("az", T::AzTitle.get(lang), az.into(), copy_label.clone(), on_copy) }
            } else {
                { el("p", &["data-testid"], &["migration-nothing-to-add"], vec![tx(T::NothingToAdd.get(lang))]) }
            }
            { snippet_block("powershell", T::PsTitle.get(lang), ps.into(), copy_label, on_copy) }
        </section>
    }
}
