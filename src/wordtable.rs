//! A table of short words, looked up by their bytes without a data-dependent branch.
//!
//! Every word of an article is asked whether it is in a list ("the", "said", "Mr."), and half
//! of them are: the answer flips from one token to the next, so a hash map's hit-or-miss branch,
//! its hasher's loop over the word's length and its `memcmp` are each mispredicted a few times
//! per word. Here a word of at most [`MAX_LEN`] bytes is one 128-bit key; it has two possible
//! slots (cuckoo hashing), and both are compared and the answer selected without a branch.
//! Longer words are in no list and are answered at once.
//!
//! The table is read at random for every word of every article, so its size is its speed: a
//! slot is the key and the value only (no length: zero bytes above the word's length say it,
//! since no listed word holds a NUL), and it is kept up to half full, so that the slots of a
//! list of a few thousand words stay in the caches near the core.

/// The longest word a table holds, in bytes.
pub(crate) const MAX_LEN: usize = 16;

/// Per length: the mask that keeps that many low bytes of a 16-byte window. A table, since a
/// shift of a `u128` by a variable amount is a dozen instructions and a branch.
const KEEP: [u128; MAX_LEN + 1] = {
    let mut keep = [0; MAX_LEN + 1];
    let mut n = 1;
    while n <= MAX_LEN {
        keep[n] = u128::MAX >> (128 - 8 * n);
        n += 1;
    }
    keep
};

/// A word as a key: its bytes, little-endian, zero above its length. A word that ends in a
/// NUL has no key, so that "ab\0" is not taken for "ab"; one with a NUL inside ("a\0b")
/// keeps a nonzero byte above the NUL, which no listed word has, so it matches none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Key {
    bytes: u128,
}

impl Key {
    /// The key of `word`, or `None` when it is empty, too long for a table, or ends in a NUL.
    fn of(word: &[u8]) -> Option<Key> {
        let n = word.len();
        if n > MAX_LEN || word.last().is_none_or(|&b| b == 0) {
            return None;
        }
        // Two overlapping reads of a fixed size, the bytes they share being the same, rather
        // than a copy of `n` bytes into a buffer: that copy is a call to `memcpy`, and the
        // key's wide read of the bytes it wrote stalls until they are stored.
        let bytes = if n >= 8 {
            let lo = word.first_chunk().map_or(0, |b| u64::from_le_bytes(*b));
            let last = word.last_chunk().map_or(0, |b| u64::from_le_bytes(*b));
            // The bytes after the first eight, moved down to the low end of the high half.
            let hi = last.checked_shr(8 * (16 - n as u32)).unwrap_or(0);
            u128::from(lo) | u128::from(hi) << 64
        } else if n >= 4 {
            let lo = word.first_chunk().map_or(0, |b| u32::from_le_bytes(*b));
            let last = word.last_chunk().map_or(0, |b| u32::from_le_bytes(*b));
            u128::from(lo) | u128::from(last) << (8 * (n - 4))
        } else {
            u128::from(word[0])
                | u128::from(word[n / 2]) << (8 * (n / 2))
                | u128::from(word[n - 1]) << (8 * (n - 1))
        };
        Some(Key { bytes })
    }

    /// The key of `text[start..end]`, reading a whole 16-byte window when the text has one, so
    /// that no copy of a variable length is made.
    #[inline]
    fn at(text: &[u8], start: usize, end: usize) -> Option<Key> {
        let len = end.checked_sub(start)?;
        if len == 0 || len > MAX_LEN {
            return Key::of(text.get(start..end)?);
        }
        match text.get(start..start + MAX_LEN) {
            // The word's last byte is never a NUL in text a tokenizer cut into words.
            Some(window) if text.get(end - 1) != Some(&0) => {
                let w = <[u8; MAX_LEN]>::try_from(window).map_or(0, u128::from_le_bytes);
                Some(Key {
                    bytes: w & KEEP[len],
                })
            }
            _ => Key::of(text.get(start..end)?),
        }
    }

