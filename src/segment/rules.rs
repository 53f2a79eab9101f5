//! Sentence, line and paragraph boundaries, found in one forward pass over the bytes.
//!
//! The loop skips, with one table lookup per byte, everything that cannot end a sentence, and
//! stops only at `.` `!` `?` `:`, line breaks, and the lead bytes of the few non-ASCII
//! characters that matter (`…`, bullets, other terminators, line separators). At each stop a
//! rule decides from a bounded look around, so the pass is linear and allocates only its
//! output. The rules are UAX #29's (a terminator, closing marks, spaces; a lower-case next
//! word continues the sentence) with news English on top:
//!
//! - abbreviations, initials and dotted letter groups (see `abbrev.rs`);
//! - decimals and other periods inside a token ("3.5", "example.com"), but a missing space
//!   after a full stop still ends a sentence ("home.Today");
//! - ellipses: "..." and "…" end a sentence only before a capital, a spaced ". . ." never
//!   does, and "[...]" marks an elision inside a quotation;
//! - a line break always ends a sentence (headlines, sign-offs and list lines carry no final
//!   punctuation), except inside hard-wrapped running text; a blank line ends a paragraph;
//!   CRLF, lone CR, NEL and U+2028/U+2029 are line and paragraph breaks too;
//! - list items: bullets, and numbered or lettered markers that follow each other on a line
//!   ("1) ... 2) ...", "a. ... b. ...");
//! - a dateline opening a paragraph ends at its dash ("NASHUA, N.H. - At the ...");
//! - a credit label starts a sentence of its own ("... the student Image: Twitter.").

use std::ops::Range;

use super::abbrev::{Glued, Kind, Token, Words};
use super::chars::{
    char_at, char_before, floor_boundary, is_bullet, is_close, is_continue, is_dash, is_open,
    is_space, is_sterm, line_break, next_word, skip_close, skip_inline_space, trim, Next,
};
use super::{Role, SentenceSpan};
use crate::span::Span;
use crate::swar::{in_range, HIGH};

/// Bytes the fast loop stops at: ASCII terminators, colons, line breaks, and the lead bytes
/// of the non-ASCII characters the rules look at (U+0080-U+00BF, U+2000-U+2FFF, U+3000-U+3FFF,
/// U+F000-U+FFFF).
const STOP: [bool; 256] = {
    let mut t = [false; 256];
    let stops = [
        b'.', b'!', b'?', b':', b'\n', b'\r', 0x0B, 0x0C, 0xC2, 0xE2, 0xE3, 0xEF,
    ];
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = true;
        k += 1;
    }
    t
};

/// Per byte of the eight in `w`, the high bit set where the byte is in `STOP` or is another
/// non-ASCII byte.
fn may_stop(w: u64) -> u64 {
    let low7 = w & !HIGH;
    let ascii = in_range(low7, b'.', b'.')
        | in_range(low7, b'!', b'!')
        | in_range(low7, b'?', b'?')
        | in_range(low7, b':', b':')
        | in_range(low7, b'\n', b'\r');
    ascii & !w | w & HIGH
}

/// The first offset from `i` up to `end` whose byte is in `STOP` (`end` if none). Running
/// text has long stretches without one: eight bytes are tested at once, and the loop goes
/// straight to the first candidate among them.
fn skip_plain(b: &[u8], mut i: usize, end: usize) -> usize {
    while let Some(block) = b.get(i..end).and_then(<[u8]>::first_chunk::<8>) {
        let candidates = may_stop(u64::from_le_bytes(*block));
        if candidates == 0 {
            i += 8;
            continue;
        }
        i += candidates.trailing_zeros() as usize / 8;
        if STOP[b[i] as usize] {
            return i;
        }
        i += 1;
    }
    while i < end && !STOP[b[i] as usize] {
        i += 1;
    }
    i
}

/// Shortest line, in bytes, that can be part of hard-wrapped running text.
const WRAP_WIDTH: usize = 50;

/// A line of the text: its sentences, which are all in one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Line {
    /// From the first sentence's start to the last one's end.
    pub span: Span,
    /// Indices of its sentences.
    pub sentences: Range<usize>,
}

/// The result of the pass: paragraphs, lines and sentences, in text order.
#[derive(Clone, Debug, Default)]
pub(super) struct Layout {
    pub paragraphs: Vec<Span>,
    pub lines: Vec<Line>,
    pub sentences: Vec<SentenceSpan>,
}

