//! Whether a notice's facts hold together: the timeline in order and not in the future, the
//! supervisory authority told within 72 hours of discovery (GDPR Art. 33(1)) or the delay
//! explained, slugs that cannot be confused, and wording for every vocabulary key used.

use std::collections::{BTreeMap, BTreeSet};

use jiff::{Timestamp, Zoned};

use super::at_word;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::model::Item;
use crate::incident::vocab::{EventKind, Group, Role};
use crate::incident::when::When;
use crate::site::Site;

/// The longest a controller may take to notify the supervisory authority without giving reasons.
pub const AUTHORITY_DEADLINE_HOURS: i64 = 72;

/// Slugs that differ only in `_` and `-` give addresses readers cannot tell apart.
pub fn slugs(site: &Site) -> Diagnostics {
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
pub fn incident(site: &Site, incident: &Incident, now: Timestamp) -> Diagnostics {
    let mut diags = Diagnostics::default();
    timeline(incident, now, &mut diags);
    authority(incident, &mut diags);
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

fn authority(incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
    // Processors inform their customers (the controllers), who notify the authority.
    if f.organization.role == Role::Processor {
        return;
    }
    // The earliest the authority can have been told, and where that is written.
    let tz = &incident.tz;
    let mut earliest: Option<(Zoned, &'static str, usize)> = None;
    let candidates = f
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
        );
    let mut any = false;
    for (start, key, i) in candidates {
        any = true;
        if let Some(s) = start
            && earliest.as_ref().is_none_or(|(e, _, _)| s < *e)
        {
            earliest = Some((s, key, i));
        }
    }
    if !any {
        let key = if f.notified.is_empty() {
            "timeline"
        } else {
            "notified"
        };
        diags.push(incident.at_fact(
            key,
            Diagnostic::warning("authority-not-notified", "no supervisory authority is recorded as notified")
                .with_help("a controller notifies the supervisory authority within 72 hours of discovery (GDPR Art. 33(1)); add it under `notified:` (e.g. `- body: imy`) or as an `authority_notified` event"),
        ));
        return;
    }
    let discovered = f
        .timeline
        .iter()
        .find(|e| e.event == EventKind::Discovered)
        .and_then(|e| e.when.end_in(tz));
    let (Some(d), Some((a, key, n))) = (discovered, earliest) else {
        return;
    };
    let seconds = a.timestamp().as_second() - d.timestamp().as_second();
    if seconds > AUTHORITY_DEADLINE_HOURS * 3600 && f.authority_delay_reason.is_none() {
        diags.push(incident.at_fact(
            &format!("{key}[{n}]"),
            Diagnostic::error(
                "authority-late",
                format!(
                    "the supervisory authority was notified {} after the breach was discovered ({} → {}), later than {AUTHORITY_DEADLINE_HOURS} hours, and no reason is given",
                    hours_and_minutes(seconds),
                    fmt(&d),
                    fmt(&a)
                ),
            )
            .with_help("GDPR Art. 33(1): give the reasons for the delay in `authority_delay_reason:`, in every site language (or correct the dates)"),
        ));
    }
}

/// `73 hours 50 minutes`, `72 hours 1 minute`: never rounded down to the deadline itself.
fn hours_and_minutes(seconds: i64) -> String {
    let minutes = (seconds + 59) / 60;
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = super::plural(h as usize, "hour", "hours");
    match m {
        0 => hours,
        m => format!("{hours} {}", super::plural(m as usize, "minute", "minutes")),
    }
}

/// Every vocabulary key the notice uses must have wording in every site locale.
fn vocabulary(site: &Site, incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut add = |key: &str, id: String| {
        used.insert((key.to_owned(), id));
    };
    add(f.status.key(), f.status.message_id());
    add(f.organization.role.key(), f.organization.role.message_id());
    for e in f.timeline.iter().filter(|e| e.label.is_none()) {
        add(e.event.key(), e.event.message_id());
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
        .chain(&f.data.not_affected)
        .chain(&f.data.unknown)
    {
        add(c.key(), c.message_id());
    }
    for n in &f.notified {
        add(n.body.key(), n.body.message_id());
    }
    for c in &f.contacts {
        add(c.topic.key(), c.topic.message_id());
    }
    for m in f.measures.taken.iter().chain(&f.measures.planned) {
        if let Item::Key(k) = m {
            add(k.key(), k.message_id());
        }
    }
    for a in &f.advice {
        if let Item::Key(k) = a {
            add(k.key(), k.message_id());
        }
    }
    let path = incident.facts_path();
    for (key, id) in &used {
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
