//! The team's Japanese glossary: the word a partner finds in Microsoft's Japanese documentation for
//! each concept the page names, where that word comes from, and the forms we used before (or that
//! read wrong) which no ja text may use any more.
//!
//! Most partners follow the Japanese edition of Microsoft's partner-access guide
//! ([`GUIDE`]) and the Learn ja pages it links to; a ja text that uses another word for the same
//! thing makes them search for something that is not there. [`GLOSSARY`] is the reference for
//! anyone writing ja texts; [`problems`] is what the test in `i18n::tests` runs on every row of
//! every table (`all_tables`), so a superseded word cannot come back.
//!
//! Rules beyond single words, enforced by [`problems`] too:
//! - a claim is クレーム. 要求 means "request"; it may not stand for a claim (not after a claim
//!   name such as `exp 要求`, not in a row whose English speaks of a claim and of no request).
//!   「クレーム (要求)」 appears once, in the claims heading, because the guide's readers know
//!   「ロール 要求」 from older pages ([`CLAIMS_HEADING`]);
//! - two sentences are never joined with a half-width colon: a colon right after a predicate
//!   (です, ます, ません, した, ください …) is an English habit; Japanese ends the sentence with 。;
//! - dates are written as the guide writes them, 2027 年 2 月 1 日, never 2027-02-01;
//! - お客様 is never used: in Microsoft ja it means the reader ("your"), so 「お客様のテナント」 reads
//!   as the partner's own tenant. The partner's customer is 顧客, and the page never needs to name
//!   the reader;
//! - 貴社 / 弊社 appear only in the message to the customer's administrator ([`MESSAGE_ROWS`]).

/// The Japanese edition of Microsoft's partner-access guide for the Defender for Endpoint API.
pub const GUIDE: &str =
    "https://learn.microsoft.com/ja-jp/defender-endpoint/api/exposed-apis-create-app-partners";
/// Learn ja: 「アクセス トークン クレームのリファレンス」.
pub const CLAIMS_REFERENCE: &str =
    "https://learn.microsoft.com/ja-jp/entra/identity-platform/access-token-claims-reference";
/// Learn ja: Graph `security: runHuntingQuery` (高度なハンティング; its national-cloud table names
/// グローバル サービス, 米国政府機関 L4, 米国政府機関 L5 (DOD), 21Vianet が運営する中国).
pub const GRAPH_HUNTING: &str = "https://learn.microsoft.com/ja-jp/graph/api/security-security-runhuntingquery?view=graph-rest-1.0";
/// Learn ja: Graph 「インシデントをリストする」 (permissions table: 委任 (職場または学校アカウント),
/// アプリケーション, 最小特権アクセス許可; the same national-cloud table).
pub const GRAPH_INCIDENTS: &str =
    "https://learn.microsoft.com/ja-jp/graph/api/security-list-incidents?view=graph-rest-1.0";
/// Learn ja: 「承認と Microsoft Graph セキュリティ API」 (サインインしているユーザー, セキュリティ閲覧者,
/// セキュリティ管理者).
pub const GRAPH_AUTHORIZATION: &str =
    "https://learn.microsoft.com/ja-jp/graph/security-authorization";
/// Learn ja: Graph 「国内クラウドの展開」.
pub const GRAPH_CLOUDS: &str = "https://learn.microsoft.com/ja-jp/graph/deployments";
/// Learn ja: 「Microsoft Defender for Endpoint API へのアクセス」 (OAuth 2.0 承認コード フロー,
/// アプリケーション コンテキスト, サインインしているユーザー).
pub const APIS_INTRO: &str = "https://learn.microsoft.com/ja-jp/defender-endpoint/api/apis-intro";
/// Learn ja: app-context access to Defender for Endpoint (アプリの登録, WindowsDefenderATP を検索,
/// 委任されたアクセス許可, アプリケーションのアクセス許可).
pub const APP_CONTEXT: &str =
    "https://learn.microsoft.com/ja-jp/defender-endpoint/api/exposed-apis-create-app-webapp";
/// Learn ja: 「Microsoft Defender XDR API にアクセスする」.
pub const XDR_ACCESS: &str = "https://learn.microsoft.com/ja-jp/defender-xdr/api-access";
/// Partner Center ja: a partner's customer is 顧客.
pub const PARTNER_CENTER: &str = "https://learn.microsoft.com/ja-jp/partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer";
/// Learn ja: Microsoft 365 admin, partner privileges (グローバル管理者).
pub const GLOBAL_ADMIN: &str =
    "https://learn.microsoft.com/ja-jp/microsoft-365/commerce/review-partner-admin-privileges";
