//! `availability.json`: which countries could measure which MDG indicators, year by year.
//!
//! Computed by the converter from the bundled series values ([`compute`]); a test recomputes it
//! from `public/data/indicator/*.json` and compares, so the file always says what the bundled
//! values say. An indicator (2003 list) is measured for a country in a year when any series that
//! measures it has a value for that country and year.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Countries, Framework, IndicatorFile, FIRST_YEAR, LAST_YEAR, SCHEMA_VERSION};

/// Number of years covered, 1990–2015.
pub const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Availability {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// First year of every `counts` list (1990).
    pub first_year: u16,
    /// Per 2003 indicator with at least one series, in official order: how many countries had a
    /// value, year by year.
    pub indicators: Vec<IndicatorCounts>,
    /// Per country (ISO3 order): how many indicators it had a value for, year by year.
    pub countries: Vec<CountryCounts>,
}

/// Countries with a value for one indicator, per year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorCounts {
    /// 2003 indicator id ("1".."48").
    pub id: String,
    /// One count per year from [`Availability::first_year`].
    pub counts: Vec<u16>,
}

/// Indicators with a value for one country, per year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCounts {
    /// ISO3.
    pub code: String,
    /// One count per year from [`Availability::first_year`].
    pub counts: Vec<u16>,
}

/// Computes the file from the framework, the country list and every indicator file.
pub fn compute(
    framework: &Framework,
    countries: &Countries,
    files: &[IndicatorFile],
) -> Availability {
    let by_series: BTreeMap<&str, &IndicatorFile> =
        files.iter().map(|f| (f.series.as_str(), f)).collect();
    let mut per_country: BTreeMap<&str, Vec<u16>> = countries
        .countries
        .iter()
        .map(|c| (c.iso3.as_str(), vec![0; YEARS]))
        .collect();
    let mut indicators = Vec::new();
    for indicator in framework.indicators.iter().filter(|i| !i.series.is_empty()) {
        let mut counts = vec![0u16; YEARS];
        for (code, years) in &mut per_country {
            let slots = counts.iter_mut().zip(years.iter_mut());
            for ((count, per_year), year) in slots.zip(FIRST_YEAR..=LAST_YEAR) {
                let measured = indicator.series.iter().any(|s| {
                    by_series
                        .get(s.as_str())
                        .and_then(|f| f.countries.get(*code))
                        .and_then(|v| v.get(year))
                        .is_some()
                });
                if measured {
                    *count += 1;
                    *per_year += 1;
                }
            }
        }
        indicators.push(IndicatorCounts {
            id: indicator.id.clone(),
            counts,
        });
    }
    Availability {
        schema_version: SCHEMA_VERSION,
        first_year: FIRST_YEAR,
        indicators,
        countries: per_country
            .into_iter()
            .map(|(code, counts)| CountryCounts {
                code: code.to_string(),
                counts,
            })
            .collect(),
    }
}

/// Bands of "number of indicators measured" for the heat map's rows: inclusive `(low, high)`.
pub const BANDS: [(u16, u16); 7] = [
    (0, 0),
    (1, 5),
    (6, 10),
    (11, 15),
    (16, 20),
    (21, 25),
    (26, u16::MAX),
];

/// One year of the overview: how many countries fall in each band of [`BANDS`], and a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearSummary {
    /// The year.
    pub year: u16,
    /// Countries per band, same order as [`BANDS`].
    pub bands: Vec<u16>,
    /// Countries with at least one indicator.
    pub any: u16,
    /// Median number of indicators per country (lower median for an even count).
    pub median: u16,
    /// Most indicators any country had.
    pub max: u16,
}

impl Availability {
    /// The year of `counts[i]`.
    pub fn year(&self, i: usize) -> u16 {
        self.first_year + i as u16
    }

    /// The overview for every year.
    pub fn years(&self) -> Vec<YearSummary> {
        (0..YEARS)
            .map(|i| {
                let mut per_country: Vec<u16> =
                    // A short list (a damaged file) counts as no data for the missing years.
                    self.countries.iter().map(|c| c.counts.get(i).copied().unwrap_or(0)).collect();
                per_country.sort_unstable();
                let bands = BANDS
                    .iter()
                    .map(|&(lo, hi)| {
                        per_country.iter().filter(|&&n| n >= lo && n <= hi).count() as u16
                    })
                    .collect();
                let median = per_country
                    .get(per_country.len().saturating_sub(1) / 2)
                    .copied()
                    .unwrap_or(0);
                YearSummary {
                    year: self.year(i),
                    bands,
                    any: per_country.iter().filter(|&&n| n > 0).count() as u16,
                    median,
                    max: per_country.last().copied().unwrap_or(0),
                }
            })
            .collect()
    }

