//! Saving everywhere but Windows: the temporary file is hidden by its
//! leading dot, and a rename replaces the target whoever has it open.

use std::fs::{self, File, Metadata};
use std::io;
use std::path::Path;

use tempfile::NamedTempFile;

/// Unix lets a read-only file be replaced (the folder's permission decides)
/// and the old mode is kept, so nothing is refused here.
pub(super) fn refuse_read_only(_old: &Metadata) -> io::Result<()> {
    Ok(())
}

/// A new file gets the permissions any new file would get: created with
/// mode 0666 so that the process's umask applies (tempfile's own default,
/// 0600, would make an emailed recipe unreadable to others on purpose).
pub(super) fn create_temp(
    builder: &mut tempfile::Builder<'_, '_>,
    folder: &Path,
) -> io::Result<NamedTempFile> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder)
}

/// The replacement takes the old file's permissions before it is renamed.
pub(super) fn keep_permissions(temp: &File, old: &Metadata) -> io::Result<()> {
    temp.set_permissions(old.permissions())
}

/// Renames the temporary file over the target.
pub(super) fn persist(temp: NamedTempFile, target: &Path) -> io::Result<()> {
    temp.persist(target).map(drop).map_err(|e| e.error)
}

/// Nothing to restore: the permissions went with the temporary file.
pub(super) fn restore_attributes(_target: &Path, _old: &Metadata) {}
