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
use super::seek::seek;
use super::{Ctx, Draft};
use crate::span::Span;
use crate::words::{Case, ADV, AUX, DET, LEAD, PREP, SUB, TIME};

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

/// Verbs of naming ("called it a “hoax”", "described as"): with a relative pronoun as their
/// object, the content is the relative phrase.
const NAMING: &[&str] = &["call", "describe", "characterize", "label", "brand", "dub"];

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
        // "is calling for", "has been saying": an auxiliary makes the participle finite.
        let hangs = hit.form == Form::Ing
            && issued.is_none()
            && !t.is_class(v, AUX)
            && v > a
            && (self.is(v - 1, ",")
                // "..., instead seeking", "..., again saying": a sentence adverb after the comma.
                || (v >= a + 2 && self.is(v - 2, ",") && t.is_class(v - 1, LEAD | ADV))
                || !t.is_word(v - 1)
                || (t.is_class(v - 1, PREP | SUB) && !t.is_class(v - 1, DET))
                || self.after_object(a, v));
        let v_subj = v;
        // A segmenter may cut "She declared “Wow!” | and said ...": the first verb's subject
        // may stand in the sentence before.
        let para = self.seg.sentences[si].paragraph;
        // Found only when asked: most cues never look back past their sentence.
        let para_lo = || {
            self.seg.paragraphs.get(para).map_or(a, |p| {
                seek(&self.toks.toks, a, |k| k.span.start < p.start).min(a)
            })
        };
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
                    self.coordinated_subject(
                        if v_subj == a + 1 { para_lo() } else { a },
                        v_subj - 1,
                    )
                })
                .or_else(|| self.main_subject(a, v_subj))
        } else {
            self.subject_before(v_subj, a).and_then(|s| {
                // "but in a later interview said": the phrase is an adverbial after "and"/"but".
                let pp = s.start >= a + 2
                    && t.is_class(s.start - 1, PREP)
                    && !t.is_class(s.start - 1, DET)
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
                // "..., said Wednesday that": a time, not a speaker. "said she voted", "said
                // prices would rise": the subject of the reported clause, not an inverted
                // source (news inverts names and nouns, "said Smith", never "said she").
                let clause_subject = e < b
                    && t.is_word(e)
                    && ((e == g_end + 1 && self.pronoun_case(g_end) == Some(Case::Subject))
                        || t.is_class(e, AUX)
                        || self.negated_aux(t.low(e)));
                if !t.is_class(g_end, TIME) && !clause_subject {
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
        if hit.passive && r + 1 < b && self.is(r, ",") {
            // "was quoted by the agency on Thursday, indicating that ...": one claim.
            if let Some((e, _, Form::Ing)) = self.cue_at(r + 1, b) {
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
        if left_ok && self.quote_ends_before(a, para_lo, boundary) {
            let left = self.left_content(a, para_lo(), boundary)?;
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
        let right = right.map(|rc| self.with_fronted_start(a, source.as_ref(), inverted, rc));
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
        let (source, content) = self.with_relative_object(hit, source, inverted, r, b, content);
        Some(self.draft(si, hit, source, content, recipient, r))
    }

    /// "what she called a “win”", "whom he described as “peaceful”": a verb of naming whose
    /// object is the relative pronoun before its subject names the phrase the pronoun opens,
    /// and PolNeAR's content is that whole phrase (the source keeps its own words, without
    /// the pronoun). "that" is a relative only when no object follows the verb ("an attack
    /// that the mayor described as “deliberate”"); "which" or "whom" after a preposition is
    /// no object ("tweets in which he called her “a liar”").
    fn with_relative_object(
        &self,
        hit: &CueHit,
        source: Option<Range<usize>>,
        inverted: bool,
        r: usize,
        b: usize,
        content: Span,
    ) -> (Option<Range<usize>>, Span) {
        let t = self.toks;
        let naming = hit.verb.frame == Frame::Obj
            && NAMING.contains(&hit.verb.lemma)
            && hit.group.end == r
            && !inverted;
        let Some(s) = source
            .clone()
            .filter(|s| naming && s.end == hit.group.start)
        else {
            return (source, content);
        };
        // The phrase taken for the subject may have swallowed the pronoun and what came
        // before it ("cheered what Coach Park called"): the subject starts after it.
        let inner = (s.start..s.end.saturating_sub(1))
            .rev()
            .find(|&k| matches!(t.low(k), "what" | "whom"));
        let (rel, s) = if let Some(k) = inner {
            (k, k + 1..s.end)
        } else if s.start > 0 {
            (s.start - 1, s)
        } else {
            return (source, content);
        };
        let complement = r < b && (t.low(r) == "as" || self.opens_quote(r));
        let after_prep = rel > 0 && t.is_class(rel - 1, PREP) && !t.is_class(rel - 1, DET);
        let relative = match t.low(rel) {
            "what" => true,
            "whom" | "which" => !after_prep,
            "that" => complement,
            _ => false,
        };
        if !relative || self.quote_of(rel).is_some() {
            return (source, content);
        }
        (Some(s), t.span(rel).cover(content))
    }

    /// "Sooner or later, the governor said, “it starts to pay off.”": a quotation that opens
    /// in lowercase after the cue finishes the phrase that opens the sentence before the
    /// source, and the content runs from the sentence start, source and cue inside it, as
    /// PolNeAR marks a content that the attribution interrupts.
    fn with_fronted_start(
        &self,
        a: usize,
        source: Option<&Range<usize>>,
        inverted: bool,
        right: Span,
    ) -> Span {
        let t = self.toks;
        let Some(s) = source.filter(|s| !inverted && s.start > a + 1) else {
            return right;
        };
        let k = seek(&t.toks, a, |k| k.span.start < right.start);
        let Some(q) = self.opened_by(k) else {
            return right;
        };
        let lower = self.quotes[q]
            .span
            .slice(self.text)
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
        let fronted = self.is(s.start - 1, ",")
            && (a..s.start).all(|i| self.quote_of(i).is_none() && !self.opens_quote(i));
        if lower && fronted {
            t.span(a).cover(right)
        } else {
            right
        }
    }

    /// A draft from its parts; a passive cue's "by" phrase is the medium that carried it.
    pub(super) fn draft(
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
    /// after token `lo()`, which is at or before token `a`: `lo` is called only when the walk
    /// back reaches `a`.
    pub(super) fn quote_ends_before(
        &self,
        a: usize,
        lo: impl FnOnce() -> usize,
        boundary: usize,
    ) -> bool {
        let t = self.toks;
        let mut e = boundary;
        let (mut bound, mut lo) = (a, Some(lo));
        loop {
            if e <= bound {
                match lo.take() {
                    Some(lo) => {
                        bound = lo();
                        continue;
                    }
                    None => return false,
                }
            }
            let p = e - 1;
            if let Some(q) = self.closed_by(p) {
                // “A whole sentence.” Reid said ...: a new sentence the segmenter missed,
                // unless a lowercase source continues it (“Stop.” he said).
                let inner = self.quotes[q].span.slice(self.text).trim_end();
                let ends_stop = inner.ends_with('.');
                let lower = boundary < t.len() && !t.is_cap(boundary);
                return !ends_stop || lower || e < boundary;
            }
            if self.is(p, ",") || self.is(p, "—") || self.is(p, "--") || self.is(p, "-") {
                e -= 1;
            } else {
                return false;
            }
        }
    }

    /// The second half of a split quotation after the cue: ", “Q2”" at token `r`.
    /// The second half of a split quotation right after the cue: ", “Q2”" at token `r`.
    pub(super) fn split_quote(&self, r: usize, b: usize) -> Option<Span> {
        let t = self.toks;
        // “Q1,” he said of the campaign, “Q2.”
        let r = if r < b && t.low(r) == "of" {
            match self.np_forward(r + 1, b) {
                Some(e) if e < b && self.is(e, ",") => e,
                _ => r,
            }
        } else {
            r
        };
        let k = if r < b && self.is(r, ",") { r + 1 } else { r };
        if k < b && self.opens_quote(k) {
            return Some(self.clause(k, b));
        }
        None
    }

    /// What still belongs to a content that a quotation before the cue opens: "said of the
    /// council's vote" (what the words were about), ", that ..." (the rest of the reported
    /// clause), and for a content that began before its quotation, the clause after a comma
    /// ("Nancy's role was “...,” Anthony says, a job that ...").
    pub(super) fn after_quote(&self, r: usize, b: usize, left: Span, a: usize) -> Option<Span> {
        let t = self.toks;
        if r >= b {
            return None;
        }
        let low = t.low(r);
        if low == "of" || low == "that" {
            return Some(self.clause(r, b));
        }
        if self.is(r, ",") && r + 1 < b {
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
    pub(super) fn within_fronted_clause(
        &self,
        a: usize,
        b: usize,
        v: usize,
        content: Span,
    ) -> Span {
        let t = self.toks;
        let Some(first) = (a..b).find(|&i| t.is_word(i)) else {
            return content;
        };
        if !t.is_class(first, SUB) || t.low(first) == "that" {
            return content;
        }
        let comma = (first..b).find(|&i| self.is(i, ",") && self.quote_of(i).is_none());
        match comma {
            Some(c)
                if c > v && t.span(c).start > content.start && t.span(c).start < content.end =>
            {
                Span::new(content.start, t.span(c).start)
            }
            _ => content,
        }
    }

    /// After the cue (and any inverted source): skips a listener, "to" + listener, and
    /// adverbials of time, place and medium. Returns where the content may start and the
    /// listener.
    pub(super) fn after_verb(
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
            let adverb = t.is_class(r, crate::words::ADV)
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
            if t.is_class(r, TIME) {
                r += 1;
                continue;
            }
            if matches!(low, "last" | "this" | "earlier" | "late" | "early")
                && r + 1 < b
                && t.is_class(r + 1, TIME)
            {
                r += 2;
                continue;
            }
            if matches!(low, "as") && r + 1 < b && matches!(t.low(r + 1), "saying" | "telling") {
                r += 2;
                continue;
            }
            // "said before adding:", "spoke after saying that": the participle is a cue of
            // its own, with its own content, not an adverbial of this one.
            let ing_cue = r + 1 < b
                && matches!(self.cue_at(r + 1, b), Some((_, _, Form::Ing)))
                && self.quote_of(r + 1).is_none();
            if ADJUNCT_PREPS.contains(&low) && r + 1 < b && !ing_cue {
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
    pub(super) fn starts_np(&self, r: usize) -> bool {
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
        !t.is_class(r, PREP | SUB) || t.is_class(r, DET)
    }

    /// True when what starts at token `e` can begin a content or ends the sentence: "that",
    /// a comma, a colon, a quotation, another adverbial, or a new clause.
    pub(super) fn opens_content(&self, e: usize, b: usize) -> bool {
        if e >= b {
            return true;
        }
        let t = self.toks;
        let low = t.low(e);
        let next_time = e + 1 < b && t.is_class(e + 1, TIME);
        matches!(low, "that" | "," | ":" | "." | "whether" | "if")
            || (matches!(low, "last" | "this" | "next") && next_time)
            || self.opens_quote(e)
            || ADJUNCT_PREPS.contains(&low)
            || t.is_class(e, TIME | DET)
            || matches!(self.pronoun_case(e), Some(Case::Subject))
            || t.is_cap(e)
    }

    /// True when a clause starts at token `r`: "that", a question word, a quotation, or a
    /// subject pronoun.
    pub(super) fn opens_clause(&self, r: usize, b: usize) -> bool {
        let t = self.toks;
        r < b
            && (matches!(
                t.low(r),
                "that" | "whether" | "if" | "what" | "why" | "how" | "who" | "when" | "where" | ":"
            ) || self.opens_quote(r)
                || self.pronoun_case(r) == Some(Case::Subject))
    }

    /// The content after the cue, from token `r`.
    pub(super) fn right_content(
        &self,
        si: usize,
        r: usize,
        b: usize,
        frame: Frame,
    ) -> Option<Span> {
        let t = self.toks;
        if r >= b {
            return None;
        }
        if self.is(r, ":") {
            if r + 1 < b {
                return Some(self.clause(r + 1, b));
            }
            return self.next_sentence_content(si);
        }
        if self.is(r, ",") {
            if r + 1 < b && self.opens_quote(r + 1) {
                return Some(self.clause(r + 1, b));
            }
            return None;
        }
        if self.is(r, ".") || self.is(r, ";") || self.is(r, "?") || self.is(r, "!") {
            return None;
        }
        if frame == Frame::To && !matches!(t.low(r), "to" | "that" | "not") && !self.opens_quote(r)
        {
            // "wants a wall": an object, still an intention.
            if t.is_class(r, PREP) {
                return None;
            }
        }
        if matches!(frame, Frame::Obj | Frame::To) && self.is(r, "—") {
            return None;
        }
        if self.closed_by(r).is_some() {
            return None;
        }
        // "showed to the police", "asked for a photo": a preposition opens no content.
        let low = t.low(r);
        let allowed = frame != Frame::Think
            && (matches!(low, "about" | "of" | "on") || (low == "to" && frame != Frame::Show));
        if frame != Frame::To && t.is_class(r, PREP) && !t.is_class(r, DET) && !allowed {
            // An adverbial the walk could not read ("tweeted in the wee hours that ..."):
            // the content opens at a "that" shortly after.
            return (r + 1..(r + 16).min(b))
                .take_while(|&k| !self.is(k, ",") && self.quote_of(k).is_none())
                .find(|&k| t.low(k) == "that")
                .map(|k| self.clause(k, b));
        }
        Some(self.clause(r, b))
    }

    /// The content before the source or cue at token `boundary`, in the sentence starting at
    /// token `a`.
    pub(super) fn left_content(&self, a: usize, lo: usize, boundary: usize) -> Option<Span> {
        let t = self.toks;
        let mut e = boundary;
        let mut closed: Option<usize> = None;
        while e > lo {
            let p = e - 1;
            if let Some(q) = self.closed_by(p) {
                closed = Some(q);
                e -= 1;
            } else if self.is(p, ",") || self.is(p, "—") || self.is(p, "--") || self.is(p, "-") {
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
    pub(super) fn next_sentence_content(&self, si: usize) -> Option<Span> {
        let range = self.sentence_tokens(si + 1)?;
        if range.is_empty() {
            return None;
        }
        if let Some(q) = self.opened_by(range.start) {
            let start = self.quotes[q].open.start;
            return Some(Span::new(start, self.chain_end(q).max(start)));
        }
        Some(self.clause(range.start, range.end))
    }
}
