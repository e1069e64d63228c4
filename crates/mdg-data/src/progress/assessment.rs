//! Assessing one series against its 2015 target, as of a chosen year.

use crate::{Direction, NumericTarget, Series, SeriesValues, FIRST_YEAR};

use super::kind::{is_parity_level, is_parity_series, ParitySide, TargetKind, PARITY_TOLERANCE};
use super::Status;

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

/// Why a series could not be judged (or, without a target, why it has no trend).
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
    /// The class.
    pub status: Status,
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
    /// Annual rate of the measure from the baseline to the latest observation.
    pub actual_rate: Option<f64>,
    /// `actual_rate / required_rate` (≥ 1 on track, 0–1 too slow, ≤ 0 moving away).
    pub ratio: Option<f64>,
    /// For a series without a numeric target: its direction of change.
    pub trend: Option<Trend>,
    /// Why the series could not be judged (or has no trend).
    pub reason: Option<Reason>,
}

impl Assessment {
    fn empty(status: Status) -> Self {
        Assessment {
            status,
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
            (Some(kind), Some(b), Some(t)) => meets(kind, b.value, t),
            _ => false,
        }
    }
}

/// Assesses `values` against `rule` as of the year `as_of`, following the MDG-era World Bank /
/// UNDP method (see the [module documentation](super)). Without a rule, gives the trend only
/// ([`Status::NoNumericTarget`]). A [`crate::TargetRule::Reach`] of exactly 1 is treated as
/// gender parity; use [`assess_series`] to also recognise parity expressed per 100.
pub fn assess(
    values: &SeriesValues,
    rule: Option<&NumericTarget>,
    direction: Direction,
    as_of: u16,
) -> Assessment {
    let parity = matches!(
        rule.map(|r| &r.rule),
        Some(crate::TargetRule::Reach { level }) if is_parity_level(*level)
    );
    assess_impl(values, rule, direction, as_of, parity)
}

/// [`assess`] with the series' own target rule and direction; parity is recognised from the
/// indicators it measures ([`is_parity_series`]).
pub fn assess_series(series: &Series, values: &SeriesValues, as_of: u16) -> Assessment {
    assess_impl(
        values,
        series.target_rule.as_ref(),
        series.direction,
        as_of,
        is_parity_series(series),
    )
}

fn assess_impl(
    values: &SeriesValues,
    rule: Option<&NumericTarget>,
    direction: Direction,
    as_of: u16,
    parity: bool,
) -> Assessment {
    match rule {
        Some(rule) => assess_target(values, rule, direction, as_of, parity),
        None => assess_trend(values, direction, as_of),
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

fn insufficient(mut a: Assessment, reason: Reason) -> Assessment {
    a.status = Status::InsufficientData;
    a.reason = Some(reason);
    a
}

fn meets(kind: TargetKind, value: f64, target: f64) -> bool {
    let (m, t) = (kind.measure(value), kind.target_measure(target));
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

fn assess_target(
    values: &SeriesValues,
    rule: &NumericTarget,
    direction: Direction,
    as_of: u16,
    parity: bool,
) -> Assessment {
    let mut a = Assessment::empty(Status::InsufficientData);
    a.deadline = Some(rule.deadline);
    a.latest = latest_at_or_before(values, as_of);
    if points(values).next().is_none() {
        return insufficient(a, Reason::NoData);
    }
    let window = rule.baseline_year..=rule.baseline_year.saturating_add(BASELINE_WINDOW);
    let Some(base) = points(values).find(|o| window.contains(&o.year)) else {
        return insufficient(a, Reason::NoBaseline);
    };
    a.baseline = Some(base);
    let kind = TargetKind::resolve(&rule.rule, parity, direction, base.value);
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

    let (m_base, m_latest, m_target) = (
        kind.measure(base.value),
        kind.measure(latest.value),
        kind.target_measure(target),
    );
    a.required_rate = rule
        .deadline
        .checked_sub(base.year)
        .and_then(|years| rate(kind, m_base, m_target, years));
    a.actual_rate = rate(kind, m_base, m_latest, latest.year - base.year);
    a.ratio = match (a.actual_rate, a.required_rate) {
        (Some(act), Some(req)) if req < 0.0 => Some(act / req).filter(|r| r.is_finite()),
        _ => None,
    };

    if meets(kind, latest.value, target) {
        a.status = Status::Met;
        return a;
    }
    if latest.year == base.year {
        return insufficient(a, Reason::NoLaterObservation);
    }
    if kind.is_geometric() && m_base <= 0.0 {
        return insufficient(a, Reason::ZeroBaseline);
    }
    if rule.deadline <= base.year {
        return insufficient(a, Reason::BaselineAfterDeadline);
    }
    a.status = match (a.ratio, a.required_rate) {
        (Some(r), _) if r >= 1.0 - EPS => Status::OnTrack,
        (Some(r), _) if r > EPS => Status::TooSlow,
        (Some(_), _) => Status::MovingAway,
        // Required rate ≥ 0: the baseline met the target, the latest no longer does.
        (None, Some(_)) => Status::MovingAway,
        (None, None) => return insufficient(a, Reason::NoLaterObservation),
    };
    a
}

fn assess_trend(values: &SeriesValues, direction: Direction, as_of: u16) -> Assessment {
    let mut a = Assessment::empty(Status::NoNumericTarget);
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
