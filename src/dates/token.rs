//! Tokens for the date patterns: words, numbers and single punctuation marks, with byte spans.
//!
//! The patterns need less than a full tokenizer: runs of letters and digits stay together
//! ("28th", "1990s", "Q4"), digit groups and decimals stay one number ("1,999", "9505.96") so
//! that they are never read as years, and everything else is one character per token. Web
//! addresses are skipped whole, as their digits ("/2019/06/28/") are not dates of the text.

use super::words::Words;
use crate::span::Span;
use crate::tokens::{TokenKind, Tokens};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters only: "June", "p".
    Word,
    /// Digits only: "2019", "08".
    Digits,
    /// One character that is neither a letter nor a digit.
    Punct,
    /// A number with digit grouping or a decimal point: "1,999", "9.5".
    Grouped,
    /// Letters and digits mixed: "28th", "1990s", "Q4", "A380".
    Mixed,
}

// The bits of `Token::flags`.
const SPACE_BEFORE: u8 = 1;
const CAP: u8 = 2;
const LOW: u8 = 4;
const LEAD: u8 = 8;
const CALENDAR: u8 = 16;
/// Made from a shared token where a web address may start or go on, which the tokenizer
/// skips whole: its paragraph is tokenized again from its text.
const ADDRESS: u8 = 32;

/// One token of a chunk of text, with what the date patterns ask of every token: its
/// vocabulary entry is found once, when the token is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte span in the whole text.
    pub(crate) span: Span,
    /// The [bits](super::words::Class::bit) of the classes of the phrases it opens.
    pub(crate) classes: u32,
    /// The index of its vocabulary entry when it is a listed word (one that can open a
    /// date or a tense cue), else 0.
    entry: u16,
    /// What it is made of.
    pub(crate) kind: Kind,
    /// `SPACE_BEFORE`, `CAP`, `LOW`, `LEAD`, `CALENDAR` and `ADDRESS`.
    flags: u8,
}

impl Token {
    /// The token of `text[span]`, made of `kind`, with the entry of index `entry` (looked up
    /// only for words: no phrase opens with a mark or a number).
    fn new(
        text: &str,
        span: Span,
        kind: Kind,
        space_before: bool,
        words: &Words,
        entry: u16,
    ) -> Token {
        let s = span.slice(text);
        let (cap, low) = match s.as_bytes().first() {
            Some(&b) if b.is_ascii() => (b.is_ascii_uppercase(), b.is_ascii_lowercase()),
            _ => {
                let first = s.chars().next();
                (
                    first.is_some_and(char::is_uppercase),
                    first.is_some_and(char::is_lowercase),
                )
            }
        };
        let o = words.opening(entry);
        let word = o.flags[usize::from(cap)];
        let (lead, calendar) = match kind {
            Kind::Digits | Kind::Grouped | Kind::Mixed => (true, false),
            Kind::Punct => (matches!(s, "'" | "’" | "‘"), false),
            Kind::Word => (word & LEAD != 0, word & CALENDAR != 0),
        };
        Token {
            span,
            classes: o.classes,
            entry,
            kind,
            flags: flags(space_before, cap, low, lead, calendar),
        }
    }

    /// True when whitespace separates it from the token before.
    pub(crate) fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// True when it starts with an uppercase letter.
    pub(crate) fn cap(&self) -> bool {
        self.flags & CAP != 0
    }

    /// True when it starts with a lowercase letter.
    pub(crate) fn low(&self) -> bool {
        self.flags & LOW != 0
    }

    /// True when it can start an expression: a number, a calendar name, a listed word, an
    /// apostrophe.
    pub(crate) fn lead(&self) -> bool {
        self.flags & LEAD != 0
    }

    /// True when it is a capitalized month or weekday name: such names count only so.
    pub(crate) fn calendar(&self) -> bool {
        self.flags & CALENDAR != 0
    }

    /// The index of its vocabulary entry, 0 for none.
    pub(crate) fn entry(&self) -> u16 {
        self.entry
    }
}

