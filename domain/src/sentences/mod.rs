//! Where domain values become sentences in the page language, one module per feature: the token
//! inspector's ([`token`]: decode errors and warnings, facts, check findings, the permission
//! verdict and the rows the page shows) and the permission catalog's ([`catalog`]: requirements,
//! limits, notes and the catalog table's rows). This module holds what both share: durations,
//! digit grouping, API and cloud names, excerpts. The incidents explorer words its own outcomes
//! in [`crate::incidents::explain`] and borrows the token sentences from here.

mod catalog;
pub mod consent;
mod token;

pub use catalog::{
    CatalogRow, catalog_rows, limit, note, operation_label, permission_list, rate, requirement,
    requirements, retirement, retirement_badge,
};
pub use token::{
    CheckLine, ClaimRow, Decoded, FactRow, Inspection, VerdictView, WordedChecks, claim_rows,
    decode_error, fact_rows, finding, input_notes, kind_name, use_name, verdict_lines,
    verdict_main, version_name, warning, word_checks,
};

use crate::cloud::{Api, Cloud};
use crate::i18n::{Lang, Text, TokenUi, fill};
use crate::jwt::{DurationParts, DurationUnit};
use crate::text;

pub(crate) fn t(key: TokenUi, lang: Lang) -> &'static str {
    key.get(lang)
}

/// A quoted name: “…” in English, 「…」 in Japanese.
pub(crate) fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => ["“", text, "”"].concat(),
        Lang::Ja => ["「", text, "」"].concat(),
    }
}

/// `1234567` → `1,234,567` (the same grouping in English and Japanese).
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration as its two largest units: `1 h 5 min` / `1 時間 5 分`.
pub fn duration(secs: i64, lang: Lang) -> String {
    let mut out = String::new();
    for (i, (unit, n)) in DurationParts::of(secs).top_two().into_iter().enumerate() {
        let key = match unit {
            DurationUnit::Days => TokenUi::UnitDays,
            DurationUnit::Hours => TokenUi::UnitHours,
            DurationUnit::Minutes => TokenUi::UnitMinutes,
            DurationUnit::Seconds => TokenUi::UnitSeconds,
        };
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&fill(t(key, lang), &[("n", &group_digits(n))]));
    }
    out
}

/// "3 min ago" / "in 3 min" relative to `now`.
pub fn relative(at: i64, now: i64, lang: Lang) -> String {
    let d = duration(at.saturating_sub(now), lang);
    if at == now {
        t(TokenUi::TimeNow, lang).to_owned()
    } else if at < now {
        fill(t(TokenUi::TimeAgo, lang), &[("duration", &d)])
    } else {
        fill(t(TokenUi::TimeIn, lang), &[("duration", &d)])
    }
}

/// The API's product name.
pub fn api_name(api: Api, lang: Lang) -> &'static str {
    t(
        match api {
            Api::Xdr => TokenUi::ApiXdr,
            Api::Mde => TokenUi::ApiMde,
            Api::Graph => TokenUi::ApiGraph,
        },
        lang,
    )
}

/// The cloud's name.
pub fn cloud_name(cloud: Cloud, lang: Lang) -> &'static str {
    t(
        match cloud {
            Cloud::Global => TokenUi::CloudGlobal,
            Cloud::UsGov => TokenUi::CloudUsGov,
            Cloud::China => TokenUi::CloudChina,
        },
        lang,
    )
}

pub(crate) fn or_list(items: &[&str], lang: Lang) -> String {
    if items.is_empty() {
        return t(TokenUi::NotAvailable, lang).to_owned();
    }
    items.join(t(TokenUi::OrSeparator, lang))
}

/// `value` as rendered: whole, or an excerpt with the count of what is left out (see
/// [`crate::text`]: a megabyte-long text run would freeze the tab's layout).
pub fn shown(value: &str, max_chars: usize, lang: Lang) -> String {
    match text::excerpt(value, max_chars) {
        (whole, 0) => whole.to_owned(),
        (head, left) => {
            let mut s = head.to_owned();
            s.push_str(&fill(
                t(TokenUi::Omitted, lang),
                &[("n", &left.to_string())],
            ));
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_durations() {
        assert_eq!(group_digits(100_000), "100,000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(duration(3_900, Lang::En), "1 h 5 min");
        assert_eq!(duration(3_900, Lang::Ja), "1 時間 5 分");
        assert_eq!(relative(100, 40, Lang::En), "in 1 min");
        assert_eq!(relative(40, 100, Lang::Ja), "1 分前");
    }

    #[test]
    fn long_values_are_shown_as_an_excerpt_with_the_count_left_out() {
        assert_eq!(shown("short", 10, Lang::En), "short");
        let long = "x".repeat(25);
        let en = shown(&long, 10, Lang::En);
        assert!(en.starts_with("xxxxxxxxxx") && !en.contains("{n}"), "{en}");
        assert!(en.contains("15"), "{en}");
        assert!(shown(&long, 10, Lang::Ja).contains("15"));
    }
}
