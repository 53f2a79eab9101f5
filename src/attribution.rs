//! Claims: who said what, with the cue, content, kind and stance of each.

use serde::{Deserialize, Serialize};

use crate::dates::Timex;
use crate::quotes::Quotation;
use crate::segment::Segmentation;
use crate::span::Span;
use crate::speakers::EntityRecord;

/// How much of a claim's content is quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// The content is entirely a quotation.
    Direct,
    /// Reported speech with no quotation.
    Indirect,
    /// Reported speech that quotes part of the words.
    Mixed,
}

/// What the source does with the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// States it: "said", "added", "reported".
    Assert,
    /// Rejects it: "denied", "refuted".
    Deny,
    /// States it with reserve: "suggested", "believes", "estimated".
    Hedge,
    /// Declines to say: "refused to comment", "declined to".
    Refuse,
    /// Asks it: "asked", "wondered".
    Ask,
    /// Commits to it: "promised", "vowed", "pledged".
    Promise,
}

/// How two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    /// The first claim rejects the second.
    Denies,
    /// The first claim confirms the second.
    Confirms,
    /// The first claim says the second again.
    Repeats,
}

/// One attributed claim, pointing into the other stages' outputs by index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub(crate) kind: ClaimKind,
    /// Index into the entities.
    pub(crate) source: Option<usize>,
    pub(crate) source_mention: Option<Span>,
    /// The cue span and its lemma.
    pub(crate) cue: Option<(Span, &'static str)>,
    pub(crate) stance: Stance,
    pub(crate) content: Span,
    /// Indices into the quotations.
    pub(crate) quotes: Vec<usize>,
    /// Index into the entities.
    pub(crate) recipient: Option<usize>,
    /// Index into the entities.
    pub(crate) medium: Option<usize>,
    /// Indices into the dates.
    pub(crate) dates: Vec<usize>,
    /// Index into the dates.
    pub(crate) said_on: Option<usize>,
    /// Index into the sentences.
    pub(crate) sentence: usize,
}

/// A relation between two attributions, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    pub(crate) kind: RelationKind,
    pub(crate) from: usize,
    pub(crate) to: usize,
}

/// Every attributed claim in the text, and the relations between them. May add entities (a
/// recipient such as "reporters" that the speaker stage did not list).
pub(crate) fn find(
    _text: &str,
    _seg: &Segmentation,
    _quotes: &[Quotation],
    _entities: &mut Vec<EntityRecord>,
    _dates: &[Timex],
) -> (Vec<Attribution>, Vec<Link>) {
    (Vec::new(), Vec::new())
}
