//! A fast hasher for the word lists and the per-article lookups.
//!
//! The standard library's default hasher (SipHash) resists hash flooding, which costs a dozen
//! rounds per key; here the keys are short words and token indices, looked up several times per
//! token, and SipHash was the largest single cost of the pipeline. An attacker who writes an
//! article full of colliding words only slows the lookups of that article (hashbrown probes
//! stay bounded by the table's load), so the multiply-rotate hash of rustc (FxHash) is enough.
//!
//! Iteration order of these maps is fixed but arbitrary: nothing may let it reach the output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The multiply-rotate hash of rustc: one rotate, xor and multiply per eight bytes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

/// An odd constant with well-spread bits (from rustc-hash).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Fixed-size reads only: a `copy_from_slice` of the tail's variable length would be a
        // call to memcpy for every word hashed.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(<[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes));
        }
        let mut rest = chunks.remainder();
        if let Some((four, tail)) = rest.split_first_chunk::<4>() {
            self.add(u64::from(u32::from_le_bytes(*four)));
            rest = tail;
        }
        if let Some((two, tail)) = rest.split_first_chunk::<2>() {
            self.add(u64::from(u16::from_le_bytes(*two)));
            rest = tail;
        }
        if let Some(&one) = rest.first() {
            self.add(u64::from(one));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_they_hold() {
        let words = [
            "",
            "a",
            "said",
            "spokeswoman",
            "eightchr",
            "ninechars",
            "Trump’s",
        ];
        let set: FastSet<&str> = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["b", "say", "spokesman", "eightchrs", "ninechar", "Trump's"] {
            assert!(!set.contains(w), "{w}");
        }
        let map: FastMap<usize, usize> = (0..1000).map(|i| (i, i * 2)).collect();
        assert!((0..1000).all(|i| map.get(&i) == Some(&(i * 2))));
        assert_eq!(map.get(&1000), None);
    }
}
