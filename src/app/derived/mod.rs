//! The derived layer: everything the views show that is computed from the
//! open recipe (and the compare and blend files), computed once per
//! revision of the document — or per change of what else it depends on
//! (decimals, grouping, language) — and read by the views every frame.
//! Views never scan the recipe to look something up: a name's ingredient,
//! tag or library entry, a share, a warning, a slice's hover text are all
//! here.
//!
//! `Derived::refresh` runs at the start of each frame; it costs a
//! comparison of four numbers while nothing changed.

pub mod blend;
pub mod blend_groups;
pub mod chart;
pub mod method;
pub mod names;
pub mod warnings;
pub mod workshop;

use self::blend::BlendView;
use self::chart::ChartData;
use self::method::MethodView;
use self::names::NameIndex;
use self::workshop::CompareView;
use super::document::Document;
use super::settings::Settings;
use super::workshop::{Comparison, TeamBlend};
use crate::i18n::{Lang, number, tr};
use crate::recipe::advice::Advice;
use crate::recipe::checks::{self, Warning};
use crate::recipe::tag::Balance;
use crate::recipe::{RoundedPercent, UnitSystem};

/// What the derived data was computed for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Stamp {
    revision: u64,
    decimals: u8,
    group_small: bool,
    lang: Lang,
}

/// What the menus and the title need of the document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocFacts {
    /// The window title.
    pub window_title: String,
    /// The name people see (file name, else title).
    pub display_name: String,
    /// Whether there are unsaved changes.
    pub dirty: bool,
    /// Whether there is an edit to undo.
    pub can_undo: bool,
    /// Whether there is an edit to redo.
    pub can_redo: bool,
    /// Who wrote the recipe, as its file says (trimmed); `None` when it
    /// does not say. Shown in presentation (the blend's reveal reads each
    /// participant's own, `workshop::LoadedRecipe::who`).
    pub author: Option<String>,
}

/// Everything derived from the open recipe.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    stamp: Stamp,
    /// The document's title, name and state.
    pub facts: DocFacts,
    /// Key → ingredient, tag, library entry.
    pub names: NameIndex,
    /// Exact shares; `None` when the total is zero.
    pub shares: Option<Vec<f64>>,
    /// Rounded percentages (adding up to 100), one per ingredient; empty
    /// for a zero total.
    pub percents: Vec<RoundedPercent>,
    /// Each share as shown ("24.8 %", "–"), rounded on its own.
    pub percent_texts: Vec<String>,
    /// Each ingredient's colour as the pie draws it: its own unless that
    /// is too close to an earlier one's (`recipe::colour::display_colours`).
    pub display_colours: Vec<crate::recipe::Colour>,
    /// The unit system (parts when there are no ingredients or units are
    /// mixed).
    pub unit_system: Option<UnitSystem>,
    /// Whether units are mixed (see `problem`).
    pub mixed_units: bool,
    /// The total in the base measure (ml or parts).
    pub total: f64,
    /// The total, as shown.
    pub total_text: String,
    /// What is wrong with the recipe, in a sentence, if anything.
    pub problem: Option<String>,
    /// `recipe::checks`: duplicate and empty names, the order check.
    pub warnings: Vec<Warning>,
    /// The duplicate and empty names among them, in the window's words.
    pub name_warnings: Vec<warnings::NameWarning>,
    /// The method's warnings and what each step uses.
    pub method: MethodView,
    /// The chart as drawn.
    pub chart: ChartData,
    /// Baking, cooking and untagged.
    pub balance: Balance,
    /// The advice from the profile, if there is one.
    pub advice: Option<Advice>,
    /// The library entries the recipe has, by id.
    pub library_ids: Vec<&'static str>,
    /// The compare screen's data.
    pub compare: Option<CompareView>,
    compare_stamp: (Stamp, u64),
    /// The blend screen's data.
    pub blend: Option<BlendView>,
    blend_stamp: (Stamp, u64),
}

