//! Name mentions: runs of capitalized words, with the titles and roles written before them
//! ("Kremlin spokesman Dmitry Peskov", "U.S. National Security Adviser Mike Waltz"), and role
//! phrases without a name ("the president").

use std::ops::Range;

use std::borrow::Cow;

use super::intern::Interner;
use super::lists::{
    strip_possessive, Listed, NameLists, PeopleNoun, TitleKind, TitleWord, WordFacts, ADJECTIVE,
    CAPITALIZED, EVENT, GROUP, ORG_PART, PLACE_FIRST, PLACE_LAST,
};
use super::vocab::{Vocabulary, NO_SLOT};
use super::{EntityKind, Sureness};
use crate::quotes::Quotation;
use crate::segment::{Role, Segmentation};
use crate::span::Span;
use crate::tokens::Tokens;
use crate::words::{Gender, Words, AUX, CONJ, DET, LEAD, PREP, PRON, SUB, TIME};

/// A name or role phrase found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NameMention<'a> {
    /// The name without its titles or a possessive ending ("Dmitry Peskov", "Trump"); for a
    /// role, the whole phrase ("the president").
    pub(crate) span: Span,
    /// The token that `span` starts with.
    pub(crate) tok: usize,
    /// The titles written before the name ("Kremlin spokesman").
    pub(crate) title: Option<Span>,
    pub(crate) kind: EntityKind,
    /// The gender an honorific or a gendered title gives.
    pub(crate) gender: Gender,
    /// Where the lowercase head words of the titles ("spokesman", "president") lie in the
    /// list of heads that [`NameFinder::find`] fills beside the mentions: one list per
    /// sentence rather than an allocation per titled mention.
    pub(crate) heads: Range<usize>,
    /// True for a role phrase without a name.
    pub(crate) role: bool,
    /// Lowercase last word of a person's name, or the whole lowercase name of anything else,
    /// without a leading "the".
    pub(crate) key: &'a str,
    /// Lowercase first word of a person's name of two words or more.
    pub(crate) first: Option<&'a str>,
    /// True for a lone capitalized word that the text does not show to be a name by itself: it
    /// opens a sentence or a quotation, or is also written in lowercase ("Trump" beside "trump
    /// card"). It names an entity only when one of that name was seen before.
    pub(crate) weak: bool,
    /// How sure `kind` is.
    pub(crate) sure: Sureness,
    /// A title in apposition after the name ("chairman of the ... committee").
    pub(crate) appositive: Option<Span>,
}

/// True for a word that joins the parts of a name: "Bank of America", "Ursula von der Leyen".
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "van"
            | "von"
            | "der"
            | "den"
            | "da"
            | "del"
            | "della"
            | "di"
            | "la"
            | "le"
            | "du"
            | "bin"
            | "al"
            | "el"
            | "ibn"
            | "dos"
            | "das"
            | "&"
    )
}

/// Per-token facts that [`NameFinder::new`] reads once: most are asked of every token of a
/// sentence, some several times over.
const INITIAL: u16 = 1;
const IN_TITLE: u16 = 1 << 1;
const NAME_WORD: u16 = 1 << 2;
/// A capitalized word with a possessive ending ("Trump’s"): no other token of a name's run
/// has one.
const POSSESSIVE: u16 = 1 << 3;
/// A capitalized word written alone in running text (see [`CapWord::mid`]).
const MID: u16 = 1 << 4;
/// The word "the", however it is written.
const THE: u16 = 1 << 5;
/// A name word or a token written as a title: what starts a run of a name, read without a
/// branch per question.
const NAME_OR_TITLE: u16 = 1 << 6;
/// "the" before a lowercase noun for an organization ("the council"), looked up once.
const THE_ORG: u16 = 1 << 7;

/// The token's lowercase text has a title entry, however the token is written.
const LISTED: u16 = 1 << 8;
/// The token is written as a title: its entry, packed into the bits [`TITLE_SHIFT`] and up,
/// holds for it ([`NameFinder::title_at`]).
const TITLE: u16 = 1 << 9;
/// Where the packed title entry of a token with [`LISTED`] starts: its kind in two bits, its
/// gender in two and whether it must be capitalized in one. Kept beside the other facts
/// rather than in a list of its own as long as the article.
const TITLE_SHIFT: u32 = 10;

/// The title entry `t` as bits of a token's facts (see [`TITLE_SHIFT`]).
fn pack_title(t: TitleWord) -> u16 {
    let kind = match t.kind {
        TitleKind::Honorific => 0,
        TitleKind::Title => 1,
        TitleKind::Modifier => 2,
    };
    let gender = match t.gender {
        Gender::Male => 0,
        Gender::Female => 1,
        Gender::Neuter => 2,
        Gender::Any => 3,
    };
    (kind | (gender << 2) | (u16::from(t.capitalized) << 4)) << TITLE_SHIFT
}

/// The title entry packed by [`pack_title`] into `facts`.
fn unpack_title(facts: u16) -> TitleWord {
    let bits = facts >> TITLE_SHIFT;
    TitleWord {
        kind: match bits & 3 {
            0 => TitleKind::Honorific,
            1 => TitleKind::Title,
            _ => TitleKind::Modifier,
        },
        gender: match bits >> 2 & 3 {
            0 => Gender::Male,
            1 => Gender::Female,
            2 => Gender::Neuter,
            _ => Gender::Any,
        },
        capitalized: bits >> 4 & 1 != 0,
    }
}

/// The classes of function words: not names when capitalized, unless the context shows one.
const FUNCTION: u16 = DET | PREP | CONJ | SUB | AUX | LEAD | PRON | TIME;

/// How many tokens [`NameFinder::new`] sorts into its lists at a time.
const BLOCK: usize = 64;

/// In [`NameFinder::word_of`]: not a capitalized token.
const NO_WORD: u32 = u32::MAX;

/// One distinct capitalized word of the article, without a possessive ending: what the
/// questions asked of its tokens read, found once for all of them.
#[derive(Clone, Copy, Debug)]
struct CapWord {
    /// What the word lists say of the word, and the known names it starts.
    listed: Listed,
    /// The vocabulary slot of its ASCII-lowercased form, when that starts with a lowercase
    /// letter ([`NO_SLOT`] otherwise).
    low: u32,
    /// The vocabulary slot of the lowercase form that [`NameFinder::in_lowercase`] asks about;
    /// [`NO_SLOT`] for a word with a capital past its first letter, which it never asks.
    lower: u32,
    /// Written alone somewhere in running text outside an opening, a title-case line or page
    /// furniture: what the text shows to be a name.
    mid: bool,
    /// [`NameFinder::word_decides`] of a token of the word as written: asked of every
    /// capitalized token outside a title, and most capitalized words recur.
    name_word: Option<bool>,
}

