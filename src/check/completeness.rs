//! Whether a notice says what GDPR Art. 34(2) requires in every language: the nature of the
//! breach, a contact point, the likely consequences and the measures taken; and whether any
//! section or fact still holds the scaffold's placeholders.

use super::at_prose;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::incident::SectionKey;
use crate::site::Site;

/// The word `varsel new` writes where text is still to come.
pub const PLACEHOLDER: &str = "TODO";

/// How much of a section has been written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Empty,
    /// Only the scaffold's placeholder (and comments).
    Placeholder,
    Text,
}

/// Judges a section's Markdown; HTML comments (the scaffold's hints) do not count as text.
pub fn written(markdown: &str) -> Written {
    let mut text = String::new();
    let mut rest = markdown;
    while let Some(start) = comment_start(rest) {
        text.push_str(&rest[..start]);
        rest = match rest[start..].find("-->") {
            Some(end) => &rest[start + end + 3..],
            None => "",
        };
    }
    // Most sections have no comment to take out, and their first line settles it.
    let text = if text.is_empty() {
        rest
    } else {
        text.push_str(rest);
        &text
    };
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    match lines.next() {
        None => Written::Empty,
        Some(first)
            if first.starts_with(PLACEHOLDER) && lines.all(|l| l.starts_with(PLACEHOLDER)) =>
        {
            Written::Placeholder
        }
        Some(_) => Written::Text,
    }
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

/// The Art. 34(2) checks and placeholders of one notice.
pub fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let f = &incident.facts;
    let has_measures = !f.measures.taken.is_empty() || !f.measures.planned.is_empty();
    for lang in site.config.language_codes() {
        let Some(prose) = incident.prose.get(&lang) else {
            continue;
        };
        for (field, value) in [
            ("title", &prose.front.title),
            ("summary", &prose.front.summary),
        ] {
            if value.trim_start().starts_with(PLACEHOLDER) {
                let (line, col) = prose
                    .front_spans
                    .get(field)
                    .map_or((1, 1), |p| (p.line, p.column));
                diags.push(at_prose(
                    incident,
                    &lang,
                    line,
                    col,
                    Diagnostic::error(
                        "placeholder-text",
                        format!("the {field} is still the placeholder `{PLACEHOLDER}`"),
                    )
                    .with_help(format!("write the {field} in this language")),
                ));
            }
        }
        for (key, md) in &prose.sections {
            let state = written(md);
            if state == Written::Text {
                continue;
            }
            let what = match state {
                Written::Empty => "is empty".to_owned(),
                _ => format!("still holds the placeholder `{PLACEHOLDER}`"),
            };
            let section = key.key();
            let d = match key {
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
                SectionKey::WhatWeDid if !has_measures => Diagnostic::error(
                    "missing-measures",
                    format!("the notice names no measures taken or proposed: `# {section}` {what} and `measures:` lists none"),
                )
                .with_help("GDPR Art. 34(2) with 33(3)(d) requires the measures taken or proposed; write them here or list them under `measures:` in incident.yaml"),
                _ => Diagnostic::error("empty-section", format!("section `# {section}` {what}"))
                    .with_help("every notice answers every standard question in every language; write the answer"),
            };
            let line = prose.section_lines.get(key).copied().unwrap_or(1);
            diags.push(at_prose(incident, &lang, line, 1, d));
        }
    }

    if f.contacts.is_empty() {
        diags.push(incident.at_fact(
            "contacts",
            Diagnostic::error("missing-contact", "the notice names no contact point")
                .with_help("GDPR Art. 34(2) with 33(3)(b) requires a contact point: add one under `contacts:`, e.g. the data protection officer (`topic: dpo`)"),
        ));
    }
    if f.affected.groups.is_empty() {
        diags.push(incident.at_fact(
            "affected",
            Diagnostic::warning("missing-affected-groups", "the notice does not say whose data is involved")
                .with_help("list the groups of people under `affected: groups:` (e.g. `- group: customers`) so readers can tell whether it concerns them"),
        ));
    }
    if f.data.is_empty() {
        diags.push(incident.at_fact(
            "data",
            Diagnostic::warning("missing-data-categories", "the notice does not say which data is involved")
                .with_help("list the categories under `data:` (`affected:`, `not_affected:`, `unknown:`); say `unknown` while it is being investigated"),
        ));
    }
    diags.extend(placeholders_in_facts(incident));
    diags
}

/// `TODO` left in the facts file (outside comments).
fn placeholders_in_facts(incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let path = incident.facts_path();
    let source = &incident.facts_source;
    for (i, line) in source.lines().enumerate() {
        let code = match line.find('#') {
            Some(h) if h == 0 || line[..h].ends_with([' ', '\t']) => &line[..h],
            _ => line,
        };
        if let Some(at) = code.find(PLACEHOLDER) {
            diags.push(
                Diagnostic::error(
                    "placeholder-text",
                    format!("the facts still hold the placeholder `{PLACEHOLDER}`"),
                )
                .at(&path, source, i + 1, line[..at].chars().count() + 1)
                .with_help("replace it with the real value"),
            );
        }
    }
    diags
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
}
