//! Recognition: which tokens form a temporal expression, and what it says.
//!
//! A hand-written matcher over tokens, one position at a time: every pattern that can start at
//! a token is tried, the longest match wins, and the scan resumes after it. Each pattern looks
//! a bounded number of tokens ahead, so the whole scan is linear in the text.
//!
//! Extents follow the TimeML guidelines for TIMEX3: a leading preposition stays out ("on
//! Sunday" -> "Sunday"), determiners and modifiers stay in ("the early 1980s", "about three
//! years", "late last year"), and a possessive "'s" stays out ("Monday's").

use std::cell::Cell;
use std::fmt;

use super::calendar::{days_in_month, Weekday};
use super::resolve::{Anchor, Clock, Expr, Lean, Year};
use super::token::{Chunk, Kind, Token};
use super::words::{mark, next_bit, Class, Cue, Entry, Rel, Unit, Words};
use super::TimexMod;

/// A recognized expression, by token indices (`end` excluded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) expr: Expr,
    pub(crate) modifier: Option<TimexMod>,
}

impl Found {
    fn new(start: usize, end: usize, expr: Expr) -> Found {
        Found {
            start,
            end,
            expr,
            modifier: None,
        }
    }

    fn with_mod(mut self, modifier: Option<TimexMod>) -> Found {
        if modifier.is_some() {
            self.modifier = modifier;
        }
        self
    }
}

// The classes of phrase that the patterns start with, as bits.
const NUM: u32 = Class::Num(0).bit();
const VAGUE: u32 = Class::Vague.bit();
const ORD: u32 = Class::Ord(0).bit();
const UNIT: u32 = Class::Unit(Unit::Year).bit();
const UNITS: u32 = Class::Units(Unit::Year).bit();
const DAY: u32 = Class::Day(0).bit();
const TONIGHT: u32 = Class::Tonight.bit();
const REF: u32 = Class::Ref("").bit();
const REL: u32 = Class::Rel(Rel::Last).bit();
const POD: u32 = Class::Pod("").bit();
const CLOCK: u32 = Class::Clock(0).bit();
const SEASON: u32 = Class::Season("").bit();
const APPROX: u32 = Class::Approx(None).bit();
const PART: u32 = Class::Part(TimexMod::Early).bit();
const SET: u32 = Class::Set("").bit();
const HOLIDAY: u32 = Class::Holiday(0, 0).bit();
const EVERY: u32 = Class::Every.bit();
const SHIFT: u32 = Class::Shift(0).bit();
const PART_NOUN: u32 = Class::PartNoun(TimexMod::Early).bit();
const DECADE: u32 = Class::Decade(0).bit();

/// The classes of the words that go on a pattern that starts with "the": its part ("the
/// early"), the part's noun ("the end of"), an ordinal, a relative ("the following"), a
/// season, a unit ("the year", "the day before"), a decade's name, a part of the day ("in
/// the afternoon").
const AFTER_THE: u32 = PART | SHIFT | PART_NOUN | ORD | REL | SEASON | UNIT | UNITS | DECADE | POD;

// Marks the patterns compare tokens with, as bytes.
const RIGHT_QUOTE: &[u8] = "’".as_bytes();
const LEFT_QUOTE: &[u8] = "‘".as_bytes();
const EN_DASH: &[u8] = "–".as_bytes();
const EM_DASH: &[u8] = "—".as_bytes();
const LEFT_DOUBLE_QUOTE: &[u8] = "“".as_bytes();

/// How far after "a" or "an" the unit of a count or rate can be: a three-token count phrase
/// ("a couple of"), "and a half", then a hyphen or "straight" before the unit.
const ARTICLE_REACH: usize = 7;

/// Words after which "over" and "under" mean "more than" and "less than".
const OVER_LEADS: &[&str] = &[
    "for", "in", "of", "within", "after", "since", "than", "to", "by", "at", "from", "and", "or",
    "but", "took", "takes", "lasted", "lasts", "spent", "is", "was", "been", "be", "ago", ",",
];

/// Prepositions and conjunctions that let "May" and "March" be months without a day or year.
const MONTH_LEADS: &[&str] = &[
    "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of",
    "during", "through", "from", "before", "after", "between", "and", "or", "to", "-", "each",
    "every",
];

/// Prepositions after which a number from 1000 to 1899 is read as a year.
const YEAR_LEADS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of",
    "between", "and", "circa", "c",
];

/// Time zones written after a clock time; the first two mean UTC.
const ZONES: &[&str] = &[
    "utc", "gmt", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
    "cest", "eet", "eest", "ist", "jst", "kst", "aest", "aedt", "et", "pt", "ct", "mt", "msk",
    "hkt", "sgt", "wib",
];

/// Words that may follow a season used as a noun ("in summer, when ...").
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "when", "as", "after",
    "before", "until", "while", "because", "so", "than", "that", "this", "the", "a", "an",
];

/// Words before a clock time written without "a.m." or a zone ("at 14:30").
const CLOCK_LEADS: &[&str] = &[
    "at",
    "by",
    "before",
    "after",
    "until",
    "till",
    "from",
    "to",
    "around",
    "about",
    "since",
    "approximately",
    "and",
];

/// Words before "the day" that make it the day being reported ("ended the day up 2%").
const DAY_VERBS: &[&str] = &[
    "end",
    "ended",
    "ending",
    "ends",
    "finish",
    "finished",
    "finishing",
    "finishes",
    "close",
    "closed",
    "closing",
    "closes",
    "start",
    "started",
    "starting",
    "starts",
    "begin",
    "began",
    "beginning",
    "begins",
    "for",
];

/// Words before "a year" that make it a rate ("15 a year", "twice a year").
const RATE_LEADS: &[&str] = &[
    "times", "twice", "once", "thrice", "million", "billion", "trillion", "thousand", "hundred",
    "dozen", "percent", "%",
];

/// The vectors of a [`Matcher`], kept from one paragraph to the next.
#[derive(Default)]
pub(crate) struct Buffers {
    cues: Vec<Cell<Option<Option<Cue>>>>,
}

/// The matcher over the tokens of one chunk.
pub(crate) struct Matcher<'a, 't> {
    text: &'a str,
    toks: &'t [Token],
    /// The tokens that can start an expression.
    leads: &'t [u32],
    /// The tense cue of each token once asked: the verbs near a date are asked again for the
    /// next date and by each step of the verb-group reader.
    cues: Vec<Cell<Option<Option<Cue>>>>,
    words: &'a Words,
    /// Whether most words of the chunk are capitalized (a Title Case headline), once asked:
    /// only a capitalized word before a date asks, so most chunks are never counted.
    title_case: Cell<Option<bool>>,
}

impl<'a, 't> Matcher<'a, 't> {
    /// The matcher over `chunk`, tokens of `text`. `buffers` are the vectors of a matcher
    /// before, to reuse.
    pub(crate) fn new(
        text: &'a str,
        chunk: &'t Chunk,
        words: &'a Words,
        buffers: Buffers,
    ) -> Matcher<'a, 't> {
        let Buffers { mut cues } = buffers;
        cues.clear();
        cues.resize(chunk.toks.len(), Cell::new(None));
        Matcher {
            text,
            toks: &chunk.toks,
            leads: &chunk.leads,
            cues,
            words,
            title_case: Cell::new(None),
        }
    }

    /// The matcher's vectors, for the next one.
    pub(crate) fn into_buffers(self) -> Buffers {
        Buffers { cues: self.cues }
    }

