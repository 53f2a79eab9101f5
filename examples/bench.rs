//! Throughput and memory of claimgraph, measured in one run so the ratios are fair.
//!
//! ```text
//! cargo run --release --example bench                       # the fixtures, repeated
//! cargo run --release --example bench -- corpus.jsonl       # any JSONL with a "text" field
//! cargo run --release --example bench -- corpus.jsonl --batch-memory 1000
//! ```
//!
//! It prints MB/s and articles/s for: a bare `unicode_sentences()` pass (the baseline every
//! splitter starts from), segmentation alone, the dates stage alone (on segmentations made
//! beforehand), the full `extract` plus JSON serialization on one thread, and the same on every
//! core; then a scaling table (one article of 10 kB up to 10 MB, and the same 10 MB of text cut
//! into articles of each size) that shows the cost per byte stays flat; then, with
//! `--batch-memory MB`, the peak memory of the `claimgraph batch` binary over inputs of growing
//! size (it must stay flat).
//!
//! `--only bare|segment|dates|extract|json` runs that one pass alone (for a profiler) and prints
//! its MB/s; `json` writes graphs extracted beforehand. With `--runs N` it runs exactly `N`
//! passes, for counts that do not depend on the machine's load: under
//! `valgrind --tool=cachegrind --branch-sim=yes`, the difference between `--runs 3` and
//! `--runs 1` is the instructions and mispredicted branches of two passes.
//!
//! Each measurement repeats its pass until at least `--seconds` (default 2) have elapsed and
//! reports the best pass, the usual way to damp a noisy machine.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use claimgraph::dates::DateFinder;
use claimgraph::segment::Segmenter;
use claimgraph::{Extractor, OffsetUnit, Options};
use unicode_segmentation::UnicodeSegmentation;

struct Args {
    corpus: Option<String>,
    seconds: f64,
    batch_memory_mb: Option<usize>,
    /// One pass to run alone, for a profiler: `segment`, `dates`, `extract` or `json`.
    only: Option<String>,
    /// Exactly this many runs of the `only` pass, whatever the time they take.
    runs: Option<usize>,
}

fn parse_args() -> Args {
    let mut args = Args {
        corpus: None,
        seconds: 2.0,
        batch_memory_mb: None,
        only: None,
        runs: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => {
                args.seconds = it.next().and_then(|v| v.parse().ok()).expect("--seconds N")
            }
            "--batch-memory" => {
                args.batch_memory_mb = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .expect("--batch-memory MB"),
                )
            }
            "--only" => args.only = Some(it.next().expect("--only PASS")),
            "--runs" => args.runs = Some(it.next().and_then(|v| v.parse().ok()).expect("--runs N")),
            path => args.corpus = Some(path.to_string()),
        }
    }
    args
}

/// The articles to measure: `text` (and `date`) of each JSONL line, or the fixtures repeated.
fn load(corpus: &Option<String>) -> Vec<(String, Option<claimgraph::Date>)> {
    match corpus {
        Some(path) => std::fs::read_to_string(path)
            .expect("read the corpus")
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                let text = v.get("text")?.as_str()?.to_string();
                let date = ["date", "publication_date", "dct"].iter().find_map(|k| {
                    v.get(*k)
                        .and_then(|d| d.as_str())
                        .and_then(|d| d.parse().ok())
                });
                Some((text, date))
            })
            .collect(),
        None => {
            let mut fixtures: Vec<_> = std::fs::read_dir("fixtures")
                .expect("run from the repository root")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            fixtures.sort();
            let texts: Vec<String> = fixtures
                .iter()
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect();
            let date = "2025-02-10".parse().ok();
            (0..200)
                .flat_map(|_| texts.iter().map(|t| (t.clone(), date)))
                .collect()
        }
    }
}

/// Runs `pass` until `seconds` have elapsed (at least twice) and returns the fastest run.
fn best_of(seconds: f64, mut pass: impl FnMut() -> usize) -> (Duration, usize) {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut sink = 0;
    let mut runs = 0;
    while runs < 2 || start.elapsed().as_secs_f64() < seconds {
        let t = Instant::now();
        sink = std::hint::black_box(pass());
        best = best.min(t.elapsed());
        runs += 1;
    }
    (best, sink)
}

