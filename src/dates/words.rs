//! The date vocabulary, loaded once from `lexicon/time_words.txt` and `lexicon/tense_cues.txt`,
//! plus the calendar names (months, weekdays), which are facts rather than data.

use super::calendar::Weekday;
use super::token::{fold_hash, spans, word_flags};
use super::TimexMod;
use crate::lexicon;

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

impl Class {
    /// One bit per class (whatever its argument), for sets of classes.
    pub(crate) const fn bit(self) -> u32 {
        1 << match self {
            Class::Num(_) => 0,
            Class::Vague => 1,
            Class::Ord(_) => 2,
            Class::Unit(_) => 3,
            Class::Units(_) => 4,
            Class::Day(_) => 5,
            Class::Tonight => 6,
            Class::Ref(_) => 7,
            Class::Rel(_) => 8,
            Class::Pod(_) => 9,
            Class::Clock(_) => 10,
            Class::Season(_) => 11,
            Class::Decade(_) => 12,
            Class::Approx(_) => 13,
            Class::Part(_) => 14,
            Class::PartNoun(_) => 15,
            Class::Set(_) => 16,
            Class::Holiday(..) => 17,
            Class::Every => 18,
            Class::Ago => 19,
            Class::Shift(_) => 20,
            Class::NotYearBefore => 21,
            Class::DayName => 22,
            Class::CountNoun => 23,
            Class::YearPlural => 24,
        }
    }
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

/// Everything the matcher needs to know about one lowercase word, found with one lookup per
/// token.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entry {
    /// The phrases that start with the word, longest first.
    pub(crate) phrases: Vec<Phrase>,
    /// The [bits](Class::bit) of their classes.
    pub(crate) classes: u32,
    /// The month it names, `(month, abbreviated)`.
    pub(crate) month: Option<(u8, bool)>,
    /// The weekday it names, `(weekday, abbreviated, plural)`.
    pub(crate) weekday: Option<(Weekday, bool, bool)>,
    /// Its tense cue in `tense_cues.txt`.
    pub(crate) cue: Option<Cue>,
    /// One of [`LEAD_WORDS`].
    pub(crate) lead: bool,
    /// The [`mark`] bits of the word, for the tests the matcher makes on every token that
    /// leads.
    pub(crate) marks: u8,
    /// True when the word starts a date only before a token that can lead one or before the
    /// second word of one of its phrases (in [`Entry::next_words`]): see
    /// [`Entry::leads_only_before`].
    pub(crate) gated: bool,
    /// The second words of its phrases, lowercase, each once.
    pub(crate) next_words: Vec<String>,
    /// The [`next_bit`] of each of [`Entry::next_words`] (all bits when one is an
    /// apostrophe, which stands for the curly ones too): a token whose bit is not set here
    /// goes on none of the word's phrases, known without comparing it with them.
    pub(crate) next_mask: u64,
}

/// A bit for the length and first byte of `word`, in any case: words equal but for ASCII
/// case have the same bit.
#[inline]
pub(crate) fn next_bit(word: &[u8]) -> u64 {
    let first = word.first().map_or(0, |b| b | 0x20);
    1 << ((word.len() * 7 + usize::from(first)) % 64)
}

/// Bits for the words that [`Matcher::at`](super::recognize) tests a leading token against,
/// so that the test is a bit test rather than a string comparison.
pub(crate) mod mark {
    /// "the".
    pub(crate) const THE: u8 = 1;
    /// "that".
    pub(crate) const THAT: u8 = 2;
    /// "late", "early", "later", "earlier".
    pub(crate) const LATE_EARLY: u8 = 4;
    /// "twice", "once", "thrice", "a", "an".
    pub(crate) const RATE: u8 = 8;
    /// "fiscal".
    pub(crate) const FISCAL: u8 = 16;
    /// "half".
    pub(crate) const HALF: u8 = 32;
    /// "a", "an": the commonest leading words, which start only counts and rates.
    pub(crate) const ARTICLE: u8 = 64;
}

