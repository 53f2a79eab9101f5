//! Quotation marks: which characters are marks at all (and not apostrophes), whether a mark is
//! double or single, and which way it faces.

use crate::span::Span;
use crate::swar::{HIGH, ONES};

/// Which way a mark faces, from its shape or from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    /// Opens a quotation: `“`, or a straight mark with a space before and a word after.
    Open,
    /// Closes a quotation: `”`, or a straight mark with a word before and a space after.
    Close,
    /// Could be either: a straight mark between two words or two spaces.
    Either,
}

/// One quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) span: Span,
    /// `"` `“` `”` `''` ` `` `; false for single marks.
    pub(crate) double: bool,
    pub(crate) dir: Dir,
}

/// Shortened words whose apostrophe comes first: never an opening single quote.
const ELISIONS: &[&str] = &[
    "em", "n", "cause", "til", "tis", "twas", "bout", "round", "cuz", "nuff", "kay",
];

/// True for characters after which a mark opens rather than closes.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '…')
        }
    }
}

/// True for characters before which a mark closes rather than opens.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '‘' | '“' | '`')),
    }
}

/// The direction a straight mark takes from its neighbours.
fn flank(prev: Option<char>, next: Option<char>) -> Dir {
    let left = opens_after(prev) && !next.is_some_and(char::is_whitespace) && next.is_some();
    let right = !opens_after(prev) && closes_before(next);
    match (left, right) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

/// True when the word that starts at the beginning of `s`, lowercased, is one of [`ELISIONS`].
fn is_elision(s: &str) -> bool {
    ELISIONS.iter().any(|e| {
        let mut word = s
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase);
        e.chars().all(|x| word.next() == Some(x)) && word.next().is_none()
    })
}

/// The first bytes of the quotation marks' UTF-8.
const MARK_START: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Per byte of the eight in `w`, the high bit set where the byte may start a mark: the ASCII
/// bytes `"` to `'` (which let `#$%&` through too) and `` ` ``, and every byte above ASCII
/// (mark or not: the lead byte of a character that is no mark is rare in English news, and
/// the bytes after a mark's lead byte are never looked at). Eight bytes are tested at once:
/// the text between marks is most of every paragraph.
fn mark_starts(w: u64) -> u64 {
    let low7 = w & !HIGH;
    // Sums of bytes below 0x80 and at most 0x7f carry into no other byte.
    let from_dquote = low7.wrapping_add((0x80 - u64::from(b'"')) * ONES);
    let past_apostrophe = low7.wrapping_add((0x7f - u64::from(b'\'')) * ONES);
    let backtick = !(low7 ^ (u64::from(b'`') * ONES)).wrapping_add(0x7f * ONES);
    // A byte above ASCII has its high bit set in `w`; every other keeps its own high bit.
    ((from_dquote & !past_apostrophe) | backtick | w) & HIGH
}

