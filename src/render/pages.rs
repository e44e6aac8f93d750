//! The pages of a site, each from what it shows: a notice's page in one language (the
//! messages to send are `mail`'s, not the web's), each language's index and Atom feed, the root page to pick a language,
//! the sitemap and the not-found pages. Each returns the file it made; which to make and when
//! is the build's business.

use jiff::Timestamp;
use serde::Serialize;

use super::view::{self, IncidentView, TimeView};
use super::{Renderer, export, feed, sitemap};
use crate::diagnostics::Diagnostic;
use crate::incident::Incident;
use crate::site::Site;
use crate::site::output::OutputFile;
use crate::site::plan::Planned;

#[derive(Serialize)]
struct IndexEntry {
    title: String,
    summary: String,
    href: String,
    status: String,
    status_key: String,
    published: TimeView,
    updated: TimeView,
    banner: String,
}

/// A notice's page in one language, and the view it was made from.
pub(crate) fn render_incident(
    site: &Site,
    renderer: &Renderer,
    p: &Planned,
    lang: &str,
) -> Result<(Vec<OutputFile>, IncidentView), Diagnostic> {
    let locale = site.locales.get(lang);
    let page = view::incident(p.incident, locale, p.banner.key());
    let rest = format!("{}/", p.incident.slug);
    let canonical = format!("{}/{lang}/{rest}", site.config.base());
    let mut cx = renderer.base_context(&site.config, lang, 2);
    renderer.use_voice(&mut cx, lang, page.voice);
    let alternates = view::alternates(&site.config, &site.locales, lang, &rest, 2);
    cx.insert("og_locale", &og_locale(&site.config, lang));
    // The built-in page leaves out `og:locale:alternate`: Facebook fetches a listed locale
    // from the page's own address (`?fb_locale=sv_SE`), where a static site serves this
    // language again; each language has its own address and `og:locale`. Themes ejected
    // before that may still use the list.
    cx.insert(
        "og_alternates",
        &site
            .config
            .languages
            .iter()
            .filter(|l| l.code != lang)
            .map(|l| og_locale(&site.config, &l.code))
            .collect::<Vec<_>>(),
    );
    cx.insert("alternates", &alternates);
    cx.insert(
        "x_default",
        &format!(
            "{}/{}/{rest}",
            site.config.base(),
            site.config.default_language()
        ),
    );
    cx.insert("canonical", &canonical);
    cx.insert("feed", "../feed.xml");
    cx.insert("jsonld", &export::json_ld(&page, p.incident, lang));
    cx.insert("page", &page);
    // A page is about twice its Markdown.
    let size = 2 * p.incident.prose_sources.get(lang).map_or(0, |s| s.len()) + 16 * 1024;
    let html = renderer.render_bytes("incident.html", &cx, size)?;
    Ok((
        vec![OutputFile {
            path: format!("{lang}/{rest}index.html"),
            bytes: html,
        }],
        page,
    ))
}

/// A notice's `incident.json`, as a file of the output; none unless `varsel.toml` has `[json]`.
pub(crate) fn render_export(site: &Site, incident: &Incident) -> Option<OutputFile> {
    let json = site.config.json.as_ref()?;
    Some(OutputFile {
        path: export::json_path(&incident.slug),
        bytes: export::incident_json(incident, &site.config, json),
    })
}

/// The Open Graph form of a language's formatting locale (`sv_SE`).
fn og_locale(config: &crate::config::Config, lang: &str) -> String {
    config
        .languages
        .iter()
        .find(|l| l.code == lang)
        .map(|l| l.formatting_locale())
        .unwrap_or_else(|| lang.to_owned())
        .replace('-', "_")
}

pub(crate) fn render_feed(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    pages: &[&IncidentView],
    now: Timestamp,
) -> Result<OutputFile, Diagnostic> {
    let mut cx = renderer.base_context(&site.config, lang, 1);
    let title = cx
        .get("site_title")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_owned();
    let locale = site.locales.get(lang);
    let now = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let head = feed::FeedHead {
        base: site.config.base(),
        lang,
        title,
        subtitle: locale.msg("feed-subtitle"),
        now,
        limit: site.config.feed.entries,
    };
    let feed = feed::feed(head, pages);
    cx.insert("feed", &feed);
    Ok(OutputFile {
        path: format!("{lang}/feed.xml"),
        bytes: renderer.render("feed.xml", &cx)?.into_bytes(),
    })
}