/// The marked words and their bits.
const MARKS: [(&str, u8); 15] = [
    ("the", mark::THE),
    ("that", mark::THAT),
    ("late", mark::LATE_EARLY),
    ("early", mark::LATE_EARLY),
    ("later", mark::LATE_EARLY),
    ("earlier", mark::LATE_EARLY),
    ("twice", mark::RATE),
    ("once", mark::RATE),
    ("thrice", mark::RATE),
    ("a", mark::RATE),
    ("an", mark::RATE),
    ("a", mark::ARTICLE),
    ("an", mark::ARTICLE),
    ("fiscal", mark::FISCAL),
    ("half", mark::HALF),
];

/// Words outside the word lists that start a pattern of their own ("half a year", "twice a
/// year", "fiscal 2024"): they can lead a date like the listed words.
const LEAD_WORDS: [&str; 5] = ["half", "once", "twice", "thrice", "fiscal"];

/// What a token needs of an entry, packed for the tokenizers.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Opening {
    /// [`Entry::classes`].
    pub(crate) classes: u32,
    /// The flags of a word token with this entry, written in lowercase and capitalized: see
    /// [`word_flags`].
    pub(crate) flags: [u8; 2],
}

/// The entry of no word.
static EMPTY: Entry = Entry {
    phrases: Vec::new(),
    classes: 0,
    month: None,
    weekday: None,
    cue: None,
    lead: false,
    marks: 0,
    gated: false,
    next_words: Vec::new(),
    next_mask: 0,
};

impl Entry {
    /// True when the word starts a date pattern however it is written: it opens a phrase or
    /// is a lead word.
    pub(crate) fn opens(&self) -> bool {
        !self.phrases.is_empty() || self.lead
    }

    /// True when the word names a month or weekday, which counts only when capitalized.
    pub(crate) fn is_calendar(&self) -> bool {
        self.month.is_some() || self.weekday.is_some()
    }

    /// True when every pattern the word can start needs the token after it to lead a date
    /// itself or to go on one of the word's phrases: the word is not one that the patterns
    /// compare with (no [`mark`] but "that", no lead word, no month or weekday), and each of
    /// its phrases of one word is a relative determiner or a quantifier (which need a
    /// unit, month, weekday, season, part of the day, ordinal or number after them: all
    /// leads) or a class that starts no pattern alone (a noun or guard word). Every other
    /// pattern reads the word only through a phrase that starts with it.
    fn leads_only_before(&self) -> bool {
        let alone = |c: Class| {
            matches!(
                c,
                Class::Rel(_)
                    | Class::Approx(_)
                    | Class::PartNoun(_)
                    | Class::CountNoun
                    | Class::DayName
                    | Class::NotYearBefore
                    | Class::YearPlural
                    | Class::Ago
            )
        };
        self.marks & !mark::THAT == 0
            && !self.lead
            && !self.is_calendar()
            && self
                .phrases
                .iter()
                .all(|p| !p.rest.is_empty() || alone(p.class))
    }
}

/// The phrase list.
const TIME_WORDS: &str = include_str!("../lexicon/time_words.txt");

/// The longest word the table holds; longer tokens are never looked up.
pub(crate) const MAX_WORD: usize = 24;

/// The loaded vocabulary: one table, keyed by lowercase ASCII word, of every word the date
/// patterns look up (phrase openers, month and weekday names, tense cues).
///
/// Looked up by a token's [`fold_hash`], which the tokenizer computes as it reads the token,
/// so a word is never copied into lowercase or read again to hash it: a Bloom filter of the
/// keys' hashes turns most words away with one bit test, and the rest probe an
/// open-addressing table and compare with `eq_ignore_ascii_case`. Built once from the lists
/// and only read afterwards.
#[derive(Clone, Debug)]
pub(crate) struct Words {
    /// Lowercase keys and their entries, in the order they were first listed, after an empty
    /// one at index 0, which stands for "no entry" in tokens.
    entries: Vec<(String, Entry)>,
    /// What a token needs of each entry, by the same index, packed for the tokenizers.
    openings: Vec<Opening>,
    /// Index into `entries` (0: empty), at the top bits of the key's mixed hash, then the
    /// next free slots (linear probing). The length is a power of two, at least four times the
    /// entries.
    /// Each slot also holds the key's mixed hash, so a probe that meets another key moves on
    /// without reading it.
    slots: Vec<(u32, u32)>,
    /// log2 of the number of slots.
    bits: u32,
    /// Every key.
    all_words: Bloom,
}

