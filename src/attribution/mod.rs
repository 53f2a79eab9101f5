//! Claims: who said what, with the cue, content, kind and stance of each.
//!
//! The stage works sentence by sentence, from the cues: each cue verb of `speech_verbs.txt`
//! outside quotations ([`cues`]) looks for its source before it, after it when inverted
//! ("..., said Smith"), or in the clause it hangs off ("..., adding that") ([`phrases`]), and
//! for its content after it (a clause, a quotation, a colon) or before it ("“Q,” she said")
//! ([`content`]). "according to X" is a cue of its own. Sentences that only continue a quotation
//! join the claim before them. Then each claim gets its entities, dates, kind and quotes
//! ([`fields`]), and denials find the claims they deny ([`relations`]).
//!
//! Sentences that are captions or page furniture carry no claims, and a cue inside a claim
//! already found is left alone: a token has one role in one claim, as in PolNeAR.

mod according;
mod clause;
mod content;
mod cues;
mod fallback;
mod fields;
mod floating;
mod phrases;
mod polls;
mod relations;
mod seek;
mod sources;

use crate::hash::FastSet;
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::dates::Timex;
use crate::lexicon;
use crate::quotes::Quotation;
use crate::segment::{Role, Segmentation};
use crate::span::Span;
use crate::speakers::{People, PeopleNouns};
use crate::tokens::Tokens;
use crate::words::Words;

