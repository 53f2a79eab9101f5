//! The knobs of an [`Extractor`](crate::Extractor), all in one value.

use crate::dates::Date;

/// Settings for an [`Extractor`](crate::Extractor).
///
/// `Options::default()` gives the behaviour of the JSON contract: no publication date (dates
/// whose year depends on it keep `X` digits, as in `XXXX-06-14`) and no input limit. The struct
/// is `#[non_exhaustive]` so that fields can be added; set them one by one:
///
/// ```
/// let mut options = claimgraph::Options::default();
/// options.publication_date = Some("2025-02-10".parse()?);
/// options.max_input_bytes = Some(10 << 20);
/// let extractor = claimgraph::Extractor::new(options);
/// # let _ = extractor;
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date the article was published. Relative dates ("on Sunday", "last year") resolve
    /// against it. [`Extractor::extract_with_date`](crate::Extractor::extract_with_date)
    /// overrides it for one call.
    pub publication_date: Option<Date>,
    /// The longest input, in bytes, that
    /// [`Extractor::try_extract`](crate::Extractor::try_extract) accepts before it returns
    /// [`Error::InputTooLarge`](crate::Error::InputTooLarge). `None`, the default, sets no limit:
    /// the work is linear in the input, so the limit is about a caller's memory budget, not
    /// about safety.
    pub max_input_bytes: Option<usize>,
}
