//! Plain text for the messages to the people affected: Markdown prose as readable lines (list bullets kept,
//! link targets written out), and word wrapping at a fixed width with hanging indents.

use std::collections::HashSet;

use pulldown_cmark::{Event, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use crate::markdown;

/// The width plain-text email is wrapped at: what mail readers show without reflowing.
pub(crate) const WIDTH: usize = 72;

/// `markdown` as plain text: one line per paragraph or list item (wrap them with [`wrap`]),
/// blank lines between blocks, `- ` and `1. ` bullets indented by nesting, and every link's
/// address in brackets after its text so nothing is lost when the HTML is gone.
#[cfg(test)]
pub(crate) fn from_markdown(markdown: &str) -> String {
    from_events(markdown::parse(markdown, 0, &mut HashSet::new()).events())
}

/// Like [`markdown::render`], also returning the same Markdown as plain text for a message's
/// text part ([`from_markdown`]), from one parse.
pub(crate) fn render_with_text(
    source: &str,
    shift: usize,
    used_ids: &mut HashSet<String>,
) -> (String, String) {
    let parsed = markdown::parse(source, shift, used_ids);
    let text = from_events(parsed.events());
    (parsed.into_html(), text)
}

/// Like [`from_markdown`], from Markdown already parsed.
pub(crate) fn from_events<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut state = PlainText::default();
    for event in events {
        match event {
            Event::Start(tag) => state.start(tag),
            Event::End(tag) => state.end(tag),
            event => state.inline(event),
        }
    }
    state.out.end_block();
    let mut text = state.out.text;
    while text.ends_with('\n') {
        text.pop();
    }
    text
}

/// Where the writing of Markdown events as plain text is.
#[derive(Default)]
struct PlainText {
    out: Writer,
    /// Each open list: the next number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Each open link or image: its target, and where its text starts in the line.
    links: Vec<(String, usize)>,
    /// How many block quotes are open.
    quote: usize,
    in_code_block: bool,
    /// The raw HTML of the open HTML block, if any.
    html_block: Option<String>,
}

impl PlainText {
    fn start(&mut self, tag: Tag<'_>) {
        let quote = self.quote;
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::TableRow | Tag::TableHead => {
                self.out.start_block(quote)
            }
            Tag::BlockQuote(_) => self.quote += 1,
            Tag::List(first) => {
                self.out.end_block();
                self.lists.push(first);
            }
            Tag::Item => {
                self.out.end_block();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_owned(),
                };
                self.out.start_item(quote, depth, &marker);
            }
            Tag::CodeBlock(_) => {
                self.out.start_block(quote);
                self.in_code_block = true;
            }
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push((dest_url.to_string(), self.out.line.len()));
            }
            Tag::FootnoteDefinition(label) => {
                self.out.start_block(quote);
                self.out.push(&format!("[{label}] "));
            }
            Tag::HtmlBlock => self.html_block = Some(String::new()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableRow
            | TagEnd::TableHead => self.out.end_block(),
            TagEnd::BlockQuote(_) => self.quote = self.quote.saturating_sub(1),
            TagEnd::List(_) => {
                self.lists.pop();
                self.out.end_block();
                if self.lists.is_empty() {
                    self.out.blank();
                }
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.out.end_block();
            }
            TagEnd::Link => self.end_link(),
            TagEnd::Image => {
                self.links.pop();
            }
            TagEnd::TableCell => self.out.push(" | "),
            TagEnd::Table => self.out.blank(),
            TagEnd::HtmlBlock => {
                let html = self.html_block.take().unwrap_or_default();
                let text = markdown::html_block_text(&html);
                if !text.is_empty() {
                    self.out.start_block(self.quote);
                    self.out.push(&text);
                    self.out.end_block();
                }
            }
            _ => {}
        }
    }

    /// A link's text is followed by its address, unless the text says it already.
    fn end_link(&mut self) {
        let Some((url, from)) = self.links.pop() else {
            return;
        };
        let text = self.out.line.get(from..).unwrap_or("").trim().to_owned();
        let shown = url.strip_prefix("mailto:").unwrap_or(&url);
        // A target the page's sanitizer removes is not shown here either.
        if !url.starts_with('#')
            && text != shown
            && !shown.is_empty()
            && markdown::is_safe_url(&url)
        {
            self.out.push(&format!(" <{shown}>"));
        }
    }

    /// An event that neither opens nor closes anything.
    fn inline(&mut self, event: Event<'_>) {
        let quote = self.quote;
        match event {
            Event::FootnoteReference(label) => self.out.push(&format!("[{label}]")),
            Event::TaskListMarker(done) => self.out.push(if done { "[x] " } else { "[ ] " }),
            Event::Text(t) if self.in_code_block => {
                for (i, line) in t.lines().enumerate() {
                    if i > 0 {
                        self.out.end_block();
                        self.out.start_block(quote);
                    }
                    self.out.push("    ");
                    self.out.push(line);
                }
            }
            Event::Text(t) | Event::Code(t) => self.out.push(&t),
            Event::SoftBreak => self.out.push(" "),
            Event::HardBreak => {
                self.out.end_block();
                self.out.start_block(quote);
            }
            Event::Rule => {
                self.out.start_block(quote);
                self.out.push("----");
                self.out.end_block();
            }
            // A block of raw HTML reads as the text the page shows of it; inline tags are
            // dropped, their text comes as text events.
            Event::Html(t) => {
                if let Some(block) = self.html_block.as_mut() {
                    block.push_str(&t);
                }
            }
            _ => {}
        }
    }
}

