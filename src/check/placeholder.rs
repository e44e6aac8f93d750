//! The one rule for text that is still to be written, applied to every text of a notice: prose
//! sections and answers, titles and summaries, and the values of the facts file.
//!
//! A text holds a placeholder when
//! - anywhere in it, `TODO`, `TBD`, `FIXME` or `XXX` stands as a word in capitals, or
//!   `lorem ipsum` in any case; or
//! - a line of it, without the Markdown or punctuation around the words, is only `todo`,
//!   `tbd`, `fixme` or `xxx` in any case, or only an ellipsis (`…`, `...`).
//!
//! The capitals rule finds the scaffold's `TODO` wherever an author left it (`**TODO**`,
//! `[TODO]`, in a second paragraph); the line rule finds what a hurried author types instead,
//! without taking the Spanish word `todo` or a trailing `…` in a sentence for one.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// The words that mark text still to come.
const WORDS: [&str; 4] = ["TODO", "TBD", "FIXME", "XXX"];

/// The capitals rule's words as it writes them, case and all: a search for these skips
/// through prose in blocks, where one for every case of them (as the line rule allows) had to
/// stop at nearly every byte.
static CAPITALS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(WORDS).expect("fixed, small patterns"));

/// Whether `text`, judged as a whole, may hold a placeholder. Each of its three looks sees a
/// superset of one part of the rule ([`in_line`]): a capitals word, as a word or not; `lorem
/// ipsum` in any case; a line that is a placeholder by the line rule. The three read a text in
/// wide blocks and rarely stop; one automaton for every candidate in every case (now
/// [`may_hold_within`]) stepped through it byte by byte, and a build spent 4% more
/// instructions on it.
pub(crate) fn may_hold(text: &str) -> bool {
    CAPITALS.is_match(text) || lorem_ipsum_at(text).is_some() || any_line_by_line_rule(text)
}

/// Whether a line of `text` is a placeholder by the line rule. The line breaks are found
/// with `memchr`, which reads a text in wider blocks than `str::lines`.
fn any_line_by_line_rule(text: &str) -> bool {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    ends.any(|end| {
        // A line break is one byte of its own, so both ends are character boundaries.
        let line = &text[start..end];
        start = end + 1;
        by_line_rule(line).is_some()
    })
}

/// Where `lorem ipsum` first stands in `text`, in any case (a byte offset), found by its `p`,
/// one of the rarer letters in the site's languages.
fn lorem_ipsum_at(text: &str) -> Option<usize> {
    const PHRASE: &[u8] = b"lorem ipsum";
    const P: usize = 7;
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'p', b'P', bytes)
        .filter_map(|at| at.checked_sub(P))
        .find(|&start| {
            bytes
                .get(start..start + PHRASE.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(PHRASE))
        })
}

/// Every way a placeholder can be written, in any case.
static CANDIDATES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["todo", "tbd", "fixme", "xxx", "lorem ipsum", "...", "…"])
        .expect("fixed, small patterns")
});

/// Whether any piece of `text` may hold a placeholder when judged as a text of its own (a
/// value in a line of YAML, say, where [`may_hold`] sees the line): one of the
/// [`CANDIDATES`] stands in it.
pub(crate) fn may_hold_within(text: &str) -> bool {
    CANDIDATES.is_match(text)
}

/// A placeholder in a text: where it starts (a byte offset) and how it is written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placeholder {
    pub(crate) at: usize,
    pub(crate) text: String,
}

/// The first placeholder in `text`, by the rule above.
pub(crate) fn find(text: &str) -> Option<Placeholder> {
    if !may_hold(text) {
        return None;
    }
    find_by_lines(text)
}

/// [`find`] without the quick look: the rule, line by line.
fn find_by_lines(text: &str) -> Option<Placeholder> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(at) = in_line(line) {
            let rest = &line[at..];
            let run = |keep: fn(char) -> bool| {
                &rest[..rest.find(|c: char| !keep(c)).unwrap_or(rest.len())]
            };
            let word = if rest.starts_with(['.', '…']) {
                run(|c| c == '.' || c == '…')
            } else if lorem_ipsum_at(rest) == Some(0) {
                &rest[..11]
            } else {
                run(char::is_alphanumeric)
            };
            return Some(Placeholder {
                at: offset + at,
                text: word.to_owned(),
            });
        }
        offset += line.len();
    }
    None
}

/// Whether every line of `text` that is not blank holds a placeholder (and one does).
pub(crate) fn only_placeholders(text: &str) -> bool {
    if !may_hold(text) {
        return false;
    }
    let mut any = false;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if in_line(line).is_none() {
            return false;
        }
        any = true;
    }
    any
}

/// Where in `line` a placeholder starts.
fn in_line(line: &str) -> Option<usize> {
    if let Some(start) = by_line_rule(line) {
        return Some(start);
    }
    let bytes = line.as_bytes();
    let is_word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    for word in WORDS {
        for (at, _) in line.match_indices(word) {
            // Not part of a longer word: `TODOS`, `XXXX` (a masked number) are not it.
            let before = line[..at].chars().next_back();
            if !before.is_some_and(char::is_alphanumeric) && !is_word(at + word.len()) {
                return Some(at);
            }
        }
    }
    lorem_ipsum_at(line)
}

