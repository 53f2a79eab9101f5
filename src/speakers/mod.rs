//! People and organizations, their titles, and which mentions refer to the same one.
//!
//! Names come from runs of capitalized words with the titles before them ([`names`]); mentions
//! of one person share an entity by surname ("Donald Trump", "Trump", "President Trump"), and
//! pronouns and role phrases ("he", "the president") point to an entity by recency, number,
//! gender and title ([`resolve`]). The attribution stage adds entities for the sources it finds
//! that name no one ("officials", "a spokesman").

mod kin;
mod lists;
mod names;
mod resolve;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::quotes::Quotation;
use crate::segment::Segmentation;
use crate::span::Span;
use crate::tokens::Tokens;
use crate::words::Words;

pub(crate) use lists::strip_possessive;

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
    nominals: HashMap<String, usize>,
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
        let key = span.slice(text).to_lowercase();
        let key = key.strip_prefix("the ").map(str::to_string).unwrap_or(key);
        if let Some(&e) = self.nominals.get(&key) {
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
        self.nominals.insert(key, e);
        e
    }

    /// Records one more mention of entity `e`.
    pub(crate) fn add_mention(&mut self, e: usize, span: Span) {
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
    pub(crate) fn find(
        &self,
        toks: &Tokens,
        words: &Words,
        seg: &Segmentation,
        quotes: &[Quotation],
    ) -> People {
        let finder = names::NameFinder::new(toks, words, &self.lists);
        let mut resolver = resolve::Resolver::new(toks, words);
        let mut found = Vec::new();
        for s in &seg.sentences {
            let range = toks.within(s.span);
            found.clear();
            finder.find(range.start, range.end, &mut found);
            resolver.sentence(range, &found, quotes);
        }
        resolver.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, EntityKind};

    /// Each entity as (kind, name, titles, mentions).
    fn entities(text: &str) -> Vec<(EntityKind, String, Vec<String>, Vec<String>)> {
        extract(text)
            .entities
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.name.to_string(),
                    e.titles.iter().map(|t| t.to_string()).collect(),
                    e.mentions.iter().map(|m| m.text.to_string()).collect(),
                )
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($kind:ident, $n:expr, [$($title:expr),*], [$($m:expr),*])),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(EntityKind, String, Vec<String>, Vec<String>)> = vec![$(
                    (EntityKind::$kind, $n.to_string(), vec![$($title.to_string()),*], vec![$($m.to_string()),*])
                ),*];
                assert_eq!(entities($text), want);
            }
        };
    }

    t!(
        title_before_a_name,
        "Kremlin spokesman Dmitry Peskov spoke.",
        [(
            Person,
            "Dmitry Peskov",
            ["Kremlin spokesman"],
            ["Dmitry Peskov"]
        )]
    );
    t!(
        long_title,
        "White House National Security Adviser Mike Waltz spoke.",
        [(
            Person,
            "Mike Waltz",
            ["White House National Security Adviser"],
            ["Mike Waltz"]
        )]
    );
    t!(
        title_with_of,
        "Secretary of State Marco Rubio spoke.",
        [(
            Person,
            "Marco Rubio",
            ["Secretary of State"],
            ["Marco Rubio"]
        )]
    );
    t!(
        one_person_across_mentions,
        "Donald Trump arrived. Trump spoke. Later, President Trump left.",
        [(
            Person,
            "Donald Trump",
            ["President"],
            ["Donald Trump", "Trump", "Trump"]
        )]
    );
    t!(
        fuller_name_wins,
        "Trump arrived. Donald Trump spoke.",
        [(Person, "Donald Trump", [], ["Trump", "Donald Trump"])]
    );
    t!(
        other_first_name_other_person,
        "Ivanka Trump met Donald Trump.",
        [
            (Person, "Ivanka Trump", [], ["Ivanka Trump"]),
            (Person, "Donald Trump", [], ["Donald Trump"])
        ]
    );
    t!(
        possessive_is_left_out,
        "Trump’s team met Putin.",
        [
            (Person, "Trump", [], ["Trump"]),
            (Person, "Putin", [], ["Putin"])
        ]
    );
    t!(
        she_points_to_the_person_before,
        "Senator Mara Quinn arrived. She spoke first.",
        [(Person, "Mara Quinn", ["Senator"], ["Mara Quinn", "She"])]
    );
    t!(
        honorifics_give_gender,
        "Mr. Omar Haddad met Ms. Paula Grant. She left early.",
        [
            (Person, "Omar Haddad", ["Mr."], ["Omar Haddad"]),
            (Person, "Paula Grant", ["Ms."], ["Paula Grant", "She"])
        ]
    );
    t!(
        subject_before_object,
        "Ms. Rosa Lin thanked Ms. Ada Park. She left.",
        [
            (Person, "Rosa Lin", ["Ms."], ["Rosa Lin", "She"]),
            (Person, "Ada Park", ["Ms."], ["Ada Park"])
        ]
    );
    t!(
        role_by_title,
        "President Lena Holt spoke first. The president left.",
        [(
            Person,
            "Lena Holt",
            ["President"],
            ["Lena Holt", "The president"]
        )]
    );
    t!(
        organization_by_its_noun,
        "The International Grain Council met. The council adjourned.",
        [(
            Organization,
            "International Grain Council",
            [],
            ["International Grain Council", "The council"]
        )]
    );
    t!(
        outlets_and_places,
        "Reuters and The Washington Post covered Russia and Ukraine.",
        [
            (Media, "Reuters", [], ["Reuters"]),
            (Media, "Washington Post", [], ["Washington Post"]),
            (Place, "Russia", [], ["Russia"]),
            (Place, "Ukraine", [], ["Ukraine"])
        ]
    );
    t!(
        adjectives_are_not_names,
        "The river stopped Russian forces.",
        []
    );
    t!(
        plural_subject_is_a_group,
        "Russian forces crossed the river.",
        [(Group, "Russian forces", [], ["Russian forces"])]
    );
    t!(
        relative_pronoun,
        "Leonid Slutsky, who chairs the committee, spoke.",
        [
            (Person, "Leonid Slutsky", [], ["Leonid Slutsky", "who"]),
            (Organization, "the committee", [], ["the committee"])
        ]
    );
    t!(
        it_points_to_an_organization,
        "The Kremlin met on Monday. It said nothing.",
        [(Organization, "Kremlin", [], ["Kremlin", "It"])]
    );
    t!(
        pronouns_inside_quotes_stay_unresolved,
        "Mr. Tom Hale spoke. “He is wrong,” he said.",
        [(Person, "Tom Hale", ["Mr."], ["Tom Hale", "he"])]
    );
}
