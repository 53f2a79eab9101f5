//! Word-by-word phrase matching over a line, for the page-furniture and caption lists.

use std::collections::HashMap;

use crate::tokens::{ascii_alnum_run, is_alphanumeric};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the word lists are looked up with short keys on every line, where SipHash's
/// protection against crafted keys buys nothing and costs most of the lookup.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash maps and sets keyed by short words.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The words of `line`, appended to `out`, at most `max` of them: runs of letters and digits
/// (with apostrophes and hyphens between them, as in "don't" and "e-mail"), and every other
/// visible character as a word of its own. Whitespace, BOMs and zero-width spaces separate.
pub(super) fn tokens<'t>(line: &'t str, out: &mut Vec<&'t str>, max: usize) {
    let b = line.as_bytes();
    let mut k = 0;
    while k < b.len() && out.len() < max {
        let start = k;
        let x = b[k];
        // Where the word's letters and digits run on; marks and spaces are taken here.
        let run_from = if x.is_ascii_alphanumeric() {
            k + 1
        } else if x.is_ascii() {
            k += 1;
            if !(x.is_ascii_whitespace() || x == 0x0b) {
                out.push(&line[start..k]);
            }
            continue;
        } else {
            let Some(c) = line[k..].chars().next() else {
                return;
            };
            k += c.len_utf8();
            if !is_alphanumeric(c) {
                if !(c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}')) {
                    out.push(&line[start..k]);
                }
                continue;
            }
            k
        };
        k = word_end(line, run_from);
        out.push(&line[start..k]);
    }
}

/// The end of the word of `line` whose letters and digits run on at `k`.
#[inline]
fn word_end(line: &str, mut k: usize) -> usize {
    let b = line.as_bytes();
    let alnum = |k: usize| match b.get(k) {
        Some(x) if x.is_ascii() => x.is_ascii_alphanumeric(),
        Some(_) => line[k..].chars().next().is_some_and(is_alphanumeric),
        None => false,
    };
    loop {
        k += ascii_alnum_run(b.get(k..).unwrap_or_default()).0;
        let joiner = match b.get(k) {
            Some(b'\'' | b'-') => 1,
            Some(0xE2) if line[k..].starts_with('’') => 3,
            Some(x) if !x.is_ascii() => {
                if let Some(c) = line[k..].chars().next().filter(|&c| is_alphanumeric(c)) {
                    k += c.len_utf8();
                    continue;
                }
                0
            }
            _ => 0,
        };
        // An apostrophe or hyphen between letters stays inside the word.
        if joiner > 0 && alnum(k + joiner) {
            k += joiner;
            continue;
        }
        return k;
    }
}

/// True when two words are the same, ignoring ASCII case and the kind of apostrophe.
pub(super) fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let mut x = a.chars().map(fold);
    let mut y = b.chars().map(fold);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
}

fn fold(c: char) -> char {
    if c == '’' {
        '\''
    } else {
        c.to_ascii_lowercase()
    }
}

/// The lookup key of `word` (folded as by [`same_word`]), written into `buf`; `None` for words
/// too long to be in a list.
fn key<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return Some(out);
    }
    let mut n = 0;
    for c in word.chars().map(fold) {
        let len = c.len_utf8();
        if n + len > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..]);
        n += len;
    }
    Some(&buf[..n])
}

/// A phrase of a list and its kind.
#[derive(Clone, Debug)]
struct Entry<K> {
    words: Vec<&'static str>,
    kind: K,
}

/// Phrases of several kinds, looked up by their first word.
#[derive(Clone, Debug)]
pub(super) struct Phrases<K> {
    /// The phrases by the hash of their first word's [key]. The hash the Bloom filter needs
    /// anyway serves as the map's key, so a word is read once; phrases whose first words share
    /// a hash share a bucket, and the word-by-word comparison tells them apart.
    by_first: FastMap<u32, Vec<Entry<K>>>,
    /// A Bloom filter of the first words' keys: most words of a line start no phrase, and one
    /// bit test turns them away before the map is asked.
    bloom: [u64; 64],
    /// A cheaper filter before it, on what a word shows without being read through: its
    /// first and last bytes (folded) and its length. A word with a non-ASCII byte at either
    /// end is not filtered.
    quick: [u64; 64],
    /// The first bytes of the first words' keys that are ASCII, as bits.
    initials: u128,
}

impl<K> Default for Phrases<K> {
    fn default() -> Phrases<K> {
        Phrases {
            by_first: FastMap::default(),
            bloom: [0; 64],
            quick: [0; 64],
            initials: 0,
        }
    }
}

/// Mixes `bytes` into the hash `h` (rotate and xor).
fn hash_step(h: u32, bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(h, |h, &b| h.rotate_left(5) ^ u32::from(b))
}

