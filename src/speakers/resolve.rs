//! Linking mentions into entities: names by surname or full name, role phrases by title, and
//! pronouns by recency, number and gender.
//!
//! Everything looks back over a bounded window (the last few sentences, the last few dozen
//! entities), so resolution costs the same per mention however long the article is.

use std::borrow::Cow;
use std::collections::VecDeque;

use crate::hash::FastMap;
use std::ops::Range;

use super::intern::Interner;
use super::kin::{Kin, Kinship};
use super::names::NameMention;
use super::{EntityKind, EntityRecord, Mention, MentionKind, People, Sureness};
use crate::quotes::Quotation;
use crate::span::Span;
use crate::tokens::Tokens;
use crate::words::{Case, Gender, Number, Words, PREP};

/// How many earlier sentences a pronoun may reach back into.
const SENTENCES_BACK: usize = 3;
/// How many people of one surname a name is compared with, latest first.
const SAME_SURNAME: usize = 16;
/// How many of its own sentence's mentions before it a pronoun looks at.
const SENTENCE_CANDIDATES: usize = 24;
/// How many recently mentioned entities a role phrase may match.
const RECENT_ENTITIES: usize = 48;

/// What resolution knows about an entity beyond its record.
#[derive(Debug, Default)]
struct Meta<'a> {
    /// How sure the entity's kind is; a guessed person becomes an organization at the end.
    sure: Option<Sureness>,
    gender: Option<Gender>,
    /// Lowercase title heads seen with it ("president").
    heads: Vec<&'a str>,
    first: Option<&'a str>,
    /// True for a person named only by a role phrase ("the senator") that matched no one.
    role_only: bool,
    /// The person of the same surname who came before this one ([`Named::persons`]).
    same_surname: Option<usize>,
}

/// What one lowercase key (a surname, a first name, or the whole name of anything else) names
/// so far.
#[derive(Debug, Default)]
struct Named {
    /// The latest person of that surname; each points to the one before
    /// ([`Meta::same_surname`]). A chain rather than a list per surname: most surnames name
    /// one person, and a list would be one allocation each.
    persons: Option<usize>,
    /// The organization, outlet or place of that name.
    other: Option<usize>,
    /// The latest person of that first name.
    first: Option<usize>,
}

/// A mention that a later pronoun may point back to.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    entity: usize,
    /// Token index of the mention.
    tok: usize,
    /// True when a preposition comes right before it ("with Putin").
    after_prep: bool,
}

/// Links the mentions of one article, sentence after sentence.
pub(crate) struct Resolver<'a, 't> {
    toks: &'a Tokens<'t>,
    words: &'a Words,
    entities: Vec<EntityRecord>,
    meta: Vec<Meta<'a>>,
    mentions: Vec<Mention>,
    /// The index in `named` of each key: one lookup per key serves every question about it.
    keys: Interner<'a, usize>,
    named: Vec<Named>,
    history: VecDeque<Vec<Candidate>>,
    /// Emptied candidate lists of sentences that left the window, reused for new sentences.
    spare: Vec<Vec<Candidate>>,
    recent: VecDeque<usize>,
    /// Index of the first quotation that may still contain a later token.
    quote_cursor: usize,
    kinship: Kinship,
    /// Weak names that matched no entity when they were read, with their keys' indices in
    /// `named`.
    pending: Vec<(Span, usize)>,
    /// The tokens with the pronoun class bit, in order: every pronoun has it, so only those
    /// are visited.
    pronouns: Vec<usize>,
    /// Index in `pronouns` of the first one not before the last sentence read.
    pronoun_cursor: usize,
}

