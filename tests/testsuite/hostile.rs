//! Hostile input and a hostile machine: what a file or another local user could make varsel
//! do, each case reproduced here, and each bounded or refused.

use std::fs;

use crate::support::{Fixture, Server, varsel};

#[test]
#[cfg(unix)]
fn the_preview_folder_is_private_and_never_adopted() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    // A folder with a preview folder's name, of a server that no longer runs, that another
    // user made (or planted): it is not this user's to clean up.
    let planted = tmp.path().join("varsel-serve-4000000");
    fs::create_dir(&planted).unwrap();
    fs::write(planted.join(".varsel-output"), "").unwrap();
    fs::write(planted.join("lock"), "").unwrap();
    let other_user = std::os::unix::fs::chown(&planted, Some(65534), Some(65534)).is_ok();

    let f = Fixture::new("basic");
    let mut cmd = varsel();
    cmd.arg("-C")
        .arg(f.path())
        .args(["serve", "--port", "0", "--drafts"])
        .env("TMPDIR", tmp.path());
    let server = Server::spawn(&mut cmd);
    let folder = server.output.parent().unwrap().to_path_buf();
    assert_eq!(folder.parent(), Some(tmp.path()), "{}", folder.display());
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("varsel-serve-"), "{name}");
    assert_ne!(
        name,
        format!("varsel-serve-{}", server.pid()),
        "a name another user can guess"
    );
    let mode = fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "{mode:o}");
    assert_eq!(server.get("/sv/acme-webshop-2024/").status, 200);
    if other_user {
        assert!(planted.exists(), "another user's folder was removed");
    }
    assert_eq!(server.stop(), 0);
    assert!(!folder.exists(), "the preview folder is removed on stop");
    if other_user {
        assert!(planted.join("lock").exists());
    }
}

