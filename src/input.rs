//! Reading the site's own files within bounds: a size cap, UTF-8, and no symlink that leads
//! out of the site folder, so that a hostile or careless `content/` cannot make varsel publish
//! `/etc/passwd` or read a multi-gigabyte file into memory.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// Largest text file varsel reads; a larger one is almost surely a mistake.
pub(crate) const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Refuses `path` when it (or a folder on the way to it) is a symlink leading outside `root`.
pub(crate) fn check_within(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    if plainly_within(root, path) {
        return Ok(());
    }
    let real = |p: &Path| std::fs::canonicalize(p);
    let (Ok(root_real), Ok(path_real)) = (real(root), real(path)) else {
        // A missing file is reported by the read that follows, with its own message.
        return Ok(());
    };
    if path_real.starts_with(&root_real) {
        return Ok(());
    }
    Err(Diagnostic::error(
        "outside-site",
        format!(
            "{} leads outside the site folder (to {}); varsel does not read it",
            path.display(),
            path_real.display()
        ),
    )
    .in_file(path)
    .with_help("copy the file into the site instead of linking to it"))
}

/// Whether `path` is `root` followed by names of folders and a file none of which is a
/// symlink: then it lies inside wherever `root` leads, without resolving either (a build
/// reads thousands of files, and resolving both costs a system call per folder of each).
fn plainly_within(root: &Path, path: &Path) -> bool {
    let Ok(rest) = path.strip_prefix(root) else {
        return false;
    };
    let mut at = root.to_path_buf();
    rest.components().all(|c| {
        let std::path::Component::Normal(name) = c else {
            return false;
        };
        at.push(name);
        std::fs::symlink_metadata(&at).is_ok_and(|m| !m.file_type().is_symlink())
    })
}

/// The files under `dir` and the links to files there; links to folders are not followed,
/// so a theme cannot lead the walk out of the site (a linked file is still checked by
/// whoever reads it).
pub(crate) fn files_under(dir: &Path) -> impl Iterator<Item = walkdir::DirEntry> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() || e.path_is_symlink() && e.path().is_file())
}

/// Reads `path`, which must lie within the site at `root`, as UTF-8 text of bounded size.
pub(crate) fn read_text(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    check_within(root, path)?;
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, e))?;
    read_checked(path, &meta)
}

/// A folder of the site from which several files are read, such as a notice's: whether it
/// lies plainly within the site is found once, so each file in it costs one look at itself
/// rather than one at every folder on the way (a build reads five files in each of
/// thousands of folders, and on Windows every look opens a handle).
pub(crate) struct Folder<'a> {
    root: &'a Path,
    dir: &'a Path,
    plainly_within: bool,
}

impl<'a> Folder<'a> {
    pub(crate) fn new(root: &'a Path, dir: &'a Path) -> Folder<'a> {
        Folder {
            root,
            dir,
            plainly_within: plainly_within(root, dir),
        }
    }

    pub(crate) fn dir(&self) -> &Path {
        self.dir
    }

    /// The text of the file `name` in the folder, as [`read_text`] reads it; `None` when
    /// there is no such file (a link to nowhere is there, and fails as unreadable).
    pub(crate) fn read(&self, name: &str) -> Result<Option<String>, Diagnostic> {
        let path = self.dir.join(name);
        let own = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(cannot_read(&path, e)),
        };
        if self.plainly_within && !own.file_type().is_symlink() {
            return read_checked(&path, &own).map(Some);
        }
        read_text(self.root, &path).map(Some)
    }
}

fn cannot_read(path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error("io", format!("cannot read {}: {e}", path.display())).in_file(path)
}

/// Reads `path`, found within the site and described by `meta`, as UTF-8 text of bounded size.
fn read_checked(path: &Path, meta: &std::fs::Metadata) -> Result<String, Diagnostic> {
    if !meta.is_file() {
        return Err(Diagnostic::error(
            "io",
            format!("cannot read {}: it is not a regular file", path.display()),
        )
        .in_file(path)
        .with_help("replace it with a text file"));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(too_large(path, meta.len()));
    }
    // The size is checked again while reading: the file may grow in between (or lie, like
    // some special files), and memory must stay bounded either way.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    use std::io::Read;
    std::fs::File::open(path)
        .map_err(|e| cannot_read(path, e))?
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(path, e))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let off = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        Diagnostic::error("not-utf8", "the file is not valid UTF-8 text")
            .at_offset(path, &text, off)
            .with_help("save the file with UTF-8 encoding")
    })
}

fn too_large(path: &Path, len: u64) -> Diagnostic {
    Diagnostic::error(
        "file-too-large",
        format!(
            "{} is {} bytes or more; varsel reads files of at most {} bytes",
            path.display(),
            len,
            MAX_FILE_BYTES
        ),
    )
    .in_file(path)
    .with_help("split the text or remove embedded data")
}

/// The site folder an incident folder (`<root>/content/<slug>`) belongs to.
pub(crate) fn site_root_of_incident(dir: &Path) -> PathBuf {
    dir.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.to_path_buf())
}

