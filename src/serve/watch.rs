//! Watching a site's sources for the preview server: file events from the operating system,
//! debounced so that an editor's burst of writes is one change, and sorted into the kinds of
//! change that decide how much must be rebuilt.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::config::CONFIG_FILE;

/// How long the sources must be quiet before a rebuild starts. Editors save with several
/// writes and renames within a few milliseconds; this is short enough not to be felt.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(30);

/// A change this soon after the last one is taken as part of a stream of saves (a script
/// writing files, an editor saving on every key), which sends a batch every [`DEBOUNCE`].
const BURST: Duration = Duration::from_millis(250);
/// The batches of a stream are gathered into one rebuild until none has come for this long...
const QUIET: Duration = Duration::from_millis(60);
/// ...or for at most this long, so that sources that never stop changing are still previewed.
const GATHER_AT_MOST: Duration = Duration::from_secs(1);

/// The source folders watched recursively (the config file is watched through the site folder).
const SOURCES: [&str; 3] = ["content", "locales", "themes"];

/// What a changed file is, which decides what must be rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ChangeKind {
    /// Anything in `content/<slug>/`, or the folder itself (created, deleted, renamed).
    IncidentContent(String),
    /// A Fluent file, or a language folder.
    Locale,
    /// A template or anything else of a theme that is not a static file.
    Template,
    /// A file of a theme's `static/` folder: copied as it is.
    StaticAsset,
    /// `varsel.toml`.
    Config,
}

impl ChangeKind {
    /// Whether the change can affect every page.
    pub(crate) fn is_global(&self) -> bool {
        matches!(
            self,
            ChangeKind::Locale | ChangeKind::Template | ChangeKind::Config
        )
    }
}

/// What a changed `path` is, or `None` when no page depends on it (editor swap and backup
/// files, files outside the sources).
pub(crate) fn classify(root: &Path, path: &Path) -> Option<ChangeKind> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let name = parts.last()?;
    // Swap files, backups and hidden folders are the editor's, not the site's.
    if parts.iter().any(|p| p.starts_with('.')) || name.ends_with('~') || name.ends_with(".swp") {
        return None;
    }
    match parts[0].as_str() {
        CONFIG_FILE if parts.len() == 1 => Some(ChangeKind::Config),
        "content" if parts.len() >= 2 => {
            // Files directly in content/ are not incidents; a folder event has no extension.
            if parts.len() == 2 && Path::new(&parts[1]).extension().is_some() {
                return None;
            }
            Some(ChangeKind::IncidentContent(parts[1].clone()))
        }
        // The content folder itself appearing or going away changes every incident.
        "content" => Some(ChangeKind::Config),
        "locales" => Some(ChangeKind::Locale),
        "themes" if parts.len() >= 3 && parts[2] == "static" => {
            if parts.len() == 3 {
                Some(ChangeKind::Template)
            } else {
                Some(ChangeKind::StaticAsset)
            }
        }
        "themes" => Some(ChangeKind::Template),
        _ => None,
    }
}

/// A running watch on a site's sources. Dropping it stops watching.
pub(crate) struct Watch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
    pub(crate) events: mpsc::Receiver<DebounceEventResult>,
    /// When [`Watch::next_changes`] last returned.
    last: Option<Instant>,
}

impl Watch {
    /// Starts watching `root`. Source folders that do not exist yet are watched once they
    /// appear (see [`Watch::refresh`]).
    pub(crate) fn start(root: &Path) -> notify_debouncer_full::notify::Result<Watch> {
        let (tx, rx) = mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, tx)?;
        // The site folder itself only for the config file and the source folders coming and
        // going: its other folders (public/, .git/, target/) change all the time.
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch {
            debouncer,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
            events: rx,
            last: None,
        };
        watch.refresh();
        Ok(watch)
    }

    /// Watches source folders that have appeared since the last call.
    pub(crate) fn refresh(&mut self) {
        for name in SOURCES {
            let dir = self.root.join(name);
            if dir.is_dir() && !self.watched.contains(&dir) {
                if self.debouncer.watch(&dir, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(dir);
                }
            } else if !dir.is_dir() && self.watched.remove(&dir) {
                let _ = self.debouncer.unwatch(&dir);
            }
        }
    }

    /// Waits for the sources to change and returns what changed, each kind once; `None` when
    /// the watch has stopped. A single edit is returned at once. Within a stream of saves,
    /// batches are gathered until the sources are quiet, so that a hundred saves cost a few
    /// rebuilds rather than one each, and the last one reads the files as the last save
    /// left them. Batches that came in during the last rebuild are always taken together.
    pub(crate) fn next_changes(&mut self) -> Option<BTreeSet<ChangeKind>> {
        let first = self.events.recv().ok()?;
        let in_burst = self.last.is_some_and(|t| t.elapsed() < BURST);
        let mut changes = self.changes(first);
        let started = Instant::now();
        loop {
            let more = if in_burst && started.elapsed() < GATHER_AT_MOST {
                self.events.recv_timeout(QUIET).ok()
            } else {
                self.events.try_recv().ok()
            };
            match more {
                Some(more) => changes.extend(self.changes(more)),
                None => break,
            }
        }
        // Files read by a rebuild are events too, and are not an edit.
        if !changes.is_empty() {
            self.last = Some(Instant::now());
        }
        Some(changes)
    }

    /// The changes in one debounced batch of events, each kind once.
    pub(crate) fn changes(&self, result: DebounceEventResult) -> BTreeSet<ChangeKind> {
        let mut out = BTreeSet::new();
        match result {
            Ok(events) => {
                // Reading a file is an event too, and a build reads every source.
                for e in events.iter().filter(|e| !e.kind.is_access()) {
                    for p in &e.paths {
                        if let Some(kind) = classify(&self.root, p) {
                            out.insert(kind);
                        }
                    }
                }
            }
            // Events may have been lost (e.g. the kernel's queue overflowed): rebuild it all.
            Err(_) => {
                out.insert(ChangeKind::Config);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_paths_into_kinds() {
        let root = Path::new("/site");
        let c = |p: &str| classify(root, &root.join(p));
        assert_eq!(
            c("content/acme/sv.md"),
            Some(ChangeKind::IncidentContent("acme".into()))
        );
        assert_eq!(
            c("content/acme"),
            Some(ChangeKind::IncidentContent("acme".into()))
        );
        assert_eq!(c("content/README.md"), None);
        assert_eq!(c("content/acme/.sv.md.swp"), None);
        assert_eq!(c("content/acme/sv.md~"), None);
        assert_eq!(c("locales/da/ui.ftl"), Some(ChangeKind::Locale));
        assert_eq!(
            c("themes/default/templates/base.html"),
            Some(ChangeKind::Template)
        );
        assert_eq!(
            c("themes/default/static/style.css"),
            Some(ChangeKind::StaticAsset)
        );
        assert_eq!(c("varsel.toml"), Some(ChangeKind::Config));
        assert_eq!(c("public/index.html"), None);
        assert_eq!(c("../elsewhere/varsel.toml"), None);
    }
}
