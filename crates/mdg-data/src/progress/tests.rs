//! Hand-computed cases of the shared base (the World Bank 2003 rules, graded): every grade for
//! every target kind, and the edge cases. The robust method's own rules are in `tests_robust.rs`.
//!
//! Expected numbers are worked out in the comments; `T` is the years from the baseline to
//! 2015, `n` the years from the baseline to the latest observation.

use super::*;

/// The base rules alone: [`Method::WorldBank2003`], read through its grades.
fn assess(
    values: &SeriesValues,
    rule: Option<&NumericTarget>,
    direction: Direction,
    as_of: u16,
) -> Assessment {
    super::assess(values, rule, direction, as_of, Method::WorldBank2003)
}
use crate::{
    Direction, Fit, NumericTarget, Series, SeriesCoverage, SeriesValues, TargetRule, Text,
};

const HIGHER: Direction = Direction::HigherIsBetter;
const LOWER: Direction = Direction::LowerIsBetter;

pub(super) fn target(rule: TargetRule) -> NumericTarget {
    NumericTarget {
        rule,
        baseline_year: 1990,
        deadline: 2015,
    }
}

pub(super) fn reduce(numerator: u8, denominator: u8) -> NumericTarget {
    target(TargetRule::ReduceBy {
        numerator,
        denominator,
    })
}

fn water() -> NumericTarget {
    target(TargetRule::ReduceShortfallBy {
        level: 100.0,
        numerator: 1,
        denominator: 2,
    })
}

pub(super) fn reach(level: f64) -> NumericTarget {
    target(TargetRule::Reach { level })
}

pub(super) fn values(points: &[(u16, f64)]) -> SeriesValues {
    SeriesValues::from_points(points.iter().copied()).expect("at least one point")
}

/// A series with `rule`, for the tests that need the series itself (parity, floors, models).
pub(super) fn series(
    id: &str,
    rule: NumericTarget,
    direction: Direction,
    mdg_2003: &[&str],
) -> Series {
    Series {
        id: id.into(),
        source: "s".into(),
        source_code: "X".into(),
        source_title: "X".into(),
        name: Text::default(),
        unit: Text::default(),
        direction,
        target_rule: Some(rule),
        mdg_2003: mdg_2003.iter().map(|&i| i.into()).collect(),
        mdg_2008: vec![],
        fit: Fit::Official,
        caveat: None,
        coverage: SeriesCoverage {
            countries: 0,
            values: 0,
            aggregates: 0,
            first_year: None,
            last_year: None,
        },
    }
}

#[track_caller]
fn close(actual: Option<f64>, expected: f64, tol: f64) {
    let a = actual.expect("a value");
    assert!((a - expected).abs() <= tol, "{a} != {expected} (±{tol})");
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "an observation as the assessment takes it"
)]
fn obs(year: u16, value: f64) -> Option<Observation> {
    Some(Observation { year, value })
}

// ---- Reduce by a fraction: under-5 mortality, two thirds (geometric) -------------------------
// Baseline 1990 = 90, target = 90 × (1 − 2/3) = 30, T = 25:
// required = (30/90)^(1/25) − 1 = exp(ln(1/3)/25) − 1 = exp(−0.0439445) − 1 = −0.0429929.

fn u5(latest: (u16, f64)) -> Assessment {
    assess(
        &values(&[(1990, 90.0), latest]),
        Some(&reduce(2, 3)),
        LOWER,
        2015,
    )
}

#[test]
fn reduce_by_met() {
    let a = u5((2010, 28.0));
    assert_eq!(a.grade, Grade::Met);
    close(a.target, 30.0, 1e-9);
    assert_eq!(a.kind, Some(TargetKind::ReduceBy));
    assert_eq!(a.baseline, obs(1990, 90.0));
    assert_eq!(a.latest, obs(2010, 28.0));
    // The working is still shown: (28/90)^(1/20) − 1 = −0.0567088.
    close(a.actual_rate, -0.056_708_8, 1e-7);
    assert!(!a.met_at_baseline());
    // Exactly at the target is met.
    assert_eq!(u5((2015, 30.0)).grade, Grade::Met);
}

