//! Word lists: data, kept apart from the code that matches them.
//!
//! Each list is a plain text file in this folder, compiled into the binary with
//! `include_str!` and parsed once when an [`Extractor`](crate::Extractor) is built. Every file
//! opens with a comment header that says what an entry means and which stage reads it.
//!
//! The format is shared: one entry per line; `#` starts a comment that runs to the end of the
//! line; blank lines are skipped; an entry with several fields separates them with `|`, and
//! surrounding whitespace is trimmed from each field.
//!
//! | file | read by | an entry is |
//! |---|---|---|
//! | `abbreviations.txt` | `segment` | a word that takes a period without ending a sentence |
//! | `sentence_words.txt` | `segment` | a word that opens sentences, a calendar word, or a word that opens a paragraph behind a glued caption |
//! | `boilerplate.txt` | `segment` | a phrase that marks a line as page furniture |
//! | `captions.txt` | `segment` | a phrase that marks a line as a photo caption or credit |
//! | `title_words.txt` | `quotes` | a word after which a quotation names a work, not speech |
//! | `speech_verbs.txt` | `attribution` | a cue verb: lemma, stance, frame, inflected forms |
//! | `media_nouns.txt` | `attribution` | a channel a claim is made through ("interview") |
//! | `poll_nouns.txt` | `attribution` | a poll or study whose findings "in" reports |
//! | `function_words.txt` | `speakers`, `attribution` | a closed-class word and its class |
//! | `pronouns.txt` | `speakers`, `attribution` | a pronoun with its number, gender and case |
//! | `name_abbreviations.txt` | `speakers`, `attribution` | an abbreviation inside a name |
//! | `titles.txt` | `speakers`, `attribution` | a title, role, honorific or title modifier |
//! | `outlets.txt` | `speakers` | a news organization or platform that can be a source |
//! | `organizations.txt` | `speakers` | a word that makes a name an organization, or one by name |
//! | `places.txt` | `speakers` | a country, state or city |
//! | `demonyms.txt` | `speakers` | a capitalized adjective (not a name) and its group noun |
//! | `time_words.txt` | `dates` | a word or phrase of a temporal expression, and what it does |
//! | `tense_cues.txt` | `dates` | a word that tells the tense of its clause |

/// The entries of a word list: each line's `|`-separated fields, trimmed, with comments and
/// blank lines dropped.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().filter_map(|line| {
        let line = match line.find('#') {
            Some(i) => &line[..i],
            None => line,
        };
        let line = line.trim();
        if line.is_empty() {
            None
        } else {
            Some(line.split('|').map(str::trim).collect())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::entries;

    #[test]
    fn parses_fields_comments_and_blank_lines() {
        let src = "# header\n\nsay | assert | said says  # common\n  Mr. \n";
        let got: Vec<Vec<&str>> = entries(src).collect();
        assert_eq!(got, vec![vec!["say", "assert", "said says"], vec!["Mr."]]);
    }
}
