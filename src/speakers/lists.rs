//! The speaker stage's word lists: titles, and the names of outlets, organizations and places,
//! compiled into lookups once.

use crate::hash::{FastMap, FastSet};

use super::EntityKind;
use crate::lexicon;
use crate::tokens::Tokens;
use crate::words::{Gender, Words};

/// What a title word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// Only ever before a name: "Mr.", "Sen.".
    Honorific,
    /// An office or role: "president", "spokesman".
    Title,
    /// Qualifies a title: "former", "deputy".
    Modifier,
}

/// A title word's entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TitleWord {
    pub(crate) kind: TitleKind,
    pub(crate) gender: Gender,
    /// A title only when capitalized: "General Smith", not "the general public".
    pub(crate) capitalized: bool,
}

/// A multi-word name of a known outlet, organization or place.
#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    kind: EntityKind,
}

/// The speaker stage's lists.
#[derive(Debug)]
pub(crate) struct NameLists {
    titles: FastMap<&'static str, TitleWord>,
    /// Known names by their first word: the index of their list in `phrase_lists`.
    phrase_index: FastMap<String, u32>,
    /// Lists of known names that share a first word, longest first.
    phrase_lists: Vec<Vec<Phrase>>,
    /// Words that make a capitalized name an organization.
    org_parts: FastSet<&'static str>,
    /// Lowercase nouns that point back to an organization: "council", "chain".
    org_heads: FastSet<&'static str>,
    /// Capitalized adjectives: "Russian", "Western".
    adjectives: FastSet<&'static str>,
    /// Their group nouns: "Russians", "Democrats".
    groups: FastSet<String>,
    /// Words capitalized by position or convention, not names: "There", "Subscribe", "UTC".
    capitalized: FastSet<&'static str>,
    /// Nouns for people and bodies of people: what each names.
    people: PeopleNouns,
    /// Given names and the gender each gives.
    given: FastMap<&'static str, Gender>,
    /// Last words of names of events, laws and prizes: "Summit", "War", "Act".
    events: FastSet<&'static str>,
    /// Every form of the cue verbs of `speech_verbs.txt`: "said", "told", "warns".
    speech_forms: FastSet<&'static str>,
    /// Words that end a place's name ("Sea", "Street") and that open one ("Mount", "Lake").
    place_last: FastSet<&'static str>,
    place_first: FastSet<&'static str>,
}

/// What a common noun for people names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PeopleNoun {
    /// One person: "trader", "official".
    One,
    /// Several people, or a body of them: "traders", "officials", "the police".
    Many,
}

/// The nouns of `people_nouns.txt`, with the title words of `titles.txt` and their plurals.
#[derive(Debug, Default)]
pub(crate) struct PeopleNouns {
    nouns: FastMap<String, PeopleNoun>,
}

impl PeopleNouns {
    /// Loads `people_nouns.txt` and adds the titles (not honorifics or modifiers) given.
    pub(crate) fn new<'a>(titles: impl Iterator<Item = &'a str>) -> PeopleNouns {
        let mut nouns = FastMap::default();
        for e in lexicon::entries(include_str!("../lexicon/people_nouns.txt")) {
            match e.get(1).copied() {
                Some("collective") => {
                    nouns.insert(e[0].to_string(), PeopleNoun::Many);
                }
                plural => {
                    nouns.insert(e[0].to_string(), PeopleNoun::One);
                    let plural = plural.map_or_else(|| format!("{}s", e[0]), str::to_string);
                    nouns.insert(plural, PeopleNoun::Many);
                }
            }
        }
        for t in titles {
            nouns.entry(t.to_string()).or_insert(PeopleNoun::One);
            let plural = match t.strip_suffix("man") {
                Some(stem) => format!("{stem}men"),
                None => format!("{t}s"),
            };
            nouns.entry(plural).or_insert(PeopleNoun::Many);
        }
        PeopleNouns { nouns }
    }

    /// What the lowercase noun names, if it is a noun for people.
    pub(crate) fn get(&self, lower: &str) -> Option<PeopleNoun> {
        self.nouns.get(lower).copied()
    }
}

