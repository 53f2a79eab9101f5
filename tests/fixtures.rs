//! Checks each fixture article against its hand-written `.expect` file (format in
//! `fixtures/README.md`): roles, claims with their speakers, quotes, dates, relations, and that
//! no claim is invented.

use claimgraph::{Claim, ClaimGraph, Extractor, Options, Role};

struct ClaimLine {
    kind: String,
    sources: Vec<String>,
    cue: String,
    content: String,
    optional: bool,
    line: String,
}

fn fields(rest: &str) -> Vec<String> {
    rest.split('|').map(|f| f.trim().to_string()).collect()
}

/// Runs of whitespace (no-break spaces too) as one space, so an expectation is written plainly.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_name(s: &str) -> String {
    let s = s.trim().to_lowercase();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

fn source_name<'a>(g: &'a ClaimGraph<'_>, c: &Claim<'_>) -> Option<&'a str> {
    c.source.map(|e| g.entities[e.0].name.as_ref())
}

fn claim_matches(g: &ClaimGraph<'_>, c: &Claim<'_>, want: &ClaimLine) -> bool {
    let kind = serde_json::to_value(c.kind).unwrap();
    if want.kind != "*" && kind != want.kind.as_str() {
        return false;
    }
    let source_ok = match source_name(g, c) {
        None => want.sources.iter().any(|s| s == "-"),
        Some(name) => want.sources.iter().any(|s| norm_name(s) == norm_name(name)),
    };
    let cue_ok = match &c.cue {
        None => want.cue == "-",
        Some(cue) => want.cue != "-" && cue.text.to_lowercase().contains(&want.cue.to_lowercase()),
    };
    source_ok && cue_ok && c.content.text.contains(&want.content)
}

fn describe(g: &ClaimGraph<'_>, c: &Claim<'_>) -> String {
    format!(
        "{:?} source={:?} cue={:?} content={:?}",
        c.kind,
        source_name(g, c),
        c.cue.as_ref().map(|q| q.text.as_ref()),
        c.content.text
    )
}

