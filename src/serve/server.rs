//! The preview's HTTP side: serves the files of the preview output (and nothing else), adds
//! the live-reload script and any problem overlay to HTML responses on the way out, and tells
//! open pages over Server-Sent Events when a rebuild has finished.

use std::convert::Infallible;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::{Stream, StreamExt, stream};
use tokio::sync::broadcast;

use super::mail;

/// URLs the server answers itself rather than from the output folder.
pub(crate) const EVENTS: &str = "/__varsel/events";
const SCRIPT: &str = "/__varsel/live.js";
const OVERLAY_CSS: &str = "/__varsel/overlay.css";

/// What the server knows of the latest build; the watcher updates it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Status {
    /// Counts rebuilds, so that a page can tell whether it is out of date.
    pub(crate) generation: u64,
    /// The current problems as printed in the terminal, or `None` when the site builds.
    pub(crate) problems: Option<String>,
    /// What the writing checks say (plain language, translations that agree), as printed by
    /// `varsel check`: shown beside the page, which stays usable.
    pub(crate) warnings: Option<String>,
    pub(crate) languages: Vec<String>,
}

/// A rebuild finished: `reload` when it succeeded, `problems` when it did not.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Notice {
    pub(crate) kind: &'static str,
    pub(crate) generation: u64,
}

/// State shared by every request and the watcher.
pub(crate) struct Shared {
    /// The preview output folder, canonical.
    pub(crate) output: PathBuf,
    /// The address the server listens on, for the Host check.
    pub(crate) bind: IpAddr,
    pub(crate) status: Mutex<Status>,
    pub(crate) events: broadcast::Sender<Notice>,
    /// The site folder and whether drafts are previewed, for the message previews
    /// (`super::mail`), which are made from the sources when asked for.
    pub(crate) site: Option<(PathBuf, bool)>,
}

impl Shared {
    pub(crate) fn new(output: PathBuf, bind: IpAddr, status: Status) -> Shared {
        Shared {
            output,
            bind,
            status: Mutex::new(status),
            events: broadcast::channel(16).0,
            site: None,
        }
    }

    /// Serves message previews of the site at `root` too.
    pub(crate) fn with_site(mut self, root: PathBuf, drafts: bool) -> Shared {
        self.site = Some((root, drafts));
        self
    }

    fn status(&self) -> Status {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Records a finished rebuild and tells every open page.
    pub(crate) fn publish(
        &self,
        problems: Option<String>,
        warnings: Option<String>,
        languages: Vec<String>,
    ) {
        let kind = if problems.is_some() {
            "problems"
        } else {
            "reload"
        };
        let generation = {
            let mut s = self.status.lock().unwrap_or_else(|e| e.into_inner());
            s.generation += 1;
            s.problems = problems;
            s.warnings = warnings;
            s.languages = languages;
            s.generation
        };
        // No receivers just means no page is open.
        let _ = self.events.send(Notice { kind, generation });
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS, get(events))
        .route(
            SCRIPT,
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("live.js")) }),
        )
        .route(
            OVERLAY_CSS,
            get(|| async { asset("text/css; charset=utf-8", include_str!("overlay.css")) }),
        )
        .fallback(page)
        .layer(middleware::from_fn_with_state(shared.clone(), check_host))
        .with_state(shared)
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// Refuses requests for any host name but this machine's: a web page elsewhere could
/// otherwise point its own domain at 127.0.0.1 (DNS rebinding) and read the preview.
async fn check_host(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| req.uri().authority().map(|a| a.to_string()));
    match host {
        Some(h) if host_allowed(&h, shared.bind) => next.run(req).await,
        _ => (
            StatusCode::MISDIRECTED_REQUEST,
            "This preview server only answers for localhost and its own address.\n",
        )
            .into_response(),
    }
}

/// `localhost`, a loopback address, or the address the server is bound to (any IP address
/// when bound to all of them): never a DNS name an attacker controls.
pub(crate) fn host_allowed(host: &str, bind: IpAddr) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((name, port)) if port.is_empty() || port.starts_with(':') => name,
            _ => return false,
        },
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback() || ip == bind || bind.is_unspecified(),
        Err(_) => false,
    }
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = shared.events.subscribe();
    // A page that loaded just before a rebuild learns of it here, not never.
    let hello = Event::default()
        .event("hello")
        .data(shared.status().generation.to_string());
    let notices = stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(n) => {
                    let e = Event::default()
                        .event(n.kind)
                        .data(n.generation.to_string());
                    return Some((Ok(e), rx));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream::once(async move { Ok(hello) }).chain(notices)).keep_alive(KeepAlive::default())
}