/// `flag` when `on`, else no bit.
fn bit(on: bool, flag: u8) -> u8 {
    u8::from(on) * flag
}

/// The flag bits of a token.
fn flags(space_before: bool, cap: bool, low: bool, lead: bool, calendar: bool) -> u8 {
    bit(space_before, SPACE_BEFORE)
        | bit(cap, CAP)
        | bit(low, LOW)
        | bit(lead, LEAD)
        | bit(calendar, CALENDAR)
}

/// The tokens of one chunk, and what the matcher asks of them as a whole. Kept from one
/// chunk to the next, to reuse its vectors.
#[derive(Debug, Default)]
pub(crate) struct Chunk {
    /// The tokens, in text order.
    pub(crate) toks: Vec<Token>,
    /// The indices of the tokens that can start an expression, in order: the matcher visits
    /// only these.
    pub(crate) leads: Vec<u32>,
}

impl Chunk {
    fn clear(&mut self) {
        self.toks.clear();
        self.leads.clear();
    }

    /// Lists the leads, once the tokens are in; true when a token is marked `ADDRESS`.
    fn finish(&mut self) -> bool {
        self.leads.resize(self.toks.len(), 0);
        let mut n = 0;
        let mut flags = 0;
        for (i, t) in self.toks.iter().enumerate() {
            // Without a branch on `lead`, which tokens of every kind are and are not: the
            // index is written, and kept only for a lead.
            if let Some(slot) = self.leads.get_mut(n) {
                *slot = i as u32;
            }
            n += usize::from(t.lead());
            flags |= t.flags;
        }
        self.leads.truncate(n);
        flags & ADDRESS != 0
    }
}

/// One byte more of a [`fold_hash`].
fn fold_step(h: u32, b: u8) -> u32 {
    h.rotate_left(5) ^ u32::from(b | 0x20)
}

/// A hash of `bytes` that ignores ASCII case: bit 0x20 of every byte is set before it is
/// mixed in, which folds A-Z onto a-z (and a few marks onto others, which costs the
/// vocabulary at most a wasted probe). Every token carries the hash of its text.
pub(crate) fn fold_hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |h, &b| fold_step(h, b))
}

// What a byte is to the tokenizer, as bit flags; a byte from 0x80 up starts or continues a
// longer char, which is decoded.
const SPACE: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 4;
const OTHER: u8 = 8;
const NON_ASCII: u8 = 16;

/// The class of every byte, so the common ASCII case costs one table load per byte.
const CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            // The ASCII members of Unicode White_Space, what `char::is_whitespace` accepts.
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// The class of the char at byte `i` (a char boundary) and its width.
fn class_at(s: &str, i: usize) -> (u8, usize) {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => (CLASS[usize::from(c)], 1),
        Some(_) => wide_class(s, i),
        None => (SPACE, 1),
    }
}

/// The class and width of the char at byte `i` (a char boundary), which is not ASCII.
fn wide_class(s: &str, i: usize) -> (u8, usize) {
    let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    let class = if ('\u{2010}'..='\u{2027}').contains(&c) {
        // Dashes, quotation marks, bullets and the ellipsis, which news is full of: all
        // punctuation (a test checks each), answered without the Unicode tables.
        OTHER
    } else if c.is_whitespace() {
        SPACE
    } else if c.is_alphabetic() {
        LETTER
    } else if c.is_alphanumeric() {
        DIGIT
    } else {
        OTHER
    };
    (class, c.len_utf8())
}

/// Tokens of `text[range]`, with spans into `text`, each with its vocabulary entry.
pub(crate) fn tokenize(text: &str, range: Span, words: &Words, out: &mut Chunk) {
    out.clear();
    push_tokens(text, range, words, out);
    out.finish();
}

/// Appends the tokens of `text[range]` to `out`, the first one after whitespace.
fn push_tokens(text: &str, range: Span, words: &Words, out: &mut Chunk) {
    let toks = &mut out.toks;
    scan(text, range, |span, kind, space_before, hash| {
        toks.push(token_of(text, span, kind, space_before, hash, words));
    });
}