/// Splits `text`. `labels` are the credit labels ("image", "photo") in lower case.
pub(super) fn scan(text: &str, words: &Words, labels: &[&str]) -> Layout {
    let b = text.as_bytes();
    let n = b.len();
    let mut s = Scanner {
        text,
        words,
        labels,
        // Room for a sentence per 100 bytes and a line per 200, about what news has, so
        // that the vectors rarely grow.
        out: Layout {
            paragraphs: Vec::with_capacity(n / 200),
            lines: Vec::with_capacity(n / 200),
            sentences: Vec::with_capacity(n / 100),
        },
        sent_from: 0,
        line_from: 0,
        line_first: 0,
        para_first: 0,
        quiet_until: 0,
        forced: usize::MAX,
    };
    let mut i = s.skip_breaks(0).0;
    s.begin_paragraph(i);
    while i < n {
        i = skip_plain(b, i, s.forced.min(n));
        if i >= s.forced {
            let at = std::mem::replace(&mut s.forced, usize::MAX);
            s.cut(at);
            s.list_item(at, true);
            continue;
        }
        if i >= n {
            break;
        }
        i = match b[i] {
            b'.' => s.full_stop(i),
            b'!' | b'?' => s.sterm(i),
            b':' => s.colon(i),
            b'\n' | b'\r' | 0x0B | 0x0C => s.line_break(i),
            _ => s.non_ascii(i),
        };
    }
    s.end_paragraph(n);
    s.out
}

struct Scanner<'t, 'w> {
    text: &'t str,
    words: &'w Words,
    labels: &'w [&'w str],
    out: Layout,
    /// Where the current sentence's text starts: the last cut.
    sent_from: usize,
    /// First byte of the current line.
    line_from: usize,
    /// Index of the current line's first sentence.
    line_first: usize,
    /// Index of the current paragraph's first sentence.
    para_first: usize,
    /// Terminators before this offset belong to a list marker or a dateline.
    quiet_until: usize,
    /// A boundary that a list marker or dateline rule asked for (`usize::MAX`: none).
    forced: usize,
}

/// A list marker: "3.", "3)", "3.)", "(3)", "c.", "c)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// The number, or the letter as a byte.
    value: u32,
    /// True for a letter.
    letter: bool,
    /// True for "(3)".
    paren: bool,
    /// What follows the number: ".", ")", ".)" or "" (with `paren`).
    delim: &'static str,
    /// One past the marker's last byte.
    end: usize,
}

impl Scanner<'_, '_> {
    /// Ends the current sentence at `at` (trimmed; nothing is kept if it is only whitespace).
    fn cut(&mut self, at: usize) {
        if at <= self.sent_from {
            return;
        }
        let (start, end) = trim(self.text, self.sent_from, at);
        self.sent_from = at;
        if start < end {
            self.out.sentences.push(SentenceSpan {
                span: Span::new(start, end),
                paragraph: self.out.paragraphs.len(),
                role: Role::Body,
            });
        }
    }

    fn end_line(&mut self, at: usize) {
        self.cut(at);
        let sents = &self.out.sentences;
        if self.line_first < sents.len() {
            let span = Span::new(
                sents[self.line_first].span.start,
                sents[sents.len() - 1].span.end,
            );
            self.out.lines.push(Line {
                span,
                sentences: self.line_first..sents.len(),
            });
            self.line_first = sents.len();
        }
    }

    fn end_paragraph(&mut self, at: usize) {
        self.end_line(at);
        let sents = &self.out.sentences;
        if self.para_first < sents.len() {
            let span = Span::new(
                sents[self.para_first].span.start,
                sents[sents.len() - 1].span.end,
            );
            self.out.paragraphs.push(span);
            self.para_first = sents.len();
        }
    }

    fn begin_line(&mut self, at: usize) {
        self.sent_from = at;
        self.line_from = at;
        self.forced = usize::MAX;
        self.quiet_until = 0;
        self.list_item(at, true);
    }

    fn begin_paragraph(&mut self, at: usize) {
        self.begin_line(at);
        self.dateline(at);
        if self.forced == usize::MAX {
            self.glued_caption(at);
        }
    }

