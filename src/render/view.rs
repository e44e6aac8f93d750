//! What a template sees: an incident's facts and prose put into one language, every label,
//! date and vocabulary word already in that language's words.

use std::collections::HashSet;

use serde::Serialize;

use crate::config::Config;
use crate::incident::model::{Contact, Count, DataStatus, Event, Facts, Item, Prose, SectionKey};
use crate::incident::vocab::{Certainty, DataCategory, EventKind};
use crate::incident::when::When;
use crate::incident::{Incident, Text};
use crate::locale::{Locale, State, Voice};
use crate::markdown;
use crate::render::words::{self, Counted, Tense};
use crate::render::{chart, text};

/// A moment, with the machine-readable value for `<time datetime>` and the words for readers.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TimeView {
    /// ISO 8601; empty when the time is not precise enough to give one.
    pub(crate) iso: String,
    pub(crate) text: String,
}

impl TimeView {
    /// A moment in its own time zone, in `locale`'s words.
    pub(crate) fn of(z: &jiff::Zoned, locale: &Locale) -> TimeView {
        TimeView {
            iso: crate::render::time::rfc3339(z),
            text: locale.datetime(z),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Alternate {
    pub(crate) lang: String,
    /// The language's own name.
    pub(crate) name: String,
    /// Relative link from the current page.
    pub(crate) href: String,
    /// Absolute URL, for `<link rel="alternate">`.
    pub(crate) url: String,
    pub(crate) current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventView {
    pub(crate) when: TimeView,
    pub(crate) label: String,
    pub(crate) kind: String,
    /// `confirmed`, `suspected` or `ruled_out`.
    pub(crate) certainty: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct NotifiedView {
    pub(crate) name: String,
    /// The body's website; empty for a body the vocabulary does not know.
    pub(crate) url: String,
    pub(crate) when: TimeView,
    pub(crate) reference: String,
    /// "reported by …" when someone other than the organisation reported it.
    pub(crate) by: String,
    pub(crate) supervisory: bool,
}

/// One person under a contact topic.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PersonView {
    pub(crate) name: String,
    pub(crate) role: String,
    pub(crate) email: String,
    pub(crate) phone: String,
    pub(crate) phone_href: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ContactView {
    pub(crate) topic: String,
    /// Empty when it would only repeat the topic.
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) phone: String,
    /// `tel:` form of the phone number.
    pub(crate) phone_href: String,
    pub(crate) web: String,
    pub(crate) hours: String,
    pub(crate) people: Vec<PersonView>,
}

/// Another organisation involved, and what it found.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PartyView {
    pub(crate) name: String,
    pub(crate) statement: String,
}

/// A list item that may come from the author's Markdown: its HTML for the page and its text
/// for the email.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ItemView {
    pub(crate) html: String,
    pub(crate) text: String,
}

impl ItemView {
    fn plain(text: String) -> ItemView {
        let mut html = Vec::with_capacity(text.len());
        // Writing into memory cannot fail.
        let _ = tera::escape_html(&text, &mut html);
        ItemView {
            html: String::from_utf8(html).unwrap_or_default(),
            text,
        }
    }
}

/// One question on the page. Which lists are filled depends on the section.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct SectionView {
    pub(crate) id: String,
    pub(crate) heading: String,
    /// The author's prose, as HTML.
    pub(crate) html: String,
    /// The same prose as plain text, one line per paragraph or list item (see `render::text`).
    pub(crate) text: String,
    /// The timeline drawn on a time axis, when any event has a known time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) chart: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) timeline: Vec<EventView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) parties: Vec<PartyView>,
    pub(crate) people: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) groups: Vec<String>,
    /// Said once, in words, when the groups are not yet known.
    pub(crate) groups_unknown: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) services: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) services_not_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) data_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) data_possibly_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) data_not_affected: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) data_unknown: Vec<String>,
    /// Said when no category is listed: that they are not yet known.
    pub(crate) data_none: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) measures: Vec<ItemView>,
    /// The small heading over `measures`: done or still to do.
    pub(crate) measures_heading: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) notified: Vec<NotifiedView>,
    pub(crate) delay_reason: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) advice: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) contacts: Vec<ContactView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuestionView {
    pub(crate) id: String,
    pub(crate) question: String,
    pub(crate) html: String,
    pub(crate) text: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct RevisionView {
    /// Anchor on the page, `revision-0` for first publication and counting up in time order,
    /// so that a feed entry can link to its revision.
    pub(crate) id: String,
    pub(crate) at: TimeView,
    pub(crate) note: String,
}

/// Key facts for the box at the top of the page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Fact {
    pub(crate) label: String,
    pub(crate) value: String,
    pub(crate) iso: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct IncidentView {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) status_key: String,
    pub(crate) status: String,
    pub(crate) organization: String,
    pub(crate) organization_url: String,
    pub(crate) role: String,
    pub(crate) published: TimeView,
    pub(crate) updated: TimeView,
    /// Whether the notice has been updated since publication.
    pub(crate) was_updated: bool,
    pub(crate) facts: Vec<Fact>,
    pub(crate) sections: Vec<SectionView>,
    pub(crate) questions: Vec<QuestionView>,
    /// Newest first, ending with first publication.
    pub(crate) revisions: Vec<RevisionView>,
    /// `draft`, `scheduled`, `archived` or empty.
    pub(crate) banner: String,
    /// Whom the notice addresses and where it stands, which its labels follow.
    #[serde(skip)]
    pub(crate) voice: Voice,
    /// Relative path of the page from the site root, e.g. `sv/acme-2024/`.
    pub(crate) path: String,
}

