//! The room in the window (kittest, the accessibility check on): opened
//! from File ▸ Open a room… and from presentation (R), its screen (the QR
//! code read back from the shapes egui painted, the address, the code, the
//! answers counted as they come), points or free amounts chosen when
//! opening, Close (nothing listens on the old port), Reopen (same folder,
//! same address), and the room closed with the window or by another
//! recipe. Every room listens on 127.0.0.1 only (`set_room_bind`).

use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use cx_recipe::app::Screen;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::{self, ThemeChoice};
use cx_recipe::app::{AppConfig, CxApp, Message};
use cx_recipe::recipe::format;
use cx_recipe_room::Mode;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{FakeDialogs, Window, english, window_with};
use crate::gui_facilitation::{click, key, menu};
use crate::room_client::{LOOPBACK, answer, post, question, token};

/// A window on the room's question (saved as `our-cx.ron` in a fresh
/// folder), its rooms on 127.0.0.1.
pub fn window_on_question() -> (Window, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("our-cx.ron");
    format::save(&path, &question()).unwrap();
    let mut w = window_with(Some(path.clone()), dir);
    w.harness.state_mut().set_room_bind(LOOPBACK);
    w.harness.run();
    (w, path)
}

/// A window of `size` and `theme` on the question, its room open.
fn open_window(
    size: egui::Vec2,
    choice: ThemeChoice,
) -> (Harness<'static, CxApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("our-cx.ron");
    format::save(&path, &question()).unwrap();
    let config = AppConfig {
        dialogs: Box::new(FakeDialogs::default()),
        recovery_folder: Some(dir.path().to_path_buf()),
        open_at_start: Some(path),
        frame_log: None,
    };
    let settings = Settings {
        theme: choice,
        ..english()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, settings));
    harness.state_mut().set_room_bind(LOOPBACK);
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open a room…").click();
    harness.run();
    harness.get_by_label("Open the room").click();
    harness.run();
    (harness, dir)
}

/// Opens the room from the File menu with the plan as it is.
pub fn open_room(w: &mut Window) {
    menu(w, "Open a room…");
    assert_eq!(w.harness.state().screen(), Screen::Room);
    click(w, "Open the room");
}

pub fn room_addr(w: &Window) -> SocketAddr {
    w.harness.state().room_handle().unwrap().local_addr()
}

/// Sends an answer to the window's room as participant `n`.
pub fn send(w: &Window, n: usize, name: &str, amounts: &[f64]) {
    let room = w.harness.state().room_handle().unwrap();
    let path = format!("/{}/answer", room.code().shown());
    let reply = post(
        room.local_addr(),
        &path,
        "application/json",
        &answer(&token(n), name, amounts),
    );
    assert_eq!(reply.status, 200, "{reply:?}");
}

fn refused(addr: SocketAddr) -> bool {
    TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err()
}

/// The QR code as egui painted it: the light square under the code's
/// widget and the dark rectangles on it, rasterised at one sample per
/// physical pixel and read back by an independent decoder.
pub fn decode_painted_qr(harness: &Harness<'static, CxApp>, address: &str) -> String {
    let label = format!("QR code of {address}");
    let area = harness.get_by_label(&label).rect();
    let mut light = None;
    let mut dark = Vec::new();
    for clipped in &harness.output().shapes {
        if let egui::Shape::Rect(r) = &clipped.shape
            && area.expand(1.0).contains_rect(r.rect)
        {
            if r.fill == theme::QR_LIGHT && r.rect.width() > area.width() * 0.9 {
                light = Some(r.rect);
            } else if r.fill == theme::QR_DARK {
                dark.push(r.rect);
            }
        }
    }
    let square = light.expect("no light square under the code");
    assert!(dark.len() > 50, "{} dark shapes", dark.len());
    let ppp = harness.ctx.pixels_per_point();
    let side = (square.width() * ppp).round() as usize;
    // Each physical pixel whose centre a dark rectangle covers is dark.
    let mut pixels = vec![255u8; side * side];
    let to_px = |v: f32, from: f32| (((v - from) * ppp - 0.5).ceil().max(0.0) as usize).min(side);
    for d in &dark {
        let (x0, x1) = (to_px(d.min.x, square.min.x), to_px(d.max.x, square.min.x));
        let (y0, y1) = (to_px(d.min.y, square.min.y), to_px(d.max.y, square.min.y));
        for y in y0..y1 {
            pixels[y * side + x0..y * side + x1].fill(0);
        }
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "the painted code is not one QR code");
    grids[0].decode().unwrap().1
}

