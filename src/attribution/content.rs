//! A cue's source and content: which side of the cue each stands on, and where they end.
//!
//! The content after a cue runs from "that" (kept, as PolNeAR keeps it) or the first word of
//! the clause to the end of the sentence, or to a comma that hangs another cue or a contrast off
//! the clause ("..., adding that", "..., while"); a quotation that opens there and runs past
//! the sentence runs the content with it. The content before a cue ("“Q,” she said", "Prices
//! rose, he said") runs from the sentence start, or from the start of the quotation that closes
//! right before the source, to that source.

use std::ops::Range;

use super::cues::{CueHit, Form, Frame};
use super::{Ctx, Draft};
use crate::span::Span;
use crate::words::{Case, AUX, DET, LEAD, PREP, SUB, TIME};

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

/// Verbs of knowing that attribute only a clause ("knows that ..."), never an object ("knows
/// Bloomberg", "learned the trade").
const CLAUSE_ONLY: &[&str] = &[
    "know",
    "learn",
    "understand",
    "realize",
    "recognize",
    "accept",
    "imagine",
    "figure",
    "guess",
    "suppose",
    "assume",
    "feel",
    "see",
];

/// Words that open an adverbial phrase between a cue and its content ("said in a statement
/// that", "told reporters on Sunday that").
const ADJUNCT_PREPS: &[&str] = &[
    "in", "on", "at", "during", "via", "through", "aboard", "from", "after", "before", "while",
    "outside", "inside", "over", "for",
];

