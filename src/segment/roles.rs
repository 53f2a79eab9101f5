//! The role of each sentence on the page: headline, caption, subhead, body or boilerplate.
//!
//! Roles are judged line by line (a line is the text between line breaks), from the line's
//! shape and its words, never from one outlet's exact strings:
//!
//! - *boilerplate*: a short line that opens with a furniture phrase ("See also", "Leave a
//!   Reply"), is such a phrase alone ("Advertisement"), holds one anywhere ("All rights
//!   reserved"), is a share bar ("Facebook Twitter Email"), a prompt to the reader about the
//!   site ("Subscribe to get ... your email"), a pipe-separated site line, a byline, or a
//!   time stamp ("Updated 5:04 PM ET");
//! - *caption*: a short line with a credit ("Image: NASA.", "REUTERS/Name", "(AP Photo/...)",
//!   "File photo"), or a one-sentence description that ends in a place and a date
//!   ("... in Osaka, Japan, June 28, 2019."), or the line just before a credit-only line;
//! - *headline*: the first paragraph that is not furniture or a caption, when it is short;
//! - *subhead*: a later short line without a full stop, in capitals, in title case, or of a
//!   few words ("TRUMP-PUTIN SUMMIT?", "Election Results", "Warhol's legacy");
//! - *body*: the rest, datelines ("Monday, May 18, 2015") and list items included.
//!
//! Only short lines are looked at word by word, so the cost stays small next to the scan.

use super::abbrev::Words;
use super::chars::{floor_boundary, is_bullet};
use super::phrases::{same_word, tokens, Phrases};
use super::rules::Layout;
use super::{Role, SentenceSpan};
use crate::lexicon;
use crate::swar::equal;

/// Lines longer than this, or with more sentences than `MAX_CREDITED`, are running text.
const MAX_BYTES: usize = 600;
/// Most sentences of a line that ends in a credit ("“...” Name Image: Credit.").
const MAX_CREDITED: usize = 6;
/// Most sentences of any other furniture or caption line.
const MAX_SENTENCES: usize = 3;
/// Most words of a furniture line.
const MAX_WORDS: usize = 40;
/// Lines up to this long are read word by word; longer ones only at their two ends.
const SHORT: usize = 120;
/// Words read at the start and at the end of a longer line.
const HEAD: usize = 8;
const TAIL: usize = 12;
/// Most bytes and words of a subhead.
const SUBHEAD_BYTES: usize = 100;
const SUBHEAD_WORDS: usize = 10;
/// Most bytes of a photo description.
const PHOTO_BYTES: usize = 300;
/// Most bytes of a headline line.
const HEADLINE_BYTES: usize = 300;

/// The kinds of entries in `boilerplate.txt` and `captions.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Start,
    Whole,
    Any,
    Dated,
    Share,
    Action,
    Site,
    Label,
    Marker,
    Credit,
    End,
    Verb,
}

/// The word lists of `boilerplate.txt` and `captions.txt`.
#[derive(Clone, Debug, Default)]
pub(super) struct Furniture {
    cues: Phrases<Cue>,
    /// The `Label` phrases, to tell at a sentence's first byte that it opens with none.
    labels_first: Phrases<Cue>,
    /// The phrases that [`Cues::of`] looks for, each where it counts: `Start` phrases at the
    /// opening of a line; `Marker` and `Any` ones anywhere; `Credit` and `End` ones near the
    /// end. Small tables turn away nearly every word of running text at the first test.
    opening: Phrases<Cue>,
    inside: Phrases<Cue>,
    closing: Phrases<Cue>,
    /// One-word credit labels, lower case, for the boundary rules.
    pub labels: Vec<&'static str>,
}

