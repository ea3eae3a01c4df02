//! The room's handle and its server: [`Room::open`] binds the chosen
//! interface, then serves on a thread of its own (a one-thread tokio
//! runtime running hyper, plus at most two threads for writing answers);
//! [`Room::close`] or dropping the handle stops it at once.

mod accept;
mod respond;
mod routes;
mod shared;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use thiserror::Error;
use tokio::sync::oneshot;

use crate::address::{default_interface, participant_url};
use crate::code::RoomCode;
use crate::config::RoomConfig;
use crate::page;
use crate::qr::QrMatrix;
use crate::questions::Questions;
pub use crate::quota::Refusal;
use crate::store::Store;
use shared::Shared;

/// Events kept for the window or the log before the oldest unread are
/// dropped (the counts stay exact: see [`Room::revision`]).
const EVENTS: usize = 1024;
/// How long closing waits for an answer being written to finish.
const SHUTDOWN: Duration = Duration::from_secs(2);
/// Threads writing answers (the folder is written one answer at a time).
const WRITERS: usize = 2;

/// What happened in a room, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum RoomEvent {
    /// An answer was stored.
    Answer(AnswerEvent),
    /// An answer was refused (requests without the code are not reported).
    Refused {
        /// Who sent it.
        client: IpAddr,
        /// Why.
        reason: Refusal,
    },
    /// An answer could not be written to the folder.
    NotSaved {
        /// The I/O error, naming the file.
        message: String,
    },
}

/// A stored answer.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerEvent {
    /// Its file.
    pub file: PathBuf,
    /// The participant's name; empty when none was given.
    pub name: String,
    /// Whether it replaced this participant's earlier answer.
    pub replaced: bool,
    /// Participants in the room now.
    pub participants: usize,
    /// From the request's arrival to the answer on disk.
    pub took: Duration,
}

/// Why a room could not open.
#[derive(Debug, Error)]
pub enum RoomError {
    /// The recipe cannot be asked about.
    #[error("{0}")]
    Recipe(String),
    /// The room's folder cannot be created or read.
    #[error("{path}: {source}")]
    Folder {
        /// The folder.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The address cannot be listened on (in use, not this machine's).
    #[error("cannot listen on {address}: {source}")]
    Listen {
        /// The address and port.
        address: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// No random code or no server thread could be had.
    #[error("cannot start the room: {0}")]
    Start(String),
    /// A file could not be written (the exported form).
    #[error("{path}: {message}")]
    Write {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
}

/// An open room. Everything it answers is cheap and never blocks.
pub struct Room {
    address: String,
    code: RoomCode,
    local: SocketAddr,
    qr: QrMatrix,
    folder: PathBuf,
    shared: Arc<Shared>,
    events: Mutex<Receiver<RoomEvent>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Room {
    /// Opens a room: picks up the folder's answers, listens on the
    /// configured interface and port, and serves on a thread of its own.
    ///
    /// # Errors
    /// A [`RoomError`]; nothing is listening then.
    pub fn open(config: RoomConfig) -> Result<Self, RoomError> {
        let RoomConfig {
            recipe,
            recipe_path,
            folder,
            bind,
            port,
            mode,
            limits,
            code,
            notify,
        } = config;
        let questions = Questions::new(&recipe, mode).map_err(RoomError::Recipe)?;
        let code = match code {
            Some(code) => code,
            None => RoomCode::random().map_err(|e| RoomError::Start(e.to_string()))?,
        };
        let store =
            Store::open(&folder, recipe_path.as_deref()).map_err(|source| RoomError::Folder {
                path: folder.display().to_string(),
                source,
            })?;
        let listen_err = |source| RoomError::Listen {
            address: SocketAddr::new(bind, port).to_string(),
            source,
        };
        let listener = std::net::TcpListener::bind((bind, port)).map_err(listen_err)?;
        listener.set_nonblocking(true).map_err(listen_err)?;
        let local = listener.local_addr().map_err(listen_err)?;
        // Listening on every interface: show the one with the default route.
        let shown = if bind.is_unspecified() {
            default_interface().unwrap_or(bind)
        } else {
            bind
        };
        let address = participant_url(shown, local.port(), &code);
        let qr = QrMatrix::encode(&address).map_err(RoomError::Start)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .max_blocking_threads(WRITERS)
            .thread_name("cx-room-writer")
            .build()
            .map_err(|e| RoomError::Start(e.to_string()))?;
        let listener = {
            let _context = runtime.enter();
            tokio::net::TcpListener::from_std(listener).map_err(listen_err)?
        };
        let (sender, events) = sync_channel(EVENTS);
        let shared = Arc::new(Shared::new(shared::Parts {
            page: page::served(&questions, &code),
            questions,
            code: code.clone(),
            bind,
            port: local.port(),
            limits,
            store,
            events: sender,
            notify,
        }));
        let (stop, stopped) = oneshot::channel();
        let serving = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("cx-room".to_owned())
            .spawn(move || {
                runtime.block_on(accept::serve(listener, serving, stopped));
                runtime.shutdown_timeout(SHUTDOWN);
            })
            .map_err(|e| RoomError::Start(e.to_string()))?;
        Ok(Self {
            address,
            code,
            local,
            qr,
            folder,
            shared,
            events: Mutex::new(events),
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The participants' address, with the code: open it, or scan [`Room::qr`].
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The room code.
    pub fn code(&self) -> &RoomCode {
        &self.code
    }

    /// The address and port listened on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The address as a QR code.
    pub fn qr(&self) -> &QrMatrix {
        &self.qr
    }

    /// The room's folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Answers (participants) in the folder, those from before included.
    pub fn answer_count(&self) -> usize {
        self.shared.participants()
    }

    /// Goes up by one with every stored answer: a window compares it with
    /// the last one it saw to know whether to read the folder again.
    pub fn revision(&self) -> u64 {
        self.shared.revision()
    }

    /// The answer files, sorted by name.
    pub fn answer_files(&self) -> Vec<PathBuf> {
        self.shared.files()
    }

    /// The next event, if one is waiting.
    pub fn try_event(&self) -> Option<RoomEvent> {
        self.events().try_recv().ok()
    }

    /// The next event, waiting at most `timeout`.
    pub fn next_event(&self, timeout: Duration) -> Option<RoomEvent> {
        self.events().recv_timeout(timeout).ok()
    }

    fn events(&self) -> std::sync::MutexGuard<'_, Receiver<RoomEvent>> {
        self.events.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stops the server: it listens no more from this moment, open
    /// connections are cut, an answer being written is finished.
    pub fn close(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.stop_now();
    }
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("local", &self.local)
            .field("folder", &self.folder)
            .field("answers", &self.answer_count())
            .finish_non_exhaustive()
    }
}
