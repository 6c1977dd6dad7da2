//! The `Host` check against DNS rebinding.
//!
//! A page on `http://attacker.example:8787` whose name is re-pointed at `127.0.0.1` reaches the
//! proxy as a *same-origin* request: no `Origin` header, `Sec-Fetch-Site: same-origin`. Its
//! `Host` header still names the attacker's host, so the proxy answers only requests whose `Host`
//! names the proxy itself: `localhost`, a loopback address (`127.0.0.0/8`, `[::1]`: the page's one
//! loopback rule, `dpk_domain::url::is_loopback_host`, so the two never disagree; a native server
//! needs no rule of its own), or the address it listens on. When it
//! listens on an unspecified address (`0.0.0.0`, `::`), any IP literal is accepted: a rebinding
//! attack needs a DNS name, and an IP literal is not one. The port is not compared: a rebinding
//! page must use the proxy's port anyway, and the name is what it cannot fake.

use std::net::IpAddr;

/// Whether a `Host` header value names the proxy listening on `listen`.
pub fn host_allowed(value: &str, listen: IpAddr) -> bool {
    let Some(host) = host_part(value) else {
        return false;
    };
    // The page's loopback rule (`localhost`, 127.0.0.0/8, ::1), so the two never disagree.
    if dpk_domain::url::is_loopback_host(host) {
        return true;
    }
    match host.parse::<IpAddr>() {
        Ok(ip) => ip == listen || listen.is_unspecified(),
        Err(_) => false,
    }
}

/// The host of `host[:port]` or `[v6][:port]`; `None` if the value is not of that form.
fn host_part(value: &str) -> Option<&str> {
    if let Some(rest) = value.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        return match after.strip_prefix(':') {
            Some(port) if is_port(port) => Some(host),
            None if after.is_empty() => Some(host),
            _ => None,
        };
    }
    let (host, port) = match value.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (value, None),
    };
    if port.is_some_and(|p| !is_port(p)) {
        return None;
    }
    Some(host)
}

fn is_port(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && text.parse::<u16>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn loopback_names_are_accepted_with_or_without_port() {
        let listen = ip("127.0.0.1");
        for ok in [
            "localhost",
            "LocalHost:8787",
            "127.0.0.1",
            "127.0.0.1:8787",
            "127.1.2.3:1",
            "[::1]",
            "[::1]:8787",
        ] {
            assert!(host_allowed(ok, listen), "{ok}");
        }
    }

    #[test]
    fn other_names_and_malformed_values_are_refused() {
        let listen = ip("127.0.0.1");
        for bad in [
            "attacker.example:8787",
            "attacker.example",
            "localhost.attacker.example",
            "localhost.",
            "app.localhost:8787",
            "127.0.0.1.nip.io:8787",
            "127.1:8787",
            "[::ffff:127.0.0.1]:8787",
            "192.168.1.5:8787",
            "",
            ":8787",
            "localhost:",
            "localhost:x",
            "localhost:87870",
            "localhost:+80",
            "127.0.0.1:80:80",
            "[::1",
            "[::1]x",
            "[::1]:",
            "::1",
            "[attacker.example]",
        ] {
            assert!(!host_allowed(bad, listen), "{bad:?}");
        }
    }

    #[test]
    fn the_listen_address_is_accepted_and_only_it() {
        let listen = ip("192.168.1.5");
        assert!(host_allowed("192.168.1.5:8787", listen));
        assert!(host_allowed("localhost:8787", listen));
        assert!(!host_allowed("192.168.1.6:8787", listen));
        let v6 = ip("fd00::5");
        assert!(host_allowed("[fd00::5]:8787", v6));
        assert!(!host_allowed("[fd00::6]:8787", v6));
    }

    #[test]
    fn unspecified_listen_accepts_ip_literals_but_no_names() {
        for listen in [ip("0.0.0.0"), ip("::")] {
            assert!(host_allowed("10.1.2.3:8787", listen));
            assert!(host_allowed("[fd00::1]:8787", listen));
            assert!(!host_allowed("attacker.example:8787", listen));
        }
    }
}
