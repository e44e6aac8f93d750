//! Writing a built site so that readers never see half of it: everything goes into a staging
//! folder beside the output, which then takes the output's place in one atomic exchange (one
//! rename where there is none to replace). A build that changes nothing leaves the output as
//! it is. An output folder that varsel did not create (it has no marker file) is never replaced.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::diagnostics::Diagnostic;
use crate::folder_lock::{self, OwnerLock};

/// A file of the built site: its path relative to the output folder and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
}

/// The file by which varsel recognises an output folder it wrote itself.
pub(crate) const MARKER: &str = ".varsel-output";

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
pub(crate) fn check_output_folder(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let out = resolved(output);
    let root = resolved(root);
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .map(|h| resolved(&h));
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

/// `path` made absolute with links resolved, also when it does not exist yet: its nearest
/// existing ancestor is resolved and the rest appended, so that `content/new-slug` or a
/// `locales` folder still to be made is seen to lie inside the site's sources.
fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut base = abs.as_path();
    loop {
        if let Ok(real) = fs::canonicalize(base) {
            let mut out = real;
            for part in rest.iter().rev() {
                match part {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::Normal(p) => out.push(p),
                    _ => {}
                }
            }
            return out;
        }
        match (base.parent(), base.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                base = parent;
            }
            _ => return abs,
        }
    }
}

/// Writes `files` as the new content of `output`, replacing the previous build at once.
pub(crate) fn write_site(
    root: &Path,
    output: &Path,
    files: &[OutputFile],
) -> Result<(), Diagnostic> {
    let staging = Staging::begin(root, output)?;
    for f in files {
        staging.write(&f.path, &f.bytes)?;
    }
    staging.commit()
}

/// A build being written: files go into a staging folder beside the output as they are
/// rendered (from any thread), and `commit` swaps it in. Dropped without `commit` (a render
/// error), the staging folder is removed and the previous site stays as it was.
///
/// A file whose bytes equal the previous build's file of the same path is hard-linked from it
/// rather than written, so an unchanged page keeps its inode and modification time: deploy
/// tools that compare times (rsync, many upload tools) then see only the pages that changed.
/// The staging folder is made only at the first file that differs: a build that changes
/// nothing creates no folder and links no file, which on a disk is most of a rebuild's time.
pub(crate) struct Staging {
    output: PathBuf,
    staging: PathBuf,
    old: PathBuf,
    /// Whether there is a previous build to compare with (a first build has none, and need
    /// not look for each of its files in it).
    previous: bool,
    stage: Mutex<Stage>,
    committed: bool,
    /// Held while `staging` and `old` may exist: tells other builds this one is alive.
    /// Declared last so that it is released after `drop` removed the staging folder.
    _lock: OwnerLock,
}

impl Staging {
    /// Checks that `output` may be replaced and creates the staging folder.
    pub(crate) fn begin(root: &Path, output: &Path) -> Result<Staging, Diagnostic> {
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
        let lock = OwnerLock::acquire(&folder_lock::lock_path(&staging))
            .map_err(|e| io_error("create a lock file beside", &staging, &e))?;
        clean_leftovers(parent, &name);
        let _ = fs::remove_dir_all(&staging);
        let previous = output.is_dir();
        let staging = Staging {
            output: output.to_path_buf(),
            staging,
            old,
            previous,
            stage: Mutex::new(Stage::Unchanged(Vec::new())),
            committed: false,
            _lock: lock,
        };
        if !previous {
            staging.start(&mut staging.stage())?;
        }
        Ok(staging)
    }

