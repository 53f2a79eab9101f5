//! Name mentions: runs of capitalized words, with the titles and roles written before them
//! ("Kremlin spokesman Dmitry Peskov", "U.S. National Security Adviser Mike Waltz"), and role
//! phrases without a name ("the president").

use std::collections::HashSet;

use super::lists::{strip_possessive, NameLists, TitleKind};
use super::EntityKind;
use crate::span::Span;
use crate::tokens::Tokens;
use crate::words::{Gender, Words, AUX, CONJ, DET, LEAD, PREP, PRON, SUB, TIME};

/// A name or role phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NameMention {
    /// The name without its titles or a possessive ending ("Dmitry Peskov", "Trump"); for a
    /// role, the whole phrase ("the president").
    pub(crate) span: Span,
    /// The titles written before the name ("Kremlin spokesman").
    pub(crate) title: Option<Span>,
    pub(crate) kind: EntityKind,
    /// The gender an honorific or a gendered title gives.
    pub(crate) gender: Gender,
    /// Lowercase head words of the titles ("spokesman", "president").
    pub(crate) heads: Vec<String>,
    /// True for a role phrase without a name.
    pub(crate) role: bool,
    /// Lowercase last word of a person's name, or the whole lowercase name of anything else,
    /// without a leading "the".
    pub(crate) key: String,
    /// Lowercase first word of a person's name of two words or more.
    pub(crate) first: Option<String>,
}

/// Words that join the parts of a name: "Bank of America", "Ursula von der Leyen".
const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "da", "del", "della", "di", "la", "le", "du", "bin",
    "al", "el", "ibn", "dos", "das", "&",
];

/// Finds names in sentences. Borrows the lists; holds the article's lowercase vocabulary.
pub(crate) struct NameFinder<'a, 't> {
    pub(crate) toks: &'a Tokens<'t>,
    pub(crate) words: &'a Words,
    pub(crate) lists: &'a NameLists,
    /// Every word of the article that appears in lowercase somewhere.
    pub(crate) vocabulary: HashSet<&'a str>,
}

impl<'a, 't> NameFinder<'a, 't> {
    /// A finder over the article's tokens.
    pub(crate) fn new(toks: &'a Tokens<'t>, words: &'a Words, lists: &'a NameLists) -> Self {
        let vocabulary = (0..toks.len())
            .filter(|&i| toks.is_word(i) && toks.str(i).starts_with(|c: char| c.is_lowercase()))
            .map(|i| toks.low(i))
            .collect();
        NameFinder {
            toks,
            words,
            lists,
            vocabulary,
        }
    }

    fn title_kind(&self, i: usize) -> Option<TitleKind> {
        self.lists.title(self.toks.low(i)).map(|t| t.kind)
    }

    fn is_function_word(&self, i: usize) -> bool {
        self.words.is(
            self.toks.low(i),
            DET | PREP | CONJ | SUB | AUX | LEAD | PRON | TIME,
        )
    }

    /// A capitalized word that can be part of a name: not a function word ("The", "When") and
    /// not a long all-capitals word of a shouted subhead.
    fn is_name_word(&self, i: usize) -> bool {
        if !self.toks.is_cap(i) {
            return false;
        }
        let s = self.toks.str(i);
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        let caps = s.chars().filter(|c| c.is_uppercase()).count();
        if letters > 4 && caps == letters {
            return false;
        }
        if !self.is_function_word(i) || self.lists.known_at(self.toks, i, i + 8).is_some() {
            return true;
        }
        // "Will Doyle", "Mark Levine": a capitalized function word before a capitalized word,
        // after another word of the sentence.
        let t = self.toks;
        i > 0
            && t.is_word(i - 1)
            && i + 1 < t.len()
            && t.is_cap(i + 1)
            && !self.words.is(t.low(i), DET | PREP | SUB | CONJ | TIME)
            && self.words.pronoun(t.low(i)).is_none()
    }

