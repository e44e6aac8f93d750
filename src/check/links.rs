//! Links inside the site: a `#fragment` must name an id on its page (a section, a heading of
//! the prose, a question, a revision), and a link to another notice (`../<slug>/`,
//! `/<lang>/<slug>/`) must name one that the site publishes, in a language it has. Links off
//! the site are not followed: the check works offline.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;
use pulldown_cmark::{Event, Parser, Tag};

use super::at_prose;
use crate::config::Withdrawn;
use crate::diagnostics::{Diagnostic, Diagnostics, did_you_mean};
use crate::incident::Incident;
use crate::markdown::anchor_ids;
use crate::site::Site;

/// A Markdown text of a prose file and the line its first line stands on.
struct Part<'a> {
    markdown: &'a str,
    first_line: usize,
}

/// Broken internal links in every language of `incident`, as the site stands at `now`.
pub(crate) fn incident(site: &Site, incident: &Incident, now: Timestamp) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let mut anchors: HashMap<(String, String), HashSet<String>> = HashMap::new();
    let langs = site.config.language_codes();
    for lang in &langs {
        let Some(prose) = incident.prose.get(lang) else {
            continue;
        };
        let parts = prose
            .sections
            .iter()
            .map(|(key, md)| Part {
                markdown: md,
                first_line: prose.section_lines.get(key).copied().unwrap_or(0) + 1,
            })
            .chain(prose.questions.iter().map(|q| Part {
                markdown: &q.answer_markdown,
                first_line: q.line + 1,
            }));
        for part in parts {
            for (dest, offset) in links(part.markdown) {
                let from = From {
                    incident,
                    lang,
                    now,
                };
                let Some(problem) = resolve(site, &from, &dest, &mut anchors) else {
                    continue;
                };
                let before = &part.markdown[..offset];
                let line = part.first_line + before.matches('\n').count();
                let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
                    .chars()
                    .count()
                    + 1;
                diags.push(at_prose(
                    incident,
                    lang,
                    line,
                    col,
                    Diagnostic::error("broken-link", format!("link to `{dest}`: {}", problem.0))
                        .with_help(problem.1),
                ));
            }
        }
    }
    diags
}

/// Every link destination in `markdown` with the byte offset of the link.
fn links(markdown: &str) -> Vec<(String, usize)> {
    // Most sections of real notices link only to other sites, or nowhere, and need not be
    // parsed a second time.
    if only_absolute_links(markdown) {
        return Vec::new();
    }
    parsed_links(markdown)
}

/// Every link destination in `markdown` as the parser finds them.
fn parsed_links(markdown: &str) -> Vec<(String, usize)> {
    Parser::new_ext(markdown, crate::markdown::OPTIONS)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some((dest_url.to_string(), range.start)),
            _ => None,
        })
        .collect()
}

