//! Reading an incident's files: `incident.yaml` into [`Facts`], `<lang>.md` into [`Prose`].
//! Every failure becomes a [`Diagnostic`] that points into the file.

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::events;
use super::model::{
    Facts, FrontMatter, Prose, ProseItem, ProseMeasures, Question, SectionKey, SourceText,
};
use super::spans::{self, LazySpans, MAX_DEPTH, MAX_ITEMS, Place, Refusal};
use crate::diagnostics::{Diagnostic, did_you_mean};

/// Parses YAML into `T`, turning serde's error into a diagnostic at the right place.
/// `line_offset` is added to reported lines, for YAML embedded further down a file.
pub(crate) fn yaml<T: DeserializeOwned>(
    file: &Path,
    full_source: &str,
    yaml: &str,
    line_offset: usize,
) -> Result<T, Diagnostic> {
    if let Some(offset) = too_deep(yaml) {
        return Err(nested_too_deep(file, full_source, yaml, offset));
    }
    let at = |place: Place, d: Diagnostic| d.at(file, full_source, place.line, place.column);
    let syntax = |(place, message): (Place, String)| {
        at(place, Diagnostic::error("yaml-syntax", message))
            .with_help("check the indentation, the brackets and the quoting here")
    };
    // A document the event parser cannot read still goes to the deserializer, whose
    // messages for syntax errors are the ones documented; it is refused either way.
    let unread = match spans::vet(yaml, line_offset) {
        // Most documents are read from the events just parsed; the rest, and every one that
        // does not fit `T`, are read again by yaml_serde, whose messages are the documented ones.
        Ok(Some(events)) => match events::read(&events) {
            Ok(value) => return Ok(value),
            Err(events::GaveUp) => None,
        },
        Ok(None) => None,
        Err(Refusal::Syntax { at, message }) => Some((at, message)),
        Err(refusal) => return Err(refused(refusal, at)),
    };
    // The path of a value that does not fit is only needed for the message: the document is
    // read a second time, following the path, only then.
    let read = T::deserialize(serde_yaml::Deserializer::from_str(yaml))
        .or_else(|_| serde_path_to_error::deserialize(serde_yaml::Deserializer::from_str(yaml)));
    let (e, unread) = match (read, unread) {
        (Ok(value), None) => return Ok(value),
        (Ok(_), Some(unread)) => return Err(syntax(unread)),
        (Err(e), unread) => (e, unread),
    };
    let path = e.path().to_string();
    match unread {
        // Where the value is written is worked out only now: a document read without a
        // problem never needs it.
        None => {
            let place = spans::scan(yaml, line_offset)
                .unwrap_or_default()
                .value(&path);
            Err(yaml_error(file, full_source, e.inner(), line_offset, place))
        }
        // One the event parser cannot read has no places. It can make the deserializer
        // complain about a value's shape (an unclosed `[` swallows the lines after it); the
        // syntax error is the one to fix.
        Some(unread) => {
            let d = yaml_error(file, full_source, e.inner(), line_offset, None);
            Err(if d.code == "yaml-syntax" {
                d
            } else {
                syntax(unread)
            })
        }
    }
}

/// The diagnostic for `yaml` (`full_source` or a slice of it, the front matter) nested too
/// deeply at byte `offset`.
fn nested_too_deep(file: &Path, full_source: &str, yaml: &str, offset: usize) -> Diagnostic {
    let base = (yaml.as_ptr() as usize)
        .checked_sub(full_source.as_ptr() as usize)
        .filter(|b| *b <= full_source.len())
        .unwrap_or(0);
    Diagnostic::error(
        "yaml-too-deep",
        format!("the YAML is nested more than {MAX_DEPTH} levels deep here"),
    )
    .at_offset(file, full_source, base + offset)
    .with_help("no varsel field needs deep nesting; check for unclosed `[` or `{`")
}

