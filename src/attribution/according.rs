//! "according to X": the source after the cue, the content on the other side of it.

use super::cues::CueHit;
use super::{Ctx, Draft};

impl Ctx<'_, '_> {
    /// The claim of an "according to" cue: the source after it, the content on the other side.
    pub(super) fn according(&self, si: usize, a: usize, b: usize, hit: &CueHit) -> Option<Draft> {
        let t = self.toks;
        let i = hit.group.start;
        let s0 = hit.group.end;
        let np = self.np_forward(s0, b)?;
        // At the head of the sentence: "According to X, content."
        let lead = (a..i).all(|k| !t.is_word(k) || t.is_class(k, crate::words::CONJ));
        let (source, content) = if lead {
            let comma = (np..b).find(|&k| self.is(k, ",")).unwrap_or(np);
            let start = if comma < b && self.is(comma, ",") {
                comma + 1
            } else {
                np
            };
            if start >= b {
                return None;
            }
            (s0..np, self.clause(start, b))
        } else {
            let src_end = self.extend_source(np, b);
            let left = self.left_content(a, a, i)?;
            let right = (src_end < b && self.is(src_end, ",") && src_end + 1 < b)
                .then(|| self.clause(src_end + 1, b))
                .filter(|_| !self.parenthetical_end(src_end, b));
            let content = match right {
                Some(r) => left.cover(r),
                None => left,
            };
            (s0..src_end, content)
        };
        Some(Draft {
            sentence: si,
            cue: hit.group.clone(),
            verb: hit.verb,
            source: Some(source),
            content,
            recipient: None,
            medium: None,
            reach: hit.group.end,
            guessed: None,
        })
    }
}
