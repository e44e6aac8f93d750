//! `varsel check --translations`: how far each language has come, as a table of UI strings,
//! notices and sections. Read leniently from the files, so that it also works on a site that
//! does not load yet (a new language being added is the usual case).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use super::completeness::{Written, written};
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::embedded;
use crate::incident::{SectionKey, parse};
use crate::input::Folder;
use crate::locale::{locale_sources, message_ids};
use crate::site::incident_dirs;

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub(crate) struct Progress {
    pub(crate) done: usize,
    pub(crate) total: usize,
}

impl Progress {
    pub(crate) fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(100)
    }
    pub(crate) fn complete(self) -> bool {
        self.done == self.total
    }
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    pub(crate) language: String,
    /// Reference messages the locale defines.
    pub(crate) ui_strings: Progress,
    /// Notices whose prose in this language is complete and current.
    pub(crate) incidents: Progress,
    /// Standard sections written, over all notices.
    pub(crate) sections: Progress,
    pub(crate) missing_messages: Vec<String>,
    /// `slug: why` for each notice not complete in this language.
    pub(crate) incomplete: Vec<String>,
}

/// Measures every site language of the site at `root`.
pub(crate) fn measure(root: &Path) -> Result<Vec<Row>, Diagnostic> {
    let config = Config::load(root)?;
    let langs = config.language_codes();
    let reference = reference_ids(root, config.default_language())?;
    let dirs = incident_dirs(root)?;
    // Each notice's folder is checked, and its facts read, once for all the languages.
    let notices: Vec<(Folder, usize)> = dirs
        .iter()
        .map(|d| {
            let folder = Folder::new(root, d);
            let required = required_revision(&folder);
            (folder, required)
        })
        .collect();
    let mut rows = Vec::new();
    for lang in &langs {
        let files = locale_sources(root, lang)?;
        let defined = message_ids(files.iter().map(|f| f.source.as_str()));
        let missing: Vec<String> = reference.difference(&defined).cloned().collect();
        let mut row = Row {
            language: lang.clone(),
            ui_strings: Progress {
                done: reference.len() - missing.len(),
                total: reference.len(),
            },
            incidents: Progress {
                done: 0,
                total: dirs.len(),
            },
            sections: Progress {
                done: 0,
                total: dirs.len() * SectionKey::ALL.len(),
            },
            missing_messages: missing,
            incomplete: Vec::new(),
        };
        for (folder, required) in &notices {
            row.count(folder, *required);
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The messages every language needs: the reference language's built-in ones, and those the
/// site's own files of the `default` language add.
fn reference_ids(root: &Path, default: &str) -> Result<BTreeSet<String>, Diagnostic> {
    let mut reference: BTreeSet<String> = message_ids(
        embedded::locale_files(embedded::REFERENCE_LANGUAGE)
            .iter()
            .map(|(_, s)| *s),
    );
    let default_files = locale_sources(root, default)?;
    reference.extend(message_ids(
        default_files
            .iter()
            .filter(|f| !f.builtin)
            .map(|f| f.source.as_str()),
    ));
    Ok(reference)
}

/// The revision the prose of the notice in `folder` must have: the last update that changed
/// the text, or 0 when none did (or the facts cannot be read).
fn required_revision(folder: &Folder) -> usize {
    let path = folder.dir().join("incident.yaml");
    folder
        .read("incident.yaml")
        .ok()
        .flatten()
        .and_then(|src| parse::facts(&path, &src).ok())
        .map_or(0, |f| {
            f.updates
                .iter()
                .rposition(|u| u.text_changed)
                .map_or(0, |i| i + 1)
        })
}

impl Row {
    /// Counts the notice in `folder` in this row's language: its sections written, and
    /// whether it is complete (at the `required` revision).
    fn count(&mut self, folder: &Folder, required: usize) {
        let lang = &self.language;
        let slug = folder
            .dir()
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        let Ok(Some(source)) = folder.read(&format!("{lang}.md")) else {
            self.incomplete.push(format!("{slug}: no {lang}.md"));
            return;
        };
        let written_sections = sections_written(&source);
        self.sections.done += written_sections;
        let revision = revision(&source);
        if written_sections < SectionKey::ALL.len() {
            self.incomplete.push(format!(
                "{slug}: {} of {} sections written",
                written_sections,
                SectionKey::ALL.len()
            ));
        } else if revision < required {
            self.incomplete.push(format!(
                "{slug}: at revision {revision}, the text changed in update {required}"
            ));
        } else {
            self.incidents.done += 1;
        }
    }
}

/// The standard sections of a prose file that have real text, found by their headings
/// (without the full parse, which would reject a half-written file).
fn sections_written(source: &str) -> usize {
    let mut found: Vec<(SectionKey, String)> = Vec::new();
    let mut current: Option<usize> = None;
    let mut fenced = false;
    for line in source.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
        }
        if !fenced && let Some(rest) = line.strip_prefix("# ") {
            current = SectionKey::from_key(rest.trim()).map(|k| {
                found.push((k, String::new()));
                found.len() - 1
            });
            continue;
        }
        if let Some(i) = current {
            found[i].1.push_str(line);
            found[i].1.push('\n');
        }
    }
    SectionKey::ALL
        .iter()
        .filter(|k| {
            found
                .iter()
                .any(|(s, md)| s == *k && written(md) == Written::Text)
        })
        .count()
}

/// The `revision:` of the front matter, 0 when absent or unreadable.
fn revision(source: &str) -> usize {
    source
        .lines()
        .skip(1)
        .take_while(|l| l.trim_end() != "---")
        .find_map(|l| l.strip_prefix("revision:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// Whether every language is complete.
pub(crate) fn all_complete(rows: &[Row]) -> bool {
    rows.iter()
        .all(|r| r.ui_strings.complete() && r.incidents.complete() && r.sections.complete())
}

fn cell(p: Progress) -> String {
    format!("{}/{} {:>4}", p.done, p.total, format!("{}%", p.percent()))
}

/// `rows` under `header` in columns as wide as their widest cell, two spaces apart; a column
/// whose `right` is true is aligned to the right (numbers), others to the left.
pub(crate) fn columns(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|t| t.chars().count())
                .chain([header[c].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cols: &mut dyn Iterator<Item = &str>| {
        let mut l = String::new();
        for (c, text) in cols.enumerate() {
            let w = widths[c];
            let sep = if c == 0 { "" } else { "  " };
            if right.get(c).copied().unwrap_or(false) {
                let _ = write!(l, "{sep}{text:>w$}");
            } else {
                let _ = write!(l, "{sep}{text:<w$}");
            }
        }
        l.trim_end().to_owned()
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", line(&mut header.iter().copied()));
    for r in rows {
        let _ = writeln!(out, "{}", line(&mut r.iter().map(String::as_str)));
    }
    out
}

/// The table for people, then what each language lacks.
pub(crate) fn to_human(rows: &[Row]) -> String {
    let header = ["language", "UI strings", "incidents", "sections"];
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                r.language.clone(),
                cell(r.ui_strings),
                cell(r.incidents),
                cell(r.sections),
            ]
        })
        .collect();
    let cells: Vec<Vec<String>> = cells.into_iter().map(Vec::from).collect();
    let mut out = columns(&header, &cells, &[false, true, true, true]);
    for r in rows {
        if !r.missing_messages.is_empty() {
            let _ = writeln!(
                out,
                "\n{} lacks {} UI string{}: {}",
                r.language,
                r.missing_messages.len(),
                if r.missing_messages.len() == 1 {
                    ""
                } else {
                    "s"
                },
                r.missing_messages.join(", ")
            );
        }
        for i in &r.incomplete {
            let _ = writeln!(out, "{}: {i}", r.language);
        }
    }
    out
}

pub(crate) fn to_json(rows: &[Row]) -> String {
    let rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let p = |p: Progress| serde_json::json!({"done": p.done, "total": p.total, "percent": p.percent()});
            serde_json::json!({
                "language": r.language,
                "ui_strings": p(r.ui_strings),
                "incidents": p(r.incidents),
                "sections": p(r.sections),
                "missing_messages": r.missing_messages,
                "incomplete": r.incomplete,
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "languages": rows })).unwrap_or_default()
}
