//! Sorted-slice searches that start from where the last one ended.
//!
//! The stage asks the same sorted lists (tokens, mentions, quotation marks) about positions
//! that mostly come in text order, each close to the one before: a search that gallops out
//! from the last answer reads a few neighbouring entries, where a binary search over the whole
//! list jumps across memory and mispredicts at every step.

/// `items.partition_point(before)`, found by galloping out from index `from` (any index: the
/// nearer the answer, the fewer entries read). `before` must hold for a prefix of `items`.
#[inline]
pub(super) fn seek<T>(items: &[T], from: usize, before: impl Fn(&T) -> bool) -> usize {
    let n = items.len();
    let from = from.min(n);
    // The answer lies in `lo..=hi`: every entry before `lo` is before, `items[hi]` is not.
    let (lo, hi) = if from < n && before(&items[from]) {
        let mut lo = from + 1;
        let mut step = 1;
        loop {
            let probe = from + step;
            if probe >= n {
                break (lo, n);
            }
            if !before(&items[probe]) {
                break (lo, probe);
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        let mut hi = from;
        let mut step = 1;
        loop {
            let Some(probe) = from.checked_sub(step) else {
                break (0, hi);
            };
            if before(&items[probe]) {
                break (probe + 1, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    lo + items[lo..hi].partition_point(before)
}

#[cfg(test)]
mod tests {
    use super::seek;

    #[test]
    fn seek_finds_the_partition_point_from_any_start() {
        let lists: &[&[u32]] = &[
            &[],
            &[5],
            &[1, 3, 3, 3, 7, 9, 12, 12, 20],
            &[
                2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34,
            ],
        ];
        for items in lists {
            for x in 0..36 {
                let want = items.iter().take_while(|&&v| v < x).count();
                for from in 0..items.len() + 3 {
                    assert_eq!(seek(items, from, |&v| v < x), want, "{items:?} {x} {from}");
                }
            }
        }
    }
}
