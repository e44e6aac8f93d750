//! The CI workflows `varsel init --ci` writes: check every change, publish the default branch
//! to GitHub or GitLab Pages, and rebuild on a schedule so that `publish_at` and
//! `published_until` take effect with no one present. The texts are in `ci/`, pinned to the
//! varsel release that writes them.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

/// A CI service with Pages hosting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ci {
    GitHub,
    GitLab,
}

impl Ci {
    /// Where the workflow lives in the repository, relative to the site folder (its root).
    pub(crate) fn path(self) -> PathBuf {
        match self {
            Ci::GitHub => Path::new(".github").join("workflows").join("varsel.yml"),
            Ci::GitLab => PathBuf::from(".gitlab-ci.yml"),
        }
    }

    /// The workflow, installing this very version of varsel.
    pub(crate) fn workflow(self) -> String {
        let template = match self {
            Ci::GitHub => include_str!("ci/github.yml"),
            Ci::GitLab => include_str!("ci/gitlab-ci.yml"),
        };
        template.replace("@VERSION@", env!("CARGO_PKG_VERSION"))
    }

    /// An error naming the workflow file when the site at `root` has one already.
    pub(crate) fn refuse_existing(self, root: &Path) -> anyhow::Result<()> {
        let path = root.join(self.path());
        if path.symlink_metadata().is_ok() {
            bail!(
                "{} already exists; varsel never replaces a file of yours. Move it aside, or add what docs/deploy.md describes to it yourself",
                path.display()
            );
        }
        Ok(())
    }

    /// Writes the workflow into the site at `root`, never over an existing file. Returns its
    /// path relative to `root`.
    pub(crate) fn write(self, root: &Path) -> anyhow::Result<PathBuf> {
        self.refuse_existing(root)?;
        let rel = self.path();
        let path = root.join(&rel);
        let dir = path.parent().expect("a file has a folder");
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        super::write_new(&path, self.workflow().as_bytes())?;
        Ok(rel)
    }
}
