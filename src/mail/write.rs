//! `varsel mail`'s work: choosing the notices and languages, rendering each message and
//! writing `<slug>/<lang>.eml` with its `.txt` and `.html` parts beside it (an update's under
//! `<slug>/update-<n>/`). The folder is varsel's own, like the site output: one it did not
//! make, or one inside the site's sources, is refused.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rayon::prelude::*;

use super::{MailOptions, Message, eml, message};
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::render::Renderer;
use crate::site::Site;
use crate::site::output::{MARKER, check_output_folder};
use crate::site::plan::{Planned, plan};

/// What `varsel mail` was asked for.
#[derive(Debug, Clone)]
pub(crate) struct MailRun {
    /// The notices to write messages for; all that a build publishes when empty.
    pub(crate) slugs: Vec<String>,
    /// The languages; every site language when empty.
    pub(crate) langs: Vec<String>,
    pub(crate) output: PathBuf,
    /// `Some(false)` for `--no-links`; `None` takes `[mail] links`.
    pub(crate) links: Option<bool>,
    pub(crate) update: Option<usize>,
    /// Include drafts and notices scheduled for later, as a build with `--drafts` does.
    pub(crate) drafts: bool,
    pub(crate) now: Option<Timestamp>,
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Written {
    pub(crate) messages: usize,
    /// Problems that did not stop the messages (warnings).
    pub(crate) warnings: Diagnostics,
}

/// Checks the site as a build does, then writes the messages `run` asks for.
pub(crate) fn write(root: &Path, run: &MailRun) -> Result<Written, Diagnostics> {
    let site = Site::load(root)?;
    let now = run.now.unwrap_or_else(Timestamp::now);
    let checks = crate::check::for_build(&site, now, run.drafts, crate::check::Scope::All);
    if checks.blocking.has_errors() {
        return Err(checks.blocking);
    }
    let one = |d: Diagnostic| Diagnostics::from(d);
    let planned = plan(&site.incidents, now, run.drafts, site.config.withdrawn);
    let chosen = choose_notices(&planned, &run.slugs).map_err(one)?;
    let langs = choose_languages(&site, &run.langs).map_err(one)?;
    let options = MailOptions {
        links: run.links.unwrap_or(site.config.mail.links),
        update: run.update,
    };
    let renderer = Renderer::new(&site.root, &site.config, &site.locales, Default::default())?;
    let jobs: Vec<(&Planned, &String)> = chosen
        .iter()
        .flat_map(|p| langs.iter().map(move |l| (*p, l)))
        .collect();
    let made: Vec<Result<(String, Message), Diagnostic>> = jobs
        .par_iter()
        .map(|(p, lang)| {
            message(&site, &renderer, p.incident, p.banner.key(), lang, options)
                .map(|m| (p.incident.slug.clone(), m))
        })
        .collect();
    let mut diags = Diagnostics::default();
    let mut messages = Vec::new();
    for m in made {
        match m {
            Ok(m) => messages.push(m),
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        diags.0.dedup_by(|a, b| a.message == b.message);
        return Err(diags);
    }
    check_output_folder(root, &run.output).map_err(one)?;
    for (slug, m) in &messages {
        save(&run.output, slug, run.update, m).map_err(one)?;
    }
    save_file(&run.output.join(MARKER), MARKER_TEXT.as_bytes()).map_err(one)?;
    Ok(Written {
        messages: messages.len(),
        warnings: checks.blocking,
    })
}

const MARKER_TEXT: &str =
    "This folder is written by varsel mail; its messages are replaced when written again.\n";

/// The planned notices named in `slugs` (every one when none is named), in `slugs`' order.
fn choose_notices<'p, 'a>(
    planned: &'p [Planned<'a>],
    slugs: &[String],
) -> Result<Vec<&'p Planned<'a>>, Diagnostic> {
    if slugs.is_empty() {
        return Ok(planned.iter().collect());
    }
    slugs
        .iter()
        .map(|slug| {
            planned
                .iter()
                .find(|p| p.incident.slug == *slug)
                .ok_or_else(|| {
                    let known = planned.iter().map(|p| p.incident.slug.as_str());
                    let help = match did_you_mean(slug, known) {
                        Some(best) => format!("did you mean `{best}`?"),
                        None => "name a folder under content/ of a notice the build publishes \
                                 (add --drafts for drafts and scheduled notices)"
                            .to_owned(),
                    };
                    Diagnostic::error(
                        "unknown-notice",
                        format!("there is no notice `{slug}` to write to"),
                    )
                    .with_help(help)
                })
        })
        .collect()
}

/// The languages asked for (every site language when none is), each checked.
fn choose_languages(site: &Site, langs: &[String]) -> Result<Vec<String>, Diagnostic> {
    let all = site.config.language_codes();
    if langs.is_empty() {
        return Ok(all);
    }
    for l in langs {
        if !all.contains(l) {
            return Err(Diagnostic::error(
                "unknown-language",
                format!("`{l}` is not one of the site languages"),
            )
            .with_help(format!("use one of: {}", all.join(", "))));
        }
    }
    Ok(langs.to_vec())
}

/// Writes one message as `.eml`, `.txt` and `.html`.
fn save(output: &Path, slug: &str, update: Option<usize>, m: &Message) -> Result<(), Diagnostic> {
    let mut dir = output.join(slug);
    if let Some(n) = update {
        dir = dir.join(format!("update-{n}"));
    }
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
    let lang = &m.lang;
    save_file(&dir.join(format!("{lang}.eml")), &eml(m))?;
    save_file(&dir.join(format!("{lang}.txt")), m.text.as_bytes())?;
    save_file(&dir.join(format!("{lang}.html")), m.html.as_bytes())
}

fn save_file(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    std::fs::write(path, bytes).map_err(|e| io_error(path, &e))
}

fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("output", format!("cannot write {}: {e}", path.display()))
        .in_file(path)
        .with_help("check that you may write there, or choose another folder with --output")
}