#[test]
fn reduce_by_on_track() {
    // n = 15: (45/90)^(1/15) − 1 = exp(−0.6931472/15) − 1 = −0.0451584; ratio = 1.0504.
    let a = u5((2005, 45.0));
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.required_rate, -0.042_992_9, 1e-7);
    close(a.actual_rate, -0.045_158_4, 1e-7);
    close(a.ratio, 1.050_37, 1e-5);
    assert_eq!(a.elapsed_years(), Some(15));
    assert_eq!(a.target_years(), Some(25));
    assert_eq!(a.deadline, Some(2015));
    assert_eq!(a.reason, None);
}

#[test]
fn reduce_by_too_slow() {
    // (60/90)^(1/15) − 1 = exp(−0.4054651/15) − 1 = −0.0266689; ratio = 0.6203.
    let a = u5((2005, 60.0));
    assert_eq!(a.grade, Grade::TooSlow);
    close(a.actual_rate, -0.026_668_9, 1e-7);
    close(a.ratio, 0.620_31, 1e-5);
}

#[test]
fn reduce_by_moving_away() {
    // (95/90)^(1/15) − 1 = exp(0.0540672/15) − 1 = +0.0036110; ratio = −0.0840.
    let a = u5((2005, 95.0));
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.actual_rate, 0.003_611_0, 1e-7);
    close(a.ratio, -0.083_99, 1e-5);
    // No change at all is moving away too (ratio 0).
    let a = u5((2005, 90.0));
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.ratio, 0.0, 1e-12);
}

#[test]
fn reduce_by_insufficient_data() {
    let a = assess(&values(&[(1990, 90.0)]), Some(&reduce(2, 3)), LOWER, 2015);
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::NoLaterObservation));
    close(a.target, 30.0, 1e-9);
    close(a.required_rate, -0.042_992_9, 1e-7);
    assert_eq!(a.actual_rate, None);
}

#[test]
fn reduce_by_half_and_three_quarters() {
    // Poverty, halve, baseline 1993 = 30 (nearest 1990 within 1990–1995), target 15, T = 22:
    // required = 0.5^(1/22) − 1 = exp(−0.6931472/22) − 1 = −0.0310155;
    // 2003 = 24: 0.8^(1/10) − 1 = exp(−0.2231436/10) − 1 = −0.0220672; ratio = 0.7115.
    let pov = values(&[(1993, 30.0), (2003, 24.0), (2012, 14.0)]);
    let a = assess(&pov, Some(&reduce(1, 2)), LOWER, 2003);
    assert_eq!(a.baseline, obs(1993, 30.0));
    assert_eq!(a.target_years(), Some(22));
    close(a.target, 15.0, 1e-9);
    close(a.required_rate, -0.031_015_5, 1e-7);
    close(a.actual_rate, -0.022_067_2, 1e-7);
    close(a.ratio, 0.711_49, 1e-5);
    assert_eq!(a.grade, Grade::TooSlow);
    // As of 2015 the 2012 value 14 ≤ 15: met.
    assert_eq!(
        assess(&pov, Some(&reduce(1, 2)), LOWER, 2015).grade,
        Grade::Met
    );
    // MMR, three quarters: 400 → target 100; required = 0.25^(1/25) − 1 = −0.0539424;
    // 2000 = 250: (0.625)^(1/10) − 1 = −0.0459129; ratio = 0.8511.
    let a = assess(
        &values(&[(1990, 400.0), (2000, 250.0)]),
        Some(&reduce(3, 4)),
        LOWER,
        2015,
    );
    close(a.target, 100.0, 1e-9);
    close(a.required_rate, -0.053_942_4, 1e-7);
    close(a.ratio, 0.851_15, 1e-5);
    assert_eq!(a.grade, Grade::TooSlow);
}

// ---- Reduce the shortfall: water, halve the share without access (geometric) ---------------
// Baseline 1990 = 60 % → shortfall 40, target shortfall 20 (value 80), T = 25:
// required = 0.5^(1/25) − 1 = exp(−0.6931472/25) − 1 = −0.0273451.

fn wat(latest: (u16, f64)) -> Assessment {
    assess(
        &values(&[(1990, 60.0), latest]),
        Some(&water()),
        HIGHER,
        2015,
    )
}

#[test]
fn shortfall_met() {
    let a = wat((2012, 81.0));
    assert_eq!(a.grade, Grade::Met);
    close(a.target, 80.0, 1e-9);
    assert_eq!(a.kind, Some(TargetKind::ReduceShortfall { level: 100.0 }));
}

