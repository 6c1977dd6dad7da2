//! Keeps `proxy/nginx.conf.example` honest: its upstream allowlist must be exactly the catalog's
//! hosts, and it must keep the safety lines the README promises.
#![cfg(not(target_arch = "wasm32"))]

const NGINX: &str = include_str!("../nginx.conf.example");

/// The host lines of the `map $dpk_host $dpk_upstream_allowed { … }` block.
fn allowlisted_hosts() -> Vec<&'static str> {
    let start = NGINX
        .find("map $dpk_host $dpk_upstream_allowed {")
        .expect("the upstream allowlist map");
    NGINX[start..]
        .lines()
        .skip(1)
        .take_while(|l| l.trim() != "}")
        .filter_map(|l| l.trim().strip_suffix(" 1;"))
        .collect()
}

#[test]
fn nginx_allowlist_is_the_catalog() {
    let mut catalog: Vec<&str> = dpk_domain::cloud::upstream_origins()
        .into_iter()
        .map(|o| {
            o.strip_prefix("https://")
                .expect("catalog origins are https")
        })
        .collect();
    let mut nginx = allowlisted_hosts();
    catalog.sort_unstable();
    nginx.sort_unstable();
    assert_eq!(nginx, catalog);
}

#[test]
fn nginx_example_keeps_the_safety_lines() {
    for line in [
        "proxy_set_header Cookie \"\";",
        "proxy_set_header Origin \"\";",
        "proxy_set_header Referer \"\";",
        "proxy_hide_header Set-Cookie;",
        "proxy_hide_header Access-Control-Allow-Origin;",
        "proxy_ssl_verify on;",
        "error_page 301 302 303 307 308 = @dpk_redirect;",
        "add_header Vary Origin always;",
        "log_format dpk_proxy '$time_iso8601 $request_method $dpk_host $dpk_path $status",
    ] {
        assert!(NGINX.contains(line), "missing: {line}");
    }
    assert!(!NGINX.contains("Access-Control-Allow-Origin *"));
    let log_format = NGINX
        .lines()
        .find(|l| l.starts_with("log_format"))
        .expect("a log_format line");
    for leak in [
        "$request ",
        "$request'",
        "$request_uri",
        "$args",
        "$query_string",
        "$http_",
    ] {
        assert!(
            !log_format.contains(leak),
            "the access log must not use {leak}"
        );
    }
}
