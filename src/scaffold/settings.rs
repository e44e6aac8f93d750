//! What `varsel init` writes into a new `varsel.toml`: the languages, the time zone and the
//! base URL, each given on the command line or guessed, and each checked before anything is
//! written, so that a new site never starts with a configuration `varsel check` refuses.

use anyhow::bail;

use crate::embedded;

/// What varsel knows of a built-in language: the locale its dates are formatted in and the time
/// zone of the country most notices in it come from, the guess for a new site.
struct KnownLanguage {
    code: &'static str,
    locale: &'static str,
    time_zone: &'static str,
}

const KNOWN: [KnownLanguage; 4] = [
    KnownLanguage {
        code: "sv",
        locale: "sv-SE",
        time_zone: "Europe/Stockholm",
    },
    KnownLanguage {
        code: "nb",
        locale: "nb-NO",
        time_zone: "Europe/Oslo",
    },
    KnownLanguage {
        code: "nl",
        locale: "nl-NL",
        time_zone: "Europe/Amsterdam",
    },
    KnownLanguage {
        code: "en",
        locale: "en-GB",
        time_zone: "Europe/London",
    },
];

/// The languages of a site made without `--languages`, in reading order, and its default one.
const ALL_LANGUAGES: [&str; 4] = ["sv", "nb", "nl", "en"];
const ALL_DEFAULT: &str = "en";

/// The base URL a new site gets until its author knows the real one.
const EXAMPLE_BASE_URL: &str = "https://example.org/security-notices";

/// The settings of a new site, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SiteSettings {
    /// In reading order.
    pub(crate) languages: Vec<String>,
    pub(crate) default_language: String,
    /// An IANA time zone name.
    pub(crate) time_zone: String,
    pub(crate) base_url: String,
}

impl SiteSettings {
    /// Checks what was asked for and guesses the rest: every built-in language with English as
    /// the default when `languages` is empty, else those languages with the first as the
    /// default; the default language's time zone; an example base URL.
    pub(crate) fn new(
        languages: &[String],
        time_zone: Option<&str>,
        base_url: Option<&str>,
    ) -> anyhow::Result<SiteSettings> {
        let (languages, default_language) = if languages.is_empty() {
            let all = ALL_LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
            (all, ALL_DEFAULT.to_owned())
        } else {
            check_languages(languages)?;
            (languages.to_vec(), languages[0].clone())
        };
        let time_zone = match time_zone {
            Some(tz) => check_time_zone(tz)?,
            None => match known(&default_language) {
                Some(k) => k.time_zone.to_owned(),
                None => bail!(
                    "varsel knows no time zone for `{default_language}`; give the one your notices' times are in with --time-zone, e.g. --time-zone Europe/Copenhagen"
                ),
            },
        };
        let base_url = match base_url {
            Some(url) => check_base_url(url)?,
            None => EXAMPLE_BASE_URL.to_owned(),
        };
        Ok(SiteSettings {
            languages,
            default_language,
            time_zone,
            base_url,
        })
    }

    /// The text of `varsel.toml`.
    pub(crate) fn config_toml(&self) -> String {
        let mut text = format!(
            "# varsel site configuration. The format is described in docs/format.md.\n\
             base_url = {}\n\
             default_language = {}\n\
             theme = \"default\"\n\
             # The time zone `varsel new` writes into a new incident.yaml.\n\
             time_zone = {}\n",
            quoted(&self.base_url),
            quoted(&self.default_language),
            quoted(&self.time_zone),
        );
        for code in &self.languages {
            text.push_str(&format!("\n[[languages]]\ncode = {}\n", quoted(code)));
            if let Some(k) = known(code) {
                text.push_str(&format!("locale = {}\n", quoted(k.locale)));
            }
            if let Some(title) = embedded::builtin_message(code, "site-default-title") {
                text.push_str(&format!("title = {}\n", quoted(&title)));
            }
        }
        text.push_str(
            "\n# To also write incidents/<slug>.json, each notice's facts for programs (a status\n\
             # page, monitoring), remove the # before [json].\n\
             # [json]\n",
        );
        text
    }
}

