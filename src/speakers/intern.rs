//! Numbers for the distinct words of one article: its capitalized words, their lowercase forms,
//! the keys of its names.
//!
//! Each such map is asked once per capitalized token or name, and a hash map keyed by a string
//! hashes the word byte by byte and compares it with `memcmp`. A word of up to 16 bytes (nearly
//! all) is keyed here by two overlapping reads of its bytes and its length, hashed and compared
//! in a few instructions; longer words are keyed by their text.

use std::borrow::Cow;

use crate::hash::FastMap;

/// The key of a word of at most 16 bytes: its first and last eight bytes (four, for a shorter
/// word; one to three single bytes below four), which overlap to cover the whole word, and its
/// length. Two words have the same key only when they are the same word.
type ShortKey = (u64, u64, u8);

/// The key of `word`, or `None` for a word longer than 16 bytes.
fn short_key(word: &[u8]) -> Option<ShortKey> {
    let n = word.len();
    let (first, last) = match (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        (Some(a), Some(b)) if n <= 16 => (u64::from_le_bytes(*a), u64::from_le_bytes(*b)),
        (Some(_), _) => return None,
        _ => match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            (Some(a), Some(b)) => (
                u64::from(u32::from_le_bytes(*a)),
                u64::from(u32::from_le_bytes(*b)),
            ),
            _ => {
                let byte = |i: usize| u64::from(word.get(i).copied().unwrap_or(0));
                (
                    byte(0) | byte(n / 2) << 8 | byte(n.wrapping_sub(1)) << 16,
                    0,
                )
            }
        },
    };
    Some((first, last, n as u8))
}

/// A map from the words of one article to numbers.
#[derive(Debug)]
pub(crate) struct Interner<'a, V> {
    short: FastMap<ShortKey, V>,
    long: FastMap<Cow<'a, str>, V>,
}

impl<'a, V: Copy> Interner<'a, V> {
    /// An empty map with room for `n` words.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Interner {
            short: FastMap::with_capacity_and_hasher(n, Default::default()),
            long: FastMap::default(),
        }
    }

    /// The number of `word`: the one it was given before, or `next`, which it keeps.
    pub(crate) fn number_or(&mut self, word: Cow<'a, str>, next: V) -> V {
        match short_key(word.as_bytes()) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => *self.long.entry(word).or_insert(next),
        }
    }

    /// The number of `word`, if it was given one.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        match short_key(word.as_bytes()) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_share_bytes_keep_their_own_numbers() {
        let mut map = Interner::with_capacity(4);
        // Words that a key of zero-padded bytes could confuse, and words past the short key.
        let words = [
            "ab",
            "ab\0",
            "a\0b",
            "",
            "\0",
            "exactly-16-bytes",
            "exactly-16-bytes!",
            "exactly-16-bytes?",
        ];
        for (k, w) in words.iter().enumerate() {
            assert_eq!(map.number_or(Cow::Borrowed(w), k as u32), k as u32, "{w:?}");
        }
        for (k, w) in words.iter().enumerate() {
            assert_eq!(map.number_or(Cow::Borrowed(w), 99), k as u32, "{w:?}");
            assert_eq!(map.get(w), Some(k as u32), "{w:?}");
        }
        assert_eq!(map.get("a"), None);
        assert_eq!(map.get("exactly-16-bytes!!"), None);
        assert_eq!(map.get("b\0"), None);
    }
}
