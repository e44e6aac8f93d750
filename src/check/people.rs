//! GDPR Art. 34(1): the people affected are told "without undue delay". `late-to-people`
//! warns when the notice to them (a `people_notified` event, else the first publication) comes
//! more than `[mail] notify_within_days` days after discovery.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::vocab::{EventKind, Role};
use crate::site::Site;

const HELP: &str = "GDPR Art. 34(1): the people affected are told without undue delay; record when they were told as a `people_notified` event in the timeline";

/// The Art. 34(1) warnings of one notice.
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let f = &incident.facts;
    // A processor tells its customers; the controllers tell their people.
    if f.organization.role == Role::Processor {
        return diags;
    }
    let tz = &incident.tz;
    let event = |kind: EventKind| f.timeline.iter().position(|e| e.event == kind);
    let told = event(EventKind::PeopleNotified);
    // Read generously: the latest moment of discovery, the earliest of telling.
    let discovered = event(EventKind::Discovered).and_then(|n| f.timeline[n].when.end_in(tz));
    let (told_at, path) = match told {
        Some(n) => (f.timeline[n].when.start_in(tz), format!("timeline[{n}]")),
        None => (Some(incident.published.clone()), "published".to_owned()),
    };
    let (Some(d), Some(t)) = (discovered, told_at) else {
        return diags;
    };
    let days = site.config.mail.notify_within_days;
    let seconds = t.timestamp().as_second() - d.timestamp().as_second();
    if seconds > i64::from(days) * 86_400 {
        diags.push(incident.at_fact(
            &path,
            Diagnostic::warning(
                "late-to-people",
                format!(
                    "the people affected were told {} days after the breach was discovered, more than {days}",
                    seconds / 86_400
                ),
            )
            .with_help(format!("{HELP}; `[mail] notify_within_days` in varsel.toml sets how many days are allowed")),
        ));
    }
    diags
}
