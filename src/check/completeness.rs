//! Whether a notice says what GDPR Art. 34(2) requires in every language: the nature of the
//! breach, a contact point that can be reached, the likely consequences and the measures
//! taken; and whether any text still holds a placeholder ([`placeholder`](super::placeholder)).
//! A section is judged by the text its page shows, not by its source: a heading, a rule,
//! `&nbsp;` or HTML the sanitizer removes is no text.

use std::borrow::Cow;
use std::collections::HashSet;

use super::at_prose;
use super::placeholder;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::SectionKey;
use crate::incident::model::Facts;
use crate::incident::{Incident, Prose};
use crate::site::Site;

/// How much of a section has been written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// The page would show no text.
    Empty,
    /// Only placeholders (and comments).
    Placeholder,
    Text,
}

/// Judges a section's Markdown by the text its page shows; HTML comments (the scaffold's
/// hints) do not count.
pub(crate) fn written(markdown: &str) -> Written {
    judged(&without_comments(markdown), true)
}

/// [`written`] of a text whose comments are blanked out; `may_hold_placeholder` is false when
/// the text is already known to hold none, which spares reading it again.
fn judged(text: &str, may_hold_placeholder: bool) -> Written {
    if !shows_text(text) {
        Written::Empty
    } else if may_hold_placeholder && placeholder::only_placeholders(text) {
        Written::Placeholder
    } else {
        Written::Text
    }
}

