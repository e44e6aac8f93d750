//! Whether the process that made a working folder (a build's staging folder, a preview folder)
//! is still alive, told by a lock file beside the folder rather than by process ids: the
//! operating system releases a lock when its holder exits, however it exits, on every system
//! varsel runs on, where a process list such as Linux's `/proc` exists only on some.
//!
//! The owner takes the lock before it creates the folder and removes the lock file after it
//! removed the folder. Anyone who can take the lock of a folder knows its owner is gone.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The lock file that guards `folder`: `<folder>.lock`, beside it.
pub(crate) fn lock_path(folder: &Path) -> PathBuf {
    let mut name = folder.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    folder.with_file_name(name)
}

/// A held lock: the folders it guards belong to a live process while it exists.
#[derive(Debug)]
pub(crate) struct OwnerLock {
    file: File,
    path: PathBuf,
}

impl OwnerLock {
    /// Takes the lock at `path`, creating the file. Waits while another process holds it,
    /// which happens only when that process is just then removing a dead owner's folders.
    pub(crate) fn acquire(path: &Path) -> io::Result<OwnerLock> {
        loop {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)?;
            file.lock()?;
            // Another process may have taken this file for a dead owner's and removed it
            // between our open and our lock (see `take_if_abandoned`): then the lock we hold is
            // on a file nobody can find, so start again with a new one.
            if path.exists() {
                return Ok(OwnerLock {
                    file,
                    path: path.to_path_buf(),
                });
            }
        }
    }
}

impl Drop for OwnerLock {
    fn drop(&mut self) {
        // Removed while still held, so that nobody takes it for an abandoned one meanwhile.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// If nobody holds the lock at `path`, takes it and returns it: whatever it guarded was left
/// by a process that is gone, and may be removed while the returned lock is held (dropping it
/// removes the lock file too). A missing lock file counts as abandoned: the owner creates it
/// first and removes it last. `None` while the owner is alive.
pub(crate) fn take_if_abandoned(path: &Path) -> Option<AbandonedLock> {
    let file = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Some(AbandonedLock { _held: None });
        }
        Err(_) => return None,
    };
    match file.try_lock() {
        Ok(()) => Some(AbandonedLock {
            _held: Some(OwnerLock {
                file,
                path: path.to_path_buf(),
            }),
        }),
        Err(_) => None,
    }
}

/// The lock of a dead owner, held while its folders are removed.
#[derive(Debug)]
pub(crate) struct AbandonedLock {
    _held: Option<OwnerLock>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_not_abandoned_and_a_released_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = lock_path(&dir.path().join("work"));
        assert_eq!(path, dir.path().join("work.lock"));
        let held = OwnerLock::acquire(&path).unwrap();
        assert!(take_if_abandoned(&path).is_none(), "the owner is alive");
        drop(held);
        assert!(!path.exists(), "the owner removes its lock file");
        assert!(
            take_if_abandoned(&path).is_some(),
            "no lock file: abandoned"
        );
    }

    #[test]
    fn a_lock_file_left_by_a_killed_process_is_abandoned_and_then_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.lock");
        // What a killed owner leaves: the file, with nobody holding its lock.
        fs::write(&path, "").unwrap();
        let taken = take_if_abandoned(&path).expect("nobody holds it");
        assert!(take_if_abandoned(&path).is_none(), "held while cleaning up");
        drop(taken);
        assert!(!path.exists());
    }
}
