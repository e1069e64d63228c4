//! `mdgr.json`: the national MDG Reports verified by a stored source, hand-authored in
//! `tools/datagen/mdgr/mdgr.json` (the source of truth, pretty-printed).
//!
//! The source holds `reports` (each a [`Report`]: country, publication year, title as
//! published, publisher, languages, the URL where it was verified, whether the report itself or
//! only a record of it was seen, and a note), `searched_none`: the countries searched
//! without finding a verifiable report, with what was searched, so the search is not repeated,
//! and `leads`: reports that sources say exist but that could not be entered (no exact title or
//! year), with what was found, for the next person to pick up.
//! The converter checks both and writes the reports, sorted, to `public/data/mdgr.json`.

use std::collections::BTreeSet;

use mdg_data::validate::report_entry_problems;
use mdg_data::{Report, Reports, Text, SCHEMA_VERSION};
use serde::Deserialize;

use crate::error::{GenError, Result};

/// Path of the hand-authored source, for messages.
pub const SOURCE: &str = "tools/datagen/mdgr/mdgr.json";
/// The hand-authored source.
pub const SOURCE_JSON: &str = include_str!("../mdgr/mdgr.json");

/// The hand-authored source file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The verified reports.
    pub reports: Vec<Report>,
    /// Countries searched with no verifiable report found.
    pub searched_none: Vec<SearchedNone>,
    /// Reports known from a source but not verifiable yet, per country.
    #[serde(default)]
    pub leads: Vec<SearchedNone>,
}

/// A country searched without a verifiable report.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchedNone {
    /// ISO3 of the country.
    pub iso3: String,
    /// What was searched (queries, corpora, pages) and what was found but not verifiable.
    pub searched: String,
}

/// Parses the source text.
pub fn parse_source(text: &str) -> Result<Source> {
    serde_json::from_str(text).map_err(|e| GenError::file(SOURCE, format!("cannot parse: {e}")))
}

/// Every problem of the source: the entry rules of [`report_entry_problems`], and for
/// `searched_none` a known country, a non-empty description and one entry per country.
pub fn source_problems(src: &Source, countries: &BTreeSet<String>) -> Vec<String> {
    let known = |iso3: &str| countries.contains(iso3);
    let mut p = report_entry_problems(SOURCE, &src.reports, &known);
    let mut seen = BTreeSet::new();
    for s in &src.searched_none {
        if !known(&s.iso3) {
            p.push(format!(
                "{SOURCE}: searched_none: unknown country {}",
                s.iso3
            ));
        }
        if s.searched.trim().is_empty() {
            p.push(format!(
                "{SOURCE}: searched_none {}: says nothing of what was searched",
                s.iso3
            ));
        }
        if !seen.insert(s.iso3.as_str()) {
            p.push(format!(
                "{SOURCE}: searched_none: duplicate country {}",
                s.iso3
            ));
        }
        if src.reports.iter().any(|r| r.iso3 == s.iso3) {
            p.push(format!(
                "{SOURCE}: searched_none {}: the country has a report; move the note to leads",
                s.iso3
            ));
        }
    }
    for l in &src.leads {
        if !known(&l.iso3) {
            p.push(format!("{SOURCE}: leads: unknown country {}", l.iso3));
        }
        if l.searched.trim().is_empty() {
            p.push(format!(
                "{SOURCE}: leads {}: says nothing of what was found",
                l.iso3
            ));
        }
    }
    p
}

/// Builds `mdgr.json` from a source text, or fails listing every problem.
pub fn build_from(text: &str, countries: &BTreeSet<String>, note: &Text) -> Result<Reports> {
    let src = parse_source(text)?;
    let problems = source_problems(&src, countries);
    if !problems.is_empty() {
        return Err(GenError::file(
            SOURCE,
            format!(
                "{} problem(s):\n  - {}",
                problems.len(),
                problems.join("\n  - ")
            ),
        ));
    }
    let mut reports = src.reports;
    reports.sort_by(|a, b| (&a.iso3, a.year, &a.title).cmp(&(&b.iso3, b.year, &b.title)));
    Ok(Reports {
        schema_version: SCHEMA_VERSION,
        source: "mdg_reports".to_string(),
        complete: false,
        note: note.clone(),
        reports,
    })
}

