//! Words and punctuation with their byte spans: the common input of the speaker and attribution
//! stages, made once per article in one pass.

use crate::span::Span;
use crate::swar::{in_range, HIGH, ONES};
use crate::words::{Entry, Words};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes, hyphens and periods ("don't", "U.S.",
    /// "co-founder", "Mr."). An abbreviation keeps its final period.
    Word,
    /// Digits, possibly with inner separators ("2,383", "7.25", "1990s").
    Number,
    /// Any other character that is not whitespace, one per token, except that a run of hyphens
    /// or dots is one token ("--", "...").
    Punct,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: TokenKind,
    /// A word that starts with an uppercase letter: asked of most tokens many times over, so
    /// read once here.
    cap: bool,
    /// Made of ASCII letters only, of ASCII digits only, or of one character that is neither:
    /// the date stage's tokenizer cuts such a token the same way, so it takes it as it is.
    pub(crate) plain: bool,
}

impl Token {
    /// True for a word that starts with an uppercase letter: [`Tokens::is_cap`] of the token,
    /// for a loop over the tokens themselves.
    pub(crate) fn is_cap(&self) -> bool {
        self.cap
    }
}

/// The tokens of a whole article, and its ASCII-lowercased copy for word-list lookups.
///
/// The lowercased copy has the same byte offsets as the text (only ASCII letters change), so a
/// token's span slices both.
#[derive(Debug)]
pub(crate) struct Tokens<'t> {
    pub(crate) text: &'t str,
    lower: String,
    pub(crate) toks: Vec<Token>,
    /// Per token: the list entry of its lowercase text (see [`crate::words`]), asked of most
    /// tokens by every stage, so looked up once here.
    entry: Vec<Entry>,
}

/// Characters that may join two letters or digits inside a word: "don't", "Trump’s",
/// "co-founder", "U.S", "AT&T".
const fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// [`char::is_alphanumeric`], answered at once for the characters of Unicode's General
/// Punctuation block (U+2000 to U+206F: curly quotes and apostrophes, dashes, the ellipsis,
/// thin spaces), which holds no letter or digit: they are most of news text's characters
/// beyond ASCII, and each otherwise costs two searches of Unicode's tables.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// The length of the run of ASCII letters and digits that opens `b`, and whether it holds a
/// letter and a digit. Eight bytes are classed at once: a byte loop mispredicts its exit at
/// the end of nearly every word, since words differ in length.
#[inline]
pub(crate) fn ascii_alnum_run(b: &[u8]) -> (usize, bool, bool) {
    let mut n = 0;
    let (mut letter, mut digit) = (false, false);
    while let Some(chunk) = b.get(n..n + 8) {
        let w = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let ascii = !w & HIGH;
        let low7 = w & !HIGH;
        // Setting bit 0x20 folds capitals onto small letters and leaves digits as they are.
        let letters = in_range(low7 | (0x20 * ONES), b'a', b'z') & ascii;
        let digits = in_range(low7, b'0', b'9') & ascii;
        let stop = !(letters | digits) & HIGH;
        if stop != 0 {
            let k = stop.trailing_zeros() as usize / 8;
            // The bytes before the first that is not a letter or digit.
            let before = u64::MAX.checked_shr(64 - 8 * k as u32).unwrap_or(0);
            return (
                n + k,
                letter | (letters & before != 0),
                digit | (digits & before != 0),
            );
        }
        letter |= letters != 0;
        digit |= digits != 0;
        n += 8;
    }
    while let Some(&c) = b.get(n).filter(|c| c.is_ascii_alphanumeric()) {
        letter |= !c.is_ascii_digit();
        digit |= c.is_ascii_digit();
        n += 1;
    }
    (n, letter, digit)
}

/// The ASCII bytes that end a word run on at once: not a letter or digit, and none of the
/// marks that may join two of them ([`joins_word`], and the comma inside a number).
const ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8 as char;
        t[b] = !(c.is_ascii_alphanumeric() || joins_word(c) || c == ',');
        b += 1;
    }
    t
};

/// `end`, or the byte after it when that is a space: most tokens are followed by one, which
/// is passed over here at no cost rather than by a turn of the loop with a decoded char and
/// two tests of it.
#[inline]
fn past_space(b: &[u8], end: usize) -> usize {
    end + usize::from(b.get(end) == Some(&b' '))
}

