//! Facts dated in an order that cannot be, however they are listed: someone told of the breach
//! (the authority, the police, the people) before it was discovered, a discovery before the
//! intrusion that began it, a notice published before the discovery it tells of.
//! `impossible-order` warns at the `when` of the event dated too early. Imprecise times are
//! read as their whole period: only when one ends before the other can begin is the order
//! certainly wrong (`2024-12` is not before `2024-12-02`).

use jiff::Zoned;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::model::Event;
use crate::incident::vocab::{Certainty, EventKind};
use crate::incident::when::When;

const HELP: &str = "check the dates: an event dated with only a day, week or month is read as the whole period, so this order cannot be";

/// A dated fact: what it is called, how it was written and the earliest and latest moments it
/// can mean.
struct Dated {
    name: String,
    written: String,
    start: Zoned,
    end: Zoned,
}

impl Dated {
    fn of(incident: &Incident, name: String, when: &When) -> Option<Dated> {
        Some(Dated {
            name,
            written: when.to_string(),
            start: when.start_in(&incident.tz)?,
            end: when.end_in(&incident.tz)?,
        })
    }

    /// Whether this certainly happened before `other` began.
    fn before(&self, other: &Dated) -> bool {
        self.end.timestamp() < other.start.timestamp()
    }
}

/// The `impossible-order` warnings of one notice.
pub(crate) fn incident(incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let Some((d, discovered)) = discovery(incident) else {
        return diags;
    };
    let mut warn = |path: String, early: &Dated, later: &Dated, why: &str| {
        diags.push(warning(incident, &path, early, later, why));
    };
    let told = "no one can be told of a breach before it is discovered";
    for (path, t) in tellings(incident) {
        if t.before(&discovered) {
            warn(path, &t, &discovered, told);
        }
    }
    if let Some(intrusion) = first_intrusion(incident).filter(|i| discovered.before(i)) {
        let why = "a breach cannot be discovered before it began";
        warn(format!("timeline[{d}].when"), &discovered, &intrusion, why);
    }
    let published = Dated {
        name: "`published`".into(),
        written: incident.published.strftime("%Y-%m-%dT%H:%M").to_string(),
        start: incident.published.clone(),
        end: incident.published.clone(),
    };
    if published.before(&discovered) {
        let why = "a notice cannot tell of a breach before it is discovered";
        warn("published".into(), &published, &discovered, why);
    }
    diags
}

/// The warning at fact `path` that `early` is dated before `later`, which cannot be (`why`).
fn warning(incident: &Incident, path: &str, early: &Dated, later: &Dated, why: &str) -> Diagnostic {
    incident.at_fact(
        path,
        Diagnostic::warning(
            "impossible-order",
            format!(
                "{} ({}) is dated before {} ({}): {why}",
                early.name, early.written, later.name, later.written
            ),
        )
        .with_help(HELP),
    )
}

/// Where a timeline event is named.
fn named(e: &Event) -> String {
    format!("`{}`", e.event)
}

/// The `discovered` event, dated, and its place in the timeline.
fn discovery(incident: &Incident) -> Option<(usize, Dated)> {
    let (n, e) = incident
        .facts
        .timeline
        .iter()
        .enumerate()
        .find(|(_, e)| e.event == EventKind::Discovered)?;
    Some((n, Dated::of(incident, named(e), &e.when)?))
}

/// Every dated telling of the breach, at the path of its `when`: the timeline's events of
/// telling, then the notifications.
fn tellings(incident: &Incident) -> Vec<(String, Dated)> {
    let f = &incident.facts;
    let events = f
        .timeline
        .iter()
        .enumerate()
        .filter(|(_, e)| is_telling(e.event))
        .filter_map(|(n, e)| {
            let t = Dated::of(incident, named(e), &e.when)?;
            Some((format!("timeline[{n}].when"), t))
        });
    let notified = f.notified.iter().enumerate().filter_map(|(n, entry)| {
        let name = format!("notifying `{}`", entry.body);
        let t = Dated::of(incident, name, &entry.when)?;
        Some((format!("notified[{n}].when"), t))
    });
    events.chain(notified).collect()
}

/// The intrusion that began it: the earliest that may have happened. A later one may be the
/// intruder coming back after the discovery.
fn first_intrusion(incident: &Incident) -> Option<Dated> {
    incident
        .facts
        .timeline
        .iter()
        .filter(|e| e.event == EventKind::Intrusion && e.certainty() != Certainty::RuledOut)
        .filter_map(|e| Dated::of(incident, named(e), &e.when))
        .min_by_key(|i| i.start.timestamp())
}

/// The events of telling someone of the breach.
fn is_telling(kind: EventKind) -> bool {
    use EventKind::*;
    matches!(
        kind,
        AuthorityNotified | PeopleNotified | CustomersNotified | PoliceReport
    )
}