/// Spreads the bits of a [`fold_hash`] to the top of the word, where the Bloom filter and the
/// table read them.
#[inline]
fn mix(hash: u32) -> u32 {
    hash.wrapping_mul(0x9e37_79b1)
}

/// A Bloom filter with one bit per key, over 4096 bits (the top twelve bits of a mixed hash).
#[derive(Clone, Debug)]
struct Bloom([u64; 64]);

impl Bloom {
    fn add(&mut self, mixed: u32) {
        self.0[(mixed >> 26) as usize] |= 1 << ((mixed >> 20) & 63);
    }

    /// False when no key has this mixed hash.
    #[inline]
    fn may_hold(&self, mixed: u32) -> bool {
        self.0[(mixed >> 26) as usize] & (1 << ((mixed >> 20) & 63)) != 0
    }
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
    /// Records in the shared word lists, for every word here (a word that can open a date or
    /// a tense cue), the index of its entry, so that the date stage looks none of the shared
    /// tokens up again. Only ASCII keys short enough to be looked up are recorded: the others
    /// are never found.
    pub(crate) fn mark_shared(&self, shared: &mut crate::words::Words) {
        for (n, (key, _)) in self.entries.iter().enumerate().skip(1) {
            if key.is_ascii() && key.len() <= MAX_WORD {
                shared.mark_date_word(key, n);
            }
        }
    }

    /// Loads both lists. Entries that do not parse are a bug in the lists, caught by the tests.
    pub(crate) fn load() -> Words {
        let mut words = Words {
            entries: Vec::new(),
            openings: Vec::new(),
            slots: Vec::new(),
            bits: 0,
            all_words: Bloom([0; 64]),
        };
        let mut keys: Vec<(String, Entry)> = vec![(String::new(), Entry::default())];
        for e in lexicon::entries(TIME_WORDS) {
            let (Some(&text), Some(&class)) = (e.first(), e.get(1)) else {
                continue;
            };
            let Some(class) = parse_class(class, e.get(2).copied().unwrap_or("")) else {
                continue;
            };
            let text = text.replace('’', "'");
            let mut phrase = spans(&text)
                .into_iter()
                .map(|t| t.slice(&text).to_ascii_lowercase());
            let Some(first) = phrase.next() else { continue };
            let rest = phrase.collect();
            entry(&mut keys, first).phrases.push(Phrase { rest, class });
        }
        for (_, e) in &mut keys[1..] {
            e.phrases.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
            e.classes = e.phrases.iter().fold(0, |m, p| m | p.class.bit());
        }
        for &(name, m) in &MONTHS {
            entry(&mut keys, name.to_string()).month = Some((m, false));
        }
        for &(name, m) in &MONTH_ABBREVIATIONS {
            entry(&mut keys, name.to_string()).month = Some((m, true));
        }
        for &(name, w) in &WEEKDAYS {
            entry(&mut keys, name.to_string()).weekday = Some((w, false, false));
            entry(&mut keys, format!("{name}s")).weekday = Some((w, false, true));
        }
        for &(name, w) in &WEEKDAY_ABBREVIATIONS {
            entry(&mut keys, name.to_string()).weekday = Some((w, true, false));
        }
        for word in LEAD_WORDS {
            entry(&mut keys, word.to_string()).lead = true;
        }
        for (word, bit) in MARKS {
            entry(&mut keys, word.to_string()).marks |= bit;
        }
        for (_, e) in &mut keys[1..] {
            e.gated = e.leads_only_before();
            for p in &e.phrases {
                if let Some(w) = p.rest.first().filter(|w| !e.next_words.contains(w)) {
                    e.next_mask |= if w == "'" {
                        u64::MAX
                    } else {
                        next_bit(w.as_bytes())
                    };
                    e.next_words.push(w.clone());
                }
            }
        }
        for e in lexicon::entries(include_str!("../lexicon/tense_cues.txt")) {
            if let (Some(&word), Some(cue)) = (e.first(), e.get(1).and_then(|c| parse_cue(c))) {
                entry(&mut keys, word.to_string()).cue = Some(cue);
            }
        }
        let size = (keys.len() * 4).next_power_of_two().max(16);
        words.bits = size.trailing_zeros();
        words.slots = vec![(0, 0); size];
        // Only ASCII keys that fit can equal a word that is looked up.
        for (n, (key, _)) in keys.iter().enumerate().skip(1) {
            if key.len() > MAX_WORD || !key.is_ascii() {
                continue;
            }
            let mixed = mix(fold_hash(key.as_bytes()));
            let mut at = words.slot_of(mixed);
            while words.slots[at].0 != 0 {
                at = (at + 1) & (size - 1);
            }
            words.slots[at] = (n as u32, mixed);
            words.all_words.add(mixed);
        }
        // Tokens name entries by a u16 index.
        assert!(keys.len() < usize::from(u16::MAX), "too many date words");
        words.openings = keys
            .iter()
            .map(|(_, e)| Opening {
                classes: e.classes,
                flags: word_flags(e.opens(), e.is_calendar()),
            })
            .collect();
        words.entries = keys;
        words
    }