#[test]
fn shortfall_on_track() {
    // 2000 = 70 → shortfall 30, n = 10: 0.75^(1/10) − 1 = −0.0283583; ratio = 1.0371.
    let a = wat((2000, 70.0));
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.required_rate, -0.027_345_1, 1e-7);
    close(a.actual_rate, -0.028_358_3, 1e-7);
    close(a.ratio, 1.037_06, 1e-5);
}

#[test]
fn shortfall_too_slow() {
    // 2000 = 65 → shortfall 35: 0.875^(1/10) − 1 = −0.0132644; ratio = 0.4851 (< 0.5).
    let a = wat((2000, 65.0));
    assert_eq!(a.grade, Grade::TooSlow);
    close(a.ratio, 0.485_07, 1e-5);
}

#[test]
fn shortfall_moving_away() {
    // 2000 = 58 → shortfall 42: 1.05^(1/10) − 1 = +0.0048909; ratio = −0.1789.
    let a = wat((2000, 58.0));
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.actual_rate, 0.004_890_9, 1e-7);
    close(a.ratio, -0.178_86, 1e-5);
}

#[test]
fn shortfall_insufficient_data() {
    // First value in 1997: outside 1990–1995, no baseline; the latest is still reported.
    let a = assess(
        &values(&[(1997, 60.0), (2010, 75.0)]),
        Some(&water()),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::NoBaseline));
    assert_eq!(a.baseline, None);
    assert_eq!(a.latest, obs(2010, 75.0));
    assert_eq!(a.target, None);
}

// ---- Reach a level: net enrolment, 100 % (linear on the gap) ---------------------------------
// Baseline 1991 = 50 (no 1990 value) → gap 50, T = 24: required = (0 − 50)/24 = −2.08333/yr.

fn enrol(latest: (u16, f64)) -> Assessment {
    assess(
        &values(&[(1991, 50.0), latest]),
        Some(&reach(100.0)),
        HIGHER,
        2015,
    )
}

#[test]
fn reach_met() {
    let a = enrol((2008, 100.0));
    assert_eq!(a.grade, Grade::Met);
    assert_eq!(
        a.kind,
        Some(TargetKind::Reach {
            level: 100.0,
            upward: true,
            tolerance: 0.0,
        })
    );
    close(a.target, 100.0, 0.0);
    // Gross rates above 100 % count as reached.
    assert_eq!(enrol((2008, 104.5)).grade, Grade::Met);
}

#[test]
fn reach_on_track() {
    // 2003 = 78 → gap 22, n = 12: (22 − 50)/12 = −2.33333; ratio = 2.33333/2.08333 = 1.12.
    let a = enrol((2003, 78.0));
    assert_eq!(a.baseline, obs(1991, 50.0));
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.required_rate, -2.083_333, 1e-6);
    close(a.actual_rate, -2.333_333, 1e-6);
    close(a.ratio, 1.12, 1e-9);
}

#[test]
fn reach_too_slow() {
    // 2003 = 62 → gap 38: (38 − 50)/12 = −1; ratio = 1/2.08333 = 0.48.
    let a = enrol((2003, 62.0));
    assert_eq!(a.grade, Grade::TooSlow);
    close(a.actual_rate, -1.0, 1e-9);
    close(a.ratio, 0.48, 1e-9);
}

#[test]
fn reach_moving_away() {
    // 2003 = 45 → gap 55: +5/12 = +0.41667; ratio = −0.2.
    let a = enrol((2003, 45.0));
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.ratio, -0.2, 1e-9);
}

#[test]
fn reach_insufficient_data() {
    // "As of" 1993, before the 1994 baseline: nothing to compare yet.
    let a = assess(
        &values(&[(1994, 50.0), (2000, 70.0)]),
        Some(&reach(100.0)),
        HIGHER,
        1993,
    );
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::BaselineAfterAsOf));
    assert_eq!(a.baseline, obs(1994, 50.0));
    assert_eq!(a.latest, None);
}

#[test]
fn reach_met_at_baseline_then_lost_is_moving_away() {
    // 1990 = 100 (gap 0, required rate 0), 2000 = 97 (gap 3): +0.3/yr, no ratio.
    let a = assess(
        &values(&[(1990, 100.0), (2000, 97.0)]),
        Some(&reach(100.0)),
        HIGHER,
        2015,
    );
    assert!(a.met_at_baseline());
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.required_rate, 0.0, 0.0);
    close(a.actual_rate, 0.3, 1e-9);
    assert_eq!(a.ratio, None);
    assert!(required_path(&a).is_empty());
}

