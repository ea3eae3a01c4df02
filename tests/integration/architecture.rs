//! The architecture's walls, checked: the core crate lists no window
//! library among its dependencies, so nothing in `recipe/`, `chart/` or the
//! catalogues can use one; the room's crate uses the core and neither the
//! window nor the command line.

use std::fs;

use crate::repo_path;

/// What the core must never depend on.
const WINDOW_CRATES: [&str; 7] = [
    "egui",
    "eframe",
    "rfd",
    "egui_plot",
    "egui_extras",
    "winit",
    "egui_kittest",
];

/// The names of every dependency a crate's manifest lists (normal, dev and
/// build, target-specific included).
fn dependencies_of(manifest: &str) -> Vec<String> {
    let manifest: toml::Table = fs::read_to_string(repo_path(manifest))
        .unwrap()
        .parse()
        .unwrap();
    let kinds = ["dependencies", "dev-dependencies", "build-dependencies"];
    let mut tables: Vec<&toml::Table> = kinds
        .iter()
        .filter_map(|key| manifest.get(*key).and_then(toml::Value::as_table))
        .collect();
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        for target in targets.values().filter_map(toml::Value::as_table) {
            tables.extend(
                kinds
                    .iter()
                    .filter_map(|key| target.get(*key).and_then(toml::Value::as_table)),
            );
        }
    }
    assert!(!tables.is_empty(), "{manifest:?} lists its dependencies");
    tables.iter().flat_map(|t| t.keys().cloned()).collect()
}

#[test]
fn the_core_crate_depends_on_no_window_library() {
    for name in dependencies_of("crates/core/Cargo.toml") {
        assert!(
            !WINDOW_CRATES.contains(&name.as_str()),
            "crates/core depends on {name}, a window library"
        );
    }
}

#[test]
fn the_room_crate_depends_on_the_core_and_on_no_window_or_command_line() {
    let names = dependencies_of("crates/room/Cargo.toml");
    assert!(names.iter().any(|n| n == "cx-recipe-core"), "{names:?}");
    for name in &names {
        assert!(
            !WINDOW_CRATES.contains(&name.as_str()) && name != "clap" && name != "cx-recipe",
            "crates/room depends on {name}"
        );
    }
}

#[test]
fn the_core_crate_is_in_the_workspace_and_tested_by_default() {
    let manifest: toml::Table = fs::read_to_string(repo_path("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let workspace = manifest["workspace"].as_table().unwrap();
    for key in ["members", "default-members"] {
        let list: Vec<&str> = workspace[key]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(toml::Value::as_str)
            .collect();
        assert!(list.contains(&"crates/core"), "{key} names crates/core");
        assert!(list.contains(&"crates/room"), "{key} names crates/room");
        assert!(list.contains(&"."), "{key} names the app");
    }
}

/// Every `.rs` file under `folder`, recursively, in name order.
fn rust_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// What counts as one ingredient is data, not translation: `recipe/`
/// (matching, the library, diff, blend, the duplicate check) uses nothing
/// of the catalogues, so editing a translation cannot change what two
/// files' names mean.
#[test]
fn recipe_uses_nothing_of_the_catalogues() {
    let files = rust_files(&repo_path("crates/core/src/recipe"));
    assert!(files.len() > 20, "{files:?}");
    let mut uses = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            // Comments may name the catalogues; code may not.
            let code = line.split("//").next().unwrap_or_default();
            if code.contains("i18n") {
                uses.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        uses.is_empty(),
        "recipe/ uses the catalogues:\n{}",
        uses.join("\n")
    );
}
