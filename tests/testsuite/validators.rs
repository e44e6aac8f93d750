//! The built example site checked by outside tools: the W3C Nu HTML checker on every page,
//! and in headless Chromium the axe-core audit, the layout at phone and desktop widths and
//! the accordions. `.ci/run` installs the tools and says where they are.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Fixture, copy_dir};

/// The repository's own example site (three notices, every language), built, with its
/// messages in `public/mail/`.
fn built_example() -> Fixture {
    let f = Fixture::empty();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("content"), &f.path().join("content"));
    std::fs::copy(repo.join("varsel.toml"), f.path().join("varsel.toml")).unwrap();
    f.run(&["build", "--now", "2025-01-15T12:00:00Z"]).ok();
    // The messages to the people affected are checked as pages are.
    let mail = f.path().join("public/mail");
    let mail = mail.to_str().unwrap();
    f.run(&["mail", "--now", "2025-01-15T12:00:00Z", "-o", mail])
        .ok();
    f
}

/// Every HTML file of the built site, relative to `public/`, sorted.
fn html_files(f: &Fixture) -> Vec<String> {
    let public = f.path().join("public");
    let mut out: Vec<String> = walkdir::WalkDir::new(&public)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(&public)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

fn tool(var: &str, what: &str) -> PathBuf {
    let value = std::env::var_os(var).unwrap_or_else(|| {
        panic!("{var} is not set: it must point at {what} (.ci/run installs it and sets it)")
    });
    let path = PathBuf::from(value);
    assert!(path.exists(), "{var}={} does not exist", path.display());
    path
}

/// Every page type, in every language, is one of the files checked.
fn assert_every_page_type(pages: &[String]) {
    for lang in ["sv", "nb", "nl", "en"] {
        for page in [
            format!("{lang}/index.html"),
            format!("{lang}/404.html"),
            format!("{lang}/kantoor-crm-2020/index.html"),
            format!("mail/kantoor-crm-2020/{lang}.html"),
        ] {
            assert!(pages.contains(&page), "{page} is not checked: {pages:?}");
        }
    }
    assert!(pages.contains(&"index.html".to_owned()));
}

#[test]
#[ignore = "needs java and vnu-jar"]
fn every_page_passes_the_nu_html_checker() {
    let jar = tool("VARSEL_VNU_JAR", "vnu.jar from the npm package vnu-jar");
    let f = built_example();
    let pages = html_files(&f);
    assert_every_page_type(&pages);
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .current_dir(f.path().join("public"))
        .output()
        .expect("run java (is a Java runtime installed?)");
    let report = String::from_utf8_lossy(&out.stderr);
    let json: serde_json::Value = serde_json::from_str(&report)
        .unwrap_or_else(|e| panic!("the checker did not report JSON ({e}): {report}"));
    let messages = json["messages"].as_array().expect("a list of messages");
    assert!(
        messages.is_empty() && out.status.success(),
        "{} problems:\n{}",
        messages.len(),
        serde_json::to_string_pretty(messages).unwrap()
    );
}

#[test]
#[ignore = "needs chromium"]
fn every_page_passes_axe_and_fits_phone_and_desktop_screens() {
    let modules = tool(
        "VARSEL_NODE_MODULES",
        "a node_modules folder with playwright-core and axe-core",
    );
    let f = built_example();
    // The site root's not-found page links by absolute path under the configured base URL,
    // which a test server at `/` cannot serve; each language's own not-found page is the
    // same template and is checked.
    let pages: Vec<String> = html_files(&f)
        .into_iter()
        .filter(|p| p != "404.html")
        .collect();
    assert_every_page_type(&pages);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/audit.cjs");
    let out = Command::new("node")
        .arg(script)
        .arg(f.path().join("public"))
        .args(&pages)
        .env("VARSEL_NODE_MODULES", &modules)
        .output()
        .expect("run node");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "browser checks failed ({}):\n{report}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_str(&report).unwrap();
    // Light and dark, every page.
    assert_eq!(json["checked"].as_array().unwrap().len(), pages.len() * 2);
    assert_eq!(json["findings"], serde_json::json!([]));
    // Every notice page has questions; each opened at both widths.
    assert!(json["accordionsOpened"].as_u64().unwrap() >= 12 * 2);
}
