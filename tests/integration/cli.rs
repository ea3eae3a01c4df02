//! The command line, run as the real binary: output and exit codes are a
//! contract that other people's scripts rely on.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::repo_path;

pub const BIN: &str = env!("CARGO_BIN_EXE_cx-recipe");

pub fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exited by a signal")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ideal() -> String {
    repo_path("recipes/ideal-cx.ron").display().to_string()
}

pub fn write(dir: &Path, name: &str, text: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

const MESSY: &str = "(version:1,title:\"Messy\",ingredients:[(name:\"A\",amount:1,unit:Part,colour:\"#0072B2\"),(name:\"B\",amount:3.0,unit:Part,colour:\"#e69f00\")])";

#[test]
fn check_accepts_good_files() {
    let out = run(&[
        "check",
        &ideal(),
        &repo_path("recipes/bake-then-cook.ron")
            .display()
            .to_string(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("ok {} (5 ingredients)", ideal())),
        "{text}"
    );
    assert!(text.contains("(10 ingredients)"), "{text}");
}

#[test]
fn check_reports_invalid_files_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.ron",
        b"(\n    version: 1,\n    flavour: 2,\n)",
    );
    let out = run(&["check", &ideal(), &bad]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("ok "), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(&format!("{bad}:3:5:")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_io_errors_and_usage_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.ron", b"nonsense");
    let missing = dir.path().join("missing.ron").display().to_string();
    let out = run(&["check", &bad, &missing]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("missing.ron"), "{}", stderr(&out));
    assert_eq!(code(&run(&["check", &dir.path().display().to_string()])), 2);
    assert_eq!(code(&run(&["check"])), 2);
    assert_eq!(code(&run(&["frobnicate", "x", "y"])), 2);
    assert_eq!(code(&run(&["summary", &ideal(), "--format", "yaml"])), 2);
    assert_eq!(code(&run(&["summary", &ideal(), "--decimals", "7"])), 2);
    assert_eq!(code(&run(&["--help"])), 0);
}

#[test]
fn check_never_panics_on_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let inputs: [&[u8]; 8] = [
        b"",
        b"\xff\xfe\x00garbage",
        b"((((((((((((((((((((((((((((((",
        b"(version: 4294967296)",
        b"(version: 1, ingredients: [(name: \"a\", amount: 1e999, unit: Part, colour: \"#000000\")])",
        b"(version: 1, ingredients: [(name: \"\\u{0}\", amount: 1.0, unit: Part, colour: \"#00000\xc3\xa9\")])",
        b"(version: 1, ingredients: [], ingredients: [])",
        b"(version: 1, title: r#\"raw\"#, notes: \"\\q\")",
    ];
    for (i, bytes) in inputs.iter().enumerate() {
        let path = write(dir.path(), &format!("g{i}.ron"), bytes);
        let out = run(&["check", &path]);
        assert_eq!(code(&out), 1, "input {i}: {}", stderr(&out));
        assert!(
            stderr(&out).starts_with(&format!("{path}:")),
            "input {i}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn summary_json_gives_the_worked_shares() {
    let out = run(&["summary", &ideal(), "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Ideal CX");
    let ingredients = json["ingredients"].as_array().unwrap();
    let expected = [
        ("Efficiency", 1.0, "Litre", 1000.0),
        ("Speed", 2.0, "MetricCup", 500.0),
        ("Personalised attention", 500.0, "Cc", 500.0),
        ("Consistency", 2.0, "MetricTablespoon", 30.0),
        ("Technology", 2.0, "Litre", 2000.0),
    ];
    let mut sum = 0.0;
    for (ing, (name, amount, unit, ml)) in ingredients.iter().zip(expected) {
        assert_eq!(ing["name"], name);
        assert_eq!(ing["amount"], amount);
        assert_eq!(ing["unit"], unit);
        assert_eq!(ing["amount_ml"], ml);
        let share = ing["share"].as_f64().unwrap();
        assert!((share - ml / 4030.0).abs() < 1e-15, "{name}: {share}");
        sum += share;
    }
    assert!((sum - 1.0).abs() < 1e-12);
    let percents: Vec<&str> = ingredients
        .iter()
        .map(|i| i["percent"].as_str().unwrap())
        .collect();
    assert_eq!(percents, ["24.81", "12.41", "12.41", "0.74", "49.63"]);
}

#[test]
fn summary_json_for_parts_has_null_ml() {
    let out = run(&[
        "summary",
        &repo_path("recipes/bake-then-cook.ron")
            .display()
            .to_string(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["ingredients"][0]["amount_ml"].is_null());
    assert_eq!(json["ingredients"][0]["share"], 0.15);
}

#[test]
fn summary_text_markdown_and_csv() {
    let text = stdout(&run(&["summary", &ideal(), "--decimals", "1"]));
    assert!(text.starts_with("Ideal CX\n"), "{text}");
    assert!(
        text.contains("Consistency") && text.contains("0.7 %") && text.contains("100.0 %"),
        "{text}"
    );
    let md = stdout(&run(&["summary", &ideal(), "--format", "markdown"]));
    assert!(md.contains("| Technology | 2 | litres | 49.63 % |"), "{md}");
    let csv = stdout(&run(&["summary", &ideal(), "--format", "csv"]));
    // Ideal CX has tags (version 2): the tag column comes last. A version 1
    // recipe's columns are in cli_summary::a_version_1_summary_is_unchanged.
    assert!(
        csv.starts_with("name,amount,unit,amount_ml,share,percent,tag\n"),
        "{csv}"
    );
    assert!(csv.contains("Speed,2,MetricCup,500,"), "{csv}");
    assert!(csv.contains(",24.81,baking\n"), "{csv}");
}

#[test]
fn summary_of_a_zero_total_has_no_shares() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "zero.ron", b"(version: 1, title: \"Z\", ingredients: [(name: \"a\", amount: 0.0, unit: Part, colour: \"#000000\")])");
    let out = run(&["summary", &path, "--format", "json"]);
    assert_eq!(code(&out), 0);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["ingredients"][0]["share"].is_null());
    let text = stdout(&run(&["summary", &path]));
    assert!(text.contains("no shares"), "{text}");
}

#[test]
fn fmt_tidies_a_hand_edited_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "messy.ron", MESSY.as_bytes());
    let out = run(&["fmt", "--check", &path]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("would reformat"), "{}", stdout(&out));
    assert_eq!(fs::read_to_string(&path).unwrap(), MESSY);

    let out = run(&["fmt", &path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let tidy = fs::read_to_string(&path).unwrap();
    assert!(tidy.contains("    title: \"Messy\",\n"), "{tidy}");
    assert!(tidy.contains("colour: \"#0072b2\""), "{tidy}");
    assert_eq!(code(&run(&["fmt", "--check", &path])), 0);
    // A canonical file is left alone, byte for byte.
    assert_eq!(code(&run(&["fmt", &path])), 0);
    assert_eq!(fs::read_to_string(&path).unwrap(), tidy);
}

#[test]
fn fmt_reports_invalid_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "bad.ron", b"(version: 1, title: 3)");
    let out = run(&["fmt", &path]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains(&format!("{path}:1:")),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read(&path).unwrap(), b"(version: 1, title: 3)");
}

/// As root, permissions stop no write; a file-size limit of zero does, the
/// way a full disk would. The shell ignores SIGXFSZ so that the write fails
/// with an error instead of killing the process.
#[cfg(unix)]
#[test]
fn fmt_leaves_the_file_untouched_when_the_write_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "messy.ron", MESSY.as_bytes());
    let out = Command::new("sh")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 0; exec \"$0\" fmt \"$1\"",
            BIN,
            &path,
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("left as it was"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&path).unwrap(), MESSY);
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["messy.ron"], "a temporary file was left behind");
}

