//! Sources that do not stand right before their cue: the subject of the clause a participle
//! hangs off, the subject of a first verb ("he laughed and said"), the issuer of "a statement
//! saying", and the speaker after an inverted cue ("..., said Smith").

use std::ops::Range;

use super::cues::Frame;
use super::Ctx;
use crate::words::{Case, DET, LEAD, PREP, SUB, TIME};

impl Ctx<'_, '_> {
    /// For a participle at token `v` after "issued a statement", "released a letter": the
    /// token of that verb.
    pub(super) fn issued_statement(&self, a: usize, v: usize) -> Option<usize> {
        let t = self.toks;
        // "a series of tweets early Friday saying": time words may come between.
        let mut noun = v.checked_sub(1).filter(|&k| k > a)?;
        while noun > a + 1 && t.is_class(noun, TIME) {
            noun -= 1;
        }
        if !self.is_media_noun(noun) {
            return None;
        }
        if noun >= a + 3 && t.low(noun - 1) == "of" {
            noun -= 2;
        }
        let mut d = noun;
        while d > a && !t.is_class(d - 1, DET) && noun - d < 3 {
            d -= 1;
        }
        let det = d.checked_sub(1).filter(|&k| k > a && t.is_class(k, DET))?;
        let verb = det - 1;
        let low = t.low(verb);
        (t.is_word(verb) && !t.is_cap(verb) && self.words.class(low) == 0 && low.ends_with("ed"))
            .then_some(verb)
    }

    /// For a participle at token `v`: true when the phrase before it is the object of a verb
    /// ("Sanders started out their ninth debate saying ..."), so the participle belongs to
    /// the clause's subject.
    pub(super) fn after_object(&self, a: usize, v: usize) -> bool {
        let t = self.toks;
        let Some(s) = self.np_back(v - 1, a) else {
            return false;
        };
        if s <= a || !t.is_class(s, DET) || self.pronoun_case(s) == Some(Case::Subject) {
            return false;
        }
        let before = t.low(s - 1);
        t.is_word(s - 1)
            && !t.is_cap(s - 1)
            && self.words.class(before) == 0
            && !before.ends_with('s')
    }

    /// True when a source may follow the cue: the cue opens the sentence or follows a comma or
    /// a closing quotation mark ("“Q,” said Smith").
    pub(super) fn may_invert(&self, a: usize, v: usize, frame: Frame) -> bool {
        if !matches!(frame, Frame::Say | Frame::Tell | Frame::Think | Frame::Ask) {
            return false;
        }
        v == a || self.is(v - 1, ",") || self.closed_by(v - 1).is_some() || self.is(v - 1, "—")
    }

    /// The subject of the clause a hanging participle belongs to ("The departments declined,
    /// saying ..."): the first noun phrase of the sentence, after any opening adverbial.
    pub(super) fn main_subject(&self, a: usize, v: usize) -> Option<Range<usize>> {
        let t = self.toks;
        let mut k = a;
        while k < v && !t.is_word(k) {
            k += 1;
        }
        if k >= v {
            return None;
        }
        // A dateline: "WASHINGTON — ", "MANCHESTER, N.H. - ".
        if let Some(dash) =
            (k..(k + 8).min(v)).find(|&i| matches!(t.str(i), "—" | "-" | "--" | "–"))
        {
            let shouted = t.is_word(k) && t.str(k).chars().all(|c| !c.is_lowercase());
            if shouted && dash + 1 < v {
                k = dash + 1;
            }
        }
        // Skip opening adverbials to their commas: "In June, after the vote, Axelrod ...",
        // "Asked whether she regretted it, she ...".
        while k < v
            && (t.is_class(k, PREP | SUB | TIME | LEAD)
                || (t.is_cap(k) && (t.low(k).ends_with("ed") || t.low(k).ends_with("ing"))))
        {
            let comma = (k..v).find(|&i| self.is(i, ","))?;
            k = comma + 1;
        }
        if k >= v {
            return None;
        }
        if let Some(case) = self.pronoun_case(k) {
            return (case == Case::Subject).then_some(k..k + 1);
        }
        let e = self.np_forward(k, v)?;
        // "The striker quit the club after claiming": a plain word that a determiner follows
        // is the verb of the clause, not part of its subject.
        let e = (k + 1..e)
            .find(|&i| {
                t.is_word(i)
                    && !t.is_cap(i)
                    && t.class(i) == 0
                    && i + 1 < v
                    && t.is_class(i + 1, DET)
            })
            .unwrap_or(e);
        Some(k..e)
    }

    /// For a verb after "and" (token `and`): a subject pronoun shortly before it, in the same
    /// clause ("he laughed and said").
    pub(super) fn coordinated_subject(&self, a: usize, and: usize) -> Option<Range<usize>> {
        let t = self.toks;
        (and.saturating_sub(12).max(a)..and)
            .rev()
            .filter(|&i| self.quote_of(i).is_none())
            .take_while(|&i| !self.is(i, ",") && !self.is(i, ";"))
            .find(|&i| t.is_word(i) && self.pronoun_case(i) == Some(Case::Subject))
            .map(|i| i..i + 1)
    }
}
