//! The one JSON tokenizer, for reading JSON text as written: the token decoder's pre-scan (depth,
//! duplicate keys, numbers too big to keep exactly), the pretty-printer and `json_members` walk
//! its tokens instead of parsing into values, so member order, duplicates, number literals and
//! string escapes stay exactly as the text has them.
//!
//! It never fails and never panics, on any text: whitespace between tokens is skipped, a string
//! runs to its closing quote (or the end of the text), and anything else that is not structural
//! is a [`Kind::Scalar`] run (`123`, `true`, or garbage). Validating is serde_json's job.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `{` or `[`.
    Open,
    /// `}` or `]`.
    Close,
    /// `,`.
    Comma,
    /// `:`.
    Colon,
    /// A string literal with its quotes, escapes undecoded (unterminated at the end of the text).
    Str,
    /// A run of other characters up to whitespace, a quote or a structural character: a number
    /// literal, `true`, `false`, `null`, or garbage.
    Scalar,
}

/// One token: its kind, its text and where it starts (a byte offset into the whole text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// What it is.
    pub kind: Kind,
    /// Its text (for [`Kind::Open`] and [`Kind::Close`], the bracket).
    pub text: &'a str,
    /// Its byte offset.
    pub start: usize,
}

impl Token<'_> {
    /// The byte offset just after the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the token is the bracket `b` (`{`, `[`, `}` or `]`).
    pub fn is(&self, b: u8) -> bool {
        self.text.as_bytes() == [b]
    }
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

/// The iterator [`tokens`] returns.
#[derive(Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        let kind = match *bytes.get(i)? {
            b'{' | b'[' => Kind::Open,
            b'}' | b']' => Kind::Close,
            b',' => Kind::Comma,
            b':' => Kind::Colon,
            b'"' => Kind::Str,
            _ => Kind::Scalar,
        };
        i += 1;
        match kind {
            Kind::Str => {
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
            }
            Kind::Scalar => {
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !matches!(bytes[i], b'{' | b'[' | b'}' | b']' | b',' | b':' | b'"')
                {
                    i += 1;
                }
            }
            _ => {}
        }
        self.at = i;
        // Every end above is an ASCII byte or the end of the text, so this never splits a
        // character: a string's `\` skip lands inside a multi-byte character only to step on.
        let text = self.text.get(start..i).unwrap_or_default();
        Some(Token { kind, text, start })
    }
}

/// The text of a JSON string literal (with its quotes). Parsed as a `Value`, not as a `String`:
/// a typed parse would bring serde's "invalid type" messages, and with them a float formatter,
/// into the bundle.
pub fn string_value(literal: &str) -> Option<String> {
    match serde_json::from_str::<serde_json::Value>(literal) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

/// What a serde_json syntax error in `text` is, told from where it points rather than from its
/// English message (reading the message links serde_json's message formatter, about 1.5 KB gzip).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// A whole value, then more characters.
    Trailing,
    /// A well-formed number beyond the range of a 64-bit float.
    NumberOutOfRange,
    /// Anything else.
    Other,
}