use cues::{CueLexicon, Form, Frame, Verb};
use seek::seek;

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
    /// The cue span and its lemma (from the word list, or guessed for a verb it lacks).
    pub(crate) cue: Option<(Span, Cow<'static, str>)>,
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

/// A claim while it is being built, in tokens.
#[derive(Clone, Debug)]
pub(super) struct Draft {
    pub(super) sentence: usize,
    /// The cue's tokens.
    pub(super) cue: Range<usize>,
    pub(super) verb: Verb,
    pub(super) source: Option<Range<usize>>,
    pub(super) content: Span,
    pub(super) recipient: Option<Range<usize>>,
    /// The outlet that carried a quotation ("was quoted by the state RIA news agency").
    pub(super) medium: Option<Range<usize>>,
    /// The first token after everything the cue took before its content: cues up to there
    /// belong to this claim ("was quoted ..., indicating that").
    pub(super) reach: usize,
    /// The lemma guessed for a verb the list lacks ("fumed" after a quotation).
    pub(super) guessed: Option<String>,
}

/// Finds claims. Build it once and reuse it.
#[derive(Debug)]
pub(crate) struct Attributor {
    cues: CueLexicon,
    titles: FastSet<&'static str>,
    people: PeopleNouns,
}

// What the stage's word lists say of a lowercase word, recorded in the word's entry of
// [`Words`] (`Entry::marks`, with the index of its cue forms in `Entry::cues`): most tokens are
// asked about several times (the sentence filter, the cue walk, the noun phrase scans), and the
// tokenizer looks each one up once anyway. A sentence's marks together tell which matchers can
// find anything in it.

/// A noun of `poll_nouns.txt`.
const POLL: u16 = 1;
/// A noun of `media_nouns.txt`.
const MEDIA: u16 = 1 << 1;
/// A cue form that is also a common noun (see `cues::NOUNISH`).
const NOUNISH: u16 = 1 << 2;
/// "according".
const ACCORDING: u16 = 1 << 3;
/// The first word of a cue form.
const CUE: u16 = 1 << 4;
/// An opening or closing mark of a spoken quotation: not a word's mark, but set among a
/// sentence's bits when the sentence holds one.
const QUOTE_MARK: u16 = 1 << 5;

/// One article's text, tokens and quotations, with lookups the stage's parts share.
pub(super) struct Ctx<'a, 't> {
    pub(super) text: &'t str,
    pub(super) toks: &'a Tokens<'t>,
    pub(super) words: &'a Words,
    pub(super) cues: &'a CueLexicon,
    titles: &'a FastSet<&'static str>,
    /// Nouns for people: the kind of an entity made for a phrase that names no one.
    pub(super) people: &'a PeopleNouns,
    pub(super) quotes: &'a [Quotation],
    pub(super) seg: &'a Segmentation,
    /// Per sentence: its tokens.
    sentences: &'a [Range<usize>],
    /// Per sentence: the marks of its tokens, or'd. Most sentences hold no claim, and most
    /// claims' sentences no media noun: these bits tell without a look at their tokens.
    sentence_marks: Vec<u16>,
    /// The tokens that open or close a spoken quotation, in order.
    quote_marks: Vec<usize>,
    /// Per token: the spoken quotations (not titles) it is in, opens and closes. Asked of
    /// every token, so an array.
    tok_quote: Vec<QuoteAt>,
    /// Where the last [`Ctx::quote_marks_in`] started in `quote_marks`.
    mark_hint: Cell<usize>,
    /// Every word without class bits written in lowercase somewhere in the article, made when
    /// first needed.
    lowercase: std::cell::OnceCell<FastSet<&'a str>>,
}

impl<'a, 't> Ctx<'a, 't> {
    fn new(
        article: &'a Article<'a, 't>,
        words: &'a Words,
        att: &'a Attributor,
        quotes: &'a [Quotation],
    ) -> Self {
        let Article {
            text,
            toks,
            seg,
            ref sentences,
        } = *article;
        // An opening mark and a closing one per quotation, most often.
        let mut quote_marks = Vec::with_capacity(2 * quotes.len());
        let mut tok_quote = vec![QuoteAt::NONE; toks.len()];
        // Quotations come in text order: each search starts from the last one's answer
        // (the same as `Tokens::within` and `Tokens::at_or_after`, without a search over
        // every token per quotation).
        let t = &toks.toks[..];
        let mut at = 0;
        for (qi, q) in quotes.iter().enumerate() {
            if q.title {
                continue;
            }
            let index = u32::try_from(qi).unwrap_or(u32::MAX);
            let o = seek(t, at, |k| k.span.start < q.open.start);
            at = o;
            let inside = within(t, o, q.span);
            let after = inside.end;
            for slot in &mut tok_quote[inside] {
                slot.inside = index;
            }
            if let Some(slot) = tok_quote.get_mut(o) {
                slot.opens = index;
                quote_marks.push(o);
            }
            if let Some(c) = q.close {
                // A mark of two characters ('') is two tokens; either one closes.
                for k in within(t, after, c) {
                    tok_quote[k].closes = index;
                    quote_marks.push(k);
                }
            }
        }
        quote_marks.sort_unstable();
        quote_marks.dedup();
        let entries = toks.entries();
        let sentence_marks = sentences
            .iter()
            .map(|r| {
                entries
                    .get(r.clone())
                    .map_or(0, |es| es.iter().fold(0, |bits, e| bits | e.marks))
            })
            .collect();
        Ctx {
            text,
            toks,
            words,
            cues: &att.cues,
            titles: &att.titles,
            people: &att.people,
            quote_marks,
            quotes,
            seg,
            sentences,
            sentence_marks,
            tok_quote,
            mark_hint: Cell::new(0),
            lowercase: std::cell::OnceCell::new(),
        }
    }

    /// True when token `i` reads as a proper name: capitalized, not a shouted word, and not a
    /// word the article also writes in lowercase ("Often", "Twenty-two").
    pub(super) fn is_proper(&self, i: usize) -> bool {
        let t = self.toks;
        if !t.is_cap(i) {
            return false;
        }
        let s = t.str(i);
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 3
            && s.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        {
            return false;
        }
        if t.class(i) != 0 {
            return false;
        }
        // A word and its lowercase have the same class bits, so only words without any can
        // answer for this one.
        let lowercase = self.lowercase.get_or_init(|| {
            let mut set = FastSet::with_capacity_and_hasher(t.len() / 2, Default::default());
            set.extend(
                (0..t.len())
                    .filter(|&k| t.is_word(k) && !t.is_cap(k) && t.class(k) == 0)
                    .map(|k| t.low(k)),
            );
            set
        });
        !lowercase.contains(t.low(i))
    }

    /// True when token `i` is the punctuation `p`: [`Tokens::is`], inlined so that the
    /// comparison with a literal is a length and a byte check (the content and source walks
    /// ask it of every token several times).
    #[inline]
    pub(super) fn is(&self, i: usize, p: &str) -> bool {
        self.toks.toks.get(i).is_some_and(|t| {
            t.span.len() == p.len()
                && self.text.as_bytes().get(t.span.start..t.span.end) == Some(p.as_bytes())
        })
    }

    /// The tokens of sentence `si`.
    pub(super) fn sentence_tokens(&self, si: usize) -> Option<Range<usize>> {
        self.sentences.get(si).cloned()
    }

    /// True for a contracted negation or auxiliary ([`Words::is_negated_aux`]), which ends
    /// with "n't": asked of most words of a noun phrase walk, so the last letter is read first.
    pub(super) fn negated_aux(&self, low: &str) -> bool {
        low.ends_with('t') && self.words.is_negated_aux(low)
    }

    /// The stage's bits of token `i` (see [`CUE`]).
    fn marks(&self, i: usize) -> u16 {
        self.toks.entries().get(i).map_or(0, |e| e.marks)
    }

    /// The index of the cue forms that start with token `i`'s word.
    fn cue_list(&self, i: usize) -> Option<u32> {
        self.toks
            .entries()
            .get(i)
            .filter(|e| e.marks & CUE != 0)
            .map(|e| u32::from(e.cues))
    }

    /// The cue form that starts at token `i` and ends before `end`: the tokens it covers, its
    /// verb and its form.
    pub(super) fn cue_at(&self, i: usize, end: usize) -> Option<(usize, Verb, Form)> {
        self.cues.form_at(self.cue_list(i)?, self.toks, i, end)
    }

    /// True when a cue form starts at token `i` and the word is not also a common noun, so it
    /// ends a noun phrase ("officials said").
    pub(super) fn is_verb_at(&self, i: usize) -> bool {
        self.marks(i) & NOUNISH == 0 && self.cue_at(i, self.toks.len()).is_some()
    }

    /// True when some token of sentence `si` has the mark `bit` (see [`CUE`]).
    pub(super) fn has_mark(&self, si: usize, bit: u16) -> bool {
        self.sentence_marks.get(si).is_some_and(|&m| m & bit != 0)
    }

    /// True when token `i` is a noun of `poll_nouns.txt`.
    pub(super) fn is_poll_noun(&self, i: usize) -> bool {
        self.marks(i) & POLL != 0
    }

    /// True when token `i` is a noun of `media_nouns.txt`.
    pub(super) fn is_media_noun(&self, i: usize) -> bool {
        self.marks(i) & MEDIA != 0
    }

    /// The spoken quotation that holds token `i`.
    pub(super) fn quote_of(&self, i: usize) -> Option<usize> {
        quote_index(self.tok_quote.get(i).map(|q| q.inside))
    }

    /// The quotation whose opening mark is token `i`.
    pub(super) fn opened_by(&self, i: usize) -> Option<usize> {
        quote_index(self.tok_quote.get(i).map(|q| q.opens))
    }

    /// True when token `i` opens a spoken quotation.
    pub(super) fn opens_quote(&self, i: usize) -> bool {
        self.opened_by(i).is_some()
    }

    /// The tokens of `a..b` that open or close a spoken quotation, in order.
    pub(super) fn quote_marks_in(&self, a: usize, b: usize) -> impl Iterator<Item = usize> + '_ {
        // Asked sentence by sentence, in order.
        let from = seek(&self.quote_marks, self.mark_hint.get(), |&k| k < a);
        self.mark_hint.set(from);
        self.quote_marks[from..]
            .iter()
            .copied()
            .take_while(move |&k| k < b)
    }

    /// The quotation whose closing mark is token `i`.
    pub(super) fn closed_by(&self, i: usize) -> Option<usize> {
        quote_index(self.tok_quote.get(i).map(|q| q.closes))
    }

    /// True for a title or role word of `titles.txt`.
    pub(super) fn is_title_word(&self, low: &str) -> bool {
        self.titles.contains(low)
    }

    /// The byte span of tokens `r`.
    pub(super) fn span(&self, r: &Range<usize>) -> Span {
        if r.start >= r.end {
            let at = self
                .toks
                .toks
                .get(r.start)
                .map_or(self.text.len(), |t| t.span.start);
            return Span::new(at, at);
        }
        self.toks.span(r.start).cover(self.toks.span(r.end - 1))
    }
}