    fn slot_of(&self, mixed: u32) -> usize {
        (mixed >> (32 - self.bits)) as usize
    }

    /// The index of the entry of `word`, whose [`fold_hash`] is `hash`, in any case: a word
    /// that can start a date pattern (it opens a phrase, names a month or weekday, or is a
    /// lead word) or a tense cue; 0 for other words, and for one that is not ASCII or is
    /// longer than any key.
    #[inline]
    pub(crate) fn date_word(&self, word: &str, hash: u32) -> u16 {
        let mixed = mix(hash);
        if !self.all_words.may_hold(mixed) {
            return 0;
        }
        self.find_index(word, mixed).unwrap_or(0)
    }

    /// What a token needs of the entry of index `n` (the empty one for 0).
    #[inline]
    pub(crate) fn opening(&self, n: u16) -> Opening {
        self.openings
            .get(usize::from(n))
            .copied()
            .unwrap_or_default()
    }

    /// The entry of index `n`, as [`Words::date_word`] gives it: the empty one for 0.
    #[inline]
    pub(crate) fn entry_at(&self, n: u16) -> &Entry {
        self.entries.get(usize::from(n)).map_or(&EMPTY, |(_, e)| e)
    }

    /// The entry of `word`, whose [`fold_hash`] is `hash`, in any case; `None` for a word the
    /// lists do not hold, and for one that is not ASCII or is longer than any key.
    #[cfg(test)]
    pub(crate) fn lookup(&self, word: &str, hash: u32) -> Option<&Entry> {
        let mixed = mix(hash);
        if !self.all_words.may_hold(mixed) {
            return None;
        }
        self.find_index(word, mixed).map(|n| self.entry_at(n))
    }

