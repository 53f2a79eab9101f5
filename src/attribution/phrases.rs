//! Noun phrases around a cue, found by walking over tokens with the function-word lists: the
//! subject before a verb ("Kremlin spokesman Dmitry Peskov", "Leonid Slutsky, the chairman of
//! ...,"), the phrase after it ("said Sen. Smith, who ..."), and listeners ("told reporters").

use std::ops::Range;

use super::Ctx;
use crate::words::{Case, ADV, AUX, CONJ, DET, LEAD, PREP, PRON, SUB, TIME};

/// The longest noun phrase walked back over.
const MAX_NP: usize = 16;
/// The longest appositive between two commas.
const MAX_APPOSITIVE: usize = 24;

impl Ctx<'_, '_> {
    /// The pronoun entry of a lowercase word, looking through contractions ("he’d", "they're").
    pub(super) fn pronoun_case(&self, i: usize) -> Option<Case> {
        let low = self.toks.low(i);
        // The class bits already tell whether the pronoun list holds the word itself: most
        // tokens need no lookup. The list holds no apostrophes, so any other word is a
        // pronoun only as the stem of a contraction, whose apostrophe (`'`, or the last byte
        // of `’`) comes two or three bytes from its end; most words have none there.
        if self.toks.is_class(i, PRON) {
            return self.words.pronoun(low).map(|p| p.case);
        }
        let b = low.as_bytes();
        let apostrophe = |k: usize| matches!(b.get(b.len().wrapping_sub(k)), Some(b'\'' | 0x99));
        if !(apostrophe(2) | apostrophe(3)) {
            return None;
        }
        let stem = [
            "'d", "’d", "'ll", "’ll", "'s", "’s", "'re", "’re", "'ve", "’ve",
        ]
        .iter()
        .find_map(|s| low.strip_suffix(s))?;
        self.words.pronoun(stem).map(|p| p.case)
    }

    fn class(&self, i: usize) -> u16 {
        self.toks.class(i)
    }

    /// True when token `i` is a word or a number.
    fn wordlike(&self, i: usize) -> bool {
        self.toks.toks[i].kind != crate::tokens::TokenKind::Punct
    }

