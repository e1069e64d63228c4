//! `mdgr.json`: national MDG Reports verified by a source page.

use serde::{Deserialize, Serialize};

use crate::Text;

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
    /// The entries, sorted by country then year.
    pub reports: Vec<Report>,
}

/// One verified national MDG Report entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// ISO3 of the country.
    pub iso3: String,
    /// Year of the report.
    pub year: u16,
    /// Title as given by the source page (English).
    pub title: String,
    /// The page that verifies the entry.
    pub url: String,
    /// What the page says (English).
    pub note: String,
}
