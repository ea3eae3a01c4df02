//! Saving that never destroys the old file: write a temporary file beside
//! the target, flush it to disk, rename it over the target, then flush the
//! folder so the rename itself survives a power cut.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

#[cfg(not(windows))]
mod other;
#[cfg(windows)]
mod windows;
#[cfg(not(windows))]
use other as platform;
#[cfg(windows)]
use windows as platform;

/// Writes `bytes` to `path` atomically: afterwards the file holds either the
/// old contents or the new, never a mix, whatever happens midway (a crash,
/// a full disk, a kill).
///
/// The old file's permissions are kept. When `path` is a symbolic link, the
/// file it points to is replaced and the link stays. A failure leaves the old
/// file as it was and removes the temporary file. Temporary files that an
/// earlier save to the same target left when it was killed are removed first,
/// so at most one is ever left behind.
///
/// On Windows (see `atomic/windows.rs`) the temporary file is hidden, a
/// target held open by another program is retried for about two seconds,
/// and a read-only target is refused rather than losing its attribute.
///
/// # Errors
/// Any I/O error on the way, in words that name no temporary file (the
/// caller names the target); the target is then untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve_link(path)?;
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let old = match fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "it is a folder, not a file",
            ));
        }
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(meta) = &old {
        platform::refuse_read_only(meta)?;
    }

    remove_stale_temp_files(&folder, &file_name);
    // The temporary file is removed when dropped, that is on every error.
    let prefix = temp_prefix(&file_name);
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .rand_bytes(TEMP_RANDOM_CHARS)
        .suffix(TEMP_SUFFIX);
    let mut temp = platform::create_temp(&mut builder, &folder)?;
    // Through the plain file: tempfile's own `Write` adds the temporary
    // file's path, Debug-quoted, to every error.
    temp.as_file_mut().write_all(bytes)?;
    if let Some(meta) = &old {
        platform::keep_permissions(temp.as_file(), meta)?;
    }
    temp.as_file().sync_all()?;
    platform::persist(temp, &target)?;
    if let Some(meta) = &old {
        platform::restore_attributes(&target, meta);
    }
    sync_folder(&folder)
}

/// A temporary file is named `.{target's file name}.{random}.tmp`: hidden
/// (by its leading dot on Unix, by its attribute on Windows), beside the
/// target, and recognisably ours.
const TEMP_SUFFIX: &str = ".tmp";
/// How many random letters and digits `tempfile` puts in the name.
const TEMP_RANDOM_CHARS: usize = 6;

fn temp_prefix(file_name: &str) -> String {
    format!(".{file_name}.")
}

