//! When a period after a short word is not a full stop: abbreviations, initials, and the words
//! around them.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::phrases::{FastMap, Fnv};

use crate::lexicon;

/// How an abbreviation behaves before the next word (see `abbreviations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Precedes a name; never ends a sentence.
    Title,
    /// Precedes a number or a name; ends one only before a sentence starter.
    Prefix,
    /// A month; ends one before a capital unless a number follows.
    Month,
    /// A time of day; like a month, and goes on before a weekday, month or time zone.
    Time,
    /// Ends one only before a sentence starter.
    Other,
    /// Never ends a sentence.
    Never,
}

/// What the word before a period is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token {
    /// An entry of the abbreviation list.
    Listed(Kind),
    /// A single capital letter: an initial, or the pronoun "I" when `pronoun`.
    Initial {
        /// The letter is "I".
        pronoun: bool,
    },
    /// Letters joined by periods: "U.S.", "K.C.", "Ph.D.".
    Dotted,
    /// Any other word or number: the period is a full stop before a capital.
    Word,
}

type FastSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// What a byte is to the search for a caption glued to its paragraph (the `glued` words of
/// `sentence_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Glued {
    /// Any other byte.
    Plain,
    /// Punctuation that ends the search.
    Stop,
    /// The first letter of one of the `glued` prepositions.
    Capital,
}

/// The word lists of `abbreviations.txt` and `sentence_words.txt`.
#[derive(Clone, Debug)]
pub(super) struct Words {
    abbreviations: FastMap<Box<str>, Kind>,
    /// Length in bytes of the longest abbreviation, to skip the lookup for longer words.
    longest: usize,
    starters: FastSet,
    fronting: FastSet,
    weekdays: FastSet,
    months: FastSet,
    zones: FastSet,
    glued: FastSet,
    glued_det: FastSet,
    /// Per byte, what it is to the glued-caption search: derived from `glued`, so that the
    /// search stops only at the capitals that can open one of its prepositions.
    glued_bytes: [Glued; 256],
}

impl Words {
    /// The built-in lists.
    pub(super) fn new() -> Words {
        let mut w = Words {
            abbreviations: FastMap::default(),
            longest: 0,
            starters: FastSet::default(),
            fronting: FastSet::default(),
            weekdays: FastSet::default(),
            months: FastSet::default(),
            zones: FastSet::default(),
            glued: FastSet::default(),
            glued_det: FastSet::default(),
            glued_bytes: [Glued::Plain; 256],
        };
        for e in lexicon::entries(include_str!("../lexicon/abbreviations.txt")) {
            let kind = match e.get(1).copied() {
                Some("title") => Kind::Title,
                Some("prefix") => Kind::Prefix,
                Some("month") => Kind::Month,
                Some("time") => Kind::Time,
                Some("never") => Kind::Never,
                _ => Kind::Other,
            };
            if matches!(kind, Kind::Title | Kind::Prefix) {
                w.abbreviations.insert(e[0].to_uppercase().into(), kind);
            }
            w.abbreviations.insert(e[0].into(), kind);
        }
        w.longest = w.abbreviations.keys().map(|k| k.len()).max().unwrap_or(0);
        for e in lexicon::entries(include_str!("../lexicon/sentence_words.txt")) {
            let set = match e.get(1).copied() {
                Some("starter") => &mut w.starters,
                Some("fronting") => &mut w.fronting,
                Some("weekday") => &mut w.weekdays,
                Some("month") => &mut w.months,
                Some("zone") => &mut w.zones,
                Some("glued") => &mut w.glued,
                Some("glued_det") => &mut w.glued_det,
                _ => continue,
            };
            set.insert(e[0]);
        }
        for &stop in b".,:;!?\"(\n\r" {
            w.glued_bytes[usize::from(stop)] = Glued::Stop;
        }
        for word in &w.glued {
            if let Some(&first) = word.as_bytes().first() {
                w.glued_bytes[usize::from(first)] = Glued::Capital;
            }
        }
        w
    }

