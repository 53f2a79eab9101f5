//! Closed-class English words (determiners, prepositions, auxiliaries, pronouns, ...) by class:
//! what the shallow parsing of speakers and claims leans on instead of a part-of-speech tagger.

use std::borrow::Cow;

use crate::lexicon;
use crate::span::Span;
use crate::tokens::Tokens;
use crate::wordtable::WordTable;

/// Starts a noun phrase: "the", "his", "many".
pub(crate) const DET: u16 = 1;
/// A preposition.
pub(crate) const PREP: u16 = 1 << 1;
/// A coordinating conjunction.
pub(crate) const CONJ: u16 = 1 << 2;
/// Starts a subordinate clause: "because", "while", "that".
pub(crate) const SUB: u16 = 1 << 3;
/// An auxiliary or modal verb.
pub(crate) const AUX: u16 = 1 << 4;
/// An adverb that can sit inside a verb group: "also", "later", "not".
pub(crate) const ADV: u16 = 1 << 5;
/// A time word: "Sunday", "week".
pub(crate) const TIME: u16 = 1 << 6;
/// A sentence adverb: "However", "Meanwhile".
pub(crate) const LEAD: u16 = 1 << 7;
/// A pronoun of `pronouns.txt`.
pub(crate) const PRON: u16 = 1 << 8;

/// Grammatical number of a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Number {
    Singular,
    Plural,
    Any,
}

/// Gender of a pronoun or a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Neuter,
    Any,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "male" => Gender::Male,
            "female" => Gender::Female,
            "neuter" => Gender::Neuter,
            _ => Gender::Any,
        }
    }

    /// The gender a title or honorific gives, parsed from a word list.
    pub(crate) fn from_list(s: &str) -> Gender {
        Gender::parse(s)
    }
}

/// Case of a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Subject,
    Object,
    Possessive,
    Relative,
}

/// What a pronoun says about what it points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pronoun {
    pub(crate) number: Number,
    pub(crate) gender: Gender,
    pub(crate) case: Case,
}

/// What the lists say of one lowercase word: what the tokenizer records per token, so that one
/// lookup per token serves every stage. Eight bytes, as one is stored per token, and no padding:
/// the tokenizer then moves an entry as one word instead of field by field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The closed-class bits.
    pub(crate) class: u16,
    /// `TITLE`, or'd with the index of the word's entry in the date stage's vocabulary when
    /// it is in that vocabulary (see [`Words::mark_date_word`]), else 0.
    dates: u16,
    /// With the attribution stage's cue bit in `marks`: the index of its cue forms that
    /// start with the word.
    pub(crate) cues: u16,
    /// Bits the attribution stage's own lists set on the word (see [`Words::update`]), so
    /// that the one lookup per token serves that stage too.
    pub(crate) marks: u16,
}

/// The bit of [`Entry::dates`] for a word listed in `titles.txt`; the date index is below it.
const TITLE: u16 = 1 << 15;

impl Entry {
    /// Listed in `titles.txt`: only such words need the speaker stage's title lookup.
    pub(crate) fn title(self) -> bool {
        self.dates & TITLE != 0
    }

    /// The index of the word's entry in the date stage's vocabulary when it is there,
    /// else 0: the date stage looks no word up again.
    pub(crate) fn date(self) -> u16 {
        self.dates & !TITLE
    }
}

/// The closed-class word lists, loaded once.
#[derive(Debug)]
pub(crate) struct Words {
    classes: WordTable<Entry>,
    pronouns: WordTable<Option<Pronoun>>,
    /// Lowercase words without their period whose period belongs to the word.
    abbreviations: WordTable<bool>,
}

