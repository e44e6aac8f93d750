//! The site configuration, `varsel.toml`: base URL, languages in reading order with their
//! formatting locales and titles, default language and theme. Unknown keys are errors.

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, did_you_mean};

pub(crate) const CONFIG_FILE: &str = "varsel.toml";

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the site is published, e.g. `https://example.org/notices`; no trailing slash needed.
    pub(crate) base_url: String,
    /// The language of the root page's x-default alternate; the first language when absent.
    #[serde(default)]
    pub(crate) default_language: Option<String>,
    #[serde(default = "default_theme")]
    pub(crate) theme: String,
    pub(crate) languages: Vec<Language>,
    /// The time zone (IANA name) `varsel new` writes into a new `incident.yaml`; the
    /// machine's own when absent. Each incident states its own `time_zone`.
    #[serde(default)]
    pub(crate) time_zone: Option<String>,
    /// What happens to a notice after its `published_until`: left out, or kept marked archived.
    #[serde(default)]
    pub(crate) withdrawn: Withdrawn,
    /// `[feed]`: how much each language's Atom feed carries.
    #[serde(default)]
    pub(crate) feed: FeedConfig,
    /// `[json]`: present, the build writes each notice's facts for programs, `incident.json`,
    /// and says how; absent, it writes none (the pages carry everything people read).
    #[serde(default)]
    pub(crate) json: Option<JsonConfig>,
    /// `[mail]`: the messages `varsel mail` writes, and when people should have them.
    #[serde(default)]
    pub(crate) mail: MailConfig,
    /// `[check]`: how `varsel check` judges the prose.
    #[serde(default)]
    pub(crate) check: CheckSettings,
}

/// `[feed]` in `varsel.toml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FeedConfig {
    /// The newest entries a feed carries (feed readers poll it and want what is new; the
    /// pages keep the whole history).
    #[serde(default = "default_feed_entries")]
    pub(crate) entries: usize,
}

impl Default for FeedConfig {
    fn default() -> Self {
        FeedConfig {
            entries: default_feed_entries(),
        }
    }
}

fn default_feed_entries() -> usize {
    50
}

/// `[json]` in `varsel.toml`: the table itself asks for `incident.json`, even when empty.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonConfig {
    /// Indent `incident.json` for people to read; compact by default (programs read it, and
    /// indentation makes the file larger for every build and upload).
    #[serde(default)]
    pub(crate) pretty: bool,
    /// Carry each language's prose (the Markdown of every section and the questions with their
    /// answers). Off by default: the pages carry the prose, programs read the facts, and the
    /// prose is three quarters of the file's size.
    #[serde(default)]
    pub(crate) prose: bool,
}

/// `[mail]` in `varsel.toml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MailConfig {
    /// Whether messages may hold web addresses; `false` writes the link-free variant.
    #[serde(default = "yes")]
    pub(crate) links: bool,
    /// Days after discovery by which the people affected should have been told, before
    /// `varsel check` warns `late-to-people`.
    #[serde(default = "default_notify_within_days")]
    pub(crate) notify_within_days: u32,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            links: true,
            notify_within_days: default_notify_within_days(),
        }
    }
}

fn yes() -> bool {
    true
}

fn default_notify_within_days() -> u32 {
    7
}

/// The `[check]` table of `varsel.toml`.
#[derive(Debug, Clone, Copy, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CheckSettings {
    /// Whose reading the prose is measured for (docs/check.md, "Clear and plain language").
    #[serde(default)]
    pub(crate) readability: Readability,
}

/// Who reads the site's notices: the public (the default), professionals (a processor telling
/// its customers), or nobody the readability checks need to mind (`off`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Readability {
    #[default]
    Public,
    Professional,
    Off,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Withdrawn {
    #[default]
    Remove,
    Archive,
}

