//! Cues: the verbs of `speech_verbs.txt` found in a sentence, with their verb group
//! ("has repeatedly said", "went on to say"), lemma, stance and frame.

use crate::hash::FastMap;
use std::ops::Range;

use super::{Stance, CUE as CUE_MARK, NOUNISH as NOUNISH_MARK};
use crate::lexicon;
use crate::tokens::Tokens;
use crate::words::{straight, Words, ADV, AUX, DET, PREP, PRON, SUB};

/// What a cue verb takes as content, and where its source stands (see `speech_verbs.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    Say,
    Tell,
    Think,
    Ask,
    To,
    Obj,
    Show,
}

/// One cue verb of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verb {
    pub(crate) lemma: &'static str,
    pub(crate) stance: Stance,
    pub(crate) frame: Frame,
}

/// How a cue form is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// "say", "think": needs a subject or an auxiliary before it.
    Base,
    /// "says", "thinks".
    Third,
    /// "said", "thought".
    Past,
    /// "saying", "adding": a participle that may hang off a clause ("..., adding that").
    Ing,
}

/// A cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueHit {
    /// The whole verb group, auxiliaries and adverbs included.
    pub(crate) group: Range<usize>,
    /// The verb itself (with its particle: "pointed out").
    pub(crate) head: Range<usize>,
    pub(crate) verb: Verb,
    pub(crate) form: Form,
    /// True when the group has a form of "be" before a past participle ("was quoted").
    pub(crate) passive: bool,
}

/// One form of a cue verb: its words after the first, the verb's index, what form it is.
type FormEntry = (Vec<&'static str>, usize, Form);

/// The cue verbs, by the first word of each form.
#[derive(Debug)]
pub(crate) struct CueLexicon {
    verbs: Vec<Verb>,
    /// First word of a form -> the index of its entries in `lists`.
    firsts: FastMap<&'static str, u32>,
    /// The entries of the forms that start with one word, longest first. A word's list is
    /// recorded in its entry of [`Words`] (see [`super::CUE`]), so the walk over a sentence
    /// reads an index instead of hashing the word again.
    lists: Vec<Vec<FormEntry>>,
}

/// Determiners that only ever open a noun phrase: a cue form right after one is a noun or an
/// adjective ("the report", "the first officially recognized dialogue").
const ARTICLES: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "every", "no", "any", "such",
];

/// Forms that are also common nouns ("the report", "his claims", "a call"): they count as
/// verbs only after a subject-like word.
const NOUNISH: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "call",
    "calls",
    "support",
    "supports",
    "plan",
    "plans",
    "show",
    "shows",
    "post",
    "state",
    "states",
    "note",
    "notes",
    "question",
    "questions",
    "attack",
    "attacks",
    "view",
    "views",
    "fear",
    "fears",
    "doubt",
    "doubts",
    "hope",
    "hopes",
    "comment",
    "comments",
    "remarks",
    "answer",
    "reply",
    "estimate",
    "estimates",
    "forecasts",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "demand",
    "demands",
    "offer",
    "guess",
    "figures",
    "address",
    "credit",
    "credits",
    "back",
    "backs",
    "find",
    "finds",
    "warning",
    "label",
    "labels",
    "brand",
    "brands",
    "detail",
    "details",
    "challenge",
    "tweet",
    "tweets",
    "signal",
    "signals",
    "aims",
    "concerns",
    "cries",
    "need",
    "wish",
    "wishes",
    "answer",
    "counter",
    "charge",
    "lament",
    "boast",
    "joke",
    "jokes",
    "quip",
    "recall",
    "reference",
    "dispute",
    "want",
    "wants",
    "welcome",
    "welcomes",
    "praise",
    "blame",
    "defend",
    "request",
    "requests",
    "feel",
    "regard",
    "regards",
    "accepts",
    "learned",
    "known",
    "understood",
    "considered",
    "sought",
    "attacking",
    "thinking",
    "feeling",
    "warning",
    "meaning",
    "finding",
    "understanding",
    "learning",
    "planning",
    "reporting",
    "hoping",
    "offering",
    "wishing",
    "detailed",
    "mocking",
    "backing",
    "supporting",
    "opposing",
    "address",
];

