//! Finds the token in whatever was pasted: a raw JWT, `Bearer …`, an `Authorization: Bearer …`
//! line (alone or inside a copied request or curl command), a JSON token response, or a URL or
//! fragment with `access_token=` — with any whitespace or line breaks inside the token removed.

use super::PastedToken;

/// Where in the pasted text the token was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputForm {
    /// The text was the token itself.
    Raw,
    /// The text started with `Bearer `.
    Bearer,
    /// The token was the value of an `Authorization:` header line.
    AuthorizationHeader,
    /// The token was this field of a JSON object (`access_token`, `id_token`, `secret`, `token`).
    JsonField(&'static str),
    /// The token was this parameter of a URL, query string or fragment.
    UrlParameter(&'static str),
}

/// The token found in pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// The token, without surrounding quotes and without whitespace.
    pub token: PastedToken,
    /// Where it was found.
    pub form: InputForm,
    /// Whether whitespace inside the token (line breaks from an e-mail, say) was removed.
    pub whitespace_removed: bool,
}

/// JSON fields that hold a token, in the order they are preferred: a token response's
/// `access_token`, then `id_token`, then an MSAL cache entry's `secret`, then a bare `token`.
const JSON_FIELDS: [&str; 4] = ["access_token", "id_token", "secret", "token"];
/// URL parameters that hold a token, in the order they are preferred.
const URL_PARAMS: [&str; 2] = ["access_token", "id_token"];

/// Finds the token in `pasted`; `None` when nothing but whitespace was pasted. Never fails
/// otherwise: text that matches no known form is returned as [`InputForm::Raw`] for the decoder
/// to explain.
pub fn extract(pasted: &PastedToken) -> Option<Extracted> {
    let text = pasted.expose().trim();
    if text.is_empty() || text.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let (token, form) = from_json(text)
        .or_else(|| from_url(text))
        .or_else(|| from_header_line(text))
        .or_else(|| strip_bearer(text).map(|t| (t.to_owned(), InputForm::Bearer)))
        .unwrap_or_else(|| (text.to_owned(), InputForm::Raw));
    let token = token.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    let whitespace_removed = token.chars().any(char::is_whitespace);
    let token: String = token.chars().filter(|c| !c.is_whitespace()).collect();
    if token.is_empty() {
        return None;
    }
    Some(Extracted {
        token: PastedToken::new(token),
        form,
        whitespace_removed,
    })
}

/// `Bearer xyz` (any case, any whitespace after the word) → `xyz`.
fn strip_bearer(text: &str) -> Option<&str> {
    let head = text.get(..6)?;
    let rest = &text[6..];
    (head.eq_ignore_ascii_case("bearer") && rest.starts_with(char::is_whitespace))
        .then(|| rest.trim_start())
}

fn from_json(text: &str) -> Option<(String, InputForm)> {
    if !text.starts_with('{') {
        return None;
    }
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text) {
        return JSON_FIELDS.iter().find_map(|field| match map.get(*field) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
                Some((s.clone(), InputForm::JsonField(field)))
            }
            _ => None,
        });
    }
    // Not valid JSON (cut off, or with comments): look for `"access_token": "…"` by hand.
    JSON_FIELDS.iter().find_map(|field| {
        let key = ["\"", field, "\""].concat();
        let after = &text[text.find(&key)? + key.len()..];
        let after = after.trim_start().strip_prefix(':')?.trim_start();
        let value = after.strip_prefix('"')?;
        let end = value.find('"').unwrap_or(value.len());
        Some((value[..end].to_owned(), InputForm::JsonField(field)))
    })
}

fn from_url(text: &str) -> Option<(String, InputForm)> {
    let lower = text.to_ascii_lowercase();
    URL_PARAMS.iter().find_map(|param| {
        let needle = [param, "="].concat();
        let mut from = 0;
        while let Some(found) = lower[from..].find(&needle) {
            let start = from + found;
            let boundary = lower[..start]
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '?' | '&' | '#' | ';') || c.is_whitespace());
            if boundary {
                let value = &text[start + needle.len()..];
                let end = value
                    .find(|c: char| {
                        matches!(c, '&' | '#' | '"' | '\'' | '<' | '>') || c.is_whitespace()
                    })
                    .unwrap_or(value.len());
                // A token in a URL is normally not escaped, but `.` may be.
                return Some((
                    crate::url::decode(&value[..end]),
                    InputForm::UrlParameter(param),
                ));
            }
            from = start + needle.len();
        }
        None
    })
}

