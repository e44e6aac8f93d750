//! Locales: the Fluent messages of each site language (built-in files, replaced or extended by
//! the site's own `locales/<lang>/*.ftl`) together with CLDR date and number formatting.

pub(crate) mod format;
mod interval;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::embedded;
use crate::incident::vocab::{Audience, Status};

pub(crate) use format::Formats;

/// One `.ftl` file that went into a locale: where it came from and its text.
#[derive(Debug, Clone)]
pub(crate) struct LocaleFile {
    /// The site's file, or `<built-in>/locales/<lang>/<name>` for an embedded one.
    pub(crate) path: PathBuf,
    pub(crate) source: String,
    pub(crate) builtin: bool,
    /// For a built-in file that the site's file of the same name replaces: that file. The
    /// built-in one is kept only for the messages the site's copy lacks, so that a copy made
    /// before a newer varsel added messages still builds, with the built-in wording for them.
    pub(crate) replaced_by: Option<PathBuf>,
}

/// Everything needed to put a page into one language.
pub struct Locale {
    pub(crate) code: String,
    bundle: FluentBundle<FluentResource>,
    pub(crate) formats: Formats,
    pub(crate) files: Vec<LocaleFile>,
    /// Every message id the files define, listed once: the renderer asks for them for each
    /// voice of each language, and listing them means parsing every file again.
    ids: BTreeSet<String>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("code", &self.code).finish()
    }
}

impl Locale {
    pub(crate) fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn msg(&self, id: &str) -> String {
        self.msg_args(id, None)
    }

    /// The message `id` formatted with `args`; the id itself when the message is missing
    /// (the build refuses locales with missing messages, so readers never see that).
    pub(crate) fn msg_args(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// The message `id` in `voice`: messages that differ by audience or by where the notice
    /// stands select on `$audience` and `$state`; others ignore them.
    pub(crate) fn msg_in(&self, id: &str, voice: &Voice) -> String {
        self.msg_args(id, Some(&voice.args()))
    }

    /// Every message id this locale defines.
    pub fn message_ids(&self) -> &BTreeSet<String> {
        &self.ids
    }

    /// Every message that needs no arguments, keyed with `_` for `-` so templates can write
    /// `t.section_what_happened`.
    pub fn labels(&self) -> BTreeMap<String, String> {
        self.labels_in(&Voice::default())
    }

    /// [`labels`](Self::labels) as a notice in `voice` words them.
    pub(crate) fn labels_in(&self, voice: &Voice) -> BTreeMap<String, String> {
        let args = voice.args();
        self.ids
            .iter()
            .map(|id| {
                let text = self.msg_args(id, Some(&args));
                (id.replace('-', "_"), text)
            })
            .collect()
    }
}

/// Where a notice stands, as its words must say it: still open, or settled (nothing is
/// "not known yet" or "being investigated" any more), or archived (nothing is "kept up to
/// date"). Fluent messages select on it as `$state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub(crate) enum State {
    #[default]
    Investigating,
    Contained,
    Resolved,
    /// Past its `published_until` by the build's clock: kept online, no longer updated.
    Archived,
}

impl State {
    pub(crate) const ALL: [State; 4] = [
        State::Investigating,
        State::Contained,
        State::Resolved,
        State::Archived,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            State::Investigating => "investigating",
            State::Contained => "contained",
            State::Resolved => "resolved",
            State::Archived => "archived",
        }
    }

    /// The state of a notice with `status`, archived or not.
    pub(crate) fn of(status: Status, archived: bool) -> State {
        match status {
            _ if archived => State::Archived,
            Status::Investigating => State::Investigating,
            Status::Contained => State::Contained,
            Status::Resolved => State::Resolved,
        }
    }
}

/// Whom a notice addresses and where it stands: what its labels and standard wording follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Voice {
    pub(crate) audience: Audience,
    pub(crate) state: State,
}

impl Default for Voice {
    fn default() -> Voice {
        Voice {
            audience: Audience::People,
            state: State::Investigating,
        }
    }
}

impl Voice {
    /// Every voice, for preparing each one's labels once.
    pub(crate) fn all() -> impl Iterator<Item = Voice> {
        [Audience::People, Audience::Organisations]
            .into_iter()
            .flat_map(|audience| State::ALL.map(|state| Voice { audience, state }))
    }

    /// `$audience` and `$state` for Fluent selectors.
    pub(crate) fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("audience", self.audience.key());
        args.set("state", self.state.key());
        args
    }
}

/// The message ids defined in Fluent sources (terms, starting with `-`, are not messages).
pub(crate) fn message_ids<'a>(sources: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for src in sources {
        let res = match fluent_syntax::parser::parse(src) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// The locales of every site language, in site order.
pub struct Locales {
    pub(crate) by_code: BTreeMap<String, Locale>,
    /// Messages a locale lacks. They do not stop loading (a page falls back to the message id),
    /// so that `check` can also point at every place in the content that needs them; `check`
    /// and `build` report them as errors.
    pub(crate) problems: Diagnostics,
    /// The message ids every site locale must define: the built-in English ones.
    pub(crate) reference: BTreeSet<String>,
}

