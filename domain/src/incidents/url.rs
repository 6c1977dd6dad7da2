//! Just enough URL handling for the incidents client: split an absolute URL into scheme, host,
//! port and the rest; tell loopback hosts apart; percent-encode a component. No dependency, and
//! strict where it matters for the token: a URL with user info (`user@host`) is refused.

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
        let (scheme, after) = text.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let (authority, rest) = after.split_at(end);
        if authority.contains('@') || authority.is_empty() {
            return None;
        }
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (inner, tail) = v6.split_once(']')?;
            let port = match tail {
                "" => None,
                t => Some(t.strip_prefix(':')?.parse().ok()?),
            };
            (format!("[{}]", inner.to_ascii_lowercase()), port)
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h.to_ascii_lowercase(), Some(p.parse().ok()?)),
                None => (authority.to_ascii_lowercase(), None),
            }
        };
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
            rest: rest.to_owned(),
        })
    }

    /// `scheme://host[:port]`.
    pub fn origin(&self) -> String {
        match self.port {
            Some(p) => format!("{}://{}:{p}", self.scheme, self.host),
            None => format!("{}://{}", self.scheme, self.host),
        }
    }

    /// Whether the host is this machine: `localhost`, `*.localhost`, `127.0.0.0/8` or `[::1]`.
    pub fn is_loopback(&self) -> bool {
        is_loopback_host(&self.host)
    }
}

/// Whether `host` (as in [`UrlParts::host`]) names this machine.
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host == "[::1]"
        || host.strip_prefix("127.").is_some_and(|r| {
            r.split('.').count() == 3 && r.split('.').all(|o| o.parse::<u8>().is_ok())
        })
}

/// Percent-encodes everything but the RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`),
/// as `encodeURIComponent` does except that it also encodes `! ' ( ) *`.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes an OData query value: like [`encode_component`] but keeps `$`, `:` and `,`
/// readable (they are legal in a query and common in `$filter` literals).
pub fn encode_query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'$' | b':' | b',')
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
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
            "https://",
            "https://a b/",
            "https://x:port/",
            "//x/y",
            "https://ex\u{0}ample.com",
        ] {
            assert_eq!(UrlParts::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "app.localhost",
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
        ] {
            assert!(is_loopback_host(h), "{h}");
        }
        for h in [
            "127.0.0.1.evil.com",
            "10.0.0.1",
            "localhost.evil.com",
            "example.com",
        ] {
            assert!(!is_loopback_host(h), "{h}");
        }
    }

    #[test]
    fn encoding() {
        assert_eq!(
            encode_component("https://a.b/c?d=e f&g"),
            "https%3A%2F%2Fa.b%2Fc%3Fd%3De%20f%26g"
        );
        assert_eq!(encode_component("日"), "%E6%97%A5");
        assert_eq!(
            encode_query_value("status eq 'Active'"),
            "status%20eq%20%27Active%27"
        );
        assert_eq!(
            encode_query_value("2024-01-01T00:00:00Z"),
            "2024-01-01T00:00:00Z"
        );
    }
}
