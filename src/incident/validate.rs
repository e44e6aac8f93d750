//! The checks on an incident's facts that a build cannot do without: a real time zone, times
//! that exist in it, text for every site language, labels where the vocabulary has no wording,
//! and links (web addresses, email, phone) that are safe to put behind an `href`.

use std::path::Path;

use jiff::Zoned;
use jiff::tz::TimeZone;

use super::model::{Facts, Item, Text};
use super::vocab::{EventKind, Group};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};

/// The times of an incident, resolved in its time zone.
pub struct Times {
    pub tz: TimeZone,
    pub published: Zoned,
    pub updates: Vec<Zoned>,
    pub last_updated: Zoned,
    pub publish_at: Option<Zoned>,
    pub published_until: Option<Zoned>,
}

/// Finds where `key:` is written in a YAML file, the `nth` time (0-based); (line, column).
/// Facts are deserialized without spans, so later checks locate keys in the text instead.
pub fn locate_key(source: &str, key: &str, nth: usize) -> Option<(usize, usize)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let t = line.trim_start();
            let t2 = t.strip_prefix("- ").unwrap_or(t).trim_start();
            let col = line.len() - t2.len() + 1;
            t2.strip_prefix(key)
                .filter(|rest| rest.starts_with(':'))
                .map(|_| (i + 1, line[..col - 1].chars().count() + 1))
        })
        .nth(nth)
}

struct Ctx<'a> {
    file: &'a Path,
    source: &'a str,
    diags: Diagnostics,
}

