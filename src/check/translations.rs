//! Translation checks: every UI message the default language defines exists in every site
//! locale and no locale carries messages nothing uses; every translation of a notice's prose is
//! current with the revision log (see "Keeping translations current" in docs/format.md).

use std::collections::BTreeSet;

use super::{at_prose, plural};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::incident::Incident;
use crate::locale::{LocaleFile, message_ids};
use crate::site::Site;

/// The messages every site locale must define: the built-in reference ones and any the site
/// adds in its default language (for its own templates).
pub(crate) fn reference_ids(site: &Site) -> BTreeSet<String> {
    let default = site.locales.get(site.config.default_language());
    let mut ids = site.locales.reference.clone();
    ids.extend(message_ids(
        default
            .files
            .iter()
            .filter(|f| !f.builtin)
            .map(|f| f.source.as_str()),
    ));
    ids
}

/// Site messages missing from a locale (the built-in ones are reported when locales load) and
/// messages defined in a locale but in no reference.
pub(crate) fn locales(site: &Site) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let reference = reference_ids(site);
    let default = site.config.default_language();
    for (code, locale) in &site.locales.by_code {
        if code == default {
            continue;
        }
        let defined = locale.message_ids();
        let missing: Vec<&String> = reference
            .difference(defined)
            .filter(|id| !site.locales.reference.contains(*id))
            .collect();
        if !missing.is_empty() {
            diags.push(crate::locale::in_site_file(
                &site.root,
                code,
                &locale.files,
                None,
                Diagnostic::error(
                    "missing-message",
                    format!(
                        "locale `{code}` lacks {} the default language `{default}` defines: {}",
                        plural(missing.len(), "message", "messages"),
                        missing
                            .iter()
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .with_help(format!(
                    "translate them into locales/{code}/ (`varsel check --translations` shows what each language lacks)"
                )),
            ));
        }
        for file in locale.files.iter().filter(|f| !f.builtin) {
            for id in message_ids([file.source.as_str()]) {
                if !reference.contains(&id) {
                    let near = did_you_mean(&id, reference.iter().map(String::as_str));
                    diags.push(orphan(file, &id, code, default, near));
                }
            }
        }
    }
    diags
}

fn orphan(
    file: &LocaleFile,
    id: &str,
    code: &str,
    default: &str,
    near: Option<&str>,
) -> Diagnostic {
    let d = Diagnostic::warning(
        "orphan-message",
        format!(
            "message `{id}` in locale `{code}` is not defined in the default language `{default}`"
        ),
    )
    .with_help(match near {
        Some(n) => format!("did you mean `{n}`?"),
        None => format!("remove it, or define it in locales/{default}/ too if a template uses it"),
    });
    let line = file.source.lines().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    });
    d.at(&file.path, &file.source, line.map_or(1, |l| l + 1), 1)
}

/// The update (1-based) that last changed the prose: every language must be at least there.
pub(crate) fn required_revision(incident: &Incident) -> usize {
    incident
        .facts
        .updates
        .iter()
        .rposition(|u| u.text_changed)
        .map_or(0, |i| i + 1)
}

/// Whether each language's prose is current with the revision log.
pub(crate) fn incident(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for lang in site.config.language_codes() {
        let Some(prose) = incident.prose.get(&lang) else {
            continue;
        };
        let revision = prose.front.revision.unwrap_or(0);
        let Some(d) = revision_problem(incident, &lang, revision) else {
            continue;
        };
        // The front matter's `revision:` line, or the title when the key is absent.
        let (line, col) = (prose.front_spans().get("revision"))
            .or_else(|| prose.front_spans().get("title"))
            .map_or((1, 1), |p| (p.line, p.column));
        diags.push(at_prose(incident, &lang, line, col, d));
    }
    diags
}

/// What is wrong with the prose of language `lang` being at `revision`, if anything: a
/// revision beyond the log, or one behind the update that last changed the text.
fn revision_problem(incident: &Incident, lang: &str, revision: usize) -> Option<Diagnostic> {
    let updates = incident.facts.updates.len();
    if revision > updates {
        return Some(
            Diagnostic::error(
                "invalid-revision",
                format!(
                    "`revision: {revision}` is beyond the revision log, which has {}",
                    plural(updates, "update", "updates")
                ),
            )
            .with_help(format!(
                "`revision` counts the updates this text is current with: 0 to {updates}"
            )),
        );
    }
    let required = required_revision(incident);
    (revision < required).then(|| stale(incident, lang, revision, required))
}

/// The prose of language `lang` is at `revision`, behind update `required`, which changed the
/// text: an error in the source language, which translations follow, a warning in the others.
fn stale(incident: &Incident, lang: &str, revision: usize, required: usize) -> Diagnostic {
    let source = incident.facts.source_language.as_deref();
    let when = incident.update_times[required - 1].strftime("%Y-%m-%d %H:%M");
    if source == Some(lang) {
        Diagnostic::error(
            "stale-source",
            format!(
                "update {required} ({when}) changed the text, but the source language `{lang}` is at revision {revision}"
            ),
        )
        .with_help(format!(
            "revise this text for update {required} and set `revision: {required}`; translations follow the source language"
        ))
    } else {
        let changed = match source {
            Some(s) => format!("the `{s}` text was changed in update {required} ({when})"),
            None => format!("update {required} ({when}) changed the text"),
        };
        Diagnostic::warning(
            "stale-translation",
            format!("the `{lang}` translation is at revision {revision}, but {changed}"),
        )
        .with_help(format!(
            "translate what update {required} changed, then set `revision: {required}` in the front matter"
        ))
    }
}
