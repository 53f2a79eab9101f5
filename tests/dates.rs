//! Date finding and resolution, end to end: tables of (text, publication date, expected
//! expressions), each worked out by hand. 2025-02-10, the publication date of most cases, is a
//! Monday in ISO week 7.

use claimgraph::dates::{Date, DateFinder, Timex, TimexMod, TimexType};
use claimgraph::segment::Segmenter;

fn find(text: &str, publication: Option<&str>) -> Vec<Timex> {
    let seg = Segmenter::new().split(text);
    let publication: Option<Date> = publication.map(|d| d.parse().unwrap());
    DateFinder::new().find(text, &seg, publication)
}

/// Checks every expression found in `text`: its extent and value, in text order.
fn check(text: &str, publication: Option<&str>, want: &[(&str, &str)]) {
    let got: Vec<(&str, String)> = find(text, publication)
        .iter()
        .map(|t| (&text[t.span.range()], t.value.clone()))
        .collect();
    let want: Vec<(&str, String)> = want.iter().map(|&(s, v)| (s, v.to_string())).collect();
    assert_eq!(got, want, "in {text:?}");
}

macro_rules! t {
    ($name:ident, $date:expr, [$(($text:expr, [$(($span:expr, $value:expr)),* $(,)?])),* $(,)?]) => {
        #[test]
        fn $name() {
            $(check($text, $date, &[$(($span, $value)),*]);)*
        }
    };
}

const PUB: Option<&str> = Some("2025-02-10");

t!(
    absolute_dates,
    PUB,
    [
        (
            "The treaty was signed on June 28, 2019.",
            [("June 28, 2019", "2019-06-28")]
        ),
        (
            "It was signed on 28 June 2019 in Osaka.",
            [("28 June 2019", "2019-06-28")]
        ),
        (
            "The filing, dated 2019-06-28, was released.",
            [("2019-06-28", "2019-06-28")]
        ),
        ("The deadline was 6/28/2019.", [("6/28/2019", "2019-06-28")]),
        ("The deadline was 28/6/2019.", [("28/6/2019", "2019-06-28")]),
        (
            "The rally on Monday, February 10, 2025 drew crowds.",
            [("Monday, February 10, 2025", "2025-02-10")]
        ),
        (
            "Sales fell in February 2022.",
            [("February 2022", "2022-02")]
        ),
        ("The firm was founded in 1998.", [("1998", "1998")]),
        ("The fort was built in 1066.", [("1066", "1066")]),
        (
            "The war ended on the 8th of May 1945.",
            [("the 8th of May 1945", "1945-05-08")]
        ),
    ]
);

t!(
    months_and_days_without_a_year,
    PUB,
    [
        (
            "Talks resumed Feb. 9 in Riyadh.",
            [("Feb. 9", "2025-02-09")]
        ),
        (
            "On June 14, the president outlined his terms.",
            [("June 14", "2024-06-14")]
        ),
        (
            "He took office on January 20.",
            [("January 20", "2025-01-20")]
        ),
        (
            "The law takes effect January 20 next year.",
            [("January 20 next year", "2026-01-20")]
        ),
        ("Growth slowed in November.", [("November", "2024-11")]),
        ("Shares rose 5% in March.", [("March", "2024-03")]),
        ("He will visit the region in June.", [("June", "2025-06")]),
        (
            "The summit could occur in February or March.",
            [("February", "2025-02"), ("March", "2025-03")]
        ),
        (
            "A hearing is scheduled for March 3.",
            [("March 3", "2025-03-03")]
        ),
        // No tense: the nearer one.
        ("A March 3 hearing", [("March 3", "2025-03-03")]),
        (
            "Hearings were held on January 14 and 15.",
            [("January 14", "2025-01-14"), ("15", "2025-01-15")]
        ),
        (
            "Output rose from January to March 2024.",
            [("January", "2024-01"), ("March 2024", "2024-03")]
        ),
        ("The vote may come in May.", [("May", "2025-05")]),
        (
            "Last Christmas, the shops were empty.",
            [("Christmas", "2024-12-25")]
        ),
        // The dates of a list share the tense of the first one's verb.
        (
            "She will tour Paris in March, Rome in April, Oslo in May and Bern in June.",
            [
                ("March", "2025-03"),
                ("April", "2025-04"),
                ("May", "2025-05"),
                ("June", "2025-06")
            ]
        ),
    ]
);

