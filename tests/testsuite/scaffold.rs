//! `varsel init` and `varsel new`: a new site builds at once; a new incident has every section
//! in every language; nothing existing is overwritten.

use crate::support::{Fixture, varsel};

#[test]
fn init_creates_a_site_that_builds() {
    let f = Fixture::empty();
    let site = f.path().join("my-notices");
    let out = varsel().arg("init").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in [
        "varsel.toml",
        "locales/sv/ui.ftl",
        "locales/en/vocabulary.ftl",
        "content/example-incident/incident.yaml",
    ] {
        assert!(site.join(file).exists(), "{file}");
    }
    // The example is a draft: the site builds, and only a preview shows it.
    let out = varsel().arg("-C").arg(&site).arg("build").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!site.join("public/sv/example-incident").exists());
    let out = varsel()
        .arg("-C")
        .arg(&site)
        .args(["build", "--drafts"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(site.join("public/sv/example-incident/index.html").exists());
}

#[test]
fn init_refuses_a_folder_with_files() {
    let f = Fixture::empty();
    f.write("keep.txt", "mine");
    let out = varsel().arg("init").arg(f.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(f.read("keep.txt"), "mine");
}

#[test]
fn new_scaffolds_every_section_in_every_language() {
    let f = Fixture::new("basic");
    f.run(&["new", "bcme-2025"]).ok();
    for lang in ["sv", "nb", "nl", "en"] {
        let md = f.read(&format!("content/bcme-2025/{lang}.md"));
        for key in [
            "what-happened",
            "how-discovered",
            "consequences",
            "what-we-did",
            "prevention",
            "what-you-should-do",
            "more-information",
        ] {
            assert!(md.contains(&format!("\n# {key}\n")), "{lang}: {key}");
        }
    }
    assert!(
        f.read("content/bcme-2025/sv.md")
            .contains("<!-- Vad har hänt? -->")
    );
    // It parses: a preview build includes it.
    f.run(&["build", "--drafts"]).ok();
    assert!(f.exists("public/nl/bcme-2025/index.html"));
    // And it is never overwritten.
    f.write("content/bcme-2025/en.md", "mine");
    let run = f.run(&["new", "bcme-2025"]).fails_with(2);
    assert!(run.stderr().contains("already exists"), "{}", run.stderr());
    assert_eq!(f.read("content/bcme-2025/en.md"), "mine");
}

#[test]
fn new_rejects_slugs_that_cannot_be_urls() {
    let f = Fixture::new("basic");
    let run = f.run(&["new", "../escape"]).fails_with(2);
    assert!(
        run.stderr()
            .contains("`../escape` cannot name a notice: it has characters other than a–z"),
        "{}",
        run.stderr()
    );
    assert!(!f.path().join("../escape").exists());
    // Names Windows cannot give a folder, so that the site builds there too.
    for name in ["con", "com1", "acme."] {
        let run = f.run(&["new", name]).fails_with(2);
        assert!(run.stderr().contains("Windows"), "{name}: {}", run.stderr());
        assert!(!f.path().join("content").join(name).exists());
    }
}
