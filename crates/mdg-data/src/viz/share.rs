//! The share of a country's judged indicators that are met or on track.

use crate::progress::Assessment;

/// How many of a country's indicators with a numeric target could be judged, and how many of
/// them are met or on track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShareOnTrack {
    /// Met or on track.
    pub on_track: usize,
    /// Judged at all (met, on track, too slow, moving away).
    pub judged: usize,
}

impl ShareOnTrack {
    /// `on_track / judged`, `None` when nothing could be judged (shown as "no data", not 0 %).
    pub fn share(&self) -> Option<f64> {
        (self.judged > 0).then(|| self.on_track as f64 / self.judged as f64)
    }
}

/// Counts judged assessments and those met or on track; insufficient data and series without a
/// numeric target are left out of both counts.
pub fn share_on_track<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> ShareOnTrack {
    let mut s = ShareOnTrack::default();
    for a in assessments {
        if a.status.is_judged() {
            s.judged += 1;
            if a.status.is_on_track() {
                s.on_track += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{assess, Method};
    use crate::{Direction, NumericTarget, SeriesValues, TargetRule};

    fn halve() -> NumericTarget {
        NumericTarget {
            rule: TargetRule::ReduceBy {
                numerator: 1,
                denominator: 2,
            },
            baseline_year: 1990,
            deadline: 2015,
        }
    }

    fn a(points: &[(u16, f64)]) -> Assessment {
        let v = SeriesValues::from_points(points.iter().copied()).unwrap();
        assess(
            &v,
            Some(&halve()),
            Direction::LowerIsBetter,
            2015,
            Method::WorldBank2003,
        )
    }

    #[test]
    fn counts_only_judged() {
        let list = [
            a(&[(1990, 40.0), (2015, 10.0)]), // met
            a(&[(1990, 40.0), (2000, 39.0)]), // too slow
            a(&[(1990, 40.0), (2010, 45.0)]), // moving away
            a(&[(2000, 40.0), (2010, 10.0)]), // no baseline: insufficient
            assess(
                &SeriesValues::from_points([(1990, 1.0), (2000, 2.0)]).unwrap(),
                None,
                Direction::Neutral,
                2015,
                Method::WorldBank2003,
            ),
        ];
        let s = share_on_track(&list);
        assert_eq!(
            s,
            ShareOnTrack {
                on_track: 1,
                judged: 3
            }
        );
        assert!((s.share().unwrap() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(share_on_track(&[]).share(), None);
    }
}