/// The token that [`scan`] reads, with its vocabulary entry.
fn token_of(
    text: &str,
    span: Span,
    kind: Kind,
    space_before: bool,
    hash: u32,
    words: &Words,
) -> Token {
    let entry = match kind {
        Kind::Word | Kind::Mixed => words.date_word(span.slice(text), hash),
        _ => 0,
    };
    Token::new(text, span, kind, space_before, words, entry)
}

/// The tokens of `para`, made from the shared tokens of the whole text: the same as
/// [`tokenize`] makes of the paragraph, without reading its text again.
///
/// Both tokenizers split each run of text between whitespace on its own, so they are
/// compared run by run. A run whose shared tokens are all plain (ASCII letters only, ASCII
/// digits only, or one mark) is cut the same way by both, and its tokens are taken as they
/// are, with the entries the shared lookup found, in one pass over each stretch of such runs.
/// Any other run ("U.S.", "1,999", "’90s", "28th", "--", a run that the paragraph cuts) is
/// tokenized from its text, and so is the whole paragraph when it holds a web address.
pub(crate) fn from_shared(shared: &Tokens<'_>, para: Span, words: &Words, out: &mut Chunk) {
    out.clear();
    let text = shared.text;
    let all = &shared.toks;
    let glued = |k: usize| {
        k > 0
            && all
                .get(k)
                .is_some_and(|t| all[k - 1].span.end == t.span.start)
    };
    let mut lo = all.partition_point(|t| t.span.end <= para.start);
    let mut hi = all.partition_point(|t| t.span.start < para.end);
    // A run that the paragraph's start cuts: its part inside.
    if lo < hi && (all[lo].span.start < para.start || glued(lo)) {
        while lo + 1 < all.len() && glued(lo + 1) {
            lo += 1;
        }
        let end = all[lo].span.end.min(para.end);
        push_tokens(text, Span::new(para.start, end), words, out);
        lo += 1;
    }
    // A run that the paragraph's end cuts, tokenized after the others.
    let mut tail = None;
    if lo < hi && (all[hi - 1].span.end > para.end || glued(hi)) {
        hi -= 1;
        while hi > lo && glued(hi) {
            hi -= 1;
        }
        tail = Some(Span::new(all[hi].span.start, para.end));
    }
    // The plain tokens are taken as they are, in stretches up to the next run that holds a
    // token that is not plain, which is tokenized from its text.
    let b = text.as_bytes();
    let entries = shared.entries();
    let mut k = lo.min(hi);
    out.toks.reserve(hi - k);
    while k < hi {
        let (stop, run_start) = match all[k..hi].iter().position(|t| !t.plain) {
            Some(d) => {
                let mut run_start = k + d;
                while run_start > k && glued(run_start) {
                    run_start -= 1;
                }
                (k + d, run_start)
            }
            None => (hi, hi),
        };
        // Every stretch starts a run; a token after the first is glued to the one before
        // when it starts where that one ends.
        if let Some(first) = all[k..run_start].first() {
            out.toks
                .push(plain_token(b, first, true, entries[k].date(), words));
            out.toks.extend(
                all[k..run_start]
                    .windows(2)
                    .zip(&entries[k + 1..run_start])
                    .map(|(w, e)| {
                        let glued = w[0].span.end == w[1].span.start;
                        plain_token(b, &w[1], !glued, e.date(), words)
                    }),
            );
        }
        if stop == hi {
            break;
        }
        let mut end = stop + 1;
        while end < hi && glued(end) {
            end += 1;
        }
        push_tokens(
            text,
            Span::new(all[run_start].span.start, all[end - 1].span.end),
            words,
            out,
        );
        k = end;
    }
    if let Some(span) = tail {
        push_tokens(text, span, words, out);
    }
    if out.finish() {
        // A web address, which is rare: the paragraph is read again whole.
        tokenize(text, para, words, out);
    }
}

