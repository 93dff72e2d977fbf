//! The words the story is read with (`data/story.json`, compiled into the tables below by
//! `build.rs`): actions and their past tense, what ends a name or a clause, words that name a
//! system, and words that make a sentence unfit to say.

use crate::engine::tables::{Map, Words};

#[derive(Debug)]
pub(super) struct StoryWords {
    /// An action as written ("introduced", "rolled out", "moving") → in the past tense.
    pub(super) actions: Map<&'static str>,
    /// Words before an action that say someone did it ("we", "have", "recently").
    pub(super) doers: Words,
    /// Words that end what an action was done to ("to", "for", "across", "and", "so").
    pub(super) ends: Words,
    /// Actions whose destination belongs with them ("moved … to the cloud").
    pub(super) with_destination: Words,
    /// Last words of what names a system, so the object may name the service ("portal").
    pub(super) system_words: Words,
    /// Words between a system's name and its verb ("now", "also").
    pub(super) adverbs: Words,
    /// Words ending in "s" after a name that are not what it does ("is", "has", "was").
    pub(super) not_verbs: Words,
    /// What ends a clause of what a service does (", so", ";").
    pub(super) clause_ends: Words,
    /// Words that name a system only with others before them: "the team" names nothing.
    pub(super) generic_heads: Words,
    /// Actions (past tense) whose object is a service that now runs ("introduced", "set up").
    pub(super) brings_in: Words,
    /// Actions (past tense) after which their object is no longer the service that runs:
    /// "replaced the old intranet", "merged the two phone systems".
    pub(super) ends_what_it_names: Words,
    /// Words that refer back to an earlier sentence ("that", "it").
    pub(super) pronouns: Words,
    /// Words that make a sentence chat, not something to say to an audience ("honestly").
    pub(super) casual: Words,
    /// Words of a note to the tool about the audience ("the board keeps asking…", "want to
    /// present this"): never said to that audience.
    pub(super) meta: Words,
    /// Phrases that point back to what was said before ("for that to happen"): a sentence with
    /// one cannot be said on its own.
    pub(super) leaning_phrases: Words,
    /// Words before "team" that make it a service ("the IT team", "the clinical systems team"),
    /// not a group of staff ("our care team").
    pub(super) team_kinds: Words,
    /// Words that mark what a system was ("old", "legacy"): it is not the service now.
    pub(super) former: Words,
    /// Words that hedge a figure ("around", "just"): an object starting with one is a figure.
    pub(super) hedges: Words,
    /// Numbers in words ("two", "dozen"): a sentence with one says a figure.
    pub(super) number_words: Words,
    /// How a request opens before what is asked for ("we are asking the board for"), lower case.
    pub(super) ask_openers: Words,
    /// Actions that end what they are done to ("ended our contract with…", "retired the old
    /// intranet"), unlike "replaced the network", which renews it.
    pub(super) ending: Words,
    /// Actions after which "with" names what now runs ("replaced the paper logs with tablets"),
    /// unlike "ended our contract with an answering service".
    pub(super) replaced_with: Words,
    /// Words that praise a system rather than name it ("a proper club website", "a simple app").
    pub(super) name_fillers: Words,
    /// Words that start a clause with a subject of its own ("we", "staff", "donors'").
    pub(super) subjects: Words,
    /// Words that, second or third in a clause, show it has a subject and verb ("can", "now").
    pub(super) subject_verbs: Words,
}

static STORY_WORDS: StoryWords = include!(concat!(env!("OUT_DIR"), "/data/story.rs"));

pub(super) fn story_words() -> &'static StoryWords {
    &STORY_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_words_are_compiled_in() {
        let w = story_words();
        assert_eq!(w.actions.get("rolled out"), Some(&"rolled out"));
        assert!(w.system_words.contains("portal") && w.doers.contains("we"));
    }
}