    /// The counts of one indicator, if it has any series.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorCounts> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The first and last year with at least one country, and the best-covered year with its
    /// count, for one indicator; `None` when no country ever has a value.
    pub fn indicator_span(&self, id: &str) -> Option<IndicatorSpan> {
        let counts = &self.indicator(id)?.counts;
        let first = counts.iter().position(|&n| n > 0)?;
        let last = counts.iter().rposition(|&n| n > 0)?;
        let (best, &most) = counts
            .iter()
            .enumerate()
            .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
        Some(IndicatorSpan {
            first: self.year(first),
            last: self.year(last),
            best_year: self.year(best),
            best_countries: most,
        })
    }
}

/// Coverage of one indicator over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorSpan {
    /// First year any country has a value.
    pub first: u16,
    /// Last year any country has a value.
    pub last: u16,
    /// The year with most countries (the earliest when tied).
    pub best_year: u16,
    /// How many countries in that year.
    pub best_countries: u16,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SeriesValues;

    fn av(countries: &[(&str, [u16; 3])]) -> Availability {
        Availability {
            schema_version: 1,
            first_year: 1990,
            indicators: vec![IndicatorCounts {
                id: "1".into(),
                counts: [vec![0, 3, 0], vec![0; YEARS - 3]].concat(),
            }],
            countries: countries
                .iter()
                .map(|(code, c)| CountryCounts {
                    code: code.to_string(),
                    counts: [c.to_vec(), vec![0; YEARS - 3]].concat(),
                })
                .collect(),
        }
    }

    #[test]
    fn years_band_countries_and_summarise() {
        let a = av(&[("AAA", [0, 1, 30]), ("BBB", [0, 6, 2]), ("CCC", [0, 5, 0])]);
        let years = a.years();
        assert_eq!(years.len(), YEARS);
        assert_eq!(years[0].year, 1990);
        assert_eq!(years[0].bands, vec![3, 0, 0, 0, 0, 0, 0]);
        assert_eq!((years[0].any, years[0].median, years[0].max), (0, 0, 0));
        // 1991: 1, 5 and 6 indicators.
        assert_eq!(years[1].bands, vec![0, 2, 1, 0, 0, 0, 0]);
        assert_eq!((years[1].any, years[1].median, years[1].max), (3, 5, 6));
        // 1992: 0, 2 and 30 (the open top band).
        assert_eq!(years[2].bands, vec![1, 1, 0, 0, 0, 0, 1]);
        assert_eq!(years[2].median, 2);
        assert_eq!(years[25].year, 2015);
    }

    #[test]
    fn indicator_span() {
        let a = av(&[]);
        let span = a.indicator_span("1").unwrap();
        assert_eq!(
            (span.first, span.last, span.best_year, span.best_countries),
            (1991, 1991, 1991, 3)
        );
        assert!(a.indicator_span("2").is_none());
        let mut empty = a.clone();
        empty.indicators[0].counts = vec![0; YEARS];
        assert!(empty.indicator_span("1").is_none());
    }

    #[test]
    fn compute_counts_any_series_once() {
        let framework: Framework =
            serde_json::from_str(include_str!("../../../public/data/framework.json")).unwrap();
        let countries: Countries =
            serde_json::from_str(include_str!("../../../public/data/countries.json")).unwrap();
        // Indicator 1 is measured by one or more series: give one country a value in two of them
        // for 1995 and check it counts once.
        let ind = framework
            .indicators
            .iter()
            .find(|i| i.series.len() >= 2)
            .expect("an indicator with two series");
        let code = countries.countries[0].iso3.clone();
        let files: Vec<IndicatorFile> = ind.series[..2]
            .iter()
            .map(|s| IndicatorFile {
                schema_version: 1,
                series: s.clone(),
                countries: [(
                    code.clone(),
                    SeriesValues::from_points([(1995, 1.0)]).unwrap(),
                )]
                .into(),
                aggregates: BTreeMap::new(),
            })
            .collect();
        let a = compute(&framework, &countries, &files);
        let counts = &a.indicator(&ind.id).unwrap().counts;
        assert_eq!(counts[5], 1);
        assert_eq!(counts.iter().sum::<u16>(), 1);
        let c = a.countries.iter().find(|c| c.code == code).unwrap();
        assert_eq!(c.counts[5], 1);
        assert_eq!(a.countries.len(), countries.countries.len());
        assert_eq!(
            a.indicators.len(),
            framework
                .indicators
                .iter()
                .filter(|i| !i.series.is_empty())
                .count()
        );
    }
}