fn default_theme() -> String {
    "default".to_owned()
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Language {
    /// The language code: folder under `locales/` and name of the prose files (`sv.md`).
    pub(crate) code: String,
    /// BCP 47 locale for dates and numbers; defaults to `code` (`en` means British English).
    #[serde(default)]
    pub(crate) locale: Option<String>,
    /// The title of this language's index page.
    #[serde(default)]
    pub(crate) title: Option<String>,
    /// What separates hours from minutes ("09.30" or "09:30"); see [`Language::time_separator`].
    #[serde(default)]
    pub(crate) time_separator: Option<String>,
}

/// Places a diagnostic where `needle`, the value it is about, is first written in the file.
type Locate<'a> = dyn Fn(&str, Diagnostic) -> Diagnostic + 'a;

impl Language {
    /// The code is a lowercase language code.
    fn validate_code(&self, at: &Locate) -> Result<(), Diagnostic> {
        let valid = !self.code.is_empty()
            && self.code.len() <= 8
            && self
                .code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-');
        if valid {
            return Ok(());
        }
        Err(at(
            &format!("\"{}\"", self.code),
            Diagnostic::error(
                "invalid-language",
                format!("`{}` is not a language code", self.code),
            )
            .with_help("use a lowercase language code such as sv, nb, nl, en or da"),
        ))
    }

    /// The formatting locale is one, and the time separator can separate hours from minutes.
    fn validate_formats(&self, at: &Locate) -> Result<(), Diagnostic> {
        let locale = self.formatting_locale();
        if locale.parse::<icu_locale_core::Locale>().is_err() {
            return Err(at(
                &locale,
                Diagnostic::error(
                    "invalid-locale",
                    format!("`{locale}` is not a valid locale"),
                )
                .with_help("use a BCP 47 locale such as sv-SE, nb-NO, nl-NL or en-GB"),
            ));
        }
        if let Some(sep) = &self.time_separator
            && (sep.is_empty() || sep.chars().count() > 3 || sep.chars().any(char::is_alphanumeric))
        {
            return Err(at(
                &format!("\"{sep}\""),
                Diagnostic::error(
                    "invalid-time-separator",
                    format!("`{sep}` cannot separate hours from minutes"),
                )
                .with_help("write \".\" (09.30) or \":\" (09:30)"),
            ));
        }
        Ok(())
    }

    /// The hour–minute separator: as configured, else "." for Swedish and Norwegian, which
    /// their national style guides write ("kl. 09.30": Svenska skrivregler, Språkrådet) where
    /// CLDR gives ":"; `None` keeps CLDR's own.
    pub(crate) fn time_separator(&self) -> Option<String> {
        match &self.time_separator {
            Some(s) => Some(s.clone()),
            None if matches!(self.code.as_str(), "sv" | "nb" | "nn" | "no") => Some(".".to_owned()),
            None => None,
        }
    }

    /// The locale used for formatting: `en` alone is read as `en-GB` (24-hour, day first).
    pub(crate) fn formatting_locale(&self) -> String {
        match self.locale.as_deref() {
            Some(l) if !l.trim().is_empty() => l.trim().to_owned(),
            _ if self.code == "en" => "en-GB".to_owned(),
            _ => self.code.clone(),
        }
    }
}

impl Config {
    /// Reads and checks `varsel.toml` in `root`.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        if !path.exists() {
            return Err(Diagnostic::error(
                "missing-config",
                format!("cannot read {}: there is no such file", path.display()),
            )
            .with_help("run varsel in a site folder, or create one with `varsel init <folder>`"));
        }
        let source = crate::input::read_text(root, &path)?;
        Config::parse(&path, &source)
    }

    pub fn parse(path: &Path, source: &str) -> Result<Config, Diagnostic> {
        let config: Config = toml::from_str(source).map_err(|e| toml_error(path, source, &e))?;
        config.validate(path, source)?;
        Ok(config)
    }

    fn validate(&self, path: &Path, source: &str) -> Result<(), Diagnostic> {
        // A problem is shown where the value it is about is first written.
        let at = |needle: &str, d: Diagnostic| match source.find(needle) {
            Some(off) => d.at_offset(path, source, off),
            None => d.in_file(path),
        };
        self.validate_languages(&at)?;
        self.validate_site(&at)
    }

    /// At least one language, each valid and listed once, and the default one of them.
    fn validate_languages(&self, at: &Locate) -> Result<(), Diagnostic> {
        if self.languages.is_empty() {
            return Err(at(
                "languages",
                Diagnostic::error("no-languages", "the site has no languages").with_help(
                    "add a [[languages]] table with `code = \"en\"` for each site language",
                ),
            ));
        }
        let mut seen = Vec::new();
        for l in &self.languages {
            l.validate_code(at)?;
            if seen.contains(&l.code) {
                return Err(at(
                    &format!("\"{}\"", l.code),
                    Diagnostic::error(
                        "duplicate-language",
                        format!("language `{}` is listed twice", l.code),
                    )
                    .with_help("list each language once"),
                ));
            }
            l.validate_formats(at)?;
            seen.push(l.code.clone());
        }
        if let Some(d) = &self.default_language
            && !seen.contains(d)
        {
            return Err(at(
                "default_language",
                Diagnostic::error(
                    "unknown-language",
                    format!("default_language `{d}` is not one of the site languages"),
                )
                .with_help(format!("use one of: {}", seen.join(", "))),
            ));
        }
        Ok(())
    }

    /// The default time zone, the theme's name and the site's address.
    fn validate_site(&self, at: &Locate) -> Result<(), Diagnostic> {
        if let Some(tz) = &self.time_zone
            && jiff::tz::TimeZone::get(tz.trim()).is_err()
        {
            return Err(at(
                "time_zone",
                Diagnostic::error(
                    "invalid-time-zone",
                    format!("`{tz}` is not a known time zone"),
                )
                .with_help("use an IANA time zone name such as Europe/Stockholm"),
            ));
        }
        // The theme names a folder under `themes/`; `..` or a path would reach out of the site.
        let theme_ok = !self.theme.is_empty()
            && self
                .theme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !theme_ok {
            return Err(at(
                "theme",
                Diagnostic::error(
                    "invalid-theme",
                    format!("`{}` is not a theme name", self.theme),
                )
                .with_help("name a folder under themes/ with letters, digits, `-` and `_` only"),
            ));
        }
        let url = self.base_url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/')) {
            return Err(at(
                "base_url",
                Diagnostic::error(
                    "invalid-base-url",
                    format!("`{url}` is not an absolute web address"),
                )
                .with_help(
                    "write the full address the site will have, e.g. https://example.org/notices",
                ),
            ));
        }
        Ok(())
    }

    pub fn language_codes(&self) -> Vec<String> {
        self.languages.iter().map(|l| l.code.clone()).collect()
    }

    pub(crate) fn default_language(&self) -> &str {
        self.default_language
            .as_deref()
            .unwrap_or(&self.languages[0].code)
    }

    /// The base URL without a trailing slash, so paths can be appended with `/`.
    pub(crate) fn base(&self) -> &str {
        self.base_url.trim().trim_end_matches('/')
    }

    /// The path part of the base URL, with slashes at both ends (`/notices/`), for pages
    /// such as the not-found page that are served at any depth.
    pub(crate) fn base_path(&self) -> String {
        let url = self.base();
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
        format!("{}/", path.trim_end_matches('/'))
    }

    /// The site's theme folder, if the site has one (`themes/<theme>/`).
    pub(crate) fn theme_dir(&self, root: &Path) -> PathBuf {
        root.join("themes").join(&self.theme)
    }
}