t!(
    weekdays,
    PUB,
    [
        ("Officials met on Sunday.", [("Sunday", "2025-02-09")]),
        (
            "Officials met Thursday in Paris.",
            [("Thursday", "2025-02-06")]
        ),
        (
            "The minister resigned last Friday.",
            [("last Friday", "2025-02-07")]
        ),
        (
            "The leaders will meet next Tuesday.",
            [("next Tuesday", "2025-02-11")]
        ),
        (
            "The leaders will meet on Tuesday.",
            [("Tuesday", "2025-02-11")]
        ),
        ("The leaders met on Tuesday.", [("Tuesday", "2025-02-04")]),
        (
            "The vote is set to take place on Thursday.",
            [("Thursday", "2025-02-13")]
        ),
        (
            "Markets stay closed until Wednesday.",
            [("Wednesday", "2025-02-12")]
        ),
        ("Monday's meeting was short.", [("Monday", "2025-02-10")]),
        (
            "He visited on Friday morning.",
            [("Friday morning", "2025-02-07TMO")]
        ),
        ("Stores open on Sundays.", [("Sundays", "XXXX-WXX-7")]),
        ("Shares fell on what traders call Black Monday.", []),
        (
            "Voters in Ohio went to the polls Tuesday.",
            [("Tuesday", "2025-02-04")]
        ),
        (
            "Senator Will Campaign In Ohio Tonight",
            [("Tonight", "2025-02-10TNI")]
        ),
    ]
);

t!(
    deictic_and_relative,
    PUB,
    [
        ("The report came out today.", [("today", "2025-02-10")]),
        (
            "The report came out yesterday.",
            [("yesterday", "2025-02-09")]
        ),
        (
            "The report comes out tomorrow.",
            [("tomorrow", "2025-02-11")]
        ),
        ("Inflation rose last year.", [("last year", "2024")]),
        ("Inflation will ease next year.", [("next year", "2026")]),
        ("Prices fell this month.", [("this month", "2025-02")]),
        (
            "According to a report earlier this month, talks stalled.",
            [("earlier this month", "2025-02")]
        ),
        ("Envoys will travel next week.", [("next week", "2025-W08")]),
        ("Envoys travelled last week.", [("last week", "2025-W06")]),
        ("Envoys travel this week.", [("this week", "2025-W07")]),
        (
            "The bank cut rates two weeks ago.",
            [("two weeks ago", "2025-01-27")]
        ),
        ("The bank cut rates a year ago.", [("a year ago", "2024")]),
        ("Prices are currently high.", [("currently", "PRESENT_REF")]),
        ("The firm has recently grown.", [("recently", "PAST_REF")]),
        (
            "In the upcoming days, officials will travel.",
            [("the upcoming days", "FUTURE_REF")]
        ),
        (
            "Profits fell in recent years.",
            [("recent years", "PAST_REF")]
        ),
        (
            "Analysts blamed the recent losses on rates.",
            [("recent", "PAST_REF")]
        ),
        (
            "Growth in the near term appears weak.",
            [("the near term", "FUTURE_REF")]
        ),
        (
            "Rates will stay high for the time being, it said.",
            [("the time being", "PRESENT_REF")]
        ),
        ("The past president spoke.", []),
        (
            "Sales rose this morning.",
            [("this morning", "2025-02-10TMO")]
        ),
        (
            "Fighting continued last night.",
            [("last night", "2025-02-09TNI")]
        ),
        (
            "Crowds gathered over the weekend.",
            [("the weekend", "2025-W06-WE")]
        ),
    ]
);

t!(
    anaphoric_dates_count_from_the_time_last_spoken_of,
    PUB,
    [
        (
            "He said on Friday that he would visit the following week.",
            [("Friday", "2025-02-07"), ("the following week", "2025-W07")]
        ),
        (
            "The deal closed in 2009. The previous year, sales fell.",
            [("2009", "2009"), ("The previous year", "2008")]
        ),
        (
            "The plant opened on June 3, 2020. Three days later, it closed.",
            [
                ("June 3, 2020", "2020-06-03"),
                ("Three days later", "2020-06-06")
            ]
        ),
        (
            "Stocks fell on Tuesday and ended the day lower.",
            [("Tuesday", "2025-02-04"), ("the day", "2025-02-04")]
        ),
    ]
);

t!(
    modified_points,
    PUB,
    [
        ("Growth slowed in early 2022.", [("early 2022", "2022")]),
        ("Shares peaked in mid-2023.", [("mid-2023", "2023")]),
        (
            "The plant closed late last year.",
            [("late last year", "2024")]
        ),
        (
            "They spoke in early November.",
            [("early November", "2024-11")]
        ),
        (
            "A decision is due by the end of the year.",
            [("the end of the year", "2025")]
        ),
        (
            "Prices soared in the late 1970s.",
            [("the late 1970s", "197")]
        ),
        (
            "Rent is due at the end of the month.",
            [("the end of the month", "2025-02")]
        ),
    ]
);

