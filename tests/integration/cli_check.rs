//! `check`'s warnings and `--deny-warnings`, and `fmt` on files written by
//! hand, run as the real binary.

use std::fs;

use crate::cli::{code, run, stderr, stdout, write};
use crate::repo_path;

/// Valid, but Speed twice, a nameless ingredient, and stories told before
/// the measuring is done.
const WARNED: &str = r#"(
    title: "Warned",
    ingredients: [
        (name: "Metrics", amount: 30, unit: parts, tag: baking),
        (name: "Speed", amount: 20, unit: parts),
        (name: "", amount: 10, unit: parts),
        (name: "Storytelling", amount: 25, unit: parts, tag: cooking),
        (name: " speed ", amount: 15, unit: parts),
    ],
    steps: [
        (title: "Tell stories", ingredients: ["Storytelling"]),
        (title: "Measure", ingredients: ["Metrics"]),
    ],
)"#;

#[test]
fn check_warns_on_stderr_and_still_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "warned.ron", WARNED.as_bytes());
    let out = run(&["check", &path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("ok {path} (5 ingredients)\n"));
    assert_eq!(
        stderr(&out),
        format!(
            "warning: {path}: duplicate name: \"Speed\" appears as ingredients 2 and 5\n\
             warning: {path}: empty name: ingredient 3 has no name\n\
             warning: {path}: bake before you cook: step 1 uses Storytelling (cooking) \
             before step 2 builds Metrics (baking)\n"
        )
    );
}

#[test]
fn deny_warnings_turns_them_into_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let warned = write(dir.path(), "warned.ron", WARNED.as_bytes());
    let ideal = repo_path("recipes/ideal-cx.ron").display().to_string();
    let out = run(&["check", "--deny-warnings", &ideal, &warned]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("ok {warned} (5 ingredients)")));
    let err = stderr(&out);
    assert_eq!(err.matches("warning: ").count(), 3, "{err}");
    assert!(
        err.ends_with("error: 3 warnings, denied by --deny-warnings\n"),
        "{err}"
    );
    // Without warnings, the flag changes nothing.
    let out = run(&["check", "--deny-warnings", &ideal]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    // An invalid file still wins with its own exit code.
    let missing = dir.path().join("missing.ron").display().to_string();
    assert_eq!(
        code(&run(&["check", "--deny-warnings", &warned, &missing])),
        2
    );
}

#[test]
fn a_clean_data_warning_names_its_rule() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "data.ron",
        br#"(
            title: "Campaign first",
            ingredients: [
                (name: "Personalised attention", amount: 1, unit: parts),
                (name: "Fresh data", amount: 1, unit: parts),
            ],
            steps: [
                (title: "Campaign", ingredients: ["Personalised attention"]),
                (title: "Clean up", ingredients: ["fresh data"]),
            ],
        )"#,
    );
    let out = run(&["check", &path]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stderr(&out),
        format!(
            "warning: {path}: clean data before personalising: step 1 uses Personalised \
             attention before step 2 works on fresh data\n"
        )
    );
}

#[test]
fn warnings_cannot_reach_the_terminal_as_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "esc.ron",
        "(ingredients: [(name: \"a\\u{1b}[2J\", amount: 1, unit: ml), (name: \"A\\u{1b}[2J\", amount: 1, unit: ml)])".as_bytes(),
    );
    let out = run(&["check", &path]);
    assert_eq!(code(&out), 0);
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("duplicate name: \"a\u{fffd}[2J\""), "{err:?}");
}

/// Written in an email: metric cups, no colours, no version, whole numbers.
const HAND_WRITTEN: &str = r#"(
    title: "From an email",
    ingredients: [
        (name: "Efficiency", amount: 1, unit: litre),
        (name: "Speed", amount: 2, unit: cups),
        (name: "Consistency", amount: 2, unit: tbsp, tag: baking),
    ],
)"#;

const CANONICAL: &str = r##"// A CX Recipe Designer recipe: open it with cx-recipe, or read and edit it as text.
(
    version: 2,
    title: "From an email",
    ingredients: [
        (
            name: "Efficiency",
            amount: 1.0,
            unit: Litre,
            colour: "#0072b2",
        ),
        (
            name: "Speed",
            amount: 2.0,
            unit: MetricCup,
            colour: "#e69f00",
        ),
        (
            name: "Consistency",
            amount: 2.0,
            unit: MetricTablespoon,
            colour: "#009e73",
            tag: Baking,
        ),
    ],
)
"##;

#[test]
fn fmt_turns_a_hand_written_file_into_the_canonical_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "email.ron", HAND_WRITTEN.as_bytes());
    assert_eq!(code(&run(&["check", &path])), 0);
    let out = run(&["fmt", "--check", &path]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), format!("would reformat {path}\n"));
    assert_eq!(fs::read_to_string(&path).unwrap(), HAND_WRITTEN);

    let out = run(&["fmt", &path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("formatted {path}\n"));
    assert_eq!(fs::read_to_string(&path).unwrap(), CANONICAL);

    let out = run(&["check", "--deny-warnings", &path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("ok {path} (3 ingredients)\n"));
    assert_eq!(code(&run(&["fmt", "--check", &path])), 0);
}

#[test]
fn fmt_keeps_a_hand_written_file_with_a_decimal_comma_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "(\n    ingredients: [\n        (name: \"Speed\", amount: 1,5, unit: cups),\n    ],\n)";
    let path = write(dir.path(), "comma.ron", text.as_bytes());
    let out = run(&["fmt", &path]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).starts_with(&format!(
            "{path}:3:33: expected a number with a decimal point"
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}
