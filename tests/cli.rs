//! The command line, as the contract describes it: output shape, exit codes, error lines.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SEED: &str = "fixtures/000_1aaf99770964461c.txt";

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("stdin writer");
    out
}

fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON value")
}

fn stderr_line(out: &Output) -> String {
    let s = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(s.trim_end().lines().count(), 1, "stderr is one line: {s:?}");
    s
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn extract_a_file_writes_one_json_object() {
    let out = run(&["extract", SEED, "--date", "2025-02-10"], b"");
    assert_eq!(out.status.code(), Some(0));
    let g = stdout_json(&out);
    assert_eq!(g["schema"], "claimgraph/1");
    assert_eq!(g["offsets"], "byte");
    assert_eq!(g["publication_date"], "2025-02-10");
    assert!(!g["sentences"].as_array().unwrap().is_empty());
    // Compact output: the object and a newline.
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
}

#[test]
fn extract_reads_stdin_with_or_without_dash() {
    for args in [&["extract"][..], &["extract", "-"]] {
        let out = run(args, "Rain fell. It stopped.".as_bytes());
        assert_eq!(out.status.code(), Some(0));
        let g = stdout_json(&out);
        assert_eq!(g["publication_date"], Value::Null);
        assert_eq!(g["sentences"].as_array().unwrap().len(), 2);
    }
}

#[test]
fn empty_input_gives_an_empty_graph() {
    let out = run(&["extract"], b"");
    assert_eq!(out.status.code(), Some(0));
    let g = stdout_json(&out);
    for key in [
        "sentences",
        "entities",
        "dates",
        "quotes",
        "claims",
        "relations",
    ] {
        assert_eq!(g[key], Value::Array(vec![]), "{key}");
    }
}

#[test]
fn pretty_output_is_indented_and_equal() {
    let compact = stdout_json(&run(&["extract", SEED], b""));
    let out = run(&["extract", SEED, "--pretty"], b"");
    assert!(out.stdout.iter().filter(|&&b| b == b'\n').count() > 10);
    assert_eq!(stdout_json(&out), compact);
}

#[test]
fn offsets_flag_changes_the_unit() {
    // "é" is 2 bytes, 1 char, 1 UTF-16 unit; "😀" is 4 bytes, 1 char, 2 UTF-16 units.
    let text = "Café 😀 opened. Crowds came.";
    let second = |unit: &str| -> u64 {
        let g = stdout_json(&run(&["extract", "--offsets", unit], text.as_bytes()));
        assert_eq!(g["offsets"], unit);
        g["sentences"][1]["start"].as_u64().unwrap()
    };
    let byte_start = text.find("Crowds").unwrap() as u64;
    assert_eq!(second("byte"), byte_start);
    assert_eq!(second("char"), byte_start - 1 - 3);
    assert_eq!(second("utf16"), byte_start - 1 - 2);
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let out = run(&["extract"], b"Good text\xff more");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_line(&out);
    assert!(err.contains("invalid UTF-8 at byte 9"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_exit_1_with_one_line() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["extract", "--date", "2025-02-30"],
        &["extract", "--offsets", "bits"],
        &["batch", "--threads", "0"],
        &["extract", "a", "b"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        stderr_line(&out);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn unreadable_input_exits_1() {
    for cmd in ["extract", "batch"] {
        let out = run(&[cmd, "no/such/file.txt"], b"");
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr_line(&out).contains("no/such/file.txt"));
    }
}

#[test]
fn help_exits_0() {
    let out = run(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("claimgraph batch"));
}

#[test]
fn batch_keeps_order_and_reports_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(
        b"{\"id\": \"a\", \"text\": \"First one. Done.\", \"date\": \"2025-02-10\"}\n",
    );
    input.extend_from_slice(b"not json at all\n");
    input.extend_from_slice(b"{\"id\": 7, \"title\": \"no text here\"}\n");
    input.extend_from_slice(b"{\"id\": \"d\", \"text\": \"Bad date.\", \"date\": 20250210}\n");
    input.extend_from_slice(b"{\"id\": \"e\", \"text\": \"Bad \xff byte.\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(
        b"{\"id\": \"f\", \"text\": \"Impossible date.\", \"date\": \"2025-02-30\"}\n",
    );
    input.extend_from_slice(b"{\"id\": \"g\", \"text\": \"Last one.\"}");
    for threads in ["1", "2", "5"] {
        let out = run(&["batch", "--threads", threads], &input);
        assert_eq!(out.status.code(), Some(2), "some lines failed");
        assert!(String::from_utf8_lossy(&out.stderr).contains("5 line(s) failed"));
        let got = lines(&out);
        let ids: Vec<Value> = got.iter().map(|l| l["id"].clone()).collect();
        let expected = [
            Value::from("a"),
            Value::Null,
            Value::from(7),
            Value::from("d"),
            Value::Null,
            Value::from("f"),
            Value::from("g"),
        ];
        assert_eq!(ids, expected, "threads {threads}");
        assert_eq!(got[0]["schema"], "claimgraph/1");
        assert_eq!(got[0]["publication_date"], "2025-02-10");
        assert_eq!(got[0]["sentences"].as_array().unwrap().len(), 2);
        assert!(got[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 2: invalid JSON"));
        assert!(got[2]["error"]
            .as_str()
            .unwrap()
            .contains("missing \"text\""));
        assert!(got[3]["error"]
            .as_str()
            .unwrap()
            .contains("\"date\" must be a string"));
        assert!(got[4]["error"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8 at byte"));
        assert!(got[5]["error"]
            .as_str()
            .unwrap()
            .contains("bad publication date"));
        assert_eq!(got[6]["publication_date"], Value::Null);
        for ok in [0, 6] {
            assert!(got[ok].get("error").is_none());
        }
    }
}

#[test]
fn batch_of_good_lines_exits_0_and_matches_extract() {
    let text = std::fs::read_to_string(format!("{}/{SEED}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let line = serde_json::json!({"id": "seed", "text": text, "date": "2025-02-10"}).to_string();
    let input = format!("{line}\n{line}\n{line}\n");
    let out = run(&["batch", "--offsets", "char"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    let single = stdout_json(&run(
        &["extract", SEED, "--date", "2025-02-10", "--offsets", "char"],
        b"",
    ));
    for mut g in got {
        assert_eq!(
            g.as_object_mut().unwrap().remove("id"),
            Some(Value::from("seed"))
        );
        assert_eq!(g, single);
    }
}

#[test]
fn batch_many_lines_stay_in_order() {
    let input: String = (0..500)
        .map(|i| {
            let text = format!("Article number {i}. {}", "Words go here. ".repeat(i % 17));
            format!("{}\n", serde_json::json!({"id": i, "text": text}))
        })
        .collect();
    let out = run(&["batch", "--threads", "3"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(got.len(), 500);
    for (i, g) in got.iter().enumerate() {
        assert_eq!(g["id"], i);
        assert_eq!(g["sentences"].as_array().unwrap().len(), 1 + i % 17);
    }
}

#[test]
fn batch_streams_each_result_before_the_input_ends() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
        .args(["batch", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // With stdin still open, each line's result must come out: nothing waits for the end.
    for i in 0..3 {
        writeln!(
            stdin,
            "{}",
            serde_json::json!({"id": i, "text": "Markets rose."})
        )
        .unwrap();
        stdin.flush().unwrap();
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("a result while input is open");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], i);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn batch_survives_a_fifty_megabyte_line_between_small_ones() {
    let big = "Officials said the talks would resume. ".repeat(1_300_000);
    let mut input = String::new();
    input.push_str("{\"id\": 1, \"text\": \"Before.\"}\n");
    input.push_str(&serde_json::json!({"id": 2, "text": big}).to_string());
    input.push_str("\n{\"id\": 3, \"text\": \"After.\"}\n");
    let out = run(&["batch", "--threads", "2"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(
        got.iter()
            .map(|g| g["id"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(got[1]["sentences"].as_array().unwrap().len(), 1_300_000);
}
