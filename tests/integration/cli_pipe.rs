//! The command line into a reader that stops early (`| head -1`): every
//! subcommand ends quietly, with no panic and no backtrace; `check` stops
//! there, and `fmt` still formats every file, as its work is the files and
//! its listing only a report.

use std::fs;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use cx_recipe::recipe::format;

use crate::cli::{BIN, code, stderr};
use crate::repo_path;

const GOOD: &str = "(version: 1, title: \"T\", ingredients: [(name: \"A\", amount: 1.0, unit: Part, colour: \"#0072b2\")])";

/// A recipe that loads but is not in the canonical layout.
const MESSY: &str =
    "(version:1,title:\"Messy\",ingredients:[(name:\"A\",amount:1,unit:Part,colour:\"#0072B2\")])";

fn files(folder: &Path, count: usize, text: &str) -> Vec<PathBuf> {
    fs::create_dir_all(folder).unwrap();
    (0..count)
        .map(|i| {
            let path = folder.join(format!("f{i:04}.ron"));
            fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// Runs the binary with its stdout read by a reader that takes `lines`
/// lines and then closes the pipe.
fn into_reader_of(lines: usize, args: &[&str], paths: &[PathBuf]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .args(paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        for _ in 0..lines {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
        }
        // Dropped here: the pipe is closed with most of the output unread.
    }
    child.wait_with_output().unwrap()
}

fn assert_quiet(out: &Output, what: &str) {
    let err = stderr(out);
    for noise in ["panicked", "failed printing", "Broken pipe", "backtrace"] {
        assert!(!err.contains(noise), "{what}: {noise} in stderr:\n{err}");
    }
}

#[test]
fn check_of_thousands_of_files_into_head_ends_quietly_with_0() {
    let dir = tempfile::tempdir().unwrap();
    // About 100 KB of "ok …" lines: more than a pipe holds, so the binary
    // is still writing when the reader goes.
    let paths = files(dir.path(), 3000, GOOD);
    let out = into_reader_of(1, &["check"], &paths);
    assert_quiet(&out, "check");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn check_into_head_still_exits_1_for_a_bad_file_it_had_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = files(&dir.path().join("bad"), 1, "(version: 1, flavour: 3)");
    paths.extend(files(dir.path(), 3000, GOOD));
    let out = into_reader_of(1, &["check"], &paths);
    assert_quiet(&out, "check");
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("flavour"), "{}", stderr(&out));
}

#[test]
fn fmt_into_head_still_formats_every_file() {
    let dir = tempfile::tempdir().unwrap();
    // Long paths, so that the listing overflows the pipe with fewer files.
    let folder = dir.path().join("a-folder-with-a-long-name-".repeat(8));
    let paths = files(&folder, 400, MESSY);
    let out = into_reader_of(1, &["fmt"], &paths);
    assert_quiet(&out, "fmt");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    for path in &paths {
        let bytes = fs::read(path).unwrap();
        let recipe = format::parse(&bytes, "f.ron").unwrap();
        assert_eq!(
            format::to_ron(&recipe).unwrap().as_bytes(),
            bytes,
            "{} was left unformatted",
            path.display()
        );
    }
}

#[test]
fn fmt_check_into_head_still_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("a-folder-with-a-long-name-".repeat(8));
    let paths = files(&folder, 400, MESSY);
    let out = into_reader_of(1, &["fmt", "--check"], &paths);
    assert_quiet(&out, "fmt --check");
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&paths[399]).unwrap(), MESSY);
}

#[test]
fn every_subcommand_ends_quietly_on_a_pipe_closed_before_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let ideal = repo_path("recipes/ideal-cx.ron").display().to_string();
    let other = repo_path("recipes/bake-then-cook.ron")
        .display()
        .to_string();
    let team = dir.path().join("team.ron").display().to_string();
    let picture = dir.path().join("chart.svg").display().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", &ideal, &other],
        vec!["fmt", "--check", &ideal],
        vec!["summary", &other],
        vec!["summary", "--format", "markdown", &other],
        vec!["summary", "--format", "csv", &other],
        vec!["summary", "--format", "json", &other],
        vec!["diff", &ideal, &other],
        vec!["diff", "--format", "json", &ideal, &other],
        vec!["blend", &ideal, &other, "-o", &team],
        vec!["export", &ideal, "-o", &picture],
        vec!["--help"],
        vec!["--version"],
    ];
    for args in runs {
        let out = into_reader_of(0, &args, &[]);
        assert_quiet(&out, &args.join(" "));
        assert_eq!(code(&out), 0, "{}: {}", args.join(" "), stderr(&out));
    }
    // The blend was written all the same.
    assert!(format::load(Path::new(&team)).is_ok());
}
