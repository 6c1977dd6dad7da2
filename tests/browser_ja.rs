//! Japanese in the browser (issue #18): what a Japanese user reads must be Japanese. The incidents
//! page's token check once printed the verdict's code (`ok`, `warning`, `blocked`) as its badge and
//! the operation's id (`xdr.incidents.list`) in its heading; it must show the localized status and
//! the operation's title, for every verdict and both APIs.
#![cfg(target_arch = "wasm32")]

use dpk_domain::catalog::operations;
use dpk_domain::cloud::Api;
use dpk_domain::i18n::{Lang, Text};
use dpk_domain::incidents::token::{AccessToken, TokenCheck, list_operation};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{TokenVerdict, VerdictProps, fresh_root, mount_app, select, text, type_into};

const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

/// A v1 Entra token shaped like a real one (RS256, signature unchecked) with these claims.
fn token(claims: &str) -> AccessToken {
    use base64::Engine;
    let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = format!(
        r#"{{"iss":"https://sts.windows.net/{TID}/","tid":"{TID}","ver":"1.0","exp":2000,{claims}}}"#
    );
    AccessToken::new(format!(
        "{}.{}.c2ln",
        e.encode(r#"{"alg":"RS256","typ":"JWT"}"#),
        e.encode(payload)
    ))
}

/// The ASCII words of `s`, lower-cased (`xdr.incidents.list` gives `xdr`, `incidents`, `list`).
fn ascii_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

async fn render(report: TokenCheck, api: Api) -> Element {
    let root = fresh_root();
    yew::Renderer::<TokenVerdict>::with_root_and_props(
        root.clone(),
        VerdictProps {
            report,
            operation: list_operation(api),
            lang: Lang::Ja,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn ja_token_checks_show_no_english_status_words_or_operation_ids() {
    let mut verdicts = std::collections::BTreeSet::new();
    for api in [Api::Xdr, Api::Graph] {
        let (aud, role, scope) = match api {
            Api::Graph => (
                "https://graph.microsoft.com",
                "SecurityIncident.Read.All",
                "SecurityIncident.Read.All",
            ),
            _ => (
                "https://api.security.microsoft.com",
                "Incident.Read.All",
                "Incident.Read",
            ),
        };
        let cases = [
            // App-only with the role: the call should work.
            token(&format!(
                r#""aud":"{aud}","appid":"11111111-2222-3333-4444-555555555555","idtyp":"app","roles":["{role}"]"#
            )),
            // Delegated with the scope: it may work, depending on the user's roles.
            token(&format!(
                r#""aud":"{aud}","scp":"{scope}","upn":"u@contoso.example""#
            )),
            // For the other API: blocked.
            token(r#""aud":"https://management.azure.com","roles":["Nothing.Read"]"#),
            // Nothing pasted: blocked.
            AccessToken::new(""),
        ];
        let op = list_operation(api);
        for t in cases {
            let report = TokenCheck::run(&t, op, 1000);
            let root = render(report, api).await;
            let verdict = root
                .query_selector("[data-testid=token-verdict]")
                .unwrap()
                .unwrap()
                .get_attribute("data-verdict")
                .unwrap_or_default();
            verdicts.insert(verdict.clone());
            let shown = text(&root, "[data-testid=token-verdict]");
            let words = ascii_words(&shown);
            for english in ["ok", "warning", "blocked", "pass", "fail"] {
                assert!(
                    !words.iter().any(|w| w == english),
                    "{verdict}: the ja token check shows “{english}”: {shown}"
                );
            }
            for other in operations() {
                assert!(
                    !shown.contains(other.id),
                    "{verdict}: the ja token check shows the operation id {}: {shown}",
                    other.id
                );
            }
            let heading = text(&root, "[data-testid=token-verdict-heading]");
            assert!(
                heading.contains(op.title.ja()),
                "the heading names the operation by its ja title: {heading}"
            );
            let badge = text(&root, "[data-testid=token-verdict-badge]");
            let expected = match verdict.as_str() {
                "ok" => "合格",
                "warning" => "警告",
                _ => "不合格",
            };
            assert_eq!(badge, expected, "{verdict}");
        }
    }
    assert_eq!(
        verdicts.into_iter().collect::<Vec<_>>(),
        ["blocked", "ok", "warning"],
        "every verdict was seen"
    );
}

#[wasm_bindgen_test]
async fn en_token_check_names_the_operation_by_its_title_too() {
    let root = fresh_root();
    let op = list_operation(Api::Xdr);
    yew::Renderer::<TokenVerdict>::with_root_and_props(
        root.clone(),
        VerdictProps {
            report: TokenCheck::run(&AccessToken::new(""), op, 0),
            operation: op,
            lang: Lang::En,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let heading = text(&root, "[data-testid=token-verdict-heading]");
    assert!(heading.contains(op.title.en()), "{heading}");
    assert!(!heading.contains(op.id), "{heading}");
    assert_eq!(text(&root, "[data-testid=token-verdict-badge]"), "blocked");
}

/// The whole incidents page in Japanese, as a user switches to it: the token check under the token
/// field shows the localized status and the operation's title, whatever is pasted.
#[wasm_bindgen_test]
async fn incidents_page_in_japanese_shows_no_english_in_the_token_check() {
    let root = mount_app("#/incidents").await;
    select(&root, "[data-testid=lang-switch]", "ja").await;
    let pasted = [
        String::new(),
        String::from("not-a-token"),
        token(r#""aud":"https://graph.microsoft.com","roles":["SecurityIncident.Read.All"]"#)
            .expose()
            .to_owned(),
    ];
    for value in pasted {
        type_into(&root, "[data-testid=incidents-token]", &value).await;
        let shown = text(&root, "[data-testid=token-verdict]");
        let words = ascii_words(&shown);
        for english in ["ok", "warning", "blocked"] {
            assert!(
                !words.iter().any(|w| w == english),
                "the ja page shows “{english}”: {shown}"
            );
        }
        assert!(
            !operations().iter().any(|o| shown.contains(o.id)),
            "the ja page shows an operation id: {shown}"
        );
        assert!(
            text(&root, "[data-testid=token-verdict-heading]").contains("インシデントの一覧を取得"),
            "{shown}"
        );
    }
    select(&root, "[data-testid=lang-switch]", "en").await;
}
