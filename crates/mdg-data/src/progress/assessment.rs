//! Assessing one series against its 2015 target, as of a chosen year.

use crate::{Direction, NumericTarget, Series, SeriesValues, FIRST_YEAR};

use super::kind::{is_parity_level, is_parity_series, ParitySide, TargetKind, PARITY_TOLERANCE};
use super::method::{floor, modelled_by, Floor, Modeller, REACH_TOLERANCE};
use super::{Grade, Method, Status};

/// How many years after the baseline year a baseline observation may be taken (1990–1995).
pub const BASELINE_WINDOW: u16 = 5;

/// Slack for floating-point comparisons at the class boundaries (relative to the numbers
/// compared): a series exactly on the required path is on track, one exactly at the target met.
const EPS: f64 = 1e-9;

/// One observed value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation {
    /// Year of the value.
    pub year: u16,
    /// The value, in the series' unit.
    pub value: f64,
}

impl From<(u16, f64)> for Observation {
    fn from((year, value): (u16, f64)) -> Self {
        Observation { year, value }
    }
}

/// Why a series could not be judged (or, without a target, why it has no trend), or why a
/// trend fast enough is still too slow ([`Reason::ShortOfTarget`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// No value at all up to the chosen year.
    NoData,
    /// No value within the baseline window (1990–1995), so no baseline.
    NoBaseline,
    /// The chosen year is before the baseline observation: there is nothing to compare yet.
    BaselineAfterAsOf,
    /// The baseline is the only observation up to the chosen year.
    NoLaterObservation,
    /// The baseline measure is zero (e.g. 0 % poverty, or no shortfall) and the latest is not:
    /// a geometric rate from zero is undefined.
    ZeroBaseline,
    /// The baseline is at or after the target's deadline.
    BaselineAfterDeadline,
    /// The fitted trend is as fast as required, but carried on from the latest value it does not
    /// reach the target by the deadline (always so when the latest value is at the deadline and
    /// misses it): too slow, not on track.
    ShortOfTarget,
}

impl Reason {
    /// Stable key for translations.
    pub const fn key(self) -> &'static str {
        match self {
            Reason::NoData => "no_data",
            Reason::NoBaseline => "no_baseline",
            Reason::BaselineAfterAsOf => "baseline_after_as_of",
            Reason::NoLaterObservation => "no_later_observation",
            Reason::ZeroBaseline => "zero_baseline",
            Reason::BaselineAfterDeadline => "baseline_after_deadline",
            Reason::ShortOfTarget => "short_of_target",
        }
    }
}

/// Whether a change is for the better, given the series' direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Moved the better way.
    Improving,
    /// Moved the worse way.
    Worsening,
    /// Same value.
    Unchanged,
    /// The series has no better direction ([`Direction::Neutral`]).
    NotJudged,
}

impl Verdict {
    /// Stable key for CSS classes and translations.
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Improving => "improving",
            Verdict::Worsening => "worsening",
            Verdict::Unchanged => "unchanged",
            Verdict::NotJudged => "not_judged",
        }
    }
}

/// The trend of a series without a numeric target, from [`Assessment::baseline`] to
/// [`Assessment::latest`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Average change per year, in units of the value: `(latest − first) / years`.
    pub annual_change: f64,
    /// Geometric rate per year, `(latest / first)^(1/years) − 1`, when both values are positive.
    pub annual_rate: Option<f64>,
    /// Whether that is for the better.
    pub verdict: Verdict,
}

