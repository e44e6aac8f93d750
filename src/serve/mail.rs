//! The preview of the messages `varsel mail` writes, so that an author reads a message before
//! sending it: `/_mail/<lang>/<slug>/` shows one notice's message in one language, its text
//! and its HTML side by side (`?links=no` the link-free variant, `?update=N` an update's),
//! made from the site's sources when asked for. The messages themselves are `mail`'s. The
//! HTML part is shown in a frame that may run no script, as a mail reader shows it.

use std::path::Path;

use crate::mail::{self, MailOptions};
use crate::render::Renderer;
use crate::site::Site;
use crate::site::plan::plan;

/// Where message previews are served.
pub(crate) const PREFIX: &str = "/_mail/";

/// What a preview request asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) lang: String,
    pub(crate) slug: String,
    pub(crate) links: Option<bool>,
    pub(crate) update: Option<usize>,
}

impl Request {
    /// The request for `path` (after [`PREFIX`]) and `query`; `None` when it names no message.
    pub(crate) fn parse(path: &str, query: Option<&str>) -> Option<Request> {
        let mut parts = path.strip_prefix(PREFIX)?.split('/');
        let lang = parts.next().filter(|s| is_name(s))?.to_owned();
        let slug = parts.next().filter(|s| is_name(s))?.to_owned();
        if !matches!((parts.next(), parts.next()), (Some(""), None)) {
            return None;
        }
        let mut request = Request {
            lang,
            slug,
            links: None,
            update: None,
        };
        for pair in query.unwrap_or_default().split('&') {
            match pair.split_once('=') {
                Some(("links", v)) => request.links = Some(!matches!(v, "no" | "false" | "0")),
                Some(("update", n)) => request.update = Some(n.parse().ok()?),
                _ => {}
            }
        }
        Some(request)
    }
}

/// A language code or slug: what a folder under `content/` may be called.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The preview page of the message `request` names, from the site at `root` as it is now;
/// `Err` with what to tell the author when there is no such message.
pub(crate) fn page(root: &Path, drafts: bool, request: &Request) -> Result<String, String> {
    let site = Site::load(root).map_err(|d| d.to_human())?;
    let planned = plan(
        &site.incidents,
        jiff::Timestamp::now(),
        drafts,
        site.config.withdrawn,
    );
    let p = planned
        .iter()
        .find(|p| p.incident.slug == request.slug)
        .ok_or_else(|| format!("There is no notice `{}` in the preview.", request.slug))?;
    if !site.config.language_codes().contains(&request.lang) {
        return Err(format!("`{}` is not a site language.", request.lang));
    }
    let renderer = Renderer::new(&site.root, &site.config, &site.locales, Default::default())
        .map_err(|d| d.to_human())?;
    let options = MailOptions {
        links: request.links.unwrap_or(site.config.mail.links),
        update: request.update,
    };
    let m = mail::message(
        &site,
        &renderer,
        p.incident,
        p.banner.key(),
        &request.lang,
        options,
    )
    .map_err(|d| crate::diagnostics::Diagnostics::from(d).to_human())?;
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{subject}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1 class=\"subject\">{subject}</h1>\n<div class=\"parts\">\n\
         <section class=\"text\"><h2>text/plain</h2><pre>{text}</pre></section>\n\
         <section class=\"html\"><h2>text/html</h2>\
         <iframe sandbox=\"allow-same-origin\" title=\"{subject}\" srcdoc=\"{html}\"></iframe></section>\n\
         </div>\n</body>\n</html>\n",
        lang = request.lang,
        subject = escape(&m.subject),
        text = escape(&m.text),
        html = escape(&m.html),
    ))
}

const STYLE: &str = "body { font-family: system-ui, sans-serif; margin: 1em; } \
    .parts { display: flex; flex-wrap: wrap; gap: 1em; } \
    .parts section { flex: 1 1 30em; min-width: 0; } \
    pre { white-space: pre-wrap; font-size: 14px; border: 1px solid #ccc; padding: 1em; } \
    iframe { width: 100%; height: 80vh; border: 1px solid #ccc; }";

/// Text for HTML content and double-quoted attributes.
fn escape(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + s.len() / 8);
    // Writing to a Vec cannot fail, and escaping keeps UTF-8 whole.
    let _ = tera::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_address_names_a_language_and_a_notice() {
        let r = Request::parse("/_mail/sv/acme-2024/", Some("links=no&update=2")).unwrap();
        assert_eq!((r.lang.as_str(), r.slug.as_str()), ("sv", "acme-2024"));
        assert_eq!((r.links, r.update), (Some(false), Some(2)));
        assert_eq!(
            Request::parse("/_mail/sv/acme-2024/", None).unwrap().links,
            None
        );
        for bad in [
            "/_mail/sv/",
            "/_mail/sv/acme/x/",
            "/_mail/../x/",
            "/_mail/sv/acme",
        ] {
            assert_eq!(Request::parse(bad, None), None, "{bad}");
        }
        assert_eq!(Request::parse("/_mail/sv/a/", Some("update=x")), None);
    }
}
