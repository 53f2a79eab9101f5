//! Invariants that hold for every input: generated news-like text and arbitrary strings.
//!
//! For each input: no panic; every span slices the input exactly in all three offset units;
//! ids resolve; the JSON reads back into the same graph; output is byte-identical across runs;
//! sentences are sorted, disjoint, and cover every non-whitespace character.

use claimgraph::{ClaimGraph, Date, Extractor, OffsetUnit, Options};
use proptest::prelude::*;

/// Pieces that news text, and the debris around it, is made of.
const PIECES: &[&str] = &[
    "Donald Trump",
    "Ms. Åsa Lindqvist",
    "Kremlin spokesman Dmitry Peskov",
    "the president",
    "He",
    "she",
    "They",
    "Reuters",
    "The Washington Post",
    " said",
    " said that",
    " added,",
    " told reporters",
    " denied",
    "according to",
    " stated on Sunday that",
    " was quoted by TASS as saying",
    "“We are making progress,”",
    "\"I have had it.\"",
    "‘Not now,’",
    "'90s",
    "don't",
    "“unclosed quotation",
    "”",
    "\"",
    "“",
    "on Sunday",
    "June 14",
    "last year",
    "early 2022",
    "6/28/2019",
    "February or March",
    "2021",
    "the 1990s",
    "See also: Markets rally",
    "Subscribe to our newsletter",
    "Leave a Reply",
    "© 2025 Example News. All rights reserved.",
    "TALKS RESUME?",
    "U.S.",
    "Mr.",
    "a.m.",
    "3.5",
    "...",
    "…",
    ".",
    "!",
    "?",
    ",",
    ":",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{0}",
    "\u{feff}",
    "\u{200b}",
    "e\u{301}",
    "👩‍👩‍👧",
    "🇺🇦",
    "שלום עולם",
    "مرحبا",
    "日本語の記事。",
    "<p>",
    "</a>",
    "&amp;",
    "&#8220;",
    "(",
    ")",
    "[",
    "]",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn check_all(extractor: &Extractor, text: &str) {
    let graph = extractor.extract(text);
    graph
        .check(text)
        .unwrap_or_else(|e| panic!("{e} in {text:?}"));

    // Sentences: sorted, disjoint, nothing but whitespace between them.
    let mut covered = 0;
    for s in &graph.sentences {
        assert!(
            text[covered..s.start]
                .trim_matches(claimgraph::segment::is_blank)
                .is_empty(),
            "text lost between sentences: {:?} in {text:?}",
            &text[covered..s.start]
        );
        covered = s.end;
    }
    assert!(
        text[covered..]
            .trim_matches(claimgraph::segment::is_blank)
            .is_empty(),
        "text lost at the end of {text:?}"
    );

    for unit in [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16] {
        let json = graph.to_json(unit).unwrap();
        let back: ClaimGraph<'static> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.offsets, unit);
        back.check(text)
            .unwrap_or_else(|e| panic!("{unit}: {e} in {text:?}"));
        let bytes = back.convert_offsets(text, OffsetUnit::Byte).unwrap();
        assert_eq!(bytes, graph, "{unit} round trip");
        // Deterministic: a second run writes the same bytes.
        assert_eq!(extractor.extract(text).to_json(unit).unwrap(), json);
    }
}

fn extractor() -> Extractor {
    let mut options = Options::default();
    options.publication_date = Some("2025-02-10".parse::<Date>().unwrap());
    Extractor::new(options)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn news_like_text_keeps_every_invariant(text in news_like()) {
        check_all(&extractor(), &text);
    }

    #[test]
    fn arbitrary_strings_keep_every_invariant(text in any::<String>()) {
        check_all(&extractor(), &text);
    }
}

#[test]
fn the_seed_article_keeps_every_invariant() {
    let text = include_str!("../fixtures/000_1aaf99770964461c.txt");
    check_all(&extractor(), text);
}
