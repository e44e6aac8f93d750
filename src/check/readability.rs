//! Clear and plain language (GDPR Art. 34(2)): each part of a notice (summary, section,
//! question) measured with the readability formula made for its language — LIX for sv, nb and
//! da, Flesch–Douma for nl, Flesch Reading Ease for en — and judged against the band for the
//! site's readers; sentences over 30 words; jargon the public does not know, unless explained.
//! The formulas, syllable and sentence rules and bands are in docs/check.md.

use std::collections::BTreeSet;

use super::completeness::{Written, written};
use super::prose::{self, Block};
use super::{at_prose, lexicon};
use crate::config::Readability;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::{Incident, SectionKey};
use crate::site::Site;

/// A sentence longer than this many words is reported wherever it stands.
pub(crate) const LONG_SENTENCE: usize = 30;

/// A part with fewer words than this is too short for its score to mean anything.
pub(crate) const MIN_WORDS: usize = 40;

/// The readability formula of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// Björnsson's läsbarhetsindex: words per sentence + per cent long words. Higher is harder.
    Lix,
    /// Douma's adaptation of Flesch for Dutch. Higher is easier.
    FleschDouma,
    /// Flesch Reading Ease. Higher is easier.
    Flesch,
}

/// What was counted in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Counts {
    pub(crate) words: usize,
    pub(crate) sentences: usize,
    /// Words of more than six letters (LIX).
    pub(crate) long_words: usize,
    pub(crate) syllables: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.long_words += o.long_words;
        self.syllables += o.syllables;
    }
}

/// LIX = words / sentences + 100 · long words / words (Björnsson 1968).
pub(crate) fn lix(c: Counts) -> f64 {
    let (w, s) = (c.words.max(1) as f64, c.sentences.max(1) as f64);
    w / s + 100.0 * c.long_words as f64 / w
}

/// Flesch Reading Ease = 206.835 − 1.015 · words / sentences − 84.6 · syllables / words
/// (Flesch 1948).
pub(crate) fn flesch(c: Counts) -> f64 {
    let (w, s) = (c.words.max(1) as f64, c.sentences.max(1) as f64);
    206.835 - 1.015 * (w / s) - 84.6 * (c.syllables as f64 / w)
}

/// Flesch–Douma = 206.84 − 0.77 · syllables per 100 words − 0.93 · words / sentences
/// (Douma 1960).
pub(crate) fn douma(c: Counts) -> f64 {
    let (w, s) = (c.words.max(1) as f64, c.sentences.max(1) as f64);
    206.84 - 0.77 * (100.0 * c.syllables as f64 / w) - 0.93 * (w / s)
}

impl Measure {
    pub(crate) fn of(lang: &str) -> Option<Measure> {
        match lang {
            "sv" | "nb" | "nn" | "no" | "da" => Some(Measure::Lix),
            "nl" => Some(Measure::FleschDouma),
            "en" => Some(Measure::Flesch),
            _ => None,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Measure::Lix => "LIX",
            Measure::FleschDouma => "Flesch-Douma",
            Measure::Flesch => "Flesch",
        }
    }

    pub(crate) fn score(self, c: Counts) -> f64 {
        match self {
            Measure::Lix => lix(c),
            Measure::FleschDouma => douma(c),
            Measure::Flesch => flesch(c),
        }
    }