/// The character that starts at byte `i` of `text` (a char boundary), decoded only when it is
/// not ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

impl<'t> Tokens<'t> {
    /// Splits `text`. A capitalized word that `words` lists as an abbreviation ("Mr", "Sen",
    /// "Calif") keeps the period after it; each word gets its list entry (the lists hold only
    /// words, so numbers and punctuation are not looked up).
    pub(crate) fn new(text: &'t str, words: &Words) -> Tokens<'t> {
        let lower = text.to_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut entries = Vec::with_capacity(text.len() / 5);
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            let mut end = i + c.len_utf8();
            if is_alphanumeric(c) {
                // Asked of the first char of every word, and true for one in a few: for ASCII
                // by a compare, not std's test, whose branch to Unicode's tables is taken or
                // not by the very case it asks about and so is mispredicted word after word.
                let (upper, numeric) = if c.is_ascii() {
                    (c.is_ascii_uppercase(), c.is_ascii_digit())
                } else {
                    (c.is_uppercase(), c.is_numeric())
                };
                let mut digits_only = numeric;
                // Whether the word holds a char that is not ASCII (a curly apostrophe may be one).
                let mut wide = !c.is_ascii();
                let mut plain = c.is_ascii();
                let mut any_digit = c.is_ascii_digit();
                loop {
                    // ASCII letters and digits, most of every word, without decoding a char.
                    let (run, letter, digit) =
                        ascii_alnum_run(bytes.get(end..).unwrap_or_default());
                    digits_only &= !letter;
                    any_digit |= digit;
                    end += run;
                    // Most words end at a space or at punctuation that joins nothing: one
                    // table look, with no char decoded or classed.
                    if bytes.get(end).is_none_or(|&b| ENDS_WORD[usize::from(b)]) {
                        break;
                    }
                    match char_at(text, end) {
                        Some(d) if is_alphanumeric(d) => {
                            digits_only &= d.is_numeric();
                            wide |= !d.is_ascii();
                            plain = false;
                            end += d.len_utf8();
                        }
                        // Joins only when a letter or digit follows it.
                        Some(d)
                            if (joins_word(d) || (digits_only && d == ','))
                                && char_at(text, end + d.len_utf8())
                                    .is_some_and(is_alphanumeric) =>
                        {
                            wide |= !d.is_ascii();
                            plain = false;
                            end += d.len_utf8();
                        }
                        _ => break,
                    }
                }
                // Letters and digits mixed ("28th", "A380") are not plain.
                plain &= digits_only | !any_digit;
                let kind = if digits_only {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                // "Mr." "U.S." "Calif." keep their period; a lone capital is an initial ("J.").
                if kind == TokenKind::Word && bytes.get(end) == Some(&b'.') {
                    let word = &lower[i..end];
                    let initial = word.len() == 1 && upper;
                    if initial
                        || word.contains('.')
                        || (upper && words.is_abbreviation_at(&lower, Span::new(i, end)))
                    {
                        plain = false;
                        end += 1;
                    }
                }
                let span = Span::new(i, end);
                toks.push(Token {
                    span,
                    kind,
                    cap: kind == TokenKind::Word && upper,
                    plain,
                });
                entries.push(if kind == TokenKind::Word {
                    words.entry_at(&lower, span, wide)
                } else {
                    Entry::default()
                });
                i = past_space(bytes, end);
                continue;
            }
            if c.is_whitespace() {
                i = end;
                continue;
            }
            let mut kind = TokenKind::Punct;
            // "’90s", "'08": an apostrophe that stands for the century.
            if matches!(c, '\'' | '’') && bytes.get(end).is_some_and(u8::is_ascii_digit) {
                while let Some(d) = char_at(text, end).filter(|&d| is_alphanumeric(d)) {
                    end += d.len_utf8();
                }
                kind = TokenKind::Number;
            } else if c == '-' || c == '.' {
                while bytes.get(end) == Some(&(c as u8)) {
                    end += 1;
                }
            }
            toks.push(Token {
                span: Span::new(i, end),
                kind,
                cap: false,
                plain: end == i + c.len_utf8(),
            });
            entries.push(Entry::default());
            i = past_space(bytes, end);
        }
        Tokens {
            text,
            lower,
            toks,
            entry: entries,
        }
    }

    /// The text of token `i`.
    pub(crate) fn str(&self, i: usize) -> &'t str {
        self.toks[i].span.slice(self.text)
    }