/// Whether `name` is a temporary file of a save to `file_name`: exactly the
/// prefix, six letters or digits, and the suffix. Another target's temporary
/// file never matches, even one whose name starts with ours
/// (`.a.ron.x.Ab12Cd.tmp` belongs to `a.ron.x`, not to `a.ron`).
fn is_temp_file_of(name: &str, file_name: &str) -> bool {
    name.strip_prefix(&temp_prefix(file_name))
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_CHARS && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes the temporary files that earlier saves to the same target left
/// behind when they were killed (SIGKILL, a power cut) before they could
/// clean up, so that at most one ever remains.
///
/// All of them go, whatever their age: the only writer that could still be
/// using one is another process saving the same file at the same moment,
/// which is not supported, and even then nothing is lost — that save's
/// rename fails and it reports an error, while the target keeps its old or
/// new contents. Waiting for a file to grow old instead would leave a fresh
/// orphan in place after the next save.
///
/// Best effort: a file that cannot be removed (already gone, no permission)
/// does not stop the save, which needs none of this to be correct.
fn remove_stale_temp_files(folder: &Path, file_name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let is_ours = name
            .to_str()
            .is_some_and(|name| is_temp_file_of(name, file_name));
        // Never follow a link or touch a folder, whatever its name.
        if is_ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            // Ignored on purpose: see above.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The file a link points to, so that saving through a link keeps the link.
fn resolve_link(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// Makes the rename durable: on Unix a folder is flushed by opening it and
/// syncing it.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    fs::File::open(folder)?.sync_all()
}

/// Windows cannot open a folder as a file without extra flags, and
/// `MoveFileExW` (which `persist` uses) already commits the rename through
/// the NTFS journal; other platforms have no folder handle to flush.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_files(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn writes_a_new_file_and_replaces_an_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomically(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is a folder: the rename must fail, nothing is lost.
        let folder = dir.path().join("folder.ron");
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("inside"), b"keep").unwrap();
        assert!(write_atomically(&folder, b"new").is_err());
        assert_eq!(fs::read(folder.join("inside")).unwrap(), b"keep");
        assert!(temp_files(dir.path()).is_empty());
        // The parent is a file: no temporary file can be made.
        let file = dir.path().join("file");
        fs::write(&file, b"old").unwrap();
        assert!(write_atomically(&file.join("x.ron"), b"new").is_err());
        assert_eq!(fs::read(&file).unwrap(), b"old");
    }

    #[test]
    fn stale_temp_files_of_this_target_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let stale = [".a.ron.Ab12Cd.tmp", ".a.ron.zzzzzz.tmp"];
        let others = [
            ".a.ron.x.Ab12Cd.tmp", // a save to `a.ron.x`
            ".b.ron.Ab12Cd.tmp",   // a save to `b.ron`
            ".a.ron.Ab12C.tmp",    // too short to be ours
            ".a.ron.Ab-2Cd.tmp",   // not letters and digits
            "a.ron.Ab12Cd.tmp",    // not hidden
            ".a.ron.Ab12Cd.tmp.keep",
        ];
        for name in stale.iter().chain(&others) {
            fs::write(dir.path().join(name), b"left over").unwrap();
        }
        // A folder with our pattern is not a file we made.
        fs::create_dir(dir.path().join(".a.ron.Folder.tmp")).unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        for name in stale {
            assert!(!dir.path().join(name).exists(), "{name} was left");
        }
        for name in others {
            assert!(dir.path().join(name).exists(), "{name} was removed");
        }
        assert!(dir.path().join(".a.ron.Folder.tmp").is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_named_like_a_temp_file_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let precious = dir.path().join("precious");
        fs::write(&precious, b"keep").unwrap();
        let link = dir.path().join(".a.ron.Ab12Cd.tmp");
        std::os::unix::fs::symlink(&precious, &link).unwrap();
        write_atomically(&dir.path().join("a.ron"), b"new").unwrap();
        assert_eq!(fs::read(&precious).unwrap(), b"keep");
        assert!(fs::symlink_metadata(&link).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"new").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_link_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }

    /// Opens `path` as a scanner or a preview pane does (reading, sharing
    /// reading and writing, not deletion) and keeps it open for `hold`.
    #[cfg(windows)]
    fn held_open(path: &Path, hold: std::time::Duration) -> std::thread::JoinHandle<()> {
        use std::os::windows::fs::OpenOptionsExt as _;
        let file = fs::OpenOptions::new()
            .read(true)
            .share_mode(0x1 | 0x2)
            .open(path)
            .unwrap();
        std::thread::spawn(move || {
            std::thread::sleep(hold);
            drop(file);
        })
    }

    #[cfg(windows)]
    #[test]
    fn a_save_waits_for_a_short_hold() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        let holder = held_open(&path, std::time::Duration::from_millis(500));
        write_atomically(&path, b"new").unwrap();
        holder.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[cfg(windows)]
    #[test]
    fn a_long_hold_is_reported_in_words_and_the_old_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        let holder = held_open(&path, std::time::Duration::from_secs(4));
        let e = write_atomically(&path, b"new").unwrap_err();
        holder.join().unwrap();
        assert!(e.to_string().contains("in use by another program"), "{e}");
        assert!(!e.to_string().contains(".tmp"), "{e}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[cfg(windows)]
    #[test]
    fn a_read_only_file_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"old").unwrap();
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).unwrap();
        let e = write_atomically(&path, b"new").unwrap_err();
        assert!(e.to_string().contains("read-only"), "{e}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert!(fs::metadata(&path).unwrap().permissions().readonly());
        assert!(temp_files(dir.path()).is_empty());
    }

    #[cfg(windows)]
    #[test]
    fn temp_files_are_hidden_and_saved_files_are_not() {
        use std::os::windows::fs::MetadataExt as _;
        const HIDDEN: u32 = 0x2;
        let dir = tempfile::tempdir().unwrap();
        let temp = platform::create_temp(&mut tempfile::Builder::new(), dir.path()).unwrap();
        assert_ne!(
            temp.as_file().metadata().unwrap().file_attributes() & HIDDEN,
            0
        );
        let path = dir.path().join("a.ron");
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().file_attributes() & HIDDEN, 0);
    }
}