/// Microsoft's ja docs list the Entra roles as グローバル管理者, セキュリティ管理者,
/// セキュリティ オペレーター, セキュリティ閲覧者 (MicrosoftDocs ja, 「Microsoft 365 Defender を有効に
/// する際によく寄せられる質問」, the roles that can open the portal).
pub const DEFENDER_ROLES: &str = "MicrosoftDocs ja: Microsoft 365 Defender FAQ, “どのようなアクセス許可が必要ですか” (role list)";
/// Learn ja: Defender XDR incident management (状態, 分類, 判定, 割り当て先); the value names were
/// taken from it when the incidents table was written (#8).
pub const MANAGE_INCIDENTS: &str =
    "https://learn.microsoft.com/ja-jp/defender-xdr/manage-incidents";
/// Learn ja: 「アプリケーションに対してテナント全体の管理者の同意を付与する」 (管理者の同意).
pub const ADMIN_CONSENT: &str =
    "https://learn.microsoft.com/ja-jp/entra/identity/enterprise-apps/grant-admin-consent";
/// Learn ja: MSAL and national clouds; writes dates as 「2021 年 10 月 29 日」.
pub const DATES: &str =
    "https://learn.microsoft.com/ja-jp/entra/identity-platform/msal-national-cloud";
/// The team's decision (issue #18) where no Microsoft page settles the word.
pub const TEAM: &str = "team glossary (issue #18)";

/// The rows that make up the message to the customer's administrator: the only place where the
/// partner speaks as 弊社 to 貴社. `(table, key prefix)`.
pub const MESSAGE_ROWS: &[(&str, &str)] = &[
    ("ConsentText", "AdminMessage"),
    ("ConsentText", "MsgAfter"),
    ("ConsentText", "MsgRoles"),
];

/// The one row allowed to say 「クレーム (要求)」: `(table, key)`.
pub const CLAIMS_HEADING: (&str, &str) = ("TokenUi", "ClaimsHeading");

/// Placeholders that the page fills with a Japanese word in ja texts, per table: `(table,
/// placeholder)`. A Japanese word takes its particle without a space (「名前が長すぎます」, not
/// 「名前 が」), unlike a Latin word or a number (「{api} は」).
pub const JA_WORD_PLACEHOLDERS: &[(&str, &str)] = &[
    ("Ui", "page"),
    ("RosterText", "field"),
    ("TokenUi", "segment"),
    ("TokenUi", "duration"),
    ("TokenUi", "requirements"),
    ("TokenUi", "kind"),
    ("TokenUi", "operation"),
    ("IncidentsText", "role"),
    ("IncidentsText", "operation"),
];

/// Where a form to avoid is nevertheless right.
#[derive(Clone, Copy, Debug)]
pub enum Allowed {
    /// Nowhere.
    Never,
    /// Where the row's English text contains this word (case-insensitive): 判定 is the incident's
    /// determination, not our verdict.
    WhereEnglishSays(&'static str),
    /// In these rows only: `(table, key prefix)`.
    InRows(&'static [(&'static str, &'static str)]),
    /// When directly followed by one of these (米国政府 is fine inside 米国政府機関).
    FollowedBy(&'static [&'static str]),
}

/// A form no ja text may use, unless [`Allowed`].
#[derive(Clone, Copy, Debug)]
pub struct Avoid {
    /// The form, as it would appear in a ja text.
    pub form: &'static str,
    /// Where it is right after all.
    pub allowed: Allowed,
}

const fn never(form: &'static str) -> Avoid {
    Avoid {
        form,
        allowed: Allowed::Never,
    }
}

/// One concept: the English term, the Japanese term we use, where that Japanese comes from, and
/// the forms to avoid.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    /// The English term as our English texts use it.
    pub en: &'static str,
    /// The Japanese term every ja text uses.
    pub ja: &'static str,
    /// Where the Japanese term is written so (a Learn ja URL, or [`TEAM`]).
    pub source: &'static str,
    /// Superseded or misleading forms.
    pub avoid: &'static [Avoid],
}

