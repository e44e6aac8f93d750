//! Which notices a build publishes, and how: drafts and notices scheduled for later are left
//! out unless previewing; notices past `published_until` are left out or marked archived.

use jiff::Timestamp;

use crate::config::Withdrawn;
use crate::incident::Incident;

/// A notice chosen for the build, with the banner its pages carry.
#[derive(Debug, Clone, Copy)]
pub struct Planned<'a> {
    pub incident: &'a Incident,
    /// `draft`, `scheduled`, `archived` or empty.
    pub banner: &'static str,
    /// Whether the notice is really published (possibly archived), not only previewed:
    /// only these are announced in feeds and the sitemap.
    pub public: bool,
}

impl Planned<'_> {
    pub fn is_public(&self) -> bool {
        self.public
    }
}

/// The notices to build at `now`, newest update first.
pub fn plan<'a>(
    incidents: &'a [Incident],
    now: Timestamp,
    drafts: bool,
    withdrawn: Withdrawn,
) -> Vec<Planned<'a>> {
    let mut out: Vec<Planned> = incidents
        .iter()
        .filter_map(|i| {
            let (banner, public) = if i.facts.draft {
                ("draft", false)
            } else if i.is_unpublished_at(&now) {
                ("scheduled", false)
            } else if i.is_withdrawn_at(&now) {
                match withdrawn {
                    Withdrawn::Remove if !drafts => return None,
                    Withdrawn::Remove => ("archived", false),
                    Withdrawn::Archive => ("archived", true),
                }
            } else {
                ("", true)
            };
            if (banner == "draft" || banner == "scheduled") && !drafts {
                return None;
            }
            Some(Planned {
                incident: i,
                banner,
                public,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.incident
            .last_updated
            .cmp(&a.incident.last_updated)
            .then_with(|| a.incident.slug.cmp(&b.incident.slug))
    });
    out
}
