//! Our World in Data datasets keyed by entity NAME: WHO/UNICEF JMP water and sanitation
//! (countries, joined by name) and the UN MDG Report 2015 headline table (aggregates).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::error::Result;
use crate::table::{parse_value, parse_year, Table};
use crate::values::{in_period, insert, Loaded};

/// JMP file under the raw directory.
pub const JMP_CSV: &str =
    "owid-datasets/Water_and_Sanitation_WHO_WASH_2021/Water and Sanitation (WHO WASH, 2021).csv";

/// UN MDG Report 2015 file under the raw directory.
pub const UNMDG_CSV: &str =
    "owid-datasets/MDG_Final_Evaluation_UN_MDG_Report/MDG Final Evaluation (UN MDG Report).csv";

/// OWID spellings that i18n-iso-countries does not know (or knows ambiguously) → bundle code.
pub const NAME_ALIASES: &[(&str, &str)] = &[
    ("British Virgin Islands", "VGB"),
    ("Brunei", "BRN"),
    ("Channel Islands", "CHI"),
    ("Congo", "COG"),
    ("Curacao", "CUW"),
    ("Democratic Republic of Congo", "COD"),
    ("Faeroe Islands", "FRO"),
    ("Falkland Islands", "FLK"),
    ("Laos", "LAO"),
    ("Micronesia", "FSM"),
    ("Moldova", "MDA"),
    ("Saint Barthelemy", "BLM"),
    ("Syria", "SYR"),
    ("Timor", "TLS"),
    ("United States Virgin Islands", "VIR"),
    ("Wallis and Futuna Islands", "WLF"),
];

/// OWID entity names that are groupings or historical entities, not countries: skipped.
pub const NON_COUNTRIES: &[&str] = &[
    "Australia and New Zealand",
    "Central and Southern Asia",
    "Eastern and South-Eastern Asia",
    "Fragile or Extremely Fragile",
    "High income",
    "Landlocked Developing Countries",
    "Latin America and the Caribbean",
    "Least Developed Countries",
    "Low income",
    "Lower-middle income",
    "Netherlands Antilles",
    "North America and Europe",
    "Oceania",
    "Small Island Developing States",
    "Sub-Saharan Africa",
    "Upper-middle income",
    "Western Asia and Northern Africa",
    "World",
];

/// How an OWID entity name resolves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameMatch {
    /// A bundle country.
    Country(String),
    /// A country or territory with an ISO code that is not in the bundle's country list.
    OutsideList(String),
    /// A grouping or historical entity.
    NotACountry,
    /// Not understood.
    Unknown,
}

/// Resolves an OWID entity name: alias table, then the grouping list, then the English names
/// of i18n-iso-countries (ambiguous names such as "Congo" need an alias).
pub fn match_name(
    name: &str,
    by_name: &BTreeMap<String, Option<String>>,
    countries: &BTreeSet<String>,
) -> NameMatch {
    let code = NAME_ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| (*c).to_string())
        .or_else(|| by_name.get(name).cloned().flatten());
    match code {
        Some(c) if countries.contains(&c) => NameMatch::Country(c),
        Some(c) => NameMatch::OutsideList(c),
        None if NON_COUNTRIES.contains(&name) => NameMatch::NotACountry,
        None => NameMatch::Unknown,
    }
}

/// Reads JMP column `column` (e.g. `wat_imp`), joining entity names to countries.
pub fn load_jmp(
    raw: &Path,
    column: &str,
    by_name: &BTreeMap<String, Option<String>>,
    countries: &BTreeSet<String>,
) -> Result<Loaded> {
    let t = Table::read(&raw.join(JMP_CSV))?;
    let (c_entity, c_year, c_value) = (t.col("Entity")?, t.col("Year")?, t.col(column)?);
    let mut out = Loaded {
        title: format!("WHO/UNICEF JMP 2021, column {column}"),
        ..Loaded::default()
    };
    for (line, r) in &t.rows {
        let entity = r[c_entity].trim();
        let code = match match_name(entity, by_name, countries) {
            NameMatch::Country(c) => c,
            NameMatch::OutsideList(_) | NameMatch::NotACountry => {
                out.skipped.insert(entity.to_string());
                continue;
            }
            NameMatch::Unknown => {
                return Err(t.err(*line, format!(
                    "unknown entity name {entity:?}: add it to NAME_ALIASES or NON_COUNTRIES in tools/datagen/src/owid.rs"
                )))
            }
        };
        let year = parse_year(&t, *line, &r[c_year])?;
        if let Some(value) = parse_value(&t, *line, &r[c_value])? {
            if in_period(year) {
                insert(&mut out.countries, &code, year, value, &t, *line)?;
            }
        }
    }
    Ok(out)
}

/// Reads column `column` of the UN MDG Report 2015 table; `rows` maps entity names to
/// aggregate codes; `known` lists every entity name any series uses (others are errors).
pub fn load_unmdg(
    raw: &Path,
    column: &str,
    rows: &BTreeMap<String, String>,
    known: &BTreeSet<String>,
) -> Result<Loaded> {
    let t = Table::read(&raw.join(UNMDG_CSV))?;
    let (c_entity, c_year, c_value) = (t.col("Entity")?, t.col("Year")?, t.col(column)?);
    let mut out = Loaded {
        title: format!("UN MDG Report 2015 (OWID), {column}"),
        ..Loaded::default()
    };
    for (line, r) in &t.rows {
        let entity = r[c_entity].trim();
        if !known.contains(entity) {
            return Err(t.err(
                *line,
                format!("unknown entity {entity:?}: map it in tools/datagen/config/series.json"),
            ));
        }
        let Some(code) = rows.get(entity) else {
            continue;
        };
        let year = parse_year(&t, *line, &r[c_year])?;
        if let Some(value) = parse_value(&t, *line, &r[c_value])? {
            if in_period(year) {
                insert(&mut out.aggregates, code, year, value, &t, *line)?;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (BTreeMap<String, Option<String>>, BTreeSet<String>) {
        let by_name = [
            ("Angola", Some("AGO")),
            ("Congo", None), // ambiguous in i18n-iso-countries
            ("Anguilla", Some("AIA")),
        ]
        .into_iter()
        .map(|(n, c)| (n.to_string(), c.map(str::to_string)))
        .collect();
        let countries = ["AGO", "COG", "CPV"]
            .into_iter()
            .map(str::to_string)
            .collect();
        (by_name, countries)
    }

    #[test]
    fn name_joins() {
        let (by_name, countries) = index();
        assert_eq!(
            match_name("Angola", &by_name, &countries),
            NameMatch::Country("AGO".into())
        );
        assert_eq!(
            match_name("Congo", &by_name, &countries),
            NameMatch::Country("COG".into())
        );
        assert_eq!(
            match_name("Timor", &by_name, &countries),
            NameMatch::OutsideList("TLS".into())
        );
        assert_eq!(
            match_name("Anguilla", &by_name, &countries),
            NameMatch::OutsideList("AIA".into())
        );
        assert_eq!(
            match_name("World", &by_name, &countries),
            NameMatch::NotACountry
        );
        assert_eq!(
            match_name("Atlantis", &by_name, &countries),
            NameMatch::Unknown
        );
    }
}