const fn term(
    en: &'static str,
    ja: &'static str,
    source: &'static str,
    avoid: &'static [Avoid],
) -> Term {
    Term {
        en,
        ja,
        source,
        avoid,
    }
}

/// The glossary. Keep it in the order a partner meets the words: onboarding, tokens, incidents,
/// names.
pub const GLOSSARY: &[Term] = &[
    // Onboarding.
    term(
        "customer (a partner's customer)",
        "顧客",
        PARTNER_CENTER,
        &[never("お客様")],
    ),
    term(
        "customer's administrator (the guide writes 顧客管理者; we keep the の, as in 顧客のテナント)",
        "顧客の管理者",
        TEAM,
        &[],
    ),
    term(
        "your company / our company (message to the customer's administrator only)",
        "貴社 / 弊社",
        TEAM,
        &[
            Avoid {
                form: "貴社",
                allowed: Allowed::InRows(MESSAGE_ROWS),
            },
            Avoid {
                form: "弊社",
                allowed: Allowed::InRows(MESSAGE_ROWS),
            },
        ],
    ),
    term(
        "admin consent",
        "管理者の同意",
        ADMIN_CONSENT,
        &[never("管理者同意")],
    ),
    term("consent link", "同意リンク", TEAM, &[never("同意 URL")]),
    term(
        "permission",
        "アクセス許可",
        APP_CONTEXT,
        &[never("パーミッション")],
    ),
    term(
        "application permission",
        "アプリケーションのアクセス許可",
        APP_CONTEXT,
        &[never("アプリケーション許可")],
    ),
    term(
        "delegated permission",
        "委任されたアクセス許可",
        APP_CONTEXT,
        &[never("委任アクセス許可")],
    ),
    term("least privileged", "最小特権", GRAPH_INCIDENTS, &[]),
    term(
        "app registration",
        "アプリの登録",
        APP_CONTEXT,
        &[never("アプリ登録")],
    ),
    term(
        "application (client) ID",
        "アプリケーション (クライアント) ID",
        APP_CONTEXT,
        &[never("クライアントID"), never("アプリケーションID")],
    ),
    term("tenant", "テナント", GUIDE, &[]),
    term("tenant ID", "テナント ID", GUIDE, &[never("テナントID")]),
    term(
        "redirect URI",
        "リダイレクト URI",
        APP_CONTEXT,
        &[never("リダイレクトURI")],
    ),
    term(
        "OAuth state",
        "state パラメーター",
        TEAM,
        &[never("状態 (state)")],
    ),
    term(
        "authorization code",
        "承認コード",
        GUIDE,
        &[never("認可コード"), never("認証コード")],
    ),
    term(
        "OAuth 2.0 authorization code flow",
        "OAuth 2.0 承認コード フロー",
        GUIDE,
        &[],
    ),
    term(
        "Global Administrator",
        "グローバル管理者",
        GLOBAL_ADMIN,
        &[],
    ),
    term(
        "Enterprise applications",
        "エンタープライズ アプリケーション",
        TEAM,
        &[],
    ),
    term("sign in", "サインイン", APIS_INTRO, &[never("ログイン")]),
    term(
        "signed-in user",
        "サインインしているユーザー",
        GRAPH_AUTHORIZATION,
        &[never("サインインしたユーザー")],
    ),
    term(
        "work or school account",
        "職場または学校アカウント",
        GRAPH_INCIDENTS,
        &[never("職場アカウント")],
    ),
    term("manually", "手動で", TEAM, &[never("手で")]),
    term(
        "third party",
        "サード パーティ",
        TEAM,
        &[never("サードパーティ"), never("第三者")],
    ),
    term(
        "rejected (import rows)",
        "除外",
        TEAM,
        &[never("拒否 {rejected}")],
    ),
    // Tokens.
    term(
        "access token",
        "アクセス トークン",
        CLAIMS_REFERENCE,
        &[never("アクセストークン")],
    ),
    term(
        "claim",
        "クレーム",
        CLAIMS_REFERENCE,
        &[never("要求 (クレーム)")],
    ),
    term(
        "audience (aud)",
        "対象ユーザー",
        CLAIMS_REFERENCE,
        &[never("オーディエンス")],
    ),
    term("issuer (iss)", "発行者", CLAIMS_REFERENCE, &[]),
    term("scope", "スコープ", CLAIMS_REFERENCE, &[]),
    term("roles", "ロール", CLAIMS_REFERENCE, &[]),
    term(
        "our verdict (the token checks' result)",
        "チェック結果",
        TEAM,
        &[Avoid {
            form: "判定",
            allowed: Allowed::WhereEnglishSays("determination"),
        }],
    ),
    // Incidents.
    term("incident", "インシデント", MANAGE_INCIDENTS, &[]),
    term("alert", "アラート", MANAGE_INCIDENTS, &[]),
    term("status", "状態", MANAGE_INCIDENTS, &[never("ステータス")]),
    term("severity", "重大度", MANAGE_INCIDENTS, &[]),
    term("classification", "分類", MANAGE_INCIDENTS, &[]),
    term("determination", "判定", MANAGE_INCIDENTS, &[]),
    term("assigned to", "割り当て先", MANAGE_INCIDENTS, &[]),
    term("True positive", "真陽性", MANAGE_INCIDENTS, &[]),
    term("False positive", "誤検知", MANAGE_INCIDENTS, &[]),
    term(
        "Informational, expected activity",
        "情報、予期されたアクティビティ",
        MANAGE_INCIDENTS,
        &[],
    ),
    term(
        "advanced hunting",
        "高度なハンティング",
        GUIDE,
        &[never("追求")],
    ),
    term(
        "hunting query",
        "ハンティング クエリ",
        GRAPH_HUNTING,
        &[never("追求クエリ")],
    ),
    // Names.
    term(
        "Microsoft Defender XDR API (Entra resource Microsoft Threat Protection)",
        "Microsoft Defender XDR API (Microsoft Threat Protection)",
        XDR_ACCESS,
        &[],
    ),
    term(
        "Microsoft Defender for Endpoint API (Entra resource WindowsDefenderATP)",
        "Microsoft Defender for Endpoint API (WindowsDefenderATP)",
        APP_CONTEXT,
        &[],
    ),
    term(
        "Microsoft Graph security API",
        "Microsoft Graph セキュリティ API",
        GRAPH_AUTHORIZATION,
        &[],
    ),
    term(
        "Microsoft Defender portal",
        "Microsoft Defender ポータル",
        MANAGE_INCIDENTS,
        &[],
    ),
    term(
        "Microsoft Entra admin center",
        "Microsoft Entra 管理センター",
        TEAM,
        &[],
    ),
    term(
        "Security Operator",
        "セキュリティ オペレーター",
        DEFENDER_ROLES,
        &[never("セキュリティオペレーター")],
    ),
    term(
        "Security Reader",
        "セキュリティ閲覧者",
        GRAPH_AUTHORIZATION,
        &[],
    ),
    term(
        "Security Administrator",
        "セキュリティ管理者",
        GRAPH_AUTHORIZATION,
        &[],
    ),
    // Clouds, as the Graph ja national-cloud tables write them.
    term(
        "global service",
        "グローバル サービス",
        GRAPH_INCIDENTS,
        &[],
    ),
    term(
        "US Government",
        "米国政府機関",
        GRAPH_INCIDENTS,
        &[Avoid {
            form: "米国政府",
            allowed: Allowed::FollowedBy(&["機関"]),
        }],
    ),
    term(
        "China operated by 21Vianet",
        "21Vianet が運営する中国",
        GRAPH_INCIDENTS,
        &[never("中国 (21Vianet"), never("Microsoft Azure (中国)")],
    ),
    term("national cloud", "国内クラウド", GRAPH_CLOUDS, &[]),
    term("date (2027-02-01)", "2027 年 2 月 1 日", DATES, &[]),
];

