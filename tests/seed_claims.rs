//! The seed article's claims, one by one: speaker, cue lemma, a distinctive piece of the
//! content, and where the article gives them, the listener and the medium. Values worked out
//! by reading the article.

use claimgraph::{Claim, ClaimGraph, Extractor, Options, RelationKind, Role};

const SEED: &str = include_str!("../fixtures/000_1aaf99770964461c.txt");

fn graph() -> ClaimGraph<'static> {
    let mut options = Options::default();
    options.publication_date = Some("2025-02-10".parse().expect("date"));
    Extractor::new(options).extract(SEED)
}

fn entity_name(g: &ClaimGraph, id: Option<claimgraph::EntityId>) -> String {
    id.map_or(String::new(), |e| g.entities[e.0].name.to_string())
}

/// The claim with this speaker, cue lemma and content piece; panics with the claims it saw.
fn find<'g>(
    g: &'g ClaimGraph<'static>,
    speaker: &str,
    lemma: &str,
    piece: &str,
) -> &'g Claim<'static> {
    g.claims
        .iter()
        .find(|c| {
            entity_name(g, c.source) == speaker
                && c.cue.as_ref().is_some_and(|cue| cue.lemma == lemma)
                && c.content.text.contains(piece)
        })
        .unwrap_or_else(|| {
            let seen: Vec<String> = g
                .claims
                .iter()
                .map(|c| {
                    format!(
                        "{} | {} | {}",
                        entity_name(g, c.source),
                        c.cue.as_ref().map_or("-", |c| &c.lemma),
                        c.content.text
                    )
                })
                .collect();
            panic!(
                "no claim {speaker} | {lemma} | {piece}; claims:\n{}",
                seen.join("\n")
            )
        })
}

#[test]
fn every_claim_of_the_seed_list() {
    let g = graph();
    // (speaker, cue lemma, a piece of the content)
    let list = [
        ("Donald Trump", "state", "making headway in discussions"),
        (
            "Donald Trump",
            "suggest",
            "he and Putin have been in communication",
        ),
        ("Donald Trump", "respond", "I’ve had it. Let’s just say"),
        ("Donald Trump", "add", "If we are talking"),
        (
            "Donald Trump",
            "emphasize",
            "maintaining contact with both Russia and Ukraine",
        ),
        ("Donald Trump", "state", "We’re talking to both sides."),
        ("Donald Trump", "mention", "he “better not say”"),
        ("Donald Trump", "indicate", "he would meet with Putin"),
        (
            "Donald Trump",
            "inform",
            "engage with Putin at an appropriate moment",
        ),
        ("Donald Trump", "remark", "If I did, it’s a smart thing."),
        (
            "Donald Trump",
            "mention",
            "likely to meet with Ukrainian President Volodymyr Zelenskiy",
        ),
        (
            "Dmitry Peskov",
            "comment",
            "many different communications are emerging.",
        ),
        ("Dmitry Peskov", "add", "I can neither confirm nor deny it."),
        (
            "Mike Waltz",
            "state",
            "There are certainly numerous sensitive discussions taking place",
        ),
        ("Mike Waltz", "suggest", "sanctions and tariffs"),
        ("Mike Waltz", "mention", "rare earth resources"),
        (
            "Reuters",
            "according to",
            "potential locations for a summit",
        ),
        (
            "Reuters",
            "report",
            "Putin is willing to engage in discussions",
        ),
        (
            "Vladimir Putin",
            "outline",
            "Ukraine must abandon its NATO aspirations",
        ),
        ("Vladimir Putin", "claim", "a significant threat to Russia"),
        (
            "Leonid Slutsky",
            "quote",
            "“advanced stage” and could occur in February or March",
        ),
        ("Bob Woodward", "report", "as many as seven times"),
        ("Kremlin", "deny", "Woodward’s claims"),
        ("Kremlin", "refute", ""),
        (
            "Reuters, The Washington Post, and Axios",
            "report",
            "discussions in early November",
        ),
        (
            "Volodymyr Zelenskiy",
            "inform",
            "rare earths and other minerals",
        ),
        (
            "Ukraine and its Western allies",
            "characterize",
            "an imperialistic land grab",
        ),
    ];
    for (speaker, lemma, piece) in list {
        find(&g, speaker, lemma, piece);
    }
}

#[test]
fn the_pronouns_and_the_role_noun_point_to_their_speakers() {
    let g = graph();
    for (mention, speaker, lemma, piece) in [
        ("He", "Donald Trump", "add", "If we are talking"),
        (
            "The president",
            "Donald Trump",
            "emphasize",
            "maintaining contact",
        ),
        ("he", "Donald Trump", "mention", "he “better not say”"),
        ("He", "Dmitry Peskov", "add", "neither confirm nor deny"),
        ("He", "Mike Waltz", "mention", "rare earth resources"),
    ] {
        let c = find(&g, speaker, lemma, piece);
        let written = c.source_mention.as_ref().map(|m| m.text.to_string());
        assert_eq!(written.as_deref(), Some(mention), "{speaker} {lemma}");
    }
}

