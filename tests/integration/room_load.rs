//! 200 participants answering at once on 127.0.0.1: every answer lands,
//! once. (All come from one address here, so the per-device caps are
//! raised to let 200 "phones" share it; the room-wide caps are the real
//! ones.) Times are reported by `cargo bench --bench room_load`, never
//! asserted.

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};
use std::time::Duration;

use cx_recipe::recipe::format;
use cx_recipe_room::RoomEvent;

use crate::room_client::{amounts_of, answer_files, load_limits, open_room, token};

const PARTICIPANTS: usize = 200;

#[test]
fn two_hundred_participants_at_once_lose_nothing_and_duplicate_nothing() {
    let r = Arc::new(open_room(load_limits()));
    let start = Arc::new(Barrier::new(PARTICIPANTS));
    let threads: Vec<_> = (0..PARTICIPANTS)
        .map(|i| {
            let (r, start) = (Arc::clone(&r), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                // As the page does: try again when the room is busy.
                for attempt in 0..5 {
                    let reply = r.send(&token(i), &format!("P{i:03}"), &amounts_of(i));
                    if reply.status != 503 {
                        return reply.status;
                    }
                    std::thread::sleep(Duration::from_millis(100 * (attempt + 1)));
                }
                503
            })
        })
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let files = answer_files(&r.folder);
    assert_eq!(files.len(), PARTICIPANTS);
    let mut names = BTreeSet::new();
    for file in &files {
        let recipe = format::load(file).unwrap();
        let i: usize = recipe.author[1..].parse().unwrap();
        let amounts: Vec<f64> = recipe.ingredients.iter().map(|g| g.amount).collect();
        assert_eq!(amounts, amounts_of(i), "{}", file.display());
        assert!(names.insert(recipe.author), "{} twice", file.display());
    }
    assert_eq!(r.room.answer_count(), PARTICIPANTS);
    assert_eq!(r.room.revision(), PARTICIPANTS as u64);
    let mut answered = 0;
    while let Some(event) = r.room.try_event() {
        answered += usize::from(matches!(event, RoomEvent::Answer(_)));
    }
    assert_eq!(answered, PARTICIPANTS);
}