    /// Skips line breaks and the whitespace between them from `i`: the first byte of the next
    /// line with text, the number of breaks passed, and whether one of them ends a paragraph
    /// by itself.
    fn skip_breaks(&self, mut i: usize) -> (usize, usize, bool) {
        let text = self.text;
        let (mut breaks, mut para) = (0, false);
        loop {
            let k = skip_inline_space(text, i);
            let Some(c) = char_at(text, k) else {
                return (k, breaks, para);
            };
            let Some(p) = line_break(c) else {
                return (k, breaks, para);
            };
            i = k + c.len_utf8();
            if c == '\r' && text.as_bytes().get(i) == Some(&b'\n') {
                i += 1;
            }
            breaks += 1;
            para |= p;
        }
    }

    /// A line break at `i`: a blank line (or a paragraph separator) ends the paragraph, any
    /// other break ends the line and its sentence, unless the line is hard-wrapped prose.
    fn line_break(&mut self, i: usize) -> usize {
        let (j, breaks, para) = self.skip_breaks(i);
        if j >= self.text.len() {
            return j;
        }
        if breaks >= 2 || para {
            self.end_paragraph(i);
            self.begin_paragraph(j);
        } else if !self.wrapped(i, j) {
            self.end_line(i);
            self.begin_line(j);
        }
        j
    }

    /// True when the line that ends at `end` runs on into the next one at `next`: a long line
    /// without final punctuation followed by a lower-case word, as in hard-wrapped text. Short
    /// lines ("features\ncontact manager") are items of their own.
    fn wrapped(&self, end: usize, next: usize) -> bool {
        let (start, end) = trim(self.text, self.line_from, end);
        end - start >= WRAP_WIDTH
            && char_before(self.text, end).is_some_and(|c| c.is_alphanumeric() || c == ',')
            && char_at(self.text, next).is_some_and(char::is_lowercase)
    }

    fn non_ascii(&mut self, i: usize) -> usize {
        let Some(c) = char_at(self.text, i) else {
            return i + 1;
        };
        if c == '…' {
            self.full_stop(i)
        } else if line_break(c).is_some() {
            self.line_break(i)
        } else if is_sterm(c) {
            self.sterm(i)
        } else if is_bullet(c) {
            self.bullet(i, c)
        } else {
            i + c.len_utf8()
        }
    }

    /// A run of periods or ellipses that starts at `i`.
    fn full_stop(&mut self, i: usize) -> usize {
        let text = self.text;
        let b = text.as_bytes();
        let (mut k, mut dots) = (i, 0);
        loop {
            if b.get(k) == Some(&b'.') {
                k += 1;
                dots += 1;
            } else if text[k..].starts_with('…') {
                k += '…'.len_utf8();
                dots += 3;
            } else {
                break;
            }
        }
        if i < self.quiet_until {
            return k;
        }
        let before = char_before(text, i);
        if dots >= 3 && matches!(before, Some('[' | '(')) && matches!(b.get(k), Some(b']' | b')')) {
            return self.after_elision(k + 1);
        }
        let (spaced, end) = spaced_dots(b, k);
        if spaced >= 2 {
            let attached = before.is_some_and(|c| !is_space(c));
            if attached && dots == 1 && spaced >= 3 {
                // "compounds. . . . The": the first period ends the sentence, the ellipsis
                // opens the next one; if a closing mark follows the dots, they all end it.
                let j = skip_close(text, end);
                let s = skip_inline_space(text, j);
                if s > j && next_word(text, s).0 == Next::Upper {
                    self.cut(if j > end { j } else { i + 1 });
                }
                return j;
            }
            if dots + spaced < 4 {
                return end;
            }
            return self.after_ellipsis(end);
        }
        if dots == 1 {
            self.period(i)
        } else if dots == 3 && self.after_full_stop(i) {
            // "... nominee. ... We have to": the ellipsis opens the next sentence.
            skip_inline_space(text, k)
        } else {
            self.after_ellipsis(k)
        }
    }

    /// True when the last text before `i` is a sentence terminator, maybe with closing marks,
    /// and whitespace ("... nominee. ...").
    fn after_full_stop(&self, i: usize) -> bool {
        let text = self.text;
        let mut k = i;
        let mut spaced = false;
        while let Some(c) = char_before(text, k).filter(|&c| is_space(c) && k > self.line_from) {
            k -= c.len_utf8();
            spaced = true;
        }
        while let Some(c) = char_before(text, k).filter(|&c| is_close(c) && k > self.line_from) {
            k -= c.len_utf8();
        }
        spaced
            && k > self.line_from
            && char_before(text, k).is_some_and(|c| c == '.' || is_sterm(c))
    }

