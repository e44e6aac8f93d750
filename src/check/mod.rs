//! The checks a privacy officer, a lawyer and translators would otherwise do by hand, run on a
//! loaded [`Site`]: translations complete and current, every notice answering what GDPR
//! Art. 34(2) requires, facts consistent (timeline, the 72-hour rule), links that resolve.
//! Every problem is collected; `check` reports them all and `build` refuses on errors.
//! The codes are listed in docs/check.md.

pub(crate) mod agreement;
pub(crate) mod completeness;
pub(crate) mod consistency;
pub(crate) mod facts;
pub(crate) mod facts_in_text;
pub(crate) mod lexicon;
pub(crate) mod links;
pub(crate) mod order;
pub(crate) mod people;
pub(crate) mod placeholder;
pub(crate) mod prose;
pub(crate) mod readability;
pub(crate) mod table;
pub(crate) mod translations;

use rayon::prelude::*;
use std::path::Path;

use jiff::Timestamp;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::Incident;
use crate::site::Site;
use crate::site::plan::plan;

/// Problems that concern the site as a whole: its locales and the set of notices.
pub(crate) fn site_wide(site: &Site) -> Diagnostics {
    let mut diags = site.locales.problems.clone();
    diags.extend(translations::locales(site));
    diags.extend(facts::slugs(site));
    diags
}

/// Which checks a run makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every check: what `varsel check` reports.
    All,
    /// The checks that can find an error, which stops a build. How a notice is written
    /// (readability, translations agreeing, the prose naming the data the facts list) only
    /// ever gives warnings; it is left to `varsel check` and the preview's overlay, since
    /// those checks cost more than the rest together and a build would only print their
    /// findings.
    Blocking,
}

/// Problems in one notice, judged at `now`.
pub(crate) fn incident(site: &Site, incident: &Incident, now: Timestamp) -> Diagnostics {
    incident_in(site, incident, now, Scope::All)
}

/// How a notice is written: readability, the agreement of its translations, and whether its
/// prose names the data its facts list. Warnings only.
pub(crate) fn writing(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = readability::incident(site, incident);
    diags.extend(agreement::incident(site, incident));
    diags.extend(consistency::prose(site, incident));
    diags
}

/// The checks of `scope` on one notice, judged at `now`.
fn incident_in(site: &Site, incident: &Incident, now: Timestamp, scope: Scope) -> Diagnostics {
    let mut diags = Diagnostics::default();
    diags.extend(translations::incident(site, incident));
    diags.extend(completeness::incident(site, incident));
    diags.extend(facts::incident(site, incident, now));
    diags.extend(consistency::incident(incident, now));
    diags.extend(order::incident(incident));
    diags.extend(links::incident(site, incident, now));
    diags.extend(people::incident(site, incident));
    if scope == Scope::All {
        diags.extend(writing(site, incident));
    }
    diags
}

/// Every problem in the site, drafts included: what `varsel check` reports.
pub(crate) fn run(site: &Site, now: Timestamp) -> Diagnostics {
    let mut diags = site_wide(site);
    // Notices are checked independently, each on its own core.
    let per_incident: Vec<Diagnostics> = site
        .incidents
        .par_iter()
        .map(|i| incident(site, i, now))
        .collect();
    for d in per_incident {
        diags.extend(d);
    }
    diags
}

/// The checks as a build applies them.
#[derive(Debug, Default)]
pub(crate) struct BuildChecks {
    /// Problems in what is published: errors here (or anything, when strict) stop the build.
    pub(crate) blocking: Diagnostics,
    /// One warning per draft or scheduled notice built only to preview it (`--drafts`) that
    /// has problems. They never stop the build: an unfinished draft is expected.
    pub(crate) preview: Diagnostics,
}

/// Checks what a build at `now` publishes: notices left out of the build are not checked.
pub(crate) fn for_build(site: &Site, now: Timestamp, drafts: bool, scope: Scope) -> BuildChecks {
    let mut out = BuildChecks {
        blocking: site_wide(site),
        ..BuildChecks::default()
    };
    let planned = plan(&site.incidents, now, drafts, site.config.withdrawn);
    let checked: Vec<Diagnostics> = planned
        .par_iter()
        .map(|p| incident_in(site, p.incident, now, scope))
        .collect();
    for (p, diags) in planned.into_iter().zip(checked) {
        if p.banner.is_preview() {
            if !diags.is_empty() {
                out.preview.push(
                    Diagnostic::warning(
                        "preview-has-problems",
                        format!(
                            "`{}` is built for preview only and has {}",
                            p.incident.slug,
                            plural(diags.0.len(), "problem", "problems")
                        ),
                    )
                    .in_file(p.incident.facts_path())
                    .with_help(
                        "`varsel check` lists them; a notice is published only once it has none",
                    ),
                );
            }
        } else {
            out.blocking.extend(diags);
        }
    }
    out.blocking.sort();
    out.preview.sort();
    out
}

/// Points `d` at `line`:`col` of the incident's prose in `lang`.
pub(crate) fn at_prose(
    incident: &Incident,
    lang: &str,
    line: usize,
    col: usize,
    d: Diagnostic,
) -> Diagnostic {
    let path = incident.prose_path(lang);
    let source = incident.prose_sources.get(lang).map(|s| &**s).unwrap_or("");
    d.at(&path, source, line, col)
}

/// Points `d` at the first line of `source` on which `word` stands as a whole word outside a
/// comment: how a vocabulary key is found in the facts file.
pub(crate) fn at_word(file: &Path, source: &str, word: &str, d: Diagnostic) -> Diagnostic {
    for (i, line) in source.lines().enumerate() {
        let code = line.split(" #").next().unwrap_or(line);
        if code.trim_start().starts_with('#') {
            continue;
        }
        let is_word = |c: char| c.is_alphanumeric() || c == '_';
        for (at, _) in code.match_indices(word) {
            let before = code[..at].chars().next_back();
            let after = code[at + word.len()..].chars().next();
            // `name:` is a key of its own, not the data category `name`.
            if !before.is_some_and(is_word) && !after.is_some_and(|c| is_word(c) || c == ':') {
                return d.at(file, source, i + 1, code[..at].chars().count() + 1);
            }
        }
    }
    d.at(file, source, 1, 1)
}

/// `seconds` in a large and a small unit (`73 hours 50 minutes`), each given as its singular,
/// plural and length in seconds. The small unit is rounded up, so that a time just past a
/// limit never reads as the limit itself; it is left out when none is left over.
pub(crate) fn in_units(seconds: i64, [large, small]: [(&str, &str, i64); 2]) -> String {
    let n = (seconds + small.2 - 1) / small.2;
    let per_large = large.2 / small.2;
    let (l, s) = (n / per_large, n % per_large);
    let large_part = plural(l as usize, large.0, large.1);
    match s {
        0 => large_part,
        s => format!("{large_part} {}", plural(s as usize, small.0, small.1)),
    }
}

/// `1 item`, `2 items`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