    /// The index of the entry of `word`, whose mixed hash is `mixed`.
    fn find_index(&self, word: &str, mixed: u32) -> Option<u16> {
        let b = word.as_bytes();
        if b.len() > MAX_WORD {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = self.slot_of(mixed);
        loop {
            let (n, key_mixed) = *self.slots.get(at)?;
            // Words equal but for ASCII case have the same hash: another hash is another key.
            if key_mixed == mixed {
                let (key, _) = self.entries.get(n as usize)?;
                if key.as_bytes().eq_ignore_ascii_case(b) {
                    return u16::try_from(n).ok();
                }
            } else if n == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    /// Every word the lists hold, lowercase.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().skip(1).map(|(k, _)| k.as_str())
    }

    /// The phrases that start with the lowercase word `first`.
    #[cfg(test)]
    pub(crate) fn phrases(&self, first: &str) -> &[Phrase] {
        self.lookup(first, fold_hash(first.as_bytes()))
            .map_or(&[], |e| e.phrases.as_slice())
    }

    /// The tense cue of a word, given its entry (the empty one for a word not listed): from
    /// the list, or a regular past form ("outlined": five letters or more, ending in "ed" but
    /// not "eed"), in any case. A word that no key can equal (not ASCII, or longer than any
    /// key) has no cue. The shape is read without a branch on each letter, as most words
    /// asked are not listed.
    pub(crate) fn cue(entry: &Entry, word: &str) -> Option<Cue> {
        let b = word.as_bytes();
        let n = b.len();
        // The byte `k` places from the end, with bit 0x20 set: 'e' for "e" and "E".
        let folded = |k: usize| b.get(n.wrapping_sub(k)).map_or(0, |c| c | 0x20);
        let shape = (n >= 5) & (folded(2) == b'e') & (folded(1) == b'd') & (folded(3) != b'e');
        entry
            .cue
            .or_else(|| (shape && n <= MAX_WORD && word.is_ascii()).then_some(Cue::Past))
    }

    /// What every date written without a digit holds one of, for the prefilter: every form
    /// of a month or weekday name ("Dec", "December", "Mondays"), capitalized as such names
    /// count; the words of each phrase that can make a date on its own ("the past", "noon"),
    /// in a row, unless it holds a word that is such a phrase alone ("very soon" holds
    /// "soon", "business days" holds "days"); and the marked word that ends a part of a year
    /// on its own ("half" in "the first half"). The patterns read tokens whole, so a word
    /// that only starts with one of these ("decided", "money") opens no date.
    pub(crate) fn triggers(&self) -> Vec<Trigger<'_>> {
        let helper = |c: Class| {
            matches!(
                c,
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
            )
        };
        let alone = |word: &str| {
            self.entry_at(self.date_word(word, fold_hash(word.as_bytes())))
                .phrases
                .iter()
                .any(|p| p.rest.is_empty() && !helper(p.class))
        };
        let mut out = Vec::new();
        for (first, entry) in &self.entries {
            if entry.is_calendar() || entry.marks & mark::HALF != 0 {
                out.push(Trigger {
                    words: vec![first.as_str()],
                    // A name that opens no phrase counts only capitalized.
                    capitalized: entry.is_calendar() && !entry.opens(),
                });
            }
            for p in entry.phrases.iter().filter(|p| !helper(p.class)) {
                let words: Vec<&str> = std::iter::once(first)
                    .chain(&p.rest)
                    .map(String::as_str)
                    .collect();
                if words.len() > 1 && words.iter().any(|w| alone(w)) {
                    continue;
                }
                // A phrase with a mark in it ("'") stands for its longest word.
                let words = if words
                    .iter()
                    .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
                {
                    words
                } else {
                    words
                        .into_iter()
                        .max_by_key(|w| w.len())
                        .into_iter()
                        .collect()
                };
                out.push(Trigger {
                    words,
                    capitalized: false,
                });
            }
        }
        out
    }
}

/// Whole words in a row, one token each, that a date written without a digit may hold: see
/// [`Words::triggers`].
pub(crate) struct Trigger<'w> {
    /// The words, lowercase.
    pub(crate) words: Vec<&'w str>,
    /// True when the first word counts only capitalized (a month or weekday name).
    pub(crate) capitalized: bool,
}

