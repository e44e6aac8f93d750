//! What makes builds cheap for deploy tools and the preview server: an unchanged rebuild
//! rewrites no file, an edit rewrites only its notice's pages and the indexes, and the
//! one-notice rebuild gives the same files as a full build.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::support::{Fixture, copy_dir};

const NOW: &str = "2025-01-01T00:00:00Z";

/// The repository's example site (three notices) in a temporary folder.
fn example_site() -> Fixture {
    let f = Fixture::empty();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("content"), &f.path().join("content"));
    std::fs::copy(repo.join("varsel.toml"), f.path().join("varsel.toml")).unwrap();
    f
}

/// `value` of every entry under `dir` whose type `keep` takes (`dir` itself is ""), by
/// relative path.
fn entries<T>(
    dir: &Path,
    keep: fn(&std::fs::FileType) -> bool,
    value: impl Fn(&walkdir::DirEntry) -> T,
) -> BTreeMap<String, T> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| keep(&e.file_type()))
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy();
            (rel.into_owned(), value(&e))
        })
        .collect()
}

/// Inode and modification time (ns) of every file under `dir`, by relative path.
fn identities(dir: &Path) -> BTreeMap<String, (u64, i64, i64)> {
    entries(dir, std::fs::FileType::is_file, |e| {
        let m = e.metadata().unwrap();
        (m.ino(), m.mtime(), m.mtime_nsec())
    })
}

/// Inode of every folder under `dir`, and of `dir` itself (""), by relative path.
fn folders(dir: &Path) -> BTreeMap<String, u64> {
    entries(dir, std::fs::FileType::is_dir, |e| {
        e.metadata().unwrap().ino()
    })
}

fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    entries(dir, std::fs::FileType::is_file, |e| {
        std::fs::read(e.path()).unwrap()
    })
}

#[test]
fn second_build_of_unchanged_site_rewrites_no_file() {
    let f = example_site();
    f.run(&["build", "--now", NOW]).ok();
    let public = f.path().join("public");
    let before = identities(&public);
    let folders_before = folders(&public);
    assert!(before.len() > 15, "expected a full site, got {before:?}");
    // Coarse file systems store whole seconds: make any rewrite visible in the mtime.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    f.run(&["build", "--now", NOW]).ok();
    let after = identities(&public);
    assert_eq!(before, after, "an unchanged rebuild replaced files");
    // Nor were the folders made again: the build left the output as it was.
    assert_eq!(folders_before, folders(&public));
}

#[test]
fn edit_rewrites_only_that_notices_pages_and_the_indexes() {
    let f = example_site();
    f.run(&["build", "--now", NOW]).ok();
    let public = f.path().join("public");
    let before = identities(&public);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    f.edit(
        "content/bokhylla-webshop-2024/en.md",
        "title: Intrusion into the Bokhylla online shop",
        "title: Intrusion into the Bokhylla web shop",
    );
    f.run(&["build", "--now", NOW]).ok();
    let after = identities(&public);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let changed: Vec<&String> = after
        .iter()
        .filter(|(path, id)| before[*path] != **id)
        .map(|(path, _)| path)
        .collect();
    // The English title appears on the English page, in the English index and feed, and in
    // the notice's machine-readable export; the other languages' pages name English only by
    // the language's name.
    assert_eq!(
        changed,
        vec![
            "en/bokhylla-webshop-2024/index.html",
            "en/feed.xml",
            "en/index.html",
            "incidents/bokhylla-webshop-2024.json",
        ],
        "unexpected set of rewritten files"
    );
    assert!(f.read("public/en/index.html").contains("Bokhylla web shop"));
}

#[test]
fn one_notice_rebuild_gives_the_same_files_as_a_full_build() {
    one_notice_rebuild_matches_a_full_build(Json::Written);
}

#[test]
fn one_notice_rebuild_without_json_gives_the_same_files_as_a_full_build() {
    one_notice_rebuild_matches_a_full_build(Json::LeftOut);
}

/// Whether the site's `varsel.toml` asks for `incident.json`.
#[derive(PartialEq)]
enum Json {
    Written,
    LeftOut,
}

fn one_notice_rebuild_matches_a_full_build(json: Json) {
    let f = example_site();
    if json == Json::LeftOut {
        f.edit("varsel.toml", "\n[json]\n", "\n");
    }
    let mut options = varsel::build::BuildOptions::new(f.path());
    options.now = Some(NOW.parse().unwrap());
    varsel::build::build(f.path(), &options).unwrap();
    let mut site = varsel::site::Site::load(f.path()).unwrap();
    let renderer = varsel::render::Renderer::new(
        f.path(),
        &site.config,
        &site.locales,
        options.render.clone(),
    )
    .unwrap();
    let (_, mut views) = varsel::build::render_with_views(&site, &renderer, &options).unwrap();
    // As the preview server does after an edit of the notice.
    let mut rebuild = || {
        varsel::build::rebuild_incident(
            &mut site,
            &renderer,
            &options,
            "ljusnet-telefoni-2024",
            &mut views,
        )
        .unwrap()
    };

    f.edit(
        "content/ljusnet-telefoni-2024/sv.md",
        "# what-happened\n",
        "# what-happened\n\nEn ny mening om utredningen.\n",
    );
    let report = rebuild();
    // The Swedish page only: the export carries the facts, not the prose.
    assert_eq!(
        report.written, 1,
        "only the Swedish texts changed: {report:?}"
    );
    // The lists show no prose: the four pages and the export are made, not the indexes.
    let exports = usize::from(json == Json::Written);
    assert_eq!(report.rendered, 4 + exports, "{report:?}");
    let incremental = contents(&f.path().join("public"));
    assert!(
        String::from_utf8_lossy(&incremental["sv/ljusnet-telefoni-2024/index.html"])
            .contains("En ny mening om utredningen.")
    );

    // A new title is on the Swedish index and feed as well.
    f.edit(
        "content/ljusnet-telefoni-2024/sv.md",
        "title: Personuppgiftsincident hos en underleverantör",
        "title: Intrång hos en underleverantör",
    );
    let report = rebuild();
    let incremental = contents(&f.path().join("public"));
    for list in ["sv/index.html", "sv/feed.xml"] {
        assert!(
            String::from_utf8_lossy(&incremental[list])
                .contains("Intrång hos en underleverantör till Ljusnet Växel"),
            "{list}"
        );
    }
    assert!(report.written >= 3, "{report:?}");

    // Drafting the notice removes its pages and its index entries.
    f.edit(
        "content/ljusnet-telefoni-2024/incident.yaml",
        "status:",
        "draft: true\nstatus:",
    );
    let report = rebuild();
    assert!(report.removed);
    let incremental = contents(&f.path().join("public"));

    let fresh = Fixture::empty();
    let mut full = options.clone();
    full.output = fresh.path().join("public");
    varsel::build::build(f.path(), &full).unwrap();
    let full = contents(&fresh.path().join("public"));
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &full {
        assert!(
            incremental[path] == *bytes,
            "{path} differs from a full build"
        );
    }
    let json_files = full.keys().filter(|p| p.starts_with("incidents/")).count();
    assert_eq!(json_files > 0, json == Json::Written, "{:?}", full.keys());
}