impl Furniture {
    /// The built-in lists.
    pub(super) fn new() -> Furniture {
        let mut f = Furniture::default();
        let lists = [
            include_str!("../lexicon/boilerplate.txt"),
            include_str!("../lexicon/captions.txt"),
        ];
        for e in lists.into_iter().flat_map(lexicon::entries) {
            let cue = match e.get(1).copied() {
                Some("start") => Cue::Start,
                Some("line") => Cue::Whole,
                Some("any") => Cue::Any,
                Some("dated") => Cue::Dated,
                Some("share") => Cue::Share,
                Some("action") => Cue::Action,
                Some("site") => Cue::Site,
                Some("label") => Cue::Label,
                Some("marker") => Cue::Marker,
                Some("credit") => Cue::Credit,
                Some("end") => Cue::End,
                Some("verb") => Cue::Verb,
                _ => continue,
            };
            if cue == Cue::Label && !e[0].contains(' ') {
                f.labels.push(e[0]);
            }
            f.cues.add(e[0], cue);
            match cue {
                Cue::Start => f.opening.add(e[0], cue),
                Cue::Marker | Cue::Any => {
                    f.inside.add(e[0], cue);
                    f.closing.add(e[0], cue);
                }
                Cue::Credit | Cue::End => f.closing.add(e[0], cue),
                Cue::Label => f.labels_first.add(e[0], cue),
                _ => {}
            }
        }
        f
    }
}

/// What a line is, before the headline and subheads are picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Page furniture.
    Furniture,
    /// A caption or credit; `credit_only` when the line is a credit and nothing else.
    Caption { credit_only: bool },
    /// A date and nothing else (a dateline).
    Date,
    /// A list item.
    Item,
    /// Short, no full stop: a subhead if it is not the headline.
    Label,
    /// One sentence that reads like a photo description ("... on June 28, 2019 in Osaka,
    /// Japan."): a caption next to a credit, running text elsewhere.
    Photo,
    /// Anything else.
    Text,
}

/// Word buffers reused from line to line.
struct Words3<'t> {
    head: Vec<&'t str>,
    tail: Vec<&'t str>,
    all: Vec<&'t str>,
}

impl Words3<'_> {
    /// Buffers with room for the words of a short line (about one per four bytes) from the
    /// start, rather than grown by doubling within the first lines of every article.
    fn new() -> Self {
        Words3 {
            head: Vec::with_capacity(HEAD),
            tail: Vec::with_capacity(SHORT / 4),
            all: Vec::with_capacity(SHORT / 4),
        }
    }
}

/// Gives every sentence of `layout` its role.
pub(super) fn assign(text: &str, layout: &mut Layout, f: &Furniture, w: &Words) {
    let mut bufs = Words3::new();
    let shapes: Vec<Shape> = layout
        .lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let sents = &layout.sentences[line.sentences.clone()];
            shape(text, line.span.slice(text), sents, k == 0, f, w, &mut bufs)
        })
        .collect();

    let mut roles: Vec<Role> = shapes
        .iter()
        .map(|s| match s {
            Shape::Furniture => Role::Boilerplate,
            Shape::Caption { .. } => Role::Caption,
            _ => Role::Body,
        })
        .collect();

    // A credit on a line of its own makes a photo description next to it a caption: before
    // it (most sites) or after it (credits scraped above the description).
    for k in 0..shapes.len() {
        if shapes[k] != (Shape::Caption { credit_only: true }) {
            continue;
        }
        if k > 0 && shapes[k - 1] == Shape::Photo {
            roles[k - 1] = Role::Caption;
        }
        if shapes.get(k + 1) == Some(&Shape::Photo) {
            roles[k + 1] = Role::Caption;
        }
    }

    // The headline: the first paragraph with a line that is not furniture or a caption.
    let lines = &layout.lines;
    let paragraph_of = |k: usize| layout.sentences[lines[k].sentences.start].paragraph;
    let mut body_from = 0;
    if let Some(first) = (0..lines.len()).find(|&k| roles[k] == Role::Body) {
        let p = paragraph_of(first);
        let last = (first..lines.len())
            .take_while(|&k| paragraph_of(k) == p)
            .last()
            .unwrap_or(first);
        let is_headline = last - first < 3
            && (first..=last).all(|k| {
                roles[k] != Role::Body
                    || matches!(shapes[k], Shape::Text | Shape::Label | Shape::Photo)
                        && lines[k].span.len() <= HEADLINE_BYTES
            });
        if is_headline {
            for role in &mut roles[first..=last] {
                if *role == Role::Body {
                    *role = Role::Headline;
                }
            }
            body_from = last + 1;
        }
    }
    for k in body_from..lines.len() {
        if shapes[k] == Shape::Label && roles[k] == Role::Body {
            roles[k] = Role::Subhead;
        }
    }

    for (line, role) in layout.lines.iter().zip(roles) {
        for s in &mut layout.sentences[line.sentences.clone()] {
            s.role = role;
        }
    }
}