impl CueLexicon {
    /// Loads `speech_verbs.txt`.
    pub(crate) fn new() -> CueLexicon {
        let mut verbs = Vec::new();
        let mut firsts: FastMap<&'static str, u32> = FastMap::default();
        let mut lists: Vec<Vec<FormEntry>> = Vec::new();
        for e in lexicon::entries(include_str!("../lexicon/speech_verbs.txt")) {
            if e.len() < 4 {
                continue;
            }
            let stance = match e[1] {
                "deny" => Stance::Deny,
                "hedge" => Stance::Hedge,
                "refuse" => Stance::Refuse,
                "ask" => Stance::Ask,
                "promise" => Stance::Promise,
                _ => Stance::Assert,
            };
            let frame = match e[2] {
                "tell" => Frame::Tell,
                "think" => Frame::Think,
                "ask" => Frame::Ask,
                "to" => Frame::To,
                "obj" => Frame::Obj,
                "show" => Frame::Show,
                _ => Frame::Say,
            };
            let lemma = e[0];
            let idx = verbs.len();
            verbs.push(Verb {
                lemma,
                stance,
                frame,
            });
            let n = lemma.split_whitespace().count().max(1);
            let base = lemma.split_whitespace().next().unwrap_or(lemma);
            let words: Vec<&'static str> = e[3].split_whitespace().collect();
            for form in words.chunks(n) {
                let first = form[0];
                let kind = if first == base {
                    Form::Base
                } else if first.ends_with("ing") {
                    Form::Ing
                } else if first.ends_with('s') && !first.ends_with("ss") {
                    Form::Third
                } else {
                    Form::Past
                };
                let n = lists.len();
                let list = *firsts
                    .entry(first)
                    .or_insert_with(|| u32::try_from(n).unwrap_or(u32::MAX));
                if list as usize == n {
                    lists.push(Vec::new());
                }
                if let Some(entries) = lists.get_mut(list as usize) {
                    entries.push((form[1..].to_vec(), idx, kind));
                }
            }
        }
        for list in &mut lists {
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        CueLexicon {
            verbs,
            firsts,
            lists,
        }
    }

    /// The first word of every cue form, with the index of its forms: no cue starts at a token
    /// that is none of them.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.firsts.iter().map(|(&w, &l)| (w, l))
    }

    /// The index of the forms that start with the lowercase word `low`.
    #[cfg(test)]
    pub(crate) fn list_of(&self, low: &str) -> Option<u32> {
        self.firsts.get(low).copied()
    }