impl CapWord {
    /// The entry of `stem`, the word of capitalized token `i` without its possessive ending,
    /// but for its list entry (read afterwards); asks the vocabulary about its lowercase forms.
    fn new<'a>(
        toks: &'a Tokens,
        i: usize,
        stem: &str,
        words: &Words,
        vocabulary: &mut Vocabulary<'a, '_>,
    ) -> CapWord {
        // The lowercase copy of the token has the same bytes where the word is ASCII.
        let all = toks.low(i);
        let stem_low = all.get(..stem.len()).unwrap_or(all);
        let function = if stem.len() == all.len() {
            toks.is_class(i, FUNCTION)
        } else {
            words.is(stem_low, FUNCTION)
        };
        let name_word = if is_contraction(stem) || is_shouted(stem) {
            Some(false)
        } else {
            (!function).then_some(true)
        };
        let low = if stem_low.starts_with(|c: char| c.is_ascii_lowercase()) {
            vocabulary.ask(Cow::Borrowed(stem_low))
        } else {
            NO_SLOT
        };
        // Told byte by byte for an ASCII word, as most are.
        let lower = if stem.is_ascii() {
            let inner_capital = stem.bytes().skip(1).any(|b| b.is_ascii_uppercase());
            if inner_capital {
                NO_SLOT
            } else {
                low
            }
        } else if stem.chars().skip(1).any(char::is_uppercase) {
            NO_SLOT
        } else {
            vocabulary.ask(Cow::Owned(stem.to_lowercase()))
        };
        CapWord {
            listed: Listed::default(),
            low,
            lower,
            mid: false,
            name_word,
        }
    }
}

/// Finds names in sentences. Borrows the lists; holds the article's lowercase vocabulary.
pub(crate) struct NameFinder<'a, 't> {
    pub(crate) toks: &'a Tokens<'t>,
    pub(crate) words: &'a Words,
    pub(crate) lists: &'a NameLists,
    /// The capitalized words the article also writes in lowercase.
    vocabulary: Vocabulary<'a, 't>,
    /// Per token: [`INITIAL`] (set only on the tokens of `starts`) where English capitalizes
    /// any word, at the opening of a sentence, a quotation, a parenthesis or a clause after a
    /// colon or a dash; [`IN_TITLE`] inside a quotation that names a work ("his book “War”");
    /// [`NAME_WORD`] for [`NameFinder::name_word`]; [`POSSESSIVE`]; [`MID`]; [`THE`];
    /// [`NAME_OR_TITLE`]; [`THE_ORG`]; and the title entry of its lowercase text ([`LISTED`],
    /// [`TITLE`]): titles are asked of most tokens several times over, so looked up once.
    facts: Vec<u16>,
    /// The tokens that may start a name or a role phrase, in order: a superset of the name
    /// words, the titles and "the".
    starts: Vec<usize>,
    /// Per sentence: the index in `starts` of its first token there.
    first_start: Vec<usize>,
    /// Per token: its word's entry in `cap_words`, or [`NO_WORD`] when it is not capitalized.
    word_of: Vec<u32>,
    cap_words: Vec<CapWord>,
    /// The index in `cap_words` of each word.
    cap_index: Interner<'t, u32>,
    /// Per sentence: true for a title-case line, where only listed names count.
    title_case: Vec<bool>,
    /// The tokens with the pronoun class bit, in order, for the resolver
    /// ([`NameFinder::take_pronouns`]).
    pronouns: Vec<usize>,
}

/// Punctuation after which the next word is capitalized whatever it is.
fn opens_clause(p: &str) -> bool {
    matches!(
        p,
        "“" | "\""
            | "‘"
            | "("
            | "["
            | ":"
            | "—"
            | "–"
            | "-"
            | "--"
            | "…"
            | "..."
            | "•"
            | "*"
            | "|"
    )
}

/// True for a contraction: "I’ve", "We’re", "They'll", "Don’t": a word that ends in an
/// apostrophe and "ve", "re", "ll", "d" or "m", or in "n", an apostrophe and "t", with more
/// before those.
fn is_contraction(w: &str) -> bool {
    // Read from the end, byte for byte, without a lowercase copy: asked of every capitalized
    // word. Setting bit 0x20 makes a small letter of a capital and of no other byte.
    let b = w.as_bytes();
    let n = b.len();
    let low = |i: usize| b.get(i).map_or(0, |&c| c | 0x20);
    // Where the apostrophe before the last `k` bytes starts, if one stands there.
    let apostrophe = |k: usize| -> Option<usize> {
        let at = n.checked_sub(k)?;
        if at >= 1 && b[at - 1] == b'\'' {
            Some(at - 1)
        } else if at >= 3 && &b[at - 3..at] == "’".as_bytes() {
            Some(at - 3)
        } else {
            None
        }
    };
    if let Some(a) = apostrophe(2) {
        if a > 0 && matches!(&[low(n - 2), low(n - 1)], b"ve" | b"re" | b"ll") {
            return true;
        }
    }
    match apostrophe(1) {
        Some(a) if a > 0 && matches!(low(n - 1), b'd' | b'm') => true,
        Some(a) => a >= 2 && low(n - 1) == b't' && low(a - 1) == b'n',
        None => false,
    }
}

/// Where English capitalizes any word: true when word token `i` of the sentence that starts
/// at token `a` is its first word, or follows punctuation that opens a clause (a quotation, a
/// parenthesis, a colon, a dash) with only punctuation between.
fn opens_at(toks: &Tokens, a: usize, i: usize) -> bool {
    let mut j = i;
    while j > a {
        j -= 1;
        if toks.is_word(j) {
            return false;
        }
        let p = toks.str(j);
        let opening_single = p == "'" && (j == 0 || !toks.is_word(j - 1));
        if opens_clause(p) || opening_single {
            return true;
        }
    }
    true
}