#[derive(Default)]
struct Writer {
    text: String,
    line: String,
    /// What the line started with (quote marks, indent, bullet), so an empty line can be told.
    prefix_len: usize,
    /// A list item's text continues the item's first line instead of starting its own.
    in_item: bool,
}

impl Writer {
    fn start_block(&mut self, quote: usize) {
        if self.in_item {
            return;
        }
        self.line = "> ".repeat(quote);
        self.prefix_len = self.line.len();
    }

    fn start_item(&mut self, quote: usize, depth: usize, marker: &str) {
        self.line = format!("{}{}{marker}", "> ".repeat(quote), "  ".repeat(depth));
        self.prefix_len = self.line.len();
        self.in_item = true;
    }

    fn push(&mut self, s: &str) {
        self.line.push_str(s);
    }

    fn end_block(&mut self) {
        let was_item = self.in_item;
        self.in_item = false;
        let line = self.line.trim_end().trim_end_matches(" |").to_owned();
        self.line.clear();
        if line.len() <= self.prefix_len.min(line.len()) && line.trim().is_empty() {
            return;
        }
        self.text.push_str(&line);
        self.text.push('\n');
        if !was_item {
            self.blank();
        }
    }

    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }
}

/// Wraps every line of `text` at `width` columns of display width (a CJK character or an
/// emoji takes two). A line that starts with spaces, `> `, a `- ` bullet or a `1. ` number
/// continues indented under its text; a word longer than the width (a long web address)
/// stands alone on its line rather than being broken, and words are not split at hyphens.
pub(crate) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width + 16);
    for line in text.lines() {
        wrap_line(line, width, &mut out);
    }
    out
}

/// Appends one line of text to `out`, wrapped as [`wrap`] does, each output line ending in a
/// newline. Spaces between words become one.
pub(crate) fn wrap_line(line: &str, width: usize, out: &mut String) {
    let line = line.trim_end();
    let first = hanging_indent(line);
    let rest = line[first.len()..].trim_start_matches(' ');
    if rest.is_empty() {
        // A line of only a bullet or an indent keeps no trailing spaces.
        out.push_str(first.trim_end());
        out.push('\n');
        return;
    }
    let single_spaced: std::borrow::Cow<str> = if rest.contains("  ") {
        rest.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .into()
    } else {
        rest.into()
    };
    let indent = " ".repeat(UnicodeWidthStr::width(first));
    // First fit, as people wrap by hand and as mail readers expect: each line takes every
    // word that still fits.
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(&indent)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    for wrapped in textwrap::wrap(&single_spaced, &options) {
        out.push_str(&wrapped);
        out.push('\n');
    }
}

