//! Paragraphs, sentences, and the role each sentence plays on the page.
//!
//! ```
//! use claimgraph::segment::{Role, Segmenter};
//!
//! let text = "Talks stall\n\nThe U.S. envoy left at 5 p.m. Monday. “We tried,” he said.";
//! let seg = Segmenter::new().split(text);
//! let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
//! assert_eq!(
//!     sentences,
//!     ["Talks stall", "The U.S. envoy left at 5 p.m. Monday.", "“We tried,” he said."]
//! );
//! assert_eq!(seg.sentences[0].role, Role::Headline);
//! assert_eq!(seg.paragraphs.len(), 2);
//! ```
//!
//! The boundary rules are in `rules.rs` (one linear pass over the bytes, modelled on UAX #29's
//! sentence rules) and `abbrev.rs` (abbreviations, initials); the roles are in `roles.rs`.
//! Every word they need is data under `src/lexicon/`: `abbreviations.txt`,
//! `sentence_words.txt`, `boilerplate.txt` and `captions.txt`.

mod abbrev;
mod chars;
mod phrases;
mod roles;
mod rules;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// What a sentence is on the page. Only `headline`, `subhead` and `body` sentences carry claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The article's title line.
    Headline,
    /// A photo caption or credit.
    Caption,
    /// A short section heading inside the article.
    Subhead,
    /// Running text.
    Body,
    /// Page furniture: navigation, "See also" links, subscription and comment prompts.
    Boilerplate,
}

impl Role {
    /// The name the JSON contract gives the role, as serde writes it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Caption => "caption",
            Role::Subhead => "subhead",
            Role::Body => "body",
            Role::Boilerplate => "boilerplate",
        }
    }
}

/// True for the characters the segmenter may leave outside every sentence: Unicode
/// `White_Space` (what `str::trim` removes) and U+FEFF, the byte-order mark that editors put at
/// the start of files (also the deprecated zero-width no-break space), which is never text.
///
/// ```
/// use claimgraph::segment::is_blank;
/// assert_eq!("\u{feff} Headline\n".trim_matches(is_blank), "Headline");
/// ```
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// One sentence of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    /// The sentence's text, without surrounding whitespace.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Its role on the page.
    pub role: Role,
}

/// The paragraphs and sentences of an article, both in text order.
///
/// Invariant: paragraphs are sorted, disjoint, non-empty and trimmed of [blank](is_blank)
/// characters; sentences are sorted, disjoint, non-empty and trimmed, each lies inside its
/// paragraph, and together they cover every character of the text that is not blank. Every
/// span is on char boundaries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraph spans, without surrounding whitespace.
    pub paragraphs: Vec<Span>,
    /// Sentence spans.
    pub sentences: Vec<SentenceSpan>,
}

/// Splits text into paragraphs and sentences and gives each sentence its role. Build it once
/// (it loads the word lists) and reuse it; it is cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Segmenter {
    words: abbrev::Words,
    furniture: roles::Furniture,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

impl Segmenter {
    /// A segmenter with the built-in word lists.
    pub fn new() -> Segmenter {
        Segmenter {
            words: abbrev::Words::new(),
            furniture: roles::Furniture::new(),
        }
    }

    /// Paragraphs and sentences of `text`, with roles. Linear in the length of `text`.
    ///
    /// Paragraphs are separated by blank lines. A line break ends a sentence (except inside
    /// hard-wrapped prose); so do `.` `!` `?` `…` by UAX #29's rules, adjusted for
    /// abbreviations, initials, numbers, ellipses, lists and quotations.
    pub fn split(&self, text: &str) -> Segmentation {
        let mut layout = rules::scan(text, &self.words, &self.furniture.labels);
        roles::assign(text, &mut layout, &self.furniture, &self.words);
        Segmentation {
            paragraphs: layout.paragraphs,
            sentences: layout.sentences,
        }
    }
}