    /// Stages one file, `rel` being its path inside the output folder.
    pub(crate) fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let path = safe_join(&self.staging, rel)?;
        let previous = safe_join(&self.output, rel)?;
        let same = self.previous && same_bytes(&previous, bytes);
        {
            let mut stage = self.stage();
            if let Stage::Unchanged(kept) = &mut *stage {
                if same {
                    kept.push(rel.to_owned());
                    return Ok(());
                }
                self.start(&mut stage)?;
            }
        }
        if same && in_folder(&path, || fs::hard_link(&previous, &path)).is_ok() {
            return Ok(());
        }
        in_folder(&path, || fs::File::create(&path)?.write_all(bytes))
            .map_err(|e| io_error("write", &path, &e))
    }

    /// Whether every file is as the previous build wrote it, and the output holds no other;
    /// if not, makes sure everything is staged.
    fn nothing_changed(&self) -> Result<bool, Diagnostic> {
        let mut stage = self.stage();
        if let Stage::Unchanged(kept) = &*stage {
            if holds_exactly(&self.output, kept) {
                return Ok(true);
            }
            self.start(&mut stage)?;
        }
        Ok(false)
    }

    /// The stage, locked (also after a thread panicked holding it: it is then still whole).
    fn stage(&self) -> MutexGuard<'_, Stage> {
        self.stage.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Creates the staging folder and links into it the files kept so far.
    fn start(&self, stage: &mut Stage) -> Result<(), Diagnostic> {
        let kept = match std::mem::replace(stage, Stage::Staging) {
            Stage::Unchanged(kept) => kept,
            Stage::Staging => return Ok(()),
        };
        fs::create_dir_all(&self.staging).map_err(|e| io_error("create", &self.staging, &e))?;
        for rel in kept {
            let (path, previous) = (self.staging.join(&rel), self.output.join(&rel));
            in_folder(&path, || fs::hard_link(&previous, &path))
                .or_else(|_| in_folder(&path, || fs::copy(&previous, &path).map(drop)))
                .map_err(|e| io_error("write", &path, &e))?;
        }
        Ok(())
    }

    /// Puts the staged site in the output's place: in one atomic exchange where the system
    /// has one, otherwise in two renames with recovery (see [`clean_leftovers`]).
    pub(crate) fn commit(mut self) -> Result<(), Diagnostic> {
        self.write(
            MARKER,
            b"This folder is written by varsel; a build that changes anything in it replaces it.\n",
        )?;
        if self.nothing_changed()? {
            self.committed = true;
            return Ok(());
        }
        let (output, staging, old) = (&self.output, &self.staging, &self.old);
        if output.exists() && exchange(staging, output).is_ok() {
            // The new site is in place in one step; `staging` now holds the previous one.
            self.committed = true;
            let _ = fs::remove_dir_all(staging);
            return Ok(());
        }
        // Without an atomic exchange there is a moment with no output folder; a build killed
        // just then leaves the previous site in `old`, which the next build puts back.
        if output.exists() {
            fs::rename(output, old).map_err(|e| io_error("replace", output, &e))?;
        }
        if let Err(e) = fs::rename(staging, output) {
            // Put the previous site back so that a failed swap leaves it as it was.
            let _ = fs::rename(old, output);
            return Err(io_error("replace", output, &e));
        }
        self.committed = true;
        let _ = fs::remove_dir_all(old);
        Ok(())
    }
}

/// How far a build has come in writing its site.
enum Stage {
    /// Every file so far equals the previous build's file of the same path; these are their
    /// paths. Nothing is staged yet.
    Unchanged(Vec<String>),
    /// The staging folder is made and holds every file so far.
    Staging,
}

/// Whether the folder `output` holds exactly the files `kept` (paths relative to it, with
/// `/`), and no other file, folder or link besides their folders.
fn holds_exactly(output: &Path, kept: &[String]) -> bool {
    let files: HashSet<&str> = kept.iter().map(String::as_str).collect();
    let folders: HashSet<&str> = kept
        .iter()
        .flat_map(|rel| rel.match_indices('/').map(|(at, _)| &rel[..at]))
        .collect();
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(output).min_depth(1) {
        let Ok(entry) = entry else { return false };
        let Ok(rel) = entry.path().strip_prefix(output) else {
            return false;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        let known = if entry.file_type().is_dir() {
            folders.contains(rel.as_str())
        } else {
            entry.file_type().is_file() && files.contains(rel.as_str())
        };
        if !known {
            return false;
        }
        seen += 1;
    }
    seen == files.len() + folders.len()
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

/// Runs `make`, which creates `path`; if `path`'s folder does not exist yet, creates it and
/// runs `make` again. Most files go into a folder an earlier file made, and a build writes
/// thousands: trying first saves a `mkdir` for each.
fn in_folder(path: &Path, make: impl Fn() -> std::io::Result<()>) -> std::io::Result<()> {
    match make() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)?;
            }
            make()
        }
        r => r,
    }
}