    /// The published band a score falls in.
    pub(crate) fn band(self, score: f64) -> &'static str {
        let bands: &[(f64, &str)] = match self {
            // lix.se, after Björnsson.
            Measure::Lix => &[
                (30.0, "very easy"),
                (40.0, "easy"),
                (50.0, "medium, like a newspaper"),
                (60.0, "hard, like official texts"),
                (f64::INFINITY, "very hard"),
            ],
            // Douma's table; Flesch's own differs only in where "difficult" starts.
            Measure::FleschDouma | Measure::Flesch => &[
                (30.0, "very difficult"),
                (
                    if self == Measure::Flesch { 50.0 } else { 45.0 },
                    "difficult",
                ),
                (60.0, "fairly difficult"),
                (70.0, "standard"),
                (80.0, "fairly easy"),
                (90.0, "easy"),
                (f64::INFINITY, "very easy"),
            ],
        };
        bands
            .iter()
            .find(|(upto, _)| score < *upto)
            .map_or("", |(_, name)| name)
    }

    /// The worst score allowed for `audience`; `strict` for the parts people act on.
    pub(crate) fn limit(self, audience: Readability, strict: bool) -> Option<f64> {
        let (normal, tight) = match (self, audience) {
            (_, Readability::Off) => return None,
            // The public: no harder than a newspaper; what people act on, easy.
            (Measure::Lix, Readability::Public) => (50.0, 40.0),
            (Measure::Flesch, Readability::Public) => (50.0, 60.0),
            (Measure::FleschDouma, Readability::Public) => (45.0, 60.0),
            // Professionals: hard is acceptable; what they act on, a newspaper.
            (Measure::Lix, Readability::Professional) => (60.0, 50.0),
            (Measure::Flesch, Readability::Professional) => (30.0, 50.0),
            (Measure::FleschDouma, Readability::Professional) => (30.0, 45.0),
        };
        Some(if strict { tight } else { normal })
    }

    /// Whether `score` is worse than `limit`.
    pub(crate) fn beyond(self, score: f64, limit: f64) -> bool {
        match self {
            Measure::Lix => score > limit,
            Measure::FleschDouma | Measure::Flesch => score < limit,
        }
    }
}

/// Syllables of an English word: groups of vowels (`y` too, but not before a vowel at the
/// start), less a silent final `e` (not in `-le` after a consonant) and the silent `e` of
/// `-ed` (not after `t`, `d`) and `-es` (not after `s`, `x`, `z`, `ch`, `sh`, `g`, `c`);
/// at least one.
pub(crate) fn syllables_en(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if w.is_empty() {
        return 1;
    }
    let vowel = |i: usize| match w[i] {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        'y' => !(i == 0 && w.len() > 1 && "aeiou".contains(w[1])),
        _ => false,
    };
    let mut groups = 0;
    for i in 0..w.len() {
        if vowel(i) && (i == 0 || !vowel(i - 1)) {
            groups += 1;
        }
    }
    let n = w.len();
    let lone_e_at = |i: usize| w[i] == 'e' && i > 0 && !vowel(i - 1);
    // A silent final `e`, but `-le` after a consonant is heard: `ta-ble`.
    let silent_e = n > 2 && lone_e_at(n - 1) && (w[n - 2] != 'l' || vowel(n - 3));
    // `-ed` is silent but after `t` or `d`: `closed`, `want-ed`.
    let silent_ed = n > 3 && w[n - 1] == 'd' && lone_e_at(n - 2) && !matches!(w[n - 3], 't' | 'd');
    // `-es` is silent but after a hissing sound: `names`, `box-es`.
    let silent_es = n > 3
        && w[n - 1] == 's'
        && lone_e_at(n - 2)
        && !matches!(w[n - 3], 's' | 'x' | 'z' | 'g' | 'c')
        && !(w[n - 3] == 'h' && matches!(w[n - 4], 'c' | 's'));
    if silent_e || silent_ed || silent_es {
        groups -= 1;
    }
    groups.max(1)
}

/// Syllables of a Dutch word: its vowel units, read left to right taking the longest of the
/// trigraphs `aai ooi oei eeu ieu`, the digraphs `aa ee oo uu ie oe eu ui ou au ei ij`, or a
/// single vowel (`a e i o u y` and their accented forms); a vowel with a trema (`ë ï ö ü`)
/// always begins a new syllable (`ideeën`: i-dee-ën).
pub(crate) fn syllables_nl(word: &str) -> usize {
    const UNITS: [&str; 17] = [
        "aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ou",
        "au", "ei", "ij",
    ];
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let is_vowel = |c: char| "aeiouyáéèêëíïóöúüû".contains(c);
    let mut count = 0;
    let mut i = 0;
    while i < w.len() {
        if !is_vowel(w[i]) {
            i += 1;
            continue;
        }
        count += 1;
        let rest: String = w[i..].iter().take(3).collect();
        let len = UNITS
            .iter()
            .find(|u| rest.starts_with(*u))
            .map_or(1, |u| u.chars().count());
        i += len;
    }
    count.max(1)
}

/// Syllables of `word` in `lang`, where the language's formula needs them.
fn syllables(lang: &str, word: &str) -> usize {
    match lang {
        "nl" => syllables_nl(word),
        _ => syllables_en(word),
    }
}

/// Which part of a notice a text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    Summary,
    Section(SectionKey),
    /// A custom question, by its number (from 1) and heading.
    Question(usize, String),
}

