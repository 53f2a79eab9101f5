//! Command-line parsing: the grammar of the contract, and nothing else.

use claimgraph::{Date, OffsetUnit};

pub const USAGE: &str = "\
usage: claimgraph extract [FILE|-] [--date YYYY-MM-DD] [--offsets byte|char|utf16] [--pretty]
       claimgraph batch   [FILE|-] [--offsets byte|char|utf16] [--threads N]

extract  reads one article (UTF-8 text) and writes its claim graph as one JSON object.
batch    reads JSON Lines {\"id\", \"text\", \"date\"?} and writes one graph per line, in order.
FILE     defaults to standard input, as does -.";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Extract {
        input: Input,
        date: Option<Date>,
        offsets: OffsetUnit,
        pretty: bool,
    },
    Batch {
        input: Input,
        offsets: OffsetUnit,
        threads: Option<usize>,
    },
    Help,
    Version,
}

/// Where the input comes from.
#[derive(Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(String),
}

/// Parses the arguments after the program name. The error is a one-line message.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let (cmd, rest) = match args.split_first() {
        None => return Err("missing command: extract or batch".into()),
        Some((c, rest)) => (c.as_str(), rest),
    };
    match cmd {
        "-h" | "--help" | "help" => return Ok(Command::Help),
        "-V" | "--version" => return Ok(Command::Version),
        "extract" | "batch" => {}
        other => {
            return Err(format!(
                "unknown command {other:?}: expected extract or batch"
            ))
        }
    }
    let mut input = None;
    let (mut date, mut offsets, mut pretty, mut threads) = (None, OffsetUnit::Byte, false, None);
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "--offsets" => offsets = value(flag)?.parse().map_err(|e| format!("{e}"))?,
            "--date" if cmd == "extract" => {
                date = Some(value(flag)?.parse().map_err(|e| format!("{e}"))?);
            }
            "--pretty" if cmd == "extract" && inline.is_none() => pretty = true,
            "--threads" if cmd == "batch" => {
                let v = value(flag)?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => threads = Some(n),
                    _ => return Err(format!("--threads needs a positive number, got {v:?}")),
                }
            }
            "-" => input = set_input(input, Input::Stdin)?,
            f if f.starts_with('-') => return Err(format!("unknown option {arg:?} for {cmd}")),
            path => input = set_input(input, Input::File(path.to_string()))?,
        }
    }
    let input = input.unwrap_or(Input::Stdin);
    Ok(match cmd {
        "extract" => Command::Extract {
            input,
            date,
            offsets,
            pretty,
        },
        _ => Command::Batch {
            input,
            offsets,
            threads,
        },
    })
}

fn set_input(old: Option<Input>, new: Input) -> Result<Option<Input>, String> {
    match old {
        None => Ok(Some(new)),
        Some(_) => Err("only one input file may be given".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_the_contract_grammar() {
        let date: Date = "2025-02-10".parse().unwrap();
        assert_eq!(
            p(&[
                "extract",
                "a.txt",
                "--date",
                "2025-02-10",
                "--offsets=char",
                "--pretty"
            ]),
            Ok(Command::Extract {
                input: Input::File("a.txt".into()),
                date: Some(date),
                offsets: OffsetUnit::Char,
                pretty: true
            })
        );
        assert_eq!(
            p(&["batch", "-", "--threads", "3", "--offsets", "utf16"]),
            Ok(Command::Batch {
                input: Input::Stdin,
                offsets: OffsetUnit::Utf16,
                threads: Some(3)
            })
        );
        assert_eq!(
            p(&["extract"]),
            Ok(Command::Extract {
                input: Input::Stdin,
                date: None,
                offsets: OffsetUnit::Byte,
                pretty: false
            })
        );
        assert_eq!(p(&["--help"]), Ok(Command::Help));
    }

    #[test]
    fn refuses_what_the_contract_does_not_allow() {
        for bad in [
            &[][..],
            &["extrakt"],
            &["extract", "--date", "2025-02-30"],
            &["extract", "--date"],
            &["extract", "--offsets", "bytes"],
            &["extract", "a", "b"],
            &["extract", "--threads", "2"],
            &["batch", "--date", "2025-02-10"],
            &["batch", "--threads", "0"],
            &["batch", "--pretty"],
            &["extract", "--frobnicate"],
        ] {
            assert!(p(bad).is_err(), "{bad:?}");
        }
    }
}
