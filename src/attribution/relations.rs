//! Relations between claims: a denial points to the claim it denies ("The Kremlin has denied
//! Woodward’s claims", "..., which the Kremlin also refuted").

use super::{Attribution, Ctx, Draft, Link, RelationKind, Stance};
use crate::speakers::{MentionKind, People};

/// Nouns that name what someone claimed: "Woodward’s claims", "the report".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "reporting",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "account",
    "accounts",
    "statement",
    "statements",
    "remarks",
    "comments",
    "story",
    "stories",
    "accusation",
    "accusations",
    "charge",
    "charges",
];

/// How many claims back a denial may reach for the claim it denies.
const LOOKBACK: usize = 12;

/// The `denies` links: each claim with a denying stance, to the claim it is about.
pub(super) fn denials(
    ctx: &Ctx,
    drafts: &[Draft],
    atts: &[Attribution],
    people: &People,
) -> Vec<Link> {
    let mut out = Vec::new();
    for (i, a) in atts.iter().enumerate() {
        if a.stance != Stance::Deny {
            continue;
        }
        let text = a.content.slice(ctx.text).trim();
        let low = text.to_ascii_lowercase();
        let earlier = i.saturating_sub(LOOKBACK)..i;
        let target = if matches!(low.as_str(), "which" | "that" | "what") {
            // The claim of the same sentence that the relative pronoun follows.
            earlier
                .clone()
                .rev()
                .find(|&j| drafts[j].sentence == drafts[i].sentence && atts[j].source != a.source)
        } else if low
            .split_whitespace()
            .any(|w| CLAIM_NOUNS.contains(&w.trim_end_matches(['.', ','])))
        {
            // "Woodward’s claims": the last claim of the person named; else the last claim of
            // someone else.
            let named = people
                .mentions_in(a.content)
                .iter()
                .find(|m| m.kind == MentionKind::Name)
                .map(|m| m.entity);
            match named {
                Some(e) => earlier.clone().rev().find(|&j| atts[j].source == Some(e)),
                None => earlier.clone().rev().find(|&j| atts[j].source != a.source),
            }
        } else {
            None
        };
        if let Some(to) = target {
            out.push(Link {
                kind: RelationKind::Denies,
                from: i,
                to,
            });
        }
    }
    out
}
