//! Writing a [`ClaimGraph`] as the JSON of the contract, in the offset unit a caller asks for.
//!
//! Offsets are bytes everywhere inside the library; conversion to `char` or `utf16` happens here,
//! from a table made in one pass over the text (see [`OffsetMap`]).
//!
//! The compact JSON ([`ClaimGraph::to_json`], [`ClaimGraph::write_json`]) is written by hand,
//! byte for byte what `serde_json` writes for the graph's `Serialize` (a test compares them on
//! every fixture and on generated graphs): a graph of a long article holds thousands of spans,
//! and serde's field-by-field machinery, its escaping of every key, and the copy of the graph
//! needed to convert its offsets cost as much as extracting the graph. The indented JSON goes
//! through serde.

use std::io;

use serde::Serialize;

use crate::error::Error;
use crate::graph::{Claim, ClaimGraph, Cue, Entity, Quote, Sentence, TextSpan, TimeExpr, SCHEMA};
use crate::span::{OffsetMap, OffsetUnit};
use crate::swar::{HIGH, ONES};

/// Runs `$f` on every `start`/`end` offset of the graph `$g`, through `&` or, with a trailing
/// `mut`, through `&mut`: the one list of the offsets that make up a graph, in the order they
/// are written.
macro_rules! each_offset {
    ($g:expr, $f:expr $(, $m:tt)?) => {{
        let f = &mut $f;
        for s in & $($m)? $g.sentences {
            f(& $($m)? s.start);
            f(& $($m)? s.end);
        }
        for e in & $($m)? $g.entities {
            for m in & $($m)? e.mentions {
                f(& $($m)? m.start);
                f(& $($m)? m.end);
            }
        }
        for d in & $($m)? $g.dates {
            f(& $($m)? d.start);
            f(& $($m)? d.end);
        }
        for q in & $($m)? $g.quotes {
            f(& $($m)? q.start);
            f(& $($m)? q.end);
        }
        for c in & $($m)? $g.claims {
            if let Some(m) = & $($m)? c.source_mention {
                f(& $($m)? m.start);
                f(& $($m)? m.end);
            }
            if let Some(cue) = & $($m)? c.cue {
                f(& $($m)? cue.start);
                f(& $($m)? cue.end);
            }
            f(& $($m)? c.content.start);
            f(& $($m)? c.content.end);
        }
    }};
}

impl<'t> ClaimGraph<'t> {
    /// Calls `f` with every `start`/`end` offset of the graph.
    pub(crate) fn visit_offsets(&self, mut f: impl FnMut(usize)) {
        each_offset!(self, |o: &usize| f(*o));
    }

