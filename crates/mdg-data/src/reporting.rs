//! What the record of national MDG Reports (`mdgr.json`) says about reporting: who reported
//! when, how often, which regions least, what one country had published by a year, and which
//! indicators the bundled data could have given a report in its year.
//!
//! The record is not complete (see [`Reports::complete`]): every figure here counts *verified
//! entries*, and the views say so.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Countries, EntityFile, Framework, Indicator, Report, ReportEntries, Reports};

/// One year of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearTally {
    /// The year.
    pub year: u16,
    /// Reports published that year.
    pub reports: usize,
    /// Countries whose first report in the record appeared that year.
    pub first_reports: usize,
    /// Countries with at least one report published that year or earlier.
    pub countries_so_far: usize,
}

/// How far apart a country's reports came, over every country with two or more.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Intervals {
    /// Median gap in years between consecutive reports (mean of the middle two for an even
    /// count).
    pub median: f64,
    /// Shortest gap.
    pub min: u16,
    /// Longest gap.
    pub max: u16,
    /// How many gaps were measured.
    pub gaps: usize,
    /// How many countries they come from.
    pub countries: usize,
}

/// One region's share of reporting countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionTally {
    /// Group id of the MDG region (`countries.json` groups).
    pub region: String,
    /// Countries of the region with at least one report in the record.
    pub reporting: usize,
    /// Countries of the region in `countries.json`.
    pub total: usize,
}

impl RegionTally {
    /// Share of the region's countries that reported, 0–1 (0 for an empty region).
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.reporting as f64 / self.total as f64
        }
    }
}

/// One country's row of the country × year view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryYears {
    /// ISO3.
    pub iso3: String,
    /// Year → reports published that year.
    pub years: BTreeMap<u16, usize>,
}

