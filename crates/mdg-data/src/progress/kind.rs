//! How each kind of target rule is measured: the quantity whose rate of change is compared.

use crate::{Direction, Series, TargetRule};

/// Half-width of the gender-parity band, relative to the parity level: a ratio of girls to boys
/// within 0.97–1.03 (97–103 women per 100 men) counts as parity (the UNESCO convention).
pub const PARITY_TOLERANCE: f64 = 0.03;

/// 2003 indicators whose target is gender parity (target 4): ratios of girls to boys in
/// education (9) and of literate women to men aged 15–24 (10).
const PARITY_INDICATORS: [&str; 2] = ["9", "10"];

/// Where a parity baseline lies relative to the parity band, i.e. which disparity the target
/// has to eliminate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParitySide {
    /// Below the band (girls or women disadvantaged): the measure is `level − value`, floored at
    /// 0, so passing beyond parity counts as reached (see [`super::Assessment::overshoot`]).
    Below,
    /// Above the band (boys or men disadvantaged): the measure is `value − level`, floored at 0.
    Above,
    /// Already within the band: the measure is `|value − level|`, a move out either way counts.
    Within,
}

/// A target rule resolved into the quantity the method works on (its *measure*). The target
/// always asks the measure to shrink, so progress is a negative rate of the measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TargetKind {
    /// "Reduce by a fraction" ([`TargetRule::ReduceBy`]): the measure is the value itself;
    /// geometric rates (fraction per year).
    ReduceBy,
    /// "Reduce the shortfall by a fraction" ([`TargetRule::ReduceShortfallBy`]): the measure is
    /// the shortfall `level − value` (floored at 0); geometric rates (fraction per year).
    ReduceShortfall {
        /// The full level, e.g. 100 %.
        level: f64,
    },
    /// "Reach a level" ([`TargetRule::Reach`], e.g. 100 % enrolment): the measure is the gap
    /// still to cover (floored at 0, so a gross rate above the level counts as the level).
    /// Without a tolerance, linear rates (units of the value per year), because a geometric rate
    /// never closes a gap to zero; with one, the World Bank's recasting: the gap reduced
    /// geometrically to the tolerance.
    Reach {
        /// The level to reach.
        level: f64,
        /// Whether the level is approached from below (higher is better).
        upward: bool,
        /// Points short of the level that count as reaching it (0: none).
        tolerance: f64,
    },
    /// Gender parity (a [`TargetRule::Reach`] of parity): met within ±[`PARITY_TOLERANCE`] of
    /// the level; linear rates; the required rate closes the gap to the edge of that band. The
    /// target addresses the disparity found at the baseline, so the measure is the gap on that
    /// side ([`ParitySide`]).
    Parity {
        /// The parity level (1 for a ratio, 100 for "women per 100 men").
        level: f64,
        /// Where the baseline lies relative to the parity band.
        side: ParitySide,
    },
}

impl TargetKind {
    /// Resolves `rule` for a series whose baseline value is `baseline`. `parity` marks a
    /// [`TargetRule::Reach`] as gender parity (approached from the baseline's side); `direction`
    /// (or, when neutral, the side of the baseline) says from which side another level is
    /// approached.
    pub fn resolve(
        rule: &TargetRule,
        parity: bool,
        direction: Direction,
        baseline: f64,
        reach_tolerance: f64,
    ) -> Self {
        match *rule {
            TargetRule::ReduceBy { .. } => TargetKind::ReduceBy,
            TargetRule::ReduceShortfallBy { level, .. } => TargetKind::ReduceShortfall { level },
            TargetRule::Reach { level } if parity => {
                let tol = PARITY_TOLERANCE * level.abs();
                let side = if baseline < level - tol {
                    ParitySide::Below
                } else if baseline > level + tol {
                    ParitySide::Above
                } else {
                    ParitySide::Within
                };
                TargetKind::Parity { level, side }
            }
            TargetRule::Reach { level } => TargetKind::Reach {
                level,
                tolerance: reach_tolerance,
                upward: match direction {
                    Direction::HigherIsBetter => true,
                    Direction::LowerIsBetter => false,
                    Direction::Neutral => baseline <= level,
                },
            },
        }
    }

