//! The new `requiredResourceAccess` (`migration-manifest`), its copy button, and the `az` and
//! PowerShell commands.

use dpk_domain::i18n::{ConsentText as C, MigrateText as T, Text};
use dpk_domain::migrate::manifest::{app_id_or_placeholder, az_command, powershell_command};
use dpk_domain::migrate::{Input, NewManifest, Report};
use yew::prelude::*;

use super::dom::Dom;
use crate::components::{copy_button, snippet_block};

/// The manifest section.
pub(super) fn view(
    b: &mut Dom,
    input: &Input,
    report: &Report,
    manifest: &NewManifest,
    client_id: &str,
    on_copy: &Callback<AttrValue>,
    copied: Option<bool>,
) {
    let lang = b.lang;
    let json = AttrValue::from(manifest.as_json());
    let app_id = app_id_or_placeholder(Some(client_id));
    let to_add: Vec<_> = report.to_add(input).collect();
    let copy_label = AttrValue::from(C::Copy.get(lang));
    b.open0("section");
    b.leaf_t("h2", T::ManifestHeading);
    b.leaf_t("p", T::ManifestIntro);
    b.open("figure", &["class"], &["snippet"]);
    b.open0("figcaption");
    b.leaf("span", "requiredResourceAccess");
    b.node(copy_button(
        "migration-manifest-copy",
        json.clone(),
        copy_label.clone(),
        on_copy,
    ));
    b.close();
    b.open("pre", &["tabindex"], &["0"]);
    b.with_text("code", &["data-testid"], &["migration-manifest"], json);
    b.close();
    b.close();
    b.open("p", &["class", "role"], &["status", "status"]);
    if let Some(ok) = copied {
        b.s(if ok { C::Copied } else { C::CopyFailed }.get(lang));
    }
    b.close();
    b.leaf_t("h3", T::CommandsHeading);
    match az_command(&app_id, &to_add) {
        Some(az) => b.node(snippet_block(
            "az",
            T::AzTitle.get(lang),
            az.into(),
            copy_label.clone(),
            on_copy,
        )),
        None => {
            b.open("p", &["data-testid"], &["migration-nothing-to-add"]);
            b.t(T::NothingToAdd);
            b.close();
        }
    }
    let ps = powershell_command(&app_id, manifest);
    b.node(snippet_block(
        "powershell",
        T::PsTitle.get(lang),
        ps.into(),
        copy_label,
        on_copy,
    ));
    b.close();
}