impl Ctx<'_, '_> {
    /// The claim a cue makes in the sentence of tokens `a..b`, if it has a content.
    pub(super) fn claim(
        &self,
        si: usize,
        a: usize,
        b: usize,
        hit: &CueHit,
        earlier: &[Draft],
    ) -> Option<Draft> {
        if hit.verb.lemma == "according to" {
            return self.according(si, a, b, hit);
        }
        if hit.verb.lemma == "in" {
            return self.in_poll(si, a, b, hit);
        }
        let t = self.toks;
        let mut v = hit.group.start;
        let g_end = hit.group.end;
        let frame = hit.verb.frame;
        // "issued a statement saying": the whole phrase is the cue, its subject the source.
        let issued = if hit.form == Form::Ing {
            self.issued_statement(a, v)
        } else {
            None
        };
        let mut hit = hit.clone();
        if let Some(verb) = issued {
            v = verb;
            hit.group = verb..g_end;
        }
        let hit = &hit;
        // "..., adding that", "said before adding:", "by saying": the participle hangs off
        // its clause and shares its subject.
        let hangs = hit.form == Form::Ing
            && issued.is_none()
            && v > a
            && (t.is(v - 1, ",")
                || !t.is_word(v - 1)
                || (self.words.is(t.low(v - 1), PREP | SUB) && !self.words.is(t.low(v - 1), DET))
                || self.after_object(a, v));
        let v_subj = v;
        // A segmenter may cut "She declared “Wow!” | and said ...": the first verb's subject
        // may stand in the sentence before.
        let para = self.seg.sentences[si].paragraph;
        let para_lo = self
            .seg
            .paragraphs
            .get(para)
            .map_or(a, |p| self.toks.at_or_after(p.start).min(a));
        let mut inverted = false;
        let mut source = if hangs {
            earlier
                .last()
                .and_then(|d| d.source.clone())
                .filter(|s| !(s.len() == 1 && self.pronoun_case(s.start) == Some(Case::Relative)))
                .or_else(|| self.main_subject(a, v))
        } else if v_subj > a && matches!(t.low(v_subj - 1), "and" | "but" | "or") {
            // "he laughed and said", "Trump has expressed his desire ... and has indicated
            // he would meet": the subject of the first verb.
            // "Lazar said he welcomed it and added ...": the subject of the cue before, not
            // the pronoun of its content.
            earlier
                .last()
                .and_then(|d| d.source.clone())
                .filter(|s| !(s.len() == 1 && self.pronoun_case(s.start) == Some(Case::Relative)))
                .or_else(|| {
                    self.coordinated_subject(if v_subj == a + 1 { para_lo } else { a }, v_subj - 1)
                })
                .or_else(|| self.main_subject(a, v_subj))
        } else {
            self.subject_before(v_subj, a).and_then(|s| {
                // "but in a later interview said": the phrase is an adverbial after "and"/"but".
                let pp = s.start >= a + 2
                    && self.words.is(t.low(s.start - 1), PREP)
                    && !self.words.is(t.low(s.start - 1), DET)
                    && matches!(t.low(s.start - 2), "and" | "but");
                if !pp {
                    return Some(s);
                }
                earlier.last().and_then(|d| d.source.clone()).or_else(|| {
                    self.coordinated_subject(a, s.start - 2)
                        .or_else(|| self.main_subject(a, s.start - 2))
                })
            })
        };
        if source.is_none() && !hangs && self.may_invert(a, v, frame) {
            if let Some(e) = self.np_forward(g_end, b) {
                // "..., said Wednesday that": a time, not a speaker.
                if !self.words.is(t.low(g_end), TIME) {
                    source = Some(g_end..self.extend_source(e, b));
                    inverted = true;
                }
            }
        }
        if self.pseudo_cleft(a, b, hit) {
            // "what he claimed was a threat": the content is what follows "was".
            let content = self.clause(g_end + 1, b);
            return Some(Draft {
                sentence: si,
                cue: hit.group.clone(),
                verb: hit.verb,
                source,
                content,
                recipient: None,
                medium: None,
                reach: g_end + 1,
                guessed: None,
            });
        }
        let after = match (&source, inverted) {
            (Some(s), true) => s.end,
            _ => g_end,
        };
        let (mut r, recipient) = self.after_verb(after, b, frame, hit.passive);
        if hit.passive && r + 1 < b && t.is(r, ",") {
            // "was quoted by the agency on Thursday, indicating that ...": one claim.
            if let Some((e, _, Form::Ing)) = self.cues.at(t, r + 1, b) {
                r = e;
            }
        }
        let left_ok = matches!(
            frame,
            Frame::Say | Frame::Tell | Frame::Think | Frame::Ask | Frame::Show
        ) && !hangs;
        let boundary = match (&source, inverted) {
            (Some(s), false) => s.start,
            _ => v,
        };
        // "“Q,” she said ...": the quotation before the source is the content, whatever
        // follows the cue, unless the quotation goes on after it ("“Q1,” she said, “Q2.”").
        // The walk back to a closing mark may cross into the sentence before, when a
        // segmenter cut "“Why?” | he asked." in two.
        if left_ok && self.quote_ends_before(para_lo, boundary) {
            let left = self.left_content(a, para_lo, boundary)?;
            let content = match self.split_quote(r, b) {
                Some(more) => left.cover(more),
                None => match self.after_quote(r, b, left, a) {
                    Some(more) => left.cover(more),
                    None => left,
                },
            };
            return Some(self.draft(si, hit, source, content, recipient, r));
        }
        let parenthetical = self.parenthetical(r, b);
        let right = if parenthetical {
            Some(self.clause(r + 1, b))
        } else if frame == Frame::Think
            && CLAUSE_ONLY.contains(&hit.verb.lemma)
            && !self.opens_clause(r, b)
        {
            // "learned the trade", "knows Bloomberg": knowing a thing, not a claim.
            None
        } else {
            self.right_content(si, r, b, frame)
        };
        // A relative pronoun source ("who advises Kasich") has its content on the right only.
        let relative = source.as_ref().is_some_and(|s| {
            s.len() == 1 && matches!(self.pronoun_case(s.start), Some(Case::Relative))
        });
        let left = if left_ok && !relative && (right.is_none() || parenthetical) {
            self.left_content(a, a, boundary)
        } else {
            None
        };
        let content = match (left, right) {
            (Some(l), Some(r)) => l.cover(r),
            (Some(l), None) => l,
            (None, Some(r)) => r,
            (None, None) => return None,
        };
        if content.is_empty() {
            return None;
        }
        let content = self.within_fronted_clause(a, b, v, content);
        Some(self.draft(si, hit, source, content, recipient, r))
    }

