//! The speaker stage's word lists: titles, and the names of outlets, organizations and places,
//! compiled into lookups once.

use crate::hash::{FastMap, FastSet};

use super::EntityKind;
use crate::lexicon;
use crate::tokens::Tokens;
use crate::words::{Gender, Words};
use crate::wordtable::{WordTable, MAX_LEN};

/// A word list read like a [`WordTable`], without a hash map's string hashing, probing and
/// `memcmp`: its words of up to [`MAX_LEN`] bytes (all but a few) are in the table, the longer
/// ones in a map asked only for a word that long. No listed word is empty or ends in a NUL.
#[derive(Clone, Debug)]
struct WordMap<V> {
    short: WordTable<V>,
    long: FastMap<String, V>,
}

impl<V: Copy + Default> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            short: WordTable::new([], |a, _| a),
            long: FastMap::default(),
        }
    }
}

impl<V: Copy + Default> WordMap<V> {
    /// Calls `f` on the value of `word`, made (as the default) when the list lacks it.
    fn update(&mut self, word: &str, f: impl FnOnce(&mut V)) {
        if word.len() > MAX_LEN {
            f(self.long.entry(word.to_string()).or_default());
        } else {
            self.short.update(word, f);
        }
    }

    /// The value of `word`, or the default when the list lacks it.
    fn get(&self, word: &str) -> V {
        if word.len() > MAX_LEN {
            self.long.get(word).copied().unwrap_or_default()
        } else {
            self.short.get(word)
        }
    }

    /// [`WordMap::get`] of the word `text[start..end]`.
    fn get_at(&self, text: &str, start: usize, end: usize) -> V {
        if end.saturating_sub(start) > MAX_LEN {
            text.get(start..end)
                .map_or_else(V::default, |w| self.get(w))
        } else {
            self.short.get_at(text, start, end)
        }
    }
}

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

/// What the case-sensitive word lists say of one word, read with one lookup: asked of the
/// words of every name, several times over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordFacts {
    /// [`ORG_PART`], [`CAPITALIZED`], [`ADJECTIVE`], [`GROUP`], [`EVENT`], [`PLACE_FIRST`],
    /// [`PLACE_LAST`].
    pub(crate) bits: u8,
    /// The gender a given name gives, if the word is a given name.
    pub(crate) given: Option<Gender>,
}

/// A word that makes a capitalized name an organization ("Ministry", "Inc.").
pub(crate) const ORG_PART: u8 = 1;
/// A word capitalized by position or convention, not a name: "There", "Subscribe", "UTC".
pub(crate) const CAPITALIZED: u8 = 1 << 1;
/// A capitalized adjective of nationality, region, party or faith: "Russian", "Western".
pub(crate) const ADJECTIVE: u8 = 1 << 2;
/// The plural noun of such an adjective: "Russians", "Democrats".
pub(crate) const GROUP: u8 = 1 << 3;
/// A word that, ending a name, makes it an event, a law or a prize: "Summit", "War", "Act".
pub(crate) const EVENT: u8 = 1 << 4;
/// A word that opens a place's name ("Mount").
pub(crate) const PLACE_FIRST: u8 = 1 << 5;
/// A word that ends a place's name ("Sea").
pub(crate) const PLACE_LAST: u8 = 1 << 6;

/// What the case-sensitive lists hold for one word: its facts and the known names it opens,
/// read with one lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Listed {
    pub(crate) facts: WordFacts,
    /// The kind of the known name that is the word alone ("Reuters", "Russia"), if one is:
    /// most known names are one word, and are told without reading a list of names.
    pub(crate) alone: Option<EntityKind>,
    /// The index of the list of known names of two words or more that start with the word in
    /// `NameLists::phrase_lists`, or [`NO_PHRASE`].
    pub(crate) phrases: u32,
}

/// In [`Listed::phrases`]: no known name of two words or more starts with the word.
pub(crate) const NO_PHRASE: u32 = u32::MAX;