/// The hash of the [key] of `word`, computed without writing the key out; `None` when the key
/// would be too long to be in a list. ASCII words (nearly all) are read in one pass.
fn folded_hash(word: &str) -> Option<u32> {
    let mut h: u32 = 0;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return folded_hash_unicode(word);
        }
        h = h.rotate_left(5) ^ u32::from(b.to_ascii_lowercase());
    }
    (word.len() <= 32).then_some(h)
}

/// [`folded_hash`] of a word with non-ASCII chars, which fold to keys of other lengths.
fn folded_hash_unicode(word: &str) -> Option<u32> {
    let (mut h, mut n) = (0, 0);
    for c in word.chars().map(fold) {
        let mut utf8 = [0; 4];
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        n += bytes.len();
        if n > 32 {
            return None;
        }
        h = hash_step(h, bytes);
    }
    Some(h)
}

/// The word and bit of the quick filter for a word's first and last bytes (ASCII, folded)
/// and its length in bytes.
fn quick_bit(first: u8, last: u8, len: usize) -> (usize, u64) {
    let len = u32::try_from(len.min(255)).unwrap_or(255);
    bloom_bit(u32::from(first) | u32::from(last) << 8 | len << 16)
}

/// The word and bit of the Bloom filter for a key's hash.
fn bloom_bit(hash: u32) -> (usize, u64) {
    let h = hash.wrapping_mul(0x9e37_79b1);
    ((h >> 26) as usize, 1 << ((h >> 20) & 63))
}

impl<K: Copy + Eq> Phrases<K> {
    /// Adds `phrase` (words separated by spaces) with its kind.
    pub(super) fn add(&mut self, phrase: &'static str, kind: K) {
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        let mut buf = [0; 32];
        if let Some(first) = words.first().and_then(|w| key(w, &mut buf)) {
            let (word, bit) = bloom_bit(hash_step(0, first));
            self.bloom[word] |= bit;
            // A word written with ’ for each ' of the key is 2 bytes longer per apostrophe.
            let apostrophes = first.iter().filter(|&&c| c == b'\'').count();
            if let (Some(&a), Some(&z)) = (first.first(), first.last()) {
                if a.is_ascii() {
                    self.initials |= 1 << a;
                }
                for extra in 0..=apostrophes {
                    let (word, bit) = quick_bit(a, z, first.len() + 2 * extra);
                    self.quick[word] |= bit;
                }
            }
            self.by_first
                .entry(hash_step(0, first))
                .or_default()
                .push(Entry { words, kind });
        }
    }

    /// The phrases that start at `words[0]`: each one's kind and length in words.
    pub(super) fn at<'a>(&'a self, words: &'a [&str]) -> impl Iterator<Item = (K, usize)> + 'a {
        let found = words
            .first()
            .and_then(|w| self.starting_with(w))
            .unwrap_or_default();
        found
            .iter()
            .filter(move |e| {
                e.words.len() <= words.len()
                    && e.words.iter().zip(words).all(|(a, b)| same_word(a, b))
            })
            .map(|e| (e.kind, e.words.len()))
    }