/// Swaps two folders in one step, so that readers never find the output folder missing.
/// Linux only; the `portable` feature leaves it out there too, to test what other systems do.
#[cfg(all(target_os = "linux", not(feature = "portable")))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(all(target_os = "linux", not(feature = "portable"))))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Removes staging and old folders left by builds that were killed part-way, first putting
/// back a previous site that a killed build had moved aside. A build's folders are
/// `.<name>.staging-<id>` and `.<name>.old-<id>`, both guarded by the lock file of the
/// staging folder (see [`folder_lock`]): they are touched only when that lock is abandoned.
fn clean_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let staging_prefix = format!(".{name}.staging-");
    let old_prefix = format!(".{name}.old-");
    let mut builds: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let id = n
                .strip_prefix(&staging_prefix)
                .or(n.strip_prefix(&old_prefix))?;
            // A build killed before it made its staging folder leaves only its lock file.
            Some(id.strip_suffix(".lock").unwrap_or(id).to_owned())
        })
        .collect();
    builds.sort();
    builds.dedup();
    let output = parent.join(name);
    for id in builds {
        let staging = parent.join(format!("{staging_prefix}{id}"));
        let Some(_abandoned) = folder_lock::take_if_abandoned(&folder_lock::lock_path(&staging))
        else {
            continue;
        };
        let old = parent.join(format!("{old_prefix}{id}"));
        if !output.exists() && old.join(MARKER).exists() {
            let _ = fs::rename(&old, &output);
        }
        let _ = fs::remove_dir_all(&staging);
        let _ = fs::remove_dir_all(&old);
    }
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

/// Replaces some files of an existing output folder in place, each by a rename so that a
/// reader sees the old file or the new one, never half of one. For a site that is being
/// updated piecemeal (the preview server); a full build uses [`write_site`].
/// A file whose bytes are unchanged is left alone. Returns how many files were written.
pub(crate) fn update_files(output: &Path, files: &[OutputFile]) -> Result<usize, Diagnostic> {
    let mut written = 0;
    for f in files {
        let path = safe_join(output, &f.path)?;
        if same_bytes(&path, &f.bytes) {
            continue;
        }
        written += 1;
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| io_error("create", dir, &e))?;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
        fs::write(&tmp, &f.bytes).map_err(|e| io_error("write", &tmp, &e))?;
        fs::rename(&tmp, &path).map_err(|e| {
            let _ = fs::remove_file(&tmp);
            io_error("replace", &path, &e)
        })?;
    }
    Ok(written)
}

