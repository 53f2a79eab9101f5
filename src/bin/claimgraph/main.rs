//! The `claimgraph` command: a thin shell over the library (arguments, I/O, exit codes).

mod args;
mod batch;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;

use args::{Command, Input};
use claimgraph::{Extractor, Options};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let command = match args::parse(&argv) {
        Ok(c) => c,
        Err(msg) => return fail(&format!("{msg} (see claimgraph --help)")),
    };
    match command {
        Command::Help => {
            println!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("claimgraph {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Extract {
            input,
            date,
            offsets,
            pretty,
        } => {
            let bytes = match read_all(&input) {
                Ok(b) => b,
                Err(msg) => return fail(&msg),
            };
            let extractor = Extractor::new(Options::default());
            let graph = match extractor.extract_bytes(&bytes, date) {
                Ok(g) => g,
                Err(e) => return fail(&format!("{}: {e}", name(&input))),
            };
            let json = if pretty {
                graph.to_json_pretty(offsets)
            } else {
                graph.to_json(offsets)
            };
            let written = json.map_err(|e| e.to_string()).and_then(|j| {
                let mut out = io::stdout().lock();
                writeln!(out, "{j}")
                    .and_then(|()| out.flush())
                    .map_err(|e| format!("cannot write output: {e}"))
            });
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(msg) => fail(&msg),
            }
        }
        Command::Batch {
            input,
            offsets,
            threads,
        } => {
            let reader: Box<dyn BufRead + Send> = match &input {
                Input::Stdin => Box::new(BufReader::new(io::stdin())),
                Input::File(path) => match File::open(path) {
                    Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                    Err(e) => return fail(&format!("cannot read {path}: {e}")),
                },
            };
            let threads = threads
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
            let extractor = Extractor::new(Options::default());
            let out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            match batch::run(&extractor, reader, out, offsets, threads) {
                Ok(s) if s.failed > 0 => {
                    eprintln!(
                        "claimgraph: {} line(s) failed; see their \"error\" fields",
                        s.failed
                    );
                    ExitCode::from(2)
                }
                Ok(_) => ExitCode::SUCCESS,
                Err(msg) => fail(&msg),
            }
        }
    }
}

fn name(input: &Input) -> &str {
    match input {
        Input::Stdin => "stdin",
        Input::File(p) => p,
    }
}

fn read_all(input: &Input) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let result = match input {
        Input::Stdin => io::stdin().lock().read_to_end(&mut bytes),
        Input::File(path) => File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
    };
    result
        .map(|_| bytes)
        .map_err(|e| format!("cannot read {}: {e}", name(input)))
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("claimgraph: {msg}");
    ExitCode::from(1)
}