impl Locales {
    pub fn get(&self, code: &str) -> &Locale {
        &self.by_code[code]
    }

    /// Builds the locale of every site language from the built-in and the site's `.ftl` files.
    pub fn load(root: &Path, config: &Config) -> Result<Locales, Diagnostics> {
        let mut diags = Diagnostics::default();
        let reference = message_ids(
            embedded::locale_files(embedded::REFERENCE_LANGUAGE)
                .iter()
                .map(|(_, s)| *s),
        );
        let mut by_code = BTreeMap::new();
        let mut problems = Diagnostics::default();
        for lang in &config.languages {
            match load_one(root, lang, &reference) {
                Ok((l, missing)) => {
                    by_code.insert(lang.code.clone(), l);
                    problems.extend(missing);
                }
                Err(d) => diags.extend(d),
            }
        }
        if diags.has_errors() {
            Err(diags)
        } else {
            Ok(Locales {
                by_code,
                problems,
                reference,
            })
        }
    }
}

/// The `.ftl` files of `lang`: built-in ones, each replaced by a site file of the same name,
/// plus the site's other files. The replaced built-in files come first, so that every site
/// file's messages take precedence over theirs.
pub(crate) fn locale_sources(root: &Path, lang: &str) -> Result<Vec<LocaleFile>, Diagnostic> {
    let mut files: BTreeMap<String, LocaleFile> = embedded::locale_files(lang)
        .into_iter()
        .map(|(name, src)| {
            let file = LocaleFile {
                path: PathBuf::from("<built-in>/locales").join(lang).join(&name),
                source: src.to_owned(),
                builtin: true,
                replaced_by: None,
            };
            (name, file)
        })
        .collect();
    let mut replaced = Vec::new();
    let dir = root.join("locales").join(lang);
    if dir.is_dir() {
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            Diagnostic::error("io", format!("cannot read {}: {e}", dir.display())).in_file(&dir)
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "ftl") || !path.is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            let source = crate::input::read_text(root, &path)?;
            let file = LocaleFile {
                replaced_by: None,
                path: path.clone(),
                source,
                builtin: false,
            };
            if let Some(builtin) = files.insert(name, file) {
                replaced.push(LocaleFile {
                    replaced_by: Some(path),
                    ..builtin
                });
            }
        }
    }
    replaced.sort_by(|a, b| a.path.cmp(&b.path));
    replaced.extend(files.into_values());
    Ok(replaced)
}

/// A warning for each site file that replaces a built-in one and lacks some of its messages
/// (`defined` are the messages the site's files define): the build uses the built-in wording
/// for them, which the site's authors may want to see or to translate in their own words.
fn copies_lacking(
    root: &Path,
    files: &[LocaleFile],
    defined: &BTreeSet<String>,
    code: &str,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for file in files {
        let Some(copy) = &file.replaced_by else {
            continue;
        };
        let lacking: Vec<String> = message_ids([file.source.as_str()])
            .difference(defined)
            .map(|id| format!("`{id}`"))
            .collect();
        if lacking.is_empty() {
            continue;
        }
        diags.push(
            Diagnostic::warning(
                "locale-copy-incomplete",
                format!(
                    "`{}` lacks {} the built-in `{code}` locale has, so the built-in wording is used: {}",
                    copy.strip_prefix(root).unwrap_or(copy).display(),
                    if lacking.len() == 1 { "1 message".to_owned() } else { format!("{} messages", lacking.len()) },
                    lacking.join(", ")
                ),
            )
            .in_file(copy)
            .with_help("copy them from the built-in locale (`varsel eject locales` writes it), or delete your copy to get the built-in wording"),
        );
    }
    diags
}

/// Points `d` at the site's file of locale `code` where message `id` belongs: the one named
/// as the built-in English file that defines it, else the site's first. At the language in
/// varsel.toml when the site has no file of its own for it.
pub(crate) fn in_site_file(
    root: &Path,
    code: &str,
    files: &[LocaleFile],
    id: Option<&str>,
    d: Diagnostic,
) -> Diagnostic {
    let english = id.and_then(|id| {
        embedded::locale_files("en")
            .into_iter()
            .find(|(_, src)| {
                src.lines()
                    .any(|l| l.split('=').next().map(str::trim) == Some(id))
            })
            .map(|(name, _)| name)
    });
    let own = || files.iter().filter(|f| !f.builtin);
    let file = own()
        .find(|f| english.as_deref().is_some_and(|e| f.path.ends_with(e)))
        .or_else(|| own().next());
    match file {
        Some(file) => d.in_file(&file.path),
        None => at_language(root, code, d),
    }
}

/// Points `d` at the `code = "<code>"` line of varsel.toml that declares language `code`.
fn at_language(root: &Path, code: &str, d: Diagnostic) -> Diagnostic {
    let path = root.join(crate::config::CONFIG_FILE);
    let source = crate::input::read_text(root, &path).unwrap_or_default();
    let quoted = format!("\"{code}\"");
    let declared = source.lines().enumerate().find_map(|(n, line)| {
        let at = line.find(&quoted)?;
        line.trim_start()
            .starts_with("code")
            .then_some((n + 1, line[..at].chars().count() + 1))
    });
    match declared {
        Some((line, column)) => d.at(&path, &source, line, column),
        None => d.in_file(path),
    }
}

