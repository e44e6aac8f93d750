//! `varsel serve`: the preview server rebuilds on edits, tells open pages to reload, shows
//! problems over the last good pages, and serves nothing outside its preview folder.

use crate::support::{Fixture, Server, alias_bomb};

const SV: &str = "content/acme-webshop-2024/sv.md";
const FACTS: &str = "content/acme-webshop-2024/incident.yaml";
const SV_PAGE: &str = "/sv/acme-webshop-2024/";

#[test]
fn an_edit_reloads_a_broken_edit_shows_the_problem_and_a_fix_clears_it() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let first = server.get(SV_PAGE);
    assert_eq!(first.status, 200);
    assert!(first.body.contains("Byt lösenord."), "{}", first.body);
    let scripts = first.page().attrs("script", "src");
    assert_eq!(scripts, ["/__varsel/live.js"]);
    // The script is added on the way out; the built file does not have it.
    let on_disk =
        std::fs::read_to_string(server.output.join("sv/acme-webshop-2024/index.html")).unwrap();
    assert!(!on_disk.contains("/__varsel/"), "{on_disk}");
    assert!(!f.exists("public"), "a preview must not write public/");

    let mut events = server.events();
    events.next("hello");
    f.edit(SV, "Byt lösenord.", "Byt lösenord genast.");
    events.next("reload");
    let page = server.get(SV_PAGE).page();
    assert!(
        page.texts("main p")
            .iter()
            .any(|t| t == "Byt lösenord genast."),
        "{:?}",
        page.texts("main p")
    );
    assert_eq!(page.count("#varsel-problems"), 0);

    f.edit(FACTS, "status: contained", "status: [contained");
    events.next("problems");
    for path in [SV_PAGE, "/en/", "/nl/acme-webshop-2024/"] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}: the last good page is still served");
        let overlay = r.page().text("#varsel-problems");
        assert!(
            overlay.contains("content/acme-webshop-2024/incident.yaml:7:9"),
            "{path}: {overlay}"
        );
    }
    assert!(server.get(SV_PAGE).body.contains("Byt lösenord genast."));

    f.edit(FACTS, "status: [contained", "status: contained");
    events.next("reload");
    let r = server.get(SV_PAGE);
    assert_eq!(r.page().count("#varsel-problems"), 0, "{}", r.body);
    let output = server.output.clone();
    assert_eq!(server.stop(), 0, "Ctrl-C is a clean stop");
    assert!(!output.exists(), "the preview folder is removed on stop");
}

#[test]
fn requests_outside_the_preview_folder_get_not_found() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    // Links out of the preview folder, which a request must not be able to follow.
    std::os::unix::fs::symlink(f.path(), server.output.join("site")).unwrap();
    std::os::unix::fs::symlink(
        f.path().join("varsel.toml"),
        server.output.join("config.html"),
    )
    .unwrap();
    for target in [
        "/../varsel.toml",
        "/../../../../etc/passwd",
        "/sv/../../varsel.toml",
        "/%2e%2e/varsel.toml",
        "/%2E%2E%2Fvarsel.toml",
        "/sv/..%2f..%2fvarsel.toml",
        "/..%5cvarsel.toml",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/etc/passwd",
        "/site/varsel.toml",
        "/site/content/acme-webshop-2024/sv.md",
        "/config.html",
        "/.varsel-output",
        "/sv/%00",
        "/%zz",
    ] {
        let r = server.get(target);
        assert_eq!(r.status, 404, "{target}: {}", r.body);
        assert!(!r.body.contains("default_language"), "{target}");
    }
    // The not-found page is the site's, in the language of the address.
    let sv = server.get("/sv/no-such-notice/");
    assert_eq!(sv.status, 404);
    assert_eq!(sv.page().attr("html", "lang"), "sv");
    assert_eq!(
        server.get("/nothing-here").page().attr("html", "lang"),
        "en"
    );
}

#[test]
fn files_are_served_with_their_types_and_folders_with_their_index() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let css = server.get("/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(
        css.header("content-type").unwrap(),
        "text/css; charset=utf-8"
    );
    assert!(!css.body.contains("__varsel"));
    let root = server.get("/");
    assert_eq!(
        root.header("content-type").unwrap(),
        "text/html; charset=utf-8"
    );
    assert!(root.page().count("html") == 1);
    let folder = server.get("/nb/acme-webshop-2024");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location").unwrap(), "/nb/acme-webshop-2024/");
    assert_eq!(
        server
            .get("/nb/acme-webshop-2024/")
            .page()
            .attr("html", "lang"),
        "nb"
    );
    let sse = server.get("/__varsel/live.js");
    assert!(
        sse.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
}

