//! Series values: `country/<ISO3>.json`, `aggregate/<CODE>.json` and `indicator/<id>.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, Serializer};

use super::reports::ReportEntries;

/// Annual values of one series for one country or aggregate: `values[i]` is the value for year
/// `start + i`; `null` means no data for that year (never zero, never interpolated). Trimmed:
/// the first and last values are not null.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesValues {
    /// Year of `values[0]`.
    pub start: u16,
    /// One entry per year.
    #[serde(serialize_with = "serialize_values")]
    pub values: Vec<Option<f64>>,
}

impl SeriesValues {
    /// Builds trimmed values from (year, value) pairs; `None` when there is no value at all.
    pub fn from_points(points: impl IntoIterator<Item = (u16, f64)>) -> Option<Self> {
        let map: BTreeMap<u16, f64> = points.into_iter().collect();
        let (&first, _) = map.first_key_value()?;
        let (&last, _) = map.last_key_value()?;
        let values = (first..=last).map(|y| map.get(&y).copied()).collect();
        Some(Self {
            start: first,
            values,
        })
    }

    /// Last year covered (`start` + length − 1).
    pub fn end(&self) -> u16 {
        let len = u16::try_from(self.values.len()).unwrap_or(u16::MAX);
        self.start.saturating_add(len.saturating_sub(1))
    }

    /// The value for `year`, if any.
    pub fn get(&self, year: u16) -> Option<f64> {
        let i = usize::from(year.checked_sub(self.start)?);
        self.values.get(i).copied().flatten()
    }

    /// All (year, value) pairs that have a value, in year order.
    pub fn points(&self) -> impl Iterator<Item = (u16, f64)> + '_ {
        // Bounded: an open range from a `start` near `u16::MAX` (a damaged file) would overflow,
        // a panic in a debug build; values past the last year are simply not reached.
        (self.start..=u16::MAX)
            .zip(self.values.iter())
            .filter_map(|(y, v)| v.map(|v| (y, v)))
    }

    /// The latest (year, value) at or before `year`.
    pub fn latest_at_or_before(&self, year: u16) -> Option<(u16, f64)> {
        self.points().take_while(|(y, _)| *y <= year).last()
    }

    /// The earliest (year, value) within `from..=to` (e.g. a 1990 baseline taken from 1990-1995).
    pub fn first_within(&self, from: u16, to: u16) -> Option<(u16, f64)> {
        self.points().find(|(y, _)| (from..=to).contains(y))
    }
}

/// Writes integral values as JSON integers (`12`, not `12.0`) so the files stay compact.
fn serialize_values<S: Serializer>(values: &[Option<f64>], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(values.len()))?;
    for v in values {
        match v {
            Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
                // Exact: |x| < 2^53 and integral.
                seq.serialize_element(&(*x as i64))?;
            }
            other => seq.serialize_element(other)?,
        }
    }
    seq.end()
}

/// Every series for one country (`country/<ISO3>.json`) or one aggregate
/// (`aggregate/<CODE>.json`): what a profile page downloads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityFile {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// ISO3 of the country or code of the aggregate.
    pub code: String,
    /// Series id → values; series without any value are absent.
    pub series: BTreeMap<String, SeriesValues>,
    /// A country's entries in the record of national MDG Reports (`mdgr.json`); absent for an
    /// aggregate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports: Option<ReportEntries>,
}

/// One series for every country and aggregate (`indicator/<series id>.json`): what the map,
/// chart and table of an indicator download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorFile {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The series id (see `Framework::series`).
    pub series: String,
    /// ISO3 → values; countries without any value are absent.
    pub countries: BTreeMap<String, SeriesValues>,
    /// Aggregate code → values; aggregates without any value are absent.
    pub aggregates: BTreeMap<String, SeriesValues>,
}

impl IndicatorFile {
    /// A country's or an aggregate's values; `None` when the series has no value for it.
    pub fn values(&self, code: &str) -> Option<&SeriesValues> {
        self.countries
            .get(code)
            .or_else(|| self.aggregates.get(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_points_trims_and_fills_gaps_with_null() {
        let v = SeriesValues::from_points([(1995, 3.0), (1992, 1.5)]).unwrap();
        assert_eq!(v.start, 1992);
        assert_eq!(v.values, vec![Some(1.5), None, None, Some(3.0)]);
        assert_eq!(v.end(), 1995);
        assert_eq!(v.get(1995), Some(3.0));
        assert_eq!(v.get(1993), None);
        assert_eq!(v.get(1980), None);
        assert_eq!(v.latest_at_or_before(1994), Some((1992, 1.5)));
        assert_eq!(v.first_within(1993, 2000), Some((1995, 3.0)));
        assert!(SeriesValues::from_points([]).is_none());
    }

    #[test]
    fn values_are_found_among_countries_then_aggregates() {
        let v = |start| SeriesValues {
            start,
            values: vec![Some(1.0)],
        };
        let file = IndicatorFile {
            schema_version: crate::SCHEMA_VERSION,
            series: "gm_aid_given_gni".into(),
            countries: BTreeMap::from([("NOR".into(), v(1990))]),
            aggregates: BTreeMap::from([("WLD".into(), v(2000))]),
        };
        assert_eq!(file.values("NOR").map(|v| v.start), Some(1990));
        assert_eq!(file.values("WLD").map(|v| v.start), Some(2000));
        // A country the series does not cover (a donor series and a recipient).
        assert_eq!(file.values("KEN"), None);
    }

    #[test]
    fn integral_values_are_written_as_integers() {
        let v = SeriesValues {
            start: 1990,
            values: vec![Some(12.0), None, Some(0.25), Some(-3.0)],
        };
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"start":1990,"values":[12,null,0.25,-3]}"#
        );
    }
}
