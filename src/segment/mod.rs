//! Paragraphs, sentences, and the role each sentence plays on the page.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;
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
/// Invariant: sentences are sorted, disjoint, never empty, and each lies inside its paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraph spans, without surrounding whitespace.
    pub paragraphs: Vec<Span>,
    /// Sentence spans.
    pub sentences: Vec<SentenceSpan>,
}

/// Splits text into paragraphs and sentences. Build it once and reuse it.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    /// Abbreviations after which a period never ends a sentence.
    no_break: HashSet<&'static str>,
}

impl Segmenter {
    /// A segmenter with the built-in word lists.
    pub fn new() -> Segmenter {
        let no_break = lexicon::entries(include_str!("../lexicon/abbreviations.txt"))
            .filter(|e| matches!(e.get(1), Some(&"title") | Some(&"prefix")))
            .map(|e| e[0])
            .collect();
        Segmenter { no_break }
    }

    /// True when `piece` ends with an abbreviation that never ends a sentence.
    fn ends_without_break(&self, piece: &str) -> bool {
        let last = piece
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        self.no_break.contains(last)
    }

    /// Paragraphs and sentences of `text`.
    pub fn split(&self, text: &str) -> Segmentation {
        let mut seg = Segmentation::default();
        for para in paragraphs(text) {
            let p = seg.paragraphs.len();
            seg.paragraphs.push(para);
            for (off, s) in para.slice(text).split_sentence_bound_indices() {
                let trimmed = s.trim();
                if trimmed.is_empty() {
                    continue;
                }
                let start = para.start + off + (s.len() - s.trim_start().len());
                if let Some(prev) = seg.sentences.last_mut() {
                    if prev.paragraph == p && self.ends_without_break(prev.span.slice(text)) {
                        prev.span.end = start + trimmed.len();
                        continue;
                    }
                }
                seg.sentences.push(SentenceSpan {
                    span: Span::new(start, start + trimmed.len()),
                    paragraph: p,
                    role: Role::Body,
                });
            }
        }
        seg
    }
}

/// Paragraph spans: runs of text separated by lines that hold only whitespace.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim();
        if content.is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, last_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            last_end = pos + lead + content.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_end));
    }
    out
}