    /// Stable key of the method for translations ("`reduce_by`", "`reduce_shortfall`", "reach",
    /// "parity").
    pub const fn key(self) -> &'static str {
        match self {
            TargetKind::ReduceBy => "reduce_by",
            TargetKind::ReduceShortfall { .. } => "reduce_shortfall",
            TargetKind::Reach { .. } => "reach",
            TargetKind::Parity { .. } => "parity",
        }
    }

    /// Whether rates are geometric (fraction of the measure per year) rather than linear
    /// (units of the value per year).
    pub const fn is_geometric(self) -> bool {
        match self {
            TargetKind::ReduceBy | TargetKind::ReduceShortfall { .. } => true,
            TargetKind::Reach { tolerance, .. } => tolerance > 0.0,
            TargetKind::Parity { .. } => false,
        }
    }

    /// The measure of `value`: the quantity the target asks to shrink.
    pub fn measure(self, value: f64) -> f64 {
        match self {
            TargetKind::ReduceBy => value.max(0.0),
            TargetKind::ReduceShortfall { level } => (level - value).max(0.0),
            TargetKind::Reach {
                level,
                upward: true,
                ..
            } => (level - value).max(0.0),
            TargetKind::Reach {
                level,
                upward: false,
                ..
            } => (value - level).max(0.0),
            TargetKind::Parity { level, side } => match side {
                ParitySide::Below => (level - value).max(0.0),
                ParitySide::Above => (value - level).max(0.0),
                ParitySide::Within => (value - level).abs(),
            },
        }
    }

    /// The measure at which the target counts as met, given the target value.
    pub fn target_measure(self, target: f64) -> f64 {
        match self {
            TargetKind::ReduceBy => target.max(0.0),
            TargetKind::ReduceShortfall { level } => (level - target).max(0.0),
            TargetKind::Reach { tolerance, .. } => tolerance,
            TargetKind::Parity { level, .. } => PARITY_TOLERANCE * level.abs(),
        }
    }

    /// The value whose measure is `measure`; for parity within the band at the baseline, on the
    /// same side of the level as the value `side`.
    pub fn value_of(self, measure: f64, side: f64) -> f64 {
        match self {
            TargetKind::ReduceBy => measure,
            TargetKind::ReduceShortfall { level } => level - measure,
            TargetKind::Reach {
                level,
                upward: true,
                ..
            } => level - measure,
            TargetKind::Reach {
                level,
                upward: false,
                ..
            } => level + measure,
            TargetKind::Parity {
                level,
                side: ParitySide::Below,
            } => level - measure,
            TargetKind::Parity {
                level,
                side: ParitySide::Above,
            } => level + measure,
            TargetKind::Parity { level, .. } if side >= level => level + measure,
            TargetKind::Parity { level, .. } => level - measure,
        }
    }

    /// For parity, the band of values that counts as parity (e.g. 0.97–1.03).
    pub fn parity_band(self) -> Option<(f64, f64)> {
        match self {
            TargetKind::Parity { level, .. } => {
                let tol = PARITY_TOLERANCE * level.abs();
                Some((level - tol, level + tol))
            }
            _ => None,
        }
    }
}

/// Whether `series` is assessed as gender parity: a [`TargetRule::Reach`] of 1 (a ratio), or
/// of any level for a series measuring 2003 indicator 9 or 10 (e.g. "women per 100 men").
pub fn is_parity_series(series: &Series) -> bool {
    match series.target_rule.as_ref().map(|t| &t.rule) {
        Some(TargetRule::Reach { level }) => {
            is_parity_level(*level)
                || series
                    .mdg_2003
                    .iter()
                    .any(|i| PARITY_INDICATORS.contains(&i.as_str()))
        }
        _ => false,
    }
}

/// A reach level of exactly 1 is a ratio of girls to boys, i.e. parity.
pub(crate) fn is_parity_level(level: f64) -> bool {
    (level - 1.0).abs() < f64::EPSILON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_and_their_inverses() {
        let w = TargetKind::ReduceShortfall { level: 100.0 };
        assert_eq!(w.measure(60.0), 40.0);
        assert_eq!(w.target_measure(80.0), 20.0);
        assert_eq!(w.value_of(20.0, 0.0), 80.0);
        let rule = TargetRule::Reach { level: 1.0 };
        let below = TargetKind::resolve(&rule, true, Direction::HigherIsBetter, 0.7, 0.0);
        let above = TargetKind::resolve(&rule, true, Direction::HigherIsBetter, 1.3, 0.0);
        let within = TargetKind::resolve(&rule, true, Direction::HigherIsBetter, 1.02, 0.0);
        assert_eq!(
            within,
            TargetKind::Parity {
                level: 1.0,
                side: ParitySide::Within
            }
        );
        assert!((below.measure(0.8) - 0.2).abs() < 1e-12);
        assert_eq!(below.measure(1.2), 0.0);
        assert!((above.measure(1.2) - 0.2).abs() < 1e-12);
        assert_eq!(above.measure(0.8), 0.0);
        assert!((within.measure(0.8) - 0.2).abs() < 1e-12);
        assert!((within.measure(1.2) - 0.2).abs() < 1e-12);
        assert!((above.value_of(0.2, 0.0) - 1.2).abs() < 1e-12);
        assert!((below.value_of(0.2, 2.0) - 0.8).abs() < 1e-12);
        assert!((within.value_of(0.2, 1.3) - 1.2).abs() < 1e-12);
        assert!((within.value_of(0.2, 0.5) - 0.8).abs() < 1e-12);
        assert!((below.target_measure(1.0) - 0.03).abs() < 1e-12);
        let per_100 = TargetKind::resolve(
            &TargetRule::Reach { level: 100.0 },
            true,
            Direction::HigherIsBetter,
            97.5,
            0.0,
        );
        let (lo, hi) = per_100.parity_band().unwrap();
        assert!((lo - 97.0).abs() < 1e-9 && (hi - 103.0).abs() < 1e-9);
        assert!(matches!(
            per_100,
            TargetKind::Parity {
                side: ParitySide::Within,
                ..
            }
        ));
        let r = TargetKind::Reach {
            level: 100.0,
            upward: true,
            tolerance: 0.0,
        };
        // Overshooting 100 % (gross rates) counts as reached.
        assert_eq!(r.measure(104.0), 0.0);
        assert_eq!(r.value_of(30.0, 0.0), 70.0);
    }

    #[test]
    fn neutral_reach_is_approached_from_the_baseline_side() {
        let rule = TargetRule::Reach { level: 10.0 };
        let k = TargetKind::resolve(&rule, false, Direction::Neutral, 14.0, 0.0);
        assert_eq!(
            k,
            TargetKind::Reach {
                level: 10.0,
                upward: false,
                tolerance: 0.0,
            }
        );
        assert_eq!(k.measure(12.0), 2.0);
        assert_eq!(
            TargetKind::resolve(&rule, true, Direction::Neutral, 14.0, 0.0),
            TargetKind::Parity {
                level: 10.0,
                side: ParitySide::Above
            }
        );
    }
}