#[test]
fn a_room_opened_from_the_menu_shows_its_code_counts_answers_closes_and_reopens() {
    let (mut w, recipe) = window_on_question();
    menu(&mut w, "Open a room…");
    // How it opens: 100 points, the folder beside the recipe.
    let folder = recipe.parent().unwrap().join("our-cx-answers");
    assert_eq!(w.harness.state().room_plan().folder, folder);
    assert_eq!(w.harness.state().room_plan().mode, Mode::Points(100));
    w.harness
        .get_by_label("Participants reach this computer at 127.0.0.1.");
    assert!(w.harness.state().room_handle().is_none(), "opened unasked");
    // Enter opens it (nothing else has the keyboard).
    key(&mut w, Modifiers::NONE, Key::Enter);
    let room = w.harness.state().room_handle().unwrap();
    let (addr, address, code) = (
        room.local_addr(),
        room.address().to_owned(),
        room.code().shown(),
    );
    assert_eq!(addr.ip(), LOOPBACK);
    assert_eq!(room.folder(), folder);
    assert!(address.starts_with("http://127.0.0.1:"), "{address}");
    w.harness.get_by_label(&address);
    w.harness.get_by_label(&code);
    w.harness.get_by_label("No answers yet");
    w.harness.get_by_label("Share out 100 points");
    assert_eq!(decode_painted_qr(&w.harness, &address), address);

    // Answers are counted as they come.
    send(&w, 1, "Ann", &[50.0, 30.0, 20.0]);
    w.harness.run();
    w.harness.get_by_label("1 answer");
    send(&w, 2, "Bo", &[10.0, 10.0, 80.0]);
    w.harness.run();
    w.harness.get_by_label("2 answers");
    // The open room asks for no frame of its own.
    let delay = w.harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, Duration::MAX, "the room screen animates at rest");

    // Close: nothing listens on the old port from that moment.
    click(&mut w, "Close room");
    assert!(w.harness.state().room_handle().is_none());
    assert!(refused(addr), "still listening after Close");
    let closed = format!("The room is closed: 2 answers in {}.", folder.display());
    let app = w.harness.state();
    assert!(matches!(app.message(), Some(Message::Info(m)) if m.text(app.lang()) == closed));
    w.harness
        .get_by_label_contains("The room is closed; 2 answers in");

    // Reopen: the same folder and answers, the same address (the question
    // is the same, so the pages phones hold still send).
    click(&mut w, "Reopen the room");
    let room = w.harness.state().room_handle().unwrap();
    assert_eq!(room.address(), address);
    assert_eq!(room.answer_count(), 2);
    w.harness.get_by_label("2 answers");
    send(&w, 1, "Ann", &[20.0, 30.0, 50.0]);
    w.harness.run();
    w.harness.get_by_label("2 answers");
    assert_eq!(
        format::load(&folder.join("ann.ron")).unwrap().ingredients[0].amount,
        20.0
    );
    // Back to the editor: the room stays open.
    key(&mut w, Modifiers::NONE, Key::Escape);
    assert_eq!(w.harness.state().screen(), Screen::Editor);
    assert!(w.harness.state().room_handle().is_some());
}

#[test]
fn points_or_free_amounts_are_chosen_when_opening() {
    let (mut w, _) = window_on_question();
    menu(&mut w, "Open a room…");
    w.harness.get_by_label("Points to share out").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness
        .get_by_label("Points to share out")
        .type_text("50");
    w.harness.key_press(Key::Enter);
    w.harness.run();
    assert_eq!(w.harness.state().room_plan().mode, Mode::Points(50));
    click(&mut w, "Open the room");
    w.harness.get_by_label("Share out 50 points");
    send(&w, 1, "Ann", &[20.0, 20.0, 10.0]);
    let folder = w
        .harness
        .state()
        .room_handle()
        .unwrap()
        .folder()
        .to_path_buf();
    assert_eq!(
        format::load(&folder.join("ann.ron")).unwrap().budget,
        Some(50.0)
    );
    let points_address = w
        .harness
        .state()
        .room_handle()
        .unwrap()
        .address()
        .to_owned();

    // Free amounts: another question, so another address.
    click(&mut w, "Close room");
    click(&mut w, "Free amounts (0–100 for each ingredient)");
    assert_eq!(w.harness.state().room_plan().mode, Mode::Free);
    click(&mut w, "Reopen the room");
    w.harness
        .get_by_label("Free amounts, 0–100 for each ingredient");
    assert_ne!(
        w.harness.state().room_handle().unwrap().address(),
        points_address
    );
    send(&w, 2, "", &[100.0, 100.0, 0.0]);
    let answer = format::load(&folder.join("participant.ron")).unwrap();
    assert_eq!(answer.budget, None);
    w.harness.run();
    w.harness.get_by_label("2 answers");
}

