//! Markdown prose to HTML: pulldown-cmark with tables, footnotes and the like, headings moved
//! below the page's own section headings and given unique ids, raw HTML and unsafe links
//! sanitized. The ids a notice's page gives its elements are decided here too
//! ([`anchor_ids`]), so that a link check knows them without rendering the page.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::incident::model::{Prose, SectionKey};
use crate::input::{first_forbidden_control, is_forbidden_control};

/// Renders `markdown` to safe HTML. Headings are shifted down by `shift` levels (prose `##`
/// under a page `<h2>` becomes `<h3>`) and get ids unique among `used_ids`.
pub fn render(markdown: &str, shift: usize, used_ids: &mut HashSet<String>) -> String {
    parse(markdown, shift, used_ids).into_html()
}

/// Markdown parsed once, its headings shifted and given ids: made into HTML here, and into
/// other renditions (plain text) by whoever needs them, from the same parse.
pub(crate) struct Parsed<'a> {
    events: Vec<Event<'a>>,
    /// It has raw HTML or a link to an unsafe scheme.
    needs_sanitizing: bool,
    markdown_len: usize,
}

impl<'a> Parsed<'a> {
    /// The events, headings already shifted and given their ids.
    pub(crate) fn events(&self) -> impl Iterator<Item = Event<'a>> + '_ {
        self.events.iter().cloned()
    }

    /// Safe HTML, as [`render`] makes it.
    pub(crate) fn into_html(self) -> String {
        html_of(
            self.events.into_iter(),
            self.needs_sanitizing,
            self.markdown_len,
        )
    }
}

/// Parses `markdown` as [`render`] does, without writing its HTML yet.
pub(crate) fn parse<'a>(
    markdown: &'a str,
    shift: usize,
    used_ids: &mut HashSet<String>,
) -> Parsed<'a> {
    let (events, needs_sanitizing) = events(markdown, shift, used_ids);
    Parsed {
        events,
        needs_sanitizing,
        markdown_len: markdown.len(),
    }
}

/// Adds to `used_ids` the ids [`render`] gives the headings of `markdown`, without writing
/// its HTML: what a link check needs to know.
pub(crate) fn take_heading_ids(markdown: &str, used_ids: &mut HashSet<String>) {
    events(markdown, 0, used_ids);
}

/// The ids the page itself gives elements, which headings in the prose must not take.
const PAGE_IDS: [&str; 7] = [
    "who-affected",
    "data",
    "authorities",
    "questions",
    "revisions",
    "content",
    "facts",
];

/// The ids a notice's page takes before its prose: one per section and [`PAGE_IDS`].
pub(crate) fn reserved_ids() -> HashSet<String> {
    SectionKey::ALL
        .iter()
        .map(|k| k.key().to_owned())
        .chain(PAGE_IDS.map(str::to_owned))
        .collect()
}

/// The ids a notice's page with `revisions` revision-log entries takes before its prose: the
/// reserved ones and `revision-0` (first publication) to `revision-<revisions>`.
pub(crate) fn page_ids(revisions: usize) -> HashSet<String> {
    let mut ids = reserved_ids();
    ids.extend((0..=revisions).map(|n| format!("revision-{n}")));
    ids
}

/// Every id on a notice's page in the language of `prose`: what `#fragment` links can reach.
/// Assigned in the same order as the page view does, so the ids are the same.
pub(crate) fn anchor_ids(prose: &Prose, revisions: usize) -> HashSet<String> {
    let mut used = page_ids(revisions);
    for (_, md) in &prose.sections {
        take_heading_ids(md, &mut used);
    }
    for q in &prose.questions {
        unique_id(slug(&q.question), &mut used);
        take_heading_ids(&q.answer_markdown, &mut used);
    }
    used
}

/// The extensions prose may use, for every reader of it.
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS);

/// The parsed `markdown` with its headings shifted and given ids, and whether its HTML must
/// be sanitized (it has raw HTML or a link to an unsafe scheme).
fn events<'a>(
    markdown: &'a str,
    shift: usize,
    used_ids: &mut HashSet<String>,
) -> (Vec<Event<'a>>, bool) {
    let mut needs_sanitizing = false;
    let mut events = bounded(Parser::new_ext(markdown, OPTIONS));
    // Heading ids come from the heading's text, so collect it before writing the start tag.
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let level = shift_level(*level, shift);
                let mut text = String::new();
                let mut j = i + 1;
                while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                    if let Event::Text(t) | Event::Code(t) = &events[j] {
                        text.push_str(t);
                    }
                    j += 1;
                }
                let wanted = id.as_deref().map(slug).unwrap_or_else(|| slug(&text));
                let id = unique_id(wanted, used_ids);
                events[i] = Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(id)),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                });
                if j < events.len() {
                    events[j] = Event::End(TagEnd::Heading(level));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => needs_sanitizing = true,
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !is_safe_url(dest_url) =>
            {
                needs_sanitizing = true
            }
            _ => {}
        }
        i += 1;
    }
    (events, needs_sanitizing)
}

/// Deepest nesting of elements (lists, items, quotes, emphasis) the prose keeps. Deeper
/// elements are left out and their text joins the deepest one kept: every rendition (page,
/// email text and HTML, JSON) then does work in proportion to the prose's length, where a
/// line of 20,000 `- ` would otherwise indent 20,000 levels deep, each line again.
pub(crate) const MAX_NESTING: usize = 16;