impl NameLists {
    /// Loads `titles.txt`, `outlets.txt`, `organizations.txt`, `places.txt`, `demonyms.txt`,
    /// `capitalized_words.txt`, `people_nouns.txt`, `given_names.txt`, `event_words.txt`,
    /// `place_words.txt` and the verb forms of `speech_verbs.txt`.
    pub(crate) fn new(words: &Words) -> NameLists {
        let mut titles = FastMap::default();
        let mut offices = Vec::new();
        for e in lexicon::entries(include_str!("../lexicon/titles.txt")) {
            if e.len() < 3 {
                continue;
            }
            let kind = match e[1] {
                "honorific" => TitleKind::Honorific,
                "modifier" => TitleKind::Modifier,
                _ => TitleKind::Title,
            };
            if kind == TitleKind::Title {
                offices.push(e[0]);
            }
            titles.insert(
                e[0],
                TitleWord {
                    kind,
                    gender: Gender::from_list(e[2]),
                    capitalized: e[1] == "rank",
                },
            );
        }
        let mut phrases: FastMap<String, Vec<Phrase>> = FastMap::default();
        let mut org_parts = FastSet::default();
        let mut org_heads = FastSet::default();
        let mut add = |name: &str, kind: EntityKind| {
            let toks = words.tokenize(name);
            let w: Vec<String> = (0..toks.len()).map(|i| toks.str(i).to_string()).collect();
            if let Some(first) = w.first() {
                phrases
                    .entry(first.clone())
                    .or_default()
                    .push(Phrase { words: w, kind });
            }
        };
        for e in lexicon::entries(include_str!("../lexicon/outlets.txt")) {
            add(e[0], EntityKind::Media);
        }
        for e in lexicon::entries(include_str!("../lexicon/places.txt")) {
            add(e[0], EntityKind::Place);
        }
        for e in lexicon::entries(include_str!("../lexicon/organizations.txt")) {
            match e.get(1).copied() {
                Some("part") => {
                    org_parts.insert(e[0]);
                }
                Some("head") => {
                    org_heads.insert(e[0]);
                }
                _ => add(e[0], EntityKind::Organization),
            }
        }
        let mut adjectives = FastSet::default();
        let mut groups = FastSet::default();
        for e in lexicon::entries(include_str!("../lexicon/demonyms.txt")) {
            adjectives.insert(e[0]);
            groups.insert(match e.get(1) {
                Some(g) => g.to_string(),
                None => format!("{}s", e[0]),
            });
        }
        let mut phrase_index = FastMap::default();
        let mut phrase_lists = Vec::with_capacity(phrases.len());
        for (first, mut list) in phrases {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            if let Ok(k) = u32::try_from(phrase_lists.len()) {
                phrase_index.insert(first, k);
                phrase_lists.push(list);
            }
        }
        NameLists {
            titles,
            phrase_index,
            phrase_lists,
            org_parts,
            org_heads,
            adjectives,
            groups,
            capitalized: lexicon::entries(include_str!("../lexicon/capitalized_words.txt"))
                .map(|e| e[0])
                .collect(),
            people: PeopleNouns::new(offices.into_iter()),
            given: lexicon::entries(include_str!("../lexicon/given_names.txt"))
                .map(|e| (e[0], Gender::from_list(e.get(1).copied().unwrap_or("any"))))
                .collect(),
            events: lexicon::entries(include_str!("../lexicon/event_words.txt"))
                .map(|e| e[0])
                .collect(),
            speech_forms: lexicon::entries(include_str!("../lexicon/speech_verbs.txt"))
                .filter_map(|e| e.get(3).copied())
                .flat_map(str::split_whitespace)
                .collect(),
            place_last: place_words("last"),
            place_first: place_words("first"),
        }
    }

    /// The title entry of a lowercase word.
    pub(crate) fn title(&self, lower: &str) -> Option<TitleWord> {
        self.titles.get(lower).copied()
    }

    /// True for a capitalized adjective of nationality, region, party or faith.
    pub(crate) fn is_adjective(&self, word: &str) -> bool {
        self.adjectives.contains(word)
    }