/// Classifies serde_json's error `e` for `text` (a syntax error: not an early end).
pub fn syntax_error(text: &str, e: &serde_json::Error) -> SyntaxError {
    // serde_json counts lines from 1 and columns as the 1-based byte of the character it stopped
    // at on that line (the last digit read, for a number out of range).
    let line_start = if e.line() <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(e.line() - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let at = (line_start + e.column()).saturating_sub(1).min(text.len());
    let bytes = text.as_bytes();
    // Out of range: inside a well-formed number, past its first character (a trailing number is
    // pointed at by its first character).
    if tokens(text)
        .any(|t| t.kind == Kind::Scalar && t.start < at && at < t.end() && is_number(t.text))
    {
        return SyntaxError::NumberOutOfRange;
    }
    // `01`: a digit after a leading zero is an invalid number, not trailing text.
    let digits =
        at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(at).is_some_and(u8::is_ascii_digit);
    match text.get(..at) {
        Some(before) if !digits && serde_json::from_str::<serde_json::Value>(before).is_ok() => {
            SyntaxError::Trailing
        }
        _ => SyntaxError::Other,
    }
}

/// Whether `s` is a JSON number literal: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `text` as a JSON string literal, escaped exactly as serde_json escapes (`"`, `\\`, and the
/// control characters: `\b \f \n \r \t` by name, the others as `\u00xx`; nothing else). The one
/// JSON string escaper of the codebase.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Compact JSON written member by member, byte for byte what serde_json writes for a struct with
/// the same fields in the same order: no derived `Serialize` (and its generic serializer code)
/// for each stored or exported type. Names are written as given (ASCII identifiers, no
/// escaping); values go through [`quoted`].
///
/// Every value is followed by a comma, which a closing bracket and [`Writer::finish`] drop.
#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// Opens an object or array (`{` or `[`) as a value: an array item or the top level.
    pub fn open(&mut self, bracket: char) -> &mut Writer {
        self.out.push(bracket);
        self
    }

    /// Closes the innermost object or array (`}` or `]`).
    pub fn close(&mut self, bracket: char) -> &mut Writer {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        self.out.push(bracket);
        self.out.push(',');
        self
    }

    /// The member name `name`, then opens its object or array value (`{` or `[`).
    pub fn open_member(&mut self, name: &str, bracket: char) -> &mut Writer {
        self.name(name);
        self.open(bracket)
    }

    fn name(&mut self, name: &str) {
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
    }

    fn raw(&mut self, value: &str) -> &mut Writer {
        self.out.push_str(value);
        self.out.push(',');
        self
    }

    /// A string value (an array item).
    pub fn item(&mut self, value: &str) -> &mut Writer {
        let q = quoted(value);
        self.raw(&q)
    }

    /// A string member.
    pub fn str(&mut self, name: &str, value: &str) -> &mut Writer {
        self.name(name);
        self.item(value)
    }

    /// A string member, `null` when absent.
    pub fn opt(&mut self, name: &str, value: Option<&str>) -> &mut Writer {
        match value {
            Some(v) => self.str(name, v),
            None => {
                self.name(name);
                self.raw("null")
            }
        }
    }

    /// A whole-number member, `null` when absent.
    pub fn num(&mut self, name: &str, value: Option<u64>) -> &mut Writer {
        self.name(name);
        match value {
            Some(n) => self.raw(&n.to_string()),
            None => self.raw("null"),
        }
    }

    /// A `true` member (a `false` one is left out, as the stored formats do).
    pub fn flag(&mut self, name: &str, value: bool) -> &mut Writer {
        if value {
            self.name(name);
            self.raw("true");
        }
        self
    }

    /// An array-of-strings member.
    pub fn strs(&mut self, name: &str, values: &[String]) -> &mut Writer {
        self.open_member(name, '[');
        for v in values {
            self.item(v);
        }
        self.close(']')
    }

    /// Any value (an array item or the top level), as serde_json writes it compactly.
    pub fn value(&mut self, value: &serde_json::Value) -> &mut Writer {
        use serde_json::Value as V;
        match value {
            V::Null => self.raw("null"),
            V::Bool(b) => self.raw(if *b { "true" } else { "false" }),
            V::Number(n) => self.raw(&n.to_string()),
            V::String(s) => self.item(s),
            V::Array(items) => {
                self.open('[');
                for v in items {
                    self.value(v);
                }
                self.close(']')
            }
            V::Object(members) => {
                self.open('{');
                for (k, v) in members {
                    self.item(k);
                    self.out.pop();
                    self.out.push(':');
                    self.value(v);
                }
                self.close('}')
            }
        }
    }

    /// The text written.
    pub fn finish(mut self) -> String {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokens(text).map(|t| (t.kind, t.text)).collect()
    }

    #[test]
    fn splits_structure_strings_and_scalars() {
        use Kind::*;
        assert_eq!(
            kinds(" {\"a\\\"b\" : [1.5e3, -2,true ,null],\"c\":{}}\n"),
            [
                (Open, "{"),
                (Str, "\"a\\\"b\""),
                (Colon, ":"),
                (Open, "["),
                (Scalar, "1.5e3"),
                (Comma, ","),
                (Scalar, "-2"),
                (Comma, ","),
                (Scalar, "true"),
                (Comma, ","),
                (Scalar, "null"),
                (Close, "]"),
                (Comma, ","),
                (Str, "\"c\""),
                (Colon, ":"),
                (Open, "{"),
                (Close, "}"),
                (Close, "}"),
            ]
        );
        let t: Vec<Token<'_>> = tokens("[ 12 ]").collect();
        assert_eq!((t[1].start, t[1].end()), (2, 4));
        assert!(t[0].is(b'[') && t[2].is(b']') && !t[2].is(b'}'));
    }

    #[test]
    fn strings_keep_escapes_and_surrogates_as_written() {
        let text = r#"["\u5c71\ud83d\ude00\\","\"",""]"#;
        let strs: Vec<&str> = tokens(text)
            .filter(|t| t.kind == Kind::Str)
            .map(|t| t.text)
            .collect();
        assert_eq!(strs, [r#""\u5c71\ud83d\ude00\\""#, r#""\"""#, r#""""#]);
        assert_eq!(string_value(strs[0]).as_deref(), Some("山😀\\"));
        assert_eq!(
            string_value(r#""\ud800""#),
            None,
            "a lone surrogate is no string"
        );
        assert_eq!(string_value("1"), None);
    }

    #[test]
    fn the_writer_writes_what_serde_json_writes() {
        let mut w = Writer::new();
        w.open('{')
            .str("a", "x\"\\\n\u{1}/é")
            .opt("b", None)
            .opt("c", Some(""))
            .num("d", Some(42))
            .num("e", None)
            .flag("f", false)
            .flag("g", true)
            .strs("h", &[])
            .strs("i", &["1".into(), ",".into()])
            .open_member("j", '[')
            .open('{')
            .close('}')
            .open('[')
            .close(']')
            .close(']')
            .open_member("k", '{')
            .close('}')
            .close('}');
        let text = w.finish();
        let same = serde_json::json!({"a": "x\"\\\n\u{1}/é", "b": null, "c": "", "d": 42, "e": null,
            "g": true, "h": [], "i": ["1", ","], "j": [{}, []], "k": {}});
        assert_eq!(text, same.to_string());
        let mut w = Writer::new();
        let odd = serde_json::json!({"a\"\n": [1.5, -2, 1e300, 0.1, null, true, false, {}], "": {"x": []}, "u": 18446744073709551615u64});
        w.value(&odd);
        assert_eq!(w.finish(), odd.to_string());
        assert_eq!(Writer::new().finish(), "");
        assert_eq!(quoted("\u{7f}山"), "\"\u{7f}山\"");
        let every: String = (0u32..0x80)
            .chain([0xe9, 0x2028, 0x5c71, 0x1f600])
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(quoted(&every), serde_json::to_string(&every).expect("json"));
    }

    #[test]
    fn syntax_errors_are_told_apart_as_serde_json_words_them() {
        let long = format!("{{\"n\":{}}}", "9".repeat(400));
        let cases: [(&str, SyntaxError); 18] = [
            (r#"{"exp":1e400}"#, SyntaxError::NumberOutOfRange),
            ("1e400", SyntaxError::NumberOutOfRange),
            ("[\n 1e999,\n 2]", SyntaxError::NumberOutOfRange),
            ("-1E+400", SyntaxError::NumberOutOfRange),
            (&long, SyntaxError::NumberOutOfRange),
            ("{} x", SyntaxError::Trailing),
            ("truex", SyntaxError::Trailing),
            ("1.5.3", SyntaxError::Trailing),
            ("{\"山\":1}\n\n ]", SyntaxError::Trailing),
            ("0 1", SyntaxError::Trailing),
            ("1 1e400", SyntaxError::Trailing),
            ("01", SyntaxError::Other),
            (r#"{"a":1"b"}"#, SyntaxError::Other),
            ("1.x", SyntaxError::Other),
            (r#"{"a" 1}"#, SyntaxError::Other),
            ("[1,]", SyntaxError::Other),
            ("{'a':1}", SyntaxError::Other),
            ("{\"é\":\n  nul}", SyntaxError::Other),
        ];
        for (text, expected) in cases {
            let e = serde_json::from_str::<serde_json::Value>(text).expect_err(text);
            assert_eq!(e.classify(), serde_json::error::Category::Syntax, "{text}");
            // The message it replaces, for the cases it names.
            let message = e.to_string();
            let worded = if message.starts_with("trailing characters") {
                SyntaxError::Trailing
            } else if message.starts_with("number out of range") {
                SyntaxError::NumberOutOfRange
            } else {
                SyntaxError::Other
            };
            assert_eq!(worded, expected, "{text}: {message}");
            assert_eq!(syntax_error(text, &e), expected, "{text}: {message}");
        }
        for (s, ok) in [
            ("0", true),
            ("-0.5e-3", true),
            ("10", true),
            ("01", false),
            ("1.", false),
            ("-", false),
            ("1e", false),
            (".5", false),
        ] {
            assert_eq!(is_number(s), ok, "{s}");
        }
    }

    #[test]
    fn never_panics_on_broken_text() {
        assert_eq!(kinds("\"abc"), [(Kind::Str, "\"abc")]);
        assert_eq!(kinds("\"ab\\"), [(Kind::Str, "\"ab\\")]);
        assert_eq!(
            kinds("\"\\é\"x"),
            [(Kind::Str, "\"\\é\""), (Kind::Scalar, "x")]
        );
        assert_eq!(kinds("日本"), [(Kind::Scalar, "日本")]);
        assert!(kinds("  \n\t").is_empty());
        for text in ["\"\\", "\\", "\"\\日", "{\"a\":\"\\u", "]]]", "\u{0}"] {
            assert_eq!(
                tokens(text).map(|t| t.text).collect::<String>(),
                text.trim()
            );
        }
    }
}