/// Everything wrong with one row's ja text by the glossary's rules, as readable sentences (empty
/// when the row is fine). `table` and `key` place the row; `en` is its English text, which some
/// rules read for context.
pub fn problems(table: &str, key: &str, en: &str, ja: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in GLOSSARY {
        for a in t.avoid {
            if uses(a, table, key, en, ja) {
                out.push(format!(
                    "uses 「{}」; the glossary says 「{}」 ({})",
                    a.form, t.ja, t.en
                ));
            }
        }
    }
    if let Some(why) = claim_as_request(table, key, en, ja) {
        out.push(why);
    }
    if let Some(at) = colon_after_sentence(ja) {
        out.push(format!(
            "joins two sentences with a half-width colon: 「{at}」; end the first with 。"
        ));
    }
    if let Some(name) = space_after_japanese_word(table, ja) {
        out.push(format!(
            "{{{name}}} is filled with a Japanese word: no space between it and what follows"
        ));
    }
    if let Some(date) = iso_date(ja) {
        out.push(format!(
            "writes the date {date}; write it as 2027 年 2 月 1 日"
        ));
    }
    out
}

fn uses(a: &Avoid, table: &str, key: &str, en: &str, ja: &str) -> bool {
    match a.allowed {
        Allowed::Never => ja.contains(a.form),
        Allowed::WhereEnglishSays(word) => {
            ja.contains(a.form) && !en.to_ascii_lowercase().contains(word)
        }
        Allowed::InRows(rows) => {
            ja.contains(a.form) && !rows.iter().any(|(t, k)| *t == table && key.starts_with(k))
        }
        Allowed::FollowedBy(next) => ja
            .match_indices(a.form)
            .any(|(i, f)| !next.iter().any(|n| ja[i + f.len()..].starts_with(n))),
    }
}