/// The tokens of `t` that lie inside `span` ([`Tokens::within`]), searched from token `from`.
fn within(t: &[crate::tokens::Token], from: usize, span: Span) -> Range<usize> {
    let a = seek(t, from, |k| k.span.start < span.start);
    let b = seek(t, a, |k| k.span.end <= span.end);
    a..b.max(a)
}

/// What a token is to the spoken quotations: the index of the one it is inside, of the one
/// it opens and of the one it closes, `u32::MAX` standing for none. The three are kept
/// together, in one array rather than three, as the walks that ask one often ask another.
#[derive(Clone, Copy)]
struct QuoteAt {
    inside: u32,
    opens: u32,
    closes: u32,
}

impl QuoteAt {
    /// A token in, at and around no quotation.
    const NONE: QuoteAt = QuoteAt {
        inside: u32::MAX,
        opens: u32::MAX,
        closes: u32::MAX,
    };
}

/// The quotation an entry of [`QuoteAt`] gives, where `u32::MAX` stands for none.
fn quote_index(q: Option<u32>) -> Option<usize> {
    q.filter(|&q| q != u32::MAX).map(|q| q as usize)
}

impl Attributor {
    /// An attributor with its word lists loaded, which records what its lists say of each
    /// word in that word's entry of `words`.
    pub(crate) fn new(words: &mut Words) -> Attributor {
        let cues = CueLexicon::new();
        for (w, list) in cues.first_words() {
            let list = u16::try_from(list).expect("too many cue lists for an entry");
            words.update(w, |e| {
                e.cues = list;
                e.marks |= CUE;
            });
        }
        let mut mark = |list: &'static str, bit: u16| {
            for e in lexicon::entries(list) {
                words.update(e[0], |w| w.marks |= bit);
            }
        };
        mark(include_str!("../lexicon/poll_nouns.txt"), POLL);
        mark(include_str!("../lexicon/media_nouns.txt"), MEDIA);
        for w in CueLexicon::nounish_words() {
            words.update(w, |e| e.marks |= NOUNISH);
        }
        words.update("according", |e| e.marks |= ACCORDING);
        Attributor {
            cues,
            titles: lexicon::entries(include_str!("../lexicon/titles.txt"))
                .filter(|e| e.get(1) != Some(&"honorific"))
                .map(|e| e[0])
                .collect(),
            people: PeopleNouns::new(
                lexicon::entries(include_str!("../lexicon/titles.txt"))
                    .filter(|e| matches!(e.get(1).copied(), Some("title" | "rank")))
                    .map(|e| e[0]),
            ),
        }
    }

    /// Every attributed claim in the text, and the relations between them. Adds entities for
    /// sources, listeners and media that name no entity the speaker stage found.
    pub(crate) fn find(
        &self,
        article: &Article,
        words: &Words,
        quotes: &[Quotation],
        people: &mut People,
        dates: &[Timex],
    ) -> (Vec<Attribution>, Vec<Link>) {
        let seg = article.seg;
        let ctx = Ctx::new(article, words, self, quotes);
        // About one claim per sentence that may hold one, made room for at once: a draft is
        // large, and grown from nothing it would be copied and reallocated several times.
        let candidates = ctx
            .sentence_marks
            .iter()
            .filter(|&&m| m & (CUE | ACCORDING | POLL) != 0)
            .count();
        let mut drafts: Vec<Draft> = Vec::with_capacity(candidates);
        let mut quiet: Vec<usize> = Vec::with_capacity(seg.sentences.len());
        // Scratch lists of `sentence_claims`, kept across sentences to allocate once.
        let mut scratch = Scratch::default();
        for (si, s) in seg.sentences.iter().enumerate() {
            if matches!(s.role, Role::Caption | Role::Boilerplate) {
                continue;
            }
            let range = ctx.sentences[si].clone();
            let first = drafts.len();
            let mut bits = ctx.sentence_marks[si];
            if ctx.quote_marks_in(range.start, range.end).next().is_some() {
                bits |= QUOTE_MARK;
            }
            if bits & (CUE | ACCORDING | POLL | QUOTE_MARK) != 0 {
                ctx.sentence_claims(si, range, bits, &mut drafts, &mut scratch);
            }
            if drafts.len() == first {
                quiet.push(si);
            }
        }
        // Sentences without a cue may continue a quotation, once every cue has had its say
        // (a quotation that spans sentences is claimed by the cue after it).
        drafts = ctx.floating_quotes(&quiet, drafts);
        let atts: Vec<Attribution> = drafts
            .iter()
            .map(|d| ctx.finish(d, people, dates))
            .collect();
        let links = relations::denials(&ctx, &drafts, &atts, people);
        (atts, links)
    }
}

