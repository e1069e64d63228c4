//! Paths for the chart: the required path from the baseline to the target, and the latest
//! observation projected to the deadline at the actual rate.

use super::{Assessment, Observation, TargetKind};

/// The measure after `years` at annual `rate` from `measure` (geometric or linear), floored at 0.
fn advance(kind: TargetKind, measure: f64, rate: f64, years: f64) -> f64 {
    let m = if kind.is_geometric() {
        measure * (1.0 + rate).powf(years)
    } else {
        measure + rate * years
    };
    m.max(0.0)
}

/// One point per year along `rate` from `from` (measured on the side of `side`) to `deadline`.
fn path(
    kind: TargetKind,
    from: Observation,
    rate: f64,
    deadline: u16,
    side: f64,
) -> Vec<Observation> {
    let m0 = kind.measure(from.value);
    (from.year..=deadline)
        .map(|year| {
            let m = advance(kind, m0, rate, f64::from(year - from.year));
            Observation {
                year,
                value: kind.value_of(m, side),
            }
        })
        .filter(|o| o.value.is_finite())
        .collect()
}

/// The required path: one point per year from the baseline to the deadline at the required
/// rate, ending at the target (for parity, at the edge of the parity band). Empty when there is
/// no target, no baseline, or nothing to reduce (target met at the baseline).
pub fn required_path(a: &Assessment) -> Vec<Observation> {
    match (a.kind, a.baseline, a.required_rate, a.deadline) {
        (Some(kind), Some(b), Some(rate), Some(deadline)) if rate < 0.0 => {
            path(kind, b, rate, deadline, b.value)
        }
        _ => Vec::new(),
    }
}

/// The latest observation projected to the deadline at the actual rate (the latest itself when
/// it is at or after the deadline). `None` without a target or an actual rate.
pub fn projection(a: &Assessment) -> Option<Observation> {
    projected_path(a).last().copied()
}

/// One point per year from the latest observation to the deadline at the actual rate (what
/// [`projection`] ends at). Empty without a target or an actual rate.
pub fn projected_path(a: &Assessment) -> Vec<Observation> {
    match (a.kind, a.latest, a.actual_rate, a.deadline) {
        (Some(_), Some(l), Some(_), Some(deadline)) if l.year >= deadline => vec![l],
        (Some(kind), Some(l), Some(rate), Some(deadline)) => path(kind, l, rate, deadline, l.value),
        _ => Vec::new(),
    }
}