    /// After an elision mark "[...]" that closes at `k`: a boundary before a capital letter
    /// (the elided words ended the sentence), but not before a bracketed citation
    /// ("[...]\" (Smith 55).").
    fn after_elision(&mut self, k: usize) -> usize {
        let text = self.text;
        let j = skip_close(text, k);
        let s = skip_inline_space(text, j);
        if s > j && char_at(text, s).is_some_and(char::is_uppercase) {
            self.cut(j);
        }
        s
    }

    /// After an ellipsis (or a doubled period): a boundary only before a capital, after
    /// closing marks and a space.
    fn after_ellipsis(&mut self, k: usize) -> usize {
        let text = self.text;
        let j = skip_close(text, k);
        let s = skip_inline_space(text, j);
        if s > j && next_word(text, s).0 == Next::Upper {
            self.cut(j);
        }
        s
    }

    /// One period at `i`.
    fn period(&mut self, i: usize) -> usize {
        let text = self.text;
        let next = i + 1;
        match char_at(text, next) {
            Some(c) if c.is_ascii_digit() => return next,
            Some(c) if c.is_alphabetic() => {
                if self.missing_space(i) {
                    self.cut(next);
                }
                return next;
            }
            _ => {}
        }
        let j = skip_close(text, next);
        match char_at(text, j) {
            None => return j,
            Some(c) if is_continue(c) => return j,
            _ => {}
        }
        let s = skip_inline_space(text, j);
        match char_at(text, s) {
            None => return s,
            Some(c) if line_break(c).is_some() => return s,
            _ => {}
        }
        if s == j {
            // `."The` ends the sentence; `.)and`, `.-` and the like do not.
            if j > next && next_word(text, j).0 == Next::Upper {
                self.cut(j);
            }
            return j;
        }
        let (class, w_start, word) = next_word(text, s);
        let ends = match class {
            Next::Lower => false,
            Next::Other => true,
            Next::Digit => {
                let (_, token) = self.token_before(i);
                !self
                    .words
                    .continues_before_digit(self.words.classify(token))
            }
            Next::Upper => {
                // A quotation opening after an abbreviation opens a sentence: "in
                // Binghamton, N.Y. “Secretary Clinton ...".
                let quoted = char_at(text, s).is_some_and(|c| matches!(c, '“' | '"' | '‘'));
                !self.continues_before_capital(i, w_start, word, quoted)
            }
        };
        if ends {
            self.cut(j);
        }
        s
    }

    /// The abbreviation rules for a period at `i` followed by the capitalised `word` at `at`,
    /// with an opening quotation mark before it when `quoted`.
    fn continues_before_capital(&self, i: usize, at: usize, word: &str, quoted: bool) -> bool {
        let (start, token) = self.token_before(i);
        let token = self.words.classify(token);
        if token == Token::Word || quoted && token != Token::Listed(Kind::Title) {
            return false;
        }
        // A second initial follows the first ("J. A. Smith").
        if word.chars().count() == 1 && self.text.as_bytes().get(at + word.len()) == Some(&b'.') {
            return true;
        }
        self.words.continues_before_capital(
            token,
            word,
            || self.word_before_is_lower(start),
            || self.fronted(start),
        )
    }

    /// The word that ends with the period at `i` ("U.S.", "Mr."), without opening marks, and
    /// where it starts. Words longer than any abbreviation come back empty.
    fn token_before(&self, i: usize) -> (usize, &str) {
        let text = self.text;
        let mut start = i;
        while let Some(c) = char_before(text, start) {
            if is_space(c) || start <= self.sent_from {
                break;
            }
            if i - start > 24 {
                return (start, "");
            }
            start -= c.len_utf8();
        }
        while let Some(c) = char_at(text, start) {
            if start >= i || !(is_open(c) || is_dash(c)) {
                break;
            }
            start += c.len_utf8();
        }
        (start, &text[start..=i])
    }

    /// True when the word before the one at `start`, on the same line, begins in lower case.
    fn word_before_is_lower(&self, start: usize) -> bool {
        let text = self.text;
        let mut k = start;
        while let Some(c) = char_before(text, k).filter(|&c| is_space(c) && k > self.line_from) {
            k -= c.len_utf8();
        }
        let end = k;
        while let Some(c) = char_before(text, k).filter(|&c| !is_space(c) && k > self.line_from) {
            if end - k > 40 {
                break;
            }
            k -= c.len_utf8();
        }
        text[k..end]
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
    }

