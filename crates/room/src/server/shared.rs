//! What the server's tasks share: the question, the page, the folder and
//! the counts. The folder's lock is taken only on the writing threads (it
//! is held through a write's fsync); the server's thread and the handle
//! take only locks held for a moment (the counts, the list of files), so
//! neither a request nor a window's frame ever waits for the disk.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use crate::answer::Answer;
use crate::code::RoomCode;
use crate::config::{Limits, Notify};
use crate::page::Served;
use crate::questions::Questions;
use crate::quota::{ClientKey, Quotas, Refusal};
use crate::server::{AnswerEvent, RoomEvent};
use crate::store::Store;

/// Everything [`Shared::new`] takes.
pub struct Parts {
    pub page: Served,
    pub questions: Questions,
    pub code: RoomCode,
    pub bind: IpAddr,
    pub port: u16,
    pub limits: Limits,
    pub store: Store,
    pub events: SyncSender<RoomEvent>,
    pub notify: Option<Notify>,
}

/// The room's shared state.
pub struct Shared {
    pub page: Served,
    pub questions: Questions,
    pub code: RoomCode,
    pub bind: IpAddr,
    pub port: u16,
    pub limits: Limits,
    store: Mutex<Store>,
    quotas: Mutex<Quotas>,
    files: Mutex<Vec<PathBuf>>,
    connections: Mutex<BTreeMap<ClientKey, usize>>,
    open_connections: AtomicUsize,
    participants: AtomicUsize,
    revision: AtomicU64,
    events: SyncSender<RoomEvent>,
    notify: Option<Notify>,
}

/// How an answer went, for the reply.
pub enum Outcome {
    Stored { replaced: bool },
    Refused(Refusal),
    NotSaved,
}

impl Shared {
    pub fn new(parts: Parts) -> Self {
        let Parts {
            page,
            questions,
            code,
            bind,
            port,
            limits,
            store,
            events,
            notify,
        } = parts;
        let participants = AtomicUsize::new(store.participants());
        let files = Mutex::new(store.files());
        Self {
            page,
            questions,
            code,
            bind,
            port,
            store: Mutex::new(store),
            quotas: Mutex::new(Quotas::new(limits.clone())),
            files,
            limits,
            connections: Mutex::new(BTreeMap::new()),
            open_connections: AtomicUsize::new(0),
            participants,
            revision: AtomicU64::new(0),
            events,
            notify,
        }
    }

    fn quotas(&self) -> MutexGuard<'_, Quotas> {
        lock(&self.quotas)
    }

    pub fn participants(&self) -> usize {
        self.participants.load(Ordering::Acquire)
    }

    pub fn revision(&self) -> u64 {
        self.revision.load(Ordering::Acquire)
    }

    pub fn files(&self) -> Vec<PathBuf> {
        lock(&self.files).clone()
    }

    pub fn barred(&self, client: ClientKey) -> bool {
        self.quotas().barred(client)
    }

    pub fn wrong_code(&self, client: ClientKey) {
        self.quotas().wrong_code(client);
    }

    pub fn report(&self, event: RoomEvent) {
        // Full: the reader is behind; the counts stay exact regardless.
        let _ = self.events.try_send(event);
    }

    /// Counts and writes an answer (blocking: run off the server's thread).
    pub fn store(&self, client: IpAddr, answer: &Answer, started: Instant) -> Outcome {
        let key = ClientKey::of(client);
        let mut store = lock(&self.store);
        let new = store.is_new(&answer.token);
        let admitted = self.quotas().admit(key, new, store.participants());
        if let Err(reason) = admitted {
            drop(store);
            self.report(RoomEvent::Refused { client, reason });
            return Outcome::Refused(reason);
        }
        match store.submit(&answer.token, &answer.name, &answer.file) {
            Ok(stored) => {
                let participants = store.participants();
                let file = store.path_of(&stored.file);
                *lock(&self.files) = store.files();
                drop(store);
                self.participants.store(participants, Ordering::Release);
                self.revision.fetch_add(1, Ordering::AcqRel);
                self.report(RoomEvent::Answer(AnswerEvent {
                    file,
                    name: answer.name.clone(),
                    replaced: stored.replaced,
                    participants,
                    took: started.elapsed(),
                }));
                if let Some(notify) = &self.notify {
                    notify();
                }
                Outcome::Stored {
                    replaced: stored.replaced,
                }
            }
            Err(e) => {
                drop(store);
                self.quotas().undo(key, new);
                self.report(RoomEvent::NotSaved {
                    message: e.to_string(),
                });
                // A window hears of it at once, as of an answer.
                if let Some(notify) = &self.notify {
                    notify();
                }
                Outcome::NotSaved
            }
        }
    }

    /// A connection slot for this client, or `None` when the room or the
    /// client holds its most connections.
    pub fn enter(self: &Arc<Self>, client: IpAddr) -> Option<Slot> {
        let key = ClientKey::of(client);
        let mut open = lock(&self.connections);
        let here = open.get(&key).copied().unwrap_or(0);
        if self.open_connections.load(Ordering::Acquire) >= self.limits.max_connections
            || here >= self.limits.max_connections_per_client
        {
            return None;
        }
        open.insert(key, here + 1);
        self.open_connections.fetch_add(1, Ordering::AcqRel);
        Some(Slot {
            shared: Arc::clone(self),
            key,
        })
    }

    fn leave(&self, key: ClientKey) {
        let mut open = lock(&self.connections);
        match open.get(&key).copied() {
            Some(n) if n > 1 => {
                open.insert(key, n - 1);
            }
            _ => {
                open.remove(&key);
            }
        }
        self.open_connections.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A lock, also after a panic elsewhere: every change under these locks
/// is a single step, so none is left half made.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A connection held open; dropping it frees the slot.
pub struct Slot {
    shared: Arc<Shared>,
    key: ClientKey,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.shared.leave(self.key);
    }
}