/// Whether every link `markdown` can hold leads to an absolute address (`https:`, `mailto:`),
/// which [`resolve`] leaves alone ([`off_site`]). A link's destination follows its text's
/// `](` (inline) or a label's `]:` (a reference definition, which `[text]` and
/// `[text][label]` need), or stands between `<` and `>` (an autolink). Errs towards `false`: anything unusual there (an
/// entity, an escape, a definition, any `<`) sends the text to the parser.
fn only_absolute_links(markdown: &str) -> bool {
    if markdown.contains('<') {
        return false;
    }
    let b = markdown.as_bytes();
    let mut at = 0;
    while let Some(i) = markdown[at..].find(']').map(|i| at + i) {
        at = i + 1;
        match b.get(at) {
            Some(b':') => return false,
            Some(b'(') => {
                let mut j = at + 1;
                while b
                    .get(j)
                    .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
                {
                    j += 1;
                }
                let start = j;
                while b
                    .get(j)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
                {
                    j += 1;
                }
                let scheme = j > start && b[start].is_ascii_alphabetic() && b.get(j) == Some(&b':');
                if !scheme {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether `dest` leads away from the site's pages: it has a scheme (`https:`, `mailto:`) or
/// is scheme-relative (`//host/…`). A colon after a `/`, `?` or `#` is part of a path.
fn off_site(dest: &str) -> bool {
    let dest = dest.trim();
    dest.split_once(':')
        .is_some_and(|(s, _)| !s.contains(['/', '?', '#']))
        || dest.starts_with("//")
}

/// The page a link stands on, and when the site is judged.
struct From<'a> {
    incident: &'a Incident,
    lang: &'a str,
    now: Timestamp,
}

/// What is wrong with a link, and what to do.
type Problem = (String, String);

/// What is wrong with a link from the `lang` page of `incident` to `dest`, and what to do;
/// `None` when it resolves or leads off the site's notices.
fn resolve(
    site: &Site,
    from: &From,
    dest: &str,
    anchors: &mut HashMap<(String, String), HashSet<String>>,
) -> Option<Problem> {
    let (incident, lang) = (from.incident, from.lang);
    if off_site(dest) {
        return None;
    }
    let dest = dest.trim();
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let path = path.split('?').next().unwrap_or("");
    let (target_lang, target): (String, &Incident) = if path.is_empty() {
        (lang.to_owned(), incident)
    } else {
        let base = site.config.base_path();
        let segments = segments(&base, lang, &incident.slug, path);
        match target_page(site, from, &segments) {
            Err(problem) => return Some(problem),
            Ok(None) => return None,
            Ok(Some(target)) => target,
        }
    };
    let fragment = percent_decode(fragment.filter(|f| !f.is_empty())?);
    let ids = anchors
        .entry((target.slug.clone(), target_lang.clone()))
        .or_insert_with(|| {
            target
                .prose
                .get(&target_lang)
                .map(|p| anchor_ids(p, target.facts.updates.len()))
                .unwrap_or_default()
        });
    if ids.contains(fragment.as_str()) {
        return None;
    }
    let page = if std::ptr::eq(target, incident) && target_lang == lang {
        "this page".to_owned()
    } else {
        format!("the `{target_lang}` page of `{}`", target.slug)
    };
    let help = match did_you_mean(&fragment, ids.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `#{best}`?"),
        None => "link to a section key such as `#what-happened`, or to a heading or question of the page by its text in lowercase with hyphens".to_owned(),
    };
    Some((format!("there is no `#{fragment}` on {page}"), help))
}

/// The folders of the site that `path` (without fragment or query) leads to from the `lang`
/// page of the notice `slug`, `.` and `..` resolved, the site's `base` path taken off.
fn segments<'a>(base: &str, lang: &'a str, slug: &'a str, path: &'a str) -> Vec<&'a str> {
    let segments: Vec<&str> = if let Some(abs) = path.strip_prefix('/') {
        let base = base.trim_matches('/');
        let abs = if base.is_empty() {
            abs
        } else {
            abs.strip_prefix(base)
                .map(|r| r.trim_start_matches('/'))
                .unwrap_or(abs)
        };
        Vec::from_iter(abs.split('/'))
    } else {
        let mut s = vec![lang, slug];
        s.extend(path.split('/'));
        s
    };
    let mut resolved: Vec<&str> = Vec::new();
    for s in segments {
        match s {
            "" | "." | "index.html" => {}
            ".." => {
                resolved.pop();
            }
            s => resolved.push(s),
        }
    }
    resolved
}

/// The language and notice of the page at `segments`; `None` when they lead elsewhere than
/// to a notice's page.
fn target_page<'s>(
    site: &'s Site,
    from: &From,
    segments: &[&str],
) -> Result<Option<(String, &'s Incident)>, Problem> {
    let langs = site.config.language_codes();
    match segments {
        [l, slug]
            if !langs.iter().any(|x| x == l)
                && (looks_like_language(l) || site.incidents.iter().any(|i| i.slug == *slug)) =>
        {
            Err((
                format!("the site has no language `{l}`"),
                format!("the site's languages are {}", langs.join(", ")),
            ))
        }
        [l, ..] if !langs.iter().any(|x| x == l) => Ok(None),
        [] | [_] => Ok(None),
        [l, slug] => match site.incidents.iter().find(|i| i.slug == *slug) {
            Some(i) => match not_published(site, i, from.now) {
                Some(problem) => Err(problem),
                None => Ok(Some(((*l).to_owned(), i))),
            },
            None => {
                let help = match did_you_mean(slug, site.incidents.iter().map(|i| i.slug.as_str())) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => "link to another notice as `../<slug>/`, where <slug> is its folder under content/".to_owned(),
                };
                Err((format!("there is no notice `{slug}`"), help))
            }
        },
        _ => Ok(None),
    }
}

