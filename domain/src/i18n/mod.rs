//! Translation tables: every user-facing string of the page, in English and Japanese.
//!
//! Each feature owns one table, declared with [`messages!`]: an enum whose variants are the keys and
//! whose every variant must name both an English and a Japanese text (the macro does not compile
//! otherwise). [`all_tables`] lists every table so that one test can reject an empty text in either
//! language. Texts may hold `{name}` placeholders, filled by [`fill`], so that Japanese word order is
//! free.

mod consent;
pub mod glossary;
mod incidents;
mod migrate;
mod shell;
mod signin;
mod token;

pub use consent::{ConsentText, RedirectText, RosterText};
pub use incidents::IncidentsText;
pub use migrate::MigrateText;
pub use shell::Ui;
pub use signin::SignInText;
pub use token::{CatalogText, ClaimHelp, OpTitle, TokenUi};

/// A language the page is available in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default when the browser prefers neither language).
    #[default]
    En,
    /// Japanese.
    Ja,
}

crate::codes! {
    /// The BCP 47 code, as used in `lang` attributes and in storage.
    Lang {
        En => "en",
        Ja => "ja",
    }
}

impl Lang {
    /// Both languages, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// Picks the language from the browser's preference list (`navigator.languages`), most
    /// preferred first: the first tag whose primary subtag is `ja` or `en` wins; English otherwise.
    pub fn from_browser_preferences<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next().unwrap_or_default();
                match primary.to_ascii_lowercase().as_str() {
                    "ja" => Some(Lang::Ja),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }
}

/// One key of a translation table.
pub trait Text: Copy + 'static {
    /// Every key of the table.
    const ALL: &'static [Self];
    /// The table's name, for test messages.
    const TABLE: &'static str;
    /// The key's name, for test messages.
    fn key(self) -> &'static str;
    /// The English text.
    fn en(self) -> &'static str;
    /// The Japanese text.
    fn ja(self) -> &'static str;
    /// The text in `lang`.
    fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }
}

/// Declares a translation table: `messages! { pub enum Name { Key => ("English", "日本語"), … } }`.
#[macro_export]
macro_rules! messages {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $( $(#[$kmeta:meta])* $key:ident => ($en:expr, $ja:expr $(,)?) ),* $(,)? }) => {
        $(#[$meta])*
        #[allow(missing_docs)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $( $(#[$kmeta])* $key ),* }

        impl $crate::i18n::Text for $name {
            const ALL: &'static [Self] = &[ $( $name::$key ),* ];
            const TABLE: &'static str = stringify!($name);
            fn key(self) -> &'static str { match self { $( $name::$key => stringify!($key) ),* } }
            fn en(self) -> &'static str { match self { $( $name::$key => $en ),* } }
            fn ja(self) -> &'static str { match self { $( $name::$key => $ja ),* } }
        }
    };
}

/// One row of a table as `(table, key, english, japanese)`, for the completeness test.
pub type Row = (&'static str, &'static str, &'static str, &'static str);

fn rows<T: Text>() -> impl Iterator<Item = Row> {
    T::ALL.iter().map(|k| (T::TABLE, k.key(), k.en(), k.ja()))
}

/// Every row of every table. A table that is not listed here is not checked: add new ones.
pub fn all_tables() -> Vec<Row> {
    rows::<Ui>()
        .chain(rows::<TokenUi>())
        .chain(rows::<ClaimHelp>())
        .chain(rows::<CatalogText>())
        .chain(rows::<OpTitle>())
        .chain(rows::<ConsentText>())
        .chain(rows::<RedirectText>())
        .chain(rows::<RosterText>())
        .chain(rows::<IncidentsText>())
        .chain(rows::<MigrateText>())
        .chain(rows::<SignInText>())
        .collect()
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders are left as they are.
/// One pass over the template: a value is never searched for placeholders itself, so a server
/// message holding `{url}` stays as it was.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open + 1..];
        let value = rest.find('}').and_then(|close| {
            let (_, v) = args.iter().find(|(n, _)| *n == &rest[..close])?;
            Some((close, v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &rest[close + 1..];
            }
            None => out.push('{'),
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_text_in_both_languages() {
        let rows = all_tables();
        assert!(rows.len() > 10, "the tables look empty");
        for (table, key, en, ja) in rows {
            assert!(!en.trim().is_empty(), "{table}::{key} has no English text");
            assert!(!ja.trim().is_empty(), "{table}::{key} has no Japanese text");
        }
    }

    #[test]
    fn every_ja_text_follows_the_glossary() {
        let mut wrong = Vec::new();
        for (table, key, en, ja) in all_tables() {
            for p in glossary::problems(table, key, en, ja) {
                wrong.push(format!("{table}::{key}: {p}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} problems:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn the_claims_heading_keeps_the_guides_word_once() {
        let (table, key) = glossary::CLAIMS_HEADING;
        let with: Vec<_> = all_tables()
            .into_iter()
            .filter(|(_, _, _, ja)| ja.contains("クレーム (要求)"))
            .map(|(t, k, _, _)| (t, k))
            .collect();
        assert_eq!(with, [(table, key)]);
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn names(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = s
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                .filter(|n| {
                    !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
                .collect();
            v.sort_unstable();
            v
        }
        for (table, key, en, ja) in all_tables() {
            assert_eq!(
                names(en),
                names(ja),
                "{table}::{key}: placeholders differ between en and ja"
            );
        }
    }

    #[test]
    fn keys_are_unique_within_a_table() {
        let mut seen = std::collections::HashSet::new();
        for (table, key, _, _) in all_tables() {
            assert!(seen.insert((table, key)), "{table}::{key} twice");
        }
    }

    #[test]
    fn browser_preference_picks_first_supported_language() {
        assert_eq!(
            Lang::from_browser_preferences(&["ja-JP", "en-US"]),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_browser_preferences(&["fr-FR", "JA", "en"]),
            Lang::Ja
        );
        assert_eq!(Lang::from_browser_preferences(&["en-GB", "ja"]), Lang::En);
        assert_eq!(Lang::from_browser_preferences(&["de", "fr"]), Lang::En);
        assert_eq!(Lang::from_browser_preferences::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_browser_preferences(&["jam"]), Lang::En);
    }

    #[test]
    fn stored_codes_round_trip_and_garbage_is_ignored() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("expires in {n} min", &[("n", "5")]),
            "expires in 5 min"
        );
        assert_eq!(fill("{a}{b}{a}", &[("a", "x"), ("b", "y")]), "xyx");
        assert_eq!(fill("{unknown}", &[("n", "5")]), "{unknown}");
        assert_eq!(fill("{{n}} {n", &[("n", "5")]), "{5} {n");
        assert_eq!(
            fill("{a} and {b}", &[("a", "{b}"), ("b", "{a}")]),
            "{b} and {a}"
        );
        assert_eq!(fill("日本 {n} 語", &[("n", "五")]), "日本 五 語");
    }
}
