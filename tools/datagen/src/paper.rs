//! The source paper (`../shared/source/ilo-gb-2003-technical-cooperation-un-system.txt`, a text
//! extraction of the ILO Governing Body paper of 1 October 2003) → `paper.json`: title, section
//! headings and the 24 numbered paragraphs, lines rejoined.
//!
//! The text is read as blocks separated by blank lines. A block opening with the next expected
//! paragraph number ("7. The ILO's chairing…") starts a paragraph; a short block without final
//! punctuation is a heading ("1. Introduction" is level 1, "UNDG" under it level 2); any other
//! block continues the current paragraph (the quoted conclusion of paragraph 10). The block
//! before the first heading is the title, the one above it the agenda line; the two closing
//! blocks are the place and date and the status. Anything else stops the run.

use std::path::{Path, PathBuf};

use mdg_data::{Paper, PaperSection, Paragraph, ParagraphPart, PAPER_PARAGRAPHS, PAPER_SOURCE};

use crate::error::{GenError, Result};

/// File name of the paper's text in the source directory.
pub const PAPER_FILE: &str = "ilo-gb-2003-technical-cooperation-un-system.txt";

/// The source directory: `source` beside the raw data directory (`../shared/source`).
pub fn source_dir(raw: &Path) -> PathBuf {
    raw.parent().unwrap_or(raw).join("source")
}

/// Reads and parses the paper from the source directory next to `raw`.
pub fn load(raw: &Path) -> Result<Paper> {
    let path = source_dir(raw).join(PAPER_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| GenError::io(&path, &e))?;
    parse_paper(&path, &text)
}

struct Block {
    line: u64,
    lines: Vec<String>,
}

impl Block {
    /// The lines as one: a line ending with a hyphen ("inter-" / "agency") joins without a space.
    fn joined(&self) -> String {
        let mut s = String::new();
        for line in &self.lines {
            if !s.is_empty() && !s.ends_with('-') {
                s.push(' ');
            }
            s.push_str(line);
        }
        s
    }
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, raw) in text.lines().enumerate() {
        // Page breaks of the extraction leave a leading space; lines end with one.
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
        // A page break can drop the blank line before a paragraph: a numbered line after a
        // finished sentence starts a block of its own.
        // Likewise a block set apart after a line announcing it ("concluded that –").
        let last = current.as_ref().and_then(|b| b.lines.last());
        let starts_paragraph = (numbered(line).is_some() && last.is_some_and(|l| l.ends_with('.')))
            || last.is_some_and(|l| l.ends_with('–'));
        if line.is_empty() || starts_paragraph {
            out.extend(current.take());
        }
        if !line.is_empty() {
            current
                .get_or_insert_with(|| Block {
                    line: i as u64 + 1,
                    lines: Vec::new(),
                })
                .lines
                .push(line.to_owned());
        }
    }
    out.extend(current);
    out
}

/// "7. The ILO's…" → (7, "The ILO's…").
fn numbered(s: &str) -> Option<(u8, &str)> {
    let (n, rest) = s.split_once(". ")?;
    (n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok().map(|n| (n, rest)))
        .flatten()
}

fn is_heading(b: &Block) -> bool {
    let s = b.joined();
    s.chars().count() <= 80 && !s.ends_with(['.', ':', ';', ',', '–', '-']) && !s.ends_with("...")
}

