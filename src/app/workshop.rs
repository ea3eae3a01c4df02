//! What the window holds for a workshop: a second recipe compared with the
//! open one, and participants' recipes blended, with the reveal's step. The
//! numbers come from the core (`recipe::diff`, `recipe::blend`); this adds
//! what the screens need on top: one colour per ingredient across every
//! pie, and who is who. No egui here.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::document::new_revision;
use crate::chart::palette;
use crate::i18n::blend_text::{self, TeamWords};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::blend::{Blend, Participant, blend};
use crate::recipe::diff::{Diff, diff};
use crate::recipe::{Colour, Ingredient, Profile, Recipe, Unit, matching};

/// The title of the team's recipe as the command line's `blend` writes it
/// ([`TeamBlend::team_recipe`]); the window titles it in its language.
pub const TEAM_TITLE: &str = "Team blend";

/// A recipe read from a file for a workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedRecipe {
    /// The file it came from.
    pub path: PathBuf,
    /// What it holds.
    pub recipe: Recipe,
    /// How people tell it from the files read with it: its file name, or
    /// with as many folders as that takes (`recipe::inputs::labels`).
    pub label: String,
}

impl LoadedRecipe {
    /// The file as people see it: [`Self::label`].
    pub fn file_name(&self) -> String {
        self.label.clone()
    }

    /// Who made it, for the reveal: the author, else the file's name.
    pub fn who(&self) -> String {
        let author = self.recipe.author.trim();
        if author.is_empty() {
            self.file_name()
        } else {
            author.to_owned()
        }
    }
}

/// A second recipe beside the open one (as-is against to-be, or two teams).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The recipe compared with the open one: B, where the open one is A.
    pub other: LoadedRecipe,
    /// A new number for each comparison (what is derived from it follows).
    pub revision: u64,
}

impl Comparison {
    /// `other` compared with the open recipe.
    pub fn new(other: LoadedRecipe) -> Self {
        Self {
            other,
            revision: new_revision(),
        }
    }

    /// The open recipe (A) compared with the other (B): B − A per
    /// ingredient, the largest change first.
    pub fn diff(&self, current: &Recipe) -> Diff {
        diff(current, &self.other.recipe)
    }

    /// The other recipe in the open one's colours: an ingredient both name
    /// takes A's colour; one only B names keeps its own unless A uses it for
    /// something else, then it takes a free palette colour.
    pub fn other_coloured(&self, current: &Recipe) -> Recipe {
        let mut colours = Colours::default();
        colours.add_recipe(current);
        colours.add_recipe(&self.other.recipe);
        colours.recolour(&self.other.recipe)
    }
}

/// One colour per ingredient across several recipes: the first recipe's
/// own colours first, then each new ingredient its own colour if no other
/// ingredient has it yet, else the first free palette colour.
#[derive(Clone, Debug, Default, PartialEq)]
struct Colours {
    /// Matching key → colour; only looked up, never iterated into output.
    by_key: BTreeMap<String, Colour>,
    /// The colours given, in order.
    used: Vec<[u8; 3]>,
}

impl Colours {
    fn add_recipe(&mut self, recipe: &Recipe) {
        for ingredient in &recipe.ingredients {
            let key = matching::key(&ingredient.name);
            if self.by_key.contains_key(&key) {
                continue;
            }
            let own = ingredient.colour.rgb();
            let colour = if self.used.contains(&own) {
                palette::next_unused(&self.used)
            } else {
                own
            };
            self.used.push(colour);
            self.by_key.insert(key, Colour::from(colour));
        }
    }

    fn recolour(&self, recipe: &Recipe) -> Recipe {
        let mut out = recipe.clone();
        for ingredient in &mut out.ingredients {
            if let Some(colour) = self.by_key.get(&matching::key(&ingredient.name)) {
                ingredient.colour = *colour;
            }
        }
        out
    }
}