/// The entry of `key` in `keys`, added empty if it is not there yet. Only used while loading.
fn entry(keys: &mut Vec<(String, Entry)>, key: String) -> &mut Entry {
    let n = match keys.iter().position(|(k, _)| *k == key) {
        Some(n) => n,
        None => {
            keys.push((key, Entry::default()));
            keys.len() - 1
        }
    };
    &mut keys[n].1
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A token goes on a phrase only when its bit is in the mask of the phrase's first word.
    #[test]
    fn next_words_and_their_mask() {
        let w = Words::load();
        let the = w.entry_at(w.date_word("the", fold_hash(b"the")));
        for next in ["past", "PAST", "Future", "near", "time"] {
            assert!(
                the.next_words.iter().any(|n| n.eq_ignore_ascii_case(next)),
                "{next}"
            );
            assert_ne!(the.next_mask & next_bit(next.as_bytes()), 0, "{next}");
        }
        assert_eq!(next_bit(b"Near"), next_bit(b"nEAR"));
        assert_ne!(next_bit(b"near"), next_bit(b"nears"));
        // "new year's day": the apostrophe of a later word does not count, the first does.
        let new = w.entry_at(w.date_word("new", fold_hash(b"new")));
        assert_eq!(new.next_words, ["year"]);
        assert_eq!(new.next_mask, next_bit(b"year"));
    }

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
        let find = |word: &str| w.lookup(word, fold_hash(word.as_bytes()));
        let cue = |word: &str| Words::cue(find(word).unwrap_or(&EMPTY), word);
        assert_eq!(cue("outlined"), Some(Cue::Past));
        assert_eq!(cue("need"), None);
        assert_eq!(cue("exceed"), None);
        assert_eq!(cue("hundred"), Some(Cue::NotVerb));
        assert_eq!(cue("will"), Some(Cue::Modal));
        assert_eq!(cue("Will"), Some(Cue::Modal));
        assert_eq!(cue("OUTLINED"), Some(Cue::Past));
        assert_eq!(cue("agreed"), None);
        assert_eq!(cue("AGREED"), None);
        assert_eq!(cue("shred"), Some(Cue::Past));
        assert_eq!(cue("sled"), None);
        assert_eq!(cue("na\u{ef}ved"), None);
        assert_eq!(cue("counterrevolutionized"), Some(Cue::Past));
        assert_eq!(cue("antidisestablishmentarianed"), None);
        let month = |word: &str| find(word).and_then(|e| e.month);
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(month("june"), Some((6, false)));
        assert_eq!(month("JUNE"), Some((6, false)));
        assert_eq!(month("jun"), Some((6, true)));
        assert_eq!(month("junes"), None);
        let weekday = |word: &str| find(word).and_then(|e| e.weekday);
        assert_eq!(weekday("sundays"), Some((Weekday::Sunday, false, true)));
        assert_eq!(weekday("Thurs"), Some((Weekday::Thursday, true, false)));
        assert_eq!(weekday("days"), None);
        assert_eq!(weekday("sats"), None);
        // Lead words start patterns of their own; other words found only as cues do not.
        let date_word = |word: &str| {
            let n = w.date_word(word, fold_hash(word.as_bytes()));
            (n != 0).then(|| w.entry_at(n))
        };
        assert!(date_word("Twice").is_some_and(|e| e.lead));
        assert!(date_word("FISCAL").is_some_and(|e| e.lead));
        assert!(
            date_word("said").is_some_and(|e| !(e.opens() || e.is_calendar()) && e.cue.is_some())
        );
        // Marks stand for string tests on leading tokens, so every marked word must lead.
        for (word, bit) in MARKS {
            assert!(
                date_word(word).is_some_and(|e| e.marks & bit != 0),
                "{word}"
            );
            let upper = word.to_ascii_uppercase();
            assert!(
                date_word(&upper).is_some_and(|e| e.marks & bit != 0),
                "{upper}"
            );
        }
        assert!(date_word("then").is_none_or(|e| e.marks == 0));
        assert!(find("said").is_some_and(|e| !e.lead && e.cue.is_some()));
        // Not ASCII, or longer than any key: never found.
        assert!(find("néw").is_none());
        assert!(find(&"a".repeat(40)).is_none());
    }

    /// The shared word lists mark a word with the index of its entry here: every word, each
    /// with its own entry.
    #[test]
    fn shared_lists_carry_the_index_of_each_opening_word() {
        let w = Words::load();
        let mut shared = crate::words::Words::new();
        w.mark_shared(&mut shared);
        let mut opening = 0;
        for (n, (k, e)) in w.entries.iter().enumerate().skip(1) {
            if !k.is_ascii() || k.len() > MAX_WORD {
                continue;
            }
            let t = shared.tokenize(k);
            if t.len() != 1 {
                continue;
            }
            let want = n as u16;
            opening += usize::from(e.opens() || e.is_calendar());
            assert_eq!(t.entries()[0].date(), want, "{k}");
            // No word starts with a mark or a digit: only words are looked up.
            assert!(k.starts_with(|c: char| c.is_ascii_alphabetic()), "{k}");
        }
        // Month and weekday names, their plurals and the listed phrases' first words.
        assert!(opening > 100, "{opening}");
        for k in ["march", "mondays", "yesterday", "noon", "said", "will"] {
            assert_ne!(shared.tokenize(k).entries()[0].date(), 0, "{k}");
        }
    }
}
