//! Whether a notice's facts hold together: the timeline in order and not in the future, the
//! supervisory authority told within 72 hours of discovery (GDPR Art. 33(1)) or the delay
//! explained, slugs that cannot be confused, and wording for every vocabulary key used.

use std::collections::{BTreeMap, BTreeSet};

use jiff::{Timestamp, Zoned};

use super::at_word;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::model::{Facts, Item};
use crate::incident::vocab::{Certainty, EventKind, Group, Role};
use crate::incident::when::When;
use crate::site::Site;

/// The longest a controller may take to notify the supervisory authority without giving reasons.
pub(crate) const AUTHORITY_DEADLINE_HOURS: i64 = 72;

/// Slugs that differ only in `_` and `-` give addresses readers cannot tell apart.
pub(crate) fn slugs(site: &Site) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for i in &site.incidents {
        let normal = i.slug.replace('_', "-");
        if let Some(first) = seen.insert(normal, &i.slug) {
            diags.push(
                Diagnostic::error(
                    "duplicate-slug",
                    format!(
                        "`{}` and `{first}` differ only in `_` and `-`: their addresses are easily confused",
                        i.slug
                    ),
                )
                .in_file(&i.dir)
                .with_help("rename one of the folders"),
            );
        }
    }
    diags
}

fn fmt(z: &Zoned) -> String {
    z.strftime("%Y-%m-%d %H:%M").to_string()
}

/// The timeline, the 72-hour rule and vocabulary wording of one notice.
pub(crate) fn incident(site: &Site, incident: &Incident, now: Timestamp) -> Diagnostics {
    let mut diags = Diagnostics::default();
    timeline(incident, now, &mut diags);
    notified(incident, now, &mut diags);
    publication(incident, &mut diags);
    authority(incident, &site.config.language_codes(), now, &mut diags);
    vocabulary(site, incident, &mut diags);
    diags
}

/// A local time the clocks skipped is read as the clock not yet put forward shows it; say so.
fn gaps(incident: &Incident, when: &When, path: &str, diags: &mut Diagnostics) {
    for gap in when.gaps(&incident.tz) {
        diags.push(
            incident.at_fact(
                path,
                Diagnostic::warning(
                    "skipped-time",
                    format!(
                        "{}; it is read as {}",
                        gap.explain(&incident.tz),
                        gap.read_as.strftime("%Y-%m-%d %H:%M (%:z)")
                    ),
                )
                .with_help(
                    "write the time the clocks showed, or give it with its offset (`+01:00`)",
                ),
            ),
        );
    }
}

/// Timeline events are not dated in the future, are listed in the order they happened, and
/// their times have no gaps.
fn timeline(incident: &Incident, now: Timestamp, diags: &mut Diagnostics) {
    let tz = &incident.tz;
    // The latest start among the events written so far, and which event it was.
    let mut latest: Option<(Timestamp, usize)> = None;
    for (n, e) in incident.facts.timeline.iter().enumerate() {
        gaps(incident, &e.when, &format!("timeline[{n}].when"), diags);
        let (Some(start), Some(end)) = (e.when.start_in(tz), e.when.end_in(tz)) else {
            continue;
        };
        if start.timestamp() > now {
            diags.push(
                incident.at_fact(
                    &format!("timeline[{n}]"),
                    Diagnostic::error(
                        "event-in-future",
                        format!(
                            "`{}` is dated {}, which is in the future",
                            e.event,
                            fmt(&start)
                        ),
                    )
                    .with_help(
                        "the timeline records what has happened; check the date (or `--now`)",
                    ),
                ),
            );
        }
        // Only what certainly happened earlier is out of order: `2024-12-02` may be after
        // `2024-12-02T10:00`.
        let (start, end) = (start.timestamp(), end.timestamp());
        if let Some((prev, p)) = latest
            && end < prev
        {
            let before = &incident.facts.timeline[p];
            diags.push(incident.at_fact(
                &format!("timeline[{n}]"),
                Diagnostic::warning(
                    "timeline-order",
                    format!(
                        "`{}` ({}) is listed after `{}` ({}), which happened later",
                        e.event, e.when, before.event, before.when
                    ),
                )
                .with_help("list timeline events in the order they happened, so the file reads like the page"),
            ));
        }
        if latest.is_none_or(|(prev, _)| start > prev) {
            latest = Some((start, n));
        }
    }
}

/// Notifications are not dated in the future, and their times have no gaps.
fn notified(incident: &Incident, now: Timestamp, diags: &mut Diagnostics) {
    let tz = &incident.tz;
    for (n, entry) in incident.facts.notified.iter().enumerate() {
        gaps(incident, &entry.when, &format!("notified[{n}].when"), diags);
        if let Some(z) = entry.when.start_in(tz).filter(|z| z.timestamp() > now) {
            diags.push(
                incident.at_fact(
                    &format!("notified[{n}]"),
                    Diagnostic::error(
                        "event-in-future",
                        format!(
                            "`{}` is recorded as notified on {}, which is in the future",
                            entry.body,
                            fmt(&z)
                        ),
                    )
                    .with_help(
                        "record a notification once it has been made; check the date (or `--now`)",
                    ),
                ),
            );
        }
    }
}