    /// A draft from its parts; a passive cue's "by" phrase is the medium that carried it.
    fn draft(
        &self,
        si: usize,
        hit: &CueHit,
        source: Option<Range<usize>>,
        content: Span,
        by: Option<Range<usize>>,
        reach: usize,
    ) -> Draft {
        let (recipient, medium) = if hit.passive { (None, by) } else { (by, None) };
        Draft {
            sentence: si,
            cue: hit.group.clone(),
            verb: hit.verb,
            source,
            content,
            recipient,
            medium,
            reach,
            guessed: None,
        }
    }

    /// True when a quotation closes right before token `boundary` (commas and dashes aside),
    /// after the sentence start `a` or in an earlier sentence.
    fn quote_ends_before(&self, a: usize, boundary: usize) -> bool {
        let t = self.toks;
        let mut e = boundary;
        while e > a {
            let p = e - 1;
            if let Some(q) = self.closed_by(p) {
                // “A whole sentence.” Reid said ...: a new sentence the segmenter missed,
                // unless a lowercase source continues it (“Stop.” he said).
                let inner = self.quotes[q].span.slice(self.text).trim_end();
                let ends_stop = inner.ends_with('.');
                let lower = boundary < t.len() && !t.is_cap(boundary);
                return !ends_stop || lower || e < boundary;
            }
            if t.is(p, ",") || t.is(p, "—") || t.is(p, "--") || t.is(p, "-") {
                e -= 1;
            } else {
                return false;
            }
        }
        false
    }

    /// The second half of a split quotation after the cue: ", “Q2”" at token `r`.
    /// The second half of a split quotation right after the cue: ", “Q2”" at token `r`.
    fn split_quote(&self, r: usize, b: usize) -> Option<Span> {
        let t = self.toks;
        // “Q1,” he said of the campaign, “Q2.”
        let r = if r < b && t.low(r) == "of" {
            match self.np_forward(r + 1, b) {
                Some(e) if e < b && t.is(e, ",") => e,
                _ => r,
            }
        } else {
            r
        };
        let k = if r < b && t.is(r, ",") { r + 1 } else { r };
        if k < b && self.opens_quote(k) {
            return Some(self.clause(k, b));
        }
        None
    }

    /// What still belongs to a content that a quotation before the cue opens: "said of the
    /// council's vote" (what the words were about), ", that ..." (the rest of the reported
    /// clause), and for a content that began before its quotation, the clause after a comma
    /// ("Nancy's role was “...,” Anthony says, a job that ...").
    fn after_quote(&self, r: usize, b: usize, left: Span, a: usize) -> Option<Span> {
        let t = self.toks;
        if r >= b {
            return None;
        }
        let low = t.low(r);
        if low == "of" || low == "that" {
            return Some(self.clause(r, b));
        }
        if t.is(r, ",") && r + 1 < b {
            if t.low(r + 1) == "that" {
                return Some(self.clause(r + 1, b));
            }
            let mixed =
                left.start == t.span(a).start && self.quote_of(a).is_none() && !self.opens_quote(a);
            if mixed && self.parenthetical(r, b) {
                return Some(self.clause(r + 1, b));
            }
        }
        None
    }

    /// True for "what X claimed was Y": a claim of its own even inside another claim.
    pub(super) fn pseudo_cleft(&self, a: usize, b: usize, hit: &CueHit) -> bool {
        let t = self.toks;
        let v = hit.group.start;
        let e = hit.group.end;
        if e + 1 >= b || !matches!(t.low(e), "was" | "is" | "were" | "are") {
            return false;
        }
        match self.subject_before(v, a) {
            Some(s) => s.start > a && t.low(s.start - 1) == "what",
            None => false,
        }
    }

    /// A cue inside an opening subordinate clause ("While Trump has committed to ending the
    /// war, he has yet to ...") keeps its content inside that clause.
    fn within_fronted_clause(&self, a: usize, b: usize, v: usize, content: Span) -> Span {
        let t = self.toks;
        let Some(first) = (a..b).find(|&i| t.is_word(i)) else {
            return content;
        };
        if !self.words.is(t.low(first), SUB) || t.low(first) == "that" {
            return content;
        }
        let comma = (first..b).find(|&i| t.is(i, ",") && self.quote_of(i).is_none());
        match comma {
            Some(c)
                if c > v && t.span(c).start > content.start && t.span(c).start < content.end =>
            {
                Span::new(content.start, t.span(c).start)
            }
            _ => content,
        }
    }