    /// False when no phrase can start with `word`, by the quick filter alone.
    #[inline]
    pub(super) fn may_start(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            (Some(&a), Some(&z)) if a.is_ascii() && z.is_ascii() => {
                let (at, bit) = quick_bit(a.to_ascii_lowercase(), z.to_ascii_lowercase(), b.len());
                self.quick[at] & bit != 0
            }
            _ => true,
        }
    }

    /// False when no phrase can start with the first word of `text`, by its first byte alone
    /// (text that opens with whitespace or a non-ASCII byte is let through).
    pub(super) fn may_open(&self, text: &str) -> bool {
        match text.as_bytes().first() {
            Some(&a) if a.is_ascii() && !a.is_ascii_whitespace() && a != 0x0b => {
                self.initials & 1 << a.to_ascii_lowercase() != 0
            }
            Some(_) => true,
            None => false,
        }
    }

    /// The phrases whose first word may be `word` (same hash of the key).
    fn starting_with(&self, word: &str) -> Option<&[Entry<K>]> {
        if !self.may_start(word) {
            return None;
        }
        let h = folded_hash(word)?;
        let (at, bit) = bloom_bit(h);
        if self.bloom[at] & bit == 0 {
            return None;
        }
        self.by_first.get(&h).map(Vec::as_slice)
    }

    /// The length of the longest phrase of `kind` that starts at `words[0]`.
    pub(super) fn starts(&self, words: &[&str], kind: K) -> Option<usize> {
        self.at(words)
            .filter(|&(k, _)| k == kind)
            .map(|(_, n)| n)
            .max()
    }

    /// Calls `f(position, kind, length)` for every phrase in `words`. One lookup per word.
    pub(super) fn each(&self, words: &[&str], mut f: impl FnMut(usize, K, usize)) {
        for k in 0..words.len() {
            if !self.may_start(words[k]) {
                continue;
            }
            for (kind, len) in self.at(&words[k..]) {
                f(k, kind, len);
            }
        }
    }

    /// True when `word` is a one-word phrase of `kind`.
    pub(super) fn is(&self, word: &str, kind: K) -> bool {
        self.may_start(word) && self.at(&[word]).any(|(k, n)| k == kind && n == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lines_into_words() {
        let cases: &[(&str, &[&str])] = &[
            ("See also: the plan", &["See", "also", ":", "the", "plan"]),
            ("Don’t miss e-mail", &["Don’t", "miss", "e-mail"]),
            ("REUTERS/Jane Doe", &["REUTERS", "/", "Jane", "Doe"]),
            ("© 2024  Site", &["©", "2024", "Site"]),
            ("\u{FEFF}See\u{200B}also", &["See", "also"]),
            // Every ASCII char that char::is_whitespace accepts separates; others are words.
            (
                "a\tb\u{b}c\u{c}d\re\u{1c}f",
                &["a", "b", "c", "d", "e", "\u{1c}", "f"],
            ),
            ("x\u{a0}y\u{2003}z", &["x", "y", "z"]),
            (
                "rock -- 'n' roll",
                &["rock", "-", "-", "'", "n", "'", "roll"],
            ),
            ("", &[]),
        ];
        for &(line, want) in cases {
            let mut got = Vec::new();
            tokens(line, &mut got, usize::MAX);
            assert_eq!(got, want, "{line:?}");
        }
        let mut got = Vec::new();
        tokens("one two three four", &mut got, 2);
        assert_eq!(got, ["one", "two"]);
    }

    #[test]
    fn matches_phrases_by_their_words() {
        let mut p = Phrases::default();
        p.add("see also", 1);
        p.add("see", 2);
        p.add("don't miss", 1);
        p.add("reuters /", 3);
        p.add("share", 2);
        // (words, kind, longest phrase of that kind at the start)
        let cases: &[(&[&str], u8, Option<usize>)] = &[
            (&["See", "also", "the", "plan"], 1, Some(2)),
            (&["See", "also"], 2, Some(1)),
            (&["SEE", "ALSO"], 1, Some(2)),
            (&["See", "more"], 1, None),
            (&["Don’t", "miss"], 1, Some(2)),
            (&["REUTERS", "/", "Jane"], 3, Some(2)),
            (&["Share"], 2, Some(1)),
            (&[], 1, None),
        ];
        for &(words, kind, want) in cases {
            assert_eq!(p.starts(words, kind), want, "{words:?}");
        }
        assert!(p.is("SHARE", 2));
        let mut found = Vec::new();
        p.each(&["See", "also", "REUTERS", "/"], |at, kind, len| {
            found.push((at, kind, len))
        });
        found.sort();
        assert_eq!(found, [(0, 1, 2), (0, 2, 1), (2, 3, 2)]);
        assert!(!p.is("see", 1));
    }

    #[test]
    fn quick_filters_let_every_phrase_through() {
        let mut p = Phrases::default();
        p.add("don't miss", 1);
        p.add("photo credit", 2);
        p.add("( reuters )", 3);
        // (word, may start a phrase): a word that starts one must pass, in any case and
        // with either apostrophe; others may pass, but these differ in their ends or length.
        let cases: &[(&str, bool)] = &[
            ("don't", true),
            ("DON’T", true),
            ("Photo", true),
            ("(", true),
            ("dent", false),
            ("photos", false),
            ("plot", false),
            ("Ünï", true),
        ];
        for &(word, want) in cases {
            assert_eq!(p.may_start(word), want, "{word:?}");
        }
        // (text, may open with a phrase's first word, by its first byte)
        let cases: &[(&str, bool)] = &[
            ("Don't miss it", true),
            ("photo credit: AP", true),
            ("(Reuters)", true),
            ("The photo", false),
            ("\u{200B}Photo", true),
            ("", false),
        ];
        for &(text, want) in cases {
            assert_eq!(p.may_open(text), want, "{text:?}");
        }
    }

    #[test]
    fn folded_hash_is_the_hash_of_the_key() {
        let long = "x".repeat(33);
        let words = [
            "See",
            "SEE",
            "see",
            "Don’t",
            "don't",
            "Ünïcödé",
            "ÉCRIT",
            "©",
            "’",
            "",
            "abcdefghijklmnopqrstuvwxyzabcdef",
            &long,
            "ééééééééééééééééé",
        ];
        for w in words {
            let mut buf = [0; 32];
            let from_key = key(w, &mut buf).map(|k| hash_step(0, k));
            assert_eq!(folded_hash(w), from_key, "{w:?}");
        }
        assert_eq!(folded_hash("Don’t"), folded_hash("DON'T"));
    }
}
