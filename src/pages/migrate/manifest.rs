//! The new `requiredResourceAccess` (`migration-manifest`), its copy button, and the `az` and
//! PowerShell commands.

use dpk_domain::i18n::{ConsentText as C, Lang, MigrateText as T, Text};
use dpk_domain::migrate::manifest::{app_id_or_placeholder, az_command, powershell_command};
use dpk_domain::migrate::{Input, NewManifest, Report};
use yew::prelude::*;

use super::dom::{cell, el, tx};
use crate::components::{copy_button, snippet_block};

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
    let copy_label = AttrValue::from(C::Copy.get(lang));
    let copy_status = copied.map(|ok| tx(if ok { C::Copied } else { C::CopyFailed }.get(lang)));
    let az = match az_command(&app_id, &to_add) {
        Some(az) => snippet_block(
            "az",
            T::AzTitle.get(lang),
            az.into(),
            copy_label.clone(),
            on_copy,
        ),
        None => el(
            "p",
            &["data-testid"],
            &["migration-nothing-to-add"],
            vec![tx(T::NothingToAdd.get(lang))],
        ),
    };
    let ps = powershell_command(&app_id, manifest);
    let figure = el(
        "figure",
        &["class"],
        &["snippet"],
        vec![
            el(
                "figcaption",
                &[],
                &[],
                vec![
                    cell("span", "requiredResourceAccess"),
                    copy_button(
                        "migration-manifest-copy",
                        json.clone(),
                        copy_label.clone(),
                        on_copy,
                    ),
                ],
            ),
            el(
                "pre",
                &["tabindex"],
                &["0"],
                vec![el(
                    "code",
                    &["data-testid"],
                    &["migration-manifest"],
                    vec![tx(json)],
                )],
            ),
        ],
    );
    el(
        "section",
        &[],
        &[],
        vec![
            cell("h2", T::ManifestHeading.get(lang)),
            cell("p", T::ManifestIntro.get(lang)),
            figure,
            el(
                "p",
                &["class", "role"],
                &["status", "status"],
                copy_status.into_iter().collect(),
            ),
            cell("h3", T::CommandsHeading.get(lang)),
            az,
            snippet_block(
                "powershell",
                T::PsTitle.get(lang),
                ps.into(),
                copy_label,
                on_copy,
            ),
        ],
    )
}