/// `markdown` with each HTML comment blanked out, byte for byte (line breaks kept), so that
/// offsets into it are offsets into `markdown`.
pub(crate) fn without_comments(markdown: &str) -> Cow<'_, str> {
    let Some(first) = comment_start(markdown) else {
        return Cow::Borrowed(markdown);
    };
    let mut out = String::with_capacity(markdown.len());
    out.push_str(&markdown[..first]);
    let mut rest = &markdown[first..];
    loop {
        let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
        // A blanked character takes as many spaces as it had bytes.
        for c in rest[..end].chars() {
            match c {
                '\n' => out.push('\n'),
                c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        rest = &rest[end..];
        match comment_start(rest) {
            Some(next) => {
                out.push_str(&rest[..next]);
                rest = &rest[next..];
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    Cow::Owned(out)
}

/// Where the first `<!--` in `text` starts. A section seldom has a `<` at all, and looking
/// for one character is much faster than for a string.
fn comment_start(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find('<') {
        if text[from + i..].starts_with("<!--") {
            return Some(from + i);
        }
        from += i + 1;
    }
    None
}

/// Whether the page shows any text for `markdown` (outside its headings).
fn shows_text(markdown: &str) -> bool {
    plainly_shows_text(markdown).unwrap_or_else(|| rendered_text_shows(markdown))
}

/// `Some(true)` when a line of plain words settles it without parsing: one that starts with a
/// letter and whose paragraph is not underlined into a heading, in text with no HTML, entity,
/// escape or link definition that could hide it. `None` when a parse must decide.
fn plainly_shows_text(markdown: &str) -> Option<bool> {
    // Byte searches: these are ASCII, which no other character's bytes contain, and
    // `memchr` reads a whole section in wide blocks where `str::contains` decodes each
    // character (3% of a build's instructions went to it).
    let bytes = markdown.as_bytes();
    if memchr::memchr3(b'<', b'&', b'\\', bytes).is_some()
        || memchr::memmem::find(bytes, b"]:").is_some()
    {
        return None;
    }
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let starts_with_letter = line
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphabetic);
        if !starts_with_letter {
            continue;
        }
        // An underline under any later line of the paragraph makes all of it a heading
        // (`é\n#-\n-` is one). The lines up to it are read once: the search goes on after it.
        let underlined = lines
            .by_ref()
            .map(str::trim)
            .take_while(|t| !t.is_empty())
            .any(|t| t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'));
        if !underlined {
            return Some(true);
        }
    }
    None
}

/// The text of `markdown` as its page shows it, sanitized and without headings, judged for
/// anything but white space.
fn rendered_text_shows(markdown: &str) -> bool {
    let html = crate::markdown::render(markdown, 1, &mut HashSet::new());
    let hidden: HashSet<&str> = ["script", "style", "h1", "h2", "h3", "h4", "h5", "h6"].into();
    let text = ammonia::Builder::empty()
        .clean_content_tags(hidden)
        .clean(&html)
        .to_string();
    text.replace("&nbsp;", " ")
        .chars()
        .any(|c| !c.is_whitespace())
}

/// Whether the page shows a structured list from the facts beside the section's prose, so
/// that the section needs no prose of its own.
fn has_list_beside(key: SectionKey, f: &Facts) -> bool {
    match key {
        SectionKey::WhatWeDid => !f.measures.taken.is_empty() || !f.measures.planned.is_empty(),
        SectionKey::Prevention => !f.measures.planned.is_empty(),
        SectionKey::WhatYouShouldDo => !f.advice.is_empty(),
        SectionKey::MoreInformation => !f.contacts.is_empty(),
        _ => false,
    }
}

/// The Art. 34(2) checks and placeholders of one notice.
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for lang in site.config.language_codes() {
        let (Some(prose), Some(source)) =
            (incident.prose.get(&lang), incident.prose_sources.get(&lang))
        else {
            continue;
        };
        front_matter(incident, &lang, prose, &mut diags);
        sections(incident, &lang, prose, source, &mut diags);
        questions(incident, &lang, prose, source, &mut diags);
    }
    contacts(incident, &site.config.language_codes(), &mut diags);
    groups_and_data(incident, &mut diags);
    diags.extend(placeholders_in_facts(incident));
    diags
}

/// Placeholders left in the title and summary of the `lang` prose.
fn front_matter(incident: &Incident, lang: &str, prose: &Prose, diags: &mut Diagnostics) {
    for (field, value) in [
        ("title", &prose.front.title),
        ("summary", &prose.front.summary),
    ] {
        if let Some(p) = placeholder::find(value) {
            let (line, col) = prose
                .front_spans()
                .get(field)
                .map_or((1, 1), |p| (p.line, p.column));
            diags.push(at_prose(
                incident,
                lang,
                line,
                col,
                Diagnostic::error(
                    "placeholder-text",
                    format!("the {field} still holds the placeholder `{}`", p.text),
                )
                .with_help(format!("write the {field} in this language")),
            ));
        }
    }
}

/// Placeholders left in the custom questions of the `lang` prose or their answers.
fn questions(
    incident: &Incident,
    lang: &str,
    prose: &Prose,
    source: &str,
    diags: &mut Diagnostics,
) {
    for q in &prose.questions {
        let answer = without_comments(&q.answer_markdown);
        let found = placeholder::find(&q.question)
            .map(|p| (p, 0))
            .or_else(|| placeholder::find(&answer).map(|p| (p, 1)));
        if let Some((p, part)) = found {
            let offset = match part {
                0 => None,
                _ => Some(offset_in(source, &q.answer_markdown) + p.at),
            };
            let d = Diagnostic::error(
                "placeholder-text",
                format!(
                    "the question “{}” still holds the placeholder `{}`",
                    q.question, p.text
                ),
            )
            .with_help("write the question and its answer in this language");
            diags.push(match offset {
                Some(o) => d.at_offset(&incident.prose_path(lang), source, o),
                None => at_prose(incident, lang, q.line, 1, d),
            });
        }
    }
}

/// Art. 34(2): the groups of people and the data involved are named, or said not yet known.
fn groups_and_data(incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
    if f.affected.groups.is_unknown() {
        diags.push(
            incident.at_fact(
                "affected.groups",
                Diagnostic::warning(
                    "groups-not-yet-known",
                    "the notice says the groups of people affected are not yet known",
                )
                .with_help("list them under `affected: groups:` once they are known"),
            ),
        );
    } else if f.affected.groups.is_empty() {
        diags.push(incident.at_fact(
            "affected",
            Diagnostic::warning("missing-affected-groups", "the notice does not say whose data is involved")
                .with_help("list the groups of people under `affected: groups:` (e.g. `- group: customers`) so readers can tell whether it concerns them"),
        ));
    }
    if f.data.is_unknown() {
        diags.push(
            incident.at_fact(
                "data",
                Diagnostic::warning(
                    "data-not-yet-known",
                    "the notice says the data involved is not yet known",
                )
                .with_help("list the categories under `data:` once they are known"),
            ),
        );
    } else if f.data.is_empty() {
        diags.push(incident.at_fact(
            "data",
            Diagnostic::warning("missing-data-categories", "the notice does not say which data is involved")
                .with_help("list the categories under `data:` (`affected:`, `not_affected:`, `unknown:`); say `unknown` while it is being investigated"),
        ));
    }
}

/// Where `part`, a slice of `source`, starts in it.
fn offset_in(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(source.as_ptr() as usize)
        .filter(|o| *o <= source.len())
        .unwrap_or(0)
}

/// The Art. 34(2) questions each section answers, judged by what its page shows.
fn sections(incident: &Incident, lang: &str, prose: &Prose, source: &str, diags: &mut Diagnostics) {
    let f = &incident.facts;
    for (key, md) in &prose.sections {
        let text = without_comments(md);
        let found = placeholder::find(&text);
        // A text with no placeholder anywhere cannot be only placeholders.
        let state = judged(&text, found.is_some());
        if state == Written::Text {
            if let Some(p) = found {
                diags.push(
                    Diagnostic::error(
                        "placeholder-text",
                        format!(
                            "section `# {}` still holds the placeholder `{}`",
                            key.key(),
                            p.text
                        ),
                    )
                    .at_offset(
                        &incident.prose_path(lang),
                        source,
                        offset_in(source, md) + p.at,
                    )
                    .with_help("write the text this placeholder stands for, or take it out"),
                );
            }
            continue;
        }
        if state == Written::Empty && has_list_beside(*key, f) {
            continue;
        }
        let what = match found {
            Some(p) if state == Written::Placeholder => {
                format!("still holds the placeholder `{}`", p.text)
            }
            _ => "is empty".to_owned(),
        };
        let d = unanswered(*key, &what, f);
        let line = prose.section_lines.get(key).copied().unwrap_or(1);
        diags.push(at_prose(incident, lang, line, 1, d));
    }
}

/// The problem of section `key`, which `what` (is empty, or still holds a placeholder).
fn unanswered(key: SectionKey, what: &str, f: &Facts) -> Diagnostic {
    let section = key.key();
    match key {
        SectionKey::WhatHappened => Diagnostic::error(
            "missing-nature",
            format!("the notice does not describe the nature of the breach: `# {section}` {what}"),
        )
        .with_help("GDPR Art. 34(2) requires telling people, in clear and plain language, what happened; write it in this language"),
        SectionKey::Consequences => Diagnostic::error(
            "missing-consequences",
            format!("the notice does not state the likely consequences: `# {section}` {what}"),
        )
        .with_help("GDPR Art. 34(2) with 33(3)(c) requires describing the likely consequences of the breach for the people affected"),
        SectionKey::WhatWeDid if !has_list_beside(key, f) => Diagnostic::error(
            "missing-measures",
            format!("the notice names no measures taken or proposed: `# {section}` {what} and `measures:` lists none"),
        )
        .with_help("GDPR Art. 34(2) with 33(3)(d) requires the measures taken or proposed; write them here or list them under `measures:` in incident.yaml"),
        _ => Diagnostic::error("empty-section", format!("section `# {section}` {what}"))
            .with_help("every notice answers every standard question in every language; write the answer"),
    }
}

/// Art. 33(3)(b) and 34(2): a contact point with the details to reach it.
fn contacts(incident: &Incident, langs: &[String], diags: &mut Diagnostics) {
    let f = &incident.facts;
    if f.contacts.is_empty() {
        diags.push(incident.at_fact(
            "contacts",
            Diagnostic::error("missing-contact", "the notice names no contact point")
                .with_help("GDPR Art. 34(2) with 33(3)(b) requires a contact point: add one under `contacts:`, e.g. the data protection officer (`topic: dpo`)"),
        ));
    }
    for (i, c) in f.contacts.iter().enumerate() {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        let person = c.people.iter().any(|p| given(&p.email) || given(&p.phone));
        if !(given(&c.email) || given(&c.phone) || given(&c.web) || person) {
            diags.push(incident.at_fact(
                &format!("contacts[{i}]"),
                Diagnostic::error(
                    "missing-contact",
                    format!("the contact point `{}` has no email, phone or web address", c.topic),
                )
                .with_help("GDPR Art. 33(3)(b) requires contact details: give `email:`, `phone:` or `web:` so readers can reach it"),
            ));
        }
        if let Some(name) = &c.name {
            let empty: Vec<&str> = langs
                .iter()
                .filter(|l| name.get(l).is_some_and(|n| n.trim().is_empty()))
                .map(String::as_str)
                .collect();
            if !empty.is_empty() {
                diags.push(
                    incident.at_fact(
                        &format!("contacts[{i}].name"),
                        Diagnostic::error(
                            "missing-contact",
                            format!(
                                "the contact point `{}` has an empty `name` in {}",
                                c.topic,
                                empty
                                    .iter()
                                    .map(|l| format!("`{l}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        )
                        .with_help("write the name readers should ask for, or leave `name:` out"),
                    ),
                );
            }
        }
    }
}

/// Placeholders left in the facts file (outside comments): a value that is one, or a
/// placeholder word anywhere in a line.
fn placeholders_in_facts(incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let path = incident.facts_path();
    let source = &incident.facts_source;
    if !placeholder::may_hold_within(source) {
        return diags;
    }
    for (i, line) in source.lines().enumerate() {
        let code = match line.find('#') {
            Some(h) if h == 0 || line[..h].ends_with([' ', '\t']) => &line[..h],
            _ => line,
        };
        if let Some((at, p)) = placeholder_in_yaml_line(code) {
            diags.push(
                Diagnostic::error(
                    "placeholder-text",
                    format!("the facts still hold the placeholder `{}`", p.text),
                )
                .at(&path, source, i + 1, line[..at].chars().count() + 1)
                .with_help("replace it with the real value"),
            );
        }
    }
    diags
}

/// The first placeholder among the values of a line of YAML, and its byte offset: each
/// value (between `,`, `[`, `]`, `{`, `}`, after `- ` and `key:`) is judged as a text.
fn placeholder_in_yaml_line(code: &str) -> Option<(usize, placeholder::Placeholder)> {
    let mut start = 0;
    for part in code.split([',', '[', ']', '{', '}']) {
        let offset = start;
        start += part.len() + 1;
        let value = part.trim_start().trim_start_matches("- ");
        let value = match value.split_once(':') {
            Some((key, rest))
                if !key.contains(' ') && (rest.is_empty() || rest.starts_with(' ')) =>
            {
                rest
            }
            _ => value,
        };
        let value_at = offset + (value.as_ptr() as usize - part.as_ptr() as usize);
        if let Some(p) = placeholder::find(value) {
            return Some((value_at + p.at, p));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_placeholders_are_not_text() {
        assert_eq!(written("\n\n"), Written::Empty);
        assert_eq!(written("<!-- hint\nover lines -->\n"), Written::Empty);
        assert_eq!(written("<!-- hint -->\nTODO\n"), Written::Placeholder);
        assert_eq!(written("TODO: the date\n"), Written::Placeholder);
        assert_eq!(written("TODO\nWe closed the hole.\n"), Written::Text);
        assert_eq!(written("<!-- unclosed\nWe closed it."), Written::Empty);
        assert_eq!(written("a < b <!- not -->"), Written::Text);
        assert_eq!(written("<<!-- x --> <!-- y -->"), Written::Text);
        assert_eq!(written("< <!-- x -->"), Written::Text);
        assert_eq!(written("<!-- x --><!-- y -->  \n"), Written::Empty);
    }

    #[test]
    fn only_what_the_page_shows_is_text() {
        for md in [
            "## Details\n",
            "Details\n-------\n",
            "Details of\nwhat happened\n===\n",
            "---\n",
            "&nbsp;\n",
            "<p></p>\n",
            "<script>alert(1)</script>\n",
            "<style>p { color: red }</style>\n",
            "![](https://example.com/a.png)\n",
            "[ref]: https://example.com\n",
        ] {
            assert_eq!(written(md), Written::Empty, "{md:?}");
        }
        for md in [
            "We closed it.",
            "- We closed it.",
            "<div>We closed it.</div>\n",
            "## Details\nWe closed it.\n",
            "1. Closed",
            "`code`",
            "&amp;",
        ] {
            assert_eq!(written(md), Written::Text, "{md:?}");
        }
    }

    proptest::proptest! {
        /// The shortcut never says a section shows text that its page does not show.
        #[test]
        fn the_shortcut_agrees_with_the_page(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Word", " ", "\n", "\n\n", "#", "## ", "-", "---", "===", "*", "_", "`",
                "```", "[", "]", "(", ")", ":", "!", ">", "|", "1.", "    ", "\t", "~", "+",
                "é", "…", "\u{a0}",
            ]), 0..16)
        ) {
            let md = parts.concat();
            if let Some(shows) = plainly_shows_text(&md) {
                proptest::prop_assert_eq!(shows, rendered_text_shows(&md), "{:?}", md);
            }
        }
    }

    #[test]
    fn comments_are_blanked_in_place() {
        let md = "a <!-- ä\nb --> c";
        let out = without_comments(md);
        assert_eq!(out.len(), md.len());
        assert_eq!(&out[out.len() - 1..], "c");
        assert_eq!(out.matches('\n').count(), 1);
    }

    #[test]
    fn placeholders_are_found_among_yaml_values() {
        for (line, at) in [
            ("  name: TODO", 8),
            ("  name: todo", 8),
            ("  name: '…'", 9),
            ("hours: { sv: tbd, en: Weekdays }", 13),
            ("  - FIXME", 4),
            ("summary: \"TODO: one or two sentences\"", 10),
        ] {
            let (found, _) = placeholder_in_yaml_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(found, at, "{line}");
        }
        for line in [
            "  name: Acme Handel AB",
            "when: 2024-12-02T16:10",
            "web: https://a.example/",
        ] {
            assert_eq!(placeholder_in_yaml_line(line), None, "{line}");
        }
    }
}
