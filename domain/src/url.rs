//! The one place for URL text: percent-encoding and -decoding, query pairs, the authority of an
//! absolute URL, and the one loopback rule.
//!
//! All hand-written, with no dependency: the `percent-encoding` and `form_urlencoded` crates
//! (rust-url's building blocks) do the same with byte tables only, no Unicode tables, but made the
//! shipped page 1 366 B gzip larger than this file (331 505 against 330 139 B for `dist/`: their
//! 768-byte `%XX` table, `Cow` plumbing and iterator adapters; measured 2026-12-07 with
//! `trunk build --release` and `scripts/size-report.mjs`), and the page is at its size ceiling. The authority parser is strict
//! where it matters for a token: a URL with user info (`user@host`) is refused, so
//! `http://127.0.0.1@evil.com` never reads as loopback.

/// Percent-encodes every byte of `text` but ASCII letters, digits and `keep`, as `%XX`.
fn encode(text: &str, keep: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// Percent-encodes everything but the RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`),
/// as `encodeURIComponent` does except that it also encodes `! ' ( ) *`. Spaces become `%20`, so
/// a value can never break out of its query parameter or path segment.
pub fn encode_component(text: &str) -> String {
    encode(text, b"-._~")
}

/// Percent-encodes an OData query value: like [`encode_component`] but keeps `$`, `:` and `,`
/// readable (legal in a query and common in `$filter` literals).
pub fn encode_query_value(text: &str) -> String {
    encode(text, b"-._~$:,")
}

/// Decodes `%XX` escapes (`+` stays `+`). A malformed escape (`%`, `%4`, `%zz`) is kept as typed
/// and invalid UTF-8 becomes U+FFFD: pasted and user-editable text never fails to decode.
pub fn decode(text: &str) -> String {
    decode_bytes(text, false)
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, then as [`decode`].
pub fn decode_form(text: &str) -> String {
    decode_bytes(text, true)
}

fn decode_bytes(text: &str, plus_as_space: bool) -> String {
    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_as_space => out.push(b' '),
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The decoded `key=value` pairs of a query (without its `?`), in order: `&`-separated, empty
/// pieces skipped, a piece without `=` is a key with an empty value, `+` is a space (the
/// `application/x-www-form-urlencoded` rules browsers apply).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        out.push((decode_form(k), decode_form(v)));
    }
    out
}

/// An absolute URL split at its authority: `scheme://authority rest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The scheme as written (compare it case-insensitively).
    pub scheme: &'a str,
    /// Everything between `://` and the first `/`, `?` or `#` (may be empty).
    pub authority: &'a str,
    /// Path, query and fragment (may be empty).
    pub rest: &'a str,
}

impl<'a> Split<'a> {
    /// Splits `text` at `://` and the end of the authority; `None` without `://`.
    pub fn of(text: &'a str) -> Option<Split<'a>> {
        let (scheme, after) = text.split_once("://")?;
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let (authority, rest) = after.split_at(end);
        Some(Split {
            scheme,
            authority,
            rest,
        })
    }

    /// Whether the authority carries user info (`user@host`).
    pub fn has_userinfo(&self) -> bool {
        self.authority.contains('@')
    }

    /// The host (an IPv6 literal keeps its brackets) and the text after its `:`, if any. `None`
    /// for an unclosed or trailing-garbage IPv6 literal (`[::1`, `[::1]x`).
    pub fn host_and_port(&self) -> Option<(&'a str, Option<&'a str>)> {
        let a = self.authority;
        if a.starts_with('[') {
            let close = a.find(']')?;
            let (host, tail) = a.split_at(close + 1);
            return match tail {
                "" => Some((host, None)),
                t => Some((host, Some(t.strip_prefix(':')?))),
            };
        }
        Some(match a.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (a, None),
        })
    }
}

/// The parts of an absolute `http`/`https` URL that the client decides on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlParts {
    /// `http` or `https`, lower-cased.
    pub scheme: String,
    /// The host, lower-cased; IPv6 literals keep their brackets (`[::1]`).
    pub host: String,
    /// The explicit port, if any.
    pub port: Option<u16>,
    /// Everything after the authority: path, query and fragment (may be empty).
    pub rest: String,
}

impl UrlParts {
    /// Parses an absolute `http(s)://host[:port][/…]` URL; `None` for any other scheme, an empty
    /// host, user info, whitespace or control characters, or a bad port.
    pub fn parse(text: &str) -> Option<UrlParts> {
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        let split = Split::of(text)?;
        let scheme = split.scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        if split.has_userinfo() || split.authority.is_empty() {
            return None;
        }
        let (host, port) = split.host_and_port()?;
        let port = match port {
            Some(p) => Some(crate::calendar::uint(p, u16::MAX.into())? as u16),
            None => None,
        };
        let host = host.to_ascii_lowercase();
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
        if !host_ok {
            return None;
        }
        Some(UrlParts {
            scheme,
            host,
            port,
            rest: split.rest.to_owned(),
        })
    }

    /// `scheme://host[:port]`.
    pub fn origin(&self) -> String {
        let mut origin = [&self.scheme, "://", &self.host].concat();
        if let Some(p) = self.port {
            origin.push(':');
            origin.push_str(&p.to_string());
        }
        origin
    }