    /// For a participle at token `v` after "issued a statement", "released a letter": the
    /// token of that verb.
    fn issued_statement(&self, a: usize, v: usize) -> Option<usize> {
        let t = self.toks;
        // "a series of tweets early Friday saying": time words may come between.
        let mut noun = v.checked_sub(1).filter(|&k| k > a)?;
        while noun > a + 1 && self.words.is(t.low(noun), TIME) {
            noun -= 1;
        }
        if !self.media_nouns.contains(t.low(noun)) {
            return None;
        }
        if noun >= a + 3 && t.low(noun - 1) == "of" {
            noun -= 2;
        }
        let mut d = noun;
        while d > a && !self.words.is(t.low(d - 1), DET) && noun - d < 3 {
            d -= 1;
        }
        let det = d
            .checked_sub(1)
            .filter(|&k| k > a && self.words.is(t.low(k), DET))?;
        let verb = det - 1;
        let low = t.low(verb);
        (t.is_word(verb) && !t.is_cap(verb) && self.words.class(low) == 0 && low.ends_with("ed"))
            .then_some(verb)
    }

    /// For a participle at token `v`: true when the phrase before it is the object of a verb
    /// ("Sanders started out their ninth debate saying ..."), so the participle belongs to
    /// the clause's subject.
    fn after_object(&self, a: usize, v: usize) -> bool {
        let t = self.toks;
        let Some(s) = self.np_back(v - 1, a) else {
            return false;
        };
        if s <= a || !self.words.is(t.low(s), DET) || self.pronoun_case(s) == Some(Case::Subject) {
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
    fn may_invert(&self, a: usize, v: usize, frame: Frame) -> bool {
        if !matches!(frame, Frame::Say | Frame::Tell | Frame::Think | Frame::Ask) {
            return false;
        }
        v == a
            || self.toks.is(v - 1, ",")
            || self.closed_by(v - 1).is_some()
            || self.toks.is(v - 1, "—")
    }

    /// After the cue (and any inverted source): skips a listener, "to" + listener, and
    /// adverbials of time, place and medium. Returns where the content may start and the
    /// listener.
    fn after_verb(
        &self,
        start: usize,
        b: usize,
        frame: Frame,
        passive: bool,
    ) -> (usize, Option<Range<usize>>) {
        let t = self.toks;
        let mut r = start;
        let mut recipient = None;
        if passive && r < b && t.low(r) == "by" {
            // "was quoted by the state news agency ... as saying".
            if let Some(e) = self.np_forward(r + 1, b) {
                recipient = Some(r + 1..e);
                r = e;
            }
        }
        if matches!(frame, Frame::Tell | Frame::Ask) && r < b && self.starts_np(r) {
            if let Some(e) = self.np_forward(r, b) {
                let next = (e < b).then(|| t.low(e));
                let ask_ok = frame == Frame::Tell
                    || next.is_some_and(|n| {
                        matches!(
                            n,
                            "whether" | "if" | "why" | "how" | "what" | "when" | "about" | "to"
                        )
                    });
                if ask_ok {
                    recipient = Some(r..e);
                    r = e;
                }
            }
        }
        let mut guard = 0;
        while r < b && guard < 8 {
            guard += 1;
            let low = t.low(r);
            // "said then", "said matter-of-factly", "added later".
            let adverb = self.words.is(low, crate::words::ADV)
                || (low.ends_with("ly") && low.len() > 4 && !t.is_cap(r));
            if adverb && !matches!(low, "not" | "only") {
                r += 1;
                continue;
            }
            if low == "to" && frame == Frame::Say && recipient.is_none() && r + 1 < b {
                if let Some(e) = self.np_forward(r + 1, b) {
                    if self.opens_content(e, b) {
                        recipient = Some(r + 1..e);
                        r = e;
                        continue;
                    }
                }
                break;
            }
            if self.words.is(low, TIME) || (t.is_cap(r) && self.words.is(low, TIME)) {
                r += 1;
                continue;
            }
            if matches!(low, "last" | "this" | "earlier" | "late" | "early")
                && r + 1 < b
                && self.words.is(t.low(r + 1), TIME)
            {
                r += 2;
                continue;
            }
            if matches!(low, "as") && r + 1 < b && matches!(t.low(r + 1), "saying" | "telling") {
                r += 2;
                continue;
            }
            if ADJUNCT_PREPS.contains(&low) && r + 1 < b {
                if let Some(mut e) = self.np_forward(r + 1, b) {
                    // "during an interview with NBC News", "at a rally in Ohio".
                    while e + 1 < b && matches!(t.low(e), "with" | "on" | "in" | "of" | "at" | "to")
                    {
                        match self.np_forward(e + 1, b) {
                            Some(f) => e = f,
                            None => break,
                        }
                    }
                    if self.opens_content(e, b) {
                        r = e;
                        continue;
                    }
                }
            }
            break;
        }
        (r, recipient)
    }

    /// True when a noun phrase may start at token `r` (a listener after "told").
    fn starts_np(&self, r: usize) -> bool {
        let t = self.toks;
        if !t.is_word(r) {
            return false;
        }
        let low = t.low(r);
        if matches!(low, "that" | "whether" | "if") {
            return false;
        }
        if let Some(case) = self.pronoun_case(r) {
            return case == Case::Object;
        }
        !self.words.is(low, PREP | SUB) || self.words.is(low, DET)
    }

    /// True when what starts at token `e` can begin a content or ends the sentence: "that",
    /// a comma, a colon, a quotation, another adverbial, or a new clause.
    fn opens_content(&self, e: usize, b: usize) -> bool {
        if e >= b {
            return true;
        }
        let t = self.toks;
        let low = t.low(e);
        let next_time = e + 1 < b && self.words.is(t.low(e + 1), TIME);
        matches!(low, "that" | "," | ":" | "." | "whether" | "if")
            || (matches!(low, "last" | "this" | "next") && next_time)
            || self.opens_quote(e)
            || ADJUNCT_PREPS.contains(&low)
            || self.words.is(low, TIME | DET)
            || matches!(self.pronoun_case(e), Some(Case::Subject))
            || t.is_cap(e)
    }

    /// True when a clause starts at token `r`: "that", a question word, a quotation, or a
    /// subject pronoun.
    fn opens_clause(&self, r: usize, b: usize) -> bool {
        let t = self.toks;
        r < b
            && (matches!(
                t.low(r),
                "that" | "whether" | "if" | "what" | "why" | "how" | "who" | "when" | "where" | ":"
            ) || self.opens_quote(r)
                || self.pronoun_case(r) == Some(Case::Subject))
    }

    /// The content after the cue, from token `r`.
    fn right_content(&self, si: usize, r: usize, b: usize, frame: Frame) -> Option<Span> {
        let t = self.toks;
        if r >= b {
            return None;
        }
        if t.is(r, ":") {
            if r + 1 < b {
                return Some(self.clause(r + 1, b));
            }
            return self.next_sentence_content(si);
        }
        if t.is(r, ",") {
            if r + 1 < b && self.opens_quote(r + 1) {
                return Some(self.clause(r + 1, b));
            }
            return None;
        }
        if t.is(r, ".") || t.is(r, ";") || t.is(r, "?") || t.is(r, "!") {
            return None;
        }
        if frame == Frame::To && !matches!(t.low(r), "to" | "that" | "not") && !self.opens_quote(r)
        {
            // "wants a wall": an object, still an intention.
            if self.words.is(t.low(r), PREP) {
                return None;
            }
        }
        if matches!(frame, Frame::Obj | Frame::To) && t.is(r, "—") {
            return None;
        }
        if self.closed_by(r).is_some() {
            return None;
        }
        // "showed to the police", "asked for a photo": a preposition opens no content.
        let low = t.low(r);
        let allowed = frame != Frame::Think
            && (matches!(low, "about" | "of" | "on") || (low == "to" && frame != Frame::Show));
        if frame != Frame::To && self.words.is(low, PREP) && !self.words.is(low, DET) && !allowed {
            // An adverbial the walk could not read ("tweeted in the wee hours that ..."):
            // the content opens at a "that" shortly after.
            return (r + 1..(r + 16).min(b))
                .take_while(|&k| !t.is(k, ",") && self.quote_of(k).is_none())
                .find(|&k| t.low(k) == "that")
                .map(|k| self.clause(k, b));
        }
        Some(self.clause(r, b))
    }

    /// True when the cue sits in the middle of its content ("The plan, she said, will fail."):
    /// a comma follows and a clause comes after it.
    fn parenthetical(&self, r: usize, b: usize) -> bool {
        let t = self.toks;
        r + 1 < b
            && t.is(r, ",")
            && !self.opens_quote(r + 1)
            && self.cues.at(t, r + 1, r + 2).is_none()
            && t.low(r + 1) != "according"
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
            let comma = t.is(k, ",")
                || t.is(k, "—")
                || t.is(k, "--")
                || (t.is(k, "-") && self.text[..t.span(k).start].ends_with(' '));
            let quoted_comma = self.closed_by(k).is_some()
                && k > r
                && self.text[..t.span(k).start].trim_end().ends_with(',');
            if (comma || quoted_comma) && k + 1 < b && k > r {
                let next = t.low(k + 1);
                // ", adding that", and in a list of verbs ", suggested that": another cue
                // of the same subject.
                let cue = t.is_word(k + 1)
                    && !t.is_cap(k + 1)
                    && self.cues.at(t, k + 1, b).is_some_and(|(_, _, f)| {
                        f == Form::Ing || (f == Form::Past && self.cues.is_verb_at(t, k + 1))
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
                    && self.cues.is_verb_at(t, v)
                    && self.cues.at(t, v, b).is_some_and(|(_, _, f)| {
                        // A participle after "and" alone continues the participle before it.
                        matches!(f, Form::Past | Form::Third) || v > k + 1 || f == Form::Ing
                    });
                if second {
                    end = t.span(k - 1).end;
                    break;
                }
            }
            if t.is(k, ";") && k > r {
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
    fn parenthetical_relative(&self, k: usize, b: usize) -> bool {
        let t = self.toks;
        (k + 2..(k + 24).min(b))
            .find(|&i| t.is(i, ",") && self.quote_of(i).is_none())
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
                        || self.words.is_negated_aux(next)
                        || (t.is_word(n) && !t.is_cap(n) && self.words.class(next) == 0)
                }
            })
    }

    /// True when a coordinate clause with a cue of its own starts at token `k` (", and Trump
    /// vowed to ...", ", but aides say ..."): the content before it ends at the comma.
    fn new_clause(&self, k: usize, b: usize) -> bool {
        let t = self.toks;
        if !matches!(t.low(k), "and" | "but") {
            // ", a man yelled “Stay there!”": a subject and a cue of their own, with no
            // conjunction.
            let opens = self.words.is(t.low(k), DET) && self.pronoun_case(k).is_none();
            return opens
                && (k + 1..(k + 5).min(b))
                    .take_while(|&i| t.is_word(i) && self.quote_of(i).is_none())
                    .any(|i| {
                        !t.is_cap(i)
                            && self.cues.is_verb_at(t, i)
                            && self
                                .cues
                                .at(t, i, b)
                                .is_some_and(|(_, _, f)| f == Form::Past)
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
            if verb || self.words.is_negated_aux(next) {
                return true;
            }
        }
        (k + 1..(k + 10).min(b))
            .take_while(|&i| !t.is(i, ",") && self.quote_of(i).is_none())
            .any(|i| t.is_word(i) && !t.is_cap(i) && self.cues.is_verb_at(t, i) && t.is_word(i - 1))
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

    /// The content before the source or cue at token `boundary`, in the sentence starting at
    /// token `a`.
    fn left_content(&self, a: usize, lo: usize, boundary: usize) -> Option<Span> {
        let t = self.toks;
        let mut e = boundary;
        let mut closed: Option<usize> = None;
        while e > lo {
            let p = e - 1;
            if let Some(q) = self.closed_by(p) {
                closed = Some(q);
                e -= 1;
            } else if t.is(p, ",") || t.is(p, "—") || t.is(p, "--") || t.is(p, "-") {
                e -= 1;
            } else {
                break;
            }
        }
        if e <= a && closed.is_none() {
            return None;
        }
        if closed.is_none() && e == boundary {
            // "which the Kremlin refuted": the content is the relative pronoun. Otherwise a
            // content before its source ends with a comma or a dash ("Prices rose, he said");
            // "when Clinton testified" has none.
            let p = e - 1;
            if matches!(t.low(p), "which" | "that" | "what" | "whom") {
                return Some(t.span(p));
            }
            return None;
        }
        if let Some(q) = closed {
            let quote = &self.quotes[q];
            let first = &self.quotes[quote.chain];
            let sentence_start = t.span(a).start;
            let lead = if first.open.start >= sentence_start {
                self.text[sentence_start..first.open.start].trim()
            } else {
                ""
            };
            let start = if lead.is_empty() {
                first.open.start
            } else {
                sentence_start
            };
            return Some(Span::new(start, quote.outer().end));
        }
        let start = t.span(a).start;
        let end = t.span(e - 1).end;
        Some(Span::new(start, end.max(start)))
    }

    /// For a cue that ends its sentence with a colon: the next sentence, or the quotation
    /// that opens it, as content.
    fn next_sentence_content(&self, si: usize) -> Option<Span> {
        let next = self.seg.sentences.get(si + 1)?;
        let range = self.toks.within(next.span);
        if range.is_empty() {
            return None;
        }
        if let Some(q) = self.opened_by(range.start) {
            let start = self.quotes[q].open.start;
            return Some(Span::new(start, self.chain_end(q).max(start)));
        }
        Some(self.clause(range.start, range.end))
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
            && (self.words.is(t.low(k), PREP | SUB | TIME | LEAD)
                || (t.is_cap(k) && (t.low(k).ends_with("ed") || t.low(k).ends_with("ing"))))
        {
            let comma = (k..v).find(|&i| t.is(i, ","))?;
            k = comma + 1;
        }
        if k >= v {
            return None;
        }
        if let Some(case) = self.pronoun_case(k) {
            return (case == Case::Subject).then_some(k..k + 1);
        }
        let e = self.np_forward(k, v)?;
        Some(k..e)
    }

    /// For a verb after "and" (token `and`): a subject pronoun shortly before it, in the same
    /// clause ("he laughed and said").
    pub(super) fn coordinated_subject(&self, a: usize, and: usize) -> Option<Range<usize>> {
        let t = self.toks;
        (and.saturating_sub(12).max(a)..and)
            .rev()
            .filter(|&i| self.quote_of(i).is_none())
            .take_while(|&i| !t.is(i, ",") && !t.is(i, ";"))
            .find(|&i| t.is_word(i) && self.pronoun_case(i) == Some(Case::Subject))
            .map(|i| i..i + 1)
    }

    /// The claim of an "according to" cue: the source after it, the content on the other side.
    fn according(&self, si: usize, a: usize, b: usize, hit: &CueHit) -> Option<Draft> {
        let t = self.toks;
        let i = hit.group.start;
        let s0 = hit.group.end;
        let np = self.np_forward(s0, b)?;
        // At the head of the sentence: "According to X, content."
        let lead = (a..i).all(|k| !t.is_word(k) || self.words.is(t.low(k), crate::words::CONJ));
        let (source, content) = if lead {
            let comma = (np..b).find(|&k| t.is(k, ",")).unwrap_or(np);
            let start = if comma < b && t.is(comma, ",") {
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
            let right = (src_end < b && t.is(src_end, ",") && src_end + 1 < b)
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

    /// True when the part after a source's comma is a coordinate clause of its own ("..., but
    /// his lead shrank").
    fn parenthetical_end(&self, k: usize, b: usize) -> bool {
        k + 1 >= b || self.words.is(self.toks.low(k + 1), crate::words::CONJ)
    }
}