impl<'a, 't> Resolver<'a, 't> {
    /// A resolver over the article's tokens; `pronouns` lists the tokens with the pronoun
    /// class bit, in order.
    pub(crate) fn new(toks: &'a Tokens<'t>, words: &'a Words, pronouns: Vec<usize>) -> Self {
        // Sized from the article's length (on news: about one key for every sixteen tokens, one
        // mention for every ten, one entity for every thirty): growing each list from empty
        // copied it over and over, and growing the map rehashed it.
        let n = toks.len();
        Resolver {
            toks,
            words,
            entities: Vec::with_capacity(n / 32),
            meta: Vec::with_capacity(n / 32),
            mentions: Vec::with_capacity(n / 10),
            keys: Interner::with_capacity(n / 16),
            named: Vec::with_capacity(n / 16),
            history: VecDeque::with_capacity(SENTENCES_BACK + 1),
            spare: Vec::with_capacity(SENTENCES_BACK + 1),
            recent: VecDeque::with_capacity(RECENT_ENTITIES + 1),
            quote_cursor: 0,
            kinship: Kinship::default(),
            pending: Vec::new(),
            pronouns,
            pronoun_cursor: 0,
        }
    }

    /// True when byte `pos` lies inside a quotation (not a title). Positions must come in
    /// increasing order across calls.
    fn in_quote(&mut self, pos: usize, quotes: &[Quotation]) -> bool {
        while self.quote_cursor < quotes.len() && quotes[self.quote_cursor].span.end <= pos {
            self.quote_cursor += 1;
        }
        quotes[self.quote_cursor..]
            .iter()
            .take_while(|q| q.span.start <= pos)
            .any(|q| q.span.start <= pos && pos < q.span.end && !q.title)
    }

