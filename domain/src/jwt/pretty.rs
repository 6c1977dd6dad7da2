//! Indents JSON text without parsing it into values, so that member order, number literals and
//! string contents stay exactly as the token has them. `\uXXXX` escapes of printable characters
//! (a Japanese name escaped by the issuer, say) are shown as the characters themselves; the
//! result is still JSON that parses to the same value. The text is read with the one tokenizer,
//! [`crate::json`].

use crate::json::{Kind, string_value, tokens};

/// Indents valid JSON `text` with two spaces. Whitespace outside strings is replaced; everything
/// else is copied. Meant for text the parser has accepted; other text is still handled without
/// panicking, just not usefully.
pub(super) fn pretty_json(text: &str) -> String {
    render(text, true)
}

/// The same value on one line (`[1, "a", {"b": 2}]`), for a table cell.
fn compact_json(text: &str) -> String {
    render(text, false)
}

fn render(text: &str, indent: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth = 0usize;
    let mut toks = tokens(text).peekable();
    let newline = |out: &mut String, depth: usize| {
        if indent {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        }
    };
    while let Some(t) = toks.next() {
        match t.kind {
            Kind::Str => copy_string(&mut t.text[1..].chars().peekable(), &mut out),
            Kind::Open => {
                out.push_str(t.text);
                let close = if t.is(b'{') { b'}' } else { b']' };
                if let Some(c) = toks.next_if(|n| n.is(close)) {
                    out.push_str(c.text);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            Kind::Close => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push_str(t.text);
            }
            Kind::Comma => {
                out.push(',');
                if !indent {
                    out.push(' ');
                }
                newline(&mut out, depth);
            }
            Kind::Colon => out.push_str(": "),
            Kind::Scalar => out.push_str(t.text),
        }
    }
    out
}

/// The members of a JSON object text, in order and with duplicates: each name (decoded) and its
/// value as written — a string value decoded to its text, anything else as one-line JSON (numbers
/// exactly as written, however large). Text that is not an object gives what could be read.
pub fn json_members(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut toks = tokens(text).skip_while(|t| !t.is(b'{')).skip(1).peekable();
    let decoded = |raw: &str| string_value(raw).unwrap_or_else(|| raw.to_owned());
    loop {
        let Some(key) = toks.next_if(|t| t.kind == Kind::Str) else {
            return out;
        };
        if toks.next_if(|t| t.kind == Kind::Colon).is_none() {
            return out;
        }
        let mut depth = 0usize;
        let mut span: Option<(usize, usize)> = None;
        let mut ended_by_comma = false;
        for t in toks.by_ref() {
            match t.kind {
                Kind::Close if depth == 0 => break,
                Kind::Comma if depth == 0 => {
                    ended_by_comma = true;
                    break;
                }
                Kind::Open => depth += 1,
                Kind::Close => depth -= 1,
                _ => {}
            }
            span = Some((span.map_or(t.start, |s| s.0), t.end()));
        }
        let raw = span.map_or("", |(a, b)| &text[a..b]);
        let value = if raw.starts_with('"') {
            decoded(raw)
        } else {
            compact_json(raw)
        };
        out.push((decoded(key.text), value));
        if !ended_by_comma {
            return out;
        }
    }
}

/// Copies a string literal (its opening quote already consumed), decoding `\uXXXX` escapes of
/// printable characters.
fn copy_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, out: &mut String) {
    out.push('"');
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                return;
            }
            '\\' => match chars.next() {
                Some('u') => {
                    let first = take_hex4(chars);
                    match first {
                        Some(hi @ 0xD800..=0xDBFF) => {
                            let mut look = chars.clone();
                            let lo = (look.next() == Some('\\') && look.next() == Some('u'))
                                .then(|| take_hex4(&mut look))
                                .flatten()
                                .filter(|lo| (0xDC00..=0xDFFF).contains(lo));
                            match lo {
                                Some(lo) => {
                                    *chars = look;
                                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                    push_unescaped(out, code, &[hi, lo]);
                                }
                                None => push_escape(out, hi),
                            }
                        }
                        Some(code) => push_unescaped(out, code, &[code]),
                        None => out.push_str("\\u"),
                    }
                }
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            c => out.push(c),
        }
    }
}

fn take_hex4(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<u32> {
    let mut look = chars.clone();
    let mut code = 0u32;
    for _ in 0..4 {
        code = code * 16 + look.next()?.to_digit(16)?;
    }
    *chars = look;
    Some(code)
}

/// Pushes the character for `code` if it is printable and needs no escape in JSON; otherwise the
/// original escapes.
fn push_unescaped(out: &mut String, code: u32, units: &[u32]) {
    match char::from_u32(code) {
        Some(c) if !c.is_control() && c != '"' && c != '\\' && !is_invisible(c) => out.push(c),
        _ => units.iter().for_each(|u| push_escape(out, *u)),
    }
}

/// Characters that would hide or reorder text if shown raw (bidirectional controls, zero-width
/// characters, line separators): kept escaped so that what is displayed is what is there.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

fn push_escape(out: &mut String, unit: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(
            b"0123456789abcdef"[(unit >> shift & 15) as usize],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_and_keeps_order_and_literals() {
        let text =
            r#"{"z":1,"a":[1, 2.50,{}],"n":123456789012345678901234567890,"e":[],"s":"a,b:{c}"}"#;
        let want = "{\n  \"z\": 1,\n  \"a\": [\n    1,\n    2.50,\n    {}\n  ],\n  \"n\": 123456789012345678901234567890,\n  \"e\": [],\n  \"s\": \"a,b:{c}\"\n}";
        assert_eq!(pretty_json(text), want);
    }

    #[test]
    fn printable_escapes_become_characters_and_the_value_is_unchanged() {
        let text = r#"{"name":"\u5c71\u7530 \u592a\u90ce","emoji":"\ud83d\ude00","q":"\"\\\u0022","ctl":"\u0001","rlo":"\u202e"}"#;
        let shown = pretty_json(text);
        assert!(shown.contains("\"山田 太郎\""), "{shown}");
        assert!(shown.contains("\"😀\""), "{shown}");
        assert!(
            shown.contains("\\u0022") && shown.contains("\\u0001") && shown.contains("\\u202e")
        );
        let a: serde_json::Value = serde_json::from_str(text).expect("input");
        let b: serde_json::Value = serde_json::from_str(&shown).expect("output is JSON");
        assert_eq!(a, b);
    }

    #[test]
    fn members_keep_order_duplicates_and_literals() {
        let text = r#"{ "b": "x\u5c71", "a": [1, {"c" : 2}], "n": 123456789012345678901234567890, "b": null }"#;
        assert_eq!(
            json_members(text),
            [
                ("b".to_owned(), "x山".to_owned()),
                ("a".to_owned(), r#"[1, {"c": 2}]"#.to_owned()),
                ("n".to_owned(), "123456789012345678901234567890".to_owned()),
                ("b".to_owned(), "null".to_owned()),
            ]
        );
        assert!(json_members("{}").is_empty());
        assert!(json_members("[1]").is_empty());
        assert_eq!(
            json_members(r#"{"a":1,"#),
            [("a".to_owned(), "1".to_owned())]
        );
    }

    #[test]
    fn lone_surrogates_stay_escaped() {
        assert_eq!(pretty_json(r#"["\ud800x"]"#), "[\n  \"\\ud800x\"\n]");
    }
}