/// The reasons for a late notification, as the notice gives them: `Missing` names the
/// languages in which there is no reason (an empty text or a placeholder is none).
enum DelayReason {
    Given,
    Missing(Vec<String>),
}

fn delay_reason(incident: &Incident, langs: &[String]) -> DelayReason {
    let Some(reason) = &incident.facts.authority_delay_reason else {
        return DelayReason::Missing(Vec::new());
    };
    let missing: Vec<String> = langs
        .iter()
        .filter(|l| {
            reason
                .get(l)
                .is_none_or(|t| t.trim().is_empty() || super::placeholder::only_placeholders(t))
        })
        .cloned()
        .collect();
    if missing.is_empty() {
        DelayReason::Given
    } else {
        DelayReason::Missing(missing)
    }
}

impl DelayReason {
    /// "no reason is given", or "the reason given is empty in `sv`, `en`".
    fn missing_words(&self) -> Option<String> {
        match self {
            DelayReason::Given => None,
            DelayReason::Missing(langs) if langs.is_empty() => Some("no reason is given".into()),
            DelayReason::Missing(langs) => Some(format!(
                "the reason given is empty or a placeholder in {}",
                langs
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
}

/// The earliest the authority can have been told, and where that is written; `None` when no
/// supervisory authority is recorded at all, `Some(None)` when only at an unknown time.
fn earliest_notification(incident: &Incident) -> Option<Option<(Zoned, &'static str, usize)>> {
    let f = &incident.facts;
    let tz = &incident.tz;
    let candidates: Vec<_> = f
        .notified
        .iter()
        .enumerate()
        .filter(|(_, n)| n.body.is_supervisory_authority())
        .map(|(i, n)| (n.when.start_in(tz), "notified", i))
        .chain(
            f.timeline
                .iter()
                .enumerate()
                .filter(|(_, e)| e.event == EventKind::AuthorityNotified)
                .map(|(i, e)| (e.when.start_in(tz), "timeline", i)),
        )
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let mut earliest: Option<(Zoned, &'static str, usize)> = None;
    for (start, key, i) in candidates {
        if let Some(s) = start
            && earliest.as_ref().is_none_or(|(e, _, _)| s < *e)
        {
            earliest = Some((s, key, i));
        }
    }
    Some(earliest)
}

/// GDPR Art. 33(1): a controller notifies the supervisory authority within 72 hours of
/// discovery, or gives the reasons for the delay. A notice to people (Art. 34) means a high
/// risk, so a notification is always due.
fn authority(incident: &Incident, langs: &[String], now: Timestamp, diags: &mut Diagnostics) {
    let f = &incident.facts;
    // Processors inform their customers (the controllers), who notify the authority.
    if f.organization.role == Role::Processor {
        return;
    }
    let tz = &incident.tz;
    let reason = delay_reason(incident, langs);
    // The latest moment the breach can have been discovered: the deadline is read generously.
    let discovered = f
        .timeline
        .iter()
        .find(|e| e.event == EventKind::Discovered)
        .and_then(|e| e.when.end_in(tz));
    let Some(earliest) = earliest_notification(incident) else {
        not_notified(incident, discovered, &reason, now, diags);
        return;
    };
    let (Some(d), Some((a, key, n))) = (discovered, earliest) else {
        return;
    };
    let seconds = a.timestamp().as_second() - d.timestamp().as_second();
    if seconds <= AUTHORITY_DEADLINE_HOURS * 3600 {
        return;
    }
    if let Some(missing) = reason.missing_words() {
        diags.push(incident.at_fact(
            &format!("{key}[{n}]"),
            Diagnostic::error(
                "authority-late",
                format!(
                    "the supervisory authority was notified {} after the breach was discovered ({} → {}), later than {AUTHORITY_DEADLINE_HOURS} hours, and {missing}",
                    hours_and_minutes(seconds),
                    fmt(&d),
                    fmt(&a)
                ),
            )
            .with_help("GDPR Art. 33(1): give the reasons for the delay in `authority_delay_reason:`, in every site language (or correct the dates)"),
        ));
    }
}

/// No supervisory authority recorded: an error once the 72 hours have passed without reasons
/// for the delay, a warning before (or when the discovery's time is not known).
fn not_notified(
    incident: &Incident,
    discovered: Option<Zoned>,
    reason: &DelayReason,
    now: Timestamp,
    diags: &mut Diagnostics,
) {
    let f = &incident.facts;
    let key = if f.notified.is_empty() {
        "timeline"
    } else {
        "notified"
    };
    let help = "a controller notifies the supervisory authority within 72 hours of discovery (GDPR Art. 33(1)); add it under `notified:` (e.g. `- body: imy`) or as an `authority_notified` event";
    let overdue = discovered
        .as_ref()
        .map(|d| now.as_second() - d.timestamp().as_second())
        .filter(|s| *s > AUTHORITY_DEADLINE_HOURS * 3600);
    let d = match (overdue, reason.missing_words()) {
        (Some(seconds), Some(missing)) => Diagnostic::error(
            "authority-not-notified",
            format!(
                "no supervisory authority is recorded as notified, {} after the breach was discovered ({}), and {missing}",
                hours_and_minutes(seconds),
                discovered.as_ref().map(fmt).unwrap_or_default()
            ),
        )
        .with_help(format!("{help}; if it is late, give the reasons in `authority_delay_reason:`")),
        _ => Diagnostic::warning(
            "authority-not-notified",
            "no supervisory authority is recorded as notified",
        )
        .with_help(help),
    };
    diags.push(incident.at_fact(key, d));
}

/// A publication period that is empty, and a page that would claim to have been published
/// well before it went online.
fn publication(incident: &Incident, diags: &mut Diagnostics) {
    let online = match &incident.publish_at {
        Some(at) if *at > incident.published => at,
        _ => &incident.published,
    };
    if let Some(until) = &incident.published_until
        && until <= online
    {
        diags.push(incident.at_fact(
            "published_until",
            Diagnostic::error(
                "withdrawn-before-published",
                format!(
                    "`published_until` ({}) is not after the notice goes online ({}): it would never be published",
                    fmt(until),
                    fmt(online)
                ),
            )
            .with_help("check the dates: `published_until` is when the notice comes off the site"),
        ));
    }
    if let Some(at) = &incident.publish_at {
        let seconds = at.timestamp().as_second() - incident.published.timestamp().as_second();
        if seconds > PUBLISH_AT_SLACK_HOURS * 3600 {
            diags.push(incident.at_fact(
                "publish_at",
                Diagnostic::warning(
                    "published-before-online",
                    format!(
                        "`publish_at` ({}) is {} after `published` ({}): the page would say it was published before it went online",
                        fmt(at),
                        hours_and_minutes(seconds),
                        fmt(&incident.published)
                    ),
                )
                .with_help("set `published` to when the notice goes online"),
            ));
        }
    }
}

/// How much later than its `published` date a notice may go online before the date misleads.
const PUBLISH_AT_SLACK_HOURS: i64 = 24;

/// `73 hours 50 minutes`, `72 hours 1 minute`: never rounded down to the deadline itself.
fn hours_and_minutes(seconds: i64) -> String {
    super::in_units(
        seconds,
        [("hour", "hours", 3600), ("minute", "minutes", 60)],
    )
}

/// Every vocabulary key the notice uses must have wording in every site locale.
fn vocabulary(site: &Site, incident: &Incident, diags: &mut Diagnostics) {
    let path = incident.facts_path();
    for (key, id) in &vocabulary_used(&incident.facts) {
        for (code, locale) in &site.locales.by_code {
            if !locale.has(id) {
                diags.push(at_word(
                    &path,
                    &incident.facts_source,
                    key,
                    Diagnostic::error(
                        "missing-vocabulary",
                        format!("`{key}` has no wording in locale `{code}` (message `{id}`)"),
                    )
                    .with_help(format!("add `{id} = …` to a file in locales/{code}/")),
                ));
            }
        }
    }
}

/// Each vocabulary key the facts `f` use where the page words it, with the message that
/// words it.
fn vocabulary_used(f: &Facts) -> BTreeSet<(String, String)> {
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut add = |key: &str, id: String| {
        used.insert((key.to_owned(), id));
    };
    add(f.status.key(), f.status.message_id());
    add(f.organization.role.key(), f.organization.role.message_id());
    for e in f.timeline.iter().filter(|e| e.label.is_none()) {
        let id = match e.certainty() {
            Certainty::Confirmed => e.event.message_id(),
            c => format!("event-{}-{}", c.key(), e.event.key()),
        };
        add(e.event.key(), id);
    }
    for g in f
        .affected
        .groups
        .iter()
        .filter(|g| g.label.is_none() && g.group != Group::Other)
    {
        add(g.group.key(), g.group.message_id());
    }
    for c in f
        .data
        .affected
        .iter()
        .chain(&f.data.possibly_affected)
        .chain(&f.data.not_affected)
        .chain(&f.data.unknown)
    {
        add(c.key(), c.message_id());
    }
    // An `other` body is named by its label; `police` is the police of its country.
    for n in f.notified.iter().filter(|n| n.label.is_none()) {
        let body = n.body_in(f.organization.country);
        add(n.body.key(), body.message_id());
    }
    for p in f.parties.iter().filter(|p| p.label.is_none()) {
        add(p.role.key(), p.role.message_id());
    }
    for c in &f.contacts {
        add(c.topic.key(), c.topic.message_id());
    }
    for m in &f.measures.taken {
        if let Item::Key(k) = m {
            add(k.key(), k.message_id());
        }
    }
    for m in &f.measures.planned {
        if let Item::Key(k) = m {
            add(k.key(), k.planned_message_id());
        }
    }
    for a in &f.advice {
        if let Item::Key(k) = a {
            add(k.key(), k.message_id());
        }
    }
    used
}