// ---- Gender parity, ratio of girls to boys = 1 (linear on the gap, band 0.97–1.03) ----------
// Baseline 1990 = 0.70, below the band → gap 1 − GPI = 0.30; the required rate closes it to the
// band edge (gap 0.03) by 2015: required = (0.03 − 0.30)/25 = −0.0108/yr.

fn gpi(latest: (u16, f64)) -> Assessment {
    assess(
        &values(&[(1990, 0.70), latest]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    )
}

#[test]
fn parity_met_within_the_band_or_past_it() {
    for v in [0.97, 0.98, 1.0, 1.02, 1.03] {
        let a = gpi((2010, v));
        assert_eq!(a.grade, Grade::Met, "GPI {v}");
        assert!(!a.overshoot(), "GPI {v}");
        assert_eq!(
            a.kind,
            Some(TargetKind::Parity {
                level: 1.0,
                side: ParitySide::Below
            })
        );
        close(a.target, 1.0, 0.0);
    }
    // 0.70 → 1.10: the disparity against girls is gone (met), but one against boys has opened
    // (flagged), rather than "too slow" on a symmetric gap of 0.10.
    let a = gpi((2010, 1.10));
    assert_eq!(a.grade, Grade::Met);
    assert!(a.overshoot());
    // 0.96 is just outside the band: gap 0.04 > 0.03, (0.04 − 0.30)/20 = −0.013; ratio 1.2037.
    let a = gpi((2010, 0.96));
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.ratio, 1.203_704, 1e-6);
}

#[test]
fn parity_on_track() {
    // 2005 = 0.88 → gap 0.12, n = 15: (0.12 − 0.30)/15 = −0.012; ratio = 0.012/0.0108 = 1.1111.
    let a = gpi((2005, 0.88));
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.required_rate, -0.0108, 1e-12);
    close(a.actual_rate, -0.012, 1e-12);
    close(a.ratio, 1.111_111, 1e-6);
}

#[test]
fn parity_too_slow() {
    // 2005 = 0.79 → gap 0.21: −0.09/15 = −0.006; ratio = 0.5556.
    let a = gpi((2005, 0.79));
    assert_eq!(a.grade, Grade::TooSlow);
    close(a.ratio, 0.555_556, 1e-6);
}

#[test]
fn parity_moving_away() {
    // 2005 = 0.65 → gap 0.35: +0.05/15 = +0.003333; ratio = −0.3086.
    let a = gpi((2005, 0.65));
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.ratio, -0.308_642, 1e-6);
}

#[test]
fn parity_insufficient_data() {
    let a = assess(&values(&[(2001, 0.9)]), Some(&reach(1.0)), HIGHER, 2015);
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::NoBaseline));
}

