//! The claim graph: the types of the JSON contract `claimgraph/1`, and their assembly from the
//! outputs of the pipeline's stages.
//!
//! Every type here derives `Serialize` and `Deserialize`: serializing a [`ClaimGraph`] gives the
//! contract's JSON object, and a consumer reads that JSON back into the same types. Text fields
//! are `Cow<'t, str>`: borrowed from the input when the library extracts them, owned when they
//! are read back from JSON.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::attribution::{Attribution, ClaimKind, Link, RelationKind, Stance};
use crate::dates::{Date, Timex, TimexMod, TimexType};
use crate::quotes::Quotation;
use crate::segment::{Role, Segmentation};
use crate::span::{OffsetUnit, Span};
use crate::speakers::{EntityKind, EntityRecord};

/// The schema name written in every graph: `claimgraph/1`.
pub const SCHEMA: &str = "claimgraph/1";

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        ///
        /// Serialized as the prefix followed by the index, in text order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub usize);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // Written into a buffer rather than through `fmt`: a graph holds many ids.
                let mut buf = [0u8; 24];
                let mut at = buf.len();
                let mut n = self.0;
                loop {
                    at -= 1;
                    buf[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                at -= $prefix.len();
                buf[at..at + $prefix.len()].copy_from_slice($prefix.as_bytes());
                match std::str::from_utf8(&buf[at..]) {
                    Ok(id) => s.serialize_str(id),
                    Err(_) => s.collect_str(self),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let s = <Cow<'de, str>>::deserialize(d)?;
                s.strip_prefix($prefix)
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|n| n.parse().ok())
                    .map($name)
                    .ok_or_else(|| {
                        serde::de::Error::custom(format!(concat!("expected an id like ", $prefix, "0, got {:?}"), s))
                    })
            }
        }
    };
}

id_type!(
    /// Id of a [`Sentence`]: `s0`, `s1`, ...
    SentenceId,
    "s"
);
id_type!(
    /// Id of an [`Entity`]: `e0`, `e1`, ...
    EntityId,
    "e"
);
id_type!(
    /// Id of a [`TimeExpr`]: `d0`, `d1`, ...
    DateId,
    "d"
);
id_type!(
    /// Id of a [`Quote`]: `q0`, `q1`, ...
    QuoteId,
    "q"
);
id_type!(
    /// Id of a [`Claim`]: `c0`, `c1`, ...
    ClaimId,
    "c"
);

/// The schema tag of a graph. It serializes as `"claimgraph/1"` and refuses any other value when
/// read back, so a consumer never mistakes a future schema for this one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Schema;

impl Serialize for Schema {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(SCHEMA)
    }
}

impl<'de> Deserialize<'de> for Schema {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Schema, D::Error> {
        let s = <Cow<'de, str>>::deserialize(d)?;
        if s == SCHEMA {
            Ok(Schema)
        } else {
            Err(serde::de::Error::custom(format!(
                "unsupported schema {s:?}, expected {SCHEMA:?}"
            )))
        }
    }
}

/// A stretch of the text with its content.
///
/// Invariant: `text` equals the input sliced from `start` to `end` in the graph's
/// [`OffsetUnit`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan<'t> {
    /// Start offset.
    pub start: usize,
    /// End offset, excluded.
    pub end: usize,
    /// The covered text.
    pub text: Cow<'t, str>,
}

impl<'t> TextSpan<'t> {
    fn of(text: &'t str, span: Span) -> TextSpan<'t> {
        TextSpan {
            start: span.start,
            end: span.end,
            text: Cow::Borrowed(span.slice(text)),
        }
    }

    /// The offsets as a [`Span`] (in the graph's unit).
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A sentence of the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// `s` + index.
    pub id: SentenceId,
    /// Start offset.
    pub start: usize,
    /// End offset, excluded.
    pub end: usize,
    /// Index of its paragraph, from 0.
    pub paragraph: usize,
    /// What it is on the page.
    pub role: Role,
}

/// A person, organization, outlet, place or group, with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity<'t> {
    /// `e` + index; entities are ordered by their first mention.
    pub id: EntityId,
    /// What sort of entity it is.
    pub kind: EntityKind,
    /// The fullest name seen.
    pub name: Cow<'t, str>,
    /// Titles and roles seen attached to it ("U.S. President").
    pub titles: Vec<Cow<'t, str>>,
    /// Every mention, in text order, including pronouns resolved to it.
    pub mentions: Vec<TextSpan<'t>>,
}

