//! One incident: its facts, its prose in every language, and the times derived from them.
//! `load` reads and checks a `content/<slug>/` folder into an [`Incident`] ready to render.

mod events;
pub mod model;
pub mod parse;
mod schema;
pub(crate) mod slug;
pub(crate) mod spans;
pub mod validate;
pub(crate) mod vocab;
pub mod when;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Zoned;
use jiff::tz::TimeZone;

pub(crate) use model::{Facts, Prose, SectionKey, Text};
pub use spans::LazySpans;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::input::Folder;

/// An incident read from disk and checked: ready to render in every site language.
#[derive(Debug, Clone)]
pub struct Incident {
    /// The folder name under `content/`, used in URLs.
    pub slug: String,
    pub(crate) dir: PathBuf,
    pub(crate) facts: Facts,
    /// The text of `incident.yaml`, kept so later checks can point into it.
    pub(crate) facts_source: String,
    /// Where each fact is written in `incident.yaml`, by path (`contacts[1].email`).
    pub(crate) facts_spans: LazySpans,
    pub(crate) tz: TimeZone,
    pub(crate) published: Zoned,
    /// Each revision-log entry's time, in the order written.
    pub(crate) update_times: Vec<Zoned>,
    /// The newest of `published` and every update: never typed, always derived.
    pub(crate) last_updated: Zoned,
    pub(crate) publish_at: Option<Zoned>,
    pub(crate) published_until: Option<Zoned>,
    /// Prose per language code, for the site languages that have a file.
    pub(crate) prose: BTreeMap<String, Prose>,
    /// The text of each prose file, by language; the sections of `prose` are slices of it.
    pub(crate) prose_sources: BTreeMap<String, Arc<str>>,
}

impl Incident {
    pub(crate) fn facts_path(&self) -> PathBuf {
        self.dir.join("incident.yaml")
    }

    /// Points `d` at the fact at `path` (`contacts[1].email`) in `incident.yaml`.
    pub(crate) fn at_fact(&self, path: &str, d: Diagnostic) -> Diagnostic {
        self.facts_spans
            .point(&self.facts_path(), &self.facts_source, path, d)
    }

    pub(crate) fn prose_path(&self, lang: &str) -> PathBuf {
        self.dir.join(format!("{lang}.md"))
    }

    /// Whether the notice should be left out of a build made at `now` (unless drafts are asked for).
    pub(crate) fn is_unpublished_at(&self, now: &jiff::Timestamp) -> bool {
        self.facts.draft
            || self
                .publish_at
                .as_ref()
                .is_some_and(|t| t.timestamp() > *now)
    }

    /// Whether the notice's publication period has ended at `now`.
    pub(crate) fn is_withdrawn_at(&self, now: &jiff::Timestamp) -> bool {
        self.published_until
            .as_ref()
            .is_some_and(|t| t.timestamp() <= *now)
    }
}

/// Reads `dir` (a `content/<slug>/` folder) for the site languages `langs`.
/// All problems in all its files are returned together.
pub(crate) fn load(dir: &Path, langs: &[String]) -> Result<Incident, Diagnostics> {
    let mut diags = Diagnostics::default();
    let slug = slug_of(dir, &mut diags);
    let root = crate::input::site_root_of_incident(dir);
    let folder = Folder::new(&root, dir);
    let facts_path = dir.join("incident.yaml");
    let (facts_source, facts) = read_facts(&folder, &facts_path, &mut diags);
    let (prose, prose_sources) = read_prose(&folder, langs, &mut diags);
    let (Some(facts), Some(facts_source)) = (facts, facts_source) else {
        return Err(diags);
    };
    let facts_spans = LazySpans::new(0);
    let resolved = validate::resolve(&facts_path, &facts_source, &facts_spans, &facts, langs);
    let times = match resolved {
        Ok(t) => Some(t),
        Err(errs) => {
            diags.extend(errs);
            None
        }
    };
    if diags.has_errors() {
        return Err(diags);
    }
    let times = times.expect("resolve succeeded when there are no errors");
    Ok(Incident {
        slug,
        dir: dir.to_path_buf(),
        facts,
        facts_source,
        facts_spans,
        tz: times.tz,
        published: times.published,
        last_updated: times.last_updated,
        update_times: times.updates,
        publish_at: times.publish_at,
        published_until: times.published_until,
        prose,
        prose_sources,
    })
}

/// The notice's slug, its folder's name; a problem with it goes to `diags`.
fn slug_of(dir: &Path, diags: &mut Diagnostics) -> String {
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(problem) = slug::problem(&slug) {
        diags.push(
            Diagnostic::error(
                "invalid-slug",
                format!("`{slug}` cannot name a notice: {}", problem.reason()),
            )
            .in_file(dir)
                .with_help("name the folder with lowercase letters a–z, digits and hyphens, e.g. `acme-webshop-2024`"),
        );
    }
    slug
}

/// The text of `incident.yaml` at `path` (in `folder`, the notice's), and the facts in it with
/// where each is written; what cannot be read goes to `diags`.
fn read_facts(
    folder: &Folder,
    path: &Path,
    diags: &mut Diagnostics,
) -> (Option<String>, Option<Facts>) {
    let source = match folder.read("incident.yaml") {
        Ok(Some(s)) => Some(s),
        Ok(None) => {
            diags.push(
                Diagnostic::error("missing-facts", "the incident has no incident.yaml")
                    .in_file(folder.dir())
                    .with_help("create incident.yaml with the facts, or run `varsel new <slug>` for a template"),
            );
            None
        }
        Err(d) => {
            diags.push(d);
            None
        }
    };
    let facts = source
        .as_deref()
        .and_then(|src| match parse::facts(path, src) {
            Ok(f) => Some(f),
            Err(d) => {
                diags.push(d);
                None
            }
        });
    (source, facts)
}

/// The prose of each of `langs` that can be read (from `folder`, the notice's), and the text of
/// each prose file read; what is missing or cannot be read goes to `diags`.
fn read_prose(
    folder: &Folder,
    langs: &[String],
    diags: &mut Diagnostics,
) -> (BTreeMap<String, Prose>, BTreeMap<String, Arc<str>>) {
    let mut prose = BTreeMap::new();
    let mut prose_sources = BTreeMap::new();
    for lang in langs {
        let name = format!("{lang}.md");
        let path = folder.dir().join(&name);
        match folder.read(&name) {
            Ok(Some(src)) => {
                let src: Arc<str> = Arc::from(src);
                match parse::prose_shared(&path, &src) {
                    Ok(p) => {
                        prose.insert(lang.clone(), p);
                    }
                    Err(errs) => errs.into_iter().for_each(|d| diags.push(d)),
                }
                prose_sources.insert(lang.clone(), src);
            }
            Ok(None) => diags.push(
                Diagnostic::error(
                    "missing-language",
                    format!("the incident has no prose for site language `{lang}`"),
                )
                // The file is not there to point at; the notice's folder is.
                .in_file(folder.dir())
                .with_help(format!(
                    "write {lang}.md beside incident.yaml (every site language needs one)"
                )),
            ),
            Err(d) => diags.push(d),
        }
    }
    (prose, prose_sources)
}
