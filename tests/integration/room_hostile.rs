//! A hostile client on 127.0.0.1: each test ends with the room still
//! answering and nothing stored (or, for a flood of answers, nothing past
//! the caps). The timeouts are a few hundred milliseconds here
//! (`quick_limits`), so the slow clients are cut within the test.

use std::io::{ErrorKind, Read as _, Write as _};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::room_client::{
    TestRoom, answer, answer_files, exchange, get, open_room, post, quick_limits, token,
};
use cx_recipe_room::Limits;

const NOT_FOUND: &str = "Not found\n";

fn assert_nothing_stored(r: &TestRoom) {
    r.assert_answering();
    assert_eq!(answer_files(&r.folder), Vec::<std::path::PathBuf>::new());
    assert_eq!(r.room.answer_count(), 0);
}

#[test]
fn a_10_mb_body_is_refused_declared_or_chunked() {
    let r = open_room(quick_limits());
    let path = format!("{}answer", r.base);
    let ten_mb = vec![b'x'; 10 * 1024 * 1024];
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        r.addr,
        ten_mb.len()
    );
    let mut raw = head.into_bytes();
    raw.extend_from_slice(&ten_mb);
    // The room answers 413 at the header and closes; the client may see the
    // reply or, still writing, a reset.
    if let Ok(reply) = exchange(r.addr, &raw) {
        assert_eq!(reply.status, 413, "{reply:?}");
    }
    let mut chunked = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        r.addr
    )
    .into_bytes();
    for chunk in ten_mb.chunks(64 * 1024) {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    if let Ok(reply) = exchange(r.addr, &chunked) {
        assert_eq!(reply.status, 413, "{reply:?}");
    }
    assert_nothing_stored(&r);
}

#[test]
fn five_hundred_connections_sending_a_byte_a_second_are_cut() {
    let limits = Limits {
        max_connections_per_client: 64,
        ..quick_limits()
    };
    let r = open_room(limits);
    let mut open: Vec<TcpStream> = (0..500)
        .filter_map(|_| TcpStream::connect_timeout(&r.addr, Duration::from_secs(2)).ok())
        .collect();
    assert!(open.len() >= 450, "only {} connected", open.len());
    for s in &open {
        s.set_nonblocking(true).unwrap();
    }
    let started = Instant::now();
    let mut cut = 0;
    // One byte a second each, until the room has cut them all (its header
    // timeout is 300 ms, a connection lives at most a second): bounded.
    while !open.is_empty() && started.elapsed() < Duration::from_secs(8) {
        open.retain_mut(|s| {
            let gone = s.write(b"G").is_err() || closed(s);
            cut += usize::from(gone);
            !gone
        });
        std::thread::sleep(Duration::from_secs(1));
    }
    assert!(
        open.is_empty(),
        "{} connections still held after {:?}",
        open.len(),
        started.elapsed()
    );
    assert!(cut >= 450);
    assert_nothing_stored(&r);
}

/// Whether the other side has closed: a read gives its end or an error.
fn closed(stream: &mut TcpStream) -> bool {
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::WouldBlock => return false,
            Err(_) => return true,
        }
    }
}

#[test]
fn a_client_that_never_reads_its_replies_is_cut() {
    let r = open_room(quick_limits());
    // 2,000 requests for the page in one go (about 17 MB of replies, more
    // than the sockets buffer), and nothing read for two seconds.
    let one = format!("GET {} HTTP/1.1\r\nHost: {}\r\n\r\n", r.base, r.addr);
    let mut stream = TcpStream::connect_timeout(&r.addr, Duration::from_secs(2)).unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let _ = stream.write_all(one.repeat(2000).as_bytes());
    std::thread::sleep(Duration::from_secs(2));
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut replies = Vec::new();
    let _ = stream.read_to_end(&mut replies);
    let answered = replies
        .windows(15)
        .filter(|w| w == b"HTTP/1.1 200 OK")
        .count();
    assert!(answered < 2000, "the room wrote all {answered} replies");
    assert_nothing_stored(&r);
}

#[test]
fn malformed_json_and_form_data_are_refused() {
    let r = open_room(quick_limits());
    let path = format!("{}answer", r.base);
    let good = answer(&token(1), "Ann", &[1.0, 1.0, 1.0]);
    for (content_type, body) in [
        ("application/json", &b"{"[..]),
        ("application/json", b"{\"token\":1}"),
        ("application/json", b"[]"),
        ("application/json", b"\x00\xff\xfe"),
        (
            "application/json",
            &answer("short", "Ann", &[1.0, 1.0, 1.0]),
        ),
        ("application/json", &answer(&token(1), "Ann", &[1.0, 1.0])),
        (
            "application/json",
            &answer(&token(1), "Ann", &[-1.0, 1.0, 1.0]),
        ),
        (
            "application/json",
            &answer(&token(1), "Ann", &[60.0, 60.0, 0.0]),
        ),
        (
            "application/json",
            &answer(&token(1), "Ann", &[0.0, 0.0, 0.0]),
        ),
        (
            "application/x-www-form-urlencoded",
            b"token=x&name=Ann&amounts=1,1,1",
        ),
        ("application/x-www-form-urlencoded", &good),
        (
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--",
        ),
        ("text/plain", &good),
    ] {
        let reply = post(r.addr, &path, content_type, body);
        assert!(
            (400..500).contains(&reply.status),
            "{content_type} {}: {reply:?}",
            String::from_utf8_lossy(body)
        );
        assert!(reply.text().starts_with("{\"error\":"), "{reply:?}");
    }
    let no_type = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        r.addr,
        good.len()
    );
    let reply = exchange(r.addr, &[no_type.as_bytes(), &good].concat()).unwrap();
    assert_eq!(reply.status, 400);
    assert_nothing_stored(&r);
}

