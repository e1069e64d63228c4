//! `framework.json`: the MDG framework (2003 list, with each target's and indicator's numbers in
//! the 2008 list) and the catalogue of data series that measure its indicators; and
//! `framework-2008.json`: the 2008 list itself and the notes on both lists, which only the goals
//! pages show (the data views do not download them).

use serde::{Deserialize, Serialize};

use crate::Text;

/// The MDG framework as bundled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// "Millennium Development Goals".
    pub title: Text,
    /// Name of the 2003 list ("effective 8 September 2003").
    pub list_2003: Text,
    /// Manifest source id of the framework transcription.
    pub source: String,
    /// The 8 goals.
    pub goals: Vec<Goal>,
    /// The 18 targets of the 2003 list.
    pub targets: Vec<Target>,
    /// The 48 indicators of the 2003 list, in official order.
    pub indicators: Vec<Indicator>,
    /// Every data series in the bundle (the keys of country and indicator files).
    pub series: Vec<Series>,
}

/// The 2008 list (after the 2007 revision) and the notes on both official lists
/// (`framework-2008.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framework2008 {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Manifest source id of the framework transcription.
    pub source: String,
    /// Name of the 2008 list ("effective 15 January 2008").
    pub list: Text,
    /// Its 21 targets.
    pub targets: Vec<Target2008>,
    /// Its 60 indicators.
    pub indicators: Vec<Indicator2008>,
    /// Notes on the official lists (joint listing of targets 12-15, etc.).
    pub notes: Vec<Text>,
}

impl Framework2008 {
    /// A goal's targets that the 2008 list added: those no 2003 target leads to (5.B, 6.B, 7.B).
    pub fn targets_added<'a>(
        &'a self,
        fw: &'a Framework,
        goal: u8,
    ) -> impl Iterator<Item = &'a Target2008> + 'a {
        self.targets.iter().filter(move |t| {
            t.goal == goal
                && !fw
                    .targets
                    .iter()
                    .any(|old| old.targets_2008.contains(&t.id))
        })
    }
}

/// One of the 8 goals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// 1-8.
    pub number: u8,
    /// Official title.
    pub title: Text,
}

impl Goal {
    /// The anchor id of the goal's section on a page that lists the goals ("goal-3").
    pub fn anchor(&self) -> String {
        format!("goal-{}", self.number)
    }
}

/// A target of the 2003 list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// 1-18.
    pub number: u8,
    /// Goal number.
    pub goal: u8,
    /// Official wording.
    pub text: Text,
    /// Corresponding targets of the 2008 list, e.g. `["1.A"]` (empty when dropped).
    pub targets_2008: Vec<String>,
}

/// An indicator of the 2003 list, with how the bundle measures it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// Official number as text, "1" to "48".
    pub id: String,
    /// Goal number.
    pub goal: u8,
    /// Target number it is listed under (33-44 are listed under targets 12-15 jointly; here 15).
    pub target: u8,
    /// Official wording.
    pub text: Text,
    /// Official sub-items (only indicator 19: 19a, 19b, 19c).
    pub parts: Vec<IndicatorPart>,
    /// Numbers in the 2008 list, e.g. `["1.1"]` (empty when dropped in 2007).
    pub indicators_2008: Vec<String>,
    /// Unit in which the indicator is expressed.
    pub unit: Text,
    /// Whether lower or higher values are better.
    pub direction: Direction,
    /// The numeric 2015 target, when the MDG target defines one for this indicator.
    pub target_rule: Option<NumericTarget>,
    /// Ids of the series measuring it (or one of its parts), best first; empty = no data.
    pub series: Vec<String>,
    /// Why there is no series, when `series` is empty.
    pub no_data: Option<Text>,
}

/// A sub-item of a 2003 indicator (19a-19c).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorPart {
    /// e.g. "19c".
    pub id: String,
    /// Official wording.
    pub text: Text,
}

/// A target of the 2008 list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target2008 {
    /// e.g. "1.A".
    pub id: String,
    /// Goal number.
    pub goal: u8,
    /// Official wording.
    pub text: Text,
}

/// An indicator of the 2008 list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator2008 {
    /// e.g. "1.1".
    pub id: String,
    /// Target id it is listed under, e.g. "1.A".
    pub target: String,
    /// Official wording.
    pub text: Text,
    /// Ids of 2003 indicators it continues (e.g. `["19c"]`), empty when new in 2008.
    pub indicators_2003: Vec<String>,
    /// Ids of the series measuring it; empty = no data.
    pub series: Vec<String>,
}

/// Which way is progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher values are better (enrolment, access...).
    HigherIsBetter,
    /// Lower values are better (mortality, poverty...).
    LowerIsBetter,
    /// Neither is better in itself (e.g. ODA received): show the trend only.
    Neutral,
}

/// A numeric MDG target: the rule, the baseline year and the deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumericTarget {
    /// How the target value follows from the baseline.
    pub rule: TargetRule,
    /// Baseline year (1990).
    pub baseline_year: u16,
    /// Year by which the target is due (2015; 2005 for gender parity in primary and secondary
    /// education is a "preferably" and not used).
    pub deadline: u16,
}

