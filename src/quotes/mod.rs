//! Quotations: pairing opening and closing marks, across sentences and paragraphs.
//!
//! Double marks pair first, paragraph by paragraph. A paragraph that opens a quotation and does
//! not close it continues into the next paragraph when that one opens with a quotation mark (the
//! news convention for a quotation that runs over several paragraphs); otherwise the quotation
//! stops at its paragraph's end and is flagged unclosed, so one stray mark never swallows the
//! rest of the article. Single marks pair inside what is left: at the top level they are
//! quotations (headlines, British style), inside a double quotation they are a quote within
//! the quote and are not listed.

mod marks;

use crate::hash::FastSet;

use marks::{Dir, Mark};

use crate::lexicon;
use crate::segment::Segmentation;
use crate::span::Span;

/// One quotation found in the text. A quotation that runs over several paragraphs comes as one
/// piece per paragraph, linked by `chain`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// The words inside the quotation marks.
    pub(crate) span: Span,
    /// False when no closing mark was found and the quotation was cut at a paragraph end.
    pub(crate) closed: bool,
    /// The opening mark.
    pub(crate) open: Span,
    /// The closing mark, when this piece has one.
    pub(crate) close: Option<Span>,
    /// Index of the first piece of the quotation this piece belongs to (its own index when the
    /// quotation fits in one paragraph).
    pub(crate) chain: usize,
    /// True when the quotation reads as the title of a work ("his book “War,”") or another
    /// name, not as words someone spoke.
    pub(crate) title: bool,
    /// True for a pair of single marks.
    pub(crate) single: bool,
}

impl Quotation {
    /// The quotation with its marks.
    pub(crate) fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.span.end, |c| c.end))
    }
}

/// Finds quotations. Build it once and reuse it.
#[derive(Debug)]
pub(crate) struct QuoteFinder {
    /// Nouns and verbs after which a quotation names a work or a thing ("book", "titled").
    title_words: FastSet<&'static str>,
}

impl QuoteFinder {
    /// A finder with its word list loaded.
    pub(crate) fn new() -> QuoteFinder {
        QuoteFinder {
            title_words: lexicon::entries(include_str!("../lexicon/title_words.txt"))
                .map(|e| e[0])
                .collect(),
        }
    }

    /// Every quotation in `text`, in text order.
    pub(crate) fn find(&self, text: &str, seg: &Segmentation) -> Vec<Quotation> {
        // Room for a quotation per paragraph, more than most articles hold (about one per
        // two paragraphs), so that the list is not copied as it grows.
        let mut out: Vec<Quotation> = Vec::with_capacity(seg.paragraphs.len());
        // The first piece of a double quotation that the previous paragraph left open and that
        // goes on in this one.
        let mut carried: Option<usize> = None;
        // Reused from paragraph to paragraph: most hold a mark or two.
        let (mut marks, mut pieces, mut singles) = (Vec::new(), Vec::new(), Vec::new());
        for (p, &para) in seg.paragraphs.iter().enumerate() {
            marks::find(text, para, &mut marks);
            let mut rest = &marks[..];
            pieces.clear();
            singles.clear();
            // The open double mark, and the first piece of its chain when it continues one.
            let mut open: Option<(Span, Option<usize>)> = None;
            if let Some(first) = carried.take() {
                if let Some(m) = rest.first().filter(|m| m.double && m.dir != Dir::Close) {
                    open = Some((m.span, Some(first)));
                    rest = &rest[1..];
                }
            }
            for m in rest {
                if !m.double {
                    if open.is_none() {
                        singles.push(*m);
                    }
                    continue;
                }
                match open {
                    None if m.dir != Dir::Close => open = Some((m.span, None)),
                    None => {}
                    Some((o, first)) => {
                        // An opening mark while a quotation is open: the earlier one was never
                        // closed.
                        let reopen = m.dir == Dir::Open;
                        let end = if reopen {
                            trim_end(text, o.end, m.span.start)
                        } else {
                            m.span.start
                        };
                        pieces.push(piece(o, end, (!reopen).then_some(m.span), first));
                        if let Some(first) = first {
                            set_closed(&mut out, first, !reopen);
                        }
                        open = reopen.then_some((m.span, None));
                    }
                }
            }
            let mut ends_open: Option<(bool, Option<usize>)> = None;
            if let Some((o, first)) = open {
                let goes_on = seg
                    .paragraphs
                    .get(p + 1)
                    .is_some_and(|next| opens_with_mark(text, *next));
                let mut q = piece(o, trim_end(text, o.end, para.end), None, first);
                q.closed = goes_on;
                pieces.push(q);
                ends_open = Some((goes_on, first));
            }
            pair_singles(text, &singles, &mut pieces);
            pieces.sort_by_key(|q| q.span.start);
            let base = out.len();
            for (i, mut q) in pieces.drain(..).enumerate() {
                if q.chain == usize::MAX {
                    q.chain = base + i;
                }
                out.push(q);
            }
            if let Some((goes_on, first)) = ends_open {
                // The open piece is the last double piece of the paragraph.
                let last = out.iter().rposition(|q| !q.single).unwrap_or(base);
                let chain = first.unwrap_or(out[last].chain);
                if goes_on {
                    carried = Some(chain);
                } else {
                    set_closed(&mut out, chain, false);
                }
            }
        }
        self.mark_titles(text, &mut out);
        out
    }