pub(crate) fn render_sitemap(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
) -> Result<OutputFile, Diagnostic> {
    let public: Vec<&Planned> = planned.iter().filter(|p| p.is_public()).collect();
    let iso = super::time::rfc3339;
    let newest = public.iter().map(|p| &p.incident.last_updated).max();
    let mut urls = vec![sitemap::SitemapUrl {
        loc: format!("{}/", site.config.base()),
        lastmod: newest.map(iso).unwrap_or_default(),
    }];
    urls.extend(sitemap::urls_in_every_language(
        &site.config,
        "",
        &newest.map(iso).unwrap_or_default(),
    ));
    for p in &public {
        urls.extend(sitemap::urls_in_every_language(
            &site.config,
            &format!("{}/", p.incident.slug),
            &iso(&p.incident.last_updated),
        ));
    }
    let mut cx = renderer.base_context(&site.config, site.config.default_language(), 0);
    cx.insert("urls", &urls);
    Ok(OutputFile {
        path: "sitemap.xml".into(),
        bytes: renderer.render("sitemap.xml", &cx)?.into_bytes(),
    })
}

/// The `lang` index of the `planned` notices. `view` gives a notice's page view by slug
/// where one is at hand: the entry then takes its words and dates from it rather than
/// formatting them again.
pub(crate) fn render_index<'v>(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
    lang: &str,
    view: impl Fn(&str) -> Option<&'v IncidentView>,
) -> Result<OutputFile, Diagnostic> {
    let notices: Vec<IndexEntry> = (planned.iter())
        .map(|p| index_entry(site, p, lang, &view))
        .collect();
    let mut cx = renderer.base_context(&site.config, lang, 1);
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, lang, "", 1),
    );
    cx.insert(
        "x_default",
        &format!("{}/{}/", site.config.base(), site.config.default_language()),
    );
    cx.insert("canonical", &format!("{}/{lang}/", site.config.base()));
    cx.insert("feed", "feed.xml");
    cx.insert("notices", &notices);
    let html = renderer.render("index.html", &cx)?;
    Ok(OutputFile {
        path: format!("{lang}/index.html"),
        bytes: html.into_bytes(),
    })
}

/// The index entry of the planned notice `p` on the `lang` index; `view` as in
/// [`render_index`].
fn index_entry<'v>(
    site: &Site,
    p: &Planned,
    lang: &str,
    view: impl Fn(&str) -> Option<&'v IncidentView>,
) -> IndexEntry {
    let locale = site.locales.get(lang);
    let i = p.incident;
    let (title, summary, status, published, updated) = match view(&i.slug) {
        Some(v) => (
            v.title.clone(),
            v.summary.clone(),
            v.status.clone(),
            v.published.clone(),
            v.updated.clone(),
        ),
        None => {
            let front = &i.prose[lang].front;
            (
                front.title.clone(),
                front.summary.clone(),
                locale.msg(&i.facts.status.message_id()),
                TimeView::of(&i.published, locale),
                TimeView::of(&i.last_updated, locale),
            )
        }
    };
    IndexEntry {
        title,
        summary,
        href: format!("{}/", i.slug),
        status,
        status_key: i.facts.status.key().to_owned(),
        published,
        updated,
        // From the plan, which knows the build's clock, rather than from a view kept
        // since an earlier build.
        banner: p.banner.key().to_owned(),
    }
}

pub(crate) fn render_root(site: &Site, renderer: &Renderer) -> Result<OutputFile, Diagnostic> {
    #[derive(Serialize)]
    struct Choice {
        lang: String,
        name: String,
        title: String,
        href: String,
        prompt: String,
    }
    let default = site.config.default_language();
    let choices: Vec<Choice> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let locale = site.locales.get(&l.code);
            Choice {
                lang: l.code.clone(),
                name: locale.msg("language-name"),
                title: l
                    .title
                    .clone()
                    .unwrap_or_else(|| locale.msg("site-default-title")),
                href: format!("{}/", l.code),
                prompt: locale.msg("choose-language"),
            }
        })
        .collect();
    let mut cx = renderer.base_context(&site.config, default, 0);
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, "", "", 0),
    );
    cx.insert("x_default", &format!("{}/", site.config.base()));
    cx.insert("canonical", &format!("{}/", site.config.base()));
    cx.insert("choices", &choices);
    let html = renderer.render("root.html", &cx)?;
    Ok(OutputFile {
        path: "index.html".into(),
        bytes: html.into_bytes(),
    })
}

/// The not-found page; the site root's is in the default language and links by absolute path
/// (it is served for any missing URL, at any depth).
pub(crate) fn render_not_found(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    depth: usize,
) -> Result<Vec<u8>, Diagnostic> {
    let mut cx = renderer.base_context(&site.config, lang, depth);
    if depth == 0 {
        cx.insert("root", &site.config.base_path());
    }
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, lang, "", depth),
    );
    cx.insert("x_default", &format!("{}/", site.config.base()));
    cx.insert(
        "canonical",
        &format!("{}/{lang}/404.html", site.config.base()),
    );
    Ok(renderer.render("404.html", &cx)?.into_bytes())
}
