//! Which capitalized words an article also writes in lowercase ("Apple" beside "apple"): the
//! text's own sign that a capitalized word is a common word, not a name.
//!
//! Only the lowercase forms of the article's capitalized words are ever asked about, so only
//! those are kept: each is asked once beforehand ([`Vocabulary::ask`]) and answered by its slot
//! ([`Vocabulary::seen`]). A token is looked up only while a word of its shape (length, first
//! and last two bytes) is still unseen: most tokens cost a few loads and a compare, not a hash.
//! A word asked about that was not foreseen falls back to the whole vocabulary, made on first
//! use.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::intern::Interner;
use crate::hash::FastSet;
use crate::tokens::{TokenKind, Tokens};

/// A slot that names no asked word: never seen.
pub(crate) const NO_SLOT: u32 = u32::MAX;

/// The shape of a word: its length and first and last two bytes, mixed. Setting bit 0x20 of
/// each byte but the first folds ASCII capitals onto small letters, so a lowercase key and the
/// original bytes of a token that starts with a small letter and whose ASCII-lowercased text
/// is that key have the same shape. The first byte is kept as it is: a capitalized word, whose
/// own lowercase form is most often asked about, has another shape and is turned away at once.
#[inline]
fn shape(w: &[u8]) -> u64 {
    // Read through two patterns, a length test each, rather than four indexed reads that are
    // each checked: asked of every token of the article.
    let (&[first, second, ..], &[.., before_last, last]) = (w, w) else {
        return match w {
            &[only] => mix(only, only, only, only, 1),
            _ => 0,
        };
    };
    mix(first, second, before_last, last, w.len())
}

/// The four bytes and the length of [`shape`], mixed.
#[inline]
fn mix(first: u8, second: u8, before_last: u8, last: u8, n: usize) -> u64 {
    let key = u64::from(u32::from_le_bytes([first, second, before_last, last]) | 0x2020_2000)
        | (n as u64) << 32;
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
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
    /// The lowercase forms asked about, each with its slot in `seen`.
    asked: Interner<'a, u32>,
    /// Per slot: whether the article writes the word in lowercase.
    seen: Vec<bool>,
    /// Per slot: the [`shape`] of the word.
    shapes: Vec<u64>,
    /// Every word of the article written in lowercase, made only when a word that `asked`
    /// does not hold is asked about.
    full: OnceCell<FastSet<&'a str>>,
}

impl<'a, 't> Vocabulary<'a, 't> {
    /// An empty vocabulary of the article's tokens, sized for `words` questions.
    pub(crate) fn new(toks: &'a Tokens<'t>, words: usize) -> Self {
        Vocabulary {
            toks,
            asked: Interner::with_capacity(words),
            seen: Vec::with_capacity(words),
            shapes: Vec::with_capacity(words),
            full: OnceCell::new(),
        }
    }

    /// The slot of a lowercase word that will be asked about; call [`Vocabulary::scan`] after
    /// the last.
    pub(crate) fn ask(&mut self, key: Cow<'a, str>) -> u32 {
        let next = u32::try_from(self.seen.len()).unwrap_or(NO_SLOT);
        if next == NO_SLOT {
            return NO_SLOT;
        }
        let key_shape = shape(key.as_bytes());
        let slot = self.asked.number_or(key, next);
        if slot == next {
            self.seen.push(false);
            self.shapes.push(key_shape);
        }
        slot
    }

    /// Reads the article's lowercase words for the words asked about.
    pub(crate) fn scan(&mut self) {
        let bits = (self.seen.len() * 8)
            .next_power_of_two()
            .clamp(1 << 10, 1 << 16)
            .trailing_zeros();
        let shift = 64 - bits;
        let filter = |h: u64| (h >> shift) as usize;
        // Per filter slot: how many words asked about with that shape are not yet seen.
        // A byte each, zeroed for every article: a count that reaches its top stays there and
        // is never counted down, so that slot is asked about to the end, as it must be.
        let mut unseen = vec![0u8; 1 << bits];
        for &h in &self.shapes {
            let u = &mut unseen[filter(h)];
            *u = u.saturating_add(1);
        }
        let t = self.toks;
        let text = t.text.as_bytes();
        // Every token, in order, rather than a list of the lowercase words made for it: the
        // shape turns away most tokens of any kind, and only the few that pass are asked
        // whether they are words written in lowercase.
        for (i, tok) in t.toks.iter().enumerate() {
            let w = text.get(tok.span.start..tok.span.end).unwrap_or_default();
            let s = filter(shape(w));
            // One branch for both tests: punctuation often shares a shape with a word awaited.
            let awaited = unseen.get(s).is_some_and(|&u| u != 0);
            if !(awaited & (tok.kind == TokenKind::Word)) || !starts_lowercase(t.str(i)) {
                continue;
            }
            if let Some(slot) = self.asked.get(t.low(i)) {
                if let Some(seen) = self.seen.get_mut(slot as usize) {
                    if !*seen {
                        *seen = true;
                        if unseen[s] != u8::MAX {
                            unseen[s] -= 1;
                        }
                    }
                }
            }
        }
    }