/// The events of a parse, nested at most [`MAX_NESTING`] deep and without control
/// characters (other than tab and line breaks), which have no place in a notice and would
/// make its feeds malformed XML.
fn bounded<'a>(parser: Parser<'a>) -> Vec<Event<'a>> {
    let mut kept: Vec<bool> = Vec::new();
    let mut depth = 0usize;
    let mut out = Vec::new();
    for event in parser {
        match event {
            Event::Start(_) => {
                let keep = depth < MAX_NESTING;
                kept.push(keep);
                if keep {
                    depth += 1;
                    out.push(event);
                }
            }
            Event::End(_) => {
                if kept.pop().unwrap_or(true) {
                    depth = depth.saturating_sub(1);
                    out.push(event);
                }
            }
            Event::Text(t) => out.push(Event::Text(without_controls(t))),
            Event::Code(t) => out.push(Event::Code(without_controls(t))),
            Event::Html(t) => out.push(Event::Html(without_controls(t))),
            Event::InlineHtml(t) => out.push(Event::InlineHtml(without_controls(t))),
            other => out.push(other),
        }
    }
    out
}

fn without_controls(t: CowStr<'_>) -> CowStr<'_> {
    if first_forbidden_control(&t).is_some() {
        CowStr::from(
            t.chars()
                .filter(|c| !is_forbidden_control(*c))
                .collect::<String>(),
        )
    } else {
        t
    }
}

fn html_of<'a>(
    events: impl Iterator<Item = Event<'a>>,
    needs_sanitizing: bool,
    markdown_len: usize,
) -> String {
    let mut out = String::with_capacity(markdown_len * 3 / 2);
    html::push_html(&mut out, events);
    if needs_sanitizing {
        sanitize(&out)
    } else {
        out
    }
}

/// Cleans HTML with an allow-list: no scripts, styles, event handlers or `javascript:` links,
/// but headings keep their ids so in-page links still work.
pub fn sanitize(html: &str) -> String {
    sanitizer().clean(html).to_string()
}

/// The page's allow-list, for [`sanitize`] and the renditions built on it.
fn sanitizer() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes(["id", "class", "lang", "dir"])
        .add_tags(["details", "summary", "figure", "figcaption", "mark", "time"])
        .add_tag_attributes("time", ["datetime"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tags(["input"])
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"));
    builder
}

/// The prose's HTML for a message: what [`sanitize`] keeps, less pictures. A picture in an
/// email is fetched from its server when the message is opened, which tells that server who
/// read it and when; the messages promise none.
pub(crate) fn without_pictures(html: &str) -> String {
    if !html.contains("<img") {
        return html.to_owned();
    }
    sanitizer().rm_tags(["img"]).clean(html).to_string()
}

/// The text a reader of the page sees of a block of raw HTML: what [`sanitize`] keeps of it
/// (no script or style content), without its tags, white space folded.
pub(crate) fn html_block_text(html: &str) -> String {
    let text = ammonia::Builder::default()
        .tags(HashSet::new())
        .clean(html)
        .to_string();
    let text = html_escape::decode_html_entities(&text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a link to `url` stays a link on the page: http, https, mailto, tel or a relative
/// address. Others (`javascript:`, `data:`) are removed by [`sanitize`].
pub(crate) fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        // A colon after a slash, ? or # is part of a path or query, not a scheme.
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

fn shift_level(level: HeadingLevel, shift: usize) -> HeadingLevel {
    let n = (level as usize + shift).min(6);
    HeadingLevel::try_from(n).unwrap_or(HeadingLevel::H6)
}

/// A URL fragment from heading text: lowercase letters and digits of any script, joined by `-`.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("section");
    }
    out
}

/// `wanted`, or `wanted-2`, `wanted-3`, … if already taken.
pub(crate) fn unique_id(wanted: String, used: &mut HashSet<String>) -> String {
    if used.insert(wanted.clone()) {
        return wanted;
    }
    let mut n = 2;
    loop {
        let candidate = format!("{wanted}-{n}");
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_is_dropped_and_other_text_kept() {
        for (text, kept) in [
            ("a\u{1}b", "ab"),
            ("a\u{7f}b", "ab"),
            ("a\u{85}b\u{9f}", "ab"),
            ("tab\tand line\nkept", "tab\tand line\nkept"),
            ("Ä Â ©", "Ä Â ©"),
        ] {
            assert_eq!(&*without_controls(CowStr::from(text)), kept, "{text:?}");
        }
    }

    #[test]
    fn headings_shift_and_get_unique_ids() {
        let mut used = HashSet::from(["what-happened".to_owned()]);
        let html = render(
            "## What happened\n\n## Vad hände?\n\n## Vad hände?\n",
            1,
            &mut used,
        );
        assert!(
            html.contains("<h3 id=\"what-happened-2\">What happened</h3>"),
            "{html}"
        );
        assert!(html.contains("<h3 id=\"vad-hände\">"), "{html}");
        assert!(html.contains("<h3 id=\"vad-hände-2\">"), "{html}");
    }

    #[test]
    fn raw_html_and_script_links_are_cleaned() {
        let mut used = HashSet::new();
        let html = render(
            "<script>alert(1)</script>\n\n<p onclick=\"x()\" id=\"keep\">hi</p>\n\n[x](javascript:alert(1))",
            1,
            &mut used,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("id=\"keep\""), "{html}");
    }

    #[test]
    fn safe_links_are_kept() {
        let mut used = HashSet::new();
        let html = render(
            "[a](https://a.example/x:y) [b](mailto:dpo@a.example) [c](/rel:x) [d](#top)",
            1,
            &mut used,
        );
        assert!(html.contains("href=\"https://a.example/x:y\""), "{html}");
        assert!(html.contains("href=\"mailto:dpo@a.example\""), "{html}");
        assert!(html.contains("href=\"/rel:x\""), "{html}");
        assert!(html.contains("href=\"#top\""), "{html}");
    }

    #[test]
    fn tables_and_footnotes_render() {
        let mut used = HashSet::new();
        let html = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note\n",
            1,
            &mut used,
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
    }
}
