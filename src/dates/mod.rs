//! Temporal expressions: find them and resolve them against the publication date.
//!
//! The stage runs in four steps, one module each:
//! - `token`: paragraphs that may hold a date (a cheap prefilter: a digit or a time word) are
//!   cut into tokens;
//! - `recognize`: a matcher finds the expressions and says what each means ("last Friday" is
//!   the Friday strictly before; "June 14" is a June 14 whose year the clause decides);
//! - `tense`: the verb group nearest to each expression tells whether its clause reports the
//!   past or looks ahead;
//! - `resolve`: each meaning becomes a TIMEX3 value, counted from the publication date
//!   (deictic: "yesterday", "last year") or from the time last spoken of (anaphoric: "the
//!   following week", "the same day").
//!
//! Datelines and publication stamps at the top of the article are marked as such, and when no
//! publication date is given, the first complete one serves as the anchor.

mod calendar;
mod recognize;
mod resolve;
mod tense;
mod token;
mod words;

use regex::Regex;
use serde::{Deserialize, Serialize};

pub use calendar::{add_months, days_in_month, is_leap_year, quarter_of, Date, Weekday};

use crate::segment::Segmentation;
use crate::span::Span;
use crate::tokens::Tokens;
use recognize::{Found, Matcher};
use resolve::{Context, Expr, Year};
use token::{Chunk, Token};
use words::Words;

/// The TIMEX3 type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    /// A calendar date or period: "Sunday", "February 2022", "last year".
    Date,
    /// A time of day: "5 p.m.", "Sunday morning".
    Time,
    /// A length of time: "three weeks".
    Duration,
    /// A recurrence: "every Monday".
    Set,
}

/// A TIMEX3 modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexMod {
    /// "early 2022".
    Early,
    /// "mid-2023".
    Mid,
    /// "late last year".
    Late,
    /// "about two weeks".
    Approx,
    /// "before 2020".
    Before,
    /// "after June".
    After,
}

/// A temporal expression and its resolved value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Where it is in the text: the expression without a leading preposition ("Sunday" in "on
    /// Sunday"), with its determiners and modifiers ("the early 1980s", "about a week").
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TIMEX3 value: `2025-02-09`, `2025-02`, `2024-Q4`, `P3D`, `PAST_REF`, `XXXX-06-14`.
    pub value: String,
    /// Its modifier, if any.
    pub modifier: Option<TimexMod>,
    /// True for the article's dateline or publication stamp (TimeML's creation time): a date
    /// standing alone near the top ("February 10, 2025", "Published Feb. 10, 2025 10:32 a.m.")
    /// or opening a wire dateline ("KYIV, Feb 10 (Reuters) -").
    pub dateline: bool,
    /// The verb whose tense placed the expression in time, when one was found within its
    /// sentence: the head of the nearest verb group ("said" for "said on Sunday", "could" for
    /// "could occur in March"). A date whose verb is a claim's speech verb is when the claim
    /// was made.
    pub verb: Option<Span>,
}

/// Finds temporal expressions. Build it once and reuse it.
#[derive(Clone, Debug)]
pub struct DateFinder {
    words: Words,
    /// Matches a paragraph that may hold a date: a digit, or a word that can start or carry
    /// one. Most paragraphs of news hold none and are skipped without tokenizing.
    prefilter: Regex,
}

impl Default for DateFinder {
    fn default() -> DateFinder {
        DateFinder::new()
    }
}

/// An expression found, before resolution.
struct Candidate {
    span: Span,
    expr: Expr,
    modifier: Option<TimexMod>,
    tense: resolve::Tense,
    verb: Option<Span>,
    dateline: bool,
    /// The paragraph it is in.
    paragraph: usize,
}

impl DateFinder {
    /// A finder with its patterns compiled and its word lists loaded.
    pub fn new() -> DateFinder {
        let words = Words::load();
        let mut triggers: Vec<String> = words.triggers().iter().map(trigger_pattern).collect();
        triggers.sort();
        triggers.dedup();
        // A trigger counts only as whole tokens: between chars that are not ASCII letters or
        // digits (the date tokenizer cuts tokens at every other char, "_" included; a letter
        // beyond ASCII joins the token, which then is no listed word, so passing it costs
        // only a wasted paragraph).
        let pattern = format!(
            r"(?i)\d|(?:^|[^0-9A-Za-z])(?:{})(?:[^0-9A-Za-z]|$)",
            triggers.join("|")
        );
        // The pattern is built from the compiled-in word lists, escaped: it always compiles.
        let prefilter = Regex::new(&pattern).expect("date prefilter");
        DateFinder { words, prefilter }
    }