/// The class of a series and the working behind it, for the UI to show on demand.
///
/// Rates are rates of change of the *measure* ([`TargetKind::measure`]: the value, the
/// shortfall or the gap), so progress is always negative: geometric kinds give a fraction per
/// year (−0.043 = −4.3 %/yr), linear kinds units of the value per year.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// The class, in the words of [`Assessment::method`].
    pub status: Status,
    /// Where the series stands, whatever the method calls it.
    pub grade: Grade,
    /// The method that judged it.
    pub method: Method,
    /// The year it is judged as of.
    pub as_of: u16,
    /// Observations from the baseline to the latest, both included.
    pub points: u16,
    /// Whether [`Assessment::actual_rate`] is the least-squares trend through those points
    /// (otherwise the two endpoints).
    pub fitted: bool,
    /// The series' floor, when the method applies floors and the series has one.
    pub floor: Option<Floor>,
    /// Who models the series' estimates, if they are modelled rather than observed.
    pub modelled: Option<Modeller>,
    /// Whether the values are reported in whole units and "met" allowed for that rounding.
    pub rounded: bool,
    /// How the target is measured (`None` without a target).
    pub kind: Option<TargetKind>,
    /// The baseline: the first observation in the baseline window (1990–1995) for a target;
    /// the first observation from 1990 up to the chosen year for a trend.
    pub baseline: Option<Observation>,
    /// The last observation at or before the chosen year.
    pub latest: Option<Observation>,
    /// The target value (for parity, the parity level itself; see [`TargetKind::parity_band`]).
    pub target: Option<f64>,
    /// The target's deadline (2015).
    pub deadline: Option<u16>,
    /// Annual rate of the measure that takes the baseline to the target by the deadline.
    pub required_rate: Option<f64>,
    /// Annual rate of the measure from the baseline to the latest observation: the endpoints,
    /// or the least-squares trend when [`Assessment::fitted`].
    pub actual_rate: Option<f64>,
    /// `actual_rate / required_rate` (≥ 1 on track, 0–1 too slow, ≤ 0 moving away).
    pub ratio: Option<f64>,
    /// For a series without a numeric target: its direction of change.
    pub trend: Option<Trend>,
    /// Why the series could not be judged (or has no trend).
    pub reason: Option<Reason>,
}

impl Assessment {
    fn empty(grade: Grade, method: Method) -> Self {
        Assessment {
            status: method.status(grade, None),
            grade,
            method,
            as_of: 0,
            points: 0,
            fitted: false,
            floor: None,
            modelled: None,
            rounded: false,
            kind: None,
            baseline: None,
            latest: None,
            target: None,
            deadline: None,
            required_rate: None,
            actual_rate: None,
            ratio: None,
            trend: None,
            reason: None,
        }
    }

    /// Years from the baseline to the latest observation.
    pub fn elapsed_years(&self) -> Option<u16> {
        self.latest?.year.checked_sub(self.baseline?.year)
    }

    /// Years from the baseline to the deadline (the span of the required rate).
    pub fn target_years(&self) -> Option<u16> {
        self.deadline?.checked_sub(self.baseline?.year)
    }

    /// For parity, whether the latest value has gone past the band on the far side from the
    /// baseline: the disparity the target addressed is gone (the class is [`Status::Met`]) but
    /// one the other way has opened, e.g. a ratio of girls to boys of 1.07 after 0.59 in 1990.
    pub fn overshoot(&self) -> bool {
        let (Some(TargetKind::Parity { level, side }), Some(latest)) = (self.kind, self.latest)
        else {
            return false;
        };
        let tol = PARITY_TOLERANCE * level.abs();
        match side {
            ParitySide::Below => latest.value > level + tol,
            ParitySide::Above => latest.value < level - tol,
            ParitySide::Within => false,
        }
    }

    /// Whether the baseline value itself already met the target ("met in 1990").
    pub fn met_at_baseline(&self) -> bool {
        match (self.kind, self.baseline, self.target) {
            (Some(kind), Some(b), Some(t)) => meets(kind, b.value, t, 0.0),
            _ => false,
        }
    }
}

/// Assesses `values` against `rule` as of the year `as_of` by `method` (see the
/// [module documentation](super)). Without a rule, gives the trend only
/// ([`Status::NoNumericTarget`]). A [`crate::TargetRule::Reach`] of exactly 1 is treated as
/// gender parity; use [`assess_series`] to also recognise parity expressed per 100, and to apply
/// the series' floor and modelled-estimate note.
pub fn assess(
    values: &SeriesValues,
    rule: Option<&NumericTarget>,
    direction: Direction,
    as_of: u16,
    method: Method,
) -> Assessment {
    let parity = matches!(
        rule.map(|r| &r.rule),
        Some(crate::TargetRule::Reach { level }) if is_parity_level(*level)
    );
    let input = Input {
        values,
        rule,
        direction,
        as_of,
        parity,
        method,
        floor: None,
        modelled: false,
    };
    input.assess()
}

