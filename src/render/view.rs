//! What a template sees: an incident's facts and prose put into one language, every label,
//! date and vocabulary word already in that language's words.

use std::collections::HashSet;

use serde::Serialize;

use crate::config::Config;
use crate::incident::model::{Count, DataStatus, Item, SectionKey};
use crate::incident::vocab::{Body, EventKind, Group};
use crate::incident::{Incident, Text};
use crate::locale::Locale;
use crate::markdown;
use crate::render::{chart, text};

/// A moment, with the machine-readable value for `<time datetime>` and the words for readers.
#[derive(Debug, Clone, Serialize)]
pub struct TimeView {
    /// ISO 8601; empty when the time is not precise enough to give one.
    pub iso: String,
    pub text: String,
}

impl TimeView {
    /// A moment in its own time zone, in `locale`'s words.
    pub fn of(z: &jiff::Zoned, locale: &Locale) -> TimeView {
        TimeView {
            iso: crate::render::time::rfc3339(z),
            text: locale.datetime(z),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: String,
    /// The language's own name.
    pub name: String,
    /// Relative link from the current page.
    pub href: String,
    /// Absolute URL, for `<link rel="alternate">`.
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub when: TimeView,
    pub label: String,
    pub kind: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotifiedView {
    pub name: String,
    pub url: String,
    pub when: TimeView,
    pub reference: String,
    pub supervisory: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub topic: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    /// `tel:` form of the phone number.
    pub phone_href: String,
    pub web: String,
    pub hours: String,
}

/// One question on the page. Which lists are filled depends on the section.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SectionView {
    pub id: String,
    pub heading: String,
    /// The author's prose, as HTML.
    pub html: String,
    /// The same prose as plain text, one line per paragraph or list item (see `render::text`).
    pub text: String,
    /// The timeline drawn on a time axis, when any event has a known time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<EventView>,
    pub people: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub data_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub data_not_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub data_unknown: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notified: Vec<NotifiedView>,
    pub delay_reason: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub advice: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: String,
    pub question: String,
    pub html: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    /// Anchor on the page, `revision-0` for first publication and counting up in time order,
    /// so that a feed entry can link to its revision.
    pub id: String,
    pub at: TimeView,
    pub note: String,
}

/// Key facts for the box at the top of the page.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub iso: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IncidentView {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub status_key: String,
    pub status: String,
    pub organization: String,
    pub organization_url: String,
    pub role: String,
    pub published: TimeView,
    pub updated: TimeView,
    /// Whether the notice has been updated since publication.
    pub was_updated: bool,
    pub facts: Vec<Fact>,
    pub sections: Vec<SectionView>,
    pub questions: Vec<QuestionView>,
    /// Newest first, ending with first publication.
    pub revisions: Vec<RevisionView>,
    /// `draft`, `scheduled`, `archived` or empty.
    pub banner: String,
    /// Relative path of the page from the site root, e.g. `sv/acme-2024/`.
    pub path: String,
}

fn text_in(t: &Text, lang: &str) -> String {
    t.get(lang).unwrap_or_default().to_owned()
}

fn item_text<K: Copy>(item: &Item<K>, lang: &Locale, id: impl Fn(K) -> String) -> String {
    match item {
        Item::Key(k) => lang.msg(&id(*k)),
        Item::Text(t) => text_in(t, &lang.code),
    }
}

/// Everything about `incident` in `locale`'s language.
pub fn incident(incident: &Incident, locale: &Locale, banner: &str) -> IncidentView {
    let lang = locale.code.as_str();
    let f = &incident.facts;
    let prose = &incident.prose[lang];
    let mut used_ids = markdown::reserved_ids();
    used_ids.extend((0..=f.updates.len()).map(|n| format!("revision-{n}")));
    let prose_md = |key: SectionKey| {
        prose
            .sections
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, md)| &**md)
            .unwrap_or_default()
    };
    // The page's HTML and the email's text come from the same Markdown, side by side.
    let prose_section = |s: &mut SectionView, key: SectionKey, used: &mut HashSet<String>| {
        let md = prose_md(key);
        (s.html, s.text) = text::render_with_text(md, 1, used);
    };
    // A time written with an offset is shown as the incident's zone shows it, like the others.
    let when = |w: &crate::incident::when::When| match w.in_zone(&incident.tz) {
        crate::incident::when::When::Exact(z) => TimeView::of(&z, locale),
        w => TimeView {
            iso: w.iso().unwrap_or_default(),
            text: locale.when(&w),
        },
    };
    // The page shows its first publication and last update again in the revision log.
    type Moment = (jiff::Timestamp, jiff::tz::Offset);
    let zoned_seen: std::cell::RefCell<Vec<(Moment, TimeView)>> = Default::default();
    let zoned = |z: &jiff::Zoned| {
        let key = (z.timestamp(), z.offset());
        let mut seen = zoned_seen.borrow_mut();
        if let Some((_, v)) = seen.iter().find(|(k, _)| *k == key) {
            return v.clone();
        }
        let v = TimeView::of(z, locale);
        seen.push((key, v.clone()));
        v
    };
    let section = |key: &str, heading_id: &str| SectionView {
        id: key.to_owned(),
        heading: locale.msg(heading_id),
        ..SectionView::default()
    };

    // Authors write the timeline in order (`check` warns when they do not); times of
    // different precision cannot be ordered reliably by machine, so their order is kept.
    let timeline: Vec<(&crate::incident::model::Event, EventView)> = f
        .timeline
        .iter()
        .map(|e| {
            let view = EventView {
                when: when(&e.when),
                label: match &e.label {
                    Some(l) => text_in(l, lang),
                    None => locale.msg(&e.event.message_id()),
                },
                kind: e.event.key().to_owned(),
            };
            (e, view)
        })
        .collect();
    let chart = chart::timeline(
        &timeline
            .iter()
            .map(|(e, v)| (*e, v.when.text.clone(), v.label.clone()))
            .collect::<Vec<_>>(),
        &incident.tz,
        locale,
    );
    let discovered = timeline
        .iter()
        .find(|(e, _)| e.event == EventKind::Discovered)
        .map(|(_, v)| v.when.clone());
    let timeline: Vec<EventView> = timeline.into_iter().map(|(_, v)| v).collect();

    let people = match f.affected.people {
        Some(Count::Known(n)) if f.affected.approximate => locale.count("people-count-approx", n),
        Some(Count::Known(n)) => locale.count("people-count", n),
        Some(Count::Unknown) | None => locale.msg("people-unknown"),
    };
    let groups = f
        .affected
        .groups
        .iter()
        .map(|g| {
            let mut name = match (&g.label, g.group) {
                (Some(l), _) => text_in(l, lang),
                (None, Group::Other) => String::new(),
                (None, k) => locale.msg(&k.message_id()),
            };
            if let Some(service) = &g.service {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("group", name);
                args.set("service", text_in(service, lang));
                name = locale.msg_args("group-of-service", Some(&args));
            }
            match g.count {
                Some(Count::Known(n)) => {
                    let id = if g.approximate {
                        "group-count-approx"
                    } else {
                        "group-count"
                    };
                    format!("{name} ({})", locale.count(id, n))
                }
                Some(Count::Unknown) => format!("{name} ({})", locale.msg("group-count-unknown")),
                None => name,
            }
        })
        .collect();
    let services = f
        .affected
        .services
        .iter()
        .map(|s| text_in(s, lang))
        .collect();

    let mut data_affected: Vec<String> = f
        .data
        .affected
        .iter()
        .map(|c| locale.msg(&c.message_id()))
        .collect();
    let mut data_not_affected: Vec<String> = f
        .data
        .not_affected
        .iter()
        .map(|c| locale.msg(&c.message_id()))
        .collect();
    let mut data_unknown: Vec<String> = f
        .data
        .unknown
        .iter()
        .map(|c| locale.msg(&c.message_id()))
        .collect();
    for o in &f.data.other {
        let target = match o.status {
            DataStatus::Affected => &mut data_affected,
            DataStatus::NotAffected => &mut data_not_affected,
            DataStatus::Unknown => &mut data_unknown,
        };
        target.push(text_in(&o.label, lang));
    }

    let notified: Vec<NotifiedView> = f
        .notified
        .iter()
        .map(|n| NotifiedView {
            name: locale.msg(&n.body.message_id()),
            url: n.body.website().to_owned(),
            when: when(&n.when),
            reference: n
                .reference
                .as_ref()
                .map(|r| {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("reference", r.clone());
                    locale.msg_args("notified-reference", Some(&args))
                })
                .unwrap_or_default(),
            supervisory: n.body.is_supervisory_authority(),
        })
        .collect();

    let contacts = f
        .contacts
        .iter()
        .map(|c| ContactView {
            topic: locale.msg(&c.topic.message_id()),
            name: c
                .name
                .as_ref()
                .map(|n| text_in(n, lang))
                .unwrap_or_default(),
            email: c.email.clone().unwrap_or_default(),
            phone_href: c
                .phone
                .as_deref()
                .map(|p| {
                    let digits: String = p
                        .chars()
                        .filter(|c| c.is_ascii_digit() || *c == '+')
                        .collect();
                    format!("tel:{digits}")
                })
                .unwrap_or_default(),
            phone: c.phone.clone().unwrap_or_default(),
            web: c.web.clone().unwrap_or_default(),
            hours: c
                .hours
                .as_ref()
                .map(|h| text_in(h, lang))
                .unwrap_or_default(),
        })
        .collect();

    let mut sections = Vec::new();
    let mut s = section("what-happened", "section-what-happened");
    prose_section(&mut s, SectionKey::WhatHappened, &mut used_ids);
    s.timeline = timeline;
    s.chart = chart;
    sections.push(s);
    let mut s = section("how-discovered", "section-how-discovered");
    prose_section(&mut s, SectionKey::HowDiscovered, &mut used_ids);
    sections.push(s);
    let mut s = section("who-affected", "section-who-affected");
    s.people = people.clone();
    s.groups = groups;
    s.services = services;
    sections.push(s);
    let mut s = section("data", "section-data");
    s.data_affected = data_affected;
    s.data_not_affected = data_not_affected;
    s.data_unknown = data_unknown;
    sections.push(s);
    let mut s = section("consequences", "section-consequences");
    prose_section(&mut s, SectionKey::Consequences, &mut used_ids);
    sections.push(s);
    let mut s = section("what-we-did", "section-what-we-did");
    prose_section(&mut s, SectionKey::WhatWeDid, &mut used_ids);
    s.measures = f
        .measures
        .taken
        .iter()
        .map(|m| item_text(m, locale, |k| k.message_id()))
        .collect();
    sections.push(s);
    let mut s = section("authorities", "section-authorities");
    s.notified = notified;
    s.delay_reason = f
        .authority_delay_reason
        .as_ref()
        .map(|r| text_in(r, lang))
        .unwrap_or_default();
    sections.push(s);
    let mut s = section("prevention", "section-prevention");
    prose_section(&mut s, SectionKey::Prevention, &mut used_ids);
    s.measures = f
        .measures
        .planned
        .iter()
        .map(|m| item_text(m, locale, |k| k.message_id()))
        .collect();
    sections.push(s);
    let mut s = section("what-you-should-do", "section-what-you-should-do");
    s.advice = f
        .advice
        .iter()
        .map(|a| item_text(a, locale, |k| k.message_id()))
        .collect();
    prose_section(&mut s, SectionKey::WhatYouShouldDo, &mut used_ids);
    sections.push(s);
    let mut s = section("more-information", "section-more-information");
    prose_section(&mut s, SectionKey::MoreInformation, &mut used_ids);
    s.contacts = contacts;
    sections.push(s);

    let questions = prose
        .questions
        .iter()
        .map(|q| {
            let id = markdown::unique_id(markdown::slug(&q.question), &mut used_ids);
            let (html, text) = text::render_with_text(&q.answer_markdown, 2, &mut used_ids);
            QuestionView {
                id,
                question: q.question.clone(),
                html,
                text,
            }
        })
        .collect();

    let mut ordered: Vec<(&jiff::Zoned, &Text)> = f
        .updates
        .iter()
        .zip(&incident.update_times)
        .map(|(u, t)| (t, &u.note))
        .collect();
    ordered.sort_by(|a, b| a.0.cmp(b.0));
    let mut revisions: Vec<RevisionView> = ordered
        .into_iter()
        .enumerate()
        .map(|(n, (t, note))| RevisionView {
            id: format!("revision-{}", n + 1),
            at: zoned(t),
            note: text_in(note, lang),
        })
        .rev()
        .collect();
    revisions.push(RevisionView {
        id: "revision-0".to_owned(),
        at: zoned(&incident.published),
        note: locale.msg("revision-first-published"),
    });

    let mut facts = vec![Fact {
        label: locale.msg("status"),
        value: locale.msg(&f.status.message_id()),
        iso: String::new(),
    }];
    if let Some(w) = discovered {
        facts.push(Fact {
            label: locale.msg("discovered"),
            value: w.text,
            iso: w.iso,
        });
    }
    facts.push(Fact {
        label: locale.msg("people-affected"),
        value: people,
        iso: String::new(),
    });
    let authorities: Vec<String> = f
        .notified
        .iter()
        .filter(|n| {
            n.body.is_supervisory_authority()
                || matches!(
                    n.body,
                    Body::PoliceSe
                        | Body::PoliceNo
                        | Body::PoliceDk
                        | Body::PoliceNl
                        | Body::PoliceUk
                )
        })
        .map(|n| locale.msg(&n.body.message_id()))
        .collect();
    if !authorities.is_empty() {
        facts.push(Fact {
            label: locale.msg("authorities-notified"),
            value: authorities.join(", "),
            iso: String::new(),
        });
    }

    let mut role_args = fluent_bundle::FluentArgs::new();
    role_args.set("organization", f.organization.name.clone());
    IncidentView {
        slug: incident.slug.clone(),
        title: prose.front.title.clone(),
        summary: prose.front.summary.clone(),
        status_key: f.status.key().to_owned(),
        status: locale.msg(&f.status.message_id()),
        organization: f.organization.name.clone(),
        organization_url: f.organization.website.clone().unwrap_or_default(),
        role: locale.msg_args(&f.organization.role.message_id(), Some(&role_args)),
        published: zoned(&incident.published),
        updated: zoned(&incident.last_updated),
        was_updated: incident.last_updated != incident.published,
        facts,
        sections,
        questions,
        revisions,
        banner: banner.to_owned(),
        path: format!("{lang}/{}/", incident.slug),
    }
}

/// The `<link rel="alternate">` set and language switcher for a page that exists in every
/// site language at `<lang>/<rest>`; `depth` is how many folders deep the current page is.
pub fn alternates(
    config: &Config,
    locales: &crate::locale::Locales,
    current: &str,
    rest: &str,
    depth: usize,
) -> Vec<Alternate> {
    let up = "../".repeat(depth);
    config
        .languages
        .iter()
        .map(|l| Alternate {
            lang: l.code.clone(),
            name: locales.get(&l.code).msg("language-name"),
            href: format!("{up}{}/{rest}", l.code),
            url: format!("{}/{}/{rest}", config.base(), l.code),
            current: l.code == current,
        })
        .collect()
}