/// A temporal expression, resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr<'t> {
    /// `d` + index.
    pub id: DateId,
    /// Start offset.
    pub start: usize,
    /// End offset, excluded.
    pub end: usize,
    /// The expression as written: "on Sunday".
    pub text: Cow<'t, str>,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: "2025-02-09".
    pub value: Cow<'t, str>,
    /// TIMEX3 modifier.
    #[serde(rename = "mod")]
    pub modifier: Option<TimexMod>,
    /// True for the article's dateline or publication stamp; written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dateline: bool,
}

/// A direct quotation: the words inside the quotation marks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote<'t> {
    /// `q` + index.
    pub id: QuoteId,
    /// Start offset, just after the opening mark.
    pub start: usize,
    /// End offset, at the closing mark.
    pub end: usize,
    /// The quoted words.
    pub text: Cow<'t, str>,
    /// The entity that spoke them, when known.
    pub speaker: Option<EntityId>,
    /// False when the quotation never closes; it then ends at its paragraph's end.
    /// (An addition to `claimgraph/1`; absent means `true`.)
    #[serde(default = "yes")]
    pub closed: bool,
}

fn yes() -> bool {
    true
}

/// The cue of a claim: the words that mark it as attributed ("said", "according to").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue<'t> {
    /// Start offset.
    pub start: usize,
    /// End offset, excluded.
    pub end: usize,
    /// The cue as written: "added".
    pub text: Cow<'t, str>,
    /// Its dictionary form: "add".
    pub lemma: Cow<'t, str>,
}

/// An attributed claim: who claimed what, how, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim<'t> {
    /// `c` + index; claims are ordered by content start.
    pub id: ClaimId,
    /// Direct, indirect or mixed speech.
    pub kind: ClaimKind,
    /// The entity that made the claim.
    pub source: Option<EntityId>,
    /// The source as written in this claim: "He".
    pub source_mention: Option<TextSpan<'t>>,
    /// The attribution cue.
    pub cue: Option<Cue<'t>>,
    /// What the source does with the content.
    pub stance: Stance,
    /// What was claimed.
    pub content: TextSpan<'t>,
    /// Quotes inside the content.
    pub quotes: Vec<QuoteId>,
    /// Who it was said to: "told TASS", "informed reporters".
    pub recipient: Option<EntityId>,
    /// Where it was said: "in an interview with NBC News".
    pub medium: Option<EntityId>,
    /// Dates inside the content.
    pub dates: Vec<DateId>,
    /// When the claim was made.
    pub said_on: Option<DateId>,
    /// The sentence where the cue (or, without a cue, the content) starts.
    pub sentence: SentenceId,
}

/// A relation between two claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The claim that denies, confirms or repeats.
    pub from: ClaimId,
    /// The claim it is about.
    pub to: ClaimId,
}

/// The input text a graph was extracted from, kept so the graph can convert its offsets. It
/// takes no part in comparisons, debug output or serialization.
#[derive(Clone, Copy, Default)]
pub(crate) struct SourceText<'t>(pub(crate) Option<&'t str>);

impl PartialEq for SourceText<'_> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for SourceText<'_> {}

impl fmt::Debug for SourceText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SourceText")
    }
}

/// Who claimed what, when, in one article: the JSON object of the contract `claimgraph/1`.
///
/// A graph made by [`Extractor::extract`](crate::Extractor::extract) has byte offsets and
/// remembers its input, so [`ClaimGraph::to_json`] can write any [`OffsetUnit`]. A graph read
/// back from JSON is in the unit named by its `offsets` field; use
/// [`ClaimGraph::convert_offsets`] with the text to change it.
///
/// Invariants: every list is in text order and each element's id is its index; every id a
/// field holds names an element of the graph; every span's `text` is the input sliced at its
/// offsets in the unit `offsets`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimGraph<'t> {
    /// Always `claimgraph/1`.
    pub schema: Schema,
    /// The unit of every `start`/`end`.
    pub offsets: OffsetUnit,
    /// The date relative dates were resolved against.
    pub publication_date: Option<Date>,
    /// Sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Entities, ordered by first mention.
    pub entities: Vec<Entity<'t>>,
    /// Temporal expressions, in text order.
    pub dates: Vec<TimeExpr<'t>>,
    /// Quotations, in text order.
    pub quotes: Vec<Quote<'t>>,
    /// Attributed claims, ordered by content start.
    pub claims: Vec<Claim<'t>>,
    /// Relations between claims.
    pub relations: Vec<Relation>,
    #[serde(skip)]
    pub(crate) source: SourceText<'t>,
}

impl<'t> ClaimGraph<'t> {
    /// A graph with nothing in it, for empty or rejected input.
    pub fn empty(publication_date: Option<Date>) -> ClaimGraph<'t> {
        ClaimGraph {
            schema: Schema,
            offsets: OffsetUnit::Byte,
            publication_date,
            sentences: Vec::new(),
            entities: Vec::new(),
            dates: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            relations: Vec::new(),
            source: SourceText(None),
        }
    }
}