/// Like [`best_of`], timed in CPU time of this thread when the system tells it; with `exact`,
/// exactly that many runs.
fn best_of_cpu(
    seconds: f64,
    exact: Option<usize>,
    mut pass: impl FnMut() -> usize,
) -> (Duration, usize) {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut sink = 0;
    let mut runs = 0;
    let more = |runs: usize| match exact {
        Some(n) => runs < n,
        None => runs < 2 || start.elapsed().as_secs_f64() < seconds,
    };
    while more(runs) {
        let (t, c) = (Instant::now(), cpu_time());
        sink = std::hint::black_box(pass());
        let took = match (c, cpu_time()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => t.elapsed(),
        };
        best = best.min(took);
        runs += 1;
    }
    (best, sink)
}

fn row(name: &str, bytes: usize, articles: usize, d: Duration, base: Option<Duration>) {
    let s = d.as_secs_f64();
    let ratio = base.map_or(String::from("1.00x"), |b| {
        format!("{:.2}x", b.as_secs_f64() / s)
    });
    println!(
        "| {name:<40} | {:>9.1} | {:>11.0} | {:>13} |",
        bytes as f64 / s / 1e6,
        articles as f64 / s,
        ratio
    );
}

/// Peak resident memory of this process, from /proc (Linux), in MB.
fn peak_rss_mb(pid: Option<u32>) -> Option<f64> {
    let path = match pid {
        Some(p) => format!("/proc/{p}/status"),
        None => "/proc/self/status".to_string(),
    };
    let status = std::fs::read_to_string(path).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let args = parse_args();
    let articles = load(&args.corpus);
    assert!(!articles.is_empty(), "no articles to measure");
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    let n = articles.len();
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    if let Some(pass) = &args.only {
        only(pass, &articles, args.seconds, args.runs);
        return;
    }
    println!(
        "corpus: {} ({} articles, {:.2} MB); {} threads available",
        args.corpus.as_deref().unwrap_or("fixtures x200"),
        n,
        bytes as f64 / 1e6,
        threads
    );
    println!();
    println!(
        "| pass                                     |      MB/s |  articles/s | vs bare UAX29 |"
    );
    println!(
        "|------------------------------------------|-----------|-------------|---------------|"
    );

    let (bare, _) = best_of(args.seconds, || {
        articles
            .iter()
            .map(|(t, _)| t.unicode_sentences().count())
            .sum()
    });
    row("bare unicode_sentences()", bytes, n, bare, None);

    let segmenter = Segmenter::new();
    let (seg, _) = best_of(args.seconds, || {
        articles
            .iter()
            .map(|(t, _)| segmenter.split(t).sentences.len())
            .sum()
    });
    row("segmentation (Segmenter::split)", bytes, n, seg, Some(bare));

    let segmentations: Vec<_> = articles.iter().map(|(t, _)| segmenter.split(t)).collect();
    let finder = DateFinder::new();
    let (dates, _) = best_of(args.seconds, || {
        articles
            .iter()
            .zip(&segmentations)
            .map(|((t, d), s)| finder.find(t, s, *d).len())
            .sum()
    });
    row(
        "dates alone (DateFinder::find)",
        bytes,
        n,
        dates,
        Some(bare),
    );
    drop(segmentations);

    let extractor = Extractor::new(Options::default());
    let (ext, _) = best_of(args.seconds, || {
        articles
            .iter()
            .map(|(t, d)| extractor.extract_with_date(t, *d).claims.len())
            .sum()
    });
    row("extract, no JSON, 1 thread", bytes, n, ext, Some(bare));

    let full = |slice: &[(String, Option<claimgraph::Date>)],
                ex: &Extractor,
                out: &mut Vec<u8>|
     -> usize {
        let mut total = 0;
        for (t, d) in slice {
            out.clear();
            ex.extract_with_date(t, *d)
                .write_json(&mut *out, OffsetUnit::Char)
                .expect("JSON is written");
            total += out.len();
        }
        total
    };
    let (one, json_bytes) = best_of(args.seconds, || {
        full(&articles, &extractor, &mut Vec::with_capacity(1 << 16))
    });
    row(
        "extract + JSON (char offsets), 1 thread",
        bytes,
        n,
        one,
        Some(bare),
    );

    let (all, _) = best_of(args.seconds, || {
        // Each thread takes the next article when it is done with one, as `batch` does: cut
        // into fixed halves, the corpus gave one thread more text than the other, and the
        // ratio measured that imbalance more than the cost of threads.
        let (next, articles) = (AtomicUsize::new(0), &articles);
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    let (ex, next) = (extractor.clone(), &next);
                    s.spawn(move || {
                        let (mut total, mut out) = (0, Vec::with_capacity(1 << 16));
                        while let Some(a) = articles.get(next.fetch_add(1, Ordering::Relaxed)) {
                            total += full(std::slice::from_ref(a), &ex, &mut out);
                        }
                        total
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
        })
    });
    row(
        &format!("extract + JSON, {threads} threads"),
        bytes,
        n,
        all,
        Some(bare),
    );
    println!();
    println!(
        "{threads} threads vs 1: {:.2}x; JSON written: {:.2} MB; peak RSS of this process: {:.1} MB",
        one.as_secs_f64() / all.as_secs_f64(),
        json_bytes as f64 / 1e6,
        peak_rss_mb(None).unwrap_or(f64::NAN)
    );

    scaling(&articles, &extractor, args.seconds);
    if let Some(mb) = args.batch_memory_mb {
        batch_memory(&articles, mb);
    }
}