    /// Flags quotations that name a work or a thing rather than report words.
    fn mark_titles(&self, text: &str, out: &mut [Quotation]) {
        for q in out.iter_mut() {
            // The word right before the opening mark, with only spaces between: "book “War”".
            let before = text[..q.open.start].trim_end_matches([' ', '\u{a0}']);
            let from = before
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
                .last()
                .map_or(before.len(), |(k, _)| k);
            let word = &before[from..];
            // Lowercased on the stack: every listed word is short.
            let mut buf = [0u8; 32];
            let after_title_word = buf.get_mut(..word.len()).is_some_and(|low| {
                low.copy_from_slice(word.as_bytes());
                low.make_ascii_lowercase();
                std::str::from_utf8(low)
                    .is_ok_and(|w| !w.is_empty() && self.title_words.contains(w))
            });
            q.title = after_title_word || is_title_case_name(q.span.slice(text));
        }
    }
}

/// True when a quotation is a short run of capitalized words with no sentence punctuation,
/// like the name of a show or a slogan ("Saturday Night Live").
fn is_title_case_name(s: &str) -> bool {
    let s = s.trim_end_matches([',', '.']);
    const SMALL: &[&str] = &["of", "the", "a", "an", "and", "for", "in", "on", "to", "at"];
    // Asked of every quotation, most of them long sentences: the words are read only until
    // one fails, and the punctuation is looked for only in a run that passes.
    let (mut words, mut last_cap) = (0, false);
    for w in s.split_whitespace() {
        words += 1;
        last_cap = w.starts_with(char::is_uppercase);
        if words > 6 || !(last_cap || SMALL.contains(&w)) {
            return false;
        }
    }
    words >= 2
        && last_cap
        && !s
            .bytes()
            .any(|b| matches!(b, b'.' | b'!' | b'?' | b',' | b';' | b':'))
}

/// A double-quotation piece from its opening mark to `end`; `chain` is `usize::MAX` until the
/// piece gets its index, unless it continues the chain that starts at `first`.
fn piece(open: Span, end: usize, close: Option<Span>, first: Option<usize>) -> Quotation {
    Quotation {
        span: Span::new(open.end, end.max(open.end)),
        closed: close.is_some(),
        open,
        close,
        chain: first.unwrap_or(usize::MAX),
        title: false,
        single: false,
    }
}

/// Sets `closed` on every piece of the chain that starts at `first`.
fn set_closed(out: &mut [Quotation], first: usize, closed: bool) {
    for q in out.iter_mut().skip(first) {
        if q.chain == first && !q.single {
            q.closed = closed;
        }
    }
}

/// True when the paragraph's first character is an opening double mark.
fn opens_with_mark(text: &str, para: Span) -> bool {
    let s = para.slice(text);
    s.starts_with(['“', '"', '„', '«']) || s.starts_with("''") || s.starts_with("``")
}

/// `end` moved back over whitespace, not before `start`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end().len()
}