/// The token of the plain shared token `t` (first of its run when `space_before`), with the
/// entry of index `entry`; marked `ADDRESS` where a web address may start ("www.") or go
/// on ("://"). Without branches, as tokens of all kinds alternate.
#[inline]
fn plain_token(
    b: &[u8],
    t: &crate::tokens::Token,
    space_before: bool,
    entry: u16,
    words: &Words,
) -> Token {
    let head = b.get(t.span.start..t.span.start + 4).map_or_else(
        || head_near_end(b, t.span.start),
        |s| <[u8; 4]>::try_from(s).map_or(0, u32::from_le_bytes),
    );
    let (kind, by_first) = match t.kind {
        TokenKind::Word => (Kind::Word, &FIRST_BYTE[0]),
        TokenKind::Number => (Kind::Digits, &FIRST_BYTE[1]),
        TokenKind::Punct => (Kind::Punct, &FIRST_BYTE[2]),
    };
    let first = by_first[usize::from(head as u8)];
    // "’" and "‘" (E2 80 99 and E2 80 98), marks of one char that lead like "'".
    let quote = (kind == Kind::Punct) & (head & 0x00FE_FFFF == 0x0098_80E2);
    let o = words.opening(entry);
    // A run that opens with "www." or holds "://" is a web address.
    let www = space_before & (head == u32::from_le_bytes(*b"www."));
    let scheme = head & 0x00FF_FFFF == u32::from_le_bytes(*b"://\0");

    Token {
        span: t.span,
        classes: o.classes,
        entry,
        kind,
        flags: first
            | o.flags[usize::from(first & CAP != 0)]
            | bit(quote, LEAD)
            | bit(space_before, SPACE_BEFORE)
            | bit(www | scheme, ADDRESS),
    }
}

/// The bytes from `at` to the end of `b`, fewer than four, as [`plain_token`] reads four:
/// the missing ones are zero, which no test there accepts.
#[cold]
fn head_near_end(b: &[u8], at: usize) -> u32 {
    let mut head = [0; 4];
    for (h, &c) in head.iter_mut().zip(b.get(at..).unwrap_or_default()) {
        *h = c;
    }
    u32::from_le_bytes(head)
}

/// The flags of a plain shared token that its first byte gives, for a word, a number and a
/// mark: a word's case; a number leads; "'" leads.
const FIRST_BYTE: [[u8; 256]; 3] = {
    let mut t = [[0; 256]; 3];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[0][c] = if b.is_ascii_uppercase() {
            CAP
        } else if b.is_ascii_lowercase() {
            LOW
        } else {
            0
        };
        t[1][c] = LEAD;
        t[2][c] = if b == b'\'' { LEAD } else { 0 };
        c += 1;
    }
    t
};

/// The flags of a word token with an entry that opens a date (`opens`) or names a month or
/// weekday (`calendar`), written in lowercase and capitalized: such names count only
/// capitalized.
pub(crate) const fn word_flags(opens: bool, calendar: bool) -> [u8; 2] {
    let lead = if opens { LEAD } else { 0 };
    if calendar {
        [lead, LEAD | CALENDAR]
    } else {
        [lead, lead]
    }
}

/// The spans of the tokens of `text`, for splitting the phrases of the word lists.
pub(crate) fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    scan(text, Span::new(0, text.len()), |span, _, _, _| {
        out.push(span)
    });
    out
}