t!(
    periods,
    PUB,
    [
        ("It grew fast in the 1990s.", [("the 1990s", "199")]),
        ("Cars of the '70s were boxy.", [("the '70s", "197")]),
        (
            "Prices rose in the fourth quarter of 2024.",
            [("the fourth quarter of 2024", "2024-Q4")]
        ),
        (
            "Prices rose in the fourth quarter.",
            [("the fourth quarter", "2024-Q4")]
        ),
        (
            "Results for Q3 2024 beat forecasts.",
            [("Q3 2024", "2024-Q3")]
        ),
        (
            "Profit fell in the current quarter.",
            [("the current quarter", "2025-Q1")]
        ),
        (
            "Profit rose in the third quarter of 2024, after a loss in the year-earlier quarter.",
            [
                ("the third quarter of 2024", "2024-Q3"),
                ("the year-earlier quarter", "2023-Q3")
            ]
        ),
        (
            "Sales in the year-ago first half fell.",
            [("the year-ago first half", "2024-H1")]
        ),
        (
            "Music of the seventies returned.",
            [("the seventies", "197")]
        ),
        (
            "The plant opens November next year.",
            [("November next year", "2026-11")]
        ),
        (
            "Its third-quarter results were strong.",
            [("third-quarter", "2024-Q3")]
        ),
        (
            "The bridge opened in the summer of 2021.",
            [("the summer of 2021", "2021-SU")]
        ),
        (
            "The bridge opens next spring.",
            [("next spring", "2025-SP")]
        ),
        (
            "The bridge opened last winter.",
            [("last winter", "2023-WI")]
        ),
        (
            "He was born in the 20th century.",
            [("the 20th century", "19")]
        ),
        ("Fashion changed in the 1930's.", [("the 1930's", "193")]),
        // 28 March 2024 is a Thursday in ISO week 13; 4 June 2025 a Wednesday in week 23.
        (
            "Sales rose in the last week of March.",
            [("the last week of March", "2024-W13")]
        ),
        (
            "Sales will rise in the first week of June.",
            [("the first week of June", "2025-W23")]
        ),
        ("Their Autumn meetings ended.", [("Autumn", "2024-FA")]),
        ("Profit for fiscal 2024 rose.", [("fiscal 2024", "FY2024")]),
    ]
);

t!(
    durations_and_sets,
    PUB,
    [
        ("The talks lasted three days.", [("three days", "P3D")]),
        (
            "The deal was negotiated in hearings over 18 months.",
            [("18 months", "P18M")]
        ),
        (
            "She has led the party for over a decade.",
            [("over a decade", "P10Y")]
        ),
        (
            "Sales rose in the first nine months of the year.",
            [("the first nine months", "P9M")]
        ),
        (
            "Trading was halted for about three hours.",
            [("about three hours", "PT3H")]
        ),
        ("Nurses work a 12-hour shift.", [("12-hour", "PT12H")]),
        (
            "The probe took two and a half years.",
            [("two and a half years", "P2.5Y")]
        ),
        (
            "It was delayed for several years.",
            [("several years", "PXY")]
        ),
        (
            "Cuts are planned over the next four years.",
            [("the next four years", "P4Y")]
        ),
        (
            "The process takes between 60 and 90 days.",
            [("60", "P60D"), ("90 days", "P90D")]
        ),
        (
            "The company reports earnings quarterly.",
            [("quarterly", "P3M")]
        ),
        (
            "The board meets every Monday.",
            [("every Monday", "XXXX-WXX-1")]
        ),
        ("It builds 15 planes a year.", [("a year", "P1Y")]),
        (
            "The committee meets twice a year.",
            [("twice a year", "P1Y")]
        ),
    ]
);

t!(
    times_of_day,
    PUB,
    [
        (
            "Markets closed at 16:00 UTC today.",
            [("16:00 UTC today", "2025-02-10T16:00Z")]
        ),
        (
            "The polls close at 8 p.m.",
            [("8 p.m.", "2025-02-10T20:00")]
        ),
        (
            "The strike began Sunday at 6 a.m.",
            [("Sunday", "2025-02-09"), ("6 a.m.", "2025-02-09T06:00")]
        ),
        // A day named in another paragraph does not carry over to a bare clock time.
        (
            "The strike began Sunday.\n\nTrading closes at 4 p.m.",
            [("Sunday", "2025-02-09"), ("4 p.m.", "2025-02-10T16:00")]
        ),
        (
            "The email was sent at 7:19 p.m. EST, June 1, 2012.",
            [
                ("7:19 p.m. EST", "2012-06-01T19:19"),
                ("June 1, 2012", "2012-06-01")
            ]
        ),
    ]
);