impl Part {
    /// How the part is named in the table.
    pub(crate) fn label(&self) -> String {
        match self {
            Part::Summary => "summary".into(),
            Part::Section(k) => format!("# {}", k.key()),
            Part::Question(n, _) => format!("question {n}"),
        }
    }

    /// How the part is named in a message.
    pub(crate) fn in_message(&self) -> String {
        match self {
            Part::Summary => "the summary".into(),
            Part::Section(k) => format!("`# {}`", k.key()),
            Part::Question(n, q) => format!("question {n} (`{q}`)"),
        }
    }

    /// The summary and "What should you do?" are what people act on.
    pub(crate) fn strict(&self) -> bool {
        matches!(
            self,
            Part::Summary | Part::Section(SectionKey::WhatYouShouldDo)
        )
    }
}

/// A sentence or word found at a place in a prose file.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) words: usize,
}

/// A use of a jargon term.
#[derive(Debug)]
pub(crate) struct JargonUse {
    pub(crate) at: Found,
    pub(crate) word: String,
    pub(crate) entry: &'static lexicon::Jargon,
    pub(crate) explained: bool,
}

/// One part of one prose file, measured.
#[derive(Debug)]
pub(crate) struct Measured {
    pub(crate) part: Part,
    /// The line the part begins on (its heading, or the `summary:` key).
    pub(crate) line: usize,
    pub(crate) counts: Counts,
    pub(crate) long_sentences: Vec<Found>,
    pub(crate) jargon: Vec<JargonUse>,
}

/// A text to measure: its blocks, and where its first line is in the file.
struct Text<'a> {
    blocks: Vec<Block>,
    markdown: &'a str,
    first_line: usize,
}

/// Every written part of `lang`'s prose, measured, in reading order.
pub(crate) fn measure_all(incident: &Incident, lang: &str) -> Vec<Measured> {
    let Some(prose) = incident.prose.get(lang) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let line = prose.front_spans().get("summary").map_or(1, |p| p.line);
    let summary = prose.front.summary.trim();
    if !summary.is_empty() {
        let text = Text {
            blocks: prose::parse(summary).blocks,
            markdown: summary,
            first_line: line,
        };
        out.push(measure_text(lang, Part::Summary, line, &text));
    }
    for (key, md) in &prose.sections {
        if written(md) != Written::Text {
            continue;
        }
        let line = prose.section_lines.get(key).copied().unwrap_or(1);
        let text = Text {
            blocks: prose::parse(md).blocks,
            markdown: md,
            first_line: line + 1,
        };
        out.push(measure_text(lang, Part::Section(*key), line, &text));
    }
    for (i, q) in prose.questions.iter().enumerate() {
        let md = &q.answer_markdown;
        let text = Text {
            blocks: prose::parse(md).blocks,
            markdown: md,
            first_line: q.line + 1,
        };
        let part = Part::Question(i + 1, q.question.clone());
        out.push(measure_text(lang, part, q.line, &text));
    }
    out
}

fn measure_text(lang: &str, part: Part, line: usize, text: &Text) -> Measured {
    let colon_ends = Measure::of(lang) == Some(Measure::Lix);
    let mut m = Measured {
        part,
        line,
        counts: Counts::default(),
        long_sentences: Vec::new(),
        jargon: Vec::new(),
    };
    let place = |b: &Block, at: usize| {
        let (l, c) = prose::line_col(text.markdown, b.source_offset(at));
        (text.first_line + l - 1, c)
    };
    for b in &text.blocks {
        m.jargon.extend(jargon_in(b, lang, &place));
        if !b.is_prose() {
            continue;
        }
        let scored = prose::sentences(&b.text, lang, colon_ends);
        for s in &scored {
            m.counts
                .add(counts(lang, &prose::words(&b.text, s.clone())));
        }
        // A colon does not end a sentence for this rule: what follows it is read on.
        let read = if colon_ends {
            prose::sentences(&b.text, lang, false)
        } else {
            scored
        };
        for s in read {
            let words = prose::words(&b.text, s.clone()).len();
            if words > LONG_SENTENCE {
                let (line, column) = place(b, s.start);
                m.long_sentences.push(Found {
                    line,
                    column,
                    words,
                });
            }
        }
    }
    m
}