/// 要求 standing for a claim: after a claim name (`exp 要求`, `roles 要求`), or anywhere in a row
/// whose English speaks of a claim and not of a request. 「クレーム (要求)」 is allowed in
/// [`CLAIMS_HEADING`] only.
fn claim_as_request(table: &str, key: &str, en: &str, ja: &str) -> Option<String> {
    const REQUEST: &str = "要求";
    if ja.contains("クレーム (要求)") && (table, key) != CLAIMS_HEADING {
        return Some("「クレーム (要求)」 belongs in the claims heading only".to_owned());
    }
    let ja_without_heading = ja.replace("クレーム (要求)", "");
    for (i, _) in ja_without_heading.match_indices(REQUEST) {
        let before = ja_without_heading[..i].trim_end_matches(' ');
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '}')
            .collect();
        let names_a_claim = word.chars().any(|c| c.is_ascii_lowercase() || c == '}');
        if names_a_claim && before.len() < ja_without_heading[..i].len() {
            let word: String = word.chars().rev().collect();
            return Some(format!(
                "「{word} {REQUEST}」 names a claim; a claim is クレーム (要求 is a request)"
            ));
        }
    }
    let en = en.to_ascii_lowercase();
    if ja_without_heading.contains(REQUEST) && en.contains("claim") && !en.contains("request") {
        return Some(
            "says 要求 where the English speaks of a claim; a claim is クレーム".to_owned(),
        );
    }
    None
}

/// A placeholder of [`JA_WORD_PLACEHOLDERS`] followed by a space and a Japanese character.
fn space_after_japanese_word(table: &str, ja: &str) -> Option<&'static str> {
    JA_WORD_PLACEHOLDERS
        .iter()
        .filter(|(t, _)| *t == table)
        .map(|(_, name)| *name)
        .find(|name| {
            let slot = format!("{{{name}}} ");
            ja.match_indices(&slot).any(|(i, _)| {
                ja[i + slot.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c as u32 >= 0x3000)
            })
        })
}

/// The predicate endings after which a colon joins two sentences.
const PREDICATE_ENDINGS: &[&str] = &[
    "です",
    "ます",
    "ません",
    "した",
    "でした",
    "ください",
    "ない",
    "った",
    "れた",
];

/// A half-width colon right after a predicate: 「…ありません: …」. Returns the text around it.
fn colon_after_sentence(ja: &str) -> Option<String> {
    for (i, _) in ja.match_indices(':') {
        let before = &ja[..i];
        if PREDICATE_ENDINGS.iter().any(|e| before.ends_with(e)) {
            let start = before.char_indices().rev().nth(11).map_or(0, |(at, _)| at);
            let end = ja[i..]
                .char_indices()
                .nth(12)
                .map_or(ja.len(), |(at, _)| i + at);
            return Some(ja[start..end].to_owned());
        }
    }
    None
}