/// The shape of `line`, whose sentences are `sents`.
fn shape<'t>(
    text: &'t str,
    line: &'t str,
    sents: &[SentenceSpan],
    first_line: bool,
    f: &Furniture,
    w: &Words,
    b: &mut Words3<'t>,
) -> Shape {
    let n = sents.len();
    if n > MAX_CREDITED || line.len() > MAX_BYTES {
        return Shape::Text;
    }
    // A credit label and its colon open one of the sentences: "Image: NASA.",
    // "... in Milan. Photo: AP".
    for (k, s) in sents.iter().enumerate() {
        let sentence = s.span.slice(text);
        if f.labels_first.may_open(sentence) && sentence.contains(':') {
            b.head.clear();
            tokens(sentence, &mut b.head, 5);
            if let Some(len) = f.cues.starts(&b.head, Cue::Label) {
                if b.head.get(len) == Some(&":")
                    && b.head.get(len + 1).is_some_and(|x| capitalised(x))
                {
                    return Shape::Caption {
                        credit_only: k == 0 && n == 1,
                    };
                }
            }
        }
    }
    // A line that opens with a quotation mark is speech: neither furniture nor a caption
    // (unless a credit label follows it, as above), and a subhead only when short.
    let quoted = line.starts_with(['"', '“', '‘', '\'']);
    if n > MAX_SENTENCES || quoted && line.len() > SUBHEAD_BYTES {
        return Shape::Text;
    }
    // The words: all of a short line; the first and last few of a longer one.
    b.head.clear();
    b.tail.clear();
    b.all.clear();
    let short = line.len() <= SHORT;
    if short {
        tokens(line, &mut b.all, usize::MAX);
        b.head.extend(b.all.iter().take(HEAD));
        b.tail
            .extend(b.all.iter().skip(b.all.len().saturating_sub(TAIL)));
    } else {
        tokens(line, &mut b.head, HEAD);
        let from = floor_boundary(line, line.len() - 100);
        tokens(&line[from..], &mut b.tail, usize::MAX);
        if line[..from].ends_with(|c: char| c.is_alphanumeric()) && !b.tail.is_empty() {
            b.tail.remove(0);
        }
        let extra = b.tail.len().saturating_sub(TAIL);
        b.tail.drain(..extra);
    }
    let words = spaces(line.as_bytes()) + 1;
    let (head, tail) = (&b.head[..], &b.tail[..]);

    let lead = head.iter().take_while(|x| is_opening(x)).count();
    let cues = Cues::of(f, head, tail, lead);

    // Captions: a credit at either end, or a description that ends in a place and a date.
    if cues.marker || cues.credit {
        return Shape::Caption {
            credit_only: words <= 8 && n == 1,
        };
    }
    if cues.end {
        return Shape::Caption {
            credit_only: words <= 2,
        };
    }
    let described = n == 1 && words >= 4 && ends_in_place_and_date(tail, w);
    if described || n == 1 && line.len() <= PHOTO_BYTES && ends_in_date_and_place(tail, w) {
        if !short {
            tokens(line, &mut b.all, usize::MAX);
        }
        let verb = b
            .all
            .iter()
            .any(|x| f.cues.is(x, Cue::Verb) && x.starts_with(char::is_lowercase));
        let quoted = line.contains(['"', '“', '”']);
        if described && !verb {
            return Shape::Caption { credit_only: false };
        }
        if !verb && !quoted {
            return Shape::Photo;
        }
    }

    let cued = cues.start || cues.any;
    if words <= MAX_WORDS && (cued || furniture(line, n, words, first_line, lead, (f, w), b)) {
        return Shape::Furniture;
    }
    let all = &b.all[..];
    if short && is_date(all, w) {
        return Shape::Date;
    }
    if is_item(&b.head) {
        return Shape::Item;
    }
    if short && n == 1 && is_label(all, words) {
        return Shape::Label;
    }
    Shape::Text
}