/// The diagnostic for a document refused before deserializing.
fn refused(refusal: Refusal, at: impl Fn(Place, Diagnostic) -> Diagnostic) -> Diagnostic {
    match refusal {
        Refusal::Syntax { at: place, message } => {
            at(place, Diagnostic::error("yaml-syntax", message))
        }
        Refusal::TooDeep { at: place } => at(
            place,
            Diagnostic::error(
                "yaml-too-deep",
                format!("the YAML is nested more than {MAX_DEPTH} levels deep here"),
            ),
        )
        .with_help("no varsel field needs deep nesting; check the indentation"),
        Refusal::Amplified { at: place, limit } => at(
            place,
            Diagnostic::error(
                "yaml-too-large",
                format!(
                    "with this alias the file would expand to more than {limit} bytes, \
                     twice its own size"
                ),
            ),
        )
        .with_help("write the value out, or use fewer aliases of large values"),
        Refusal::TooLong { at: place } => at(
            place,
            Diagnostic::error(
                "list-too-long",
                format!("this list has more than {MAX_ITEMS} entries"),
            ),
        )
        .with_help("no notice needs that many; keep the ones readers need"),
        Refusal::Control { at: place, code } => at(
            place,
            Diagnostic::error(
                "control-character",
                format!("this text holds the control character U+{code:04X}"),
            ),
        )
        .with_help(
            "remove it: a notice holds no control characters other than tab and line breaks",
        ),
        Refusal::Duplicate {
            at: place,
            key,
            first,
        } => at(
            place,
            Diagnostic::error(
                "duplicate-key",
                format!(
                    "`{key}` is written twice here; it was first given on line {}",
                    first.line
                ),
            ),
        )
        .with_help("keep one of the two"),
    }
}

