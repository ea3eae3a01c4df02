//! Saving that never destroys the old file: write a temporary file beside
//! the target, flush it to disk, rename it over the target, then flush the
//! folder so the rename itself survives a power cut.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: afterwards the file holds either the
/// old contents or the new, never a mix, whatever happens midway (a crash,
/// a full disk, a kill).
///
/// The old file's permissions are kept. When `path` is a symbolic link, the
/// file it points to is replaced and the link stays. A failure leaves the old
/// file as it was and removes the temporary file.
///
/// # Errors
/// Any I/O error on the way; the target is then untouched.
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
    let old_permissions = match fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                format!("{} is a folder", target.display()),
            ));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };

    // The temporary file is removed when dropped, that is on every error.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&folder)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    if let Some(permissions) = old_permissions {
        temp.as_file().set_permissions(permissions)?;
    } else {
        set_default_permissions(temp.as_file())?;
    }
    temp.as_file().sync_all()?;
    temp.persist(&target).map_err(|e| e.error)?;
    sync_folder(&folder)
}

/// The file a link points to, so that saving through a link keeps the link.
fn resolve_link(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// A new file gets the permissions any new file would get (the temporary
/// file is created private).
#[cfg(unix)]
fn set_default_permissions(file: &fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    // The process umask is not readable without changing it; 0644 is what
    // the usual umask 022 gives and what an emailed recipe needs.
    file.set_permissions(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &fs::File) -> io::Result<()> {
    Ok(())
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
}