/// Runs one pass over the corpus, again and again for `seconds`, and prints its best MB/s, in
/// CPU time of the thread: a profile of it is then not mixed with the other passes, and two
/// builds can be compared on a loaded machine.
fn only(
    pass: &str,
    articles: &[(String, Option<claimgraph::Date>)],
    seconds: f64,
    runs: Option<usize>,
) {
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    let segmenter = Segmenter::new();
    let extractor = Extractor::new(Options::default());
    let (d, _) = match pass {
        "bare" => best_of_cpu(seconds, runs, || {
            articles
                .iter()
                .map(|(t, _)| t.unicode_sentences().count())
                .sum()
        }),
        "segment" => best_of_cpu(seconds, runs, || {
            articles
                .iter()
                .map(|(t, _)| segmenter.split(t).sentences.len())
                .sum()
        }),
        "dates" => {
            let segmentations: Vec<_> = articles.iter().map(|(t, _)| segmenter.split(t)).collect();
            let finder = DateFinder::new();
            best_of_cpu(seconds, runs, || {
                articles
                    .iter()
                    .zip(&segmentations)
                    .map(|((t, d), s)| finder.find(t, s, *d).len())
                    .sum()
            })
        }
        "extract" => best_of_cpu(seconds, runs, || {
            articles
                .iter()
                .map(|(t, d)| extractor.extract_with_date(t, *d).claims.len())
                .sum()
        }),
        "json" => {
            let graphs: Vec<_> = articles
                .iter()
                .map(|(t, d)| extractor.extract_with_date(t, *d))
                .collect();
            best_of_cpu(seconds, runs, || {
                let mut out = Vec::with_capacity(1 << 16);
                graphs
                    .iter()
                    .map(|g| {
                        out.clear();
                        g.write_json(&mut out, OffsetUnit::Char)
                            .expect("JSON is written");
                        out.len()
                    })
                    .sum()
            })
        }
        _ => panic!("--only bare|segment|dates|extract|json"),
    };
    println!("{pass}: {:.1} MB/s", bytes as f64 / d.as_secs_f64() / 1e6);
}