    /// The gender a given name gives, if the word is a given name.
    pub(crate) fn given_name(&self, word: &str) -> Option<Gender> {
        self.given.get(word).copied()
    }

    /// True when a name with these first and last words is a place: "Ross Sea", "Mount
    /// Everest".
    pub(crate) fn is_place_name(&self, first: &str, last: &str) -> bool {
        self.place_first.contains(first) || self.place_last.contains(last)
    }

    /// True for a form of a cue verb: "said", "told".
    pub(crate) fn is_speech_form(&self, lower: &str) -> bool {
        self.speech_forms.contains(lower)
    }

    /// True for a word that, ending a name, makes it an event, a law or a prize.
    pub(crate) fn is_event_word(&self, word: &str) -> bool {
        self.events.contains(word)
    }

    /// What a lowercase noun for people names: "trader", "officials", "the police".
    pub(crate) fn people_noun(&self, lower: &str) -> Option<PeopleNoun> {
        self.people.get(lower)
    }

    /// True for a word of `capitalized_words.txt`: capitalized by position, not a name.
    pub(crate) fn is_capitalized_word(&self, word: &str) -> bool {
        self.capitalized.contains(word)
    }

    /// True when the word alone is a known outlet, organization or place ("Russia").
    pub(crate) fn is_known_word(&self, word: &str) -> bool {
        self.phrase_index.get(word).is_some_and(|&k| {
            self.phrase_lists[k as usize]
                .iter()
                .any(|p| p.words.len() == 1)
        })
    }

    /// True for the plural noun of such an adjective: "Russians", "Democrats".
    pub(crate) fn is_group(&self, word: &str) -> bool {
        self.groups.contains(word)
    }

    /// True for a lowercase noun that points back to an organization ("council").
    pub(crate) fn is_org_head(&self, lower: &str) -> bool {
        self.org_heads.contains(lower)
    }

    /// True when the word makes a capitalized name an organization.
    pub(crate) fn is_org_part(&self, word: &str) -> bool {
        self.org_parts.contains(word)
    }

    /// The longest known name that starts at token `i` and ends before token `end`: its length
    /// in tokens and its kind. Possessive endings on the last word are allowed ("Reuters’").
    pub(crate) fn known_at(
        &self,
        toks: &Tokens,
        i: usize,
        end: usize,
    ) -> Option<(usize, EntityKind)> {
        if i >= end.min(toks.len()) {
            return None;
        }
        let list = self.phrases_of(strip_possessive(toks.str(i)))?;
        self.known_in(list, toks, i, end)
    }

    /// The list of known names whose first word is `first`, for [`NameLists::known_in`].
    pub(crate) fn phrases_of(&self, first: &str) -> Option<u32> {
        self.phrase_index.get(first).copied()
    }

    /// [`NameLists::known_at`], where `list` is the list of token `i`'s word.
    pub(crate) fn known_in(
        &self,
        list: u32,
        toks: &Tokens,
        i: usize,
        end: usize,
    ) -> Option<(usize, EntityKind)> {
        let end = end.min(toks.len());
        if i >= end {
            return None;
        }
        'next: for p in self.phrase_lists.get(list as usize)? {
            if i + p.words.len() > end {
                continue;
            }
            for (k, w) in p.words.iter().enumerate() {
                let t = toks.str(i + k);
                let t = if k + 1 == p.words.len() {
                    strip_possessive(t)
                } else {
                    t
                };
                if t != w {
                    continue 'next;
                }
            }
            return Some((p.words.len(), p.kind));
        }
        None
    }
}

/// The words of `place_words.txt` that stand at `at` ("first" or "last") in a place's name.
fn place_words(at: &str) -> FastSet<&'static str> {
    lexicon::entries(include_str!("../lexicon/place_words.txt"))
        .filter(|e| e.get(1) == Some(&at))
        .map(|e| e[0])
        .collect()
}

/// The word without a possessive ending: "Trump’s" gives "Trump", "Reuters'" gives "Reuters".
pub(crate) fn strip_possessive(w: &str) -> &str {
    // Asked of most capitalized words, several times: most end in neither "s" nor "S".
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return w;
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    w
}