    /// Resolves the names found in the sentence with tokens `range`, and its pronouns;
    /// `heads` holds the title heads that the names index.
    pub(crate) fn sentence(
        &mut self,
        range: Range<usize>,
        names: &[NameMention<'a>],
        heads: &[&'a str],
        quotes: &[Quotation],
    ) {
        let mut cur: Vec<Candidate> = self
            .spare
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(SENTENCE_CANDIDATES));
        let mut next_name = 0;
        let first_mention = self.mentions.len();
        // "his mother", "Her son": (token of the noun, kin, gender, owner).
        let mut kin_phrases: Vec<(usize, Kin, Gender, usize)> = Vec::new();
        // Names are read in order with the pronouns: each before the first pronoun that starts
        // at or after it. Only the pronoun tokens are visited.
        let behind = self.pronoun_cursor.checked_sub(1);
        if behind.is_some_and(|c| self.pronouns[c] >= range.start) {
            // Out of order: search afresh.
            self.pronoun_cursor = self.pronouns.partition_point(|&k| k < range.start);
        }
        while self
            .pronouns
            .get(self.pronoun_cursor)
            .is_some_and(|&k| k < range.start)
        {
            self.pronoun_cursor += 1;
        }
        let last = range.end.checked_sub(1).filter(|&l| l >= range.start);
        let mut next_pronoun = self.pronoun_cursor;
        loop {
            let stop = self
                .pronouns
                .get(next_pronoun)
                .copied()
                .filter(|&k| k < range.end);
            next_pronoun += 1;
            // The names before this pronoun; after the last one, the names up to the last
            // token.
            let Some(reach) = stop.or(last).map(|k| self.toks.span(k).start) else {
                break;
            };
            while next_name < names.len() && reach >= names[next_name].span.start {
                let n = &names[next_name];
                next_name += 1;
                let quoted = self.in_quote(n.span.start, quotes);
                let e = if n.role {
                    Some(self.role(n))
                } else {
                    self.name(n, heads.get(n.heads.clone()).unwrap_or_default())
                };
                let Some(e) = e else {
                    continue;
                };
                let kind = if n.role {
                    MentionKind::Role
                } else {
                    MentionKind::Name
                };
                self.mentions.push(Mention {
                    span: n.span,
                    entity: e,
                    kind,
                });
                self.entities[e].mentions.push(n.span);
                self.touch(e);
                if !n.role {
                    if let Some((gone, name)) = self.apposed_name(first_mention) {
                        for c in cur.iter_mut().filter(|c| c.entity == gone) {
                            c.entity = name;
                        }
                    }
                }
                if !quoted {
                    let tok = n.tok;
                    cur.push(Candidate {
                        entity: e,
                        tok,
                        after_prep: tok > range.start && self.toks.is_class(tok - 1, PREP),
                    });
                }
            }
            let Some(i) = stop else {
                break;
            };
            // Pronouns inside a quotation are not resolved: told before the pronoun's entry is
            // looked up, as about a third of them are quoted.
            if !self.toks.is_word(i) || self.in_quote(self.toks.span(i).start, quotes) {
                continue;
            }
            if !self.pronoun_shaped(i) {
                continue;
            }
            let Some(p) = self.words.pronoun(self.toks.low(i)) else {
                continue;
            };
            let found = match p.case {
                Case::Relative => self.relative(i, range.start, &cur, p.gender),
                _ if p.number == Number::Any
                    || self.toks.low(i) == "i"
                    || self.toks.low(i) == "we" =>
                {
                    None
                }
                _ => self.personal(i, &cur, p.number, p.gender),
            };
            if let Some(e) = found {
                let span = self.toks.span(i);
                // "her" is possessive too ("Her son").
                let possessive = p.case == Case::Possessive || self.toks.low(i) == "her";
                if possessive && i + 1 < range.end {
                    if let Some((kin, gender)) = Kin::of(self.toks.low(i + 1)) {
                        kin_phrases.push((i + 1, kin, gender, e));
                    }
                }
                self.mentions.push(Mention {
                    span,
                    entity: e,
                    kind: MentionKind::Pronoun,
                });
                // The entity's own list keeps "he", "she" and "they" as subjects, whose
                // resolution is the surest; "it" is as often about no entity ("it is likely"),
                // and possessives, objects and relatives point to whatever stands nearest. The
                // attribution stage adds any pronoun that is a claim's source or listener.
                if p.case == Case::Subject && p.gender != Gender::Neuter {
                    self.entities[e].mentions.push(span);
                }
                // "he" and "she" show a guessed name to be a person's.
                if matches!(p.gender, Gender::Male | Gender::Female)
                    && self.meta[e].sure == Some(Sureness::Guess)
                {
                    self.meta[e].sure = Some(Sureness::Context);
                }
                if matches!(p.gender, Gender::Male | Gender::Female)
                    && self.meta[e].gender.is_none()
                {
                    self.meta[e].gender = Some(p.gender);
                }
            }
        }
        for (noun, kin, gender, owner) in kin_phrases {
            self.kin_phrase(noun, kin, gender, owner, first_mention);
        }
        // Sentences that name no one (a quotation that runs on) do not use up the window.
        if cur.is_empty() {
            self.spare.push(cur);
        } else {
            self.history.push_front(cur);
            while self.history.len() > SENTENCES_BACK {
                if let Some(mut old) = self.history.pop_back() {
                    old.clear();
                    self.spare.push(old);
                }
            }
        }
    }

    /// "The chain, Marchéplus,": a role phrase that found no one before it names the same
    /// entity as the name in apposition after it.
    /// Called right after a name mention (the last mention) is recorded; returns the role's
    /// entity that gave way and the name's entity.
    fn apposed_name(&mut self, first: usize) -> Option<(usize, usize)> {
        let n = self.mentions.len();
        if n < first + 2 {
            return None;
        }
        let (m, next) = (self.mentions[n - 2], self.mentions[n - 1]);
        if m.kind != MentionKind::Role
            || next.kind != MentionKind::Name
            || next.entity == m.entity
            || self.entities[m.entity].mentions.len() != 1
        {
            return None;
        }
        let gap = self
            .toks
            .text
            .get(m.span.end..next.span.start)
            .unwrap_or("x");
        if gap.trim() != "," {
            return None;
        }
        // "The chain, Marchéplus": the role tells what the name is.
        let role_kind = self.entities[m.entity].kind;
        if self.meta[next.entity].sure < Some(Sureness::Name) {
            self.entities[next.entity].kind = role_kind;
            self.meta[next.entity].sure = Some(Sureness::Name);
        }
        // The role's own entity is left with no mention; `finish` drops it.
        self.entities[m.entity].mentions.clear();
        self.mentions[n - 2].entity = next.entity;
        self.entities[next.entity].mentions.push(m.span);
        if let Some(pos) = self.recent.iter().position(|&x| x == m.entity) {
            self.recent.remove(pos);
        }
        Some((m.entity, next.entity))
    }

    /// "Her son, Julien,": records the tie to the name in apposition. "his mother" with no
    /// name: the person a recorded tie points to, as a mention of the whole phrase.
    fn kin_phrase(&mut self, noun: usize, kin: Kin, gender: Gender, owner: usize, first: usize) {
        let t = self.toks;
        let apposed = (noun + 2 < t.len() && t.is(noun + 1, ","))
            .then(|| t.span(noun + 2).start)
            .and_then(|at| {
                self.mentions[first..]
                    .iter()
                    .find(|m| m.span.start == at && m.kind == MentionKind::Name)
                    .map(|m| m.entity)
            });
        if let Some(person) = apposed {
            // "Her son, Julien,": a person.
            if self.meta[person].sure < Some(Sureness::Name) {
                self.entities[person].kind = EntityKind::Person;
                self.meta[person].sure = Some(Sureness::Name);
            }
            if self.meta[person].gender.is_none() {
                self.meta[person].gender = Some(gender);
            }
            self.kinship.record(kin, gender, person, owner);
            return;
        }
        if let Some(person) = self.kinship.find(kin, gender, owner) {
            let span = t.span(noun - 1).cover(t.span(noun));
            self.mentions.push(Mention {
                span,
                entity: person,
                kind: MentionKind::Role,
            });
            self.entities[person].mentions.push(span);
            if self.meta[person].gender.is_none() {
                self.meta[person].gender = Some(gender);
            }
        }
    }

    /// True unless token `i` is written in capitals past its first letter: "US" and "IT" are
    /// names, not "us" and "it".
    fn pronoun_shaped(&self, i: usize) -> bool {
        let w = self.toks.str(i);
        w == "I" || !w.chars().skip(1).any(char::is_uppercase)
    }

    /// The index in `named` of `key`, made on first use.
    fn key(&mut self, key: &'a str) -> usize {
        let next = self.named.len();
        let k = self.keys.number_or(Cow::Borrowed(key), next);
        if k == next {
            self.named.push(Named::default());
        }
        k
    }

    /// The people of the surname of `key` (its index in `named`), latest first.
    fn surname(&self, key: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.named[key].persons, |&e| self.meta[e].same_surname)
    }