impl Default for Listed {
    fn default() -> Self {
        Listed {
            facts: WordFacts::default(),
            alone: None,
            phrases: NO_PHRASE,
        }
    }
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
    /// Lists of known names of two words or more that share a first word, longest first.
    phrase_lists: Vec<Vec<Phrase>>,
    /// Lowercase nouns that point back to an organization: "council", "chain".
    org_heads: FastSet<&'static str>,
    /// The shapes of `org_heads` ([`shape_bit`]): asked of the word after most "the"s, few of
    /// which are such nouns, most are answered without a hash.
    org_head_shapes: [u64; 16],
    /// Nouns for people and bodies of people: what each names.
    people: PeopleNouns,
    /// Every form of the cue verbs of `speech_verbs.txt`: "said", "told", "warns".
    speech_forms: FastSet<&'static str>,
    /// What the case-sensitive lists say of each word they hold, and the known names it
    /// starts: asked of every distinct capitalized word of an article.
    listed: WordMap<Listed>,
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
        let mut listed: WordMap<Listed> = WordMap::default();
        let mut mark = |word: &str, bit: u8| listed.update(word, |l| l.facts.bits |= bit);
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
                Some("part") => mark(e[0], ORG_PART),
                Some("head") => {
                    org_heads.insert(e[0]);
                }
                _ => add(e[0], EntityKind::Organization),
            }
        }
        for e in lexicon::entries(include_str!("../lexicon/demonyms.txt")) {
            mark(e[0], ADJECTIVE);
            match e.get(1) {
                Some(g) => mark(g, GROUP),
                None => mark(&format!("{}s", e[0]), GROUP),
            }
        }
        for e in lexicon::entries(include_str!("../lexicon/capitalized_words.txt")) {
            mark(e[0], CAPITALIZED);
        }
        for e in lexicon::entries(include_str!("../lexicon/event_words.txt")) {
            mark(e[0], EVENT);
        }
        for e in lexicon::entries(include_str!("../lexicon/place_words.txt")) {
            match e.get(1).copied() {
                Some("first") => mark(e[0], PLACE_FIRST),
                Some("last") => mark(e[0], PLACE_LAST),
                _ => {}
            }
        }
        for e in lexicon::entries(include_str!("../lexicon/given_names.txt")) {
            let gender = Gender::from_list(e.get(1).copied().unwrap_or("any"));
            listed.update(e[0], |l| l.facts.given = Some(gender));
        }
        let mut phrase_lists = Vec::with_capacity(phrases.len());
        for (first, mut list) in phrases {
            // The first of the lists that hold the word alone tells its kind.
            if let Some(p) = list.iter().find(|p| p.words.len() == 1) {
                let kind = p.kind;
                listed.update(&first, |l| l.alone = Some(kind));
            }
            list.retain(|p| p.words.len() > 1);
            if list.is_empty() {
                continue;
            }
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            match u32::try_from(phrase_lists.len()) {
                Ok(k) if k != NO_PHRASE => {
                    listed.update(&first, |l| l.phrases = k);
                    phrase_lists.push(list);
                }
                _ => {}
            }
        }
        NameLists {
            titles,
            phrase_lists,
            org_head_shapes: org_heads.iter().fold([0; 16], |mut bits, w| {
                let k = shape_bit(w);
                bits[k / 64] |= 1 << (k % 64);
                bits
            }),
            org_heads,
            people: PeopleNouns::new(offices.into_iter()),
            speech_forms: lexicon::entries(include_str!("../lexicon/speech_verbs.txt"))
                .filter_map(|e| e.get(3).copied())
                .flat_map(str::split_whitespace)
                .collect(),
            listed,
        }
    }

    /// What the case-sensitive word lists say of `word`, and the known names it starts.
    pub(crate) fn listed(&self, word: &str) -> Listed {
        self.listed.get(word)
    }

    /// [`NameLists::listed`] of the word `text[start..end]`.
    pub(crate) fn listed_at(&self, text: &str, start: usize, end: usize) -> Listed {
        self.listed.get_at(text, start, end)
    }

    /// What the case-sensitive word lists say of `word`.
    pub(crate) fn facts(&self, word: &str) -> WordFacts {
        self.listed(word).facts
    }

    /// The title entry of a lowercase word.
    pub(crate) fn title(&self, lower: &str) -> Option<TitleWord> {
        self.titles.get(lower).copied()
    }

    /// True for a form of a cue verb: "said", "told".
    pub(crate) fn is_speech_form(&self, lower: &str) -> bool {
        self.speech_forms.contains(lower)
    }

    /// What a lowercase noun for people names: "trader", "officials", "the police".
    pub(crate) fn people_noun(&self, lower: &str) -> Option<PeopleNoun> {
        self.people.get(lower)
    }

    /// True when the word alone is a known outlet, organization or place ("Russia").
    pub(crate) fn is_known_word(&self, word: &str) -> bool {
        self.listed(word).alone.is_some()
    }

    /// True for a lowercase noun that points back to an organization ("council").
    pub(crate) fn is_org_head(&self, lower: &str) -> bool {
        let k = shape_bit(lower);
        self.org_head_shapes[k / 64] & 1 << (k % 64) != 0 && self.org_heads.contains(lower)
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
        let listed = self.listed(strip_possessive(toks.str(i)));
        self.known_in(listed, toks, i, end)
    }

    /// [`NameLists::known_at`], where `listed` is the entry of token `i`'s word without its
    /// possessive ending.
    pub(crate) fn known_in(
        &self,
        listed: Listed,
        toks: &Tokens,
        i: usize,
        end: usize,
    ) -> Option<(usize, EntityKind)> {
        let end = end.min(toks.len());
        if i >= end {
            return None;
        }
        // The longer names first; the word alone (which `listed` is the entry of) last.
        let longer = self.phrase_lists.get(listed.phrases as usize);
        'next: for p in longer.into_iter().flatten() {
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
        listed.alone.map(|kind| (1, kind))
    }
}