    /// Token `i` is the word `w` (lowercase), in any case.
    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        self.is(i, w)
    }

    /// The text of token `i` ("" past the end).
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.txt(i)
    }

    /// True when token `i` starts with a lowercase letter.
    pub(crate) fn is_lowercase(&self, i: usize) -> bool {
        self.low(i)
    }

    /// The tense cue of token `i`, a lowercase word. Looked up on demand: only the tokens
    /// near a date are asked.
    pub(crate) fn cue(&self, i: usize) -> Option<Cue> {
        let cell = self.cues.get(i)?;
        if let Some(known) = cell.get() {
            return known;
        }
        let cue = self.look_up_cue(i);
        cell.set(Some(cue));
        cue
    }

    fn look_up_cue(&self, i: usize) -> Option<Cue> {
        let t = self.toks.get(i)?;
        // Only lowercase words are read as verbs: one branch for the tests that most tokens
        // near a date fail.
        if !(t.low() & (t.kind == Kind::Word)) {
            return None;
        }
        // The token carries its entry, listed cue and all.
        Words::cue(self.words.entry_at(t.entry()), t.span.slice(self.text))
    }

    /// Every expression in the chunk, in text order, not overlapping, into `out` (emptied
    /// first, a vector kept from one chunk to the next).
    pub(crate) fn find_all(&self, out: &mut Vec<Found>) {
        out.clear();
        // The first token not inside an expression found.
        let mut i = 0;
        for &lead in self.leads {
            let lead = lead as usize;
            if lead < i {
                continue;
            }
            match self.at(lead) {
                Some(f) => {
                    i = f.end.max(lead + 1);
                    let second = self.coordinated_day(&f);
                    out.push(f);
                    if let Some(s) = second {
                        i = s.end.max(i);
                        out.push(s);
                    }
                }
                None => i = lead + 1,
            }
        }
        self.share_years(out);
    }

    // ------------------------------------------------------------------ token helpers

    /// True when most words of the chunk are capitalized: a Title Case headline.
    fn title_case(&self) -> bool {
        if let Some(known) = self.title_case.get() {
            return known;
        }
        let (words, capitalized) = self.toks.iter().fold((0, 0), |(w, c), t| {
            (
                w + usize::from(t.kind == Kind::Word),
                c + usize::from(t.cap()),
            )
        });
        let title_case = words >= 5 && capitalized * 10 >= words * 7;
        self.title_case.set(Some(title_case));
        title_case
    }

    fn txt(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }

    /// The bytes of token `i` (none past the end): comparing them costs no test of char
    /// boundaries, unlike [`Matcher::txt`].
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.span.range()))
            .unwrap_or_default()
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The vocabulary entry of token `i` when it is a listed word, else the
    /// empty one.
    fn entry(&self, i: usize) -> &'a Entry {
        self.words
            .entry_at(self.toks.get(i).map_or(0, Token::entry))
    }

    /// The [bits](Class::bit) of the classes of the phrases token `i` opens.
    fn classes(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.classes)
    }

    /// True when token `i` can start an expression.
    fn lead(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::lead)
    }

    /// True when token `i` starts with an uppercase letter.
    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::cap)
    }

    /// True when token `i` starts with a lowercase letter.
    fn low(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::low)
    }

    /// The entry of token `i` when it is a capitalized month or weekday name: such names
    /// count only so.
    fn calendar_entry(&self, i: usize) -> Option<&'a Entry> {
        let t = self.toks.get(i).filter(|t| t.calendar())?;
        Some(self.words.entry_at(t.entry()))
    }

    /// The month token `i` names, `(month, abbreviated)`.
    fn month_name(&self, i: usize) -> Option<(u8, bool)> {
        self.calendar_entry(i)?.month
    }

    /// The weekday token `i` names, `(weekday, abbreviated, plural)`.
    fn weekday_name(&self, i: usize) -> Option<(Weekday, bool, bool)> {
        self.calendar_entry(i)?.weekday
    }

    /// Token `i` is the word `w` (lowercase), in any case.
    fn is(&self, i: usize, w: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let t = self.bytes(i);
        ws.iter().any(|w| t.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Token `i` follows token `i - 1` without a space.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before())
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.bytes(i), b"'" | RIGHT_QUOTE | LEFT_QUOTE)
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.bytes(i), b"-" | EN_DASH | EM_DASH)
    }

    /// The value of a token of at most nine digits (nine fit a u32).
    fn num(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        let s = t.span.slice(self.text);
        ((t.kind == Kind::Digits) & (s.len() <= 9))
            .then(|| s.bytes().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    }

    /// True when token `k` is the second word of a phrase of `entry`; most tokens are turned
    /// away by one bit test, without comparing them with the words.
    fn goes_on(&self, entry: &Entry, k: usize) -> bool {
        entry.next_mask & next_bit(self.bytes(k)) != 0
            && entry
                .next_words
                .iter()
                .any(|w| self.is(k, w) || (w == "'" && self.is_apostrophe(k)))
    }

    /// The longest phrase at `i` whose class passes `pred`: (end, class).
    fn phrase(&self, i: usize, pred: impl Fn(Class) -> bool) -> Option<(usize, Class)> {
        self.entry(i).phrases.iter().find_map(|p| {
            if !pred(p.class) {
                return None;
            }
            let ok =
                p.rest.iter().enumerate().all(|(k, w)| {
                    self.is(i + 1 + k, w) || (w == "'" && self.is_apostrophe(i + 1 + k))
                });
            ok.then_some((i + 1 + p.rest.len(), p.class))
        })
    }

    fn unit_at(&self, i: usize) -> Option<(usize, Unit, bool)> {
        match self.phrase(i, |c| matches!(c, Class::Unit(_) | Class::Units(_)))? {
            (e, Class::Unit(u)) => Some((e, u, false)),
            (e, Class::Units(u)) => Some((e, u, true)),
            _ => None,
        }
    }

    /// A four-digit year token: 1000 to 2999.
    fn year_token(&self, i: usize) -> Option<i32> {
        let n = self.num(i)?;
        (self.bytes(i).len() == 4 && (1000..3000).contains(&n)).then_some(n as i32)
    }

    /// A year in a date: "2019", or "'19" (read as 2000-2049 or 1950-1999).
    fn year_at(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_token(i) {
            return Some((i + 1, y));
        }
        if self.is_apostrophe(i) && self.glued(i + 1) && self.bytes(i + 1).len() == 2 {
            let yy = self.num(i + 1)? as i32;
            return Some((i + 2, if yy < 50 { 2000 + yy } else { 1900 + yy }));
        }
        None
    }

    /// A day of the month: "28", "28th", "1st".
    fn day_at(&self, i: usize) -> Option<u8> {
        let t = self.txt(i);
        let digits = match self.kind(i)? {
            Kind::Digits if t.len() <= 2 => t,
            Kind::Mixed => {
                let d = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let suffix = &t[d.len()..];
                if d.len() > 2
                    || !["st", "nd", "rd", "th"]
                        .iter()
                        .any(|s| suffix.eq_ignore_ascii_case(s))
                {
                    return None;
                }
                d
            }
            _ => return None,
        };
        let d: u8 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    /// A month name at `i`: (end, month). Abbreviations take their period; "May", "March"
    /// and abbreviations need a day or year after them unless `loose` is set.
    fn month_at(&self, i: usize) -> Option<(usize, u8, bool)> {
        let (m, abbr) = self.month_name(i)?;
        let mut end = i + 1;
        if abbr && self.bytes(end) == b"." && self.glued(end) {
            end += 1;
        }
        let shaky = abbr || self.is(i, "may") || self.is(i, "march");
        Some((end, m, shaky))
    }

    /// A day valid in the month (29 February allowed: the year may be a leap year).
    fn day_fits(month: u8, day: u8) -> bool {
        day <= days_in_month(2000, month)
    }

    // ------------------------------------------------------------------ the patterns

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<Found> {
        // Most tokens are words that start no pattern; they cost one test.
        let tok = self.toks.get(i).filter(|t| t.lead())?;
        let entry = self.entry(i);
        // A pattern is tried only when token i passes the first test its code makes (a
        // class of phrase, a number, "the", ...), so most tokens try a few patterns rather than
        // all of them. The order stays the same, as it breaks ties.
        let cls = |mask: u32| tok.classes & mask != 0;
        // A leading word is a listed one, so its marks say which word it is.
        let marked = |bits: u8| entry.marks & bits != 0;
        // "a" and "an" start only counts ("a year", "a couple of days and a half", "a
        // four-day rally") and rates ("15 a year", "a few times a week"): each needs a unit at
        // most seven tokens on (the longest count phrase, "and a half", a hyphen or
        // "straight"), so the commonest leading words mostly cost this look ahead.
        if marked(mark::ARTICLE)
            && (i + 1..=i + ARTICLE_REACH).fold(0, |all, k| all | self.classes(k)) & (UNIT | UNITS)
                == 0
        {
            return None;
        }
        // Most leading words ("that", "as", "at", "this", "about") start a date only before
        // a token that leads one ("that day", "about three weeks") or that goes on one of
        // their phrases ("at least", "as many as"): the others cost this look at the next.
        if entry.gated && !self.lead(i + 1) && !self.goes_on(entry, i + 1) {
            return None;
        }
        // A mark leads only as an apostrophe (no listed phrase opens with a mark), and an
        // apostrophe starts only a short year or decade glued to it ("'19", "'90s"): most
        // apostrophes are quotes and possessives, and cost this one test.
        if tok.kind == Kind::Punct
            && !(self.glued(i + 1) && matches!(self.kind(i + 1), Some(Kind::Digits | Kind::Mixed)))
        {
            return None;
        }
        let kind = self.kind(i);
        // Every pattern that starts with "the" needs after it a number ("the 1990s", "the
        // 28th"), an apostrophe ("the '90s"), a word of a class that goes on such a pattern
        // ("the following week", "the first", "the end of", "the seventies", "the year"), or
        // "entire/whole/full" ("the entire year"): the many leading words of no such class
        // ("the people", "the new") are not enough.
        let the = marked(mark::THE)
            && (self.classes(i + 1) & AFTER_THE != 0
                || matches!(self.kind(i + 1), Some(Kind::Digits | Kind::Mixed))
                || self.is_apostrophe(i + 1)
                || self.is_any(i + 1, &["entire", "whole", "full"]));
        // Without them, a plain "the" (a word with no other mark or class) opens only its
        // listed phrases of vague times ("the past"): the commonest leading word costs those.
        if entry.marks == mark::THE
            && !the
            && tok.classes & !REF == 0
            && tok.kind == Kind::Word
            && !tok.calendar()
        {
            // Its phrases need their second word next.
            if !self.goes_on(entry, i + 1) {
                return None;
            }
            return self.vague(i).filter(|f| f.end > f.start);
        }
        // `num(i).is_some()`, without reading the digits.
        let num = (tok.kind == Kind::Digits) & (tok.span.len() <= 9);
        let mixed = kind == Some(Kind::Mixed);
        let digits = kind == Some(Kind::Digits);
        // A mark that leads is an apostrophe.
        let apostrophe = kind == Some(Kind::Punct);
        let weekday = self.weekday_name(i).is_some();
        let calendar_name = self.month_name(i).is_some() || weekday;
        let rel = cls(REL);
        let mut best: Option<Found> = None;
        let mut consider = |f: Option<Found>| {
            if let Some(f) = f {
                if best.as_ref().is_none_or(|b| f.end > b.end) {
                    best = Some(f);
                }
            }
        };
        if cls(APPROX) {
            consider(self.approximate(i));
        }
        if the | cls(PART | SHIFT) {
            consider(self.with_part(i));
        }
        if the {
            consider(self.part_of(i));
        }
        if calendar_name {
            consider(self.calendar(i));
        }
        if the | digits | mixed | weekday {
            consider(self.day_first(i));
        }
        if cls(HOLIDAY) {
            consider(self.holiday(i));
        }
        if the {
            consider(self.week_of(i));
        }
        if num {
            consider(self.numeric(i));
        }
        if the | rel {
            consider(self.relative(i));
        }
        if rel | weekday {
            consider(self.weekday(i));
        }
        if the | cls(SEASON) {
            consider(self.season(i));
        }
        if the | mixed | cls(ORD) | marked(mark::THAT) {
            consider(self.quarter(i));
        }
        if the | digits | mixed | apostrophe {
            consider(self.decade(i));
        }
        if the | cls(POD | DAY | TONIGHT) | marked(mark::LATE_EARLY) {
            consider(self.deictic(i));
        }
        if the
            | digits
            | (kind == Some(Kind::Grouped))
            | cls(UNIT | UNITS | NUM | VAGUE)
            | marked(mark::HALF)
        {
            consider(self.quantity(i));
        }
        if num | cls(SET | EVERY | NUM) | marked(mark::RATE) {
            consider(self.set(i));
        }
        if num | cls(CLOCK) {
            consider(self.clock(i));
        }
        if cls(REF) {
            consider(self.vague(i));
        }
        if the | num | mixed | apostrophe | marked(mark::FISCAL) {
            consider(self.bare_year(i));
        }
        best.filter(|f| f.end > f.start)
    }

    /// A point in time (no duration or set), for the patterns that modify one.
    fn point(&self, i: usize) -> Option<Found> {
        let candidates = [
            self.calendar(i),
            self.day_first(i),
            self.holiday(i),
            self.relative(i),
            self.weekday(i),
            self.season(i),
            self.quarter(i),
            self.decade(i),
            self.deictic(i),
            self.the_year(i),
            self.year_in_date(i),
        ];
        longest(
            candidates
                .into_iter()
                .flatten()
                .filter(|f| !matches!(f.expr, Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_))),
        )
    }

    /// "about three years", "more than a week", "nearly five months", "around 5 p.m.".
    fn approximate(&self, i: usize) -> Option<Found> {
        let (j, Class::Approx(m)) = self.phrase(i, |c| matches!(c, Class::Approx(_)))? else {
            return None;
        };
        if self.is(j, "the") {
            return None;
        }
        // "over" and "under" after a noun or verb are prepositions ("negotiated over 18
        // months"); they mean "more/less than" after a preposition ("for over a year") or at
        // the start of a sentence.
        let preposition_like = j == i + 1 && self.is_any(i, &["over", "under"]);
        if preposition_like
            && i > 0
            && !self.at_sentence_start(i)
            && !self.is_any(i - 1, OVER_LEADS)
        {
            return None;
        }
        let inner = self.quantity(j).or_else(|| self.clock(j))?;
        if !matches!(
            inner.expr,
            Expr::Duration(_) | Expr::Shift(..) | Expr::Time(..)
        ) {
            return None;
        }
        Some(Found::new(i, inner.end, inner.expr).with_mod(m))
    }

    /// "early 2022", "mid-2023", "late last year", "the early 1980s", "earlier this month".
    fn with_part(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let modifier = match self.phrase(j, |c| matches!(c, Class::Part(_) | Class::Shift(_))) {
            Some((e, Class::Part(m))) => {
                j = e;
                Some(m)
            }
            Some((e, Class::Shift(_))) if j == i => {
                j = e;
                None
            }
            _ => return None,
        };
        if self.is_dash(j) && self.glued(j) {
            j += 1;
        }
        let inner = self.point(j).or_else(|| self.bare_month(j))?;
        // "earlier" and "later" only before "this/last/next ..." and "today".
        if modifier.is_none() && !matches!(inner.expr, Expr::Unit(..)) {
            return None;
        }
        // "the" is taken only before a decade or century ("the early 1980s").
        if j > i && self.is(i, "the") && !matches!(inner.expr, Expr::Decade(_) | Expr::Century(_)) {
            return None;
        }
        Some(Found::new(i, inner.end, inner.expr).with_mod(modifier))
    }

    /// "the end of 2008", "the beginning of the year", "the start of this year".
    fn part_of(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let (j, Class::PartNoun(m)) = self.phrase(i + 1, |c| matches!(c, Class::PartNoun(_)))?
        else {
            return None;
        };
        if !self.is(j, "of") {
            return None;
        }
        let inner = self.point(j + 1).or_else(|| self.bare_month(j + 1))?;
        Some(Found::new(i, inner.end, inner.expr).with_mod(Some(m)))
    }

    /// A month name alone, allowed after a modifier whatever the month ("early May").
    fn bare_month(&self, i: usize) -> Option<Found> {
        let (end, m, _) = self.month_at(i)?;
        Some(Found::new(i, end, self.month_year(end, m).0))
    }

    /// The year of a month written without one, when "of <year>" follows: (expr, extent end).
    fn month_year(&self, end: usize, m: u8) -> (Expr, usize) {
        let cal = |year| Expr::Cal {
            year,
            month: Some(m),
            day: None,
        };
        if self.is(end, "of") {
            if let Some((e, y)) = self.year_at(end + 1) {
                return (cal(Year::Known(y)), e);
            }
            if let Some(n) = self.rel_year(end + 1) {
                return (cal(Year::Counted(n, Anchor::Publication)), end);
            }
        }
        // "November next year".
        if let Some(n) = self.rel_year(end) {
            return (cal(Year::Counted(n, Anchor::Publication)), end + 2);
        }
        (cal(Year::Infer(Lean::Tense)), end)
    }

    /// "last year" / "this year" / "next year" at `i`: the count.
    fn rel_year(&self, i: usize) -> Option<i64> {
        let n = match self.phrase(i, |c| matches!(c, Class::Rel(_)))? {
            (_, Class::Rel(Rel::Last)) => -1,
            (_, Class::Rel(Rel::This)) => 0,
            (_, Class::Rel(Rel::Next)) => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some(n)
    }

    /// Dates led by a month: "June 28, 2019", "Feb. 9", "February 2022", "November",
    /// "Monday, February 10, 2025".
    fn calendar(&self, i: usize) -> Option<Found> {
        let mut j = i;
        // A weekday before the date is part of it.
        if self.weekday_name(j).is_some_and(|(_, _, plural)| !plural) {
            j += 1;
            if self.bytes(j) == b"." {
                j += 1;
            }
            if self.bytes(j) == b"," {
                j += 1;
            }
            self.month_name(j)?;
        }
        let (mut end, m, shaky) = self.month_at(j)?;
        if let Some(d) = self.day_at(end).filter(|&d| Self::day_fits(m, d)) {
            let after_day = end + 1;
            if !self.day_is_a_count(after_day) {
                let mut k = after_day;
                if self.bytes(k) == b"," {
                    k += 1;
                }
                let cal = |year| Expr::Cal {
                    year,
                    month: Some(m),
                    day: Some(d),
                };
                if let Some((e, y)) = self.year_at(k).filter(|_| !self.is_dash(k + 1)) {
                    return Some(Found::new(i, e, cal(Year::Known(y))));
                }
                if let Some(n) = self.rel_year(after_day) {
                    let year = Year::Counted(n, Anchor::Publication);
                    return Some(Found::new(i, after_day + 2, cal(year)));
                }
                return Some(Found::new(i, after_day, cal(Year::Infer(Lean::Tense))));
            }
        }
        if j > i {
            return None;
        }
        let mut k = end;
        if self.bytes(k) == b"," && self.year_token(k + 1).is_some() {
            k += 1;
        }
        if let Some((e, y)) = self.year_at(k) {
            if !self.year_is_a_count(k, e) {
                let expr = Expr::Cal {
                    year: Year::Known(y),
                    month: Some(m),
                    day: None,
                };
                return Some(Found::new(i, e, expr));
            }
        }
        if shaky {
            let lead = i > 0 && self.is_any(i - 1, MONTH_LEADS);
            let abbreviated = self.month_name(i).is_some_and(|(_, a)| a);
            if abbreviated || !lead {
                return None;
            }
        }
        let (expr, e) = self.month_year(end, m);
        end = e;
        Some(Found::new(i, end, expr))
    }

    /// True when the number before `i` counts things rather than naming a day ("June 5
    /// million", "5:30", "5%").
    fn day_is_a_count(&self, i: usize) -> bool {
        let t = self.txt(i);
        (matches!(t, ":" | "%" | "/") && self.glued(i))
            || self.is_any(i, &["million", "billion", "percent", "thousand"])
            || (self.kind(i) == Some(Kind::Digits) && self.year_token(i).is_none())
    }

    /// Dates led by the day: "28 June 2019", "11 December", "the 28th of June".
    fn day_first(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.weekday_name(j).is_some_and(|(_, _, plural)| !plural) {
            j += 1;
            if self.bytes(j) == b"." {
                j += 1;
            }
            if self.bytes(j) == b"," {
                j += 1;
            }
        }
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let d = self.day_at(j)?;
        let mut k = j + 1;
        if self.is(k, "of") {
            k += 1;
        } else if the {
            return None;
        }
        let (mut end, m, _) = self.month_at(k)?;
        if !Self::day_fits(m, d) {
            return None;
        }
        let mut year = Year::Infer(Lean::Tense);
        let mut y_at = end;
        if self.bytes(y_at) == b"," {
            y_at += 1;
        }
        if let Some((e, y)) = self.year_at(y_at) {
            year = Year::Known(y);
            end = e;
        }
        let expr = Expr::Cal {
            year,
            month: Some(m),
            day: Some(d),
        };
        Some(Found::new(i, end, expr))
    }

    /// "Christmas", "New Year's Day 2025": holidays on fixed days.
    fn holiday(&self, i: usize) -> Option<Found> {
        let (e, Class::Holiday(m, d)) = self.phrase(i, |c| matches!(c, Class::Holiday(..)))? else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let (end, year) = match self.year_at(e) {
            Some((ye, y)) => (ye, Year::Known(y)),
            None => (e, Year::Infer(Lean::Tense)),
        };
        let expr = Expr::Cal {
            year,
            month: Some(m),
            day: Some(d),
        };
        Some(Found::new(i, end, expr))
    }

    /// "2019-06-28", "6/28/2019", "7/8/07" (month first when both readings exist: the
    /// resolver does not see these, so the US order of English news is kept).
    fn numeric(&self, i: usize) -> Option<Found> {
        let glued3 = |sep: &str| {
            self.bytes(i + 1) == sep.as_bytes()
                && self.bytes(i + 3) == sep.as_bytes()
                && (1..=4).all(|k| self.glued(i + k))
                && self.kind(i + 2) == Some(Kind::Digits)
                && self.kind(i + 4) == Some(Kind::Digits)
                && !(self.glued(i + 5) && matches!(self.bytes(i + 5), b"/" | b"-" | b":"))
        };
        let (a, b, c) = (self.num(i)?, self.num(i + 2), self.num(i + 4));
        let cal = |y: i32, m: u32, d: u32| -> Option<Expr> {
            let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
            ((1..=12).contains(&m) && d >= 1 && Self::day_fits(m, d)).then_some(Expr::Cal {
                year: Year::Known(y),
                month: Some(m),
                day: Some(d),
            })
        };
        if glued3("-") && self.bytes(i).len() == 4 {
            let expr = cal(a as i32, b?, c?)?;
            return Some(Found::new(i, i + 5, expr));
        }
        if glued3("/") {
            let (b, c) = (b?, c?);
            let year = match self.bytes(i + 4).len() {
                4 => c as i32,
                2 => (if c < 50 { 2000 } else { 1900 }) + c as i32,
                _ => return None,
            };
            let expr = if a > 12 {
                cal(year, b, a)?
            } else {
                cal(year, a, b).or_else(|| cal(year, b, a))?
            };
            return Some(Found::new(i, i + 5, expr));
        }
        None
    }

    /// "last week", "this year", "next month", "the following week", "the same day", "last
    /// June", "next spring", "recent years", "the coming days".
    fn relative(&self, i: usize) -> Option<Found> {
        let the = self.is(i, "the");
        // "last week" in "the last week of the campaign" is not last week: after "the", only
        // the patterns that start with it count.
        if !the && i > 0 && self.is(i - 1, "the") {
            return None;
        }
        let j = if the { i + 1 } else { i };
        // "this past week", "this coming Monday".
        let (mut k, Class::Rel(mut rel)) = self.phrase(j, |c| matches!(c, Class::Rel(_)))? else {
            return None;
        };
        if rel == Rel::This && !the {
            if let Some((e, Class::Rel(r @ (Rel::Past | Rel::Coming)))) =
                self.phrase(k, |c| matches!(c, Class::Rel(_)))
            {
                k = e;
                rel = if r == Rel::Past { Rel::Last } else { Rel::Next };
            }
        }
        // "the current quarter" is this quarter; "the this" and "the that" are not English.
        let current = rel == Rel::This && self.is(j, "current");
        if the && matches!(rel, Rel::This | Rel::That | Rel::Recent) && !current {
            return None;
        }
        if let Some((e, unit, plural)) = self.unit_at(k) {
            // "the last week of October" is a week of that month.
            if the && unit == Unit::Week && self.is(e, "of") {
                return None;
            }
            if plural {
                let value = match rel {
                    Rel::Recent => "PAST_REF",
                    Rel::Coming if the => "FUTURE_REF",
                    _ => return None,
                };
                return Some(Found::new(i, e, Expr::Ref(value)));
            }
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            let (n, from) = match (rel, the) {
                (Rel::Last, _) => (-1, Anchor::Publication),
                (Rel::This, _) => (0, Anchor::Publication),
                (Rel::Next, false) | (Rel::Coming, _) => (1, Anchor::Publication),
                (Rel::Next | Rel::Following, _) => (1, Anchor::Reference),
                (Rel::Previous, _) => (-1, Anchor::Reference),
                (Rel::Same | Rel::That, _) => (0, Anchor::Reference),
                (Rel::Past, _) => {
                    return Some(Found::new(i, e, Expr::Duration(duration("1", unit))))
                }
                (Rel::Recent, _) => return None,
            };
            // "next day" without "the" is rare and anaphoric like "the next day".
            if unit == Unit::Day && from == Anchor::Publication && n != 0 {
                return None;
            }
            if unit == Unit::Day && rel == Rel::This {
                return None;
            }
            if unit == Unit::Weekend && from == Anchor::Publication {
                let lean = match n {
                    -1 => Lean::StrictPast,
                    1 => Lean::StrictFuture,
                    _ => Lean::Tense,
                };
                return Some(Found::new(i, e, Expr::Weekend(lean)));
            }
            return Some(Found::new(i, e, Expr::Unit(unit, n, from)));
        }
        if the {
            return None;
        }
        let lean = match rel {
            Rel::Last => Lean::StrictPast,
            Rel::Next => Lean::StrictFuture,
            Rel::This => Lean::Tense,
            _ => return None,
        };
        if let Some((e, m, _)) = self.month_at(k) {
            if self.day_at(e).is_none() {
                let expr = Expr::Cal {
                    year: Year::Infer(lean),
                    month: Some(m),
                    day: None,
                };
                return Some(Found::new(i, e, expr));
            }
        }
        if let Some((e, Class::Season(s))) = self.phrase(k, |c| matches!(c, Class::Season(_))) {
            return Some(Found::new(i, e, Expr::Season(Year::Infer(lean), s)));
        }
        if let Some((e, Class::Pod(p))) = self.phrase(k, |c| matches!(c, Class::Pod(_))) {
            // "this morning", "last night".
            let day = match (rel, p) {
                (Rel::This, _) => 0,
                (Rel::Last, "NI" | "EV") => -1,
                _ => return None,
            };
            let expr = Expr::Time(
                Box::new(Expr::Unit(Unit::Day, day, Anchor::Publication)),
                Clock::Part(p),
            );
            return Some(Found::new(i, e, expr));
        }
        None
    }

    /// "Sunday", "last Friday", "next Tuesday", "Friday morning", "Mondays".
    fn weekday(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut lean = Lean::Tense;
        if let Some((e, Class::Rel(rel))) = self.phrase(i, |c| matches!(c, Class::Rel(_))) {
            lean = match rel {
                Rel::Last => Lean::StrictPast,
                Rel::Next => Lean::StrictFuture,
                Rel::This => Lean::Near,
                Rel::Coming => Lean::StrictFuture,
                Rel::Past => Lean::StrictPast,
                _ => return None,
            };
            j = e;
            if self.is(i, "this") {
                if let Some((e2, Class::Rel(r @ (Rel::Past | Rel::Coming)))) =
                    self.phrase(j, |c| matches!(c, Class::Rel(_)))
                {
                    j = e2;
                    lean = if r == Rel::Past {
                        Lean::StrictPast
                    } else {
                        Lean::StrictFuture
                    };
                }
            }
        }
        let (w, abbr, plural) = self.weekday_name(j)?;
        if abbr {
            return None;
        }
        // "Black Monday", "Good Friday", "Super Tuesday": names of particular days.
        if j == i
            && i > 0
            && self.cap(i - 1)
            && self.phrase(i - 1, |c| c == Class::DayName).is_some()
        {
            return None;
        }
        if plural {
            if j > i {
                return None;
            }
            let expr = Expr::Set(format!("XXXX-WXX-{}", w.index() + 1));
            return Some(Found::new(i, j + 1, expr));
        }
        let day = Expr::Weekday(w, lean);
        if let Some((e, Class::Pod(p))) = self.phrase(j + 1, |c| matches!(c, Class::Pod(_))) {
            // "Saturday Night Live", "Sunday Morning Breakfast": names.
            if self.cap(j + 1) {
                return None;
            }
            return Some(Found::new(i, e, Expr::Time(Box::new(day), Clock::Part(p))));
        }
        Some(Found::new(i, j + 1, day))
    }

    /// "summer 2024", "the summer of 2024", "this spring", "last winter", "spring".
    fn season(&self, i: usize) -> Option<Found> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (e, Class::Season(s)) = self.phrase(j, |c| matches!(c, Class::Season(_)))? else {
            return None;
        };
        let mut k = e;
        if self.is(k, "of") && self.year_token(k + 1).is_some() {
            k += 1;
        }
        if let Some((ye, y)) = self.year_at(k) {
            return Some(Found::new(i, ye, Expr::Season(Year::Known(y), s)));
        }
        // Alone, "fall" is mostly the verb: "the fall" needs a preposition before it.
        let lead = i > 0 && self.is_any(i - 1, &["in", "during", "since", "until", "by"]);
        if self.is(j, "fall") && !(the && lead) {
            return None;
        }
        // A lowercase season before a singular noun is part of a compound ("summer school",
        // "winter wheat"); "spring shows", "summer months" and "their Autumn meetings" still
        // speak of a season.
        let compound = !the
            && self.low(j)
            && self.kind(e) == Some(Kind::Word)
            && self.low(e)
            && !self.txt(e).ends_with('s')
            && !self.is_any(e, FUNCTION_WORDS)
            && self.cue(e).is_none();
        if compound {
            return None;
        }
        // A season inside a name: "Winter Olympics", "Arab Spring".
        let name_after = self.cap(j) && self.cap(e) && self.kind(e) == Some(Kind::Word);
        let name_before = !the && self.after_name_word(j);
        if name_after || name_before {
            return None;
        }
        Some(Found::new(i, e, Expr::Season(Year::Infer(Lean::Tense), s)))
    }

    /// True when the capitalized word at `i` continues a name: "USA TODAY", "Democracy Now".
    fn in_name(&self, i: usize) -> bool {
        self.cap(i) && self.after_name_word(i)
    }

    /// True when a capitalized word that does not open a sentence comes just before `i`, in
    /// running text (in a Title Case headline every word is capitalized, so none counts).
    fn after_name_word(&self, i: usize) -> bool {
        i > 0
            && self.cap(i - 1)
            && self.kind(i - 1) == Some(Kind::Word)
            && !self.at_sentence_start(i - 1)
            && !self.title_case()
    }

    fn at_sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.bytes(i - 1),
                b"." | b"!" | b"?" | b"\"" | LEFT_DOUBLE_QUOTE
            )
    }

    /// "the fourth quarter of 2005", "the third quarter of this year", "Q4 2024",
    /// "third-quarter", "the last quarter", "the first half of 2009".
    fn quarter(&self, i: usize) -> Option<Found> {
        // "Q4", "Q4 2024".
        let t = self.txt(i);
        if self.kind(i) == Some(Kind::Mixed) && t.len() == 2 && t.starts_with('Q') {
            let q = t[1..].parse::<u8>().ok().filter(|q| (1..=4).contains(q))?;
            let (end, year) = match self.year_at(i + 1) {
                Some((e, y)) => (e, Year::Known(y)),
                None => (i + 1, Year::Infer(Lean::Tense)),
            };
            return Some(Found::new(i, end, Expr::Quarter(year, q)));
        }
        let the = self.is(i, "the") || self.is(i, "that");
        let mut j = if the { i + 1 } else { i };
        // "the year-earlier quarter", "the year-ago first half": a year before the time
        // last spoken of.
        let year_earlier = the
            && self.is(j, "year")
            && self.is_dash(j + 1)
            && self.is_any(j + 2, &["earlier", "ago"]);
        if year_earlier {
            j += 3;
            if self.is(j, "quarter") {
                let expr = Expr::Unit(Unit::Quarter, -4, Anchor::Reference);
                return Some(Found::new(i, j + 1, expr));
            }
        } else if the && self.is(j, "quarter") && !self.is(j + 1, "of") {
            // "the quarter": the one last spoken of.
            let expr = Expr::Unit(Unit::Quarter, 0, Anchor::Reference);
            return Some(Found::new(i, j + 1, expr));
        }
        let (ord, mut k) = match self.phrase(j, |c| matches!(c, Class::Ord(_))) {
            Some((e, Class::Ord(n))) => (n, e),
            _ => {
                let n = self
                    .day_at(j)
                    .filter(|_| self.kind(j) == Some(Kind::Mixed))?;
                (i32::from(n), j + 1)
            }
        };
        let hyphen = self.is_dash(k) && self.glued(k);
        if hyphen {
            k += 1;
        }
        let (parts, unit_end) = if self.is(k, "quarter") {
            (4, k + 1)
        } else if self.is(k, "half") && !hyphen {
            (2, k + 1)
        } else {
            return None;
        };
        if !the && !hyphen {
            return None;
        }
        let make = |year: Year, n: u8| {
            if parts == 4 {
                Expr::Quarter(year, n)
            } else {
                Expr::Half(year, n)
            }
        };
        // "of 2005", "of this year", "of last year", "2005".
        let mut y_at = unit_end;
        let of = self.is(y_at, "of");
        if of {
            y_at += 1;
        }
        let year_after = if let Some((e, y)) = self.year_at(y_at) {
            Some((e, Year::Known(y)))
        } else if let Some(n) = self.rel_year(y_at).filter(|_| of) {
            Some((y_at + 2, Year::Counted(n, Anchor::Publication)))
        } else if of && self.is(y_at, "the") && self.is(y_at + 1, "year") {
            Some((y_at + 2, Year::Counted(0, Anchor::Reference)))
        } else {
            None
        };
        let n = if ord == -1 {
            if year_after.is_none() && parts == 4 {
                // "the last quarter": the one before the current one.
                return Some(Found::new(
                    i,
                    unit_end,
                    Expr::Unit(Unit::Quarter, -1, Anchor::Publication),
                ));
            }
            parts
        } else {
            u8::try_from(ord).ok().filter(|&n| n >= 1 && n <= parts)?
        };
        let (end, year) = match year_after {
            Some(after) => after,
            None if year_earlier => (unit_end, Year::Counted(-1, Anchor::Reference)),
            None => (unit_end, Year::Infer(Lean::Tense)),
        };
        Some(Found::new(i, end, make(year, n)))
    }

    /// "the first week of June", "the last week of March": a week of a month.
    fn week_of(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let (e, Class::Ord(n)) = self.phrase(i + 1, |c| matches!(c, Class::Ord(_)))? else {
            return None;
        };
        let ordinal = n == -1 || (1..=5).contains(&n);
        if !(ordinal && self.is(e, "week") && self.is(e + 1, "of")) {
            return None;
        }
        let month = self.calendar(e + 2).or_else(|| self.bare_month(e + 2))?;
        if !matches!(
            month.expr,
            Expr::Cal {
                month: Some(_),
                day: None,
                ..
            }
        ) {
            return None;
        }
        let expr = Expr::WeekOf(Box::new(month.expr), n as i8);
        Some(Found::new(i, month.end, expr))
    }

    /// "the 1990s", "1990s", "the '90s", "the 70s", "the 1930's", "the 20th century".
    fn decade(&self, i: usize) -> Option<Found> {
        let the = self.is(i, "the");
        let mut j = if the { i + 1 } else { i };
        if let Some(y) = self.year_token(j).filter(|y| y % 10 == 0) {
            if self.is_apostrophe(j + 1)
                && self.glued(j + 1)
                && self.bytes(j + 2) == b"s"
                && self.glued(j + 2)
            {
                return Some(Found::new(i, j + 3, Expr::Decade(y / 10)));
            }
        }
        let apostrophe = self.is_apostrophe(j) && self.glued(j + 1);
        if apostrophe {
            j += 1;
        }
        let t = self.txt(j);
        if self.kind(j) == Some(Kind::Mixed) {
            if let Some(digits) = t
                .strip_suffix('s')
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            {
                let n: i32 = digits.parse().ok()?;
                let decade = match digits.len() {
                    4 if n % 10 == 0 => n / 10,
                    2 if n % 10 == 0 && (the || apostrophe || self.after_decade(i)) => {
                        if n <= 20 {
                            200 + n / 10
                        } else {
                            190 + n / 10
                        }
                    }
                    _ => return None,
                };
                return Some(Found::new(i, j + 1, Expr::Decade(decade)));
            }
            // "the 20th century".
            if the && self.is(j + 1, "century") {
                let n = self.day_at(j)?;
                return Some(Found::new(i, j + 2, Expr::Century(i32::from(n) - 1)));
            }
        }
        // "the seventies".
        if let Some((e, Class::Decade(d))) = self.phrase(j, |c| matches!(c, Class::Decade(_))) {
            if the {
                return Some(Found::new(i, e, Expr::Decade(d)));
            }
        }
        if the && self.is(j + 1, "century") {
            if let Some((e, Class::Ord(n))) = self.phrase(j, |c| matches!(c, Class::Ord(_))) {
                if e == j + 1 && n > 0 {
                    return Some(Found::new(i, j + 2, Expr::Century(n - 1)));
                }
            }
        }
        None
    }

    /// True when a decade and a conjunction come just before `i`: "the 70s and 80s".
    fn after_decade(&self, i: usize) -> bool {
        i >= 2 && self.is_any(i - 1, &["and", "or", "to"]) && self.txt(i - 2).ends_with("0s")
    }

    /// "today", "yesterday", "tomorrow", "yesterday morning", "tonight", "the day before
    /// yesterday", "the day" (in "ended the day").
    fn deictic(&self, i: usize) -> Option<Found> {
        if self.is(i, "the") && self.is(i + 1, "day") {
            if self.is(i + 2, "before") && self.is(i + 3, "yesterday") {
                return Some(Found::new(
                    i,
                    i + 4,
                    Expr::Unit(Unit::Day, -2, Anchor::Publication),
                ));
            }
            if self.is(i + 2, "after") && self.is(i + 3, "tomorrow") {
                return Some(Found::new(
                    i,
                    i + 4,
                    Expr::Unit(Unit::Day, 2, Anchor::Publication),
                ));
            }
            let before = i.checked_sub(1).is_some_and(|p| self.is_any(p, DAY_VERBS));
            let in_the_day =
                i >= 2 && self.is(i - 1, "in") && self.is_any(i - 2, &["later", "earlier"]);
            // "the start of the day".
            let part_of = i >= 2
                && self.is(i - 1, "of")
                && self
                    .phrase(i - 2, |c| matches!(c, Class::PartNoun(_)))
                    .is_some();
            if before || in_the_day || part_of {
                return Some(Found::new(
                    i,
                    i + 2,
                    Expr::Unit(Unit::Day, 0, Anchor::Reference),
                ));
            }
            return None;
        }
        if self.is(i, "the")
            && self.is_any(i + 1, &["entire", "whole", "full"])
            && self.is(i + 2, "year")
        {
            return Some(Found::new(
                i,
                i + 3,
                Expr::Unit(Unit::Year, 0, Anchor::Reference),
            ));
        }
        // "over the weekend": the nearest weekend.
        if self.is(i, "the") && self.is(i + 1, "weekend") {
            return Some(Found::new(i, i + 2, Expr::Weekend(Lean::Tense)));
        }
        // "late in the day", "earlier in the week".
        if self.is_any(i, &["late", "early", "later", "earlier"])
            && self.is(i + 1, "in")
            && self.is(i + 2, "the")
        {
            if let Some((e, unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) =
                self.unit_at(i + 3)
            {
                let from = if unit == Unit::Day {
                    Anchor::Reference
                } else {
                    Anchor::Publication
                };
                let modifier = if self.is(i, "late") {
                    Some(TimexMod::Late)
                } else if self.is(i, "early") {
                    Some(TimexMod::Early)
                } else {
                    None
                };
                return Some(Found::new(i, e, Expr::Unit(unit, 0, from)).with_mod(modifier));
            }
        }
        // "in morning trading", "in the afternoon": a part of the day last spoken of.
        if i > 0 && self.is(i - 1, "in") {
            let j = if self.is(i, "the") { i + 1 } else { i };
            if let Some((e, Class::Pod(p))) = self.phrase(j, |c| matches!(c, Class::Pod(_))) {
                if self.low(j) {
                    let day = Expr::Unit(Unit::Day, 0, Anchor::Reference);
                    return Some(Found::new(i, e, Expr::Time(Box::new(day), Clock::Part(p))));
                }
            }
        }
        let (e, class) = self.phrase(i, |c| matches!(c, Class::Day(_) | Class::Tonight))?;
        if self.in_name(i) {
            return None;
        }
        let day = |n| Expr::Unit(Unit::Day, n, Anchor::Publication);
        match class {
            Class::Tonight => Some(Found::new(
                i,
                e,
                Expr::Time(Box::new(day(0)), Clock::Part("NI")),
            )),
            Class::Day(n) => {
                if let Some((pe, Class::Pod(p))) = self.phrase(e, |c| matches!(c, Class::Pod(_))) {
                    return Some(Found::new(
                        i,
                        pe,
                        Expr::Time(Box::new(day(n)), Clock::Part(p)),
                    ));
                }
                Some(Found::new(i, e, day(n)))
            }
            _ => None,
        }
    }

    /// A number: digits ("18", "2.5", "1,000"), words ("three", "twenty-five", "two and a
    /// half"), or a vague one ("several", "a few"): (end, value as written in a duration).
    fn number(&self, i: usize) -> Option<(usize, String)> {
        self.count(i).map(|(e, n)| (e, n.to_string()))
    }

    /// [`Matcher::number`], with the value kept unwritten until a pattern needs it: most
    /// numbers are not followed by a unit.
    fn count(&self, i: usize) -> Option<(usize, Count)> {
        match self.kind(i)? {
            Kind::Digits => {
                let n = self.num(i)?;
                return Some((i + 1, Count::Int(n)));
            }
            Kind::Grouped => {
                let t: String = self.txt(i).chars().filter(|&c| c != ',').collect();
                let v: f64 = t.parse().ok()?;
                return (v.is_finite()).then_some((i + 1, Count::Written(t)));
            }
            _ => {}
        }
        let (mut e, class) = self.phrase(i, |c| matches!(c, Class::Num(_) | Class::Vague))?;
        let Class::Num(mut n) = class else {
            return Some((e, Count::Vague));
        };
        // "twenty-five", "twenty five".
        if n >= 20 && n % 10 == 0 && n < 100 {
            let k = if self.is_dash(e) && self.glued(e) {
                e + 1
            } else {
                e
            };
            if let Some((e2, Class::Num(u))) = self.phrase(k, |c| matches!(c, Class::Num(_))) {
                if (1..10).contains(&u) && e2 == k + 1 {
                    n += u;
                    e = e2;
                }
            }
        }
        // "two and a half".
        if self.is(e, "and") && self.is_any(e + 1, &["a", "one"]) && self.is(e + 2, "half") {
            return Some((e + 3, Count::Half(n)));
        }
        Some((e, Count::Int(n)))
    }

    /// Durations and counted dates: "three days", "18 months", "12-hour", "two weeks ago",
    /// "three days later", "the past five trading days", "the next six months", "several
    /// years", "60" in "60 and 90 days".
    fn quantity(&self, i: usize) -> Option<Found> {
        // "the past / last / next / coming / first N units".
        let mut j = i;
        let mut framed = false;
        if self.is(i, "the") {
            // "the first nine months of the year".
            let e = if self.is(i + 1, "first") {
                i + 2
            } else {
                let (e, class) = self.phrase(i + 1, |c| matches!(c, Class::Rel(_)))?;
                if !matches!(
                    class,
                    Class::Rel(Rel::Past | Rel::Last | Rel::Next | Rel::Coming | Rel::Following)
                ) {
                    return None;
                }
                e
            };
            j = e;
            framed = true;
        }
        // "for years", "in minutes", "years ago": a plural unit alone.
        if !framed && i > 0 {
            if let Some((e, unit, true)) = self.unit_at(j) {
                if let Some(ago_end) = self.ago(e) {
                    return Some(Found::new(i, ago_end, Expr::Ref("PAST_REF")));
                }
                if self.is_any(i - 1, &["for", "in", "over", "within"])
                    && !matches!(unit, Unit::Quarter | Unit::Weekend | Unit::Second)
                {
                    return Some(Found::new(i, e, Expr::Duration(duration("X", unit))));
                }
                return None;
            }
        }
        // "half a year", "half an hour".
        if self.is(j, "half") && self.is_any(j + 1, &["a", "an"]) {
            let (e, unit, false) = self.unit_at(j + 2)? else {
                return None;
            };
            return Some(Found::new(i, e, Expr::Duration(duration("0.5", unit))));
        }
        let (mut k, count) = self.count(j)?;
        let is_a = self.is_any(j, &["a", "an"]);
        // "60" in "between 60 and 90 days": the unit comes after the second number.
        let second_is_a = self.is_any(k + 1, &["a", "an"]);
        let first_is_year = self.year_token(j).is_some();
        let joined =
            self.is_any(k, &["and", "or", "to"]) || (self.is_dash(k) && self.bytes(j).len() < 4);
        if joined && !second_is_a && !first_is_year {
            if let Some((k2, _)) = self.number(k + 1).filter(|_| !is_a) {
                if let Some((_, unit, _)) = self.unit_at(k2) {
                    if !framed && self.kind(j) != Some(Kind::Grouped) {
                        let n = count.to_string();
                        return Some(Found::new(i, k, Expr::Duration(duration(&n, unit))));
                    }
                }
            }
        }
        // "a four-day rally", "12-hour", "six straight days".
        let hyphen = self.is_dash(k) && self.glued(k) && self.glued(k + 1);
        let between = [
            "consecutive",
            "straight",
            "successive",
            "full",
            "more",
            "additional",
        ];
        if hyphen || self.is_any(k, &between) {
            k += 1;
        }
        let (e, unit, plural) = self.unit_at(k)?;
        let n = count.to_string();
        // "about a quarter of its dealers", "one quarter": fractions; "two quarters" counts.
        if unit == Unit::Quarter && !plural {
            return None;
        }
        // Ages are not durations: "55-year-old", "aged 55", "55 years old".
        if (self.is_dash(e) && self.is(e + 1, "old")) || self.is(e, "old") {
            return None;
        }
        if hyphen && plural {
            return None;
        }
        // "a year" after a number or a price is a rate ("15 a year"), unless it counts back
        // ("up from 14% a year ago").
        let counted =
            self.ago(e).is_some() || self.phrase(e, |c| matches!(c, Class::Shift(_))).is_some();
        if is_a && !framed && i > 0 && self.is_rate_lead(i - 1) && !counted {
            return None;
        }
        // "a second A380", "a second consecutive day": an ordinal.
        if unit == Unit::Second && self.kind(j) != Some(Kind::Digits) {
            return None;
        }
        // A bare digit count like "2024 years" is fine; a year before a unit is not a count.
        if let (Some(ago_end), false) = (self.ago(e), framed) {
            let expr = if n == "X" {
                Expr::Ref("PAST_REF")
            } else {
                let count: i64 = n.parse().ok()?;
                Expr::Shift(unit, -count, Anchor::Publication)
            };
            return Some(Found::new(i, ago_end, expr));
        }
        if let Some((se, Class::Shift(dir))) = self.phrase(e, |c| matches!(c, Class::Shift(_))) {
            if !framed && n != "X" && !hyphen {
                let count: i64 = n.parse().ok()?;
                return Some(Found::new(
                    i,
                    se,
                    Expr::Shift(unit, dir * count, Anchor::Reference),
                ));
            }
        }
        if unit == Unit::Weekend && !plural {
            return None;
        }
        Some(Found::new(i, e, Expr::Duration(duration(&n, unit))))
    }

    /// "ago" at `i`: its end.
    fn ago(&self, i: usize) -> Option<usize> {
        match self.phrase(i, |c| matches!(c, Class::Ago))? {
            (e, Class::Ago) => Some(e),
            _ => None,
        }
    }

    /// Token `i` ends a number or price, so "a year" after it is a rate.
    fn is_rate_lead(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Digits | Kind::Grouped)) || self.is_any(i, RATE_LEADS)
    }

    /// Recurrences: "annual", "weekly", "every year", "each Monday", "twice a year", "15 a
    /// year" (the rate only), "per year".
    fn set(&self, i: usize) -> Option<Found> {
        let set_word = self.low(i);
        match self.phrase(i, |c| matches!(c, Class::Set(_) | Class::Every)) {
            Some((e, Class::Set(v))) if set_word => {
                Some(Found::new(i, e, Expr::Set(v.to_string())))
            }
            Some((e, Class::Every)) => {
                let per = self.is(i, "per");
                // "every two years", "every other week".
                let (k, n) = if self.is(e, "other") {
                    (e + 1, "2".to_string())
                } else {
                    self.number(e)
                        .filter(|(_, n)| n != "X" && !per)
                        .unwrap_or((e, "1".to_string()))
                };
                if let Some((ue, unit, plural)) = self.unit_at(k) {
                    if plural == (n == "1") {
                        return None;
                    }
                    return Some(Found::new(i, ue, Expr::Set(duration(&n, unit))));
                }
                let (w, abbr, plural) = self.weekday_name(e)?;
                if abbr || plural || per {
                    return None;
                }
                Some(Found::new(
                    i,
                    e + 1,
                    Expr::Set(format!("XXXX-WXX-{}", w.index() + 1)),
                ))
            }
            _ => None,
        }
        .or_else(|| self.rate(i))
    }

    /// "a year" after a number ("15 a year"), "twice a year", "three times a week".
    fn rate(&self, i: usize) -> Option<Found> {
        let counted =
            self.num(i).is_some() || self.phrase(i, |c| matches!(c, Class::Num(_))).is_some();
        let (start, a) = if self.is_any(i, &["twice", "once", "thrice"]) {
            (i, i + 1)
        } else if counted && self.is(i + 1, "times") {
            (i, i + 2)
        } else if i > 0 && self.is_rate_lead(i - 1) {
            (i, i)
        } else {
            return None;
        };
        if !self.is_any(a, &["a", "an"]) {
            return None;
        }
        let (e, unit, false) = self.unit_at(a + 1)? else {
            return None;
        };
        if self.ago(e).is_some() || self.is_dash(e) {
            return None;
        }
        Some(Found::new(start, e, Expr::Set(duration("1", unit))))
    }

    /// Clock times: "08:30 UTC", "6:40 p.m. (GMT +8)", "5 p.m.", "0800 GMT", "noon", with a
    /// day after them ("16:00 UTC today", "12:00 UTC Monday").
    fn clock(&self, i: usize) -> Option<Found> {
        let (mut e, mut h, m) =
            if let Some((e, Class::Clock(h))) = self.phrase(i, |c| matches!(c, Class::Clock(_))) {
                (e, u32::from(h), 0)
            } else if self.bytes(i + 1) == b":" && self.glued(i + 1) && self.glued(i + 2) {
                let (h, m) = (self.num(i)?, self.num(i + 2)?);
                if self.bytes(i).len() > 2 || self.bytes(i + 2).len() != 2 {
                    return None;
                }
                (i + 3, h, m)
            } else {
                let t = self.txt(i);
                let n = self.num(i)?;
                match t.len() {
                    1 | 2 => (i + 1, n, 0),
                    4 => (i + 1, n / 100, n % 100),
                    _ => return None,
                }
            };
        let colon = e == i + 3;
        let named = self.phrase(i, |c| matches!(c, Class::Clock(_))).is_some();
        // am / pm.
        let mut meridiem = None;
        if let Some((me, pm)) = self.meridiem(e) {
            meridiem = Some(pm);
            e = me;
        }
        let mut utc = false;
        let mut zone = false;
        if self.is_zone(e) {
            utc = self.is_any(e, &["utc", "gmt", "z"]);
            zone = true;
            e += 1;
            // "(GMT +8)".
        } else if self.bytes(e) == b"(" && self.is_zone(e + 1) {
            let mut k = e + 2;
            if matches!(self.txt(k), "+" | "-" | "−") && self.num(k + 1).is_some() {
                k += 2;
            }
            if self.bytes(k) == b")" {
                zone = true;
                e = k + 1;
            }
        } else if self.is(e, "local") && self.is(e + 1, "time") {
            zone = true;
            e += 2;
        }
        let four_digits = self.bytes(i).len() == 4 && !colon && !named;
        // "9:25" alone may be a verse, a score or a ratio; a time has "at" before it, or a
        // zone or "a.m." after it.
        let at = i > 0 && self.is_any(i - 1, CLOCK_LEADS);
        if colon && meridiem.is_none() && !zone && !at {
            return None;
        }
        if !(named || colon || meridiem.is_some() || (four_digits && zone)) {
            return None;
        }
        if four_digits && !zone {
            return None;
        }
        if let Some(pm) = meridiem {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
        }
        if h > 24 || m > 59 {
            return None;
        }
        // The day it falls on, when written right after it.
        let (day, end) =
            if let Some(d) = self.deictic(e).filter(|d| matches!(d.expr, Expr::Unit(..))) {
                (d.expr, d.end)
            } else if let Some((w, false, false)) = self.weekday_name(e) {
                (Expr::Weekday(w, Lean::Tense), e + 1)
            } else if let Some(date) = self.calendar(e + 1).filter(|_| self.bytes(e) == b",") {
                // "16:15 UTC, June 1": the date that follows is the time's day, and a timex of
                // its own.
                (date.expr, e)
            } else {
                (Expr::Unit(Unit::Day, 0, Anchor::Reference), e)
            };
        let expr = Expr::Time(Box::new(day), Clock::At(h as u8, m as u8, utc));
        Some(Found::new(i, end, expr))
    }

    /// A time zone at `i`: an abbreviation written in capitals ("UTC", "EST", "ET").
    fn is_zone(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
            && self.bytes(i).len() <= 4
            && !self.low(i)
            && self.is_any(i, ZONES)
    }

    /// "a.m.", "p.m.", "am", "PM" at `i`: (end, is pm).
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        let t = self.txt(i);
        let pm = |s: &str| s.eq_ignore_ascii_case("p");
        if (self.is(i, "a") || self.is(i, "p")) && self.bytes(i + 1) == b"." && self.is(i + 2, "m")
        {
            let mut e = i + 3;
            if self.bytes(e) == b"." && self.glued(e) {
                e += 1;
            }
            return Some((e, pm(t)));
        }
        if self.is(i, "am") || self.is(i, "pm") {
            return Some((i + 1, t.starts_with(['p', 'P'])));
        }
        None
    }

    /// Vague times: "now", "currently", "recently", "the past", "the future", "soon".
    fn vague(&self, i: usize) -> Option<Found> {
        let (e, Class::Ref(v)) = self.phrase(i, |c| matches!(c, Class::Ref(_)))? else {
            return None;
        };
        if self.in_name(i) {
            return None;
        }
        // "now-defunct", "as soon as", "shortly after".
        if (self.is_dash(e) && self.glued(e)) || (i > 0 && self.is_dash(i - 1) && self.glued(i)) {
            return None;
        }
        if (self.is(e, "as") && self.is(e - 1, "soon"))
            || self.is_any(e, &["after", "before", "thereafter", "that"])
        {
            return None;
        }
        // "the past" and "the future" before a noun are adjectives ("the past president");
        // longer phrases ("the near term", "the time being") end in a noun of their own.
        if self.is(i, "the")
            && e == i + 2
            && self.low(e)
            && self.kind(e) == Some(Kind::Word)
            && !self.is_any(
                e,
                &["and", "or", "but", "of", "for", "is", "was", "will", "has"],
            )
        {
            return None;
        }
        Some(Found::new(i, e, Expr::Ref(v)))
    }

    /// "the year 2000"; and "the year", "the month", "the week" in "the end of the year".
    fn the_year(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        // "the end of the month", "the middle of the week".
        if let Some((e, unit @ (Unit::Month | Unit::Week | Unit::Decade | Unit::Century), false)) =
            self.unit_at(i + 1)
        {
            return (i > 0 && self.is(i - 1, "of"))
                .then(|| Found::new(i, e, Expr::Unit(unit, 0, Anchor::Publication)));
        }
        if !self.is(i + 1, "year") {
            return None;
        }
        if let Some((e, y)) = self.year_at(i + 2) {
            let expr = Expr::Cal {
                year: Year::Known(y),
                month: None,
                day: None,
            };
            return Some(Found::new(i, e, expr));
        }
        (i > 0 && self.is(i - 1, "of"))
            .then(|| Found::new(i, i + 2, Expr::Unit(Unit::Year, 0, Anchor::Publication)))
    }

    /// A year inside a larger date ("early 2022", "the end of 2008"): no guard needed.
    fn year_in_date(&self, i: usize) -> Option<Found> {
        let (e, y) = self.year_at(i)?;
        let expr = Expr::Cal {
            year: Year::Known(y),
            month: None,
            day: None,
        };
        Some(Found::new(i, e, expr))
    }

    /// A year alone, "2019", "'82", "fiscal 2024", "FY2006", "the year 2000", guarded against
    /// the numbers that are not years.
    fn bare_year(&self, i: usize) -> Option<Found> {
        let t = self.txt(i);
        // "FY2006", "FY06".
        let fiscal = t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"));
        if let (Some(Kind::Mixed), true, Some(digits)) = (self.kind(i), fiscal, t.get(2..)) {
            let yy: i32 = digits.parse().ok()?;
            let y = match digits.len() {
                4 => yy,
                2 => {
                    if yy < 50 {
                        2000 + yy
                    } else {
                        1900 + yy
                    }
                }
                _ => return None,
            };
            return Some(Found::new(i, i + 1, Expr::Fiscal(Year::Known(y))));
        }
        if self.is(i, "fiscal") {
            let k = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let (e, y) = self.year_at(k)?;
            return Some(Found::new(i, e, Expr::Fiscal(Year::Known(y))));
        }
        if let Some(f) = self
            .the_year(i)
            .filter(|f| matches!(f.expr, Expr::Cal { .. }))
        {
            return Some(f);
        }
        let (e, y) = self.year_at(i)?;
        if self.year_is_a_count(i, e) {
            return None;
        }
        if y < 1900 && !(i > 0 && self.is_any(i - 1, YEAR_LEADS)) {
            return None;
        }
        if y > 2100 {
            return None;
        }
        // Inside a name: "Russell 2000 Index", "Windows 2000 Server".
        if self.after_name_word(i) && self.cap(e) && self.kind(e) == Some(Kind::Word) {
            return None;
        }
        let expr = Expr::Cal {
            year: Year::Known(y),
            month: None,
            day: None,
        };
        Some(Found::new(i, e, expr))
    }

    /// True when the four digits at `i..e` count something: "2021 troops", "$2024", "page
    /// 1999", "2024%", "1500-2000 people".
    fn year_is_a_count(&self, i: usize, e: usize) -> bool {
        if i > 0 {
            let p = i - 1;
            let pt = self.txt(p);
            if self.kind(p) == Some(Kind::Punct)
                && self.glued(i)
                && !matches!(pt, "(" | "'" | "’" | "\"" | "“" | "[" | "-" | "–")
            {
                return true;
            }
            if matches!(pt, "$" | "£" | "€" | "¥" | "#" | "+" | "−" | "±") {
                return true;
            }
            let word = if pt == "." && i >= 2 { i - 2 } else { p };
            if self.phrase(word, |c| c == Class::NotYearBefore).is_some()
                && (word == p || self.glued(p))
            {
                return true;
            }
            // A range "1500-2000" of counts; "2009-2011" stays two years.
            if self.is_dash(p)
                && self.glued(i)
                && i >= 2
                && self.kind(i - 2) == Some(Kind::Digits)
                && self.year_token(i - 2).is_none()
            {
                return true;
            }
        }
        let nt = self.txt(e);
        if matches!(nt, "%" | "/" | ":")
            || (nt == "-"
                && self.glued(e)
                && self.num(e + 1).is_some_and(|_| {
                    self.year_token(e + 1).is_none() && self.bytes(e + 1).len() != 2
                }))
        {
            return true;
        }
        // The noun after it, also after "to 2500" in "2000 to 2500 troops".
        let mut n = e;
        let range = self.is_any(n, &["to", "or", "and"]) || (self.is_dash(n) && self.glued(n));
        if range && self.kind(n + 1) == Some(Kind::Digits) {
            n += 2;
        }
        if self.kind(n) != Some(Kind::Word) || !self.low(n) {
            return false;
        }
        let noun = self.txt(n);
        if self.phrase(n, |c| c == Class::CountNoun).is_some()
            || self.is_any(
                n,
                &["percent", "per", "million", "billion", "thousand", "times"],
            )
        {
            return true;
        }
        let plural = noun.len() >= 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !noun.ends_with("us")
            && !noun.ends_with("is");
        plural && self.phrase(n, |c| c == Class::YearPlural).is_none() && self.cue(n).is_none()
    }

    // ------------------------------------------------------------------ coordination

    /// The second day in "June 5 and 6" or "March 3-4, 2020": a date of its own.
    fn coordinated_day(&self, f: &Found) -> Option<Found> {
        let Expr::Cal {
            year,
            month: Some(m),
            day: Some(d1),
        } = f.expr
        else {
            return None;
        };
        let k = f.end;
        let joined = self.is_any(k, &["and", "or", "to", "through"])
            || (self.is_dash(k) && self.glued(k + 1));
        if !joined || self.year_token(k + 1).is_some() {
            return None;
        }
        let d2 = self
            .day_at(k + 1)
            .filter(|&d| d > d1 && Self::day_fits(m, d))?;
        if self.day_is_a_count(k + 2)
            || self.unit_at(k + 2).is_some()
            || self.month_name(k + 2).is_some()
        {
            return None;
        }
        let mut end = k + 2;
        let mut year2 = year;
        let mut y_at = end;
        if self.bytes(y_at) == b"," {
            y_at += 1;
        }
        if let Some((e, y)) = self
            .year_at(y_at)
            .filter(|_| matches!(year, Year::Infer(_)))
        {
            year2 = Year::Known(y);
            end = e;
        }
        let expr = Expr::Cal {
            year: year2,
            month: Some(m),
            day: Some(d2),
        };
        Some(Found::new(k + 1, end, expr))
    }

    /// Shares a year written once across a coordination: "February or March 2022", "from
    /// January to March 2020", "June 5 and 6, 2020".
    fn share_years(&self, found: &mut [Found]) {
        for n in 1..found.len() {
            let (left, right) = found.split_at_mut(n);
            let (a, b) = (&mut left[n - 1], &right[0]);
            let Expr::Cal {
                year: Year::Known(y),
                month: Some(m2),
                ..
            } = b.expr
            else {
                continue;
            };
            let Expr::Cal {
                year: ref mut ya @ Year::Infer(_),
                month: Some(m1),
                day: d1,
            } = a.expr
            else {
                continue;
            };
            let joined = b.start == a.end + 1
                && (self.is_any(a.end, &["and", "or", "to", "through", "until", "till"])
                    || self.is_dash(a.end));
            let same_month_days = b.start == a.end + 1 && m1 == m2 && d1.is_some();
            if joined || same_month_days {
                *ya = Year::Known(if m1 > m2 { y - 1 } else { y });
            }
        }
    }
}