#[test]
fn only_this_machines_host_names_are_answered() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let port = server.addr.port();
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "localhost.evil.example",
    ] {
        let r = server.get_as("/", host);
        assert_eq!(r.status, 421, "{host}");
        assert!(!r.body.contains("<html"), "{host}");
    }
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        assert_eq!(server.get_as("/", &host).status, 200, "{host}");
    }
    assert!(server.addr.ip().is_loopback(), "loopback unless asked");
}

#[test]
fn drafts_are_previewed_only_when_asked_and_then_marked() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "status: contained", "status: contained\ndraft: true");
    let plain = Server::start(&f, &[]);
    assert_eq!(plain.get(SV_PAGE).status, 404);
    assert_eq!(
        plain
            .get("/sv/")
            .page()
            .count("main a[href='acme-webshop-2024/']"),
        0
    );
    drop(plain);
    let drafts = Server::start(&f, &["--drafts"]);
    let page = drafts.get(SV_PAGE).page();
    assert_eq!(page.count(".banner-unpublished"), 1);
    let index = drafts.get("/sv/").page();
    assert_eq!(index.count("main a[href='acme-webshop-2024/']"), 1);
}

#[test]
fn new_and_deleted_incidents_and_theme_files_are_picked_up() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let mut events = server.events();
    events.next("hello");

    // An incident appears by a rename of a finished folder, as a file manager would do it.
    let staged = f.path().join("incoming");
    crate::support::copy_dir(&f.path().join("content/acme-webshop-2024"), &staged);
    std::fs::rename(&staged, f.path().join("content/acme-second-2024")).unwrap();
    events.next("reload");
    assert_eq!(server.get("/nl/acme-second-2024/").status, 200);
    let index = server.get("/nl/").page();
    assert_eq!(index.count("a[href='acme-second-2024/']"), 1);

    std::fs::remove_dir_all(f.path().join("content/acme-second-2024")).unwrap();
    events.next("reload");
    assert_eq!(server.get("/nl/acme-second-2024/").status, 404);
    assert_eq!(
        server
            .get("/nl/")
            .page()
            .count("a[href='acme-second-2024/']"),
        0
    );

    f.write("themes/default/static/extra.css", "main { color: teal }\n");
    events.next("reload");
    let css = server.get("/extra.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.body, "main { color: teal }\n");

    // The configuration affects every page.
    f.edit(
        "varsel.toml",
        "title = \"Säkerhetsmeddelanden\"",
        "title = \"Säkerhetsnytt\"",
    );
    events.next("reload");
    assert_eq!(
        server.get(SV_PAGE).page().text("a.site-title"),
        "Säkerhetsnytt"
    );
}

#[test]
fn a_new_locale_folder_rebuilds_every_page() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let mut events = server.events();
    events.next("hello");
    let builtin =
        std::fs::read_to_string(format!("{}/locales/sv/ui.ftl", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let changed = builtin.replace(
        "back-to-notices = Alla meddelanden",
        "back-to-notices = Alla våra meddelanden",
    );
    assert_ne!(changed, builtin);
    // locales/ does not exist yet: the folder is created, then watched.
    f.write("locales/sv/ui.ftl", &changed);
    let footer = |s: &Server| s.get(SV_PAGE).page().text("footer a");
    for _ in 0..3 {
        events.next("reload");
        if footer(&server) == "Alla våra meddelanden" {
            break;
        }
    }
    assert_eq!(footer(&server), "Alla våra meddelanden");
    assert_eq!(
        server.get("/en/acme-webshop-2024/").page().text("footer a"),
        "All notices"
    );
}

#[test]
fn a_site_that_does_not_build_at_start_is_served_once_fixed() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "status: contained", "status: [contained");
    let server = Server::start(&f, &[]);
    let r = server.get(SV_PAGE);
    assert_eq!(r.status, 404);
    let overlay = r.page().text("#varsel-problems");
    assert!(overlay.contains("incident.yaml:7:9"), "{overlay}");
    let mut events = server.events();
    events.next("hello");
    f.edit(FACTS, "status: [contained", "status: contained");
    events.next("reload");
    let r = server.get(SV_PAGE);
    assert_eq!(r.status, 200);
    assert_eq!(r.page().count("#varsel-problems"), 0);
}

#[test]
fn preview_folders_of_killed_servers_are_removed_and_those_of_running_ones_kept() {
    let f = Fixture::new("basic");
    // Two earlier servers' preview folders: one killed (its lock file left, nobody holding
    // it), one still running (holding its lock).
    let tmp = tempfile::tempdir().unwrap();
    let folder = |what: &str| {
        let dir = tmp.path().join(format!("varsel-serve-{what}"));
        std::fs::create_dir_all(dir.join("site")).unwrap();
        let lock = std::fs::File::create(dir.join("lock"));
        (dir, lock.unwrap())
    };
    let (killed, _) = folder("killed");
    let (running, lock) = folder("running");
    lock.lock().unwrap();

    let mut cmd = crate::support::varsel();
    cmd.arg("-C")
        .arg(f.path())
        .args(["serve", "--port", "0"])
        .env("TMPDIR", tmp.path());
    let server = Server::spawn(&mut cmd);
    assert!(!killed.exists(), "the killed server's preview is removed");
    assert!(running.exists(), "a running server's preview is kept");
    drop(server);
    drop(lock);
}

