//! Arbitrary UTF-8 through `extract`, then JSON in every offset unit and back.
//!
//! Checks: no panic; every span slices the input on char boundaries in all three units (via
//! `ClaimGraph::check`); ids resolve; the hand-written JSON is byte for byte serde's; sentences leave out only whitespace; the JSON reads back
//! into the same graph; a second run writes the same bytes.
#![no_main]

use std::sync::OnceLock;

use claimgraph::{ClaimGraph, Extractor, OffsetUnit, Options};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        let mut options = Options::default();
        options.publication_date = "2025-02-10".parse().ok();
        Extractor::new(options)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(extractor().extract_bytes(data, None).is_err());
        return;
    };
    let graph = extractor().extract(text);
    if let Err(e) = graph.check(text) {
        panic!("{e}");
    }
    let mut covered = 0;
    for s in &graph.sentences {
        assert!(text[covered..s.start].trim_matches(claimgraph::segment::is_blank).is_empty(), "text lost before byte {}", s.start);
        covered = s.end;
    }
    assert!(text[covered..].trim_matches(claimgraph::segment::is_blank).is_empty(), "text lost at the end");
    for unit in [OffsetUnit::Byte, OffsetUnit::Char, OffsetUnit::Utf16] {
        let json = graph.to_json(unit).expect("a fresh graph converts to every unit");
        let converted = graph.convert_offsets(text, unit).expect("converts to every unit");
        assert_eq!(json, serde_json::to_string(&converted).expect("serializes"), "hand-written JSON differs from serde's");
        let back: ClaimGraph<'static> = serde_json::from_str(&json).expect("the JSON reads back");
        if let Err(e) = back.check(text) {
            panic!("{unit}: {e}");
        }
        assert_eq!(back.convert_offsets(text, OffsetUnit::Byte).expect("converts back"), graph);
        assert_eq!(extractor().extract(text).to_json(unit).expect("converts"), json);
    }
});
