//! Where a content clause ends: the sentence end, or a comma, dash or conjunction that
//! hangs another cue or a contrast off it ("..., adding that", ", while", "and said"), unless the
//! comma opens an aside that the clause goes on after; and where a quotation that opens in it
//! ends.

use super::cues::Form;
use super::Ctx;
use crate::span::Span;
use crate::words::{Case, AUX, CONJ, DET, PREP};

/// Words after a comma that end the clause a content runs in.
const CLAUSE_BREAKS: &[&str] = &[
    "while",
    "although",
    "though",
    "whereas",
    "which",
    "whom",
    "according",
    "despite",
    "even",
];

impl Ctx<'_, '_> {
    /// True when the cue sits in the middle of its content ("The plan, she said, will fail."):
    /// a comma follows and a clause comes after it. A clause of circumstance or contrast ("...,
    /// the council said, as water levels fell") tells about the saying, not what was said.
    pub(super) fn parenthetical(&self, r: usize, b: usize) -> bool {
        let t = self.toks;
        r + 1 < b
            && self.is(r, ",")
            && !self.opens_quote(r + 1)
            && self.cue_at(r + 1, r + 2).is_none()
            && t.low(r + 1) != "according"
            && !matches!(
                t.low(r + 1),
                "as" | "while" | "whereas" | "although" | "though"
            )
    }

    /// From token `r` to the end of its clause: the sentence end, or a comma before another
    /// cue or a contrast. A quotation that opens inside and runs past the sentence takes the
    /// content along to its end.
    pub(super) fn clause(&self, r: usize, b: usize) -> Span {
        let t = self.toks;
        let start = t.span(r).start;
        let mut k = r;
        // The sentence's closing stop is not part of what was said.
        let last = if b > r + 1 && matches!(t.str(b - 1), "." | ";") {
            b - 2
        } else {
            b - 1
        };
        let mut end = t.span(last).end;
        while k < b {
            // Most tokens are words that neither open a quotation nor join clauses ("and",
            // "but" are conjunctions): none of the tests below holds for them, since the
            // punctuation and marks they look for are never part of a word. A loop of its own
            // passes them with nothing else to keep track of.
            while k < b && t.is_word(k) && !t.is_class(k, CONJ) && self.opened_by(k).is_none() {
                k += 1;
            }
            // The loop stops at `b` exactly; tested as `==`, the walk compiles to some 30% fewer
            // instructions than with `>=` (measured).
            if k == b {
                break;
            }
            if let Some(q) = self.opened_by(k) {
                let qe = self.chain_end(q);
                if qe > t.span(b - 1).end {
                    return Span::new(start, qe);
                }
            }
            if self.quote_of(k).is_some() {
                k += 1;
                continue;
            }
            // A comma, or a closing mark after a comma inside the quotation ("values,"
            // stating ...), before another cue or a contrast ends the clause.
            let comma = self.is(k, ",")
                || self.is(k, "—")
                || self.is(k, "--")
                || (self.is(k, "-") && self.text[..t.span(k).start].ends_with(' '));
            let quoted_comma = self.closed_by(k).is_some()
                && k > r
                && self.text[..t.span(k).start].trim_end().ends_with(',');
            if (comma || quoted_comma) && k + 1 < b && k > r {
                let next = t.low(k + 1);
                // ", adding that", and in a list of verbs ", suggested that": another cue
                // of the same subject.
                let cue = t.is_word(k + 1)
                    && !t.is_cap(k + 1)
                    && self.cue_at(k + 1, b).is_some_and(|(_, _, f)| {
                        f == Form::Ing || (f == Form::Past && self.is_verb_at(k + 1))
                    });
                let aside = next == "which" && self.parenthetical_relative(k + 1, b);
                if (cue || CLAUSE_BREAKS.contains(&next) || self.new_clause(k + 1, b)) && !aside {
                    end = if quoted_comma {
                        t.span(k).end
                    } else {
                        t.span(k - 1).end
                    };
                    break;
                }
            }
            // "... that he agrees and said “...”", "telling CNN that ... and questioning how":
            // a second verb of the same subject; "and Trump calling it ...": of another.
            if k > r && k + 1 < b && matches!(t.low(k), "and" | "but") {
                let mut v = k + 1;
                if t.is_cap(v) {
                    v = self.np_forward(v, b).unwrap_or(v);
                }
                let second = v < b
                    && t.is_word(v)
                    && !t.is_cap(v)
                    && self.is_verb_at(v)
                    && self.cue_at(v, b).is_some_and(|(_, _, f)| {
                        // A participle after "and" alone continues the participle before it.
                        matches!(f, Form::Past | Form::Third) || v > k + 1 || f == Form::Ing
                    });
                if second {
                    end = t.span(k - 1).end;
                    break;
                }
            }
            if self.is(k, ";") && k > r {
                end = t.span(k - 1).end;
                break;
            }
            k += 1;
        }
        Span::new(start, end.max(start))
    }