/// Where flow collections nest deeper than [`MAX_DEPTH`], if they do. The YAML parser's time
/// grows with the square of the depth, so tens of thousands of `[` would take minutes to be
/// refused; this linear scan refuses them at once. Quoted strings and comments are skipped.
fn too_deep(yaml: &str) -> Option<usize> {
    let bytes = yaml.as_bytes();
    let after = |i: usize, set: &[u8]| i == 0 || set.contains(&bytes[i - 1]);
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // A comment runs to the end of its line.
            b'#' if after(i, b" \t\n") => {
                i = yaml[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            // A quoted string runs to its closing quote; `\"` does not close a double-quoted one.
            q @ (b'\'' | b'"') if after(i, b" \t\n[{,:-") => {
                let mut end = i + 1;
                i = bytes.len();
                while let Some(n) = bytes[end..].iter().position(|&b| b == q) {
                    end += n + 1;
                    if q == b'\'' || bytes[end - 2] != b'\\' {
                        i = end;
                        break;
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn yaml_error(
    file: &Path,
    source: &str,
    e: &serde_yaml::Error,
    line_offset: usize,
    path_place: Option<Place>,
) -> Diagnostic {
    let mut message = e.to_string();
    // The location is shown separately; serde_yaml also appends it to the message.
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    let (code, message, help) = explain_serde_message(&message);
    let mut d = Diagnostic::error(code, message.clone());
    let located = e
        .location()
        .filter(|l| (l.line(), l.column()) != (1, 1) || line_offset > 0);
    d = match located {
        Some(loc) => d.at(file, source, loc.line() + line_offset, loc.column()),
        // Errors raised while checking a value after it was read come without a place; the
        // path the deserializer had reached says where the value is written.
        None => match path_place {
            Some(p) => d.at(file, source, p.line, p.column),
            None => d.at(file, source, 1 + line_offset, 1),
        },
    };
    match help {
        Some(h) => d.with_help(h),
        None if code == "invalid-type" => {
            d.with_help("see docs/format.md for what this field holds")
        }
        None if code == "yaml-too-deep" => d.with_help(
            "no varsel field needs deep nesting or repeated aliases; write the values out",
        ),
        None if code == "yaml-syntax" => {
            d.with_help("check the indentation and that every `key: value` pair has its colon")
        }
        None => d,
    }
}

/// Rewrites serde's "unknown field `x`, expected one of …" into a message and a did-you-mean.
fn explain_serde_message(message: &str) -> (&'static str, String, Option<String>) {
    for (marker, code, what) in [
        ("unknown field `", "unknown-field", "field"),
        ("unknown variant `", "unknown-value", "value"),
    ] {
        let Some(start) = message.find(marker) else {
            continue;
        };
        let rest = &message[start + marker.len()..];
        let Some(end) = rest.find('`') else { continue };
        let word = &rest[..end];
        let prefix = &message[..start];
        let candidates: Vec<&str> = rest[end..].split('`').skip(2).step_by(2).collect();
        let msg = format!("{prefix}unknown {what} `{word}`");
        let help = match did_you_mean(word, candidates.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if candidates.is_empty() => "remove it".to_owned(),
            None if candidates.len() <= 12 => format!("expected one of: {}", candidates.join(", ")),
            None => "see docs/format.md for the allowed values".to_owned(),
        };
        return (code, msg, Some(help));
    }
    let code = if message.contains("missing field") {
        "missing-field"
    } else if message.contains("invalid type") {
        "invalid-type"
    } else if message.contains("is not a")
        || message.contains("does not exist")
        || message.contains("no month")
        || message.contains("no ISO week")
        || message.contains("ends before")
    {
        "invalid-time"
    } else if message.contains("recursion limit") || message.contains("repetition limit") {
        "yaml-too-deep"
    } else {
        "yaml-syntax"
    };
    (code, message.to_owned(), None)
}

/// Parses the facts file.
pub fn facts(file: &Path, source: &str) -> Result<Facts, Diagnostic> {
    yaml(file, source, source, 0)
}

/// Parses a prose file: front matter, then `# section-key` sections and `# questions`.
pub fn prose(file: &Path, source: &str) -> Result<Prose, Vec<Diagnostic>> {
    prose_shared(file, &Arc::from(source))
}

/// Like [`prose`]; the sections and answers returned are slices of `source`, not copies.
pub(crate) fn prose_shared(file: &Path, shared: &Arc<str>) -> Result<Prose, Vec<Diagnostic>> {
    let source: &str = shared;
    let source_nobom = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (front_yaml, body, body_line) = split_front_matter(source_nobom).ok_or_else(|| {
        vec![
            Diagnostic::error(
                "missing-front-matter",
                "the file does not start with front matter",
            )
            .at(file, source, 1, 1)
            .with_help(
                "start the file with `---`, a line `title: …`, a line `summary: …`, and `---`",
            ),
        ]
    })?;
    let front: FrontMatter = yaml(file, source, front_yaml, 1).map_err(|d| vec![d])?;
    let front_at = front_yaml.as_ptr() as usize - source.as_ptr() as usize;
    let front_yaml = front_at..front_at + front_yaml.len();
    let mut reader = BodyReader::new(file, source);
    if front.title.trim().is_empty() {
        reader.error(
            Diagnostic::error("empty-title", "the title is empty")
                .with_help("give the notice a title in this language"),
            2,
            1,
        );
    }
    for (i, line) in body.split_inclusive('\n').enumerate() {
        reader.line(line, body_line + i);
    }
    Ok(reader.finish()?.into_prose(shared, front, front_yaml))
}

/// The state of reading the body of a prose file, one line at a time.
struct BodyReader<'a> {
    file: &'a Path,
    source: &'a str,
    errors: Vec<Diagnostic>,
    /// Each section with the part of `source` that is its Markdown, and its heading's line.
    sections: Vec<(SectionKey, Range<usize>, usize)>,
    /// Each question with the part of `source` that is its answer.
    questions: Vec<(Question, Range<usize>)>,
    measures: MeasureLists,
    /// Inside `# questions`.
    in_questions: bool,
    /// Inside a standard or optional section.
    in_section: bool,
    /// The marker of the code fence the line is in, if any: headings there are text.
    fence: Option<(char, usize)>,
    seen_questions: bool,
    /// Whether text outside any section has been reported: the rest is the same mistake.
    reported_stray: bool,
}

impl<'a> BodyReader<'a> {
    fn new(file: &'a Path, source: &'a str) -> Self {
        BodyReader {
            file,
            source,
            errors: Vec::new(),
            sections: Vec::new(),
            questions: Vec::new(),
            measures: MeasureLists::default(),
            in_questions: false,
            in_section: false,
            fence: None,
            seen_questions: false,
            reported_stray: false,
        }
    }

    fn error(&mut self, d: Diagnostic, line: usize, column: usize) {
        self.errors.push(d.at(self.file, self.source, line, column));
    }

    /// Where `line`, a slice of the source, ends, as an offset into it.
    fn end_of(&self, line: &str) -> usize {
        line.as_ptr() as usize - self.source.as_ptr() as usize + line.len()
    }

    /// Reads one line of the body (with its line ending), line number `lineno` in the file.
    fn line(&mut self, line: &str, lineno: usize) {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if let Some(marker) = fence_marker(trimmed) {
            self.fence = match self.fence {
                None => Some(marker),
                Some((c, n)) if c == marker.0 && marker.1 >= n => None,
                f => f,
            };
        }
        let heading = if self.fence.is_none() {
            atx_heading(trimmed)
        } else {
            None
        };
        let end = self.end_of(line);
        match heading {
            Some((1, text)) => self.heading(text.trim(), end, lineno),
            _ if self.measures.open.is_some() => {
                let at = end - line.len();
                if let Err(d) = self.measures.line(heading, trimmed, at..end, lineno) {
                    self.error(d, lineno, 1);
                }
            }
            Some((2, text)) if self.in_questions => {
                let question = Question {
                    question: text.trim().to_owned(),
                    answer_markdown: SourceText::default(),
                    line: lineno,
                };
                self.questions.push((question, end..end));
            }
            _ => self.text(trimmed, end, lineno),
        }
    }

    /// A level-1 heading `# key` (the line ends at `end`): a section, `measures` or
    /// `questions`.
    fn heading(&mut self, key: &str, end: usize, lineno: usize) {
        self.in_questions = false;
        self.in_section = false;
        self.measures.open = None;
        if key == "measures" {
            if self.measures.seen {
                self.error(
                    Diagnostic::error("duplicate-section", "`# measures` appears twice")
                        .with_help("put all measures under one `# measures`"),
                    lineno,
                    1,
                );
            }
            self.measures.seen = true;
            self.measures.open = Some(None);
        } else if key == "questions" {
            if self.seen_questions {
                self.error(
                    Diagnostic::error("duplicate-section", "`# questions` appears twice")
                        .with_help("put all custom questions under one `# questions`"),
                    lineno,
                    1,
                );
            }
            self.seen_questions = true;
            self.in_questions = true;
        } else if let Some(k) = SectionKey::from_key(key) {
            if let Some((_, _, first)) = self.sections.iter().find(|(s, _, _)| *s == k) {
                let message = format!("section `{key}` appears twice (first on line {first})");
                self.error(
                    Diagnostic::error("duplicate-section", message)
                        .with_help("merge the two into one section"),
                    lineno,
                    3,
                );
            }
            self.sections.push((k, end..end, lineno));
            self.in_section = true;
        } else {
            self.error(
                Diagnostic::error("unknown-section", format!("unknown section `{key}`"))
                    .with_help(unknown_section_help(key)),
                lineno,
                3,
            );
            // Its text is part of the same mistake, not stray text to report again.
            self.reported_stray = true;
        }
    }

    /// A line of text (not a heading that opens anything), ending at `end`.
    fn text(&mut self, trimmed: &str, end: usize, lineno: usize) {
        if self.in_questions {
            match self.questions.last_mut() {
                Some((_, answer)) => answer.end = end,
                None if !is_blank_or_comment(trimmed) => self.error(
                    Diagnostic::error(
                        "text-outside-question",
                        "text under `# questions` before the first `##` question",
                    )
                    .with_help("start each custom question with `## ` and the question"),
                    lineno,
                    1,
                ),
                None => {}
            }
        } else if self.in_section {
            if let Some(last) = self.sections.last_mut() {
                last.1.end = end;
            }
        } else if !is_blank_or_comment(trimmed) && !self.reported_stray {
            // One report is enough; the rest of the stray text is the same mistake.
            self.reported_stray = true;
            self.error(
                Diagnostic::error("text-outside-section", "text outside any section")
                    .with_help("put the text under a section heading such as `# what-happened`"),
                lineno,
                1,
            );
        }
    }

    /// After the last line: what is missing, and every problem found, if any.
    fn finish(mut self) -> Result<Self, Vec<Diagnostic>> {
        let missing: Vec<&str> = SectionKey::ALL
            .iter()
            .filter(|k| !self.sections.iter().any(|(s, _, _)| s == *k))
            .map(|k| k.key())
            .collect();
        if !missing.is_empty() {
            let last_line = self.source.lines().count().max(1);
            self.error(
                Diagnostic::error(
                    "missing-section",
                    format!("missing section{}: {}", if missing.len() > 1 { "s" } else { "" },
                        missing.iter().map(|k| format!("`# {k}`")).collect::<Vec<_>>().join(", ")),
                )
                .with_help("every notice answers all seven standard questions in every language; add the section with its text"),
                last_line,
                1,
            );
        }
        let unasked: Vec<usize> = (self.questions.iter())
            .filter(|(q, _)| q.question.is_empty())
            .map(|(q, _)| q.line)
            .collect();
        for line in unasked {
            self.error(
                Diagnostic::error("empty-question", "a custom question has no text")
                    .with_help("write the question after `## `"),
                line,
                1,
            );
        }
        if self.errors.is_empty() {
            Ok(self)
        } else {
            Err(self.errors)
        }
    }

    /// The prose read, its texts slices of `shared`, the file's source.
    fn into_prose(
        mut self,
        shared: &Arc<str>,
        front: FrontMatter,
        front_yaml: Range<usize>,
    ) -> Prose {
        let section_lines = self.sections.iter().map(|(k, _, l)| (*k, *l)).collect();
        self.sections.sort_by_key(|(k, _, _)| *k);
        let text = |range: Range<usize>| SourceText::new(Arc::clone(shared), range);
        let items = |list: Vec<(Range<usize>, usize)>| {
            list.into_iter()
                .map(|(range, line)| ProseItem {
                    markdown: text(range),
                    line,
                })
                .collect()
        };
        let measures = ProseMeasures {
            taken: items(self.measures.taken),
            planned: items(self.measures.planned),
        };
        Prose {
            measures,
            front,
            front_yaml: text(front_yaml),
            front_places: LazySpans::new(1),
            sections: (self.sections.into_iter())
                .map(|(k, range, _)| (k, text(range)))
                .collect(),
            questions: (self.questions.into_iter())
                .map(|(q, range)| Question {
                    answer_markdown: text(range),
                    ..q
                })
                .collect(),
            section_lines,
        }
    }
}

/// What to say of `# key` when no section has that key.
fn unknown_section_help(key: &str) -> String {
    let keys: Vec<&str> = SectionKey::ALL
        .into_iter()
        .chain(SectionKey::OPTIONAL)
        .map(SectionKey::key)
        .collect();
    let candidates = keys.iter().copied().chain(["measures", "questions"]);
    match did_you_mean(key, candidates) {
        Some(best) => format!("did you mean `# {best}`?"),
        None => format!(
            "a level-1 heading names a section: one of {}, `measures` or `questions`; use `##` for a heading inside a section",
            keys.join(", ")
        ),
    }
}

/// Which list under `# measures` a list item goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MeasureList {
    Taken,
    Planned,
}

/// The state of reading `# measures`: its two lists of items, each the range of its Markdown
/// in the file and its first line.
#[derive(Default)]
struct MeasureLists {
    seen: bool,
    /// Inside `# measures`: `Some(None)` before its first `##`, else the list being read.
    open: Option<Option<MeasureList>>,
    taken: Vec<(Range<usize>, usize)>,
    planned: Vec<(Range<usize>, usize)>,
}

impl MeasureLists {
    /// Reads one line under `# measures` (`range` is the line in the file).
    fn line(
        &mut self,
        heading: Option<(usize, &str)>,
        line: &str,
        range: Range<usize>,
        lineno: usize,
    ) -> Result<(), Diagnostic> {
        if let Some((_, text)) = heading {
            let list = match text.trim() {
                "taken" => MeasureList::Taken,
                "planned" => MeasureList::Planned,
                other => {
                    return Err(Diagnostic::error(
                        "unknown-measure-list",
                        format!("`{other}` is not a list of measures"),
                    )
                    .with_help("under `# measures`, write `## taken` for what has been done and `## planned` for what will be done"));
                }
            };
            self.open = Some(Some(list));
            return Ok(());
        }
        if is_blank_or_comment(line) {
            return Ok(());
        }
        let Some(Some(list)) = self.open else {
            return Err(Diagnostic::error(
                "text-outside-measure-list",
                "text under `# measures` before `## taken` or `## planned`",
            )
            .with_help(
                "put each measure as a list item (`- …`) under `## taken` or `## planned`",
            ));
        };
        let items = match list {
            MeasureList::Taken => &mut self.taken,
            MeasureList::Planned => &mut self.planned,
        };
        let indent = line.len() - line.trim_start().len();
        let rest = line.trim_start();
        let marker = ["- ", "* ", "+ "].iter().find(|m| rest.starts_with(**m));
        match (marker, items.last_mut()) {
            (Some(m), _) if indent < 2 => {
                let start = range.start + indent + m.len();
                items.push((start..range.end, lineno));
            }
            (_, Some((item, _))) => item.end = range.end,
            (_, None) => {
                return Err(Diagnostic::error(
                    "text-outside-measure-list",
                    "text under `# measures` that is not a list item",
                )
                .with_help("write each measure as a list item: a line starting with `- `"));
            }
        }
        Ok(())
    }
}

/// Splits `---\n…\n---\n` from the body; returns (yaml, body, body's first line number).
fn split_front_matter(source: &str) -> Option<(&str, &str, usize)> {
    let rest = source
        .strip_prefix("---\n")
        .or_else(|| source.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + yaml.matches('\n').count() + 1;
            return Some((yaml, body, body_line));
        }
        offset += line.len();
    }
    None
}

/// Blank lines and one-line HTML comments (scaffold hints) may stand outside sections.
fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || (t.starts_with("<!--") && t.ends_with("-->"))
}

/// A line that opens or closes a fenced code block: its fence character and length.
fn fence_marker(line: &str) -> Option<(char, usize)> {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return None;
    }
    let c = t.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let n = t.chars().take_while(|&x| x == c).count();
    (n >= 3).then_some((c, n))
}

/// An ATX heading's level and text (`## Text ##` gives (2, "Text")).
fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start_matches(' ');
    if line.len() - t.len() > 3 {
        return None;
    }
    let level = t.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    Some((level, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan [`too_deep`] speeds up, a byte at a time.
    fn too_deep_bytewise(yaml: &str) -> Option<usize> {
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let mut comment = false;
        let bytes = yaml.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if comment {
                comment = b != b'\n';
                continue;
            }
            match (quote, b) {
                (Some(b'"'), b'\\') => {}
                (Some(q), _) if b == q && !(q == b'"' && i > 0 && bytes[i - 1] == b'\\') => {
                    quote = None
                }
                (Some(_), _) => {}
                (None, b'\'' | b'"') if i == 0 || b" \t\n[{,:-".contains(&bytes[i - 1]) => {
                    quote = Some(b)
                }
                (None, b'#') if i == 0 || b" \t\n".contains(&bytes[i - 1]) => comment = true,
                (None, b'[' | b'{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(i);
                    }
                }
                (None, b']' | b'}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn too_deep_finds_what_the_bytewise_scan_finds(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "[", "]", "{", "}", "'", "\"", "\\", "#", " ", "\n", ":", ",", "-", "a", "\t",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"a\\\"[\"", "'a''['", "# [\n", "\\\\\"",
            ]), 0..40)
        ) {
            let yaml = parts.concat();
            proptest::prop_assert_eq!(too_deep(&yaml), too_deep_bytewise(&yaml), "{:?}", yaml);
        }
    }

    const GOOD: &str = "---\ntitle: T\nsummary: S\n---\n\n# what-happened\nA\n\n```\n# not a heading\n```\n# how-discovered\nB\n# consequences\n# what-we-did\n# prevention\n# what-you-should-do\n# more-information\n\n# questions\n## Is it safe?\nYes.\n";

    #[test]
    fn splits_sections_and_questions() {
        let p = prose(Path::new("en.md"), GOOD).unwrap();
        assert_eq!(p.sections.len(), 7);
        assert!(p.sections[0].1.contains("# not a heading"));
        assert_eq!(p.questions.len(), 1);
        assert_eq!(p.questions[0].question, "Is it safe?");
        assert_eq!(p.section_lines[&SectionKey::WhatHappened], 6);
    }

    #[test]
    fn unknown_section_points_at_heading_with_suggestion() {
        let src = GOOD.replace("# how-discovered", "# how-discoverd");
        let errs = prose(Path::new("en.md"), &src).unwrap_err();
        let e = errs.iter().find(|d| d.code == "unknown-section").unwrap();
        assert_eq!(e.location.as_ref().unwrap().line, Some(12));
        assert_eq!(e.help.as_deref(), Some("did you mean `# how-discovered`?"));
        assert!(errs.iter().any(|d| d.code == "missing-section"));
    }

    #[test]
    fn front_matter_typo_is_located_in_the_file() {
        let src = GOOD.replace("summary: S", "sumary: S");
        let errs = prose(Path::new("en.md"), &src).unwrap_err();
        let loc = errs[0].location.as_ref().unwrap();
        assert_eq!(errs[0].code, "unknown-field");
        assert_eq!((loc.line, loc.column), (Some(3), Some(1)));
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `summary`?"));
    }

    #[test]
    fn measures_are_list_items_under_taken_and_planned() {
        let src = GOOD.replace(
            "# more-information\n",
            "# more-information\n\n# measures\n## taken\n- We closed the **hole**.\n- We told\n  everyone.\n\n## planned\n* We will audit it.\n",
        );
        let p = prose(Path::new("en.md"), &src).unwrap();
        let taken: Vec<&str> = p.measures.taken.iter().map(|i| &*i.markdown).collect();
        assert_eq!(
            taken,
            ["We closed the **hole**.\n", "We told\n  everyone.\n"]
        );
        assert_eq!(&*p.measures.planned[0].markdown, "We will audit it.\n");
        assert_eq!(p.measures.taken[1].line, 23);
    }

    #[test]
    fn measures_outside_a_list_are_located() {
        let src = GOOD.replace(
            "# more-information\n",
            "# more-information\n\n# measures\nWe closed it.\n## done\n",
        );
        let errs = prose(Path::new("en.md"), &src).unwrap_err();
        let codes: Vec<(&str, Option<usize>)> = errs
            .iter()
            .map(|d| (d.code, d.location.as_ref().unwrap().line))
            .collect();
        assert_eq!(
            codes,
            [
                ("text-outside-measure-list", Some(21)),
                ("unknown-measure-list", Some(22))
            ]
        );
    }

    #[test]
    fn optional_sections_are_optional() {
        let p = prose(Path::new("en.md"), GOOD).unwrap();
        assert!(
            p.sections
                .iter()
                .all(|(k, _)| !SectionKey::OPTIONAL.contains(k))
        );
        let src = GOOD.replace("# consequences\n", "# data\nOnly names.\n# consequences\n");
        let p = prose(Path::new("en.md"), &src).unwrap();
        let keys: Vec<&str> = p.sections.iter().map(|(k, _)| k.key()).collect();
        assert_eq!(
            keys[..4],
            ["what-happened", "how-discovered", "data", "consequences"]
        );
    }

    const FACTS: &str = "organization: {name: A, role: controller, country: NO}\ntime_zone: Europe/Oslo\npublished: 2024-01-19T12:00\nstatus: investigating\n";

    #[test]
    fn counts_take_every_partial_form() {
        use crate::incident::model::Count;
        for (written, want) in [
            ("1200", Count::Known(1200)),
            ("\"1 200\"", Count::Known(1200)),
            ("1200-1500", Count::Between(1200, 1500)),
            ("at least 300", Count::AtLeast(300)),
            ("at most 40", Count::AtMost(40)),
            ("some", Count::Some),
            ("most", Count::Most),
            ("all", Count::All),
            ("unknown", Count::Unknown),
        ] {
            let src = format!("{FACTS}affected:\n  people: {written}\n");
            let f = facts(Path::new("incident.yaml"), &src).unwrap();
            assert_eq!(f.affected.people, Some(want), "{written}");
        }
        let src = format!("{FACTS}affected:\n  people: 1500-1200\n");
        let e = facts(Path::new("incident.yaml"), &src).unwrap_err();
        assert!(e.message.contains("smaller number"), "{}", e.message);
        assert_eq!(e.location.unwrap().line, Some(6));
    }

    #[test]
    fn groups_and_data_may_be_unknown_as_a_whole() {
        let src = format!("{FACTS}affected:\n  groups: unknown\ndata: unknown\n");
        let f = facts(Path::new("incident.yaml"), &src).unwrap();
        assert!(f.affected.groups.is_unknown() && f.affected.groups.is_empty());
        assert!(f.data.is_unknown() && f.data.affected.is_empty());
        let src = format!("{FACTS}data: {{affected: [name], possibly_affected: [email]}}\n");
        let f = facts(Path::new("incident.yaml"), &src).unwrap();
        assert!(!f.data.is_unknown());
        assert_eq!(f.data.possibly_affected.len(), 1);
        let src = format!("{FACTS}data: maybe\n");
        let e = facts(Path::new("incident.yaml"), &src).unwrap_err();
        assert!(e.message.contains("`unknown`"), "{}", e.message);
    }
}