/// What one sentence adds to the counts.
fn counts(lang: &str, words: &[prose::Word]) -> Counts {
    let syllables = |w: &prose::Word| {
        if w.address {
            1
        } else {
            syllables(lang, w.text)
        }
    };
    Counts {
        words: words.len(),
        sentences: usize::from(!words.is_empty()),
        long_words: words.iter().filter(|w| w.letters() > 6).count(),
        syllables: words.iter().map(syllables).sum(),
    }
}

/// Every use of a jargon term in a block, placed by `place`.
fn jargon_in(
    b: &Block,
    lang: &str,
    place: &dyn Fn(&Block, usize) -> (usize, usize),
) -> Vec<JargonUse> {
    prose::words(&b.text, 0..b.text.len())
        .into_iter()
        .filter_map(|w| {
            let entry = lexicon::jargon_of(lang, w.text)?;
            let (line, column) = place(b, w.at);
            Some(JargonUse {
                at: Found {
                    line,
                    column,
                    words: 1,
                },
                word: w.text.to_owned(),
                entry,
                explained: explained(&b.text, w.at, w.at + w.text.len(), lang),
            })
        })
        .collect()
}

/// Whether the term at `start..end` of `text` is explained where it stands: followed by a
/// bracket, a colon or a dash, or by a comma and words such as "that is"; or itself inside
/// brackets, as the name of a thing just said in plain words.
fn explained(text: &str, start: usize, end: usize, lang: &str) -> bool {
    let after = text[end..].trim_start();
    // The bracket may follow the term's second word: "hash values (…)".
    let next_word = after
        .split_once(char::is_whitespace)
        .filter(|(w, _)| w.chars().all(char::is_alphabetic))
        .map_or("", |(_, rest)| rest.trim_start());
    if after.starts_with(['(', ':', '–', '—'])
        || after.starts_with("- ")
        || next_word.starts_with('(')
    {
        return true;
    }
    if let Some(rest) = after.strip_prefix(',') {
        let rest = rest.trim_start().to_lowercase();
        if lexicon::explanation_markers(lang)
            .iter()
            .any(|m| rest.starts_with(m))
        {
            return true;
        }
    }
    let before = &text[..start];
    before.matches('(').count() > before.matches(')').count()
}

/// The readability warnings of one notice.
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let audience = site.config.check.readability;
    if audience == Readability::Off {
        return diags;
    }
    for lang in site.config.language_codes() {
        let measured = measure_all(incident, &lang);
        let at = |line, column, d| at_prose(incident, &lang, line, column, d);
        for m in &measured {
            if let Some(d) = score_warning(&lang, audience, m) {
                diags.push(at(m.line, 1, d));
            }
            for s in &m.long_sentences {
                let d = Diagnostic::warning(
                    "hard-to-read",
                    format!(
                        "this sentence has {} words; over {LONG_SENTENCE} is hard to follow",
                        s.words
                    ),
                )
                .with_help("split it in two or more sentences, one thing in each");
                diags.push(at(s.line, s.column, d));
            }
        }
        // Professionals know the trade's words.
        if audience == Readability::Public {
            for u in first_unexplained(&measured) {
                diags.push(at(u.at.line, u.at.column, jargon_warning(u, &lang)));
            }
        }
    }
    diags
}

/// The jargon terms whose first use in a prose file is not explained, at that use.
fn first_unexplained(measured: &[Measured]) -> Vec<&JargonUse> {
    let mut seen = BTreeSet::new();
    measured
        .iter()
        .flat_map(|m| &m.jargon)
        // Only the first use of a term needs explaining.
        .filter(|u| seen.insert(u.entry as *const lexicon::Jargon as usize) && !u.explained)
        .collect()
}

fn jargon_warning(u: &JargonUse, lang: &str) -> Diagnostic {
    let help = match u.entry.plain(lang) {
        Some(plain) => {
            format!(
                "write \"{plain}\" instead, or explain the word in brackets after its first use"
            )
        }
        None => "explain it on first use, in brackets after it: \"… (…)\"".to_owned(),
    };
    Diagnostic::warning(
        "jargon",
        format!("`{}` is a word many readers do not know", u.word),
    )
    .with_help(help)
}

