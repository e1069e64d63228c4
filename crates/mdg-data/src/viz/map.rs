//! The colour of every country on a choropleth, in the map's drawing order.
//!
//! The map keeps one colour signal per drawn country and writes only those whose bin moved, so a
//! step of the year slider compares two short lists instead of rebuilding a table keyed by name.

use std::collections::BTreeMap;

use super::Bins;
use crate::{SeriesValues, WorldMap};

impl WorldMap {
    /// ISO3 of every country drawn, in drawing order: the shapes, then the dots of small states.
    pub fn drawn(&self) -> impl Iterator<Item = &str> + '_ {
        let shapes = self.shapes.iter().map(|s| s.iso3.as_str());
        shapes.chain(self.dots.iter().map(|d| d.iso3.as_str()))
    }
}

/// The colour bin of each country of `order` in `year`: its latest value at or before `year`,
/// binned with `bins`; `None` (no data) where it has no value by then.
pub fn bins_in_year<'a>(
    order: impl IntoIterator<Item = &'a str>,
    values: &BTreeMap<String, SeriesValues>,
    bins: &Bins,
    year: u16,
) -> Vec<Option<u8>> {
    order
        .into_iter()
        .map(|iso3| {
            let (_, v) = values.get(iso3)?.latest_at_or_before(year)?;
            // At most 255 bins: a map has a handful of colours.
            Some(u8::try_from(bins.bin(v)).unwrap_or(u8::MAX))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Dot, Shape};

    fn world() -> WorldMap {
        let shape = |iso3: &str| Shape {
            iso3: iso3.into(),
            d: "M0 0h1v1z".into(),
            x: 0.0,
            y: 0.0,
        };
        WorldMap {
            schema_version: crate::SCHEMA_VERSION,
            projection: "Equal Earth".into(),
            source: "test".into(),
            width: 10.0,
            height: 5.0,
            outline: String::new(),
            shapes: vec![shape("BRA"), shape("KEN")],
            dots: vec![Dot {
                iso3: "MLT".into(),
                x: 1.0,
                y: 1.0,
            }],
            other: Vec::new(),
        }
    }

    #[test]
    fn drawn_lists_shapes_then_dots() {
        assert_eq!(world().drawn().collect::<Vec<_>>(), ["BRA", "KEN", "MLT"]);
    }

    #[test]
    fn each_country_takes_the_bin_of_its_latest_value() {
        let bins = Bins {
            bounds: vec![10.0, 20.0],
            min: 0.0,
            max: 30.0,
        };
        let values = BTreeMap::from([
            // 1990: 25, 1991: none, 1992: 5.
            (
                "KEN".to_owned(),
                SeriesValues {
                    start: 1990,
                    values: vec![Some(25.0), None, Some(5.0)],
                },
            ),
            (
                "MLT".to_owned(),
                SeriesValues {
                    start: 1992,
                    values: vec![Some(15.0)],
                },
            ),
            // Not drawn: ignored.
            (
                "WLD".to_owned(),
                SeriesValues {
                    start: 1990,
                    values: vec![Some(1.0)],
                },
            ),
        ]);
        let w = world();
        let at = |year| bins_in_year(w.drawn(), &values, &bins, year);
        assert_eq!(at(1989), [None, None, None]);
        assert_eq!(at(1990), [None, Some(2), None]);
        // 1991 has no value: the 1990 one still counts.
        assert_eq!(at(1991), [None, Some(2), None]);
        assert_eq!(at(1992), [None, Some(0), Some(1)]);
        assert_eq!(at(2015), [None, Some(0), Some(1)]);
    }
}
