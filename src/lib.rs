//! claimgraph reads an English news article and returns a typed graph of who claimed what,
//! when: speakers, direct quotes, reported speech, dates, and how they connect.
//!
//! ```
//! let text = "Talks went on. “We are making progress,” Mayor Ana Ruiz said on Sunday.";
//! let graph = claimgraph::extract(text);
//! let claim = &graph.claims[0];
//! assert_eq!(graph.entities[claim.source.unwrap().0].name, "Ana Ruiz");
//! println!("{}", graph.to_json(claimgraph::OffsetUnit::Char)?);
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! # Overview
//!
//! - [`Extractor`] holds every compiled pattern and word list. Build it once from [`Options`],
//!   then call [`Extractor::extract`] on as many articles as you like, from as many threads as
//!   you like. [`extract`] is the one-line shortcut with default options.
//! - [`Options`] holds the knobs: the publication date that relative dates resolve against, and
//!   an input size limit.
//! - [`ClaimGraph`] is the result: sentences with their role on the page, entities with their
//!   mentions, dates with TIMEX3 values, quotes, and claims that link them. It serializes to the
//!   JSON contract `claimgraph/1` and deserializes back into the same types.
//! - [`Span`] is a plain `start..end` of byte offsets; every span the library produces slices
//!   the input on char boundaries.
//! - [`Error`] is returned only at the edges: bytes that are not UTF-8, a bad date, JSON I/O.
//!
//! The pipeline runs one module per stage: [`segment`] (paragraphs, sentences, roles), then
//! quotations, speakers, [`dates`], attribution, and the graph builder.
//!
//! # Offsets
//!
//! Inside the graph made by [`Extractor::extract`], offsets are UTF-8 bytes. [`ClaimGraph::to_json`]
//! writes them in the unit a consumer slices by: bytes (Rust), Unicode scalar values (Python) or
//! UTF-16 code units (JavaScript). In every unit, the text sliced at a span's offsets is the
//! span's `text`.
//!
//! # Performance
//!
//! Building an [`Extractor`] compiles patterns and word lists; extraction itself compiles
//! nothing. `Extractor` is `Clone + Send + Sync` and clones share their compiled state, so give
//! each thread a clone, or share one by reference. Every stage is linear in the input.
//!
//! # Limits
//!
//! English only; rule-based, so it knows the constructions its rules and word lists describe.
//! See the README's known limits.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The README's examples run as doctests, so the README cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod article;
mod attribution;
mod check;
pub mod dates;
mod error;
mod graph;
mod hash;
mod json;
mod lexicon;
mod options;
mod quotes;
pub mod segment;
mod span;
mod speakers;
mod swar;
mod tokens;
mod words;
mod wordtable;

use std::sync::{Arc, OnceLock};

pub use attribution::{ClaimKind, RelationKind, Stance};
pub use dates::{Date, TimexMod, TimexType};
pub use error::Error;
pub use graph::{
    Claim, ClaimGraph, ClaimId, Cue, DateId, Entity, EntityId, Quote, QuoteId, Relation, Schema,
    Sentence, SentenceId, TextSpan, TimeExpr, SCHEMA,
};
pub use options::Options;
pub use segment::Role;
pub use span::{OffsetUnit, Span};
pub use speakers::EntityKind;

/// Extracts claim graphs. Build it once; it is cheap to clone and safe to share across threads.
///
/// ```
/// use claimgraph::{Extractor, Options, OffsetUnit};
///
/// let extractor = Extractor::new(Options::default());
/// let date = "2025-02-10".parse()?;
/// let graph = extractor.extract_with_date("Officials met on Sunday.", Some(date));
/// assert_eq!(graph.publication_date, Some(date));
/// let json = graph.to_json(OffsetUnit::Byte)?;
/// assert!(json.starts_with(r#"{"schema":"claimgraph/1""#));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    options: Options,
    segmenter: segment::Segmenter,
    dates: dates::DateFinder,
    words: words::Words,
    quotes: quotes::QuoteFinder,
    speakers: speakers::Speakers,
    attributor: attribution::Attributor,
}