    /// Records in the shared word lists the entry here of every listed word (one that can
    /// open a date or a tense cue), which the date stage then reads from each shared token.
    pub(crate) fn mark_shared(&self, shared: &mut crate::words::Words) {
        self.words.mark_shared(shared);
    }

    /// Every temporal expression in `text`, in text order, resolved against `publication`
    /// (or, when it is `None`, against the article's own dateline if it has one).
    pub fn find(&self, text: &str, seg: &Segmentation, publication: Option<Date>) -> Vec<Timex> {
        self.find_with(text, seg, publication, |para, chunk| {
            token::tokenize(text, para, &self.words, chunk);
        })
    }

    /// [`DateFinder::find`] over the shared tokens of the text, which spare the stage its own
    /// reading of the text.
    pub(crate) fn find_in(
        &self,
        toks: &Tokens<'_>,
        seg: &Segmentation,
        publication: Option<Date>,
    ) -> Vec<Timex> {
        self.find_with(toks.text, seg, publication, |para, chunk| {
            token::from_shared(toks, para, &self.words, chunk);
        })
    }

    /// [`DateFinder::find`], with `tokenize(para, chunk)` filling `chunk` with the tokens of
    /// paragraph `para`.
    fn find_with(
        &self,
        text: &str,
        seg: &Segmentation,
        publication: Option<Date>,
        mut tokenize: impl FnMut(Span, &mut Chunk),
    ) -> Vec<Timex> {
        let whole = [Span::new(0, text.len())];
        let paragraphs: &[Span] = if seg.paragraphs.is_empty() {
            &whole
        } else {
            &seg.paragraphs
        };
        let mut candidates = Vec::new();
        let mut lexed = Chunk::default();
        let mut buffers = recognize::Buffers::default();
        // The expressions found in a paragraph, a vector kept for the next one.
        let mut found = Vec::new();
        for (p, &para) in paragraphs.iter().enumerate() {
            let Some(chunk) = text.get(para.range()) else {
                continue;
            };
            // An ASCII digit is the common reason to pass, answered without the regex.
            if !has_ascii_digit(chunk.as_bytes()) && !self.prefilter.is_match(chunk) {
                continue;
            }
            tokenize(para, &mut lexed);
            let toks = &lexed.toks;
            let m = Matcher::new(text, &lexed, &self.words, std::mem::take(&mut buffers));
            m.find_all(&mut found);
            let first = candidates.len();
            let mut previous: Option<(usize, resolve::Tense)> = None;
            for f in found.drain(..) {
                let sentence = toks
                    .get(f.start)
                    .map_or(0, |t| sentence_at(seg, t.span.start));
                let Some(mut c) = self.candidate(&m, toks, seg, f) else {
                    continue;
                };
                c.paragraph = p;
                // A date with no verb near it shares the tense of the date before it in its
                // sentence: "in November, December and January".
                match previous {
                    Some((s, tense)) if s == sentence && c.tense == resolve::Tense::Unknown => {
                        c.tense = tense;
                    }
                    _ => {}
                }
                previous = Some((sentence, c.tense));
                candidates.push(c);
            }
            if p < 3 {
                mark_datelines(toks, &mut candidates[first..], para, text);
            }
            buffers = m.into_buffers();
        }
        let anchor = publication.or_else(|| dateline_date(&candidates));
        let mut ctx = Context::new(anchor);
        // The paragraph of the last day spoken of: a clock time alone ("at 3 p.m.") falls on
        // that day only within the same paragraph, else on the publication date.
        let mut day_paragraph = None;
        candidates
            .into_iter()
            .map(|c| {
                let bare_clock = matches!(&c.expr, Expr::Time(day, _)
                    if **day == Expr::Unit(words::Unit::Day, 0, resolve::Anchor::Reference));
                let r = if bare_clock && day_paragraph != Some(c.paragraph) {
                    let mut local = ctx;
                    local.day = anchor;
                    resolve::resolve(&c.expr, c.tense, &local)
                } else {
                    resolve::resolve(&c.expr, c.tense, &ctx)
                };
                if let Some(p) = r.point.filter(|_| !c.dateline) {
                    if matches!(p, resolve::Point::Day(_)) {
                        day_paragraph = Some(c.paragraph);
                    }
                    ctx.refer_to(p);
                }
                Timex {
                    span: c.span,
                    kind: r.kind,
                    value: r.value,
                    modifier: c.modifier,
                    dateline: c.dateline,
                    verb: c.verb,
                }
            })
            .collect()
    }

