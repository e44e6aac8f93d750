//! `varsel serve`: the preview server. Builds the site into a preview folder of its own, serves
//! it on this machine, rebuilds what an edit affects and makes open pages reload. The build
//! pipeline is used as a library with the options a preview needs; it knows nothing of this.
//!
//! The preview is built into a private folder of the system's temporary folder: a random name
//! (`varsel-serve-XXXXXX`), created exclusively (mkdtemp) with mode 0700, so that another user
//! of the machine can neither plant pages in it beforehand nor read a draft's preview. It is
//! removed when the server stops: `public/` is never touched by a preview.

pub(crate) mod mail;
pub(crate) mod preview;
pub(crate) mod server;
pub(crate) mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context as _, bail};
use tokio::runtime::Runtime;

use crate::build::BuildOptions;
use crate::config::CONFIG_FILE;
use crate::folder_lock::{self, OwnerLock};
use preview::Preview;
use server::{Shared, Status};
use watch::Watch;

/// What `varsel serve` was asked for.
#[derive(Debug, Clone)]
pub(crate) struct ServeOptions {
    pub(crate) port: u16,
    pub(crate) bind: IpAddr,
    /// Open the site in the default browser once it is served.
    pub(crate) open: bool,
    /// Include drafts and notices scheduled for later, with their banner.
    pub(crate) drafts: bool,
}

const PREFIX: &str = "varsel-serve-";

/// The lock file inside a preview folder, held while its server runs (see [`folder_lock`]).
const LOCK: &str = "lock";

/// Creates this server's private preview folder (see the module's header) and takes its lock.
fn private_folder() -> anyhow::Result<(tempfile::TempDir, OwnerLock)> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(PREFIX);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let dir = builder
        .tempdir()
        .context("cannot create a private preview folder in the temporary folder")?;
    let lock = OwnerLock::acquire(&dir.path().join(LOCK))
        .context("cannot create a lock file in the preview folder")?;
    Ok((dir, lock))
}

/// Removes preview folders of servers that were killed rather than stopped: only real
/// folders (not links) owned by the user who owns `ours`, with a lock file nobody holds any
/// more. Anything another user put in the temporary folder is left alone.
fn remove_stale_previews(ours: &Path) {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let mine = e.file_name().to_string_lossy().starts_with(PREFIX)
            && path != ours
            && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir() && same_owner(&m, ours));
        // A folder without its lock file is being made just now, or is not a preview's.
        let lock = path.join(LOCK);
        if !mine || !lock.is_file() {
            continue;
        }
        if let Some(_abandoned) = folder_lock::take_if_abandoned(&lock) {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

#[cfg(unix)]
fn same_owner(m: &std::fs::Metadata, ours: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(ours).is_ok_and(|o| o.uid() == m.uid())
}

#[cfg(not(unix))]
fn same_owner(_: &std::fs::Metadata, _: &Path) -> bool {
    true
}

/// Builds, serves and watches the site at `root` until interrupted.
pub(crate) fn serve(given: &Path, options: &ServeOptions) -> anyhow::Result<()> {
    let root = given
        .canonicalize()
        .with_context(|| format!("cannot open the site folder {}", given.display()))?;
    if !root.join(CONFIG_FILE).is_file() {
        bail!(
            "{} has no {CONFIG_FILE}: run `varsel serve` in a site folder, or create one with `varsel init`",
            root.display()
        );
    }
    let (private, lock) = private_folder()?;
    remove_stale_previews(private.path());
    let build = preview_build(given, options, private.path());
    // Problems then name files as the user names them (`content/...`), not by absolute path.
    let mut preview = Preview::new(given, build);
    let started = Instant::now();
    let outcome = preview.rebuild_all();
    report(&preview, &outcome, started);
    std::fs::create_dir_all(preview.output())
        .with_context(|| format!("cannot create {}", preview.output().display()))?;
    let output = preview.output().canonicalize()?;

    raise_open_file_limit();
    let (runtime, listener) = start_runtime(SocketAddr::new(options.bind, options.port))?;
    let url = url_of(listener.local_addr()?);

    let shared = Arc::new(
        Shared::new(output.clone(), options.bind, first_status(&preview))
            .with_site(root.clone(), options.drafts),
    );
    let watch = Watch::start(&root).context("cannot watch the site's files for changes")?;
    {
        let shared = shared.clone();
        std::thread::spawn(move || watch_loop(watch, preview, &shared));
    }

    announce(&root, &url, &output, options);

    let result = runtime.block_on(async move {
        let app = server::router(shared);
        tokio::select! {
            r = axum::serve(listener, app) => r.context("the server stopped"),
            () = stopped() => Ok(()),
        }
    });
    // Open event streams never end by themselves; do not wait for them.
    runtime.shutdown_background();
    // The folder is this process's own: nobody else can have put anything in it. Its lock
    // goes last, so no other server takes the folder for a dead one's meanwhile.
    let _ = private.close();
    drop(lock);
    sayln!("Stopped.");
    result
}

/// How the preview builds the site at `given` into `private`, the server's own folder.
fn preview_build(given: &Path, options: &ServeOptions, private: &Path) -> BuildOptions {
    let mut build = BuildOptions::new(given);
    build.output = private.join("site");
    build.drafts = options.drafts;
    // A site being started has no notice yet; the preview shows its empty indexes.
    build.allow_empty = true;
    // The pages' security policy then allows the reload script the server adds.
    build.render.live_reload = true;
    build
}

/// The server's runtime, and its socket listening on `addr`.
fn start_runtime(addr: SocketAddr) -> anyhow::Result<(Runtime, tokio::net::TcpListener)> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = {
        let _in_runtime = runtime.enter();
        listen(addr)
    }
    .with_context(|| {
        format!("cannot listen on {addr} (is another server using it? choose another --port)")
    })?;
    Ok((runtime, listener))
}

