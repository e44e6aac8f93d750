//! The preview server under pressure: many connections at once while it rebuilds, a burst of
//! saves that must end in the same site a fresh start would build, and the open-file limit
//! that many connections need.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::{Fixture, Server, copy_dir};

const SLUG: &str = "acme-webshop-2024";
const SV: &str = "content/acme-webshop-2024/sv.md";
const SV_PAGE: &str = "/sv/acme-webshop-2024/";

/// The Swedish prose with title and advice numbered `n`.
fn sv_text(original: &str, n: usize) -> String {
    let text = original
        .replace(
            "title: Intrång i Acmes webbutik",
            &format!("title: Intrång nummer {n}"),
        )
        .replace("Byt lösenord.", &format!("Byt lösenord {n}."));
    assert_ne!(text, original);
    text
}

/// Every file under `dir`, by path relative to it.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn a_hundred_saves_in_a_second_end_in_the_site_a_fresh_start_builds() {
    let f = Fixture::new("basic");
    let mut server = Server::start(&f, &[]);
    let mut events = server.events();
    events.next("hello");
    let original = f.read(SV);

    // As an editor saves: the file is truncated, then written, so a rebuild can find it
    // empty or half-written.
    let started = Instant::now();
    for n in 0..100 {
        std::fs::write(f.path().join(SV), sv_text(&original, n)).unwrap();
        std::thread::sleep(Duration::from_millis(9));
    }
    let writing = started.elapsed();
    assert!(writing < Duration::from_secs(3), "{writing:?}");

    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = server.get(SV_PAGE);
        if r.status == 200 && r.body.contains("Byt lösenord 99.") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "never served the last save: {}",
            r.body
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let rebuilds = events.until_quiet(Duration::from_millis(1500));
    assert!(server.running(), "the server survived the burst");
    assert_eq!(
        rebuilds.last().map(String::as_str),
        Some("reload"),
        "{rebuilds:?}"
    );
    assert!(
        rebuilds.len() <= 10,
        "{} rebuilds for 100 saves: {rebuilds:?}",
        rebuilds.len()
    );

    let page = server.get(SV_PAGE).page();
    assert_eq!(page.count("#varsel-problems"), 0);
    assert_eq!(page.text("h1"), "Intrång nummer 99");
    let index = server.get("/sv/").page();
    assert_eq!(index.count("#varsel-problems"), 0);
    assert!(
        index
            .texts(&format!("main a[href='{SLUG}/']"))
            .iter()
            .any(|t| t.contains("Intrång nummer 99")),
        "{:?}",
        index.texts("main a")
    );
    for lang in ["en", "nb", "nl"] {
        let r = server.get(&format!("/{lang}/{SLUG}/"));
        assert_eq!(r.status, 200, "{lang}");
        assert_eq!(r.page().count("#varsel-problems"), 0, "{lang}");
    }

    // The same sources served afresh: the preview folder must hold exactly the same files.
    let fresh = Server::start(&f, &[]);
    let (got, want) = (files(&server.output), files(&fresh.output));
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &want {
        assert_eq!(
            String::from_utf8_lossy(&got[path]),
            String::from_utf8_lossy(bytes),
            "{} differs from a fresh build",
            path.display()
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn the_server_raises_its_open_file_limit_for_many_connections() {
    let f = Fixture::new("basic");
    let server = Server::start_with_open_file_limit(&f, &[], 256);
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", server.pid())).unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap();
    let numbers: Vec<&str> = line.split_whitespace().skip(3).take(2).collect();
    assert_eq!(numbers.len(), 2, "{line}");
    assert_eq!(
        numbers[0], numbers[1],
        "soft limit raised to the hard one: {line}"
    );
    assert_ne!(numbers[0], "256", "{line}");
}

/// The hard limit on open files of processes started from here.
fn hard_open_file_limit() -> u64 {
    let out = std::process::Command::new("sh")
        .args(["-c", "ulimit -H -n"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim().parse().unwrap_or(u64::MAX)
}

/// The figures of wrk's report that matter here.
#[derive(Debug, Default)]
struct WrkReport {
    requests: u64,
    per_second: f64,
    socket_errors: Option<String>,
    bad_responses: u64,
}

fn parse_wrk(out: &str) -> WrkReport {
    let mut r = WrkReport::default();
    for line in out.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("Requests/sec:") {
            r.per_second = rest.trim().parse().unwrap();
        } else if let Some(rest) = line.strip_prefix("Socket errors:") {
            r.socket_errors = Some(rest.trim().to_owned());
        } else if let Some(rest) = line.strip_prefix("Non-2xx or 3xx responses:") {
            r.bad_responses = rest.trim().parse().unwrap();
        } else if line.contains(" requests in ") {
            r.requests = line.split_whitespace().next().unwrap().parse().unwrap();
        }
    }
    r
}

#[test]
#[ignore = "needs wrk"]
fn a_thousand_connections_are_served_without_error_while_the_site_rebuilds() {
    let f = Fixture::new("basic");
    // A site of a hundred and one notices, so that a full rebuild takes a while.
    let from = f.path().join("content").join(SLUG);
    for n in 0..100 {
        copy_dir(&from, &f.path().join(format!("content/acme-copy-{n:03}")));
    }
    // Fewer open files than wrk opens connections (many systems allow 1,024), unless the
    // server asks for more: it must.
    let hard = hard_open_file_limit();
    assert!(
        hard >= 4096,
        "the hard open-file limit {hard} is too low for this test"
    );
    let mut server = Server::start_with_open_file_limit(&f, &[], 512);
    let target = "/en/acme-webshop-2024/";
    assert_eq!(server.get(target).status, 200);
    let mut events = server.events();
    events.next("hello");

    let builtin =
        std::fs::read_to_string(format!("{}/locales/en/ui.ftl", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    assert!(builtin.contains("back-to-notices = All notices"));
    let en = f.read("content/acme-webshop-2024/en.md");
    assert!(en.contains("Change your password."), "{en}");

    let wrk = std::process::Command::new("sh")
        .arg("-c")
        // wrk needs a descriptor per connection too.
        .arg("ulimit -S -n $(ulimit -H -n) && exec wrk -t2 -c1000 -d5s --timeout 5s --latency \"$0\"")
        .arg(server.url(target))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("wrk");
    // During the load: edits of one notice (its pages and the indexes are rebuilt) and of a
    // language's strings (every page is rebuilt).
    std::thread::sleep(Duration::from_millis(500));
    let mut last = String::new();
    for n in 1..=6 {
        if n % 2 == 1 {
            last = format!("Change your password now ({n}).");
            f.write(
                "content/acme-webshop-2024/en.md",
                &en.replace("Change your password.", &last),
            );
        } else {
            f.write(
                "locales/en/ui.ftl",
                &builtin.replace(
                    "back-to-notices = All notices",
                    &format!("back-to-notices = Every notice ({n})"),
                ),
            );
        }
        std::thread::sleep(Duration::from_millis(600));
    }
    let out = wrk.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{text}");
    let report = parse_wrk(&text);
    assert!(report.requests > 1000, "{text}");
    assert_eq!(report.socket_errors, None, "{text}");
    assert_eq!(report.bad_responses, 0, "{text}");
    assert!(server.running(), "the server survived the load");

    // The rebuilds happened meanwhile, and the page ends as the last edits left it.
    let seen = events.until_quiet(Duration::from_millis(1500));
    let reloads = seen.iter().filter(|e| *e == "reload").count();
    assert!(reloads >= 2, "{seen:?}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let page = server.get(target).page();
        let footer = page.text("footer a");
        if page.texts("main p").contains(&last) && footer == "Every notice (6)" {
            assert_eq!(page.count("#varsel-problems"), 0);
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not the last edits: {footer} {:?}",
            page.texts("main p")
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
