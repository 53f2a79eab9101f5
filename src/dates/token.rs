//! Tokens for the date patterns: words, numbers and single punctuation marks, with byte spans.
//!
//! The patterns need less than a full tokenizer: runs of letters and digits stay together
//! ("28th", "1990s", "Q4"), digit groups and decimals stay one number ("1,999", "9505.96") so
//! that they are never read as years, and everything else is one character per token. Web
//! addresses are skipped whole, as their digits ("/2019/06/28/") are not dates of the text.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters only: "June", "p".
    Word,
    /// Digits only: "2019", "08".
    Digits,
    /// A number with digit grouping or a decimal point: "1,999", "9.5".
    Grouped,
    /// Letters and digits mixed: "28th", "1990s", "Q4", "A380".
    Mixed,
    /// One character that is neither a letter nor a digit.
    Punct,
}

/// One token of a chunk of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte span in the whole text.
    pub(crate) span: Span,
    /// What it is made of.
    pub(crate) kind: Kind,
    /// True when whitespace separates it from the token before.
    pub(crate) space_before: bool,
    /// [`fold_hash`] of its text, computed while it is read, for the vocabulary lookups.
    pub(crate) hash: u32,
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

/// Tokens of `text[range]`, with spans into `text`.
pub(crate) fn tokenize(text: &str, range: Span, out: &mut Vec<Token>) {
    out.clear();
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
        out.push(Token {
            span: Span::new(range.start + start, range.start + end),
            kind,
            space_before,
            hash,
        });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, Kind, bool)> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter()
            .map(|t| (t.span.slice(s), t.kind, t.space_before))
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
        let mut out = Vec::new();
        tokenize(text, Span::new(3, text.len()), &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.span.slice(text)).collect();
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
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        assert_eq!(out.len(), 26);
        for t in &out {
            assert_eq!(t.hash, fold_hash(t.span.slice(text).as_bytes()), "{t:?}");
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
}
