//! Participants' files for the blend's tests: five people sharing out
//! points among the library's ingredients, tagged as the library tags them
//! (one disagreeing now and then), each with their name as the author.

use std::fs;
use std::path::{Path, PathBuf};

use cx_recipe::recipe::library;

/// Ingredients of the library, in the order a workshop meets them.
const NAMES: [&str; 20] = [
    "Efficiency",
    "Technology",
    "Customer research",
    "Voice of the customer",
    "Cross-functional collaboration",
    "Personalised attention",
    "Scorecards & dashboards",
    "Understanding the why",
    "Consistency",
    "Speed",
    "Learning & education",
    "Ideation & redesign",
    "Storytelling",
    "Champion programme",
    "Test & learn",
    "Company culture",
    "User experience",
    "Customer support",
    "Omni-channel",
    "Teamwork across silos",
];

const AUTHORS: [&str; 5] = [
    "Ana García",
    "Ben Okafor",
    "Chloé Dubois",
    "Dev Patel",
    "Eve Martin",
];

/// Five participants' files sharing out points among the first `count`
/// ingredients: each leaves some out, tags them as the library does (one
/// disagrees now and then), so that the blend has `count` rows.
pub fn workshop(folder: &Path, count: usize) -> Vec<PathBuf> {
    AUTHORS
        .iter()
        .enumerate()
        .map(|(p, author)| {
            let items: Vec<String> = NAMES
                .iter()
                .take(count)
                .enumerate()
                .filter(|(i, _)| (i + p) % 4 != 0 || *i == p)
                .map(|(i, name)| {
                    let amount = 2 + (i * 7 + p * 13) % 11;
                    let tag = match (library::tag_of(name), (i + p) % 5 == 0) {
                        (Some(t), false) => format!(", tag: {}", t.lowercase()),
                        (Some(t), true) => {
                            let other = if t == cx_recipe::recipe::Tag::Baking {
                                "cooking"
                            } else {
                                "baking"
                            };
                            format!(", tag: {other}")
                        }
                        (None, _) => String::new(),
                    };
                    format!("(name: {name:?}, amount: {amount}, unit: parts{tag})")
                })
                .collect();
            let text = format!(
                "(version: 2, title: \"Mine\", author: {author:?}, ingredients: [{}])",
                items.join(",\n")
            );
            let path = folder.join(format!("p{p}.ron"));
            fs::write(&path, text).unwrap();
            path
        })
        .collect()
}