    /// True when most words of the sentence are capitalized and it has no final stop, as in a
    /// title-case headline.
    fn title_case(&self, a: usize, b: usize) -> bool {
        // Running text ends with a stop; a title-case headline does not, and a sentence full
        // of names ("Paula Grant met Omar Haddad on Monday.") is not a headline.
        if b > a && matches!(self.toks.str(b - 1), "." | "”" | "\"") {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        for i in a..b {
            if self.toks.is_word(i) && self.toks.low(i).len() > 3 {
                words += 1;
                caps += usize::from(self.toks.is_cap(i));
            }
        }
        words >= 4 && caps * 10 >= words * 8
    }

    /// Name mentions of the sentence whose tokens are `a..b`, in order.
    pub(crate) fn find(&self, a: usize, b: usize, out: &mut Vec<NameMention>) {
        let title_case = self.title_case(a, b);
        if let Some(m) = self.group_subject(a, b) {
            out.push(m);
        }
        let mut i = a;
        while i < b {
            if let Some(m) = self.org_role(i, b) {
                out.push(m);
                i += 2;
                continue;
            }
            match self.run(i, b) {
                Some(e) => {
                    if title_case {
                        self.known_only(i, e, out);
                    } else {
                        self.analyze(a, i, e, out);
                    }
                    i = e.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// A plural noun phrase that opens the sentence as its subject ("The workers walked out",
    /// "Officials said"): a group that a later "they" can point to.
    fn group_subject(&self, a: usize, b: usize) -> Option<NameMention> {
        let t = self.toks;
        let mut i = a;
        while i < b && !t.is_word(i) {
            i += 1;
        }
        let start = i;
        if i < b && matches!(t.low(i), "the" | "some" | "many" | "most" | "several") {
            i += 1;
        }
        // Up to two modifiers, then a plural head that is not a name or a function word.
        let mut head = None;
        for k in i..(i + 3).min(b) {
            if !t.is_word(k) || (t.is_cap(k) && k > start) || self.words.class(t.low(k)) != 0 {
                break;
            }
            let low = t.low(k);
            // A common noun: lowercase, or capitalized only to open the sentence and written
            // in lowercase elsewhere ("Officials said"; not "Reuters").
            let common = !t.is_cap(k) || self.vocabulary.contains(low);
            if low.len() > 3 && low.ends_with('s') && !low.ends_with("ss") && common {
                head = Some(k);
                break;
            }
        }
        let head = head?;
        // The next word must not continue the noun phrase with a name ("The workers union").
        if head + 1 < b && t.is_cap(head + 1) {
            return None;
        }
        let span = t.span(start).cover(t.span(head));
        let low = span.slice(t.text).to_ascii_lowercase();
        let key = low.strip_prefix("the ").unwrap_or(&low).to_string();
        Some(NameMention {
            span,
            title: None,
            kind: EntityKind::Group,
            gender: Gender::Any,
            heads: Vec::new(),
            role: false,
            key,
            first: None,
        })
    }

    /// "the council", "the ministry": a noun after "the" that points back to an organization
    /// (and is not itself the start of a name: "the council of Europe").
    fn org_role(&self, i: usize, b: usize) -> Option<NameMention> {
        let t = self.toks;
        if i + 1 >= b || t.low(i) != "the" || !t.is_word(i + 1) || t.is_cap(i + 1) {
            return None;
        }
        let head = t.low(i + 1);
        if !self.lists.is_org_head(head) {
            return None;
        }
        if i + 2 < b && (t.low(i + 2) == "of" || t.is_cap(i + 2)) {
            return None;
        }
        Some(NameMention {
            span: t.span(i).cover(t.span(i + 1)),
            title: None,
            kind: EntityKind::Organization,
            gender: Gender::Neuter,
            heads: vec![head.to_string()],
            role: true,
            key: head.to_string(),
            first: None,
        })
    }

    /// The end of the run of name-like tokens that starts at `i`, if one does.
    fn run(&self, i: usize, b: usize) -> Option<usize> {
        let t = self.toks;
        if !t.is_word(i) {
            return None;
        }
        let starts = self.is_name_word(i)
            || self.title_kind(i).is_some()
            || (t.low(i) == "the"
                && i + 1 < b
                && (self.is_name_word(i + 1) || self.title_kind(i + 1).is_some()));
        if !starts {
            return None;
        }
        let mut j = i + 1;
        if strip_possessive(t.str(i)).len() == t.str(i).len() {
            while j < b && t.is_word(j) {
                let low = t.low(j);
                let joins = self.is_name_word(j)
                    || (self.title_kind(j).is_some() && !self.words.is(low, TIME))
                    || ((CONNECTORS.contains(&low) || low == "the")
                        && j + 1 < b
                        && (self.is_name_word(j + 1) || t.low(j + 1) == "the"));
                if !joins {
                    break;
                }
                j += 1;
                if strip_possessive(t.str(j - 1)).len() != t.str(j - 1).len() {
                    break;
                }
            }
        }
        Some(j)
    }

    /// In a title-case line, only names from the lists count.
    fn known_only(&self, s: usize, e: usize, out: &mut Vec<NameMention>) {
        let mut i = s;
        while i < e {
            if let Some((len, kind)) = self.lists.known_at(self.toks, i, e) {
                out.push(self.plain(i, i + len, kind, None, Gender::Any, Vec::new()));
                i += len;
            } else {
                i += 1;
            }
        }
    }

    /// Splits the run `s..e` of the sentence starting at token `a` into titles and a name.
    fn analyze(&self, a: usize, s: usize, e: usize, out: &mut Vec<NameMention>) {
        let t = self.toks;
        let mut s = s;
        let had_the = t.low(s) == "the";
        if had_the {
            s += 1;
        }
        // A capitalized common word opening the sentence ("Currently", "Officials"), or a
        // verb form opening a clause ("Asked whether ...", "Speaking to reporters, ...").
        if s < e && self.opens_sentence(a, s) && (self.is_common(s) || self.opens_with_verb(s, e)) {
            s += 1;
        }
        // Trailing words that are not capitalized: titles without a name, connectors. The
        // titles are read over the whole run.
        let run_end = e;
        let mut e = e;
        while e > s && !t.is_cap(e - 1) {
            e -= 1;
        }
        // The name follows the last title; "of" and department words stay with the title
        // ("Secretary of State Marco Rubio").
        let mut last_title: Option<usize> = None;
        let mut heads: Vec<String> = Vec::new();
        let mut gender = Gender::Any;
        let mut k = s;
        while k < run_end {
            match self.lists.title(t.low(k)) {
                Some(tw) if tw.kind != TitleKind::Modifier => {
                    last_title = Some(k);
                    if tw.kind == TitleKind::Title {
                        heads.push(t.low(k).trim_end_matches('.').to_string());
                    }
                    if tw.gender != Gender::Any {
                        gender = tw.gender;
                    }
                    let mut m = k + 1;
                    if m < run_end && t.low(m) == "of" {
                        m += 1;
                        if m < run_end && t.low(m) == "the" {
                            m += 1;
                        }
                        let before = m;
                        while m < run_end
                            && (self.lists.title(t.low(m)).is_some() || t.low(m) == "affairs")
                        {
                            m += 1;
                        }
                        if m > before {
                            last_title = Some(m - 1);
                            k = m;
                            continue;
                        }
                    }
                }
                _ => {}
            }
            k += 1;
        }
        let name_start = last_title.map_or(s, |k| k + 1);
        if name_start >= e {
            // Titles and no name: a role phrase, when "the" announces it ("the president").
            if had_the && !heads.is_empty() {
                let start = t.span(s - 1).start;
                let last = last_title.unwrap_or(s);
                let end = t.span(last).end;
                let key = heads.last().cloned().unwrap_or_default();
                out.push(NameMention {
                    span: Span::new(start, end),
                    title: None,
                    kind: EntityKind::Person,
                    gender,
                    heads,
                    role: true,
                    key,
                    first: None,
                });
            }
            return;
        }
        let title = last_title.map(|k| Span::new(t.span(s).start, t.span(k).end));
        let mut n = name_start;
        // Lowercase modifiers with no title after them ("state RIA") are not part of a name.
        while n < e && !t.is_cap(n) {
            n += 1;
        }
        // Capitalized adjectives before a known name ("Ukrainian NATO"); before anything else
        // they are part of the name ("European Commission", "International Grain Council").
        let mut m = n;
        while m + 1 < e && self.is_adjective(m) {
            m += 1;
        }
        if m > n
            && self
                .lists
                .known_at(t, m, e)
                .is_some_and(|(len, _)| m + len == e)
        {
            n = m;
        }
        if let Some((len, kind)) = self.lists.known_at(t, n, e) {
            if n + len == e && title.is_none() {
                out.push(self.plain(n, e, kind, None, gender, heads));
                return;
            }
        }
        if title.is_none() && e - n == 1 {
            let word = strip_possessive(t.str(n));
            if self.lists.is_adjective(word) {
                return;
            }
            if self.lists.is_group(word) {
                out.push(self.plain(n, e, EntityKind::Group, None, gender, heads));
                return;
            }
        }
        let kind = if (n..e).any(|i| self.lists.is_org_part(strip_possessive(t.str(i)))) {
            EntityKind::Organization
        } else if let Some((len, kind)) = self.lists.known_at(t, n, e) {
            if len == e - n {
                kind
            } else {
                EntityKind::Person
            }
        } else {
            EntityKind::Person
        };
        out.push(self.plain(n, e, kind, title, gender, heads));
    }

    /// A mention of the name in tokens `s..e`.
    fn plain(
        &self,
        s: usize,
        e: usize,
        kind: EntityKind,
        title: Option<Span>,
        gender: Gender,
        heads: Vec<String>,
    ) -> NameMention {
        let t = self.toks;
        let last = t.str(e - 1);
        let trimmed = strip_possessive(last);
        let end = t.span(e - 1).start + trimmed.len();
        let span = Span::new(t.span(s).start, end.max(t.span(s).start));
        let (key, first) = if kind == EntityKind::Person {
            let mut last_word = e - 1;
            while last_word > s && is_suffix(t.low(last_word)) {
                last_word -= 1;
            }
            let key = strip_possessive(t.low(last_word)).to_string();
            let first = (last_word > s && t.low(s).len() > 2).then(|| t.low(s).to_string());
            (key, first)
        } else {
            let low = span.slice(t.text).to_ascii_lowercase();
            let low = low.strip_prefix("the ").unwrap_or(&low).to_string();
            (low, None)
        };
        NameMention {
            span,
            title,
            kind,
            gender,
            heads,
            role: false,
            key,
            first,
        }
    }

    /// True when token `s` is the first word of the sentence that starts at token `a`, after
    /// any opening punctuation.
    fn opens_sentence(&self, a: usize, s: usize) -> bool {
        (a..s).all(|i| {
            !self.toks.is_word(i) && self.toks.toks[i].kind != crate::tokens::TokenKind::Number
        })
    }

    /// True for a lone capitalized "-ed" or "-ing" form before a lowercase word: a participle,
    /// not a name.
    fn opens_with_verb(&self, s: usize, e: usize) -> bool {
        let t = self.toks;
        let low = t.low(s);
        e == s + 1
            && low.len() >= 5
            && (low.ends_with("ed") || low.ends_with("ing"))
            && s + 1 < t.len()
            && !t.is_cap(s + 1)
    }

    /// True when the word is also written in lowercase elsewhere in the article and is not a
    /// title or a known name.
    fn is_common(&self, i: usize) -> bool {
        let low = self.toks.low(i);
        self.vocabulary.contains(low)
            && self.lists.title(low).is_none()
            && self.lists.known_at(self.toks, i, i + 8).is_none()
    }

    /// True for a capitalized adjective such as "Russian" or "Western".
    fn is_adjective(&self, i: usize) -> bool {
        self.lists.is_adjective(self.toks.str(i))
    }
}

/// Generational suffixes that are not a surname.
fn is_suffix(low: &str) -> bool {
    matches!(low, "jr." | "sr." | "jr" | "sr" | "ii" | "iii" | "iv")
}
