//! Golden graphs: for each `fixtures/NAME.golden.json`, the graph of `fixtures/NAME.txt`
//! (extracted with the date of the `published` line of `NAME.expect`) must be exactly the file.
//!
//! A golden file is the contract's JSON with byte offsets, laid out one element per line so
//! that a reviewer reads it line by line against the article and a change shows up as a
//! one-line diff. Every golden file was checked by hand before it was committed; when the
//! output changes on purpose, `CLAIMGRAPH_BLESS=1 cargo test --release --test golden` rewrites
//! the files, and the diff is reviewed line by line like the first version.

use std::fmt::Write as _;
use std::path::Path;

use claimgraph::{ClaimGraph, Extractor, Options};
use serde::Serialize;

/// The JSON of `graph` in the golden layout: top-level fields one per line, each list element
/// on a line of its own, compact within.
fn layout(graph: &ClaimGraph<'_>) -> String {
    fn one<T: Serialize>(v: &T) -> String {
        serde_json::to_string(v).expect("graph elements serialize")
    }
    fn list<T: Serialize>(out: &mut String, key: &str, items: &[T], last: bool) {
        if items.is_empty() {
            write!(out, "\"{key}\": []").unwrap();
        } else {
            writeln!(out, "\"{key}\": [").unwrap();
            for (i, item) in items.iter().enumerate() {
                let comma = if i + 1 < items.len() { "," } else { "" };
                writeln!(out, "  {}{comma}", one(item)).unwrap();
            }
            out.push(']');
        }
        out.push_str(if last { "\n" } else { ",\n" });
    }
    let mut out = String::from("{\n");
    writeln!(out, "\"schema\": {},", one(&graph.schema)).unwrap();
    writeln!(out, "\"offsets\": {},", one(&graph.offsets)).unwrap();
    writeln!(
        out,
        "\"publication_date\": {},",
        one(&graph.publication_date)
    )
    .unwrap();
    list(&mut out, "sentences", &graph.sentences, false);
    list(&mut out, "entities", &graph.entities, false);
    list(&mut out, "dates", &graph.dates, false);
    list(&mut out, "quotes", &graph.quotes, false);
    list(&mut out, "claims", &graph.claims, false);
    list(&mut out, "relations", &graph.relations, true);
    out.push_str("}\n");
    out
}

fn published(expect: &str) -> Option<String> {
    expect
        .lines()
        .find_map(|l| l.trim().strip_prefix("published "))
        .map(|d| d.trim().to_string())
}

#[test]
fn golden_graphs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let bless = std::env::var_os("CLAIMGRAPH_BLESS").is_some();
    // Blessing writes a golden file for every article with an `.expect`; checking reads the
    // golden files there are.
    let suffix = if bless { ".expect" } else { ".golden.json" };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/ is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(suffix).map(str::to_string))
        .collect();
    names.sort();
    assert!(
        names.iter().any(|n| n.starts_with("000_")),
        "the seed article has a golden graph"
    );
    let mut failures = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("article");
        let expect = std::fs::read_to_string(dir.join(format!("{name}.expect"))).expect(".expect");
        let mut options = Options::default();
        options.publication_date = published(&expect).map(|d| d.parse().expect("a valid date"));
        let graph = Extractor::new(options).extract(&text);
        let got = layout(&graph);
        let path = dir.join(format!("{name}.golden.json"));
        if bless {
            std::fs::write(&path, &got).expect("golden file is writable");
            continue;
        }
        let want = std::fs::read_to_string(&path).expect("golden file");
        // The layout is the contract's JSON: it reads back into the same graph.
        let back: ClaimGraph<'_> = serde_json::from_str(&want).expect("golden file is JSON");
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(g, w)| g != w)
                .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{name}: first difference at line {}\n  got:  {}\n  want: {}",
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        } else {
            assert_eq!(
                back, graph,
                "{name}: the golden file reads back into the graph"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