/// True when most words of the sentence `a..b` are capitalized and it has no final stop, as
/// in a title-case headline.
fn is_title_case(toks: &Tokens, a: usize, b: usize) -> bool {
    // Running text ends with a stop; a title-case headline does not, and a sentence full of
    // names ("Paula Grant met Omar Haddad on Monday.") is not a headline.
    if b > a && matches!(toks.str(b - 1), "." | "”" | "\"") {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for i in a..b {
        // Counted without a branch per token: the lowercase text is as long as the token.
        let long = toks.is_word(i) & (toks.span(i).len() > 3);
        words += usize::from(long);
        caps += usize::from(long & toks.is_cap(i));
    }
    words >= 4 && caps * 10 >= words * 8
}

impl<'a, 't> NameFinder<'a, 't> {
    /// A finder over the article's tokens; `ranges` holds the token range of each sentence of
    /// `seg`.
    pub(crate) fn new(
        toks: &'a Tokens<'t>,
        words: &'a Words,
        lists: &'a NameLists,
        seg: &Segmentation,
        ranges: &[Range<usize>],
        quotes: &[Quotation],
    ) -> Self {
        let n = toks.len();
        let text = toks.text.as_bytes();
        let mut facts = vec![0u16; n];
        // The tokens that may start a name or a role phrase (a capitalized word, a title, a
        // determiner such as "the"), in order, and the pronouns (which the resolver reads): the
        // passes below and the name loop visit only those. Written without a branch per token,
        // which would be mispredicted often. Each block of tokens fills two small arrays from
        // the front, and their filled parts are appended at once: lists as long as the
        // article would be zero-filled first. The capitalized tokens and the titles are among
        // the starts, and are picked from those.
        let mut starts = Vec::with_capacity(n / 2);
        let mut pronouns = Vec::with_capacity(n / 16);
        let (mut start_block, mut pron_block) = ([0usize; BLOCK], [0usize; BLOCK]);
        let entries = toks.entries();
        for (b, (block, block_entries)) in toks
            .toks
            .chunks(BLOCK)
            .zip(entries.chunks(BLOCK))
            .enumerate()
        {
            let (mut bs, mut bp) = (0, 0);
            for (k, (tok, entry)) in block.iter().zip(block_entries).enumerate() {
                let i = b * BLOCK + k;
                // Each count is at most `k`: the masks only show the compiler so.
                start_block[bs % BLOCK] = i;
                pron_block[bp % BLOCK] = i;
                bs += usize::from(tok.is_cap() | entry.title() | (entry.class & DET != 0));
                bp += usize::from(entry.class & PRON != 0);
            }
            starts.extend_from_slice(&start_block[..bs]);
            pronouns.extend_from_slice(&pron_block[..bp]);
        }
        let ns = starts.len();
        let mut caps = vec![0; ns];
        let mut listed_titles = vec![0; ns];
        let (mut nc, mut nt) = (0, 0);
        // "the" is a determiner: among the starts, told without a branch, and the other
        // determiners dropped. Setting bit 0x20 lowercases "T", "H" and "E", and makes no
        // other byte a "t", "h" or "e". A lowercase "the" starts something only before a
        // capitalized word, a title or a noun for an organization ("the council"): before
        // any other word it is dropped too.
        let mut kept = 0;
        for k in 0..ns {
            let i = starts[k];
            caps[nc] = i;
            listed_titles[nt] = i;
            nc += usize::from(toks.is_cap(i));
            nt += usize::from(toks.is_listed_title(i));
            let span = toks.span(i);
            let three = match text.get(span.start..span.start + 3) {
                Some(&[a, b, c]) => u32::from_le_bytes([a, b, c, 0]),
                _ => 0,
            };
            let the = (span.len() == 3) & (three | 0x0020_2020 == u32::from_le_bytes(*b"the\0"));
            starts[kept] = i;
            let next = (i + 1).min(n - 1);
            let before_name = (i + 1 < n) & (toks.is_cap(next) | toks.is_listed_title(next));
            // One branch, taken only by a "the" before a lowercase word, guards the lookup.
            let maybe_org = the & (i + 1 < n) & toks.is_word(next) & !toks.is_cap(next);
            let org = maybe_org && lists.is_org_head(toks.low(next));
            facts[i] = (u16::from(the) * THE) | (u16::from(org) * THE_ORG);
            let useful_the = (the & before_name) | org;
            kept += usize::from(useful_the | toks.is_cap(i) | toks.is_listed_title(i));
        }
        caps.truncate(nc);
        listed_titles.truncate(nt);
        // The tokenizer's entry tells the few tokens listed as titles: only those are looked up.
        for &i in &listed_titles {
            if let Some(t) = lists.title(toks.low(i)) {
                let here = !t.capitalized || toks.is_cap(i);
                facts[i] |= LISTED | (u16::from(here) * TITLE) | pack_title(t);
            }
        }
        for q in quotes.iter().filter(|q| q.title) {
            for i in toks.within(q.span) {
                facts[i] |= IN_TITLE;
            }
        }
        // One entry per distinct capitalized word (without a possessive ending), made when
        // the word is first met.
        let mut vocabulary = Vocabulary::new(toks, caps.len());
        let mut word_of = vec![NO_WORD; n];
        let mut cap_words: Vec<CapWord> = Vec::with_capacity(caps.len() / 2);
        let mut cap_index = Interner::with_capacity(caps.len());
        // Where each word of `cap_words` is first written: its list entry is read below.
        let mut stems = Vec::with_capacity(caps.len() / 2);
        for &i in &caps {
            let word = toks.str(i);
            let stem = strip_possessive(word);
            if stem.len() != word.len() {
                facts[i] |= POSSESSIVE;
                // The whole token's lowercase form, which `has_token` asks of it.
                let low = toks.low(i);
                if low.starts_with(|c: char| c.is_ascii_lowercase()) {
                    vocabulary.ask(Cow::Borrowed(low));
                }
            }
            let next = u32::try_from(cap_words.len()).unwrap_or(NO_WORD);
            if next == NO_WORD {
                continue;
            }
            let id = cap_index.number_or(Cow::Borrowed(stem), next);
            if id == next {
                cap_words.push(CapWord::new(toks, i, stem, words, &mut vocabulary));
                let start = toks.span(i).start;
                stems.push((start, start + stem.len()));
            }
            word_of[i] = id;
        }
        // The list entries in a pass of their own: the lists are too large to stay in the
        // caches from one article to the next, and lookups that wait on no branch between them
        // wait for memory side by side rather than one after another.
        for (w, &(start, end)) in cap_words.iter_mut().zip(&stems) {
            w.listed = lists.listed_at(toks.text, start, end);
        }
        vocabulary.scan();
        starts.truncate(kept);
        let mut finder = NameFinder {
            toks,
            words,
            lists,
            vocabulary,
            facts,
            starts,
            first_start: Vec::with_capacity(ranges.len()),
            word_of,
            cap_words,
            cap_index,
            title_case: Vec::with_capacity(ranges.len()),
            pronouns,
        };
        for &i in &caps {
            if finder.name_word_once(i) {
                finder.facts[i] |= NAME_WORD | NAME_OR_TITLE;
            }
        }
        for &i in &listed_titles {
            let title = finder.title_at(i).is_some();
            finder.facts[i] |= u16::from(title) * NAME_OR_TITLE;
        }
        let mut c = 0;
        for (s, range) in seg.sentences.iter().zip(ranges) {
            // The sentence's tokens in `starts`.
            let starts = &finder.starts;
            if c > 0 && starts[c - 1] >= range.start {
                // Out of order: search afresh.
                c = starts.partition_point(|&k| k < range.start);
            }
            while starts.get(c).is_some_and(|&k| k < range.start) {
                c += 1;
            }
            finder.first_start.push(c);
            let title_case =
                s.role != Role::Boilerplate && is_title_case(toks, range.start, range.end);
            finder.title_case.push(title_case);
            if s.role == Role::Boilerplate || title_case {
                continue;
            }
            let end = starts[c..].partition_point(|&k| k < range.end);
            for k in c..c + end {
                let i = finder.starts[k];
                if opens_at(toks, range.start, i) {
                    finder.facts[i] |= INITIAL;
                }
                // Only lone words count: "Grain" of "International Grain Council" shows
                // nothing about a "Grain" that opens a line. Worked out without a branch.
                let cap_before = (i > range.start) & toks.is_cap(i.saturating_sub(1));
                let cap_after = (i + 1 < range.end) & toks.is_cap((i + 1).min(n - 1));
                let mid = toks.is_cap(i)
                    & !cap_before
                    & !cap_after
                    & (finder.facts[i] & (INITIAL | IN_TITLE) == 0);
                finder.facts[i] |= u16::from(mid) * MID;
            }
        }
        for &i in &caps {
            let mid = finder.facts[i] & MID != 0;
            if let Some(w) = finder.cap_words.get_mut(finder.word_of[i] as usize) {
                w.mid |= mid;
            }
        }
        finder
    }

    /// The tokens with the pronoun class bit, in order: listed in the pass that lists the
    /// starts, rather than in a pass of the resolver's own.
    pub(crate) fn take_pronouns(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.pronouns)
    }

    /// The entry of capitalized token `i`'s word.
    fn cap_word(&self, i: usize) -> Option<&CapWord> {
        self.cap_words.get(*self.word_of.get(i)? as usize)
    }

    /// True when token `i` is "the", however it is written.
    fn is_the(&self, i: usize) -> bool {
        self.facts[i] & THE != 0
    }

    /// True for a capitalized token with a possessive ending.
    fn possessive(&self, i: usize) -> bool {
        self.facts[i] & POSSESSIVE != 0
    }

    /// [`NameLists::known_at`], with the first word's lookup made beforehand.
    fn known_at(&self, i: usize, end: usize) -> Option<(usize, EntityKind)> {
        match self.cap_word(i) {
            Some(w) => self.lists.known_in(w.listed, self.toks, i, end),
            None => self.lists.known_at(self.toks, i, end),
        }
    }

    /// What the word lists say of token `i`'s word without a possessive ending.
    fn stem_facts(&self, i: usize) -> WordFacts {
        match self.cap_word(i) {
            Some(w) => w.listed.facts,
            None => self.lists.facts(strip_possessive(self.toks.str(i))),
        }
    }

    /// True when token `i`'s word without a possessive ending has the list bit `bit`.
    fn stem_is(&self, i: usize, bit: u8) -> bool {
        self.stem_facts(i).bits & bit != 0
    }

    /// What the word lists say of token `i`'s word as written.
    fn raw_facts(&self, i: usize) -> WordFacts {
        match self.cap_word(i) {
            Some(w) if !self.possessive(i) => w.listed.facts,
            _ => self.lists.facts(self.toks.str(i)),
        }
    }

    /// True when `word` is a capitalized word written alone in running text (see
    /// [`CapWord::mid`]).
    fn is_mid(&self, word: &str) -> bool {
        self.cap_index
            .get(word)
            .is_some_and(|k| self.cap_words.get(k as usize).is_some_and(|w| w.mid))
    }

    /// [`NameFinder::is_mid`] of token `i`'s word without a possessive ending.
    fn stem_is_mid(&self, i: usize) -> bool {
        match self.cap_word(i) {
            Some(w) => w.mid,
            None => self.is_mid(strip_possessive(self.toks.str(i))),
        }
    }

    /// [`NameFinder::is_mid`] of token `i` as written.
    fn token_is_mid(&self, i: usize) -> bool {
        match self.cap_word(i) {
            Some(w) if !self.possessive(i) => w.mid,
            _ => self.is_mid(self.toks.str(i)),
        }
    }

    /// True when the lowercase form of token `i` is written in lowercase in the article.
    fn has_token(&self, i: usize) -> bool {
        match self.cap_word(i) {
            Some(w) if !self.possessive(i) => self.vocabulary.seen(w.low),
            _ => self.vocabulary.has_token(i),
        }
    }

    fn initial(&self, i: usize) -> bool {
        self.facts[i] & INITIAL != 0
    }

    /// The title entry of token `i`, if it is written as a title.
    fn title_at(&self, i: usize) -> Option<TitleWord> {
        let f = self.facts[i];
        (f & TITLE != 0).then(|| unpack_title(f))
    }

    fn is_function_word(&self, i: usize) -> bool {
        let low = self.toks.low(i);
        let stem = strip_possessive(low);
        if stem.len() == low.len() {
            self.toks.is_class(i, FUNCTION)
        } else {
            self.words.is(stem, FUNCTION)
        }
    }

    /// Whether token `i` is a name word ([`NAME_WORD`]): a capitalized word that can be part
    /// of a name, not a function word ("The", "When") and not a long all-capitals word of a
    /// shouted subhead.
    fn name_word(&self, i: usize) -> bool {
        if !self.toks.is_cap(i) || self.facts[i] & IN_TITLE != 0 {
            return false;
        }
        match self.word_decides(i) {
            Some(name) => name,
            None => self.function_word_names(i),
        }
    }

    /// [`NameFinder::name_word`] of capitalized token `i`, with the part that depends on the
    /// word alone read from its entry ([`CapWord::name_word`]).
    fn name_word_once(&self, i: usize) -> bool {
        // A possessive token is not its word as written, and a title's words are no names.
        let as_written = self.facts[i] & (POSSESSIVE | IN_TITLE) == 0;
        match self.cap_word(i).filter(|_| as_written) {
            Some(w) => match w.name_word {
                Some(name) => name,
                None => self.function_word_names(i),
            },
            None => self.name_word(i),
        }
    }

    /// What the text of capitalized token `i` alone says of whether it is a name word: not a
    /// contraction ("Don’t") or a long all-capitals word of a shouted subhead, and a name
    /// word when it is no function word; `None` for a function word ("The", "Will"), which
    /// its context decides ([`NameFinder::function_word_names`]).
    fn word_decides(&self, i: usize) -> Option<bool> {
        let w = self.toks.str(i);
        if is_contraction(w) || is_shouted(w) {
            return Some(false);
        }
        (!self.is_function_word(i)).then_some(true)
    }

    /// Whether capitalized function word `i` is a name word: it opens a known name, or it is
    /// a given name before a surname.
    fn function_word_names(&self, i: usize) -> bool {
        if self.known_at(i, i + 8).is_some() {
            return true;
        }
        // "Will Doyle", "Mark Levine": a capitalized function word before a capitalized word,
        // after another word of the sentence.
        let t = self.toks;
        i > 0
            && t.is_word(i - 1)
            && i + 1 < t.len()
            && t.is_cap(i + 1)
            && !t.is_class(i, DET | PREP | SUB | CONJ | TIME)
            && self.words.pronoun(t.low(i)).is_none()
    }

    /// Name mentions of sentence `sentence`, whose tokens are `a..b`, in order.
    /// The title heads of the mentions go to `heads`, which their [`NameMention::heads`]
    /// index.
    pub(crate) fn find(
        &self,
        sentence: usize,
        a: usize,
        b: usize,
        out: &mut Vec<NameMention<'a>>,
        heads: &mut Vec<&'a str>,
    ) {
        let title_case = self.title_case[sentence];
        if let Some(m) = self.group_subject(a, b) {
            out.push(m);
        }
        // Only a name word, a title or "the" starts a name or a role phrase: the loop goes from
        // one such token to the next.
        let mut c = match self.first_start.get(sentence) {
            Some(&c) => c,
            None => self.starts.partition_point(|&k| k < a),
        };
        let mut i = a;
        loop {
            while self.starts.get(c).is_some_and(|&k| k < i) {
                c += 1;
            }
            match self.starts.get(c) {
                Some(&k) if k < b => i = k,
                _ => break,
            }
            if let Some(m) = self.org_role(i, b, heads) {
                out.push(m);
                i += 2;
                continue;
            }
            match self.run(i, b) {
                Some(e) => {
                    let before = out.len();
                    if title_case {
                        self.known_only(i, e, out);
                    } else {
                        self.analyze(i, e, out, heads);
                    }
                    // The role phrase of an appositive titles the name before it ("Slutsky,
                    // the chairman of ..."): no mention of its own.
                    // Told with one branch: whether the run gave a mention is hard to foresee.
                    let last = out.len().saturating_sub(1);
                    let role = out.get(before.min(last)).is_some_and(|m| m.role);
                    if (before > 0) & (out.len() > before) & role {
                        let apposed = out[before - 1].appositive.is_some_and(|a| {
                            out[before].span.end > a.start && out[before].span.end <= a.end
                        });
                        if apposed {
                            out.remove(before);
                        }
                    }
                    i = e.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// A plural noun phrase for people that opens the sentence as its subject ("The workers
    /// walked out", "Officials said", "Russian forces crossed"): a group that a later "they" can
    /// point to.
    fn group_subject(&self, a: usize, b: usize) -> Option<NameMention<'a>> {
        let t = self.toks;
        let mut i = a;
        while i < b && !t.is_word(i) {
            i += 1;
        }
        let start = i;
        if i < b && matches!(t.low(i), "the" | "some" | "many" | "most" | "several") {
            i += 1;
        }
        // Up to two modifiers, then a head that names several people.
        let mut head = None;
        for k in i..(i + 3).min(b) {
            if !t.is_word(k) || t.class(k) != 0 {
                break;
            }
            // Capitalized only to open the sentence, as a common word ("Officials said") or a
            // demonym ("Russian forces"); not a name ("Reuters", "Trump suggests").
            if t.is_cap(k)
                && !(k == start && (self.has_token(k) || self.is_adjective(k) || self.is_people(k)))
            {
                break;
            }
            if self.is_people(k) {
                head = Some(k);
                break;
            }
        }
        let mut head = head?;
        // "police officers".
        if head + 1 < b && !t.is_cap(head + 1) && self.is_people(head + 1) {
            head += 1;
        }
        // The next word must not continue the noun phrase with a name ("The workers union").
        if head + 1 < b && t.is_cap(head + 1) {
            return None;
        }
        let span = t.span(start).cover(t.span(head));
        let low = t.low_span(span);
        let key = low.strip_prefix("the ").unwrap_or(low);
        Some(NameMention {
            span,
            tok: start,
            title: None,
            kind: EntityKind::Group,
            gender: Gender::Any,
            heads: 0..0,
            role: false,
            key,
            first: None,
            weak: false,
            sure: Sureness::Name,
            appositive: None,
        })
    }

    /// "the council", "the ministry": a noun after "the" that points back to an organization
    /// (and is not itself the start of a name: "the council of Europe").
    fn org_role(&self, i: usize, b: usize, heads: &mut Vec<&'a str>) -> Option<NameMention<'a>> {
        let t = self.toks;
        // Rarely set, so the one branch is foreseen.
        if self.facts[i] & THE_ORG == 0 || i + 1 >= b {
            return None;
        }
        let head = t.low(i + 1);
        if i + 2 < b && (t.low(i + 2) == "of" || t.is_cap(i + 2)) {
            return None;
        }
        heads.push(head);
        Some(NameMention {
            span: t.span(i).cover(t.span(i + 1)),
            tok: i,
            title: None,
            kind: EntityKind::Organization,
            gender: Gender::Neuter,
            heads: heads.len() - 1..heads.len(),
            role: true,
            key: head,
            first: None,
            weak: false,
            sure: Sureness::Name,
            appositive: None,
        })
    }

    /// The end of the run of name-like tokens that starts at `i`, if one does.
    fn run(&self, i: usize, b: usize) -> Option<usize> {
        let t = self.toks;
        if !t.is_word(i) {
            return None;
        }
        // Worked out without a branch: which of these holds is hard to foresee.
        let f = &self.facts;
        let next = f[(i + 1).min(f.len() - 1)];
        let starts = (f[i] & NAME_OR_TITLE != 0)
            | ((f[i] & THE != 0) & (i + 1 < b) & (next & NAME_OR_TITLE != 0));
        if !starts {
            return None;
        }
        let mut j = i + 1;
        // A possessive ending closes the run. Of the tokens a run holds, only capitalized
        // words can have one (no title, connector or "the" ends in "'s"), and `facts` tells
        // those: the text is not read again.
        if f[i] & POSSESSIVE == 0 {
            // "&" joins two names ("Standard & Poor's").
            while j < b && (t.is_word(j) || (t.is(j, "&") && j + 1 < b && t.is_cap(j + 1))) {
                // A name word, or a title that is no time word, told without a branch.
                let word_joins =
                    (f[j] & NAME_WORD != 0) | ((f[j] & NAME_OR_TITLE != 0) & !t.is_class(j, TIME));
                // "Air Force One": a capitalized number ends a name.
                let joins = word_joins || {
                    let low = t.low(j);
                    (t.is_cap(j) && is_cardinal(low))
                        || low == "&"
                        || ((is_connector(low) || self.is_the(j))
                            && j + 1 < b
                            && f[j + 1] & (NAME_WORD | THE) != 0)
                };
                if !joins {
                    break;
                }
                j += 1;
                if f[j - 1] & POSSESSIVE != 0 {
                    break;
                }
            }
        }
        Some(j)
    }

    /// In a title-case line, only names from the lists count.
    fn known_only(&self, s: usize, e: usize, out: &mut Vec<NameMention<'a>>) {
        let mut i = s;
        while i < e {
            if let Some((len, kind)) = self.known_at(i, e) {
                out.push(self.plain(i, i + len, kind, None, Gender::Any, 0..0));
                i += len;
            } else {
                i += 1;
            }
        }
    }

    /// Splits the run `s..e` into titles and a name.
    fn analyze(
        &self,
        s: usize,
        e: usize,
        out: &mut Vec<NameMention<'a>>,
        heads: &mut Vec<&'a str>,
    ) {
        let mut s = s;
        // A title "of" a name ("the chairman of the Federal Reserve") is no title of that
        // name: the words after "of" are read again as a run of their own.
        while let Some(next) = self.analyze_from(s, e, out, heads) {
            if next <= s {
                break;
            }
            s = next;
        }
    }

    /// One pass of [`NameFinder::analyze`]: the token to read again from, when the run holds a
    /// title "of" something.
    fn analyze_from(
        &self,
        s: usize,
        e: usize,
        out: &mut Vec<NameMention<'a>>,
        all_heads: &mut Vec<&'a str>,
    ) -> Option<usize> {
        let t = self.toks;
        let mut s = s;
        let had_the = self.is_the(s);
        if had_the {
            s += 1;
        }
        // A capitalized common word opening the sentence ("Currently", "Officials", "Let's"),
        // or a verb form opening a clause ("Asked whether ...", "Speaking to reporters, ...").
        if s < e
            && self.initial(s)
            && (self.is_common(s)
                || self.opens_with_verb(s, e)
                || self.opens_with_noun_of(s, e)
                || self.stem_is(s, CAPITALIZED))
        {
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
        // This run's heads are the ones pushed from here on.
        let first_head = all_heads.len();
        let mut gender = Gender::Any;
        let mut k = s;
        while k < run_end {
            match self.title_at(k) {
                Some(tw) if tw.kind != TitleKind::Modifier => {
                    last_title = Some(k);
                    if tw.kind == TitleKind::Title {
                        all_heads.push(t.low(k).trim_end_matches('.'));
                    }
                    if tw.gender != Gender::Any {
                        gender = tw.gender;
                    }
                    let mut m = k + 1;
                    if m < run_end && t.low(m) == "of" {
                        m += 1;
                        if m < run_end && self.is_the(m) {
                            m += 1;
                        }
                        let before = m;
                        while m < run_end && (self.title_at(m).is_some() || t.low(m) == "affairs") {
                            m += 1;
                        }
                        // "leader of the Republican Party": the words after "of" name an
                        // organization or a place, not a department of the title.
                        let names_org = (before..run_end).any(|i| self.stem_is(i, ORG_PART))
                            || self
                                .known_at(before, run_end)
                                .is_some_and(|(len, _)| before + len == run_end);
                        if m > before && !names_org {
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
        let heads = first_head..all_heads.len();
        let name_start = last_title.map_or(s, |k| k + 1);
        let mut n = name_start;
        // Lowercase modifiers with no title after them ("state RIA") are not part of a name.
        while n < e && !t.is_cap(n) {
            n += 1;
        }
        let of_name = last_title.is_some() && (name_start..n).any(|k| t.low(k) == "of");
        if name_start >= e || of_name {
            // Titles and no name: a role phrase, when "the" announces it ("the president").
            if had_the && !heads.is_empty() {
                let start = t.span(s - 1).start;
                let last = last_title.unwrap_or(s);
                let end = t.span(last).end;
                let key = all_heads.last().copied().unwrap_or_default();
                out.push(NameMention {
                    span: Span::new(start, end),
                    tok: s - 1,
                    title: None,
                    kind: EntityKind::Person,
                    gender,
                    heads,
                    role: true,
                    key,
                    first: None,
                    weak: false,
                    sure: Sureness::Name,
                    appositive: None,
                });
            }
            return of_name.then_some(n);
        }
        let title = last_title.map(|k| Span::new(t.span(s).start, t.span(k).end));
        // Capitalized adjectives before a known name ("Ukrainian NATO"); before anything else
        // they are part of the name ("European Commission", "International Grain Council").
        let mut m = n;
        while m + 1 < e && self.is_adjective(m) {
            m += 1;
        }
        if m > n && self.known_at(m, e).is_some_and(|(len, _)| m + len == e) {
            n = m;
        }
        if let Some((len, kind)) = self.known_at(n, e) {
            // A known place, outlet or organization takes no title ("three major US banks").
            if n + len == e && (title.is_none() || kind != EntityKind::Person) {
                let mut m = self.plain(n, e, kind, None, gender, heads);
                // "Apple" opening a sentence of an article about apples.
                m.weak =
                    len == 1 && self.initial(n) && !self.stem_is_mid(n) && self.in_lowercase(n);
                out.push(m);
                return None;
            }
        }
        // Adjectives alone ("Eastern European", "Russian"), and names of events, laws and
        // models ("G20 Summit", "Vietnam War", "Airbus A380").
        if title.is_none() && (n..e).all(|k| self.is_adjective(k)) {
            return None;
        }
        // Names of vehicles, models and indexes: "Air Force One", "Airbus A380", "F-35",
        // "Boeing 747", "FTSE 100". A year after a name is no model number. Only a name
        // without a title is asked, and its tokens' text is read only when their flags do
        // not settle it.
        let coded = || {
            let numbered = e < t.len()
                && t.str(e).starts_with(|c: char| c.is_ascii_digit())
                && t.str(e)
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == 's')
                && !(t.str(e).len() == 4 && matches!(&t.str(e)[..2], "19" | "20"))
                && t.str(e - 1).len() == strip_possessive(t.str(e - 1)).len();
            numbered
                || is_cardinal(t.low(e - 1))
                || (n..e).any(|k| {
                    // A plain token holds ASCII letters only, digits only, or one other
                    // character: never a letter and a digit, as most names' words show at once.
                    let plain = t.toks.get(k).is_none_or(|tok| tok.plain);
                    // An ASCII digit is one byte, and no byte of another character is one.
                    !plain && {
                        let w = t.str(k);
                        w.bytes().any(|b| b.is_ascii_digit()) && w.chars().any(char::is_alphabetic)
                    }
                })
        };
        if title.is_none() && (self.stem_is(e - 1, EVENT) || coded()) {
            return None;
        }
        // "Joel Pollak of Breitbart California": a person's name, then where they work.
        if let Some(p) = (n + 2..e).find(|&p| t.str(p) == "of") {
            let mut g = gender;
            if self.kind_of(n, p, title.is_some(), &mut g) == (EntityKind::Person, Sureness::Name) {
                let mut m = self.plain(n, p, EntityKind::Person, title, g, heads);
                m.sure = Sureness::Name;
                out.push(m);
                return Some(p + 1);
            }
        }
        let mut weak = false;
        if title.is_none() && e - n == 1 {
            let word = strip_possessive(t.str(n));
            if self.stem_is(n, CAPITALIZED) || self.is_compound_modifier(word) || is_initial(word) {
                return None;
            }
            if self.stem_is(n, GROUP) {
                out.push(self.plain(n, e, EntityKind::Group, None, gender, heads));
                return None;
            }
            // At an opening, the text must show the word capitalized elsewhere, or give it a
            // possessive ("Trump’s team"), which common words that open sentences rarely take.
            let possessive = word.len() < t.str(n).len();
            weak = (self.initial(n) && !self.stem_is_mid(n) && !possessive) || self.in_lowercase(n);
        }
        let (kind, sure) = self.kind_of(n, e, title.is_some(), &mut gender);
        let mut m = self.plain(n, e, kind, title, gender, heads);
        m.weak = weak;
        m.sure = sure;
        if kind == EntityKind::Person {
            if let Some((span, g)) = self.appositive(run_end.max(e), t.len(), all_heads) {
                m.appositive = Some(span);
                m.heads.end = all_heads.len();
                m.sure = Sureness::Name;
                if m.gender == Gender::Any {
                    m.gender = g;
                }
            }
        }
        if m.sure < Sureness::Name && self.place_context(n, e) {
            m.kind = EntityKind::Place;
            m.sure = Sureness::Context;
            m.key = t.low_span(m.span);
            m.first = None;
        }
        out.push(m);
        None
    }

    /// The kind of the name in tokens `n..e`, and how sure it is: an organization by one of
    /// its words ("Ministry", "Council", "Inc."), a known outlet, organization or place, a
    /// place by a word for a feature ("Ross Sea", "Mount Everest"), a person by a title before
    /// it, a given name ("Keith Kellogg", or "Isabel" alone when the name has a clear gender)
    /// or an initial ("George W. Bush", "R Saravanan"); else a guess. A given name with a
    /// clear gender sets `gender` when it is open.
    fn kind_of(
        &self,
        n: usize,
        e: usize,
        titled: bool,
        gender: &mut Gender,
    ) -> (EntityKind, Sureness) {
        let t = self.toks;
        if (n..e).any(|i| self.stem_is(i, ORG_PART)) {
            return (EntityKind::Organization, Sureness::Name);
        }
        if let Some((len, kind)) = self.known_at(n, e) {
            if len == e - n {
                return (kind, Sureness::Name);
            }
        }
        if e - n >= 2
            && (self.raw_facts(n).bits & PLACE_FIRST != 0 || self.stem_is(e - 1, PLACE_LAST))
        {
            return (EntityKind::Place, Sureness::Name);
        }
        if titled {
            return (EntityKind::Person, Sureness::Name);
        }
        let given = self.raw_facts(n).given;
        if let Some(g) = given.filter(|&g| e - n >= 2 || g != Gender::Any) {
            if *gender == Gender::Any {
                *gender = g;
            }
            let sure = if e - n >= 2 {
                Sureness::Name
            } else {
                Sureness::Context
            };
            return (EntityKind::Person, sure);
        }
        let initial = e - n >= 2 && (n..e - 1).any(|i| is_initial(t.str(i)));
        if initial {
            return (EntityKind::Person, Sureness::Name);
        }
        (EntityKind::Person, Sureness::Guess)
    }

    /// "Leonid Slutsky, the chairman of the ... committee, said": the appositive after a name
    /// that ends before token `k`, when it is headed by a title. Returns the appositive without
    /// its determiner, up to its closing comma (or the title words alone when no comma closes
    /// it nearby), and the gender its title heads give; the heads go to `heads`. "Putin, the
    /// president said, ..."
    /// is no appositive: a verb follows the title.
    fn appositive(&self, k: usize, end: usize, heads: &mut Vec<&'a str>) -> Option<(Span, Gender)> {
        const SPAN: usize = 16;
        let t = self.toks;
        if k + 2 >= end || !t.is(k, ",") {
            return None;
        }
        let mut j = k + 1;
        if matches!(
            t.low(j),
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        ) {
            j += 1;
        }
        let start = j;
        // Up to four modifiers before the head: "former", "longtime", "company’s", "Kremlin".
        let head = (j..(j + 5).min(end)).find(|&i| {
            t.is_word(i)
                && self
                    .title_at(i)
                    .is_some_and(|tw| tw.kind == TitleKind::Title)
        })?;
        let mods_ok = (start..head)
            .all(|i| t.is_word(i) && (!self.is_function_word(i) || self.title_at(i).is_some()));
        if !mods_ok {
            return None;
        }
        let mut last = head;
        while last + 1 < end
            && t.is_word(last + 1)
            && self
                .title_at(last + 1)
                .is_some_and(|tw| tw.kind == TitleKind::Title)
        {
            last += 1;
        }
        let after = last + 1;
        let closes = |i: usize| {
            !t.is_word(i) && !matches!(t.str(i), "-" | "’" | "'" | "&")
                || matches!(t.low(i), "who" | "which" | "that" | "whose")
        };
        if after < end && !closes(after) && !t.is_class(after, PREP) && !t.is_cap(after) {
            return None;
        }
        let stop = (after..(after + SPAN).min(end)).find(|&i| closes(i));
        let close = match stop {
            Some(i) if t.is(i, ",") || t.is(i, ".") || t.is(i, ";") => i,
            _ => after,
        };
        // "Rubio, Secretary of Defense Pete Hegseth, Vice President JD Vance": a capitalized
        // title with no article that runs straight into a name, or holds a given name and a
        // surname, is the next item of a list of titled names, not a role of the name before.
        let names_a_person = (after < close && t.is_cap(after))
            || (head + 1..close.saturating_sub(1))
                .any(|i| t.is_cap(i) && t.is_cap(i + 1) && self.raw_facts(i).given.is_some());
        if start == k + 1 && t.is_cap(head) && names_a_person {
            return None;
        }
        let mut gender = Gender::Any;
        for i in head..=last {
            if let Some(tw) = self.title_at(i) {
                heads.push(t.low(i));
                if tw.gender != Gender::Any {
                    gender = tw.gender;
                }
            }
        }
        Some((t.span(start).cover(t.span(close - 1)), gender))
    }

    /// True when the text places the name in tokens `n..e` somewhere: "in Hamburg,", "near
    /// Fresno", "the port of Constanta", "Osaka, Japan". A name that modifies a noun after it
    /// ("in Apple stores") is not placed.
    fn place_context(&self, n: usize, e: usize) -> bool {
        let t = self.toks;
        if n == 0 || t.str(e - 1).len() != strip_possessive(t.str(e - 1)).len() {
            return false;
        }
        // What follows a placed name: punctuation, a function word, a name, or a verb
        // ("Talks in Narvik stalled", "Traders in Hamburg said"); not a noun it modifies.
        let free_after = e >= t.len()
            || !t.is_word(e)
            || self.is_function_word(e)
            || t.is_cap(e)
            || t.low(e).ends_with("ed")
            || self.lists.is_speech_form(t.low(e));
        let before = t.low(n - 1);
        let by_prep = matches!(
            before,
            "in" | "near"
                | "outside"
                | "across"
                | "throughout"
                | "around"
                | "within"
                | "along"
                | "into"
                | "toward"
                | "towards"
                | "off"
                | "beyond"
        );
        let of_place = before == "of"
            && n >= 2
            && matches!(
                t.low(n - 2),
                "city"
                    | "town"
                    | "village"
                    | "port"
                    | "region"
                    | "province"
                    | "state"
                    | "capital"
                    | "district"
                    | "county"
                    | "island"
                    | "suburb"
                    | "outskirts"
            );
        let before_place = e + 1 < t.len()
            && t.is(e, ",")
            && self
                .known_at(e + 1, e + 4)
                .is_some_and(|(_, k)| k == EntityKind::Place);
        ((by_prep || of_place) && free_after) || before_place
    }

    /// True for a hyphenated pair of names that modifies a noun ("the Ukraine-Russia war", "a
    /// Trump-Putin summit"): every part is a known name or a word the text capitalizes alone.
    fn is_compound_modifier(&self, word: &str) -> bool {
        word.contains('-')
            && word.split('-').all(|p| {
                p.starts_with(char::is_uppercase) && (self.lists.is_known_word(p) || self.is_mid(p))
            })
    }

    /// A mention of the name in tokens `s..e`.
    fn plain(
        &self,
        s: usize,
        e: usize,
        kind: EntityKind,
        title: Option<Span>,
        gender: Gender,
        heads: Range<usize>,
    ) -> NameMention<'a> {
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
            let key = strip_possessive(t.low(last_word));
            let first = (last_word > s && t.low(s).len() > 2).then(|| t.low(s));
            (key, first)
        } else {
            let low = t.low_span(span);
            (low.strip_prefix("the ").unwrap_or(low), None)
        };
        NameMention {
            span,
            tok: s,
            title,
            kind,
            gender,
            heads,
            role: false,
            key,
            first,
            weak: false,
            sure: Sureness::Name,
            appositive: None,
        }
    }

    /// True for a lone capitalized "-ed" or "-ing" form before a lowercase word: a participle,
    /// not a name.
    fn opens_with_verb(&self, s: usize, e: usize) -> bool {
        let t = self.toks;
        let low = t.low(s);
        // "Boeing unveils ...": a name the lists or the text know is no participle.
        if self.known_at(s, e).is_some() || self.token_is_mid(s) {
            return false;
        }
        e == s + 1
            && low.len() >= 5
            && (low.ends_with("ed") || low.ends_with("ing"))
            && s + 1 < t.len()
            && !t.is_cap(s + 1)
    }

    /// True for a word that opens a sentence before "of" and that nothing shows to be part of
    /// a name: "Shares of Trelvan", "Residents of Narvik"; not "Bank of America" (listed),
    /// "University of Texas" (an organization word) or "Secretary of State" (a title).
    fn opens_with_noun_of(&self, s: usize, e: usize) -> bool {
        let t = self.toks;
        s + 1 < e
            && is_connector(t.str(s + 1))
            && !self.token_is_mid(s)
            && self.known_at(s, e).is_none()
            && self.raw_facts(s).bits & ORG_PART == 0
            && self.title_at(s).is_none()
    }

    /// True when the word is also written in lowercase elsewhere in the article and is not a
    /// title or a known name.
    fn is_common(&self, i: usize) -> bool {
        // `facts` tells every token whose lowercase text has a title entry.
        self.has_token(i) && self.facts[i] & LISTED == 0 && self.known_at(i, i + 8).is_none()
    }

    /// True when the capitalized word of token `i`, without a possessive ending, is also
    /// written in lowercase in the article ("Apple" and "apple"); an acronym is never the same
    /// word as a lowercase one ("US" and "us").
    fn in_lowercase(&self, i: usize) -> bool {
        if let Some(w) = self.cap_word(i) {
            return self.vocabulary.seen(w.lower);
        }
        let word = strip_possessive(self.toks.str(i));
        if word.chars().skip(1).any(char::is_uppercase) {
            return false;
        }
        if word.is_ascii() {
            // The lowercase copy of the token has the same bytes where the word is ASCII.
            self.vocabulary.contains(&self.toks.low(i)[..word.len()])
        } else {
            self.vocabulary.contains(&word.to_lowercase())
        }
    }

    /// True when token `i` is a noun for several people: "officials", "traders", "police".
    fn is_people(&self, i: usize) -> bool {
        self.lists.people_noun(self.toks.low(i)) == Some(PeopleNoun::Many)
    }

    /// True for a capitalized adjective such as "Russian" or "Western".
    fn is_adjective(&self, i: usize) -> bool {
        self.raw_facts(i).bits & ADJECTIVE != 0
    }
}

/// True for a word of more than four letters, all capitals: "BREAKING", not "NATO".
fn is_shouted(w: &str) -> bool {
    // Most capitalized words go on in small letters: an ASCII one in second place settles it
    // (the byte before it is then a whole character).
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        // Every uppercase character is a letter: one lowercase letter settles it.
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters > 4
}

/// True for an initial: "W.", "J.K.", or a lone capital ("R Saravanan").
fn is_initial(w: &str) -> bool {
    // Most capitalized words go on in small letters: an ASCII one in second place is no
    // capital or period (and the byte before it is then a whole character).
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let dotted = w.chars().all(|c| c == '.' || c.is_uppercase());
    (1..=3).contains(&letters) && dotted && (w.ends_with('.') || w.chars().count() == 1)
}

/// True for a lowercase number word that can end a name: "Air Force One".
fn is_cardinal(low: &str) -> bool {
    matches!(
        low,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Generational suffixes that are not a surname.
fn is_suffix(low: &str) -> bool {
    matches!(low, "jr." | "sr." | "jr" | "sr" | "ii" | "iii" | "iv")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::QuoteFinder;
    use crate::segment::Segmenter;

    /// Written for this test: possessives, a word also written in lowercase, an acronym, a
    /// non-ASCII capital, a hyphenated pair, "the" written three ways, an opening quotation.
    const TEXT: &str = "Apple’s chief met Trump. The apple fell. Trump’s aides, and THE \
        Élan group, said “Élan is élan.” Apple rose in the Ukraine-Russia talks. US officials \
        told us of Apple. Orange's view: The Orange Party won. Sen. Ruth Calloway of Texas spoke.";

    #[test]
    fn answers_read_from_the_word_table_match_the_lists_and_the_text() {
        let words = Words::new();
        let lists = NameLists::new(&words);
        let seg = Segmenter::new().split(TEXT);
        let quotes = QuoteFinder::new().find(TEXT, &seg);
        let toks = words.tokenize(TEXT);
        let ranges = toks.within_each(seg.sentences.iter().map(|s| s.span));
        let f = NameFinder::new(&toks, &words, &lists, &seg, &ranges, &quotes);
        for i in 0..toks.len() {
            let w = toks.str(i);
            let stem = strip_possessive(w);
            assert_eq!(f.stem_facts(i), lists.facts(stem), "{w}");
            assert_eq!(f.raw_facts(i), lists.facts(w), "{w}");
            assert_eq!(
                f.known_at(i, toks.len()),
                lists.known_at(&toks, i, toks.len()),
                "{w}"
            );
            assert_eq!(f.is_the(i), toks.low(i) == "the", "{w}");
            assert_eq!(f.has_token(i), f.vocabulary.has_token(i), "{w}");
            assert_eq!(f.name_word_once(i), f.name_word(i), "{w}");
            if toks.is_cap(i) {
                let lower = if stem.chars().skip(1).any(char::is_uppercase) {
                    false
                } else {
                    f.vocabulary.contains(&stem.to_lowercase())
                };
                assert_eq!(f.in_lowercase(i), lower, "{w}");
            }
        }
        // By hand: which capitalized words the text writes in lowercase, and which it writes
        // alone in running text.
        let cap = |w: &str| (0..toks.len()).find(|&i| toks.str(i) == w).unwrap_or(0);
        assert!(f.in_lowercase(cap("Apple’s")) && f.in_lowercase(cap("Élan")));
        assert!(!f.in_lowercase(cap("Trump")) && !f.in_lowercase(cap("US")));
        assert!(f.stem_is_mid(cap("Trump’s")) && f.token_is_mid(cap("Trump")));
        assert!(f.is_mid("Apple") && !f.is_mid("Orange") && !f.is_mid("Apple’s"));
    }

    #[test]
    fn initials() {
        // (word, an initial): worked out by hand.
        let cases = [
            ("W.", true),
            ("J.K.", true),
            ("R", true),
            ("É.", true),
            ("Jr.", false),
            ("Trump", false),
            ("ABCD.", false),
            ("US", false),
            ("U.S.", true),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_initial(w), want, "{w}");
        }
    }

    #[test]
    fn shouted_words() {
        // (word, more than four letters, all capitals): worked out by hand.
        let cases = [
            ("BREAKING", true),
            ("NATO", false),
            ("Trump", false),
            ("ÉLYSÉE", true),
            ("ÉLysée", false),
            ("U.S.A.F.X", true),
            ("A-BOMB", true),
            ("A-Bomb", false),
            ("MCDONALD’S", true),
            ("McDONALD", false),
            ("X", false),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_shouted(w), want, "{w}");
        }
    }

    #[test]
    fn contractions() {
        // (word, a contraction): worked out by hand.
        let cases = [
            ("I’ve", true),
            ("WE'RE", true),
            ("They’ll", true),
            ("Don’t", true),
            ("CAN'T", true),
            ("I'd", true),
            ("I’m", true),
            ("’ve", false),
            ("'d", false),
            ("n’t", false),
            ("N'T", false),
            ("xn't", true),
            ("Trump’s", false),
            ("O'Neill", false),
            ("Reuters’", false),
            ("Ted", false),
            ("Tim", false),
            ("Ant", false),
            ("’", false),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_contraction(w), want, "{w}");
        }
    }
}