t!(
    numbers_that_are_not_dates,
    PUB,
    [
        ("The army sent 2021 troops to the border.", []),
        ("The painting sold for $2024 at auction.", []),
        ("See page 1999 of the report.", []),
        ("Some 1500 to 2000 protesters gathered.", []),
        ("The Russell 2000 Index fell.", []),
        ("The index fell 2.5% to 1,999 points.", []),
        ("The 55-year-old mayor resigned.", []),
        ("The now-defunct firm sued.", []),
        ("Stocks fall when rates rise.", []),
        ("May I ask a question?", []),
        ("A second plane landed.", []),
        ("About a quarter of the staff left.", []),
        ("The score was 21-14.", []),
        ("Call 555-2024 for details.", []),
        ("She attended summer school.", []),
        ("A USA TODAY poll found a tie.", []),
        ("Nobody campaigns in the last week of the race.", []),
        ("Farmers planted winter wheat.", []),
        ("He quoted John 3:16 in his speech.", []),
        ("The cast of Saturday Night Live laughed.", []),
    ]
);

t!(
    years_that_are_dates,
    PUB,
    [
        ("In his 2024 book, he wrote about it.", [("2024", "2024")]),
        ("The 2022 invasion changed Europe.", [("2022", "2022")]),
        ("The 2024 elections were close.", [("2024", "2024")]),
        (
            "The program ran from 2009 to 2011.",
            [("2009", "2009"), ("2011", "2011")]
        ),
        ("Deliveries resume in 2026.", [("2026", "2026")]),
        (
            "One gift came in 2007 and a second one recently.",
            [("2007", "2007"), ("recently", "PAST_REF")]
        ),
    ]
);

t!(
    without_a_publication_date_the_unknown_stays_x,
    None,
    [
        ("Putin spoke on June 14.", [("June 14", "XXXX-06-14")]),
        ("Inflation rose last year.", [("last year", "XXXX")]),
        ("Officials met on Sunday.", [("Sunday", "XXXX-WXX-7")]),
        (
            "The treaty was signed on June 28, 2019.",
            [("June 28, 2019", "2019-06-28")]
        ),
    ]
);

#[test]
fn datelines_are_marked_and_anchor_an_undated_article() {
    let text = "Talks resume\n\nFebruary 10, 2025\n\nOfficials met on Sunday.";
    let found = find(text, None);
    let got: Vec<(&str, &str, bool)> = found
        .iter()
        .map(|t| (&text[t.span.range()], t.value.as_str(), t.dateline))
        .collect();
    assert_eq!(
        got,
        [
            ("February 10, 2025", "2025-02-10", true),
            ("Sunday", "2025-02-09", false)
        ]
    );

    let wire = "KYIV, Feb 10 (Reuters) - Officials met on Sunday.";
    let found = find(wire, PUB);
    let got: Vec<(&str, bool)> = found
        .iter()
        .map(|t| (&wire[t.span.range()], t.dateline))
        .collect();
    assert_eq!(got, [("Feb 10", true), ("Sunday", false)]);

    let stamp = "Published Feb. 10, 2025 10:32 a.m. ET\n\nThe minister resigned on Friday.";
    let found = find(stamp, None);
    let got: Vec<(&str, &str, bool)> = found
        .iter()
        .map(|t| (&stamp[t.span.range()], t.value.as_str(), t.dateline))
        .collect();
    assert_eq!(
        got,
        [
            ("Feb. 10, 2025", "2025-02-10", true),
            ("10:32 a.m. ET", "2025-02-10T10:32", true),
            ("Friday", "2025-02-07", false)
        ]
    );

    // A date in a caption is not a dateline.
    let caption = "Leaders at the summit in Osaka, Japan, June 28, 2019.\n\nThey met again.";
    assert!(find(caption, PUB).iter().all(|t| !t.dateline));
}

