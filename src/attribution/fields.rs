//! A claim's remaining fields: its source, listener and medium as entities, its kind from the
//! quotations inside it, its dates, and the date it was made.

use std::borrow::Cow;
use std::ops::Range;

use super::{Attribution, ClaimKind, Ctx, Draft, Stance};
use crate::dates::Timex;
use crate::span::Span;
use crate::speakers::{strip_possessive, EntityKind, Mention, MentionKind, People, PeopleNoun};
use crate::words::{DET, PREP};

impl Ctx<'_, '_> {
    /// The finished claim of a draft.
    pub(super) fn finish(&self, d: &Draft, people: &mut People, dates: &[Timex]) -> Attribution {
        let source = d.source.as_ref().map(|r| self.trimmed(r));
        let source_span = source.as_ref().map(|(_, span)| *span);
        let source = source.and_then(|(range, span)| self.entity(range, span, people));
        let recipient = d
            .recipient
            .as_ref()
            .map(|r| self.trimmed(r))
            .and_then(|(range, span)| self.entity(range, span, people));
        let medium = self.medium(d, people);
        // Quotations and dates are in text order: look only at those that start inside.
        let from = self
            .quotes
            .partition_point(|q| q.span.start < d.content.start);
        let quotes: Vec<usize> = self.quotes[from..]
            .iter()
            .enumerate()
            .take_while(|(_, q)| q.span.start < d.content.end)
            .filter(|(_, q)| !q.title && d.content.contains(q.span) && !q.span.is_empty())
            .map(|(i, _)| from + i)
            .collect();
        let kind = self.kind(d.content, &quotes, self.span(&d.cue));
        let cue_span = self.span(&d.cue);
        let frame = self.frame(d.content, cue_span, &quotes);
        let from = dates.partition_point(|t| t.span.start < d.content.start);
        let in_content: Vec<usize> = dates[from..]
            .iter()
            .enumerate()
            .take_while(|(_, t)| t.span.start < d.content.end)
            .filter(|(_, t)| {
                d.content.contains(t.span) && !frame.is_some_and(|f| f.contains(t.span))
            })
            .map(|(i, _)| from + i)
            .collect();
        let said_on = self.said_on(d, cue_span, frame, dates);
        let mut stance = d.verb.stance;
        if d.verb.lemma == "decline" || d.verb.lemma == "refuse" {
            stance = Stance::Refuse;
        }
        Attribution {
            kind,
            source,
            source_mention: source_span,
            cue: (!d.cue.is_empty()).then(|| {
                (
                    cue_span,
                    d.guessed
                        .clone()
                        .map_or(Cow::Borrowed(d.verb.lemma), Cow::Owned),
                )
            }),
            stance,
            content: d.content,
            quotes,
            recipient,
            medium,
            dates: in_content,
            said_on,
            sentence: d.sentence,
        }
    }

    /// The tokens `r` without a trailing comma or period, and their span.
    fn trimmed(&self, r: &Range<usize>) -> (Range<usize>, Span) {
        let mut end = r.end;
        while end > r.start + 1 && (self.is(end - 1, ",") || self.is(end - 1, ".")) {
            end -= 1;
        }
        let span = self.span(&(r.start..end));
        // The tokens inside the span are the trimmed tokens themselves, unless there are none:
        // no need to search for them again.
        let range = if r.start < end {
            r.start..end
        } else {
            self.toks.within(span)
        };
        (range, span)
    }

    /// The entity a source, listener or medium phrase (tokens `range`, bytes `span`) names: a group for a list of names
    /// ("Reuters, The Washington Post, and Axios"); else the entity of the name, pronoun or
    /// role that heads the phrase before any appositive; else a new entity for the phrase
    /// ("officials", "Romania's transport ministry", "Traders in Hamburg").
    fn entity(&self, range: Range<usize>, span: Span, people: &mut People) -> Option<usize> {
        // A pronoun that the speaker stage could not resolve names no one we know.
        if range.len() == 1 && self.pronoun_case(range.start).is_some() {
            let e = people
                .mentions_in(span)
                .first()
                .filter(|m| m.span == span)
                .map(|m| m.entity)?;
            // The speaker stage lists only subject pronouns with their entity; one that is a
            // source or listener ("who", "him") is listed too.
            people.add_mention(e, span);
            return Some(e);
        }
        Some(self.entity_of_phrase(range, span, people))
    }