#[test]
fn export_writes_svg_and_png() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("chart.svg");
    let out = run(&["export", &ideal(), "-o", &svg.display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = fs::read_to_string(&svg).unwrap();
    // 30 ml of 4030 is 0.744 %: rounded on its own, as the table shows it.
    for word in ["Ideal CX", "Efficiency", "Technology", "49.6 %", "0.7 %"] {
        assert!(text.contains(word), "{word} missing");
    }
    let png = dir.path().join("chart.png");
    let out = run(&[
        "export",
        &ideal(),
        "-o",
        &png.display().to_string(),
        "--width",
        "640",
        "--height",
        "400",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height, big-endian, at bytes 16..24.
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 640);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 400);
}

#[test]
fn export_refuses_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "export",
        &ideal(),
        "-o",
        &dir.path().join("chart.gif").display().to_string(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains(".svg or .png"), "{}", stderr(&out));
    let out = run(&[
        "export",
        &ideal(),
        "-o",
        &dir.path().join("c.png").display().to_string(),
        "--width",
        "5",
    ]);
    assert_eq!(code(&out), 2);
    let bad = write(dir.path(), "bad.ron", b"(version: 1, title: 3)");
    let out = run(&[
        "export",
        &bad,
        "-o",
        &dir.path().join("c.png").display().to_string(),
    ]);
    assert_eq!(code(&out), 1);
    assert!(!dir.path().join("c.png").exists());
}

/// A new file follows the user's umask, like any file a program creates.
#[cfg(unix)]
#[test]
fn new_files_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    for (umask, mode) in [("022", 0o644), ("077", 0o600)] {
        let out = dir.path().join(format!("chart-{umask}.svg"));
        let status = Command::new("sh")
            .args([
                "-c",
                &format!("umask {umask}; exec \"$0\" export \"$1\" -o \"$2\""),
            ])
            .args([BIN, &ideal(), &out.display().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let got = fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, mode, "umask {umask}");
    }
}