#[test]
fn types_and_modifiers() {
    let cases: &[(&str, TimexType, Option<TimexMod>)] = &[
        ("early 2022", TimexType::Date, Some(TimexMod::Early)),
        ("mid-2023", TimexType::Date, Some(TimexMod::Mid)),
        ("late last year", TimexType::Date, Some(TimexMod::Late)),
        ("the end of 2008", TimexType::Date, Some(TimexMod::Late)),
        (
            "the beginning of the year",
            TimexType::Date,
            Some(TimexMod::Early),
        ),
        (
            "about three weeks",
            TimexType::Duration,
            Some(TimexMod::Approx),
        ),
        ("more than a week", TimexType::Duration, None),
        ("Friday morning", TimexType::Time, None),
        ("every year", TimexType::Set, None),
        ("June 14", TimexType::Date, None),
    ];
    for &(expr, kind, modifier) in cases {
        let text = format!("It happened {expr}.");
        let found = find(&text, PUB);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(&text[found[0].span.range()], expr);
        assert_eq!(
            (found[0].kind, found[0].modifier),
            (kind, modifier),
            "{text}"
        );
    }
}

#[test]
fn the_verb_that_placed_a_date_is_reported() {
    let text = "Trump said on Sunday that he will meet Putin in March.";
    let found = find(text, PUB);
    let verbs: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|t| (&text[t.span.range()], t.verb.map(|v| &text[v.range()])))
        .collect();
    assert_eq!(verbs, [("Sunday", Some("said")), ("March", Some("will"))]);
}

/// Every date of the seed article (published 2025-02-10), checked against the text by hand.
#[test]
fn seed_article() {
    let text = include_str!("../fixtures/000_1aaf99770964461c.txt");
    let found = find(text, PUB);
    let got: Vec<(&str, &str, Option<TimexMod>)> = found
        .iter()
        .map(|t| (&text[t.span.range()], t.value.as_str(), t.modifier))
        .collect();
    let early = Some(TimexMod::Early);
    let want = [
        // The photo caption.
        ("June 28, 2019", "2019-06-28", None),
        ("Sunday", "2025-02-09", None),
        ("early 2022", "2022", early),
        // "after he took office on January 20": past.
        ("January 20", "2025-01-20", None),
        // "In a recent interview", "their most recent conversation" (TimeML marks "recent").
        ("recent", "PAST_REF", None),
        ("recent", "PAST_REF", None),
        ("Sunday", "2025-02-09", None),
        ("earlier this month", "2025-02", None),
        // "In the upcoming days, ... officials will travel".
        ("the upcoming days", "FUTURE_REF", None),
        // "On June 14, Putin outlined": the last June 14 before publication.
        ("June 14", "2024-06-14", None),
        // "In November, Reuters reported": reported past news.
        ("November", "2024-11", None),
        ("Thursday", "2025-02-06", None),
        // "could occur in February or March": the coming ones.
        ("February", "2025-02", None),
        ("March", "2025-03", None),
        ("February 2022", "2022-02", None),
        ("2024", "2024", None),
        ("2021", "2021", None),
        ("last year", "2024", None),
        ("early November", "2024-11", early),
        ("Friday", "2025-02-07", None),
        // Said on Friday 7 February: the week after that Friday.
        ("the following week", "2025-W07", None),
        ("2022", "2022", None),
        ("Currently", "PRESENT_REF", None),
        // "the early stages of the 2022 invasion".
        ("2022", "2022", None),
    ];
    assert_eq!(got, want);
    assert!(found.iter().all(|t| !t.dateline));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn words() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "on",
            "Sunday",
            "June",
            "14",
            ",",
            "2019",
            "last",
            "year",
            "the",
            "early",
            "1990s",
            "'",
            "90s",
            "-",
            "mid",
            "ago",
            "two",
            "weeks",
            "a",
            "p.m.",
            "5",
            ":",
            "30",
            "UTC",
            "Feb.",
            "9",
            "/",
            "12",
            "fourth",
            "quarter",
            "of",
            "every",
            "Monday",
            "said",
            "will",
            "é",
            "😀",
            "“",
            "”",
            ".",
            "\n\n",
            "May",
            "March",
            "in",
            "2024",
            "$",
            "1,999",
            "Q4",
            "recent",
            "years",
            "the",
            "following",
            "week",
            "today",
            "morning",
            "now",
            "hours",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
    }

    proptest! {
        #[test]
        fn spans_are_sorted_disjoint_and_on_char_boundaries(text in words(), any in ".{0,200}") {
            for t in [text, any] {
                let found = find(&t, PUB);
                let mut last_end = 0;
                for x in &found {
                    prop_assert!(x.span.start < x.span.end && x.span.end <= t.len());
                    prop_assert!(t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end));
                    prop_assert!(x.span.start >= last_end, "overlap in {:?}", t);
                    last_end = x.span.end;
                    prop_assert!(!x.value.is_empty());
                }
                prop_assert_eq!(find(&t, PUB), found);
                let _ = find(&t, None);
            }
        }
    }
}
