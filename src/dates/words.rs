//! The date vocabulary, loaded once from `lexicon/time_words.txt` and `lexicon/tense_cues.txt`,
//! plus the calendar names (months, weekdays), which are facts rather than data.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::calendar::Weekday;
use super::token::tokenize;
use super::TimexMod;
use crate::lexicon;
use crate::span::Span;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Year,
    FiscalYear,
    Month,
    Week,
    Fortnight,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Quarter,
    Weekend,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "Y" => Unit::Year,
            "FY" => Unit::FiscalYear,
            "M" => Unit::Month,
            "W" => Unit::Week,
            "2W" => Unit::Fortnight,
            "D" => Unit::Day,
            "H" => Unit::Hour,
            "MIN" => Unit::Minute,
            "S" => Unit::Second,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "Q" => Unit::Quarter,
            "WE" => Unit::Weekend,
            _ => return None,
        })
    }
}

/// A relative determiner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Last,
    This,
    Next,
    Past,
    Previous,
    Coming,
    Following,
    Recent,
    Same,
    That,
}

/// What a phrase of `time_words.txt` does; see the file's header.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Class {
    Num(u32),
    Vague,
    Ord(i32),
    Unit(Unit),
    Units(Unit),
    Day(i64),
    Tonight,
    Ref(&'static str),
    Rel(Rel),
    Pod(&'static str),
    Clock(u8),
    Season(&'static str),
    Decade(i32),
    Approx(Option<TimexMod>),
    Part(TimexMod),
    PartNoun(TimexMod),
    Set(&'static str),
    Holiday(u8, u8),
    Every,
    Ago,
    Shift(i64),
    NotYearBefore,
    DayName,
    CountNoun,
    YearPlural,
}

/// A phrase: its tokens after the first (lowercase), and its class.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub(crate) rest: Vec<String>,
    pub(crate) class: Class,
}

/// What a word says about the tense of its clause; see `tense_cues.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Modal,
    PastAux,
    PresAux,
    Perfect,
    Be,
    To,
    Adverb,
    Future,
    Past,
    Present,
    NotVerb,
}

/// FNV-1a, for the word maps. They are built once from the lists and only looked up
/// afterwards, so no input can lengthen a bucket, and SipHash's defence against crafted keys
/// would cost more than the lookups it protects.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The loaded vocabulary.
#[derive(Clone, Debug)]
pub(crate) struct Words {
    /// Phrases by their first token, lowercase; longest first.
    phrases: FastMap<String, Vec<Phrase>>,
    cues: FastMap<&'static str, Cue>,
    /// For each first letter a-z, a bit per word length (up to 31) that some phrase starts
    /// with: most words of a text fail this test and skip the lookup.
    first_words: [u32; 26],
}

fn parse_class(class: &str, arg: &'static str) -> Option<Class> {
    let int = || arg.parse::<i64>().ok();
    let mod_of = |s: &str| match s {
        "early" => Some(TimexMod::Early),
        "mid" => Some(TimexMod::Mid),
        "late" => Some(TimexMod::Late),
        "approx" => Some(TimexMod::Approx),
        _ => None,
    };
    Some(match class {
        "num" => Class::Num(u32::try_from(int()?).ok()?),
        "vague" => Class::Vague,
        "ord" => Class::Ord(i32::try_from(int()?).ok()?),
        "unit" => Class::Unit(Unit::parse(arg)?),
        "units" => Class::Units(Unit::parse(arg)?),
        "day" => Class::Day(int()?),
        "tonight" => Class::Tonight,
        "ref" => Class::Ref(arg),
        "rel" => Class::Rel(match arg {
            "last" => Rel::Last,
            "this" => Rel::This,
            "next" => Rel::Next,
            "past" => Rel::Past,
            "previous" => Rel::Previous,
            "coming" => Rel::Coming,
            "following" => Rel::Following,
            "recent" => Rel::Recent,
            "same" => Rel::Same,
            "that" => Rel::That,
            _ => return None,
        }),
        "pod" => Class::Pod(arg),
        "clock" => Class::Clock(u8::try_from(int()?).ok()?),
        "season" => Class::Season(arg),
        "decade" => Class::Decade(i32::try_from(int()?).ok()?),
        "approx" => Class::Approx(mod_of(arg)),
        "part" => Class::Part(mod_of(arg)?),
        "partnoun" => Class::PartNoun(mod_of(arg)?),
        "set" => Class::Set(arg),
        "holiday" => {
            let (m, d) = arg.split_once('-')?;
            Class::Holiday(m.parse().ok()?, d.parse().ok()?)
        }
        "every" => Class::Every,
        "ago" => Class::Ago,
        "shift" => Class::Shift(int()?),
        "not_year_before" => Class::NotYearBefore,
        "day_name" => Class::DayName,
        "count_noun" => Class::CountNoun,
        "year_plural" => Class::YearPlural,
        _ => return None,
    })
}

fn parse_cue(class: &str) -> Option<Cue> {
    Some(match class {
        "modal" => Cue::Modal,
        "past_aux" => Cue::PastAux,
        "pres_aux" => Cue::PresAux,
        "perfect" => Cue::Perfect,
        "be" => Cue::Be,
        "to" => Cue::To,
        "adverb" => Cue::Adverb,
        "future" => Cue::Future,
        "past" => Cue::Past,
        "present" => Cue::Present,
        "none" => Cue::NotVerb,
        _ => return None,
    })
}

impl Words {
    /// Loads both lists. Entries that do not parse are a bug in the lists, caught by the tests.
    pub(crate) fn load() -> Words {
        let mut phrases: FastMap<String, Vec<Phrase>> = FastMap::default();
        let mut toks = Vec::new();
        for e in lexicon::entries(include_str!("../lexicon/time_words.txt")) {
            let (Some(&text), Some(&class)) = (e.first(), e.get(1)) else {
                continue;
            };
            let Some(class) = parse_class(class, e.get(2).copied().unwrap_or("")) else {
                continue;
            };
            let text = text.replace('’', "'");
            tokenize(&text, Span::new(0, text.len()), &mut toks);
            let mut words = toks
                .iter()
                .map(|t| t.span.slice(&text).to_ascii_lowercase());
            let Some(first) = words.next() else { continue };
            phrases.entry(first).or_default().push(Phrase {
                rest: words.collect(),
                class,
            });
        }
        let mut first_words = [0u32; 26];
        for (first, list) in phrases.iter_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
            if let Some(slot) = letter_slot(first) {
                first_words[slot] |= 1 << first.len().min(31);
            }
        }
        let cues = lexicon::entries(include_str!("../lexicon/tense_cues.txt"))
            .filter_map(|e| Some((*e.first()?, parse_cue(e.get(1)?)?)))
            .collect();
        Words {
            phrases,
            cues,
            first_words,
        }
    }

    /// The phrases that start with the lowercase word `first`.
    pub(crate) fn phrases(&self, first: &str) -> &[Phrase] {
        let possible = match letter_slot(first) {
            Some(slot) => self.first_words[slot] & (1 << first.len().min(31)) != 0,
            None => true,
        };
        if !possible {
            return &[];
        }
        self.phrases.get(first).map_or(&[], Vec::as_slice)
    }

    /// The tense cue of a lowercase word.
    pub(crate) fn cue(&self, word: &str) -> Option<Cue> {
        if let Some(&c) = self.cues.get(word) {
            return Some(c);
        }
        let b = word.as_bytes();
        (b.len() >= 5 && word.ends_with("ed") && !word.ends_with("eed")).then_some(Cue::Past)
    }

    /// Words that every date phrase holds one of, for the prefilter: of each phrase that can
    /// make a date on its own, its longest word ("past" for "the past").
    pub(crate) fn trigger_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (first, list) in &self.phrases {
            for p in list {
                let helper = matches!(
                    p.class,
                    Class::Num(_)
                        | Class::Vague
                        | Class::Ord(_)
                        | Class::Rel(_)
                        | Class::Approx(_)
                        | Class::Part(_)
                        | Class::PartNoun(_)
                        | Class::Every
                        | Class::Ago
                        | Class::Shift(_)
                        | Class::NotYearBefore
                        | Class::DayName
                        | Class::CountNoun
                        | Class::YearPlural
                );
                if helper {
                    continue;
                }
                let longest = p
                    .rest
                    .iter()
                    .chain(std::iter::once(first))
                    .max_by_key(|w| w.len())
                    .unwrap_or(first);
                out.push(longest.clone());
            }
        }
        out
    }
}