/// Participants' recipes blended, with the reveal: each participant's pie
/// in turn, then the team's.
///
/// Its source is a plain list of the participants that loaded:
/// [`TeamBlend::new`] blends them, and [`TeamBlend::refresh`] blends a new
/// list (the room's answers as they arrive) keeping the reveal where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamBlend {
    /// The recipes that loaded, in the order given.
    pub participants: Vec<LoadedRecipe>,
    /// Why each file that did not load was left out (file, line, column).
    pub failed: Vec<String>,
    /// The blend of the participants, the most disputed ingredient first.
    pub blend: Blend,
    /// Who each participant is on screen, by label: [`LoadedRecipe::who`],
    /// with the file added where two share an author.
    who: BTreeMap<String, String>,
    /// Each participant's recipe in the blend's colours, in order.
    coloured: Vec<Recipe>,
    /// The profile the participants agree on, if any: the team's advice.
    profile: Option<Profile>,
    /// The reveal's step: a participant's index, or their count for the team.
    step: usize,
    /// A new number for each blend and each step of its reveal (what is
    /// derived from it follows).
    pub revision: u64,
}

impl TeamBlend {
    /// Blends the recipes that loaded; `failed` lists the files that did not.
    /// Every pie of the reveal colours an ingredient as the blend does
    /// (`BlendRow::colour`: the participants' own where they agree, else a
    /// distinct one).
    pub fn new(participants: Vec<LoadedRecipe>, failed: Vec<String>) -> Self {
        let taking_part: Vec<Participant<'_>> = participants
            .iter()
            .map(|p| Participant {
                label: p.file_name(),
                recipe: &p.recipe,
            })
            .collect();
        let blend = blend(&taking_part);
        let colours: BTreeMap<&str, Colour> = blend
            .rows
            .iter()
            .map(|r| (r.key.as_str(), r.colour))
            .collect();
        let coloured = participants
            .iter()
            .map(|p| {
                let mut recipe = p.recipe.clone();
                for ingredient in &mut recipe.ingredients {
                    if let Some(colour) = colours.get(matching::key(&ingredient.name).as_str()) {
                        ingredient.colour = *colour;
                    }
                }
                recipe
            })
            .collect();
        Self {
            who: who_is_who(&participants),
            profile: agreed_profile(&participants),
            participants,
            failed,
            blend,
            coloured,
            step: 0,
            revision: new_revision(),
        }
    }

    /// Blends `participants` again (a participant came, changed their
    /// answer or left) keeping the reveal where it was: on the same
    /// participant if they are still there (else at the same place), or on
    /// the team's step. What only the screen holds — its scroll position
    /// and which rows are open — is egui's and kept by the ingredients'
    /// keys, so a new answer changes neither.
    pub fn refresh(&mut self, participants: Vec<LoadedRecipe>, failed: Vec<String>) {
        let mut next = Self::new(participants, failed);
        next.continue_reveal(self);
        *self = next;
    }

    /// The team's shares as a recipe to draw, in `lang`: each row's exact
    /// mean (so its pie shows the figures the table does), the blend's
    /// colours and tags, the agreed profile.
    pub fn team_shown(&self, lang: Lang) -> Recipe {
        Recipe {
            title: tr(lang, "blend-team-title"),
            ingredients: self
                .blend
                .rows_by_mean()
                .into_iter()
                .map(|row| {
                    let mut ingredient = Ingredient::new(
                        blend_text::row_name(row, lang),
                        row.mean * 100.0,
                        Unit::Part,
                        row.colour,
                    );
                    ingredient.tag = row.tag;
                    ingredient
                })
                .collect(),
            profile: self.profile.clone(),
            ..Recipe::default()
        }
    }

    /// The team recipe a person saves or opens, in `lang` with `decimals`
    /// (`i18n::blend_text::team_recipe`: parts of 100, tags, colours, the
    /// notes with the spread and merged spellings), with the profile the
    /// participants agree on.
    pub fn team_recipe_in(&self, lang: Lang, decimals: u8) -> Recipe {
        let advice = self.profile.as_ref().map(crate::recipe::advice::advise);
        let words = TeamWords {
            lang,
            decimals,
            advice: advice.as_ref(),
            names: &[],
        };
        let mut recipe = blend_text::team_recipe(&self.blend, words);
        recipe.profile.clone_from(&self.profile);
        recipe
    }

    /// The blend as `cx-recipe blend` writes it ([`Blend::to_recipe`],
    /// titled [`TEAM_TITLE`]): the same bytes as the command line for the
    /// same files. The window saves and opens [`Self::team_recipe_in`].
    pub fn team_recipe(&self) -> Recipe {
        self.blend.to_recipe(TEAM_TITLE)
    }

