//! Limits on what the page renders. Browsers lay out a single megabyte-long text run slowly
//! enough to freeze the tab for many seconds, so long values are shown as an excerpt with a count
//! of what was left out; the full value stays in memory for every check.

/// Characters of one claim value shown in a table cell.
pub const CELL_CHARS: usize = 2_000;
/// Characters of a pretty-printed JSON document shown at once.
pub const BLOCK_CHARS: usize = 64_000;

/// The first `max_chars` characters of `s` (cut at a character boundary) and how many characters
/// were left out (0 when `s` is short enough).
pub fn excerpt(s: &str, max_chars: usize) -> (&str, usize) {
    match s.char_indices().nth(max_chars) {
        None => (s, 0),
        Some((cut, _)) => (&s[..cut], s[cut..].chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_whole() {
        assert_eq!(excerpt("abc", 3), ("abc", 0));
        assert_eq!(excerpt("", 0), ("", 0));
    }

    #[test]
    fn long_text_is_cut_on_a_character_boundary_with_the_rest_counted() {
        assert_eq!(excerpt("abcdef", 4), ("abcd", 2));
        assert_eq!(excerpt("日本語のテキスト", 3), ("日本語", 5));
        let big = "A".repeat(1_048_576);
        let (shown, left) = excerpt(&big, CELL_CHARS);
        assert_eq!((shown.len(), left), (CELL_CHARS, 1_048_576 - CELL_CHARS));
    }
}
