//! Raw values read from a source, before they become bundle files.

use std::collections::{BTreeMap, BTreeSet};

use mdg_data::{FIRST_YEAR, LAST_YEAR};

use crate::error::Result;
use crate::table::Table;

/// Entity code → year → value.
pub type ByEntity = BTreeMap<String, BTreeMap<u16, f64>>;

/// One series as read from its source (1990-2015 only).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Loaded {
    /// ISO3 → year → value, for bundle countries.
    pub countries: ByEntity,
    /// Aggregate code → year → value, for the aggregates kept.
    pub aggregates: ByEntity,
    /// The series title as published by the source.
    pub title: String,
    /// Source entities recognised but not kept (other aggregates, territories outside the
    /// country list, historical entities).
    pub skipped: BTreeSet<String>,
}

/// Whether a year is inside the MDG period.
pub fn in_period(year: u16) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// Stores a value; the same entity-year twice with different values is an error.
pub fn insert(
    map: &mut ByEntity,
    code: &str,
    year: u16,
    value: f64,
    t: &Table,
    line: u64,
) -> Result<()> {
    let years = map.entry(code.to_string()).or_default();
    match years.get(&year) {
        Some(old) if (old - value).abs() > f64::EPSILON * old.abs().max(1.0) => Err(t.err(
            line,
            format!("second value {value} for {code} {year} (first was {old})"),
        )),
        _ => {
            years.insert(year, value);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn duplicates_must_agree() {
        let t = Table::parse(Path::new("d.csv"), "a\n1\n").unwrap();
        let mut m = ByEntity::new();
        insert(&mut m, "AGO", 1990, 1.5, &t, 2).unwrap();
        insert(&mut m, "AGO", 1990, 1.5, &t, 3).unwrap();
        let e = insert(&mut m, "AGO", 1990, 2.5, &t, 4).unwrap_err();
        assert_eq!(
            e.to_string(),
            "d.csv:4: second value 2.5 for AGO 1990 (first was 1.5)"
        );
    }
}
