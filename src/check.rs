//! Checking a graph's invariants against its text: for tests, fuzzing, and consumers who read
//! a graph back from JSON and want to know it fits the text they hold.

use crate::error::Error;
use crate::graph::ClaimGraph;
use crate::span::{OffsetMap, OffsetUnit};

/// Slices `text` at offsets counted in the graph's unit, through a table of byte positions built
/// once per graph.
struct Slicer<'a> {
    text: &'a str,
    to_byte: OffsetMap<'a>,
}

impl<'a> Slicer<'a> {
    fn new(text: &'a str, graph: &ClaimGraph<'_>) -> Slicer<'a> {
        let mut offsets = Vec::new();
        graph.visit_offsets(|o| offsets.push(o));
        Slicer {
            text,
            to_byte: OffsetMap::new(text, graph.offsets, OffsetUnit::Byte, offsets),
        }
    }

    /// The text at `start..end`, or `None` when either offset is not a position of the text.
    fn get(&self, start: usize, end: usize) -> Option<&'a str> {
        let (s, e) = (self.to_byte.get(start)?, self.to_byte.get(end)?);
        self.text.get(s..e)
    }
}

impl ClaimGraph<'_> {
    /// Checks every invariant of the graph against `text`, the input it was extracted from:
    /// each span's `text` is `text` sliced at its offsets in the graph's unit; ids equal their
    /// index; every id a field holds names an element; lists are in text order; sentences are
    /// disjoint. The error names the first violation.
    ///
    /// It costs one pass over the text plus a sort of the graph's offsets.
    pub fn check(&self, text: &str) -> Result<(), Error> {
        let bad = |what: String| Err(Error::InvalidGraph(what));
        let slicer = Slicer::new(text, self);
        let span_ok = |start: usize, end: usize, expected: Option<&str>| -> bool {
            match slicer.get(start, end) {
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
    use crate::Extractor;

    #[test]
    fn accepts_a_sound_graph_in_every_unit_and_rejects_a_shifted_one() {
        let text = "Café 😀 opened. “Crowds came,” she said.";
        let graph = Extractor::new(Default::default()).extract(text);
        for unit in [
            crate::OffsetUnit::Byte,
            crate::OffsetUnit::Char,
            crate::OffsetUnit::Utf16,
        ] {
            let g = graph.convert_offsets(text, unit).unwrap();
            g.check(text).unwrap();
            let mut shifted = g.clone();
            shifted.sentences[1].start += 1;
            shifted.sentences[1].end += 1;
            assert!(shifted.check(text).is_err(), "{unit}");
            let mut renumbered = g.clone();
            renumbered.sentences[0].id = crate::SentenceId(5);
            assert!(renumbered.check(text).is_err());
        }
    }
}
