//! Character classes the boundary rules are written in (after UAX #29's sentence classes).

/// Whitespace for trimming and for telling blank lines apart: see [`super::is_blank`].
pub(super) fn is_space(c: char) -> bool {
    super::is_blank(c)
}

/// Whitespace that does not break a line (UAX #29 `Sp`).
pub(super) fn is_inline_space(c: char) -> bool {
    is_space(c) && line_break(c).is_none()
}

/// What a line-breaking character does: `Some(false)` ends a line, `Some(true)` ends a
/// paragraph on its own (U+2029 PARAGRAPH SEPARATOR, and the form feed of page breaks).
pub(super) fn line_break(c: char) -> Option<bool> {
    match c {
        '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{000B}' => Some(false),
        '\u{2029}' | '\u{000C}' => Some(true),
        _ => None,
    }
}

/// Marks that close a sentence's last clause after its terminator (UAX #29 `Close`, plus the
/// quotation marks English uses on either side).
pub(super) fn is_close(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '“' | '»' | '›' | '」' | '』' | '）'
    )
}

/// Marks that may stand before a sentence's first word.
pub(super) fn is_open(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '¿' | '¡' | '*' | '_'
    )
}

/// Dashes, which may stand between a terminator and the next word.
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '−')
}

/// Sentence terminators other than the period (UAX #29 `STerm`, the ones seen in English).
pub(super) fn is_sterm(c: char) -> bool {
    matches!(
        c,
        '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' | '！' | '？' | '。' | '｡'
    )
}

/// Clause punctuation after which a terminator never ends the sentence (UAX #29 `SContinue`).
pub(super) fn is_continue(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '，' | '；' | '：')
}

/// List bullets: each opens an item of its own.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '◦' | '⁃' | '▪' | '▫' | '●' | '■' | '□' | '◆' | '►' | '▶'
    )
}

/// The character that starts at byte `i` of `text`, if `i` is on a boundary inside it.
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character that ends at byte `i` of `text`.
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The first byte at or after `i` that is not inline whitespace.
pub(super) fn skip_inline_space(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            x if x < 0x80 => break,
            _ => match char_at(text, i) {
                Some(c) if is_inline_space(c) => i += c.len_utf8(),
                _ => break,
            },
        }
    }
    i
}

/// The first byte at or after `i` that is not a closing mark.
pub(super) fn skip_close(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !is_close(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// `start..end` shrunk to exclude surrounding whitespace (possibly empty).
pub(super) fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while start < end {
        match b[start] {
            b' ' | b'\t' | b'\n' | b'\r' => start += 1,
            x if x < 0x80 => break,
            _ => match char_at(text, start) {
                Some(c) if is_space(c) => start += c.len_utf8(),
                _ => break,
            },
        }
    }
    while end > start {
        match b[end - 1] {
            b' ' | b'\t' | b'\n' | b'\r' => end -= 1,
            x if x < 0x80 => break,
            _ => match char_before(text, end) {
                Some(c) if is_space(c) => end -= c.len_utf8(),
                _ => break,
            },
        }
    }
    (start, end)
}

/// How the next word begins, which decides most boundaries (UAX #29 rule SB8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Next {
    /// A lower-case letter: the sentence goes on.
    Lower,
    /// An upper- or title-case letter.
    Upper,
    /// A digit.
    Digit,
    /// Anything else: a symbol, a letter without case, or nothing.
    Other,
}

/// The next word at or after `i`: its class, where it starts, and the word itself (its
/// leading letters). Opening quotes, brackets and dashes before it are skipped, a few of them
/// at most.
pub(super) fn next_word(text: &str, mut i: usize) -> (Next, usize, &str) {
    for _ in 0..6 {
        match char_at(text, i) {
            Some(c) if is_open(c) => i += c.len_utf8(),
            Some(c) if is_dash(c) => i = skip_inline_space(text, i + c.len_utf8()),
            _ => break,
        }
    }
    let Some(c) = char_at(text, i) else {
        return (Next::Other, i, "");
    };
    let class = if c.is_lowercase() {
        Next::Lower
    } else if c.is_uppercase() {
        Next::Upper
    } else if c.is_ascii_digit() {
        Next::Digit
    } else {
        Next::Other
    };
    let rest = &text[i..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    (class, i, &rest[..len])
}

/// The largest char boundary of `text` at or below `i`.
pub(super) fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
