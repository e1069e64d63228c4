//! The three published ways of judging progress, and the rules each one applies.
//!
//! Every method starts from the same observations (baseline in 1990–1995, latest at or before
//! the "as of" year) and the same target; they differ in the rules below and in what they call
//! each [`Grade`]. The methodology page explains them with sources; the constants here are the
//! single place their thresholds live.

use super::{Grade, Status};

/// How old the latest observation may be, in years before the "as of" year, for the robust
/// method to judge it ("no recent data" otherwise).
pub const STALE_WINDOW: u16 = 5;

/// Points below the level that count as reaching it, for "reach 100 %" targets under the robust
/// method: 95 % net enrolment, survival or completion counts as universal. The cut-off of the
/// Asian Development Bank's *Key Indicators for Asia and the Pacific 2014* (p. 71).
pub const REACH_TOLERANCE: f64 = 5.0;

/// A judging method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Method {
    /// This app's default: trend through every point, staleness window, tolerance for
    /// "reach" targets, floors, rounding-aware "met", and a confirmed "met".
    #[default]
    Robust,
    /// World Bank, developmentgoals.org (2003): endpoints, four classes by the ratio of the
    /// actual to the required rate.
    WorldBank2003,
    /// UN MDG Progress Chart style (as in FAO's 2010 hunger map legend): endpoints, met /
    /// sufficient / insufficient / no progress, and "not relevant" below a floor.
    ProgressChart,
}

/// The switches one method turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Least-squares trend over every observation from the baseline (≥ 3 points).
    pub trend_fit: bool,
    /// The staleness window, if any.
    pub stale_window: Option<u16>,
    /// Per-series floors below which a target is not assessed.
    pub floors: bool,
    /// "Reach" targets as the gap to the level, reduced geometrically to [`REACH_TOLERANCE`].
    pub reach_tolerance: bool,
    /// A value reported in whole units meets a target only if its unrounded value must.
    pub rounding: bool,
    /// A survey series' "met" needs the baseline, the observation before, or the trend to agree
    /// (modelled series need not).
    pub confirm_met: bool,
}

impl Method {
    /// Every method, the default first.
    pub const ALL: [Method; 3] = [Method::Robust, Method::WorldBank2003, Method::ProgressChart];

    /// Stable key for the URL (`method=`) and translations.
    pub const fn key(self) -> &'static str {
        match self {
            Method::Robust => "robust",
            Method::WorldBank2003 => "wb2003",
            Method::ProgressChart => "chart",
        }
    }

    /// The method with the given [`key`](Self::key).
    pub fn from_key(key: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The rules this method applies.
    pub const fn rules(self) -> Rules {
        match self {
            Method::Robust => Rules {
                trend_fit: true,
                stale_window: Some(STALE_WINDOW),
                floors: true,
                reach_tolerance: true,
                rounding: true,
                confirm_met: true,
            },
            Method::WorldBank2003 => Rules {
                trend_fit: false,
                stale_window: None,
                floors: false,
                reach_tolerance: false,
                rounding: false,
                confirm_met: false,
            },
            Method::ProgressChart => Rules {
                trend_fit: false,
                stale_window: None,
                floors: true,
                reach_tolerance: false,
                rounding: false,
                confirm_met: false,
            },
        }
    }

    /// The classes this method gives, best first, then the ones that do not judge.
    pub const fn statuses(self) -> &'static [Status] {
        match self {
            Method::Robust => &[
                Status::Met,
                Status::OnTrack,
                Status::TooSlow,
                Status::MovingAway,
                Status::AlreadyLow,
                Status::NoRecentData,
                Status::InsufficientData,
                Status::NoNumericTarget,
            ],
            Method::WorldBank2003 => &[
                Status::Likely,
                Status::Possible,
                Status::Unlikely,
                Status::VeryUnlikely,
                Status::InsufficientData,
                Status::NoNumericTarget,
            ],
            Method::ProgressChart => &[
                Status::ChartMet,
                Status::Sufficient,
                Status::Insufficient,
                Status::NoProgress,
                Status::AlreadyLow,
                Status::InsufficientData,
                Status::NoNumericTarget,
            ],
        }
    }

    /// What this method calls a grade; the World Bank splits "too slow" at half the required
    /// rate (`ratio`).
    pub fn status(self, grade: Grade, ratio: Option<f64>) -> Status {
        match (self, grade) {
            (_, Grade::InsufficientData) => Status::InsufficientData,
            (_, Grade::NoNumericTarget) => Status::NoNumericTarget,
            (_, Grade::AlreadyLow) => Status::AlreadyLow,
            (_, Grade::NoRecentData) => Status::NoRecentData,
            (Method::Robust, Grade::Met) => Status::Met,
            (Method::Robust, Grade::OnTrack) => Status::OnTrack,
            (Method::Robust, Grade::TooSlow) => Status::TooSlow,
            (Method::Robust, Grade::MovingAway) => Status::MovingAway,
            (Method::WorldBank2003, Grade::Met | Grade::OnTrack) => Status::Likely,
            (Method::WorldBank2003, Grade::TooSlow) if ratio.is_some_and(|r| r >= 0.5) => {
                Status::Possible
            }
            (Method::WorldBank2003, Grade::TooSlow) => Status::Unlikely,
            (Method::WorldBank2003, Grade::MovingAway) => Status::VeryUnlikely,
            (Method::ProgressChart, Grade::Met) => Status::ChartMet,
            (Method::ProgressChart, Grade::OnTrack) => Status::Sufficient,
            (Method::ProgressChart, Grade::TooSlow) => Status::Insufficient,
            (Method::ProgressChart, Grade::MovingAway) => Status::NoProgress,
        }
    }
}

