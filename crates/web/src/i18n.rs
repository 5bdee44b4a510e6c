//! Every string a person reads comes from Fluent (`locales/<lang>/*.ftl`). The language of a
//! request is `?lang=`, then the remembered choice (a cookie), then `Accept-Language`, then English.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::Request;
use axum::http::header::ACCEPT_LANGUAGE;
use domain::{Locale, Message};
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

pub const LANG_COOKIE: &str = "mp_lang";

/// The identifiers of the five languages, parsed once.
static LANGUAGE_IDS: LazyLock<[LanguageIdentifier; 5]> = LazyLock::new(|| {
    [Locale::En, Locale::Pl, Locale::Da, Locale::It, Locale::Uk]
        .map(|locale| locale.code().parse().unwrap_or_default())
});

fn language_id(locale: Locale) -> &'static LanguageIdentifier {
    let [en, pl, da, it, uk] = &*LANGUAGE_IDS;
    match locale {
        Locale::En => en,
        Locale::Pl => pl,
        Locale::Da => da,
        Locale::It => it,
        Locale::Uk => uk,
    }
}

/// The message in the request's language, which was negotiated once for the whole request; in
/// English when a translation is missing (the translation tests keep that from happening).
fn lookup(locale: Locale, key: &str, args: Option<&Arguments<'_>>) -> String {
    LOCALES
        .lookup_single_language(language_id(locale), key, args)
        .or_else(|_| LOCALES.lookup_single_language(language_id(Locale::En), key, args))
        .unwrap_or_else(|_| format!("Unknown localization key: {key:?}"))
}

type Arguments<'a> = HashMap<Cow<'static, str>, FluentValue<'a>>;

/// Translates `key` with no arguments.
pub fn t(locale: Locale, key: &str) -> String {
    lookup(locale, key, None)
}

/// Translates `key` with numeric arguments, which select plural forms.
pub fn t_count(locale: Locale, key: &str, args: &[(&'static str, i64)]) -> String {
    let args: Arguments<'_> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(*value)))
        .collect();
    lookup(locale, key, Some(&args))
}

/// Translates `key` with text arguments.
pub fn t_text(locale: Locale, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: Arguments<'_> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(*value)))
        .collect();
    lookup(locale, key, Some(&args))
}

pub fn message(locale: Locale, message: &Message) -> String {
    t_count(locale, message.key, &message.args)
}

/// The language a request asked for, and whether it asked explicitly with `?lang=`.
pub fn negotiate(request: &Request) -> (Locale, bool) {
    if let Some(locale) = query_lang(request.uri().query()) {
        return (locale, true);
    }
    let remembered = crate::client::cookie(request.headers(), LANG_COOKIE)
        .and_then(|value| Locale::parse(value).ok());
    if let Some(locale) = remembered {
        return (locale, false);
    }
    let accepted = request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    (from_accept_language(accepted).unwrap_or_default(), false)
}

fn query_lang(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| Locale::parse(value).ok())
}

/// The supported language the visitor prefers most, by `q` weight then order.
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranked: Vec<(f32, usize, Locale)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.trim().split(';');
            let tag = parts.next()?.trim();
            let primary = tag.split('-').next()?;
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let locale = Locale::parse(primary).ok()?;
            (weight > 0.0).then_some((weight, position, locale))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|(_, _, locale)| *locale)
}

/// Middleware: decides the request's language and remembers an explicit `?lang=` choice.
pub async fn resolve(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let (negotiated, explicit) = negotiate(&request);
    let account_locale = request
        .extensions()
        .get::<crate::session::MaybeSignedIn>()
        .and_then(|signed_in| signed_in.0.as_ref())
        .map(|signed_in| signed_in.account.locale);
    let has_cookie = crate::client::cookie(request.headers(), LANG_COOKIE).is_some();
    let locale = match account_locale {
        Some(account) if !explicit && !has_cookie => account,
        _ => negotiated,
    };
    let mut request = request;
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    if explicit {
        remember(&mut response, locale);
    }
    response
}

/// Sets the cookie that remembers the visitor's language for a year.
pub fn remember(response: &mut axum::response::Response, locale: Locale) {
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
}

/// The language an API caller reads: `?lang=`, else `Accept-Language`, else English.
pub struct ApiLocale(pub Locale);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ApiLocale {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let accepted = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        Ok(Self(
            query_lang(parts.uri.query())
                .or_else(|| from_accept_language(accepted))
                .unwrap_or_default(),
        ))
    }
}

/// A number with `places` decimals as the language writes it: a comma in Polish, Danish,
/// Italian and Ukrainian, a point in English. (CSV files keep the point, for spreadsheets.)
pub fn decimal(locale: Locale, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match locale {
        Locale::En => text,
        Locale::Pl | Locale::Da | Locale::It | Locale::Uk => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_honours_weights_and_skips_unknown_languages() {
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,pl;q=0.8,en;q=0.7"),
            Some(Locale::Pl)
        );
        assert_eq!(from_accept_language("en;q=0.5, uk-UA"), Some(Locale::Uk));
        assert_eq!(from_accept_language("da;q=0, it"), Some(Locale::It));
        assert_eq!(from_accept_language("fr, de"), None);
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let members = |locale, n| t_count(locale, "community-member-count", &[("count", n)]);
        assert_eq!(members(Locale::En, 1), "1 member");
        assert_eq!(members(Locale::En, 5), "5 members");
        assert_eq!(members(Locale::Pl, 1), "1 osoba");
        assert_eq!(members(Locale::Pl, 3), "3 osoby");
        assert_eq!(members(Locale::Pl, 5), "5 osób");
        assert_eq!(members(Locale::Pl, 22), "22 osoby");
        assert_eq!(members(Locale::Uk, 1), "1 учасник");
        assert_eq!(members(Locale::Uk, 3), "3 учасники");
        assert_eq!(members(Locale::Uk, 5), "5 учасників");
        assert_eq!(members(Locale::Uk, 21), "21 учасник");
        assert_eq!(members(Locale::Da, 2), "2 medlemmer");
    }
}
