//! Hostile input: scraped text with broken structure. Each case must give a graph that keeps
//! every invariant (no panic, every span a slice of the input, nothing but whitespace outside
//! sentences), plus the outcome named in the test.

use claimgraph::{ClaimGraph, Error, Extractor, OffsetUnit, Options, Role};

fn extractor() -> Extractor {
    let mut options = Options::default();
    options.publication_date = Some("2025-02-10".parse().unwrap());
    Extractor::new(options)
}

/// Extracts `text` and checks the invariants in every offset unit.
fn sound(text: &str) -> ClaimGraph<'_> {
    let graph = extractor().extract(text);
    graph.check(text).unwrap_or_else(|e| panic!("{e}"));
    let mut covered = 0;
    for s in &graph.sentences {
        assert!(
            text[covered..s.start]
                .trim_matches(claimgraph::segment::is_blank)
                .is_empty(),
            "text lost before byte {}",
            s.start
        );
        covered = s.end;
    }
    assert!(
        text[covered..]
            .trim_matches(claimgraph::segment::is_blank)
            .is_empty(),
        "text lost at the end"
    );
    for unit in [OffsetUnit::Char, OffsetUnit::Utf16] {
        let json = graph.to_json(unit).unwrap();
        let back: ClaimGraph<'static> = serde_json::from_str(&json).unwrap();
        back.check(text).unwrap_or_else(|e| panic!("{unit}: {e}"));
    }
    graph
}

#[test]
fn empty_and_whitespace_only_give_empty_graphs() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{3000}", "\r\r\r"] {
        let g = sound(text);
        assert!(g.sentences.is_empty(), "{text:?}");
        assert!(g.claims.is_empty() && g.quotes.is_empty() && g.dates.is_empty());
    }
}

#[test]
fn nul_and_control_characters_are_kept_as_text() {
    let text = "Officials met\u{0} on Monday.\u{7} The talks\u{1b} ended.\u{8}";
    let g = sound(text);
    assert!(!g.sentences.is_empty());
}

#[test]
fn a_megabyte_on_one_line_without_punctuation() {
    let text = "word ".repeat(200_000);
    let g = sound(&text);
    assert!(!g.sentences.is_empty());
    assert!(g.claims.is_empty());
}

#[test]
fn a_hundred_thousand_unmatched_opening_quotes() {
    for mark in ["“", "\"", "‘", "«"] {
        let text = format!("He said {} and left.", mark.repeat(100_000));
        sound(&text);
    }
}

#[test]
fn alternating_quote_styles() {
    let text = "“a\" ‘b' «c» „d“ \"e” 'f’ ".repeat(2_000);
    sound(&text);
}

#[test]
fn deeply_nested_quotes_and_brackets() {
    let depth = 5_000;
    let text = format!(
        "She said {}core{} and {}deep{}.",
        "“‘".repeat(depth),
        "’”".repeat(depth),
        "([{".repeat(depth),
        "}])".repeat(depth)
    );
    sound(&text);
}

#[test]
fn every_line_a_cue_verb() {
    let text = "said\nadded\ntold\ndenied\naccording to\nclaimed\n".repeat(5_000);
    sound(&text);
}

#[test]
fn mixed_scripts_and_right_to_left_text() {
    let text = "The minister said שלום, “مرحبا بكم” and 日本語. Кремль отказался. \u{202e}reversed\u{202c} text.";
    let g = sound(text);
    assert!(!g.sentences.is_empty());
}

#[test]
fn combining_marks_and_emoji_at_span_edges() {
    let text = "e\u{301}“Cafe\u{301},” said Zoe\u{308}.👩‍👩‍👧 “🇺🇦 stands,” she added.🇺🇦\u{301}";
    sound(text);
}

#[test]
fn html_left_in_the_text() {
    let text =
        "<p>The mayor said &ldquo;no&rdquo; on Monday.</p>\n<div class=\"x\">&amp; more</div>\n\
                <script>var s = \"said\";</script>";
    sound(text);
}