/// Whether `c` is a control character a notice may not hold: any but tab and line breaks.
/// They have no place in a notice, and make feeds and sitemaps malformed XML.
pub(crate) fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The first control character in `text` that a notice may not hold.
pub(crate) fn first_forbidden_control(text: &str) -> Option<char> {
    if !may_hold_control(text) {
        return None;
    }
    text.chars().find(|c| is_forbidden_control(*c))
}

/// Whether `text` may hold a control character: a byte under 0x20, 0x7F, or 0xC2 (which
/// starts U+0080–U+009F). Looking at bytes spares decoding every character of every text, and
/// folding each block of 32 without stopping early lets the compiler compare many at once.
fn may_hold_control(text: &str) -> bool {
    text.as_bytes().chunks(32).any(|block| {
        block.iter().fold(false, |seen, &b| {
            seen | (b < 0x20) | (b == 0x7F) | (b == 0xC2)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-wise look never misses a control character.
        #[test]
        fn may_hold_control_misses_none(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'é', 'ö', '–', '\u{a0}', '€', '\t', '\n', '\r', '\u{1}', '\u{1f}', '\u{7f}',
                '\u{80}', '\u{85}', '\u{9f}', '\u{2028}',
            ]), 0..40)
        ) {
            let text: String = chars.into_iter().collect();
            if text.chars().any(is_forbidden_control) {
                proptest::prop_assert!(may_hold_control(&text), "{:?}", text);
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_leaving_the_site_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        let site = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "secret").unwrap();
        std::fs::write(site.path().join("inside"), "fine").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), site.path().join("a")).unwrap();
        std::os::unix::fs::symlink(site.path().join("inside"), site.path().join("b")).unwrap();
        let e = read_text(site.path(), &site.path().join("a")).unwrap_err();
        assert_eq!(e.code, "outside-site");
        // A linked folder on the way is followed, and checked, too.
        std::fs::create_dir(outside.path().join("dir")).unwrap();
        std::fs::write(outside.path().join("dir/secret"), "secret").unwrap();
        std::os::unix::fs::symlink(outside.path().join("dir"), site.path().join("d")).unwrap();
        let e = read_text(site.path(), &site.path().join("d/secret")).unwrap_err();
        assert_eq!(e.code, "outside-site");
        std::fs::create_dir(site.path().join("x")).unwrap();
        let e = read_text(site.path(), &site.path().join("x/../a")).unwrap_err();
        assert_eq!(e.code, "outside-site");
        assert_eq!(
            read_text(site.path(), &site.path().join("b")).unwrap(),
            "fine"
        );
    }

    /// A notice's folder reads its files as `read_text` does: what is missing is `None`, a
    /// link leading out of the site is refused whether it is the file or the folder on the
    /// way, a link within is followed, and a file too large or not a file is refused.
    #[cfg(unix)]
    #[test]
    fn a_folder_reads_its_files_as_read_text_does() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        let site = tempfile::tempdir().unwrap();
        let (root, out) = (site.path(), outside.path());
        std::fs::write(out.join("secret"), "secret").unwrap();
        std::fs::create_dir_all(root.join("content/n")).unwrap();
        std::fs::write(root.join("content/n/en.md"), "fine").unwrap();
        std::fs::write(root.join("content/other.md"), "other").unwrap();
        symlink(out.join("secret"), root.join("content/n/nb.md")).unwrap();
        symlink(root.join("content/other.md"), root.join("content/n/sv.md")).unwrap();
        std::fs::create_dir(root.join("content/n/nl.md")).unwrap();
        std::fs::write(
            root.join("content/n/big.md"),
            vec![b'a'; MAX_FILE_BYTES + 1],
        )
        .unwrap();
        let dir = root.join("content/n");
        let folder = Folder::new(root, &dir);
        assert_eq!(folder.read("en.md").unwrap().as_deref(), Some("fine"));
        assert_eq!(folder.read("sv.md").unwrap().as_deref(), Some("other"));
        assert_eq!(folder.read("fr.md").unwrap(), None);
        let code = |name: &str| folder.read(name).unwrap_err().code;
        assert_eq!(code("nb.md"), "outside-site");
        assert_eq!(code("nl.md"), "io");
        assert_eq!(code("big.md"), "file-too-large");
        // A notice folder that is itself a link out of the site.
        std::fs::create_dir(out.join("n")).unwrap();
        std::fs::write(out.join("n/en.md"), "secret").unwrap();
        symlink(out.join("n"), root.join("content/m")).unwrap();
        let linked = root.join("content/m");
        let e = Folder::new(root, &linked).read("en.md").unwrap_err();
        assert_eq!(e.code, "outside-site");
    }

    #[test]
    fn files_over_the_cap_are_refused() {
        let site = tempfile::tempdir().unwrap();
        let big = site.path().join("big.md");
        std::fs::write(&big, vec![b'a'; MAX_FILE_BYTES + 1]).unwrap();
        let e = read_text(site.path(), &big).unwrap_err();
        assert_eq!(e.code, "file-too-large");
        assert!(e.help.is_some());
    }
}
