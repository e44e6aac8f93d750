//! Translations that say the same thing: every part of a notice (summary, section, custom
//! question) in each language compared with the source language's — the facts in it (numbers,
//! dates, times, amounts, addresses, phone numbers), its shape (paragraphs, list items, links,
//! questions) and its length. A stale translation is left to `stale-translation`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::completeness::{Written, written};
use super::facts_in_text::{self, Fact, Found};
use super::prose::{self, Parsed};
use super::{at_prose, plural, translations};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::{Incident, Prose};
use crate::site::Site;

/// Characters of prose a language needs for what English says in 100, from the medians of
/// the example site's sections (docs/check.md); Danish is taken as Norwegian, other languages
/// as English.
fn length_factor(lang: &str) -> f64 {
    match lang {
        "sv" => 0.95,
        "nb" | "da" => 0.93,
        _ => 1.0,
    }
}

/// A translation shorter than this share of the length expected from the source is reported.
const SHORTEST: f64 = 0.6;

/// Sources shorter than this (in characters) vary too much in length to compare.
const MIN_LENGTH: usize = 200;

/// One part of a prose file: its Markdown and where it is.
struct Part<'a> {
    label: String,
    /// The line of its heading or `summary:` key.
    line: usize,
    /// The line its Markdown begins on.
    first_line: usize,
    markdown: &'a str,
}

impl<'a> Part<'a> {
    fn all(prose: &'a Prose) -> Vec<Option<Part<'a>>> {
        let line = prose.front_spans().get("summary").map_or(1, |p| p.line);
        let mut out = vec![Some(Part {
            label: "the summary".into(),
            line,
            first_line: line,
            markdown: prose.front.summary.as_str(),
        })];
        for (key, md) in &prose.sections {
            let line = prose.section_lines.get(key).copied().unwrap_or(1);
            out.push((written(md) == Written::Text).then(|| Part {
                label: format!("`# {}`", key.key()),
                line,
                first_line: line + 1,
                markdown: md,
            }));
        }
        out
    }
}

/// The two prose files compared.
struct Pair<'a> {
    incident: &'a Incident,
    source_lang: &'a str,
    lang: &'a str,
    source_file: PathBuf,
    diags: Diagnostics,
}

/// The agreement of each translation of `incident` with its source language (or, when none
/// is named, the site's default language).
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let source_lang = incident
        .facts
        .source_language
        .as_deref()
        .unwrap_or(site.config.default_language());
    let Some(source) = incident.prose.get(source_lang) else {
        return Diagnostics::default();
    };
    let required = translations::required_revision(incident);
    let mut diags = Diagnostics::default();
    for lang in site.config.language_codes() {
        let (Some(prose), Some(text)) =
            (incident.prose.get(&lang), incident.prose_sources.get(&lang))
        else {
            continue;
        };
        if lang == source_lang || prose.front.revision.unwrap_or(0) < required {
            continue;
        }
        let mut pair = Pair {
            incident,
            source_lang,
            lang: &lang,
            source_file: incident.prose_path(source_lang),
            diags: Diagnostics::default(),
        };
        let parts = Part::all(source).into_iter().zip(Part::all(prose));
        for (s, t) in parts {
            if let (Some(s), Some(t)) = (s, t) {
                pair.compare(&s, &t);
            }
        }
        pair.questions(source, prose, text);
        diags.extend(pair.diags);
    }
    diags
}

