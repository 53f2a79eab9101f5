//! Quotations attributed by their shape alone: “Q,” followed by a speaker and a verb that the
//! cue list lacks (“Q,” Toomey fumed; “Q!” beamed Hartley).

use super::cues::{Frame, Verb};
use super::{Ctx, Draft, Stance};
use crate::words::{Case, DET};

impl Ctx<'_, '_> {
    /// Claims for the quotations of sentence `si` (tokens `a..b`) that end with a comma, a
    /// question or exclamation mark, are followed by "speaker verb" or "verb speaker", and
    /// belong to no claim yet. `taken` is a scratch list, reused across sentences.
    pub(super) fn quote_fallback(
        &self,
        si: usize,
        a: usize,
        b: usize,
        out: &mut Vec<Draft>,
        first: usize,
        taken: &mut Vec<(usize, usize)>,
    ) {
        let t = self.toks;
        // The contents of the sentence's claims by start, with the furthest end so far, to
        // test a quotation against all of them in logarithmic time.
        taken.clear();
        taken.extend(
            out[first..]
                .iter()
                .map(|d| (d.content.start, d.content.end)),
        );
        taken.sort_unstable();
        let mut reach = 0;
        for iv in taken.iter_mut() {
            reach = reach.max(iv.1);
            iv.1 = reach;
        }
        let claimed = |span: crate::span::Span| {
            let n = taken.partition_point(|&(s, _)| s < span.end);
            n > 0 && taken[n - 1].1 > span.start
        };
        // Both claims start at a quotation mark: only those tokens need a look.
        for k in self.quote_marks_in(a, b) {
            // "he leaned in and boomed: “Let’s win.”": an unlisted verb before a colon and a
            // quotation.
            if let Some(d) = self.colon_quote(si, a, b, k) {
                if !claimed(d.content) {
                    out.push(d);
                }
                continue;
            }
            let Some(q) = self.closed_by(k) else {
                continue;
            };
            if k + 1 < b && self.closed_by(k + 1) == Some(q) {
                continue;
            }
            let quote = &self.quotes[q];
            let inner = quote.span.slice(self.text).trim_end();
            if !inner.ends_with([',', '?', '!', '—']) {
                continue;
            }
            if claimed(quote.span) {
                continue;
            }
            let mut j = k + 1;
            if j < b && self.is(j, ",") {
                j += 1;
            }
            let Some((source, verb)) = self.speaker_and_verb(j, b) else {
                continue;
            };
            let after = source.end.max(verb + 1);
            if after < b && !self.ends_attribution(after) {
                continue;
            }
            let first = &self.quotes[quote.chain];
            let content =
                crate::span::Span::new(first.open.start.min(quote.open.start), quote.outer().end);
            out.push(Draft {
                sentence: si,
                cue: verb..verb + 1,
                verb: Verb {
                    lemma: "say",
                    stance: Stance::Assert,
                    frame: Frame::Say,
                },
                source: Some(source),
                content,
                recipient: None,
                medium: None,
                reach: after,
                guessed: Some(lemma_guess(t.low(verb))),
            });
        }
    }

    /// The claim of "VERBed: “Q”" when token `k` opens the quotation.
    fn colon_quote(&self, si: usize, a: usize, b: usize, k: usize) -> Option<Draft> {
        let t = self.toks;
        let q = self.opened_by(k)?;
        if k < a + 3 || !self.is(k - 1, ":") {
            return None;
        }
        let v = k - 2;
        let low = t.low(v);
        let verb_like = t.is_word(v)
            && !t.is_cap(v)
            && self.words.class(low) == 0
            && (low.ends_with("ed") || low.ends_with('s'))
            && self.cue_at(v, b).is_none()
            && self.quote_of(v).is_none();
        if !verb_like {
            return None;
        }
        let source = if matches!(t.low(v - 1), "and" | "then") {
            self.coordinated_subject(a, v - 1)
                .or_else(|| self.main_subject(a, v - 1))
        } else {
            self.subject_before(v, a)
        }?;
        let open = self.quotes[q].open.start;
        Some(Draft {
            sentence: si,
            cue: v..v + 1,
            verb: Verb {
                lemma: "say",
                stance: Stance::Assert,
                frame: Frame::Say,
            },
            source: Some(source),
            content: crate::span::Span::new(open, self.chain_end(q).max(open)),
            recipient: None,
            medium: None,
            reach: k,
            guessed: Some(lemma_guess(low)),
        })
    }

    /// "Toomey fumed", "the crowd yelled", "he barked" or "beamed Hartley" at token `j`: the
    /// speaker's tokens and the verb's token.
    fn speaker_and_verb(&self, j: usize, b: usize) -> Option<(std::ops::Range<usize>, usize)> {
        let t = self.toks;
        if j >= b || !t.is_word(j) {
            return None;
        }
        let verb_like = |i: usize| {
            i < b
                && t.is_word(i)
                && !t.is_cap(i)
                && t.class(i) == 0
                && self.pronoun_case(i).is_none()
                && (t.low(i).ends_with("ed") || t.low(i).ends_with('s'))
        };
        if self.pronoun_case(j) == Some(Case::Subject) {
            return verb_like(j + 1).then_some((j..j + 1, j + 1));
        }
        if t.is_cap(j) || t.is_class(j, DET) {
            let e = self.np_forward(j, b)?;
            return verb_like(e).then_some((j..e, e));
        }
        if verb_like(j) && j + 1 < b && t.is_cap(j + 1) {
            let e = self.np_forward(j + 1, b)?;
            return Some((j + 1..e, j));
        }
        None
    }

    /// True when what follows a speaker and verb closes the attribution: the sentence end, a
    /// comma, or an adverbial.
    fn ends_attribution(&self, i: usize) -> bool {
        let t = self.toks;
        !t.is_word(i)
            || t.is_class(
                i,
                crate::words::PREP | crate::words::TIME | crate::words::ADV | crate::words::CONJ,
            )
    }
}

/// A dictionary form for a verb the list lacks, by English spelling rules: "fumed" gives
/// "fume", "barked" "bark", "snapped" "snap", "cried" "cry", "quips" "quip".
pub(super) fn lemma_guess(word: &str) -> String {
    let w = crate::words::straight(word);
    if let Some(stem) = w.strip_suffix("ied") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix("ed") {
        let b = stem.as_bytes();
        let n = b.len();
        let vowel = |c: u8| b"aeiou".contains(&c);
        if n >= 2 && b[n - 1] == b[n - 2] && !vowel(b[n - 1]) && !matches!(b[n - 1], b'l' | b's') {
            return stem[..n - 1].to_string();
        }
        if n >= 3
            && !vowel(b[n - 1])
            && vowel(b[n - 2])
            && !vowel(b[n - 3])
            && !matches!(b[n - 1], b'w' | b'x' | b'y')
        {
            return format!("{stem}e");
        }
        return stem.to_string();
    }
    if let Some(stem) = w.strip_suffix('s') {
        if !stem.ends_with('s') {
            return stem.to_string();
        }
    }
    w.into_owned()
}

#[cfg(test)]
mod tests {
    use super::lemma_guess;

    #[test]
    fn guesses_lemmas_by_spelling() {
        for (word, lemma) in [
            ("fumed", "fume"),
            ("barked", "bark"),
            ("beamed", "beam"),
            ("snapped", "snap"),
            ("cried", "cry"),
            ("quips", "quip"),
            ("joked", "joke"),
            ("boomed", "boom"),
        ] {
            assert_eq!(lemma_guess(word), lemma, "{word}");
        }
    }
}
