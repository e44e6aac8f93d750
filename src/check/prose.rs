//! Prose as the readability and agreement checks read it: a section's Markdown taken apart into
//! blocks of plain text (paragraphs, list items, table cells, headings), each knowing where in
//! the Markdown its words stand, split into sentences and words by the rules docs/check.md
//! describes. Code, raw HTML and comments are not prose and are left out.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::lexicon;

/// What kind of block a piece of text stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Item,
    Cell,
    Heading,
}

/// One block of plain text.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub(crate) kind: BlockKind,
    pub(crate) text: String,
    /// Where each run of `text` starts in the Markdown: (offset in `text`, offset in Markdown).
    chunks: Vec<(usize, usize)>,
    /// The parts of `text` that are inline code: literal, often a template such as
    /// `https://[your-organisation].example/`, so not compared between languages.
    pub(crate) code: Vec<Range<usize>>,
}

impl Block {
    /// The offset in the Markdown of byte `at` of the block's text.
    pub(crate) fn source_offset(&self, at: usize) -> usize {
        let i = self.chunks.partition_point(|(t, _)| *t <= at).max(1) - 1;
        self.chunks
            .get(i)
            .map_or(0, |(t, s)| s + at.saturating_sub(*t))
    }

    /// The text with its inline code blanked out.
    pub(crate) fn text_without_code(&self) -> String {
        let mut t = self.text.clone();
        for r in &self.code {
            t.replace_range(r.clone(), &" ".repeat(r.len()));
        }
        t
    }

    /// Whether readability is measured on it: headings and table cells are labels, not prose.
    pub(crate) fn is_prose(&self) -> bool {
        matches!(self.kind, BlockKind::Paragraph | BlockKind::Item)
    }
}

/// A section's Markdown, taken apart.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub(crate) blocks: Vec<Block>,
    /// Paragraphs that are not part of a list item or a table.
    pub(crate) paragraphs: Vec<usize>,
    /// Offsets of list items.
    pub(crate) items: Vec<usize>,
    /// Destinations of links, with their offsets.
    pub(crate) links: Vec<(String, usize)>,
}

/// Takes `markdown` apart into blocks of text.
pub(crate) fn parse(markdown: &str) -> Parsed {
    let mut b = Builder::default();
    for (event, range) in Parser::new_ext(markdown, crate::markdown::OPTIONS).into_offset_iter() {
        match event {
            Event::Start(tag) => b.start(&tag, range.start),
            Event::End(end) => b.end(end),
            Event::Text(t) if b.skip == 0 => b.text(&t, range.start),
            Event::Code(t) => {
                // The code starts after its opening backticks.
                let written = &markdown[range.clone()];
                let ticks = written.len() - written.trim_start_matches('`').len();
                b.code(&t, range.start + ticks);
            }
            Event::SoftBreak | Event::HardBreak => b.text(" ", range.start),
            _ => {}
        }
    }
    let mut out = b.out;
    // Blocks are pushed as they close; in the order they began reads more naturally.
    out.blocks
        .sort_by_key(|b| b.chunks.first().map_or(0, |c| c.1));
    out.blocks.retain(|b| !b.text.trim().is_empty());
    out
}

/// [`parse`] under way.
#[derive(Default)]
struct Builder {
    out: Parsed,
    /// Open blocks, innermost last; a nested list interrupts its item, which goes on after it.
    open: Vec<Block>,
    items_open: usize,
    /// Code blocks and HTML blocks open: their text is not prose.
    skip: usize,
}

impl Builder {
    fn start(&mut self, tag: &Tag, at: usize) {
        let kind = match tag {
            Tag::Paragraph if self.items_open == 0 => {
                self.out.paragraphs.push(at);
                BlockKind::Paragraph
            }
            Tag::Item => {
                self.items_open += 1;
                self.out.items.push(at);
                BlockKind::Item
            }
            Tag::TableCell => BlockKind::Cell,
            Tag::Heading { .. } => BlockKind::Heading,
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.skip += 1;
                return;
            }
            Tag::Link { dest_url, .. } => {
                self.out.links.push((dest_url.to_string(), at));
                return;
            }
            _ => return,
        };
        self.open.push(Block {
            kind,
            text: String::new(),
            chunks: Vec::new(),
            code: Vec::new(),
        });
    }

    fn end(&mut self, end: TagEnd) {
        let closes = match end {
            TagEnd::Paragraph => self.items_open == 0,
            TagEnd::Item => {
                self.items_open -= 1;
                true
            }
            TagEnd::TableCell | TagEnd::Heading(_) => true,
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                self.skip = self.skip.saturating_sub(1);
                false
            }
            _ => false,
        };
        if closes && let Some(b) = self.open.pop() {
            self.out.blocks.push(b);
        }
    }

    fn text(&mut self, t: &str, at: usize) {
        if let Some(b) = self.open.last_mut() {
            b.chunks.push((b.text.len(), at));
            b.text.push_str(t);
        }
    }

    fn code(&mut self, t: &str, at: usize) {
        if let Some(b) = self.open.last_mut() {
            b.code.push(b.text.len()..b.text.len() + t.len());
        }
        self.text(t, at);
    }
}

/// The 1-based line and column of byte `offset` of `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..offset].chars().count() + 1)
}

/// One word of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    /// The word without surrounding punctuation.
    pub(crate) text: &'a str,
    /// Where it stands in the block's text.
    pub(crate) at: usize,
    /// An address (web or email): read as one word, never long.
    pub(crate) address: bool,
}

