//! What each participant said about an ingredient, kept whole: their share,
//! their spelling, their tag, their note and their colour; and what the
//! team's blend takes from it (the tag they agree on, or the library's, or
//! the majority's; the colour they agree on).

use serde::{Serialize, Serializer};

use crate::recipe::{Colour, Tag, library};

/// One participant's word on one ingredient.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Voice {
    /// The participant's label (a file name or an author).
    pub participant: String,
    /// Their share of it (0–1); two spellings in one recipe added up.
    pub share: f64,
    /// How they spelled it (the first spelling in their recipe).
    pub spelling: String,
    /// The tag they gave it; `None` when they left it untagged.
    #[serde(serialize_with = "tag_name")]
    pub tag: Option<Tag>,
    /// Their note on it; empty when there is none.
    pub note: String,
    /// The colour they gave it.
    #[serde(skip)]
    pub colour: Colour,
}

/// How many participants tagged an ingredient each way, among those who
/// named it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TagVotes {
    /// Tagged baking.
    pub baking: usize,
    /// Tagged cooking.
    pub cooking: usize,
    /// Named it without a tag.
    pub untagged: usize,
}

impl TagVotes {
    /// The votes of `voices`.
    pub fn of(voices: &[Voice]) -> Self {
        let mut votes = Self::default();
        for voice in voices {
            match voice.tag {
                Some(Tag::Baking) => votes.baking += 1,
                Some(Tag::Cooking) => votes.cooking += 1,
                None => votes.untagged += 1,
            }
        }
        votes
    }

    /// Whether some tagged it baking and others cooking.
    pub fn is_disputed(&self) -> bool {
        self.baking > 0 && self.cooking > 0
    }
}

/// Where the blend's tag for an ingredient comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TagSource {
    /// Nobody tagged it: it stays untagged.
    Untagged,
    /// Everyone who tagged it gave it this tag (those who left it untagged
    /// said nothing about its kind, so they do not count against it).
    Agreed,
    /// Some tagged it baking and some cooking: the library's tag for it.
    Library,
    /// They disagreed and the library has no tag for it: the tag more of
    /// them gave.
    Majority,
    /// They disagreed, as many one way as the other, and the library has
    /// no tag for it: it stays untagged until the team decides.
    Tie,
}

/// The team's tag for an ingredient called `name` (for the library's
/// say) with `votes`, and where it comes from.
///
/// Agreement wins; a dispute goes to the library's tag, else to the
/// majority of those who tagged it; a tie leaves it untagged.
pub fn team_tag(name: &str, votes: TagVotes) -> (Option<Tag>, TagSource) {
    match (votes.baking, votes.cooking) {
        (0, 0) => (None, TagSource::Untagged),
        (_, 0) => (Some(Tag::Baking), TagSource::Agreed),
        (0, _) => (Some(Tag::Cooking), TagSource::Agreed),
        (baking, cooking) => match library::tag_of(name) {
            Some(tag) => (Some(tag), TagSource::Library),
            None if baking > cooking => (Some(Tag::Baking), TagSource::Majority),
            None if cooking > baking => (Some(Tag::Cooking), TagSource::Majority),
            None => (None, TagSource::Tie),
        },
    }
}

/// The colour the participants agree on, if every one who named it gave
/// it the same.
pub fn agreed_colour(voices: &[Voice]) -> Option<Colour> {
    let first = voices.first()?.colour;
    voices.iter().all(|v| v.colour == first).then_some(first)
}

/// The participants' notes on an ingredient for the team recipe: one note
/// as it is; several different ones each after its participant's label, a
/// line each. Empty when nobody wrote one.
pub fn team_note(voices: &[Voice]) -> String {
    let mut notes: Vec<(&str, &str)> = Vec::new();
    for voice in voices {
        let note = voice.note.trim();
        if !note.is_empty() && !notes.iter().any(|(_, n)| *n == note) {
            notes.push((&voice.participant, note));
        }
    }
    match notes.as_slice() {
        [] => String::new(),
        [(_, only)] => (*only).to_owned(),
        many => many
            .iter()
            .map(|(who, note)| format!("{who}: {note}"))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A tag in JSON as `summary` writes it: "baking", "cooking" or null.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes the field by reference"
)]
pub(super) fn tag_name<S: Serializer>(tag: &Option<Tag>, s: S) -> Result<S::Ok, S::Error> {
    match tag {
        Some(tag) => s.serialize_str(tag.lowercase()),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(baking: usize, cooking: usize, untagged: usize) -> TagVotes {
        TagVotes {
            baking,
            cooking,
            untagged,
        }
    }

    #[test]
    fn agreement_then_the_library_then_the_majority() {
        let b = Some(Tag::Baking);
        let c = Some(Tag::Cooking);
        assert_eq!(
            team_tag("Mine", votes(0, 0, 3)),
            (None, TagSource::Untagged)
        );
        assert_eq!(team_tag("Mine", votes(3, 0, 2)), (b, TagSource::Agreed));
        assert_eq!(team_tag("Mine", votes(0, 1, 0)), (c, TagSource::Agreed));
        // Efficiency is baking in the library, whatever the count.
        assert_eq!(
            team_tag("Eficiencia", votes(1, 4, 0)),
            (b, TagSource::Library)
        );
        assert_eq!(team_tag("Mine", votes(1, 4, 0)), (c, TagSource::Majority));
        assert_eq!(team_tag("Mine", votes(3, 2, 9)), (b, TagSource::Majority));
        assert_eq!(team_tag("Mine", votes(2, 2, 1)), (None, TagSource::Tie));
        // Speed has no tag in the library: the count decides.
        assert_eq!(team_tag("Speed", votes(2, 1, 0)), (b, TagSource::Majority));
        assert!(votes(1, 1, 0).is_disputed() && !votes(2, 0, 5).is_disputed());
    }

    fn voice(who: &str, note: &str, colour: u8) -> Voice {
        Voice {
            participant: who.to_owned(),
            share: 0.5,
            spelling: "X".to_owned(),
            tag: None,
            note: note.to_owned(),
            colour: Colour::from_rgb(colour, 0, 0),
        }
    }

    #[test]
    fn notes_and_colours() {
        assert_eq!(team_note(&[voice("a", "", 0), voice("b", " ", 0)]), "");
        assert_eq!(
            team_note(&[voice("a", "Fresh!", 0), voice("b", "Fresh!", 0)]),
            "Fresh!"
        );
        assert_eq!(
            team_note(&[voice("a", "One", 0), voice("b", "Two", 0)]),
            "a: One\nb: Two"
        );
        assert_eq!(
            agreed_colour(&[voice("a", "", 1), voice("b", "", 1)]),
            Some(Colour::from_rgb(1, 0, 0))
        );
        assert_eq!(agreed_colour(&[voice("a", "", 1), voice("b", "", 2)]), None);
        assert_eq!(agreed_colour(&[]), None);
    }
}
