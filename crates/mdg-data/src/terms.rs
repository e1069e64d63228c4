//! Finds glossary acronyms in prose, so the UI can expand them inline.

/// A piece of prose: plain text, or an acronym that is in the glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text without a glossary term.
    Text(&'a str),
    /// A glossary acronym as written in the text, and the glossary key (English acronym) it
    /// stands for.
    Term {
        /// The acronym as written (e.g. "PNUAD" in French prose).
        written: &'a str,
        /// Index of the glossary entry in the list given to [`segments`].
        entry: usize,
    },
}

/// Splits `text` into plain runs and glossary acronyms. `terms[i]` lists the spellings of entry
/// `i` (e.g. its English key and its acronym in the text's language). A term matches only as a
/// whole word (letters and digits around it end it), case-sensitively, longest spelling first,
/// and not inside a longer word ("MDGR" is not "MDG" + "R"); a plural "s" right after it is
/// kept in the term ("MDGRs").
pub fn segments<'a, S: AsRef<str>>(text: &'a str, terms: &[Vec<S>]) -> Vec<Segment<'a>> {
    let mut spellings: Vec<(&str, usize)> = terms
        .iter()
        .enumerate()
        .flat_map(|(i, list)| list.iter().map(move |s| (s.as_ref(), i)))
        .filter(|(s, _)| !s.is_empty())
        .collect();
    spellings.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));

    let is_word = |c: char| c.is_alphanumeric();
    let mut out = Vec::new();
    let mut plain_start = 0;
    let mut i = 0;
    while i < text.len() {
        let at_boundary = text[..i].chars().next_back().is_none_or(|c| !is_word(c));
        let found = at_boundary
            .then(|| {
                spellings.iter().find_map(|&(s, entry)| {
                    if !text[i..].starts_with(s) {
                        return None;
                    }
                    let plural = text[i + s.len()..].starts_with('s') && !s.ends_with('s');
                    let len = s.len() + usize::from(plural);
                    text[i + len..]
                        .chars()
                        .next()
                        .is_none_or(|c| !is_word(c))
                        .then_some((len, entry))
                })
            })
            .flatten();
        if let Some((len, entry)) = found {
            if plain_start < i {
                out.push(Segment::Text(&text[plain_start..i]));
            }
            out.push(Segment::Term {
                written: &text[i..i + len],
                entry,
            });
            i += len;
            plain_start = i;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if plain_start < text.len() {
        out.push(Segment::Text(&text[plain_start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::{Term, Text};

    fn terms() -> Vec<Vec<&'static str>> {
        vec![
            vec!["MDG"],
            vec!["MDGR"],
            vec!["UNDAF", "PNUAD"],
            vec!["BWIs"],
        ]
    }

    #[test]
    fn finds_whole_word_terms() {
        assert_eq!(
            segments("The UNDAF and the MDGR.", &terms()),
            vec![
                Text("The "),
                Term {
                    written: "UNDAF",
                    entry: 2
                },
                Text(" and the "),
                Term {
                    written: "MDGR",
                    entry: 1
                },
                Text("."),
            ]
        );
    }

    #[test]
    fn matches_translated_spellings_and_accents_around() {
        assert_eq!(
            segments("Le PNUAD é", &terms()),
            vec![
                Text("Le "),
                Term {
                    written: "PNUAD",
                    entry: 2
                },
                Text(" é")
            ]
        );
    }

    #[test]
    fn ignores_parts_of_words_and_other_cases() {
        assert_eq!(
            segments("mdg, XMDG, MDGss", &terms()),
            vec![Text("mdg, XMDG, MDGss")]
        );
        assert_eq!(
            segments("the MDGRs.", &terms()),
            vec![
                Text("the "),
                Term {
                    written: "MDGRs",
                    entry: 1
                },
                Text(".")
            ]
        );
        assert_eq!(
            segments("BWIs", &terms()),
            vec![Term {
                written: "BWIs",
                entry: 3
            }]
        );
        assert_eq!(segments("", &terms()), vec![]);
        assert_eq!(
            segments("(MDG)", &terms()),
            vec![
                Text("("),
                Term {
                    written: "MDG",
                    entry: 0
                },
                Text(")")
            ]
        );
    }
}