    /// The start of the noun phrase that ends with token `j`, not before `lo`: names with their
    /// titles, "the president", "many of the voters", "Sen. Smith (D-Ohio)".
    pub(super) fn np_back(&self, j: usize, lo: usize) -> Option<usize> {
        let t = self.toks;
        let mut start: Option<usize> = None;
        let mut k = j;
        let mut n = 0;
        loop {
            if k < lo || n >= MAX_NP || self.quote_of(k).is_some() {
                break;
            }
            if self.is(k, ")") {
                // A parenthesis after a name: "Sen. Chris Murphy (D-Conn.)".
                let open = (k.saturating_sub(8).max(lo)..k)
                    .rev()
                    .find(|&i| self.is(i, "("));
                match open {
                    Some(o) if o > lo && t.is_cap(o - 1) => {
                        start = Some(o);
                        // The parenthesis's tokens count toward the phrase's length.
                        n += k - o + 1;
                        k = o - 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.wordlike(k) {
                break;
            }
            let low = t.low(k);
            let c = self.class(k);
            if t.is_cap(k) {
                if c & DET != 0 {
                    start = Some(k);
                    break;
                }
                // "Will Doyle", "Mark Levine": a capitalized function word inside a name, unless
                // it opens the sentence.
                let name_part = k > lo && t.is_word(k - 1) && t.is_cap(k - 1) && c & TIME == 0
                    || k < j
                        && t.is_cap(k + 1)
                        && k > lo
                        && c & (SUB | CONJ | PREP | LEAD) == 0
                        && self.pronoun_case(k).is_none();
                if !name_part
                    && (c & (SUB | CONJ | PREP | AUX | LEAD | TIME) != 0
                        || self.pronoun_case(k).is_some())
                {
                    break;
                }
                start = Some(k);
            } else if c & DET != 0 {
                start = Some(k);
                // "most of the voters", "one of his aides".
                if k >= lo + 2
                    && t.low(k - 1) == "of"
                    && self.wordlike(k - 2)
                    && self.class(k - 2) & (PREP | SUB | CONJ | AUX | LEAD | TIME | ADV) == 0
                {
                    k -= 1;
                    n += 1;
                    continue;
                }
                // "a narrator in the Clinton ad", "a spokesman for the ministry".
                if k >= lo + 2 && self.placed_by(k - 1, lo) {
                    k -= 1;
                    n += 1;
                    continue;
                }
                break;
            } else if self.pronoun_case(k) == Some(Case::Possessive) {
                start = Some(k);
                break;
            } else if low == "of" {
                if start.is_none() || k == lo {
                    break;
                }
            } else if low == "in"
                && start.is_some()
                && k > lo
                && (t.toks[k - 1].kind == crate::tokens::TokenKind::Number
                    || self.class(k - 1) & DET != 0)
                && t.toks[k + 1].kind == crate::tokens::TokenKind::Number
            {
                // "four in 10", "one in 5": a share of a poll's respondents.
            } else if start.is_some() && self.placed_by(k, lo) {
                // "Traders in Hamburg", "a spokesman for the ministry": a group or role
                // placed by a phrase.
            } else if c & (PREP | SUB | CONJ | AUX | LEAD | TIME | ADV | PRON) != 0
                || self.negated_aux(low)
                || (low.ends_with("ly") && low.len() > 4 && !t.is_cap(k))
                || self.is_verb_at(k)
            {
                break;
            } else {
                start = Some(k);
            }
            if k == 0 {
                break;
            }
            k -= 1;
            n += 1;
        }
        let mut s = start?;
        // "of" cannot open a phrase; time words and sentence adverbs are not part of it.
        while s <= j {
            let low = t.low(s);
            let c = self.class(s);
            if low == "of" || c & (TIME | LEAD) != 0 && c & DET == 0 {
                s += 1;
            } else {
                break;
            }
        }
        if s > j || (s..=j).all(|i| !t.is_word(i) || self.class(i) & TIME != 0) {
            return None;
        }
        Some(s)
    }

    /// True when token `k` is a preposition that places the noun before it ("Traders in
    /// Hamburg", "a narrator in the ad", "a spokesman for the ministry"), so the phrase it
    /// opens belongs to the subject.
    pub(super) fn placed_by(&self, k: usize, lo: usize) -> bool {
        let t = self.toks;
        if k <= lo || !matches!(t.low(k), "in" | "at" | "from" | "for" | "with") {
            return false;
        }
        let p = k - 1;
        if !t.is_word(p) {
            return false;
        }
        let low = t.low(p);
        self.is_title_word(low)
            || (low.ends_with('s') && self.class(p) == 0)
            || (p > lo
                && self.class(p) == 0
                && !t.is_cap(p)
                && matches!(t.low(p - 1), "a" | "an" | "the" | "one"))
    }

    /// The source written right before a verb group that starts at token `v`, not before `lo`:
    /// a pronoun, a relative pronoun, a noun phrase, a name with an appositive between commas,
    /// or a list of names ("Reuters, The Washington Post, and Axios").
    pub(super) fn subject_before(&self, v: usize, lo: usize) -> Option<Range<usize>> {
        if v <= lo {
            return None;
        }
        let t = self.toks;
        let mut j = v - 1;
        // "Bolton and Gorka both denounced", "they all said": a floating quantifier after the
        // subject belongs to neither the subject nor its reference.
        if j > lo
            && matches!(t.low(j), "both" | "all")
            && (t.is_word(j - 1) && !t.is_class(j - 1, PREP | DET | CONJ | SUB))
        {
            return self.subject_before(j, lo);
        }
        // "Cruz himself said".
        if j > lo
            && t.is_word(j)
            && t.low(j).ends_with("self")
            && t.is_word(j - 1)
            && t.is_cap(j - 1)
        {
            j -= 1;
        }
        if t.is_word(j) {
            if let Some(case) = self.pronoun_case(j) {
                return match case {
                    Case::Subject | Case::Relative => Some(j..v),
                    _ => None,
                };
            }
        }
        // "everyone agrees", "almost nobody believes", "many people say": an indefinite
        // pronoun or "people" is a whole subject, with the quantifier or adverb before it.
        if t.is_word(j)
            && matches!(
                t.low(j),
                "everyone" | "everybody" | "nobody" | "someone" | "somebody" | "people"
            )
        {
            let mut s = j;
            if s > lo
                && t.is_word(s - 1)
                && (matches!(
                    t.low(s - 1),
                    "almost" | "nearly" | "not" | "virtually" | "many" | "most" | "some" | "few"
                ) || (t.low(j) == "people" && t.is_class(s - 1, DET)))
            {
                s -= 1;
            }
            return Some(s..v);
        }
        if self.is(j, ",") {
            // "Others, however, say": a sentence adverb between commas.
            if j >= lo + 3 && self.is(j - 2, ",") && self.class(j - 1) & (LEAD | ADV) != 0 {
                return self.subject_before(j - 2, lo);
            }
            return self.appositive_subject(j, lo);
        }
        if self.is_dash(j) {
            return self.dashed_subject(j, lo);
        }
        // "Trump on Saturday tweeted", "A report released last year found": a time phrase
        // between the subject and its verb.
        let mut skipped = false;
        while j > lo && t.is_word(j) && self.class(j) & TIME != 0 {
            j -= 1;
            skipped = true;
            if matches!(
                t.low(j),
                "on" | "last" | "this" | "earlier" | "late" | "early"
            ) && j > lo
            {
                j -= 1;
            }
        }
        // "Beck, who chairs the panel, on Friday declared": the appositive before the time.
        if skipped && self.is(j, ",") {
            return self.appositive_subject(j, lo);
        }
        if skipped && !self.wordlike(j) {
            return None;
        }
        let s = self.np_back(j, lo)?;
        Some(self.coordinated(s, lo)..if skipped { j + 1 } else { v })
    }

    /// True when token `j` is a dash that may set off an aside: a hyphen standing alone, an
    /// en, em or horizontal-bar dash.
    fn is_dash(&self, j: usize) -> bool {
        matches!(self.toks.low(j), "-" | "--" | "–" | "—" | "―")
    }

    /// The subject "X - aside -" whose closing dash is token `j`: the noun phrase before the
    /// opening dash, without the aside, as PolNeAR marks it.
    fn dashed_subject(&self, j: usize, lo: usize) -> Option<Range<usize>> {
        let floor = j.saturating_sub(MAX_APPOSITIVE).max(lo);
        let open = (floor..j).rev().find(|&i| {
            self.is_dash(i) || self.quote_of(i).is_some() || self.is(i, ";") || self.is(i, ":")
        })?;
        if !self.is_dash(open) || open <= lo || open + 1 >= j {
            return None;
        }
        let s = self.np_back(open - 1, lo)?;
        Some(self.coordinated(s, lo)..open)
    }

    /// "A and B", "A, B and C": the start of the whole list whose last member starts at `s`.
    fn coordinated(&self, s: usize, lo: usize) -> usize {
        let t = self.toks;
        let mut s = s;
        if s < lo + 2 || !matches!(t.low(s - 1), "and" | "&") {
            return s;
        }
        let mut k = s - 2;
        if self.is(k, ",") && k > lo {
            k -= 1;
        }
        if !t.is_cap(k) {
            return s;
        }
        let Some(first) = self.np_back(k, lo) else {
            return s;
        };
        s = first;
        while s >= lo + 2 && self.is(s - 1, ",") && t.is_cap(s - 2) {
            match self.np_back(s - 2, lo) {
                Some(p) => s = p,
                None => break,
            }
        }
        s
    }

    /// The subject "X, appositive," whose second comma is token `j`. The first comma is the
    /// nearest one that opens an appositive ("Slutsky, the chairman of ...,"), a relative
    /// clause ("Swanson, who is a pastor in Elizabeth, Colorado,") or a parenthetical phrase
    /// ("Clinton, during a town hall in Columbus, Ohio,"), which the source then leaves out.
    fn appositive_subject(&self, j: usize, lo: usize) -> Option<Range<usize>> {
        let t = self.toks;
        let floor = j.saturating_sub(MAX_APPOSITIVE).max(lo);
        let mut first = j;
        // "Columbus, Ohio," inside a parenthesis: a lone capitalized word between commas is
        // kept only when no comma further back opens the parenthesis.
        let mut lone: Option<Range<usize>> = None;
        while first > floor {
            first -= 1;
            if self.quote_of(first).is_some() || self.is(first, ";") || self.is(first, ":") {
                return None;
            }
            if !self.is(first, ",") || first + 1 >= j || first <= lo {
                continue;
            }
            let before = first - 1;
            if !self.wordlike(before) && !self.is(before, ")") {
                continue;
            }
            let head = first + 1;
            let low = t.low(head);
            let c = self.class(head);
            let verb_inside = (head..j).any(|i| self.is_verb_at(i) && !t.is_cap(i));
            if c & PREP != 0 && c & DET == 0 {
                // "Sullivan, in an attempt to ..., wrote": the phrase before the parenthesis.
                if let Some(s) = self.np_back(before, lo) {
                    return Some(self.coordinated(s, lo)..first);
                }
                continue;
            }
            // Anything but a clause: not a subject pronoun, conjunction or auxiliary.
            // "Tester, himself up for reelection, said": a reflexive opens an appositive.
            let opens = t.is_cap(head)
                || low.ends_with("self")
                || low.ends_with("selves")
                || c & DET != 0
                || matches!(self.pronoun_case(head), Some(Case::Relative))
                || low == "whose"
                || !t.is_word(head)
                || (c & (SUB | CONJ | AUX) == 0 && self.pronoun_case(head).is_none());
            // A relative clause or a participle phrase may hold a cue of its own ("who said
            // ...", "speaking on condition of anonymity to discuss ...").
            // "a former judge who argued with the mayor": a relative clause inside the
            // appositive holds the verb.
            let clause_aside = self.pronoun_case(head) == Some(Case::Relative)
                || low.ends_with("ing")
                || low.ends_with("ed")
                || (head + 1..j).any(|i| {
                    self.pronoun_case(i) == Some(Case::Relative)
                        && (head..i).all(|k| !self.is_verb_at(k) || t.is_cap(k))
                });
            if !opens || (verb_inside && !clause_aside) {
                continue;
            }
            if let Some(s) = self.np_back(before, lo) {
                let found = self.coordinated(s, lo)..j;
                if j - head == 1 && t.is_cap(head) {
                    lone.get_or_insert(found);
                    continue;
                }
                return Some(found);
            }
        }
        lone
    }

    /// The end of the noun phrase that starts at token `i`, before `hi`: a listener ("reporters",
    /// "the TASS state news agency"), a name after an inverted cue, the source of "according
    /// to".
    pub(super) fn np_forward(&self, i: usize, hi: usize) -> Option<usize> {
        let t = self.toks;
        let mut k = i;
        let det = i < hi && t.is_class(i, DET);
        let mut seen_cap = false;
        while k < hi {
            if self.quote_of(k).is_some() {
                break;
            }
            if self.is(k, "(") {
                let close = (k + 1..(k + 8).min(hi)).find(|&c| self.is(c, ")"));
                match close {
                    Some(c) if k > i => {
                        k = c + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if !self.wordlike(k) {
                break;
            }
            let low = t.low(k);
            let c = self.class(k);
            if k == i {
                if let Some(case) = self.pronoun_case(k) {
                    return matches!(case, Case::Object | Case::Subject).then_some(k + 1);
                }
                // "Will Doyle": capitalized before another capital, a name.
                let name = t.is_cap(k) && k + 1 < hi && t.is_cap(k + 1);
                if c & (PREP | SUB | CONJ | AUX | LEAD) != 0 && c & DET == 0 && !name {
                    return None;
                }
                seen_cap |= t.is_cap(k) && c & DET == 0;
                k += 1;
                continue;
            }
            if t.is_cap(k) {
                let inside_name = t.is_cap(k - 1) && t.is_word(k - 1);
                if !inside_name
                    && (c & (SUB | CONJ | PREP | AUX | LEAD) != 0 || self.pronoun_case(k).is_some())
                {
                    break;
                }
                if c & TIME != 0 && c & DET == 0 {
                    break;
                }
                seen_cap = true;
                k += 1;
                continue;
            }
            if low == "of" && k + 1 < hi && self.wordlike(k + 1) {
                k += 1;
                continue;
            }
            // After a name, a lowercase word is a title ("Kremlin spokesman"), or part of a
            // phrase that a determiner opened ("the TASS state news agency"); else a verb.
            if seen_cap && !det && !self.is_title_word(low) {
                break;
            }
            if low.ends_with("ed") && !t.is_class(k - 1, DET) {
                break;
            }
            // Time words stay inside a phrase a determiner opened ("the early morning hours").
            let time = c & TIME != 0 && !(det && c & (LEAD | ADV) == 0);
            // A participle between an article and its noun is an adjective ("in a written
            // statement", "the quoted passage"), not a verb that ends the phrase.
            let adjective = matches!(t.low(k - 1), "a" | "an" | "the")
                && k + 1 < hi
                && self.wordlike(k + 1)
                && !t.is_cap(k + 1)
                && self.class(k + 1) == 0
                && !self.is_verb_at(k + 1);
            if c & (DET | PREP | SUB | CONJ | AUX | LEAD | ADV | PRON) != 0
                || time
                || self.pronoun_case(k).is_some()
                || self.negated_aux(low)
                || (low.ends_with("ly") && low.len() > 4 && c & TIME == 0)
                || (self.is_verb_at(k) && !adjective)
            {
                break;
            }
            k += 1;
        }
        (k > i).then_some(k)
    }

    /// An inverted or trailing source extends over appositives and relative clauses to the end
    /// of its clause ("said Ronald Smith, a Miami lawyer who has worked on it"): from `e`, the
    /// end of its noun phrase, to the end it reaches before `hi`.
    pub(super) fn extend_source(&self, e: usize, hi: usize) -> usize {
        let t = self.toks;
        let mut k = e;
        if k >= hi || !self.is(k, ",") {
            return e;
        }
        // The part after the comma must read as an appositive or a relative clause.
        let head = k + 1;
        if head >= hi {
            return e;
        }
        let low = t.low(head);
        let opens = t.is_class(head, DET)
            || matches!(low, "who" | "whose" | "which" | "one")
            || (t.is_cap(head) && self.class(head) & (SUB | CONJ | PREP | LEAD) == 0)
            || self.is_title_word(low);
        if !opens {
            return e;
        }
        // "said Beck, who said there were ...": a clause with a cue of its own is a claim of
        // its own, not part of the source.
        let own_cue = (head..hi)
            .take_while(|&i| !self.is(i, ",") && self.quote_of(i).is_none() && !self.opens_quote(i))
            .any(|i| t.is_word(i) && !t.is_cap(i) && self.is_verb_at(i));
        if own_cue {
            return e;
        }
        k = head;
        while k < hi {
            if self.quote_of(k).is_some() || self.opens_quote(k) {
                break;
            }
            if self.is(k, ",") && k + 1 < hi {
                let next = t.low(k + 1);
                let participle = self.cue_at(k + 1, k + 2).is_some();
                if participle || next == "according" || self.class(k + 1) & (SUB | CONJ) != 0 {
                    break;
                }
            }
            if self.is(k, ";") || self.is(k, ":") {
                break;
            }
            k += 1;
        }
        while k > e && (self.is(k - 1, ",") || self.is(k - 1, ".")) {
            k -= 1;
        }
        k
    }
}
