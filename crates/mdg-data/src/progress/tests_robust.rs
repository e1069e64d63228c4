//! The robust method's own rules, each at its boundary. Numbers are worked out in the comments.

use super::*;
use crate::{Direction, NumericTarget, Series};

const HIGHER: Direction = Direction::HigherIsBetter;
const LOWER: Direction = Direction::LowerIsBetter;

use super::tests::{reach, reduce, values};

fn halve() -> NumericTarget {
    reduce(1, 2)
}

fn reach100() -> NumericTarget {
    reach(100.0)
}

fn robust(points: &[(u16, f64)], rule: &NumericTarget, dir: Direction, as_of: u16) -> Assessment {
    assess(&values(points), Some(rule), dir, as_of, Method::Robust)
}

fn series(id: &str, rule: NumericTarget) -> Series {
    super::tests::series(id, rule, LOWER, &[])
}

#[test]
fn reach_counts_within_the_tolerance_as_met() {
    // 95 % is the cut-off: 95.0 meets, 94.9 does not (decimals, so no rounding slack).
    let a = robust(&[(1990, 80.5), (2014, 95.0)], &reach100(), HIGHER, 2015);
    assert_eq!(a.status, Status::Met);
    let a = robust(&[(1990, 80.5), (2014, 94.9)], &reach100(), HIGHER, 2015);
    assert_ne!(a.grade, Grade::Met);
    // The gap is reduced geometrically to the tolerance: from 19.5 to 5 over 25 years,
    // required = (5/19.5)^(1/25) − 1 = −0.05302.
    assert!(a.kind.is_some_and(TargetKind::is_geometric));
    let req = a.required_rate.expect("required");
    assert!((req - ((5.0f64 / 19.5).powf(1.0 / 25.0) - 1.0)).abs() < 1e-12);
}

#[test]
fn gross_rates_are_capped_and_a_fall_from_the_level_is_moving_away() {
    // 102 → 98 stays within the tolerance: met, not "moving away" as an uncapped gap had it.
    let a = robust(
        &[(1990, 102.5), (2010, 101.5), (2014, 98.5)],
        &reach100(),
        HIGHER,
        2015,
    );
    assert_eq!(a.status, Status::Met);
    // 102 → 88.6: fell back from the level.
    let a = robust(
        &[(1990, 102.5), (2010, 99.5), (2015, 88.6)],
        &reach100(),
        HIGHER,
        2015,
    );
    assert_eq!(a.status, Status::MovingAway);
}

#[test]
fn the_latest_value_must_be_recent() {
    // Five years before "as of" is still recent; six is not.
    let pts = [(1990, 40.5), (2000, 30.5), (2010, 25.5)];
    assert_ne!(
        robust(&pts, &halve(), LOWER, 2015).status,
        Status::NoRecentData
    );
    let a = robust(&pts, &halve(), LOWER, 2016);
    assert_eq!(a.status, Status::NoRecentData);
    assert_eq!(a.latest.map(|o| o.year), Some(2010));
    // The World Bank 2003 rules have no window.
    let wb = assess(
        &values(&pts),
        Some(&halve()),
        LOWER,
        2016,
        Method::WorldBank2003,
    );
    assert_eq!(wb.status, Status::Possible);
}

#[test]
fn three_points_fit_a_trend_two_use_the_endpoints() {
    // ln 40, ln 30, ln 22.5 fall evenly (×0.75 every 5 years): slope = ln 0.75 / 5, so the
    // fitted rate is 0.75^(1/5) − 1 = −0.05591, the same as the endpoints here.
    let a = robust(
        &[(1990, 40.0), (1995, 30.0), (2000, 22.5)],
        &halve(),
        LOWER,
        2000,
    );
    assert!(a.fitted && a.points == 3);
    assert!((a.actual_rate.unwrap() - (0.75f64.powf(0.2) - 1.0)).abs() < 1e-12);
    // A noisy point off the middle moves the fit, not the endpoints: 40, 20 (1998), 22.5.
    let a = robust(
        &[(1990, 40.0), (1998, 20.0), (2000, 22.5)],
        &halve(),
        LOWER,
        2000,
    );
    let endpoints = (22.5f64 / 40.0).powf(0.1) - 1.0;
    assert!(a.fitted && (a.actual_rate.unwrap() - endpoints).abs() > 1e-3);
    let a = robust(&[(1990, 40.0), (2000, 22.5)], &halve(), LOWER, 2000);
    assert!(!a.fitted && a.points == 2);
    assert!((a.actual_rate.unwrap() - endpoints).abs() < 1e-12);
}

