//! People and organizations, their titles, and which mentions refer to the same one.
//!
//! Names come from runs of capitalized words with the titles before them ([`names`]); mentions
//! of one person share an entity by surname ("Donald Trump", "Trump", "President Trump"), and
//! pronouns and role phrases ("he", "the president") point to an entity by recency, number,
//! gender and title ([`resolve`]). The attribution stage adds entities for the sources it finds
//! that name no one ("officials", "a spokesman").

mod intern;
mod kin;
mod lists;
mod names;
mod resolve;
mod vocab;

use crate::hash::FastMap;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::quotes::Quotation;
use crate::segment::Role;
use crate::span::Span;
use crate::words::Words;

pub(crate) use lists::{strip_possessive, PeopleNoun, PeopleNouns};

/// What sort of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, government body, party or other institution.
    Organization,
    /// A news outlet or agency.
    Media,
    /// A country, city or region.
    Place,
    /// An unnamed collective: "reporters", "officials", "Ukraine and its Western allies".
    Group,
}

/// How sure the kind of a name is, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Sureness {
    /// Nothing shows it: a capitalized name that may be a person's or an organization's. It is
    /// taken for an organization unless the text later shows a person ("he", "she").
    Guess,
    /// The context shows it: "in Hamburg" for a place, "he" for a person.
    Context,
    /// The name shows it: a word list, an organization word, a title, a given name.
    Name,
}

/// One entity and all of its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EntityRecord {
    pub(crate) kind: EntityKind,
    /// The fullest name seen, as a span of the text.
    pub(crate) name: Span,
    /// Titles and roles seen attached to the entity.
    pub(crate) titles: Vec<Span>,
    /// Every mention, in text order.
    pub(crate) mentions: Vec<Span>,
}

/// How a mention names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name: "Dmitry Peskov", "Reuters".
    Name,
    /// A role phrase: "the president".
    Role,
    /// A pronoun: "he", "they", "who".
    Pronoun,
}

/// One mention and the entity it was resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub(crate) span: Span,
    pub(crate) entity: usize,
    pub(crate) kind: MentionKind,
}

/// The entities of an article and every resolved mention, in text order.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub(crate) entities: Vec<EntityRecord>,
    /// Sorted by start.
    pub(crate) mentions: Vec<Mention>,
    /// Entities added for sources that name no one, by lowercase text.
    nominals: FastMap<String, usize>,
}

impl People {
    /// The mentions that lie inside `span`, in text order.
    pub(crate) fn mentions_in(&self, span: Span) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = a + self.mentions[a..].partition_point(|m| m.span.start < span.end);
        let b = (a..b)
            .rev()
            .find(|&i| self.mentions[i].span.end <= span.end)
            .map_or(a, |i| i + 1);
        &self.mentions[a..b]
    }

    /// The entity for a source, recipient or medium that names no known entity ("officials",
    /// "a spokesman"): the one made earlier for the same words, or a new one.
    pub(crate) fn nominal(&mut self, text: &str, span: Span, kind: EntityKind) -> usize {
        let words = span.slice(text);
        // Most are short ASCII phrases met before: lowercased on the stack, allocated only
        // when new.
        let mut buf = [0u8; 64];
        let owned: String;
        let key = match buf.get_mut(..words.len()) {
            Some(low) if words.is_ascii() => {
                low.copy_from_slice(words.as_bytes());
                low.make_ascii_lowercase();
                std::str::from_utf8(low).unwrap_or_default()
            }
            _ => {
                owned = words.to_lowercase();
                &owned
            }
        };
        let key = key.strip_prefix("the ").unwrap_or(key);
        if let Some(&e) = self.nominals.get(key) {
            self.entities[e].mentions.push(span);
            return e;
        }
        let e = self.entities.len();
        self.entities.push(EntityRecord {
            kind,
            name: span,
            titles: Vec::new(),
            mentions: vec![span],
        });
        self.nominals.insert(key.to_string(), e);
        e
    }

    /// Records one more mention of entity `e`, unless `span` holds a mention of it already
    /// ("Kremlin spokesman Dmitry Peskov" around "Dmitry Peskov").
    pub(crate) fn add_mention(&mut self, e: usize, span: Span) {
        let inner = self
            .mentions_in(span)
            .iter()
            .any(|m| m.entity == e && m.span != span && m.kind != MentionKind::Pronoun);
        if inner {
            return;
        }
        if let Some(rec) = self.entities.get_mut(e) {
            rec.mentions.push(span);
        }
    }
}

/// Finds and links the entities of an article. Build it once and reuse it.
#[derive(Debug)]
pub(crate) struct Speakers {
    lists: lists::NameLists,
}

impl Speakers {
    /// A finder with its word lists loaded.
    pub(crate) fn new(words: &Words) -> Speakers {
        Speakers {
            lists: lists::NameLists::new(words),
        }
    }

    /// Every entity of the article and its mentions.
    pub(crate) fn find(&self, article: &Article, words: &Words, quotes: &[Quotation]) -> People {
        let (toks, seg, ranges) = (article.toks, article.seg, &article.sentences);
        let mut finder = names::NameFinder::new(toks, words, &self.lists, seg, ranges, quotes);
        let mut resolver = resolve::Resolver::new(toks, words, finder.take_pronouns());
        // Reused for every sentence; a sentence names a few people at most.
        let mut found = Vec::with_capacity(16);
        let mut heads = Vec::with_capacity(16);
        for (k, (s, range)) in seg.sentences.iter().zip(ranges).enumerate() {
            // Page furniture names no one the article is about.
            if s.role == Role::Boilerplate {
                continue;
            }
            found.clear();
            heads.clear();
            finder.find(k, range.start, range.end, &mut found, &mut heads);
            resolver.sentence(range.clone(), &found, &heads, quotes);
        }
        resolver.finish()
    }
}

#[cfg(test)]
mod tests;
