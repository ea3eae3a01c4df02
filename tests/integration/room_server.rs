//! The room on 127.0.0.1: the page and its files with the policy, answers
//! stored as recipe files, resubmissions replacing, a reopened room picking
//! up its folder, the handle's counts and events, and the QR code read
//! back as a phone would.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use cx_recipe::recipe::{Unit, format};
use cx_recipe_room::{Mode, QUIET_ZONE, QrMatrix, Room, RoomConfig, RoomEvent};

use crate::room_client::{
    LOOPBACK, answer_files, get, open_room, open_room_in, post, question, quick_limits, token,
};

#[test]
fn the_page_and_its_files_come_with_the_policy_and_no_cors() {
    let r = open_room(quick_limits());
    for (path, kind) in [
        ("", "text/html; charset=utf-8"),
        ("page.css", "text/css; charset=utf-8"),
        ("page.js", "text/javascript; charset=utf-8"),
        ("icon.svg", "image/svg+xml"),
    ] {
        let reply = get(r.addr, &format!("{}{path}", r.base));
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(reply.header("content-type"), Some(kind));
        let policy = reply.header("content-security-policy").unwrap();
        assert!(policy.starts_with("default-src 'self';"), "{policy}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
        assert!(
            !reply.head.to_lowercase().contains("access-control-"),
            "{}",
            reply.head
        );
    }
    let page = get(r.addr, &r.base).text();
    assert!(page.contains("<title>Our CX</title>"));
    // The code's forms a person may type: no dash, capitals.
    let typed = format!("/{}", r.room.code().shown().replace('-', "").to_uppercase());
    assert_eq!(get(r.addr, &typed).status, 200);
    let wrong_method = post(r.addr, &r.base, "text/plain", b"x");
    assert_eq!(
        (wrong_method.status, wrong_method.header("allow")),
        (405, Some("GET, HEAD"))
    );
    assert_eq!(get(r.addr, &format!("{}answer", r.base)).status, 405);
}

#[test]
fn an_answer_is_a_recipe_file_and_a_resubmission_replaces_it() {
    let r = open_room(quick_limits());
    assert_eq!((r.room.answer_count(), r.room.revision()), (0, 0));
    let reply = r.send(&token(1), "Ann", &[50.0, 30.0, 20.0]);
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(reply.text(), r#"{"status":"received","replaced":false}"#);
    let ann = r.folder.join("ann.ron");
    let recipe = format::load(&ann).unwrap();
    assert_eq!(
        (recipe.title.as_str(), recipe.author.as_str()),
        ("Our CX — Ann", "Ann")
    );
    assert_eq!(recipe.budget, Some(100.0));
    let amounts: Vec<f64> = recipe.ingredients.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, [50.0, 30.0, 20.0]);
    assert!(recipe.ingredients.iter().all(|i| i.unit == Unit::Part));
    assert_eq!((r.room.answer_count(), r.room.revision()), (1, 1));
    let Some(RoomEvent::Answer(event)) = r.room.next_event(Duration::from_secs(5)) else {
        panic!("no answer event");
    };
    assert_eq!(
        (event.file.as_path(), event.name.as_str()),
        (ann.as_path(), "Ann")
    );
    assert!(!event.replaced && event.participants == 1);

    let again = r.send(&token(1), "Ann", &[10.0, 10.0, 80.0]);
    assert_eq!(again.text(), r#"{"status":"received","replaced":true}"#);
    assert_eq!(format::load(&ann).unwrap().ingredients[2].amount, 80.0);
    assert_eq!((r.room.answer_count(), r.room.revision()), (1, 2));
    // Another Ann is another participant.
    assert_eq!(r.send(&token(2), "Ann", &[1.0, 0.0, 0.0]).status, 200);
    assert_eq!(answer_files(&r.folder), [r.folder.join("ann-2.ron"), ann]);
    assert_eq!(r.room.answer_files(), answer_files(&r.folder));
}

#[test]
fn a_closed_room_listens_no_more_and_reopened_picks_up_its_answers() {
    let r = open_room(quick_limits());
    assert_eq!(r.send(&token(7), "Bo", &[1.0, 2.0, 3.0]).status, 200);
    let (addr, folder, dir) = (r.addr, r.folder.clone(), r.dir);
    r.room.close();
    assert!(
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err(),
        "still listening after close"
    );
    let again = open_room_in(dir, quick_limits());
    assert_eq!(again.folder, folder);
    assert_eq!(again.room.answer_count(), 1);
    let reply = again.send(&token(7), "Bo", &[3.0, 2.0, 1.0]);
    assert_eq!(reply.text(), r#"{"status":"received","replaced":true}"#);
    assert_eq!(answer_files(&folder), [folder.join("bo.ron")]);
    assert_eq!(again.room.answer_count(), 1);
}

#[test]
fn each_stored_answer_calls_the_notify_hook_and_free_amounts_carry_no_budget() {
    let dir = tempfile::tempdir().unwrap();
    let calls = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&calls);
    let config = RoomConfig {
        mode: Mode::Free,
        limits: quick_limits(),
        notify: Some(Arc::new(move || {
            counted.fetch_add(1, Ordering::SeqCst);
        })),
        ..RoomConfig::new(question(), dir.path().join("free"), LOOPBACK)
    };
    let room = Room::open(config).unwrap();
    let path = format!("/{}/answer", room.code().shown());
    let body = crate::room_client::answer(&token(1), "", &[100.0, 100.0, 0.0]);
    let reply = post(room.local_addr(), &path, "application/json", &body);
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let recipe = format::load(&dir.path().join("free/participant.ron")).unwrap();
    assert_eq!((recipe.budget, recipe.title.as_str()), (None, "Our CX"));
}

#[test]
fn the_qr_code_reads_back_as_the_address() {
    let r = open_room(quick_limits());
    assert_eq!(decode(r.room.qr()), r.room.address());
    let long = "http://[fd12:3456:789a:1::abcd]:65535/k7m2-x9pq/";
    assert_eq!(decode(&QrMatrix::encode(long).unwrap()), long);
}

/// The QR code drawn 4 pixels a module with its quiet zone, then read by
/// an independent decoder.
fn decode(qr: &QrMatrix) -> String {
    const PX: usize = 4;
    let side = (qr.width() + 2 * QUIET_ZONE) * PX;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let module = |v: usize| (v / PX).checked_sub(QUIET_ZONE);
        match (module(x), module(y)) {
            (Some(mx), Some(my)) if qr.is_dark(mx, my) => 0,
            _ => 255,
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}