/// Time this thread has spent on a CPU (Linux), which a busy machine does not inflate the way
/// it inflates wall time.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// One article made of the corpus glued together, at growing sizes: cost per byte must not grow.
/// A prefix of the corpus changes what it holds as it grows (the first articles are not the
/// average ones), so the last column keeps the text fixed: the first 10 MB, cut into articles
/// of the row's size. Any growth left there comes from the size alone.
fn scaling(articles: &[(String, Option<claimgraph::Date>)], extractor: &Extractor, seconds: f64) {
    const SIZES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];
    println!();
    println!("| one article of | extract + JSON |  ns/byte | MB/s  | same 10 MB cut to this size, ns/byte |");
    println!("|----------------|----------------|----------|-------|--------------------------------------|");
    let mut glued = String::new();
    while glued.len() < SIZES[3] {
        for (t, _) in articles {
            glued.push_str(t);
            glued.push_str("\n\n");
        }
    }
    let prefix = |size: usize| {
        let mut cut = size.min(glued.len());
        while !glued.is_char_boundary(cut) {
            cut -= 1;
        }
        &glued[..cut]
    };
    let run = |text: &str| {
        let mut out = Vec::new();
        extractor
            .extract(text)
            .write_json(&mut out, OffsetUnit::Char)
            .expect("JSON is written");
        out.len()
    };
    let all = prefix(SIZES[3]);
    for size in SIZES {
        let text = prefix(size);
        let (d, _) = best_of(seconds.min(1.0), || run(text));
        let mut pieces = Vec::new();
        let mut from = 0;
        while from < all.len() {
            let mut to = (from + size).min(all.len());
            while !all.is_char_boundary(to) {
                to -= 1;
            }
            pieces.push(&all[from..to]);
            from = to;
        }
        let (same, _) = best_of(seconds.min(1.0), || pieces.iter().map(|p| run(p)).sum());
        println!(
            "| {:>11} kB | {:>11.2} ms | {:>8.1} | {:>5.1} | {:>36.1} |",
            size / 1000,
            d.as_secs_f64() * 1e3,
            d.as_secs_f64() * 1e9 / text.len() as f64,
            text.len() as f64 / d.as_secs_f64() / 1e6,
            same.as_secs_f64() * 1e9 / all.len() as f64
        );
    }
}

/// Peak memory of `claimgraph batch` over JSONL inputs of growing size, up to `max_mb`.
fn batch_memory(articles: &[(String, Option<claimgraph::Date>)], max_mb: usize) {
    let bin = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent()?.parent().map(|d| d.join("claimgraph")))
        .filter(|p| p.exists())
        .expect("build the binary first: cargo build --release");
    println!();
    println!("| batch input | peak RSS of `claimgraph batch` | MB/s  |");
    println!("|-------------|--------------------------------|-------|");
    let lines: Vec<String> = articles
        .iter()
        .enumerate()
        .map(|(i, (t, d))| {
            let mut v = serde_json::json!({"id": i, "text": t});
            if let Some(d) = d {
                v["date"] = serde_json::Value::from(d.to_string());
            }
            v.to_string() + "\n"
        })
        .collect();
    let mut size = 10usize;
    while size <= max_mb {
        let mut child = Command::new(&bin)
            .args(["batch", "--offsets", "char"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start claimgraph batch");
        let pid = child.id();
        let mut stdin = child.stdin.take().expect("piped stdin");
        let target = size * 1_000_000;
        let feeder = {
            let lines = lines.clone();
            std::thread::spawn(move || {
                let mut written = 0;
                'outer: loop {
                    for l in &lines {
                        if stdin.write_all(l.as_bytes()).is_err() {
                            break 'outer;
                        }
                        written += l.len();
                        if written >= target {
                            break 'outer;
                        }
                    }
                }
                written
            })
        };
        let start = Instant::now();
        let mut peak = 0.0f64;
        loop {
            if let Some(mb) = peak_rss_mb(Some(pid)) {
                peak = peak.max(mb);
            }
            match child.try_wait() {
                Ok(Some(_)) => break,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => panic!("waiting for batch: {e}"),
            }
        }
        let written = feeder.join().unwrap_or(0);
        println!(
            "| {:>8} MB | {:>27.1} MB | {:>5.1} |",
            size,
            peak,
            written as f64 / start.elapsed().as_secs_f64() / 1e6
        );
        size *= 10;
    }
}
