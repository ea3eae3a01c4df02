//! Accepting connections within the caps, each served by hyper with the
//! header limits and timeouts, and cut when it has lived too long.

use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

use super::routes;
use super::shared::Shared;

/// hyper's smallest read buffer; the headers' own limit is lower.
const READ_BUFFER: usize = 16 * 1024;
/// A pause after a failed accept (out of file descriptors), so the loop
/// never spins.
const ACCEPT_PAUSE: Duration = Duration::from_millis(50);
/// The reply to a connection over the caps, written without waiting.
const BUSY: &[u8] =
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

/// Serves until `stop` fires (or its sender is dropped).
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let limits = &shared.limits;
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.max_header_bytes)
        .max_headers(limits.max_headers)
        .max_buf_size(READ_BUFFER.max(limits.max_header_bytes))
        .keep_alive(true);
    let lifetime = limits.connection_timeout;
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, peer)) = accepted else {
            tokio::time::sleep(ACCEPT_PAUSE).await;
            continue;
        };
        let client = peer.ip();
        let Some(slot) = shared.enter(client) else {
            busy(&stream);
            continue;
        };
        let http = http.clone();
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let _slot = slot;
            let service =
                service_fn(move |request| routes::handle(Arc::clone(&shared), client, request));
            let connection = http.serve_connection(TokioIo::new(stream), service);
            // Past its lifetime a connection is dropped, whatever it is
            // doing: a client that stops reading cannot hold it.
            let _ = tokio::time::timeout(lifetime, connection).await;
        });
    }
}

/// Tells a client over the caps so, if its socket takes it at once, then
/// closes the connection.
fn busy(stream: &TcpStream) {
    let _ = stream.try_write(BUSY);
}
