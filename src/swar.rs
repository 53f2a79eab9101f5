//! Eight bytes at a time: the byte tests that the scans over running text share. A scan reads
//! eight bytes as one `u64` and asks which of them are of a kind; the answer has the high bit
//! of each such byte set, so that `trailing_zeros() / 8` is the first one's place.

/// A one in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Per byte of the eight in `w`, the high bit set where the byte lies in `lo..=hi`. The bytes
/// must be below 0x80, so that no sum carries into the next byte.
#[inline]
pub(crate) fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    let at_least = w.wrapping_add(u64::from(0x80 - lo) * ONES);
    let above = w.wrapping_add(u64::from(0x7f - hi) * ONES);
    at_least & !above & HIGH
}

/// Per byte of the eight in `w`, the high bit set where the byte is `byte`; exact for every
/// byte value, so that the bits can be counted as well as tested.
#[inline]
pub(crate) fn equal(w: u64, byte: u8) -> u64 {
    const LOW7: u64 = !HIGH;
    let x = w ^ (u64::from(byte) * ONES);
    // A byte of `x` is zero when neither its low seven bits carry nor its high bit is set.
    !((x & LOW7).wrapping_add(LOW7) | x | LOW7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_marks_exactly_the_equal_bytes() {
        for byte in [0u8, b' ', b'"', b'\\', 0x7f, 0x80, 0xa0, 0xff] {
            for first in (0u8..=0xf8).step_by(8) {
                let bytes: [u8; 8] = std::array::from_fn(|k| first + k as u8);
                let got = equal(u64::from_le_bytes(bytes), byte);
                for (k, &b) in bytes.iter().enumerate() {
                    let set = got >> (8 * k) & 0xff;
                    assert_eq!(set, if b == byte { 0x80 } else { 0 }, "{b} vs {byte}");
                }
            }
        }
    }

    #[test]
    fn in_range_marks_exactly_the_bytes_in_range() {
        for (lo, hi) in [
            (b'a', b'z'),
            (b'0', b'9'),
            (b'.', b'.'),
            (0, 0x7f),
            (b'\n', b'\r'),
        ] {
            for first in (0u8..0x80).step_by(8) {
                let bytes: [u8; 8] = std::array::from_fn(|k| first + k as u8);
                let got = in_range(u64::from_le_bytes(bytes), lo, hi);
                for (k, &b) in bytes.iter().enumerate() {
                    let set = got >> (8 * k) & 0xff;
                    assert_eq!(
                        set,
                        if (lo..=hi).contains(&b) { 0x80 } else { 0 },
                        "{b} in {lo}..={hi}"
                    );
                }
            }
        }
    }
}
