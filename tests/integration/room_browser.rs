//! A real browser in the room: Debian's Chromium, headless, driven by
//! Playwright (`crates/room/web/test/participants.mjs`) on 127.0.0.1. Three
//! participants answer in English, Spanish and German; their answers land
//! as recipe files that `cx-recipe check` accepts and the window's blend
//! shows; a resubmission replaces the first; a name full of markup stays
//! text; the exported form works offline (no request leaves it) and its
//! download blends. Screenshots of each language at 390 × 844 go to
//! `target/tmp/room-screenshots/`.
//!
//! Without Chromium, Node or the web folder's `npm ci` the test says so and
//! skips — unless `CX_REQUIRE_BROWSER` is set (CI sets it), when it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cx_recipe::app::dialogs::PickedMany;
use cx_recipe::recipe::{Ingredient, Recipe, Unit, format, palette_colour};
use cx_recipe_room::{Mode, Room, RoomConfig, write_form};
use egui_kittest::kittest::Queryable as _;

use crate::gui::window_with;
use crate::repo_path;
use crate::room_client::{LOOPBACK, answer_files, question, quick_limits};

/// The longest the browser half may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(240);

/// Node, Chromium and the web folder's packages, or why not.
fn browser_tools() -> Result<PathBuf, String> {
    let web = repo_path("crates/room/web");
    let chromium = std::env::var("CX_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !Path::new(&chromium).exists() {
        return Err(format!(
            "no Chromium at {chromium} (apt-get install chromium)"
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Err("no node on PATH".to_owned());
    }
    if !web.join("node_modules/playwright-core").exists() {
        return Err(format!(
            "no playwright-core: run `npm ci` in {}",
            web.display()
        ));
    }
    Ok(web)
}

fn markup_question() -> Recipe {
    let mut recipe = Recipe {
        title: "<i>Team</i> & co".to_owned(),
        ..Recipe::default()
    };
    for (i, name) in ["<b>Bold</b>", "Plain"].iter().enumerate() {
        recipe
            .ingredients
            .push(Ingredient::new(*name, 1.0, Unit::Part, palette_colour(i)));
    }
    recipe
}

fn open(recipe: Recipe, folder: PathBuf) -> Room {
    let config = RoomConfig {
        limits: quick_limits(),
        ..RoomConfig::new(recipe, folder, LOOPBACK)
    };
    Room::open(config).unwrap()
}

/// Runs the browser half; its JSON report.
fn run_browser(web: &Path, config: &serde_json::Value, dir: &Path) -> serde_json::Value {
    let config_path = dir.join("browser.json");
    std::fs::write(&config_path, config.to_string()).unwrap();
    let mut child = Command::new("node")
        .arg("test/participants.mjs")
        .arg(&config_path)
        .current_dir(web)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            panic!("the browser took over {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the browser half failed:\n{stderr}"
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"))
}

fn cx_recipe(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cx-recipe"))
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

fn amounts(path: &Path) -> Vec<f64> {
    format::load(path)
        .unwrap()
        .ingredients
        .iter()
        .map(|i| i.amount)
        .collect()
}

#[test]
fn three_phones_answer_the_room_and_the_blend_shows_them() {
    let web = match browser_tools() {
        Ok(web) => web,
        Err(why) if std::env::var_os("CX_REQUIRE_BROWSER").is_some() => {
            panic!("CX_REQUIRE_BROWSER is set but the browser test cannot run: {why}")
        }
        Err(why) => {
            eprintln!("skipped: the browser test needs {why}");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("room-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let room = open(question(), dir.path().join("room"));
    let markup = open(markup_question(), dir.path().join("markup"));
    let form = dir.path().join("form.html");
    write_form(&question(), Mode::default(), &form).unwrap();
    let config = serde_json::json!({
        "room": room.address(),
        "markupRoom": markup.address(),
        "form": form,
        "shots": shots,
        "downloads": downloads,
    });
    let report = run_browser(&web, &config, dir.path());

    // Each phone in its language, with nothing refused by the policy.
    let people = report["participants"].as_array().unwrap();
    let langs: Vec<&str> = people.iter().map(|p| p["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["en", "es", "de"]);
    for (p, left) in people.iter().zip([
        "All points shared out",
        "Has repartido todos los puntos",
        "Alle Punkte verteilt",
    ]) {
        assert_eq!(p["left"], left, "{p}");
        assert_eq!(p["errors"], serde_json::json!([]), "{p}");
        let name = p["name"].as_str().unwrap();
        assert!(p["status"].as_str().unwrap().contains(name), "{p}");
    }
    assert_eq!(people[1]["button"], "Enviar mi respuesta");
    assert_eq!(report["capped"], "0", "the budget held");
    assert_eq!(report["restored"], "50", "the page kept Ann's answer");
    assert!(
        report["changedNote"]
            .as_str()
            .unwrap()
            .starts_with("Changed since you sent it")
    );

    // Three files, Ann's replaced by her second answer.
    let folder = dir.path().join("room");
    let files = answer_files(&folder);
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ann.ron", "bea.ron", "carl.ron"]);
    assert_eq!(amounts(&files[0]), [40.0, 30.0, 30.0]);
    assert_eq!(amounts(&files[1]), [10.0, 70.0, 20.0]);
    assert_eq!(amounts(&files[2]), [40.0, 0.0, 60.0]);
    assert_eq!((room.answer_count(), room.revision()), (3, 4));
    let paths: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let (ok, text) = cx_recipe(&[&["check"][..], &paths].concat());
    assert!(ok && text.matches("ok ").count() == 3, "{text}");

    // The window's blend of the three, through File ▸ Blend….
    let mut w = window_with(None, tempfile::tempdir().unwrap());
    w.dialogs.answer_many(PickedMany::Paths(files.clone()));
    // The blend's grid takes a few frames to settle its column widths.
    w.harness.get_by_label("File").click();
    w.harness.run_steps(4);
    w.harness.get_by_label("Blend… ").click();
    w.harness.run_steps(12);
    let team = w.harness.state().team_blend().unwrap();
    assert_eq!(team.blend.participants, ["ann.ron", "bea.ron", "carl.ron"]);
    assert!(team.failed.is_empty());
    let efficiency = team
        .blend
        .rows
        .iter()
        .find(|r| r.name == "Efficiency")
        .unwrap();
    assert!((efficiency.mean - 0.3).abs() < 1e-12, "{}", efficiency.mean);
    w.harness.get_by_label("Ann");

    // Markup stays the characters it is: on the page, in the file.
    let m = &report["markup"];
    let name = m["name"].as_str().unwrap();
    assert_eq!(m["dialogs"], 0);
    assert_eq!(m["elementsBefore"], m["elementsAfter"]);
    assert!(m["status"].as_str().unwrap().contains(name), "{m}");
    assert_eq!(m["title"], "<i>Team</i> & co");
    assert_eq!(m["firstIngredient"], "<b>Bold</b>");
    let marked = answer_files(&dir.path().join("markup"));
    assert_eq!(marked.len(), 1);
    assert_eq!(format::load(&marked[0]).unwrap().author, name);

    // The form: offline, nothing requested but itself; the download is a
    // recipe file, written exactly as the room writes one, and it blends.
    let f = &report["form"];
    assert_eq!(f["button"], "Save my answer as a file");
    assert_eq!(f["errors"], serde_json::json!([]), "{f}");
    let requests: Vec<&str> = f["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        requests
            .iter()
            .all(|r| r.starts_with("file://") || r.starts_with("blob:")),
        "{requests:?}"
    );
    let download = PathBuf::from(f["file"].as_str().unwrap());
    assert_eq!(download.file_name().unwrap(), "dana.ron");
    assert_eq!(amounts(&download), [25.0, 25.0, 50.0]);
    assert_eq!(format::load(&download).unwrap().author, "Dana");
    let (ok, text) = cx_recipe(&["fmt", "--check", download.to_str().unwrap()]);
    assert!(ok, "not as the room writes it: {text}");
    let team = dir.path().join("team.ron");
    let (ok, text) = cx_recipe(
        &[
            &["blend"][..],
            &paths,
            &[download.to_str().unwrap(), "-o", team.to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(ok, "{text}");
    assert_eq!(format::load(&team).unwrap().ingredients.len(), 3);
    for lang in ["en", "es", "de"] {
        assert!(shots.join(format!("phone-{lang}.png")).exists());
    }
}