/// Where a request path leads inside the output folder.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target {
    File(PathBuf),
    /// A folder asked for without the final slash: relative links need it.
    AddSlash,
    NotFound,
}

/// Resolves the raw (still percent-encoded) request path to a file inside `output`, which
/// must be canonical. Anything that would leave the folder, by `..`, an encoded separator,
/// an absolute path or a symbolic link, resolves to nothing; so do hidden files.
pub(crate) fn resolve(output: &Path, raw: &str) -> Target {
    let Some(rest) = raw.strip_prefix('/') else {
        return Target::NotFound;
    };
    let segments: Vec<&str> = rest.split('/').collect();
    let mut path = output.to_path_buf();
    for (n, seg) in segments.iter().enumerate() {
        let Some(name) = percent_decode(seg) else {
            return Target::NotFound;
        };
        if name.is_empty() {
            if n + 1 == segments.len() {
                break;
            }
            return Target::NotFound;
        }
        let bad = name.starts_with('.')
            || name.contains(['/', '\\', '\0', ':'])
            || name.chars().any(char::is_control);
        if bad {
            return Target::NotFound;
        }
        path.push(name);
    }
    let Ok(real) = path.canonicalize() else {
        return Target::NotFound;
    };
    if !real.starts_with(output) {
        return Target::NotFound;
    }
    if real.is_dir() {
        if !raw.ends_with('/') {
            return Target::AddSlash;
        }
        return match real.join("index.html").canonicalize() {
            Ok(index) if index.starts_with(output) && index.is_file() => Target::File(index),
            _ => Target::NotFound,
        };
    }
    if real.is_file() {
        Target::File(real)
    } else {
        Target::NotFound
    }
}

/// `%XX` decoding of one path segment; `None` for text that is not UTF-8. A `%` without two
/// hex digits after it stays as it is (no file has such a name, so it is not found).
fn percent_decode(s: &str) -> Option<String> {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// The media type of a file by its extension; text is UTF-8, as varsel writes it.
fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    if mime.type_() == mime_guess::mime::TEXT {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_owned()
    }
}

async fn page(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    let raw = uri.path();
    let status = shared.status();
    if raw.starts_with(mail::PREFIX) {
        return mail_preview(&shared, raw, uri.query(), &status).await;
    }
    match resolve(&shared.output, raw) {
        Target::File(path) => match tokio::fs::read(&path).await {
            Ok(bytes) => respond(StatusCode::OK, &path, bytes, &status),
            // Removed by a rebuild since it was found.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                not_found(&shared, raw, &status).await
            }
            // Out of file descriptors, say: the page exists, so "not found" would be a lie.
            Err(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "1")],
                "The preview server could not read this page just now; try again.\n",
            )
                .into_response(),
        },
        Target::AddSlash => {
            let mut to = format!("{raw}/");
            if let Some(q) = uri.query() {
                to.push('?');
                to.push_str(q);
            }
            (
                StatusCode::MOVED_PERMANENTLY,
                [(
                    header::LOCATION,
                    HeaderValue::from_str(&to).unwrap_or(HeaderValue::from_static("/")),
                )],
            )
                .into_response()
        }
        Target::NotFound => not_found(&shared, raw, &status).await,
    }
}

