//! Quotations with no cue of their own: a sentence that opens with a quotation after a claim
//! continues that claim (“Q1,” he said. “Q2.”, also into the next paragraph); after a
//! sentence that names a speaker but quotes nothing, it is that speaker's claim ("Asked
//! whether she regretted it, she shook her head. “Not for a second.”").

use super::cues::{Frame, Verb};
use super::{Ctx, Draft, Stance};
use crate::span::Span;
use crate::words::Case;

/// How many sentences after its claim a quotation may still continue it.
const MAX_GAP: usize = 12;

impl Ctx<'_, '_> {
    /// Merges the quotations of the sentences `quiet` (which hold no cue) into `drafts`, which
    /// are in sentence order: each extends the claim before it or becomes a claim of its own.
    pub(super) fn floating_quotes(&self, quiet: &[usize], drafts: Vec<Draft>) -> Vec<Draft> {
        let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
        // Looked at in place (a draft is large; a peeked one would be moved twice).
        let mut rest = drafts.into_iter();
        for &si in quiet {
            while rest.as_slice().first().is_some_and(|d| d.sentence < si) {
                out.extend(rest.next());
            }
            let claimed_later = rest.as_slice().first().is_some_and(|d| {
                let sent = self.seg.sentences[si].span;
                d.content.start <= sent.start && sent.start < d.content.end
            });
            if !claimed_later {
                self.floating_quote(si, &mut out);
            }
        }
        out.extend(rest);
        out
    }

    /// Handles sentence `si`, which holds no cue: extends the last claim or adds a claim
    /// without a cue when the sentence opens with a spoken quotation.
    fn floating_quote(&self, si: usize, drafts: &mut Vec<Draft>) {
        let sent = &self.seg.sentences[si];
        let range = self.sentences[si].clone();
        if range.is_empty() {
            return;
        }
        let Some(q) = self.opened_by(range.start) else {
            return;
        };
        let quote = self.quotes[q].span;
        let end = self.chain_end(q);
        if drafts.last().is_some_and(|d| d.content.contains(quote)) {
            return;
        }
        if let Some(last) = drafts.last() {
            if self.continues(last, si) {
                // “Q1,” she said, recalling ... “Q2.”: the quotation goes on the claim of its
                // sentence that quotes, not the participle after it.
                let sentence = last.sentence;
                let n = drafts.len();
                let pick = (0..n)
                    .rev()
                    .take_while(|&i| drafts[i].sentence == sentence)
                    .find(|&i| self.quotes_in(drafts[i].content))
                    .unwrap_or(n - 1);
                let d = &mut drafts[pick];
                if end > d.content.end {
                    d.content = Span::new(d.content.start, end);
                }
                return;
            }
        }
        // A new claim: the quotation belongs to the subject of the sentence before, in this
        // paragraph or the one before.
        let Some(prev) = si.checked_sub(1).map(|p| &self.seg.sentences[p]) else {
            return;
        };
        if prev.paragraph + 1 < sent.paragraph {
            return;
        }
        let p = self.sentences[si - 1].clone();
        let Some(source) = self.main_subject(p.start, p.end) else {
            return;
        };
        let t = self.toks;
        let person = source.len() == 1
            && matches!(t.low(source.start), "he" | "she")
            && self.pronoun_case(source.start) == Some(Case::Subject)
            || source.clone().any(|i| self.is_proper(i)) && self.quote_of(source.start).is_none();
        if !person {
            return;
        }
        let open = self.quotes[q].open.start;
        drafts.push(Draft {
            sentence: si,
            cue: range.start..range.start,
            verb: Verb {
                lemma: "",
                stance: Stance::Assert,
                frame: Frame::Say,
            },
            source: Some(source),
            content: Span::new(open, end.max(open)),
            recipient: None,
            medium: None,
            reach: range.start,
            guessed: None,
        });
    }

    /// True when sentence `si` continues the claim `last`: in its paragraph with only
    /// sentences it covers between them, or as the first sentence of the next paragraph after
    /// a claim that quotes or ends with a colon and closes its paragraph.
    fn continues(&self, last: &Draft, si: usize) -> bool {
        // A continuation follows its claim closely; the bound keeps the check constant-time.
        if si > last.sentence + MAX_GAP {
            return false;
        }
        let sent = &self.seg.sentences[si];
        let prev = &self.seg.sentences[last.sentence];
        let between = self.seg.sentences.get(last.sentence + 1..si).unwrap_or(&[]);
        let covered = between.iter().all(|m| m.span.end <= last.content.end);
        if prev.paragraph == sent.paragraph {
            let gap = &self.text[last.content.end.min(sent.span.start)..sent.span.start];
            return covered || gap.trim().is_empty();
        }
        // The next paragraph, whose first sentence this is; every sentence between is
        // covered, so the claim's paragraph ends with its content.
        let opens_para = si == 0 || self.seg.sentences[si - 1].paragraph != sent.paragraph;
        if prev.paragraph + 1 != sent.paragraph || !covered || !opens_para {
            return false;
        }
        self.quotes_in(last.content) || self.text[..prev.span.end].trim_end().ends_with(':')
    }

    /// True when a spoken quotation lies inside `span`.
    fn quotes_in(&self, span: Span) -> bool {
        let from = self.quotes.partition_point(|q| q.span.start < span.start);
        self.quotes[from..]
            .iter()
            .take_while(|q| q.span.start < span.end)
            .any(|q| !q.title && span.contains(q.span))
    }
}
