//! Property tests ("fuzzing") of every parser that takes user input: arbitrary input never
//! panics, and structured input round-trips. Run length comes from `PROPTEST_CASES`.
#![cfg(not(target_arch = "wasm32"))]

use dpk_domain::consent::redirect::read_redirect;
use dpk_domain::incidents::model::MapContext;
use dpk_domain::incidents::request::RawResponse;
use dpk_domain::incidents::response::read_list_page;
use dpk_domain::roster::Roster;
use dpk_domain::route::{HashLocation, Route};
use dpk_domain::url::{decode, decode_form, encode_component};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    // `ProptestConfig::default()` reads PROPTEST_CASES; keep failure persistence off so that a
    // read-only checkout (CI) does not matter.
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_loopback_rule_agrees_with_std_net(host in "\\[?(127\\.|::|0:)?[0-9a-f:.]{0,20}(1|\\.1|::1)?\\]?") {
        let std_rule = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            Some(v6) => v6.parse::<std::net::Ipv6Addr>().is_ok_and(|ip| ip.is_loopback()),
            None => host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()),
        };
        let ours = dpk_domain::url::is_loopback_host(&host);
        // Only `::1` itself is accepted among IPv6 spellings (browsers write no other).
        let canonical = !host.contains(':') || host == "::1" || host == "[::1]";
        prop_assert!(!ours || std_rule, "{} is not loopback", host);
        prop_assert!(ours == std_rule || !canonical, "{} is loopback", host);
    }

    #[test]
    fn hash_parser_never_panics(hash in any::<String>()) {
        let loc = HashLocation::parse(&hash);
        if let Route::NotFound(path) = &loc.route {
            prop_assert!(!path.is_empty() || hash.trim_start_matches('#').starts_with('?'));
        }
    }

    #[test]
    fn percent_decode_never_panics_and_is_identity_on_plain_text(s in "[a-zA-Z0-9._~-]{0,64}", junk in any::<String>()) {
        prop_assert_eq!(decode_form(&s), s.clone());
        prop_assert_eq!(decode(&s), s);
        let _ = decode_form(&junk);
        let _ = decode(&junk);
        prop_assert_eq!(decode(&encode_component(&junk)), junk);
    }

    #[test]
    fn params_round_trip_through_percent_encoding(key in "[a-z_]{1,12}", value in any::<String>()) {
        let encoded: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
        let loc = HashLocation::parse(&format!("#/consent?{key}={encoded}"));
        prop_assert_eq!(&loc.route, &Route::Consent);
        prop_assert_eq!(loc.param(&key), Some(value.as_str()));
    }

    #[test]
    fn consent_redirect_reader_never_panics(input in any::<String>(), state in "[A-Za-z0-9_-]{0,24}") {
        let _ = read_redirect(&input, &state);
    }

    #[test]
    fn consent_redirect_reader_survives_url_shaped_garbage(
        q in proptest::collection::vec(("[a-z_]{1,16}", any::<String>()), 0..8),
        fragment in any::<bool>(),
    ) {
        let pairs: Vec<String> = q.iter().map(|(k, v)| {
            let enc: String = v.bytes().map(|b| format!("%{b:02X}")).collect();
            format!("{k}={enc}")
        }).collect();
        let sep = if fragment { '#' } else { '?' };
        let _ = read_redirect(&format!("https://partner.example/cb{sep}{}", pairs.join("&")), "abc");
    }

    #[test]
    fn roster_import_never_panics(json in any::<String>()) {
        let _ = Roster::default().import(&json);
    }

    #[test]
    fn roster_import_of_arbitrary_json_arrays_never_panics(rows in proptest::collection::vec(
        proptest::collection::vec(("[a-z_]{1,12}", any::<String>()), 0..6), 0..6)) {
        let json = serde_json::Value::Array(rows.into_iter().map(|fields| {
            serde_json::Value::Object(fields.into_iter().map(|(k, v)| (k, serde_json::Value::String(v))).collect())
        }).collect());
        let _ = Roster::default().import(&json.to_string());
    }

    #[test]
    fn odata_page_reader_never_panics(status in 100u16..600, body in any::<String>(), retry in proptest::option::of(any::<String>())) {
        let raw = RawResponse { status, retry_after: retry, body };
        let _ = read_list_page(&raw, &MapContext { portal_origin: "https://security.microsoft.com" }, 1_700_000_000_000);
    }

    #[test]
    fn odata_page_reader_survives_incident_shaped_garbage(values in proptest::collection::vec(
        proptest::collection::vec(("[a-zA-Z@.]{1,16}", any::<i64>(), any::<String>(), any::<bool>()), 0..8), 0..5)) {
        let items: Vec<serde_json::Value> = values.into_iter().map(|fields| {
            serde_json::Value::Object(fields.into_iter().map(|(k, n, s, pick)| {
                (k, if pick { serde_json::json!(n) } else { serde_json::json!(s) })
            }).collect())
        }).collect();
        let body = serde_json::json!({ "value": items, "@odata.nextLink": "https://api.security.microsoft.com/api/incidents?$skip=1" }).to_string();
        let raw = RawResponse { status: 200, retry_after: None, body };
        let _ = read_list_page(&raw, &MapContext { portal_origin: "https://security.microsoft.com" }, 1_700_000_000_000);
    }
}