/// Parses the paper's text; `path` is for messages.
pub fn parse_paper(path: &Path, text: &str) -> Result<Paper> {
    let err = |line: u64, msg: String| GenError::at(path, line, msg);
    let mut blocks = blocks(text).into_iter().peekable();
    let agenda = blocks
        .next()
        .ok_or_else(|| GenError::file(path, "empty"))?
        .joined();
    let title = blocks
        .next()
        .ok_or_else(|| GenError::file(path, "no title"))?
        .joined();
    let mut sections: Vec<PaperSection> = Vec::new();
    let mut tail: Vec<String> = Vec::new();
    let mut next: u8 = 1;
    for b in blocks {
        let s = b.joined();
        if !tail.is_empty() || (next > PAPER_PARAGRAPHS && s.starts_with("Geneva, ")) {
            tail.push(s);
            continue;
        }
        match numbered(&s) {
            Some((n, rest)) if n == next && !is_heading(&b) => {
                let section = sections
                    .last_mut()
                    .ok_or_else(|| err(b.line, "paragraph before any heading".into()))?;
                section.paragraphs.push(Paragraph {
                    n,
                    parts: vec![ParagraphPart {
                        text: rest.to_owned(),
                        indent: false,
                    }],
                });
                next += 1;
            }
            Some((n, rest)) if is_heading(&b) => sections.push(PaperSection {
                level: 1,
                heading: format!("{n}. {rest}"),
                paragraphs: Vec::new(),
            }),
            _ if is_heading(&b) => sections.push(PaperSection {
                level: 2,
                heading: s,
                paragraphs: Vec::new(),
            }),
            _ => {
                let para = sections
                    .last_mut()
                    .and_then(|sec| sec.paragraphs.last_mut())
                    .ok_or_else(|| err(b.line, format!("text outside a paragraph: {s:?}")))?;
                // A block set apart under a paragraph that announces it ("concluded that –").
                let indent = para
                    .parts
                    .last()
                    .is_some_and(|p| p.text.ends_with(['–', ':']));
                para.parts.push(ParagraphPart { text: s, indent });
            }
        }
    }
    if next != PAPER_PARAGRAPHS + 1 {
        return Err(GenError::file(
            path,
            format!(
                "found paragraphs 1-{}, expected 1-{PAPER_PARAGRAPHS}",
                next - 1
            ),
        ));
    }
    let [place_date, status] = <[String; 2]>::try_from(tail).map_err(|t| {
        GenError::file(
            path,
            format!("expected place and date, then status, after the last paragraph; got {t:?}"),
        )
    })?;
    Ok(Paper {
        schema_version: mdg_data::SCHEMA_VERSION,
        source: PAPER_SOURCE.to_owned(),
        agenda: sentence_case(&agenda),
        title,
        place_date,
        status,
        sections,
    })
}

/// "SECOND ITEM ON THE AGENDA" → "Second item on the agenda".
fn sentence_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_owned();
    }
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    fn sample(paras: u8) -> String {
        let mut s = String::from(" AN ITEM \n\nA title \non two lines \n\n1. Introduction \n\n");
        for n in 1..=paras {
            if n == 3 {
                s.push_str("Sub heading \n\n");
            }
            // Paragraph 17 follows 16 without a blank line, as after a page break.
            let gap = if n == 16 { "\n" } else { "\n\n" };
            write!(s, "{n}. Paragraph {n} \nwraps here. {gap}").expect("writing to a String");
            if n == 10 {
                s.push_str(
                    "It concluded that – \n Quoted block, non- \nagricultural. \n\nAfter.\n\n",
                );
            }
        }
        s.push_str("Geneva, 1 October 2003. \n\nSubmitted for information. \n");
        s
    }

    #[test]
    fn parses_headings_paragraphs_and_closing_lines() {
        let p = parse_paper(Path::new("x"), &sample(24)).unwrap();
        assert_eq!(p.agenda, "An item");
        assert_eq!(p.title, "A title on two lines");
        assert_eq!(p.sections[0].heading, "1. Introduction");
        assert_eq!(p.sections[0].level, 1);
        assert_eq!(p.sections[1].heading, "Sub heading");
        assert_eq!(p.sections[1].level, 2);
        assert_eq!(p.paragraphs().count(), 24);
        assert_eq!(
            p.paragraph(2).unwrap().parts[0].text,
            "Paragraph 2 wraps here."
        );
        let p10 = p.paragraph(10).unwrap();
        assert_eq!(p10.parts.len(), 4);
        assert!(!p10.parts[1].indent);
        assert_eq!(p10.parts[2].text, "Quoted block, non-agricultural.");
        assert!(p10.parts[2].indent);
        assert!(!p10.parts[3].indent);
        assert_eq!(p.place_date, "Geneva, 1 October 2003.");
        assert_eq!(p.status, "Submitted for information.");
    }

    #[test]
    fn a_missing_paragraph_stops_the_run() {
        let e = parse_paper(Path::new("x"), &sample(23)).unwrap_err();
        assert!(e.to_string().contains("found paragraphs 1-23"), "{e}");
    }
}