    /// Whether the host is this machine ([`is_loopback_host`]).
    pub fn is_loopback(&self) -> bool {
        is_loopback_host(&self.host)
    }
}

/// The one loopback rule: whether `host` (a URL host, any case) names this machine. Exactly
/// `localhost`, an IPv4 address in `127.0.0.0/8` written as four decimal octets, or the IPv6
/// address `::1` as browsers write it (`[::1]`; bare `::1` is accepted too). These are the
/// literals RFC 8252 §7.3 calls loopback and the `localhost` name that browsers, Entra and the
/// `dpk-proxy` `Host` check all accept.
///
/// Not loopback, on purpose: `*.localhost` (some resolvers send it to DNS, and Entra refuses it
/// in redirect URIs, AADSTS500117), `localhost.` (a DNS name), `127.0.0.1.nip.io`, shorthand or
/// zero-padded IPv4 (`127.1`, `127.0.0.01`), other spellings of `::1` (`[0:0::1]`; browsers
/// never produce them) and IPv4-mapped `::ffff:127.0.0.1`: a warning too many is safe, a token
/// sent in clear text to another machine is not. Written by hand rather than with
/// `std::net::IpAddr`'s parser, which weighs about 3 KB of WebAssembly; a test checks that every
/// host accepted here is one that parser reads as loopback.
pub fn is_loopback_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || matches!(host, "[::1]" | "::1")
        || host.strip_prefix("127.").is_some_and(|rest| {
            let mut n = 0;
            rest.split('.').all(|o| {
                n += 1;
                let b = o.as_bytes();
                let digits = !b.is_empty() && b.iter().all(u8::is_ascii_digit);
                digits
                    && (b.len() == 1
                        || (b[0] != b'0' && (b.len() == 2 || (b.len() == 3 && o <= "255"))))
            }) && n == 3
        })
}

