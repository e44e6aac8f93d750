//! The messages an organisation sends to the people a notice concerns (`varsel mail`): per
//! notice and language a subject, a plain-text part and an HTML part, and the `.eml` holding
//! both. The parts are rendered by the theme's templates from the page's own view model, so a
//! message cannot say anything the page does not: `notice.txt` and `notice.html` give the
//! whole notice with the reader's three questions answered first, `update.txt` and
//! `update.html` one revision. The link-free variant ([`links`]) has no address a reader could
//! click. Nothing here knows of HTTP: the preview server shows these messages on top of it.

pub(crate) mod links;
pub(crate) mod write;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::incident::Incident;
use crate::incident::vocab::{Role, Topic};
use crate::locale::Locale;
use crate::markdown;
use crate::render::view::{self, ContactView, IncidentView, TimeView};
use crate::render::{Renderer, email};
use crate::site::Site;

pub(crate) use write::{MailRun, write};

/// Which message to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MailOptions {
    /// Whether the message may hold web addresses (`[mail] links`, `--no-links`).
    pub(crate) links: bool,
    /// The revision to announce (1 for the first update), or `None` for the whole notice.
    pub(crate) update: Option<usize>,
}

/// One message, ready to be sent or written.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub(crate) lang: String,
    pub(crate) subject: String,
    pub(crate) text: String,
    pub(crate) html: String,
    /// The time of the revision the message tells of, for its `Date:` header.
    pub(crate) date: jiff::Timestamp,
    /// The `Message-ID:` header, without its angle brackets (see [`message_id`]).
    pub(crate) id: String,
}

/// What the message templates see besides the page, as `mail`.
#[derive(Serialize)]
struct MailView {
    subject: String,
    links: bool,
    /// "What happened to my data?": the kinds of data affected, possibly affected, and those
    /// not yet known.
    data_affected: Vec<String>,
    data_possibly_affected: Vec<String>,
    data_unknown: Vec<String>,
    /// "What should I do now?": the advice, or the section's prose when there is none.
    advice: Vec<String>,
    what_to_do: String,
    /// "Whom can I ask?"
    contacts: Vec<ContactView>,
    /// For the link-free variant: where to find the notice, typed by the reader.
    type_address: String,
    no_password: String,
    update: Option<UpdateView>,
}

#[derive(Serialize)]
struct UpdateView {
    intro: String,
    at: TimeView,
    note: String,
}

/// The message about `incident` in `lang`; `banner` is what its page shows (see `plan`).
pub(crate) fn message(
    site: &Site,
    renderer: &Renderer,
    incident: &Incident,
    banner: &str,
    lang: &str,
    options: MailOptions,
) -> Result<Message, Diagnostic> {
    let locale = site.locales.get(lang);
    let mut page = view::incident_with_text(incident, locale, banner);
    without_pictures(&mut page);
    if !options.links {
        unlink_page(&mut page);
    }
    let (mail, date) = mail_view(site, incident, &page, locale, options)?;
    let mut cx = renderer.base_context(&site.config, lang, 2);
    cx.insert(
        "canonical",
        &format!("{}/{lang}/{}/", site.config.base(), incident.slug),
    );
    cx.insert("email", &true);
    cx.insert("page", &page);
    cx.insert("mail", &mail);
    let (txt, html) = match options.update {
        Some(_) => ("update.txt", "update.html"),
        None => ("notice.txt", "notice.html"),
    };
    let mut text = email::finish_text(&renderer.render(txt, &cx)?);
    let mut html = renderer.render(html, &cx)?;
    if !options.links {
        text = links::text(&text);
        html = links::html(&html);
    }
    let id = message_id(site, incident, lang, options, [&mail.subject, &text, &html]);
    Ok(Message {
        lang: lang.to_owned(),
        subject: mail.subject,
        text,
        html,
        date,
        id,
    })
}

/// A Message-ID made from what the message says, so that writing the messages twice gives
/// the same bytes: `<hash>.<slug>.<lang>@<host>`, the host the site's (or else the
/// organisation's) web address. The revision and the parts are hashed, so a message that says
/// anything else has another id; the same message sent again keeps its id, as a mail client
/// expects of one message.
fn message_id(
    site: &Site,
    incident: &Incident,
    lang: &str,
    options: MailOptions,
    parts: [&str; 3],
) -> String {
    let revision = options.update.unwrap_or(incident.facts.updates.len());
    let mut bytes = format!("{}\0{lang}\0{revision}\0{}", incident.slug, options.links);
    for p in parts {
        bytes.push('\0');
        bytes.push_str(p);
    }
    // SipHash-1-3 with fixed keys: the same on every machine and Rust version.
    let hash = siphasher::sip128::SipHasher13::new().hash(bytes.as_bytes());
    let host = host(site.config.base())
        .or_else(|| {
            incident
                .facts
                .organization
                .website
                .as_deref()
                .and_then(host)
        })
        .unwrap_or("varsel.invalid");
    format!("{:032x}.{}.{lang}@{host}", u128::from(hash), incident.slug)
}

