//! Writing a built site so that readers never see half of it: everything goes into a staging
//! folder beside the output, which then takes the output's place in one rename. An output
//! folder that varsel did not create (it has no marker file) is never replaced.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::build::OutputFile;
use crate::diagnostics::Diagnostic;

/// The file by which varsel recognises an output folder it wrote itself.
pub const MARKER: &str = ".varsel-output";

fn io_error(what: &str, path: &Path, e: &std::io::Error) -> Diagnostic {
    let help = match e.kind() {
        std::io::ErrorKind::PermissionDenied => {
            "check that you may write there, or choose another output folder with --output"
        }
        std::io::ErrorKind::StorageFull => {
            "free some disk space and build again; the previous site is unchanged"
        }
        std::io::ErrorKind::ReadOnlyFilesystem => {
            "the disk is read-only; choose another output folder with --output"
        }
        _ => "the previous site is unchanged; fix the problem and build again",
    };
    Diagnostic::error("output", format!("cannot {what} {}: {e}", path.display()))
        .in_file(path)
        .with_help(help)
}

/// Refuses output folders whose replacement would destroy something that is not a built site.
pub fn check_output_folder(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let abs = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let out = abs(output);
    let root = abs(root);
    let home = std::env::var_os("HOME").map(PathBuf::from).map(|h| abs(&h));
    let refuse = |why: &str| {
        Err(Diagnostic::error(
            "unsafe-output",
            format!("refusing to write the site to {}: {why}", output.display()),
        )
        .with_help("choose an output folder of its own, such as `public` inside the site"))
    };
    if out.parent().is_none() {
        return refuse("it is the root of the file system");
    }
    if home.as_deref() == Some(out.as_path()) {
        return refuse("it is your home folder");
    }
    if root.starts_with(&out) {
        return refuse("it contains the site's own files");
    }
    for source in ["content", "locales", "themes", "varsel.toml"] {
        if out == root.join(source) || out.starts_with(root.join(source)) {
            return refuse("it is inside the site's sources");
        }
    }
    if out.is_dir() && !out.join(MARKER).exists() {
        let empty = fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(Diagnostic::error(
                "unsafe-output",
                format!("refusing to replace {}: varsel did not create it", output.display()),
            )
            .with_help(format!(
                "move its files away or choose another output folder; varsel only replaces folders that contain its {MARKER} marker"
            )));
        }
    }
    if out.exists() && !out.is_dir() {
        return refuse("it is a file, not a folder");
    }
    Ok(())
}

/// A build being written: files go into a staging folder beside the output as they are
/// rendered (from any thread), and `commit` swaps it in. Dropped without `commit` (a render
/// error), the staging folder is removed and the previous site stays as it was.
///
/// A file whose bytes equal the previous build's file of the same path is hard-linked from it
/// rather than written, so an unchanged page keeps its inode and modification time: deploy
/// tools that compare times (rsync, many upload tools) then see only the pages that changed.
pub struct Staging {
    output: PathBuf,
    staging: PathBuf,
    old: PathBuf,
    committed: bool,
}

impl Staging {
    /// Checks that `output` may be replaced and creates the staging folder.
    pub fn begin(root: &Path, output: &Path) -> Result<Staging, Diagnostic> {
        check_output_folder(root, output)?;
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| io_error("create", parent, &e))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        clean_leftovers(parent, &name);
        let _ = fs::remove_dir_all(&staging);
        fs::create_dir_all(&staging).map_err(|e| io_error("create", &staging, &e))?;
        Ok(Staging {
            output: output.to_path_buf(),
            staging,
            old,
            committed: false,
        })
    }

    /// Stages one file, `rel` being its path inside the output folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let path = safe_join(&self.staging, rel)?;
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| io_error("create", dir, &e))?;
        }
        let previous = safe_join(&self.output, rel)?;
        if same_bytes(&previous, bytes) && fs::hard_link(&previous, &path).is_ok() {
            return Ok(());
        }
        write_file(&path, bytes)
    }

    /// Puts the staged site in the output's place, in one rename.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        self.write(
            MARKER,
            b"This folder is written by varsel; it is replaced on every build.\n",
        )?;
        let output = &self.output;
        if output.exists() {
            fs::rename(output, &self.old).map_err(|e| io_error("replace", output, &e))?;
        }
        if let Err(e) = fs::rename(&self.staging, output) {
            // Put the previous site back so that a failed swap leaves it as it was.
            let _ = fs::rename(&self.old, output);
            return Err(io_error("replace", output, &e));
        }
        self.committed = true;
        let _ = fs::remove_dir_all(&self.old);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Whether the file at `path` holds exactly `bytes` (the length is compared first, so a
/// changed page usually costs one `stat`).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let mut file = fs::File::create(path).map_err(|e| io_error("write", path, &e))?;
    file.write_all(bytes)
        .map_err(|e| io_error("write", path, &e))
}

/// Replaces one file of an existing output folder in place (the preview server's path, where a
/// whole-folder swap per edit would cost more than the edit): written beside it and renamed
/// over it, so a reader sees the old or the new file, never half of one. An unchanged file is
/// left alone. Returns whether the file was written.
pub fn replace_file(output: &Path, rel: &str, bytes: &[u8]) -> Result<bool, Diagnostic> {
    if !output.join(MARKER).exists() {
        return Err(Diagnostic::error(
            "unsafe-output",
            format!(
                "refusing to update {}: varsel did not create it",
                output.display()
            ),
        )
        .with_help("build the whole site first"));
    }
    let path = safe_join(output, rel)?;
    if same_bytes(&path, bytes) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(output);
    fs::create_dir_all(dir).map_err(|e| io_error("create", dir, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    write_file(&temp, bytes)?;
    fs::rename(&temp, &path).map_err(|e| {
        let _ = fs::remove_file(&temp);
        io_error("replace", &path, &e)
    })?;
    Ok(true)
}

/// Removes `rel` (a file or folder) from an existing output folder, e.g. the pages of a notice
/// that became a draft. Missing is not an error.
pub fn remove_path(output: &Path, rel: &str) -> Result<(), Diagnostic> {
    let path = safe_join(output, rel)?;
    let result = match fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
        Ok(_) => fs::remove_file(&path),
        Err(_) => Ok(()),
    };
    result.map_err(|e| io_error("remove", &path, &e))
}

/// Writes `files` as the new content of `output`, replacing the previous build at once.
pub fn write_site(root: &Path, output: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let staging = Staging::begin(root, output)?;
    for f in files {
        staging.write(&f.path, &f.bytes)?;
    }
    staging.commit()
}

/// Removes staging and old folders left by builds that were killed part-way.
fn clean_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let ours =
            n.starts_with(&format!(".{name}.staging-")) || n.starts_with(&format!(".{name}.old-"));
        if ours && (e.path().join(MARKER).exists() || is_staging_of_dead_process(&n)) {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

fn is_staging_of_dead_process(name: &str) -> bool {
    let Some(pid) = name.rsplit('-').next().and_then(|p| p.parse::<u32>().ok()) else {
        return false;
    };
    pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists()
}

/// `base/rel`, refusing any `rel` that would climb out of `base`.
fn safe_join(base: &Path, rel: &str) -> Result<PathBuf, Diagnostic> {
    let mut out = base.to_path_buf();
    for part in rel.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                return Err(Diagnostic::error(
                    "output",
                    format!("refusing to write outside the output folder: {rel}"),
                ));
            }
            p => out.push(p),
        }
    }
    Ok(out)
}
