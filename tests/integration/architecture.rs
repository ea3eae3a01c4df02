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