/// The host name of an absolute web address (`https://user@host:8080/path` → `host`).
fn host(url: &str) -> Option<&str> {
    let rest = url.trim().split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// The page's prose without pictures, which a mail reader would fetch from their server.
fn without_pictures(page: &mut IncidentView) {
    for s in &mut page.sections {
        s.html = markdown::without_pictures(&s.html);
    }
    for q in &mut page.questions {
        q.html = markdown::without_pictures(&q.html);
    }
}

/// The link-free page: prose without link targets, contacts and authorities without web
/// addresses (a reader is told where to type instead).
fn unlink_page(page: &mut IncidentView) {
    page.organization_url.clear();
    for s in &mut page.sections {
        s.html = links::html(&s.html);
        s.text = links::text(&s.text);
        for n in &mut s.notified {
            n.url.clear();
        }
        for c in &mut s.contacts {
            c.web.clear();
        }
    }
    for q in &mut page.questions {
        q.html = links::html(&q.html);
        q.text = links::text(&q.text);
    }
}

/// The message's own parts (subject, first answers, update), and the time it is dated.
fn mail_view(
    site: &Site,
    incident: &Incident,
    page: &IncidentView,
    locale: &Locale,
    options: MailOptions,
) -> Result<(MailView, jiff::Timestamp), Diagnostic> {
    let lang = locale.code.as_str();
    let org = &incident.facts.organization;
    let mut args = FluentArgs::new();
    args.set("organization", org.name.clone());
    let update = options
        .update
        .map(|n| update_view(incident, locale, n))
        .transpose()?;
    let date = match options.update {
        Some(n) => incident.update_times[n - 1].timestamp(),
        None => incident.last_updated.timestamp(),
    };
    let subject = match (&update, subject_override(incident, lang)) {
        (Some(_), _) => locale.msg_args("mail-update-subject", Some(&args)),
        (None, Some(own)) => own,
        (None, None) => {
            let audience = match org.role {
                Role::Controller => "people",
                Role::Processor => "organisations",
            };
            args.set("audience", audience);
            locale.msg_args("mail-subject", Some(&args))
        }
    };
    let mut where_args = FluentArgs::new();
    where_args.set("address", typed_address(site.config.base()));
    where_args.set("title", page.title.clone());
    let section = |id: &str| page.sections.iter().find(|s| s.id == id);
    let data = section("data");
    let todo = section("what-you-should-do");
    let view = MailView {
        subject,
        links: options.links,
        data_affected: data.map(|s| s.data_affected.clone()).unwrap_or_default(),
        data_possibly_affected: data
            .map(|s| s.data_possibly_affected.clone())
            .unwrap_or_default(),
        data_unknown: data.map(|s| s.data_unknown.clone()).unwrap_or_default(),
        advice: todo.map(|s| s.advice.clone()).unwrap_or_default(),
        what_to_do: todo.map(|s| s.text.clone()).unwrap_or_default(),
        contacts: readers_contacts(incident, page),
        type_address: locale.msg_args("mail-type-address", Some(&where_args)),
        no_password: locale.msg_args("mail-no-password", Some(&args)),
        update,
    };
    Ok((view, date))
}

/// "Whom can I ask?": every contact but the press office, which is not there for readers.
fn readers_contacts(incident: &Incident, page: &IncidentView) -> Vec<ContactView> {
    let shown = page.sections.iter().flat_map(|s| s.contacts.iter());
    // The page lists the contacts in the order they are written.
    incident
        .facts
        .contacts
        .iter()
        .zip(shown)
        .filter(|(c, _)| c.topic != Topic::Press)
        .map(|(_, v)| v.clone())
        .collect()
}

/// The subject the notice's front matter gives in `lang`, on one line.
fn subject_override(incident: &Incident, lang: &str) -> Option<String> {
    let own = incident.prose.get(lang)?.front.subject.as_deref()?;
    let one_line = own.split_whitespace().collect::<Vec<_>>().join(" ");
    (!one_line.is_empty()).then_some(one_line)
}

/// Where the notices are, as a reader types it: the site's address without its scheme.
fn typed_address(base: &str) -> String {
    let rest = base.split_once("://").map_or(base, |(_, rest)| rest);
    rest.strip_prefix("www.").unwrap_or(rest).to_owned()
}

/// Revision `n` of `incident` (1 for the first update) in `locale`'s words.
fn update_view(incident: &Incident, locale: &Locale, n: usize) -> Result<UpdateView, Diagnostic> {
    let count = incident.facts.updates.len();
    if n == 0 || n > count {
        return Err(Diagnostic::error(
            "no-such-update",
            format!(
                "{} has no update {n}: its revision log has {count} update{}",
                incident.slug,
                if count == 1 { "" } else { "s" }
            ),
        )
        .in_file(incident.facts_path())
        .with_help("count the entries under `updates:` from 1, oldest first"));
    }
    let at = TimeView::of(&incident.update_times[n - 1], locale);
    let mut args = FluentArgs::new();
    args.set("date", at.text.clone());
    Ok(UpdateView {
        intro: locale.msg_args("mail-update-intro", Some(&args)),
        note: incident.facts.updates[n - 1]
            .note
            .get(&locale.code)
            .unwrap_or_default()
            .to_owned(),
        at,
    })
}

/// `message` as an RFC 5322 message: `Subject`, `Date`, `Content-Language` and both parts as
/// multipart/alternative. No `From` or `To`: the organisation's mailer adds them.
pub(crate) fn eml(message: &Message) -> Vec<u8> {
    use mail_builder::headers::content_type::ContentType;
    use mail_builder::mime::MimePart;
    // The builder would make up a boundary from the clock; one from the id keeps the bytes the
    // same. The id hashes the parts, so they do not hold it.
    let boundary = format!("=_{}", message.id.split('.').next().unwrap_or_default());
    let parts = vec![
        MimePart::new("text/plain", message.text.as_str()),
        MimePart::new("text/html", message.html.as_str()),
    ];
    let alternative = ContentType::new("multipart/alternative").attribute("boundary", boundary);
    mail_builder::MessageBuilder::new()
        .message_id(message.id.as_str())
        .subject(message.subject.as_str())
        .date(message.date.as_second())
        .header(
            "Content-Language",
            mail_builder::headers::raw::Raw::new(message.lang.as_str()),
        )
        .body(MimePart::new(alternative, parts))
        .write_to_vec()
        // Writing to a Vec cannot fail.
        .unwrap_or_default()
}