/// `de`, `nb`, `pt-br`: a path segment that names a language, not a folder of files.
fn looks_like_language(segment: &str) -> bool {
    let (code, region) = segment.split_once('-').unwrap_or((segment, "ab"));
    (2..=3).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_lowercase())
        && (2..=4).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Why the site at `now` has no page for `target`, and what to do; `None` when it has one.
fn not_published(site: &Site, target: &Incident, now: Timestamp) -> Option<(String, String)> {
    let slug = &target.slug;
    let why = if target.facts.draft {
        format!("`{slug}` is a draft, which is not published")
    } else if target.is_unpublished_at(&now) {
        let at = target.publish_at.as_ref();
        let at = at.map(|t| t.strftime("%Y-%m-%d %H:%M").to_string());
        format!("`{slug}` is not published until {}", at.unwrap_or_default())
    } else if target.is_withdrawn_at(&now) && site.config.withdrawn == Withdrawn::Remove {
        format!("`{slug}` is withdrawn and no longer on the site")
    } else {
        return None;
    };
    Some((
        why,
        "link to it once it is published, or take the link out".to_owned(),
    ))
}

/// `%C3%A4` → `ä`: browsers match fragments after decoding, and authors write either form.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::{off_site, only_absolute_links, parsed_links, percent_decode};

    #[test]
    fn text_with_only_absolute_links_is_not_parsed_again() {
        for md in [
            "No links at all.",
            "See [our page](https://example.org/a) and [mail](mailto:x@example.org).",
            "[a]( \n  https://example.org \"title\")",
            "A [bracket] without a link, and a list item [x] done.",
        ] {
            assert!(only_absolute_links(md), "{md}");
        }
        for md in [
            "[a](#what-happened)",
            "[a](../other/)",
            "[a](/en/other/)",
            "[a][ref]\n\n[ref]: https://example.org",
            "<https://example.org>",
            "[a](&#104;ttps://x)",
            "[a](h\\ttps://x)",
            "[a](faq)",
        ] {
            assert!(!only_absolute_links(md), "{md}");
        }
    }

    proptest::proptest! {
        /// Whatever the text, skipping the parse never hides a link the check follows.
        #[test]
        fn the_shortcut_never_hides_a_site_link(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "[", "]", "(", ")", ":", "#", "/", "\\", "&#47;", "&#104;", " ", "\n", "<", ">",
                "a", "https:", "//x", "../y/", "mailto:", "@", "\"t\"", "^", "!", "`", "*", "-",
                "[a]", "[a]:", "\n[a]: ", "](", "\n\n", "[^a]", "x@y.z", "<x@y.z>", "<../y/>",
                "](#x)", "](../y/)", "](https://x)", "](<../y/>)", "](\\#x)",
            ]), 0..24)
        ) {
            let md = parts.concat();
            if only_absolute_links(&md) {
                for (dest, _) in parsed_links(&md) {
                    proptest::prop_assert!(off_site(&dest), "{md:?} links to {dest:?}");
                }
            }
        }
    }

    #[test]
    fn fragments_are_percent_decoded() {
        assert_eq!(percent_decode("byt-l%C3%B6senord"), "byt-lösenord");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("a%zz"), "a%zz");
        assert_eq!(percent_decode("a%+a"), "a%+a");
    }
}