    /// True when the word of `slot` (from [`Vocabulary::ask`]) is written in lowercase in the
    /// article: a word that starts with a lowercase letter, whose lowercase form is the word.
    pub(crate) fn seen(&self, slot: u32) -> bool {
        self.seen.get(slot as usize).copied().unwrap_or(false)
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
            Some(slot) => self.seen(slot),
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

    /// A vocabulary asked about the lowercase forms of every capitalized token, and of "élan".
    fn vocabulary<'a, 't>(toks: &'a Tokens<'t>) -> Vocabulary<'a, 't> {
        let mut v = Vocabulary::new(toks, 4);
        for i in (0..toks.len()).filter(|&i| toks.is_cap(i)) {
            v.ask(Cow::Borrowed(toks.low(i)));
        }
        v.ask(Cow::Owned("élan".to_string()));
        v.scan();
        v
    }

    const TEXT: &str = "Apple sold apples. The Trump’s card was a trump. Élan had élan. \
        Orange rose. Birds fell.";

    macro_rules! t {
        ($name:ident, $word:expr, $want:expr) => {
            #[test]
            fn $name() {
                let words = Words::new();
                let toks = words.tokenize(TEXT);
                assert_eq!(vocabulary(&toks).contains($word), $want);
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
        let v = vocabulary(&toks);
        let seen: Vec<&str> = (0..toks.len())
            .filter(|&i| toks.is_cap(i) && v.has_token(i))
            .map(|i| toks.str(i))
            .collect();
        // "Trump’s" is not "trump" as a whole; "Élan" lowercases only by Unicode rules.
        assert_eq!(seen, Vec::<&str>::new());
        let lowercase = (0..toks.len()).filter(|&i| toks.str(i) == "sold");
        assert!(lowercase.into_iter().all(|i| v.has_token(i)));
    }

    #[test]
    fn shapes_fold_capitals_past_the_first_byte() {
        // (token as written, lowercase key, same shape): worked out by hand.
        let cases = [
            ("apple", "apple", true),
            ("iPhone", "iphone", true),
            ("eBAY", "ebay", true),
            ("a", "a", true),
            ("Apple", "apple", false),
            ("A", "a", false),
            ("apples", "apple", false),
            ("", "", true),
        ];
        for (token, key, same) in cases {
            assert_eq!(
                shape(token.as_bytes()) == shape(key.as_bytes()),
                same,
                "{token}"
            );
        }
    }

    #[test]
    fn more_words_of_one_shape_than_a_count_holds() {
        // 300 words of one shape (length, first and last two bytes), 257 of them written: more
        // than a count of one byte can count down.
        let asked: Vec<String> = (0..300)
            .map(|k| {
                let letter = |d: usize| char::from(b'a' + (d % 26) as u8);
                format!("ab{}{}{}yz", letter(k / 676), letter(k / 26), letter(k))
            })
            .collect();
        let written: Vec<usize> = (0..256).chain([299]).collect();
        let text: String = written.iter().map(|&k| format!("{} ", asked[k])).collect();
        let words = Words::new();
        let toks = words.tokenize(&text);
        let mut v = Vocabulary::new(&toks, asked.len());
        let slots: Vec<u32> = asked.iter().map(|w| v.ask(Cow::Borrowed(w))).collect();
        v.scan();
        for (k, slot) in slots.into_iter().enumerate() {
            assert_eq!(v.seen(slot), written.contains(&k), "{}", asked[k]);
        }
    }

    #[test]
    fn slots_answer_as_the_words_do() {
        let words = Words::new();
        let toks = words.tokenize(TEXT);
        let mut v = Vocabulary::new(&toks, 4);
        // (word, written in lowercase): asked twice, the second ask gives the same slot.
        let cases = [
            ("apple", false),
            ("apples", true),
            ("élan", true),
            ("orange", false),
        ];
        let slots: Vec<u32> = cases.iter().map(|(w, _)| v.ask(Cow::Borrowed(w))).collect();
        assert_eq!(v.ask(Cow::Borrowed("apples")), slots[1]);
        v.scan();
        for ((w, want), slot) in cases.iter().zip(slots) {
            assert_eq!(v.seen(slot), *want, "{w}");
        }
        assert!(!v.seen(NO_SLOT));
    }
}