    fn candidate(
        &self,
        m: &Matcher<'_, '_>,
        toks: &[Token],
        seg: &Segmentation,
        f: Found,
    ) -> Option<Candidate> {
        let last = f.end.checked_sub(1)?;
        let (first_tok, last_tok) = (toks.get(f.start)?.span, toks.get(last)?.span);
        let span = Span::new(first_tok.start, last_tok.end);
        // Sentences are sorted, so a token before the date is in the date's first sentence
        // when it starts at or after the end of the sentence before that one, and a token
        // after the date is in its last sentence when it starts before that sentence ends.
        let (left, right) = (
            sentence_at(seg, first_tok.start),
            sentence_at(seg, last_tok.start),
        );
        let left_from = left
            .checked_sub(1)
            .and_then(|s| seg.sentences.get(s))
            .map_or(0, |s| s.span.end);
        let right_until = seg.sentences.get(right).map_or(usize::MAX, |s| s.span.end);
        let (tense, verb) = tense::tense_around(m, f.start, f.end, toks.len(), |k| {
            toks.get(k).is_some_and(|t| {
                if k < f.start {
                    t.span.start >= left_from
                } else {
                    t.span.start < right_until
                }
            })
        });
        // "until Friday", "by Tuesday": a deadline is the nearest such day unless the clause
        // looks ahead.
        let mut expr = f.expr;
        if let Expr::Weekday(w, resolve::Lean::Tense) = expr {
            let deadline = f.start > 0
                && ["until", "till", "by"]
                    .iter()
                    .any(|p| m.is_word(f.start - 1, p));
            if deadline && tense != resolve::Tense::Future {
                expr = Expr::Weekday(w, resolve::Lean::Near);
            }
        }
        Some(Candidate {
            span,
            expr,
            modifier: f.modifier,
            tense,
            verb: verb.and_then(|k| toks.get(k)).map(|t| t.span),
            dateline: false,
            paragraph: 0,
        })
    }
}

/// The pattern of a trigger: its words in any case (the first one capitalized when it
/// must be), with whitespace between them, as between the tokens of a phrase.
fn trigger_pattern(t: &words::Trigger<'_>) -> String {
    let mut words = t.words.iter().map(|w| regex::escape(w));
    let mut first = words.next().unwrap_or_default();
    if let Some(c) = first.chars().next().filter(|_| t.capitalized) {
        first = format!("(?-i:{}){}", c.to_ascii_uppercase(), &first[c.len_utf8()..]);
    }
    words.fold(first, |all, w| all + r"\s+" + &w)
}

/// True when `bytes` hold an ASCII digit; by blocks of 16 without early exit inside one, so
/// the compiler can test a block at once.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    bytes
        .chunks(16)
        .any(|block| block.iter().fold(false, |any, b| any | b.is_ascii_digit()))
}

/// The index of the sentence that holds the token starting at byte `start` (a token outside
/// every sentence gets the index of the next one). Asked only of the tokens of a date, as
/// most tokens never are.
fn sentence_at(seg: &Segmentation, start: usize) -> usize {
    seg.sentences.partition_point(|x| x.span.end <= start)
}

/// Words that may stand in a publication stamp next to its date.
const STAMP_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "date",
    "first",
    "edt",
    "est",
    "gmt",
    "utc",
    "bst",
    "cet",
    "et",
];