impl Reports {
    /// The reports of one country, oldest first.
    pub fn of_country<'a>(&'a self, iso3: &'a str) -> impl Iterator<Item = &'a Report> + 'a {
        let mut list: Vec<&Report> = self.reports.iter().filter(|r| r.iso3 == iso3).collect();
        list.sort_by(|a, b| (a.year, &a.title).cmp(&(b.year, &b.title)));
        list.into_iter()
    }

    /// What a country's file carries of the record: its reports and the record's note.
    pub fn entries_of(&self, iso3: &str) -> ReportEntries {
        ReportEntries {
            note: self.note.clone(),
            list: self.of_country(iso3).cloned().collect(),
        }
    }

    /// Countries with at least one report.
    pub fn countries(&self) -> BTreeSet<&str> {
        self.reports.iter().map(|r| r.iso3.as_str()).collect()
    }

    /// First and last publication year in the record.
    pub fn year_span(&self) -> Option<(u16, u16)> {
        let min = self.reports.iter().map(|r| r.year).min()?;
        let max = self.reports.iter().map(|r| r.year).max()?;
        Some((min, max))
    }

    /// Countries with at least one report published in `year` or earlier.
    pub fn countries_by(&self, year: u16) -> usize {
        self.reports
            .iter()
            .filter(|r| r.year <= year)
            .map(|r| r.iso3.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// Year by year from `first` to `last` (inclusive): reports, first reports and the
    /// cumulative count of reporting countries.
    pub fn tally(&self, first: u16, last: u16) -> Vec<YearTally> {
        let mut first_year: BTreeMap<&str, u16> = BTreeMap::new();
        for r in &self.reports {
            let y = first_year.entry(r.iso3.as_str()).or_insert(r.year);
            *y = (*y).min(r.year);
        }
        (first..=last)
            .map(|year| YearTally {
                year,
                reports: self.reports.iter().filter(|r| r.year == year).count(),
                first_reports: first_year.values().filter(|&&y| y == year).count(),
                countries_so_far: first_year.values().filter(|&&y| y <= year).count(),
            })
            .collect()
    }

    /// Gaps between each country's consecutive report years (several reports in one year count
    /// once), or `None` when no country has reports in two different years.
    pub fn intervals(&self) -> Option<Intervals> {
        let mut years: BTreeMap<&str, BTreeSet<u16>> = BTreeMap::new();
        for r in &self.reports {
            years.entry(r.iso3.as_str()).or_default().insert(r.year);
        }
        let mut gaps = Vec::new();
        let mut countries = 0;
        for ys in years.values().filter(|ys| ys.len() > 1) {
            countries += 1;
            let ys: Vec<u16> = ys.iter().copied().collect();
            gaps.extend(ys.windows(2).filter_map(|w| match w {
                [a, b] => Some(b - a),
                _ => None,
            }));
        }
        gaps.sort_unstable();
        let median = median(&gaps)?;
        Some(Intervals {
            median,
            min: gaps.first().copied()?,
            max: gaps.last().copied()?,
            gaps: gaps.len(),
            countries,
        })
    }

    /// Every MDG region of `countries` with how many of its countries reported, the regions
    /// that reported least (smallest share) first; ties by region id.
    pub fn by_region(&self, countries: &Countries) -> Vec<RegionTally> {
        let reporting = self.countries();
        let mut regions: BTreeMap<&str, RegionTally> = BTreeMap::new();
        for c in &countries.countries {
            let t = regions
                .entry(c.mdg_region.as_str())
                .or_insert_with(|| RegionTally {
                    region: c.mdg_region.clone(),
                    reporting: 0,
                    total: 0,
                });
            t.total += 1;
            if reporting.contains(c.iso3.as_str()) {
                t.reporting += 1;
            }
        }
        let mut list: Vec<RegionTally> = regions.into_values().collect();
        list.sort_by(|a, b| {
            a.share()
                .total_cmp(&b.share())
                .then_with(|| a.region.cmp(&b.region))
        });
        list
    }

    /// The country × year view: one row per reporting country, in ISO3 order.
    pub fn country_years(&self) -> Vec<CountryYears> {
        let mut rows: BTreeMap<&str, BTreeMap<u16, usize>> = BTreeMap::new();
        for r in &self.reports {
            *rows
                .entry(r.iso3.as_str())
                .or_default()
                .entry(r.year)
                .or_default() += 1;
        }
        rows.into_iter()
            .map(|(iso3, years)| CountryYears {
                iso3: iso3.to_owned(),
                years,
            })
            .collect()
    }
}

/// Median of sorted values (mean of the middle two for an even count).
fn median(sorted: &[u16]) -> Option<f64> {
    let n = sorted.len();
    let mid = sorted.get(n / 2).copied().map(f64::from)?;
    if n % 2 == 1 {
        return Some(mid);
    }
    let low = sorted.get(n / 2 - 1).copied().map(f64::from)?;
    Some(f64::midpoint(low, mid))
}

/// The 2003 indicators for which the bundled data holds a value for this country in the
/// `window` years up to and including `year` (e.g. 2006–2010 for a 2010 report and a window of
/// five): what a report published in `year` could have tracked from this data, in official
/// order.
pub fn trackable<'a>(
    framework: &'a Framework,
    entity: &EntityFile,
    year: u16,
    window: u16,
) -> Vec<&'a Indicator> {
    let from = year.saturating_sub(window.saturating_sub(1));
    framework
        .indicators
        .iter()
        .filter(|i| {
            i.series.iter().any(|s| {
                entity
                    .series
                    .get(s)
                    .is_some_and(|v| (from..=year).any(|y| v.get(y).is_some()))
            })
        })
        .collect()
}

