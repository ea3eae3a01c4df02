//! The room under load on 127.0.0.1: 200 participants answer, first all at
//! once, then spread over 10 seconds. The room runs in a child process of
//! its own, so its peak memory (`VmHWM`) is the server's alone; each
//! answer's time in the server (arrival to file on disk, fsync included)
//! comes from its events, the round trip from the clients.
//!
//! `cargo bench -p cx-recipe-room --bench load` (Linux: memory from /proc).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a benchmark: a panic is a failed run"
)]

#[allow(dead_code, reason = "the tests' client; the bench uses part of it")]
#[path = "../../../tests/integration/room_client.rs"]
mod room_client;

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use cx_recipe_room::{Room, RoomConfig, RoomEvent};
use room_client::{LOOPBACK, amounts_of, answer, answer_files, load_limits, post, question, token};

const PARTICIPANTS: usize = 200;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--serve") {
        serve(&args[at + 1]);
        return;
    }
    println!(
        "| run | answers stored | server p50 | server p99 | server max | round trip p99 | room's peak RSS (at open) | wall |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (label, spread) in [
        ("200 at once", Duration::ZERO),
        ("200 within 10 s", Duration::from_secs(10)),
    ] {
        run(label, spread);
    }
}

/// The child: a room with the load caps, its address on the first line,
/// then one line per stored answer (µs in the server); ends when stdin
/// closes, with its memory.
fn serve(folder: &str) {
    let config = RoomConfig {
        limits: load_limits(),
        ..RoomConfig::new(question(), folder.into(), LOOPBACK)
    };
    let room = Room::open(config).unwrap();
    let mut out = std::io::stdout();
    writeln!(
        out,
        "{} {} {}",
        room.local_addr(),
        room.code().shown(),
        kib("VmRSS")
    )
    .unwrap();
    let (done, closed) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = std::io::stdin().read_line(&mut String::new());
        let _ = done.send(());
    });
    while closed.try_recv().is_err() {
        while let Some(event) = room.next_event(Duration::from_millis(20)) {
            if let RoomEvent::Answer(a) = event {
                writeln!(out, "took {}", a.took.as_micros()).unwrap();
            }
        }
    }
    writeln!(out, "peak {}", kib("VmHWM")).unwrap();
}

fn run(label: &str, spread: Duration) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("answers");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--serve", folder.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let mut parts = first.split(' ');
    let addr: SocketAddr = parts.next().unwrap().parse().unwrap();
    let path = format!("/{}/answer", parts.next().unwrap());
    let at_open: u64 = parts.next().unwrap().parse().unwrap();

    let started = Instant::now();
    let start = Arc::new(Barrier::new(PARTICIPANTS));
    let clients: Vec<_> = (0..PARTICIPANTS)
        .map(|i| {
            let (start, path) = (Arc::clone(&start), path.clone());
            let offset = spread.mul_f64(i as f64 / PARTICIPANTS as f64);
            std::thread::spawn(move || {
                start.wait();
                std::thread::sleep(offset);
                let body = answer(&token(i), &format!("P{i:03}"), &amounts_of(i));
                let sent = Instant::now();
                for attempt in 0..5 {
                    if post(addr, &path, "application/json", &body).status != 503 {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100 * (attempt + 1)));
                }
                sent.elapsed()
            })
        })
        .collect();
    let mut round_trips: Vec<Duration> = clients.into_iter().map(|c| c.join().unwrap()).collect();
    let wall = started.elapsed();
    let mut took: Vec<u64> = Vec::new();
    while took.len() < PARTICIPANTS {
        let line = lines.next().unwrap().unwrap();
        took.push(line.strip_prefix("took ").unwrap().parse().unwrap());
    }
    drop(child.stdin.take());
    let peak: u64 = lines
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("peak ").map(|k| k.parse().unwrap()))
        .unwrap();
    child.wait().unwrap();
    took.sort_unstable();
    round_trips.sort_unstable();
    let ms = |us: u64| format!("{:.1} ms", us as f64 / 1000.0);
    println!(
        "| {label} | {} of {PARTICIPANTS} | {} | {} | {} | {:.1} ms | {:.1} MiB ({:.1} MiB) | {:.1} s |",
        answer_files(&folder).len(),
        ms(percentile(&took, 0.50)),
        ms(percentile(&took, 0.99)),
        ms(*took.last().unwrap()),
        percentile(&round_trips, 0.99).as_secs_f64() * 1000.0,
        peak as f64 / 1024.0,
        at_open as f64 / 1024.0,
        wall.as_secs_f64(),
    );
}

/// The value at `q` (0–1) of sorted values, nearest rank.
fn percentile<T: Copy>(sorted: &[T], q: f64) -> T {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// A memory figure of this process in KiB, from /proc (0 elsewhere).
fn kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
        .unwrap_or(0)
}
