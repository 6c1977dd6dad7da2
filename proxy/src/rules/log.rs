//! The access-log line. It names the method, upstream host, path, status and duration, and by
//! construction nothing else: no query string (it can hold search terms, UPNs or `$filter`
//! values), no header value (tokens), no body.

use std::time::Duration;

use url::Url;

/// One access-log line, e.g. `GET api.security.microsoft.com /api/incidents 200 153ms`.
///
/// `target` is `None` when the request never had a valid target (the host and path then print
/// as `-`: the raw request path is not logged, since it could carry credentials or a query-like
/// payload). `code` is the proxy's refusal code, if it answered with one, and `detail` what only
/// the log gets about it ([`crate::rules::refusal::Refusal::log_detail`]).
pub fn access_line(
    method: &str,
    target: Option<&Url>,
    status: u16,
    elapsed: Duration,
    code: Option<&str>,
    detail: Option<&str>,
) -> String {
    let (host, path) = match target {
        Some(url) => (url.host_str().unwrap_or("-"), url.path()),
        None => ("-", "-"),
    };
    let mut line = format!("{method} {host} {path} {status} {}ms", elapsed.as_millis());
    if let Some(code) = code {
        line.push(' ');
        line.push_str(code);
    }
    if let Some(detail) = detail {
        line.push_str(" (");
        // One line per request: a detail never breaks the line.
        line.extend(detail.chars().map(|c| if c.is_control() { ' ' } else { c }));
        line.push(')');
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_has_no_query_userinfo_or_fragment() {
        let url = Url::parse(
            "https://graph.microsoft.com/v1.0/users/alice@contoso.com?$filter=secret#frag",
        )
        .unwrap();
        let line = access_line(
            "GET",
            Some(&url),
            200,
            Duration::from_millis(153),
            None,
            None,
        );
        assert_eq!(
            line,
            "GET graph.microsoft.com /v1.0/users/alice@contoso.com 200 153ms"
        );
    }

    #[test]
    fn refusals_print_their_code_and_no_raw_path() {
        let line = access_line(
            "POST",
            None,
            400,
            Duration::from_millis(0),
            Some("bad_target"),
            None,
        );
        assert_eq!(line, "POST - - 400 0ms bad_target");
    }

    #[test]
    fn detail_follows_the_code_on_one_line() {
        let url = Url::parse("http://127.0.0.1:9/api?secret=x").unwrap();
        let line = access_line(
            "GET",
            Some(&url),
            502,
            Duration::from_millis(2),
            Some("upstream_unreachable"),
            Some("connect error:\nrefused"),
        );
        assert_eq!(
            line,
            "GET 127.0.0.1 /api 502 2ms upstream_unreachable (connect error: refused)"
        );
    }
}