/// The preview of a message to the people affected, made on request (loading the site takes
/// a while on a large one: it is done off the server's threads).
async fn mail_preview(
    shared: &Shared,
    raw: &str,
    query: Option<&str>,
    status: &Status,
) -> Response {
    let (Some((root, drafts)), Some(request)) =
        (shared.site.clone(), mail::Request::parse(raw, query))
    else {
        return not_found(shared, raw, status).await;
    };
    let made = tokio::task::spawn_blocking(move || mail::page(&root, drafts, &request)).await;
    match made {
        Ok(Ok(html)) => respond(
            StatusCode::OK,
            Path::new("index.html"),
            html.into_bytes(),
            status,
        ),
        Ok(Err(why)) => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            why,
        )
            .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The site's not-found page in the language the URL is in, else in the default language.
async fn not_found(shared: &Shared, raw: &str, status: &Status) -> Response {
    let first = raw.trim_start_matches('/').split('/').next().unwrap_or("");
    let mut candidates = Vec::new();
    if status.languages.iter().any(|l| l == first) {
        candidates.push(shared.output.join(first).join("404.html"));
    }
    candidates.push(shared.output.join("404.html"));
    for path in candidates {
        if let Ok(bytes) = tokio::fs::read(&path).await {
            return respond(StatusCode::NOT_FOUND, &path, bytes, status);
        }
    }
    // No build has succeeded yet: a bare page that can still carry the problems.
    let bare = b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>\n";
    respond(
        StatusCode::NOT_FOUND,
        Path::new("404.html"),
        bare.to_vec(),
        status,
    )
}

fn respond(code: StatusCode, path: &Path, bytes: Vec<u8>, status: &Status) -> Response {
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        inject(bytes, status)
    } else {
        bytes
    };
    (
        code,
        [
            (header::CONTENT_TYPE, kind.as_str()),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// `s` escaped for HTML text, as the templates escape it.
fn escape(s: &str) -> String {
    let mut escaped = Vec::with_capacity(s.len());
    // Writing to a Vec cannot fail.
    let _ = tera::escape_html(s, &mut escaped);
    String::from_utf8_lossy(&escaped).into_owned()
}

/// Adds the live-reload script, and the problem overlay when the last rebuild failed, before
/// `</body>`. Only responses get these; the files on disk stay as a build writes them.
pub(crate) fn inject(html: Vec<u8>, status: &Status) -> Vec<u8> {
    let mut extra = String::new();
    if let Some(problems) = &status.problems {
        extra.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{OVERLAY_CSS}\">\n<div id=\"varsel-problems\" role=\"alert\">\
             <h2>The site has problems</h2><p>These pages are from the last build that worked. \
             Fix the file below; the page reloads by itself.</p><pre>{}</pre></div>\n",
            escape(problems)
        ));
    }
    if let Some(warnings) = &status.warnings {
        // A closed panel in a corner: the page stays readable and clickable under it.
        if status.problems.is_none() {
            extra.push_str(&format!(
                "<link rel=\"stylesheet\" href=\"{OVERLAY_CSS}\">\n"
            ));
        }
        let count = warnings
            .lines()
            .filter(|l| l.starts_with("warning["))
            .count();
        extra.push_str(&format!(
            "<details id=\"varsel-warnings\" role=\"status\"><summary>varsel check: {count} warning{} \
             about the writing</summary><pre>{}</pre></details>\n",
            if count == 1 { "" } else { "s" },
            escape(warnings)
        ));
    }
    extra.push_str(&format!(
        "<script src=\"{SCRIPT}\" data-generation=\"{}\"></script>\n",
        status.generation
    ));
    let at = find_last(&html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + extra.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(extra.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_percent_decoded_strictly() {
        assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("l%C3%B6senord").as_deref(), Some("lösenord"));
        // A sign is not a hex digit: `%+a` is not the byte 0x0a.
        assert_eq!(percent_decode("%+a").as_deref(), Some("%+a"));
        assert_eq!(percent_decode("%zz").as_deref(), Some("%zz"));
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn text_is_served_as_utf_8() {
        assert_eq!(
            content_type(Path::new("a.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("a.CSS")), "text/css; charset=utf-8");
        assert_eq!(content_type(Path::new("a.svg")), "image/svg+xml");
        assert_eq!(content_type(Path::new("a.woff2")), "font/woff2");
        assert_eq!(
            content_type(Path::new("README")),
            "application/octet-stream"
        );
    }

    #[test]
    fn host_names_other_than_this_machine_are_refused() {
        let lo: IpAddr = "127.0.0.1".parse().unwrap();
        for ok in [
            "localhost",
            "localhost:1111",
            "127.0.0.1:1111",
            "[::1]:1111",
        ] {
            assert!(host_allowed(ok, lo), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "192.168.1.5",
            "[::1",
            "",
            "localhost.evil.example",
        ] {
            assert!(!host_allowed(bad, lo), "{bad}");
        }
        let lan: IpAddr = "192.168.1.5".parse().unwrap();
        assert!(host_allowed("192.168.1.5:1111", lan));
        assert!(!host_allowed("evil.example", "0.0.0.0".parse().unwrap()));
    }

    #[test]
    fn script_goes_before_the_end_of_body() {
        let status = Status {
            generation: 7,
            problems: Some("error: <bad>".into()),
            warnings: None,
            languages: vec![],
        };
        let out = String::from_utf8(inject(b"<p>x</p></BODY></html>".to_vec(), &status)).unwrap();
        assert!(
            out.ends_with("data-generation=\"7\"></script>\n</BODY></html>"),
            "{out}"
        );
        assert!(out.contains("<pre>error: &lt;bad&gt;</pre>"), "{out}");
    }
}
