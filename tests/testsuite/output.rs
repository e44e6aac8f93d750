//! The output folder is replaced whole or not at all: a build killed at any moment, a full
//! disk, a read-only disk or a folder varsel may not write leave the previous site as it was,
//! and varsel never replaces a folder it did not create or one holding the site itself.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Fixture, copy_dir, varsel};

/// Every file under `dir`, by relative path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// The basic site with `n` more incidents, each a copy of the first under its own slug.
fn big_site(n: usize) -> Fixture {
    let f = Fixture::new("basic");
    let first = f.path().join("content/acme-webshop-2024");
    for i in 0..n {
        copy_dir(&first, &f.path().join(format!("content/copy-{i:04}")));
    }
    f
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-") || n.contains(".old-"))
        .collect()
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_previous_site_intact() {
    let f = big_site(60);
    let public = f.path().join("public");
    let started = Instant::now();
    f.run(&["build"]).ok();
    let full = started.elapsed();
    let mut site = snapshot(&public);
    assert!(site.len() > 250, "{} files", site.len());

    let spawn = || {
        varsel()
            .arg("-C")
            .arg(f.path())
            .arg("build")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut address = "https://notices.example.com/security".to_owned();
    let mut caught_writing = 0;
    for step in 0..14 {
        // Each build has every file to write anew (a build that changes nothing writes
        // nothing): the site's address, which is in every page, is new each time.
        let new_address = format!("https://notices.example.com/step-{step}");
        f.edit("varsel.toml", &address, &new_address);
        address = new_address;
        let mut child = spawn();
        if step < 4 {
            // While reading and rendering.
            std::thread::sleep(full * (step + 1) / 5);
        } else {
            // While writing: from the moment the staging folder appears, a little later each time.
            let deadline = Instant::now() + full * 4;
            while leftovers(f.path()).is_empty()
                && child.try_wait().unwrap().is_none()
                && Instant::now() < deadline
            {
                std::thread::sleep(Duration::from_micros(200));
            }
            std::thread::sleep(Duration::from_millis(3 * (step as u64 - 4)));
        }
        let staging_seen = !leftovers(f.path()).is_empty();
        let _ = child.kill(); // SIGKILL: no chance to clean up
        let finished = child.wait().unwrap().success();
        let now = snapshot(&public);
        if finished {
            // Done before the kill: the whole new site is in place, and only it.
            assert_built_at(&now, &site, &address);
            site = now;
        } else {
            assert!(
                now == site,
                "public/ changed after a build killed at step {step}"
            );
            caught_writing += usize::from(staging_seen);
        }
    }
    assert!(
        caught_writing >= 3,
        "only {caught_writing} kills landed while the site was being written"
    );
    // The next build clears what the killed ones left behind, and writes the new site.
    f.run(&["build"]).ok();
    assert_built_at(&snapshot(&public), &site, &address);
    assert_eq!(leftovers(f.path()), Vec::<String>::new());
}

/// Asserts that `files` is a whole site built for `address`: the same files as `before`
/// (only the address changed), its sitemap listing its pages there.
fn assert_built_at(
    files: &BTreeMap<PathBuf, Vec<u8>>,
    before: &BTreeMap<PathBuf, Vec<u8>>,
    address: &str,
) {
    assert!(files.keys().eq(before.keys()), "{address}");
    let sitemap = String::from_utf8_lossy(&files[Path::new("sitemap.xml")]).into_owned();
    assert!(
        sitemap.contains(&format!("{address}/")),
        "{address}: {sitemap}"
    );
}

#[cfg(unix)]
/// Whether the tests run as root, who may write where permissions say no.
fn is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().nth(1).map(|u| u == "0"))
        .unwrap_or(false)
}