/// One page being put together: the notice, its language, and the ids taken so far.
struct Page<'a> {
    incident: &'a Incident,
    f: &'a Facts,
    locale: &'a Locale,
    lang: &'a str,
    prose: &'a Prose,
    used_ids: HashSet<String>,
    /// Whether the prose is also wanted as plain text: only an email shows it, and the web
    /// build would pay for every section's text and never use it.
    with_text: bool,
    /// Whom the notice addresses and where it stands, which its standard wording follows.
    voice: Voice,
}

impl Page<'_> {
    /// The message `id` in the notice's voice.
    fn msg(&self, id: &str) -> String {
        self.locale.msg_in(id, &self.voice)
    }

    /// The section `key` with its heading and the author's prose for it (which may be none).
    fn section(&mut self, key: SectionKey) -> SectionView {
        let md = self
            .prose
            .sections
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, md)| &**md)
            .unwrap_or_default();
        let (html, text) = self.prose_html(md, 1);
        SectionView {
            id: key.key().to_owned(),
            heading: self.msg(&format!("section-{}", key.key())),
            html,
            text,
            ..SectionView::default()
        }
    }

    /// A time written with an offset is shown as the incident's zone shows it, like the others.
    fn when(&self, w: &When) -> TimeView {
        match w.in_zone(&self.incident.tz) {
            When::Exact(z) => TimeView::of(&z, self.locale),
            w => TimeView {
                iso: w.iso().unwrap_or_default(),
                // "not known yet" only while the notice is open.
                text: match w {
                    When::Unknown => self.msg("when-unknown"),
                    w => self.locale.when(&w),
                },
            },
        }
    }

    fn text(&self, t: &Text) -> String {
        words::text_in(t, self.lang)
    }

    /// The author's words as a list item starts.
    fn item(&self, t: &Text) -> String {
        words::capitalised(self.lang, &self.text(t))
    }

    /// The HTML of the author's Markdown, and its plain text when an email needs it (the
    /// two come from the same Markdown, side by side).
    fn prose_html(&mut self, md: &str, shift: usize) -> (String, String) {
        if self.with_text {
            text::render_with_text(md, shift, &mut self.used_ids)
        } else {
            let html = markdown::parse(md, shift, &mut self.used_ids).into_html();
            (html, String::new())
        }
    }

    fn opt_text(&self, t: &Option<Text>) -> String {
        t.as_ref().map(|t| self.text(t)).unwrap_or_default()
    }
}

/// Everything about `incident` in `locale`'s language, as a web page shows it: the sections'
/// and questions' `text` are left empty.
pub(crate) fn incident(incident: &Incident, locale: &Locale, banner: &str) -> IncidentView {
    view_of(incident, locale, banner, false)
}

