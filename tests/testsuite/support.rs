//! The fixture helper: copy a site from `tests/fixtures/` into a temporary folder, run the
//! real `varsel` binary there, and read back its output as text or parsed HTML.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

pub struct Fixture {
    dir: tempfile::TempDir,
}

/// What one run of the binary did.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }
    /// Asserts success and returns self, showing the output when it failed.
    pub fn ok(self) -> Self {
        assert!(
            self.output.status.success(),
            "varsel failed with {}\nstdout:\n{}\nstderr:\n{}",
            self.code(),
            self.stdout(),
            self.stderr()
        );
        self
    }
    /// Asserts failure with `code` and returns self.
    pub fn fails_with(self, code: i32) -> Self {
        assert_eq!(
            self.code(),
            code,
            "expected exit code {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A command running the built `varsel` binary.
pub fn varsel() -> Command {
    Command::new(env!("CARGO_BIN_EXE_varsel"))
}

impl Fixture {
    /// A private copy of `tests/fixtures/<name>`.
    pub fn new(name: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures_dir().join(name), dir.path());
        Fixture { dir }
    }

    /// An empty temporary folder.
    pub fn empty() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `varsel -C <fixture> <args>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = varsel()
            .arg("-C")
            .arg(self.path())
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .expect("run varsel");
        Run { output }
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path().join(rel))
            .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Replaces the first occurrence of `from` in a file, which must contain it.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }

    pub fn html(&self, rel: &str) -> Page {
        Page(Html::parse_document(&self.read(rel)))
    }
}

/// A parsed HTML page with small helpers for assertions.
pub struct Page(pub Html);

impl Page {
    fn sel(css: &str) -> Selector {
        Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
    }

    /// Text of every element matching `css`, whitespace-collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.0
            .select(&Self::sel(css))
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// Text of the one element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert_eq!(
            all.len(),
            1,
            "expected one {css}, found {}: {all:?}",
            all.len()
        );
        all.into_iter().next().unwrap()
    }

    /// Attribute `attr` of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.0
            .select(&Self::sel(css))
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    }

    pub fn attr(&self, css: &str, attr: &str) -> String {
        let all = self.attrs(css, attr);
        assert_eq!(all.len(), 1, "expected one {css}[{attr}], found {all:?}");
        all.into_iter().next().unwrap()
    }

    pub fn count(&self, css: &str) -> usize {
        self.0.select(&Self::sel(css)).count()
    }
}
