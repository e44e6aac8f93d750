//! GDPR Art. 34(1): the people affected are told "without undue delay". `late-to-people`
//! warns when the notice to them (a `people_notified` event, else the first publication) comes
//! more than `[mail] notify_within_days` days after discovery; `people-not-notified` when data
//! that puts them at high risk is involved and no `people_notified` event says they were told.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::vocab::{DataCategory, EventKind, Role};
use crate::site::Site;

const HELP: &str = "GDPR Art. 34(1): the people affected are told without undue delay; record when they were told as a `people_notified` event in the timeline";

/// The Art. 34(1) warnings of one notice.
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    // A processor tells its customers; the controllers tell their people.
    if incident.facts.organization.role == Role::Processor {
        return diags;
    }
    late(site, incident, &mut diags);
    not_told(incident, &mut diags);
    diags
}

fn late(site: &Site, incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
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
        return;
    };
    let days = site.config.mail.notify_within_days;
    let seconds = t.timestamp().as_second() - d.timestamp().as_second();
    if seconds > i64::from(days) * 86_400 {
        diags.push(incident.at_fact(
            &path,
            Diagnostic::warning(
                "late-to-people",
                format!(
                    "the people affected were told {} after the breach was discovered, more than {days} days",
                    days_and_hours(seconds)
                ),
            )
            .with_help(format!("{HELP}; `[mail] notify_within_days` in varsel.toml sets how many days are allowed")),
        ));
    }
}

/// `8 days 18 hours`: the hours rounded up, so that a delay just past the limit never reads
/// as the limit itself.
fn days_and_hours(seconds: i64) -> String {
    super::in_units(seconds, [("day", "days", 86_400), ("hour", "hours", 3600)])
}

/// Data whose breach is likely to put people at high risk (identity theft, fraud,
/// discrimination): identity numbers and documents, bank and card numbers, and the special
/// categories of Art. 9 and 10.
fn is_high_risk(c: DataCategory) -> bool {
    use DataCategory::*;
    matches!(
        c,
        NationalId
            | IdentityDocument
            | BankAccount
            | CardNumber
            | CriminalRecords
            | Health
            | RacialEthnicOrigin
            | PoliticalOpinions
            | ReligiousBeliefs
            | TradeUnionMembership
            | Genetic
            | Biometric
            | SexLifeOrientation
    )
}

/// High-risk data affected (or possibly affected) and no `people_notified` event.
fn not_told(incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
    if f.timeline
        .iter()
        .any(|e| e.event == EventKind::PeopleNotified)
    {
        return;
    }
    let Some(category) = f
        .data
        .affected
        .iter()
        .chain(&f.data.possibly_affected)
        .copied()
        .find(|c| is_high_risk(*c))
    else {
        return;
    };
    diags.push(super::at_word(
        &incident.facts_path(),
        &incident.facts_source,
        category.key(),
        Diagnostic::warning(
            "people-not-notified",
            format!(
                "`{category}` is involved, which puts the people affected at high risk, but no `people_notified` event says they were told"
            ),
        )
        .with_help(format!("{HELP} (a breach likely to result in a high risk must be communicated to them); add `- event: people_notified` with its `when`")),
    ));
}
