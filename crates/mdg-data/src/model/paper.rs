//! `paper.json`: the full text of the source paper the Core Strategy views explain, the ILO
//! Governing Body paper "Developments regarding technical cooperation activities in the United
//! Nations system" (Geneva, 1 October 2003), as numbered paragraphs under its section headings.
//!
//! Written by the converter from `../shared/source`; the text is the paper's own (English only).

use serde::{Deserialize, Serialize};

/// Number of numbered paragraphs in the paper.
pub const PAPER_PARAGRAPHS: u8 = 24;

/// Id of the paper in `strategy.json`'s sources.
pub const PAPER_SOURCE: &str = "ilo_gb_2003_tc";

/// The whole paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paper {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Its id in `strategy.json`'s sources ([`PAPER_SOURCE`]).
    pub source: String,
    /// The line above the title, as written ("Second item on the agenda").
    pub agenda: String,
    /// Title.
    pub title: String,
    /// Place and date at the end ("Geneva, 1 October 2003.").
    pub place_date: String,
    /// Status at the end ("Submitted for information.").
    pub status: String,
    /// Sections in order; a level-1 section may hold no paragraph of its own.
    pub sections: Vec<PaperSection>,
}

/// A heading and the paragraphs under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperSection {
    /// 1 for the paper's numbered headings ("1. Introduction"), 2 for the headings under them.
    pub level: u8,
    /// The heading as written.
    pub heading: String,
    /// Numbered paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// 1–24.
    pub n: u8,
    /// Its text blocks: the numbered one first, then any block set apart under it.
    pub parts: Vec<ParagraphPart>,
}

/// A block of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphPart {
    /// The text, lines joined with single spaces.
    pub text: String,
    /// Set apart (indented) in the paper, e.g. the quoted conclusion of paragraph 10.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub indent: bool,
}

impl Paper {
    /// Every paragraph in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// Paragraph `n`, if the paper has it.
    pub fn paragraph(&self, n: u8) -> Option<&Paragraph> {
        self.paragraphs().find(|p| p.n == n)
    }

    /// The section holding paragraph `n`.
    pub fn section_of(&self, n: u8) -> Option<&PaperSection> {
        self.sections
            .iter()
            .find(|s| s.paragraphs.iter().any(|p| p.n == n))
    }
}

impl Paragraph {
    /// All parts joined with a space (for search and tests).
    pub fn text(&self) -> String {
        self.parts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The anchor id of paragraph `n` in the reading view ("p4").
pub fn para_anchor(n: u8) -> String {
    format!("p{n}")
}

/// The app path of paragraph `n` in the reading view ("/source#p4").
pub fn para_path(n: u8) -> String {
    crate::route::Page::Source.at(&para_anchor(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors() {
        assert_eq!(para_anchor(4), "p4");
        assert_eq!(para_path(17), "/source#p17");
    }
}