/// [`assess`] with the series' own target rule and direction; parity is recognised from the
/// indicators it measures ([`is_parity_series`]), and the series' floor applies where the
/// method uses floors.
pub fn assess_series(
    series: &Series,
    values: &SeriesValues,
    as_of: u16,
    method: Method,
) -> Assessment {
    let input = Input {
        values,
        rule: series.target_rule.as_ref(),
        direction: series.direction,
        as_of,
        parity: is_parity_series(series),
        method,
        floor: floor(&series.id).filter(|_| method.rules().floors),
        modelled: modelled_by(&series.id).is_some(),
    };
    let mut a = input.assess();
    a.modelled = modelled_by(&series.id);
    a
}

/// Everything one assessment depends on.
struct Input<'a> {
    values: &'a SeriesValues,
    rule: Option<&'a NumericTarget>,
    direction: Direction,
    as_of: u16,
    parity: bool,
    method: Method,
    floor: Option<Floor>,
    /// Modelled estimates: smoothed already, so a "met" needs no confirming.
    modelled: bool,
}

impl Input<'_> {
    fn assess(&self) -> Assessment {
        let mut a = match self.rule {
            Some(rule) => self.assess_target(rule),
            None => assess_trend(self.values, self.direction, self.as_of, self.method),
        };
        a.status = self.method.status(a.grade, a.ratio);
        a.as_of = self.as_of;
        a
    }

    fn assess_target(&self, rule: &NumericTarget) -> Assessment {
        let rules = self.method.rules();
        let mut a = Assessment::empty(Grade::InsufficientData, self.method);
        a.deadline = Some(rule.deadline);
        a.latest = latest_at_or_before(self.values, self.as_of);
        if points(self.values).next().is_none() {
            return insufficient(a, Reason::NoData);
        }
        let window = rule.baseline_year..=rule.baseline_year.saturating_add(BASELINE_WINDOW);
        let Some(base) = points(self.values).find(|o| window.contains(&o.year)) else {
            return insufficient(a, Reason::NoBaseline);
        };
        a.baseline = Some(base);
        let tolerance = if rules.reach_tolerance {
            REACH_TOLERANCE
        } else {
            0.0
        };
        let kind = TargetKind::resolve(
            &rule.rule,
            self.parity,
            self.direction,
            base.value,
            tolerance,
        );
        let target = rule.rule.target_value(base.value);
        a.kind = Some(kind);
        a.target = Some(target);
        let latest = match a.latest {
            Some(l) if l.year >= base.year => l,
            _ => {
                // Nothing at or after the baseline by `as_of`: earlier values do not count.
                a.latest = None;
                return insufficient(a, Reason::BaselineAfterAsOf);
            }
        };
        let used: Vec<Observation> = points(self.values)
            .filter(|o| (base.year..=latest.year).contains(&o.year))
            .collect();
        a.points = u16::try_from(used.len()).unwrap_or(u16::MAX);
        if let Some(f) = self.floor {
            a.floor = Some(f);
            if base.value < f.level {
                a.grade = Grade::AlreadyLow;
                return a;
            }
        }
        if let Some(window) = rules.stale_window {
            if latest.year.saturating_add(window) < self.as_of {
                a.grade = Grade::NoRecentData;
                return a;
            }
        }
        a.rounded = rules.rounding && whole_units(self.values);
        let slack = if a.rounded { 0.5 } else { 0.0 };

        let (m_base, m_latest, m_target) = (
            kind.measure(base.value),
            kind.measure(latest.value),
            kind.target_measure(target),
        );
        a.required_rate = rule
            .deadline
            .checked_sub(base.year)
            .and_then(|years| rate(kind, m_base, m_target, years));
        let fit = rules.trend_fit.then(|| trend_rate(kind, &used)).flatten();
        a.fitted = fit.is_some();
        a.actual_rate = fit.or_else(|| rate(kind, m_base, m_latest, latest.year - base.year));
        a.ratio = match (a.actual_rate, a.required_rate) {
            (Some(act), Some(req)) if req < 0.0 => Some(act / req).filter(|r| r.is_finite()),
            _ => None,
        };

        if meets(kind, latest.value, target, slack) && self.confirmed(&a, kind, &used, target) {
            a.grade = Grade::Met;
            return a;
        }
        if latest.year == base.year {
            return insufficient(a, Reason::NoLaterObservation);
        }
        if rules.confirm_met && meets(kind, base.value, target, slack) {
            // Met at the baseline, no longer met: fallen back, whatever the rates say.
            a.grade = Grade::MovingAway;
            return a;
        }
        if kind.is_geometric() && m_base <= 0.0 {
            return insufficient(a, Reason::ZeroBaseline);
        }
        if rule.deadline <= base.year {
            return insufficient(a, Reason::BaselineAfterDeadline);
        }
        a.grade = match (a.ratio, a.required_rate) {
            (Some(r), _) if r >= 1.0 - EPS => Grade::OnTrack,
            (Some(r), _) if r > EPS => Grade::TooSlow,
            (Some(_), _) => Grade::MovingAway,
            // Required rate ≥ 0: the baseline met the target, the latest no longer does.
            (None, Some(_)) => Grade::MovingAway,
            (None, None) => return insufficient(a, Reason::NoLaterObservation),
        };
        // A fitted slope says nothing of the level: it must also carry the latest value to the
        // target. (With the endpoints, a ratio of 1 or more always does.)
        if a.grade == Grade::OnTrack
            && a.fitted
            && !super::projection(&a).is_some_and(|p| meets(kind, p.value, target, slack))
        {
            a.grade = Grade::TooSlow;
            a.reason = Some(Reason::ShortOfTarget);
        }
        a
    }

    /// Whether a latest value that meets the target is confirmed, where the method asks: with
    /// three or more observations of a series that is not modelled, the baseline or the one
    /// before the latest must meet it too, or the fitted trend must be at the target by the
    /// latest year; one spike in noisy surveys does not decide.
    fn confirmed(
        &self,
        a: &Assessment,
        kind: TargetKind,
        used: &[Observation],
        target: f64,
    ) -> bool {
        if !self.method.rules().confirm_met || used.len() < 3 || self.modelled {
            return true;
        }
        let slack = if a.rounded { 0.5 } else { 0.0 };
        let previous = used.iter().rev().nth(1);
        if [used.first(), previous]
            .into_iter()
            .flatten()
            .any(|p| meets(kind, p.value, target, slack))
        {
            return true;
        }
        fitted_measure_at_latest(kind, used).is_some_and(|m| {
            m <= kind.target_measure(target) + EPS * kind.target_measure(target).abs().max(1.0)
        })
    }
}