    /// The same graph with its offsets counted in `unit`. `text` must be the input the graph was
    /// extracted from; an offset that is not a valid position of `text` in the graph's current
    /// unit gives [`Error::BadOffset`].
    pub fn convert_offsets(&self, text: &str, unit: OffsetUnit) -> Result<ClaimGraph<'t>, Error> {
        let mut out = self.clone();
        if unit == self.offsets {
            return Ok(out);
        }
        let map = self.offset_map(text, unit)?;
        // Every offset is in the map: `offset_map` checked them.
        each_offset!(out, |o: &mut usize| *o = map.get(*o).unwrap_or(*o), mut);
        out.offsets = unit;
        Ok(out)
    }

    /// The conversion of this graph's offsets into `unit`, or [`Error::BadOffset`] with the
    /// first offset (in the order they are written) that is not a position of `text`.
    fn offset_map<'a>(&self, text: &'a str, unit: OffsetUnit) -> Result<OffsetMap<'a>, Error> {
        let mut bad = None;
        let map = if self.offsets == OffsetUnit::Byte {
            // A map from bytes is made from the text alone, and a byte offset is a position
            // of the text when it is a char boundary: no list of the offsets to make.
            self.visit_offsets(|o| {
                if bad.is_none() && !text.is_char_boundary(o) {
                    bad = Some(o);
                }
            });
            OffsetMap::new(text, self.offsets, unit, Vec::new())
        } else {
            let mut wanted = Vec::new();
            self.visit_offsets(|o| wanted.push(o));
            let map = OffsetMap::new(text, self.offsets, unit, wanted);
            if map.is_complete() {
                return Ok(map);
            }
            self.visit_offsets(|o| {
                if bad.is_none() && map.get(o).is_none() {
                    bad = Some(o);
                }
            });
            map
        };
        match bad {
            Some(offset) => Err(Error::BadOffset {
                offset,
                unit: self.offsets,
            }),
            None => Ok(map),
        }
    }

    /// The graph in `unit`, converting through the remembered input when needed.
    fn in_unit(&self, unit: OffsetUnit) -> Result<std::borrow::Cow<'_, ClaimGraph<'t>>, Error> {
        if unit == self.offsets {
            return Ok(std::borrow::Cow::Borrowed(self));
        }
        let text = self.source.0.ok_or(Error::NoSourceText)?;
        self.convert_offsets(text, unit)
            .map(std::borrow::Cow::Owned)
    }

    /// The map to convert this graph's offsets into `unit` while writing, `None` when they
    /// are in that unit already.
    fn writing_map(&self, unit: OffsetUnit) -> Result<Option<OffsetMap<'t>>, Error> {
        if unit == self.offsets {
            return Ok(None);
        }
        let text = self.source.0.ok_or(Error::NoSourceText)?;
        self.offset_map(text, unit).map(Some)
    }

    /// The graph as one line of compact JSON, offsets in `unit`.
    ///
    /// A graph read back from JSON does not know its text: for it, `unit` must be the graph's
    /// own unit, or the call gives [`Error::NoSourceText`]; convert it first with
    /// [`ClaimGraph::convert_offsets`].
    pub fn to_json(&self, unit: OffsetUnit) -> Result<String, Error> {
        let map = self.writing_map(unit)?;
        // About what a graph of news takes, so the buffer seldom grows.
        let guess = 2 * self.source.0.map_or(0, str::len) + 256;
        let mut w = Writer {
            out: Vec::with_capacity(guess),
            map: map.as_ref(),
            sink: None,
        };
        w.graph(self, unit)?;
        String::from_utf8(w.out).map_err(|_| {
            Error::Json(serde::ser::Error::custom(
                "the JSON writer wrote bytes that are not UTF-8",
            ))
        })
    }

    /// The graph as indented JSON, offsets in `unit`.
    pub fn to_json_pretty(&self, unit: OffsetUnit) -> Result<String, Error> {
        Ok(serde_json::to_string_pretty(&*self.in_unit(unit)?)?)
    }

    /// Writes the graph as compact JSON (no trailing newline) to `w`, offsets in `unit`.
    pub fn write_json<W: io::Write>(&self, mut w: W, unit: OffsetUnit) -> Result<(), Error> {
        let map = self.writing_map(unit)?;
        let mut writer = Writer {
            out: Vec::with_capacity(2 * CHUNK),
            map: map.as_ref(),
            sink: Some(&mut w),
        };
        writer.graph(self, unit)?;
        writer.flush()
    }
}

/// Bytes gathered before they are handed to the sink of [`ClaimGraph::write_json`].
const CHUNK: usize = 1 << 16;

/// The compact JSON writer: text goes into `out`, and to `sink` (when there is one) in chunks.
/// Only whole UTF-8 strings and ASCII are written into `out`, so it is always UTF-8.
struct Writer<'a> {
    out: Vec<u8>,
    /// The conversion of offsets, when the graph is written in another unit than its own.
    map: Option<&'a OffsetMap<'a>>,
    sink: Option<&'a mut dyn io::Write>,
}

/// For every byte, what JSON writes for it inside a string: 0 for itself, `u` for `\u00XX`, or
/// the letter of a short escape. The same choices as `serde_json`.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

