//! Sentence, paragraph and role rules of `segment`, one table per behaviour, with sentences
//! written for these tests; then properties over arbitrary and news-like text.

use std::sync::OnceLock;

use claimgraph::segment::{is_blank, Role, Segmentation, Segmenter};
use proptest::prelude::*;

fn segmenter() -> &'static Segmenter {
    static S: OnceLock<Segmenter> = OnceLock::new();
    S.get_or_init(Segmenter::new)
}

fn sentences(text: &str) -> Vec<&str> {
    segmenter()
        .split(text)
        .sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

/// Checks each `(input, expected sentences)` of a table and reports every failing row.
fn table(name: &str, cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, want)| {
            let got = sentences(text);
            (got != want).then(|| format!("  {text:?}\n    want {want:?}\n    got  {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

macro_rules! t {
    ($name:ident, $($text:expr => [$($s:expr),* $(,)?]),+ $(,)?) => {
        #[test]
        fn $name() {
            table(stringify!($name), &[$(($text, &[$($s),*])),+]);
        }
    };
}

t!(terminators,
    "The vote passed. Critics left." => ["The vote passed.", "Critics left."],
    "Was it fair? Nobody knows!" => ["Was it fair?", "Nobody knows!"],
    "Really?! We won." => ["Really?!", "We won."],
    "It worked!! Then it broke." => ["It worked!!", "Then it broke."],
    "She shouted “Stop!” and ran." => ["She shouted “Stop!” and ran."],
    "Is it over? asked the driver." => ["Is it over? asked the driver."],
    "They said yes. 2019 was different." => ["They said yes.", "2019 was different."],
    "Nothing. #Election trends." => ["Nothing.", "#Election trends."],
    "No terminal punctuation" => ["No terminal punctuation"],
    "" => [],
    "   \n\n  " => [],
);

t!(titles_never_end_a_sentence,
    "Mr. Ortiz and Dr. Lee met Gen. Park." => ["Mr. Ortiz and Dr. Lee met Gen. Park."],
    "Sen. Warren spoke. Rep. Cole replied." => ["Sen. Warren spoke.", "Rep. Cole replied."],
    "GOV. HALE SIGNS BILL" => ["GOV. HALE SIGNS BILL"],
    "Her aide, Ms. Diaz, declined." => ["Her aide, Ms. Diaz, declined."],
);

t!(prefixes_before_numbers_and_names,
    "Read p. 12 and No. 4 first." => ["Read p. 12 and No. 4 first."],
    "They flew to St. Paul on Friday." => ["They flew to St. Paul on Friday."],
    "The shop is on Elm St. The owner is away." => ["The shop is on Elm St.", "The owner is away."],
    "Check Fig. 3 for details." => ["Check Fig. 3 for details."],
    "It costs approx. 40 dollars." => ["It costs approx. 40 dollars."],
);

t!(months_and_times,
    "The vote is on Feb. 9 in the capital." => ["The vote is on Feb. 9 in the capital."],
    "The law passed in Oct. Critics sued at once." => ["The law passed in Oct.", "Critics sued at once."],
    "In Oct. Critics sued at once." => ["In Oct. Critics sued at once."],
    "Polls close at 8 p.m. Tuesday." => ["Polls close at 8 p.m. Tuesday."],
    "The briefing starts at 9 a.m. ET in the hall." => ["The briefing starts at 9 a.m. ET in the hall."],
    "He landed at 6 p.m. Officials met him." => ["He landed at 6 p.m.", "Officials met him."],
    "At 6 a.m. Ms. Diaz opened the polls." => ["At 6 a.m. Ms. Diaz opened the polls."],
    "We left at 6 a.m. and came back late." => ["We left at 6 a.m. and came back late."],
);

t!(company_and_name_suffixes,
    "Acme Inc. Chief Executive Ana Ruiz spoke." => ["Acme Inc. Chief Executive Ana Ruiz spoke."],
    "He sold it to Acme Inc. The deal closed." => ["He sold it to Acme Inc.", "The deal closed."],
    "Tom Hale Jr.'s car was found." => ["Tom Hale Jr.'s car was found."],
    "It went to Hale & Co. on Monday." => ["It went to Hale & Co. on Monday."],
);

t!(dotted_letter_groups,
    "The U.S. Senate voted. The U.K. did not." => ["The U.S. Senate voted.", "The U.K. did not."],
    "Aid came from the U.S. Then it stopped." => ["Aid came from the U.S.", "Then it stopped."],
    "She has lived in the U.S. for years." => ["She has lived in the U.S. for years."],
    "Officials in Washington, D.C. “We are ready,” one said." =>
        ["Officials in Washington, D.C.", "“We are ready,” one said."],
    "She holds a Ph.D. in physics." => ["She holds a Ph.D. in physics."],
    "A.J. Ford and the U.N. envoy met." => ["A.J. Ford and the U.N. envoy met."],
);

t!(initials,
    "Lena K. Ortiz won." => ["Lena K. Ortiz won."],
    "The study by J. R. Hale is out." => ["The study by J. R. Hale is out."],
    "Ask Carl I. Moss. He knows." => ["Ask Carl I. Moss.", "He knows."],
    "The winners were you and I. Then we celebrated." =>
        ["The winners were you and I.", "Then we celebrated."],
    "They need vitamin D. The pills help." => ["They need vitamin D.", "The pills help."],
);

t!(connectives,
    "It was Hale vs. Ortiz in the final." => ["It was Hale vs. Ortiz in the final."],
    "Bring fruit, e.g. Apples or pears." => ["Bring fruit, e.g. Apples or pears."],
);

t!(numbers,
    "Prices rose 2.5 percent. Wages did not." => ["Prices rose 2.5 percent.", "Wages did not."],
    "It cost $3.50. Nobody paid." => ["It cost $3.50.", "Nobody paid."],
    "Version 1.2.3 shipped today." => ["Version 1.2.3 shipped today."],
    "Turnout hit 61.3% on Sunday." => ["Turnout hit 61.3% on Sunday."],
);

t!(missing_space_after_a_full_stop,
    "The polls closed.Turnout was low." => ["The polls closed.", "Turnout was low."],
    "They counted 5,000.Then they stopped." => ["They counted 5,000.", "Then they stopped."],
    "Mail ana.ruiz@example.org today." => ["Mail ana.ruiz@example.org today."],
    "See www.Example.org for more." => ["See www.Example.org for more."],
    "Results are at example.com/Votes.Html now." => ["Results are at example.com/Votes.Html now."],
);

t!(ellipses,
    "We waited... Nothing happened." => ["We waited...", "Nothing happened."],
    "We waited… Nothing happened." => ["We waited…", "Nothing happened."],
    "We waited ... and waited." => ["We waited ... and waited."],
    "It was . . . Strange, he said." => ["It was . . . Strange, he said."],
    "It ended. . . . Then it began again." => ["It ended.", ". . . Then it began again."],
    "He paused . . . . The room went quiet." => ["He paused . . . .", "The room went quiet."],
    "“We tried. ... We failed,” she said." => ["“We tried.", "... We failed,” she said."],
    "It said “the plan [...] will fail” today." => ["It said “the plan [...] will fail” today."],
    "“We tried [...] Nobody came,” she said." => ["“We tried [...]", "Nobody came,” she said."],
    "“The plan [...]” (Hale 12)." => ["“The plan [...]” (Hale 12)."],
);

t!(quotes_and_brackets_after_the_terminator,
    "“We won.” The crowd cheered." => ["“We won.”", "The crowd cheered."],
    "“We won,” she said. “Now we rest.”" => ["“We won,” she said.", "“Now we rest.”"],
    "\"We won.\" she said." => ["\"We won.\" she said."],
    "‘Enough.’ he wrote." => ["‘Enough.’ he wrote."],
    "She left (it was late.) and slept." => ["She left (it was late.) and slept."],
    "She left. (It was late.) Then she slept." => ["She left.", "(It was late.)", "Then she slept."],
    "“Why now?”, he asked." => ["“Why now?”, he asked."],
);

t!(quotations_split_into_their_sentences,
    "He said: “We are ready. The plan works. Come and see.”" =>
        ["He said: “We are ready.", "The plan works.", "Come and see.”"],
    "“It is late. Go home,” the guard told us." => ["“It is late.", "Go home,” the guard told us."],
);

t!(lists,
    "1. Buy milk 2. Sell bread" => ["1. Buy milk", "2. Sell bread"],
    "1. Buy milk. 2. Sell bread." => ["1. Buy milk.", "2. Sell bread."],
    "1) Buy milk 2) Sell bread 3) Rest" => ["1) Buy milk", "2) Sell bread", "3) Rest"],
    "1.) Buy milk 2.) Sell bread" => ["1.) Buy milk", "2.) Sell bread"],
    "(1) Buy milk (2) Sell bread" => ["(1) Buy milk", "(2) Sell bread"],
    "a. Buy milk b. Sell bread" => ["a. Buy milk", "b. Sell bread"],
    "• 4. Buy milk • 5. Sell bread" => ["• 4. Buy milk", "• 5. Sell bread"],
    "Items: • milk • bread" => ["Items:", "• milk", "• bread"],
    "He bought 2. Then he left." => ["He bought 2.", "Then he left."],
    "1. Buy 2.5 liters of milk" => ["1. Buy 2.5 liters of milk"],
);

t!(line_breaks,
    "Storm hits coast\nResidents flee." => ["Storm hits coast", "Residents flee."],
    "Storm hits coast\r\nResidents flee." => ["Storm hits coast", "Residents flee."],
    "Storm hits coast\rResidents flee." => ["Storm hits coast", "Residents flee."],
    "Storm hits coast\u{2028}Residents flee." => ["Storm hits coast", "Residents flee."],
    "Storm hits coast\u{85}Residents flee." => ["Storm hits coast", "Residents flee."],
    "apples\npears\nplums\n" => ["apples", "pears", "plums"],
    "The committee met on Tuesday to review every line of the budget\nand then voted against it." =>
        ["The committee met on Tuesday to review every line of the budget\nand then voted against it."],
    "The committee met on Tuesday to review the budget.\nand then voted." =>
        ["The committee met on Tuesday to review the budget.", "and then voted."],
    "Reporting by Ana Ruiz\nEditing by Tom Hale" => ["Reporting by Ana Ruiz", "Editing by Tom Hale"],
);

t!(datelines,
    "KYIV, Ukraine - The talks began. They ended." => ["KYIV, Ukraine -", "The talks began.", "They ended."],
    "LONDON (Reuters) — Prices rose." => ["LONDON (Reuters) —", "Prices rose."],
    "OSLO, Feb. 3 (Wire) - Prices rose." => ["OSLO, Feb. 3 (Wire) -", "Prices rose."],
    "Ana Ruiz, 45 - The mayor spoke." => ["Ana Ruiz, 45 - The mayor spoke."],
    "DOVER, Del. -- Voters waited." => ["DOVER, Del. --", "Voters waited."],
    "BERLIN —Talks resumed." => ["BERLIN —", "Talks resumed."],
    "Springfield, Ohio, United States - Crews arrived." =>
        ["Springfield, Ohio, United States -", "Crews arrived."],
    "Ballarat, Victoria, Australia On Monday, crews arrived." =>
        ["Ballarat, Victoria, Australia", "On Monday, crews arrived."],
    "Ana Ruiz - The mayor spoke." => ["Ana Ruiz - The mayor spoke."],
    "Paris, Rome and Oslo - The cities agreed." => ["Paris, Rome and Oslo - The cities agreed."],
);

t!(credit_labels_start_a_sentence,
    "The mayor at the opening Image: City Hall." => ["The mayor at the opening", "Image: City Hall."],
    "The mayor at the opening Photo credit: Ana Ruiz." =>
        ["The mayor at the opening", "Photo credit: Ana Ruiz."],
    "Ana Ruiz photo: Tom Hale." => ["Ana Ruiz", "photo: Tom Hale."],
    "He posted a video: Crowds cheered." => ["He posted a video: Crowds cheered."],
);

t!(captions_run_into_the_next_paragraph,
    "Ana Ruiz of the Green Party In the northern district, the party won four of the five seats by a wide margin." =>
        ["Ana Ruiz of the Green Party", "In the northern district, the party won four of the five seats by a wide margin."],
    "Protesters Gather In the Square" => ["Protesters Gather In the Square"],
);

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    let cases: &[(&str, &[&str], &[usize])] = &[
        ("One. Two.\n\nThree.", &["One. Two.", "Three."], &[0, 0, 1]),
        ("One.\n  \t\nTwo.", &["One.", "Two."], &[0, 1]),
        ("One.\r\n\r\nTwo.", &["One.", "Two."], &[0, 1]),
        ("One.\r\rTwo.", &["One.", "Two."], &[0, 1]),
        ("One.\n\u{a0}\nTwo.", &["One.", "Two."], &[0, 1]),
        ("One.\u{2029}Two.", &["One.", "Two."], &[0, 1]),
        (
            "Head\nOne.\n\n\n\nTwo.\n",
            &["Head\nOne.", "Two."],
            &[0, 0, 1],
        ),
    ];
    for &(text, paras, of) in cases {
        let seg = segmenter().split(text);
        let got: Vec<&str> = seg.paragraphs.iter().map(|p| p.slice(text)).collect();
        assert_eq!(got, paras, "{text:?}");
        let got: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(got, of, "{text:?}");
    }
}

/// The role of every sentence of `text`, with the sentence.
fn roles(text: &str) -> Vec<(Role, &str)> {
    segmenter()
        .split(text)
        .sentences
        .iter()
        .map(|s| (s.role, s.span.slice(text)))
        .collect()
}

/// Checks `(text, the role of each sentence)`.
fn role_table(name: &str, cases: &[(&str, &[Role])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, want)| {
            let got = roles(text);
            let got_roles: Vec<Role> = got.iter().map(|r| r.0).collect();
            (got_roles != want).then(|| format!("  {text:?}\n    want {want:?}\n    got  {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

use Role::{Body as B, Boilerplate as F, Caption as C, Headline as H, Subhead as S};

#[test]
fn headlines() {
    role_table(
        "headlines",
        &[
            (
                "Council approves new budget\n\nThe council voted on Monday.",
                &[H, B],
            ),
            (
                "Council approves new budget.\n\nThe council voted on Monday.",
                &[H, B],
            ),
            (
                "Tuesday, March 3, 2020\n\nThe council voted on Monday.",
                &[B, B],
            ),
            (
                "See also: other news\n\nCouncil approves budget\n\nIt passed.",
                &[F, H, B],
            ),
            (
                "Council approves budget; \nCritics say it is too small.\n\nIt passed.",
                &[H, H, B],
            ),
        ],
    );
}

#[test]
fn captions() {
    role_table(
        "captions",
        &[
            (
                "Firefighters on the roof of the depot in Lyon, France, March 4, 2021.\n\nBudget passes\n\nIt passed.",
                &[C, H, B],
            ),
            ("Budget passes\n\nThe mayor at the hall Image: City Hall.\n\nIt passed.", &[H, C, C, B]),
            ("Budget passes\n\nThe mayor speaks. REUTERS/Ana Ruiz\n\nIt passed.", &[H, C, C, B]),
            ("Budget passes\n\nThe mayor speaks. (AP Photo/Ana Ruiz)\n\nIt passed.", &[H, C, C, B]),
            ("Budget passes\n\nFile photo of the council chamber.\n\nIt passed.", &[H, C, B]),
            (
                "Budget passes\n\nTom Hale via Getty Images\n\nThe mayor signs the budget on May 2, 2024 in Lyon, France.\n\nIt passed.",
                &[H, C, C, B],
            ),
            (
                "Budget passes\n\nThe deal was signed in Lyon, France, on May 2, 2024.\n\nIt passed.",
                &[H, B, B],
            ),
            (
                "Budget passes\n\nA Reuters/Ipsos poll found most voters approve.\n\nIt passed.",
                &[H, B, B],
            ),
            ("Budget passes\n\nThe mayor speaks. (Reuters)\n\nIt passed.", &[H, C, C, B]),
        ],
    );
}

#[test]
fn subheads() {
    role_table(
        "subheads",
        &[
            (
                "Budget passes\n\nIt passed.\n\nWHAT COMES NEXT?\n\nMore votes.",
                &[H, B, S, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\nThe Road Ahead\n\nMore votes.",
                &[H, B, S, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\nCity finances\n\nMore votes.",
                &[H, B, S, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\nWhy did it pass so easily?\n\nMore.",
                &[H, B, B, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\nMonday, May 4, 2020\n\nMore votes.",
                &[H, B, B, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\n1. Fix the roads\n\nMore votes.",
                &[H, B, B, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\nThe mayor said this:\n\nMore votes.",
                &[H, B, B, B],
            ),
            (
                "Budget passes\n\nIt passed.\n\n(Laughter)\n\nMore votes.",
                &[H, B, B, B],
            ),
        ],
    );
}

#[test]
fn boilerplate() {
    let cases: &[&str] = &[
        "See also: Flood warnings for the valley",
        "Read more: Why the budget failed",
        "RELATED: Council members resign",
        "Subscribe to our newsletter to get stories in your inbox.",
        "Sign up for alerts",
        "Leave a comment",
        "Your email address will never be shared with anyone.",
        "© 2024 Example Media. All rights reserved.",
        "Copyright 2024 Example Media",
        "Share on Facebook Twitter Email",
        "Facebook | X | WhatsApp",
        "Follow us on Instagram",
        "By Ana Ruiz and Tom Hale",
        "Updated 5:04 PM ET, Tue March 3, 2020",
        "Reporting by Ana Ruiz; Editing by Tom Hale",
        "(Reporting by Ana Ruiz; editing by Tom Hale.)",
        "Advertisement",
        "Comments (12)",
        "Discover more from The Example Daily",
        "Example Daily | News you can use",
        "This story has been updated with comment from the mayor.",
    ];
    for text in cases {
        let doc = format!("Budget passes\n\nIt passed.\n\n{text}\n\nMore votes.");
        let got = roles(&doc);
        let tail: Vec<Role> = got[2..got.len() - 1].iter().map(|r| r.0).collect();
        assert!(
            !tail.is_empty() && tail.iter().all(|&r| r == F),
            "{text:?} gave {got:?}"
        );
        assert_eq!(got.last().map(|r| r.0), Some(B), "{text:?}");
    }
}

#[test]
fn running_text_is_not_furniture() {
    let cases: &[&str] = &[
        "Subscribers to the service said prices rose.",
        "“See you in court,” the lawyer said.",
        "The copyright dispute went to a judge who had seen many such cases before.",
        "She read more than 40 reports before the vote.",
        "By Tuesday, the council had approved the plan.",
        "Comments from residents were mixed.",
        "Follow-up talks are planned for June.",
        "“Read more books,” the teacher said.",
        "“Subscribe to nothing and trust no email,” she said.",
        "The Anadolu Agency reported the figures on Sunday.",
    ];
    for text in cases {
        let doc = format!("Budget passes\n\nIt passed.\n\n{text}\n\nMore votes.");
        let got = roles(&doc);
        assert!(
            got[2..got.len() - 1].iter().all(|r| r.0 == B),
            "{text:?} gave {got:?}"
        );
    }
}

#[test]
fn the_seed_article_has_the_roles_the_issue_lists() {
    let text = include_str!("../fixtures/000_1aaf99770964461c.txt");
    let got = roles(text);
    let role_of = |start: &str| {
        got.iter()
            .find(|(_, s)| s.starts_with(start))
            .map(|r| r.0)
            .unwrap_or_else(|| panic!("no sentence starts with {start:?}"))
    };
    assert_eq!(got[0].0, C, "the photo description");
    assert_eq!(role_of("Trump suggests progress"), H);
    assert_eq!(role_of("TRUMP-PUTIN SUMMIT?"), S);
    assert_eq!(role_of("Discover more"), F);
    assert_eq!(role_of("Subscribe"), F);
    assert_eq!(role_of("Leave a Reply"), F);
    assert_eq!(role_of("Your email address"), F);
    assert_eq!(role_of("Required fields"), F);
    let see_also = got
        .iter()
        .filter(|(_, s)| s.starts_with("See also"))
        .count();
    assert_eq!(see_also, 2);
    let furniture_or_caption = |s: &str| {
        [
            "See also",
            "Discover",
            "Subscribe",
            "Leave",
            "Your email",
            "Required",
        ]
        .iter()
        .any(|p| s.starts_with(p))
    };
    for (k, (role, s)) in got.iter().enumerate() {
        let want = if k == 0 {
            C
        } else if s.starts_with("Trump suggests") {
            H
        } else if s.starts_with("TRUMP-PUTIN") {
            S
        } else if furniture_or_caption(s) {
            F
        } else {
            B
        };
        assert_eq!(*role, want, "{s:?}");
    }
}

/// Every invariant of a segmentation of `text`.
fn check_invariants(text: &str, seg: &Segmentation) -> Result<(), TestCaseError> {
    let trimmed = |s: &str| !s.is_empty() && s.trim_matches(is_blank) == s;
    let mut prev_end = 0;
    for p in &seg.paragraphs {
        prop_assert!(p.start >= prev_end && p.end <= text.len());
        prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        prop_assert!(trimmed(p.slice(text)), "paragraph {:?}", p.slice(text));
        prev_end = p.end;
    }
    let mut covered = 0;
    for s in &seg.sentences {
        prop_assert!(s.span.start >= covered && s.span.end <= text.len());
        prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        prop_assert!(
            trimmed(s.span.slice(text)),
            "sentence {:?}",
            s.span.slice(text)
        );
        prop_assert!(
            text[covered..s.span.start]
                .trim_matches(is_blank)
                .is_empty(),
            "text lost before {:?}",
            s.span.slice(text)
        );
        let para = seg.paragraphs.get(s.paragraph);
        prop_assert!(
            para.is_some_and(|p| p.contains(s.span)),
            "outside its paragraph"
        );
        covered = s.span.end;
    }
    prop_assert!(
        text[covered..].trim_matches(is_blank).is_empty(),
        "text lost at the end"
    );
    for (k, p) in seg.paragraphs.iter().enumerate() {
        prop_assert!(
            seg.sentences.iter().any(|s| s.paragraph == k),
            "empty paragraph {p:?}"
        );
    }
    Ok(())
}

const PIECES: &[&str] = &[
    "The council met.",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "Mr.",
    "U.S.",
    "a.m.",
    "No.",
    "1.",
    "2)",
    "(3)",
    "a.",
    "•",
    "...",
    "…",
    " . . .",
    "[...]",
    "“",
    "”",
    "\"",
    "'",
    "?",
    "!",
    "?!",
    ".",
    "Image:",
    "Photo:",
    "See also",
    "Subscribe to your email",
    "LONDON (Reuters) -",
    "KYIV, Ukraine —",
    "In the",
    "e\u{301}",
    "日本語。",
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "3.5",
    "home.Today",
    "I.",
    "J. R.",
    "she said",
    "TRUMP",
    "June 28, 2019.",
    "REUTERS/Name",
    "|",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_keeps_every_invariant(text in "\\PC*") {
        let seg = segmenter().split(&text);
        check_invariants(&text, &seg)?;
    }

    #[test]
    fn news_like_text_keeps_every_invariant(text in news_like()) {
        let seg = segmenter().split(&text);
        check_invariants(&text, &seg)?;
        prop_assert_eq!(&seg, &segmenter().split(&text));
    }

    #[test]
    fn a_leading_paragraph_shifts_every_boundary(text in news_like()) {
        let prefix = "The weather was mild.\n\n";
        let plain = segmenter().split(&text);
        let shifted = segmenter().split(&format!("{prefix}{text}"));
        let n = prefix.len();
        let moved: Vec<(usize, usize, usize)> = shifted.sentences[1..]
            .iter()
            .map(|s| (s.span.start - n, s.span.end - n, s.paragraph - 1))
            .collect();
        let want: Vec<(usize, usize, usize)> = plain
            .sentences
            .iter()
            .map(|s| (s.span.start, s.span.end, s.paragraph))
            .collect();
        prop_assert_eq!(moved, want);
    }
}

/// Inputs built to provoke rescanning finish (a quadratic pass would hang the test run).
#[test]
fn pathological_inputs_stay_linear() {
    let inputs = [
        "1. ".repeat(100_000),
        "a. b. ".repeat(50_000),
        ". ".repeat(150_000),
        "Mr. ".repeat(100_000),
        "x".repeat(300_000),
        "In the ".repeat(50_000),
        "• ".repeat(100_000),
        "A, B, C, ".repeat(40_000),
        format!("1. {}", "word ".repeat(60_000)),
        "\n".repeat(300_000),
        "…".repeat(100_000),
        "[...] ".repeat(50_000),
        format!("OSLO, March{}", "x".repeat(200)),
        format!("OSLO, March {}", "9".repeat(200)),
    ];
    for text in &inputs {
        let seg = segmenter().split(text);
        assert!(seg.sentences.len() <= text.len());
    }
}