    /// The entity a weak name's key (its index in `named`) names: the latest person of that
    /// surname, or the organization, outlet or place of that name.
    fn known(&self, key: usize) -> Option<usize> {
        let named = &self.named[key];
        named.persons.or(named.other)
    }

    /// The entity of a proper name: the person with that surname (and no other first name),
    /// or the organization, outlet or place of that name; a new one otherwise. A weak name
    /// (a lone word the text does not show to be one) only joins an entity seen before.
    /// `heads` holds the mention's title heads.
    fn name(&mut self, n: &NameMention<'a>, heads: &[&'a str]) -> Option<usize> {
        let key = self.key(n.key);
        if n.weak {
            let found = self.known(key);
            if found.is_none() {
                self.pending.push((n.span, key));
            }
            return found;
        }
        // A guessed or placed name may be one seen before as a guess ("Hamburg" then "in
        // Hamburg"): it joins that one.
        let guessed = (n.sure < Sureness::Name)
            .then(|| self.known(key))
            .flatten()
            .filter(|&e| self.meta[e].sure < Some(Sureness::Name) || n.kind == EntityKind::Person);
        // "Isabel" after "Isabel Ruiz": a lone given name joins the latest person with it.
        let by_first = (n.kind == EntityKind::Person && n.first.is_none())
            .then_some(self.named[key].first)
            .flatten()
            .filter(|_| self.named[key].persons.is_none());
        let e = if let Some(e) = guessed.or(by_first) {
            e
        } else if n.kind == EntityKind::Person {
            // The latest few people of that surname: enough for a family, and bounded.
            let found = self.surname(key).take(SAME_SURNAME).find(|&e| {
                match (&n.first, &self.meta[e].first) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
            });
            match found {
                Some(e) => e,
                None => {
                    let e = self.new_entity(n);
                    self.meta[e].same_surname = self.named[key].persons.replace(e);
                    e
                }
            }
        } else {
            match self.named[key].other {
                Some(e) => e,
                None => {
                    let e = self.new_entity(n);
                    self.named[key].other = Some(e);
                    e
                }
            }
        };
        // The surest kind wins, the first at equal sureness.
        if self.meta[e].sure.is_none_or(|s| n.sure > s) {
            self.meta[e].sure = Some(n.sure);
            self.entities[e].kind = n.kind;
        }
        // The fullest name wins; titles and gender accumulate.
        let text = self.toks.text;
        if n.span.len() > self.entities[e].name.len() {
            self.entities[e].name = n.span;
        }
        if n.first.is_some() && self.meta[e].first.is_none() {
            self.meta[e].first = n.first;
        }
        if let Some(first) = n.first {
            let first = self.key(first);
            self.named[first].first = Some(e);
        }
        for t in n.title.into_iter().chain(n.appositive) {
            let seen = self.entities[e]
                .titles
                .iter()
                .any(|s| s.slice(text).eq_ignore_ascii_case(t.slice(text)));
            if !seen {
                self.entities[e].titles.push(t);
            }
        }
        for &h in heads {
            if !self.meta[e].heads.contains(&h) {
                self.meta[e].heads.push(h);
            }
        }
        if n.gender != Gender::Any && self.meta[e].gender.is_none() {
            self.meta[e].gender = Some(n.gender);
        }
        Some(e)
    }

    /// The entity a role phrase points to: the most recent one seen with that title, or a new
    /// one.
    fn role(&mut self, n: &NameMention<'a>) -> usize {
        let text = self.toks.text;
        let found = self.recent.iter().copied().find(|&e| {
            let rec = &self.entities[e];
            match n.kind {
                EntityKind::Person => {
                    rec.kind == EntityKind::Person && self.meta[e].heads.contains(&n.key)
                }
                // "the council" for the International Grain Council.
                _ => {
                    matches!(rec.kind, EntityKind::Organization | EntityKind::Media)
                        && rec
                            .name
                            .slice(text)
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(n.key))
                }
            }
        });
        match found {
            Some(e) => e,
            None => {
                let e = self.new_entity(n);
                self.meta[e].heads.push(n.key);
                self.meta[e].role_only = n.kind == EntityKind::Person;
                e
            }
        }
    }

    fn new_entity(&mut self, n: &NameMention) -> usize {
        self.entities.push(EntityRecord {
            kind: n.kind,
            name: n.span,
            titles: Vec::new(),
            mentions: Vec::new(),
        });
        self.meta.push(Meta::default());
        self.entities.len() - 1
    }

    /// Moves `e` to the front of the recency list.
    fn touch(&mut self, e: usize) {
        // Searched as two plain slices: the deque's own iterator tests which half it is in at
        // every step, and every mention is looked for here.
        let (front, back) = self.recent.as_slices();
        let pos = match front.iter().position(|&x| x == e) {
            Some(pos) => Some(pos),
            None => back.iter().position(|&x| x == e).map(|p| p + front.len()),
        };
        if let Some(pos) = pos {
            self.recent.remove(pos);
        }
        self.recent.push_front(e);
        self.recent.truncate(RECENT_ENTITIES);
    }

    fn fits(&self, e: usize, number: Number, gender: Gender) -> bool {
        let kind = self.entities[e].kind;
        match (number, gender) {
            (Number::Singular, Gender::Male | Gender::Female) => {
                kind == EntityKind::Person
                    && self.meta[e]
                        .gender
                        .is_none_or(|g| g == gender || g == Gender::Any)
            }
            (Number::Singular, _) => {
                matches!(
                    kind,
                    EntityKind::Organization | EntityKind::Media | EntityKind::Place
                )
            }
            (Number::Plural, _) => {
                matches!(
                    kind,
                    EntityKind::Group | EntityKind::Organization | EntityKind::Media
                )
            }
            (Number::Any, _) => false,
        }
    }

    /// A personal pronoun's entity: in its own sentence, the first fitting mention that is not
    /// the object of a preposition, else the first such mention of the sentence before, else
    /// the nearest fitting mention of its own sentence; in earlier sentences, the
    /// first fitting mention of the nearest sentence that has one, again passing over objects
    /// of prepositions (subjects come first in English sentences).
    fn personal(
        &self,
        tok: usize,
        cur: &[Candidate],
        number: Number,
        gender: Gender,
    ) -> Option<usize> {
        // Names known to be people first; a name whose kind is a guess only when no known
        // person fits ("Julien ... He said").
        self.personal_among(tok, cur, number, gender, false)
            .or_else(|| self.personal_among(tok, cur, number, gender, true))
    }

    /// [`Resolver::personal`] over the candidates whose kind is sure (`guessed` false) or a
    /// guess (`guessed` true).
    fn personal_among(
        &self,
        tok: usize,
        cur: &[Candidate],
        number: Number,
        gender: Gender,
        guessed: bool,
    ) -> Option<usize> {
        let ok = |e: usize| {
            self.fits(e, number, gender) && (self.meta[e].sure == Some(Sureness::Guess)) == guessed
        };
        // The nearest candidates only: a run-on sentence costs no more per pronoun.
        let upto = cur.partition_point(|c| c.tok < tok);
        let before = || {
            cur[upto.saturating_sub(SENTENCE_CANDIDATES)..upto]
                .iter()
                .filter(|c| ok(c.entity))
        };
        if let Some(c) = before().find(|c| !c.after_prep) {
            return Some(c.entity);
        }
        // An object of a preposition is the weakest antecedent: "his talk with Putin, after he
        // took office" looks back past Putin to the subject of the sentence before.
        let earlier_subject = self.history.front().and_then(|sent| {
            sent.iter()
                .find(|c| ok(c.entity) && !c.after_prep)
                .map(|c| c.entity)
        });
        if let Some(e) = earlier_subject {
            return Some(e);
        }
        if let Some(c) = before().next_back() {
            return Some(c.entity);
        }
        self.history.iter().find_map(|sent| {
            let fitting = || sent.iter().filter(|c| ok(c.entity));
            fitting()
                .find(|c| !c.after_prep)
                .or_else(|| fitting().next())
                .map(|c| c.entity)
        })
    }

    /// A relative pronoun's entity: the nearest mention before it in its sentence, when only
    /// a comma or an appositive stands between ("Slutsky, the chairman ..., who").
    fn relative(
        &self,
        tok: usize,
        start: usize,
        cur: &[Candidate],
        gender: Gender,
    ) -> Option<usize> {
        if tok == start {
            return None;
        }
        let prev = self.toks.str(tok - 1);
        if prev != "," && !self.toks.is_cap(tok - 1) {
            return None;
        }
        cur.iter()
            .rev()
            .take(SENTENCE_CANDIDATES)
            .find(|c| {
                c.tok < tok
                    && tok - c.tok <= 16
                    && (gender != Gender::Neuter
                        || self.entities[c.entity].kind != EntityKind::Person)
            })
            .map(|c| c.entity)
    }

    /// The people found, mentions in text order.
    pub(crate) fn finish(mut self) -> People {
        // A weak name before the full name it shortens ("Trump suggests ..." over "Donald
        // Trump"): it joins the entity now that every name has been seen.
        for (span, key) in std::mem::take(&mut self.pending) {
            if let Some(e) = self.known(key) {
                self.mentions.push(Mention {
                    span,
                    entity: e,
                    kind: MentionKind::Name,
                });
                self.entities[e].mentions.push(span);
            }
        }
        // A role read before the only named person who holds it (a headline's "Senator vows
        // ..." over "Senator Ruth Calloway"): the same person, now that every name is known.
        // The named persons by title head, made once: asking every entity for every role
        // would grow with the square of the article's length.
        let roles = (0..self.entities.len()).filter(|&r| self.meta[r].role_only);
        let mut holders_of: FastMap<&str, Vec<usize>> = FastMap::default();
        if roles.clone().next().is_some() {
            for e in 0..self.entities.len() {
                if !self.meta[e].role_only && self.entities[e].kind == EntityKind::Person {
                    for &h in &self.meta[e].heads {
                        let list = holders_of.entry(h).or_default();
                        if list.last() != Some(&e) {
                            list.push(e);
                        }
                    }
                }
            }
        }
        // A merged role's mentions point to its holder once all merges are done: a holder is
        // never a role itself, so no merge follows another.
        let mut merged_into: Vec<usize> = (0..self.entities.len()).collect();
        for r in roles {
            let Some(first) = self.entities[r].mentions.first().copied() else {
                continue;
            };
            let mut holders = self.meta[r]
                .heads
                .iter()
                .filter_map(|h| holders_of.get(h))
                .flatten()
                .copied();
            let Some(e) = holders.next() else {
                continue;
            };
            if holders.any(|other| other != e) {
                continue;
            }
            if self.entities[e]
                .mentions
                .first()
                .is_some_and(|m| m.start > first.start)
            {
                let moved = std::mem::take(&mut self.entities[r].mentions);
                self.entities[e].mentions.extend(moved);
                self.entities[e].mentions.sort();
                merged_into[r] = e;
            }
        }
        for m in &mut self.mentions {
            m.entity = merged_into[m.entity];
        }
        // A guessed name that shares its surname with a known person is a relative's
        // ("Ivanka Trump" beside "Donald Trump").
        for key in 0..self.named.len() {
            let known = self.surname(key).any(|e| {
                self.entities[e].kind == EntityKind::Person
                    && self.meta[e].sure > Some(Sureness::Guess)
            });
            if known {
                let mut next = self.named[key].persons;
                while let Some(e) = next {
                    if self.meta[e].sure == Some(Sureness::Guess) {
                        self.meta[e].sure = Some(Sureness::Context);
                    }
                    next = self.meta[e].same_surname;
                }
            }
        }
        // A name that nothing showed to be a person's is most often an organization's
        // ("Boeing", "Dow Jones"): persons come with a title, a given name or a "he".
        for (rec, meta) in self.entities.iter_mut().zip(&self.meta) {
            if meta.sure == Some(Sureness::Guess) && rec.kind == EntityKind::Person {
                rec.kind = EntityKind::Organization;
            }
        }
        // Drop entities left without a mention, renumbering the rest; in place, rather than
        // into a second list as long as the first.
        let mut new_index = vec![usize::MAX; self.entities.len()];
        let mut kept = 0;
        for (i, e) in self.entities.iter().enumerate() {
            if !e.mentions.is_empty() {
                new_index[i] = kept;
                kept += 1;
            }
        }
        self.entities.retain(|e| !e.mentions.is_empty());
        for m in &mut self.mentions {
            m.entity = new_index[m.entity];
        }
        self.mentions.retain(|m| m.entity != usize::MAX);
        self.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        People {
            entities: self.entities,
            mentions: self.mentions,
            nominals: FastMap::default(),
        }
    }
}
