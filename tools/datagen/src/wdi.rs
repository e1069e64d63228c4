//! World Development Indicators: `wdi-datahub/indicators/<code>/data.csv`
//! (`Country Name, Country Code, Year, Value`; codes include aggregates).

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::{GenError, Result};
use crate::table::{parse_value, parse_year, Table};
use crate::values::{in_period, insert, Loaded};

/// WDI aggregate codes that the FY2021 country table does not list (regions added later).
pub const EXTRA_AGGREGATES: &[&str] = &["AFE", "AFW"];

/// How to sort WDI codes.
pub struct WdiCodes<'a> {
    /// Bundle countries (economies with a region in the WB table).
    pub countries: &'a BTreeSet<String>,
    /// Aggregates to keep.
    pub kept: &'a BTreeSet<String>,
    /// Every aggregate code known (kept or not).
    pub aggregates: &'a BTreeSet<String>,
}

#[derive(Deserialize)]
struct DataPackage {
    title: String,
}

/// Reads the WDI series `code` (e.g. `SH.DYN.MORT`) under `raw`.
pub fn load(raw: &Path, code: &str, codes: &WdiCodes<'_>) -> Result<Loaded> {
    let dir = raw
        .join("wdi-datahub/indicators")
        .join(code.to_ascii_lowercase());
    let pkg_path = dir.join("datapackage.json");
    let pkg_text = std::fs::read_to_string(&pkg_path).map_err(|e| GenError::io(&pkg_path, &e))?;
    let pkg: DataPackage =
        serde_json::from_str(&pkg_text).map_err(|e| GenError::json(&pkg_path, &e))?;
    let t = Table::read(&dir.join("data.csv"))?;
    let (c_code, c_year, c_value) = (t.col("Country Code")?, t.col("Year")?, t.col("Value")?);
    let mut out = Loaded {
        title: pkg.title,
        ..Loaded::default()
    };
    for (line, r) in &t.rows {
        let entity = r[c_code].trim();
        let year = parse_year(&t, *line, &r[c_year])?;
        let Some(value) = parse_value(&t, *line, &r[c_value])? else {
            continue;
        };
        let target = if codes.countries.contains(entity) {
            &mut out.countries
        } else if codes.kept.contains(entity) {
            &mut out.aggregates
        } else if codes.aggregates.contains(entity) {
            out.skipped.insert(entity.to_string());
            continue;
        } else {
            return Err(t.err(
                *line,
                format!("unknown country or aggregate code {entity:?}"),
            ));
        };
        if in_period(year) {
            insert(target, entity, year, value, &t, *line)?;
        }
    }
    Ok(out)
}
