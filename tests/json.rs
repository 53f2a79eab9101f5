//! The compact JSON writer against serde: `to_json` and `write_json` write, byte for byte,
//! what `serde_json` writes for the graph converted with `convert_offsets`, in every unit, for
//! the fixtures, for generated text, and for text full of characters that JSON escapes.

use std::io::Write;

use claimgraph::{ClaimGraph, Date, Error, Extractor, OffsetUnit, Options};
use proptest::prelude::*;

const UNITS: [OffsetUnit; 3] = [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16];

fn extractor() -> Extractor {
    let mut options = Options::default();
    options.publication_date = Some("2024-11-05".parse::<Date>().unwrap());
    Extractor::new(options)
}

/// A sink that keeps what it is given and how many writes it took.
#[derive(Default)]
struct Recorder {
    bytes: Vec<u8>,
    writes: usize,
}

impl Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.extend_from_slice(buf);
        self.writes += 1;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks the hand-written JSON of `text`'s graph against serde's, in every unit.
fn same_as_serde(extractor: &Extractor, text: &str) {
    let graph = extractor.extract(text);
    for unit in UNITS {
        let by_serde = serde_json::to_string(&graph.convert_offsets(text, unit).unwrap()).unwrap();
        assert_eq!(
            graph.to_json(unit).unwrap(),
            by_serde,
            "{unit} for {text:?}"
        );
        let mut sink = Recorder::default();
        graph.write_json(&mut sink, unit).unwrap();
        assert_eq!(
            String::from_utf8(sink.bytes).unwrap(),
            by_serde,
            "{unit} for {text:?}"
        );
    }
}

#[test]
fn fixtures_are_written_as_serde_writes_them() {
    let extractor = extractor();
    for text in [
        include_str!("../fixtures/000_1aaf99770964461c.txt"),
        include_str!("../fixtures/wire_report.txt"),
        include_str!("../fixtures/interview_feature.txt"),
        include_str!("../fixtures/pronoun_chain.txt"),
    ] {
        same_as_serde(&extractor, text);
    }
}

#[test]
fn escapes_are_written_as_serde_writes_them() {
    let extractor = extractor();
    let texts = [
        // Control characters (short escapes and \u00XX with letters) in a claim's content.
        "Jane Doe said on Monday that costs rose\u{1}\u{8}\u{e}\u{1a}\u{1b}\u{1f}\u{7f} by 5\\ percent and \"more\" again.",
        "“Costs rose\u{1}\u{2}\u{7}\u{8}\t\u{b}\u{c}\u{1b}\u{1f}\u{7f} again,” the minister said on Monday.",
        // Quotation marks and backslashes in the text of quotes, names and dates.
        "“A \\\"quoted\\\" path C:\\temp\\new,” Anna O'Neil said on Sunday, June 1, 2024.",
        // Long runs without escapes, and escapes at every position of an eight-byte word.
        "\"abcdefg\\h\" said Tom Lee.\n\n\"\u{1}bcdefgh\" and \"abcdefg\u{1}\" and \"ab\"cdef\" said he.",
        // Non-ASCII next to escapes.
        "„Größe\u{1}—日本\\😀“ sagte Jürgen Müller am 3. März 2024. “é\u{0}ü,” she said.",
    ];
    for text in texts {
        same_as_serde(&extractor, text);
    }
}

#[test]
fn long_output_is_written_in_chunks_with_the_same_bytes() {
    let extractor = extractor();
    let mut text = String::new();
    for k in 0..400 {
        text.push_str(&format!(
            "“We will meet on Tuesday {k},” said Jane Doe, the minister. The talks began in 2019.\n\n"
        ));
    }
    let graph = extractor.extract(&text);
    for unit in UNITS {
        let mut sink = Recorder::default();
        graph.write_json(&mut sink, unit).unwrap();
        assert!(sink.bytes.len() > 200_000, "{}", sink.bytes.len());
        assert!(sink.writes > 1, "written in one piece");
        assert_eq!(sink.bytes, graph.to_json(unit).unwrap().into_bytes());
    }
    same_as_serde(&extractor, &text);
}

#[test]
fn errors_are_the_same_as_before_writing() {
    let extractor = extractor();
    let text = "Café owners met on Monday. “Prices rose,” said Éva Kovács.";
    let graph = extractor.extract(text);
    // A graph read back from JSON does not know its text.
    let json = graph.to_json(OffsetUnit::Char).unwrap();
    let back: ClaimGraph<'static> = serde_json::from_str(&json).unwrap();
    assert_eq!(back.to_json(OffsetUnit::Char).unwrap(), json);
    for unit in [OffsetUnit::Byte, OffsetUnit::Utf16] {
        assert!(matches!(back.to_json(unit), Err(Error::NoSourceText)));
        assert!(matches!(
            back.write_json(Vec::new(), unit),
            Err(Error::NoSourceText)
        ));
    }
    // An offset inside "é" (bytes 3..5 of "Café"), then one past the end: the first is
    // refused, and nothing is written.
    let mut bad = graph.clone();
    bad.sentences[0].start = 4;
    bad.sentences[0].end = text.len() + 1;
    for unit in [OffsetUnit::Char, OffsetUnit::Utf16] {
        let expected = |r: Result<_, Error>| match r {
            Err(Error::BadOffset {
                offset: 4,
                unit: OffsetUnit::Byte,
            }) => true,
            other => panic!("{unit}: {other:?}"),
        };
        assert!(expected(bad.convert_offsets(text, unit).map(|_| ())));
        assert!(expected(bad.to_json(unit).map(|_| ())));
        let mut sink = Recorder::default();
        assert!(expected(bad.write_json(&mut sink, unit)));
        assert!(sink.bytes.is_empty());
    }
    // In its own unit the graph is written as it is, offsets unchecked, as serde writes it.
    assert_eq!(
        bad.to_json(OffsetUnit::Byte).unwrap(),
        serde_json::to_string(&bad).unwrap()
    );
}

/// Pieces of text for the generated articles: speech, names, dates, escapes, wide chars.
const PIECES: &[&str] = &[
    "Jane Doe",
    "the senator",
    " said",
    " told reporters",
    "“We disagree,”",
    "\"No\\way\"",
    "‘Maybe,’",
    " on Friday",
    " in March 2021",
    " last week",
    "\u{1}",
    "\t",
    "\n",
    "\n\n",
    ". ",
    ", ",
    "é",
    "😀",
    "日本",
    "\\",
    "\"",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn generated_text_is_written_as_serde_writes_it(
        parts in prop::collection::vec(prop::sample::select(PIECES), 0..50)
    ) {
        same_as_serde(&extractor(), &parts.concat());
    }
}