    /// The profile the participants agree on, if any.
    pub fn profile(&self) -> Option<&Profile> {
        self.profile.as_ref()
    }

    /// Who a participant is on screen, by their label (file): the author,
    /// else the file.
    pub fn who_of(&self, label: &str) -> String {
        self.who
            .get(label)
            .cloned()
            .unwrap_or_else(|| label.to_owned())
    }

    /// How many steps the reveal has: each participant, then the team.
    pub fn steps(&self) -> usize {
        self.participants.len() + 1
    }

    /// The reveal's current step, from 0.
    pub fn step(&self) -> usize {
        self.step
    }

    /// Whether the current step is the team's.
    pub fn is_team_step(&self) -> bool {
        self.step >= self.participants.len()
    }

    /// The name shown large for the current step: the participant (author,
    /// else file) or the team.
    pub fn step_name(&self, lang: Lang) -> String {
        match self.participants.get(self.step) {
            Some(p) => self.who_of(&p.label),
            None => tr(lang, "blend-the-team"),
        }
    }

    /// The line under the name: the recipe's title and file, or who blended.
    pub fn step_detail(&self, lang: Lang) -> String {
        match self.participants.get(self.step) {
            Some(p) => {
                let title = p.recipe.title.trim();
                let file = p.file_name();
                // The file is named here when the name above is the author.
                match (title.is_empty(), self.who_of(&p.label).contains(&file)) {
                    (true, true) => String::new(),
                    (false, true) => title.to_owned(),
                    (true, false) => file,
                    (false, false) => format!("{title} · {file}"),
                }
            }
            None => tr_args(
                lang,
                "blend-of",
                &[("count", Arg::from(self.blend.participants.len()))],
            ),
        }
    }

    /// The current participant's recipe in the blend's colours; `None` on
    /// the team's step (see [`Self::team_shown`]).
    pub fn step_participant(&self) -> Option<&Recipe> {
        self.coloured.get(self.step)
    }

    /// The recipe of the current step as drawn, in `lang`.
    pub fn step_recipe(&self, lang: Lang) -> Recipe {
        self.step_participant()
            .cloned()
            .unwrap_or_else(|| self.team_shown(lang))
    }

    /// Takes up the reveal where `before` was, for a blend read again with
    /// more participants (a room's answers coming in): the same participant
    /// (by file) stays on screen, and the team's step stays the team's.
    pub fn continue_reveal(&mut self, before: &Self) {
        self.step = match before.participants.get(before.step) {
            Some(shown) => self
                .participants
                .iter()
                .position(|p| p.path == shown.path)
                .unwrap_or_else(|| before.step.min(self.participants.len())),
            None => self.participants.len(),
        };
    }

    /// Moves the reveal one step on or back, staying within it.
    pub fn move_step(&mut self, forward: bool) {
        self.step = if forward {
            (self.step + 1).min(self.steps() - 1)
        } else {
            self.step.saturating_sub(1)
        };
        self.revision = new_revision();
    }
}

/// Who each participant is, by label: the author, else the file; where two
/// share an author, the author and the file ("Ann (ann.ron)").
fn who_is_who(participants: &[LoadedRecipe]) -> BTreeMap<String, String> {
    let mut authors: BTreeMap<String, usize> = BTreeMap::new();
    for p in participants {
        *authors.entry(p.who()).or_default() += 1;
    }
    participants
        .iter()
        .map(|p| {
            let who = p.who();
            let shared = authors.get(&who).copied().unwrap_or(0) > 1;
            let name = if shared && who != p.label {
                format!("{who} ({})", p.label)
            } else {
                who
            };
            (p.label.clone(), name)
        })
        .collect()
}

/// The profile every participant who gave one gave, if at least one did
/// and none gave another.
fn agreed_profile(participants: &[LoadedRecipe]) -> Option<Profile> {
    let mut profiles = participants
        .iter()
        .filter_map(|p| p.recipe.profile.as_ref());
    let first = profiles.next()?;
    profiles.all(|p| p == first).then(|| first.clone())
}

#[cfg(test)]
mod tests;