/// Reads the tokens of `text[range]`, calling `emit` with each one's span in `text`, kind,
/// whether whitespace (or the start of the range) is before it, and the [`fold_hash`] of its
/// text.
fn scan(text: &str, range: Span, mut emit: impl FnMut(Span, Kind, bool, u32)) {
    let chunk = &text[range.range()];
    let b = chunk.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    while i < b.len() {
        let (class, width) = class_at(chunk, i);
        if class == SPACE {
            space_before = true;
            i += width;
            continue;
        }
        let start = i;
        let mut end = i + width;
        let mut hash = match b[start] {
            c if c < 0x80 => fold_step(0, c),
            _ => fold_hash(&b[start..end]),
        };
        let kind = if class & (LETTER | DIGIT) != 0 {
            let mut seen = class;
            loop {
                // The rest of an ASCII run, one table load per byte.
                while let Some(&c) = b.get(end) {
                    let next = CLASS[usize::from(c)];
                    if next & (LETTER | DIGIT) == 0 {
                        break;
                    }
                    seen |= next;
                    hash = fold_step(hash, c);
                    end += 1;
                }
                // A letter or digit beyond ASCII goes on with the token.
                match b.get(end) {
                    Some(&c) if c >= 0x80 => {
                        let (next, w) = wide_class(chunk, end);
                        if next & (LETTER | DIGIT) == 0 {
                            break;
                        }
                        seen |= next;
                        for &byte in &b[end..end + w] {
                            hash = fold_step(hash, byte);
                        }
                        end += w;
                    }
                    _ => break,
                }
            }
            if seen & LETTER == 0 {
                let digits_end = end;
                end = extend_number(chunk, end);
                if end != digits_end {
                    hash = fold_hash(&b[start..end]);
                }
            }
            match (seen & LETTER != 0, seen & DIGIT != 0) {
                (true, false) => Kind::Word,
                (true, true) => Kind::Mixed,
                _ if b[start..end].iter().any(|b| !b.is_ascii_digit()) => Kind::Grouped,
                _ => Kind::Digits,
            }
        } else {
            Kind::Punct
        };
        // A word that whitespace (or the end) follows is a web address only as "www.",
        // which the byte after it rules out: most words are settled without the call.
        let run_goes_on = b
            .get(end)
            .is_some_and(|&c| c >= 0x80 || CLASS[usize::from(c)] != SPACE);
        if space_before && kind == Kind::Word && run_goes_on && is_web_address(chunk, start, end) {
            // Skip the rest of the whitespace-free run.
            i = run_end(chunk, end);
            space_before = false;
            continue;
        }
        emit(
            Span::new(range.start + start, range.start + end),
            kind,
            space_before,
            hash,
        );
        // The single space that most tokens end with, taken here rather than by a turn of
        // the loop.
        space_before = b.get(end) == Some(&b' ');
        i = end + usize::from(space_before);
    }
}

/// The end of the whitespace-free run that goes on at `from`.
fn run_end(chunk: &str, mut from: usize) -> usize {
    while from < chunk.len() {
        let (class, w) = class_at(chunk, from);
        if class == SPACE {
            break;
        }
        from += w;
    }
    from
}

/// End of a number that starts before `end`: takes in "," + three digits (grouping) and
/// "." + digits (decimals), so "1,999" and "9505.96" are one token.
fn extend_number(chunk: &str, mut end: usize) -> usize {
    let b = chunk.as_bytes();
    loop {
        let digits_after = |at: usize| b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        match b.get(end) {
            Some(b',') if digits_after(end + 1) == 3 => {
                let after = end + 4;
                if b.get(after).is_some_and(u8::is_ascii_alphanumeric) {
                    return end;
                }
                end = after;
            }
            Some(b'.') if digits_after(end + 1) > 0 => {
                let n = digits_after(end + 1);
                if b.get(end + 1 + n).is_some_and(u8::is_ascii_alphabetic) {
                    return end;
                }
                end += 1 + n;
            }
            _ => return end,
        }
    }
}

/// True when the whitespace-free run that starts with the word `chunk[start..end]` looks like
/// a web address: it starts with "www." or holds "://". The word itself holds neither ':' nor
/// whitespace, so the search for "://" starts after it; called only at the start of a run, so
/// each byte is looked at a bounded number of times.
fn is_web_address(chunk: &str, start: usize, end: usize) -> bool {
    if chunk.as_bytes()[start..].starts_with(b"www.") {
        return true;
    }
    let b = chunk.as_bytes();
    let mut k = end;
    while k < b.len() {
        let (class, w) = class_at(chunk, k);
        if class == SPACE {
            return false;
        }
        if b[k] == b':' && b[k + 1..].starts_with(b"//") {
            return true;
        }
        k += w;
    }
    false
}

