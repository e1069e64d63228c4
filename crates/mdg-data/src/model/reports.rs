//! `mdgr.json`: national MDG Reports verified by a source page.

use serde::{Deserialize, Serialize};

use crate::Text;

/// The first year a national MDG Report can carry (the Millennium Declaration).
pub const REPORTS_FIRST_YEAR: u16 = 2000;
/// The last year a national MDG Report can carry: the final reports on 2000-2015 appeared in
/// 2016.
pub const REPORTS_LAST_YEAR: u16 = 2016;

/// Verified national MDG Report entries. Not a complete list: present them as "verified
/// entries", never as all MDG Reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reports {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Manifest source id.
    pub source: String,
    /// Always `false`: the list is not complete.
    pub complete: bool,
    /// What the list is and is not.
    pub note: Text,
    /// The entries, sorted by country, year, then title.
    pub reports: Vec<Report>,
}

/// One country's entries of [`Reports`], with the record's note, carried in its
/// `country/<ISO3>.json`: a profile shows them without downloading every country's (issue 14).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportEntries {
    /// What the record is and is not ([`Reports::note`]).
    pub note: Text,
    /// The country's entries, oldest first (then by title); empty when the record has none.
    pub list: Vec<Report>,
}

/// One verified national MDG Report entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// ISO3 of the country.
    pub iso3: String,
    /// Year the report was published (its launch or imprint date where the source gives one,
    /// else the year in its title).
    pub year: u16,
    /// Title as published (in the report's language), or as the source page words it.
    pub title: String,
    /// Who published it, as the source states; absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Languages of the report as seen (ISO 639-1 codes, e.g. `en`, `fr`); empty when unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
    /// The page that verifies the entry.
    pub url: String,
    /// Whether the report's own text was seen or only a record of it.
    #[serde(default)]
    pub seen: Seen,
    /// What the page says (English).
    pub note: String,
}

/// How an entry was verified.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seen {
    /// The report's own text or title page was read.
    Report,
    /// Only a listing, catalogue record, press release or news item was read.
    #[default]
    Record,
}