impl Writer<'_> {
    /// Hands what has been written to the sink, if there is one.
    fn flush(&mut self) -> Result<(), Error> {
        if let Some(sink) = self.sink.as_mut() {
            sink.write_all(&self.out).map_err(serde_json::Error::io)?;
            self.out.clear();
        }
        Ok(())
    }

    /// Flushes when a chunk is full; called between elements.
    fn maybe_flush(&mut self) -> Result<(), Error> {
        if self.sink.is_some() && self.out.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn push(&mut self, b: u8) {
        self.out.push(b);
    }

    /// A number, two digits at a time.
    fn number(&mut self, n: usize) {
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut n = n;
        while n >= 100 {
            let pair = 2 * (n % 100);
            n /= 100;
            at -= 2;
            buf[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            at -= 2;
            buf[at..at + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
        } else {
            at -= 1;
            buf[at] = b'0' + n as u8;
        }
        // Byte by byte: a copy of a length unknown at compile time is a call to `memcpy`,
        // which costs more than these few digits.
        self.out.reserve(buf.len());
        for &d in &buf[at..] {
            self.out.push(d);
        }
    }

    /// An offset, converted when the graph is written in another unit. Every offset of the
    /// graph is in the map (checked when it was made).
    fn offset(&mut self, o: usize) {
        let o = match self.map {
            Some(m) => m.get(o).unwrap_or(o),
            None => o,
        };
        self.number(o);
    }

    /// An id: its prefix and index, quoted.
    fn id(&mut self, prefix: u8, n: usize) {
        self.out.extend_from_slice(&[b'"', prefix]);
        self.number(n);
        self.push(b'"');
    }

    fn opt_id(&mut self, prefix: u8, id: Option<usize>) {
        match id {
            Some(n) => self.id(prefix, n),
            None => self.raw("null"),
        }
    }

    fn ids(&mut self, prefix: u8, ids: impl Iterator<Item = usize>) {
        self.push(b'[');
        for (k, n) in ids.enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.id(prefix, n);
        }
        self.push(b']');
    }

    /// A JSON string, escaped as `serde_json` escapes it. Runs of bytes that need no escape
    /// are found eight bytes at a time.
    fn string(&mut self, s: &str) {
        // True when a byte of `w` is below 0x20, a quotation mark or a backslash. Exact as a
        // yes/no answer (the classic zero-byte tests), which is all the scan asks of it.
        let special = |w: u64| {
            let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
            (w.wrapping_sub(0x20 * ONES) & !w & HIGH)
                | zero(w ^ (b'"' as u64 * ONES))
                | zero(w ^ (b'\\' as u64 * ONES))
                != 0
        };
        self.push(b'"');
        let b = s.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            if let Some(word) = b.get(i..i + 8) {
                let w = word.iter().rev().fold(0u64, |w, &x| w << 8 | u64::from(x));
                if !special(w) {
                    i += 8;
                    continue;
                }
            }
            let end = (i + 8).min(b.len());
            while i < end {
                let escape = ESCAPE[usize::from(b[i])];
                if escape != 0 {
                    // Every escaped byte is ASCII: what is copied is whole chars.
                    self.out.extend_from_slice(&b[start..i]);
                    if escape == b'u' {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        let (hi, lo) = (HEX[usize::from(b[i] >> 4)], HEX[usize::from(b[i] & 0xf)]);
                        self.out
                            .extend_from_slice(&[b'\\', b'u', b'0', b'0', hi, lo]);
                    } else {
                        self.out.extend_from_slice(&[b'\\', escape]);
                    }
                    start = i + 1;
                }
                i += 1;
            }
        }
        self.out.extend_from_slice(&b[start..]);
        self.push(b'"');
    }

    /// A unit enum as serde names it (its `rename_all` is kept in one place, the type).
    fn variant<T: Serialize>(&mut self, v: &T) -> Result<(), Error> {
        // Straight into the buffer: a `String` per variant was a third of the writer's
        // allocations.
        serde_json::to_writer(&mut self.out, v)?;
        Ok(())
    }

    fn graph(&mut self, g: &ClaimGraph<'_>, unit: OffsetUnit) -> Result<(), Error> {
        self.raw("{\"schema\":");
        self.string(SCHEMA);
        self.raw(",\"offsets\":");
        self.string(unit.as_str());
        self.raw(",\"publication_date\":");
        match g.publication_date {
            Some(d) => self.string(&d.to_string()),
            None => self.raw("null"),
        }
        self.raw(",\"sentences\":[");
        for (k, s) in g.sentences.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.sentence(s);
            self.maybe_flush()?;
        }
        self.raw("],\"entities\":[");
        for (k, e) in g.entities.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.entity(e)?;
            self.maybe_flush()?;
        }
        self.raw("],\"dates\":[");
        for (k, d) in g.dates.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.date(d)?;
            self.maybe_flush()?;
        }
        self.raw("],\"quotes\":[");
        for (k, q) in g.quotes.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.quote(q);
            self.maybe_flush()?;
        }
        self.raw("],\"claims\":[");
        for (k, c) in g.claims.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.claim(c)?;
            self.maybe_flush()?;
        }
        self.raw("],\"relations\":[");
        for (k, r) in g.relations.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.raw("{\"kind\":");
            self.variant(&r.kind)?;
            self.raw(",\"from\":");
            self.id(b'c', r.from.0);
            self.raw(",\"to\":");
            self.id(b'c', r.to.0);
            self.push(b'}');
        }
        self.raw("]}");
        Ok(())
    }

    fn sentence(&mut self, s: &Sentence) {
        self.raw("{\"id\":");
        self.id(b's', s.id.0);
        self.raw(",\"start\":");
        self.offset(s.start);
        self.raw(",\"end\":");
        self.offset(s.end);
        self.raw(",\"paragraph\":");
        self.number(s.paragraph);
        self.raw(",\"role\":\"");
        self.raw(s.role.as_str());
        self.raw("\"}");
    }

    fn text_span(&mut self, t: &TextSpan<'_>) {
        self.raw("{\"start\":");
        self.offset(t.start);
        self.raw(",\"end\":");
        self.offset(t.end);
        self.raw(",\"text\":");
        self.string(&t.text);
        self.push(b'}');
    }

    fn entity(&mut self, e: &Entity<'_>) -> Result<(), Error> {
        self.raw("{\"id\":");
        self.id(b'e', e.id.0);
        self.raw(",\"kind\":");
        self.variant(&e.kind)?;
        self.raw(",\"name\":");
        self.string(&e.name);
        self.raw(",\"titles\":[");
        for (k, t) in e.titles.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.string(t);
        }
        self.raw("],\"mentions\":[");
        for (k, m) in e.mentions.iter().enumerate() {
            if k > 0 {
                self.push(b',');
            }
            self.text_span(m);
        }
        self.raw("]}");
        Ok(())
    }

    fn date(&mut self, d: &TimeExpr<'_>) -> Result<(), Error> {
        self.raw("{\"id\":");
        self.id(b'd', d.id.0);
        self.raw(",\"start\":");
        self.offset(d.start);
        self.raw(",\"end\":");
        self.offset(d.end);
        self.raw(",\"text\":");
        self.string(&d.text);
        self.raw(",\"type\":");
        self.variant(&d.kind)?;
        self.raw(",\"value\":");
        self.string(&d.value);
        self.raw(",\"mod\":");
        match &d.modifier {
            Some(m) => self.variant(m)?,
            None => self.raw("null"),
        }
        if d.dateline {
            self.raw(",\"dateline\":true");
        }
        self.push(b'}');
        Ok(())
    }

    fn quote(&mut self, q: &Quote<'_>) {
        self.raw("{\"id\":");
        self.id(b'q', q.id.0);
        self.raw(",\"start\":");
        self.offset(q.start);
        self.raw(",\"end\":");
        self.offset(q.end);
        self.raw(",\"text\":");
        self.string(&q.text);
        self.raw(",\"speaker\":");
        self.opt_id(b'e', q.speaker.map(|e| e.0));
        self.raw(if q.closed {
            ",\"closed\":true}"
        } else {
            ",\"closed\":false}"
        });
    }

    fn cue(&mut self, c: &Cue<'_>) {
        self.raw("{\"start\":");
        self.offset(c.start);
        self.raw(",\"end\":");
        self.offset(c.end);
        self.raw(",\"text\":");
        self.string(&c.text);
        self.raw(",\"lemma\":");
        self.string(&c.lemma);
        self.push(b'}');
    }

    fn claim(&mut self, c: &Claim<'_>) -> Result<(), Error> {
        self.raw("{\"id\":");
        self.id(b'c', c.id.0);
        self.raw(",\"kind\":");
        self.variant(&c.kind)?;
        self.raw(",\"source\":");
        self.opt_id(b'e', c.source.map(|e| e.0));
        self.raw(",\"source_mention\":");
        match &c.source_mention {
            Some(m) => self.text_span(m),
            None => self.raw("null"),
        }
        self.raw(",\"cue\":");
        match &c.cue {
            Some(cue) => self.cue(cue),
            None => self.raw("null"),
        }
        self.raw(",\"stance\":");
        self.variant(&c.stance)?;
        self.raw(",\"content\":");
        self.text_span(&c.content);
        self.raw(",\"quotes\":");
        self.ids(b'q', c.quotes.iter().map(|q| q.0));
        self.raw(",\"recipient\":");
        self.opt_id(b'e', c.recipient.map(|e| e.0));
        self.raw(",\"medium\":");
        self.opt_id(b'e', c.medium.map(|e| e.0));
        self.raw(",\"dates\":");
        self.ids(b'd', c.dates.iter().map(|d| d.0));
        self.raw(",\"said_on\":");
        self.opt_id(b'd', c.said_on.map(|d| d.0));
        self.raw(",\"sentence\":");
        self.id(b's', c.sentence.0);
        self.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn written(s: &str) -> String {
        let mut w = Writer {
            out: Vec::new(),
            map: None,
            sink: None,
        };
        w.string(s);
        String::from_utf8(w.out).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let chars = (0u32..0x80)
            .chain([0xa0, 0xe9, 0x2028, 0x2029, 0xfeff, 0x1f600])
            .filter_map(char::from_u32);
        for c in chars {
            // Alone, and at every position of a run longer than two eight-byte words.
            let mut cases = vec![c.to_string()];
            for at in 0..18 {
                let mut s: String = "abcdefghijklmnopq".into();
                s.insert(at, c);
                cases.push(s);
            }
            for s in cases {
                assert_eq!(written(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }

    #[test]
    fn names_written_by_hand_are_serde_names() {
        use crate::segment::Role;
        for r in [
            Role::Headline,
            Role::Caption,
            Role::Subhead,
            Role::Body,
            Role::Boilerplate,
        ] {
            let name = format!("\"{}\"", r.as_str());
            assert_eq!(serde_json::to_string(&r).unwrap(), name);
        }
        for u in [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16] {
            let name = format!("\"{}\"", u.as_str());
            assert_eq!(serde_json::to_string(&u).unwrap(), name);
        }
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_escapes_it(s in any::<String>()) {
            prop_assert_eq!(written(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn control_heavy_strings_are_escaped_as_serde_escapes_them(
            s in "[\\x00-\\x1f\"\\\\a-z\\x7fé😀]{0,40}"
        ) {
            prop_assert_eq!(written(&s), serde_json::to_string(&s).unwrap());
        }
    }
}
