//! Quotation marks around the title of a work or a name are not quotes in the graph.

use claimgraph::extract;

#[test]
fn titles_of_works_are_not_quotes() {
    // (text, the quotes the graph must hold, in order)
    let cases: &[(&str, &[&str])] = &[
        ("She reread the novel “Quiet Harbors” on the train.", &[]),
        ("The series “Night Shift Diaries” returns in May.", &[]),
        (
            "“We start on Monday,” the director said of the film “Blue Water.”",
            &["We start on Monday,"],
        ),
        (
            "He called the plan “a disaster” in his book “Hard Roads.”",
            &["a disaster"],
        ),
        ("“Nobody told us,” she said.", &["Nobody told us,"]),
    ];
    for (text, expected) in cases {
        let g = extract(text);
        let got: Vec<&str> = g.quotes.iter().map(|q| q.text.as_ref()).collect();
        assert_eq!(&got, expected, "{text}");
        for c in &g.claims {
            for q in &c.quotes {
                assert!(
                    q.0 < g.quotes.len(),
                    "{text}: claim links a quote that is not there"
                );
            }
        }
    }
}