impl Extractor {
    /// An extractor with every pattern compiled and every word list loaded.
    pub fn new(options: Options) -> Extractor {
        let dates = dates::DateFinder::new();
        let mut words = words::Words::new();
        dates.mark_shared(&mut words);
        Extractor {
            inner: Arc::new(Inner {
                options,
                segmenter: segment::Segmenter::new(),
                dates,
                quotes: quotes::QuoteFinder::new(),
                speakers: speakers::Speakers::new(&words),
                attributor: attribution::Attributor::new(&mut words),
                words,
            }),
        }
    }

    /// The options it was built with.
    pub fn options(&self) -> &Options {
        &self.inner.options
    }

    /// The claim graph of `text`, with relative dates resolved against
    /// [`Options::publication_date`].
    ///
    /// Never panics. Input over [`Options::max_input_bytes`] gives an empty graph; use
    /// [`Extractor::try_extract`] to get an error instead.
    pub fn extract<'t>(&self, text: &'t str) -> ClaimGraph<'t> {
        self.extract_with_date(text, self.inner.options.publication_date)
    }

    /// Like [`Extractor::extract`], with `date` as the publication date for this call.
    pub fn extract_with_date<'t>(&self, text: &'t str, date: Option<Date>) -> ClaimGraph<'t> {
        if self.check_size(text.len()).is_err() {
            return ClaimGraph::empty(date);
        }
        self.run(text, date)
    }

    /// Like [`Extractor::extract_with_date`], but input over [`Options::max_input_bytes`] is
    /// [`Error::InputTooLarge`].
    pub fn try_extract<'t>(
        &self,
        text: &'t str,
        date: Option<Date>,
    ) -> Result<ClaimGraph<'t>, Error> {
        self.check_size(text.len())?;
        Ok(self.run(text, date))
    }

    /// The claim graph of raw bytes, which must be UTF-8. A leading byte-order mark is kept in
    /// the text (offsets count it), as it is part of the input.
    pub fn extract_bytes<'t>(
        &self,
        bytes: &'t [u8],
        date: Option<Date>,
    ) -> Result<ClaimGraph<'t>, Error> {
        let text = std::str::from_utf8(bytes)?;
        self.try_extract(text, date)
    }

    fn check_size(&self, len: usize) -> Result<(), Error> {
        match self.inner.options.max_input_bytes {
            Some(limit) if len > limit => Err(Error::InputTooLarge { len, limit }),
            _ => Ok(()),
        }
    }

    fn run<'t>(&self, text: &'t str, date: Option<Date>) -> ClaimGraph<'t> {
        let inner = &*self.inner;
        let segmentation = inner.segmenter.split(text);
        let toks = inner.words.tokenize(text);
        let dates = inner.dates.find_in(&toks, &segmentation, date);
        let quotes = inner.quotes.find(text, &segmentation);
        let article = article::Article::new(&toks, &segmentation);
        let mut people = inner.speakers.find(&article, &inner.words, &quotes);
        let (attributions, links) =
            inner
                .attributor
                .find(&article, &inner.words, &quotes, &mut people, &dates);
        graph::build(
            text,
            date,
            graph::Stages {
                segmentation,
                dates,
                quotes,
                entities: people.entities,
                attributions,
                links,
            },
        )
    }
}

/// The claim graph of `text` with default [`Options`] (no publication date), using an
/// [`Extractor`] built on first use and shared afterwards.
pub fn extract(text: &str) -> ClaimGraph<'_> {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT
        .get_or_init(|| Extractor::new(Options::default()))
        .extract(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_clone_send_sync() {
        fn assert_traits<T: Clone + Send + Sync + 'static>() {}
        assert_traits::<Extractor>();
        assert_traits::<ClaimGraph<'static>>();
    }
}
