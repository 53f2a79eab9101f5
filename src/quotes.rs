//! Quotations: pairing opening and closing marks, across sentences and paragraphs.

use crate::segment::Segmentation;
use crate::span::Span;

/// One quotation found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// The words inside the quotation marks.
    pub(crate) span: Span,
    /// False when no closing mark was found and the quotation was cut at a paragraph end.
    pub(crate) closed: bool,
}

/// Every quotation in `text`, in text order.
pub(crate) fn find(_text: &str, _seg: &Segmentation) -> Vec<Quotation> {
    Vec::new()
}