    /// True when the sentence before `start` is a short fronted phrase ("At 5", "In").
    fn fronted(&self, start: usize) -> bool {
        if start <= self.sent_from {
            return false;
        }
        let (from, to) = trim(self.text, self.sent_from, start);
        if to - from > 40 {
            return false;
        }
        let mut words = self.text[from..to].split_whitespace();
        words.next().is_some_and(|w| self.words.is_fronting(w)) && words.count() <= 3
    }

    /// A period at `i` with a letter right after it: a full stop that lost its space
    /// ("home.Today", "1,000.That") when a lower-case letter or digit precedes it and a
    /// capitalised word follows, outside e-mail addresses, URLs and dotted names.
    fn missing_space(&self, i: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let before_ok =
            |k: usize| char_before(text, k).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        if !before_ok(i) {
            return false;
        }
        let mut after = text[i + 1..].chars();
        let upper_lower = matches!(
            (after.next(), after.next()),
            (Some(u), Some(l)) if u.is_uppercase() && l.is_lowercase()
        );
        if !upper_lower {
            return false;
        }
        let prev = char_before(text, i).map_or(0, char::len_utf8);
        if !char_before(text, i - prev).is_some_and(char::is_alphanumeric) {
            return false;
        }
        let lo = i.saturating_sub(64);
        let from = b[lo..i]
            .iter()
            .rposition(|&x| x.is_ascii_whitespace())
            .map_or(lo, |k| lo + k + 1);
        let hi = (i + 64).min(b.len());
        let to = b[i..hi]
            .iter()
            .position(|&x| x.is_ascii_whitespace())
            .map_or(hi, |k| i + k);
        let token = &b[from..to];
        !token.iter().any(|&x| x == b'@' || x == b'/')
            && !token.starts_with(b"www")
            && !token.starts_with(b"WWW")
    }

    /// A run of `!`/`?` (and kin) at `i`.
    fn sterm(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut k = i;
        while let Some(c) = char_at(text, k).filter(|&c| is_sterm(c) || c == '.' || c == '…') {
            k += c.len_utf8();
        }
        if i < self.quiet_until {
            return k;
        }
        let j = skip_close(text, k);
        match char_at(text, j) {
            None => return j,
            Some(c) if is_continue(c) => return j,
            _ => {}
        }
        let s = skip_inline_space(text, j);
        match char_at(text, s) {
            None => return s,
            Some(c) if line_break(c).is_some() => return s,
            _ => {}
        }
        let class = next_word(text, s).0;
        if class == Next::Upper || (s > j && class != Next::Lower) {
            self.cut(j);
        }
        s
    }

    /// A colon at `i`: a credit label glued to the caption before it starts a sentence
    /// ("... via its account Image: Twitter / NASA.").
    fn colon(&mut self, i: usize) -> usize {
        let text = self.text;
        let mut start = i;
        while let Some(c) = char_before(text, start).filter(|c| c.is_alphabetic()) {
            if i - start > 16 {
                return i + 1;
            }
            start -= c.len_utf8();
        }
        let label = &text[start..i];
        if label.is_empty() || !self.is_label(label) {
            return i + 1;
        }
        // Two-word labels ("Photo credit:") start at their first word.
        if let Some(first) = self.word_ending_at(start.saturating_sub(1)) {
            if self.is_label(&text[first..start - 1]) {
                start = first;
            }
        }
        if !char_before(text, start).is_some_and(|c| is_space(c) && line_break(c).is_none()) {
            return i + 1;
        }
        let s = skip_inline_space(text, i + 1);
        if s == i + 1 || next_word(text, s).0 != Next::Upper {
            return i + 1;
        }
        // A lower-case label must follow a name ("Ana Ruiz photo: ..."), not running text.
        let capital = char_at(text, start).is_some_and(char::is_uppercase);
        if !capital && self.word_before_is_lower(start) {
            return i + 1;
        }
        self.cut(start);
        i + 1
    }

    fn is_label(&self, word: &str) -> bool {
        self.labels.iter().any(|l| l.eq_ignore_ascii_case(word))
    }

    /// The start of the run of letters that ends at `end`, if it is one to sixteen bytes.
    fn word_ending_at(&self, end: usize) -> Option<usize> {
        let mut k = end;
        while let Some(c) = char_before(self.text, k).filter(|c| c.is_alphabetic()) {
            k -= c.len_utf8();
            if end - k > 16 {
                return None;
            }
        }
        (k < end).then_some(k)
    }