/// Finite observations only: a NaN or infinity (never in the bundle) is treated as missing.
fn points(values: &SeriesValues) -> impl Iterator<Item = Observation> + '_ {
    values
        .points()
        .filter(|(_, v)| v.is_finite())
        .map(Observation::from)
}

fn latest_at_or_before(values: &SeriesValues, year: u16) -> Option<Observation> {
    points(values).take_while(|o| o.year <= year).last()
}

/// Whether every value is a whole number (a series published rounded to units).
fn whole_units(values: &SeriesValues) -> bool {
    points(values).all(|o| o.value.fract() == 0.0)
}

fn insufficient(mut a: Assessment, reason: Reason) -> Assessment {
    a.grade = Grade::InsufficientData;
    a.reason = Some(reason);
    a
}

/// Whether `value` meets `target`; with `slack` (half a reporting unit), only if every value
/// that rounds to it would.
fn meets(kind: TargetKind, value: f64, target: f64, slack: f64) -> bool {
    let (m, t) = (kind.measure(value), kind.target_measure(target));
    let m = if m > 0.0 { m + slack } else { m };
    m <= t + EPS * t.abs().max(1.0)
}

/// Annual rate of the measure from `from` to `to` over `years`: geometric or linear.
fn rate(kind: TargetKind, from: f64, to: f64, years: u16) -> Option<f64> {
    if years == 0 {
        return None;
    }
    let n = f64::from(years);
    let r = if kind.is_geometric() {
        if from <= 0.0 {
            return None;
        }
        (to / from).powf(n.recip()) - 1.0
    } else {
        (to - from) / n
    };
    r.is_finite().then_some(r)
}

