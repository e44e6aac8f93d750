//! Turning loaded incidents into HTML with Tera templates: the built-in theme, with any
//! template of the site's theme folder taking the place of the built-in one of the same name.

pub(crate) mod chart;
pub(crate) mod email;
pub(crate) mod export;
pub(crate) mod feed;
pub(crate) mod pages;
pub(crate) mod sitemap;
pub(crate) mod text;
pub(crate) mod time;
pub(crate) mod view;
pub(crate) mod words;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::{Context, Tera, Value};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::embedded;
use crate::locale::{Locales, Voice};

/// Options the caller sets; the build itself does not know why (e.g. the preview server).
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Pages may load the preview server's live-reload script (the policy allows it).
    pub(crate) live_reload: bool,
}

/// The templates and per-language labels, prepared once and shared by every page.
pub struct Renderer {
    tera: Tera,
    /// Where each template came from, to point errors at the right file.
    template_files: BTreeMap<String, (PathBuf, String)>,
    /// Every message of each language, as a template value.
    labels: BTreeMap<String, Value>,
    /// The same in each voice a notice can have, for its page and emails.
    voiced: BTreeMap<(String, Voice), Value>,
    pub(crate) options: RenderOptions,
}

/// The template files a site's theme uses: built-in ones replaced by the site's own.
pub(crate) fn template_sources(
    root: &Path,
    config: &Config,
) -> Result<BTreeMap<String, (PathBuf, String)>, Diagnostics> {
    let mut files = BTreeMap::new();
    let builtin = embedded::THEME.get_dir("templates");
    for f in builtin.into_iter().flat_map(|d| d.files()) {
        let name = f
            .path()
            .strip_prefix("templates")
            .unwrap_or(f.path())
            .to_string_lossy()
            .replace('\\', "/");
        let path = Path::new(BUILT_IN_THEME).join(f.path());
        files.insert(
            name,
            (path, f.contents_utf8().unwrap_or_default().to_owned()),
        );
    }
    let dir = config.theme_dir(root).join("templates");
    if config.theme != "default" && !config.theme_dir(root).is_dir() {
        return Err(Diagnostic::error(
            "missing-theme",
            format!("theme `{}` not found", config.theme),
        )
        .in_file(root.join(crate::config::CONFIG_FILE))
        .with_help(format!(
            "create themes/{}/templates/, or set theme = \"default\"",
            config.theme
        ))
        .into());
    }
    if dir.is_dir() {
        for entry in crate::input::files_under(&dir) {
            // A linked file is read only if it stays inside the site (`read_text` checks).
            let path = entry.path().to_path_buf();
            let name = path
                .strip_prefix(&dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let source = crate::input::read_text(root, &path)?;
            files.insert(name, (path, source));
        }
    }
    Ok(files)
}

impl Renderer {
    pub fn new(
        root: &Path,
        config: &Config,
        locales: &Locales,
        options: RenderOptions,
    ) -> Result<Renderer, Diagnostics> {
        let template_files = template_sources(root, config)?;
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        let mut diags = Diagnostics::default();
        // Templates are added together so that `extends` and `include` resolve in any order.
        let all: Vec<(String, String)> = template_files
            .iter()
            .map(|(name, (_, src))| (name.clone(), src.clone()))
            .collect();
        if let Err(e) = tera.add_raw_templates(all) {
            diags.push(template_error(&e, &template_files));
            return Err(diags);
        }
        let labels = locales
            .by_code
            .iter()
            .map(|(code, l)| (code.clone(), Value::from_serializable(&l.labels())))
            .collect();
        let voiced = locales
            .by_code
            .iter()
            .flat_map(|(code, l)| {
                Voice::all().map(move |v| {
                    let labels = Value::from_serializable(&l.labels_in(&v));
                    ((code.clone(), v), labels)
                })
            })
            .collect();
        Ok(Renderer {
            tera,
            template_files,
            labels,
            voiced,
            options,
        })
    }

    /// A context with what every page has: language, labels, site title, link prefix.
    pub(crate) fn base_context(&self, config: &Config, lang: &str, depth: usize) -> Context {
        let mut cx = Context::new();
        cx.insert("lang", lang);
        if let Some(labels) = self.labels.get(lang) {
            cx.insert_value("t", labels.clone());
        }
        let title = config
            .languages
            .iter()
            .find(|l| l.code == lang)
            .and_then(|l| l.title.clone());
        let title = title.unwrap_or_else(|| {
            self.labels
                .get(lang)
                .and_then(|v| v.as_map())
                .and_then(|m| m.get(&"site_default_title".into()))
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_owned()
        });
        cx.insert("site_title", &title);
        cx.insert("root", &"../".repeat(depth));
        cx.insert("base_url", config.base());
        cx.insert("live_reload", &self.options.live_reload);
        // Pages that have a feed to follow replace this with its address.
        cx.insert("feed", "");
        cx.insert("email", &false);
        cx
    }

    /// Puts a notice's labels into `cx` as its `voice` words them (whom it addresses, where
    /// it stands).
    pub(crate) fn use_voice(&self, cx: &mut Context, lang: &str, voice: Voice) {
        if let Some(labels) = self.voiced.get(&(lang.to_owned(), voice)) {
            cx.insert_value("t", labels.clone());
        }
    }

    pub(crate) fn render(&self, template: &str, cx: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(template, cx)
            .map_err(|e| template_error(&e, &self.template_files))
    }

    /// Like [`render`](Self::render), as the bytes of a file: a page goes to disk as it is,
    /// without being copied into a `String` and checked again. `size` is a guess of its
    /// length, so the buffer seldom grows.
    pub(crate) fn render_bytes(
        &self,
        template: &str,
        cx: &Context,
        size: usize,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(size);
        self.tera
            .render_to(template, cx, &mut out)
            .map_err(|e| template_error(&e, &self.template_files))?;
        Ok(out)
    }
}

/// A Tera error as a diagnostic pointing into the template file.
fn template_error(e: &tera::Error, files: &BTreeMap<String, (PathBuf, String)>) -> Diagnostic {
    use std::error::Error as _;
    let (report, message) = match e.kind() {
        tera::ErrorKind::SyntaxError(r) => {
            (Some(r), format!("template syntax error: {}", r.message()))
        }
        tera::ErrorKind::RenderingError(r) => (Some(r), format!("template error: {}", r.message())),
        _ => {
            let mut message = format!("template error: {e}");
            let mut cause = e.source();
            while let Some(c) = cause {
                message.push_str(&format!(": {c}"));
                cause = c.source();
            }
            (None, message)
        }
    };
    // Checks made after parsing (unknown filters, functions, …) come as text holding Tera's
    // own report; take the message and place out of it.
    if report.is_none()
        && let Some((msg, name, line, col)) = parse_report(&e.to_string())
        && let Some((path, src)) = files.get(name)
    {
        let d = Diagnostic::error("template", format!("template error: {msg}"))
            .with_help("fix the template; `varsel check` lists every template problem");
        return in_template(d, path, src, line, col);
    }
    let d = Diagnostic::error("template", message)
        .with_help("fix the template; `varsel check` lists every template problem");
    match report {
        Some(r) => match files.get(r.filename()) {
            Some((path, src)) => {
                in_template(d, path, src, r.span().start_line, r.span().start_col + 1)
            }
            None => d,
        },
        None => d,
    }
}

/// Where the built-in theme's templates are said to be; no such file is in the site.
const BUILT_IN_THEME: &str = "<built-in>/themes/default";

/// Points `d` at `line`:`col` of the template at `path`. A built-in template is no file an
/// author can open: the message says where in it, and the diagnostic points at no file.
fn in_template(mut d: Diagnostic, path: &Path, src: &str, line: usize, col: usize) -> Diagnostic {
    match path.strip_prefix(BUILT_IN_THEME) {
        Ok(inside) => {
            d.message = format!(
                "{} (in the built-in theme's {}, line {line})",
                d.message,
                inside.display()
            );
            d
        }
        Err(_) => d.at(path, src, line, col),
    }
}

/// The first `error: <message>` and ` --> <name>:<line>:<column>` of a Tera report.
fn parse_report(text: &str) -> Option<(&str, &str, usize, usize)> {
    let mut lines = text.lines();
    let message = lines.find_map(|l| l.trim().strip_prefix("error: "))?;
    let place = lines.find_map(|l| l.trim().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((message, parts.next()?, line, col))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_error_in_a_built_in_template_points_at_no_file() {
        let d = crate::diagnostics::Diagnostic::error("template", "template error: x");
        let path = std::path::Path::new(super::BUILT_IN_THEME).join("templates/page.html");
        let d = super::in_template(d, &path, "a\nb\n", 2, 1);
        assert_eq!(d.location, None);
        assert_eq!(
            d.message,
            "template error: x (in the built-in theme's templates/page.html, line 2)"
        );
        let site = std::path::Path::new("themes/mine/templates/page.html");
        let d = crate::diagnostics::Diagnostic::error("template", "template error: x");
        let d = super::in_template(d, site, "a\nb\n", 2, 1);
        assert_eq!(d.location.map(|l| l.line), Some(Some(2)));
    }

    use super::*;

    #[test]
    fn tera_reports_give_message_and_place() {
        let text =
            "error: Unknown filter `nosuch`\n --> section.html:1:16\n  |\n1 | {{ x | nosuch }}\n";
        assert_eq!(
            parse_report(text),
            Some(("Unknown filter `nosuch`", "section.html", 1, 16))
        );
        assert_eq!(parse_report("just words"), None);
    }
}
