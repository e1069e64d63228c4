//! Linear scales, "nice" axis ticks and SVG line paths.

use std::fmt::Write as _;

/// Maps a domain `[d0, d1]` linearly onto a range `[r0, r1]` (SVG user units).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// Domain start.
    pub d0: f64,
    /// Domain end.
    pub d1: f64,
    /// Range start.
    pub r0: f64,
    /// Range end.
    pub r1: f64,
}

impl LinearScale {
    /// A scale from `domain` to `range`; a zero-width domain maps everything to the range's middle.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale {
            d0: domain.0,
            d1: domain.1,
            r0: range.0,
            r1: range.1,
        }
    }

    /// The range position of `v`.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON {
            return f64::midpoint(self.r0, self.r1);
        }
        self.r0 + (v - self.d0) / span * (self.r1 - self.r0)
    }
}

/// Round tick values covering `[min, max]` with about `count` steps of 1, 2 or 5 × 10ⁿ; the first
/// tick is at or below `min` and the last at or above `max`, so they also give a padded domain.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if !min.is_finite() || !max.is_finite() {
        return Vec::new();
    }
    let (min, max) = if (max - min).abs() < f64::EPSILON {
        if min == 0.0 {
            (0.0, 1.0)
        } else {
            (min - min.abs() * 0.1, max + max.abs() * 0.1)
        }
    } else {
        (min, max)
    };
    let raw = (max - min) / count.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let start = (min / step).floor();
    let end = (max / step).ceil();
    let mut ticks = Vec::new();
    let mut i = start;
    while i <= end + 0.5 {
        // Multiply rather than accumulate, and round away float noise (0.30000000000000004).
        let t = i * step;
        let t = (t / step).round() * step;
        ticks.push(if t.abs() < step * 1e-9 { 0.0 } else { t });
        i += 1.0;
    }
    ticks
}

/// SVG path data through `points`, one sub-path per run of consecutive points: a `None` breaks
/// the line, so a gap in the data stays a visible gap. Coordinates are rounded to 0.1 unit.
pub fn line_path(points: &[Option<(f64, f64)>]) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for p in points {
        match p {
            Some((x, y)) => {
                let cmd = if pen_down { 'L' } else { 'M' };
                let _ = write!(d, "{cmd}{x:.1} {y:.1}");
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    d
}

/// A chart line's points: (year, value), in year order.
pub type Points = Vec<(u16, f64)>;

/// A line's points split at the "as of" year: those known by then, and those that came later.
/// The later part starts again from the last known point, so the two draw as one line.
pub fn split_as_of(points: &[(u16, f64)], as_of: u16) -> (Points, Points) {
    let (known, after) = points.split_at(points.partition_point(|&(year, _)| year <= as_of));
    let later = match known.last() {
        _ if after.is_empty() => Vec::new(),
        Some(&last) => std::iter::once(last).chain(after.iter().copied()).collect(),
        None => after.to_vec(),
    };
    (known.to_vec(), later)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_as_of_joins_the_parts() {
        let pts = [(1990, 1.0), (2000, 2.0), (2005, 3.0), (2010, 4.0)];
        assert_eq!(
            split_as_of(&pts, 2004),
            (
                vec![(1990, 1.0), (2000, 2.0)],
                vec![(2000, 2.0), (2005, 3.0), (2010, 4.0)]
            )
        );
        assert_eq!(split_as_of(&pts, 2015), (pts.to_vec(), vec![]));
        assert_eq!(split_as_of(&pts, 1985), (vec![], pts.to_vec()));
        assert_eq!(split_as_of(&[], 2000), (vec![], vec![]));
    }

    #[test]
    fn scale_maps_and_inverts_direction() {
        let s = LinearScale::new((0.0, 100.0), (200.0, 0.0));
        assert_eq!(s.map(0.0), 200.0);
        assert_eq!(s.map(100.0), 0.0);
        assert_eq!(s.map(25.0), 150.0);
        let flat = LinearScale::new((5.0, 5.0), (0.0, 10.0));
        assert_eq!(flat.map(5.0), 5.0);
    }

    #[test]
    fn ticks_are_round_and_cover_the_domain() {
        assert_eq!(
            nice_ticks(0.0, 100.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(nice_ticks(3.2, 9.7, 4), vec![2.0, 4.0, 6.0, 8.0, 10.0]);
        let t = nice_ticks(0.1, 0.9, 4);
        assert_eq!(
            t,
            [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
                .iter()
                .map(|v| (v / 0.2f64).round() * 0.2)
                .collect::<Vec<_>>()
        );
        assert!(t.first().unwrap() <= &0.1 && t.last().unwrap() >= &0.9);
        // A flat series still gets an axis.
        assert!(nice_ticks(0.0, 0.0, 4).len() >= 2);
        let flat = nice_ticks(50.0, 50.0, 4);
        assert!(flat.first().unwrap() < &50.0 && flat.last().unwrap() > &50.0);
        assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
    }

    #[test]
    fn gaps_break_the_line() {
        let d = line_path(&[Some((0.0, 1.0)), Some((1.0, 2.0)), None, Some((3.0, 4.25))]);
        assert_eq!(d, "M0.0 1.0L1.0 2.0M3.0 4.2");
        assert_eq!(line_path(&[]), "");
    }
}