/// Where the placeholder starts when `line`, without the Markdown and punctuation around
/// its words, is only a placeholder word in any case or only an ellipsis (the line rule).
fn by_line_rule(line: &str) -> Option<usize> {
    let core = line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '*' | '_'
                    | '~'
                    | '`'
                    | '#'
                    | '>'
                    | '-'
                    | '+'
                    | '['
                    | ']'
                    | '('
                    | ')'
                    | '!'
                    | ':'
                    | ';'
                    | ','
                    | '|'
                    | '"'
                    | '\''
                    | '='
                    | '<'
                    | '/'
            )
    });
    let start = core.as_ptr() as usize - line.as_ptr() as usize;
    let word = core.trim_end_matches(['.', '…']);
    let whole = ["todo", "tbd", "fixme", "xxx"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    let ellipsis = !core.is_empty()
        && core.chars().all(|c| c == '…' || c == '.')
        && (core.contains('…') || core.len() >= 3);
    (whole || ellipsis).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_leaving_text_unwritten_is_found() {
        for (text, word) in [
            ("TODO", "TODO"),
            ("todo", "todo"),
            ("Todo.", "Todo"),
            ("**TODO**", "TODO"),
            ("- TODO", "TODO"),
            ("[TODO]", "TODO"),
            ("TBD", "TBD"),
            ("tbd", "tbd"),
            ("XXX", "XXX"),
            ("FIXME: the date", "FIXME"),
            ("…", "…"),
            ("...", "..."),
            ("- …", "…"),
            ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
            ("We closed it.\n\nThe rest: TODO\n", "TODO"),
        ] {
            let found = find(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(found.text, word, "{text:?}");
            assert_eq!(&text[found.at..found.at + word.len()], word, "{text:?}");
        }
    }

    #[test]
    fn real_text_is_not_a_placeholder() {
        for text in [
            "We closed the hole.",
            "Todo el equipo trabajó en ello.",
            "We are still investigating…",
            "Your number ÅÅÅÅMMDD-XXXX was not affected.",
            "TODOS",
            "The mastodon account.",
            "",
            ".",
        ] {
            assert_eq!(find(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_quick_look_misses_no_placeholder() {
        for text in [
            "ToDo",
            "tBd",
            "FixMe",
            "xXx",
            "LOREM IPSUM",
            "...",
            "- …",
            "**TODO**",
        ] {
            assert!(find_by_lines(text).is_some(), "{text:?}");
            assert!(may_hold(text), "{text:?}");
        }
        assert!(!may_hold(
            "We closed the hole.\n\nNo one's data left the system."
        ));
    }

    proptest::proptest! {
        /// Whatever the text, a placeholder is only found where the quick look sees a
        /// candidate: the quick look never hides one.
        #[test]
        fn the_quick_look_agrees_with_the_rule(text in "[a-zA-Z .…\\n*_-]{0,40}") {
            if !may_hold(&text) {
                proptest::prop_assert_eq!(find_by_lines(&text), None);
            }
        }

        /// A text in which [`may_hold_within`] sees nothing holds no placeholder in any piece
        /// of it either, as a YAML value cut out of a line.
        #[test]
        fn the_quick_look_within_sees_every_piece(
            text in "[a-zA-Z .…\\n*_:,-]{0,40}",
            cut in (0usize..41, 0usize..41),
        ) {
            let chars: Vec<char> = text.chars().collect();
            let (from, to) = (cut.0.min(chars.len()), cut.1.min(chars.len()));
            let piece: String = chars[from.min(to)..to.max(from)].iter().collect();
            if !may_hold_within(&text) {
                proptest::prop_assert_eq!(find_by_lines(&piece), None, "{:?}", piece);
            }
        }

        /// `lorem ipsum` is found where it first stands in any case, as a plain look at every
        /// window of the text finds it.
        #[test]
        fn lorem_ipsum_is_found_where_every_window_finds_it(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "lorem ipsum", "LoReM iPsUm", "lorem", " ipsum", "p", "P", "m i", "é", " ", "x",
            ]), 0..8),
        ) {
            let text = parts.concat();
            let every_window = text
                .as_bytes()
                .windows(11)
                .position(|w| w.eq_ignore_ascii_case(b"lorem ipsum"));
            proptest::prop_assert_eq!(lorem_ipsum_at(&text), every_window, "{:?}", text);
        }

        /// The same with the placeholder words themselves, in any mix of cases.
        #[test]
        fn the_quick_look_sees_the_words_in_any_case(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "todo", "tbd", "fixme", "xxx", "lorem ipsum", "lorem  ipsum", "...", "…", "..",
                " ", "\n", "*", "-", "a", "x", "fix", "me", "lorem", " ipsum", "p", "#", ">",
                "[", "]", "`", "|", "\u{a0}", "\r\n", "é",
            ]), 0..8),
            upper in proptest::collection::vec(proptest::bool::ANY, 64),
        ) {
            let text: String = parts
                .concat()
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, up)| if *up { c.to_ascii_uppercase() } else { c })
                .collect();
            if !may_hold(&text) {
                proptest::prop_assert_eq!(find_by_lines(&text), None, "{:?}", text);
            }
        }
    }

    #[test]
    fn a_text_is_only_placeholders_when_every_line_is_one() {
        assert!(only_placeholders("TODO\n\n- TBD\n"));
        assert!(only_placeholders("TODO: the date\n"));
        assert!(!only_placeholders("TODO\nWe closed the hole.\n"));
        assert!(!only_placeholders("\n\n"));
    }
}
