//! The colour of every country on a choropleth, in the map's drawing order.
//!
//! The map keeps one colour signal per drawn country and writes only those whose bin moved, so a
//! step of the year slider compares two short lists instead of rebuilding a table keyed by name.

use std::collections::BTreeMap;

use super::ColourScale;
use crate::{SeriesValues, WorldMap};

/// Room around the globe, in map units (the globe is 1000 wide). Equal Earth has flat poles,
/// and Greenland and Canada's islands come within 3 units of the top: without a margin they
/// touch the frame and look cut off, and a focused country's outline (2.5 wide) or a small
/// state's dot (radius 4) at the edge would be clipped.
pub const MAP_MARGIN: f64 = 12.0;

/// An SVG `viewBox`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl ViewBox {
    /// The `viewBox` attribute.
    pub fn attr(&self) -> String {
        format!("{} {} {} {}", self.x, self.y, self.width, self.height)
    }

    /// Where the point (`x`, `y`) lies in the box, in percent of its width and height (to place
    /// an HTML tooltip over the SVG).
    pub fn percent(&self, x: f64, y: f64) -> (f64, f64) {
        (
            (x - self.x) / self.width * 100.0,
            (y - self.y) / self.height * 100.0,
        )
    }
}

impl WorldMap {
    /// ISO3 of every country drawn, in drawing order: the shapes, then the dots of small states.
    pub fn drawn(&self) -> impl Iterator<Item = &str> + '_ {
        let shapes = self.shapes.iter().map(|s| s.iso3.as_str());
        shapes.chain(self.dots.iter().map(|d| d.iso3.as_str()))
    }

    /// The whole globe with [`MAP_MARGIN`] all round.
    pub fn view_box(&self) -> ViewBox {
        ViewBox {
            x: -MAP_MARGIN,
            y: -MAP_MARGIN,
            width: self.width + 2.0 * MAP_MARGIN,
            height: self.height + 2.0 * MAP_MARGIN,
        }
    }
}

/// The palette step of each country of `order` in `year`: its latest value at or before `year`,
/// coloured with `scale`; `None` (no data) where it has no value by then.
pub fn steps_in_year<'a>(
    order: impl IntoIterator<Item = &'a str>,
    values: &BTreeMap<String, SeriesValues>,
    scale: &ColourScale,
    year: u16,
) -> Vec<Option<u8>> {
    order
        .into_iter()
        .map(|iso3| {
            let (_, v) = values.get(iso3)?.latest_at_or_before(year)?;
            Some(scale.step(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::viz::Bins;
    use crate::{Direction, Dot, Shape};

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
    fn the_view_box_holds_the_globe_with_a_margin() {
        let b = world().view_box();
        assert_eq!(b.attr(), "-12 -12 34 29");
        // The globe's corners lie inside, MAP_MARGIN from each edge.
        assert_eq!(b.percent(-12.0, -12.0), (0.0, 0.0));
        let (x, y) = b.percent(0.0, 0.0);
        assert!(x > 0.0 && y > 0.0);
        let (x, y) = b.percent(10.0, 5.0);
        assert!(x < 100.0 && y < 100.0);
        assert_eq!(b.percent(22.0, 17.0), (100.0, 100.0));
    }

    #[test]
    fn drawn_lists_shapes_then_dots() {
        assert_eq!(world().drawn().collect::<Vec<_>>(), ["BRA", "KEN", "MLT"]);
    }

    #[test]
    fn each_country_takes_the_colour_of_its_latest_value() {
        // Three bins, higher is better: steps 0, 2 and 4 of the palette.
        let scale = ColourScale {
            bins: Bins {
                bounds: vec![10.0, 20.0],
                min: 0.0,
                max: 30.0,
            },
            direction: Direction::HigherIsBetter,
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
        let at = |year| steps_in_year(w.drawn(), &values, &scale, year);
        assert_eq!(at(1989), [None, None, None]);
        assert_eq!(at(1990), [None, Some(4), None]);
        // 1991 has no value: the 1990 one still counts.
        assert_eq!(at(1991), [None, Some(4), None]);
        assert_eq!(at(1992), [None, Some(0), Some(2)]);
        assert_eq!(at(2015), [None, Some(0), Some(2)]);
        // Lower is better: the same values, the palette the other way round.
        let lower = ColourScale {
            direction: Direction::LowerIsBetter,
            ..scale.clone()
        };
        assert_eq!(
            steps_in_year(w.drawn(), &values, &lower, 2015),
            [None, Some(4), Some(2)]
        );
    }
}