    /// The forms that are also common nouns ([`NOUNISH`]).
    pub(crate) fn nounish_words() -> impl Iterator<Item = &'static str> {
        NOUNISH.iter().copied()
    }

    /// The cue form of the forms `list` (those starting with token `i`'s word) that starts at
    /// token `i` and ends before `end`: the tokens it covers, its verb and its form.
    pub(crate) fn form_at(
        &self,
        list: u32,
        toks: &Tokens,
        i: usize,
        end: usize,
    ) -> Option<(usize, Verb, Form)> {
        let list = self.lists.get(list as usize)?;
        'next: for (rest, idx, form) in list {
            if i + 1 + rest.len() > end {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                if toks.low(i + 1 + k) != *w {
                    continue 'next;
                }
            }
            return Some((i + 1 + rest.len(), self.verbs[*idx], *form));
        }
        None
    }

    /// Appends to `out` the cues of the tokens `a..b`; `quoted(i)` tells whether token `i` lies inside a
    /// quotation (cues there belong to the quoted speaker and are not attributions of the
    /// article). The tokens' entries tell which words start cue forms, and where their forms
    /// are (see `Attributor::new`).
    pub(crate) fn find(
        &self,
        toks: &Tokens,
        words: &Words,
        a: usize,
        b: usize,
        quoted: impl Fn(usize) -> bool,
        out: &mut Vec<CueHit>,
    ) {
        let entries = toks.entries();
        // Asked only of a capitalized candidate, so counted at the first one.
        let mut title_case: Option<bool> = None;
        let mut i = a;
        while i < b {
            // Most words start no cue form: on to the next that does.
            let Some(k) = entries
                .get(i..b)
                .and_then(|es| es.iter().position(|e| e.marks & CUE_MARK != 0))
            else {
                break;
            };
            i += k;
            let forms = entries[i].cues;
            if !toks.is_word(i) || quoted(i) {
                i += 1;
                continue;
            }
            // "the United States": a capitalized form is a name, unless it opens the sentence
            // or the line capitalizes every word.
            if toks.is_cap(i)
                && !(a..i).all(|k| !toks.is_word(k))
                && !*title_case.get_or_insert_with(|| title_case_line(toks, a, b))
            {
                i += 1;
                continue;
            }
            let Some((end, verb, form)) = self.form_at(u32::from(forms), toks, i, b) else {
                i += 1;
                continue;
            };
            if let Some(hit) = self.check(toks, words, a, i, end, verb, form) {
                i = end;
                out.push(hit);
            } else {
                i += 1;
            }
        }
    }

    /// The cue at tokens `h..end` if its neighbours make it a verb, with its verb group.
    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        toks: &Tokens,
        words: &Words,
        a: usize,
        h: usize,
        end: usize,
        verb: Verb,
        form: Form,
    ) -> Option<CueHit> {
        let low = toks.low(h);
        let prev = (h > a).then(|| toks.low(h - 1));
        // The tokens' entries carry the class bits of their words: the neighbours' classes
        // are read there rather than looked up again by their text. Only a word with the
        // pronoun bit is in the pronoun list.
        let prev_class = if h > a { toks.class(h - 1) } else { 0 };
        let prev_pronoun = || {
            prev.filter(|_| prev_class & PRON != 0)
                .and_then(|p| words.pronoun(p))
        };
        // "the report", "in support", "his claims": a noun. Quantifiers can be subjects
        // ("Several said", "Many believe").
        // Every article is a determiner: the class bit spares most words the list.
        let article = prev_class & DET != 0 && prev.is_some_and(|p| ARTICLES.contains(&p));
        // The word's entry carries the list's bit (see `Attributor::new`).
        let nounish = toks
            .entries()
            .get(h)
            .is_some_and(|e| e.marks & NOUNISH_MARK != 0);
        // "angered voters by saying that ...", "after claiming": a gerund after a preposition
        // of manner or time is said by the subject of the clause it hangs off. ("Critics
        // attacked him for saying" is not: the sayer is the object.)
        let gerund = form == Form::Ing
            && prev.is_some_and(|p| matches!(p, "by" | "after" | "before" | "upon"));
        if (article || prev_class & PREP != 0)
            && prev != Some("to")
            && prev != Some("that")
            && !gerund
        {
            let subj_pron = prev_pronoun().is_some_and(|p| p.case == crate::words::Case::Subject);
            if !subj_pron {
                return None;
            }
        }
        if let Some(p) = prev {
            if p.ends_with("'s") || p.ends_with("’s") {
                // "Russia’s claims" is a noun; "he’s said" is not.
                let stem = &p[..p.len() - if p.ends_with("'s") { 2 } else { 4 }];
                if nounish && words.pronoun(stem).is_none() {
                    return None;
                }
            }
        }
        if nounish && form != Form::Ing {
            // A noun unless a subject, auxiliary or adverb comes right before.
            let ok = match prev {
                None => false,
                Some(p) => {
                    prev_pronoun().is_some()
                        || prev_class & (AUX | ADV) != 0
                        || (p.ends_with('t') && words.is_negated_aux(p))
                        || (toks.is_cap(h - 1) && form != Form::Base)
                        || p == ","
                        // "went on to call": an infinitive, checked below.
                        || (p == "to" && form == Form::Base && h >= a + 3 && toks.low(h - 2) == "on")
                }
            };
            // "The emails show that ...": a clause after it makes it a verb.
            let clause = end < toks.len() && toks.low(end) == "that";
            if !ok && !clause {
                return None;
            }
            if end < toks.len() && matches!(toks.low(end), "of" | "and" | "for") {
                return None;
            }
        }
        let mut start = h;
        let mut passive = false;
        // Walk back over the verb group: auxiliaries, negations, adverbs.
        while start > a {
            let p = toks.low(start - 1);
            let c = toks.class(start - 1);
            let adverb = c & ADV != 0
                || (p.ends_with("ly") && p.len() > 4 && c & PRON == 0 && !toks.is_cap(start - 1));
            // A negated auxiliary ends with "n't".
            if c & AUX != 0 || adverb || (p.ends_with('t') && words.is_negated_aux(p)) {
                if matches!(
                    straight(p).as_ref(),
                    "is" | "was" | "were" | "are" | "be" | "been" | "being" | "'s"
                ) && form == Form::Past
                {
                    passive = true;
                }
                start -= 1;
            } else {
                break;
            }
        }
        // Adverbs at the left edge that no auxiliary follows belong to the group only when
        // they are plain verb-group adverbs ("also said"); "'s" after a name is a possessive.
        if start < h && matches!(toks.low(start), "'s" | "’s") {
            start += 1;
        }
        if start > a {
            let before = toks.low(start - 1);
            // "the first officially recognized dialogue": a participle used as an adjective.
            if toks.is_class(start - 1, DET)
                && ARTICLES.contains(&before)
                && !toks.is_class(start - 1, PRON)
            {
                return None;
            }
            // "When questioned about it, ...", "If elected, ...": a reduced clause with no
            // speaker.
            if form == Form::Past && start == h && toks.is_class(start - 1, SUB) && before != "that"
            {
                return None;
            }
        } else if matches!(form, Form::Past | Form::Ing) {
            // "Asked about the plan, he said ...", "Responding to it, Trump said": an opening
            // participle clause; "Said Stone:" is an inverted cue.
            let inverted = end < toks.len() && (toks.is_cap(end) || toks.is(end, ":"));
            if !inverted || form == Form::Ing {
                return None;
            }
        }
        if form == Form::Base {
            let before = (start > a).then(|| toks.low(start - 1));
            if before == Some("to") {
                // "to say" is an infinitive: a cue only in "went on to say" and the like.
                let on = start >= a + 2 && toks.low(start - 2) == "on";
                if !on || start < a + 3 {
                    return None;
                }
                start -= 3;
            } else if start == h {
                // A bare base form needs a subject right before it: "they say", "I think",
                // "voters want", "Democrats believe".
                let ok = prev.is_some_and(|p| {
                    // "it read", "he put it": the past of these verbs is their base.
                    let same_past = matches!(low, "read" | "put");
                    let pron = prev_pronoun().is_some_and(|x| {
                        x.case == crate::words::Case::Subject
                            && (same_past || !matches!(p, "he" | "she" | "it"))
                    });
                    // "voters say", "people think": a plural noun, regular or not.
                    let plural = (p.ends_with('s')
                        && !p.ends_with("ss")
                        && prev_class & (DET | PREP | AUX) == 0)
                        || p == "people";
                    // "Others, however, say".
                    let aside = p == ","
                        && h >= a + 3
                        && toks.is(h - 3, ",")
                        && toks.is_class(h - 2, crate::words::LEAD | ADV);
                    // "“Q,” say officials", "“Q,” read one": inverted after a quotation,
                    // with the source after it.
                    let inverted = matches!(p, "”" | "\"" | "'" | "’")
                        && end < toks.len()
                        && (toks.is_cap(end) || toks.is_class(end, DET));
                    // "Probably read about it": an adverb is no subject.
                    let name = toks.is_cap(h - 1) && !p.ends_with("ly");
                    // "“Q,” the letter read", "The sign read “Q”": a text whose words are
                    // quoted reads them, whatever noun names it.
                    let wording = low == "read" && quotes_wording(toks, a, h, end);
                    // "As Ruiz, the union's leader, put it: ...": after an appositive, a
                    // verb whose past is its base, when a colon or comma opens its content.
                    let after_appositive = same_past
                        && p == ","
                        && end < toks.len()
                        && (toks.is(end, ":") || toks.is(end, ","));
                    pron || plural
                        || after_appositive
                        || aside
                        || inverted
                        || name
                        || wording
                        || matches!(p, "who" | "that")
                });
                if !ok {
                    return None;
                }
            }
        }
        if form == Form::Past && start == h && end < toks.len() {
            // "a video posted by CBN", "easier said than done", "alienation reported from
            // abroad": participles.
            let next = toks.low(end);
            if matches!(next, "by" | "than" | "from") && verb.frame != Frame::Tell {
                return None;
            }
            if verb.frame == Frame::Obj && toks.is_class(end, PREP) {
                return None;
            }
        }
        if matches!(
            verb.lemma,
            "call" | "name" | "dub" | "label" | "brand" | "title"
        ) && form == Form::Past
            && start == h
            && start >= a + 2
            && matches!(toks.low(start - 2), "a" | "an")
        {
            // "a group called “X”", "a box labeled “Y”": a participle naming a thing.
            return None;
        }
        // "That said, ...": a set phrase, not a claim.
        if verb.lemma == "say"
            && start > a
            && start - 1 == a
            && toks.low(start - 1) == "that"
            && end < toks.len()
            && toks.is(end, ",")
        {
            return None;
        }
        if end + 1 < toks.len() {
            let next = toks.low(end);
            // "who asked not to be named", "said no to the offer": set phrases, not claims.
            let unnamed = verb.lemma == "ask"
                && next == "not"
                && end + 2 < toks.len()
                && toks.low(end + 1) == "to"
                && toks.low(end + 2) == "be";
            let refusal = verb.lemma == "say"
                && matches!(next, "no" | "yes")
                && end + 1 < toks.len()
                && toks.low(end + 1) == "to";
            if unnamed || refusal {
                return None;
            }
        }
        if passive && verb.lemma != "quote" {
            // "was asked", "is expected": passives name no speaker before them.
            return None;
        }
        Some(CueHit {
            group: start..end,
            head: h..end,
            verb,
            form,
            passive,
        })
    }
}