/// Makes an existing output folder hold exactly `files`, in place: changed files are replaced
/// one by one as [`update_files`] does, unchanged ones are left alone, and files no longer
/// built are removed afterwards. Unlike [`write_site`] the folder itself never goes away, so
/// a server reading from it meanwhile finds every page that exists both before and after.
pub(crate) fn sync_site(output: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    update_files(output, files)?;
    let keep: std::collections::HashSet<PathBuf> = files
        .iter()
        .filter_map(|f| safe_join(output, &f.path).ok())
        .collect();
    // Deepest first, so that a folder is looked at after its files are gone.
    let entries: Vec<walkdir::DirEntry> = walkdir::WalkDir::new(output)
        .min_depth(1)
        .contents_first(true)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    for e in entries {
        let path = e.path();
        if e.file_type().is_dir() {
            // Fails, as it should, for a folder that still has files.
            let _ = fs::remove_dir(path);
        } else if !keep.contains(path) && path != output.join(MARKER) {
            match fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(io_error("remove", path, &e));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Removes `rel` of an output folder, a folder with all it holds or a file, if it exists.
pub(crate) fn remove(output: &Path, rel: &str) -> Result<(), Diagnostic> {
    let path = safe_join(output, rel)?;
    let removed = match fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
        Ok(_) => fs::remove_file(&path),
        Err(e) => Err(e),
    };
    match removed {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_error("remove", &path, &e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_moved_aside_by_a_killed_build_is_put_back() {
        let parent = tempfile::tempdir().unwrap();
        // No lock file: the build that moved the site aside is gone.
        let old = parent.path().join(".public.old-4294967295");
        fs::create_dir(&old).unwrap();
        fs::write(old.join(MARKER), "").unwrap();
        fs::write(old.join("index.html"), "previous").unwrap();
        clean_leftovers(parent.path(), "public");
        let back = parent.path().join("public/index.html");
        assert_eq!(fs::read_to_string(back).unwrap(), "previous");
        assert!(!old.exists());
    }

    #[test]
    fn a_rebuild_swaps_the_whole_folder() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let file = |p: &str, b: &str| OutputFile {
            path: p.into(),
            bytes: b.as_bytes().to_vec(),
        };
        write_site(
            root.path(),
            &out,
            &[file("a.html", "1"), file("gone.html", "x")],
        )
        .unwrap();
        write_site(root.path(), &out, &[file("a.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "2");
        assert!(!out.join("gone.html").exists());
        let names: Vec<_> = fs::read_dir(root.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    /// The names in `root` besides the output: what a build left behind.
    fn beside(root: &Path) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = (fs::read_dir(root).unwrap().flatten())
            .map(|e| e.file_name())
            .filter(|n| n != "public")
            .collect();
        names.sort();
        names
    }

    /// Every file under `out` with its bytes, by path.
    fn files_in(out: &Path) -> Vec<(String, String)> {
        let mut files: Vec<_> = walkdir::WalkDir::new(out)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(out).unwrap().to_string_lossy();
                (
                    rel.replace('\\', "/"),
                    fs::read_to_string(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn a_rebuild_that_changes_nothing_leaves_the_folder_as_it_is() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let site = [file("a.html", "1"), file("en/x/index.html", "2")];
        write_site(root.path(), &out, &site).unwrap();
        let before = files_in(&out);
        // A swap would put new folders in place of the old.
        #[cfg(unix)]
        let ino = |p: &Path| std::os::unix::fs::MetadataExt::ino(&fs::metadata(p).unwrap());
        #[cfg(unix)]
        let inodes = (ino(&out), ino(&out.join("en/x")));
        write_site(root.path(), &out, &site).unwrap();
        #[cfg(unix)]
        assert_eq!(inodes, (ino(&out), ino(&out.join("en/x"))));
        assert_eq!(files_in(&out), before);
        assert!(beside(root.path()).is_empty(), "{:?}", beside(root.path()));
    }

    #[test]
    fn a_rebuild_of_the_same_files_still_removes_what_the_site_no_longer_has() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let site = [file("a.html", "1"), file("en/x/index.html", "2")];
        // A page the site no longer has, a file put there by hand, an empty folder.
        let leftovers: [&dyn Fn(&Path); 3] = [
            &|out| fs::write(out.join("en/gone.html"), "old").unwrap(),
            &|out| fs::write(out.join("stray.txt"), "hand").unwrap(),
            &|out| fs::create_dir(out.join("en/empty")).unwrap(),
        ];
        for leave in leftovers {
            write_site(root.path(), &out, &site).unwrap();
            leave(&out);
            write_site(root.path(), &out, &site).unwrap();
            let names: Vec<String> = files_in(&out).into_iter().map(|(p, _)| p).collect();
            assert_eq!(names, [MARKER, "a.html", "en/x/index.html"]);
            assert!(!out.join("en/empty").exists());
            assert!(beside(root.path()).is_empty(), "{:?}", beside(root.path()));
        }
    }

    #[test]
    fn files_kept_before_the_first_change_are_in_the_new_site() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let first = [
            file("a.html", "1"),
            file("en/x/index.html", "2"),
            file("z.html", "3"),
        ];
        write_site(root.path(), &out, &first).unwrap();
        let second = [
            file("a.html", "1"),
            file("en/x/index.html", "2"),
            file("z.html", "4"),
        ];
        write_site(root.path(), &out, &second).unwrap();
        assert_eq!(
            files_in(&out),
            [
                (
                    MARKER.to_owned(),
                    fs::read_to_string(out.join(MARKER)).unwrap()
                ),
                ("a.html".to_owned(), "1".to_owned()),
                ("en/x/index.html".to_owned(), "2".to_owned()),
                ("z.html".to_owned(), "4".to_owned()),
            ]
        );
        assert!(beside(root.path()).is_empty(), "{:?}", beside(root.path()));
    }

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn sync_leaves_exactly_the_new_files_and_the_marker() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join(MARKER), "m").unwrap();
        fs::create_dir_all(out.join("sv/gone")).unwrap();
        fs::write(out.join("sv/gone/index.html"), "old").unwrap();
        fs::write(out.join("same.css"), "same").unwrap();
        fs::write(out.join("index.html"), "old").unwrap();
        let same_before = fs::metadata(out.join("same.css"))
            .unwrap()
            .modified()
            .unwrap();

        sync_site(
            out,
            &[
                file("index.html", "new"),
                file("same.css", "same"),
                file("en/new/index.html", "added"),
            ],
        )
        .unwrap();

        let mut left: Vec<String> = walkdir::WalkDir::new(out)
            .min_depth(1)
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                e.path().strip_prefix(out).unwrap().display().to_string()
            })
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                MARKER,
                "en",
                "en/new",
                "en/new/index.html",
                "index.html",
                "same.css"
            ],
            "sv/ lost its only folder, so it goes too"
        );
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        // An unchanged file is not rewritten.
        let same_after = fs::metadata(out.join("same.css"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(same_before, same_after);
    }
}
