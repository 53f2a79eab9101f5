//! Arbitrary bytes read as a graph: reading never panics, and whatever reads back writes the
//! same JSON again (the serde view is a fixed point).
#![no_main]

use claimgraph::ClaimGraph;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(graph) = serde_json::from_slice::<ClaimGraph<'_>>(data) else { return };
    let json = serde_json::to_string(&graph).expect("a graph serializes");
    let again: ClaimGraph<'_> = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(again, graph);
    assert_eq!(serde_json::to_string(&again).expect("serializes"), json);
});