/// The slot of a word's first letter when it is a-z.
fn letter_slot(word: &str) -> Option<usize> {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii_lowercase() => Some(usize::from(b - b'a')),
        _ => None,
    }
}

/// Full month names, then the abbreviations news uses.
const MONTHS: [(&str, u8); 12] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

const MONTH_ABBREVIATIONS: [(&str, u8); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

const WEEKDAY_ABBREVIATIONS: [(&str, Weekday); 10] = [
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("tues", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("thur", Weekday::Thursday),
    ("thurs", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

/// A month name, `(month, abbreviated)`.
pub(crate) fn month(lower: &str) -> Option<(u8, bool)> {
    MONTHS
        .iter()
        .find(|(n, _)| *n == lower)
        .map(|&(_, m)| (m, false))
        .or_else(|| {
            MONTH_ABBREVIATIONS
                .iter()
                .find(|(n, _)| *n == lower)
                .map(|&(_, m)| (m, true))
        })
}

/// A weekday name, `(weekday, abbreviated, plural)`.
pub(crate) fn weekday(lower: &str) -> Option<(Weekday, bool, bool)> {
    let (stem, plural) = match lower.strip_suffix('s') {
        Some(stem) if stem.ends_with("day") => (stem, true),
        _ => (lower, false),
    };
    WEEKDAYS
        .iter()
        .find(|(n, _)| *n == stem)
        .map(|&(_, w)| (w, false, plural))
        .or_else(|| {
            WEEKDAY_ABBREVIATIONS
                .iter()
                .find(|(n, _)| *n == lower)
                .map(|&(_, w)| (w, true, false))
        })
}

/// Words that start month and weekday names, for the prefilter.
pub(crate) fn calendar_trigger_words() -> impl Iterator<Item = &'static str> {
    MONTH_ABBREVIATIONS
        .iter()
        .map(|(n, _)| *n)
        .chain(["may"])
        .chain(WEEKDAY_ABBREVIATIONS.iter().map(|(n, _)| *n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_entry_parses() {
        for e in lexicon::entries(include_str!("../lexicon/time_words.txt")) {
            assert!(e.len() >= 2, "{e:?}");
            let arg = e.get(2).copied().unwrap_or("");
            assert!(parse_class(e[1], arg).is_some(), "time_words.txt: {e:?}");
        }
        let mut seen = std::collections::HashSet::new();
        for e in lexicon::entries(include_str!("../lexicon/tense_cues.txt")) {
            assert_eq!(e.len(), 2, "{e:?}");
            assert!(parse_cue(e[1]).is_some(), "tense_cues.txt: {e:?}");
            assert!(seen.insert(e[0]), "tense_cues.txt: {} twice", e[0]);
            assert_eq!(e[0], e[0].to_ascii_lowercase());
        }
    }

    #[test]
    fn lookups() {
        let w = Words::load();
        assert!(w
            .phrases("yesterday")
            .iter()
            .any(|p| p.class == Class::Day(-1)));
        let ny = w
            .phrases("new")
            .iter()
            .find(|p| p.class == Class::Holiday(1, 1))
            .unwrap();
        assert_eq!(ny.rest, ["year", "'", "s", "day"]);
        assert_eq!(w.cue("outlined"), Some(Cue::Past));
        assert_eq!(w.cue("need"), None);
        assert_eq!(w.cue("exceed"), None);
        assert_eq!(w.cue("hundred"), Some(Cue::NotVerb));
        assert_eq!(w.cue("will"), Some(Cue::Modal));
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(month("june"), Some((6, false)));
        assert_eq!(month("jun"), Some((6, true)));
        assert_eq!(weekday("sundays"), Some((Weekday::Sunday, false, true)));
        assert_eq!(weekday("thurs"), Some((Weekday::Thursday, true, false)));
        assert_eq!(weekday("days"), None);
    }
}