/// How a target value follows from the baseline value.
///
/// Externally tagged in JSON (`{"reduce_by": {"numerator": 1, "denominator": 2}}`): an
/// internally tagged enum would make serde buffer every value, which costs the app's wasm
/// several kilobytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetRule {
    /// Reduce the baseline by `numerator/denominator` (halve = 1/2, two thirds = 2/3,
    /// three quarters = 3/4): target = baseline × (1 − n/d).
    ReduceBy {
        /// Numerator of the reduction.
        numerator: u8,
        /// Denominator of the reduction.
        denominator: u8,
    },
    /// Reduce the shortfall from `level` by `numerator/denominator` ("halve the share without
    /// access"): target = level − (level − baseline) × (1 − n/d).
    ReduceShortfallBy {
        /// The full level, e.g. 100 (%).
        level: f64,
        /// Numerator of the reduction.
        numerator: u8,
        /// Denominator of the reduction.
        denominator: u8,
    },
    /// Reach a level (100% enrolment, gender parity 1.0).
    Reach {
        /// The level to reach.
        level: f64,
    },
}

impl TargetRule {
    /// The target value given the baseline value.
    pub fn target_value(&self, baseline: f64) -> f64 {
        match *self {
            TargetRule::ReduceBy {
                numerator,
                denominator,
            } => baseline * (1.0 - f64::from(numerator) / f64::from(denominator)),
            TargetRule::ReduceShortfallBy {
                level,
                numerator,
                denominator,
            } => level - (level - baseline) * (1.0 - f64::from(numerator) / f64::from(denominator)),
            TargetRule::Reach { level } => level,
        }
    }
}

/// How well a series matches the official indicator definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Same concept as the official indicator (may still be a later revision of the estimates).
    Official,
    /// Same concept, different definition, line, unit or coverage (see the caveat).
    Variant,
    /// A different concept used as a stand-in (see the caveat).
    Proxy,
}

/// One data series: a column of values per country/aggregate and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Stable id, the key in country files and the name of the indicator file, e.g. `sh_dyn_mort`.
    pub id: String,
    /// Manifest source id.
    pub source: String,
    /// The code of the series in its source, e.g. `SH.DYN.MORT`.
    pub source_code: String,
    /// The series title as published by the source (English).
    pub source_title: String,
    /// Display name.
    pub name: Text,
    /// Unit of the values.
    pub unit: Text,
    /// Which way is progress for this series.
    pub direction: Direction,
    /// The numeric 2015 target applied to this series, if any.
    pub target_rule: Option<NumericTarget>,
    /// 2003 indicators (or parts such as "19c") it measures.
    pub mdg_2003: Vec<String>,
    /// 2008 indicators it measures.
    pub mdg_2008: Vec<String>,
    /// How well it matches the official definition.
    pub fit: Fit,
    /// What to keep in mind (poverty line, proxy, start year...).
    pub caveat: Option<Text>,
    /// How much data the bundle holds for it.
    pub coverage: SeriesCoverage,
}

/// Coverage of one series in the bundle (1990-2015).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesCoverage {
    /// Countries with at least one value.
    pub countries: u32,
    /// Country-year values.
    pub values: u32,
    /// Aggregates with at least one value.
    pub aggregates: u32,
    /// First year with a value (countries or aggregates).
    pub first_year: Option<u16>,
    /// Last year with a value.
    pub last_year: Option<u16>,
}

impl Series {
    /// How the series departs from the official indicator it measures, with the caveat that says
    /// how: `None` for an official series. Wherever a variant's or a proxy's numbers are shown,
    /// this is shown with them (validation requires the caveat).
    pub fn departure(&self) -> Option<(Fit, &Text)> {
        match self.fit {
            Fit::Official => None,
            fit => self.caveat.as_ref().map(|c| (fit, c)),
        }
    }
}

impl Framework {
    /// The goal with the given number (1–8).
    pub fn goal(&self, number: u8) -> Option<&Goal> {
        self.goals.iter().find(|g| g.number == number)
    }

    /// The 2003 indicator with the given id ("1".."48").
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The series with the given id.
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }

    /// The 2003 indicator an id refers to, accepting part ids such as "19c".
    pub fn indicator_for(&self, id: &str) -> Option<&Indicator> {
        self.indicator(id).or_else(|| {
            self.indicators
                .iter()
                .find(|i| i.parts.iter().any(|p| p.id == id))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goal_anchor() {
        let goal = Goal {
            number: 3,
            title: Text::default(),
        };
        assert_eq!(goal.anchor(), "goal-3");
    }

    #[test]
    fn target_values() {
        let halve = TargetRule::ReduceBy {
            numerator: 1,
            denominator: 2,
        };
        assert_eq!(halve.target_value(40.0), 20.0);
        let two_thirds = TargetRule::ReduceBy {
            numerator: 2,
            denominator: 3,
        };
        assert!((two_thirds.target_value(90.0) - 30.0).abs() < 1e-9);
        let water = TargetRule::ReduceShortfallBy {
            level: 100.0,
            numerator: 1,
            denominator: 2,
        };
        assert_eq!(water.target_value(60.0), 80.0);
        assert_eq!(TargetRule::Reach { level: 1.0 }.target_value(0.8), 1.0);
    }

    #[test]
    fn rule_serialisation_is_tagged() {
        let r = TargetRule::ReduceBy {
            numerator: 3,
            denominator: 4,
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"reduce_by":{"numerator":3,"denominator":4}}"#
        );
    }
}
