//! Claims per construction, on sentences written for these tests.

use crate::ClaimGraph;

/// Each claim as (kind, source entity name, source as written, cue, content).
fn claims(text: &str) -> Vec<(String, String, String, String, String)> {
    let g: ClaimGraph = crate::extract(text);
    g.claims
        .iter()
        .map(|c| {
            let source = c
                .source
                .map_or("-".to_string(), |e| g.entities[e.0].name.to_string());
            let mention = c
                .source_mention
                .as_ref()
                .map_or("-".to_string(), |m| m.text.to_string());
            let cue = c
                .cue
                .as_ref()
                .map_or("-".to_string(), |c| c.text.to_string());
            let kind = serde_json::to_value(c.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string();
            (kind, source, mention, cue, c.content.text.to_string())
        })
        .collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$(($kind:expr, $src:expr, $mention:expr, $cue:expr, $content:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<(String, String, String, String, String)> = vec![$(
                ($kind.to_string(), $src.to_string(), $mention.to_string(), $cue.to_string(), $content.to_string())
            ),*];
            assert_eq!(claims($text), want);
        }
    };
}

// Direct quotations, every order of quote, source and cue.
t!(
    quote_then_source,
    "“We will rebuild the bridge,” Mayor Ana Ruiz said.",
    [(
        "direct",
        "Ana Ruiz",
        "Mayor Ana Ruiz",
        "said",
        "“We will rebuild the bridge,”"
    )]
);
t!(
    source_then_quote,
    "Mayor Ana Ruiz said, “We will rebuild the bridge.”",
    [(
        "direct",
        "Ana Ruiz",
        "Mayor Ana Ruiz",
        "said",
        "“We will rebuild the bridge.”"
    )]
);
t!(
    inverted_source_with_relative_clause,
    "“We will rebuild the bridge,” said Mayor Ana Ruiz, who took office in May.",
    [(
        "direct",
        "Ana Ruiz",
        "Mayor Ana Ruiz, who took office in May",
        "said",
        "“We will rebuild the bridge,”"
    )]
);
t!(
    straight_marks,
    "\"The river is rising,\" the engineer warned.",
    [(
        "direct",
        "the engineer",
        "the engineer",
        "warned",
        "\"The river is rising,\""
    )]
);
t!(
    split_quote_over_two_sentences,
    "“The budget is tight,” Governor Paul Ames said. “But the money is there.”",
    [(
        "direct",
        "Paul Ames",
        "Governor Paul Ames",
        "said",
        "“The budget is tight,” Governor Paul Ames said. “But the money is there.”"
    )]
);
t!(
    split_quote_in_one_sentence,
    "“The budget is tight,” Governor Paul Ames said, “but the money is there.”",
    [(
        "direct",
        "Paul Ames",
        "Governor Paul Ames",
        "said",
        "“The budget is tight,” Governor Paul Ames said, “but the money is there.”"
    )]
);
t!(
    quote_over_several_sentences,
    "“We tried. We failed. We will try again,” the coach said.",
    [(
        "direct",
        "the coach",
        "the coach",
        "said",
        "“We tried. We failed. We will try again,”"
    )]
);
t!(quote_over_paragraphs,
    "The mayor spoke for an hour.\n\n“The bridge will open in June.\n\n“And the tolls will stay low,” she said.",
    [("direct", "The mayor", "she", "said",
      "“The bridge will open in June.\n\n“And the tolls will stay low,”")]);
// A party and state in parentheses belong to the name before them. The walk back over them
// once underflowed an index, which only an overflow-checked build notices (`.ci/run` runs the
// tests once in such a build).
t!(
    party_in_parentheses_after_the_source,
    "Sen. Ana Ruiz (D-Ohio) said the bill would pass.",
    [(
        "indirect",
        "Ana Ruiz",
        "Sen. Ana Ruiz (D-Ohio)",
        "said",
        "the bill would pass"
    )]
);
t!(
    unlisted_verb_after_a_quotation,
    "“Not again,” Ms. Dana Cole groaned.",
    [(
        "direct",
        "Dana Cole",
        "Ms. Dana Cole",
        "groaned",
        "“Not again,”"
    )]
);
t!(
    unlisted_verb_before_a_colon,
    "The coach leaned in and boomed: “We play to win.”",
    [(
        "direct",
        "The coach",
        "The coach",
        "boomed",
        "“We play to win.”"
    )]
);

// Quotations with no cue of their own.
t!(
    next_quote_continues_the_claim,
    "“We are ready,” the captain said.\n\n“The boats are fueled and the crews are rested.”",
    [(
        "direct",
        "the captain",
        "the captain",
        "said",
        "“We are ready,” the captain said.\n\n“The boats are fueled and the crews are rested.”"
    )]
);
t!(
    floating_quote_after_its_speaker,
    "Asked whether she would run again, Senator Ivy Marsh smiled.\n\n“Not this time.”",
    [(
        "direct",
        "Ivy Marsh",
        "Senator Ivy Marsh",
        "-",
        "“Not this time.”"
    )]
);
t!(
    book_title_is_not_a_claim,
    "In his 2019 book “Harbor,” the historian Sam Ode argued that ports shaped the city.",
    [(
        "indirect",
        "Sam Ode",
        "the historian Sam Ode",
        "argued",
        "that ports shaped the city"
    )]
);

// Reported speech.
t!(
    said_that,
    "Governor Paul Ames said that the budget was tight.",
    [(
        "indirect",
        "Paul Ames",
        "Governor Paul Ames",
        "said",
        "that the budget was tight"
    )]
);
t!(
    said_without_that,
    "Governor Paul Ames said the budget was tight.",
    [(
        "indirect",
        "Paul Ames",
        "Governor Paul Ames",
        "said",
        "the budget was tight"
    )]
);
t!(
    told_listener_that,
    "Governor Paul Ames told reporters that the budget was tight.",
    [(
        "indirect",
        "Paul Ames",
        "Governor Paul Ames",
        "told",
        "that the budget was tight"
    )]
);
t!(
    told_listener_without_that,
    "Governor Paul Ames told lawmakers the budget was tight.",
    [(
        "indirect",
        "Paul Ames",
        "Governor Paul Ames",
        "told",
        "the budget was tight"
    )]
);
t!(
    according_to_first,
    "According to the treasury, the deficit doubled last year.",
    [(
        "indirect",
        "the treasury",
        "the treasury",
        "According to",
        "the deficit doubled last year"
    )]
);
t!(
    according_to_last,
    "The deficit doubled last year, according to the treasury.",
    [(
        "indirect",
        "the treasury",
        "the treasury",
        "according to",
        "The deficit doubled last year"
    )]
);
t!(
    source_after_content,
    "The deficit doubled last year, the treasury said.",
    [(
        "indirect",
        "the treasury",
        "the treasury",
        "said",
        "The deficit doubled last year"
    )]
);
t!(
    cue_inside_content,
    "The deficit, the treasury said, doubled last year.",
    [(
        "indirect",
        "the treasury",
        "the treasury",
        "said",
        "The deficit, the treasury said, doubled last year"
    )]
);
t!(
    circumstance_after_the_cue_is_not_content,
    "Ferry fares will rise by a fifth, the harbor board said on Monday, as fuel costs climbed.",
    [(
        "indirect",
        "the harbor board",
        "the harbor board",
        "said",
        "Ferry fares will rise by a fifth"
    )]
);
t!(
    contrast_after_the_cue_is_not_content,
    "The bridge is safe, the engineer said, although some bolts were rusty.",
    [(
        "indirect",
        "the engineer",
        "the engineer",
        "said",
        "The bridge is safe"
    )]
);
t!(
    bare_title_source_is_the_only_person_with_that_title,
    "Senator vows to block the deal\n\nSenator Ruth Calloway said on Wednesday that she would fight it.",
    [
        ("indirect", "Ruth Calloway", "Senator", "vows", "to block the deal"),
        (
            "indirect",
            "Ruth Calloway",
            "Senator Ruth Calloway",
            "said",
            "that she would fight it"
        )
    ]
);
t!(
    bare_title_source_held_by_two_stays_apart,
    "Senator vows to block the deal\n\nSenator Ruth Calloway met Senator Tom Hale.",
    [(
        "indirect",
        "Senator",
        "Senator",
        "vows",
        "to block the deal"
    )]
);
t!(
    gerund_after_by_is_said_by_the_subject,
    "Mayor Ana Ruiz angered the council by saying that the budget was “a fiction.”",
    [(
        "mixed",
        "Ana Ruiz",
        "Mayor Ana Ruiz",
        "saying",
        "that the budget was “a fiction.”"
    )]
);
t!(
    gerund_after_after_is_said_by_the_subject,
    "The striker quit the club after claiming that he was underpaid.",
    [(
        "indirect",
        "The striker",
        "The striker",
        "claiming",
        "that he was underpaid"
    )]
);
t!(
    gerund_after_for_is_not_the_subjects,
    "Critics attacked the mayor for saying that the budget was balanced.",
    [(
        "indirect",
        "Critics",
        "Critics",
        "attacked",
        "the mayor for saying that the budget was balanced"
    )]
);
t!(quoted_by_an_outlet,
    "Tom Reyes, the chairman of the port authority, was quoted by the Harbor Gazette as saying that the cranes were unsafe.",
    [("indirect", "Tom Reyes", "Tom Reyes, the chairman of the port authority", "was quoted",
      "that the cranes were unsafe")]);
t!(
    colon_introduction,
    "The minister outlined her plan: taxes would fall and spending would rise.",
    [(
        "indirect",
        "The minister",
        "The minister",
        "outlined",
        "her plan: taxes would fall and spending would rise"
    )]
);
t!(
    partial_quote_is_mixed,
    "The senator said she would “fight every step of the way” against the bill.",
    [(
        "mixed",
        "The senator",
        "The senator",
        "said",
        "she would “fight every step of the way” against the bill"
    )]
);
t!(
    participle_shares_the_subject,
    "Ms. Rosa Lin left the hearing early, saying the questions were unfair.",
    [(
        "indirect",
        "Rosa Lin",
        "Ms. Rosa Lin",
        "saying",
        "the questions were unfair"
    )]
);
t!(
    second_verb_of_the_subject,
    "The mayor praised the crews and said the roads would reopen.",
    [
        ("indirect", "The mayor", "The mayor", "praised", "the crews"),
        (
            "indirect",
            "The mayor",
            "The mayor",
            "said",
            "the roads would reopen"
        )
    ]
);
t!(
    according_to_a_poll,
    "In a new poll released Monday, 40 percent of voters said taxes were too high.",
    [(
        "indirect",
        "a new poll released Monday",
        "a new poll released Monday",
        "In",
        "40 percent of voters said taxes were too high"
    )]
);

// A participle between an article and its noun is an adjective of the adverbial phrase.
t!(
    participle_adjective_in_adverbial,
    "Coach Lena Park said in a written statement, “We will play on.”",
    [(
        "direct",
        "Lena Park",
        "Coach Lena Park",
        "said",
        "“We will play on.”"
    )]
);
t!(
    participle_adjective_after_listener,
    "The tenants told the council in a written complaint, “The heating has failed.”",
    [(
        "direct",
        "The tenants",
        "The tenants",
        "told",
        "“The heating has failed.”"
    )]
);

// A text whose words are quoted "reads" them.
t!(
    quotation_then_text_read,
    "“Please stop writing to us,” the letter read.",
    [(
        "direct",
        "the letter",
        "the letter",
        "read",
        "“Please stop writing to us,”"
    )]
);
t!(
    text_read_colon_quotation,
    "One banner read: “We want our jobs back.”",
    [(
        "direct",
        "One banner",
        "One banner",
        "read",
        "“We want our jobs back.”"
    )]
);
t!(
    text_read_quotation,
    "Her final message read “I am safe now.”",
    [(
        "direct",
        "Her final message",
        "Her final message",
        "read",
        "“I am safe now.”"
    )]
);
t!(
    reading_a_report_is_no_claim,
    "The clerk read the report aloud.",
    []
);

// Speakers: pronouns, titles, outlets, groups.
t!(
    she_after_a_senator,
    "Senator Mara Quinn arrived late. She said the vote would be close.",
    [(
        "indirect",
        "Mara Quinn",
        "She",
        "said",
        "the vote would be close"
    )]
);
t!(
    he_by_the_honorific,
    "Ms. Paula Grant met Mr. Omar Haddad on Monday. He said the talks had stalled.",
    [(
        "indirect",
        "Omar Haddad",
        "He",
        "said",
        "the talks had stalled"
    )]
);
t!(
    they_after_a_group,
    "The workers walked out on Friday. They said the plant was unsafe.",
    [(
        "indirect",
        "The workers",
        "They",
        "said",
        "the plant was unsafe"
    )]
);
t!(
    the_president_by_title,
    "President Lena Holt spoke first. The president said the economy was strong.",
    [(
        "indirect",
        "Lena Holt",
        "The president",
        "said",
        "the economy was strong"
    )]
);
t!(
    surname_joins_the_full_name,
    "Senator Mara Quinn voted no. Quinn said the bill was rushed.",
    [(
        "indirect",
        "Mara Quinn",
        "Quinn",
        "said",
        "the bill was rushed"
    )]
);
t!(
    outlet_as_source,
    "Reuters reported that the factory would close.",
    [(
        "indirect",
        "Reuters",
        "Reuters",
        "reported",
        "that the factory would close"
    )]
);
t!(
    list_of_sources,
    "Reuters, the Daily Ledger and Axios reported that the factory would close.",
    [(
        "indirect",
        "Reuters, the Daily Ledger and Axios",
        "Reuters, the Daily Ledger and Axios",
        "reported",
        "that the factory would close"
    )]
);

t!(
    reflexive_appositive_subject,
    "Ruiz, herself a former teacher, said the schools need “real money.”",
    [(
        "mixed",
        "Ruiz",
        "Ruiz, herself a former teacher",
        "said",
        "the schools need “real money.”"
    )]
);
t!(
    plural_reflexive_appositive_subject,
    "The growers, themselves hit by the drought, said prices would rise.",
    [(
        "indirect",
        "The growers",
        "The growers, themselves hit by the drought",
        "said",
        "prices would rise"
    )]
);

// The subject of a reported clause right after the cue is no inverted source; the real
// subject stands before the aside.
t!(
    clause_subject_is_not_inverted_source,
    "The growers — hit hard by the drought — said prices would rise.",
    [(
        "indirect",
        "The growers",
        "The growers",
        "said",
        "prices would rise"
    )]
);
t!(
    inverted_pronoun_after_quotation_stays,
    "Ana Ruiz crossed the line first. “We won,” said she.",
    [("direct", "Ana Ruiz", "she", "said", "“We won,”")]
);

// A verb of naming whose object is a relative pronoun: the content is the relative phrase.
t!(
    naming_with_free_relative_object,
    "The fans cheered what Coach Lena Park called a “historic win.”",
    [(
        "mixed",
        "Lena Park",
        "Coach Lena Park",
        "called",
        "what Coach Lena Park called a “historic win.”"
    )]
);
t!(
    naming_with_relative_that_and_as,
    "It was a fire that the chief described as “deliberate.”",
    [(
        "mixed",
        "the chief",
        "the chief",
        "described",
        "that the chief described as “deliberate.”"
    )]
);
t!(
    naming_after_in_which_keeps_its_object,
    "He deleted posts in which he called the mayor “a fraud.”",
    [("mixed", "-", "he", "called", "the mayor “a fraud.”")]
);

t!(
    went_on_to_with_a_noun_like_verb,
    "Ruiz went on to call the budget “a fantasy.”",
    [(
        "mixed",
        "Ruiz",
        "Ruiz",
        "went on to call",
        "the budget “a fantasy.”"
    )]
);

// A lowercase quotation after the cue finishes the phrase that opens the sentence.
t!(
    fronted_phrase_finished_by_lowercase_quotation,
    "In the long run, the coach told reporters, “it pays to be patient.”",
    [(
        "mixed",
        "the coach",
        "the coach",
        "told",
        "In the long run, the coach told reporters, “it pays to be patient.”"
    )]
);
t!(
    fronted_phrase_before_capitalized_quotation_stays_out,
    "In Dover, the coach told reporters, “We are ready.”",
    [(
        "direct",
        "the coach",
        "the coach",
        "told",
        "“We are ready.”"
    )]
);

// A floating quantifier after the subject is not the subject.
t!(
    floating_both_after_subject,
    "Ann Bell and Tom Reyes both denounced the plan as “a scam.”",
    [(
        "mixed",
        "Ann Bell and Tom Reyes",
        "Ann Bell and Tom Reyes",
        "denounced",
        "the plan as “a scam.”"
    )]
);
t!(
    quantifier_alone_is_the_subject,
    "Both said the plan was dead.",
    [("indirect", "Both", "Both", "said", "the plan was dead")]
);

// A participle that hangs off its clause after a comma and a sentence adverb.
t!(
    hanging_participle_after_sentence_adverb,
    "“We will not comment,” Ruiz said, instead urging the council to vote “right now.”",
    [
        ("direct", "Ruiz", "Ruiz", "said", "“We will not comment,”"),
        (
            "mixed",
            "Ruiz",
            "Ruiz",
            "urging",
            "the council to vote “right now.”"
        )
    ]
);

// A participle cue after a preposition ("said before adding") is a claim of its own.
t!(
    participle_cue_after_preposition_quote,
    "“The pool stays shut,” Okafor said before adding: “It reopens in June.”",
    [
        (
            "direct",
            "Okafor",
            "Okafor",
            "said",
            "“The pool stays shut,”"
        ),
        (
            "direct",
            "Okafor",
            "Okafor",
            "adding",
            "“It reopens in June.”"
        )
    ]
);
t!(
    participle_cue_after_preposition_clause,
    "The coach thanked the fans before adding that the team would miss them.",
    [(
        "indirect",
        "The coach",
        "The coach",
        "adding",
        "that the team would miss them"
    )]
);

// "put it" after an appositive, its content opened by a colon or a comma.
t!(
    put_it_after_appositive,
    "As Delgado, the league's treasurer, put it: “Every ticket counts.”",
    [(
        "direct",
        "Delgado",
        "Delgado, the league's treasurer",
        "put it",
        "“Every ticket counts.”"
    )]
);
t!(
    put_it_after_appositive_comma,
    "As the chef, a patient teacher, put it, “Salt early and taste often.”",
    [(
        "direct",
        "the chef",
        "the chef, a patient teacher",
        "put it",
        "“Salt early and taste often.”"
    )]
);
t!(
    put_after_comma_without_content_is_no_cue,
    "The crate, put it on the table, is heavy.",
    []
);

// A progressive cue after an appositive is finite: its subject is the whole appositive
// phrase, not a clause the participle hangs off.
t!(
    progressive_cue_after_appositive,
    "Lena Holt, the club's captain, is urging members to vote early.",
    [(
        "indirect",
        "Lena Holt",
        "Lena Holt, the club's captain",
        "is urging",
        "members to vote early"
    )]
);
t!(
    progressive_cue_after_relative_clause,
    "Omar Diaz, who coached the team for a decade, was saying that the field needs repairs.",
    [(
        "indirect",
        "Omar Diaz",
        "Omar Diaz, who coached the team for a decade",
        "was saying",
        "that the field needs repairs"
    )]
);

// An aside between dashes after the subject: the source is the noun phrase before it.
t!(
    subject_before_dashed_aside,
    "The survey — the third this spring — found that most riders want later buses.",
    [(
        "indirect",
        "The survey",
        "The survey",
        "found",
        "that most riders want later buses"
    )]
);
t!(
    subject_before_hyphen_aside,
    "Rita Vance - a former teacher - said the school must stay open.",
    [(
        "indirect",
        "Rita Vance",
        "Rita Vance",
        "said",
        "the school must stay open"
    )]
);

// An appositive whose relative clause holds a verb of its own.
t!(
    appositive_with_relative_clause_verb,
    "Nora Quist, a former judge who argued for the bill last year, said the vote was rushed.",
    [(
        "indirect",
        "Nora Quist",
        "Nora Quist, a former judge who argued for the bill last year",
        "said",
        "the vote was rushed"
    )]
);

// A time phrase between an appositive and the verb.
t!(
    appositive_then_time_then_cue,
    "Pablo Reyes, who runs the food bank, on Monday warned that shelves were empty.",
    [(
        "indirect",
        "Pablo Reyes",
        "Pablo Reyes, who runs the food bank",
        "warned",
        "that shelves were empty"
    )]
);

// An indefinite pronoun, or "people", is a whole subject with its quantifier.
t!(
    indefinite_pronoun_subject,
    "Almost nobody believes that the dam will fail.",
    [(
        "indirect",
        "Almost nobody",
        "Almost nobody",
        "believes",
        "that the dam will fail"
    )]
);
t!(
    indefinite_pronoun_subject_with_adverb,
    "Not everybody agrees that the fare rise was needed.",
    [(
        "indirect",
        "Not everybody",
        "Not everybody",
        "agrees",
        "that the fare rise was needed"
    )]
);
t!(
    people_as_subject,
    "Some residents left early, and people worried that the storm would flood the road.",
    [(
        "indirect",
        "people",
        "people",
        "worried",
        "that the storm would flood the road"
    )]
);

// "people" is plural: a bare present cue may follow it, and its determiner joins it.
t!(
    people_before_bare_present_cue,
    "Many people think the new bridge is too narrow.",
    [(
        "indirect",
        "Many people",
        "Many people",
        "think",
        "the new bridge is too narrow"
    )]
);
t!(
    determiner_people_before_cue,
    "These people believe the library should stay open late.",
    [(
        "indirect",
        "These people",
        "These people",
        "believe",
        "the library should stay open late"
    )]
);

// Belief, intention and refusal.
t!(
    belief,
    "Analysts believe the rate will rise.",
    [(
        "indirect",
        "Analysts",
        "Analysts",
        "believe",
        "the rate will rise"
    )]
);
t!(
    intention,
    "She vowed to appeal the ruling.",
    [("indirect", "-", "She", "vowed", "to appeal the ruling")]
);
t!(
    refusal,
    "Officials declined to comment.",
    [(
        "indirect",
        "Officials",
        "Officials",
        "declined",
        "to comment"
    )]
);

// Not claims.
t!(
    captions_carry_none_when_not_speech,
    "The bridge was closed on Monday.",
    []
);
t!(
    said_no_to_is_a_choice,
    "The baker who said no to the chain.",
    []
);
t!(
    knowing_a_thing_is_not_a_claim,
    "Olande learned the trade from her father.",
    []
);
t!(
    apostrophes_are_not_quotes,
    "Rock 'n' roll isn't dead, the ’90s fans insist.",
    [(
        "indirect",
        "the ’90s fans",
        "the ’90s fans",
        "insist",
        "Rock 'n' roll isn't dead"
    )]
);

mod stances {
    use crate::{extract, Stance};

    /// The stance of the one claim of `text`.
    fn stance(text: &str) -> Stance {
        let g = extract(text);
        assert_eq!(g.claims.len(), 1, "{text}");
        g.claims[0].stance
    }

    #[test]
    fn stances_come_from_the_cue() {
        for (text, want) in [
            (
                "The company denied that the plant would close.",
                Stance::Deny,
            ),
            (
                "The union suggested that a strike was likely.",
                Stance::Hedge,
            ),
            ("The union said that a strike was likely.", Stance::Assert),
            ("The mayor promised to fix the roads.", Stance::Promise),
            ("The mayor refused to answer.", Stance::Refuse),
            (
                "The reporter asked whether the plant would close.",
                Stance::Ask,
            ),
        ] {
            assert_eq!(stance(text), want, "{text}");
        }
    }
}

mod dates_of_claims {
    use crate::{Extractor, Options};

    /// (said_on text, texts of the dates in the content) of the one claim of `text`.
    fn dates(text: &str) -> (Option<String>, Vec<String>) {
        let options = Options {
            publication_date: "2025-06-09".parse().ok(),
            ..Options::default()
        };
        let g = Extractor::new(options).extract(text);
        assert_eq!(g.claims.len(), 1, "{text}");
        let c = &g.claims[0];
        let text_of = |d: crate::DateId| g.dates[d.0].text.to_string();
        (
            c.said_on.map(text_of),
            c.dates.iter().map(|&d| text_of(d)).collect(),
        )
    }

    #[test]
    fn the_date_of_the_saying_is_apart_from_the_dates_it_speaks_of() {
        let cases: &[(&str, Option<&str>, &[&str])] = &[
            (
                "The mayor said on Sunday that the bridge would open in May.",
                Some("Sunday"),
                &["May"],
            ),
            (
                "On Friday, the mayor said that the bridge would open.",
                Some("Friday"),
                &[],
            ),
            (
                "“It opens in May,” the mayor said on Sunday.",
                Some("Sunday"),
                &["May"],
            ),
            // The words between the halves of a split quotation say when it was said.
            (
                "“It opens in May,” the mayor said on Sunday. “We are ready.”",
                Some("Sunday"),
                &["May"],
            ),
            (
                "The mayor said the bridge had closed on Sunday.",
                None,
                &["Sunday"],
            ),
        ];
        for (text, said_on, in_content) in cases {
            let want = (
                said_on.map(str::to_string),
                in_content.iter().map(|s| s.to_string()).collect(),
            );
            assert_eq!(dates(text), want, "{text}");
        }
    }
}

/// The stage's marks come with each token's list entry, whatever the word's case; the cue
/// bit comes with the index of the word's cue forms.
#[test]
fn tokens_carry_the_stage_marks() {
    use super::{ACCORDING, CUE, MEDIA, NOUNISH, POLL};
    let mut words = crate::words::Words::new();
    let att = super::Attributor::new(&mut words);
    let toks =
        words.tokenize("According to a POLL, officials Said the mayor claims it in an interview.");
    let cases: &[(&str, u16)] = &[
        ("According", ACCORDING),
        ("to", 0),
        ("POLL", POLL),
        (",", 0),
        ("officials", 0),
        ("Said", CUE),
        ("claims", CUE | NOUNISH),
        ("interview", MEDIA),
        (".", 0),
    ];
    for &(word, want) in cases {
        let i = (0..toks.len()).find(|&i| toks.str(i) == word).unwrap();
        let e = toks.entries()[i];
        assert_eq!(e.marks, want, "{word}");
        if want & CUE != 0 {
            assert_eq!(
                Some(u32::from(e.cues)),
                att.cues.list_of(&word.to_lowercase()),
                "{word}"
            );
        }
    }
}

/// Pronouns by their case, through contractions with either apostrophe; other words with an
/// apostrophe are no pronouns.
#[test]
fn pronoun_cases_through_contractions() {
    use crate::words::Case::{Object, Possessive, Subject};
    let text = "He’d say they're sure it's them, but O’Neill's don't and its dog’s who'll.";
    with_ctx(text, |ctx, toks| {
        let cases = [
            ("He’d", Some(Subject)),
            ("say", None),
            ("they're", Some(Subject)),
            ("it's", Some(Subject)),
            ("them", Some(Object)),
            ("O’Neill's", None),
            ("don't", None),
            ("its", Some(Possessive)),
            ("dog’s", None),
            ("who'll", Some(crate::words::Case::Relative)),
            (".", None),
        ];
        for (word, want) in cases {
            let i = (0..toks.len()).find(|&i| toks.str(i) == word).unwrap();
            assert_eq!(ctx.pronoun_case(i), want, "{word}");
        }
    });
}

/// A phrase lists names when " and " or " & " stands in it: the token test agrees with a byte
/// search of every phrase of a text where the words also touch other whitespace, punctuation
/// and the phrase's edges.
#[test]
fn lists_names_agrees_with_a_byte_search() {
    let text = "Reuters, The Post and Axios; AT&T & Verizon\u{a0}and Sprint, Tom and\tJerry, \
                AND Co and-so Ben & Jerry’s & and";
    with_ctx(text, |ctx, toks| {
        let phrase = |a: usize, b: usize| (a..b, ctx.span(&(a..b)));
        for a in 0..toks.len() {
            for b in a + 1..=toks.len() {
                let (range, span) = phrase(a, b);
                let low = span.slice(text).to_ascii_lowercase();
                let want = low.contains(" and ") || low.contains(" & ");
                assert_eq!(ctx.lists_names(&range, span), want, "{low:?}");
            }
        }
        let at = |w: &str| (0..toks.len()).find(|&i| toks.str(i) == w).unwrap();
        for (from, to, want) in [
            ("The", "Axios", true),
            ("AT&T", "Verizon", true),
            ("AT&T", "AT&T", false),
            ("Verizon", "Sprint", false),
            ("Tom", "Jerry", false),
            ("and-so", "Jerry’s", true),
        ] {
            let (range, span) = phrase(at(from), at(to) + 1);
            assert_eq!(ctx.lists_names(&range, span), want, "{from} .. {to}");
        }
    });
}

/// Calls `f` with the attribution context of `text` (no quotations) and its tokens.
fn with_ctx(text: &str, f: impl FnOnce(&super::Ctx<'_, '_>, &crate::tokens::Tokens<'_>)) {
    let mut words = crate::words::Words::new();
    let att = super::Attributor::new(&mut words);
    let toks = words.tokenize(text);
    let seg = crate::segment::Segmenter::new().split(text);
    let article = crate::article::Article::new(&toks, &seg);
    f(&super::Ctx::new(&article, &words, &att, &[]), &toks);
}