    /// True when the relative clause that starts at token `k` ("which") closes with a comma
    /// and the main clause goes on with its verb ("the plan, which some have argued was
    /// rushed, was an insult"): an aside, not the end of the content.
    pub(super) fn parenthetical_relative(&self, k: usize, b: usize) -> bool {
        let t = self.toks;
        (k + 2..(k + 24).min(b))
            .find(|&i| self.is(i, ",") && self.quote_of(i).is_none())
            .is_some_and(|c| {
                // The clause goes on after the aside: a verb, a preposition, or a quotation
                // ("..., which is widely supported, “wouldn't go 10 feet”").
                let mut n = c + 1;
                while n < b && self.opens_quote(n) {
                    n += 1;
                }
                n < b && {
                    let next = t.low(n);
                    self.words.is(next, crate::words::AUX | PREP)
                        || self.negated_aux(next)
                        || (t.is_word(n) && !t.is_cap(n) && self.words.class(next) == 0)
                }
            })
    }

    /// True when a coordinate clause with a cue of its own starts at token `k` (", and Trump
    /// vowed to ...", ", but aides say ..."): the content before it ends at the comma.
    pub(super) fn new_clause(&self, k: usize, b: usize) -> bool {
        let t = self.toks;
        if !matches!(t.low(k), "and" | "but") {
            // ", a man yelled “Stay there!”": a subject and a cue of their own, with no
            // conjunction.
            let opens = t.is_class(k, DET) && self.pronoun_case(k).is_none();
            return opens
                && (k + 1..(k + 5).min(b))
                    .take_while(|&i| t.is_word(i) && self.quote_of(i).is_none())
                    .any(|i| {
                        !t.is_cap(i)
                            && self.is_verb_at(i)
                            && self.cue_at(i, b).is_some_and(|(_, _, f)| f == Form::Past)
                    });
        }
        if k + 2 >= b {
            return false;
        }
        // ", but he has also ...": a new subject and its verb.
        if t.low(k) == "but" && self.pronoun_case(k + 1) == Some(Case::Subject) {
            let next = t.low(k + 2);
            let verb = t.is_word(k + 2)
                && !t.is_cap(k + 2)
                && (self.words.class(next) == 0 || self.words.is(next, AUX));
            if verb || self.negated_aux(next) {
                return true;
            }
        }
        (k + 1..(k + 10).min(b))
            .take_while(|&i| !self.is(i, ",") && self.quote_of(i).is_none())
            .any(|i| t.is_word(i) && !t.is_cap(i) && self.is_verb_at(i) && t.is_word(i - 1))
    }

    /// The end (after the closing mark) of the quotation chain that quotation `q` belongs to.
    pub(super) fn chain_end(&self, q: usize) -> usize {
        let chain = self.quotes[q].chain;
        let mut end = self.quotes[q].outer().end;
        for p in self.quotes.iter().skip(q + 1) {
            if p.chain != chain {
                break;
            }
            end = p.outer().end;
        }
        end
    }

    /// True when the part after a source's comma is a coordinate clause of its own ("..., but
    /// his lead shrank").
    pub(super) fn parenthetical_end(&self, k: usize, b: usize) -> bool {
        k + 1 >= b || self.toks.is_class(k + 1, crate::words::CONJ)
    }
}