impl Pair<'_> {
    fn warn(&mut self, line: usize, message: String, help: &str) {
        let d = Diagnostic::warning("translation-mismatch", message).with_help(help);
        self.diags
            .push(at_prose(self.incident, self.lang, line, 1, d));
    }

    /// `sv.md:12`, the source's place for a message.
    fn source_at(&self, line: usize) -> String {
        let name = self
            .source_file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        format!("{name}:{line}")
    }

    fn questions(&mut self, source: &Prose, prose: &Prose, text: &str) {
        let (s, t) = (&source.questions, &prose.questions);
        if s.len() != t.len() {
            // The first question, or else the `# questions` heading, or else the file's end.
            let heading = || {
                let lines = text.lines().collect::<Vec<_>>();
                lines
                    .iter()
                    .position(|l| l.trim_end() == "# questions")
                    .map_or(lines.len(), |i| i + 1)
            };
            let line = t.first().map_or_else(heading, |q| q.line);
            let at = self.source_at(s.first().map_or(1, |q| q.line));
            self.warn(
                line,
                format!(
                    "the `{}` text has {} custom questions, the `{}` source has {} ({at})",
                    self.lang,
                    t.len(),
                    self.source_lang,
                    s.len()
                ),
                "translate every question of the source, in the same order",
            );
            return;
        }
        for (i, (sq, tq)) in s.iter().zip(t).enumerate() {
            let label = format!("question {}", i + 1);
            let sp = Part {
                label: label.clone(),
                line: sq.line,
                first_line: sq.line + 1,
                markdown: &sq.answer_markdown,
            };
            let tp = Part {
                label,
                line: tq.line,
                first_line: tq.line + 1,
                markdown: &tq.answer_markdown,
            };
            self.compare(&sp, &tp);
        }
    }

    fn compare(&mut self, s: &Part, t: &Part) {
        let (sp, tp) = (prose::parse(s.markdown), prose::parse(t.markdown));
        self.shape(s, t, &sp, &tp);
        self.facts(s, t, &sp, &tp);
        self.length(s, t, &sp, &tp);
    }

    /// The same number of paragraphs, list items and links.
    fn shape(&mut self, s: &Part, t: &Part, sp: &Parsed, tp: &Parsed) {
        let counts = [
            (("paragraph", "paragraphs"), &sp.paragraphs, &tp.paragraphs),
            (("list item", "list items"), &sp.items, &tp.items),
        ];
        for (what, sc, tc) in counts {
            if sc.len() != tc.len() {
                self.shape_warning(s, t, what, (sc.len(), tc.len()), (sc, tc));
            }
        }
        let (sl, tl): (Vec<usize>, Vec<usize>) = (
            sp.links.iter().map(|l| l.1).collect(),
            tp.links.iter().map(|l| l.1).collect(),
        );
        if sl.len() != tl.len() {
            let what = ("link", "links");
            self.shape_warning(s, t, what, (sl.len(), tl.len()), (&sl, &tl));
        }
    }

    /// Points at the first of `what` that has no counterpart, in the longer text's order.
    fn shape_warning(
        &mut self,
        s: &Part,
        t: &Part,
        (one, many): (&str, &str),
        (ns, nt): (usize, usize),
        (so, to): (&Vec<usize>, &Vec<usize>),
    ) {
        let n = ns.min(nt);
        let line_in = |p: &Part, offsets: &Vec<usize>| {
            offsets.get(n).or(offsets.last()).map_or(p.line, |o| {
                p.first_line + prose::line_col(p.markdown, *o).0 - 1
            })
        };
        let (sl, tl) = (line_in(s, so), line_in(t, to));
        self.warn(
            tl,
            format!(
                "{} has {} in `{}`, {ns} in the `{}` source ({})",
                t.label,
                plural(nt, one, many),
                self.lang,
                self.source_lang,
                self.source_at(sl)
            ),
            "a translation says everything the source says, in the same paragraphs and lists",
        );
    }

    /// Every fact of the source is in the translation.
    fn facts(&mut self, s: &Part, t: &Part, sp: &Parsed, tp: &Parsed) {
        let facts = |p: &Parsed, lang: &str| -> Vec<Vec<Found>> {
            p.blocks
                .iter()
                .map(|b| facts_in_text::facts(&b.text_without_code(), lang))
                .collect()
        };
        let (sf, tf) = (facts(sp, self.source_lang), facts(tp, self.lang));
        let all_t: Vec<&Fact> = tf.iter().flatten().map(|f| &f.fact).collect();
        let hosts =
            |p: &Parsed| -> Vec<String> { p.links.iter().filter_map(|(d, _)| host(d)).collect() };
        let t_hosts = hosts(tp);
        // When the blocks pair up, the missing fact is pointed at in its own paragraph.
        let same_shape = sp.blocks.len() == tp.blocks.len();
        let mut reported: BTreeMap<Fact, ()> = BTreeMap::new();
        for (i, block) in sf.iter().enumerate() {
            for f in block {
                if all_t.iter().any(|x| x.matches(&f.fact)) || reported.contains_key(&f.fact) {
                    continue;
                }
                reported.insert(f.fact.clone(), ());
                let s_line = block_line(s, sp, i);
                let t_line = if same_shape {
                    block_line(t, tp, i)
                } else {
                    t.line
                };
                self.missing(t, t_line, s_line, f);
            }
        }
        for (dest, at) in &sp.links {
            let Some(h) = host(dest) else { continue };
            if t_hosts.contains(&h) {
                continue;
            }
            let s_line = s.first_line + prose::line_col(s.markdown, *at).0 - 1;
            let f = Found {
                fact: Fact::Url(h),
                written: dest.clone(),
            };
            if !reported.contains_key(&f.fact) {
                reported.insert(f.fact.clone(), ());
                self.missing(t, t.line, s_line, &f);
            }
        }
    }

    fn missing(&mut self, t: &Part, t_line: usize, s_line: usize, f: &Found) {
        let kind = match &f.fact {
            Fact::Url(_) if f.written.contains("://") => "a link to",
            _ => f.fact.kind(),
        };
        self.warn(
            t_line,
            format!(
                "{} in `{}` lacks {kind} `{}` of the `{}` source ({})",
                t.label,
                self.lang,
                f.written,
                self.source_lang,
                self.source_at(s_line)
            ),
            "numbers, dates, times, amounts and addresses must be the same in every language; check the translation against the source",
        );
    }

    /// A translation much shorter than its source has likely lost something.
    fn length(&mut self, s: &Part, t: &Part, sp: &Parsed, tp: &Parsed) {
        let chars = |p: &Parsed| {
            p.blocks
                .iter()
                .map(|b| b.text.chars().count())
                .sum::<usize>()
        };
        let (sc, tc) = (chars(sp), chars(tp));
        if sc < MIN_LENGTH {
            return;
        }
        let expected = sc as f64 * length_factor(self.lang) / length_factor(self.source_lang);
        if (tc as f64) < expected * SHORTEST {
            self.warn(
                t.line,
                format!(
                    "{} in `{}` is {tc} characters long, the `{}` source {sc} ({}): about {:.0} were expected",
                    t.label,
                    self.lang,
                    self.source_lang,
                    self.source_at(s.line),
                    expected
                ),
                "a translation this much shorter has likely left something out; compare it with the source sentence by sentence",
            );
        }
    }
}

/// The line block `i` of a part starts on.
fn block_line(p: &Part, parsed: &Parsed, i: usize) -> usize {
    parsed.blocks.get(i).map_or(p.line, |b| {
        p.first_line + prose::line_col(p.markdown, b.source_offset(0)).0 - 1
    })
}

/// The host of an absolute web link, which a translation may link in its own language.
fn host(dest: &str) -> Option<String> {
    let lower = dest.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_owned())
}