/// Like [`incident`], with the prose also as plain text, as an email shows it.
pub(crate) fn incident_with_text(
    incident: &Incident,
    locale: &Locale,
    banner: &str,
) -> IncidentView {
    view_of(incident, locale, banner, true)
}

fn view_of(incident: &Incident, locale: &Locale, banner: &str, with_text: bool) -> IncidentView {
    let lang = locale.code.as_str();
    let f = &incident.facts;
    let prose = &incident.prose[lang];
    let used_ids = markdown::page_ids(f.updates.len());
    let mut page = Page {
        incident,
        f,
        locale,
        lang,
        prose,
        used_ids,
        with_text,
        voice: Voice {
            audience: f.audience(),
            state: State::of(f.status, banner == "archived"),
        },
    };
    let (what_happened, discovered) = what_happened(&mut page);
    let sections = vec![
        what_happened,
        page.section(SectionKey::HowDiscovered),
        who_affected(&mut page),
        data(&mut page),
        page.section(SectionKey::Consequences),
        measures(&mut page, SectionKey::WhatWeDid, Tense::Taken),
        authorities(&mut page),
        measures(&mut page, SectionKey::Prevention, Tense::Planned),
        what_you_should_do(&mut page),
        more_information(&mut page),
    ];
    let questions = questions(&mut page);
    let revisions = revisions(&page);
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
        published: revisions
            .last()
            .map(|r| r.at.clone())
            .expect("first publication"),
        updated: TimeView::of(&incident.last_updated, locale),
        was_updated: incident.last_updated != incident.published,
        facts: key_facts(&page, discovered),
        sections,
        questions,
        revisions,
        banner: banner.to_owned(),
        voice: page.voice,
        path: format!("{lang}/{}/", incident.slug),
    }
}

/// The prose, the timeline (listed and drawn) and the other organisations involved; also the
/// time of discovery, for the key facts.
fn what_happened(page: &mut Page) -> (SectionView, Option<TimeView>) {
    let mut s = page.section(SectionKey::WhatHappened);
    // Authors write the timeline in order (`check` warns when they do not); times of
    // different precision cannot be ordered reliably by machine, so their order is kept.
    let timeline: Vec<(&Event, EventView)> = page
        .f
        .timeline
        .iter()
        .map(|e| {
            let mut when = page.when(&e.when);
            // The time starts the timeline's list item.
            when.text = words::capitalised(page.lang, &when.text);
            let view = EventView {
                when,
                label: words::event(page.locale, e),
                kind: e.event.key().to_owned(),
                certainty: e.certainty().key().to_owned(),
            };
            (e, view)
        })
        .collect();
    s.chart = chart::timeline(
        &timeline
            .iter()
            .map(|(e, v)| (*e, v.label.as_str()))
            .collect::<Vec<_>>(),
        &page.incident.tz,
        page.locale,
    );
    let discovered = timeline
        .iter()
        .find(|(e, _)| e.event == EventKind::Discovered && e.certainty() == Certainty::Confirmed)
        .map(|(_, v)| v.when.clone());
    s.timeline = timeline.into_iter().map(|(_, v)| v).collect();
    s.parties = page
        .f
        .parties
        .iter()
        .map(|p| PartyView {
            name: words::party(page.locale, p),
            statement: page.opt_text(&p.statement),
        })
        .collect();
    (s, discovered)
}

fn people(page: &Page) -> String {
    let a = &page.f.affected;
    words::count(
        page.locale,
        Counted::People,
        a.people.unwrap_or(Count::Unknown),
        a.approximate,
        &page.voice,
    )
}

/// How many people, which groups (or that they are not yet known), and which services.
fn who_affected(page: &mut Page) -> SectionView {
    let mut s = page.section(SectionKey::WhoAffected);
    s.people = people(page);
    let a = &page.f.affected;
    s.groups = a
        .groups
        .iter()
        .map(|g| words::group(page.locale, g, &page.voice))
        .collect();
    if a.groups.is_unknown() {
        s.groups_unknown = page.msg("groups-unknown");
    }
    s.services = a.services.iter().map(|t| page.item(t)).collect();
    s.services_not_affected = a
        .services_not_affected
        .iter()
        .map(|t| page.item(t))
        .collect();
    s
}