/// The locale of site language `lang` and the problems that do not stop it (copies lacking
/// messages, messages English has and it lacks); errors when its files are missing or broken.
/// `reference` holds the ids of the messages English defines.
fn load_one(
    root: &Path,
    lang: &crate::config::Language,
    reference: &BTreeSet<String>,
) -> Result<(Locale, Diagnostics), Diagnostics> {
    let code = lang.code.as_str();
    let formatting_locale = lang.formatting_locale();
    let files = locale_sources(root, code)?;
    if files.is_empty() {
        return Err(at_language(root, code, Diagnostic::error("missing-locale", format!("there are no UI strings for language `{code}`")))
                .with_help(format!(
                    "copy locales/en/ into locales/{code}/ and translate every message (`varsel eject locales` writes the built-in English ones there when the site has English)"
                )).into());
    }
    let langid: LanguageIdentifier = code
        .parse()
        .or_else(|_| formatting_locale.parse())
        .unwrap_or_default();
    let mut diags = Diagnostics::default();
    let (bundle, defined) = bundle(langid, &files, &mut diags);
    let mut ids: BTreeSet<String> = defined.into_keys().collect();
    let mut problems = copies_lacking(root, &files, &ids, code);
    ids.extend(message_ids(
        files
            .iter()
            .filter(|f| f.replaced_by.is_some())
            .map(|f| f.source.as_str()),
    ));
    if let Some(d) = missing_messages(root, code, &files, reference, &ids) {
        problems.push(d);
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let formats = Formats::new(&formatting_locale, lang.time_separator())
        .map_err(|e| at_language(root, code, Diagnostic::error("invalid-locale", e)))?;
    Ok((
        Locale {
            code: code.to_owned(),
            bundle,
            formats,
            files,
            ids,
        },
        problems,
    ))
}

/// The bundle of `files`, each one's messages over those of the files before it, and the file
/// that defines each message (a replaced built-in file defines none: it only fills in what the
/// site's copy lacks). Syntax errors and messages defined twice go to `diags`.
fn bundle(
    langid: LanguageIdentifier,
    files: &[LocaleFile],
    diags: &mut Diagnostics,
) -> (FluentBundle<FluentResource>, BTreeMap<String, PathBuf>) {
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut defined: BTreeMap<String, PathBuf> = BTreeMap::new();
    for file in files {
        let resource = resource(file, diags);
        let ids = match file.replaced_by {
            Some(_) => BTreeSet::new(),
            None => message_ids([file.source.as_str()]),
        };
        for id in ids {
            if let Some(first) = defined.insert(id.clone(), file.path.clone()) {
                let offset = file.source.find(&format!("\n{id} ")).map_or(0, |o| o + 1);
                diags.push(
                    Diagnostic::error(
                        "duplicate-message",
                        format!("message `{id}` is defined twice"),
                    )
                    .at_offset(&file.path, &file.source, offset)
                    .with_help(format!(
                        "it is also defined in {}; keep one",
                        first.display()
                    )),
                );
            }
        }
        bundle.add_resource_overriding(resource);
    }
    (bundle, defined)
}

/// The Fluent resource of `file`, with what parses of it when it has syntax errors; they go
/// to `diags`.
fn resource(file: &LocaleFile, diags: &mut Diagnostics) -> FluentResource {
    match FluentResource::try_new(file.source.clone()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                diags.push(
                    Diagnostic::error("fluent-syntax", format!("Fluent syntax error: {}", e.kind))
                        .at_offset(&file.path, &file.source, e.pos.start)
                        .with_help("see https://projectfluent.org/fluent/guide/ for the syntax; a message is `id = text`, continuation lines are indented"),
                );
            }
            r
        }
    }
}

/// The problem of language `code` when it lacks messages of `reference` (English's) that its
/// files (`ids`) do not define: the first eight named, at the site's file that should have the
/// first.
fn missing_messages(
    root: &Path,
    code: &str,
    files: &[LocaleFile],
    reference: &BTreeSet<String>,
    ids: &BTreeSet<String>,
) -> Option<Diagnostic> {
    let missing: Vec<&String> = reference.difference(ids).collect();
    let first = missing.first()?;
    let shown: Vec<String> = missing.iter().take(8).map(|m| format!("`{m}`")).collect();
    let more = if missing.len() > 8 {
        format!(" and {} more", missing.len() - 8)
    } else {
        String::new()
    };
    let d = Diagnostic::error(
        "missing-message",
        format!(
            "locale `{code}` lacks {} message{}: {}{more}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            shown.join(", ")
        ),
    );
    Some(
        in_site_file(root, code, files, Some(first.as_str()), d)
            .with_help("translate the missing messages from the English locale (`varsel check --translations` lists them all)"),
    )
}