/// `s` with curly apostrophes made straight, so that one list entry matches both.
pub(crate) fn straight(s: &str) -> Cow<'_, str> {
    if s.contains('’') {
        Cow::Owned(s.replace('’', "'"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `f` of [`straight`]`(s)`, made in a buffer on the stack when it is short, as every word of
/// a list is: asked of every token with a curly apostrophe ("Trump’s", "don’t").
fn with_straight<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    let mut n = 0;
    for (k, part) in s.split('’').enumerate() {
        let sep = usize::from(k > 0);
        let Some(out) = buf.get_mut(n..n + sep + part.len()) else {
            return f(&straight(s));
        };
        out[..sep].fill(b'\'');
        out[sep..].copy_from_slice(part.as_bytes());
        n += sep + part.len();
    }
    // Whole chars were copied around ASCII apostrophes, so the bytes are UTF-8.
    match std::str::from_utf8(&buf[..n]) {
        Ok(t) => f(t),
        Err(_) => f(&straight(s)),
    }
}

impl Words {
    /// The lists of `function_words.txt`, `pronouns.txt` and the abbreviations of `titles.txt`.
    pub(crate) fn new() -> Words {
        let mut classes: WordTable<Entry> = WordTable::new([], |a, _| a);
        for e in lexicon::entries(include_str!("lexicon/function_words.txt")) {
            let bit = match e.get(1).copied() {
                Some("det") => DET,
                Some("prep") => PREP,
                Some("conj") => CONJ,
                Some("sub") => SUB,
                Some("aux") => AUX,
                Some("adv") => ADV,
                Some("time") => TIME,
                Some("lead") => LEAD,
                _ => 0,
            };
            classes.update(e[0], |x| x.class |= bit);
        }
        let mut pronouns = Vec::new();
        for e in lexicon::entries(include_str!("lexicon/pronouns.txt")) {
            if e.len() < 4 {
                continue;
            }
            let number = match e[1] {
                "sg" => Number::Singular,
                "pl" => Number::Plural,
                _ => Number::Any,
            };
            let case = match e[3] {
                "subj" => Case::Subject,
                "obj" => Case::Object,
                "poss" => Case::Possessive,
                _ => Case::Relative,
            };
            pronouns.push((
                e[0],
                Some(Pronoun {
                    number,
                    gender: Gender::parse(e[2]),
                    case,
                }),
            ));
            classes.update(e[0], |x| x.class |= PRON);
        }
        for e in lexicon::entries(include_str!("lexicon/titles.txt")) {
            classes.update(e[0], |x| x.dates |= TITLE);
        }
        let abbreviations = lexicon::entries(include_str!("lexicon/titles.txt"))
            .filter_map(|e| e[0].strip_suffix('.'))
            .filter(|w| !w.contains(' '))
            .chain(lexicon::entries(include_str!("lexicon/name_abbreviations.txt")).map(|e| e[0]))
            .map(|w| (w, true));
        Words {
            classes,
            // Asked of every pronoun token: the branch-free table, not a hash of the word.
            pronouns: WordTable::new(pronouns, |_, later| later),
            abbreviations: WordTable::new(abbreviations, |a, _| a),
        }
    }

    /// Tokens of `text`, with this list's abbreviations.
    pub(crate) fn tokenize<'t>(&self, text: &'t str) -> Tokens<'t> {
        Tokens::new(text, self)
    }

    /// True when the lowercase word `lower[span]`, without its period, is an abbreviation whose
    /// period belongs to the word.
    pub(crate) fn is_abbreviation_at(&self, lower: &str, span: Span) -> bool {
        self.abbreviations.get_at(lower, span.start, span.end)
    }

    /// The entry of the lowercase word `lower[span]`; `curly` says whether it may hold a curly
    /// apostrophe (a char that is not ASCII).
    #[inline]
    pub(crate) fn entry_at(&self, lower: &str, span: Span, curly: bool) -> Entry {
        let e = self.classes.get_at(lower, span.start, span.end);
        if curly && e == Entry::default() {
            self.entry(span.slice(lower))
        } else {
            e
        }
    }

    /// Records that the lowercase `word` is in the date stage's vocabulary (it can open a
    /// date or is a tense cue), with the index of its entry there (see [`Entry::date`]).
    pub(crate) fn mark_date_word(&mut self, word: &str, index: usize) {
        let index = u16::try_from(index)
            .ok()
            .filter(|&n| n < TITLE)
            .expect("too many date words for an entry");
        self.classes.update(word, |x| x.dates |= index);
    }

    /// Calls `f` on the entry of the lowercase `word`, made when missing: where another stage
    /// records what its own lists say of a word, for the tokenizer to read with the rest of
    /// the entry. A word longer than [`crate::wordtable::MAX_LEN`] bytes is in no entry, and is
    /// skipped: no token is looked up by it either.
    pub(crate) fn update(&mut self, word: &str, f: impl FnOnce(&mut Entry)) {
        self.classes.update(word, f);
    }

    /// The class bits of a lowercase word (0 when it is in no list).
    pub(crate) fn class(&self, lower: &str) -> u16 {
        self.entry(lower).class
    }

    /// The entry of a lowercase word. A curly apostrophe matches the straight one of a
    /// closed-class entry; titles hold no apostrophe.
    fn entry(&self, lower: &str) -> Entry {
        match self.classes.get(lower) {
            e if e != Entry::default() => e,
            _ if lower.contains('’') => Entry {
                class: with_straight(lower, |s| self.classes.get(s).class),
                ..Entry::default()
            },
            e => e,
        }
    }

    /// True when the lowercase word has one of the class bits in `mask`.
    pub(crate) fn is(&self, lower: &str, mask: u16) -> bool {
        self.class(lower) & mask != 0
    }

    /// The pronoun entry of a lowercase word.
    pub(crate) fn pronoun(&self, lower: &str) -> Option<Pronoun> {
        self.pronouns.get(lower)
    }

    /// True for a contracted negation or auxiliary: "didn't", "won’t", "hasn't".
    pub(crate) fn is_negated_aux(&self, lower: &str) -> bool {
        with_straight(lower, |s| {
            s.strip_suffix("n't")
                .is_some_and(|stem| self.is(stem, AUX) || matches!(stem, "wo" | "ca" | "sha"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_on_the_stack_is_straight() {
        let long = "x’".repeat(30);
        for s in ["", "don’t", "’’", "plain", "o’neill’s", "é’é", &long] {
            assert_eq!(with_straight(s, str::to_string), straight(s), "{s:?}");
        }
    }

    #[test]
    fn classes_and_pronouns() {
        let w = Words::new();
        assert!(w.is("the", DET));
        assert!(w.is("after", PREP) && w.is("after", SUB));
        assert!(w.is("has", AUX));
        assert!(w.is("sunday", TIME));
        assert!(!w.is("president", DET | PREP | AUX));
        assert_eq!(w.pronoun("she").map(|p| p.gender), Some(Gender::Female));
        assert_eq!(w.pronoun("they").map(|p| p.number), Some(Number::Plural));
        assert!(w.is_negated_aux("didn't") && w.is_negated_aux("won’t"));
        assert!(!w.is_negated_aux("want"));
    }

    #[test]
    fn tokens_mark_listed_titles() {
        let w = Words::new();
        let t = w.tokenize("Former Gen. Smith, the spokesman, met the President.");
        let marked: Vec<&str> = (0..t.len())
            .filter(|&i| t.is_listed_title(i))
            .map(|i| t.str(i))
            .collect();
        assert_eq!(marked, ["Former", "Gen.", "spokesman", "President"]);
        // A title entry adds no closed-class bits, and a class word is no title.
        assert_eq!(w.class("president"), 0);
        assert!(w.is("the", DET) && !w.entry("the").title());
    }
}
