//! Saving on Windows, where a file another program holds open cannot be
//! replaced (a virus scanner, Explorer's preview pane, a sync client hold
//! recipes for moments at a time), a read-only file cannot be renamed
//! over, and a leading dot hides nothing.
//!
//! All through the standard library's safe Windows extensions: no
//! `unsafe`, no API bindings of our own.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io;
use std::os::windows::fs::{MetadataExt as _, OpenOptionsExt as _};
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use tempfile::{NamedTempFile, PersistError};

/// `FILE_ATTRIBUTE_HIDDEN`: Explorer does not show the file.
const HIDDEN: u32 = 0x2;
/// `FILE_ATTRIBUTE_SYSTEM`.
const SYSTEM: u32 = 0x4;
/// `FILE_ATTRIBUTE_TEMPORARY`: the cache may keep it out of the disk.
const TEMPORARY: u32 = 0x100;
/// The `DELETE` access right: what replacing a file needs of it.
const DELETE: u32 = 0x0001_0000;
/// `FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE`.
const SHARE_ALL: u32 = 0x7;
/// `ERROR_ACCESS_DENIED`: what `MoveFileExW` says of a target another
/// program has open without sharing deletion (and of a read-only one).
const ERROR_ACCESS_DENIED: i32 = 5;
/// `ERROR_SHARING_VIOLATION`.
const ERROR_SHARING_VIOLATION: i32 = 32;
/// `ERROR_LOCK_VIOLATION`.
const ERROR_LOCK_VIOLATION: i32 = 33;

/// How long a save waits for another program to let go of the target:
/// scanners and preview panes hold a file for well under a second.
const PATIENCE: Duration = Duration::from_secs(2);
/// The first pause between tries; it doubles up to [`LONGEST_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(10);
/// The longest pause between tries.
const LONGEST_PAUSE: Duration = Duration::from_millis(100);

/// A read-only file is refused before anything is written: renaming over
/// it fails with a bare "access denied", and replacing it some other way
/// would silently drop the attribute someone set on purpose.
pub(super) fn refuse_read_only(old: &Metadata) -> io::Result<()> {
    if old.permissions().readonly() {
        Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "it is read-only: untick Read-only in its Properties, or save under another name",
        ))
    } else {
        Ok(())
    }
}

/// The temporary file is created hidden, so that a save killed midway
/// leaves nothing in Explorer's view (the next save removes it).
pub(super) fn create_temp(
    builder: &mut tempfile::Builder<'_, '_>,
    folder: &Path,
) -> io::Result<NamedTempFile> {
    builder.make_in(folder, |path| {
        OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .attributes(HIDDEN | TEMPORARY)
            .open(path)
    })
}

/// Nothing to copy before the rename: tempfile's persist sets the
/// attributes to normal, which [`restore_attributes`] mends afterwards.
pub(super) fn keep_permissions(_temp: &File, _old: &Metadata) -> io::Result<()> {
    Ok(())
}

/// Renames the temporary file over the target, trying again for
/// [`PATIENCE`] while another program holds the target open.
pub(super) fn persist(mut temp: NamedTempFile, target: &Path) -> io::Result<()> {
    // The hidden attributes, to put back after a failed try (persist
    // clears them before it renames).
    let hidden = temp.as_file().metadata()?.permissions();
    let started = Instant::now();
    let mut pause = FIRST_PAUSE;
    loop {
        let Err(PersistError { error, file }) = temp.persist(target) else {
            return Ok(());
        };
        temp = file;
        // Best effort: a visible temporary file is only untidy.
        let _ = temp.as_file().set_permissions(hidden.clone());
        if !is_busy(&error) {
            return Err(error);
        }
        if started.elapsed() >= PATIENCE {
            return Err(why_not_replaced(target, &error));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(LONGEST_PAUSE);
    }
}

/// Whether an error may go away by itself once another program lets go.
fn is_busy(error: &io::Error) -> bool {
    matches!(
        error.raw_os_error(),
        Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
    )
}

/// The words for a target that could not be replaced in time: in use when
/// opening it for deletion is refused for sharing, else what Windows said.
fn why_not_replaced(target: &Path, error: &io::Error) -> io::Error {
    let probe = OpenOptions::new()
        .access_mode(DELETE)
        .share_mode(SHARE_ALL)
        .open(target);
    match probe {
        Err(e) if e.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => io::Error::new(
            io::ErrorKind::ResourceBusy,
            "it is in use by another program — try again in a moment",
        ),
        _ => io::Error::new(
            error.kind(),
            format!(
                "Windows did not let it be replaced ({error}); another program may \
                 be holding it — try again in a moment"
            ),
        ),
    }
}

/// Puts back a hidden or system attribute the old file had: persist
/// leaves the new file normal. Best effort; the save itself succeeded.
pub(super) fn restore_attributes(target: &Path, old: &Metadata) {
    if old.file_attributes() & (HIDDEN | SYSTEM) != 0 {
        let _ = fs::set_permissions(target, old.permissions());
    }
}
