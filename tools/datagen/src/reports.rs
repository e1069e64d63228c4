//! `mdgr.json`: the national MDG Reports verified by a source page
//! (`mdg-reports/national_mdg_reports_seed.csv`).

use std::collections::BTreeSet;
use std::path::Path;

use mdg_data::{Report, Reports, Text, SCHEMA_VERSION};

use crate::error::Result;
use crate::table::{parse_year, Table};

/// Reads the verified entries; every row needs a known country and an http(s) URL.
pub fn build(raw: &Path, countries: &BTreeSet<String>, note: &Text) -> Result<Reports> {
    let t = Table::read(&raw.join("mdg-reports/national_mdg_reports_seed.csv"))?;
    let (c_iso, c_year, c_title, c_url, c_note) = (
        t.col("iso3")?,
        t.col("year")?,
        t.col("report")?,
        t.col("evidence_url")?,
        t.col("note")?,
    );
    let mut reports = Vec::new();
    for (line, r) in &t.rows {
        let iso3 = r[c_iso].trim();
        if !countries.contains(iso3) {
            return Err(t.err(*line, format!("unknown country {iso3:?}")));
        }
        let url = r[c_url].trim();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(t.err(*line, format!("evidence_url {url:?} is not an http(s) URL")));
        }
        reports.push(Report {
            iso3: iso3.to_string(),
            year: parse_year(&t, *line, &r[c_year])?,
            title: r[c_title].trim().to_string(),
            url: url.to_string(),
            note: r[c_note].trim().to_string(),
        });
    }
    reports.sort_by(|a, b| (&a.iso3, a.year).cmp(&(&b.iso3, b.year)));
    Ok(Reports {
        schema_version: SCHEMA_VERSION,
        source: "mdg_reports".to_string(),
        complete: false,
        note: note.clone(),
        reports,
    })
}
