//! Crash-safe saving, proven under SIGKILL: a child process saves a large
//! recipe in a loop, alternating between two versions, and is killed at
//! random moments. After every kill the file must hold exactly one of the
//! two versions, at most one temporary file may remain, and the next save
//! must remove it.
//!
//! Half the kills land at any moment of the save loop, half while a write
//! is under way (after its temporary file appeared).
//!
//! The child is this same test binary, run again with [`CHILD_FILE_ENV`] set
//! and filtered to the ignored test [`save_loop_child`], so no extra binary is
//! needed. Rounds: `CX_KILL_ROUNDS` (default 40); to replay a run, set
//! `CX_KILL_SEED` to the seed it printed.

#![cfg(unix)]

use std::fs;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cx_recipe::recipe::{Colour, Ingredient, Recipe, Unit, format, write_atomically};

/// Set in the child: the file to save to.
const CHILD_FILE_ENV: &str = "CX_KILL_SAFETY_CHILD_FILE";
/// The line the child prints when it has loaded the file and starts saving.
const READY: &str = "cx-recipe save loop: saving";
const DEFAULT_ROUNDS: u32 = 40;
const INGREDIENTS: usize = 1000;

/// Version A or B of a large recipe (1,000 ingredients, about 200 KB). The
/// two differ in every ingredient, so any mix of them would show.
fn big_recipe(version: char) -> Recipe {
    let scale = if version == 'A' { 1.0 } else { 3.5 };
    let ingredients = (0..INGREDIENTS)
        .map(|i| {
            let unit = Unit::VOLUMES[i % Unit::VOLUMES.len()];
            let amount = (i as f64 + 1.0) * scale / 7.0;
            let byte = |shift: usize| ((i * 37) >> shift) as u8;
            let mut ingredient = Ingredient::new(
                format!("Ingredient {i:04} of version {version}: personalised attention"),
                amount,
                unit,
                Colour::from_rgb(byte(0), byte(3), byte(6)),
            );
            ingredient.note = format!("Note {i}: listen to customers, then adjust; ä € 😀.");
            ingredient.locked = i % 10 == 0;
            ingredient
        })
        .collect();
    Recipe {
        title: format!("Kill safety, version {version}"),
        author: "cx-recipe tests".to_owned(),
        notes: String::new(),
        ingredients,
        ..Recipe::default()
    }
}

/// The temporary files of saves to `target`: `.{name}.XXXXXX.tmp`.
fn temp_files(target: &Path) -> Vec<String> {
    let name = target.file_name().unwrap().to_string_lossy();
    let prefix = format!(".{name}.");
    fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".tmp"))
        .collect()
}

/// Every file in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A small reproducible random sequence (xorshift64*), seeded per run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % bound.max(1)
    }
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value:?} is not a whole number")),
    )
}

/// The child's test name as libtest knows it: the module path without the
/// crate's name.
fn child_test_name() -> String {
    let module = module_path!()
        .split_once("::")
        .map_or(module_path!(), |(_, m)| m);
    format!("{module}::save_loop_child")
}

/// Starts the save loop on `path` and returns once it is saving.
fn start_child(path: &Path) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            child_test_name().as_str(),
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_FILE_ENV, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let ready = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        // libtest may have started the line with the test's name.
        .any(|line| line.ends_with(READY));
    if !ready {
        let status = child.wait().unwrap();
        panic!("the save loop ended ({status}) before it started saving");
    }
    child
}

fn micros_since(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_micros()).unwrap()
}

/// Returns as soon as a save has created its temporary file (by watching
/// the folder, without sleeping), or after 10 s in case none ever shows.
fn wait_for_a_temp_file(target: &Path, child: &mut Child) {
    let start = Instant::now();
    while temp_files(target).is_empty() && start.elapsed() < Duration::from_secs(10) {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the save loop ended ({status})");
        }
        std::thread::yield_now();
    }
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_file() {
    let rounds = env_number("CX_KILL_ROUNDS").unwrap_or(u64::from(DEFAULT_ROUNDS));
    let seed = env_number("CX_KILL_SEED").unwrap_or_else(|| {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
        u64::from(nanos.subsec_nanos()) ^ nanos.as_secs()
    });
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("big.ron");
    let (a, b) = (big_recipe('A'), big_recipe('B'));
    let (a_text, b_text) = (format::to_ron(&a).unwrap(), format::to_ron(&b).unwrap());
    assert!(a_text.len() > 150_000, "{} bytes", a_text.len());

    // Even rounds kill at a random moment within two save cycles of the
    // child starting to save. Most of a cycle is making the text, so odd
    // rounds aim at the write itself: they wait until the child's temporary
    // file appears, then kill at a random moment within one write.
    let started = Instant::now();
    format::save(&path, &a).unwrap();
    format::save(&path, &b).unwrap();
    let cycle_us = micros_since(started) + 1000;
    let started = Instant::now();
    write_atomically(&path, a_text.as_bytes()).unwrap();
    let write_us = micros_since(started) + 100;

    let (mut found_a, mut found_b, mut mid_save) = (0, 0, 0);
    for round in 0..rounds {
        let mut child = start_child(&path);
        if round % 2 == 0 {
            std::thread::sleep(Duration::from_micros(rng.below(cycle_us)));
        } else {
            wait_for_a_temp_file(&path, &mut child);
            std::thread::sleep(Duration::from_micros(rng.below(write_us)));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let context = format!("round {round} of {rounds}, CX_KILL_SEED={seed}");
        let bytes = fs::read(&path).unwrap();
        let loaded = format::parse(&bytes, "big.ron").unwrap_or_else(|e| panic!("{context}: {e}"));
        let expected = if bytes == a_text.as_bytes() {
            found_a += 1;
            &a
        } else if bytes == b_text.as_bytes() {
            found_b += 1;
            &b
        } else {
            panic!(
                "{context}: the file is neither version ({} bytes)",
                bytes.len()
            );
        };
        assert_eq!(&loaded, expected, "{context}");

        let temps = temp_files(&path);
        assert!(
            temps.len() <= 1,
            "{context}: temporary files left: {temps:?}"
        );
        mid_save += temps.len();
        let mut allowed = temps.clone();
        allowed.push("big.ron".to_owned());
        allowed.sort();
        assert_eq!(listing(dir.path()), allowed, "{context}: stray files");

        // The next save removes what the killed one left.
        format::save(&path, expected).unwrap();
        assert_eq!(temp_files(&path), Vec::<String>::new(), "{context}");
    }
    eprintln!(
        "kill safety: {rounds} kills (seed {seed}): version A {found_a}, version B {found_b}, \
         killed mid-save (a temporary file left) {mid_save}"
    );
}

/// The child: loads the file, then saves versions B and A over it in turn
/// until it is killed. Does nothing unless started by the test above.
#[test]
#[ignore = "the child process of a_killed_save_leaves_the_old_or_the_new_file"]
fn save_loop_child() {
    let Some(path) = std::env::var_os(CHILD_FILE_ENV) else {
        return;
    };
    let path = PathBuf::from(path);
    let (a, b) = (big_recipe('A'), big_recipe('B'));
    let loaded = format::load(&path).unwrap();
    let (first, second) = if loaded == a { (&b, &a) } else { (&a, &b) };
    println!("{READY}");
    loop {
        format::save(&path, first).unwrap();
        format::save(&path, second).unwrap();
    }
}