/// The warning for a part whose score is beyond the limit for its readers.
fn score_warning(lang: &str, audience: Readability, m: &Measured) -> Option<Diagnostic> {
    let measure = Measure::of(lang)?;
    if m.counts.words < MIN_WORDS {
        return None;
    }
    let limit = measure.limit(audience, m.part.strict())?;
    let score = measure.score(m.counts);
    if !measure.beyond(score, limit) {
        return None;
    }
    let readers = match audience {
        Readability::Professional => "professional readers",
        _ => "the public",
    };
    let bound = if measure == Measure::Lix {
        "at most"
    } else {
        "at least"
    };
    let why = if m.part.strict() {
        ", held to the stricter band because people act on it"
    } else {
        ""
    };
    Some(
        Diagnostic::warning(
            "hard-to-read",
            format!(
                "{} reads as {} ({} {score:.0}); for {readers} aim for {bound} {limit:.0}{why}",
                m.part.in_message(),
                measure.band(score),
                measure.name(),
            ),
        )
        .with_help("use shorter sentences and everyday words; `varsel check --readability` shows every part's score"),
    )
}

/// One row of `varsel check --readability`: a part of a notice in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Row {
    pub(crate) notice: String,
    pub(crate) language: String,
    pub(crate) part: String,
    pub(crate) measure: Option<&'static str>,
    pub(crate) score: Option<f64>,
    pub(crate) band: Option<&'static str>,
    pub(crate) words: usize,
    pub(crate) sentences: usize,
    /// The worst score allowed for the site's readers, when the part is long enough to judge.
    pub(crate) limit: Option<f64>,
    /// Whether the part is within its limit (or not judged).
    pub(crate) ok: bool,
}

/// The score of every written part of every notice in every language.
pub(crate) fn table(site: &Site) -> Vec<Row> {
    let audience = site.config.check.readability;
    let mut rows = Vec::new();
    for incident in &site.incidents {
        for lang in site.config.language_codes() {
            let measure = Measure::of(&lang);
            for m in measure_all(incident, &lang) {
                let score = measure.map(|x| (x.score(m.counts) * 10.0).round() / 10.0);
                let limit = measure
                    .filter(|_| m.counts.words >= MIN_WORDS)
                    .and_then(|x| x.limit(audience, m.part.strict()));
                let ok = match (measure, score, limit) {
                    (Some(x), Some(s), Some(l)) => !x.beyond(s, l),
                    _ => true,
                };
                rows.push(Row {
                    notice: incident.slug.clone(),
                    language: lang.clone(),
                    part: m.part.label(),
                    measure: measure.map(Measure::name),
                    score,
                    band: measure.zip(score).map(|(x, s)| x.band(s)),
                    words: m.counts.words,
                    sentences: m.counts.sentences,
                    limit,
                    ok,
                });
            }
        }
    }
    rows
}

/// The table for people: one line per part, `!` marking a part beyond its limit.
pub(crate) fn to_human(rows: &[Row]) -> String {
    let header = [
        "notice", "language", "part", "measure", "score", "band", "words", "limit",
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.notice.clone(),
                r.language.clone(),
                r.part.clone(),
                r.measure.unwrap_or("-").to_owned(),
                r.score.map_or("-".into(), |s| format!("{s:.0}")),
                r.band.unwrap_or("-").to_owned(),
                r.words.to_string(),
                match (r.limit, r.ok) {
                    (None, _) => "-".to_owned(),
                    (Some(l), true) => format!("{l:.0}"),
                    (Some(l), false) => format!("{l:.0} !"),
                },
            ]
        })
        .collect();
    let right = [false, false, false, false, true, false, true, true];
    super::table::columns(&header, &cells, &right)
}

