//! Writing a [`ClaimGraph`] as the JSON of the contract, in the offset unit a caller asks for.
//!
//! Offsets are bytes everywhere inside the library; conversion to `char` or `utf16` happens here
//! once per graph, in one monotone pass over the text (see [`OffsetMap`]).

use std::io;

use crate::error::Error;
use crate::graph::ClaimGraph;
use crate::span::{OffsetMap, OffsetUnit};

impl<'t> ClaimGraph<'t> {
    /// Calls `f` with every `start`/`end` offset of the graph.
    pub(crate) fn visit_offsets(&self, mut f: impl FnMut(usize)) {
        // Runs the one traversal, `for_each_offset`, on a copy, so the list of offsets that
        // make up a graph is written down once. Only checks use it; the copy is their cost.
        self.clone().for_each_offset(|o| f(*o));
    }

    /// Calls `f` on every `start`/`end` offset of the graph.
    fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                f(&mut m.start);
                f(&mut m.end);
            }
        }
        for d in &mut self.dates {
            f(&mut d.start);
            f(&mut d.end);
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
        }
        for c in &mut self.claims {
            if let Some(m) = &mut c.source_mention {
                f(&mut m.start);
                f(&mut m.end);
            }
            if let Some(cue) = &mut c.cue {
                f(&mut cue.start);
                f(&mut cue.end);
            }
            f(&mut c.content.start);
            f(&mut c.content.end);
        }
    }

    /// The same graph with its offsets counted in `unit`. `text` must be the input the graph was
    /// extracted from; an offset that is not a valid position of `text` in the graph's current
    /// unit gives [`Error::BadOffset`].
    pub fn convert_offsets(&self, text: &str, unit: OffsetUnit) -> Result<ClaimGraph<'t>, Error> {
        let mut out = self.clone();
        if unit == self.offsets {
            return Ok(out);
        }
        let mut wanted = Vec::new();
        out.for_each_offset(|o| wanted.push(*o));
        let map = OffsetMap::new(text, self.offsets, unit, wanted);
        let mut bad = None;
        out.for_each_offset(|o| match map.get(*o) {
            Some(n) => *o = n,
            None => {
                bad.get_or_insert(*o);
            }
        });
        if let Some(offset) = bad {
            return Err(Error::BadOffset {
                offset,
                unit: self.offsets,
            });
        }
        out.offsets = unit;
        Ok(out)
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

    /// The graph as one line of compact JSON, offsets in `unit`.
    ///
    /// A graph read back from JSON does not know its text: for it, `unit` must be the graph's
    /// own unit, or the call gives [`Error::NoSourceText`]; convert it first with
    /// [`ClaimGraph::convert_offsets`].
    pub fn to_json(&self, unit: OffsetUnit) -> Result<String, Error> {
        Ok(serde_json::to_string(&*self.in_unit(unit)?)?)
    }

    /// The graph as indented JSON, offsets in `unit`.
    pub fn to_json_pretty(&self, unit: OffsetUnit) -> Result<String, Error> {
        Ok(serde_json::to_string_pretty(&*self.in_unit(unit)?)?)
    }

    /// Writes the graph as compact JSON (no trailing newline) to `w`, offsets in `unit`.
    pub fn write_json<W: io::Write>(&self, w: W, unit: OffsetUnit) -> Result<(), Error> {
        Ok(serde_json::to_writer(w, &*self.in_unit(unit)?)?)
    }
}
