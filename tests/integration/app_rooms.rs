//! The window's rooms, checked: no import circle among the modules of
//! `src/app`, and no view imports the window's state or its executor.
//!
//! Every `super::` and `crate::app::` path of every file under `src/app`
//! (its tests cut off) is read as an edge from the file's module to the
//! module the path names (`use super::{a, b::C}` to `a` and `b`). An edge
//! between a module and one of its own ancestors or descendants is not a
//! wall between rooms (a parent declares its children; a child reads what
//! its parent defines) and is left out; the rest must form no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use crate::repo_path;

/// The module path of a file under `src/app` (`views::table`; empty for
/// `mod.rs` of `src/app` itself).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The paths in `text` after each `prefix`: `super::a::B`, and each branch
/// of a `{…}` group, as lists of segments.
fn paths_after(text: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        expand(rest, &mut Vec::new(), &mut out);
    }
    out
}

/// Reads one path (with `{…}` groups) at the start of `text`.
fn expand(text: &str, base: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let text = text.trim_start();
    if let Some(group) = text.strip_prefix('{') {
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    expand(&group[start..i], &mut base.clone(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&group[start..i], &mut base.clone(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if word.is_empty() {
        out.push(base.clone());
        return;
    }
    base.push(word.clone());
    let after = &text[word.len()..];
    match after.strip_prefix("::") {
        Some(more) => expand(more, base, out),
        None => out.push(base.clone()),
    }
}

/// The module graph of `src/app`: module → the modules it imports.
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let root = repo_path("src/app");
    let mut all = Vec::new();
    files(&root, &mut all);
    let modules: BTreeSet<Vec<String>> = all
        .iter()
        .map(|f| module_of(f.strip_prefix(&root).unwrap()))
        .collect();
    // The longest prefix of `path` that is a module.
    let resolve = |path: &[String]| -> Option<Vec<String>> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| modules.contains(p))
    };
    let mut graph = BTreeMap::new();
    for file in &all {
        let relative = file.strip_prefix(&root).unwrap();
        let module = module_of(relative);
        let text = fs::read_to_string(file).unwrap();
        // Tests live at the end of a file; their `super` is the file itself.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut targets = BTreeSet::new();
        // `super` in `a/b.rs` is `a`; in `a/mod.rs` (module `a`) it is the
        // parent of `a`: either way the module less its last part.
        let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
        for path in paths_after(text, "super::") {
            let mut full = parent.clone();
            full.extend(path);
            targets.extend(resolve(&full));
        }
        for path in paths_after(text, "crate::app::") {
            targets.extend(resolve(&path));
        }
        let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
        targets.retain(|t| !related(t, &module));
        graph.insert(module, targets);
    }
    graph
}

#[test]
fn the_window_s_modules_import_in_no_circle() {
    let graph = graph();
    assert!(graph.len() > 40, "read the modules of src/app");
    // Depth-first search for a back edge, reporting the cycle.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|n| n == node) {
            let cycle: Vec<String> = stack[at..].iter().map(|m| m.join("::")).collect();
            panic!("import circle: {} → {}", cycle.join(" → "), node.join("::"));
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done);
    }
}

#[test]
fn views_import_neither_state_nor_exec() {
    let graph = graph();
    for (module, targets) in &graph {
        if module.first().is_some_and(|m| m == "views") {
            for t in targets {
                let top = t.first().map(String::as_str);
                assert!(
                    !matches!(top, Some("state" | "exec" | "shell" | "input")),
                    "{} imports {}",
                    module.join("::"),
                    t.join("::")
                );
            }
        }
    }
    // The blend screen takes the widgets it shares with compare from the
    // widgets file, not from compare.
    let blend = graph
        .get(&vec!["views".to_owned(), "blend".to_owned()])
        .unwrap();
    assert!(!blend.contains(&vec!["views".to_owned(), "compare".to_owned()]));
}

#[test]
fn the_cycle_check_sees_a_cycle() {
    let text = "use super::{a::B, c};\nlet x = crate::app::d::e();";
    let paths = paths_after(text, "super::");
    assert_eq!(paths, [vec!["a", "B"], vec!["c"]]);
    assert_eq!(paths_after(text, "crate::app::"), [vec!["d", "e"]]);
}
