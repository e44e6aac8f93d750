//! Problems found in a site's files: what went wrong, where (file, line, column), how to fix it,
//! and how to print them for people (rustc style) and for machines (JSON).

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is. Errors stop a build; warnings only fail `check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Warning,
    Error,
}

/// A place in a file, or a file (or folder) as a whole when no line in it is concerned, such
/// as one that cannot be read. Lines and columns are 1-based, columns count characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub(crate) file: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) column: Option<usize>,
}

impl Location {
    pub(crate) fn new(file: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            line: Some(line.max(1)),
            column: Some(column.max(1)),
            ..Location::file(file)
        }
    }

    /// The whole of `file`, no line in it.
    pub(crate) fn file(file: impl Into<PathBuf>) -> Self {
        let file: PathBuf = file.into();
        // `./content/x` reads better, and matches what users type, as `content/x`.
        let file = match file.strip_prefix(".") {
            Ok(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
            _ => file,
        };
        Location {
            file,
            line: None,
            column: None,
        }
    }

    /// The location of byte `offset` in `source`.
    pub(crate) fn at_offset(file: impl Into<PathBuf>, source: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..offset].chars().count() + 1;
        Location::new(file, line, column)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem, with everything needed to show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub(crate) severity: Severity,
    /// A stable identifier such as `yaml-syntax` or `unknown-field`, for tests and editors.
    pub(crate) code: &'static str,
    pub(crate) message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) help: Option<String>,
    /// The source line the location points into, for the caret display.
    #[serde(skip)]
    pub(crate) source_line: Option<String>,
}

impl Diagnostic {
    pub(crate) fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: printable(&message.into()),
            location: None,
            help: None,
            source_line: None,
        }
    }

    pub(crate) fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Points at a file (or folder) without a particular place in it: no line is given.
    pub(crate) fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.location = Some(Location::file(file));
        self
    }

    /// Points at `line`:`column` of `file`, whose text is `source`.
    pub(crate) fn at(mut self, file: &Path, source: &str, line: usize, column: usize) -> Self {
        self.source_line = source
            .lines()
            .nth(line.saturating_sub(1))
            .map(str::to_owned);
        self.location = Some(Location::new(file, line, column));
        self
    }

    /// Points at byte `offset` of `source`, the text of `file`.
    pub(crate) fn at_offset(self, file: &Path, source: &str, offset: usize) -> Self {
        let loc = Location::at_offset(file, source, offset);
        self.at(file, source, loc.line.unwrap_or(1), loc.column.unwrap_or(1))
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(printable(&help.into()));
        self
    }

    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// How much of a long source line is shown around the problem.
pub(crate) const SNIPPET_CHARS: usize = 100;

/// How much of a value quoted in a message (between backticks) is shown.
pub(crate) const QUOTE_CHARS: usize = 60;

/// `text` as a terminal may show it: control characters (a file's ESC sequences could
/// otherwise recolour or rewrite the terminal) are written as `\u{1b}`, and a quoted value
/// longer than [`QUOTE_CHARS`] is cut, so a megabyte-long value does not bury the message.
pub(crate) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(1024));
    let mut quoted: Option<usize> = None;
    for c in text.chars() {
        if c == '`' {
            quoted = match quoted {
                Some(_) => None,
                None => Some(0),
            };
        } else if let Some(n) = quoted.as_mut() {
            *n += 1;
            if *n > QUOTE_CHARS {
                if *n == QUOTE_CHARS + 1 {
                    out.push('…');
                }
                continue;
            }
        }
        if c.is_control() && c != '\n' {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for Diagnostic {
    /// The rustc-like form: severity[code]: message, the place, the line with a caret, help.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{severity}[{}]: {}", self.code, self.message)?;
        if let Some(loc) = &self.location {
            let (Some(line_no), Some(column)) = (loc.line, loc.column) else {
                writeln!(f, " --> {}", loc.file.display())?;
                return self.write_help(f);
            };
            let number = line_no.to_string();
            let pad = " ".repeat(number.len());
            writeln!(f, "{pad}--> {}:{line_no}:{column}", loc.file.display())?;
            if let Some(line) = &self.source_line {
                // A window around the column: a minified or generated file may have one line
                // of megabytes, which would bury the message.
                let chars: Vec<char> = line
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                let col = column.saturating_sub(1).min(chars.len());
                let start = col.saturating_sub(SNIPPET_CHARS / 2);
                let end = (start + SNIPPET_CHARS).min(chars.len());
                let mut shown: String = if start > 0 {
                    "…".into()
                } else {
                    String::new()
                };
                shown.extend(&chars[start..end]);
                if end < chars.len() {
                    shown.push('…');
                }
                let caret_pad: String = (start > 0)
                    .then_some(' ')
                    .into_iter()
                    .chain(
                        chars[start..col]
                            .iter()
                            .map(|c| if c.is_whitespace() { *c } else { ' ' }),
                    )
                    .collect();
                writeln!(f, "{pad} |")?;
                writeln!(f, "{number} | {shown}")?;
                writeln!(f, "{pad} | {caret_pad}^")?;
            }
        }
        self.write_help(f)
    }
}

