//! Findings reported "in" a poll or study: "In a CBS News poll released Monday, 31 percent of
//! voters said ...", "Clinton led Sanders 2-1 in the latest survey". The cue is "in", the
//! source the poll, the content the finding.

use std::ops::Range;

use super::cues::{CueHit, Form, Frame, Verb};
use super::{Ctx, Draft, Stance};
use crate::span::Span;
use crate::words::SUB;

impl Ctx<'_, '_> {
    /// "in" + a poll phrase in tokens `a..b`, as cue hits appended to `out`.
    pub(super) fn poll_hits(&self, a: usize, b: usize, out: &mut Vec<CueHit>) {
        let t = self.toks;
        for i in a..b.saturating_sub(1) {
            if t.low(i) != "in" || self.quote_of(i).is_some() {
                continue;
            }
            if self.poll_phrase(i + 1, b).is_none() {
                continue;
            }
            out.push(CueHit {
                group: i..i + 1,
                head: i..i + 1,
                verb: Verb {
                    lemma: "in",
                    stance: Stance::Assert,
                    frame: Frame::Show,
                },
                form: Form::Past,
                passive: false,
            });
        }
    }

    /// The poll phrase that starts at token `s`: a determiner or capitalized words, a poll
    /// noun within a few words, and its modifiers up to a comma or the clause end ("a national
    /// CNN/ORC poll released Monday", "the polls").
    fn poll_phrase(&self, s: usize, b: usize) -> Option<Range<usize>> {
        let t = self.toks;
        if s >= b || !(t.is_class(s, crate::words::DET) || t.is_cap(s) || self.is_poll_noun(s)) {
            return None;
        }
        let mut noun = None;
        let mut end = s;
        while end < b && end < s + 16 {
            if self.is(end, ",")
                || self.is(end, ".")
                || self.is(end, ";")
                || self.quote_of(end).is_some()
            {
                break;
            }
            if end > s && t.is_word(end) && t.is_class(end, SUB) && t.low(end) != "than" {
                break;
            }
            if noun.is_none() && self.is_poll_noun(end) {
                noun = Some(end);
            }
            end += 1;
        }
        // The poll noun heads the phrase: within its first words.
        let noun = noun.filter(|&n| n < s + 14)?;
        Some(s..end.max(noun + 1))
    }

    /// The claim of an "in a poll" cue at token `i` of the sentence `a..b`.
    pub(super) fn in_poll(&self, si: usize, a: usize, b: usize, hit: &CueHit) -> Option<Draft> {
        let t = self.toks;
        let i = hit.group.start;
        let src = self.poll_phrase(i + 1, b)?;
        let opens = (a..i).all(|k| !t.is_word(k));
        let content = if opens {
            // "In a poll released Monday, 31 percent said ...".
            let c = src.end;
            if c + 1 >= b || !self.is(c, ",") {
                return None;
            }
            self.clause(c + 1, b)
        } else {
            // "Clinton led 2-1 in the latest poll": the clause before, from its start.
            let start = (a..i)
                .rev()
                .find(|&k| {
                    self.is(k, ",")
                        || self.is(k, ";")
                        || (t.is_word(k)
                            && t.is_class(k, SUB)
                            && !matches!(t.low(k), "than" | "as"))
                })
                .map_or(a, |k| k + 1);
            if i < start + 2 {
                return None;
            }
            Span::new(t.span(start).start, t.span(i - 1).end)
        };
        Some(Draft {
            sentence: si,
            cue: hit.group.clone(),
            verb: hit.verb,
            source: Some(src.clone()),
            content,
            recipient: None,
            medium: None,
            reach: src.end,
            guessed: None,
        })
    }
}