/// Marks the datelines among the candidates of one of the first paragraphs: a paragraph that
/// is only a date (and stamp words), or a wire dateline "PLACE, Feb 10 (Agency) -".
fn mark_datelines(toks: &[Token], cands: &mut [Candidate], para: Span, text: &str) {
    let Some(first) = cands.first() else { return };
    let covered = |t: &Token| cands.iter().any(|c| c.span.contains(t.span));
    // A stamp is a short line, so this test looks at a bounded number of tokens.
    let is_stamp = para.len() < 120
        && toks.iter().all(|t| {
            covered(t)
                || t.kind == token::Kind::Punct
                || STAMP_WORDS
                    .iter()
                    .any(|w| t.span.slice(text).eq_ignore_ascii_case(w))
        });
    let full_date = |c: &Candidate| {
        matches!(
            c.expr,
            Expr::Cal {
                month: Some(_),
                day: Some(_),
                ..
            }
        )
    };
    if is_stamp && cands.iter().any(full_date) {
        for c in cands.iter_mut() {
            c.dateline = true;
        }
        return;
    }
    // Wire dateline: capitalized place words and commas, the date, then "(" or a dash.
    let mut before = toks.iter().take_while(|t| t.span.end <= first.span.start);
    // A place is one to six tokens: the count need not go past seven.
    let count = before.clone().take(7).count();
    let place = (1..=6).contains(&count)
        && before.all(|t| {
            let s = t.span.slice(text);
            s == "," || s.chars().next().is_some_and(char::is_uppercase)
        });
    let after = toks
        .iter()
        .find(|t| t.span.start >= first.span.end)
        .map(|t| t.span.slice(text));
    if place && full_date(first) && matches!(after, Some("(" | "-" | "–" | "—")) {
        cands[0].dateline = true;
    }
}