/// Lists `sentence_claims` fills afresh for each sentence, owned by the caller's loop so
/// that they are allocated once per article rather than once per sentence.
#[derive(Default)]
struct Scratch {
    /// The cue hits of the sentence, in text order.
    hits: Vec<cues::CueHit>,
    /// Claims of the sentence that may still hold a later cue. Cues come in text order, so a
    /// claim that ends before one cue ends before every later one: the list stays short
    /// however long the sentence.
    active: Vec<usize>,
    /// The content spans of the sentence's claims, for [`Ctx::quote_fallback`].
    taken: Vec<(usize, usize)>,
}

impl Ctx<'_, '_> {
    /// The claims of sentence `si` (tokens `range`, whose marks hold `bits`), appended to
    /// `out`. Each matcher starts from a word or mark of its own: a cue form's first word
    /// (whatever its case or place: the cue finder judges those), "according", a poll noun
    /// (every poll phrase after "in" holds one), a quotation mark (the fallbacks for
    /// quotations without a listed cue); one whose start is missing finds nothing.
    fn sentence_claims(
        &self,
        si: usize,
        range: Range<usize>,
        bits: u16,
        out: &mut Vec<Draft>,
        scratch: &mut Scratch,
    ) {
        let (a, b) = (range.start, range.end);
        let Scratch {
            hits,
            active,
            taken,
        } = scratch;
        hits.clear();
        active.clear();
        if bits & CUE != 0 {
            self.cues.find(
                self.toks,
                self.words,
                a,
                b,
                |i| self.quote_of(i).is_some(),
                hits,
            );
        }
        if bits & ACCORDING != 0 {
            self.according_to(a, b, hits);
        }
        if bits & POLL != 0 {
            self.poll_hits(a, b, hits);
        }
        hits.sort_by_key(|h| h.group.start);
        let first = out.len();
        for hit in hits.iter() {
            let at = self.toks.span(hit.head.start).start;
            active.retain(|&i| out[i].content.end > at || out[i].reach > hit.group.start);
            let nested = active.iter().any(|&i| {
                let d = &out[i];
                (d.content.start <= at && at < d.content.end)
                    || (d.cue.start <= hit.group.start && hit.group.start < d.reach)
            });
            if nested && !self.pseudo_cleft(a, b, hit) {
                continue;
            }
            let earlier = &out[first..];
            if let Some(d) = self.claim(si, a, b, hit, earlier) {
                active.push(out.len());
                out.push(d);
            }
        }
        if bits & QUOTE_MARK != 0 {
            self.quote_fallback(si, a, b, out, first, taken);
        }
    }

    /// "according to" cues of tokens `a..b`, appended to `out`.
    fn according_to(&self, a: usize, b: usize, out: &mut Vec<cues::CueHit>) {
        for i in a..b.saturating_sub(1) {
            if self.marks(i) & ACCORDING != 0
                && self.toks.low(i + 1) == "to"
                && self.quote_of(i).is_none()
            {
                out.push(cues::CueHit {
                    group: i..i + 2,
                    head: i..i + 2,
                    verb: Verb {
                        lemma: "according to",
                        stance: Stance::Assert,
                        frame: Frame::Say,
                    },
                    form: Form::Past,
                    passive: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests;
