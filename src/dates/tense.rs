//! The tense of the clause around a date, read from the nearest verb group.
//!
//! News reports the past, so most dates written without a year are past ones; the exceptions
//! are announced by the verb: "will meet on Tuesday", "could occur in February", "is expected
//! in March", "to be released in June". The reader looks for the verb group nearest to the date
//! in its sentence (left first on a tie, at most `REACH` tokens away) and reads its tense from
//! the auxiliaries around its head.

use super::recognize::Matcher;
use super::resolve::Tense;
use super::words::Cue;

/// How far, in tokens, a verb may be from the date it places.
const REACH: usize = 14;

/// The tense of the clause around tokens `start..end`, and the token of the verb it was read
/// from. `same_sentence(k)` says whether token `k` is in the date's sentence.
pub(crate) fn tense_around(
    m: &Matcher<'_, '_>,
    start: usize,
    end: usize,
    len: usize,
    same_sentence: impl Fn(usize) -> bool,
) -> (Tense, Option<usize>) {
    if start > 0 && m.is_word(start - 1, "since") {
        return (Tense::Past, None);
    }
    let heads = |k: usize| cue(m, k).is_some_and(is_head);
    let left = (1..=REACH.min(start))
        .map(|d| start - d)
        .take_while(|&k| same_sentence(k))
        .find(|&k| heads(k));
    // A verb to the right wins only when it is nearer than the one to the left (which wins a
    // tie), so the right is read no further than that.
    let right_reach = left.map_or(REACH, |l| start - l - 1);
    let right = (end..len.min(end + right_reach))
        .take_while(|&k| same_sentence(k))
        .find(|&k| heads(k));
    let verb = match (left, right) {
        (_, Some(r)) => r,
        (Some(l), None) => l,
        (None, None) => return (Tense::Unknown, None),
    };
    (group_tense(m, verb), Some(verb))
}

/// The cue of token `k`: from the list, or a present verb after a subject pronoun ("when it
/// arrives", "which owns").
fn cue(m: &Matcher<'_, '_>, k: usize) -> Option<Cue> {
    m.cue(k).or_else(|| {
        let w = m.word(k);
        // The word's own shape first: it is cheaper than the pronoun before it, and rarer.
        let present_form = (w.len() >= 3) & w.ends_with('s') & !w.ends_with("ss");
        let subject = present_form
            && k > 0
            && m.is_lowercase(k)
            && ["he", "she", "it", "who", "which", "that"]
                .iter()
                .any(|p| m.is_word(k - 1, p));
        subject.then_some(Cue::Present)
    })
}

/// Cues that can stand for a verb group when searching for the nearest one.
fn is_head(c: Cue) -> bool {
    matches!(
        c,
        Cue::Modal
            | Cue::PastAux
            | Cue::PresAux
            | Cue::Perfect
            | Cue::Future
            | Cue::Past
            | Cue::Present
    )
}

/// Words that may sit inside a verb group.
fn is_aux(c: Cue) -> bool {
    matches!(
        c,
        Cue::Modal | Cue::PastAux | Cue::PresAux | Cue::Perfect | Cue::Be | Cue::To | Cue::Adverb
    )
}

/// The tense of the verb group that holds token `k`.
fn group_tense(m: &Matcher<'_, '_>, k: usize) -> Tense {
    // The group: auxiliaries to the left of k, k, and auxiliaries then the main verb to its right.
    let mut first = k;
    while first > 0 && k - first < 4 && cue(m, first - 1).is_some_and(is_aux) {
        first -= 1;
    }
    let mut last = k;
    if cue(m, k).is_some_and(is_aux) {
        while last - k < 4 && cue(m, last + 1).is_some_and(is_aux) {
            last += 1;
        }
        // The main verb after the auxiliaries, if it is a known form.
        if cue(m, last + 1).is_some_and(|c| !is_aux(c) && c != Cue::NotVerb) {
            last += 1;
        }
    }
    // At most ten tokens: four auxiliaries before k, k, four after it and the main verb.
    let mut buf = [Cue::NotVerb; 10];
    let mut n = 0;
    for c in (first..=last).filter_map(|i| cue(m, i)) {
        if let Some(slot) = buf.get_mut(n) {
            *slot = c;
            n += 1;
        }
    }
    let cues = &buf[..n];
    let main = cues.last().copied();
    let has = |c: Cue| cues.contains(&c);
    if has(Cue::Modal) {
        // "could have occurred" looks back.
        let perfect_modal = (first..=last).any(|i| cue(m, i) == Some(Cue::Perfect));
        return if perfect_modal && main == Some(Cue::Past) {
            Tense::Past
        } else {
            Tense::Future
        };
    }
    if has(Cue::To) && cues.first() == Some(&Cue::To) {
        return Tense::Future;
    }
    if main == Some(Cue::Future) {
        return Tense::Future;
    }
    if has(Cue::PastAux) {
        return Tense::Past;
    }
    if has(Cue::Perfect) {
        // "has announced": a past event; "has a deadline": present.
        return if main == Some(Cue::Past) || has(Cue::Be) {
            Tense::Past
        } else {
            Tense::Present
        };
    }
    if has(Cue::PresAux) {
        // "is to meet", "is set to begin" look ahead.
        if (last + 1..=last + 2).any(|j| m.is_word(j, "to")) {
            return Tense::Future;
        }
        return Tense::Present;
    }
    match main {
        Some(Cue::Past) => Tense::Past,
        Some(Cue::Present) => Tense::Present,
        _ => Tense::Unknown,
    }
}