/// For each year from `first` to `last`: how many 2003 indicators the bundled data holds a
/// value for, for this country, that year (the same count as `availability.json`'s row for it,
/// worked out from the country's own file so a profile need not download the other).
pub fn measured_per_year(
    framework: &Framework,
    entity: &EntityFile,
    first: u16,
    last: u16,
) -> Vec<(u16, usize)> {
    (first..=last)
        .map(|year| {
            let n = framework
                .indicators
                .iter()
                .filter(|i| {
                    i.series
                        .iter()
                        .any(|s| entity.series.get(s).is_some_and(|v| v.get(year).is_some()))
                })
                .count();
            (year, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Seen;
    use crate::Text;

    fn report(iso3: &str, year: u16, title: &str) -> Report {
        Report {
            iso3: iso3.into(),
            year,
            title: title.into(),
            publisher: None,
            language: vec![],
            url: "https://example.org".into(),
            seen: Seen::Record,
            note: String::new(),
        }
    }

    fn record(list: Vec<Report>) -> Reports {
        Reports {
            schema_version: 1,
            source: "s".into(),
            complete: false,
            note: Text::default(),
            reports: list,
        }
    }

    #[test]
    fn tally_counts_first_reports_and_cumulative_countries() {
        let r = record(vec![
            report("KEN", 2003, "a"),
            report("KEN", 2005, "b"),
            report("GHA", 2003, "c"),
            report("BEN", 2005, "d"),
        ]);
        let t = r.tally(2002, 2005);
        assert_eq!(t[0].countries_so_far, 0);
        assert_eq!(
            (t[1].reports, t[1].first_reports, t[1].countries_so_far),
            (2, 2, 2)
        );
        assert_eq!(
            (t[3].reports, t[3].first_reports, t[3].countries_so_far),
            (2, 1, 3)
        );
        assert_eq!(r.countries_by(2004), 2);
        assert_eq!(r.countries_by(2016), 3);
        assert_eq!(r.year_span(), Some((2003, 2005)));
    }

    #[test]
    fn intervals_use_distinct_years_per_country() {
        let r = record(vec![
            report("KEN", 2003, "a"),
            report("KEN", 2003, "a (summary)"),
            report("KEN", 2005, "b"),
            report("KEN", 2010, "c"),
            report("GHA", 2004, "d"),
            report("GHA", 2007, "e"),
            report("BEN", 2005, "only one"),
        ]);
        let i = r.intervals().unwrap();
        // Gaps 2, 5 (KEN) and 3 (GHA): median 3.
        assert_eq!(
            (i.median, i.min, i.max, i.gaps, i.countries),
            (3.0, 2, 5, 3, 2)
        );
        assert!(record(vec![report("KEN", 2003, "a")]).intervals().is_none());
        assert_eq!(median(&[2, 3, 4, 5]), Some(3.5));
    }

    #[test]
    fn regions_that_reported_least_come_first() {
        let countries: Countries = serde_json::from_value(serde_json::json!({
            "schema_version": 1,
            "countries": [
                {"iso3": "KEN", "iso2": "KE", "numeric": 404, "name": {"en": "Kenya", "fr": "Kenya", "es": "Kenya"}, "mdg_region": "ssa", "wb_region": "SSF", "income_group": "LMC", "ldc": false, "lldc": false, "sids": false},
                {"iso3": "GHA", "iso2": "GH", "numeric": 288, "name": {"en": "Ghana", "fr": "Ghana", "es": "Ghana"}, "mdg_region": "ssa", "wb_region": "SSF", "income_group": "LMC", "ldc": false, "lldc": false, "sids": false},
                {"iso3": "FRA", "iso2": "FR", "numeric": 250, "name": {"en": "France", "fr": "France", "es": "France"}, "mdg_region": "developed", "wb_region": "ECS", "income_group": "HIC", "ldc": false, "lldc": false, "sids": false}
            ],
            "aggregates": [],
            "groups": []
        }))
        .unwrap();
        let r = record(vec![report("KEN", 2003, "a")]);
        let regions = r.by_region(&countries);
        assert_eq!(regions[0].region, "developed");
        assert_eq!((regions[0].reporting, regions[0].total), (0, 1));
        assert_eq!((regions[1].reporting, regions[1].total), (1, 2));
        assert_eq!(regions[1].share(), 0.5);
    }

    #[test]
    fn country_years_and_of_country_are_ordered() {
        let r = record(vec![
            report("KEN", 2010, "b"),
            report("GHA", 2004, "x"),
            report("KEN", 2003, "a"),
            report("KEN", 2010, "a"),
        ]);
        let rows = r.country_years();
        assert_eq!(rows[0].iso3, "GHA");
        assert_eq!(rows[1].years.get(&2010), Some(&2));
        let titles: Vec<_> = r.of_country("KEN").map(|x| x.title.as_str()).collect();
        assert_eq!(titles, ["a", "a", "b"]);
    }
}
