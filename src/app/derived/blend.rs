//! What the blend screen shows, derived once per blend, step of its reveal,
//! decimals and language: each row's name, kind, figures and the sentences
//! about it (merged spellings, how its tag was decided, who named it with
//! what share), the team's balance and advice, the team recipe's notes,
//! and the pie of the reveal's step. Every figure comes from
//! `recipe::shown` in the window's format (`i18n::number`,
//! `i18n::blend_text`), so the table, the pie, the legend, the bar's
//! description and the notes say the same for the same quantity.

use super::workshop::PieData;
use crate::app::workshop::TeamBlend;
use crate::chart::PieChart;
use crate::i18n::blend_text::{self, TeamWords};
use crate::i18n::{Arg, Lang, number, tr, tr_args, words};
use crate::recipe::advice::{Advice, advise};
use crate::recipe::blend::{BlendRow, Voice};
use crate::recipe::tag::Balance;
use crate::recipe::{Colour, shown};

/// One participant's word on a row, as shown when the row is open.
#[derive(Clone, Debug, PartialEq)]
pub struct VoiceLine {
    /// Who: their author, else their file.
    pub who: String,
    /// Their share of it ("30.0 %").
    pub share: String,
    /// Their tag, their spelling where it differs, their note.
    pub detail: String,
}

/// One row of the blend's table, as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct BlendLine {
    /// The ingredient's matching key: what the row's open state and height
    /// are kept by, so they follow it when the blend is made again.
    pub key: String,
    /// The name it goes by (`blend_text::row_name`).
    pub name: String,
    /// Its colour on every pie of the reveal.
    pub colour: Colour,
    /// The team's tag in words ("Baking", "Untagged").
    pub kind: String,
    /// Whether some tagged it baking and others cooking.
    pub disputed: bool,
    /// How the team's tag was decided, in a sentence.
    pub tag_decision: String,
    /// The mean share ("36.7 %").
    pub mean: String,
    /// The range in numbers ("0.0–60.0 %").
    pub range: String,
    /// The standard deviation ("26.2 pp").
    pub sd: String,
    /// Who named it ("2 of 3").
    pub named: String,
    /// The rest of the line under the row, after the range: the spellings
    /// counted as it and, where they disagree, how its tag was decided.
    pub under: String,
    /// The range bar's description, for the hover text and screen readers.
    pub bar_text: String,
    /// The named-by button's accessible name ("Who named Data: 2 of 3").
    pub who_label: String,
    /// Each participant who named it, in order.
    pub voices: Vec<VoiceLine>,
    /// Who did not name it, if anyone ("Not named by cy.ron").
    pub not_named: Option<String>,
}

/// The blend screen, derived.
#[derive(Clone, Debug, PartialEq)]
pub struct BlendView {
    /// One per blend row, in the blend's order.
    pub lines: Vec<BlendLine>,
    /// Every range bar's scale: a little past the largest share.
    pub scale: f64,
    /// The scale's top as a number, for the column's name ("40").
    pub top: String,
    /// The team's baking/cooking balance (the rows' means by their tags).
    pub balance: Balance,
    /// The advice of the profile the participants share, if they do.
    pub advice: Option<Advice>,
    /// The team recipe's title in the window's language.
    pub title: String,
    /// The team recipe's notes, as they are saved.
    pub notes: String,
    /// The pie of the reveal's current step.
    pub step_pie: PieData,
    /// The same step as a chart: names, percentages and colours, for the
    /// legend of the projected reveal.
    pub step_chart: PieChart,
    /// What each of the step's names under the reveal's pie says, one per
    /// `step_chart` item: its name and share ("Data 36.7 %").
    pub step_names: Vec<String>,
    /// The same pie with ever more of its smallest slices grouped into
    /// "Other (N)", the first with every slice (`blend_groups`): the
    /// projected reveal takes the first whose legend fits.
    pub step_pies: Vec<PieData>,
    /// Which step `step_pie` is of.
    pub step: usize,
    /// A new number each time this is derived (the projected pie lays out
    /// its slices again only then).
    pub generation: u64,
}

