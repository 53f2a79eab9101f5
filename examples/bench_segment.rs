//! Segmentation throughput next to a bare `unicode_sentences()` pass, in one run.
//!
//! ```text
//! cargo run --release --example bench_segment                      # the fixtures, repeated
//! cargo run --release --example bench_segment -- corpus.jsonl      # any JSONL with "text"
//! cargo run --release --example bench_segment -- corpus.jsonl --seconds 5
//! ```
//!
//! Both passes see the same articles one at a time, the way the pipeline calls the
//! segmenter. The baseline only counts UAX #29 sentences (no trimming, no paragraphs, no
//! roles); `Segmenter::split` does all of that. Each pass repeats until `--seconds` (default 2)
//! have elapsed and the fastest repetition is reported, to damp a noisy machine.

use std::time::{Duration, Instant};

use claimgraph::segment::Segmenter;
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let mut corpus = None;
    let mut seconds = 2.0;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--seconds" {
            seconds = args
                .next()
                .and_then(|v| v.parse().ok())
                .expect("--seconds N");
        } else {
            corpus = Some(a);
        }
    }
    let texts = load(corpus.as_deref());
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} articles, {:.1} MB ({})",
        texts.len(),
        bytes as f64 / 1e6,
        corpus.as_deref().unwrap_or("fixtures, repeated")
    );

    let (base, n_base) = best_of(seconds, || {
        texts.iter().map(|t| t.unicode_sentences().count()).sum()
    });
    let segmenter = Segmenter::new();
    let (ours, n_ours) = best_of(seconds, || {
        texts
            .iter()
            .map(|t| segmenter.split(t).sentences.len())
            .sum()
    });

    let mbs = |d: Duration| bytes as f64 / d.as_secs_f64() / 1e6;
    println!("| pass                          |    MB/s | sentences |");
    println!("|-------------------------------|--------:|----------:|");
    println!(
        "| unicode_sentences() (bare)    | {:>7.1} | {n_base:>9} |",
        mbs(base)
    );
    println!(
        "| Segmenter::split (with roles) | {:>7.1} | {n_ours:>9} |",
        mbs(ours)
    );
    println!(
        "segmentation: {:.1} MB/s, baseline {:.1} MB/s, ratio {:.2}x",
        mbs(ours),
        mbs(base),
        base.as_secs_f64() / ours.as_secs_f64()
    );
}

/// The `text` of each JSONL line, or the fixtures repeated to about 2 MB.
fn load(corpus: Option<&str>) -> Vec<String> {
    match corpus {
        Some(path) => std::fs::read_to_string(path)
            .expect("read the corpus")
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| Some(v.get("text")?.as_str()?.to_string()))
            .collect(),
        None => {
            let mut paths: Vec<_> = std::fs::read_dir("fixtures")
                .expect("run from the repository root")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            let texts: Vec<String> = paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("read a fixture"))
                .collect();
            let size: usize = texts.iter().map(String::len).sum::<usize>().max(1);
            let copies = (2_000_000 / size).max(1);
            (0..copies).flat_map(|_| texts.iter().cloned()).collect()
        }
    }
}

/// Runs `pass` until `seconds` have elapsed (at least three times); the fastest run and its
/// result.
fn best_of(seconds: f64, mut pass: impl FnMut() -> usize) -> (Duration, usize) {
    let start = Instant::now();
    let (mut best, mut out, mut runs) = (Duration::MAX, 0, 0);
    while runs < 3 || start.elapsed().as_secs_f64() < seconds {
        let t = Instant::now();
        out = std::hint::black_box(pass());
        best = best.min(t.elapsed());
        runs += 1;
    }
    (best, out)
}
