//! Byte spans into the input and their conversion to other offset units.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::swar::HIGH;

/// A half-open range `start..end` of byte offsets into the article text.
///
/// Invariant, for every span the library produces: `start <= end <= text.len()` and both ends
/// lie on `char` boundaries of the input, so `&text[span.range()]` never panics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// When the span is out of bounds or not on char boundaries of `text`, like slicing.
    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// The unit that `start`/`end` offsets are counted in when the graph is written out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes: what Rust slices by.
    #[default]
    Byte,
    /// Unicode scalar values: what Python slices by.
    Char,
    /// UTF-16 code units: what JavaScript slices by.
    Utf16,
}

impl OffsetUnit {
    /// The name used on the command line and in the JSON `offsets` field.
    pub const fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Byte => "byte",
            OffsetUnit::Char => "char",
            OffsetUnit::Utf16 => "utf16",
        }
    }

    /// The length in this unit of `bytes`, whole UTF-8 chars: a char starts at every byte that
    /// is not a continuation byte (10xxxxxx), and one of four bytes (lead byte 11110xxx) is
    /// two UTF-16 units. Counted eight bytes at a time, on bit masks.
    fn units(self, bytes: &[u8]) -> usize {
        // Bit 7 of each byte of the result is set when the byte is a continuation byte (bit 7
        // set, bit 6 clear), or a four-byte lead (bits 7 to 4 set).
        let continuation = |w: u64| w & !(w << 1) & HIGH;
        let four_byte_lead = |w: u64| w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        // The flags, moved to bit 0 of each byte, add up in eight byte-wide counters, which
        // are summed before any can pass 255.
        let sum_bytes = |acc: u64| {
            const PAIRS: u64 = 0x00ff_00ff_00ff_00ff;
            let pairs = (acc & PAIRS) + ((acc >> 8) & PAIRS);
            (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
        };
        let count = |mask: fn(u64) -> u64| -> usize {
            let mut words = bytes.chunks_exact(8);
            let (mut n, mut acc) = (0, 0u64);
            for (k, c) in (&mut words).enumerate() {
                let w = c.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
                acc += mask(w) >> 7;
                if k % 255 == 254 {
                    n += sum_bytes(acc);
                    acc = 0;
                }
            }
            let rest = words.remainder();
            let w = rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
            n + sum_bytes(acc + (mask(w) >> 7))
        };
        match self {
            OffsetUnit::Byte => bytes.len(),
            OffsetUnit::Char => bytes.len() - count(continuation),
            OffsetUnit::Utf16 => bytes.len() - count(continuation) + count(four_byte_lead),
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            OffsetUnit::Byte => c.len_utf8(),
            OffsetUnit::Char => 1,
            OffsetUnit::Utf16 => c.len_utf16(),
        }
    }
}

impl fmt::Display for OffsetUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OffsetUnit {
    type Err = Error;

    fn from_str(s: &str) -> Result<OffsetUnit, Error> {
        match s {
            "byte" => Ok(OffsetUnit::Byte),
            "char" => Ok(OffsetUnit::Char),
            "utf16" => Ok(OffsetUnit::Utf16),
            _ => Err(Error::BadOffsetUnit(s.to_string())),
        }
    }
}

/// Converts offsets of one unit into another for one text.
///
/// From bytes (every graph the library makes), it keeps the length in the target unit of the
/// text before every [`BLOCK`]-th byte, made in one pass over the text; an offset is then its
/// block's length plus what lies between the block's start and the offset, counted on at most
/// `BLOCK - 1` bytes. No sorting, no search, memory an eighth of the text. From chars or UTF-16
/// units, it is built from the set of offsets that will be asked for, in one monotone pass over
/// the text, and each is found by bisection.
#[derive(Debug)]
pub(crate) struct OffsetMap<'t> {
    conversion: Conversion<'t>,
    /// True when every offset asked for is a valid position of the text.
    complete: bool,
}

/// Bytes per block of [`OffsetMap`]'s table from bytes.
const BLOCK: usize = 64;

