//! The crate's error type.

/// Everything that can go wrong at the edges of the library: reading bytes, parsing a date or an
/// option, writing JSON. [`Extractor::extract`](crate::Extractor::extract) itself never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not UTF-8; `offset` is the byte where the first invalid sequence starts.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A publication date that is not a real `YYYY-MM-DD` calendar date.
    #[error("bad publication date {0:?}, expected YYYY-MM-DD")]
    BadDate(String),
    /// An offset unit other than `byte`, `char` or `utf16`.
    #[error("bad offset unit {0:?}, expected byte, char or utf16")]
    BadOffsetUnit(String),
    /// The input is longer than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input of {len} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A span of a graph read back from JSON does not fit the text it is converted against.
    #[error("offset {offset} is not a valid {unit} offset of the text")]
    BadOffset {
        /// The offending offset.
        offset: usize,
        /// The unit it was given in.
        unit: crate::OffsetUnit,
    },
    /// Offsets were asked in another unit of a graph that does not know its text (one read back
    /// from JSON); use [`ClaimGraph::convert_offsets`](crate::ClaimGraph::convert_offsets).
    #[error("the graph does not hold its text; convert its offsets with convert_offsets")]
    NoSourceText,
    /// A graph breaks one of its invariants against a text; see
    /// [`ClaimGraph::check`](crate::ClaimGraph::check).
    #[error("invalid graph: {0}")]
    InvalidGraph(String),
    /// JSON could not be written or read.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl From<std::str::Utf8Error> for Error {
    fn from(e: std::str::Utf8Error) -> Error {
        Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        }
    }
}
