//! Why a recipe file could not be loaded or saved: errors that name the file
//! and, where they can, the line and column.

use std::io;

use thiserror::Error;

/// Why a recipe file could not be loaded. Every message starts with the file
/// and, where the problem has a place, its line and column.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The file is over [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES).
    #[error(
        "{path}: the file is larger than the limit of {limit} bytes for a recipe \
         ({size} bytes); it is not a recipe, or not one this app can open safely"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes (at least).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The text is not what was expected at a place.
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        col: usize,
        /// What was expected, and what was found.
        message: String,
    },
    /// Written by a newer version of the app.
    #[error(
        "{path}:{line}:{col}: this recipe is in file format version {found}, from a newer \
         CX Recipe Designer; this version reads format {supported} and older. \
         Update CX Recipe Designer to open it"
    )]
    NewerVersion {
        /// The file.
        path: String,
        /// Line of the version field.
        line: usize,
        /// Column of the version field.
        col: usize,
        /// The version in the file.
        found: u32,
        /// [`FORMAT_VERSION`](super::FORMAT_VERSION).
        supported: u32,
    },
    /// A picture (PNG or SVG) that holds no recipe to read: none embedded,
    /// or the file is damaged, cut short or over a limit.
    #[error("{path}: {message}")]
    Image {
        /// The file.
        path: String,
        /// What is wrong, e.g. "no recipe in this image: …".
        message: String,
    },
    /// Well-formed, but not a valid recipe (e.g. parts mixed with volumes).
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl LoadError {
    /// Whether this is a failure to read the file at all, rather than a
    /// problem with its contents.
    pub fn is_io(&self) -> bool {
        matches!(self, Self::Io { .. })
    }
}

/// Why a recipe could not be saved. The old file is always left as it was.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing failed.
    #[error("{path}: could not save ({source}); the file on disk was left as it was")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The recipe breaks a rule every file must keep.
    #[error("{path}: not saved: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}
