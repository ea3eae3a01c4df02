//! What the room tests share: rooms opened on 127.0.0.1 only, with the
//! timeouts low enough that a test of them ends in seconds, and a raw
//! HTTP/1.1 client that sends exactly the bytes a test gives it.

use std::fs;
use std::io::{self, Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use cx_recipe_core::recipe::{Ingredient, Recipe, Tag, Unit, palette_colour};
use cx_recipe_room::{Limits, Room, RoomConfig};

/// Every room of the tests listens here, and only here.
pub const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
/// The longest a test waits for one reply.
const REPLY_TIMEOUT: Duration = Duration::from_secs(10);

/// A reply: its status, its head (status line and headers) and its body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
}

impl Reply {
    /// A header's value (names compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `raw` and reads the reply to the end (the requests ask the
/// server to close).
pub fn exchange(addr: SocketAddr, raw: &[u8]) -> io::Result<Reply> {
    let mut stream = TcpStream::connect_timeout(&addr, REPLY_TIMEOUT)?;
    stream.set_read_timeout(Some(REPLY_TIMEOUT))?;
    stream.set_write_timeout(Some(REPLY_TIMEOUT))?;
    stream.write_all(raw)?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> io::Result<Reply> {
    let bad = || io::Error::new(io::ErrorKind::InvalidData, "not an HTTP reply");
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(bad)?;
    let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(bad)?;
    Ok(Reply {
        status,
        head,
        body: bytes[end + 4..].to_vec(),
    })
}

pub fn get(addr: SocketAddr, path: &str) -> Reply {
    let raw = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    exchange(addr, raw.as_bytes()).unwrap()
}

pub fn post(addr: SocketAddr, path: &str, content_type: &str, body: &[u8]) -> Reply {
    let mut raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(body);
    exchange(addr, &raw).unwrap()
}

/// A participant's token: 32 hex digits.
pub fn token(n: usize) -> String {
    format!("{n:032x}")
}

/// The body of an answer.
pub fn answer(token: &str, name: &str, amounts: &[f64]) -> Vec<u8> {
    serde_json::json!({ "token": token, "name": name, "amounts": amounts })
        .to_string()
        .into_bytes()
}

/// The room's question: three ingredients, one tagged, one from the
/// library (with its descriptions), one a team's own.
pub fn question() -> Recipe {
    let mut recipe = Recipe {
        title: "Our CX".to_owned(),
        ..Recipe::default()
    };
    for (i, name) in ["Efficiency", "Storytelling", "Coffee"].iter().enumerate() {
        recipe.ingredients.push(Ingredient::new(
            *name,
            1.0,
            Unit::MetricCup,
            palette_colour(i),
        ));
    }
    recipe.ingredients[0].tag = Some(Tag::Baking);
    recipe.ingredients[1].tag = Some(Tag::Cooking);
    recipe
}

/// Timeouts of a few hundred milliseconds, so a slow client is cut within
/// a test's seconds; the caps are the real ones.
pub fn quick_limits() -> Limits {
    Limits {
        header_timeout: Duration::from_millis(300),
        body_timeout: Duration::from_millis(300),
        connection_timeout: Duration::from_secs(1),
        ..Limits::default()
    }
}

/// The caps for 200 phones behind one address (the load test's only):
/// the per-device caps raised to the room's.
pub fn load_limits() -> Limits {
    let room = Limits::default();
    Limits {
        max_connections_per_client: room.max_connections,
        max_participants_per_client: room.max_participants,
        max_answers_per_client: room.max_answers,
        ..room
    }
}

/// A participant's answer: the number decides the amounts, so each file
/// can be told from every other.
pub fn amounts_of(i: usize) -> [f64; 3] {
    let first = (i % 100) as f64;
    [first, 100.0 - first, 0.0]
}

/// A room open on 127.0.0.1, answers in a fresh folder.
pub struct TestRoom {
    pub room: Room,
    pub addr: SocketAddr,
    /// `/CODE/`.
    pub base: String,
    pub folder: PathBuf,
    pub dir: tempfile::TempDir,
}

pub fn open_room(limits: Limits) -> TestRoom {
    let dir = tempfile::tempdir().unwrap();
    open_room_in(dir, limits)
}

pub fn open_room_in(dir: tempfile::TempDir, limits: Limits) -> TestRoom {
    let folder = dir.path().join("answers");
    let config = RoomConfig {
        limits,
        ..RoomConfig::new(question(), folder.clone(), LOOPBACK)
    };
    let room = Room::open(config).unwrap();
    let addr = room.local_addr();
    assert_eq!(addr.ip(), LOOPBACK);
    let base = format!("/{}/", room.code().shown());
    assert_eq!(room.address(), format!("http://{addr}{base}"));
    TestRoom {
        room,
        addr,
        base,
        folder,
        dir,
    }
}

impl TestRoom {
    /// The page still comes, whole.
    pub fn assert_answering(&self) {
        let page = get(self.addr, &self.base);
        assert_eq!(page.status, 200, "{page:?}");
        assert!(page.text().contains("id=\"room-data\""));
    }

    pub fn send(&self, token: &str, name: &str, amounts: &[f64]) -> Reply {
        let path = format!("{}answer", self.base);
        post(
            self.addr,
            &path,
            "application/json",
            &answer(token, name, amounts),
        )
    }
}

/// The answer files (`*.ron`) in a folder, sorted.
pub fn answer_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