#[test]
fn input_limit_gives_a_typed_error() {
    let mut options = Options::default();
    options.max_input_bytes = Some(10);
    let ex = Extractor::new(options);
    match ex.try_extract("This is longer than ten bytes.", None) {
        Err(Error::InputTooLarge { len: 30, limit: 10 }) => {}
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    assert!(ex.try_extract("Short.", None).is_ok());
    // The infallible entry point gives the documented empty graph.
    let g = ex.extract("This is longer than ten bytes.");
    assert!(g.sentences.is_empty());
    assert!(Extractor::new(Options::default())
        .try_extract(&"x".repeat(1000), None)
        .is_ok());
}

#[test]
fn invalid_utf8_bytes_give_a_located_error() {
    let ex = extractor();
    match ex.extract_bytes(b"abc\xe2\x80", None) {
        Err(Error::InvalidUtf8 { offset: 3 }) => {}
        other => panic!("expected InvalidUtf8 at 3, got {other:?}"),
    }
    let g = ex.extract_bytes("Fine “text”.".as_bytes(), None).unwrap();
    assert_eq!(g.sentences.len(), 1);
}

#[test]
fn a_byte_order_mark_stays_outside_the_first_sentence() {
    let text = "\u{feff}Markets fell on Monday. Traders sold.";
    let g = sound(text);
    assert_eq!(g.sentences.len(), 2);
    assert_eq!(
        g.sentences[0].start, 3,
        "the BOM is 3 bytes and belongs to no sentence"
    );
}

#[test]
fn crlf_and_lone_cr_separate_paragraphs_like_lf() {
    let lf = "Headline here\n\nFirst body sentence. Second one.\n\nThird paragraph.";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let shape = |text: &str| -> Vec<(usize, usize)> {
        let g = sound(text);
        g.sentences
            .iter()
            .map(|s| (s.paragraph, text[s.start..s.end].len()))
            .collect()
    };
    let expected = shape(lf);
    assert_eq!(
        expected.iter().map(|s| s.0).collect::<Vec<_>>(),
        [0, 1, 1, 2]
    );
    assert_eq!(shape(&crlf), expected);
    assert_eq!(shape(&cr), expected);
}

#[test]
fn furniture_only_carries_no_claims() {
    let text =
        "See also: Officials said the talks failed\n\nSubscribe to our newsletter\n\nLeave a Reply";
    let g = sound(text);
    assert!(g.claims.is_empty());
    assert!(
        g.sentences.iter().all(|s| s.role == Role::Boilerplate),
        "{:?}",
        g.sentences
    );
}

#[test]
fn an_unclosed_quote_ends_at_its_paragraph_and_is_flagged() {
    let text = "The mayor said “the bridge will open soon and then\n\n\
                Officials met on Monday. “We agree,” the governor said.";
    let g = sound(text);
    let first_para_end = text.find("\n\n").unwrap();
    let open = g
        .quotes
        .iter()
        .find(|q| !q.closed)
        .expect("the unclosed quote is kept, flagged");
    assert!(
        open.end <= first_para_end,
        "it stops at its paragraph: {:?}",
        open.text
    );
    assert!(open.text.starts_with("the bridge"));
    let closed = g
        .quotes
        .iter()
        .find(|q| q.closed)
        .expect("the later quote is found");
    assert_eq!(closed.text, "We agree,");
}

#[test]
fn runaway_quote_marks_never_cross_a_paragraph() {
    let para = format!("He said {} and left.", "“".repeat(1_000));
    let text = [para.as_str(); 50].join("\n\n");
    let g = sound(&text);
    let breaks: Vec<usize> = text.match_indices("\n\n").map(|(i, _)| i).collect();
    for q in &g.quotes {
        assert!(
            !breaks.iter().any(|&b| q.start <= b && b < q.end),
            "quote crosses a paragraph"
        );
    }
}