    /// A bullet at `i`: it opens a list item, and a number after it is the item's marker.
    fn bullet(&mut self, i: usize, c: char) -> usize {
        let after = i + c.len_utf8();
        if i < self.quiet_until {
            return after;
        }
        if char_before(self.text, i).is_none_or(is_space) {
            self.cut(i);
            self.list_item(skip_inline_space(self.text, after), false);
        }
        after
    }

    /// If a list marker starts at `at`, keeps its period from ending a sentence and, with
    /// `chain`, looks on the same line for the next marker in sequence, where the next item
    /// starts. (Bulleted items are found by their bullets instead.)
    fn list_item(&mut self, at: usize, chain: bool) {
        let Some(m) = marker(self.text, at) else {
            return;
        };
        self.quiet_until = self.quiet_until.max(m.end);
        if !chain {
            return;
        }
        let next = Marker {
            value: m.value + 1,
            ..m
        };
        if let Some(p) = find_marker(self.text.as_bytes(), m.end, next) {
            self.forced = p;
        }
    }

    /// A dateline that opens the paragraph at `at` ends at its dash: "NASHUA, N.H. - At ...",
    /// "WASHINGTON, Jan. 5 (Reuters) — The ...", "Evansville, Indiana, United States - This ...". A
    /// place list with no dash ends before a sentence starter ("Preston, Victoria, Australia
    /// On Saturday, ..."). Capitalised words only, with a comma, an outlet in brackets, or
    /// a first word in capitals to tell a place from a name.
    fn dateline(&mut self, at: usize) {
        let text = self.text;
        let limit = floor_boundary(text, at + 100);
        let (mut k, mut words, mut commas, mut outlet, mut caps) = (at, 0, 0, false, false);
        loop {
            k = skip_inline_space(text, k);
            if k >= limit {
                return;
            }
            let Some(c) = char_at(text, k) else { return };
            if c == ',' {
                commas += 1;
                k += 1;
            } else if c == '(' {
                let Some(len) = text[k..limit].find(')') else {
                    return;
                };
                let inside = &text[k + 1..k + len];
                if !inside.starts_with(|c: char| c.is_uppercase())
                    || !inside
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '&'))
                {
                    return;
                }
                outlet = true;
                k += len + 1;
            } else if is_dash(c) {
                let mut end = k;
                while let Some(d) = char_at(text, end).filter(|&d| is_dash(d)) {
                    end += d.len_utf8();
                }
                let s = skip_inline_space(text, end);
                let place = words > 0 && (commas > 0 || outlet || caps);
                let opens = matches!(next_word(text, s).0, Next::Upper | Next::Digit);
                if place && opens && words <= 8 {
                    self.quiet_until = end;
                    self.forced = end;
                }
                return;
            } else if c.is_uppercase() {
                let end = k + word_len(&text[k..]);
                let word = &text[k..end];
                if commas >= 2 && words >= 2 && self.words.is_starter(word) {
                    let (class, _, next) = next_word(text, skip_inline_space(text, end));
                    if class == Next::Lower
                        || class == Next::Digit
                        || self.words.is_weekday(next)
                        || self.words.is_month(next)
                    {
                        self.forced = k;
                        self.quiet_until = k;
                    }
                    return;
                }
                words += 1;
                if words == 1 {
                    caps = word.len() >= 3 && !word.chars().any(char::is_lowercase);
                }
                k = end;
                // A day after a month: "GENEVA, March 4 (Wire) - ...".
                let day = skip_inline_space(text, k);
                let digits = text
                    .as_bytes()
                    .get(day..limit)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let month = word.strip_suffix('.').unwrap_or(word);
                if (1..=2).contains(&digits) && self.words.is_month(month) {
                    k = day + digits;
                }
            } else {
                return;
            }
        }
    }
}