/// A number as a duration value writes it.
enum Count {
    Int(u32),
    /// "two and a half": 2.5.
    Half(u32),
    /// Digits with grouping commas taken out, a decimal point kept.
    Written(String),
    /// "several", "a few": X.
    Vague,
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Int(n) => write!(f, "{n}"),
            Count::Half(n) => write!(f, "{n}.5"),
            Count::Written(s) => f.write_str(s),
            Count::Vague => f.write_str("X"),
        }
    }
}

/// The longest of the matches; the first one among equals, so the order of the patterns
/// breaks ties.
fn longest(found: impl Iterator<Item = Found>) -> Option<Found> {
    let mut best: Option<Found> = None;
    for f in found {
        if best.as_ref().is_none_or(|b| f.end > b.end) {
            best = Some(f);
        }
    }
    best
}

/// A TIMEX3 duration value: "P3D", "PT12H", "P10Y" for a decade, "PXY".
pub(crate) fn duration(n: &str, unit: Unit) -> String {
    let scaled = |k: u32, u: &str| match n.parse::<u32>() {
        Ok(v) => format!("P{}{u}", v.saturating_mul(k)),
        Err(_) => format!(
            "P{n}{}",
            if k == 10 {
                "DE"
            } else if k == 100 {
                "CE"
            } else {
                u
            }
        ),
    };
    match unit {
        Unit::Year | Unit::FiscalYear => format!("P{n}Y"),
        Unit::Month => format!("P{n}M"),
        Unit::Week => format!("P{n}W"),
        Unit::Fortnight => scaled(2, "W"),
        Unit::Day => format!("P{n}D"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Second => format!("PT{n}S"),
        Unit::Decade => scaled(10, "Y"),
        Unit::Century => scaled(100, "Y"),
        Unit::Quarter => format!("P{n}Q"),
        Unit::Weekend => format!("P{n}WE"),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;
    use crate::dates::token::{fold_hash, tokenize};
    use crate::span::Span;

    impl Matcher<'_, '_> {
        /// [`Matcher::at`] without its gates: every pattern tried at every lead token.
        fn at_ungated(&self, i: usize) -> Option<Found> {
            // Most tokens are words that start no pattern; they cost one test.
            if !self.lead(i) {
                return None;
            }
            let candidates = [
                self.approximate(i),
                self.with_part(i),
                self.part_of(i),
                self.calendar(i),
                self.day_first(i),
                self.holiday(i),
                self.week_of(i),
                self.numeric(i),
                self.relative(i),
                self.weekday(i),
                self.season(i),
                self.quarter(i),
                self.decade(i),
                self.deictic(i),
                self.quantity(i),
                self.set(i),
                self.clock(i),
                self.vague(i),
                self.bare_year(i),
            ];
            longest(candidates.into_iter().flatten()).filter(|f| f.end > f.start)
        }
    }

    fn words() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(Words::load)
    }

    /// Checks that the gates of `at` skip only patterns that would not match, at every token.
    fn same_as_ungated(text: &str) -> Result<(), TestCaseError> {
        let mut chunk = Chunk::default();
        tokenize(text, Span::new(0, text.len()), words(), &mut chunk);
        let m = Matcher::new(text, &chunk, words(), Buffers::default());
        for i in 0..=chunk.toks.len() {
            prop_assert_eq!(m.at(i), m.at_ungated(i), "token {} of {:?}", i, text);
        }
        Ok(())
    }

    #[test]
    fn gates_keep_every_match_on_written_examples() {
        let texts = [
            "On Monday, February 10, 2025 at 5 p.m. the envoy left.",
            "the early 1980s, mid-2023, late last year, earlier this month",
            "the end of 2008 and the beginning of the year; the first week of June",
            "about three years, more than a week, nearly five months, around 5 p.m.",
            "28 June 2019, the 28th of June, 2019-06-28, 6/28/2019, 7/8/07",
            "Christmas, New Year's Day 2025, last Friday, next Tuesday, Mondays",
            "summer 2024, the summer of 2024, this spring, the fourth quarter of 2005, Q4 2024",
            "the 1990s, the '90s, the 70s and 80s, the 20th century, the seventies",
            "today, yesterday morning, tonight, the day before yesterday, ended the day up",
            "two weeks ago, three days later, the past five trading days, 60 and 90 days",
            "twice a year, 15 a year, every other week, each Monday, per year, weekly",
            "08:30 UTC, 6:40 p.m. (GMT +8), 0800 GMT, noon, 16:00 UTC today, at 14:30",
            "now, recently, the past, the future, soon, fiscal 2024, FY2006, the year 2000",
            "It rose 2021 troops, page 1999, $2024, 1500-2000 people, the 2024 elections.",
            "half a year, a four-day rally, 12-hour, six straight days, a 55-year-old",
            "in the afternoon, late in the day, the whole year, over the weekend, once a week",
            "for the full year and the entire year, the president said",
            "That quarter, the year-earlier quarter, the last quarter, the first half of 2009",
            "the following week, the same day, the previous month, the coming days, the next day",
            "the current quarter, recent years, this past week, this coming Monday, next spring",
            "that third quarter of 2005, three times a week, 3 times a year, 12 a month",
            "a couple of weeks and a half, a few days, a dozen straight years, an hour ago",
            "A year later, a hundred days, a full-year gain, a few times a month, a week",
            "that day, that time, as many as six weeks, as long as a year, as well, at least",
            "at most two days, at 5 p.m., at noon, up to a month, up to 12 hours, just over",
            "a week, well over a year, more than a decade, more recently, most recently, less",
            "than an hour, these days, that 2019 report, this past Monday, this coming year",
            "That week, This morning, About 3 years, some two weeks, over the years, over 18",
            "months, the same day, same-day, previous years, the previous week, current events",
            "business days, working days, new year's day, New Year's Eve, very soon, very",
        ];
        for text in texts {
            same_as_ungated(text).map_err(|e| e.to_string()).unwrap();
        }
    }

    /// The cue of a word read in its text is the cue of its entry, however it is written, or
    /// its shape's; from the tokens made of the text and from those made of shared ones.
    #[test]
    fn cues_of_words_in_their_text() {
        let cases: [(&str, &str, Option<Cue>); 11] = [
            (
                "they will meet again on the day after",
                "will",
                Some(Cue::Modal),
            ),
            ("it will", "will", Some(Cue::Modal)),
            ("wILL they meet again this week", "wILL", Some(Cue::Modal)),
            (
                "outlined the plan on Monday morning",
                "outlined",
                Some(Cue::Past),
            ),
            ("the plan was outlined", "outlined", Some(Cue::Past)),
            ("we need it by the end of the week", "need", None),
            ("sales exceed the forecast this year", "exceed", None),
            (
                "they na\u{ef}ved the plan on Monday morning",
                "na\u{ef}ved",
                None,
            ),
            (
                "counterrevolutionized the plan in June",
                "counterrevolutionized",
                Some(Cue::Past),
            ),
            (
                "antidisestablishmentarianed it in June",
                "antidisestablishmentarianed",
                None,
            ),
            (
                "the hundred days of the new government",
                "hundred",
                Some(Cue::NotVerb),
            ),
        ];
        let mut shared = crate::words::Words::new();
        words().mark_shared(&mut shared);
        for (text, word, want) in cases {
            let start = text.find(word).unwrap();
            let span = Span::new(start, start + word.len());
            let mut own = Chunk::default();
            tokenize(text, Span::new(0, text.len()), words(), &mut own);
            let mut made = Chunk::default();
            let toks = shared.tokenize(text);
            crate::dates::token::from_shared(&toks, Span::new(0, text.len()), words(), &mut made);
            for chunk in [&own, &made] {
                let m = Matcher::new(text, chunk, words(), Buffers::default());
                let k = chunk.toks.iter().position(|t| t.span == span).unwrap();
                assert_eq!(m.cue(k), want, "{word} in {text:?}");
            }
        }
    }

    /// The words that start a date only before a lead or their phrases' second words, and
    /// some that do not: "last" is also an ordinal ("the last quarter"), "recent" and "now"
    /// are vague times alone, "year" counts alone ("for years"), "early" takes a dash.
    #[test]
    fn gated_words() {
        let w = words();
        let cases = [
            ("that", true),
            ("this", true),
            ("about", true),
            ("as", true),
            ("at", true),
            ("more", true),
            ("up", true),
            ("over", true),
            ("same", true),
            ("people", true),
            ("the", false),
            ("a", false),
            ("last", false),
            ("recent", false),
            ("now", false),
            ("years", false),
            ("early", false),
            ("half", false),
            ("may", false),
            ("one", false),
        ];
        for (word, gated) in cases {
            let n = w.date_word(word, fold_hash(word.as_bytes()));
            assert_ne!(n, 0, "{word}");
            assert_eq!(w.entry_at(n).gated, gated, "{word}");
        }
        let at = w.entry_at(w.date_word("at", fold_hash(b"at")));
        assert_eq!(at.next_words, ["least", "most"]);
    }

    /// The gate on "a" and "an" in `at` holds only while they open nothing but counts of at
    /// most [`ARTICLE_REACH`] - 4 tokens ("a couple of"): another kind of phrase or a longer
    /// one starting with them must widen or drop the gate.
    #[test]
    fn articles_open_only_short_counts() {
        let w = words();
        for word in ["a", "an", "A", "An", "AN"] {
            let n = w.date_word(word, fold_hash(word.as_bytes()));
            assert_ne!(n, 0, "{word}");
            let e = w.entry_at(n);
            assert!(e.marks & mark::ARTICLE != 0, "{word}");
            assert_eq!(e.classes & !(NUM | VAGUE), 0, "{word}");
            assert!(
                e.month.is_none() && e.weekday.is_none() && !e.lead,
                "{word}"
            );
            for p in &e.phrases {
                assert!(matches!(p.class, Class::Num(_) | Class::Vague), "{word}");
                // The article and `rest` take at most ARTICLE_REACH - 4 tokens.
                assert!(p.rest.len() < ARTICLE_REACH - 4, "{word} {:?}", p.rest);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]

        /// Random runs of the words the patterns look for, glued or spaced.
        #[test]
        fn gates_keep_every_match(parts in proptest::collection::vec((prop::sample::select(vec![
            "the", "The", "a", "an", "that", "this", "last", "next", "past", "coming", "same",
            "following", "early", "late", "mid", "earlier", "later", "end", "beginning", "of",
            "in", "on", "at", "by", "since", "until", "and", "or", "to", "-", ",", ".", ":", "/",
            "'", "’", "(", ")", "$", "%", "about", "over", "under", "more", "than", "nearly",
            "half", "once", "twice", "times", "every", "each", "per", "other", "ago", "later",
            "year", "years", "month", "months", "week", "weeks", "day", "days", "weekend",
            "quarter", "quarters", "hour", "minutes", "second", "decade", "century", "first",
            "third", "fourth", "three", "twenty", "five", "several", "few", "fiscal", "FY2006",
            "Q4", "1990s", "90s", "20th", "28th", "5", "12", "28", "07", "2019", "1999", "1850",
            "0800", "30", "1,000", "2.5", "June", "May", "march", "Feb", "Sept", "Monday",
            "Fridays", "Tue", "summer", "Spring", "fall", "Christmas", "New", "Year", "s",
            "today", "yesterday", "tonight", "morning", "night", "noon", "now", "recently",
            "soon", "future", "p", "m", "a.m.", "UTC", "GMT", "local", "time", "Black",
            "people", "troops", "elections", "old", "seventies", "entire", "whole", "before",
            "after", "weekly", "annual", "consecutive", "straight", "said", "will", "full",
            "A", "An", "couple", "dozen", "hundred", "additional", "as", "many", "long",
            "least", "most", "up", "just", "well", "very", "business", "working", "these",
            "recent", "recently", "current", "previous", "new", "around", "almost", "some",
            "less", "no", "page", "Super", "Good", "That", "This", "About", "At", "As",
            "near", "term", "long", "short", "medium", "being", "Future", "PAST", "Near",
        ]), any::<bool>()), 0..16)) {
            let mut text = String::new();
            for (word, glued) in parts {
                if !glued && !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
            same_as_ungated(&text)?;
        }
    }
}
