//! Hash routes: `#/` (start), `#/consent`, `#/token`, `#/incidents`, `#/migrate`, `#/about`, `#/sign-in`.
//!
//! Hash routing works on any static host and under any sub-path, because the server only ever
//! sees the page's own path. A route may carry non-secret parameters after `?`
//! (`#/consent?client_id=…`), which pages read with [`HashLocation::param`].

use crate::url;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The onboarding loop at a glance (the landing page).
    Start,
    /// Admin-consent link builder and redirect reader.
    Consent,
    /// Token inspector.
    Token,
    /// Incidents explorer.
    Incidents,
    /// Moving an app to the Microsoft Graph security API.
    Migrate,
    /// What the tool does and its privacy promise.
    About,
    /// Sign-in settings and the sign-in itself (not in the navigation: the header links to it).
    SignIn,
    /// A path no page answers to; holds the path as typed, for the message.
    NotFound(String),
}

impl Route {
    /// The pages shown in the navigation, in order.
    pub const NAV: [Route; 6] = [
        Route::Start,
        Route::Consent,
        Route::Token,
        Route::Incidents,
        Route::Migrate,
        Route::About,
    ];

    /// The path of the route, without `#`.
    pub fn path(&self) -> &str {
        match self {
            Route::Start => "/",
            Route::Consent => "/consent",
            Route::Token => "/token",
            Route::Incidents => "/incidents",
            Route::Migrate => "/migrate",
            Route::About => "/about",
            Route::SignIn => "/sign-in",
            Route::NotFound(path) => path,
        }
    }

    /// A short name for the route, for `data-route` attributes (`start`, `consent`, …).
    pub fn name(&self) -> &str {
        match self {
            Route::Start => "start",
            other => other.path().trim_start_matches('/'),
        }
    }

    /// The `href` that links to the route.
    pub fn href(&self) -> String {
        ["#", self.path()].concat()
    }
}

/// A parsed `location.hash`: the route and its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashLocation {
    /// The page.
    pub route: Route,
    /// Decoded `key=value` pairs after `?`, in order.
    pub params: Vec<(String, String)>,
}

impl HashLocation {
    /// Parses `location.hash` (with or without the leading `#`). An empty hash or `#/` is the
    /// landing page; a trailing `/` is ignored; paths are matched case-insensitively.
    pub fn parse(hash: &str) -> HashLocation {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let trimmed = path.trim_end_matches('/');
        let route = match trimmed.to_ascii_lowercase().as_str() {
            "" => Route::Start,
            "/consent" => Route::Consent,
            "/token" => Route::Token,
            "/incidents" => Route::Incidents,
            "/migrate" => Route::Migrate,
            "/about" => Route::About,
            "/sign-in" => Route::SignIn,
            // Browsers percent-encode what is typed after `#`; show the path as the user typed it.
            _ => Route::NotFound(url::decode(path)),
        };
        let params = url::query_pairs(query);
        HashLocation { route, params }
    }

    /// The first value of parameter `key`.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_nav_route_round_trips_through_its_href() {
        for route in Route::NAV {
            assert_eq!(HashLocation::parse(&route.href()).route, route);
        }
    }

    #[test]
    fn sign_in_route_round_trips() {
        assert_eq!(
            HashLocation::parse(&Route::SignIn.href()).route,
            Route::SignIn
        );
        assert_eq!(Route::SignIn.name(), "sign-in");
        let loc = HashLocation::parse("#/sign-in?return=/incidents");
        assert_eq!(
            (&loc.route, loc.param("return")),
            (&Route::SignIn, Some("/incidents"))
        );
    }

    #[test]
    fn empty_hash_and_root_are_the_landing_page() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(HashLocation::parse(hash).route, Route::Start, "{hash:?}");
        }
    }

    #[test]
    fn tolerates_trailing_slash_and_case() {
        assert_eq!(HashLocation::parse("#/Token/").route, Route::Token);
        assert_eq!(HashLocation::parse("#/INCIDENTS").route, Route::Incidents);
    }

    #[test]
    fn unknown_path_is_not_found_with_the_path_kept() {
        assert_eq!(
            HashLocation::parse("#/nope").route,
            Route::NotFound("/nope".into())
        );
        assert_eq!(
            HashLocation::parse("#<script>").route,
            Route::NotFound("<script>".into())
        );
    }

    #[test]
    fn params_are_decoded() {
        let loc = HashLocation::parse(
            "#/consent?client_id=abc&tenant=contoso.onmicrosoft.com&redirect_uri=https%3A%2F%2Fx%2Fy&note=a+b",
        );
        assert_eq!(loc.route, Route::Consent);
        assert_eq!(loc.param("client_id"), Some("abc"));
        assert_eq!(loc.param("redirect_uri"), Some("https://x/y"));
        assert_eq!(loc.param("note"), Some("a b"));
        assert_eq!(loc.param("missing"), None);
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        let value = |q: &str| {
            HashLocation::parse(&format!("#/consent?v={q}")).params[0]
                .1
                .clone()
        };
        assert_eq!(value("%"), "%");
        assert_eq!(value("%4"), "%4");
        assert_eq!(value("%zz"), "%zz");
        assert_eq!(value("%E3%81%82"), "あ");
        assert_eq!(value("%FF"), "\u{FFFD}");
        assert_eq!(
            HashLocation::parse("#/a%20b+c%").route,
            Route::NotFound("/a b+c%".into()),
            "a path keeps `+`"
        );
    }
}