/// The outputs of every stage, by index, ready to be turned into a graph.
pub(crate) struct Stages {
    pub(crate) segmentation: Segmentation,
    pub(crate) dates: Vec<Timex>,
    pub(crate) quotes: Vec<Quotation>,
    pub(crate) entities: Vec<EntityRecord>,
    pub(crate) attributions: Vec<Attribution>,
    pub(crate) links: Vec<Link>,
}

/// Where [`order_by`] moved each element: `None` when nothing moved, as when the stages
/// found their things in text order, so that no identity list is made.
struct Moves(Option<Vec<usize>>);

impl Moves {
    /// The new index of the element that was at `old`.
    fn of(&self, old: usize) -> usize {
        self.0.as_ref().map_or(old, |new| new[old])
    }
}

/// Orders the elements of `items` by `key` (stable, so equal keys keep stage order) and says
/// where each one went.
fn order_by<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) -> Moves {
    // The stages mostly find things in text order already: then nothing moves.
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return Moves(None);
    }
    // Ties broken by the old index, which keeps the order stable with no sort buffer.
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_unstable_by_key(|&i| (key(&items[i]), i));
    let mut new_of_old = vec![0; items.len()];
    for (new, &old) in idx.iter().enumerate() {
        new_of_old[old] = new;
    }
    // Moved in place, cycle by cycle, rather than through a copy of every item: `idx` now
    // holds the new index of the item each place holds, and each swap puts one item home.
    idx.copy_from_slice(&new_of_old);
    for i in 0..items.len() {
        while idx[i] != i {
            let j = idx[i];
            items.swap(i, j);
            idx.swap(i, j);
        }
    }
    Moves(Some(new_of_old))
}