/// The categories of data: affected, possibly affected, not affected, still being looked into.
fn data(page: &mut Page) -> SectionView {
    let mut s = page.section(SectionKey::Data);
    let (locale, d) = (page.locale, &page.f.data);
    let countries = words::people_countries(page.f);
    let words = |list: &[DataCategory]| -> Vec<String> {
        list.iter()
            .flat_map(|c| words::data(locale, *c, &countries))
            .collect()
    };
    s.data_affected = words(&d.affected);
    s.data_possibly_affected = words(&d.possibly_affected);
    s.data_not_affected = words(&d.not_affected);
    s.data_unknown = words(&d.unknown);
    for o in &d.other {
        let target = match o.status {
            DataStatus::Affected => &mut s.data_affected,
            DataStatus::PossiblyAffected => &mut s.data_possibly_affected,
            DataStatus::NotAffected => &mut s.data_not_affected,
            DataStatus::Unknown => &mut s.data_unknown,
        };
        target.push(page.item(&o.label));
    }
    if d.is_unknown() || d.is_empty() {
        s.data_none = page.msg("data-not-yet-known");
    }
    s
}

/// What has been done (`taken`) or will be (`planned`): the facts' measures, then the
/// author's own list items under `# measures`, each in its list's tense.
fn measures(page: &mut Page, key: SectionKey, tense: Tense) -> SectionView {
    let mut s = page.section(key);
    let (from_facts, from_prose, heading) = match tense {
        Tense::Taken => (
            &page.f.measures.taken,
            &page.prose.measures.taken,
            "measures-taken",
        ),
        Tense::Planned => (
            &page.f.measures.planned,
            &page.prose.measures.planned,
            "measures-planned",
        ),
    };
    s.measures = from_facts
        .iter()
        .map(|m| {
            ItemView::plain(words::capitalised(
                page.lang,
                &words::measure(page.locale, m, tense),
            ))
        })
        .chain(
            from_prose
                .iter()
                .map(|item| list_item(page.lang, &item.markdown)),
        )
        .collect();
    if !s.measures.is_empty() {
        s.measures_heading = page.msg(heading);
    }
    s
}

/// One Markdown list item as inline HTML and text: a single paragraph loses its `<p>`.
fn list_item(lang: &str, md: &str) -> ItemView {
    let (html, text) = text::render_with_text(md, 2, &mut HashSet::new());
    let trimmed = html.trim();
    let html = match trimmed
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => trimmed.to_owned(),
    };
    let text = text.trim();
    let capital = words::capitalised(lang, text);
    // Only the first letters change; the HTML starts with them unless it opens with markup.
    let same: usize = text
        .chars()
        .rev()
        .zip(capital.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (lower, upper) = (&text[..text.len() - same], &capital[..capital.len() - same]);
    let html = match html.strip_prefix(lower) {
        Some(rest) if !lower.is_empty() => format!("{upper}{rest}"),
        _ => html,
    };
    ItemView {
        html,
        text: capital,
    }
}

/// Every body told, by its official name, with when, its reference and who reported.
fn authorities(page: &mut Page) -> SectionView {
    let mut s = page.section(SectionKey::Authorities);
    let (locale, f) = (page.locale, page.f);
    let country = f.organization.country;
    s.notified = f
        .notified
        .iter()
        .map(|n| {
            let body = n.body_in(country);
            let mut args = fluent_bundle::FluentArgs::new();
            let reference = n.reference.as_ref().map(|r| {
                args.set("reference", r.clone());
                locale.msg_args("notified-reference", Some(&args))
            });
            let by = n.by.as_ref().map(|b| {
                args.set("by", page.text(&b.label));
                locale.msg_args("notified-by", Some(&args))
            });
            NotifiedView {
                name: words::body(locale, n, country),
                url: body.website().unwrap_or_default().to_owned(),
                when: match n.when {
                    When::Unknown => TimeView {
                        iso: String::new(),
                        text: words::notified_when(locale, &n.when),
                    },
                    ref w => page.when(w),
                },
                reference: reference.unwrap_or_default(),
                by: by.unwrap_or_default(),
                supervisory: body.is_supervisory_authority(),
            }
        })
        .collect();
    s.delay_reason = page.opt_text(&f.authority_delay_reason);
    s
}