#[test]
fn presentation_opens_the_room_with_its_key_and_escape_goes_back() {
    let (mut w, _) = window_on_question();
    key(&mut w, Modifiers::NONE, Key::F5);
    assert_eq!(w.harness.state().screen(), Screen::Presentation);
    key(&mut w, Modifiers::NONE, Key::R);
    assert_eq!(w.harness.state().screen(), Screen::Room);
    key(&mut w, Modifiers::NONE, Key::Enter);
    assert!(w.harness.state().room_handle().is_some());
    key(&mut w, Modifiers::NONE, Key::Escape);
    assert_eq!(w.harness.state().screen(), Screen::Presentation);
    // R is presentation's key only: in the editor it is a letter.
    key(&mut w, Modifiers::NONE, Key::Escape);
    assert_eq!(w.harness.state().screen(), Screen::Editor);
    key(&mut w, Modifiers::NONE, Key::R);
    assert_eq!(w.harness.state().screen(), Screen::Editor);
}

#[test]
fn another_recipe_or_the_window_closing_closes_the_room() {
    let (mut w, _) = window_on_question();
    open_room(&mut w);
    send(&w, 1, "Ann", &[1.0, 1.0, 1.0]);
    let addr = room_addr(&w);
    key(&mut w, Modifiers::NONE, Key::Escape);
    // New (nothing unsaved, so nothing asked): the room goes, and says so.
    key(&mut w, Modifiers::COMMAND, Key::N);
    assert!(w.harness.state().room_handle().is_none());
    assert!(refused(addr), "still listening after another recipe");
    w.harness
        .get_by_label_contains("The room for the previous recipe is closed: 1 answer in");

    let (mut w, _) = window_on_question();
    open_room(&mut w);
    let addr = room_addr(&w);
    eframe::App::on_exit(w.harness.state_mut(), None);
    assert!(refused(addr), "still listening after the window closed");
}

#[test]
fn the_painted_qr_code_reads_back_at_projector_sizes_in_every_theme() {
    for (size, choice) in [
        (egui::vec2(1920.0, 1080.0), ThemeChoice::Light),
        (egui::vec2(1280.0, 800.0), ThemeChoice::Dark),
        (egui::vec2(1280.0, 800.0), ThemeChoice::HighContrast),
    ] {
        let (harness, _dir) = open_window(size, choice);
        let room = harness.state().room_handle().unwrap();
        let address = room.address().to_owned();
        assert_eq!(
            decode_painted_qr(&harness, &address),
            address,
            "{size:?} {choice:?}"
        );
        // Large: at least half the window's height.
        let qr = harness
            .get_by_label(&format!("QR code of {address}"))
            .rect();
        assert!(qr.height() >= size.y * 0.5, "{size:?}: {qr:?}");
    }
}

#[test]
fn the_room_screen_names_the_firewalls_question_on_windows() {
    let (mut w, _) = window_on_question();
    w.harness.ctx.set_os(egui::os::OperatingSystem::Windows);
    open_room(&mut w);
    w.harness
        .get_by_label_contains("Windows may ask whether CX Recipe Designer may use the network");
    let copied = w
        .harness
        .state()
        .room_handle()
        .unwrap()
        .address()
        .to_owned();
    click(&mut w, "Copy address");
    w.harness.get_by_label(&format!("Address copied: {copied}"));
}

/// The answer files of a folder, as a shell's `FOLDER/*.ron` lists them.
pub fn ron_files(folder: &Path) -> Vec<PathBuf> {
    crate::room_client::answer_files(folder)
}

#[test]
fn the_answers_folder_is_chosen_by_a_typed_path_where_no_dialog_opens() {
    let (mut w, recipe) = window_on_question();
    menu(&mut w, "Open a room…");
    // The test's dialogs pick no folder: the path field asks instead.
    click(&mut w, "Choose folder…");
    w.harness.get_by_label("File path").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    let chosen = recipe.parent().unwrap().join("workshop 3");
    w.harness
        .get_by_label("File path")
        .type_text(&chosen.display().to_string());
    w.harness.run();
    click(&mut w, "Use this folder");
    assert_eq!(w.harness.state().room_plan().folder, chosen);
    w.harness.get_by_label(&chosen.display().to_string());
    click(&mut w, "Open the room");
    assert_eq!(w.harness.state().room_handle().unwrap().folder(), chosen);
    send(&w, 1, "Ann", &[1.0, 2.0, 3.0]);
    assert!(chosen.join("ann.ron").is_file());
}