    /// The entity of a source phrase that is not a lone pronoun.
    fn entity_of_phrase(&self, range: Range<usize>, span: Span, people: &mut People) -> usize {
        if self.lists_names(&range, span) {
            let mut distinct: Vec<usize> = people
                .mentions_in(span)
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .map(|m| m.entity)
                .collect();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() > 1 {
                let core = self.core(range, span, true);
                return people.nominal(self.text, core, EntityKind::Group);
            }
        }
        let core = self.core(range, span, false);
        // The last name of the phrase outside parentheses ("Sen. Ted Cruz (R-Texas)") and
        // outside a prepositional phrase ("Traders in Hamburg" names the traders).
        let in_phrase = |m: &Mention| {
            let before = self.text[core.start..m.span.start].trim_end();
            let before = before.strip_suffix("the").unwrap_or(before).trim_end();
            let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            // The lowercased copy holds the same word at the same offsets.
            let end = core.start + before.len();
            let class = self
                .words
                .class(self.toks.low_span(Span::new(end - last_word.len(), end)));
            class & PREP != 0 && class & DET == 0
        };
        let head = people
            .mentions_in(core)
            .iter()
            .rev()
            .filter(|m| {
                let before = &self.text[core.start..m.span.start];
                before.matches('(').count() <= before.matches(')').count()
            })
            .find(|m| (m.kind != MentionKind::Pronoun || m.span == core) && !in_phrase(m))
            .copied();
        if let Some(m) = head {
            let after = &self.text[m.span.end..core.end];
            let after = after.split('(').next().unwrap_or(after);
            // "Rick Santorum himself": a reflexive only stresses the name. A prepositional
            // phrase after the name only places it ("in Hamburg"); looked up only when some
            // lowercase word follows.
            let trailing_words = after
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.starts_with(char::is_lowercase) && w != "s" && !w.ends_with("self"))
                && !first_letters(after).is_some_and(|r| {
                    let first = self
                        .toks
                        .low_span(Span::new(m.span.end + r.start, m.span.end + r.end));
                    self.words.is(first, PREP)
                });
            // "a Reuters report", "the TASS state news agency": an outlet with words about
            // it still names the outlet.
            let outlet = people.entities[m.entity].kind == EntityKind::Media;
            if !trailing_words || outlet {
                // A group named by a common noun takes the fuller phrase as its name
                // ("Traders in Hamburg" for "Traders").
                let rec = &mut people.entities[m.entity];
                if rec.kind == EntityKind::Group
                    && m.span.start == core.start
                    && core.len() > rec.name.len()
                {
                    rec.name = core;
                }
                people.add_mention(m.entity, span);
                return m.entity;
            }
        }
        // "The chain, Marchéplus, confirmed": a name in apposition names the source.
        if core.end < span.end {
            let rest = Span::new(core.end, span.end);
            let named = people
                .mentions_in(rest)
                .iter()
                .find(|m| m.kind == MentionKind::Name)
                .copied();
            if let Some(m) = named {
                // Titles may stand between: "Her rival, state Treasurer Daniel Ibarra,".
                let gap = self.text[core.end..m.span.start]
                    .trim_matches(|c: char| c == ',' || c.is_whitespace());
                let titles_only = gap.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) || self.is_title_word(&w.to_ascii_lowercase())
                });
                if titles_only {
                    people.add_mention(m.entity, span);
                    return m.entity;
                }
            }
        }
        if let Some(e) = self.sole_holder(core, people) {
            people.add_mention(e, span);
            return e;
        }
        people.nominal(self.text, core, self.nominal_kind(core))
    }

    /// True when the phrase (tokens `range`, bytes `span`) writes " and " or " & " between
    /// its words, as a list of names does. The tokens tell where those words are: each is a
    /// token of its own, and only a space-separated one counts.
    pub(super) fn lists_names(&self, range: &Range<usize>, span: Span) -> bool {
        let t = self.toks;
        let bytes = self.text.as_bytes();
        range.clone().any(|k| {
            let at = t.span(k);
            (t.low(k) == "and" || t.str(k) == "&")
                && at.start > span.start
                && at.end < span.end
                && bytes.get(at.start - 1) == Some(&b' ')
                && bytes.get(at.end) == Some(&b' ')
        })
    }

    /// "Senator vows to block deal" over an article about Senator Ruth Calloway: a source that
    /// is only a title names the one person the article gives that title, if it gives it to
    /// exactly one.
    fn sole_holder(&self, core: Span, people: &People) -> Option<usize> {
        let words = self.toks.low_span(core);
        let head = words.split_whitespace().next_back()?;
        let bare_title = words
            .split_whitespace()
            .all(|w| w == "the" || self.is_title_word(w));
        if !bare_title {
            return None;
        }
        let mut holders = people.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Person
                && e.titles.iter().any(|t| {
                    t.slice(self.text)
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
                })
        });
        match (holders.next(), holders.next()) {
            (Some((e, _)), None) => Some(e),
            _ => None,
        }
    }

    /// The kind of a phrase that names no entity, by its head: the last word before any
    /// prepositional phrase ("traders" of "Traders in Hamburg"). A person for a title or a
    /// noun for one person ("A ministry spokesman", "One trader"), a group for a noun for
    /// several people, a quantifier or another plural ("officials", "Some", "a town hall
    /// meeting"), an organization otherwise ("Romania's transport ministry").
    fn nominal_kind(&self, core: Span) -> EntityKind {
        let text = core.slice(self.text);
        // Each word without its punctuation and possessive, lowercased: the same bytes of the
        // lowercased copy.
        let words = word_ranges(text).map(|r| {
            let w = &text[r.clone()];
            let trimmed = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            let start = r.start + (w.len() - trimmed.len());
            let stem = strip_possessive(trimmed.trim_end_matches(|c: char| !c.is_alphanumeric()));
            self.toks.low_span(Span::new(
                core.start + start,
                core.start + start + stem.len(),
            ))
        });
        let mut head = "";
        for (n, w) in words.enumerate() {
            if n > 0 && self.words.is(w, PREP) {
                break;
            }
            head = w;
        }
        match self.people.get(head) {
            Some(PeopleNoun::One) => EntityKind::Person,
            Some(PeopleNoun::Many) => EntityKind::Group,
            None if self.words.is(head, DET) || head == "others" => EntityKind::Group,
            None if head.ends_with('s') && !head.ends_with("ss") => EntityKind::Group,
            None => EntityKind::Organization,
        }
    }

    /// The phrase (tokens `range`, bytes `span`) before its first appositive or relative clause: "Leonid Slutsky" of
    /// "Leonid Slutsky, the chairman of ...". A list keeps its commas ("Reuters, The
    /// Washington Post, and Axios") up to a comma that opens an appositive.
    fn core(&self, range: Range<usize>, span: Span, list: bool) -> Span {
        let t = self.toks;
        let mut depth = 0i32;
        for k in range.clone() {
            match t.str(k) {
                "(" => depth += 1,
                ")" => depth -= 1,
                "," if depth <= 0 && k > range.start => {
                    let next = (k + 1 < range.end).then(|| t.low(k + 1));
                    let continues = list
                        && next.is_some_and(|n| {
                            n == "and"
                                || t.is_cap(k + 1)
                                || (n == "the" && k + 2 < range.end && t.is_cap(k + 2))
                        });
                    if !continues {
                        return Span::new(span.start, t.span(k - 1).end);
                    }
                }
                _ => {}
            }
        }
        span
    }

    /// Direct when every letter of the content is inside a quotation, mixed when some are,
    /// indirect when none are. The words between two quotations that hold the claim's own cue
    /// ("“Q1,” she said. “Q2.”") do not count.
    fn kind(&self, content: Span, quotes: &[usize], cue: Span) -> ClaimKind {
        if quotes.is_empty() {
            return ClaimKind::Indirect;
        }
        let letters =
            |a: usize, b: usize| self.text[a..b.max(a)].chars().any(char::is_alphanumeric);
        let mut pos = content.start;
        let mut outside = false;
        for (n, &q) in quotes.iter().enumerate() {
            let outer = self.quotes[q].outer();
            let gap_holds_cue = n > 0 && pos <= cue.start && cue.end <= outer.start;
            if letters(pos, outer.start) && !gap_holds_cue {
                outside = true;
            }
            pos = pos.max(outer.end);
        }
        if letters(pos.min(content.end), content.end) {
            outside = true;
        }
        if outside {
            ClaimKind::Mixed
        } else {
            ClaimKind::Direct
        }
    }

    /// The words between the quotations of a split quotation, when the content spans them:
    /// ("“We won,” she said on Sunday. “Again.”"): they tell who said it and when, so a date
    /// there is the date of the saying, not one the claim speaks of.
    fn frame(&self, content: Span, cue: Span, quotes: &[usize]) -> Option<Span> {
        if cue.is_empty() || !content.contains(cue) {
            return None;
        }
        let spans = || quotes.iter().map(|&q| self.quotes[q].span);
        let start = spans()
            .filter(|q| q.end <= cue.start)
            .map(|q| q.end)
            .max()?;
        let end = spans()
            .filter(|q| q.start >= cue.end)
            .map(|q| q.start)
            .min()?;
        Some(Span::new(start, end))
    }

    /// The date of the saying: the date expression of the cue's sentence outside the content
    /// (or in the frame of a split quotation) that is nearest the cue ("On Sunday, Trump
    /// informed reporters", "said on Friday").
    fn said_on(&self, d: &Draft, cue: Span, frame: Option<Span>, dates: &[Timex]) -> Option<usize> {
        let sent = self.near_cue(d)?;
        let t = self.toks;
        let a = self.sentence_tokens(d.sentence)?.start;
        // Where a date of the saying is written: between the cue and its content ("said on
        // Sunday that"), between the source and the cue ("Trump on Saturday tweeted"), or in
        // an adverbial that opens the sentence ("On Friday, Trump mentioned").
        let after_cue = Span::new(
            cue.end,
            t.span(d.reach.saturating_sub(1).max(d.cue.end - 1)).end,
        );
        let source = d.source.as_ref().map(|r| self.span(r));
        let between = source.map(|s| {
            if s.start >= cue.end {
                // "according to a Reuters report earlier this month,": after the source, up to
                // its comma.
                let k = super::within(&t.toks, a, s).end;
                let stop = (k..(k + 6).min(t.len()))
                    .find(|&i| !t.is_word(i))
                    .unwrap_or(k.min(t.len()));
                let end = if stop > k {
                    t.span(stop - 1).end
                } else {
                    s.end
                };
                Span::new(cue.end, end.max(s.end))
            } else {
                Span::new(s.end, cue.start)
            }
        });
        // "... in an interview last year, Trump remarked": a date that ends the clause before
        // the source.
        let before_source = |span: Span| {
            source.is_some_and(|s| {
                let gap = self.text.get(span.end..s.start).unwrap_or("x");
                s.start > span.end && gap.trim() == ","
            })
        };
        let opening = |span: Span| {
            let inside = super::within(&t.toks, a, span);
            let k = inside.start;
            let lead = (a..k).all(|i| !t.is_word(i) || t.is_class(i, PREP));
            let end = inside.end;
            lead && (end >= t.len() || self.is(end, ","))
        };
        let from = dates.partition_point(|x| x.span.start < sent.start);
        dates[from..]
            .iter()
            .enumerate()
            .take_while(|(_, x)| x.span.start < sent.end)
            .map(|(i, x)| (from + i, x))
            .filter(|(_, x)| {
                !x.span.overlaps(d.content) || frame.is_some_and(|f| f.contains(x.span))
            })
            .find(|(_, x)| {
                after_cue.contains(x.span)
                    || between.is_some_and(|b| b.contains(x.span))
                    || opening(x.span)
                    || before_source(x.span)
            })
            .map(|(i, _)| i)
    }

    /// The part of the claim's sentence within a few dozen words of its cue, where its date
    /// and medium are written; bounded so that a run-on sentence costs no more per claim.
    fn near_cue(&self, d: &Draft) -> Option<Span> {
        let r = self.near_cue_tokens(d)?;
        Some(self.toks.span(r.start).cover(self.toks.span(r.end - 1)))
    }

    /// The tokens of [`Ctx::near_cue`].
    fn near_cue_tokens(&self, d: &Draft) -> Option<Range<usize>> {
        const WORDS: usize = 24;
        let range = self.sentence_tokens(d.sentence)?;
        if range.is_empty() {
            return None;
        }
        let lo = d.cue.start.saturating_sub(WORDS).max(range.start);
        let hi = (d.cue.end + WORDS).min(range.end).max(lo + 1);
        Some(lo..hi)
    }

    /// The medium of a claim: in its sentence, outside its content, a media noun ("interview",
    /// "statement", "book") with the outlet it names ("with NBC News", "a Bloomberg
    /// interview"), or the noun phrase itself ("his 2024 book “War”").
    fn medium(&self, d: &Draft, people: &mut People) -> Option<usize> {
        if let Some(r) = &d.medium {
            let (range, span) = self.trimmed(r);
            return self.entity(range, span, people);
        }
        if !self.has_mark(d.sentence, super::MEDIA) {
            return None;
        }
        let range = self.near_cue_tokens(d)?;
        let t = self.toks;
        for k in range.clone() {
            let at = t.span(k);
            if !self.is_media_noun(k) || d.content.overlaps(at) || !t.is_word(k) {
                continue;
            }
            // "a 2011 radio interview": the phrase ends at its last media noun.
            let mut k = k;
            while k + 1 < range.end && t.is_word(k + 1) && self.is_media_noun(k + 1) {
                k += 1;
            }
            let at = at.cover(t.span(k));
            if self.quote_of(k).is_some() {
                continue;
            }
            // The phrase must be an adverbial: "in", "during", "on" before its determiner.
            let mut s = k;
            while s > range.start
                && s + 4 > k
                && !matches!(
                    t.low(s - 1),
                    "in" | "during" | "on" | "at" | "via" | "through"
                )
            {
                s -= 1;
            }
            if s == range.start
                || !matches!(
                    t.low(s - 1),
                    "in" | "during" | "on" | "at" | "via" | "through"
                )
            {
                continue;
            }
            // "an interview with NBC News", "an interview on CNN".
            if k + 2 < range.end && matches!(t.low(k + 1), "with" | "on" | "to") {
                if let Some(e) = self.np_forward(k + 2, range.end) {
                    let span = self.span(&(k + 2..e));
                    if let Some(m) = people.mentions_in(span).first().copied() {
                        if m.kind == MentionKind::Name {
                            return Some(m.entity);
                        }
                    }
                }
            }
            // "a Bloomberg interview".
            let phrase = Span::new(t.span(s).start, at.end);
            if let Some(m) = people.mentions_in(phrase).first().copied() {
                if m.kind == MentionKind::Name {
                    return Some(m.entity);
                }
            }
            // "his 2024 book “War,”": the phrase with the title that follows it, through its
            // closing mark, so the name reads with both marks (a comma the writer put inside
            // them stays).
            let mut end = at.end;
            let next = self.quotes.partition_point(|q| q.open.start < at.end);
            if let Some(q) = self.quotes.get(next) {
                if q.title && self.text[at.end..q.open.start].trim().is_empty() {
                    end = match q.close {
                        Some(close) => close.end,
                        None => {
                            let title = q.span.slice(self.text).trim_end_matches([',', '.', ' ']);
                            q.span.start + title.len()
                        }
                    };
                }
            }
            return Some(people.nominal(
                self.text,
                Span::new(t.span(s).start, end),
                EntityKind::Media,
            ));
        }
        None
    }
}