fn what_you_should_do(page: &mut Page) -> SectionView {
    let mut s = page.section(SectionKey::WhatYouShouldDo);
    s.advice = page
        .f
        .advice
        .iter()
        .map(|a| match a {
            Item::Key(k) => page.msg(&k.message_id()),
            Item::Text(t) => page.item(t),
        })
        .collect();
    s
}

fn more_information(page: &mut Page) -> SectionView {
    let mut s = page.section(SectionKey::MoreInformation);
    s.contacts = page.f.contacts.iter().map(|c| contact(page, c)).collect();
    s
}

/// `tel:` and the digits of a phone number.
fn phone_href(phone: &Option<String>) -> String {
    phone
        .as_deref()
        .map(|p| {
            let digits: String = p
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            format!("tel:{digits}")
        })
        .unwrap_or_default()
}

fn contact(page: &Page, c: &Contact) -> ContactView {
    let topic = match &c.label {
        Some(l) => page.text(l),
        None => page.msg(&c.topic.message_id()),
    };
    let name = page.opt_text(&c.name);
    ContactView {
        // A card named as its topic would say the same thing twice.
        name: if name.trim().eq_ignore_ascii_case(topic.trim()) {
            String::new()
        } else {
            name
        },
        topic,
        email: c.email.clone().unwrap_or_default(),
        phone_href: phone_href(&c.phone),
        phone: c.phone.clone().unwrap_or_default(),
        web: c.web.clone().unwrap_or_default(),
        hours: page.opt_text(&c.hours),
        people: c
            .people
            .iter()
            .map(|p| PersonView {
                name: page.text(&p.name),
                role: page.opt_text(&p.role),
                email: p.email.clone().unwrap_or_default(),
                phone_href: phone_href(&p.phone),
                phone: p.phone.clone().unwrap_or_default(),
            })
            .collect(),
    }
}

fn questions(page: &mut Page) -> Vec<QuestionView> {
    page.prose
        .questions
        .iter()
        .map(|q| {
            let id = markdown::unique_id(markdown::slug(&q.question), &mut page.used_ids);
            let (html, text) = page.prose_html(&q.answer_markdown, 2);
            QuestionView {
                id,
                question: q.question.clone(),
                html,
                text,
            }
        })
        .collect()
}

/// The revision log, newest first, ending with first publication.
fn revisions(page: &Page) -> Vec<RevisionView> {
    let incident = page.incident;
    let mut ordered: Vec<(&jiff::Zoned, &Text)> = page
        .f
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
            at: TimeView::of(t, page.locale),
            note: page.text(note),
        })
        .rev()
        .collect();
    revisions.push(RevisionView {
        id: "revision-0".to_owned(),
        at: TimeView::of(&incident.published, page.locale),
        note: page.msg("revision-first-published"),
    });
    revisions
}

/// The box at the top: status, discovery, people affected and every body told.
fn key_facts(page: &Page, discovered: Option<TimeView>) -> Vec<Fact> {
    let locale = page.locale;
    // Each value stands on its own under its label, so starts as a list item does.
    let fact = |label: &str, value: String, iso: String| Fact {
        label: page.msg(label),
        value: words::capitalised(page.lang, &value),
        iso,
    };
    let mut facts = vec![fact(
        "status",
        locale.msg(&page.f.status.message_id()),
        String::new(),
    )];
    if let Some(w) = discovered {
        facts.push(fact("discovered", w.text, w.iso));
    }
    facts.push(fact("people-affected", people(page), String::new()));
    let country = page.f.organization.country;
    let bodies: Vec<String> = page
        .f
        .notified
        .iter()
        .map(|n| words::body(locale, n, country))
        .collect();
    if !bodies.is_empty() {
        facts.push(fact(
            "authorities-notified",
            bodies.join(", "),
            String::new(),
        ));
    }
    facts
}

/// The `<link rel="alternate">` set and language switcher for a page that exists in every
/// site language at `<lang>/<rest>`; `depth` is how many folders deep the current page is.
pub(crate) fn alternates(
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