/// A floor: the baseline value below which a series' target is not assessed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Floor {
    /// The level, in the series' unit.
    pub level: f64,
    /// Whose threshold it is (the methodology page gives the full reference).
    pub source: FloorSource,
}

/// Where a floor comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FloorSource {
    /// FAO's 2010 map of progress on the hunger target: "not relevant — prevalence of hunger
    /// was below 5 % in 1990".
    Fao2010,
    /// This app's choice, for survey-based shares where halving a value under 2 % is within
    /// sampling error (no published threshold was found; the methodology page says so).
    App,
}

impl FloorSource {
    /// Stable key for translations.
    pub const fn key(self) -> &'static str {
        match self {
            FloorSource::Fao2010 => "fao2010",
            FloorSource::App => "app",
        }
    }
}

/// The floor of a series (by id), if it has one.
pub fn floor(series_id: &str) -> Option<Floor> {
    let (level, source) = match series_id {
        "sn_itk_defc_zs" | "unmdg_undernourished" => (5.0, FloorSource::Fao2010),
        "si_pov_dday" | "unmdg_poverty_125" | "sh_sta_maln_zs" => (2.0, FloorSource::App),
        _ => return None,
    };
    Some(Floor { level, source })
}

/// An inter-agency group or agency that models a series' estimates. The UI names it in the
/// reader's language (`progress.modeller.<key>`: "JMP OMS/UNICEF" in French).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modeller {
    /// UN Inter-agency Group for Child Mortality Estimation.
    UnIgme,
    /// Maternal Mortality Estimation Inter-Agency Group.
    Mmeig,
    /// WHO/UNICEF Joint Monitoring Programme for Water Supply and Sanitation.
    Jmp,
    /// Food and Agriculture Organization of the United Nations.
    Fao,
}

impl Modeller {
    /// Its key in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            Self::UnIgme => "un_igme",
            Self::Mmeig => "mmeig",
            Self::Jmp => "jmp",
            Self::Fao => "fao",
        }
    }
}

/// Who models a series' estimates, for series that are modelled rather than observed (the
/// cards say so: a smooth modelled line is not a set of measurements).
pub fn modelled_by(series_id: &str) -> Option<Modeller> {
    match series_id {
        "sh_dyn_mort" | "sp_dyn_imrt_in" | "unmdg_u5mr" => Some(Modeller::UnIgme),
        "sh_sta_mmrt" | "unmdg_mmr" => Some(Modeller::Mmeig),
        "jmp_wat_imp" | "jmp_san_imp" => Some(Modeller::Jmp),
        "sn_itk_defc_zs" | "unmdg_undernourished" => Some(Modeller::Fao),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_default_is_robust() {
        for m in Method::ALL {
            assert_eq!(Method::from_key(m.key()), Some(m));
        }
        assert_eq!(Method::from_key("other"), None);
        assert_eq!(Method::default(), Method::Robust);
        assert_eq!(Method::ALL[0], Method::default());
    }

    #[test]
    fn every_status_a_method_gives_is_in_its_list() {
        let grades = [
            Grade::Met,
            Grade::OnTrack,
            Grade::TooSlow,
            Grade::MovingAway,
            Grade::InsufficientData,
            Grade::NoNumericTarget,
        ];
        for m in Method::ALL {
            for g in grades {
                for r in [None, Some(0.2), Some(0.7)] {
                    assert!(m.statuses().contains(&m.status(g, r)), "{m:?} {g:?}");
                }
            }
            assert!(m.statuses().windows(2).all(|w| w[0] < w[1]), "{m:?} order");
        }
    }

    #[test]
    fn world_bank_splits_too_slow_at_half_the_required_rate() {
        let wb = Method::WorldBank2003;
        assert_eq!(wb.status(Grade::TooSlow, Some(0.5)), Status::Possible);
        assert_eq!(wb.status(Grade::TooSlow, Some(0.499)), Status::Unlikely);
        assert_eq!(wb.status(Grade::Met, None), Status::Likely);
        assert_eq!(
            wb.status(Grade::MovingAway, Some(-1.0)),
            Status::VeryUnlikely
        );
    }

    #[test]
    fn floors_and_models_are_named() {
        assert_eq!(floor("sn_itk_defc_zs").map(|f| f.level), Some(5.0));
        assert_eq!(
            floor("si_pov_dday").map(|f| f.source),
            Some(FloorSource::App)
        );
        assert!(floor("sh_dyn_mort").is_none());
        assert_eq!(modelled_by("sh_sta_mmrt"), Some(Modeller::Mmeig));
        // Infant mortality is UN IGME's too (its caveat in framework.json says so).
        assert_eq!(modelled_by("sp_dyn_imrt_in"), Some(Modeller::UnIgme));
        assert!(modelled_by("si_pov_dday").is_none());
    }
}