/// Unpadded base64url (RFC 4648 §5, the URL- and filename-safe alphabet): the consent page's
/// `state` and sign-in's PKCE verifier, challenge, `state` and nonce. The one encoder; the JWT
/// decoder (`jwt::decode`) reads this alphabet back with its error positions.
///
/// Written out rather than taken from the `base64` crate, which stays as the tests' reference:
/// its engine cost 1.9 KB gzip of the page for these few lines.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        // 2, 3 or 4 characters for 1, 2 or 3 bytes (no padding).
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_origins_ports_and_rest() {
        let u = UrlParts::parse("HTTP://127.0.0.1:8787/https://x/y?z=1").expect("parses");
        assert_eq!(u.scheme, "http");
        assert_eq!(u.host, "127.0.0.1");
        assert_eq!(u.port, Some(8787));
        assert_eq!(u.rest, "/https://x/y?z=1");
        assert_eq!(u.origin(), "http://127.0.0.1:8787");
        assert!(u.is_loopback());
        let v6 = UrlParts::parse("http://[::1]:9/").expect("v6");
        assert_eq!(v6.host, "[::1]");
        assert!(v6.is_loopback());
        assert_eq!(
            UrlParts::parse("https://Graph.Microsoft.com").map(|u| u.origin()),
            Some("https://graph.microsoft.com".into())
        );
    }

    #[test]
    fn refuses_what_could_send_a_token_astray() {
        for bad in [
            "javascript:alert(1)",
            "ftp://x",
            "https://user@evil.example/",
            "http://127.0.0.1@evil.com/",
            "http://localhost:8787@evil.com",
            "https://",
            "https://a b/",
            "https://x:port/",
            "https://x:99999/",
            "http://[::1/",
            "http://[::1]x/",
            "//x/y",
            "https://ex\u{0}ample.com",
            // Whitespace or control characters anywhere, not only in the host: a pasted URL with
            // a space or a stray control character in its path is refused, not half-used.
            "https://graph.microsoft.com/v1.0/security/ incidents",
            "https://graph.microsoft.com/v1.0\u{1}/security",
            // A host with characters no DNS name or IP literal has (percent-encoding, `!`).
            "https://%65vil.example/",
            "https://ex!ample.com/",
        ] {
            assert_eq!(UrlParts::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn splits_the_authority() {
        let s = Split::of("https://u@h:1/p?q#f").expect("split");
        assert_eq!(
            (s.scheme, s.authority, s.rest),
            ("https", "u@h:1", "/p?q#f")
        );
        assert!(s.has_userinfo());
        assert_eq!(Split::of("no-scheme"), None);
        let v6 = Split::of("http://[::1]:80?x").expect("v6");
        assert_eq!(v6.host_and_port(), Some(("[::1]", Some("80"))));
        assert_eq!(v6.rest, "?x");
        assert_eq!(
            Split::of("http://h#a/b").map(|s| s.authority),
            Some("h"),
            "a fragment ends the authority"
        );
    }

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "LocalHost",
            "127.0.0.1",
            "127.0.0.2",
            "127.1.2.3",
            "127.255.255.255",
            "[::1]",
            "::1",
        ] {
            assert!(is_loopback_host(h), "{h}");
        }
        for h in [
            "127.0.0.1.evil.com",
            "127.0.0.1.nip.io",
            "10.0.0.1",
            "128.0.0.1",
            "localhost.evil.com",
            "localhost.",
            "app.localhost",
            "evillocalhost",
            "127.1",
            "127.0.0.01",
            "0.0.0.0",
            "[::]",
            "[::ffff:127.0.0.1]",
            "[::1",
            "[0:0:0:0:0:0:0:1]",
            "[0::1]",
            "127.0.0.256",
            "127.0.0.-1",
            "127.0.0.1.",
            "127..0.1",
            "example.com",
            "",
        ] {
            assert!(!is_loopback_host(h), "{h}");
        }
        let userinfo = Split::of("http://127.0.0.1@evil.com/").expect("split");
        assert!(
            userinfo.has_userinfo(),
            "the host is evil.com, not 127.0.0.1"
        );
    }

    #[test]
    fn the_hand_written_loopback_rule_agrees_with_std_net() {
        // Brackets hold IPv6 only (`[127.0.0.1]` is no URL host).
        let std_rule = |h: &str| match h.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            Some(v6) => v6
                .parse::<std::net::Ipv6Addr>()
                .is_ok_and(|ip| ip.is_loopback()),
            None => {
                h.eq_ignore_ascii_case("localhost")
                    || h.parse::<std::net::IpAddr>()
                        .is_ok_and(|ip| ip.is_loopback())
            }
        };
        let mut hosts: Vec<String> = [
            "::1",
            "::01",
            "0::1",
            "0:0::1",
            "::0:1",
            "0000::0001",
            "0:0:0:0:0:0:0:1",
            "0:0:0:0:0:0:0:0:1",
            "1::",
            "::",
            ":::1",
            "::1::",
            "::1:",
            ":1",
            "::00001",
            "0:0:0:0:0:0:1",
            "::0:0:0:0:0:0:1",
            "0:0:0:0:0:0::1",
            "0:0:0:0:0:0:0::1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
            "::g",
            "1::1",
            "127.0.0.1",
            "127.000.0.1",
            "127.0.0.256",
            "127.0.0",
            "127.0.0.1.",
            ".127.0.0.1",
            "127..0.1",
            "127.0.0.+1",
            "0127.0.0.1",
            "127.0.0.00",
            "127.0.0.0",
            "127.255.255.255",
            "126.0.0.1",
            "localhost",
            "LOCALHOST",
            "localhos",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        hosts.extend(hosts.clone().iter().map(|h| format!("[{h}]")));
        for h in &hosts {
            // Other spellings of ::1 are refused on purpose; everything else agrees.
            let other_v6_spelling = h.contains(':') && !matches!(h.as_str(), "::1" | "[::1]");
            if other_v6_spelling {
                assert!(!is_loopback_host(h), "{h:?}");
            } else {
                assert_eq!(is_loopback_host(h), std_rule(h), "{h:?}");
            }
        }
    }

    #[test]
    fn encoding() {
        assert_eq!(
            encode_component("https://a.b/c?d=e f&g"),
            "https%3A%2F%2Fa.b%2Fc%3Fd%3De%20f%26g"
        );
        assert_eq!(encode_component("日"), "%E6%97%A5");
        assert_eq!(encode_component("a b&c=d/é~"), "a%20b%26c%3Dd%2F%C3%A9~");
        assert_eq!(encode_component("+!'()*%"), "%2B%21%27%28%29%2A%25");
        assert_eq!(
            encode_query_value("status eq 'Active'"),
            "status%20eq%20%27Active%27"
        );
        assert_eq!(
            encode_query_value("2024-01-01T00:00:00Z"),
            "2024-01-01T00:00:00Z"
        );
    }

    #[test]
    fn malformed_escapes_are_kept_and_never_panic() {
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("a%"), "a%");
        assert_eq!(decode("%%41"), "%A");
        assert_eq!(decode("%E3%81%82"), "あ");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("%e3%81"), "\u{FFFD}");
        assert_eq!(decode("a+b%2B"), "a+b+");
        assert_eq!(decode_form("a+b%2B"), "a b+");
        for s in ["日本", "a b", "%", "100%"] {
            assert_eq!(decode(&encode_component(s)), s);
        }
    }

    #[test]
    fn query_pairs_split_decode_and_read_plus_as_space() {
        assert_eq!(
            query_pairs("a=1&&b=x+y%2Bz&c&d=e=f&%zz=%"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "x y+z".into()),
                ("c".into(), String::new()),
                ("d".into(), "e=f".into()),
                ("%zz".into(), "%".into()),
            ]
        );
        assert!(query_pairs("").is_empty());
    }

    #[test]
    fn base64url_matches_the_base64_crate_for_every_length() {
        use base64::Engine;
        let bytes: Vec<u8> = (0..=255u8).rev().chain(0..=255).collect();
        for len in 0..70 {
            for start in [0, 1, 100, 250, 300] {
                let b = &bytes[start..start + len];
                assert_eq!(
                    base64url(b),
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
                );
            }
        }
    }
}