    /// The ASCII-lowercased text of token `i`.
    pub(crate) fn low(&self, i: usize) -> &str {
        self.toks[i].span.slice(&self.lower)
    }

    /// The ASCII-lowercased text of a span.
    pub(crate) fn low_span(&self, span: Span) -> &str {
        span.slice(&self.lower)
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The span of token `i`.
    pub(crate) fn span(&self, i: usize) -> Span {
        self.toks[i].span
    }

    /// True when token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
    }

    /// True when token `i` is a word that starts with an uppercase letter.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.toks[i].cap
    }

    /// The closed-class bits of token `i`'s lowercase text: `Words::class` of [`Tokens::low`].
    pub(crate) fn class(&self, i: usize) -> u16 {
        self.entry[i].class
    }

    /// The list entries of the tokens, by token.
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entry
    }

    /// True when token `i`'s lowercase text is listed in `titles.txt`, however it is written.
    pub(crate) fn is_listed_title(&self, i: usize) -> bool {
        self.entry[i].title()
    }

    /// True when token `i`'s lowercase text has one of the class bits in `mask`: `Words::is`
    /// of [`Tokens::low`].
    pub(crate) fn is_class(&self, i: usize, mask: u16) -> bool {
        self.entry[i].class & mask != 0
    }

    /// True when token `i` is the punctuation `p`.
    pub(crate) fn is(&self, i: usize, p: &str) -> bool {
        // Byte by byte: the marks are a few bytes long, shorter than a call to `memcmp`.
        let s = self.str(i).as_bytes();
        s.len() == p.len() && s.iter().zip(p.as_bytes()).all(|(a, b)| a == b)
    }

    /// The index of the first token that starts at or after byte `pos`.
    pub(crate) fn at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < pos)
    }

    /// The token indices that lie inside `span`.
    pub(crate) fn within(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.at_or_after(span.start);
        let b = self.toks.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }
    /// [`Tokens::within`] of each span, for spans in text order (sentences): both ends are
    /// found by walking forward, not by two binary searches per span.
    pub(crate) fn within_each(
        &self,
        spans: impl IntoIterator<Item = Span>,
    ) -> Vec<std::ops::Range<usize>> {
        let t = &self.toks;
        let spans = spans.into_iter();
        let mut out = Vec::with_capacity(spans.size_hint().0);
        // The first token that starts at or after the last span's start, and the first that
        // ends after its end.
        let (mut a, mut b) = (0, 0);
        let mut last = Span::new(0, 0);
        for span in spans {
            if span.start < last.start || span.end < last.end {
                // Out of order: search afresh.
                a = self.at_or_after(span.start);
                b = t.partition_point(|k| k.span.end <= span.end);
            } else if span.start >= last.end {
                // After the last span, as sentences are: every token that ends inside the last
                // one starts before this one, so the walk to its start resumes at the last end.
                a = a.max(b);
            }
            while a < t.len() && t[a].span.start < span.start {
                a += 1;
            }
            while b < t.len() && t[b].span.end <= span.end {
                b += 1;
            }
            out.push(a..b.max(a));
            last = span;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = Words::new().tokenize(text);
        (0..t.len()).map(|i| t.str(i)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(words($text), $want as &[&str]);
            }
        };
    }

    #[test]
    fn is_alphanumeric_is_the_standard_one() {
        assert!((0..=0x10FFFF)
            .filter_map(char::from_u32)
            .all(|c| is_alphanumeric(c) == c.is_alphanumeric()));
    }

    #[test]
    fn alnum_runs_by_eight_bytes_match_a_byte_loop() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        let mut cases: Vec<Vec<u8>> = Vec::new();
        // Every byte value after runs of every length from 0 to 20, letters or digits.
        for len in 0..=20 {
            for &fill in b"a7Z" {
                for &end in &bytes {
                    let mut v = vec![fill; len];
                    v.push(end);
                    v.extend_from_slice(b"xyz12345678");
                    cases.push(v);
                }
            }
        }
        cases.push(b"abc1".to_vec());
        cases.push(b"".to_vec());
        cases.push(b"1234567890123456789".to_vec());
        // A letter or a digit alone at each place of a run of the other.
        for len in 1..=20 {
            for at in 0..len {
                for (fill, odd) in [(b'a', b'5'), (b'7', b'Q')] {
                    let mut v = vec![fill; len];
                    v[at] = odd;
                    v.push(b' ');
                    cases.push(v);
                }
            }
        }
        for v in cases {
            let n = v.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            let letter = v[..n].iter().any(|c| !c.is_ascii_digit());
            let digit = v[..n].iter().any(u8::is_ascii_digit);
            assert_eq!(ascii_alnum_run(&v), (n, letter, digit), "{v:?}");
        }
    }

    #[test]
    fn ends_word_exactly_where_no_word_or_number_runs_on() {
        // Told by the tokenizer itself, not by the table's own recipe: an ASCII byte ends the
        // word at once when neither a word nor a number goes on through it, and a byte that
        // is not ASCII is left to the full test.
        let words = Words::new();
        for b in 0u8..0x80 {
            let c = char::from(b);
            let runs_on = ["ab", "12"].iter().any(|w| {
                let text = format!("{w}{c}{w}");
                let t = words.tokenize(&text);
                t.len() == 0 || t.str(0) != *w
            });
            assert_eq!(ENDS_WORD[usize::from(b)], !runs_on, "{b:#x}");
        }
        assert!((0x80..=0xff).all(|b| !ENDS_WORD[b]));
    }

    #[test]
    fn within_each_is_within_of_each_span() {
        let text = "He said so. Then she left, quickly. Done.";
        let t = Words::new().tokenize(text);
        // In text order, overlapping, empty, past the end, and out of order.
        let spans = [
            (0, 11),
            (12, 35),
            (12, 20),
            (20, 20),
            (36, 41),
            (3, 7),
            (40, 99),
        ]
        .map(|(a, b)| Span::new(a, b));
        let want: Vec<_> = spans.iter().map(|&s| t.within(s)).collect();
        assert_eq!(t.within_each(spans), want);
        // Sentences one after another, the second starting where the first ends.
        let sentences = [(0, 11), (11, 35), (36, 41)].map(|(a, b)| Span::new(a, b));
        assert_eq!(t.within_each(sentences), [0..4, 4..10, 10..12]);
    }

    #[test]
    fn plain_tokens() {
        let text = "Mr. Ann said 2019 28th A380 U.S. don't café “ -- ... x.y 1,999 ’90s , e";
        let t = Words::new().tokenize(text);
        let plain: Vec<&str> = (0..t.len())
            .filter(|&i| t.toks[i].plain)
            .map(|i| t.str(i))
            .collect();
        assert_eq!(plain, ["Ann", "said", "2019", "“", ",", "e"]);
    }

    t!(plain, "He said so.", &["He", "said", "so", "."]);
    t!(
        apostrophes_stay_inside_words,
        "Don't ask Trump’s aides",
        &["Don't", "ask", "Trump’s", "aides"]
    );
    t!(
        abbreviations_keep_their_period,
        "Mr. Smith of Calif. and the U.S. left.",
        &["Mr.", "Smith", "of", "Calif.", "and", "the", "U.S.", "left", "."]
    );
    t!(
        initials,
        "George W. Bush won.",
        &["George", "W.", "Bush", "won", "."]
    );
    t!(
        sentence_final_word_keeps_no_period,
        "She left Tuesday.",
        &["She", "left", "Tuesday", "."]
    );
    t!(
        numbers_and_dashes,
        "It cost 2,383 dollars -- or 7.25 each.",
        &["It", "cost", "2,383", "dollars", "--", "or", "7.25", "each", "."]
    );
    t!(
        quote_marks_are_punctuation,
        "“We won,” she said. 'No'",
        &["“", "We", "won", ",", "”", "she", "said", ".", "'", "No", "'"]
    );
    t!(
        hyphenated_and_trailing_apostrophe,
        "co-founder of the voters’ group",
        &["co-founder", "of", "the", "voters", "’", "group"]
    );
    t!(ellipsis, "it…And", &["it", "…", "And"]);
    t!(decades, "the ’90s and '08", &["the", "’90s", "and", "'08"]);
    t!(dots, "wait... now", &["wait", "...", "now"]);
    t!(
        spaces_of_every_kind_separate,
        " a  b ,\tc\u{a0}d .\n e ",
        &["a", "b", ",", "c", "d", ".", "e"]
    );
}