fn toml_error(path: &Path, source: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_owned();
    let mut d = Diagnostic::error("config", message.clone());
    if let Some(field) = message
        .strip_prefix("unknown field `")
        .and_then(|r| r.split('`').next())
    {
        let candidates: Vec<&str> = message.split('`').skip(3).step_by(2).collect();
        d = Diagnostic::error("unknown-field", format!("unknown field `{field}`"));
        d = match did_you_mean(field, candidates.iter().copied()) {
            Some(best) => d.with_help(format!("did you mean `{best}`?")),
            None => d.with_help(format!("expected one of: {}", candidates.join(", "))),
        };
    }
    match e.span() {
        Some(span) => d.at_offset(path, source, span.start),
        None => d.in_file(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_in_key_suggests_the_right_one() {
        let src =
            "base_url = \"https://x.example\"\n\n[[languages]]\ncode = \"sv\"\ntitel = \"X\"\n";
        let d = Config::parse(Path::new("varsel.toml"), src).unwrap_err();
        assert_eq!(d.code, "unknown-field");
        let loc = d.location.unwrap();
        assert_eq!((loc.line, loc.column), (Some(5), Some(1)));
        assert_eq!(d.help.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn an_unknown_time_zone_is_an_error_at_its_key() {
        let src = "base_url = \"https://x.example\"\ntime_zone = \"Europe/Stokholm\"\n\n[[languages]]\ncode = \"sv\"\n";
        let d = Config::parse(Path::new("varsel.toml"), src).unwrap_err();
        assert_eq!(d.code, "invalid-time-zone");
        assert_eq!(d.message, "`Europe/Stokholm` is not a known time zone");
        let loc = d.location.unwrap();
        assert_eq!((loc.line, loc.column), (Some(2), Some(1)));
        let ok = src.replace("Stokholm", "Stockholm");
        let config = Config::parse(Path::new("varsel.toml"), &ok).unwrap();
        assert_eq!(config.time_zone.as_deref(), Some("Europe/Stockholm"));
    }

    #[test]
    fn bare_en_formats_british() {
        let l = Language {
            code: "en".into(),
            locale: None,
            title: None,
            time_separator: None,
        };
        assert_eq!(l.formatting_locale(), "en-GB");
    }
}