/// The first dateline date with its year written out, to anchor an article that came without a
/// publication date.
fn dateline_date(cands: &[Candidate]) -> Option<Date> {
    cands
        .iter()
        .filter(|c| c.dateline)
        .find_map(|c| match c.expr {
            Expr::Cal {
                year: Year::Known(y),
                month: Some(m),
                day: Some(d),
            } => Date::new(y, m, d),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// The finder with the shared word lists it marks, built once.
    fn finder() -> &'static (DateFinder, crate::words::Words, Segmenter) {
        static ALL: std::sync::OnceLock<(DateFinder, crate::words::Words, Segmenter)> =
            std::sync::OnceLock::new();
        ALL.get_or_init(|| {
            let finder = DateFinder::new();
            let mut shared = crate::words::Words::new();
            finder.mark_shared(&mut shared);
            (finder, shared, Segmenter::new())
        })
    }

    /// Checks that the stage finds the same dates over the shared tokens as over its own.
    fn same_both_ways(text: &str) {
        let (finder, shared, segmenter) = finder();
        let seg = segmenter.split(text);
        let toks = shared.tokenize(text);
        let publication = Date::new(2025, 2, 10);
        let own = finder.find(text, &seg, publication);
        let from_shared = finder.find_in(&toks, &seg, publication);
        assert_eq!(from_shared, own, "{text:?}");
    }

    #[test]
    fn shared_tokens_find_the_same_dates() {
        let texts = [
            "WASHINGTON, Feb. 9, 2025 (Wire) - The U.S. envoy met Smith’s team on Monday’s \
             flight.\n\nThey talked on Jan. 28th and again at 10:30 a.m. on the 30th.",
            "Published Feb 10, 2025\nUpdated 3:15 p.m. ET\n\nThe talks of the ’90s and '08 \
             resumed in mid-2023, the co-founder said.",
            "See www.example.org/2019/06/28/story and http://a.b/2020/01 for the 1,999.5 \
             figure.\nIn fiscal 2024 the A380s flew 12,2019 times.",
            "Sales rose 5% last year, and will fall next week; the Fridays of May were busy.\n\
             \nNo date here, only the people and the new plan.",
            "She didn’t say; Mr. Lee’s aides, Q4’s numbers and the 1990s’ rules were Sunday’s \
             news, three weeks ago.",
            "",
            "2",
            "’",
        ];
        for text in texts {
            same_both_ways(text);
        }
    }

    /// The finder with no prefilter: every paragraph is read.
    fn unfiltered() -> &'static DateFinder {
        static ALL: std::sync::OnceLock<DateFinder> = std::sync::OnceLock::new();
        ALL.get_or_init(|| DateFinder {
            words: finder().0.words.clone(),
            // The empty pattern matches every paragraph.
            prefilter: Regex::new("").expect("empty pattern"),
        })
    }

    /// Checks that the prefilter drops no date from `text`: the stage finds the same dates
    /// with it as without it.
    fn filter_keeps_every_date(text: &str) {
        let (finder, _, segmenter) = finder();
        let seg = segmenter.split(text);
        let publication = Date::new(2025, 2, 10);
        let all = unfiltered().find(text, &seg, publication);
        assert_eq!(finder.find(text, &seg, publication), all, "{text:?}");
    }

    /// Every word of the date vocabulary and every listed phrase, in the forms a text may
    /// write them (capitalized, in capitals, plural, with a period or a possessive) and in
    /// longer words that start with them ("decided" for "dec"), alone and after and before
    /// the words that lead or end dates without naming a time.
    fn vocabulary_texts() -> Vec<String> {
        let words = &finder().0.words;
        let phrases = crate::lexicon::entries(include_str!("../lexicon/time_words.txt"))
            .filter_map(|e| e.first().map(|p| p.to_string()));
        let mut texts = Vec::new();
        for w in words.keys().map(str::to_string).chain(phrases) {
            let cap = w[..1].to_ascii_uppercase() + &w[1..];
            for form in [
                w.clone(),
                w.to_ascii_uppercase(),
                format!("{w}s"),
                format!("{cap}s"),
                format!("{cap}."),
                format!("{cap}’s"),
                format!("{w}ed"),
                format!("{cap}ed"),
                format!("_{cap}_"),
                cap,
            ] {
                for before in [
                    "",
                    "the ",
                    "the first ",
                    "in the ",
                    "last ",
                    "early ",
                    "every ",
                ] {
                    for after in ["", " ago", " later", " of the year"] {
                        texts.push(format!("{before}{form}{after}"));
                    }
                }
            }
        }
        texts
    }

    /// The words and marks random texts are made of: every form of every vocabulary word
    /// and phrase ([`vocabulary_texts`] without their context), and marks.
    fn vocabulary_pool() -> &'static [String] {
        static POOL: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        POOL.get_or_init(|| {
            let mut pool: Vec<String> = vocabulary_texts()
                .into_iter()
                .filter(|t| !t.contains(' '))
                .chain([".", ",", "’", "'", "-", "_", "\n", "\n\n", "é"].map(String::from))
                .collect();
            pool.sort();
            pool.dedup();
            pool
        })
    }

    #[test]
    fn prefilter_keeps_every_date_of_the_vocabulary() {
        let texts = vocabulary_texts();
        assert!(texts.len() > 50_000, "{}", texts.len());
        for text in &texts {
            filter_keeps_every_date(text);
        }
        // Words that only start like a date word open none, and their paragraphs are skipped.
        let (finder, _, _) = finder();
        for text in [
            "He decided.",
            "The money, the mayor and the Sunni.",
            "Saturn and Sundance",
        ] {
            assert!(!finder.prefilter.is_match(text), "{text:?}");
        }
        for text in [
            "Dec.",
            "in May",
            "Mondays",
            "the near term",
            "the first half",
        ] {
            assert!(finder.prefilter.is_match(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// Random runs of words, numbers and marks, glued or spaced, over lines and
        /// paragraphs.
        #[test]
        fn shared_tokens_find_the_same_dates_on_random_text(
            parts in proptest::collection::vec((proptest::sample::select(vec![
                "the", "The", "a", "May", "may", "Monday", "Monday’s", "June", "last", "year",
                "2019", "28", "28th", "1990s", "U.S.", "Mr.", "www.", "http", "://", ".", ",",
                "-", "’", "'", "“", "”", "1,999", "’90s", "'08", "week", "ago", "next",
                "said", "will", "at", "3", "p.m.", "on", "Feb.", "Smith’s", "\n", "\n\n",
            ]), proptest::prelude::any::<bool>()), 0..30),
        ) {
            let text = super::token::glued_or_spaced(&parts);
            same_both_ways(&text);
        }

        /// Random runs of vocabulary words, in all their forms, and marks: the prefilter drops
        /// no date.
        #[test]
        fn prefilter_keeps_every_date_on_random_text(
            parts in proptest::collection::vec((0..usize::MAX, proptest::prelude::any::<bool>()), 0..12),
        ) {
            let texts = vocabulary_pool();
            let parts: Vec<(&str, bool)> =
                parts.iter().map(|&(k, glued)| (texts[k % texts.len()].as_str(), glued)).collect();
            filter_keeps_every_date(&super::token::glued_or_spaced(&parts));
        }
    }
}