/// Assembles the graph: puts every list in text order, numbers the ids, and resolves the
/// stages' indices into ids.
pub(crate) fn build<'t>(
    text: &'t str,
    publication_date: Option<Date>,
    mut st: Stages,
) -> ClaimGraph<'t> {
    let mut dates = std::mem::take(&mut st.dates);
    let date_ix = order_by(&mut dates, |d| (d.span.start, d.span.end));
    // A title of a work ("his book “War”") is set in quotation marks but quotes nobody: it
    // stays out of the quotes, and no claim ever takes it as a quotation.
    // Titles are dropped in place. A kept quotation's new index is its place among the kept
    // ones, then its place once they are ordered.
    let mut quotes = std::mem::take(&mut st.quotes);
    let mut quote_ix: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    let mut kept = 0;
    for q in &quotes {
        quote_ix.push((!q.title).then(|| {
            kept += 1;
            kept - 1
        }));
    }
    quotes.retain(|q| !q.title);
    let order = order_by(&mut quotes, |q| (q.span.start, q.span.end));
    for k in quote_ix.iter_mut().flatten() {
        *k = order.of(*k);
    }
    let mut entities = std::mem::take(&mut st.entities);
    for e in &mut entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    let entity_ix = order_by(&mut entities, |e| {
        e.mentions
            .first()
            .map_or((usize::MAX, 0), |m| (m.start, m.end))
    });
    let mut atts = std::mem::take(&mut st.attributions);
    let claim_ix = order_by(&mut atts, |a| (a.content.start, a.content.end));

    let eid = |i: usize| EntityId(entity_ix.of(i));
    let did = |i: usize| DateId(date_ix.of(i));

    // Each quotation's speaker is the source of the first claim that contains it.
    let mut speaker: Vec<Option<EntityId>> = vec![None; quotes.len()];
    for a in &atts {
        for q in a.quotes.iter().filter_map(|&q| quote_ix[q]) {
            let slot = &mut speaker[q];
            if slot.is_none() {
                *slot = a.source.map(eid);
            }
        }
    }

    let mut links: Vec<Relation> = st
        .links
        .iter()
        .map(|l| Relation {
            kind: l.kind,
            from: ClaimId(claim_ix.of(l.from)),
            to: ClaimId(claim_ix.of(l.to)),
        })
        .collect();
    links.sort_by_key(|r| (r.from, r.to));
    links.dedup();

    ClaimGraph {
        schema: Schema,
        offsets: OffsetUnit::Byte,
        publication_date,
        sentences: st
            .segmentation
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| Sentence {
                id: SentenceId(i),
                start: s.span.start,
                end: s.span.end,
                paragraph: s.paragraph,
                role: s.role,
            })
            .collect(),
        entities: entities
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: EntityId(i),
                kind: e.kind,
                name: Cow::Borrowed(e.name.slice(text)),
                titles: e
                    .titles
                    .iter()
                    .map(|t| Cow::Borrowed(t.slice(text)))
                    .collect(),
                mentions: e.mentions.iter().map(|&m| TextSpan::of(text, m)).collect(),
            })
            .collect(),
        dates: dates
            .into_iter()
            .enumerate()
            .map(|(i, d)| TimeExpr {
                id: DateId(i),
                start: d.span.start,
                end: d.span.end,
                text: Cow::Borrowed(d.span.slice(text)),
                kind: d.kind,
                value: Cow::Owned(d.value),
                modifier: d.modifier,
                dateline: d.dateline,
            })
            .collect(),
        quotes: quotes
            .iter()
            .enumerate()
            .map(|(i, q)| Quote {
                id: QuoteId(i),
                start: q.span.start,
                end: q.span.end,
                text: Cow::Borrowed(q.span.slice(text)),
                speaker: speaker[i],
                closed: q.closed,
            })
            .collect(),
        claims: atts
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                // Collected from the stage's own lists by value, so that each list's
                // allocation is reused for its ids (two per claim saved).
                let mut qs: Vec<QuoteId> = a
                    .quotes
                    .into_iter()
                    .filter_map(|q| quote_ix[q].map(QuoteId))
                    .collect();
                qs.sort();
                qs.dedup();
                let mut ds: Vec<DateId> = a.dates.into_iter().map(did).collect();
                ds.sort();
                ds.dedup();
                Claim {
                    id: ClaimId(i),
                    kind: a.kind,
                    source: a.source.map(eid),
                    source_mention: a.source_mention.map(|m| TextSpan::of(text, m)),
                    cue: a.cue.map(|(span, lemma)| Cue {
                        start: span.start,
                        end: span.end,
                        text: Cow::Borrowed(span.slice(text)),
                        lemma,
                    }),
                    stance: a.stance,
                    content: TextSpan::of(text, a.content),
                    quotes: qs,
                    recipient: a.recipient.map(eid),
                    medium: a.medium.map(eid),
                    dates: ds,
                    said_on: a.said_on.map(did),
                    sentence: SentenceId(a.sentence),
                }
            })
            .collect(),
        relations: links,
        source: SourceText(Some(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialize_with_their_prefix_and_refuse_others() {
        assert_eq!(serde_json::to_string(&ClaimId(12)).unwrap(), "\"c12\"");
        assert_eq!(
            serde_json::from_str::<EntityId>("\"e3\"").unwrap(),
            EntityId(3)
        );
        for bad in ["\"c3\"", "\"e\"", "\"e-1\"", "\"e+1\"", "3"] {
            assert!(serde_json::from_str::<EntityId>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn schema_refuses_other_versions() {
        assert_eq!(serde_json::to_string(&Schema).unwrap(), "\"claimgraph/1\"");
        assert!(serde_json::from_str::<Schema>("\"claimgraph/2\"").is_err());
    }

    /// The new index of each old one, for `n` elements.
    fn moved(m: &Moves, n: usize) -> Vec<usize> {
        (0..n).map(|old| m.of(old)).collect()
    }

    #[test]
    fn order_by_returns_the_permutation() {
        let mut v = vec!['c', 'a', 'b'];
        let perm = order_by(&mut v, |&c| c);
        assert_eq!(v, ['a', 'b', 'c']);
        assert_eq!(moved(&perm, 3), [2, 0, 1]);
        // In order already, with equal keys, and empty: nothing moves, and no list is made.
        let mut v = vec![('a', 1), ('a', 0), ('b', 2)];
        let perm = order_by(&mut v, |p| p.0);
        assert!(perm.0.is_none());
        assert_eq!(moved(&perm, 3), [0, 1, 2]);
        assert_eq!(v, [('a', 1), ('a', 0), ('b', 2)]);
        let mut v: Vec<char> = Vec::new();
        assert!(order_by(&mut v, |&c| c).0.is_none());
        // Equal keys out of order elsewhere keep their stage order.
        let mut v = vec![('b', 0), ('a', 1), ('a', 2)];
        assert_eq!(moved(&order_by(&mut v, |p| p.0), 3), [2, 0, 1]);
        assert_eq!(v, [('a', 1), ('a', 2), ('b', 0)]);
        // Two cycles of moves (0 -> 5 -> 6 -> 1 -> 2 -> 0 and 3 <-> 4), with ties.
        let mut v = vec![
            ('d', 0),
            ('b', 1),
            ('a', 2),
            ('c', 3),
            ('b', 4),
            ('e', 5),
            ('a', 6),
        ];
        assert_eq!(moved(&order_by(&mut v, |p| p.0), 7), [5, 2, 0, 4, 3, 6, 1]);
        let order: Vec<i32> = v.iter().map(|p| p.1).collect();
        assert_eq!(order, [2, 6, 1, 4, 3, 0, 5]);
    }
}
