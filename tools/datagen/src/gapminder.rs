//! Gapminder Systema Globalis: `datapoints/ddf--datapoints--<concept>--by--geo--time.csv`
//! (`geo,time,<concept>`), geo = Gapminder's lower-case code, mapped to ISO3 through
//! `entities/ddf--entities--geo--country.csv`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::error::{GenError, Result};
use crate::table::{parse_value, parse_year, Table};
use crate::values::{in_period, insert, Loaded};

/// Gapminder geos whose entity row has no ISO alpha-3 but that are bundle countries.
pub const GEO_OVERRIDES: &[(&str, &str)] = &[("kos", "XKX")];

/// Gapminder geo → bundle code (`None`: a known entity that is not a bundle country, e.g. a
/// territory outside the list or a historical state such as the USSR).
pub struct GeoMap {
    map: BTreeMap<String, Option<String>>,
    /// geo → (latitude, longitude), used for map dots.
    pub lat_lon: BTreeMap<String, (f64, f64)>,
}

impl GeoMap {
    /// Reads the entity table under `dir` (the Gapminder folder).
    pub fn read(dir: &Path, countries: &BTreeSet<String>) -> Result<Self> {
        let t = Table::read(&dir.join("entities/ddf--entities--geo--country.csv"))?;
        let (c_geo, c_a3, c_lat, c_lon) = (
            t.col("country")?,
            t.col("iso3166_1_alpha3")?,
            t.col("latitude")?,
            t.col("longitude")?,
        );
        let mut map = BTreeMap::new();
        let mut lat_lon = BTreeMap::new();
        for (line, r) in &t.rows {
            let geo = r[c_geo].trim().to_string();
            let code = GEO_OVERRIDES
                .iter()
                .find(|(g, _)| *g == geo)
                .map(|(_, c)| (*c).to_string())
                .or_else(|| Some(r[c_a3].trim().to_string()).filter(|a3| !a3.is_empty()));
            let kept = code.filter(|c| countries.contains(c));
            if let (Some(code), Some(lat), Some(lon)) = (
                &kept,
                parse_value(&t, *line, &r[c_lat])?,
                parse_value(&t, *line, &r[c_lon])?,
            ) {
                lat_lon.insert(code.clone(), (lat, lon));
            }
            if map.insert(geo.clone(), kept).is_some() {
                return Err(t.err(*line, format!("duplicate geo {geo:?}")));
            }
        }
        Ok(Self { map, lat_lon })
    }

    /// The bundle code of a geo: `Ok(None)` when known but not a bundle country.
    pub fn code(&self, geo: &str) -> Option<Option<&str>> {
        self.map.get(geo).map(Option::as_deref)
    }
}

/// The concept's name in `ddf--concepts.csv`.
fn concept_title(dir: &Path, concept: &str) -> Result<String> {
    let path = dir.join("ddf--concepts.csv");
    let t = Table::read(&path)?;
    let (c_concept, c_name) = (t.col("concept")?, t.col("name")?);
    t.rows
        .iter()
        .find(|(_, r)| &r[c_concept] == concept)
        .map(|(_, r)| r[c_name].to_string())
        .ok_or_else(|| GenError::file(&path, format!("concept {concept:?} not found")))
}

/// Reads the Gapminder concept `concept` under `dir` (the Gapminder folder).
pub fn load(dir: &Path, concept: &str, geos: &GeoMap) -> Result<Loaded> {
    let path = dir.join(format!(
        "datapoints/ddf--datapoints--{concept}--by--geo--time.csv"
    ));
    let t = Table::read(&path)?;
    let (c_geo, c_time, c_value) = (t.col("geo")?, t.col("time")?, t.col(concept)?);
    let mut out = Loaded {
        title: concept_title(dir, concept)?,
        ..Loaded::default()
    };
    for (line, r) in &t.rows {
        let geo = r[c_geo].trim();
        let year = parse_year(&t, *line, &r[c_time])?;
        let Some(value) = parse_value(&t, *line, &r[c_value])? else {
            continue;
        };
        match geos.code(geo) {
            None => {
                return Err(t.err(
                    *line,
                    format!("unknown Gapminder geo {geo:?} (not in the entity table)"),
                ))
            }
            Some(None) => {
                out.skipped.insert(geo.to_string());
            }
            Some(Some(code)) => {
                if in_period(year) {
                    insert(&mut out.countries, code, year, value, &t, *line)?;
                }
            }
        }
    }
    Ok(out)
}