/// The text of the random tests: `parts` in order, each after a space unless glued to the one
/// before.
#[cfg(test)]
pub(crate) fn glued_or_spaced(parts: &[(&str, bool)]) -> String {
    let mut text = String::new();
    for &(part, glued) in parts {
        if !glued && !text.is_empty() {
            text.push(' ');
        }
        text.push_str(part);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(Words::load)
    }

    fn toks(s: &str) -> Vec<(&str, Kind, bool)> {
        let mut out = Chunk::default();
        tokenize(s, Span::new(0, s.len()), words(), &mut out);
        out.toks
            .iter()
            .map(|t| (t.span.slice(s), t.kind, t.space_before()))
            .collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        use Kind::*;
        type Case<'a> = (&'a str, &'a [(&'a str, Kind, bool)]);
        let cases: &[Case] = &[
            (
                "Feb. 9, 2025",
                &[
                    ("Feb", Word, true),
                    (".", Punct, false),
                    ("9", Digits, true),
                    (",", Punct, false),
                    ("2025", Digits, true),
                ],
            ),
            ("the 1990s", &[("the", Word, true), ("1990s", Mixed, true)]),
            ("28th", &[("28th", Mixed, true)]),
            (
                "1,999 troops",
                &[("1,999", Grouped, true), ("troops", Word, true)],
            ),
            ("9505.96", &[("9505.96", Grouped, true)]),
            (
                "7/8/07",
                &[
                    ("7", Digits, true),
                    ("/", Punct, false),
                    ("8", Digits, false),
                    ("/", Punct, false),
                    ("07", Digits, false),
                ],
            ),
            ("2024.", &[("2024", Digits, true), (".", Punct, false)]),
            (
                "12,2019",
                &[
                    ("12", Digits, true),
                    (",", Punct, false),
                    ("2019", Digits, false),
                ],
            ),
            (
                "Monday’s",
                &[
                    ("Monday", Word, true),
                    ("’", Punct, false),
                    ("s", Word, false),
                ],
            ),
            (
                "see https://x.org/2019/06/28/a now",
                &[("see", Word, true), ("now", Word, true)],
            ),
            (
                "mid-2023",
                &[
                    ("mid", Word, true),
                    ("-", Punct, false),
                    ("2023", Digits, false),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text}");
        }
    }

    #[test]
    fn spans_are_offset_by_the_range_and_on_char_boundaries() {
        let text = "é 5 “June”";
        let mut out = Chunk::default();
        tokenize(text, Span::new(3, text.len()), words(), &mut out);
        let got: Vec<&str> = out.toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(got, ["5", "“", "June", "”"]);
    }

    #[test]
    fn web_addresses_are_skipped_to_the_next_whitespace() {
        type Case<'a> = (&'a str, &'a [&'a str]);
        let cases: &[Case] = &[
            ("see www.x.org/2019 now", &["see", "now"]),
            ("go to http://a.b/2019/06 ok", &["go", "to", "ok"]),
            // "://" anywhere in the run, after the word.
            ("note://x 5", &["5"]),
            // The run ends at any Unicode whitespace.
            ("x://y\u{a0}2019", &["2019"]),
            ("x://y\u{2003}May", &["May"]),
            // Not addresses: no "://", "www." in capitals, a colon alone.
            ("a:b", &["a", ":", "b"]),
            ("WWW.X 5", &["WWW", ".", "X", "5"]),
            ("www 5", &["www", "5"]),
            // Only a word after whitespace starts an address.
            ("(http://x) 7", &["(", "http", ":", "/", "/", "x", ")", "7"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = toks(text).iter().map(|t| t.0).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn every_token_carries_the_hash_of_its_text() {
        let text = "On Feb. 9, 2025 the U.S. envoy, 55, said “1,999.5” — Q4’s A380 café\u{a0}x";
        let mut hashes = Vec::new();
        scan(text, Span::new(0, text.len()), |span, _, _, hash| {
            hashes.push((span, hash));
        });
        assert_eq!(hashes.len(), 26);
        for (span, hash) in hashes {
            assert_eq!(hash, fold_hash(span.slice(text).as_bytes()), "{span:?}");
        }
        // Case is folded; letters and order are not.
        assert_eq!(fold_hash(b"June"), fold_hash(b"JUNE"));
        assert_eq!(fold_hash(b"june"), fold_hash(b"jUnE"));
        assert_ne!(fold_hash(b"june"), fold_hash(b"juen"));
        assert_ne!(fold_hash(b"june"), fold_hash(b"jun"));
    }

    #[test]
    fn general_punctuation_answered_without_tables_is_punctuation() {
        for c in '\u{2010}'..='\u{2027}' {
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
            let s = c.to_string();
            assert_eq!(wide_class(&s, 0), (OTHER, c.len_utf8()), "{c:?}");
        }
    }

    /// Checks that the tokens made from the shared ones are those the tokenizer makes of
    /// the text, with the same leads, for every paragraph span given.
    fn same_from_shared(text: &str, paragraphs: &[Span]) {
        static SHARED: std::sync::OnceLock<crate::words::Words> = std::sync::OnceLock::new();
        let shared = SHARED
            .get_or_init(|| {
                let mut shared = crate::words::Words::new();
                words().mark_shared(&mut shared);
                shared
            })
            .tokenize(text);
        let (mut want, mut got) = (Chunk::default(), Chunk::default());
        for &para in paragraphs {
            tokenize(text, para, words(), &mut want);
            from_shared(&shared, para, words(), &mut got);
            assert_eq!(got.toks, want.toks, "{:?} of {text:?}", para.slice(text));
            assert_eq!(got.leads, want.leads, "{text:?}");
        }
    }

    #[test]
    fn shared_tokens_make_the_same_tokens() {
        let texts = [
            "On Feb. 9, 2025 the U.S. envoy, 55, said “1,999.5” — Q4’s A380 café\u{a0}x",
            "Mr. Smith met the mid-2023 team in the ’90s and '08 -- or 12,2019... at 10:30 a.m.",
            "see www.x.org/2019 now, http://a.b/2019/06 ok; www. 5 and www 5 (http://x) 7",
            "\u{feff}Monday’s 28th 1990s MAY may Sept. 7/8/07 2019-06-28 $2,024 fiscal 2024",
            "The Fridays A380s 3D G7 COVID-19 co-founder don't can’t 9505.96 1,000,000 x",
            "end of text 2024",
            "2",
            ":",
            "ab",
        ];
        for text in texts {
            let all = [Span::new(0, text.len())];
            same_from_shared(text, &all);
            // Every cut on a char boundary, as paragraphs may start and end inside a run.
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &a) in bounds.iter().enumerate() {
                for &b in &bounds[k + 1..] {
                    same_from_shared(text, &[Span::new(a, b)]);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Random runs of words, numbers and marks, glued or spaced, cut into paragraphs.
        #[test]
        fn shared_tokens_make_the_same_tokens_on_random_text(
            parts in proptest::collection::vec((proptest::sample::select(vec![
                "the", "The", "a", "May", "may", "Monday", "mondays", "June", "last", "year",
                "2019", "28", "28th", "1990s", "A380", "Q4", "U.S.", "Mr.", "www", "www.",
                "http", "://", ":", ".", ",", "-", "--", "...", "'", "’", "‘", "“", "”", "—",
                "1,999", "9.5", "12,2019", "’90s", "'08", "don't", "co-founder", "café",
                "x", "AB", "\u{a0}", "\n", "\u{feff}", "$", "%", "(", ")", "/",
            ]), proptest::prelude::any::<bool>()), 0..24),
            cuts in proptest::collection::vec(0usize..200, 0..4),
        ) {
            let text = glued_or_spaced(&parts);
            // Paragraphs between the cuts, on char boundaries.
            let mut bounds: Vec<usize> = cuts
                .into_iter()
                .map(|c| c.min(text.len()))
                .filter(|&c| text.is_char_boundary(c))
                .chain([0, text.len()])
                .collect();
            bounds.sort_unstable();
            bounds.dedup();
            let paragraphs: Vec<Span> = bounds.windows(2).map(|w| Span::new(w[0], w[1])).collect();
            same_from_shared(&text, &paragraphs);
        }
    }
}
