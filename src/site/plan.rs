//! Which notices a build publishes, and how: drafts and notices scheduled for later are left
//! out unless previewing; notices past `published_until` are left out or marked archived.

use jiff::Timestamp;

use crate::config::Withdrawn;
use crate::incident::Incident;

/// What a notice's pages say above everything else about its state, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Banner {
    /// Published and current: no banner.
    None,
    /// Marked `draft: true`: built only to preview it.
    Draft,
    /// To be published later (`publish_at`): built only to preview it.
    Scheduled,
    /// Past `published_until`: kept, marked as no longer current.
    Archived,
}

impl Banner {
    /// The name templates and the page view know the banner by (empty for none).
    pub(crate) fn key(self) -> &'static str {
        match self {
            Banner::None => "",
            Banner::Draft => "draft",
            Banner::Scheduled => "scheduled",
            Banner::Archived => "archived",
        }
    }

    /// Whether the notice is built only to preview it, not to publish it.
    pub(crate) fn is_preview(self) -> bool {
        matches!(self, Banner::Draft | Banner::Scheduled)
    }
}

/// A notice chosen for the build, with the banner its pages carry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Planned<'a> {
    pub(crate) incident: &'a Incident,
    pub(crate) banner: Banner,
    /// Whether the notice is really published (possibly archived), not only previewed:
    /// only these are announced in feeds and the sitemap.
    pub(crate) public: bool,
}

impl Planned<'_> {
    pub(crate) fn is_public(&self) -> bool {
        self.public
    }
}

/// The notices to build at `now`, newest update first.
pub(crate) fn plan<'a>(
    incidents: &'a [Incident],
    now: Timestamp,
    drafts: bool,
    withdrawn: Withdrawn,
) -> Vec<Planned<'a>> {
    let mut out: Vec<Planned> = incidents
        .iter()
        .filter_map(|i| {
            let (banner, public) = if i.facts.draft {
                (Banner::Draft, false)
            } else if i.is_unpublished_at(&now) {
                (Banner::Scheduled, false)
            } else if i.is_withdrawn_at(&now) {
                match withdrawn {
                    Withdrawn::Remove if !drafts => return None,
                    Withdrawn::Remove => (Banner::Archived, false),
                    Withdrawn::Archive => (Banner::Archived, true),
                }
            } else {
                (Banner::None, true)
            };
            if banner.is_preview() && !drafts {
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
