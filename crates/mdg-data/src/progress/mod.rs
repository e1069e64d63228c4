//! Progress status: is a series on track for its 2015 MDG target, as of a chosen year?
//!
//! Three published methods are available ([`Method`]); they share the observations, measures
//! and rates described here and differ in the rules of [`Rules`]. The default, robust method
//! adds to the World Bank 2003 base: a least-squares trend through every observation from the
//! baseline (three points or more; otherwise the endpoints, stated), a staleness window
//! ([`STALE_WINDOW`]: "no recent data"), "reach" targets recast as the gap to the level reduced
//! geometrically to a tolerance ([`REACH_TOLERANCE`]; gross rates above the level count as the
//! level), per-series floors ([`floor`]: "already low"), a "met" that needs the observation
//! before or the trend to agree, and whole-unit values that meet a target only when every
//! value rounding to them would. The World Bank 2003 method is the base alone, with four
//! classes by ratio; the UN Progress Chart style is the base with floors ("not relevant").
//!
//! The base, as the World Bank / UNDP did it in the MDG era: compare the **actual** annual rate of change
//! from the 1990 baseline to the latest observation with the **required** annual rate that takes
//! the baseline to the 2015 target. Pure Rust, natively tested; the UI shows the working
//! ([`Assessment`]) on demand and draws [`required_path`] and [`projected_path`].
//!
//! # Observations
//!
//! - **Baseline**: the observation nearest the rule's baseline year (1990) within
//!   1990–1995 ([`BASELINE_WINDOW`]), i.e. the first one; its year is stated in
//!   [`Assessment::baseline`] and does not move with the "as of" year.
//! - **Latest**: the last observation at or before the "as of" year. Values are never
//!   interpolated; a year without a value is simply skipped.
//!
//! # Measures and rates
//!
//! Each rule is resolved into a [`TargetKind`] and a *measure* that the target asks to shrink;
//! rates are rates of the measure, so progress is always a negative rate, and
//! `ratio = actual / required` (both negative when progressing):
//!
//! | rule | measure | rates |
//! |---|---|---|
//! | reduce by n/d (poverty, U5MR, MMR) | the value `v`; target `b·(1−n/d)` | geometric: `(m₁/m₀)^(1/years) − 1` |
//! | reduce the shortfall by n/d (water, sanitation) | the shortfall `level − v`; target value `level − (level − b)(1−n/d)` | geometric |
//! | reach a level (100 % enrolment or completion) | the gap `level − v`, floored at 0 | linear: `(m₁ − m₀)/years`, units per year |
//! | gender parity (reach 1, or 100 women per 100 men) | the gap to parity on the baseline's side | linear; met within ±3 % ([`PARITY_TOLERANCE`]) |
//!
//! *Why linear for "reach"*: a geometric rate of the gap never brings it to zero, so a "reach"
//! target is tracked as closing the gap at a steady pace (points per year) by the deadline.
//! *Parity*: a ratio within 0.97–1.03 (97–103 per 100) counts as parity, the UNESCO
//! convention. The target is read as eliminating the disparity found at the baseline: a baseline
//! below the band is measured by `level − v` (floored at 0), one above it by `v − level`, and a
//! baseline already within the band by `|v − level|` (a move out either way is moving away). So
//! a ratio that went from 0.59 to 1.07 is met, with [`Assessment::overshoot`] flagging the new
//! disparity the other way for the UI to say so, rather than "too slow" as a symmetric gap would
//! have it. The required rate closes the gap to the edge of the band (consistent with "met"), so
//! a projection reaching the band by the deadline is on track. Parity is recognised from a reach
//! level of exactly 1 ([`assess`]) or, through [`assess_series`], from the indicators a series
//! measures (2003 indicators 9 and 10, e.g. literate women per 100 men).
//! A "reach" target ignores overshooting the level (gross rates above 100 % count as reached).
//! Targets define their own direction; the series' [`crate::Direction`] only decides from which
//! side a non-parity level is approached.
//!
//! # Classes, in order of precedence
//!
//! 1. [`Status::InsufficientData`] when there is no data ([`Reason::NoData`]), no baseline in
//!    1990–1995 ([`Reason::NoBaseline`]), or no observation from the baseline year up to the
//!    "as of" year ([`Reason::BaselineAfterAsOf`]).
//! 2. [`Status::Met`] when the latest value meets the target (at most the target for a
//!    reduction, at least the level for "reach", inside or past the band for parity), including a
//!    target already met at the baseline and seen only once. Under [`Rules::confirm_met`] a
//!    survey series' latest value needs the baseline, the observation before, or the fitted trend
//!    to meet the target too; modelled series are taken as they are.
//! 3. [`Status::InsufficientData`] when the baseline is the only observation
//!    ([`Reason::NoLaterObservation`]), or a geometric measure starts at zero
//!    ([`Reason::ZeroBaseline`]: a rate from 0 is undefined; 0 then 0 is met).
//! 4. [`Status::OnTrack`] if `ratio ≥ 1`, [`Status::TooSlow`] if `0 < ratio < 1` (the ratio is
//!    exposed so the UI can split at 0.5), [`Status::MovingAway`] if `ratio ≤ 0` (no change or
//!    the wrong way), and also when the baseline met the target but the latest no longer does
//!    (required rate ≥ 0, so no ratio). With a fitted trend, `ratio ≥ 1` is on track only if the
//!    latest value carried on at that rate ([`projection`]) meets the target by the deadline;
//!    otherwise too slow ([`Reason::ShortOfTarget`]), so a value at the deadline that misses the
//!    target is never on track.
//!
//! Comparisons at the boundaries allow a 1e-9 relative slack, so a series exactly on the
//! required path is on track and one exactly at the target is met.
//!
//! Without a numeric target the class is [`Status::NoNumericTarget`] and [`Assessment::trend`]
//! gives the direction of change from the first observation since 1990 (any year, stated) to
//! the latest, its linear and geometric annual rates, and a [`Verdict`] from the series'
//! direction (none for neutral series).

mod assessment;
mod kind;
mod method;
mod path;
mod status;
mod summary;
pub mod url;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_robust;

pub use assessment::{
    assess, assess_series, Assessment, Observation, Reason, Trend, Verdict, BASELINE_WINDOW,
};
pub use kind::{is_parity_series, ParitySide, TargetKind, PARITY_TOLERANCE};
pub use method::{
    floor, modelled_by, Floor, FloorSource, Method, Modeller, Rules, REACH_TOLERANCE, STALE_WINDOW,
};
pub use path::{projected_path, projection, required_path};
pub use status::{Grade, Status, Tone};
pub use summary::summarize;
pub use url::{parse_method, set_method, with_method, IndexFilter, ProfileState, Tab};