#[test]
fn parity_disparity_in_favour_of_girls_is_a_gap_too() {
    // 1990 = 1.40, above the band (gap GPI − 1 = 0.40): required = (0.03 − 0.40)/25 = −0.0148;
    // 2005 = 1.20 (gap 0.20): −0.20/15 = −0.013333; ratio = 0.9009 → too slow, even though
    // "higher is better" for the series.
    let a = assess(
        &values(&[(1990, 1.40), (2005, 1.20)]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::TooSlow);
    close(a.required_rate, -0.0148, 1e-12);
    close(a.ratio, 0.900_901, 1e-6);
    assert_eq!(
        a.kind,
        Some(TargetKind::Parity {
            level: 1.0,
            side: ParitySide::Above
        })
    );
    // Rising further, 1.40 → 1.50: gap +0.10/15 = +0.006667; ratio = −0.4505 → moving away.
    let a = assess(
        &values(&[(1990, 1.40), (2005, 1.50)]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.ratio, -0.450_450, 1e-6);
    // Down past the band to 0.90: met, with the new disparity flagged.
    let a = assess(
        &values(&[(1990, 1.40), (2005, 0.90)]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::Met);
    assert!(a.overshoot());
}

#[test]
fn parity_met_in_1990() {
    // 1.01 is within the band at the baseline and 0.99 still is: met (and met at baseline).
    let a = assess(
        &values(&[(1990, 1.01), (2015, 0.99)]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::Met);
    assert!(a.met_at_baseline());
    assert!(matches!(
        a.kind,
        Some(TargetKind::Parity {
            side: ParitySide::Within,
            ..
        })
    ));
    // Within the band in 1990, a move out either way is moving away: 1.01 → 0.90 (2005), gap
    // |GPI − 1| 0.01 → 0.10: +0.006/yr; required (0.03 − 0.01)/25 = +0.0008 ≥ 0, so no ratio.
    let a = assess(
        &values(&[(1990, 1.01), (2005, 0.90)]),
        Some(&reach(1.0)),
        HIGHER,
        2015,
    );
    assert_eq!(a.grade, Grade::MovingAway);
    close(a.actual_rate, 0.006, 1e-12);
    close(a.required_rate, 0.0008, 1e-12);
    assert_eq!(a.ratio, None);
    assert!(required_path(&a).is_empty());
    // Seen once, in 1990, and at parity: met, with no rates.
    let a = assess(&values(&[(1990, 1.0)]), Some(&reach(1.0)), HIGHER, 2015);
    assert_eq!(a.grade, Grade::Met);
    assert_eq!(a.actual_rate, None);
}

#[test]
fn parity_per_100_is_recognised_from_the_series() {
    // Literate women per 100 men, indicator 10, "reach 100": band 97–103.
    // Baseline 80 → gap 20, required = (3 − 20)/25 = −0.68; 2000 = 90 → gap 10: −1/yr;
    // ratio = 1.4706.
    let series = series("lit", reach(100.0), HIGHER, &["10"]);
    assert!(is_parity_series(&series));
    let v = values(&[(1990, 80.0), (2000, 90.0), (2010, 98.0)]);
    let a = assess_series(&series, &v, 2000, Method::WorldBank2003);
    assert_eq!(
        a.kind,
        Some(TargetKind::Parity {
            level: 100.0,
            side: ParitySide::Below
        })
    );
    close(a.required_rate, -0.68, 1e-9);
    close(a.ratio, 1.470_588, 1e-6);
    assert_eq!(a.grade, Grade::OnTrack);
    assert_eq!(
        assess_series(&series, &v, 2015, Method::WorldBank2003).grade,
        Grade::Met
    );
    // Plain `assess` takes "reach 100" as a level to reach: 98 is not yet met. Gap 20 → 2 in
    // 20 years: −0.9/yr against −20/25 = −0.8/yr required; ratio = 1.125.
    let a = assess(&v, Some(&reach(100.0)), HIGHER, 2015);
    assert_eq!(a.grade, Grade::OnTrack);
    close(a.ratio, 1.125, 1e-9);
}

// ---- Edge cases -------------------------------------------------------------------------------

#[test]
fn zero_baseline() {
    // Reduce by half from 0: target 0. Still 0 → met; above 0 → a geometric rate from 0 is
    // undefined.
    let v = values(&[(1990, 0.0), (2005, 0.0)]);
    assert_eq!(
        assess(&v, Some(&reduce(1, 2)), LOWER, 2015).grade,
        Grade::Met
    );
    let a = assess(
        &values(&[(1990, 0.0), (2005, 0.4)]),
        Some(&reduce(1, 2)),
        LOWER,
        2015,
    );
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::ZeroBaseline));
    assert_eq!(
        (a.required_rate, a.actual_rate, a.ratio),
        (None, None, None)
    );
    // Water at 100 % in 1990 (no shortfall), 99 % later.
    let a = assess(
        &values(&[(1990, 100.0), (2005, 99.0)]),
        Some(&water()),
        HIGHER,
        2015,
    );
    assert_eq!(a.reason, Some(Reason::ZeroBaseline));
}

#[test]
fn missing_baseline_and_no_data() {
    let a = assess(
        &values(&[(1996, 50.0), (2010, 20.0)]),
        Some(&reduce(1, 2)),
        LOWER,
        2015,
    );
    assert_eq!(a.reason, Some(Reason::NoBaseline));
    let empty = SeriesValues {
        start: 1990,
        values: vec![None, None],
    };
    let a = assess(&empty, Some(&reduce(1, 2)), LOWER, 2015);
    assert_eq!(a.grade, Grade::InsufficientData);
    assert_eq!(a.reason, Some(Reason::NoData));
    let a = assess(&empty, None, LOWER, 2015);
    assert_eq!(a.grade, Grade::NoNumericTarget);
    assert_eq!(a.reason, Some(Reason::NoData));
    assert_eq!(a.trend, None);
}

#[test]
fn one_observation() {
    // Only in 1993: it is the baseline, and there is nothing after it.
    let a = assess(&values(&[(1993, 40.0)]), Some(&reduce(1, 2)), LOWER, 2015);
    assert_eq!(a.baseline, obs(1993, 40.0));
    assert_eq!(a.latest, obs(1993, 40.0));
    assert_eq!(a.reason, Some(Reason::NoLaterObservation));
    // Only in 2004: no baseline.
    let a = assess(&values(&[(2004, 40.0)]), Some(&reduce(1, 2)), LOWER, 2015);
    assert_eq!(a.reason, Some(Reason::NoBaseline));
}

#[test]
fn latest_before_baseline() {
    // Baseline 1995; "as of" 1995 sees only the baseline, 1994 nothing at all.
    let v = values(&[(1995, 40.0), (2005, 30.0)]);
    let a = assess(&v, Some(&reduce(1, 2)), LOWER, 1994);
    assert_eq!(a.reason, Some(Reason::BaselineAfterAsOf));
    let a = assess(&v, Some(&reduce(1, 2)), LOWER, 1995);
    assert_eq!(a.reason, Some(Reason::NoLaterObservation));
}

#[test]
fn as_of_picks_the_latest_observation_at_or_before_it() {
    // U5MR 90 (1990), 60 (2000), nothing until 28 (2010). As of 2003 the latest is 2000:
    // (60/90)^(1/10) − 1 = exp(−0.4054651/10) − 1 = −0.0397355; ratio = 0.0397355/0.0429929
    // = 0.9242 → too slow. As of 2015 the latest is 2010: 28 ≤ 30 → met.
    let v = SeriesValues {
        start: 1990,
        values: (1990..=2010)
            .map(|y| match y {
                1990 => Some(90.0),
                2000 => Some(60.0),
                2010 => Some(28.0),
                _ => None,
            })
            .collect(),
    };
    let a = assess(&v, Some(&reduce(2, 3)), LOWER, 2003);
    assert_eq!(a.latest, obs(2000, 60.0));
    close(a.actual_rate, -0.039_735_5, 1e-7);
    close(a.ratio, 0.924_23, 1e-5);
    assert_eq!(a.grade, Grade::TooSlow);
    assert_eq!(
        assess(&v, Some(&reduce(2, 3)), LOWER, 2015).grade,
        Grade::Met
    );
}

#[test]
fn non_finite_values_are_ignored() {
    let v = SeriesValues {
        start: 1990,
        values: vec![Some(f64::NAN), Some(80.0), Some(f64::INFINITY)],
    };
    let a = assess(&v, Some(&reduce(1, 2)), LOWER, 2015);
    assert_eq!(a.baseline, obs(1991, 80.0));
    assert_eq!(a.reason, Some(Reason::NoLaterObservation));
}

// ---- No numeric target: trend only -----------------------------------------------------------

#[test]
fn trend_without_target() {
    // Internet users 1 (1995) → 9 (2005): +0.8/yr; 9^(1/10) − 1 = +0.245731; improving.
    let v = values(&[(1995, 1.0), (2005, 9.0), (2012, 40.0)]);
    let a = assess(&v, None, HIGHER, 2005);
    assert_eq!(a.grade, Grade::NoNumericTarget);
    assert_eq!(a.kind, None);
    assert_eq!(a.baseline, obs(1995, 1.0));
    assert_eq!(a.latest, obs(2005, 9.0));
    let t = a.trend.expect("trend");
    close(Some(t.annual_change), 0.8, 1e-12);
    close(t.annual_rate, 0.245_731, 1e-6);
    assert_eq!(t.verdict, Verdict::Improving);
    assert_eq!(projection(&a), None);
    // The same rise is worsening for a lower-is-better series, and not judged for a neutral one.
    let verdict = |d| assess(&v, None, d, 2005).trend.unwrap().verdict;
    assert_eq!(verdict(LOWER), Verdict::Worsening);
    assert_eq!(verdict(Direction::Neutral), Verdict::NotJudged);
    // Unchanged; and a zero start has no geometric rate.
    let a = assess(&values(&[(1990, 0.0), (2000, 0.0)]), None, LOWER, 2015);
    let t = a.trend.unwrap();
    assert_eq!(t.verdict, Verdict::Unchanged);
    assert_eq!(t.annual_rate, None);
    // One observation: no trend, with the reason.
    let a = assess(&values(&[(2008, 3.0)]), None, HIGHER, 2015);
    assert_eq!(a.grade, Grade::NoNumericTarget);
    assert_eq!(a.reason, Some(Reason::NoLaterObservation));
    assert_eq!(a.trend, None);
    // "As of" before the first observation.
    let a = assess(&values(&[(2008, 3.0), (2010, 4.0)]), None, HIGHER, 2003);
    assert_eq!(a.reason, Some(Reason::BaselineAfterAsOf));
}

// ---- Paths, projection, summary --------------------------------------------------------------

#[test]
fn required_path_runs_from_baseline_to_target() {
    let a = u5((2005, 45.0));
    let p = required_path(&a);
    assert_eq!(p.len(), 26);
    assert_eq!(
        p[0],
        Observation {
            year: 1990,
            value: 90.0
        }
    );
    assert_eq!(p[25].year, 2015);
    close(Some(p[25].value), 30.0, 1e-9);
    assert!(p.windows(2).all(|w| w[1].value < w[0].value));
    // Water: from 60 % up to 80 %; parity from 0.70 up to the band edge 0.97.
    let p = required_path(&wat((2000, 70.0)));
    close(p.last().map(|o| o.value), 80.0, 1e-9);
    let p = required_path(&gpi((2005, 0.88)));
    close(p.last().map(|o| o.value), 0.97, 1e-9);
    // Linear for "reach": 1991 = 50 → 2003 = 75 (half way) → 2015 = 100.
    let p = required_path(&enrol((2003, 78.0)));
    assert_eq!(p.len(), 25);
    close(Some(p[12].value), 75.0, 1e-9);
    close(Some(p[24].value), 100.0, 1e-9);
}

#[test]
fn projection_to_the_deadline_at_the_actual_rate() {
    // U5MR 45 in 2005 at 0.5^(1/15) per year: 45 × 0.5^(10/15) = 28.3482 in 2015.
    let a = u5((2005, 45.0));
    let p = projection(&a).unwrap();
    assert_eq!(p.year, 2015);
    close(Some(p.value), 28.348_22, 1e-5);
    assert_eq!(projected_path(&a).len(), 11);
    // Enrolment 62 in 2003, gap 38 closing 1/yr: gap 26 in 2015 → 74.
    close(
        projection(&enrol((2003, 62.0))).map(|o| o.value),
        74.0,
        1e-9,
    );
    // Parity 0.88 in 2005, gap 0.12 closing 0.012/yr: gap 0 in 2015 → 1.0 (never past it).
    close(projection(&gpi((2005, 0.88))).map(|o| o.value), 1.0, 1e-9);
    // A latest value at the deadline is its own projection.
    let a = u5((2015, 40.0));
    assert_eq!(projection(&a), obs(2015, 40.0));
    // Without an actual rate there is nothing to project.
    let a = assess(&values(&[(1990, 90.0)]), Some(&reduce(2, 3)), LOWER, 2015);
    assert_eq!(projection(&a), None);
}

#[test]
fn summary_counts_every_class() {
    let all = [
        u5((2010, 28.0)),
        u5((2005, 45.0)),
        wat((2000, 65.0)),
        enrol((2003, 45.0)),
        gpi((2005, 0.65)),
        assess(&values(&[(1990, 1.0)]), None, HIGHER, 2015),
    ];
    let grades: Vec<Grade> = all.iter().map(|a| a.grade).collect();
    assert_eq!(
        grades,
        [
            Grade::Met,
            Grade::OnTrack,
            Grade::TooSlow,
            Grade::MovingAway,
            Grade::MovingAway,
            Grade::NoNumericTarget
        ]
    );
    let method = Method::WorldBank2003;
    let s = summarize(method, all.iter().map(|a| a.status));
    assert_eq!(s.len(), method.statuses().len());
    assert_eq!(s.values().sum::<usize>(), all.len());
    assert_eq!(s[&Status::Likely], 2);
    assert_eq!(s[&Status::VeryUnlikely], 2);
    assert!(summarize(method, []).values().all(|&n| n == 0));
    // A status of another method is not counted.
    assert_eq!(summarize(method, [Status::Met]).values().sum::<usize>(), 0);
}