impl Ctx<'_> {
    fn error_at_key(&mut self, key: &str, nth: usize, d: Diagnostic) {
        let d = match locate_key(self.source, key, nth) {
            Some((line, col)) => d.at(self.file, self.source, line, col),
            None => d.in_file(self.file),
        };
        self.diags.push(d);
    }

    /// Every per-language text must cover every site language.
    fn text(&mut self, text: &Text, key: &str, nth: usize, langs: &[String]) {
        let missing = text.missing(langs);
        if !missing.is_empty() {
            self.error_at_key(
                key,
                nth,
                Diagnostic::error(
                    "missing-translation",
                    format!("`{key}` has no text for {}", quoted(&missing)),
                )
                .with_help(format!(
                    "add {} to the map (or give one string for every language)",
                    missing
                        .iter()
                        .map(|l| format!("`{l}: …`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
        if let Text::PerLanguage(map) = text {
            for extra in map.keys().filter(|k| !langs.contains(k)) {
                let help = match did_you_mean(extra, langs.iter().map(String::as_str)) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!(
                        "the site's languages are {}",
                        quoted(&langs.iter().map(String::as_str).collect::<Vec<_>>())
                    ),
                };
                self.error_at_key(
                    key,
                    nth,
                    Diagnostic::error(
                        "unknown-language",
                        format!("`{key}` has text for `{extra}`, which is not a site language"),
                    )
                    .with_help(help),
                );
            }
        }
    }

    fn stamp(&mut self, key: &str, nth: usize, r: Result<Zoned, String>) -> Option<Zoned> {
        r.map_err(|e| {
            self.error_at_key(
                key,
                nth,
                Diagnostic::error("invalid-time", e)
                    .with_help("local times must exist in the incident's time zone"),
            )
        })
        .ok()
    }
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Resolves the incident's times and checks its texts against the site languages.
pub fn resolve(
    file: &Path,
    source: &str,
    facts: &Facts,
    langs: &[String],
) -> Result<Times, Diagnostics> {
    let mut cx = Ctx {
        file,
        source,
        diags: Diagnostics::default(),
    };
    let tz = match TimeZone::get(facts.time_zone.trim()) {
        Ok(tz) => Some(tz),
        Err(_) => {
            let help = match did_you_mean(
                facts.time_zone.trim(),
                [
                    "Europe/Stockholm",
                    "Europe/Oslo",
                    "Europe/Amsterdam",
                    "Europe/London",
                    "Europe/Copenhagen",
                    "Europe/Helsinki",
                    "Europe/Berlin",
                    "UTC",
                ],
            ) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "use an IANA time zone name such as Europe/Stockholm".to_owned(),
            };
            cx.error_at_key(
                "time_zone",
                0,
                Diagnostic::error(
                    "invalid-time-zone",
                    format!("`{}` is not a known time zone", facts.time_zone),
                )
                .with_help(help),
            );
            None
        }
    };

    if let Some(src) = &facts.source_language
        && !langs.contains(src)
    {
        cx.error_at_key(
            "source_language",
            0,
            Diagnostic::error(
                "unknown-language",
                format!("source_language `{src}` is not a site language"),
            )
            .with_help(format!(
                "use one of {}",
                quoted(&langs.iter().map(String::as_str).collect::<Vec<_>>())
            )),
        );
    }

    for (i, u) in facts.updates.iter().enumerate() {
        cx.text(&u.note, "note", i, langs);
    }
    let mut label_n = 0;
    let mut other_events = 0;
    for e in &facts.timeline {
        if let Some(label) = &e.label {
            cx.text(label, "label", label_n, langs);
            label_n += 1;
        } else if e.event == EventKind::Other {
            cx.error_at_key(
                "event",
                other_events_index(source, "event", "other", other_events),
                Diagnostic::error("missing-label", "an `other` timeline event needs a `label`")
                    .with_help("add `label:` with what happened, in every site language"),
            );
        }
        if e.event == EventKind::Other {
            other_events += 1;
        }
    }
    let mut other_groups = 0;
    for g in &facts.affected.groups {
        if let Some(s) = &g.service {
            cx.text(s, "service", 0, langs);
        }
        if let Some(label) = &g.label {
            cx.text(label, "label", label_n, langs);
            label_n += 1;
        } else if g.group == Group::Other {
            cx.error_at_key(
                "group",
                other_events_index(source, "group", "other", other_groups),
                Diagnostic::error("missing-label", "an `other` group needs a `label`")
                    .with_help("add `label:` naming the group, in every site language"),
            );
        }
        if g.group == Group::Other {
            other_groups += 1;
        }
    }
    for s in &facts.affected.services {
        if matches!(s, Text::PerLanguage(_)) {
            cx.text(s, "label", label_n, langs);
            label_n += 1;
        }
    }
    for o in &facts.data.other {
        cx.text(&o.label, "label", label_n, langs);
        label_n += 1;
    }
    if let Some(r) = &facts.authority_delay_reason {
        cx.text(r, "authority_delay_reason", 0, langs);
    }
    for (i, c) in facts.contacts.iter().enumerate() {
        if let Some(n) = &c.name {
            cx.text(n, "name", i + 1, langs);
        }
        if let Some(h) = &c.hours {
            cx.text(h, "hours", 0, langs);
        }
    }
    links(&mut cx, facts);
    let texts = facts
        .measures
        .taken
        .iter()
        .chain(&facts.measures.planned)
        .filter_map(|m| match m {
            Item::Text(t) => Some(t),
            Item::Key(_) => None,
        })
        .chain(facts.advice.iter().filter_map(|a| match a {
            Item::Text(t) => Some(t),
            Item::Key(_) => None,
        }));
    for (n, item) in texts.enumerate() {
        cx.text(item, "text", n, langs);
    }

    let Some(tz) = tz else {
        return Err(cx.diags);
    };
    let published = cx.stamp("published", 0, facts.published.resolve(&tz));
    let updates: Vec<Option<Zoned>> = facts
        .updates
        .iter()
        .enumerate()
        .map(|(i, u)| cx.stamp("at", i, u.at.resolve(&tz)))
        .collect();
    let publish_at = facts
        .publish_at
        .as_ref()
        .and_then(|s| cx.stamp("publish_at", 0, s.resolve(&tz)));
    let published_until = facts
        .published_until
        .as_ref()
        .and_then(|s| cx.stamp("published_until", 0, s.resolve_end(&tz)));

    if let Some(p) = &published {
        for (i, u) in updates.iter().enumerate() {
            if let Some(u) = u.as_ref().filter(|u| *u < p) {
                cx.error_at_key(
                    "at",
                    i,
                    Diagnostic::error(
                        "update-before-published",
                        format!(
                            "this update ({}) is dated before the notice was published ({})",
                            u.strftime("%Y-%m-%d %H:%M"),
                            p.strftime("%Y-%m-%d %H:%M")
                        ),
                    )
                    .with_help("an update comes after publication; check the date and time"),
                );
            }
        }
    }
    if cx.diags.has_errors() {
        return Err(cx.diags);
    }
    let published = published.expect("no errors");
    let updates: Vec<Zoned> = updates.into_iter().map(|u| u.expect("no errors")).collect();
    let last_updated = updates
        .iter()
        .chain(std::iter::once(&published))
        .max()
        .cloned()
        .expect("published is always there");
    Ok(Times {
        tz,
        published,
        updates,
        last_updated,
        publish_at,
        published_until,
    })
}

/// Facts that become `href`s must be what they claim: a `javascript:` or `data:` "website"
/// would otherwise turn the notice itself into an attack on its readers.
fn links(cx: &mut Ctx, facts: &Facts) {
    if let Some(w) = &facts.organization.website
        && let Err(why) = check_web_url(w)
    {
        cx.error_at_key("website", 0, url_error(w, &why));
    }
    let (mut web_n, mut email_n, mut phone_n) = (0, 0, 0);
    for c in &facts.contacts {
        if let Some(w) = &c.web {
            if let Err(why) = check_web_url(w) {
                cx.error_at_key("web", web_n, url_error(w, &why));
            }
            web_n += 1;
        }
        if let Some(e) = &c.email {
            if !is_email(e) {
                cx.error_at_key(
                    "email",
                    email_n,
                    Diagnostic::error("invalid-email", format!("`{e}` is not an email address"))
                        .with_help("write the address alone, such as `dpo@example.com`"),
                );
            }
            email_n += 1;
        }
        if let Some(p) = &c.phone {
            if !is_phone(p) {
                cx.error_at_key(
                    "phone",
                    phone_n,
                    Diagnostic::error("invalid-phone", format!("`{p}` is not a phone number"))
                        .with_help(
                            "write digits, spaces and `+ - ( ) .` only, such as `+46 8 555 000 00`",
                        ),
                );
            }
            phone_n += 1;
        }
    }
}

fn url_error(url: &str, why: &str) -> Diagnostic {
    Diagnostic::error(
        "invalid-url",
        format!("`{url}` is not a web address: {why}"),
    )
    .with_help("write a full http:// or https:// address, such as `https://example.com/`")
}

/// An absolute `http`/`https` URL with a host and nothing a browser would read differently.
pub fn check_web_url(url: &str) -> Result<(), String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains spaces or control characters".into());
    }
    if url.contains(['<', '>', '"', '\\', '`']) {
        return Err("it contains characters that are not allowed in addresses".into());
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Err("it has no `https://`".into());
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(format!("only http and https are allowed, not `{scheme}:`"));
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return Err("`//` must follow the scheme".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err("it has no host name".into());
    }
    Ok(())
}

/// One `local@domain` address and nothing else (no `?subject=` riding along into `mailto:`).
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok = |c: char| c.is_alphanumeric() || "!#$%&'*+-/=^_{|}~.".contains(c);
    !local.is_empty()
        && local.chars().all(ok)
        && !domain.is_empty()
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with('.')
        && domain.contains('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// Digits with the separators people write in phone numbers.
pub fn is_phone(s: &str) -> bool {
    s.chars().filter(char::is_ascii_digit).count() >= 2
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
}

/// Which occurrence of `key:` holds the `nth` `key: value` (to locate e.g. the 2nd `event: other`).
fn other_events_index(source: &str, key: &str, value: &str, nth: usize) -> usize {
    let mut seen = 0;
    let mut index = 0;
    for line in source.lines() {
        let t = line.trim_start();
        let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
        if let Some(rest) = t.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            if rest.trim() == value {
                if seen == nth {
                    return index;
                }
                seen += 1;
            }
            index += 1;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_with_a_host_pass() {
        for good in [
            "https://acme.example",
            "http://acme.example/a?b=c#d",
            "HTTPS://x.example",
        ] {
            assert_eq!(check_web_url(good), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "https:/acme.example",
            "https://",
            "//acme.example",
            "acme.example",
            "https://a.example/\"onmouseover=\"x",
        ] {
            assert!(check_web_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_and_phones_have_their_shapes() {
        assert!(is_email("dpo@acme.example"));
        assert!(is_email("first.last+tag@mail.acme.example"));
        for bad in [
            "dpo",
            "@acme.example",
            "dpo@acme",
            "a@b.example?subject=x",
            "a b@c.example",
            "a@b.example\"onclick=x",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_phone("+46 8 555 000 00"));
        assert!(is_phone("(020) 555-0100"));
        for bad in ["call us", "javascript:alert(1)", "+46<script>"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }
}