/// Pairs single marks outside double quotations; each pair is a quotation (its `chain` still
/// to be set).
fn pair_singles(text: &str, singles: &[Mark], out: &mut Vec<Quotation>) {
    let mut open: Option<Span> = None;
    for m in singles {
        match (open, m.dir) {
            (None, Dir::Open) => open = Some(m.span),
            (Some(_), Dir::Open) => open = Some(m.span),
            (Some(o), _) => {
                if text[o.end..m.span.start].trim().is_empty() {
                    open = None;
                    continue;
                }
                out.push(Quotation {
                    span: Span::new(o.end, m.span.start),
                    closed: true,
                    open: o,
                    close: Some(m.span),
                    chain: usize::MAX,
                    title: false,
                    single: true,
                });
                open = None;
            }
            (None, _) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// Each quotation as (text inside the marks, closed, title).
    fn quotes(text: &str) -> Vec<(String, bool, bool)> {
        let seg = Segmenter::new().split(text);
        QuoteFinder::new()
            .find(text, &seg)
            .into_iter()
            .map(|q| (q.span.slice(text).to_string(), q.closed, q.title))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($q:expr, $closed:expr, $title:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, bool, bool)> = vec![$(($q.to_string(), $closed, $title)),*];
                assert_eq!(quotes($text), want);
            }
        };
    }

    t!(curly_pair, "He said “yes” twice.", [("yes", true, false)]);
    t!(
        straight_pair,
        "He said \"no\" twice.",
        [("no", true, false)]
    );
    t!(
        doubled_apostrophes,
        "''We won,'' he said.",
        [("We won,", true, false)]
    );
    t!(
        across_sentences,
        "“We won. We celebrated,” she said.",
        [("We won. We celebrated,", true, false)]
    );
    t!(
        two_quotes_in_a_sentence,
        "“Go,” he said, “now.”",
        [("Go,", true, false), ("now.", true, false)]
    );
    t!(
        paragraph_goes_on_when_the_next_opens_with_a_mark,
        "“The first part.\n\n“The second part,” he said.",
        [
            ("The first part.", true, false),
            ("The second part,", true, false)
        ]
    );
    t!(
        unclosed_quote_stops_at_its_paragraph,
        "“This never ends.\n\nThe next paragraph is plain. “Short,” she said.",
        [("This never ends.", false, false), ("Short,", true, false)]
    );
    t!(
        a_new_opening_mark_ends_an_unclosed_quote,
        "“First and “second” here.",
        [("First and", false, false), ("second", true, false)]
    );
    t!(
        apostrophes_are_not_marks,
        "Don't mind Trump’s ’90s rock 'n' roll, y'all.",
        []
    );
    t!(
        plural_possessive_is_not_a_mark,
        "The voters’ choice was clear.",
        []
    );
    t!(
        single_quotes_in_a_headline,
        "Mayor: 'We will rebuild'\n\nThe city was flooded.",
        [("We will rebuild", true, false)]
    );
    t!(
        single_quotes_inside_double_are_part_of_it,
        "“He told me ‘no’ twice,” she said.",
        [("He told me ‘no’ twice,", true, false)]
    );
    t!(
        book_title,
        "In his book “Harbor,” he argued for ports.",
        [("Harbor,", true, true)]
    );
    t!(
        show_name,
        "He appeared on “Meet the Press” often.",
        [("Meet the Press", true, true)]
    );
    t!(
        straight_marks_typed_backwards,
        "She called it “abhorrent“ in a post.",
        [("abhorrent", true, false)]
    );

    #[test]
    fn title_case_names() {
        let cases = [
            ("Saturday Night Live", true),
            ("Live at the Apollo.", true),
            ("Meet the Press,", true),
            ("Meet the press", false),
            ("Tonight", false),
            ("One Two Three Four Five Six", true),
            ("One Two Three Four Five Six Seven", false),
            ("We Won, Again", false),
            ("Yes We Can!", false),
            ("Back to Work: Now", false),
            ("", false),
        ];
        for (s, want) in cases {
            assert_eq!(is_title_case_name(s), want, "{s}");
        }
    }

    #[test]
    fn pieces_of_one_quotation_share_a_chain() {
        let text = "“One.\n\n“Two.\n\n“Three,” he said. “Four.”";
        let seg = Segmenter::new().split(text);
        let q = QuoteFinder::new().find(text, &seg);
        let chains: Vec<usize> = q.iter().map(|q| q.chain).collect();
        assert_eq!(chains, [0, 0, 0, 3]);
        assert!(q.iter().all(|q| q.closed));
    }
}