impl Diagnostic {
    fn write_help(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(help) = &self.help {
            writeln!(f, "  = help: {help}")?;
        }
        Ok(())
    }

    /// Whether the environment failed rather than the site: a file that cannot be read or
    /// written, no site where one was asked for. Commands exit with 2 then (docs/check.md).
    pub(crate) fn is_environment(&self) -> bool {
        matches!(self.code, "io" | "output" | "missing-config")
    }
}

/// Every problem found in one pass over a site, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

/// One problem is a list of one, so that `?` passes a single problem on where a list is due.
impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl Diagnostics {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub(crate) fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub(crate) fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub(crate) fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sorted by file and place so output is stable whatever order the work ran in.
    pub(crate) fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .map(|l| (l.file.clone(), l.line, l.column))
            };
            key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
        });
    }

    pub fn to_human(&self) -> String {
        let mut out = String::new();
        for d in &self.0 {
            let _ = writeln!(out, "{d}");
        }
        out
    }

    pub(crate) fn to_json(&self) -> String {
        let body = serde_json::json!({
            "diagnostics": self.0,
            "errors": self.error_count(),
            "warnings": self.warning_count(),
        });
        serde_json::to_string_pretty(&body).unwrap_or_default()
    }
}

/// The closest candidate to a misspelt `word`, if one is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_characters_not_bytes() {
        let src = "a: 1\nnamn: å\nbad: x";
        let loc = Location::at_offset("f.yaml", src, src.find('x').unwrap());
        assert_eq!((loc.line, loc.column), (Some(3), Some(6)));
        let loc = Location::at_offset("f.yaml", src, src.find('å').unwrap() + 2);
        assert_eq!((loc.line, loc.column), (Some(2), Some(8)));
    }

    #[test]
    fn human_form_shows_caret_under_column() {
        let d = Diagnostic::error("unknown-field", "unknown field `titel`")
            .at(Path::new("content/x/en.md"), "---\ntitel: x\n", 2, 1)
            .with_help("did you mean `title`?");
        let text = d.to_string();
        assert!(text.contains("--> content/x/en.md:2:1"), "{text}");
        assert!(text.contains("2 | titel: x\n  | ^"), "{text}");
        assert!(text.contains("= help: did you mean `title`?"), "{text}");
    }

    #[test]
    fn messages_show_no_control_characters_and_no_long_quotes() {
        let long = "x".repeat(1_000_000);
        let d = Diagnostic::error(
            "invalid-url",
            format!("`a\u{1b}[2J{long}` is not a web address"),
        )
        .with_help("write `\u{7}` out");
        assert!(d.message.starts_with("`a\\u{1b}[2Jxxx"), "{}", d.message);
        assert!(
            d.message.ends_with("…` is not a web address"),
            "{}",
            d.message
        );
        assert!(d.message.len() < 100);
        assert_eq!(d.help.as_deref(), Some("write `\\u{7}` out"));
        let shown = d
            .at(Path::new("f.yaml"), &format!("web: \u{1b}[2J{long}"), 1, 6)
            .to_string();
        assert!(!shown.contains('\u{1b}') && shown.len() < 400, "{shown}");
    }

    #[test]
    fn suggestions_only_for_near_misses() {
        let words = ["title", "summary", "revision"];
        assert_eq!(did_you_mean("titel", words), Some("title"));
        assert_eq!(did_you_mean("xyzzy", words), None);
    }
}