/// What the first build of `preview` found, for the pages' overlay.
fn first_status(preview: &Preview) -> Status {
    Status {
        generation: 0,
        problems: preview.problems().map(|d| d.to_human()),
        warnings: preview.warnings().map(|d| d.to_human()),
        languages: preview.languages(),
    }
}

/// The address to open in a browser for a server listening on `addr`.
fn url_of(addr: SocketAddr) -> String {
    match addr.ip() {
        ip if ip.is_unspecified() => format!("http://localhost:{}/", addr.port()),
        _ => format!("http://{addr}/"),
    }
}

/// Says where the preview is served from and to whom, and opens it if asked to.
fn announce(root: &Path, url: &str, output: &Path, options: &ServeOptions) {
    sayln!("Serving {} at {url}", root.display());
    sayln!(
        "Preview files in {} (public/ is not touched).",
        output.display()
    );
    if !options.bind.is_loopback() {
        sayln!(
            "Listening on {}: other machines on the network can see the preview.",
            options.bind
        );
    }
    sayln!("Press Ctrl-C to stop.");
    if options.open {
        open_browser(url);
    }
}

/// Connections the system holds for the server before it accepts them. The usual 128 is
/// too few when a thousand connect at once: the rest are dropped and retried a second later.
const BACKLOG: u32 = 1024;

/// Listens on `addr` (inside the runtime, which must be entered).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // As the standard library does: a restarted server can take its port back at once.
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// Every open connection is a file descriptor, and many systems allow a process only 1,024
/// unless it asks for more: a page with many assets opened in several tabs, or a load test,
/// would then find the server refusing connections. The hard limit is what may be asked for
/// without privileges.
fn raise_open_file_limit() {
    // Not fatal: the server then works as before, with fewer connections at once. (rlimit
    // also keeps to macOS's OPEN_MAX, whatever the hard limit says.)
    #[cfg(unix)]
    let _ = rlimit::increase_nofile_limit(u64::MAX);
}

/// Ctrl-C, or a polite request to stop from the system.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

fn watch_loop(mut watch: Watch, mut preview: Preview, shared: &Shared) {
    while let Some(changes) = watch.next_changes() {
        if changes.is_empty() {
            continue;
        }
        // Folders may have been created or deleted, or a whole folder moved in.
        watch.refresh();
        let started = Instant::now();
        let had_problems = preview.problems().is_some();
        let outcome = preview.apply(&changes);
        let languages = preview.languages();
        shared.publish(
            preview.problems().map(|d| d.to_human()),
            preview.warnings().map(|d| d.to_human()),
            languages,
        );
        report(&preview, &outcome, started);
        if outcome.ok && had_problems {
            sayln!("The site builds again.");
        }
    }
}

fn report(preview: &Preview, outcome: &preview::Outcome, started: Instant) {
    let ms = started.elapsed().as_millis();
    match preview.problems() {
        None => sayln!("Built {} in {ms} ms.", outcome.what),
        Some(d) => {
            tell!("{}", d.to_human());
            tellln!(
                "Rebuilding {} found problems; still serving the last good pages.",
                outcome.what
            );
        }
    }
}

fn open_browser(url: &str) {
    if opener::open_browser(url).is_err() {
        tellln!("Could not open a browser; open {url} yourself.");
    }
}