impl BlendView {
    /// The blend screen of `team`.
    pub fn new(team: &TeamBlend, decimals: u8, lang: Lang) -> Self {
        let lines = team
            .blend
            .rows
            .iter()
            .map(|row| line(team, row, decimals, lang))
            .collect();
        let largest = team.blend.rows.iter().map(|r| r.max).fold(0.05, f64::max);
        let scale = ((largest * 10.0).ceil() / 10.0).min(1.0);
        let advice = team.profile().map(advise);
        let notes = blend_text::team_notes(
            &team.blend,
            TeamWords {
                lang,
                decimals,
                advice: advice.as_ref(),
                names: &[],
            },
        );
        let step_recipe = team.step_recipe(lang);
        let step_chart = PieChart::from_recipe_in(&step_recipe, decimals, lang);
        let step_names = step_chart
            .items
            .iter()
            .map(|i| format!("{} {}", i.name, i.percent_label))
            .collect();
        Self {
            lines,
            scale,
            top: number::decimal(lang, scale * 100.0, 0),
            balance: team.blend.balance,
            advice,
            title: tr(lang, "blend-team-title"),
            notes,
            step_pie: PieData::of(&step_recipe, decimals, lang),
            step_chart,
            step_names,
            step_pies: super::blend_groups::grouped_pies(&step_recipe, decimals, lang),
            step: team.step(),
            generation: crate::app::document::new_revision(),
        }
    }
}

/// A row as shown.
fn line(team: &TeamBlend, row: &BlendRow, decimals: u8, lang: Lang) -> BlendLine {
    let count = team.blend.participants.len();
    let name = blend_text::row_name(row, lang);
    let (mean, range, sd) = (
        blend_text::mean(row, decimals, lang),
        blend_text::range(row, decimals, lang),
        blend_text::sd(row, decimals, lang),
    );
    let tag_decision = blend_text::tag_decision(row, lang);
    let mut under: Vec<String> = blend_text::merged(row, lang)
        .map(|m| sentence(&m))
        .into_iter()
        .collect();
    if row.tag_disputed() {
        under.push(tag_decision.clone());
    }
    let named = tr_args(
        lang,
        "blend-named-of",
        &[
            ("named", Arg::from(row.named_by)),
            ("count", Arg::from(count)),
        ],
    );
    let number = |share: f64| number::percent_number(lang, share, decimals);
    let voices = row
        .voices
        .iter()
        .map(|v| voice_line(team, v, &name, decimals, lang))
        .collect();
    let missing: Vec<String> = team
        .blend
        .participants
        .iter()
        .filter(|label| !row.voices.iter().any(|v| &v.participant == *label))
        .map(|label| team.who_of(label))
        .collect();
    let not_named = (!missing.is_empty()).then(|| {
        let names = missing.join(", ");
        tr_args(lang, "blend-not-named", &[("names", Arg::Text(&names))])
    });
    BlendLine {
        key: row.key.clone(),
        colour: row.colour,
        kind: words::tag_label(lang, row.tag),
        disputed: row.tag_disputed(),
        tag_decision,
        bar_text: tr_args(
            lang,
            "blend-range-bar",
            &[
                ("name", Arg::Text(&name)),
                ("mean", Arg::Text(&number(row.mean))),
                ("min", Arg::Text(&number(row.min))),
                ("max", Arg::Text(&number(row.max))),
                (
                    "sd",
                    Arg::Text(&number::decimal(lang, row.std_dev * 100.0, decimals)),
                ),
            ],
        ),
        who_label: tr_args(
            lang,
            "blend-who-named",
            &[("name", Arg::Text(&name)), ("named", Arg::Text(&named))],
        ),
        under: under.join(" · "),
        name,
        mean,
        range,
        sd,
        named,
        voices,
        not_named,
    }
}

/// One participant's word, as the open row shows it.
fn voice_line(team: &TeamBlend, voice: &Voice, name: &str, decimals: u8, lang: Lang) -> VoiceLine {
    let mut detail = vec![words::tag_label(lang, voice.tag)];
    if voice.spelling != name {
        let spelling = tr_args(
            lang,
            "blend-quoted",
            &[("text", Arg::Text(&voice.spelling))],
        );
        detail.push(tr_args(
            lang,
            "blend-voice-wrote",
            &[("spelling", Arg::Text(&spelling))],
        ));
    }
    if !voice.note.is_empty() {
        detail.push(tr_args(
            lang,
            "blend-voice-note",
            &[("note", Arg::Text(&voice.note))],
        ));
    }
    VoiceLine {
        who: team.who_of(&voice.participant),
        share: number::localise(lang, &shown::percent(voice.share, decimals)),
        detail: detail.join(" · "),
    }
}

/// `text` with its first letter in capitals, to stand as a sentence.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_stands_as_a_sentence() {
        assert_eq!(sentence("counted as X"), "Counted as X");
        assert_eq!(sentence("über"), "Über");
        assert_eq!(sentence(""), "");
    }
}