/// True when the verb "read" at token `h` (ending before `end`, in the sentence from `a`)
/// has a quotation right after it ("read “Q”", "read: “Q”") or closes a short phrase that
/// follows a quotation ending with a comma, a question or an exclamation mark ("“Q,” the
/// email read").
fn quotes_wording(toks: &Tokens, a: usize, h: usize, end: usize) -> bool {
    let opener = |k: usize| k < toks.len() && matches!(toks.low(k), "“" | "\"");
    if opener(end) || (end < toks.len() && toks.is(end, ":") && opener(end + 1)) {
        return true;
    }
    let mut k = h;
    while k > a && h - k < 5 {
        k -= 1;
        if matches!(toks.low(k), "”" | "\"") {
            return k > a && matches!(toks.low(k - 1), "," | "?" | "!");
        }
        if !toks.is_word(k) {
            return false;
        }
    }
    false
}

/// True when most longer words of tokens `a..b` are capitalized, as in a title-case headline.
fn title_case_line(toks: &Tokens, a: usize, b: usize) -> bool {
    let (mut words, mut caps) = (0, 0);
    for i in a..b {
        if toks.is_word(i) && toks.low(i).len() > 3 {
            words += 1;
            caps += usize::from(toks.is_cap(i));
        }
    }
    words >= 3 && caps * 10 >= words * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, &'static str)> {
        // The attributor records its lists' bits in the words' entries, which the finder reads.
        let mut words = Words::new();
        let att = super::super::Attributor::new(&mut words);
        let lex = &att.cues;
        let toks = words.tokenize(text);
        let mut hits = Vec::new();
        lex.find(&toks, &words, 0, toks.len(), |_| false, &mut hits);
        hits.into_iter()
            .map(|h| {
                let span = toks.span(h.group.start).cover(toks.span(h.group.end - 1));
                (span.slice(text).to_string(), h.verb.lemma)
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Vec<(String, &str)> = $want
                    .iter()
                    .map(|&(a, b): &(&str, &str)| (a.to_string(), b))
                    .collect();
                assert_eq!(cues($text), want);
            }
        };
    }

    #[test]
    fn every_article_is_a_determiner() {
        // The class bit gates the list (see `check`).
        let words = Words::new();
        for a in ARTICLES {
            assert!(words.is(a, DET), "{a}");
        }
    }

    #[test]
    fn listed_words_carry_their_classes_as_tokens() {
        // `check` reads a neighbour's class bits from its token, and asks the pronoun list
        // only of a token with the pronoun bit: a listed word that is a token of its own
        // ("'s" is two) carries the word's bits in its entry, and every pronoun has the bit.
        let words = Words::new();
        let lists = [
            include_str!("../lexicon/function_words.txt"),
            include_str!("../lexicon/pronouns.txt"),
        ];
        let mut one_token = 0;
        for w in lists.into_iter().flat_map(lexicon::entries).map(|e| e[0]) {
            let toks = words.tokenize(w);
            if toks.len() != 1 {
                assert!(words.pronoun(w).is_none(), "{w}");
                continue;
            }
            one_token += 1;
            assert_eq!(toks.class(0), words.class(w), "{w}");
            if words.pronoun(w).is_some() {
                assert!(toks.is_class(0, PRON), "{w}");
            }
        }
        assert!(one_token > 100, "{one_token}");
    }

    t!(said, "The mayor said it rained.", [("said", "say")]);
    t!(
        verb_group,
        "She has repeatedly said no. He did not deny it.",
        [("has repeatedly said", "say"), ("did not deny", "deny")]
    );
    t!(
        particle,
        "He pointed out that taxes rose.",
        [("pointed out", "point out")]
    );
    t!(
        nouns_are_not_cues,
        "The report and his claims drew a call for calm.",
        Vec::<(&str, &str)>::new()
    );
    t!(
        noun_form_after_a_subject,
        "Officials say the plan works, and she claims otherwise.",
        [("say", "say"), ("claims", "claim")]
    );
    t!(
        infinitive_is_not_a_cue,
        "He declined to say more.",
        [("declined", "decline")]
    );
    t!(
        went_on_to_say,
        "She went on to say that it was over.",
        [("went on to say", "say")]
    );
    t!(
        passive_is_not_a_cue,
        "He was asked about it and is expected to win.",
        Vec::<(&str, &str)>::new()
    );
    t!(
        participle,
        "He left, adding that he was tired.",
        [("adding", "add")]
    );
}