/// The value of an `Authorization:` line. A token wrapped onto following lines (an e-mail or a
/// narrow terminal) continues on every next line made only of base64url characters and dots.
fn from_header_line(text: &str) -> Option<(String, InputForm)> {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().find_map(|(i, line)| {
        let lower = line.to_ascii_lowercase();
        let at = lower.find("authorization:")?;
        let value = line[at + "authorization:".len()..]
            .trim()
            .trim_end_matches(['\'', '"', '\\', ','])
            .trim();
        let mut value = strip_bearer(value).unwrap_or(value).to_owned();
        for next in &lines[i + 1..] {
            let next = next.trim().trim_end_matches(['\'', '"', '\\', ',']).trim();
            let continues = !next.is_empty()
                && next
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '='));
            if !continues {
                break;
            }
            value.push_str(next);
        }
        Some((value, InputForm::AuthorizationHeader))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";

    fn found(input: &str) -> (String, InputForm, bool) {
        let e = extract(&PastedToken::new(input)).expect("a token");
        (e.token.expose().to_owned(), e.form, e.whitespace_removed)
    }

    #[test]
    fn raw_and_bearer_forms() {
        assert_eq!(found(JWT), (JWT.into(), InputForm::Raw, false));
        assert_eq!(
            found(&format!("  {JWT}\n")),
            (JWT.into(), InputForm::Raw, false)
        );
        assert_eq!(
            found(&format!("Bearer {JWT}")),
            (JWT.into(), InputForm::Bearer, false)
        );
        assert_eq!(
            found(&format!("bearer\t{JWT}")),
            (JWT.into(), InputForm::Bearer, false)
        );
        assert_eq!(
            found(&format!("\"{JWT}\"")),
            (JWT.into(), InputForm::Raw, false)
        );
    }

    #[test]
    fn whitespace_and_line_breaks_inside_are_removed() {
        let wrapped = "eyJhbGciOiJub25lIn0\n.eyJzdWIi\r\n  OiJ4In0.";
        assert_eq!(found(wrapped), (JWT.into(), InputForm::Raw, true));
    }

    #[test]
    fn authorization_header_lines() {
        assert_eq!(
            found(&format!("Authorization: Bearer {JWT}")),
            (JWT.into(), InputForm::AuthorizationHeader, false)
        );
        let curl = format!(
            "curl -X GET https://api.security.microsoft.com/api/incidents \\\n  -H 'authorization: Bearer {JWT}' \\\n  -H 'Accept: application/json'"
        );
        assert_eq!(
            found(&curl),
            (JWT.into(), InputForm::AuthorizationHeader, false)
        );
        let request =
            format!("GET /api/incidents HTTP/1.1\r\nHost: x\r\nAuthorization:Bearer {JWT}\r\n\r\n");
        assert_eq!(found(&request).0, JWT);
        let (a, b) = JWT.split_at(12);
        let wrapped = format!("Authorization: Bearer {a}\n  {b}\nAccept: application/json");
        assert_eq!(
            found(&wrapped),
            (JWT.into(), InputForm::AuthorizationHeader, false)
        );
    }

    #[test]
    fn json_token_responses() {
        let body = format!(
            "{{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"{JWT}\"}}"
        );
        assert_eq!(
            found(&body),
            (JWT.into(), InputForm::JsonField("access_token"), false)
        );
        let pretty = format!("{{\n  \"id_token\": \"{JWT}\"\n}}");
        assert_eq!(found(&pretty).1, InputForm::JsonField("id_token"));
        let cut = format!("{{\"token_type\":\"Bearer\",\"access_token\": \"{JWT}\", \"refr");
        assert_eq!(
            found(&cut),
            (JWT.into(), InputForm::JsonField("access_token"), false)
        );
        let msal = format!("{{\"credentialType\":\"AccessToken\",\"secret\":\"{JWT}\"}}");
        assert_eq!(found(&msal).1, InputForm::JsonField("secret"));
    }

    #[test]
    fn urls_and_fragments() {
        let url = format!(
            "https://localhost/cb#access_token={JWT}&token_type=Bearer&expires_in=3599&state=x"
        );
        assert_eq!(
            found(&url),
            (JWT.into(), InputForm::UrlParameter("access_token"), false)
        );
        let frag = format!("#ACCESS_TOKEN={}", JWT.replace('.', "%2E"));
        assert_eq!(
            found(&frag),
            (JWT.into(), InputForm::UrlParameter("access_token"), false)
        );
        let not_a_param = format!("my_access_token=zzz&access_token={JWT}");
        assert_eq!(found(&not_a_param).0, JWT);
    }

    #[test]
    fn blank_input_is_nothing_and_garbage_is_raw() {
        assert!(extract(&PastedToken::new("  \n\t")).is_none());
        assert!(extract(&PastedToken::new("Bearer   ")).is_none());
        assert_eq!(found("not a token").1, InputForm::Raw);
        assert_eq!(found("{\"foo\":1}").1, InputForm::Raw);
    }
}