    fn hash(self) -> u64 {
        let lo = self.bytes as u64;
        let hi = (self.bytes >> 64) as u64;
        (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// A slot: a key and its value. An empty slot holds the zero key, which no word has.
#[derive(Clone, Copy, Debug)]
struct Slot<V> {
    key: Key,
    value: V,
}

/// A set of words, each at most [`MAX_LEN`] bytes, with a value each; words are added before
/// the table is read.
#[derive(Clone, Debug)]
pub(crate) struct WordTable<V> {
    /// The hashed slots, then one more, never hashed to, that answers a miss.
    slots: Vec<Slot<V>>,
    /// `64 - log2(slots.len() - 1)`: a hash's top bits pick a slot.
    shift: u32,
    /// The number of words held.
    len: usize,
}

/// The key of an empty slot.
const EMPTY: Key = Key { bytes: 0 };

impl<V: Copy + Default> WordTable<V> {
    /// A table of `entries`; a word given twice keeps the value `merge` makes of both. Words
    /// longer than [`MAX_LEN`] bytes are left out: no lookup could find them.
    pub(crate) fn new<'w>(
        entries: impl IntoIterator<Item = (&'w str, V)>,
        mut merge: impl FnMut(V, V) -> V,
    ) -> WordTable<V> {
        let mut table = WordTable::with_bits(4);
        for (word, value) in entries {
            table.add(word, value, &mut merge);
        }
        table
    }

    fn with_bits(bits: u32) -> WordTable<V> {
        let empty = Slot {
            key: EMPTY,
            value: V::default(),
        };
        WordTable {
            slots: vec![empty; (1 << bits) + 1],
            shift: 64 - bits,
            len: 0,
        }
    }

    /// Adds `word` with `value`, or sets its value to `merge(old, value)` when it is there.
    /// Returns false, adding nothing, for a word longer than [`MAX_LEN`] bytes.
    pub(crate) fn add(&mut self, word: &str, value: V, merge: impl FnOnce(V, V) -> V) -> bool {
        let Some(key) = Key::of(word.as_bytes()) else {
            return false;
        };
        match self.find(key) {
            Some(at) => self.slots[at].value = merge(self.slots[at].value, value),
            None => self.insert(Slot { key, value }),
        }
        true
    }

    /// Calls `f` on the value of `word`, made (as the default) when the table lacks it: how
    /// a later list adds what it says of its words. Returns false, calling nothing, for a
    /// word longer than [`MAX_LEN`] bytes.
    pub(crate) fn update(&mut self, word: &str, f: impl FnOnce(&mut V)) -> bool {
        let Some(key) = Key::of(word.as_bytes()) else {
            return false;
        };
        if self.find(key).is_none() {
            self.insert(Slot {
                key,
                value: V::default(),
            });
        }
        if let Some(at) = self.find(key) {
            f(&mut self.slots[at].value);
        }
        true
    }

    /// The slot that holds `key`.
    fn find(&self, key: Key) -> Option<usize> {
        let (a, b) = self.slots_of(key);
        [a, b].into_iter().find(|&at| self.slots[at].key == key)
    }

    /// Puts a key that is not in the table into one of its two slots, moving the key there to
    /// its other slot, and so on; the table doubles when it is half full (where two slots per
    /// key stop sufficing) or when the moves go round in a circle.
    fn insert(&mut self, slot: Slot<V>) {
        let hashed = self.slots.len() - 1;
        if (self.len + 1) * 2 > hashed {
            self.grow();
        }
        let mut slot = slot;
        let mut at = self.slots_of(slot.key).0;
        for _ in 0..=self.len {
            std::mem::swap(&mut self.slots[at], &mut slot);
            if slot.key == EMPTY {
                self.len += 1;
                return;
            }
            let (a, b) = self.slots_of(slot.key);
            at = if a == at { b } else { a };
        }
        self.grow();
        self.insert(slot);
    }

    /// Moves every key into a table twice the size.
    fn grow(&mut self) {
        let bits = 64 - self.shift + 1;
        let old = std::mem::replace(self, WordTable::with_bits(bits));
        for slot in old.slots {
            if slot.key != EMPTY {
                self.insert(slot);
            }
        }
    }

    /// The two slots a key may sit in.
    fn slots_of(&self, key: Key) -> (usize, usize) {
        let h = key.hash();
        let a = (h >> self.shift) as usize;
        let b = (h.rotate_left(32).wrapping_mul(0xD6E8_FEB8_6659_FD93) >> self.shift) as usize;
        (a, b)
    }

    #[inline]
    fn lookup(&self, key: Key) -> V {
        let (a, b) = self.slots_of(key);
        // The index of the slot that holds the key, or of the miss slot, picked by masks: a
        // branch here would be mispredicted for every other word.
        let in_a = usize::from(self.slots[a].key.bytes == key.bytes).wrapping_neg();
        let in_b = usize::from(self.slots[b].key.bytes == key.bytes).wrapping_neg() & !in_a;
        let miss = self.slots.len() - 1;
        let at = (a & in_a) | (b & in_b) | (miss & !(in_a | in_b));
        self.slots[at].value
    }

    /// The value of `word`, or the default when the table does not hold it.
    pub(crate) fn get(&self, word: &str) -> V {
        Key::of(word.as_bytes()).map_or_else(V::default, |k| self.lookup(k))
    }

    /// The value of the word `text[start..end]`: [`WordTable::get`] of it, faster for a word
    /// inside a longer text.
    #[inline]
    pub(crate) fn get_at(&self, text: &str, start: usize, end: usize) -> V {
        Key::at(text.as_bytes(), start, end).map_or_else(V::default, |k| self.lookup(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> WordTable<u16> {
        let words = [
            "a",
            "said",
            "spokeswoman",
            "eightchr",
            "ninechars",
            "sixteen-letters!",
        ];
        WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (*w, 1 << i))
                .chain([("said", 1 << 8)]),
            |a, b| a | b,
        )
    }

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let t = table();
        assert_eq!(t.get("a"), 1);
        assert_eq!(t.get("said"), 2 | 1 << 8);
        assert_eq!(t.get("spokeswoman"), 4);
        assert_eq!(t.get("sixteen-letters!"), 32);
        for w in [
            "",
            "b",
            "say",
            "sai",
            "saidx",
            "spokesman",
            "eightchrs",
            "ninechar",
            "\0",
            "a\0",
            "a\0\0",
            "\0a",
            "sa\0id",
            "sixteen-letters!!",
            "sixteen-letters",
        ] {
            assert_eq!(t.get(w), 0, "{w:?}");
        }
    }

    #[test]
    fn keys_hold_the_word_and_zeros_above_it() {
        let text: Vec<u8> = (1..=20).collect();
        for n in 1..=MAX_LEN {
            let mut buf = [0u8; MAX_LEN];
            buf[..n].copy_from_slice(&text[..n]);
            let want = u128::from_le_bytes(buf);
            assert_eq!(Key::of(&text[..n]), Some(Key { bytes: want }), "{n}");
        }
        assert_eq!(Key::of(&text[..MAX_LEN + 1]), None);
        assert_eq!(Key::of(b""), None);
    }

    #[test]
    fn words_inside_a_text_match_words_alone() {
        let t = table();
        let text = "he said a ninechars eightchr sixteen-letters! x spokeswoman said";
        let mut at = 0;
        for w in text.split(' ') {
            assert_eq!(t.get_at(text, at, at + w.len()), t.get(w), "{w:?}");
            // Every prefix, including the ones near the end of the text.
            for end in at..=at + w.len() {
                assert_eq!(t.get_at(text, at, end), t.get(&text[at..end]));
            }
            at += w.len() + 1;
        }
        assert_eq!(t.get_at(text, 5, 3), 0);
        // A NUL at the end of a span, or inside it, is no listed word.
        let nul = "a\0 said\0 sa\0d spokeswoman";
        assert_eq!(t.get_at(nul, 0, 1), 1);
        assert_eq!(t.get_at(nul, 0, 2), 0);
        assert_eq!(t.get_at(nul, 3, 7), 2 | 1 << 8);
        assert_eq!(t.get_at(nul, 3, 8), 0);
        assert_eq!(t.get_at(nul, 10, 14), 0);
        assert_eq!(t.get_at(text, text.len(), text.len() + 4), 0);
    }

    #[test]
    fn words_added_later_are_found_with_the_first() {
        let mut t = table();
        assert!(t.add("said", 1 << 9, |a, b| a | b));
        assert!(t.add("added", 1 << 10, |a, b| a | b));
        assert!(!t.add("seventeen-letters", 1, |a, b| a | b));
        assert!(t.update("noted", |v| *v |= 1 << 11));
        assert!(t.update("a", |v| *v |= 1 << 11));
        assert_eq!(t.get("noted"), 1 << 11);
        assert_eq!(t.get("a"), 1 | 1 << 11);
        assert_eq!(t.get("said"), 2 | 1 << 8 | 1 << 9);
        assert_eq!(t.get("added"), 1 << 10);
        assert_eq!(t.get("seventeen-letters"), 0);
    }

    #[test]
    fn a_full_list_fits() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        let t = WordTable::new(words.iter().map(|w| (w.as_str(), 1u32)), |a, _| a);
        assert!(words.iter().all(|w| t.get(w) == 1));
        assert_eq!(t.get("w3000"), 0);
    }
}
