//! Time of `extract` + JSON on hostile inputs of growing size: the cost per byte must stay flat
//! (linear time), whatever the input's shape.
//!
//! ```text
//! cargo run --release --example scaling               # 10 kB to 10 MB
//! cargo run --release --example scaling -- 1000000    # stop at 1 MB
//! ```
//!
//! Each row is the best of a few runs. Compare a row's ns/byte across sizes: a ratio that grows
//! with the size is a super-linear path.

use std::time::{Duration, Instant};

use claimgraph::{Extractor, OffsetUnit, Options};

/// A hostile input: a unit repeated until the size is reached.
struct Shape {
    name: &'static str,
    unit: fn(usize) -> String,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "news paragraphs",
        unit: |_| NEWS.to_string(),
    },
    Shape {
        name: "one line, no punctuation",
        unit: |_| "word ".to_string(),
    },
    Shape {
        name: "unmatched opening quotes",
        unit: |_| "“".to_string(),
    },
    Shape {
        name: "alternating quote styles",
        unit: |_| "“a\" ‘b' «c» „d“ \"e” 'f’ ".to_string(),
    },
    Shape {
        name: "nested quotes and brackets",
        unit: |_| "“‘([{".to_string(),
    },
    Shape {
        name: "every line a cue verb",
        unit: |_| "said\nadded\ntold\ndenied\naccording to\n".to_string(),
    },
    Shape {
        name: "he said, he said",
        unit: |i| format!("He said{} ", if i % 2 == 0 { "," } else { "." }),
    },
    Shape {
        name: "names without end",
        unit: |_| "Anna Lee Park ".to_string(),
    },
    Shape {
        name: "dates without end",
        unit: |_| "on Sunday June 14, 2019 last year ".to_string(),
    },
    Shape {
        name: "mixed scripts and emoji",
        unit: |_| "שלום “مرحبا” 日本語。👩‍👩‍👧 e\u{301} ".to_string(),
    },
    Shape {
        name: "HTML debris",
        unit: |_| "<p class=\"x\">&ldquo;Hi&rdquo;</p>\n".to_string(),
    },
    Shape {
        name: "CR line ends",
        unit: |_| "Officials said it.\r".to_string(),
    },
];

const NEWS: &str = "“We are talking to both sides,” the minister said on Sunday. He added \
that talks would resume in March, according to a Reuters report.\n\n";

fn build(shape: &Shape, size: usize) -> String {
    let mut s = String::with_capacity(size + 64);
    let mut i = 0;
    while s.len() < size {
        s.push_str(&(shape.unit)(i));
        i += 1;
    }
    s
}

fn best(text: &str, extractor: &Extractor) -> Duration {
    let mut best = Duration::MAX;
    let runs = if text.len() >= 5_000_000 { 1 } else { 3 };
    for _ in 0..runs {
        let start = Instant::now();
        let mut out = Vec::new();
        extractor
            .extract(text)
            .write_json(&mut out, OffsetUnit::Char)
            .expect("JSON is written");
        std::hint::black_box(out);
        best = best.min(start.elapsed());
    }
    best
}

fn main() {
    let max: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000_000);
    let sizes: Vec<usize> = [10_000, 100_000, 1_000_000, 10_000_000]
        .into_iter()
        .filter(|&s| s <= max)
        .collect();
    let mut options = Options::default();
    options.publication_date = "2025-02-10".parse().ok();
    let extractor = Extractor::new(options);
    print!("| input (ns/byte)            ");
    for s in &sizes {
        print!("| {:>8} kB ", s / 1000);
    }
    println!("| largest / smallest |");
    print!("|----------------------------");
    for _ in &sizes {
        print!("|-------------");
    }
    println!("|--------------------|");
    for shape in SHAPES {
        print!("| {:<26} ", shape.name);
        let mut per_byte = Vec::new();
        for &size in &sizes {
            let text = build(shape, size);
            let ns = best(&text, &extractor).as_secs_f64() * 1e9 / text.len() as f64;
            per_byte.push(ns);
            print!("| {ns:>11.1} ");
        }
        let ratio = per_byte.last().unwrap_or(&0.0) / per_byte.first().unwrap_or(&1.0);
        println!("| {ratio:>17.2}x |");
    }
}