#[test]
fn one_spike_does_not_make_it_met() {
    // Target 20. A single value under it after a flat series (40, 39, 41, 38, 19.5): the one
    // before does not meet it and the fitted trend is nowhere near: not met.
    let pts = [
        (1990, 40.0),
        (1995, 39.0),
        (2000, 41.0),
        (2005, 38.0),
        (2010, 19.5),
    ];
    let a = robust(&pts, &halve(), LOWER, 2012);
    assert_ne!(a.grade, Grade::Met);
    // The World Bank's endpoints call it met (likely).
    let wb = assess(
        &values(&pts),
        Some(&halve()),
        LOWER,
        2012,
        Method::WorldBank2003,
    );
    assert_eq!(wb.status, Status::Likely);
    // Two observations under the target in a row: met.
    let pts = [(1990, 40.0), (2000, 30.0), (2005, 19.8), (2010, 19.5)];
    assert_eq!(robust(&pts, &halve(), LOWER, 2012).status, Status::Met);
    // Two observations in all: the latest decides (and the card says so).
    let a = robust(&[(1990, 40.0), (2010, 19.5)], &halve(), LOWER, 2012);
    assert_eq!(a.status, Status::Met);
    assert_eq!(a.points, 2);
}

#[test]
fn whole_units_meet_only_if_every_rounded_value_would() {
    // 56 → target 14; a published 14 may be 14.4: not met by equality.
    let pts = [(1990, 56.0), (2000, 30.0), (2015, 14.0)];
    let a = robust(&pts, &reduce(3, 4), LOWER, 2015);
    assert!(a.rounded);
    assert_ne!(a.grade, Grade::Met);
    // 13 is at most 13.5 < 14: met.
    let pts = [(1990, 56.0), (2000, 30.0), (2014, 13.0), (2015, 13.0)];
    let a = robust(&pts, &reduce(3, 4), LOWER, 2015);
    assert_eq!(a.status, Status::Met);
    // Decimals are taken as they are.
    let pts = [(1990, 56.2), (2000, 30.0), (2015, 14.05)];
    let a = robust(&pts, &reduce(3, 4), LOWER, 2015);
    assert!(!a.rounded);
    assert_eq!(a.status, Status::Met);
}

#[test]
fn floors_stop_targets_judged_at_noise_level() {
    let s = series("si_pov_dday", halve());
    let low = values(&[(1990, 1.9), (2015, 0.9)]);
    let a = assess_series(&s, &low, 2015, Method::Robust);
    assert_eq!(a.status, Status::AlreadyLow);
    assert_eq!(a.floor.map(|f| f.level), Some(2.0));
    // At the floor it is judged.
    let at = values(&[(1990, 2.0), (2015, 0.9)]);
    assert_eq!(
        assess_series(&s, &at, 2015, Method::Robust).status,
        Status::Met
    );
    // The Progress Chart applies the floor ("not relevant"); the World Bank 2003 does not.
    assert_eq!(
        assess_series(&s, &low, 2015, Method::ProgressChart).status,
        Status::AlreadyLow
    );
    assert_eq!(
        assess_series(&s, &low, 2015, Method::WorldBank2003).status,
        Status::Likely
    );
}

#[test]
fn modelled_series_are_named() {
    let s = series("sh_dyn_mort", halve());
    let v = values(&[(1990, 90.0), (2015, 30.0)]);
    assert_eq!(
        assess_series(&s, &v, 2015, Method::Robust).modelled,
        Some(Modeller::UnIgme)
    );
}

#[test]
fn the_progress_chart_names_the_grades() {
    let pts = [(1990, 40.0), (2000, 39.0)];
    let a = assess(
        &values(&pts),
        Some(&halve()),
        LOWER,
        2003,
        Method::ProgressChart,
    );
    assert_eq!(a.status, Status::Insufficient);
    let pts = [(1990, 40.0), (2000, 41.0)];
    let a = assess(
        &values(&pts),
        Some(&halve()),
        LOWER,
        2003,
        Method::ProgressChart,
    );
    assert_eq!(a.status, Status::NoProgress);
}