/// Builds `mdgr.json` from the committed source.
pub fn build(countries: &BTreeSet<String>, note: &Text) -> Result<Reports> {
    build_from(SOURCE_JSON, countries, note)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries() -> BTreeSet<String> {
        ["KEN", "GHA", "UGA"]
            .iter()
            .map(|s| (*s).to_string())
            .collect()
    }

    fn note() -> Text {
        Text {
            en: "n".into(),
            fr: "n".into(),
            es: "n".into(),
        }
    }

    fn entry(iso3: &str, year: u16, title: &str, url: &str) -> String {
        format!(
            r#"{{"iso3":"{iso3}","year":{year},"title":"{title}","publisher":"P","language":["en"],"url":"{url}","seen":"report","note":""}}"#
        )
    }

    fn source(entries: &[String], none: &str) -> String {
        format!(
            r#"{{"reports":[{}],"searched_none":[{none}]}}"#,
            entries.join(",")
        )
    }

    fn problems(text: &str) -> String {
        match build_from(text, &countries(), &note()) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn committed_source_is_valid() {
        // The committed bundle's countries (what the converter derives from the raw sources).
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/countries.json"
        );
        let text = std::fs::read_to_string(path).expect("public/data/countries.json");
        let c: mdg_data::Countries = serde_json::from_str(&text).expect("countries.json parses");
        let all: BTreeSet<String> = c.countries.into_iter().map(|c| c.iso3).collect();
        let r = build_from(SOURCE_JSON, &all, &note()).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.reports.len() >= 6);
    }

    #[test]
    fn a_good_entry_passes_and_is_sorted() {
        let text = source(
            &[
                entry("KEN", 2014, "B", "https://x.org/b"),
                entry("GHA", 2015, "A", "http://x.org/a"),
                entry("KEN", 2003, "C", "https://x.org/c"),
            ],
            r#"{"iso3":"UGA","searched":"pages: Uganda MDG report 2002"}"#,
        );
        let r = build_from(&text, &countries(), &note()).expect("valid");
        let order: Vec<_> = r
            .reports
            .iter()
            .map(|e| (e.iso3.as_str(), e.year))
            .collect();
        assert_eq!(order, [("GHA", 2015), ("KEN", 2003), ("KEN", 2014)]);
        assert_eq!(r.reports[0].seen, mdg_data::Seen::Report);
    }

    #[test]
    fn searched_none_and_leads_are_checked() {
        let with = |none: &str, leads: &str| {
            problems(&format!(
                r#"{{"reports":[{}],"searched_none":[{none}],"leads":[{leads}]}}"#,
                entry("KEN", 2003, "T", "https://x.org")
            ))
        };
        let p = with(r#"{"iso3":"KEN","searched":"pages: Kenya"}"#, "");
        assert!(p.contains("the country has a report"), "{p}");
        let p = with("", r#"{"iso3":"XXX","searched":"s"}"#);
        assert!(p.contains("leads: unknown country XXX"), "{p}");
        let p = with("", r#"{"iso3":"KEN","searched":" "}"#);
        assert!(p.contains("says nothing"), "{p}");
        assert!(with("", r#"{"iso3":"KEN","searched":"a 2001 report, no title"}"#).is_empty());
    }

    #[test]
    fn unknown_country_is_rejected() {
        let p = problems(&source(&[entry("XXX", 2005, "T", "https://x.org")], ""));
        assert!(p.contains("unknown country XXX"), "{p}");
    }

    #[test]
    fn years_outside_2000_2016_are_rejected() {
        for (year, bad) in [(1999, true), (2000, false), (2016, false), (2017, true)] {
            let p = problems(&source(&[entry("KEN", year, "T", "https://x.org")], ""));
            assert_eq!(p.contains("year outside 2000-2016"), bad, "{year}: {p}");
        }
    }

    #[test]
    fn a_source_url_is_required() {
        for url in ["", "www.undp.org/x", "ftp://x.org"] {
            let p = problems(&source(&[entry("KEN", 2005, "T", url)], ""));
            assert!(p.contains("no http(s) source URL"), "{url}: {p}");
        }
    }

    #[test]
    fn duplicates_are_rejected() {
        let e = entry("KEN", 2005, "Same", "https://x.org/1");
        let p = problems(&source(&[e.clone(), e], ""));
        assert!(p.contains("duplicate entry"), "{p}");
        // Same country and year with another title is a different report.
        let p = problems(&source(
            &[
                entry("KEN", 2005, "One", "https://x.org/1"),
                entry("KEN", 2005, "Two", "https://x.org/2"),
            ],
            "",
        ));
        assert!(p.is_empty(), "{p}");
    }

    #[test]
    fn title_language_and_seen_are_checked() {
        let p = problems(&source(&[entry("KEN", 2005, "", "https://x.org")], ""));
        assert!(p.contains("title empty"), "{p}");
        let bad_lang = r#"{"iso3":"KEN","year":2005,"title":"T","language":["English"],"url":"https://x.org","seen":"report","note":""}"#;
        let p = problems(&source(&[bad_lang.to_string()], ""));
        assert!(p.contains("not an ISO 639-1 code"), "{p}");
        let bad_seen = r#"{"iso3":"KEN","year":2005,"title":"T","url":"https://x.org","seen":"heard","note":""}"#;
        let p = problems(&source(&[bad_seen.to_string()], ""));
        assert!(p.contains("cannot parse"), "{p}");
    }

    #[test]
    fn searched_none_is_checked() {
        let p = problems(&source(&[], r#"{"iso3":"XXX","searched":"x"}"#));
        assert!(p.contains("searched_none: unknown country XXX"), "{p}");
        let p = problems(&source(&[], r#"{"iso3":"KEN","searched":" "}"#));
        assert!(p.contains("says nothing"), "{p}");
        let p = problems(&source(
            &[],
            r#"{"iso3":"KEN","searched":"a"},{"iso3":"KEN","searched":"b"}"#,
        ));
        assert!(p.contains("duplicate country KEN"), "{p}");
        let p = problems(r#"{"reports":[],"searched_none":[],"extra":1}"#);
        assert!(p.contains("cannot parse"), "{p}");
    }
}