/// The same rows as `{"readability": [...]}`.
pub(crate) fn to_json(rows: &[Row]) -> String {
    serde_json::to_string_pretty(&serde_json::json!({ "readability": rows })).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str, lang: &str) -> Counts {
        let t = Text {
            blocks: prose::parse(text).blocks,
            markdown: text,
            first_line: 1,
        };
        measure_text(lang, Part::Summary, 1, &t).counts
    }

    /// lix.se's analysis of a blog, as published by inUse (inuse.se, "Vet DU vad lix är?"):
    /// M = 580 sentences, O = 3784 words, L = 1018 long words; Lm 6.52, Lo 26.9, LIX 33.
    #[test]
    fn lix_reproduces_a_published_analysis() {
        let c = Counts {
            words: 3784,
            sentences: 580,
            long_words: 1018,
            syllables: 0,
        };
        let score = lix(c);
        assert_eq!(format!("{:.2}", 3784.0 / 580.0), "6.52");
        assert_eq!(format!("{:.1}", 100.0 * 1018.0 / 3784.0), "26.9");
        assert_eq!(score.round(), 33.0);
        assert_eq!(Measure::Lix.band(score), "easy");
    }

    /// Counted by hand from Björnsson's definition: 3 sentences; 9 + 6 + 3 = 18 words; 5 long
    /// words (more than six letters: "obehörig", "tillgång", "webbutik", "uppgifter",
    /// "kortnummer"; "person" and "berörs" have six): LIX = 18/3 + 100·5/18 = 6 + 27.78.
    #[test]
    fn lix_counts_words_sentences_and_long_words_as_defined() {
        let text = "En obehörig person har haft tillgång till vår webbutik. \
                    Namn och uppgifter kan ha lästs. Kortnummer berörs inte.";
        let c = counts(text, "sv");
        assert_eq!((c.words, c.sentences, c.long_words), (18, 3, 5));
        assert_eq!(format!("{:.2}", lix(c)), "33.78");
    }

    /// Wikipedia, "Flesch–Kincaid readability tests": "The Australian platypus is seemingly a
    /// hybrid of a mammal and reptilian creature." has 13 words and 24 syllables and scores
    /// 37.5; "The cat sat on the mat." scores 116.
    #[test]
    fn flesch_reproduces_the_published_examples() {
        let c = counts(
            "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
            "en",
        );
        assert_eq!((c.words, c.sentences, c.syllables), (13, 1, 24));
        assert_eq!(format!("{:.1}", flesch(c)), "37.5");
        let c = counts("The cat sat on the mat.", "en");
        assert_eq!(flesch(c).round(), 116.0);
    }

    #[test]
    fn english_syllables_follow_the_documented_rules() {
        for (word, n) in [
            ("the", 1),
            ("table", 2),
            ("creature", 2),
            ("closed", 1),
            ("wanted", 2),
            ("names", 1),
            ("boxes", 2),
            ("yes", 1),
            ("everyone", 3),
            ("security", 4),
        ] {
            assert_eq!(syllables_en(word), n, "{word}");
        }
    }

    #[test]
    fn dutch_syllables_follow_the_documented_rules() {
        for (word, n) in [
            ("persoonsgegevens", 5),
            ("bijvoorbeeld", 3),
            ("ideeën", 3),
            ("beïnvloeden", 4),
            ("politie", 3),
            ("radio", 3),
            ("mooi", 1),
            ("leeuw", 1),
            ("wachtwoord", 2),
        ] {
            assert_eq!(syllables_nl(word), n, "{word}");
        }
    }

    /// Douma's formula on counts worked by hand: 100 words, 150 syllables, 10 sentences:
    /// 206.84 − 0.77 · 150 − 0.93 · 10 = 206.84 − 115.5 − 9.3 = 82.04 ("easy" in Douma's table).
    #[test]
    fn douma_follows_its_formula_and_table() {
        let c = Counts {
            words: 100,
            sentences: 10,
            long_words: 0,
            syllables: 150,
        };
        assert_eq!(format!("{:.2}", douma(c)), "82.04");
        assert_eq!(Measure::FleschDouma.band(douma(c)), "easy");
        let c = counts("Wij hebben het lek gedicht. Uw wachtwoord is veilig.", "nl");
        // wij heb-ben het lek ge-dicht; uw wacht-woord is vei-lig: 9 words, 13 syllables.
        assert_eq!((c.words, c.sentences, c.syllables), (9, 2, 13));
    }

    #[test]
    fn explained_jargon_passes() {
        for (text, lang, ok) in [
            ("Beware of phishing (fake emails).", "en", true),
            ("Beware of fake emails (phishing).", "en", true),
            ("Beware of phishing, that is fake emails.", "en", true),
            ("Beware of phishing.", "en", false),
            ("Stored as hash values (codes).", "en", true),
            ("Stored as hash values of codes (x).", "en", false),
            ("Se upp för nätfiske: falska mejl.", "sv", true),
            ("Se upp för nätfiske.", "sv", false),
        ] {
            let t = Text {
                blocks: prose::parse(text).blocks,
                markdown: text,
                first_line: 1,
            };
            let m = measure_text(lang, Part::Summary, 1, &t);
            assert_eq!(m.jargon.len(), 1, "{text}");
            assert_eq!(m.jargon[0].explained, ok, "{text}");
        }
    }
}
