//! The converter's own configuration files (compiled in): sources, series, indicators, units,
//! labels and the French/Spanish framework translations.

use std::collections::BTreeMap;

use mdg_data::{Direction, Fit, Source, TargetRule, Text};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{GenError, Result};

/// `config/sources.json`.
pub const SOURCES_JSON: &str = include_str!("../config/sources.json");
/// `config/series.json`.
pub const SERIES_JSON: &str = include_str!("../config/series.json");
/// `config/indicators.json`.
pub const INDICATORS_JSON: &str = include_str!("../config/indicators.json");
/// `config/units.json`.
pub const UNITS_JSON: &str = include_str!("../config/units.json");
/// `config/labels.json`.
pub const LABELS_JSON: &str = include_str!("../config/labels.json");
/// `translations/framework_fr_es.json`.
pub const TRANSLATIONS_JSON: &str = include_str!("../translations/framework_fr_es.json");
/// `data_README.md`, copied to `public/data/README.md`.
pub const DATA_README: &str = include_str!("../data_README.md");

fn load<T: DeserializeOwned>(name: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| GenError::json(format!("tools/datagen/{name}"), &e))
}

/// `config/sources.json`.
#[derive(Debug, Deserialize)]
pub struct SourcesConfig {
    /// Manifest sources.
    pub sources: Vec<Source>,
}

/// One entry of `config/series.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct SeriesConfig {
    /// Series id.
    pub id: String,
    /// Manifest source id (`wdi`, `gapminder`, `jmp`, `unmdg2015`).
    pub source: String,
    /// Code in the source.
    pub code: String,
    /// For `unmdg2015`: entity name in the CSV → aggregate code.
    #[serde(default)]
    pub rows: BTreeMap<String, String>,
    /// 2003 indicators measured.
    pub mdg_2003: Vec<String>,
    /// 2008 indicators measured.
    pub mdg_2008: Vec<String>,
    /// Fit to the official definition.
    pub fit: Fit,
    /// Direction.
    pub direction: Direction,
    /// Target rule (baseline 1990, deadline 2015).
    pub target: Option<TargetRule>,
    /// Unit key.
    pub unit: String,
    /// Display name.
    pub name: Text,
    /// Caveat.
    pub caveat: Option<Text>,
}

/// `config/series.json`.
#[derive(Debug, Deserialize)]
pub struct SeriesFile {
    /// The series, in display order.
    pub series: Vec<SeriesConfig>,
}

/// One entry of `config/indicators.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct IndicatorConfig {
    /// Unit key.
    pub unit: String,
    /// Direction.
    pub direction: Direction,
    /// Official numeric target rule.
    pub target: Option<TargetRule>,
    /// Why there is no data (required exactly when no series measures the indicator).
    #[serde(default)]
    pub no_data: Option<Text>,
}

/// `config/indicators.json`.
#[derive(Debug, Deserialize)]
pub struct IndicatorsFile {
    /// By 2003 indicator id.
    pub indicators: BTreeMap<String, IndicatorConfig>,
}

/// `config/units.json`.
#[derive(Debug, Deserialize)]
pub struct UnitsFile {
    /// By key.
    pub units: BTreeMap<String, Text>,
}

/// A named item of `config/labels.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// Id.
    pub id: String,
    /// Spelling in the World Bank table, for regions and income groups.
    #[serde(default)]
    pub wb_name: Option<String>,
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
}

impl Label {
    /// The name as [`Text`].
    pub fn text(&self) -> Text {
        Text::new(&self.en, &self.fr, &self.es)
    }
}

/// An aggregate of `config/labels.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct AggregateLabel {
    /// Code.
    pub code: String,
    /// Kind.
    pub kind: mdg_data::AggregateKind,
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
}

/// `config/labels.json`.
#[derive(Debug, Deserialize)]
pub struct Labels {
    /// MDG regions.
    pub mdg_regions: Vec<Label>,
    /// World Bank regions.
    pub wb_regions: Vec<Label>,
    /// World Bank income groups.
    pub income_groups: Vec<Label>,
    /// Aggregates kept from the sources.
    pub aggregates: Vec<AggregateLabel>,
    /// Note of the MDG Reports file.
    pub reports_note: Text,
}

/// One translation entry.
#[derive(Debug, Deserialize)]
pub struct Translation {
    /// Exact English text.
    pub en: String,
    /// French.
    pub fr: String,
    /// Spanish.
    pub es: String,
}

/// `translations/framework_fr_es.json`.
#[derive(Debug, Deserialize)]
pub struct TranslationsFile {
    /// The entries.
    pub texts: Vec<Translation>,
}

/// All configuration, parsed.
pub struct Config {
    /// Sources.
    pub sources: Vec<Source>,
    /// Series.
    pub series: Vec<SeriesConfig>,
    /// Indicators.
    pub indicators: BTreeMap<String, IndicatorConfig>,
    /// Units.
    pub units: BTreeMap<String, Text>,
    /// Labels.
    pub labels: Labels,
    /// Translations.
    pub translations: Vec<Translation>,
}

impl Config {
    /// Parses the compiled-in configuration.
    pub fn load() -> Result<Self> {
        let sources: SourcesConfig = load("config/sources.json", SOURCES_JSON)?;
        let series: SeriesFile = load("config/series.json", SERIES_JSON)?;
        let indicators: IndicatorsFile = load("config/indicators.json", INDICATORS_JSON)?;
        let units: UnitsFile = load("config/units.json", UNITS_JSON)?;
        let labels: Labels = load("config/labels.json", LABELS_JSON)?;
        let translations: TranslationsFile =
            load("translations/framework_fr_es.json", TRANSLATIONS_JSON)?;
        Ok(Self {
            sources: sources.sources,
            series: series.series,
            indicators: indicators.indicators,
            units: units.units,
            labels,
            translations: translations.texts,
        })
    }

    /// The unit text for a key.
    pub fn unit(&self, key: &str, user: &str) -> Result<Text> {
        self.units.get(key).cloned().ok_or_else(|| {
            GenError::file(
                "tools/datagen/config/units.json",
                format!("no unit {key:?} (used by {user})"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_parses() {
        let c = Config::load().unwrap();
        assert!(c.series.len() > 50);
        assert_eq!(c.indicators.len(), 48);
        for s in &c.series {
            c.unit(&s.unit, &s.id).unwrap();
        }
    }
}