fn check_fixture(name: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap();
    let expect = std::fs::read_to_string(format!("{dir}{name}.expect")).unwrap();
    let lines: Vec<(String, String)> = expect
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once(' ') {
            Some((k, rest)) => (k.to_string(), rest.to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect();
    let published = lines
        .iter()
        .find(|(k, _)| k == "published")
        .map(|(_, v)| v.parse().expect("a valid published date"));
    let mut options = Options::default();
    options.publication_date = published;
    let g = Extractor::new(options).extract(&text);
    let mut errors: Vec<String> = Vec::new();

    // Roles: named sentences have their role, every other sentence is body.
    let mut named = vec![false; g.sentences.len()];
    for (_, rest) in lines.iter().filter(|(k, _)| k == "role") {
        let f = fields(rest);
        let want: Role = serde_json::from_value(serde_json::Value::from(f[0].as_str())).unwrap();
        match g
            .sentences
            .iter()
            .position(|s| squeeze(&text[s.start..s.end]).starts_with(&squeeze(&f[1])))
        {
            None => errors.push(format!("no sentence starts with {:?}", f[1])),
            Some(i) => {
                named[i] = true;
                if g.sentences[i].role != want {
                    errors.push(format!(
                        "{:?}: role {:?}, expected {want:?}",
                        f[1], g.sentences[i].role
                    ));
                }
            }
        }
    }
    for (i, s) in g.sentences.iter().enumerate() {
        if !named[i] && s.role != Role::Body {
            errors.push(format!(
                "{:?} has role {:?}, expected Body",
                &text[s.start..s.end],
                s.role
            ));
        }
    }

    // Claims: each required line takes its own claim, then optional lines, then nothing is left.
    let claim_lines: Vec<ClaimLine> = lines
        .iter()
        .filter(|(k, _)| k == "claim" || k == "claim?")
        .map(|(k, rest)| {
            let f = fields(rest);
            ClaimLine {
                kind: f[0].clone(),
                sources: f[1].split(" / ").map(|s| s.trim().to_string()).collect(),
                cue: f[2].clone(),
                content: f.get(3).cloned().unwrap_or_default(),
                optional: k == "claim?",
                line: rest.clone(),
            }
        })
        .collect();
    let mut taken = vec![false; g.claims.len()];
    for optional in [false, true] {
        for want in claim_lines.iter().filter(|w| w.optional == optional) {
            match (0..g.claims.len()).find(|&i| !taken[i] && claim_matches(&g, &g.claims[i], want))
            {
                Some(i) => taken[i] = true,
                None if optional => {}
                None => errors.push(format!("missing claim: {}", want.line)),
            }
        }
    }
    for (i, c) in g.claims.iter().enumerate() {
        if !taken[i] {
            errors.push(format!("invented claim: {}", describe(&g, c)));
        }
    }

    // Relations: `relation KIND | SOURCE : CUE | SOURCE : CUE`.
    for (_, rest) in lines.iter().filter(|(k, _)| k == "relation") {
        let f = fields(rest);
        let find = |spec: &str| -> Vec<usize> {
            let (src, cue) = spec.split_once(':').expect("SOURCE : CUE");
            let want = ClaimLine {
                kind: "*".into(),
                sources: vec![src.trim().to_string()],
                cue: cue.trim().to_string(),
                content: String::new(),
                optional: false,
                line: String::new(),
            };
            (0..g.claims.len())
                .filter(|&i| claim_matches(&g, &g.claims[i], &want))
                .collect()
        };
        let (from, to) = (find(&f[1]), find(&f[2]));
        let found = g.relations.iter().any(|r| {
            serde_json::to_value(r.kind).unwrap() == f[0].as_str()
                && from.contains(&r.from.0)
                && to.contains(&r.to.0)
        });
        if !found {
            errors.push(format!("missing relation: {rest}"));
        }
    }

    // Quotes and their speakers.
    for (_, rest) in lines.iter().filter(|(k, _)| k == "quote") {
        let f = fields(rest);
        let ok = g.quotes.iter().any(|q| {
            q.text.contains(&f[0])
                && q.speaker
                    .is_some_and(|e| norm_name(&g.entities[e.0].name) == norm_name(&f[1]))
        });
        if !ok {
            let seen: Vec<_> = g
                .quotes
                .iter()
                .filter(|q| q.text.contains(&f[0]))
                .map(|q| q.speaker.map(|e| g.entities[e.0].name.to_string()))
                .collect();
            errors.push(format!(
                "quote {:?} by {:?}: found speakers {seen:?}",
                f[0], f[1]
            ));
        }
    }

    // Dates: each line takes its own date; exact text first, then any overlap of the texts.
    let mut used = vec![false; g.dates.len()];
    for (_, rest) in lines.iter().filter(|(k, _)| k == "date") {
        let f = fields(rest);
        let ok = |d: &claimgraph::TimeExpr<'_>| {
            d.value == f[1]
                && f.get(2)
                    .is_none_or(|m| serde_json::to_value(d.modifier).unwrap() == m.as_str())
        };
        let exact =
            (0..g.dates.len()).find(|&i| !used[i] && g.dates[i].text == f[0] && ok(&g.dates[i]));
        let loose = || {
            (0..g.dates.len()).find(|&i| {
                let d = &g.dates[i];
                !used[i] && (d.text.contains(&f[0]) || f[0].contains(d.text.as_ref())) && ok(d)
            })
        };
        match exact.or_else(loose) {
            Some(i) => used[i] = true,
            None => {
                let seen: Vec<_> = g
                    .dates
                    .iter()
                    .filter(|d| d.text.contains(&f[0]) || f[0].contains(d.text.as_ref()))
                    .map(|d| format!("{:?}={}/{:?}", d.text, d.value, d.modifier))
                    .collect();
                errors.push(format!("date {rest}: found {seen:?}"));
            }
        }
    }
    for (_, rest) in lines.iter().filter(|(k, _)| k == "nodate") {
        if let Some(d) = g.dates.iter().find(|d| d.text.contains(rest.as_str())) {
            errors.push(format!("{:?} is taken for a date ({})", d.text, d.value));
        }
    }

    assert!(
        errors.is_empty(),
        "{name}: {} problem(s):\n  {}",
        errors.len(),
        errors.join("\n  ")
    );
}

#[test]
fn seed_article() {
    check_fixture("000_1aaf99770964461c");
}

#[test]
fn wire_report() {
    check_fixture("wire_report");
}

#[test]
fn interview_feature() {
    check_fixture("interview_feature");
}

#[test]
fn pronoun_chain() {
    check_fixture("pronoun_chain");
}