#[cfg(unix)]
/// `varsel -C <site> <args>` as an ordinary user: root ignores file permissions.
fn run_unprivileged(site: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_varsel"));
        c
    } else {
        varsel()
    };
    cmd.arg("-C").arg(site).args(args).output().unwrap()
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_folder_varsel_may_not_write_is_a_clear_error() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let before = snapshot(&f.path().join("public"));
    // Readable by all, writable by nobody but the owner (who is not the one building).
    for entry in walkdir::WalkDir::new(f.path()).into_iter().flatten() {
        chmod(
            entry.path(),
            if entry.file_type().is_dir() {
                0o755
            } else {
                0o644
            },
        );
    }
    let out = run_unprivileged(f.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The environment failed, not the site: exit code 2 (docs/check.md).
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error[output]"), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    assert!(
        stderr.contains("check that you may write there"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(snapshot(&f.path().join("public")), before);
}

#[cfg(unix)]
#[test]
fn unreadable_input_is_a_clear_error() {
    let f = Fixture::new("basic");
    for entry in walkdir::WalkDir::new(f.path()).into_iter().flatten() {
        chmod(
            entry.path(),
            if entry.file_type().is_dir() {
                0o777
            } else {
                0o666
            },
        );
    }
    chmod(&f.path().join("content/acme-webshop-2024/nl.md"), 0o600);
    for command in ["build", "check"] {
        let out = run_unprivileged(f.path(), &[command]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // The environment failed, not the site: exit code 2 (docs/check.md).
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.contains("error[io]: cannot read"), "{stderr}");
        assert!(stderr.contains("nl.md"), "{stderr}");
        assert!(stderr.contains("Permission denied"), "{stderr}");
    }
    let out = run_unprivileged(f.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nl.md"), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    assert!(!f.exists("public"));
}

#[test]
fn varsel_refuses_to_replace_what_it_did_not_build() {
    let f = Fixture::new("basic");
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    for (output, why) in [
        ("/".to_owned(), "root of the file system"),
        (home, "home folder"),
        (
            f.path().display().to_string(),
            "contains the site's own files",
        ),
        (
            f.path().parent().unwrap().display().to_string(),
            "contains the site's own files",
        ),
        (
            f.path().join("content").display().to_string(),
            "site's sources",
        ),
        (
            f.path().join("content/x").display().to_string(),
            "site's sources",
        ),
        (
            f.path().join("varsel.toml").display().to_string(),
            "site's sources",
        ),
    ] {
        let run = f.run(&["build", "--output", &output]).fails_with(1);
        assert!(
            run.stderr().contains("error[unsafe-output]"),
            "{output}: {}",
            run.stderr()
        );
        assert!(run.stderr().contains(why), "{output}: {}", run.stderr());
    }
    // A folder with files but without varsel's marker is someone else's.
    f.write("elsewhere/notes.txt", "mine");
    let elsewhere = f.path().join("elsewhere").display().to_string();
    let run = f.run(&["build", "--output", &elsewhere]).fails_with(1);
    assert!(
        run.stderr().contains("varsel did not create it"),
        "{}",
        run.stderr()
    );
    assert_eq!(f.read("elsewhere/notes.txt"), "mine");
    // An empty folder may be used, and is marked as varsel's from then on.
    fs::create_dir(f.path().join("fresh")).unwrap();
    let fresh = f.path().join("fresh").display().to_string();
    f.run(&["build", "--output", &fresh]).ok();
    assert!(f.exists("fresh/.varsel-output"));
    f.run(&["build", "--output", &fresh]).ok();
    assert!(f.exists("content/acme-webshop-2024/incident.yaml"));
}

/// A tmpfs of `size` mounted at a new folder under `f`; unmounted when dropped.
#[cfg(target_os = "linux")]
struct Mount(PathBuf);

#[cfg(target_os = "linux")]
impl Mount {
    fn new(at: PathBuf, options: &str) -> Mount {
        fs::create_dir_all(&at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(&at)
            .status()
            .unwrap()
            .success();
        assert!(ok, "mount -t tmpfs -o {options} failed");
        Mount(at)
    }
}

#[cfg(target_os = "linux")]
impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root for tmpfs"]
fn a_full_disk_is_a_clear_error_and_keeps_the_previous_site() {
    let f = Fixture::new("basic");
    let mount = Mount::new(f.path().join("disk"), "size=256k");
    let out = mount.0.join("public").display().to_string();
    f.run(&["build", "--output", &out]).ok();
    let before = snapshot(&mount.0.join("public"));
    // Ten times as much to write as fits.
    let first = f.path().join("content/acme-webshop-2024");
    for i in 0..10 {
        copy_dir(&first, &f.path().join(format!("content/copy-{i}")));
    }
    let run = f.run(&["build", "--output", &out]).fails_with(2);
    assert!(
        run.stderr().contains("No space left on device"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("free some disk space"),
        "{}",
        run.stderr()
    );
    assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
    assert_eq!(snapshot(&mount.0.join("public")), before);
    assert_eq!(leftovers(&mount.0), Vec::<String>::new());
}

#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs root for tmpfs"]
fn a_read_only_disk_is_a_clear_error() {
    let f = Fixture::new("basic");
    let mount = Mount::new(f.path().join("disk"), "ro,size=64k");
    let out = mount.0.join("public").display().to_string();
    let run = f.run(&["build", "--output", &out]).fails_with(2);
    assert!(
        run.stderr().contains("Read-only file system"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("the disk is read-only"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_build_leaves_the_staging_folder_of_a_build_still_running_alone() {
    let f = Fixture::new("basic");
    // What another build, still running, has beside the output: its staging folder, and the
    // lock file it holds for as long as it runs.
    let staging = f.path().join(".public.staging-other");
    fs::create_dir(&staging).unwrap();
    fs::write(staging.join("index.html"), "being written").unwrap();
    let lock_path = f.path().join(".public.staging-other.lock");
    let lock = fs::File::create(&lock_path).unwrap();
    lock.lock().unwrap();
    f.run(&["build"]).ok();
    assert!(
        staging.join("index.html").exists(),
        "a live build's folder is kept"
    );

    // Once that build is gone (its lock released, as on any exit), the next build cleans up.
    drop(lock);
    f.run(&["build"]).ok();
    assert!(!staging.exists());
    assert!(!lock_path.exists());
    assert_eq!(leftovers(f.path()), Vec::<String>::new());
}
