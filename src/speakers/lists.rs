//! The speaker stage's word lists: titles, and the names of outlets, organizations and places,
//! compiled into lookups once.

use std::collections::{HashMap, HashSet};

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
    titles: HashMap<&'static str, TitleWord>,
    /// Known names by their first word, longest first.
    phrases: HashMap<String, Vec<Phrase>>,
    /// Words that make a capitalized name an organization.
    org_parts: HashSet<&'static str>,
    /// Lowercase nouns that point back to an organization: "council", "chain".
    org_heads: HashSet<&'static str>,
    /// Capitalized adjectives: "Russian", "Western".
    adjectives: HashSet<&'static str>,
    /// Their group nouns: "Russians", "Democrats".
    groups: HashSet<String>,
}

impl NameLists {
    /// Loads `titles.txt`, `outlets.txt`, `organizations.txt` and `places.txt`.
    pub(crate) fn new(words: &Words) -> NameLists {
        let mut titles = HashMap::new();
        for e in lexicon::entries(include_str!("../lexicon/titles.txt")) {
            if e.len() < 3 {
                continue;
            }
            let kind = match e[1] {
                "honorific" => TitleKind::Honorific,
                "modifier" => TitleKind::Modifier,
                _ => TitleKind::Title,
            };
            titles.insert(
                e[0],
                TitleWord {
                    kind,
                    gender: Gender::from_list(e[2]),
                },
            );
        }
        let mut phrases: HashMap<String, Vec<Phrase>> = HashMap::new();
        let mut org_parts = HashSet::new();
        let mut org_heads = HashSet::new();
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
        let mut adjectives = HashSet::new();
        let mut groups = HashSet::new();
        for e in lexicon::entries(include_str!("../lexicon/demonyms.txt")) {
            adjectives.insert(e[0]);
            groups.insert(match e.get(1) {
                Some(g) => g.to_string(),
                None => format!("{}s", e[0]),
            });
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        NameLists {
            titles,
            phrases,
            org_parts,
            org_heads,
            adjectives,
            groups,
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
        let end = end.min(toks.len());
        if i >= end {
            return None;
        }
        let first = strip_possessive(toks.str(i));
        let list = self.phrases.get(first)?;
        'next: for p in list {
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

/// The word without a possessive ending: "Trump’s" gives "Trump", "Reuters'" gives "Reuters".
pub(crate) fn strip_possessive(w: &str) -> &str {
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    w
}
