//! One article as the stages after tokenizing read it: the text, its tokens, its segmentation,
//! and the tokens of each sentence, found once for every stage that walks sentence by
//! sentence.

use std::ops::Range;

use crate::segment::Segmentation;
use crate::tokens::Tokens;

/// The shared, read-only view of one article.
pub(crate) struct Article<'a, 't> {
    pub(crate) text: &'t str,
    pub(crate) toks: &'a Tokens<'t>,
    pub(crate) seg: &'a Segmentation,
    /// The tokens of each sentence of `seg`, in the same order.
    pub(crate) sentences: Vec<Range<usize>>,
}

impl<'a, 't> Article<'a, 't> {
    /// The view of `toks` split into the sentences of `seg`.
    pub(crate) fn new(toks: &'a Tokens<'t>, seg: &'a Segmentation) -> Self {
        Article {
            text: toks.text,
            toks,
            seg,
            sentences: toks.within_each(seg.sentences.iter().map(|s| s.span)),
        }
    }
}
