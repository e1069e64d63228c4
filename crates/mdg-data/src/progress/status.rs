//! The progress classes: the method-neutral [`Grade`] the rules arrive at, and the [`Status`]
//! a [`super::Method`] calls it.

/// Where a series stands, whatever the method calls it.
///
/// Declared (and therefore ordered) from best to least informative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// The latest value meets the target (possibly since the baseline).
    Met,
    /// Actual rate at least the required rate (ratio ≥ 1).
    OnTrack,
    /// Progressing, but too slowly (0 < ratio < 1).
    TooSlow,
    /// No change, or change the wrong way (ratio ≤ 0), or fallen back after meeting the target.
    MovingAway,
    /// The baseline was below the level at which the target means anything (a floor).
    AlreadyLow,
    /// The latest observation is older than the staleness window before the "as of" year.
    NoRecentData,
    /// A target exists but the data cannot support a judgement (see [`super::Reason`]).
    InsufficientData,
    /// The series has no numeric 2015 target: only its trend is shown.
    NoNumericTarget,
}

/// How a series stands against its 2015 target, in the words of the chosen method.
///
/// Declared (and therefore ordered) method by method, each from best to worst, then the classes
/// every method shares; [`super::Method::statuses`] lists one method's classes in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Robust method: the target is met, confirmed by the trend or the observation before.
    Met,
    /// Robust method: the fitted rate is at least the required rate.
    OnTrack,
    /// Robust method: progressing, but too slowly.
    TooSlow,
    /// Robust method: no change, the wrong way, or fallen back after meeting the target.
    MovingAway,
    /// World Bank 2003: met, or the actual rate at least the required rate.
    Likely,
    /// World Bank 2003: at least half the required rate ("as much as twice the time").
    Possible,
    /// World Bank 2003: progress, but under half the required rate.
    Unlikely,
    /// World Bank 2003: no progress, or worse than at the baseline.
    VeryUnlikely,
    /// UN Progress Chart: target already met.
    ChartMet,
    /// UN Progress Chart: progress sufficient if prevailing trends persist.
    Sufficient,
    /// UN Progress Chart: progress insufficient if prevailing trends persist.
    Insufficient,
    /// UN Progress Chart: no progress or deterioration.
    NoProgress,
    /// Robust and Progress Chart: too low at the baseline for the target to mean anything.
    AlreadyLow,
    /// Robust method: the latest value is too old to judge the chosen year.
    NoRecentData,
    /// A target exists but the data cannot support a judgement.
    InsufficientData,
    /// The series has no numeric 2015 target: only its trend is shown.
    NoNumericTarget,
}

/// The colour family of a class, shared across methods so that "good" looks the same
/// everywhere (CSS class `tone-{key}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Met or as good as met.
    Best,
    /// Enough progress.
    Good,
    /// Some progress, not enough.
    Slow,
    /// None, or the wrong way.
    Bad,
    /// Not judged: low at baseline, stale, missing, or no target.
    Neutral,
}

impl Tone {
    /// Stable key for CSS classes.
    pub const fn key(self) -> &'static str {
        match self {
            Tone::Best => "best",
            Tone::Good => "good",
            Tone::Slow => "slow",
            Tone::Bad => "bad",
            Tone::Neutral => "neutral",
        }
    }
}

impl Status {
    /// Every class, in declaration order.
    pub const ALL: [Status; 16] = [
        Status::Met,
        Status::OnTrack,
        Status::TooSlow,
        Status::MovingAway,
        Status::Likely,
        Status::Possible,
        Status::Unlikely,
        Status::VeryUnlikely,
        Status::ChartMet,
        Status::Sufficient,
        Status::Insufficient,
        Status::NoProgress,
        Status::AlreadyLow,
        Status::NoRecentData,
        Status::InsufficientData,
        Status::NoNumericTarget,
    ];

    /// Stable key for CSS classes and translation keys (never changes with the wording).
    pub const fn key(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::OnTrack => "on_track",
            Status::TooSlow => "too_slow",
            Status::MovingAway => "moving_away",
            Status::Likely => "likely",
            Status::Possible => "possible",
            Status::Unlikely => "unlikely",
            Status::VeryUnlikely => "very_unlikely",
            Status::ChartMet => "chart_met",
            Status::Sufficient => "sufficient",
            Status::Insufficient => "insufficient",
            Status::NoProgress => "no_progress",
            Status::AlreadyLow => "already_low",
            Status::NoRecentData => "no_recent_data",
            Status::InsufficientData => "insufficient_data",
            Status::NoNumericTarget => "no_target",
        }
    }

    /// The class with the given [`key`](Self::key).
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether this class judges progress against a target.
    pub const fn is_judged(self) -> bool {
        !matches!(self.tone(), Tone::Neutral)
    }

    /// Whether this class counts as "on track" in shares of countries: met, or progressing at
    /// least at the required rate.
    pub const fn is_on_track(self) -> bool {
        matches!(
            self,
            Status::Met | Status::OnTrack | Status::Likely | Status::ChartMet | Status::Sufficient
        )
    }

    /// The colour family.
    pub const fn tone(self) -> Tone {
        match self {
            Status::Met | Status::Likely | Status::ChartMet => Tone::Best,
            Status::OnTrack | Status::Possible | Status::Sufficient => Tone::Good,
            Status::TooSlow | Status::Unlikely | Status::Insufficient => Tone::Slow,
            Status::MovingAway | Status::VeryUnlikely | Status::NoProgress => Tone::Bad,
            Status::AlreadyLow
            | Status::NoRecentData
            | Status::InsufficientData
            | Status::NoNumericTarget => Tone::Neutral,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip() {
        let keys: std::collections::BTreeSet<_> = Status::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys.len(), Status::ALL.len());
        for s in Status::ALL {
            assert_eq!(Status::from_key(s.key()), Some(s));
        }
        assert_eq!(Status::from_key("nope"), None);
    }

    #[test]
    fn all_is_in_declaration_order() {
        assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Status::Met.is_judged() && Status::VeryUnlikely.is_judged());
        assert!(!Status::InsufficientData.is_judged() && !Status::NoNumericTarget.is_judged());
        assert!(!Status::AlreadyLow.is_judged() && !Status::NoRecentData.is_judged());
        assert!(Status::Likely.is_on_track() && !Status::Possible.is_on_track());
        assert!(Status::Sufficient.is_on_track() && !Status::Insufficient.is_on_track());
    }
}
