//! The checks on an incident's facts that a build cannot do without: a real time zone, times
//! that exist in it, text for every site language, labels where the vocabulary has no wording,
//! and links (web addresses, email, phone) that are safe to put behind an `href`.

use std::path::Path;

use jiff::Zoned;
use jiff::tz::TimeZone;

use super::model::{Facts, Item, Text};
use super::spans::LazySpans;
use super::vocab::{Body, Certainty, EventKind, Group, PartyRole};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};

/// The times of an incident, resolved in its time zone.
pub struct Times {
    pub(crate) tz: TimeZone,
    pub(crate) published: Zoned,
    pub(crate) updates: Vec<Zoned>,
    pub(crate) last_updated: Zoned,
    pub(crate) publish_at: Option<Zoned>,
    pub(crate) published_until: Option<Zoned>,
}

struct Ctx<'a> {
    file: &'a Path,
    source: &'a str,
    spans: &'a LazySpans,
    diags: Diagnostics,
}

impl Ctx<'_> {
    /// Reports `d` where the fact at `path` (`contacts[1].email`) is written.
    fn error_at(&mut self, path: &str, d: Diagnostic) {
        let d = self.spans.point(self.file, self.source, path, d);
        self.diags.push(d);
    }

    /// Every per-language text must cover every site language.
    fn text(&mut self, text: &Text, path: &str, langs: &[String]) {
        let key = path.rsplit(['.', '[']).next().unwrap_or(path);
        let key = if key.ends_with(']') { path } else { key };
        let missing = text.missing(langs);
        if !missing.is_empty() {
            self.error_at(
                path,
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
                self.error_at(
                    &format!("{path}.{extra}"),
                    Diagnostic::error(
                        "unknown-language",
                        format!("`{key}` has text for `{extra}`, which is not a site language"),
                    )
                    .with_help(help),
                );
            }
        }
    }

    fn stamp(&mut self, path: &str, r: Result<Zoned, String>) -> Option<Zoned> {
        r.map_err(|e| {
            self.error_at(
                path,
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
    spans: &LazySpans,
    facts: &Facts,
    langs: &[String],
) -> Result<Times, Diagnostics> {
    let mut cx = Ctx {
        file,
        source,
        spans,
        diags: Diagnostics::default(),
    };
    let tz = time_zone(&mut cx, facts);
    source_language(&mut cx, facts, langs);
    texts(&mut cx, facts, langs);
    links(&mut cx, facts);
    notified(&mut cx, facts, langs);
    parties(&mut cx, facts, langs);
    contacts(&mut cx, facts, langs);
    certainty(&mut cx, facts);
    item_texts(&mut cx, facts, langs);
    let Some(tz) = tz else {
        return Err(cx.diags);
    };
    times(&mut cx, facts, tz).ok_or(cx.diags)
}

/// The incident's time zone, when it is a known one.
fn time_zone(cx: &mut Ctx, facts: &Facts) -> Option<TimeZone> {
    let name = facts.time_zone.trim();
    if let Ok(tz) = TimeZone::get(name) {
        return Some(tz);
    }
    let known = [
        "Europe/Stockholm",
        "Europe/Oslo",
        "Europe/Amsterdam",
        "Europe/London",
        "Europe/Copenhagen",
        "Europe/Helsinki",
        "Europe/Berlin",
        "UTC",
    ];
    let help = match did_you_mean(name, known) {
        Some(best) => format!("did you mean `{best}`?"),
        None => "use an IANA time zone name such as Europe/Stockholm".to_owned(),
    };
    cx.error_at(
        "time_zone",
        Diagnostic::error(
            "invalid-time-zone",
            format!("`{}` is not a known time zone", facts.time_zone),
        )
        .with_help(help),
    );
    None
}

/// The language the notice was written in is one of the site's.
fn source_language(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    if let Some(src) = &facts.source_language
        && !langs.contains(src)
    {
        cx.error_at(
            "source_language",
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
}

/// The texts of updates, events, groups, services, data, the authority's delay and contacts
/// are in every site language; an `other` event or group has a label.
fn texts(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    for (i, u) in facts.updates.iter().enumerate() {
        cx.text(&u.note, &format!("updates[{i}].note"), langs);
    }
    for (i, e) in facts.timeline.iter().enumerate() {
        if let Some(label) = &e.label {
            cx.text(label, &format!("timeline[{i}].label"), langs);
        } else if e.event == EventKind::Other {
            cx.error_at(
                &format!("timeline[{i}].event"),
                Diagnostic::error("missing-label", "an `other` timeline event needs a `label`")
                    .with_help("add `label:` with what happened, in every site language"),
            );
        }
    }
    for (i, g) in facts.affected.groups.iter().enumerate() {
        let path = format!("affected.groups[{i}]");
        if let Some(s) = &g.service {
            cx.text(s, &format!("{path}.service"), langs);
        }
        if let Some(label) = &g.label {
            cx.text(label, &format!("{path}.label"), langs);
        } else if g.group == Group::Other {
            cx.error_at(
                &format!("{path}.group"),
                Diagnostic::error("missing-label", "an `other` group needs a `label`")
                    .with_help("add `label:` naming the group, in every site language"),
            );
        }
    }
    for (i, s) in facts.affected.services.iter().enumerate() {
        if matches!(s, Text::PerLanguage(_)) {
            cx.text(s, &format!("affected.services[{i}]"), langs);
        }
    }
    for (i, o) in facts.data.other.iter().enumerate() {
        cx.text(&o.label, &format!("data.other[{i}].label"), langs);
    }
    if let Some(r) = &facts.authority_delay_reason {
        cx.text(r, "authority_delay_reason", langs);
    }
    for (i, c) in facts.contacts.iter().enumerate() {
        if let Some(n) = &c.name {
            cx.text(n, &format!("contacts[{i}].name"), langs);
        }
        if let Some(h) = &c.hours {
            cx.text(h, &format!("contacts[{i}].hours"), langs);
        }
    }
}

/// Measures and advice written as text (not a vocabulary key) are in every site language.
fn item_texts(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    fn list<T>(cx: &mut Ctx, path: &str, items: &[Item<T>], langs: &[String]) {
        for (i, item) in items.iter().enumerate() {
            if let Item::Text(t) = item {
                cx.text(t, &format!("{path}[{i}].text"), langs);
            }
        }
    }
    list(cx, "measures.taken", &facts.measures.taken, langs);
    list(cx, "measures.planned", &facts.measures.planned, langs);
    list(cx, "advice", &facts.advice, langs);
}

/// The incident's times in `tz`; `None` when a time does not exist there or is out of
/// order, or when anything else was found wrong before.
fn times(cx: &mut Ctx, facts: &Facts, tz: TimeZone) -> Option<Times> {
    let published = cx.stamp("published", facts.published.resolve(&tz));
    let updates: Vec<Option<Zoned>> = facts
        .updates
        .iter()
        .enumerate()
        .map(|(i, u)| cx.stamp(&format!("updates[{i}].at"), u.at.resolve(&tz)))
        .collect();
    let publish_at = facts
        .publish_at
        .as_ref()
        .and_then(|s| cx.stamp("publish_at", s.resolve(&tz)));
    let published_until = facts
        .published_until
        .as_ref()
        .and_then(|s| cx.stamp("published_until", s.resolve_end(&tz)));
    if let Some(p) = &published {
        updates_after(cx, p, &updates);
    }
    if cx.diags.has_errors() {
        return None;
    }
    let published = published?;
    let updates: Vec<Zoned> = updates.into_iter().collect::<Option<_>>()?;
    let last_updated = updates
        .iter()
        .chain(std::iter::once(&published))
        .max()
        .cloned()
        .expect("published is always there");
    Some(Times {
        tz,
        published,
        updates,
        last_updated,
        publish_at,
        published_until,
    })
}

/// Every update is dated after `published`.
fn updates_after(cx: &mut Ctx, published: &Zoned, updates: &[Option<Zoned>]) {
    for (i, u) in updates.iter().enumerate() {
        if let Some(u) = u.as_ref().filter(|u| *u < published) {
            cx.error_at(
                &format!("updates[{i}].at"),
                Diagnostic::error(
                    "update-before-published",
                    format!(
                        "this update ({}) is dated before the notice was published ({})",
                        u.strftime("%Y-%m-%d %H:%M"),
                        published.strftime("%Y-%m-%d %H:%M")
                    ),
                )
                .with_help("an update comes after publication; check the date and time"),
            );
        }
    }
}

/// Every body can be named: an `other` one by its label, `police` and `supervisory_authority`
/// by a country.
fn notified(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    for (i, n) in facts.notified.iter().enumerate() {
        let path = format!("notified[{i}]");
        if let Some(l) = &n.label {
            cx.text(l, &format!("{path}.label"), langs);
        } else if n.body == Body::Other {
            cx.error_at(
                &format!("{path}.body"),
                Diagnostic::error("missing-label", "an `other` body needs a `label`")
                    .with_help("add `label:` with the body's name, in every site language (e.g. `label: { sv: Kronofogden, en: the Enforcement Authority }`)"),
            );
        }
        if let Some(by) = &n.by {
            cx.text(&by.label, &format!("{path}.by.label"), langs);
        }
        if matches!(n.body, Body::Police | Body::SupervisoryAuthority)
            && n.country.or(facts.organization.country).is_none()
        {
            cx.error_at(
                &format!("{path}.body"),
                Diagnostic::error(
                    "missing-country",
                    format!(
                        "`{}` names the body of a country, but no country is given",
                        n.body
                    ),
                )
                .with_help(
                    "add `country:` to `organization:` (e.g. `country: SE`) or to this entry",
                ),
            );
        }
    }
}

/// An unnamed party is fine; a party of role `other` must say what it is.
fn parties(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    for (i, p) in facts.parties.iter().enumerate() {
        for (t, key) in [
            (&p.name, "name"),
            (&p.label, "label"),
            (&p.statement, "statement"),
        ] {
            if let Some(t) = t {
                cx.text(t, &format!("parties[{i}].{key}"), langs);
            }
        }
        if p.role == PartyRole::Other && p.label.is_none() {
            cx.error_at(
                &format!("parties[{i}].role"),
                Diagnostic::error("missing-label", "a party of role `other` needs a `label`")
                    .with_help("add `label:` saying what the party is, in every site language"),
            );
        }
    }
}

/// Custom topic labels and the people under a topic have text in every language.
fn contacts(cx: &mut Ctx, facts: &Facts, langs: &[String]) {
    for (i, c) in facts.contacts.iter().enumerate() {
        if let Some(l) = &c.label {
            cx.text(l, &format!("contacts[{i}].label"), langs);
        }
        for (j, p) in c.people.iter().enumerate() {
            let path = format!("contacts[{i}].people[{j}]");
            cx.text(&p.name, &format!("{path}.name"), langs);
            if let Some(r) = &p.role {
                cx.text(r, &format!("{path}.role"), langs);
            }
        }
    }
}

/// Only what an investigation establishes can be suspected or ruled out.
fn certainty(cx: &mut Ctx, facts: &Facts) {
    for (i, e) in facts.timeline.iter().enumerate() {
        if e.certainty.is_some_and(|c| c != Certainty::Confirmed) && !e.event.may_be_uncertain() {
            cx.error_at(
                &format!("timeline[{i}].certainty"),
                Diagnostic::error(
                    "certainty-not-allowed",
                    format!(
                        "a `{}` event is either recorded or not; it cannot be `{}`",
                        e.event,
                        e.certainty()
                    ),
                )
                .with_help("only `intrusion`, `exfiltration`, `data_published` and `other` events can be `suspected` or `ruled_out`; remove `certainty:`"),
            );
        }
    }
}

/// Facts that become `href`s must be what they claim: a `javascript:` or `data:` "website"
/// would otherwise turn the notice itself into an attack on its readers.
fn links(cx: &mut Ctx, facts: &Facts) {
    if let Some(w) = &facts.organization.website
        && let Err(why) = check_web_url(w)
    {
        cx.error_at("organization.website", url_error(w, &why));
    }
    for (i, c) in facts.contacts.iter().enumerate() {
        if let Some(w) = &c.web
            && let Err(why) = check_web_url(w)
        {
            cx.error_at(&format!("contacts[{i}].web"), url_error(w, &why));
        }
        let people = c
            .people
            .iter()
            .enumerate()
            .map(|(j, p)| (format!("contacts[{i}].people[{j}]"), &p.email, &p.phone));
        for (path, email, phone) in
            std::iter::once((format!("contacts[{i}]"), &c.email, &c.phone)).chain(people)
        {
            contact_links(cx, &path, email, phone);
        }
    }
}

/// A contact's (or one of its people's) address and number.
fn contact_links(cx: &mut Ctx, path: &str, email: &Option<String>, phone: &Option<String>) {
    if let Some(e) = email.as_ref().filter(|e| !is_email(e)) {
        cx.error_at(
            &format!("{path}.email"),
            Diagnostic::error("invalid-email", format!("`{e}` is not an email address"))
                .with_help("write the address alone, such as `dpo@example.com`"),
        );
    }
    if let Some(p) = phone.as_ref().filter(|p| !is_phone(p)) {
        cx.error_at(
            &format!("{path}.phone"),
            Diagnostic::error("invalid-phone", format!("`{p}` is not a phone number"))
                .with_help("write digits, spaces and `+ - ( ) .` only, such as `+46 8 555 000 00`"),
        );
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
pub(crate) fn check_web_url(url: &str) -> Result<(), String> {
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
pub(crate) fn is_email(s: &str) -> bool {
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
pub(crate) fn is_phone(s: &str) -> bool {
    s.chars().filter(char::is_ascii_digit).count() >= 2
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
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