/// The points a trend is fitted through: (year, measure), or (year, ln measure) for geometric
/// kinds, where a zero measure (target reached) has no logarithm and is left out.
fn fit_points(kind: TargetKind, used: &[Observation]) -> Vec<(f64, f64)> {
    used.iter()
        .filter_map(|o| {
            let m = kind.measure(o.value);
            let y = if kind.is_geometric() {
                (m > 0.0).then(|| m.ln())?
            } else {
                m
            };
            Some((f64::from(o.year), y))
        })
        .collect()
}

/// Ordinary least squares through `(x, y)`: (intercept, slope), with at least 3 points and
/// some spread in x.
pub(crate) fn least_squares(pts: &[(f64, f64)]) -> Option<(f64, f64)> {
    if pts.len() < 3 {
        return None;
    }
    let n = pts.len() as f64;
    let (mx, my) = pts
        .iter()
        .fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x / n, sy + y / n));
    let (sxy, sxx) = pts.iter().fold((0.0, 0.0), |(sxy, sxx), (x, y)| {
        (sxy + (x - mx) * (y - my), sxx + (x - mx) * (x - mx))
    });
    if sxx <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    (slope.is_finite()).then_some((my - slope * mx, slope))
}

/// The trend's annual rate of the measure: `e^slope − 1` of the log measure for geometric
/// kinds, the slope itself for linear ones. `None` under three usable points.
fn trend_rate(kind: TargetKind, used: &[Observation]) -> Option<f64> {
    let (_, slope) = least_squares(&fit_points(kind, used))?;
    let r = if kind.is_geometric() {
        slope.exp() - 1.0
    } else {
        slope
    };
    r.is_finite().then_some(r)
}

/// The trend's measure at the latest observation's year.
fn fitted_measure_at_latest(kind: TargetKind, used: &[Observation]) -> Option<f64> {
    let latest = used.last()?;
    let (a, b) = least_squares(&fit_points(kind, used))?;
    let y = a + b * f64::from(latest.year);
    Some(if kind.is_geometric() { y.exp() } else { y })
}

fn assess_trend(
    values: &SeriesValues,
    direction: Direction,
    as_of: u16,
    method: Method,
) -> Assessment {
    let mut a = Assessment::empty(Grade::NoNumericTarget, method);
    let mut seen = points(values).filter(|o| o.year >= FIRST_YEAR).peekable();
    let Some(&first) = seen.peek() else {
        a.reason = Some(Reason::NoData);
        return a;
    };
    let Some(latest) = seen.take_while(|o| o.year <= as_of).last() else {
        a.reason = Some(Reason::BaselineAfterAsOf);
        return a;
    };
    a.baseline = Some(first);
    a.latest = Some(latest);
    if latest.year == first.year {
        a.reason = Some(Reason::NoLaterObservation);
        return a;
    }
    let n = f64::from(latest.year - first.year);
    let annual_change = (latest.value - first.value) / n;
    let annual_rate = (first.value > 0.0 && latest.value > 0.0)
        .then(|| (latest.value / first.value).powf(n.recip()) - 1.0)
        .filter(|r| r.is_finite());
    let verdict = if direction == Direction::Neutral {
        Verdict::NotJudged
    } else if latest.value == first.value {
        Verdict::Unchanged
    } else if (latest.value > first.value) == (direction == Direction::HigherIsBetter) {
        Verdict::Improving
    } else {
        Verdict::Worsening
    };
    a.trend = Some(Trend {
        annual_change,
        annual_rate,
        verdict,
    });
    a
}