/// An ISO date (`2027-02-01`) in a ja text.
fn iso_date(ja: &str) -> Option<&str> {
    let b = ja.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let s = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| s[r].iter().all(u8::is_ascii_digit);
        let standalone = i == 0 || !b[i - 1].is_ascii_digit();
        (standalone
            && digits(0..4)
            && s[4] == b'-'
            && digits(5..7)
            && s[7] == b'-'
            && digits(8..10))
        .then(|| &ja[i..i + 10])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_japanese_form_and_a_source() {
        for t in GLOSSARY {
            assert!(!t.en.is_empty() && !t.ja.is_empty(), "{t:?}");
            assert!(
                t.source.starts_with("https://learn.microsoft.com/ja-jp/")
                    || t.source == TEAM
                    || t.source.starts_with("MicrosoftDocs ja"),
                "{}: the source must be a Learn ja page or the team's decision",
                t.en
            );
            for a in t.avoid {
                assert!(
                    !t.ja.contains(a.form) || !matches!(a.allowed, Allowed::Never),
                    "{}: the term contains a form it avoids",
                    t.en
                );
            }
        }
    }

    #[test]
    fn the_rules_catch_each_superseded_form() {
        let bad = |table: &str, key: &str, en: &str, ja: &str| {
            let p = problems(table, key, en, ja);
            assert!(!p.is_empty(), "{ja} should be rejected");
        };
        let good = |table: &str, key: &str, en: &str, ja: &str| {
            let p = problems(table, key, en, ja);
            assert!(p.is_empty(), "{ja}: {p:?}");
        };
        bad(
            "T",
            "K",
            "Run an advanced hunting query",
            "高度な追求クエリを実行",
        );
        good(
            "T",
            "K",
            "Run an advanced hunting query",
            "高度なハンティング クエリを実行",
        );
        bad("T", "K", "Customer tenant", "お客様のテナント");
        good("T", "K", "Customer tenant", "顧客のテナント");
        bad(
            "T",
            "K",
            "The token has no exp claim.",
            "このトークンには exp 要求がありません。",
        );
        bad("T", "K", "from the {claim} claim", "{claim} 要求による");
        bad(
            "T",
            "K",
            "Microsoft extension claim.",
            "Microsoft の拡張要求。",
        );
        good(
            "T",
            "K",
            "The token has no exp claim.",
            "このトークンには exp クレームがありません。",
        );
        good(
            "T",
            "K",
            "request {uri}/.default",
            "{uri}/.default を要求してください。",
        );
        good(
            "TokenUi",
            "ClaimsHeading",
            "Claims explained",
            "クレーム (要求) の説明",
        );
        bad("TokenUi", "ColClaim", "Claim", "クレーム (要求)");
        bad("T", "K", "authorization code", "認可コードの応答");
        bad("T", "K", "authorization code", "認証コードのハッシュ");
        bad("T", "K", "Security Operator", "セキュリティオペレーター");
        bad("T", "K", "edit it by hand", "手で編集せず");
        good("T", "K", "edit it by hand", "手動で編集せず");
        bad("T", "K", "Permission verdict", "アクセス許可の判定");
        good("T", "K", "Determination", "判定");
        bad("T", "K", "US Government", "米国政府 (GCC High)");
        good("T", "K", "US Government", "米国政府機関 (GCC High)");
        bad("T", "K", "retires 2027-02-01", "2027-02-01 に廃止");
        good(
            "T",
            "K",
            "at least 20",
            "GUID 00000000-0000-0000-0000-000000000000 は無効です。",
        );
        bad(
            "T",
            "K",
            "Not yet valid: nbf",
            "まだ有効ではありません: nbf は 5 分後です。",
        );
        good(
            "T",
            "K",
            "Issuer: the service",
            "発行者: トークンを発行したサービス。",
        );
        good("T", "K", "Source: {source}", "出典: {source}");
        bad(
            "RosterText",
            "ErrTooLong",
            "The {field} is too long",
            "{field} が長すぎます。",
        );
        good(
            "RosterText",
            "ErrTooLong",
            "The {field} is too long",
            "{field}が長すぎます。",
        );
        bad("Ui", "StartOpen", "Open: {page}", "{page} を開く");
        good("Ui", "StartOpen", "Open: {page}", "{page}を開く");
        good(
            "IncidentsText",
            "StatusLoading",
            "Loading page {page}",
            "ページ {page} を読み込み中…",
        );
        bad("T", "K", "Hello", "弊社アプリケーション");
        good(
            "ConsentText",
            "AdminMessage",
            "Hello",
            "弊社アプリケーション",
        );
        good("ConsentText", "MsgAfterRedirect", "Hello", "貴社のテナント");
    }
}
