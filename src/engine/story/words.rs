//! The words the story is read with (`data/story.json`): actions and their past tense, what ends
//! a name or a clause, words that name a system, and words that make a sentence unfit to say.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

const STORY_JSON: &str = data_file!("story.json");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StoryWords {
    /// An action as written ("introduced", "rolled out", "moving") → in the past tense.
    pub(super) actions: BTreeMap<String, String>,
    /// Words before an action that say someone did it ("we", "have", "recently").
    pub(super) doers: Vec<String>,
    /// Words that end what an action was done to ("to", "for", "across", "and", "so").
    pub(super) ends: Vec<String>,
    /// Actions whose destination belongs with them ("moved … to the cloud").
    pub(super) with_destination: Vec<String>,
    /// Last words of what names a system, so the object may name the service ("portal").
    pub(super) system_words: Vec<String>,
    /// Words between a system's name and its verb ("now", "also").
    pub(super) adverbs: Vec<String>,
    /// Words ending in "s" after a name that are not what it does ("is", "has", "was").
    pub(super) not_verbs: Vec<String>,
    /// What ends a clause of what a service does (", so", ";").
    pub(super) clause_ends: Vec<String>,
    /// Words that name a system only with others before them: "the team" names nothing.
    pub(super) generic_heads: Vec<String>,
    /// Actions (past tense) whose object is a service that now runs ("introduced", "set up").
    pub(super) brings_in: Vec<String>,
    /// Actions (past tense) after which their object is no longer the service that runs:
    /// "replaced the old intranet", "merged the two phone systems".
    pub(super) ends_what_it_names: Vec<String>,
    /// Words that refer back to an earlier sentence ("that", "it").
    pub(super) pronouns: Vec<String>,
    /// Words that make a sentence chat, not something to say to an audience ("honestly").
    pub(super) casual: Vec<String>,
    /// Words of a note to the tool about the audience ("the board keeps asking…", "want to
    /// present this"): never said to that audience.
    pub(super) meta: Vec<String>,
    /// Phrases that point back to what was said before ("for that to happen"): a sentence with
    /// one cannot be said on its own.
    pub(super) leaning_phrases: Vec<String>,
    /// Words before "team" that make it a service ("the IT team", "the clinical systems team"),
    /// not a group of staff ("our care team").
    pub(super) team_kinds: Vec<String>,
    /// Words that mark what a system was ("old", "legacy"): it is not the service now.
    pub(super) former: Vec<String>,
    /// Words that hedge a figure ("around", "just"): an object starting with one is a figure.
    pub(super) hedges: Vec<String>,
    /// Numbers in words ("two", "dozen"): a sentence with one says a figure.
    pub(super) number_words: Vec<String>,
    /// How a request opens before what is asked for ("we are asking the board for"), lower case.
    pub(super) ask_openers: Vec<String>,
    /// Actions that end what they are done to ("ended our contract with…", "retired the old
    /// intranet"), unlike "replaced the network", which renews it.
    pub(super) ending: Vec<String>,
    /// Actions after which "with" names what now runs ("replaced the paper logs with tablets"),
    /// unlike "ended our contract with an answering service".
    pub(super) replaced_with: Vec<String>,
    /// Words that praise a system rather than name it ("a proper club website", "a simple app").
    pub(super) name_fillers: Vec<String>,
    /// Words that start a clause with a subject of its own ("we", "staff", "donors'").
    pub(super) subjects: Vec<String>,
    /// Words that, second or third in a clause, show it has a subject and verb ("can", "now").
    pub(super) subject_verbs: Vec<String>,
}

pub(super) fn story_words() -> &'static StoryWords {
    static WORDS: OnceLock<StoryWords> = OnceLock::new();
    // Compiled in; the parse is proven by `the_story_words_parse`.
    WORDS.get_or_init(|| serde_json::from_str(STORY_JSON).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_words_parse() {
        let parsed: Result<StoryWords, _> = serde_json::from_str(STORY_JSON);
        assert!(parsed.is_ok_and(|w| !w.actions.is_empty() && !w.system_words.is_empty()));
    }
}