#[test]
fn warnings_about_the_writing_are_shown_beside_the_page_without_blocking_it() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let mut events = server.events();
    events.next("hello");
    assert_eq!(server.get(SV_PAGE).page().count("#varsel-warnings"), 0);

    // Jargon, and a number in the Swedish source that the translations lack.
    f.edit(
        SV,
        "Byt lösenord.",
        "Byt lösenord. Se upp för nätfiske inom 72 timmar.",
    );
    events.next("reload");
    for path in [SV_PAGE, "/en/"] {
        let page = server.get(path).page();
        assert_eq!(
            page.count("#varsel-problems"),
            0,
            "{path}: the page is not blocked"
        );
        let panel = page.text("#varsel-warnings");
        assert!(
            panel.contains("varsel check: 4 warnings about the writing"),
            "{path}: {panel}"
        );
        assert!(
            panel.contains("warning[jargon]: `nätfiske` is a word many readers do not know"),
            "{panel}"
        );
        assert!(
            panel.contains("content/acme-webshop-2024/sv.md:22:"),
            "{panel}"
        );
        assert!(panel.contains("warning[translation-mismatch]"), "{panel}");
    }
    assert!(server.get(SV_PAGE).body.contains("Se upp för nätfiske"));

    f.edit(
        SV,
        "Byt lösenord. Se upp för nätfiske inom 72 timmar.",
        "Byt lösenord.",
    );
    events.next("reload");
    assert_eq!(server.get(SV_PAGE).page().count("#varsel-warnings"), 0);
}

#[test]
fn each_message_is_previewed_with_its_text_and_html_side_by_side() {
    let f = Fixture::new("basic");
    let server = Server::start(&f, &[]);
    let r = server.get("/_mail/sv/acme-webshop-2024/");
    assert_eq!(r.status, 200, "{}", r.body);
    let p = r.page();
    assert_eq!(
        p.text("h1.subject"),
        "Viktig information: dina personuppgifter berörs av en personuppgiftsincident hos Acme Handel AB"
    );
    let text = p.text(".text pre");
    assert!(text.starts_with("Intrång i Acmes webbutik"), "{text}");
    assert!(text.contains("VAD HAR HÄNT MED MINA UPPGIFTER?"), "{text}");
    let html = scraper::Html::parse_document(&p.attr(".html iframe", "srcdoc"));
    let h1 = scraper::Selector::parse("h1").unwrap();
    assert_eq!(
        html.select(&h1).next().unwrap().text().collect::<String>(),
        "Intrång i Acmes webbutik"
    );
    assert_eq!(p.attr(".html iframe", "sandbox"), "allow-same-origin");
    // The link-free variant and an update, and an edit shows at once.
    let free = server.get("/_mail/en/acme-webshop-2024/?links=no").page();
    assert!(
        free.text(".text pre")
            .contains("type notices.example.com/security")
    );
    let update = server.get("/_mail/en/acme-webshop-2024/?update=1").page();
    assert!(update.text("h1.subject").starts_with("Update:"));
    f.edit(
        "content/acme-webshop-2024/en.md",
        "title: Intrusion",
        "subject: Read this\ntitle: Intrusion",
    );
    let edited = server.get("/_mail/en/acme-webshop-2024/").page();
    assert_eq!(edited.text("h1.subject"), "Read this");
    for missing in [
        "/_mail/en/nosuch/",
        "/_mail/de/acme-webshop-2024/",
        "/_mail/en/",
    ] {
        assert_eq!(server.get(missing).status, 404, "{missing}");
    }
}

#[test]
fn an_alias_bomb_saved_while_previewing_shows_in_the_overlay_and_the_server_goes_on() {
    let f = Fixture::new("basic");
    let mut server = Server::start(&f, &[]);
    let mut events = server.events();
    events.next("hello");
    // One large text anchored once and repeated by aliases: expanded, many times the file.
    f.write(FACTS, &alias_bomb(&f.read(FACTS)));
    events.next("problems");
    let r = server.get(SV_PAGE);
    assert_eq!(r.status, 200, "the last good page is still served");
    let overlay = r.page().text("#varsel-problems");
    assert!(overlay.contains("yaml-too-large"), "{overlay}");
    assert!(
        overlay.contains("content/acme-webshop-2024/incident.yaml:34:7"),
        "{overlay}"
    );
    assert!(server.running(), "the server survived the file");
    f.write(FACTS, &Fixture::new("basic").read(FACTS));
    events.next("reload");
    assert_eq!(server.get(SV_PAGE).page().count("#varsel-problems"), 0);
}
