//! `claimgraph batch`: JSON Lines in, JSON Lines out, in input order, on every core.
//!
//! A reader thread hands lines to worker threads and the calling thread writes results in input
//! order. The reader never runs more than `WINDOW_PER_THREAD × threads` lines ahead of the
//! writer, so memory stays flat however long the input is: it holds a bounded number of lines
//! in flight, not the input.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

use claimgraph::{Date, Extractor, OffsetUnit};
use serde_json::Value;

const WINDOW_PER_THREAD: usize = 4;

/// How a batch run ended.
pub struct Summary {
    /// Lines that gave an error object.
    pub failed: usize,
}

struct Job {
    seq: usize,
    line_no: usize,
    bytes: Vec<u8>,
}

struct Done {
    seq: usize,
    out: Vec<u8>,
    failed: bool,
}

/// Counts lines written, so the reader can wait for the writer.
struct Progress {
    written: Mutex<usize>,
    moved: Condvar,
}

/// Runs the batch. An error is an I/O failure of the input or output, after which the run stops.
pub fn run<R: BufRead + Send + 'static, W: Write>(
    extractor: &Extractor,
    input: R,
    mut output: W,
    offsets: OffsetUnit,
    threads: usize,
) -> Result<Summary, String> {
    let threads = threads.max(1);
    let window = WINDOW_PER_THREAD * threads;
    let progress = Arc::new(Progress {
        written: Mutex::new(0),
        moved: Condvar::new(),
    });
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(threads);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<Done>();

    let reader = {
        let progress = Arc::clone(&progress);
        thread::spawn(move || read_lines(input, job_tx, &progress, window))
    };
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (rx, tx, ex) = (Arc::clone(&job_rx), done_tx.clone(), extractor.clone());
            thread::spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok(job) = job else { return };
                let (out, failed) = process(&ex, &job.bytes, job.line_no, offsets);
                if tx
                    .send(Done {
                        seq: job.seq,
                        out,
                        failed,
                    })
                    .is_err()
                {
                    return;
                }
            })
        })
        .collect();
    drop(done_tx);

    let mut pending = BTreeMap::new();
    let (mut next, mut failed) = (0usize, 0usize);
    let mut write_error = None;
    loop {
        // Flush whenever the workers have nothing ready, so results stream out while the input
        // is still open, yet a busy run still writes in large blocks.
        let done = match done_rx.try_recv() {
            Ok(d) => d,
            Err(mpsc::TryRecvError::Empty) => {
                if write_error.is_none() {
                    if let Err(e) = output.flush() {
                        write_error = Some(e);
                    }
                }
                match done_rx.recv() {
                    Ok(d) => d,
                    Err(_) => break,
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        };
        pending.insert(done.seq, done);
        while let Some(d) = pending.remove(&next) {
            failed += usize::from(d.failed);
            if write_error.is_none() {
                if let Err(e) = output
                    .write_all(&d.out)
                    .and_then(|()| output.write_all(b"\n"))
                {
                    write_error = Some(e);
                }
            }
            next += 1;
            if let Ok(mut w) = progress.written.lock() {
                *w = next;
            }
            progress.moved.notify_all();
        }
        if write_error.is_some() {
            // Stop the reader: pretend everything was written so it never waits again, and let
            // the channels close as the threads finish.
            if let Ok(mut w) = progress.written.lock() {
                *w = usize::MAX;
            }
            progress.moved.notify_all();
        }
    }
    for w in workers {
        let _ = w.join();
    }
    let read_result = reader
        .join()
        .unwrap_or_else(|_| Err("the reader thread failed".into()));
    if let Some(e) = write_error {
        return Err(format!("cannot write output: {e}"));
    }
    read_result?;
    output
        .flush()
        .map_err(|e| format!("cannot write output: {e}"))?;
    Ok(Summary { failed })
}

fn read_lines<R: BufRead>(
    mut input: R,
    jobs: mpsc::SyncSender<Job>,
    progress: &Progress,
    window: usize,
) -> Result<(), String> {
    let (mut seq, mut line_no) = (0usize, 0usize);
    loop {
        let mut bytes = Vec::new();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(format!("cannot read input at line {}: {e}", line_no + 1)),
        }
        line_no += 1;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        {
            let Ok(mut written) = progress.written.lock() else {
                return Ok(());
            };
            while seq >= written.saturating_add(window) {
                written = match progress.moved.wait(written) {
                    Ok(w) => w,
                    Err(_) => return Ok(()),
                };
            }
            if *written == usize::MAX {
                return Ok(());
            }
        }
        if jobs
            .send(Job {
                seq,
                line_no,
                bytes,
            })
            .is_err()
        {
            return Ok(());
        }
        seq += 1;
    }
}

/// One output line for one input line, and whether it is an error object.
fn process(
    extractor: &Extractor,
    bytes: &[u8],
    line_no: usize,
    offsets: OffsetUnit,
) -> (Vec<u8>, bool) {
    let fail = |id: &Value, msg: String| {
        let obj = serde_json::json!({ "id": id, "error": format!("line {line_no}: {msg}") });
        (obj.to_string().into_bytes(), true)
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(
                &Value::Null,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return fail(&Value::Null, format!("invalid JSON: {e}")),
    };
    let Value::Object(obj) = value else {
        return fail(&Value::Null, "expected a JSON object".into());
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let article = match obj.get("text") {
        Some(Value::String(s)) => s,
        Some(_) => return fail(&id, "\"text\" must be a string".into()),
        None => return fail(&id, "missing \"text\"".into()),
    };
    let date = match obj.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match s.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => return fail(&id, e.to_string()),
        },
        Some(_) => return fail(&id, "\"date\" must be a string YYYY-MM-DD".into()),
    };
    let json = extractor
        .try_extract(article, date)
        .and_then(|g| g.to_json(offsets));
    match json {
        Ok(json) => {
            // `json` is an object: splice the id in as its first field.
            let mut out = Vec::with_capacity(json.len() + 32);
            out.extend_from_slice(b"{\"id\":");
            out.extend_from_slice(id.to_string().as_bytes());
            out.push(b',');
            out.extend_from_slice(&json.as_bytes()[1..]);
            (out, false)
        }
        Err(e) => fail(&id, e.to_string()),
    }
}