impl Scanner<'_, '_> {
    /// A caption run into the paragraph it stood above, with no punctuation between them,
    /// ends where a capitalised preposition and a lower-case determiner open the paragraph's
    /// sentence: "Ann Chiang of DAB In the Kowloon West constituency, ...". Only the start of
    /// the paragraph is read, up to its first punctuation mark, and only when the sentence
    /// goes on after it (a short line is a headline, in whatever case).
    fn glued_caption(&mut self, at: usize) {
        let b = self.text.as_bytes();
        let limit = (at + 160).min(b.len());
        // The bytes before `limit - 1` are read up to the first punctuation mark; a candidate
        // is a capital after a space (the capital itself may be the byte at `limit - 1`).
        // Capitals are rarer than spaces, and those that open a preposition rarer still, so
        // the loop stops at them, not at every space.
        let first_space = b[at..limit].iter().position(|&c| c == b' ').map(|k| at + k);
        let mut p = at;
        while p < limit {
            match self.words.glued_byte(b[p]) {
                Glued::Plain => {}
                Glued::Stop => {
                    if p + 1 < limit {
                        return;
                    }
                }
                Glued::Capital => {
                    // The capital may open the paragraph: no byte before it to read.
                    let k = p.saturating_sub(1);
                    // A third word: the space before the capital is not the first.
                    if p > at
                        && b[k] == b' '
                        && first_space.is_some_and(|f| f < k)
                        && b[k - 1].is_ascii_alphanumeric()
                    {
                        let rest = &self.text[p..];
                        let mut it = rest.splitn(3, ' ');
                        // Other capitalised words are passed over first: most are names.
                        if it.next().is_some_and(|prep| self.words.is_glued(prep)) {
                            let Some(det) = it.next() else {
                                return;
                            };
                            let long = it.next().is_some_and(|r| {
                                r.len() >= 60
                                    && !r.as_bytes()[..60].iter().any(|&c| c == b'\n' || c == b'\r')
                            });
                            if self.words.is_glued_det(det) && long {
                                self.forced = p;
                                return;
                            }
                        }
                    }
                }
            }
            p += 1;
        }
    }
}

/// The list marker at `at`, if any: 1-3 digits or one ASCII letter, then ".", ")" or ".)",
/// or the same in brackets, then a space. Lettered markers are lower case with a period
/// ("a."), since "A. Smith" is an initial.
fn marker(text: &str, at: usize) -> Option<Marker> {
    let b = text.as_bytes();
    let paren = b.get(at) == Some(&b'(');
    let mut k = at + usize::from(paren);
    let digits = b[k.min(b.len())..]
        .iter()
        .take_while(|x| x.is_ascii_digit())
        .count();
    let (value, letter) = match digits {
        1..=3 => {
            let v = text[k..k + digits].parse().ok()?;
            k += digits;
            (v, false)
        }
        0 => {
            let c = *b.get(k)?;
            if !c.is_ascii_alphabetic() {
                return None;
            }
            k += 1;
            (u32::from(c), true)
        }
        _ => return None,
    };
    let rest = &b[k..];
    let delim = if paren {
        if !rest.starts_with(b")") {
            return None;
        }
        ""
    } else if rest.starts_with(b".)") {
        ".)"
    } else if rest.starts_with(b")") {
        ")"
    } else if rest.starts_with(b".") && (!letter || (value as u8).is_ascii_lowercase()) {
        "."
    } else {
        return None;
    };
    let end = k + delim.len() + usize::from(paren);
    if !matches!(b.get(end), Some(b' ' | b'\t')) {
        return None;
    }
    Some(Marker {
        value,
        letter,
        paren,
        delim,
        end,
    })
}

/// Where `want` next opens an item on the line that continues from `from`: after a space,
/// before the end of the line.
fn find_marker(b: &[u8], from: usize, want: Marker) -> Option<usize> {
    let mut buf = [0u8; 12];
    let mut len = 0;
    if want.paren {
        buf[len] = b'(';
        len += 1;
    }
    if want.letter {
        buf[len] = u8::try_from(want.value)
            .ok()
            .filter(u8::is_ascii_alphabetic)?;
        len += 1;
    } else {
        let mut digits = [0u8; 4];
        let mut v = want.value;
        let mut d = digits.len();
        loop {
            d -= 1;
            digits[d] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 || d == 0 {
                break;
            }
        }
        buf[len..len + digits.len() - d].copy_from_slice(&digits[d..]);
        len += digits.len() - d;
    }
    let close: &[u8] = if want.paren {
        b")"
    } else {
        want.delim.as_bytes()
    };
    buf[len..len + close.len()].copy_from_slice(close);
    len += close.len();
    buf[len] = b' ';
    len += 1;
    let needle = &buf[..len];
    let mut k = from;
    while k < b.len() {
        match b[k] {
            b'\n' | b'\r' => return None,
            b' ' if b[k + 1..].starts_with(needle) => return Some(k + 1),
            _ => k += 1,
        }
    }
    None
}