/// A word's bit in a 1024-bit filter of shapes: its length and first and last bytes, mixed.
fn shape_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let key = u32::from(first.unwrap_or(0))
        | u32::from(last.unwrap_or(0)) << 8
        | (b.len().min(0xFFFF) as u32) << 16;
    (key.wrapping_mul(0x9E37_79B9) >> 22) as usize
}

/// The word without a possessive ending: "Trump’s" gives "Trump", "Reuters'" gives "Reuters".
pub(crate) fn strip_possessive(w: &str) -> &str {
    // Asked of most capitalized words, several times: most end in neither "s" nor "S", and
    // of those that do, most have no apostrophe (the last byte of "’") before it.
    // The last two bytes at once; setting bit 0x20 of the last makes "S" an "s" and no other
    // byte one.
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 {
        return w;
    }
    let tail = u16::from_le_bytes([b[n - 2], b[n - 1] | 0x20]);
    if tail != u16::from_le_bytes([b'\'', b's']) && tail != u16::from_le_bytes([0x99, b's']) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_endings() {
        let cases = [
            ("Trump’s", "Trump"),
            ("Reuters'", "Reuters'"),
            ("NATO'S", "NATO"),
            ("Jones", "Jones"),
            ("’s", "’s"),
            ("'s", "'s"),
            ("s", "s"),
            ("A's", "A"),
            ("", ""),
            ("Zoë’S", "Zoë"),
        ];
        for (word, want) in cases {
            assert_eq!(strip_possessive(word), want, "{word}");
        }
    }

    #[test]
    fn word_maps_hold_words_of_any_length() {
        let mut map: WordMap<u8> = WordMap::default();
        // A word of sixteen bytes is the longest the table holds; seventeen go to the map.
        for (w, v) in [
            ("Reuters", 1),
            ("Ministry-of-Trade", 2),
            ("ExactlySixteen16", 3),
        ] {
            map.update(w, |x| *x |= v);
        }
        map.update("Reuters", |x| *x |= 4);
        let text = "Reuters Ministry-of-Trade ExactlySixteen16 Ministry-of-Trades Reuter";
        // (word, value): worked out by hand.
        let cases = [
            ("Reuters", 5),
            ("Ministry-of-Trade", 2),
            ("ExactlySixteen16", 3),
            ("Ministry-of-Trades", 0),
            ("Reuter", 0),
        ];
        for (w, want) in cases {
            assert_eq!(map.get(w), want, "{w}");
            let at = text.find(w).unwrap_or(0);
            assert_eq!(map.get_at(text, at, at + w.len()), want, "{w}");
        }
    }

    #[test]
    fn known_names_longest_first_then_the_word_alone() {
        let words = Words::new();
        let lists = NameLists::new(&words);
        let text = "Reuters’s staff in New York City met New York Times staff, Fox fans in Russia.";
        let toks = words.tokenize(text);
        let at = |w: &str, nth: usize| {
            (0..toks.len())
                .filter(|&i| toks.str(i) == w)
                .nth(nth)
                .unwrap_or(0)
        };
        // (first word, which of its kind, tokens allowed, known name): worked out by hand.
        let cases = [
            ("Reuters’s", 0, 8, Some((1, EntityKind::Media))),
            ("New", 0, 8, Some((3, EntityKind::Place))),
            ("New", 0, 2, Some((2, EntityKind::Place))),
            ("New", 0, 1, None),
            ("New", 1, 8, Some((3, EntityKind::Media))),
            ("York", 0, 8, None),
            ("Fox", 0, 8, Some((1, EntityKind::Media))),
            ("Russia", 0, 8, Some((1, EntityKind::Place))),
            ("Russia", 0, 0, None),
        ];
        for (w, nth, len, want) in cases {
            let i = at(w, nth);
            assert_eq!(lists.known_at(&toks, i, i + len), want, "{w} {nth} {len}");
        }
        assert!(lists.is_known_word("Russia") && !lists.is_known_word("New"));
    }

    #[test]
    fn every_listed_head_passes_the_shape_filter() {
        let lists = NameLists::new(&Words::new());
        for e in lexicon::entries(include_str!("../lexicon/organizations.txt")) {
            if e.get(1) == Some(&"head") {
                assert!(lists.is_org_head(e[0]), "{}", e[0]);
            }
        }
        for word in ["the", "said", "president", "", "councils"] {
            assert!(!lists.is_org_head(word), "{word}");
        }
    }
}