#[derive(Debug)]
enum Conversion<'t> {
    FromBytes {
        text: &'t str,
        to: OffsetUnit,
        /// The length in `to` of `text[..k * BLOCK]` (bytes, not chars, as a block may cut a
        /// char: what is counted is the chars that start before it).
        before: Vec<usize>,
        /// Whether block `k` is all ASCII. News is mostly ASCII, and inside such a block an
        /// offset is its block's length plus its distance from the block's start, with
        /// nothing to count.
        ascii: Vec<bool>,
    },
    Listed {
        from: Vec<usize>,
        to: Vec<usize>,
    },
}

impl<'t> OffsetMap<'t> {
    /// Prepares the conversion of `offsets` (in unit `from`) into unit `to`. Offsets that do not
    /// fall on a char boundary of `text`, or lie past its end, have no conversion:
    /// [`OffsetMap::get`] returns `None` for them.
    pub(crate) fn new(
        text: &'t str,
        from: OffsetUnit,
        to: OffsetUnit,
        mut offsets: Vec<usize>,
    ) -> OffsetMap<'t> {
        if from == OffsetUnit::Byte {
            let blocks = text.len() / BLOCK + 1;
            let (mut before, mut ascii) = (Vec::with_capacity(blocks), Vec::with_capacity(blocks));
            let mut sum = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                before.push(sum);
                let plain = block.is_ascii();
                ascii.push(plain);
                sum += if plain { block.len() } else { to.units(block) };
            }
            // The end of a text whose length is a multiple of the block.
            before.push(sum);
            ascii.push(true);
            return OffsetMap {
                complete: offsets.iter().all(|&o| text.is_char_boundary(o)),
                conversion: Conversion::FromBytes {
                    text,
                    to,
                    before,
                    ascii,
                },
            };
        }
        offsets.sort_unstable();
        offsets.dedup();
        let asked = offsets.len();
        let (mut from_list, mut to_list) = (Vec::with_capacity(asked), Vec::with_capacity(asked));
        let mut wanted = offsets.into_iter().peekable();
        let (mut pos_from, mut pos_to) = (0usize, 0usize);
        let mut chars = text.chars();
        while let Some(&want) = wanted.peek() {
            if want == pos_from {
                from_list.push(pos_from);
                to_list.push(pos_to);
                wanted.next();
                continue;
            }
            if want < pos_from {
                wanted.next();
                continue;
            }
            match chars.next() {
                Some(c) => {
                    pos_from += from.width(c);
                    pos_to += to.width(c);
                }
                None => break,
            }
        }
        OffsetMap {
            complete: from_list.len() == asked,
            conversion: Conversion::Listed {
                from: from_list,
                to: to_list,
            },
        }
    }

    /// True when every offset it was made for is a valid position of the text.
    pub(crate) fn is_complete(&self) -> bool {
        self.complete
    }

    /// The converted offset, or `None` when `offset` is not a valid position of the text (for
    /// a map from chars or UTF-16 units: or was not among the offsets it was made for).
    pub(crate) fn get(&self, offset: usize) -> Option<usize> {
        match &self.conversion {
            Conversion::FromBytes {
                text,
                to,
                before,
                ascii,
            } => {
                if !text.is_char_boundary(offset) {
                    return None;
                }
                let block = offset / BLOCK;
                let rest = text.as_bytes().get(block * BLOCK..offset)?;
                let inside = if *ascii.get(block)? {
                    rest.len()
                } else {
                    to.units(rest)
                };
                Some(before.get(block)? + inside)
            }
            Conversion::Listed { from, to } => from.binary_search(&offset).ok().map(|i| to[i]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_basics() {
        let s = Span::new(2, 5);
        assert_eq!(s.len(), 3);
        assert!(!s.is_empty());
        assert_eq!(s.slice("abcdefg"), "cde");
        assert!(s.contains(Span::new(3, 5)));
        assert!(!s.contains(Span::new(1, 5)));
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert_eq!(s.cover(Span::new(7, 8)), Span::new(2, 8));
        assert!(Span::new(4, 4).is_empty());
    }

    #[test]
    fn offset_unit_names_round_trip() {
        for u in [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16] {
            assert_eq!(u.as_str().parse::<OffsetUnit>().unwrap(), u);
        }
        assert!("bytes".parse::<OffsetUnit>().is_err());
    }

    #[test]
    fn offset_map_converts_each_unit() {
        // "a" (1 byte), "é" (2 bytes, 1 utf16), "😀" (4 bytes, 2 utf16), "b".
        let text = "aé😀b";
        let bytes = vec![0, 1, 3, 7, 8];
        let chars = OffsetMap::new(text, OffsetUnit::Byte, OffsetUnit::Char, bytes.clone());
        assert_eq!(
            bytes
                .iter()
                .map(|&b| chars.get(b).unwrap())
                .collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
        let utf16 = OffsetMap::new(text, OffsetUnit::Byte, OffsetUnit::Utf16, bytes.clone());
        assert_eq!(
            bytes
                .iter()
                .map(|&b| utf16.get(b).unwrap())
                .collect::<Vec<_>>(),
            [0, 1, 2, 4, 5]
        );
        let back = OffsetMap::new(text, OffsetUnit::Utf16, OffsetUnit::Byte, vec![5, 4, 2]);
        assert!(back.is_complete());
        assert_eq!(back.get(4), Some(7));
        assert_eq!(back.get(5), Some(8));
        assert_eq!(back.get(2), Some(3));
    }

    #[test]
    fn offset_map_rejects_offsets_inside_a_char_or_past_the_end() {
        let text = "aé";
        let map = OffsetMap::new(text, OffsetUnit::Byte, OffsetUnit::Char, vec![2, 3, 9, 0]);
        assert!(!map.is_complete());
        assert_eq!(map.get(0), Some(0));
        assert_eq!(map.get(2), None);
        assert_eq!(map.get(3), Some(2));
        assert_eq!(map.get(9), None);
    }

    #[test]
    fn offset_map_counts_long_texts() {
        // Longer than the 255 words after which the byte counters are summed, with the same
        // byte of every word a continuation byte (or a four-byte lead) for 1000 words.
        let text = "😀".repeat(2000) + &"aé€😀 ".repeat(700);
        let offsets: Vec<usize> = (0..=text.len()).step_by(7).collect();
        let chars = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Char, offsets.clone());
        let utf16 = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Utf16, offsets.clone());
        for o in offsets {
            let before = text.get(..o);
            assert_eq!(chars.get(o), before.map(|b| b.chars().count()), "{o}");
            assert_eq!(
                utf16.get(o),
                before.map(|b| b.encode_utf16().count()),
                "{o}"
            );
        }
        let end = text.len();
        let whole = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Utf16, vec![end]);
        assert_eq!(whole.get(end), Some(2000 * 2 + 700 * 6));
        // Texts that end on a block boundary, and just before and after one.
        for len in [0, 1, 63, 64, 65, 127, 128, 129] {
            let text = "é".repeat(len / 2) + &"a".repeat(len % 2);
            let map = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Char, vec![len]);
            assert!(map.is_complete());
            assert_eq!(map.get(len), Some(len / 2 + len % 2), "{len}");
            assert_eq!(map.get(len + 1), None, "{len}");
        }
    }

    proptest::proptest! {
        /// From bytes, every offset on a char boundary maps to the length of the text before
        /// it in the other unit, and any other offset (inside a char, past the end) to nothing.
        #[test]
        fn offset_map_from_bytes_counts_the_text_before(
            text in "[a-zé😀\u{800}\u{10000}-\u{10ffff} \n]{0,40}",
            offsets in proptest::collection::vec(0usize..200, 0..30),
        ) {
            let chars = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Char, offsets.clone());
            let utf16 = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Utf16, offsets.clone());
            let bytes = OffsetMap::new(&text, OffsetUnit::Byte, OffsetUnit::Byte, offsets.clone());
            let all_valid = offsets.iter().all(|&o| text.get(..o).is_some());
            proptest::prop_assert_eq!(chars.is_complete(), all_valid);
            for o in offsets {
                let before = text.get(..o);
                proptest::prop_assert_eq!(chars.get(o), before.map(|b| b.chars().count()));
                proptest::prop_assert_eq!(utf16.get(o), before.map(|b| b.encode_utf16().count()));
                proptest::prop_assert_eq!(bytes.get(o), before.map(str::len));
            }
        }
    }
}