/// `n` periods in a row, each after one space (". . ."): their count and where they end.
fn spaced_dots(b: &[u8], mut k: usize) -> (usize, usize) {
    let mut n = 0;
    while b.get(k) == Some(&b' ') && b.get(k + 1) == Some(&b'.') {
        k += 2;
        n += 1;
    }
    (n, k)
}

/// Length of the word at the start of `s`: letters, digits, periods, apostrophes, and
/// hyphens between letters ("N.H.", "O'Neill", "Wilkes-Barre").
fn word_len(s: &str) -> usize {
    let mut chars = s.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let inner = matches!(c, '.' | '\'' | '’' | '-');
        if c.is_alphanumeric()
            || (inner && chars.peek().is_some_and(|&(_, d)| d.is_alphanumeric()))
            || (c == '.' && k > 0)
        {
            continue;
        }
        return k;
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_may_open_the_text_or_a_paragraph() {
        // The glued-caption check looks at the byte before a capital; here there is none
        // (the text's first byte), or it is the paragraph break. (text, sentences)
        let cases: &[(&str, &[&str])] = &[
            ("I*c", &["I*c"]),
            ("A", &["A"]),
            ("In the end.", &["In the end."]),
            (
                "Photo\n\nIn the Kowloon West constituency, it rained.",
                &["Photo", "In the Kowloon West constituency, it rained."],
            ),
        ];
        for &(text, want) in cases {
            let seg = crate::segment::Segmenter::new().split(text);
            let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn parses_list_markers() {
        // (text, value, letter, paren, delim, end) or None
        type Want = Option<(u32, bool, bool, &'static str, usize)>;
        let cases: &[(&str, Want)] = &[
            ("1. Milk", Some((1, false, false, ".", 2))),
            ("12) Milk", Some((12, false, false, ")", 3))),
            ("3.) Milk", Some((3, false, false, ".)", 3))),
            ("(4) Milk", Some((4, false, true, "", 3))),
            ("b. Milk", Some((u32::from(b'b'), true, false, ".", 2))),
            ("B) Milk", Some((u32::from(b'B'), true, false, ")", 2))),
            ("B. Smith", None),
            ("2019. Then", None),
            ("3.5 percent", None),
            ("10 people", None),
            ("1.", None),
            ("", None),
        ];
        for &(text, want) in cases {
            let got = marker(text, 0).map(|m| (m.value, m.letter, m.paren, m.delim, m.end));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn skips_to_the_next_stop_byte() {
        // (text, from, end (None: the text's end), first stop byte's offset or the end)
        let cases: &[(&str, usize, Option<usize>, usize)] = &[
            ("plain words without any stop here at all", 0, None, 40),
            ("plain words without any stop. here", 0, None, 28),
            ("short!", 0, None, 5),
            ("a sentence that ends in a question? yes", 0, None, 34),
            ("time is 5:30 now", 0, None, 9),
            ("first line of text\nsecond", 0, None, 18),
            ("tab\tand vertical\u{b}tab", 0, None, 16),
            // é's bytes stop the fast test but are no stop: the search goes on.
            ("caf\u{e9} then a long run of text, on and on.", 0, None, 40),
            ("a long run before the ellipsis … and more", 0, None, 31),
            (
                "stops. before from are passed. then more words",
                6,
                None,
                29,
            ),
            ("the end bounds it. here", 0, Some(10), 10),
            ("x.", 2, None, 2),
        ];
        for &(text, from, end, want) in cases {
            let end = end.unwrap_or(text.len());
            assert_eq!(skip_plain(text.as_bytes(), from, end), want, "{text:?}");
        }
    }

    #[test]
    fn finds_the_next_marker_on_the_line() {
        let m = |value, delim| Marker {
            value,
            letter: false,
            paren: false,
            delim,
            end: 0,
        };
        let cases: &[(&str, Marker, Option<usize>)] = &[
            ("1. Milk 2. Bread", m(2, "."), Some(8)),
            ("1) Milk 2) Bread", m(2, ")"), Some(8)),
            ("1) Milk 12) Bread", m(2, ")"), None),
            ("1. Milk\n2. Bread", m(2, "."), None),
            ("9. Milk 10. Bread", m(10, "."), Some(8)),
        ];
        for &(text, want, at) in cases {
            assert_eq!(find_marker(text.as_bytes(), 2, want), at, "{text:?}");
        }
    }
}