#[test]
fn a_pace_fast_enough_must_also_carry_the_latest_value_to_the_target() {
    // Bolivia, poverty at $3.00 (bundle, country/BOL.json): 5.8 (1990) rose to 28.3 (2000),
    // then fell to 6.2 (2015); target 2.9. The fitted slope from 2000's peak outpaces the
    // required rate (ratio > 1), yet the 2015 value misses the target: too slow, not on track.
    let years = [
        1990, 1992, 1997, 1999, 2000, 2001, 2002, 2004, 2005, 2006, 2007, 2008, 2009, 2011, 2012,
        2013, 2014, 2015,
    ];
    let vals = [
        5.8, 13.8, 18.6, 24.6, 28.3, 22.3, 23.9, 13.2, 18.7, 15.9, 12.1, 10.6, 10.0, 6.9, 7.9, 6.8,
        5.6, 6.2,
    ];
    let bol: Vec<(u16, f64)> = years.into_iter().zip(vals).collect();
    let a = robust(&bol, &halve(), LOWER, 2015);
    assert!(
        a.fitted && a.ratio.is_some_and(|r| r > 1.0),
        "{:?}",
        a.ratio
    );
    assert_eq!(a.status, Status::TooSlow);
    assert_eq!(a.reason, Some(Reason::ShortOfTarget));
    // Angola, maternal mortality: 876 → 249 (2015) against 219.
    let ago: Vec<(u16, f64)> = (1990..)
        .zip([
            876.0, 826.0, 877.0, 855.0, 812.0, 772.0, 747.0, 717.0, 723.0, 687.0, 659.0, 629.0,
            602.0, 538.0, 499.0, 462.0, 437.0, 401.0, 372.0, 348.0, 321.0, 301.0, 278.0, 267.0,
            262.0, 249.0,
        ])
        .collect();
    let a = robust(&ago, &reduce(3, 4), LOWER, 2015);
    assert_eq!(a.status, Status::TooSlow);
    // Before the deadline the same pace, carried on from the latest value, decides: as of 2005
    // Angola's 462 at its fitted rate would reach 219 by 2015 only if fast enough.
    let a = robust(&ago, &reduce(3, 4), LOWER, 2005);
    let reaches = projection(&a).is_some_and(|p| p.value <= 219.0);
    assert_eq!(a.status == Status::OnTrack, reaches);
}

#[test]
fn modelled_estimates_meeting_the_target_need_no_confirming() {
    // Zambia, under-five mortality (UN IGME, bundle): 180.7 (1990) → 60.2 (2015), target
    // 60.23. The smooth curve's 2014 value (62.6) misses it; the 2015 estimate meets it: met.
    let zmb: Vec<(u16, f64)> = (1990..)
        .zip([
            180.7, 180.9, 180.2, 178.5, 175.8, 172.2, 168.7, 165.6, 162.5, 158.1, 151.8, 143.2,
            132.9, 122.1, 111.7, 102.7, 94.8, 89.1, 84.2, 78.4, 74.3, 71.8, 69.2, 66.0, 62.6, 60.2,
        ])
        .collect();
    let s = series("sh_dyn_mort", reduce(2, 3));
    let a = assess_series(&s, &values(&zmb), 2015, Method::Robust);
    assert_eq!(a.status, Status::Met);
    // The same numbers as a survey series still need the one before to agree.
    let a = robust(&zmb, &reduce(2, 3), LOWER, 2015);
    assert_ne!(a.status, Status::Met);
}

#[test]
fn met_at_the_baseline_and_met_still_is_met() {
    // Bahrain, net primary enrolment (bundle): 99.41 (1991), down to 89.11 (2004), back to
    // 96.46 (2014); 95 counts as reached. It was "moving away" while its latest value met it.
    let bhr = [
        (1991, 99.41),
        (2000, 93.02),
        (2004, 89.11),
        (2013, 94.3),
        (2014, 96.46),
    ];
    assert_eq!(robust(&bhr, &reach100(), HIGHER, 2015).status, Status::Met);
    // Zimbabwe, girls to boys in primary and secondary: 0.9707 (1990), 0.9701 (2013), both
    // within parity's 0.97–1.03.
    let zwe = [
        (1990, 0.9707),
        (1991, 0.928),
        (2000, 0.9456),
        (2012, 0.967),
        (2013, 0.9701),
    ];
    assert_eq!(robust(&zwe, &reach(1.0), HIGHER, 2015).status, Status::Met);
    // Fallen back and not met again: moving away, as before.
    let fell = [(1991, 99.41), (2000, 93.02), (2014, 90.0)];
    assert_eq!(
        robust(&fell, &reach100(), HIGHER, 2015).status,
        Status::MovingAway
    );
}
