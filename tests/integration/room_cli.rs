//! `cx-recipe room` headless on 127.0.0.1: the address on the first line,
//! an answer logged, Ctrl+C (SIGINT) closing it; `--form`; the errors. And
//! a participant named with markup, whose name stays text in the answer
//! file, the SVG export and the window's blend.

#[cfg(unix)]
use std::io::{BufRead as _, BufReader};
#[cfg(unix)]
use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
#[cfg(unix)]
use std::process::{Child, Stdio};
#[cfg(unix)]
use std::sync::mpsc;
#[cfg(unix)]
use std::time::Duration;

#[cfg(unix)]
use cx_recipe::app::dialogs::PickedMany;
use cx_recipe::recipe::format;
#[cfg(unix)]
use egui_kittest::kittest::Queryable as _;

#[cfg(unix)]
use crate::gui::window_with;
use crate::room_client::question;
#[cfg(unix)]
use crate::room_client::{answer, post, token};

#[cfg(unix)]
const MARKUP: &str = "<script>alert(1)</script>";
#[cfg(unix)]
const WAIT: Duration = Duration::from_secs(20);

fn cx_recipe() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cx-recipe"))
}

/// Lines of a child's stdout, read on a thread of their own.
#[cfg(unix)]
fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().unwrap();
    let (send, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    lines
}

fn write_question(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("workshop.ron");
    format::save(&path, &question()).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn the_room_runs_headless_logs_answers_and_closes_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let recipe = write_question(dir.path());
    let mut child = cx_recipe()
        .args([
            "room",
            recipe.to_str().unwrap(),
            "--bind",
            "127.0.0.1",
            "--points",
            "10",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = lines_of(&mut child);
    let first = lines.recv_timeout(WAIT).unwrap();
    let rest = first
        .strip_prefix("http://127.0.0.1:")
        .unwrap_or_else(|| panic!("{first}"));
    let (port, path) = rest.split_once('/').unwrap();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let second = lines.recv_timeout(WAIT).unwrap();
    let folder = dir.path().join("workshop-answers");
    assert!(second.contains(&folder.display().to_string()), "{second}");

    let reply = post(
        addr,
        &format!("/{path}answer"),
        "application/json",
        &answer(&token(1), MARKUP, &[5.0, 5.0, 0.0]),
    );
    assert_eq!(reply.status, 200, "{reply:?}");
    // Over the room's 10 points: refused, and said so on stderr.
    let over = post(
        addr,
        &format!("/{path}answer"),
        "application/json",
        &answer(&token(2), "Bo", &[6.0, 5.0, 0.0]),
    );
    assert_eq!(over.status, 422);
    let logged = std::iter::from_fn(|| lines.recv_timeout(WAIT).ok())
        .find(|l| l.starts_with("answer"))
        .expect("the answer was logged");
    assert_eq!(
        logged,
        format!("answer from {MARKUP}: script-alert-1-script.ron · 1 in the room")
    );

    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let (done, exited) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait_with_output());
    });
    let output = exited.recv_timeout(WAIT).unwrap().unwrap();
    assert!(output.status.success(), "{output:?}");
    // The reader thread may still hold the last lines when the child has
    // exited: read until it sees the end of stdout and hangs up.
    let last: Vec<String> = std::iter::from_fn(|| lines.recv_timeout(WAIT).ok()).collect();
    assert_eq!(
        last.last().unwrap(),
        &format!("Room closed: 1 answer in {}", folder.display())
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("refused from 127.0.0.1: the amounts did not fit the question"),
        "{stderr}"
    );
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());

    let file = folder.join("script-alert-1-script.ron");
    let stored = format::load(&file).unwrap();
    assert_eq!(
        (stored.author.as_str(), stored.budget),
        (MARKUP, Some(10.0))
    );
    markup_stays_text(&file);
}

/// The name in an SVG export (in the title) and in the window's blend.
#[cfg(unix)]
fn markup_stays_text(file: &Path) {
    let svg = file.with_extension("svg");
    let status = cx_recipe()
        .args([
            "export",
            file.to_str().unwrap(),
            "-o",
            svg.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{text}"
    );
    assert!(!text.contains(MARKUP) && !text.to_lowercase().contains("<script"));

    let mut w = window_with(None, tempfile::tempdir().unwrap());
    w.dialogs
        .answer_many(PickedMany::Paths(vec![file.to_path_buf()]));
    w.harness.get_by_label("File").click();
    w.harness.run_steps(4);
    w.harness.get_by_label("Blend… ").click();
    w.harness.run_steps(12);
    let team = w.harness.state().team_blend().unwrap();
    assert_eq!(team.step_name(cx_recipe::i18n::Lang::En), MARKUP);
    w.harness.get_by_label(MARKUP);
}

#[test]
fn the_form_is_written_for_email_and_bad_arguments_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let recipe = write_question(dir.path());
    let form = dir.path().join("pre-work.html");
    let output = cx_recipe()
        .args([
            "room",
            recipe.to_str().unwrap(),
            "--free",
            "--form",
            form.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let html = std::fs::read_to_string(&form).unwrap();
    assert!(html.contains("Content-Security-Policy") && html.contains("\"mode\":\"file\""));
    assert!(html.contains("\"points\":null"));
    assert!(
        !dir.path().join("workshop-answers").exists(),
        "no room was opened"
    );

    let missing = cx_recipe()
        .args(["room", "nowhere.ron", "--bind", "127.0.0.1"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nowhere.ron"));
    let zero = cx_recipe()
        .args(["room", recipe.to_str().unwrap(), "--points", "0"])
        .output()
        .unwrap();
    assert_eq!(zero.status.code(), Some(2));
    let both = cx_recipe()
        .args(["room", recipe.to_str().unwrap(), "--points", "10", "--free"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    let empty = dir.path().join("empty.ron");
    std::fs::write(&empty, "(title: \"Nothing\", ingredients: [])").unwrap();
    let nothing = cx_recipe()
        .args(["room", empty.to_str().unwrap(), "--bind", "127.0.0.1"])
        .output()
        .unwrap();
    assert_eq!(nothing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&nothing.stderr).contains("no ingredients"),
        "{nothing:?}"
    );
}