#[test]
fn a_wrong_or_missing_code_gets_a_bare_404_and_guessing_is_capped() {
    let limits = Limits {
        max_wrong_codes_per_client: 20,
        ..quick_limits()
    };
    let r = open_room(limits);
    let code = r.room.code().shown();
    let mut wrong = code.clone().into_bytes();
    wrong[0] = if wrong[0] == b'a' { b'b' } else { b'a' };
    let wrong = String::from_utf8(wrong).unwrap();
    let good = answer(&token(1), "Ann", &[1.0, 1.0, 1.0]);
    for path in [
        "/",
        "/answer",
        "/page.js",
        &format!("/{wrong}/"),
        &format!("/{wrong}/answer"),
    ] {
        let reply = get(r.addr, path);
        assert_eq!(
            (reply.status, reply.text().as_str()),
            (404, NOT_FOUND),
            "{path}"
        );
        let posted = post(r.addr, path, "application/json", &good);
        assert_eq!(
            (posted.status, posted.text().as_str()),
            (404, NOT_FOUND),
            "{path}"
        );
    }
    assert_nothing_stored(&r);
    // Ten guesses so far; ten more and the client gets nothing, the right
    // code included.
    for _ in 0..10 {
        assert_eq!(get(r.addr, "/guess/").status, 404);
    }
    let barred = get(r.addr, &r.base);
    assert_eq!((barred.status, barred.text().as_str()), (404, NOT_FOUND));
    assert_eq!(answer_files(&r.folder).len(), 0);
}

#[test]
fn paths_reach_no_file() {
    let r = open_room(quick_limits());
    let code = r.room.code().shown();
    let folder = r.folder.display().to_string();
    for path in [
        "/../".to_owned(),
        "/%2e%2e/%2e%2e/etc/passwd".to_owned(),
        "/../../../../etc/passwd".to_owned(),
        "//etc/passwd".to_owned(),
        "/C:/Windows/win.ini".to_owned(),
        format!("/{code}/../../etc/passwd"),
        format!("/{code}/%2e%2e/%2e%2e/etc/passwd"),
        format!("/{code}/..%2f..%2fetc%2fpasswd"),
        format!("/{code}/page.js/../../../etc/passwd"),
        format!("/{code}/answers/ann.ron"),
        format!("/{code}/.cx-room-index"),
        format!("/{code}/{folder}"),
        format!("/{code}/..\\..\\Windows\\win.ini"),
        format!("http://{}/{code}/../../etc/passwd", r.addr),
        format!("/{code}//etc/passwd"),
    ] {
        let raw = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            r.addr
        );
        let reply = exchange(r.addr, raw.as_bytes()).unwrap();
        assert!(matches!(reply.status, 400 | 404), "{path}: {reply:?}");
        let text = reply.text();
        assert!(
            !text.contains("root:") && !text.contains(&folder),
            "{path}: {text}"
        );
    }
    assert_nothing_stored(&r);
}

#[test]
fn oversized_headers_urls_and_foreign_hosts_get_nothing() {
    let r = open_room(quick_limits());
    let long_url = format!("{}{}", r.base, "a".repeat(20_000));
    let raw = format!("GET {long_url} HTTP/1.1\r\nHost: {}\r\n\r\n", r.addr);
    assert_eq!(exchange(r.addr, raw.as_bytes()).unwrap().status, 431);
    let big = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nX-Big: {}\r\n\r\n",
        r.base,
        r.addr,
        "b".repeat(20_000)
    );
    assert_eq!(exchange(r.addr, big.as_bytes()).unwrap().status, 431);
    let many: String = (0..100).map(|i| format!("X-{i}: 1\r\n")).collect();
    let raw = format!("GET {} HTTP/1.1\r\nHost: {}\r\n{many}\r\n", r.base, r.addr);
    assert_eq!(exchange(r.addr, raw.as_bytes()).unwrap().status, 431);
    // A name pointed at this machine (DNS rebinding) is not the room.
    let port = r.addr.port();
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.2:{port}"),
        "127.0.0.1:1".to_owned(),
    ] {
        let raw = format!(
            "GET {} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n",
            r.base
        );
        let reply = exchange(r.addr, raw.as_bytes()).unwrap();
        assert_eq!(reply.status, 404, "{host}");
    }
    assert_nothing_stored(&r);
}

#[test]
fn a_thousand_answers_from_one_client_stop_at_its_caps() {
    let r = open_room(quick_limits());
    let limits = Limits::default();
    // The same token: one file, replaced until the client's cap.
    let mut statuses = Vec::new();
    for i in 0..1000 {
        statuses.push(
            r.send(&token(1), "Ann", &[f64::from(i % 50), 1.0, 1.0])
                .status,
        );
    }
    let accepted = statuses.iter().filter(|s| **s == 200).count();
    assert_eq!(accepted, limits.max_answers_per_client);
    assert!(statuses[accepted..].iter().all(|s| *s == 429));
    assert_eq!(answer_files(&r.folder).len(), 1);
    let kept = cx_recipe::recipe::format::load(&r.folder.join("ann.ron")).unwrap();
    assert_eq!(
        kept.ingredients[0].amount,
        f64::from((accepted - 1) as u32 % 50)
    );

    // New tokens: new participants until the client's cap, then nothing.
    let r = open_room(quick_limits());
    let mut stored = 0;
    for i in 0..1000 {
        let reply = r.send(&token(1000 + i), &format!("P{i}"), &[1.0, 1.0, 1.0]);
        match reply.status {
            200 => stored += 1,
            429 => {}
            other => panic!("{other}: {reply:?}"),
        }
    }
    assert_eq!(stored, limits.max_participants_per_client);
    assert_eq!(answer_files(&r.folder).len(), stored);
    r.assert_answering();
}