    /// What `word` is; `word` ends with its period ("U.S.", "Mr.", "p.").
    pub(super) fn classify(&self, word: &str) -> Token {
        if word.len() <= self.longest {
            if let Some(&kind) = self.abbreviations.get(word) {
                return Token::Listed(kind);
            }
        }
        let body = word.strip_suffix('.').unwrap_or(word);
        let mut chars = body.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => return Token::Initial { pronoun: c == 'I' },
            // A lone lower-case letter is an abbreviation ("c.", "p."), not a sentence end.
            (Some(c), None) if c.is_lowercase() => return Token::Listed(Kind::Other),
            _ => {}
        }
        let dotted = body.contains('.')
            && body.split('.').all(|part| {
                let n = part.chars().count();
                (1..=3).contains(&n) && part.chars().all(char::is_alphabetic)
            });
        if dotted {
            Token::Dotted
        } else {
            Token::Word
        }
    }

    /// True when the sentence goes on after `token` and its period, given that the next word,
    /// `next`, starts with a capital. `after_lower` tells whether the word before `token`
    /// starts in lower case ("you and I."); `fronted` whether the sentence so far is a short
    /// fronted phrase ("At 5 a.m."). Both are asked only when needed.
    pub(super) fn continues_before_capital(
        &self,
        token: Token,
        next: &str,
        after_lower: impl FnOnce() -> bool,
        fronted: impl FnOnce() -> bool,
    ) -> bool {
        match token {
            Token::Word => false,
            Token::Listed(Kind::Title | Kind::Never) => true,
            Token::Listed(Kind::Prefix | Kind::Other) | Token::Dotted => !self.is_starter(next),
            Token::Listed(Kind::Month) => fronted(),
            Token::Listed(Kind::Time) => {
                self.weekdays.contains(next)
                    || self.months.contains(next)
                    || self.zones.contains(next)
                    || fronted()
            }
            Token::Initial { pronoun } => !(self.is_starter(next) || pronoun && after_lower()),
        }
    }

    /// True when the sentence goes on after `token` and its period before a number
    /// ("No. 5", "p. 55", "Feb. 9").
    pub(super) fn continues_before_digit(&self, token: Token) -> bool {
        matches!(
            token,
            Token::Listed(Kind::Title | Kind::Prefix | Kind::Month | Kind::Never)
        )
    }

    /// True for a closed-class word that opens sentences ("The", "He", "However").
    pub(super) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True for a preposition that opens a fronted time phrase ("At", "By").
    pub(super) fn is_fronting(&self, word: &str) -> bool {
        self.fronting.contains(word)
    }

    /// True for a day name ("Monday", "Tue").
    pub(super) fn is_weekday(&self, word: &str) -> bool {
        self.weekdays.contains(word)
    }

    /// True for a month name ("June", "Sept").
    pub(super) fn is_month(&self, word: &str) -> bool {
        self.months.contains(word)
    }

    /// True for a time zone ("ET", "GMT").
    pub(super) fn is_zone(&self, word: &str) -> bool {
        self.zones.contains(word)
    }

    /// True for a capitalised preposition that opens a paragraph's sentence behind a glued
    /// caption ("In", "After").
    pub(super) fn is_glued(&self, word: &str) -> bool {
        self.glued.contains(word)
    }

    /// True for a determiner that may follow a [`Words::is_glued`] preposition ("the").
    pub(super) fn is_glued_det(&self, word: &str) -> bool {
        self.glued_det.contains(word)
    }

    /// What byte `b` is to the glued-caption search.
    pub(super) fn glued_byte(&self, b: u8) -> Glued {
        self.glued_bytes[usize::from(b)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words_before_a_period() {
        let w = Words::new();
        let cases: &[(&str, Token)] = &[
            ("Mr.", Token::Listed(Kind::Title)),
            ("GEN.", Token::Listed(Kind::Title)),
            ("No.", Token::Listed(Kind::Prefix)),
            ("Sept.", Token::Listed(Kind::Month)),
            ("p.m.", Token::Listed(Kind::Time)),
            ("Inc.", Token::Listed(Kind::Other)),
            ("e.g.", Token::Listed(Kind::Never)),
            ("x.", Token::Listed(Kind::Other)),
            ("E.", Token::Initial { pronoun: false }),
            ("I.", Token::Initial { pronoun: true }),
            ("U.S.", Token::Dotted),
            ("K.C.", Token::Dotted),
            ("Ph.D.", Token::Dotted),
            ("U.S.A.", Token::Dotted),
            ("house.", Token::Word),
            ("1,000.", Token::Word),
            ("example.com.", Token::Word),
            ("U.S.-based.", Token::Word),
            ("Mrs", Token::Word),
        ];
        for &(word, want) in cases {
            assert_eq!(w.classify(word), want, "{word}");
        }
    }

    #[test]
    fn decides_before_a_capital() {
        let w = Words::new();
        let no = || false;
        let yes = || true;
        // (token, next word, word before is lower case, fronted phrase, sentence goes on)
        let cases: &[(&str, &str, bool, bool, bool)] = &[
            ("Mr.", "The", false, false, true),
            ("Dr.", "Jones", false, false, true),
            ("U.S.", "Senate", false, false, true),
            ("U.S.", "The", false, false, false),
            ("Inc.", "Chief", false, false, true),
            ("Inc.", "It", false, false, false),
            ("St.", "Louis", false, false, true),
            ("St.", "He", false, false, false),
            ("Feb.", "Officials", false, false, false),
            ("Feb.", "Officials", false, true, true),
            ("p.m.", "Monday", false, false, true),
            ("p.m.", "ET", false, false, true),
            ("p.m.", "Police", false, false, false),
            ("a.m.", "Mr", false, true, true),
            ("E.", "Smith", false, false, true),
            ("B.", "The", false, false, false),
            ("I.", "Jones", false, false, true),
            ("I.", "Did", true, false, false),
            ("house.", "Then", false, false, false),
            ("house.", "Smith", false, false, false),
        ];
        for &(token, next, lower, fronted, want) in cases {
            let got = w.continues_before_capital(
                w.classify(token),
                next,
                || lower,
                || if fronted { yes() } else { no() },
            );
            assert_eq!(got, want, "{token} {next}");
        }
    }

    #[test]
    fn decides_before_a_number() {
        let w = Words::new();
        let cases: &[(&str, bool)] = &[
            ("No.", true),
            ("p.", true),
            ("N°.", true),
            ("Aug.", true),
            ("Gen.", true),
            ("U.S.", false),
            ("Inc.", false),
            ("p.m.", false),
            ("year.", false),
        ];
        for &(token, want) in cases {
            assert_eq!(w.continues_before_digit(w.classify(token)), want, "{token}");
        }
    }

    #[test]
    fn glued_caption_bytes_follow_the_list() {
        let w = Words::new();
        // The first letters of listed prepositions ("In", "On", "At", "For", "During", "After",
        // "Before", "From", "Under"); other capitals and small letters are plain.
        for (b, want) in [
            (b'I', Glued::Capital),
            (b'O', Glued::Capital),
            (b'D', Glued::Capital),
            (b'U', Glued::Capital),
            (b'T', Glued::Plain),
            (b'i', Glued::Plain),
            (b'.', Glued::Stop),
            (b'"', Glued::Stop),
            (b'\n', Glued::Stop),
            (b'-', Glued::Plain),
            (0xE2, Glued::Plain),
        ] {
            assert_eq!(w.glued_byte(b), want, "{}", b as char);
        }
        for (word, glued, det) in [
            ("In", true, false),
            ("in", false, false),
            ("Under", true, false),
            ("the", false, true),
            ("The", false, false),
            ("their", false, true),
            ("these", false, false),
        ] {
            assert_eq!(
                (w.is_glued(word), w.is_glued_det(word)),
                (glued, det),
                "{word}"
            );
        }
    }
}
