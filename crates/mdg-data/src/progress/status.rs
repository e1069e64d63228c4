//! The progress classes.

/// How a series stands against its 2015 target, as of a chosen year.
///
/// Declared (and therefore ordered) from best to least informative, the order summaries and
/// legends use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The latest value already meets the target (possibly since the baseline).
    Met,
    /// Actual rate at least the required rate (ratio ≥ 1).
    OnTrack,
    /// Progressing, but too slowly (0 < ratio < 1; the UI may split at 0.5).
    TooSlow,
    /// No change, or change the wrong way (ratio ≤ 0).
    MovingAway,
    /// A target exists but the data cannot support a judgement (see [`super::Reason`]).
    InsufficientData,
    /// The series has no numeric 2015 target: only its trend is shown.
    NoNumericTarget,
}

impl Status {
    /// Every class, in display order.
    pub const ALL: [Status; 6] = [
        Status::Met,
        Status::OnTrack,
        Status::TooSlow,
        Status::MovingAway,
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
            Status::InsufficientData => "insufficient_data",
            Status::NoNumericTarget => "no_target",
        }
    }

    /// The class with the given [`key`](Self::key).
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether this class judges progress against a target (met, on track, too slow, moving away).
    pub const fn is_judged(self) -> bool {
        matches!(
            self,
            Status::Met | Status::OnTrack | Status::TooSlow | Status::MovingAway
        )
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
    fn all_is_in_display_order() {
        assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Status::Met.is_judged() && Status::MovingAway.is_judged());
        assert!(!Status::InsufficientData.is_judged() && !Status::NoNumericTarget.is_judged());
    }
}