/// The byte range of the first run of letters in `s`.
fn first_letters(s: &str) -> Option<Range<usize>> {
    let start = s.find(char::is_alphabetic)?;
    let end = s[start..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(s.len(), |e| start + e);
    Some(start..end)
}

/// The byte ranges of the words of `s`, as `split_whitespace` cuts them.
fn word_ranges(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = pos + s[pos..].find(|c: char| !c.is_whitespace())?;
        let end = s[start..]
            .find(char::is_whitespace)
            .map_or(s.len(), |e| start + e);
        pos = end;
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::{first_letters, word_ranges};

    #[test]
    fn word_ranges_cut_at_whitespace() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   ", &[]),
            ("one", &["one"]),
            ("the  Senate\tfloor ", &["the", "Senate", "floor"]),
            ("\u{a0}Café noir\n", &["Café", "noir"]),
        ];
        for &(s, want) in cases {
            let got: Vec<&str> = word_ranges(s).map(|r| &s[r]).collect();
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn first_letters_finds_the_first_run_of_letters() {
        for (s, want) in [
            ("  in Hamburg", Some("in")),
            (" (R-Texas)", Some("R")),
            (", himself", Some("himself")),
            ("2024", None),
            ("", None),
        ] {
            assert_eq!(first_letters(s).map(|r| &s[r]), want, "{s:?}");
        }
    }
}