#[test]
fn listeners_and_media() {
    let g = graph();
    for (speaker, lemma, piece, recipient, medium) in [
        (
            "Donald Trump",
            "inform",
            "appropriate moment",
            "reporters",
            "",
        ),
        (
            "Volodymyr Zelenskiy",
            "inform",
            "rare earths",
            "Reuters",
            "",
        ),
        (
            "Dmitry Peskov",
            "comment",
            "many different communications",
            "TASS",
            "",
        ),
        (
            "Mike Waltz",
            "state",
            "numerous sensitive discussions",
            "",
            "NBC News",
        ),
        ("Donald Trump", "remark", "a smart thing", "", "Bloomberg"),
        (
            "Donald Trump",
            "mention",
            "better not say",
            "",
            "New York Post",
        ),
        ("Leonid Slutsky", "quote", "advanced stage", "", "RIA"),
    ] {
        let c = find(&g, speaker, lemma, piece);
        assert_eq!(entity_name(&g, c.recipient), recipient, "{speaker} {lemma}");
        assert_eq!(entity_name(&g, c.medium), medium, "{speaker} {lemma}");
    }
    let book = find(&g, "Bob Woodward", "report", "seven times");
    assert!(entity_name(&g, book.medium).contains("book"));
}

#[test]
fn kinds_and_stances() {
    let g = graph();
    let kind = |speaker, lemma, piece| {
        let c = find(&g, speaker, lemma, piece);
        (
            serde_json::to_value(c.kind).unwrap(),
            serde_json::to_value(c.stance).unwrap(),
        )
    };
    assert_eq!(
        kind("Donald Trump", "respond", "I’ve had it"),
        ("direct".into(), "assert".into())
    );
    assert_eq!(
        kind("Donald Trump", "mention", "better not say"),
        ("mixed".into(), "assert".into())
    );
    assert_eq!(
        kind("Mike Waltz", "suggest", "sanctions"),
        ("indirect".into(), "hedge".into())
    );
    assert_eq!(
        kind("Kremlin", "deny", "Woodward’s claims"),
        ("indirect".into(), "deny".into())
    );
}

#[test]
fn the_kremlin_denies_woodward_and_the_three_outlets() {
    let g = graph();
    let denial = find(&g, "Kremlin", "deny", "Woodward’s claims");
    let woodward = find(&g, "Bob Woodward", "report", "seven times");
    let refutal = find(&g, "Kremlin", "refute", "");
    let outlets = find(
        &g,
        "Reuters, The Washington Post, and Axios",
        "report",
        "early November",
    );
    for (from, to) in [(denial, woodward), (refutal, outlets)] {
        assert!(
            g.relations
                .iter()
                .any(|r| r.kind == RelationKind::Denies && r.from == from.id && r.to == to.id),
            "{} denies {}",
            from.id,
            to.id
        );
    }
}

#[test]
fn the_book_title_is_no_quote_and_no_claim() {
    let g = graph();
    assert!(g.quotes.iter().all(|q| !q.text.starts_with("War")));
    assert!(g.claims.iter().all(|c| !c.content.text.starts_with("“War")));
}

#[test]
fn no_claim_from_captions_or_page_furniture() {
    let g = graph();
    for c in &g.claims {
        let role = g.sentences[c.sentence.0].role;
        assert!(
            !matches!(role, Role::Caption | Role::Boilerplate),
            "{}",
            c.content.text
        );
    }
    for footer in [
        "Discover more",
        "Subscribe",
        "Leave a Reply",
        "email address",
    ] {
        assert!(g.claims.iter().all(|c| !c.content.text.contains(footer)));
    }
}

#[test]
fn dates_of_the_saying_and_in_the_content() {
    let g = graph();
    let value = |id: Option<claimgraph::DateId>| id.map(|d| g.dates[d.0].value.to_string());
    // Published Monday 2025-02-10: Sunday is the 9th, Friday the 7th, Thursday the 6th.
    for (speaker, lemma, piece, when) in [
        ("Donald Trump", "state", "making headway", "2025-02-09"),
        ("Donald Trump", "inform", "appropriate moment", "2025-02-09"),
        ("Donald Trump", "mention", "likely to meet", "2025-02-07"),
        ("Leonid Slutsky", "quote", "advanced stage", "2025-02-06"),
    ] {
        let c = find(&g, speaker, lemma, piece);
        assert_eq!(value(c.said_on).as_deref(), Some(when), "{speaker} {lemma}");
    }
    let slutsky = find(&g, "Leonid Slutsky", "quote", "advanced stage");
    let inside: Vec<String> = slutsky
        .dates
        .iter()
        .map(|d| g.dates[d.0].value.to_string())
        .collect();
    assert_eq!(inside, ["2025-02", "2025-03"]);
    // "what he claimed was ..." names no date of its own.
    assert_eq!(
        find(&g, "Vladimir Putin", "claim", "threat to Russia").said_on,
        None
    );
}