impl Word<'_> {
    /// Letters in the word, for LIX's "long words" (more than six letters).
    pub(crate) fn letters(&self) -> usize {
        if self.address {
            0
        } else {
            self.text.chars().filter(|c| c.is_alphabetic()).count()
        }
    }
}

/// The words of `text[range]`: runs between spaces with at least a letter or digit, with
/// punctuation around them taken off. `e-post` and `och/eller` are one word.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut pos = range.start;
    for token in text[range.clone()].split_whitespace() {
        let start = text[pos..range.end].find(token).map_or(pos, |i| pos + i);
        pos = start + token.len();
        let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
        if trimmed.is_empty() {
            continue;
        }
        let lead = token.find(trimmed).unwrap_or(0);
        let address = token.contains("://") || token.contains('@') || token.starts_with("www.");
        out.push(Word {
            text: trimmed,
            at: start + lead,
            address,
        });
    }
    out
}

/// The sentences of a block's text, as ranges of it. A sentence ends at `.`, `!`, `?` or `…`
/// followed by a space and then not by a lower-case letter (so `16. januar` and `t.ex. om`
/// go on), unless the word before the full stop is a known abbreviation or an initial; with
/// `colon_ends` (LIX counts it so) also at `:` followed by a space. The block's end ends its
/// last sentence.
pub(crate) fn sentences(text: &str, lang: &str, colon_ends: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let ends = match c {
            '!' | '?' | '…' => true,
            ':' => colon_ends,
            '.' => !is_abbreviation(&text[start..at], lang),
            _ => false,
        };
        if !ends {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, ')' | ']' | '"' | '\'' | '”' | '’' | '»')
        {
            j += 1;
        }
        let Some(&(space_at, space)) = chars.get(j) else {
            continue;
        };
        if !space.is_whitespace() {
            continue;
        }
        let next = chars[j..].iter().find(|(_, c)| !c.is_whitespace());
        let goes_on = c == '.' && next.is_some_and(|(_, n)| n.is_lowercase());
        if !goes_on && next.is_some() {
            push_sentence(&mut out, text, start..space_at);
            start = space_at;
        }
    }
    push_sentence(&mut out, text, start..text.len());
    out
}

fn push_sentence(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.chars().any(char::is_alphanumeric) {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Whether the full stop after `before` ends an abbreviation or an initial (`J.`).
fn is_abbreviation(before: &str, lang: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next())
        && c.is_uppercase()
    {
        return true;
    }
    let word = word.to_lowercase();
    lexicon::abbreviations(lang).contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, String)> {
        parse(md)
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn blocks_are_paragraphs_items_cells_and_headings_without_code() {
        let md = "## Head\n\nOne *two*\nthree.\n\n- a [link](https://x.example/)\n  - nested\n\n| A | B |\n|---|---|\n| c | d |\n\n```\ncode.\n```\n<!-- hint -->\n";
        let t = texts(md);
        assert_eq!(
            t,
            [
                (BlockKind::Heading, "Head".into()),
                (BlockKind::Paragraph, "One two three.".into()),
                (BlockKind::Item, "a link".into()),
                (BlockKind::Item, "nested".into()),
                (BlockKind::Cell, "A".into()),
                (BlockKind::Cell, "B".into()),
                (BlockKind::Cell, "c".into()),
                (BlockKind::Cell, "d".into()),
            ]
        );
        let p = parse(md);
        assert_eq!(p.paragraphs.len(), 1);
        assert_eq!(p.items.len(), 2);
        assert_eq!(p.links[0].0, "https://x.example/");
        // "three." is on the fourth line of the Markdown.
        let b = &p.blocks[1];
        let at = b.text.find("three").unwrap();
        assert_eq!(line_col(md, b.source_offset(at)), (4, 1));
    }

    #[test]
    fn sentences_end_at_stops_but_not_in_dates_or_abbreviations() {
        let split = |t: &str, lang: &str, colon: bool| -> Vec<String> {
            sentences(t, lang, colon)
                .into_iter()
                .map(|r| t[r].to_owned())
                .collect()
        };
        assert_eq!(
            split("Det skjedde 16. januar. Vi stengte. Ferdig!", "nb", false),
            ["Det skjedde 16. januar.", "Vi stengte.", "Ferdig!"]
        );
        assert_eq!(
            split("Byt t.ex. lösenord. Sedan J. Svensson.", "sv", false),
            ["Byt t.ex. lösenord.", "Sedan J. Svensson."]
        );
        assert_eq!(
            split("We know this: it was (sadly) true.", "en", true),
            ["We know this:", "it was (sadly) true."]
        );
        assert_eq!(
            split("Bel 020-123 45 67", "nl", false),
            ["Bel 020-123 45 67"]
        );
        assert_eq!(
            split("Versie 2.5 is uit.", "nl", false),
            ["Versie 2.5 is uit."]
        );
    }

    #[test]
    fn words_drop_punctuation_and_keep_addresses_whole() {
        let t = "Mejla (dpo@x.example), e-post och/eller — www.x.example.";
        let w: Vec<&str> = words(t, 0..t.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            w,
            [
                "Mejla",
                "dpo@x.example",
                "e-post",
                "och/eller",
                "www.x.example"
            ]
        );
        let ws = words(t, 0..t.len());
        assert_eq!(ws[1].letters(), 0);
        assert_eq!(ws[2].letters(), 5);
        assert_eq!(&t[ws[2].at..ws[2].at + 6], "e-post");
    }
}