/// The first byte at or after `from` of `b` that starts a mark ([`MARK_START`]).
fn next_start(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut m = <[u8; 8]>::try_from(chunk).map_or(0, |c| mark_starts(u64::from_le_bytes(c)));
        while m != 0 {
            let k = i + m.trailing_zeros() as usize / 8;
            if b.get(k).is_some_and(|&c| MARK_START[usize::from(c)]) {
                return Some(k);
            }
            m &= m - 1;
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(|&c| MARK_START[usize::from(c)])
        .map(|k| i + k)
}

/// Every quotation mark in `text[range]`, in order, written into `out` (cleared first, so one
/// buffer serves every paragraph). Apostrophes (don't, Trump’s, '90s,
/// rock 'n' roll, 'em) are left out; a single mark after a letter and before a non-letter
/// ("voters’") comes out as a closing single mark, and pairing decides whether it is one.
pub(crate) fn find(text: &str, range: Span, out: &mut Vec<Mark>) {
    out.clear();
    let Some(part) = text.get(range.range()) else {
        return;
    };
    let bytes = part.as_bytes();
    let mut off = 0;
    // Every mark starts with one of these bytes ('“' and the other curly marks with 0xE2,
    // '«' '»' with 0xC2), so the text between them is skipped without decoding it.
    while let Some(k) = next_start(bytes, off) {
        off = k;
        let pos = range.start + off;
        let Some(c) = part[off..].chars().next() else {
            break;
        };
        let prev = text[..pos].chars().next_back();
        let next = part[off + c.len_utf8()..].chars().next();
        let mark = match c {
            '“' | '„' | '«' => Some((true, fix_curly(Dir::Open, prev, next), c.len_utf8())),
            '”' | '»' => Some((true, fix_curly(Dir::Close, prev, next), c.len_utf8())),
            '"' => Some((true, flank(prev, next), 1)),
            '`' if next == Some('`') => Some((true, Dir::Open, 2)),
            '\'' if next == Some('\'') => {
                let after = text[pos + 2..].chars().next();
                Some((true, flank(prev, after), 2))
            }
            // Two closing single marks typed for a closing double one.
            '’' if next == Some('’') => Some((true, Dir::Close, 2 * '’'.len_utf8())),
            '‘' if next == Some('‘') => Some((true, Dir::Open, 2 * '‘'.len_utf8())),
            '‘' => single(text, pos, prev, next, Dir::Open),
            '\'' | '’' => single(text, pos, prev, next, Dir::Either),
            _ => None,
        };
        if let Some((double, dir, len)) = mark {
            out.push(Mark {
                span: Span::new(pos, pos + len),
                double,
                dir,
            });
            off += len;
        } else {
            off += c.len_utf8();
        }
    }
}

/// A curly mark whose neighbours clearly say the opposite of its shape was typed the wrong way
/// round (`abhorrent“ in`): follow the neighbours.
fn fix_curly(shape: Dir, prev: Option<char>, next: Option<char>) -> Dir {
    match (shape, flank(prev, next)) {
        (Dir::Open, Dir::Close) if prev.is_some_and(char::is_alphanumeric) => Dir::Close,
        (Dir::Close, Dir::Open) if next.is_some_and(char::is_alphanumeric) => Dir::Open,
        _ => shape,
    }
}

/// A single mark, or `None` when the character is an apostrophe.
fn single(
    text: &str,
    pos: usize,
    prev: Option<char>,
    next: Option<char>,
    shape: Dir,
) -> Option<(bool, Dir, usize)> {
    let p_alnum = prev.is_some_and(char::is_alphanumeric);
    let n_alnum = next.is_some_and(char::is_alphanumeric);
    if p_alnum && n_alnum {
        return None;
    }
    let len = text[pos..].chars().next().map_or(1, char::len_utf8);
    if !p_alnum && n_alnum {
        // '90s, 'em, 'n': shortened words, not quotations.
        if next.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        if is_elision(&text[pos + len..]) {
            return None;
        }
        if shape == Dir::Either && text[pos..].starts_with('’') {
            return None;
        }
        return Some((false, Dir::Open, len));
    }
    if p_alnum {
        // "voters’ choice" or the end of ‘a quote’: pairing decides.
        return if closes_before(next) {
            Some((false, Dir::Close, len))
        } else {
            None
        };
    }
    if shape == Dir::Open && !next.is_some_and(char::is_whitespace) {
        return Some((false, Dir::Open, len));
    }
    // After punctuation ("right,’ she"), or between spaces.
    match flank(prev, next) {
        Dir::Either if prev.is_some_and(|c| !c.is_whitespace()) => Some((false, Dir::Close, len)),
        Dir::Either => None,
        d => Some((false, d, len)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (byte offset, double, dir) of each mark.
    fn marks(text: &str) -> Vec<(usize, bool, Dir)> {
        let mut out = vec![Mark {
            span: Span::new(0, 0),
            double: false,
            dir: Dir::Either,
        }];
        find(text, Span::new(0, text.len()), &mut out);
        out.into_iter()
            .map(|m| (m.span.start, m.double, m.dir))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(marks($text), $want);
            }
        };
    }

    use Dir::*;

    #[test]
    fn eight_bytes_at_once_find_what_a_byte_loop_finds() {
        let naive =
            |b: &[u8], from: usize| (from..b.len()).find(|&k| MARK_START[usize::from(b[k])]);
        // Every byte value at every place of a run of letters long enough for two chunks and
        // a tail, searched from every offset.
        for v in 0..=255u8 {
            for at in 0..19 {
                let mut b = b"abcdefghijklmnopqrs".to_vec();
                b[at] = v;
                for from in 0..=b.len() {
                    assert_eq!(next_start(&b, from), naive(&b, from), "{v} {at} {from}");
                }
            }
        }
        let mixed = "Zoë said “no” — it’s `fine`, #1 & 50% ''ok'' «oui»".as_bytes();
        for from in 0..=mixed.len() {
            assert_eq!(next_start(mixed, from), naive(mixed, from), "{from}");
        }
    }

    t!(
        curly_doubles,
        "“Yes,” he said.",
        vec![(0, true, Open), (7, true, Close)]
    );
    t!(
        straight_doubles_by_neighbours,
        "He said \"no\" twice.",
        vec![(8, true, Open), (11, true, Close)]
    );
    t!(
        straight_double_after_comma_closes,
        "\"We won,\" she said.",
        vec![(0, true, Open), (8, true, Close)]
    );
    t!(
        doubled_apostrophes_are_a_double_mark,
        "''We won,'' he said.",
        vec![(0, true, Open), (9, true, Close)]
    );
    t!(
        apostrophes_inside_words,
        "Don't touch Trump’s car.",
        Vec::<(usize, bool, Dir)>::new()
    );
    t!(
        decades_and_elisions,
        "Back in the '90s, rock 'n' roll got 'em.",
        vec![(25, false, Close)]
    );
    t!(curly_decade, "the ’90s", Vec::<(usize, bool, Dir)>::new());
    t!(
        single_quotes_in_a_headline,
        "Trump: 'We will win' in Ohio",
        vec![(7, false, Open), (19, false, Close)]
    );
    t!(
        curly_singles,
        "‘Not now,’ she said",
        vec![(0, false, Open), (11, false, Close)]
    );
    t!(
        plural_possessive_is_a_close_candidate,
        "the voters’ choice",
        vec![(10, false, Close)]
    );
    t!(
        curly_typed_backwards,
        "called it “abhorrent“ in a tweet",
        vec![(10, true, Open), (22, true, Close)]
    );
}
