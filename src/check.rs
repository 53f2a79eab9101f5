//! Checking a graph's invariants against its text: for tests, fuzzing, and consumers who read
//! a graph back from JSON and want to know it fits the text they hold.

use crate::error::Error;
use crate::graph::ClaimGraph;
use crate::span::OffsetUnit;

/// Slices `text` at `start..end` counted in `unit`, or `None` when the offsets do not fall on
/// boundaries of that unit.
fn slice_in_unit(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    match unit {
        OffsetUnit::Byte => text.get(start..end),
        OffsetUnit::Char | OffsetUnit::Utf16 => {
            let (mut pos, mut from, mut to) = (0usize, None, None);
            for (b, c) in text.char_indices() {
                if pos == start {
                    from = Some(b);
                }
                if pos == end {
                    to = Some(b);
                    break;
                }
                pos += if unit == OffsetUnit::Char {
                    1
                } else {
                    c.len_utf16()
                };
            }
            if pos == start && from.is_none() {
                from = Some(text.len());
            }
            if pos == end && to.is_none() {
                to = Some(text.len());
            }
            text.get(from?..to?)
        }
    }
}

impl ClaimGraph<'_> {
    /// Checks every invariant of the graph against `text`, the input it was extracted from:
    /// each span's `text` is `text` sliced at its offsets in the graph's unit; ids equal their
    /// index; every id a field holds names an element; lists are in text order; sentences are
    /// disjoint. The error names the first violation.
    ///
    /// It walks the text once per span for `char` and `utf16` graphs: meant for tests and
    /// checks, not for a hot path.
    pub fn check(&self, text: &str) -> Result<(), Error> {
        let bad = |what: String| Err(Error::InvalidGraph(what));
        let unit = self.offsets;
        let span_ok = |start: usize, end: usize, expected: Option<&str>| -> bool {
            match slice_in_unit(text, unit, start, end) {
                Some(s) => expected.is_none_or(|e| e == s),
                None => false,
            }
        };
        let mut prev_end = 0;
        for (i, s) in self.sentences.iter().enumerate() {
            if s.id.0 != i {
                return bad(format!("sentence {i} has id {}", s.id));
            }
            if !span_ok(s.start, s.end, None) || s.start < prev_end || s.start >= s.end {
                return bad(format!(
                    "sentence {} has bad offsets {}..{}",
                    s.id, s.start, s.end
                ));
            }
            prev_end = s.end;
        }
        for (i, e) in self.entities.iter().enumerate() {
            if e.id.0 != i {
                return bad(format!("entity {i} has id {}", e.id));
            }
            for m in &e.mentions {
                if !span_ok(m.start, m.end, Some(&m.text)) {
                    return bad(format!(
                        "a mention of {} does not slice the text: {:?}",
                        e.id, m.text
                    ));
                }
            }
        }
        for (i, d) in self.dates.iter().enumerate() {
            if d.id.0 != i || !span_ok(d.start, d.end, Some(&d.text)) {
                return bad(format!("date {i} ({}) is misplaced: {:?}", d.id, d.text));
            }
        }
        for (i, q) in self.quotes.iter().enumerate() {
            if q.id.0 != i || !span_ok(q.start, q.end, Some(&q.text)) {
                return bad(format!("quote {i} ({}) is misplaced: {:?}", q.id, q.text));
            }
            if q.speaker.is_some_and(|e| e.0 >= self.entities.len()) {
                return bad(format!("quote {} names a missing speaker", q.id));
            }
        }
        for (i, c) in self.claims.iter().enumerate() {
            let ctx = |what: &str| format!("claim {i} ({}): {what}", c.id);
            if c.id.0 != i {
                return bad(ctx("id is not its index"));
            }
            if !span_ok(c.content.start, c.content.end, Some(&c.content.text)) {
                return bad(ctx("content does not slice the text"));
            }
            if let Some(m) = &c.source_mention {
                if !span_ok(m.start, m.end, Some(&m.text)) {
                    return bad(ctx("source mention does not slice the text"));
                }
            }
            if let Some(cue) = &c.cue {
                if !span_ok(cue.start, cue.end, Some(&cue.text)) {
                    return bad(ctx("cue does not slice the text"));
                }
            }
            let entities = [c.source, c.recipient, c.medium];
            if entities
                .iter()
                .flatten()
                .any(|e| e.0 >= self.entities.len())
            {
                return bad(ctx("names a missing entity"));
            }
            if c.quotes.iter().any(|q| q.0 >= self.quotes.len()) {
                return bad(ctx("names a missing quote"));
            }
            if c.dates
                .iter()
                .chain(&c.said_on)
                .any(|d| d.0 >= self.dates.len())
            {
                return bad(ctx("names a missing date"));
            }
            if c.sentence.0 >= self.sentences.len() {
                return bad(ctx("names a missing sentence"));
            }
        }
        for r in &self.relations {
            if r.from.0 >= self.claims.len() || r.to.0 >= self.claims.len() {
                return bad(format!(
                    "relation {} -> {} names a missing claim",
                    r.from, r.to
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_in_each_unit() {
        let text = "aé😀b";
        assert_eq!(slice_in_unit(text, OffsetUnit::Byte, 1, 7), Some("é😀"));
        assert_eq!(slice_in_unit(text, OffsetUnit::Byte, 2, 7), None);
        assert_eq!(slice_in_unit(text, OffsetUnit::Char, 1, 3), Some("é😀"));
        assert_eq!(slice_in_unit(text, OffsetUnit::Char, 4, 4), Some(""));
        assert_eq!(slice_in_unit(text, OffsetUnit::Char, 4, 5), None);
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 2, 4), Some("😀"));
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 3, 4), None);
        assert_eq!(slice_in_unit(text, OffsetUnit::Utf16, 0, 5), Some(text));
    }
}