/// The number of ASCII spaces in `b`, eight bytes at a time.
fn spaces(b: &[u8]) -> usize {
    let blocks = b.chunks_exact(8);
    let rest = blocks.remainder();
    let mut n = 0;
    for block in blocks {
        let w = <[u8; 8]>::try_from(block).map_or(0, u64::from_le_bytes);
        n += equal(w, b' ').count_ones() as usize;
    }
    n + rest.iter().filter(|&&c| c == b' ').count()
}

/// True for a word (letters or digits), not a punctuation mark.
fn is_word(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_alphanumeric)
}

fn is_number(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

fn capitalised(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// True for a bracket that can open a line: "(Reporting by ...)". Quotation marks are not
/// skipped: a quoted line is speech ("“Read more books,” she said.").
fn is_opening(t: &str) -> bool {
    matches!(t, "(" | "[")
}

/// True for a bracket or quotation mark that can close a line.
fn is_closing(t: &str) -> bool {
    matches!(t, ")" | "]" | "\"" | "”" | "'" | "’")
}

/// What the cue lists say about the two ends of a line.
#[derive(Clone, Copy, Debug, Default)]
struct Cues {
    /// A `Start` phrase opens the line (after its opening brackets).
    start: bool,
    /// A `Marker` phrase is among the words read.
    marker: bool,
    /// An `Any` phrase is among the words read.
    any: bool,
    /// An `End` phrase closes the line.
    end: bool,
    /// An agency credit followed by a name at most ("REUTERS/Jane Doe").
    credit: bool,
}

impl Cues {
    fn of(f: &Furniture, head: &[&str], tail: &[&str], lead: usize) -> Cues {
        let mut c = Cues {
            start: f
                .opening
                .at(head.get(lead..).unwrap_or_default())
                .next()
                .is_some(),
            ..Cues::default()
        };
        f.inside.each(head, |_, cue, _| {
            c.marker |= cue == Cue::Marker;
            c.any |= cue == Cue::Any;
        });
        f.closing.each(tail, |k, cue, len| match cue {
            Cue::Credit => c.credit |= names_only(&tail[k + len..]),
            Cue::End => c.end |= k + len == tail.len(),
            _ => {
                c.marker |= cue == Cue::Marker;
                c.any |= cue == Cue::Any;
            }
        });
        c
    }
}

/// True for the end of a credit: a name at most ("Jane Doe", "JANE DOE/File Photo.").
fn names_only(t: &[&str]) -> bool {
    t.len() <= 6
        && t.iter()
            .all(|x| capitalised(x) || matches!(*x, "." | "/" | "-" | "&" | ")"))
}

/// True when the line ends ", <Place>, [Weekday,] Month D, YYYY." or a shorter form of it
/// (", Place, June 2019.", ", Place, 28 June 2019.").
fn ends_in_place_and_date(t: &[&str], w: &Words) -> bool {
    let mut k = t.len();
    let mut back = |want: &dyn Fn(&str) -> bool| -> bool {
        if k > 0 && want(t[k - 1]) {
            k -= 1;
            true
        } else {
            false
        }
    };
    if !back(&|x| x == ".") || !back(&|x| is_number(x) && x.len() == 4) {
        return false;
    }
    back(&|x| x == ",");
    let day = |x: &str| is_number(x) && x.len() <= 2;
    let month = |x: &str| w.is_month(x);
    if back(&day) {
        back(&|x| x == ".");
        if !back(&month) {
            return false;
        }
    } else if back(&month) {
        back(&day);
    } else {
        return false;
    }
    if !back(&|x| x == ",") || back(&|x| w.is_weekday(x)) && !back(&|x| x == ",") {
        return false;
    }
    k > 0 && capitalised(t[k - 1])
}

/// True when the line ends "on <Month> <D>, <YYYY> in <Place>, <Place>." (the wording of
/// agency photo descriptions).
fn ends_in_date_and_place(t: &[&str], w: &Words) -> bool {
    let mut k = t.len();
    if k == 0 || t[k - 1] != "." {
        return false;
    }
    k -= 1;
    let place = t[..k]
        .iter()
        .rev()
        .take_while(|x| capitalised(x) || **x == ",")
        .count();
    if place == 0 || place > 6 {
        return false;
    }
    k -= place;
    let want: [&dyn Fn(&str) -> bool; 4] = [
        &|x| x == "in",
        &|x| is_number(x) && x.len() == 4,
        &|x| x == ",",
        &|x| is_number(x) && x.len() <= 2,
    ];
    for test in want {
        if k == 0 || !test(t[k - 1]) {
            return false;
        }
        k -= 1;
    }
    if k > 0 && t[k - 1] == "." {
        k -= 1;
    }
    k > 0 && w.is_month(t[k - 1])
}

/// True when the line is page furniture by a rule other than its phrases. `b.all` holds every
/// word of a short line.
fn furniture<'t>(
    line: &'t str,
    sentences: usize,
    words: usize,
    first_line: bool,
    lead: usize,
    (f, w): (&Furniture, &Words),
    b: &mut Words3<'t>,
) -> bool {
    let c = &f.cues;
    let opener = b
        .head
        .get(lead)
        .is_some_and(|x| c.is(x, Cue::Action) || same_word(x, "you") || same_word(x, "your"));
    if opener && sentences <= 2 && words <= 30 {
        if b.all.is_empty() {
            tokens(line, &mut b.all, usize::MAX);
        }
        if b.all.iter().any(|x| c.is(x, Cue::Site)) {
            return true;
        }
    }
    if line.len() > SHORT {
        return false;
    }
    let all = &b.all[..];
    if let Some(n) = c.starts(all, Cue::Whole) {
        if all[n..].iter().all(|x| !x.chars().any(char::is_alphabetic)) {
            return true;
        }
    }
    if let Some(n) = c.starts(all, Cue::Dated) {
        if n < all.len() && all[n..].iter().all(|x| date_word(x, w)) {
            return true;
        }
    }
    let share_bar = words <= 12
        && all.iter().any(|x| is_word(x))
        && all.iter().all(|x| !is_word(x) || c.is(x, Cue::Share));
    if share_bar {
        return true;
    }
    if !first_line && sentences == 1 && words <= 15 && all.contains(&"|") {
        return true;
    }
    is_byline(all)
}

/// "By Jane Doe", "By JANE DOE and JOHN ROE, Reuters".
fn is_byline(t: &[&str]) -> bool {
    let Some((first, rest)) = t.split_first() else {
        return false;
    };
    same_word(first, "by")
        && !rest.is_empty()
        && rest.len() <= 12
        && rest
            .iter()
            .all(|x| capitalised(x) || matches!(*x, "and" | "," | "&" | "." | "|"))
}

/// True for a word a date or time stamp is made of ("May", "18", ",", "9:33PM", "a.m.").
fn date_word(t: &str, w: &Words) -> bool {
    let clock = t.starts_with(|c: char| c.is_ascii_digit())
        && ["am", "pm", "AM", "PM", "st", "nd", "rd", "th"]
            .iter()
            .any(|s| t.ends_with(s));
    !is_word(t)
        || is_number(t)
        || clock
        || w.is_month(t)
        || w.is_weekday(t)
        || w.is_zone(t)
        || ["at", "on", "am", "pm", "AM", "PM", "a", "p", "m"].contains(&t)
}

/// True for a line that is a date and nothing else ("Monday, May 18, 2015").
fn is_date(t: &[&str], w: &Words) -> bool {
    t.len() <= 16
        && t.iter().any(|x| is_number(x))
        && t.iter().any(|x| w.is_month(x) || w.is_weekday(x))
        && t.iter().all(|x| date_word(x, w))
}

/// True for a line that opens with a list marker or bullet ("1.", "2)", "a.", "•"). A capital
/// letter and a period open initials and abbreviations ("U.S. troops"), not items.
fn is_item(t: &[&str]) -> bool {
    let marker = |n: &str| {
        is_number(n) && n.len() <= 3
            || n.len() == 1 && n.starts_with(|c: char| c.is_ascii_lowercase())
    };
    match t {
        [first, ..] if first.chars().next().is_some_and(is_bullet) => true,
        [n, p, rest @ ..] if marker(n) && matches!(*p, "." | ")") => {
            !(*p == "."
                && rest
                    .first()
                    .is_some_and(|x| x.len() == 1 && rest.get(1) == Some(&".")))
        }
        _ => false,
    }
}

/// True for a short line without a full stop in capitals, title case, or of few words.
fn is_label(t: &[&str], words: usize) -> bool {
    let last = t.iter().rev().find(|x| !is_closing(x));
    let (Some(first), Some(last)) = (t.iter().find(|x| is_word(x)), last) else {
        return false;
    };
    if matches!(t.first(), Some(&"(" | &"[")) {
        return false;
    }
    if words == 0
        || words > SUBHEAD_WORDS
        || t.iter().map(|x| x.len() + 1).sum::<usize>() > SUBHEAD_BYTES
    {
        return false;
    }
    if !capitalised(first) && !is_number(first) {
        return false;
    }
    let letters = t
        .iter()
        .flat_map(|x| x.chars())
        .filter(|c| c.is_alphabetic());
    let caps = letters.clone().count() >= 3 && letters.clone().all(char::is_uppercase);
    let stop = matches!(*last, "." | "," | ";" | ":" | "-" | "—" | "–");
    if stop && !(caps && matches!(*last, "." | ":")) {
        return false;
    }
    let long: Vec<&&str> = t
        .iter()
        .filter(|x| x.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let title = !long.is_empty() && long.iter().all(|x| capitalised(x));
    let question = *last == "?";
    caps || title || (!question && words <= 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokens(s, &mut v, usize::MAX);
        v
    }

    #[test]
    fn counts_spaces() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            (" ", 1),
            ("no_spaces_in_this_long_line_at_all", 0),
            ("one two three four five six seven eight nine ten", 9),
            ("  two  leading and\tdouble  spaces ", 8),
            ("caf\u{e9} \u{a0}\u{2003} \u{a0}!", 2),
            ("\u{a0}\u{a0}\u{a0}\u{a0} ", 1),
        ];
        for &(line, want) in cases {
            assert_eq!(spaces(line.as_bytes()), want, "{line:?}");
        }
    }

    #[test]
    fn place_and_date_endings() {
        let w = Words::new();
        let cases: &[(&str, bool)] = &[
            (
                "Leaders at the summit in Osaka, Japan, June 28, 2019.",
                true,
            ),
            ("Crowds in Lagos, Nigeria, Friday, Jan. 5, 2024.", true),
            ("A rally in Denver, 4 March 2020.", true),
            ("Flood waters in Dhaka, August 2021.", true),
            ("The law took effect on June 28, 2019.", false),
            ("Leaders met in Osaka, Japan, June 28.", false),
            ("Leaders met in Osaka, Japan.", false),
        ];
        for &(line, want) in cases {
            assert_eq!(ends_in_place_and_date(&toks(line), &w), want, "{line}");
        }
    }
}
