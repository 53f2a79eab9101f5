//! Which capitalized words an article also writes in lowercase ("Apple" beside "apple"): the
//! text's own sign that a capitalized word is a common word, not a name.
//!
//! Only the lowercase forms of the article's capitalized words are ever asked about, so only
//! those are kept, and a lowercase word is looked up only while a word of its shape (length,
//! first and last byte) is still unseen: most tokens cost a shift and a compare, not a hash.
//! A word asked about that was not foreseen falls back to the whole vocabulary, made on first
//! use.

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::hash::{FastMap, FastSet};
use crate::tokens::Tokens;

use super::lists::strip_possessive;

/// The shape filter has `1 << SLOT_BITS` slots.
const SLOT_BITS: u32 = 10;

/// The filter slot of a lowercase word's shape.
fn slot(w: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return 0;
    };
    let len = u32::try_from(w.len().min(255)).unwrap_or(255);
    let h = (u32::from(first) << 16 | u32::from(last) << 8 | len).wrapping_mul(0x9E37_79B9);
    (h >> (32 - SLOT_BITS)) as usize
}

/// True when the word starts with a lowercase letter; an ASCII test for most words.
fn starts_lowercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.starts_with(char::is_lowercase),
    }
}

/// The lowercase words of one article, as far as they are asked about.
pub(crate) struct Vocabulary<'a, 't> {
    toks: &'a Tokens<'t>,
    /// The lowercase forms of the capitalized words (and of their stems before a possessive
    /// ending), each with whether the article writes it in lowercase.
    asked: FastMap<Cow<'a, str>, bool>,
    /// Every word of the article written in lowercase, made only when a word that `asked`
    /// does not hold is asked about.
    full: OnceCell<FastSet<&'a str>>,
}

impl<'a, 't> Vocabulary<'a, 't> {
    /// The vocabulary of the article's tokens; `caps` lists the capitalized ones.
    pub(crate) fn new(toks: &'a Tokens<'t>, caps: &[usize]) -> Self {
        // Sized for every capitalized token being a new word: growing it rehashed it often.
        let mut asked: FastMap<Cow<'a, str>, bool> =
            FastMap::with_capacity_and_hasher(caps.len(), Default::default());
        // Per slot: how many words asked about with that shape are not yet seen in lowercase.
        let mut unseen = vec![0u32; 1 << SLOT_BITS];
        let mut ask = |key: Cow<'a, str>, unseen: &mut [u32]| {
            let s = slot(key.as_bytes());
            if asked.insert(key, false).is_none() {
                unseen[s] += 1;
            }
        };
        for &i in caps {
            let low = toks.low(i);
            let word = strip_possessive(toks.str(i));
            // Only a word that opens with an ASCII capital has a lowercase form that starts
            // with a lowercase letter.
            let ascii_capital = low.starts_with(|c: char| c.is_ascii_lowercase());
            if ascii_capital {
                ask(Cow::Borrowed(low), &mut unseen);
            }
            if word.is_ascii() {
                if word.len() < low.len() && ascii_capital {
                    ask(Cow::Borrowed(&low[..word.len()]), &mut unseen);
                }
            } else if !word.chars().skip(1).any(char::is_uppercase) {
                ask(Cow::Owned(word.to_lowercase()), &mut unseen);
            }
        }
        for i in 0..toks.len() {
            // The shape first: for most tokens, no word of that shape is awaited.
            let low = toks.low(i);
            let s = slot(low.as_bytes());
            if unseen[s] == 0 || !toks.is_word(i) || !starts_lowercase(toks.str(i)) {
                continue;
            }
            if let Some(seen) = asked.get_mut(low) {
                if !*seen {
                    *seen = true;
                    unseen[s] -= 1;
                }
            }
        }
        Vocabulary {
            toks,
            asked,
            full: OnceCell::new(),
        }
    }

    /// True when the article writes `word` (already lowercase) as a word of its own that starts
    /// with a lowercase letter.
    pub(crate) fn contains(&self, word: &str) -> bool {
        // Every word written in lowercase starts with a lowercase letter, however it is
        // lowercased.
        if !starts_lowercase(word) {
            return false;
        }
        match self.asked.get(word) {
            Some(&seen) => seen,
            None => self.full().contains(word),
        }
    }

    /// True when the lowercase form of token `i` is written in lowercase in the article.
    pub(crate) fn has_token(&self, i: usize) -> bool {
        // A word written in lowercase is its own witness.
        (self.toks.is_word(i) && starts_lowercase(self.toks.str(i)))
            || self.contains(self.toks.low(i))
    }

    fn full(&self) -> &FastSet<&'a str> {
        self.full.get_or_init(|| {
            let t = self.toks;
            (0..t.len())
                .filter(|&i| t.is_word(i) && starts_lowercase(t.str(i)))
                .map(|i| t.low(i))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Words;

    fn caps(toks: &Tokens) -> Vec<usize> {
        (0..toks.len()).filter(|&i| toks.is_cap(i)).collect()
    }

    const TEXT: &str = "Apple sold apples. The Trump’s card was a trump. Élan had élan. \
        Orange rose. Birds fell.";

    macro_rules! t {
        ($name:ident, $word:expr, $want:expr) => {
            #[test]
            fn $name() {
                let words = Words::new();
                let toks = words.tokenize(TEXT);
                assert_eq!(Vocabulary::new(&toks, &caps(&toks)).contains($word), $want);
            }
        };
    }

    t!(capitalized_and_lowercase, "apple", false);
    t!(plural_written_lowercase, "apples", true);
    t!(stem_before_a_possessive, "trump", true);
    t!(capitalized_only, "orange", false);
    t!(opening_word_never_lowercase, "the", false);
    t!(non_ascii_capital, "élan", true);
    t!(not_asked_about_but_written, "fell", true);
    t!(sentence_opening_only, "birds", false);
    t!(never_written, "pear", false);
    t!(uppercase_is_never_lowercase, "Apple", false);
    t!(empty, "", false);

    #[test]
    fn tokens_written_in_lowercase() {
        let words = Words::new();
        let toks = words.tokenize(TEXT);
        let v = Vocabulary::new(&toks, &caps(&toks));
        let seen: Vec<&str> = (0..toks.len())
            .filter(|&i| toks.is_cap(i) && v.has_token(i))
            .map(|i| toks.str(i))
            .collect();
        // "Trump’s" is not "trump" as a whole; "Élan" lowercases only by Unicode rules.
        assert_eq!(seen, Vec::<&str>::new());
        let lowercase = (0..toks.len()).filter(|&i| toks.str(i) == "sold");
        assert!(lowercase.into_iter().all(|i| v.has_token(i)));
    }
}