/// The part of a line that its continuation lines are indented by.
fn hanging_indent(line: &str) -> &str {
    let mut end = 0;
    let bytes = line.as_bytes();
    loop {
        let rest = &line[end..];
        if rest.starts_with("> ") {
            end += 2;
        } else if rest.starts_with(' ') {
            end += 1;
        } else {
            break;
        }
    }
    let rest = &line[end..];
    if rest.starts_with("- ") || rest.starts_with("* ") {
        end += 2;
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && digits < 4 && bytes.get(end + digits..end + digits + 2) == Some(b". ") {
            end += digits + 2;
        }
    }
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_bullets_and_links_keep_addresses() {
        let md = "Read [our page](https://acme.example/help) or mail <dpo@acme.example>.\n\n\
                  - first\n- second with [link](https://x.example)\n  - nested\n\n1. one\n2. two\n";
        let text = from_markdown(md);
        assert_eq!(
            text,
            "Read our page <https://acme.example/help> or mail dpo@acme.example.\n\n\
             - first\n- second with link <https://x.example>\n  - nested\n\n1. one\n2. two"
        );
    }

    #[test]
    fn html_blocks_keep_the_text_the_page_shows_and_unsafe_targets_go() {
        assert_eq!(
            from_markdown(
                "<div>Call <em>us</em> &amp; ask</div>\n\n[js](javascript:alert(1)) and [web](https://acme.example)"
            ),
            "Call us & ask\n\njs and web <https://acme.example>"
        );
    }

    #[test]
    fn raw_html_is_dropped() {
        assert_eq!(
            from_markdown("Hi <b>there</b>\n\n<script>x()</script>"),
            "Hi there"
        );
    }

    #[test]
    fn wrapping_keeps_hanging_indents_and_long_words() {
        let line = format!("- {}", "word ".repeat(30));
        let wrapped = wrap(&line, 20);
        for l in wrapped.lines() {
            assert!(l.chars().count() <= 20, "{l:?}");
        }
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("  word")));
        let long = format!("see {}", "x".repeat(90));
        assert_eq!(wrap(&long, 72), format!("see\n{}\n", "x".repeat(90)));
    }

    #[test]
    fn wrapping_counts_display_width() {
        // Each of these characters takes two columns in a terminal or a mail reader.
        let cjk = "漢字かな交じり文 ".repeat(8);
        let wrapped = wrap(&format!("- {cjk}"), 40);
        assert!(wrapped.lines().count() > 1, "{wrapped}");
        for l in wrapped.lines() {
            assert!(UnicodeWidthStr::width(l) <= 40, "{l:?}");
        }
        assert!(
            wrapped.lines().skip(1).all(|l| l.starts_with("  漢")),
            "{wrapped}"
        );
        let emoji = "🔒🔑 ".repeat(20);
        for l in wrap(&emoji, 20).lines() {
            assert!(UnicodeWidthStr::width(l) <= 20, "{l:?}");
            assert_eq!(l.chars().filter(|c| *c != ' ').count() % 2, 0, "{l:?}");
        }
        // Thirteen characters, but 23 columns: they do not fit on a line of 20.
        assert_eq!(
            wrap("ab 字字字字字字字字字字", 20),
            "ab\n字字字字字字字字字字\n"
        );
    }

    #[test]
    fn hyphenated_words_are_not_split() {
        assert_eq!(wrap("aaaa bbbb-cccc", 10), "aaaa\nbbbb-cccc\n");
    }

    /// The straightforward form of [`wrap`], one output line at a time: the fast one must
    /// agree with it on any input.
    fn wrap_by_lines(text: &str, width: usize) -> String {
        let mut out = String::new();
        for line in text.lines() {
            let line = line.trim_end();
            let first = hanging_indent(line);
            let continuation = " ".repeat(first.chars().count());
            let mut current = first.to_owned();
            let mut has_word = false;
            for word in line[first.len()..].split(' ').filter(|w| !w.is_empty()) {
                if has_word && current.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&current);
                    out.push('\n');
                    current = continuation.clone();
                    has_word = false;
                }
                if has_word {
                    current.push(' ');
                }
                current.push_str(word);
                has_word = true;
            }
            out.push_str(current.trim_end());
            out.push('\n');
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn wrap_agrees_with_the_line_by_line_form(
            text in "([a-zåäöø]{1,12}|[ ]{1,3}|\n|- |> |12\\. |https://x\\.example/[a-z/]{60,90})*",
            width in 10usize..80,
        ) {
            proptest::prop_assert_eq!(wrap(&text, width), wrap_by_lines(&text, width));
        }
    }
}