impl Derived {
    /// Computes again what changed since the last call.
    pub fn refresh(
        &mut self,
        doc: &Document,
        settings: &Settings,
        lang: Lang,
        compare: Option<&Comparison>,
        team: Option<&TeamBlend>,
    ) {
        let stamp = Stamp {
            revision: doc.revision(),
            decimals: settings.decimals,
            group_small: settings.group_small_slices,
            lang,
        };
        if stamp != self.stamp || self.stamp.revision == 0 {
            self.recompute(doc, stamp);
        }
        // Undo and redo availability change with commits, which do not
        // change the recipe: read each frame (two comparisons).
        self.facts.can_undo = doc.can_undo();
        self.facts.can_redo = doc.can_redo();
        match compare {
            Some(c) if self.compare_stamp != (stamp, c.revision) || self.compare.is_none() => {
                self.compare = Some(CompareView::new(doc.recipe(), c, stamp.decimals, lang));
                self.compare_stamp = (stamp, c.revision);
            }
            Some(_) => {}
            None => self.compare = None,
        }
        // The blend does not depend on the open recipe.
        let blend_stamp = Stamp {
            revision: 0,
            ..stamp
        };
        match team {
            Some(t) if self.blend_stamp != (blend_stamp, t.revision) || self.blend.is_none() => {
                self.blend = Some(BlendView::new(t, stamp.decimals, lang));
                self.blend_stamp = (blend_stamp, t.revision);
            }
            Some(_) => {}
            None => self.blend = None,
        }
    }

    fn recompute(&mut self, doc: &Document, stamp: Stamp) {
        let recipe = doc.recipe();
        let lang = stamp.lang;
        self.stamp = stamp;
        self.names = NameIndex::new(recipe);
        self.shares = recipe.shares();
        self.percents = self
            .shares
            .as_ref()
            .map(|f| crate::recipe::shares::rounded_percentages(f, stamp.decimals))
            .unwrap_or_default();
        // Each share rounded on its own (`recipe::shown`), as the pie's
        // labels, the verdict and compare write it: equal amounts read
        // equal, one third reads 33.3 %.
        self.percent_texts = (0..recipe.ingredients.len())
            .map(|i| {
                self.shares.as_ref().and_then(|s| s.get(i)).map_or_else(
                    || "–".to_owned(),
                    |s| number::percent(lang, *s, stamp.decimals),
                )
            })
            .collect();
        self.display_colours = crate::recipe::colour::display_colours(recipe);
        let system = recipe.unit_system();
        self.mixed_units = system.is_err();
        self.unit_system = system.as_ref().ok().copied().flatten();
        self.total = recipe.total();
        self.total_text = number::amount(lang, self.total);
        self.problem = match &system {
            Err(e) => Some(crate::app::words::recipe_error(lang, e)),
            Ok(_) if recipe.ingredients.is_empty() => Some(tr(lang, "problem-no-ingredients")),
            Ok(_) if self.shares.is_none() => Some(tr(lang, "problem-zero-total")),
            Ok(_) => None,
        };
        self.warnings = checks::warnings(recipe);
        self.name_warnings = warnings::name_warnings(recipe, &self.names, lang);
        self.method = MethodView::new(recipe, &self.names, lang);
        self.chart = ChartData::new(
            recipe,
            &self.percents,
            stamp.decimals,
            stamp.group_small,
            lang,
        );
        self.balance = recipe.balance();
        self.advice = recipe.advice();
        self.library_ids = self.names.library_ids();
        self.facts = DocFacts {
            window_title: doc.window_title_in(lang),
            display_name: doc.display_name_in(lang),
            dirty: doc.is_dirty(),
            can_undo: doc.can_undo(),
            can_redo: doc.can_redo(),
            author: Some(recipe.author.trim())
                .filter(|a| !a.is_empty())
                .map(str::to_owned),
        };
    }

    /// The revision the data is of.
    pub fn revision(&self) -> u64 {
        self.stamp.revision
    }
}