fn known(code: &str) -> Option<&'static KnownLanguage> {
    KNOWN.iter().find(|k| k.code == code)
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Every language must have built-in locales (a site's own come later, with `varsel eject`),
/// and none may be listed twice.
fn check_languages(languages: &[String]) -> anyhow::Result<()> {
    let builtin = embedded::builtin_languages();
    for (i, code) in languages.iter().enumerate() {
        if !builtin.contains(code) {
            bail!(
                "--languages: varsel has no built-in locale for `{code}`; choose among {} (a site can add a language later with its own locale files, see docs/locales.md)",
                builtin.join(", ")
            );
        }
        if languages[..i].contains(code) {
            bail!("--languages: `{code}` is listed twice");
        }
    }
    Ok(())
}

/// The zone's IANA name, if jiff's time zone database knows it.
fn check_time_zone(tz: &str) -> anyhow::Result<String> {
    let tz = tz.trim();
    match jiff::tz::TimeZone::get(tz) {
        Ok(_) => Ok(tz.to_owned()),
        Err(_) => bail!(
            "--time-zone: `{tz}` is not a known time zone; use an IANA name such as Europe/Stockholm"
        ),
    }
}

/// An absolute `http(s)` address with a host, without query or fragment: the address pages
/// link to themselves with.
fn check_base_url(url: &str) -> anyhow::Result<String> {
    let help = "write the full address the site will have, e.g. https://example.org/notices";
    let parsed = match url::Url::parse(url.trim()) {
        Ok(u) => u,
        Err(e) => bail!("--base-url: `{url}` is not a web address ({e}); {help}"),
    };
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        bail!("--base-url: `{url}` is not an http:// or https:// address; {help}");
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        bail!(
            "--base-url: `{url}` has a query or a fragment, which page addresses cannot follow; {help}"
        );
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(s: &[&str]) -> Vec<String> {
        s.iter().map(|l| (*l).to_owned()).collect()
    }

    #[test]
    fn the_time_zone_is_guessed_from_the_default_language() {
        for (lang, tz) in [
            ("sv", "Europe/Stockholm"),
            ("nb", "Europe/Oslo"),
            ("nl", "Europe/Amsterdam"),
            ("en", "Europe/London"),
        ] {
            let other = if lang == "en" { "sv" } else { "en" };
            let s = SiteSettings::new(&langs(&[lang, other]), None, None).unwrap();
            assert_eq!(s.time_zone, tz, "{lang}");
            assert_eq!(s.default_language, lang);
        }
        let all = SiteSettings::new(&[], None, None).unwrap();
        assert_eq!(all.languages, langs(&["sv", "nb", "nl", "en"]));
        assert_eq!(
            (all.default_language.as_str(), all.time_zone.as_str()),
            ("en", "Europe/London")
        );
    }

    #[test]
    fn flags_are_checked() {
        let err = |l: &[&str], tz: Option<&str>, url: Option<&str>| {
            SiteSettings::new(&langs(l), tz, url)
                .unwrap_err()
                .to_string()
        };
        assert!(err(&["sv", "fr"], None, None).contains("no built-in locale for `fr`"));
        assert!(err(&["sv", "sv"], None, None).contains("`sv` is listed twice"));
        assert!(err(&[], Some("Europe/Stokholm"), None).contains("not a known time zone"));
        assert!(err(&[], None, Some("example.org")).contains("is not a web address"));
        assert!(err(&[], None, Some("ftp://example.org")).contains("not an http://"));
        assert!(err(&[], None, Some("https://example.org/?a=1")).contains("query"));
        let s = SiteSettings::new(
            &[],
            Some("America/New_York"),
            Some("https://notices.example.com/"),
        )
        .unwrap();
        assert_eq!(s.time_zone, "America/New_York");
        assert_eq!(s.base_url, "https://notices.example.com");
    }
}