#[test]
fn no_output_folder_inside_the_sources_existing_or_not() {
    let f = Fixture::new("basic");
    for out in [
        "content/new-slug",
        "content/acme-webshop-2024/out",
        "content",
        "themes/default",
        "themes",
        "locales",
        "locales/../content/x",
    ] {
        let target = f.path().join(out);
        let existed = target.exists();
        let run = f
            .run(&["build", "--output", target.to_str().unwrap()])
            .fails_with(1);
        assert!(
            run.stderr().contains("error[unsafe-output]"),
            "{out}: {}",
            run.stderr()
        );
        assert_eq!(target.exists(), existed, "{out} was written");
    }
    assert!(!f.exists("themes") && !f.exists("locales"));
    // The same, given relative to the folder varsel runs in.
    let run = varsel()
        .current_dir(f.path())
        .args(["build", "--output", "locales/en"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(!f.exists("locales"));
}

/// Runs varsel on `f` with its standard output (and error, if `both`) a pipe whose reading
/// end is already closed, as `varsel … | head -1` leaves it; returns the exit code and stderr.
fn into_closed_pipe(f: &Fixture, args: &[&str], both: bool) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut cmd = varsel();
    cmd.arg("-C").arg(f.path()).args(args).env("NO_COLOR", "1");
    if both {
        cmd.stderr(writer.try_clone().unwrap());
    } else {
        cmd.stderr(std::process::Stdio::piped());
    }
    let out = cmd.stdout(writer).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_the_output_not_the_command() {
    let f = Fixture::new("basic");
    for (args, code) in [
        (&["build"][..], 0),
        (&["check", "--format", "json"][..], 0),
        (&["check"][..], 0),
    ] {
        let (status, err) = into_closed_pipe(&f, args, false);
        assert_eq!(status, Some(code), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    assert!(f.exists("public/index.html"), "the build itself was done");
    // A site with problems still says so by its exit code when nothing can be printed.
    f.edit(
        "content/acme-webshop-2024/incident.yaml",
        "status: contained",
        "status: [contained",
    );
    for args in [&["build"][..], &["check", "--format", "json"][..]] {
        assert_eq!(into_closed_pipe(&f, args, true).0, Some(1), "{args:?}");
    }
}

#[test]
fn a_build_without_notices_is_refused_unless_asked_for() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let published = f.read("public/en/index.html");
    // A content/ folder gone missing, then one left empty.
    fs::rename(f.path().join("content"), f.path().join("moved")).unwrap();
    for _ in 0..2 {
        let run = f.run(&["build"]).fails_with(1);
        let err = run.stderr();
        assert!(err.contains("error[no-notices]"), "{err}");
        assert!(err.contains("--allow-empty"), "{err}");
        assert_eq!(
            f.read("public/en/index.html"),
            published,
            "the site was replaced"
        );
        fs::create_dir_all(f.path().join("content")).unwrap();
    }
    f.run(&["build", "--allow-empty"]).ok();
    assert!(!f.exists("public/en/acme-webshop-2024"));
}

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";
const EN: &str = "content/acme-webshop-2024/en.md";

/// Every file under `public/` and `mail/`, with its bytes.
fn outputs(f: &Fixture) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    walkdir::WalkDir::new(f.path().join("public"))
        .into_iter()
        .chain(walkdir::WalkDir::new(f.path().join("mail")))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn control_characters_are_refused_in_facts_and_dropped_from_prose() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "name: Acme Handel AB",
        "name: \"Acme\\e[2J Handel\\0 AB\"",
    );
    let run = f.run(&["build"]).fails_with(1);
    let err = run.stderr();
    assert!(err.contains("error[control-character]"), "{err}");
    assert!(err.contains("incident.yaml:2:9"), "{err}");
    assert!(!err.contains('\u{1b}'), "{err}");

    let f = Fixture::new("basic");
    let prose = f.read(EN);
    f.write(
        EN,
        &prose.replacen(
            "Someone broke into the web shop's",
            "Some\u{0}one\u{1b}[31m \u{8}broke\u{c} `in\u{7}to` <b>x\u{1}</b> the web shop's",
            1,
        ),
    );
    f.run(&["build"]).ok();
    f.run(&["mail"]).ok();
    for (path, bytes) in outputs(&f) {
        let text = String::from_utf8_lossy(&bytes);
        let bad = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
        assert_eq!(bad, None, "{}", path.display());
        if path.extension().is_some_and(|e| e == "xml") {
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
    assert!(
        f.read("public/en/acme-webshop-2024/index.html")
            .contains("Someone[31m broke")
    );
}

#[test]
fn deeply_nested_prose_renders_in_bounded_size() {
    let f = Fixture::new("basic");
    let prose = f.read(EN);
    let deep = format!("{}x\n", "- ".repeat(20_000));
    f.write(
        EN,
        &prose.replacen(
            "Someone broke into the web shop's",
            &format!("{deep}\nSomeone broke into the web shop's"),
            1,
        ),
    );
    let started = std::time::Instant::now();
    f.run(&["build"]).ok();
    f.run(&["mail"]).ok();
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    let all = outputs(&f);
    assert!(
        all.iter()
            .any(|(p, _)| p.starts_with(f.path().join("mail")))
    );
    for (path, bytes) in all {
        // 40 KB of prose may not become megabytes in any rendition.
        let len = bytes.len();
        assert!(len < 400_000, "{}: {len} bytes", path.display());
    }
}

#[test]
fn lists_longer_than_the_documented_limit_are_refused_at_once() {
    let f = Fixture::new("basic");
    let events: String = (0..1_001)
        .map(|_| "  - event: other\n    when: 2024-11-20\n    label: x\n")
        .collect();
    f.edit(FACTS, "timeline:\n", &format!("timeline:\n{events}"));
    let started = std::time::Instant::now();
    let run = f.run(&["build"]).fails_with(1);
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    let err = run.stderr();
    assert!(err.contains("error[list-too-long]"), "{err}");
    // The 1,001st entry: three lines each, after the 16 lines before the list.
    assert!(
        err.contains(&format!("incident.yaml:{}:5", 17 + 3 * 1000)),
        "{err}"
    );
}
