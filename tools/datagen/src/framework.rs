//! The MDG framework: official 2003 and 2008 lists (raw, English) merged with the French and
//! Spanish translations, the per-indicator configuration and the series catalogue.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use mdg_data::{
    Framework, Framework2008, Goal, Indicator, Indicator2008, IndicatorPart, NumericTarget, Series,
    SeriesCoverage, Target, Target2008, Text, FIRST_YEAR, LAST_YEAR, SCHEMA_VERSION,
};
use serde::Deserialize;

use crate::config::{Config, Translation};
use crate::error::{GenError, Result};

/// Raw 2003 list.
#[derive(Deserialize)]
struct Raw2003 {
    framework: String,
    goals: Vec<RawGoal<u8, RawIndicator2003>>,
    notes: Vec<String>,
}

/// Raw 2008 list.
#[derive(Deserialize)]
struct Raw2008 {
    framework: String,
    goals: Vec<RawGoal<String, RawIndicator2008>>,
    notes: Vec<String>,
}

#[derive(Deserialize)]
struct RawGoal<T, I> {
    goal: u8,
    title: String,
    targets: Vec<RawTarget<T, I>>,
}

#[derive(Deserialize)]
struct RawTarget<T, I> {
    target: T,
    text: String,
    indicators: Vec<I>,
}

#[derive(Deserialize)]
struct RawIndicator2003 {
    number: u8,
    text: String,
}

#[derive(Deserialize)]
struct RawIndicator2008 {
    number: String,
    text: String,
    previous_2003_number: Vec<serde_json::Value>,
}

/// Notes of the raw files that describe the transcription itself rather than the official
/// lists; they go to the manifest's source note instead of the framework.
const TRANSCRIPTION_NOTES: &[&str] = &[
    "Transcribed by a research helper; verify against the stored pages listed in PROVENANCE.md before publishing.",
];

/// 2003 target → successor targets in the 2008 list. Target 16 (decent work for youth) was
/// folded into 1.B; target 9's indicators went to 7.A/7.B, listed jointly (7.B is new).
const TARGETS_2003_TO_2008: &[(u8, &[&str])] = &[
    (1, &["1.A"]),
    (2, &["1.C"]),
    (3, &["2.A"]),
    (4, &["3.A"]),
    (5, &["4.A"]),
    (6, &["5.A"]),
    (7, &["6.A"]),
    (8, &["6.C"]),
    (9, &["7.A"]),
    (10, &["7.C"]),
    (11, &["7.D"]),
    (12, &["8.A"]),
    (13, &["8.B"]),
    (14, &["8.C"]),
    (15, &["8.D"]),
    (16, &["1.B"]),
    (17, &["8.E"]),
    (18, &["8.F"]),
];

/// Looks English texts up in the translation file, and remembers which entries were used so
/// that stale entries are reported.
pub struct Translator {
    map: BTreeMap<String, (String, String)>,
    used: RefCell<BTreeSet<String>>,
}

const TRANSLATIONS_FILE: &str = "tools/datagen/translations/framework_fr_es.json";

impl Translator {
    /// Builds the lookup; duplicate English keys are an error.
    pub fn new(entries: &[Translation]) -> Result<Self> {
        let mut map = BTreeMap::new();
        for t in entries {
            if t.fr.trim().is_empty() || t.es.trim().is_empty() {
                return Err(GenError::file(
                    TRANSLATIONS_FILE,
                    format!("empty translation for {:?}", t.en),
                ));
            }
            if map
                .insert(t.en.clone(), (t.fr.clone(), t.es.clone()))
                .is_some()
            {
                return Err(GenError::file(
                    TRANSLATIONS_FILE,
                    format!("duplicate entry {:?}", t.en),
                ));
            }
        }
        Ok(Self {
            map,
            used: RefCell::new(BTreeSet::new()),
        })
    }

    /// The three-language text for an official English text found in `file`.
    pub fn text(&self, en: &str, file: &Path) -> Result<Text> {
        let (fr, es) = self.map.get(en).ok_or_else(|| {
            GenError::file(
                file,
                format!("no French/Spanish translation for {en:?}: add it to {TRANSLATIONS_FILE}"),
            )
        })?;
        self.used.borrow_mut().insert(en.to_string());
        Ok(Text::new(en, fr.as_str(), es.as_str()))
    }

    /// Fails on entries that were never used (the raw wording changed or the entry is stale).
    pub fn check_all_used(&self) -> Result<()> {
        let used = self.used.borrow();
        let unused: Vec<&String> = self.map.keys().filter(|k| !used.contains(*k)).collect();
        if unused.is_empty() {
            Ok(())
        } else {
            Err(GenError::file(
                TRANSLATIONS_FILE,
                format!("unused entries (raw wording changed?): {unused:?}"),
            ))
        }
    }
}

/// Splits the official indicator text with sub-items, e.g.
/// `"Main text (19a First; 19b Second)"` → `("Main text", [("19a", "First"), ("19b", "Second")])`.
/// Texts without sub-items come back unchanged with no parts.
pub fn split_parts(number: u8, text: &str) -> (String, Vec<(String, String)>) {
    let marker = format!(" ({number}a ");
    let Some(start) = text.find(&marker) else {
        return (text.to_string(), Vec::new());
    };
    let Some(inner) = text[start + 2..].strip_suffix(')') else {
        return (text.to_string(), Vec::new());
    };
    let parts = inner
        .split("; ")
        .filter_map(|p| {
            let (id, rest) = p.split_once(' ')?;
            Some((id.to_string(), rest.to_string()))
        })
        .collect();
    (text[..start].to_string(), parts)
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| GenError::io(path, &e))?;
    serde_json::from_str(&text).map_err(|e| GenError::json(path, &e))
}

fn numeric_target(rule: Option<&mdg_data::TargetRule>) -> Option<NumericTarget> {
    rule.map(|r| NumericTarget {
        rule: r.clone(),
        baseline_year: FIRST_YEAR,
        deadline: LAST_YEAR,
    })
}

/// Builds the series catalogue entries (without values).
pub fn series_catalogue(
    cfg: &Config,
    source_titles: &BTreeMap<String, String>,
    coverage: &BTreeMap<String, SeriesCoverage>,
) -> Result<Vec<Series>> {
    cfg.series
        .iter()
        .map(|s| {
            let cov = coverage.get(&s.id).cloned().ok_or_else(|| {
                GenError::file(
                    "tools/datagen/config/series.json",
                    format!("series {} has no values", s.id),
                )
            })?;
            Ok(Series {
                id: s.id.clone(),
                source: s.source.clone(),
                source_code: s.code.clone(),
                source_title: source_titles
                    .get(&s.id)
                    .cloned()
                    .unwrap_or_else(|| s.code.clone()),
                name: s.name.clone(),
                unit: cfg.unit(&s.unit, &s.id)?,
                direction: s.direction,
                target_rule: numeric_target(s.target.as_ref()),
                mdg_2003: s.mdg_2003.clone(),
                mdg_2008: s.mdg_2008.clone(),
                fit: s.fit,
                caveat: s.caveat.clone(),
                coverage: cov,
            })
        })
        .collect()
}

/// Builds `framework.json` and `framework-2008.json` from the raw lists in `dir`
/// (`mdg-framework/`).
pub fn build(dir: &Path, cfg: &Config, series: Vec<Series>) -> Result<(Framework, Framework2008)> {
    let tr = Translator::new(&cfg.translations)?;
    let f2003 = dir.join("mdg_framework_2003.json");
    let f2008 = dir.join("mdg_framework_2008.json");
    let raw03: Raw2003 = read_json(&f2003)?;
    let raw08: Raw2008 = read_json(&f2008)?;
    let cfg_file = Path::new("tools/datagen/config/indicators.json");

    // 2008 list first: the 2003 indicators refer to it.
    let mut targets_2008 = Vec::new();
    let mut indicators_2008 = Vec::new();
    for g in &raw08.goals {
        for t in &g.targets {
            targets_2008.push(Target2008 {
                id: t.target.clone(),
                goal: g.goal,
                text: tr.text(&t.text, &f2008)?,
            });
            for i in &t.indicators {
                let previous = i
                    .previous_2003_number
                    .iter()
                    .map(|v| match v {
                        serde_json::Value::Number(n) => Ok(n.to_string()),
                        serde_json::Value::String(s) => Ok(s.clone()),
                        other => Err(GenError::file(
                            &f2008,
                            format!("indicator {}: bad previous_2003_number {other}", i.number),
                        )),
                    })
                    .collect::<Result<Vec<_>>>()?;
                indicators_2008.push(Indicator2008 {
                    id: i.number.clone(),
                    target: t.target.clone(),
                    text: tr.text(&i.text, &f2008)?,
                    indicators_2003: previous,
                    series: series
                        .iter()
                        .filter(|s| s.mdg_2008.contains(&i.number))
                        .map(|s| s.id.clone())
                        .collect(),
                });
            }
        }
    }

    let mut goals = Vec::new();
    let mut targets = Vec::new();
    let mut indicators = Vec::new();
    for g in &raw03.goals {
        goals.push(Goal {
            number: g.goal,
            title: tr.text(&g.title, &f2003)?,
        });
        for t in &g.targets {
            let succ = TARGETS_2003_TO_2008
                .iter()
                .find(|(n, _)| *n == t.target)
                .map(|(_, s)| s.iter().map(|x| (*x).to_string()).collect())
                .ok_or_else(|| {
                    GenError::file(
                        &f2003,
                        format!("target {} has no 2008 mapping in framework.rs", t.target),
                    )
                })?;
            targets.push(Target {
                number: t.target,
                goal: g.goal,
                text: tr.text(&t.text, &f2003)?,
                targets_2008: succ,
            });
            for i in &t.indicators {
                let id = i.number.to_string();
                let ic = cfg.indicators.get(&id).ok_or_else(|| {
                    GenError::file(cfg_file, format!("no entry for indicator {id}"))
                })?;
                let (main, raw_parts) = split_parts(i.number, &i.text);
                let parts = raw_parts
                    .iter()
                    .map(|(pid, text)| {
                        Ok(IndicatorPart {
                            id: pid.clone(),
                            text: tr.text(text, &f2003)?,
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                let mut ids: Vec<&str> = vec![id.as_str()];
                ids.extend(parts.iter().map(|p| p.id.as_str()));
                let measuring: Vec<String> = series
                    .iter()
                    .filter(|s| s.mdg_2003.iter().any(|x| ids.contains(&x.as_str())))
                    .map(|s| s.id.clone())
                    .collect();
                match (&ic.no_data, measuring.is_empty()) {
                    (None, true) => {
                        return Err(GenError::file(
                            cfg_file,
                            format!("indicator {id} has no series: give a no_data reason"),
                        ))
                    }
                    (Some(_), false) => {
                        return Err(GenError::file(
                            cfg_file,
                            format!("indicator {id} has series {measuring:?} but a no_data reason"),
                        ))
                    }
                    _ => {}
                }
                let successors = indicators_2008
                    .iter()
                    .filter(|x| x.indicators_2003.iter().any(|p| ids.contains(&p.as_str())))
                    .map(|x| x.id.clone())
                    .collect();
                indicators.push(Indicator {
                    id: id.clone(),
                    goal: g.goal,
                    target: t.target,
                    text: tr.text(&main, &f2003)?,
                    parts,
                    indicators_2008: successors,
                    unit: cfg.unit(&ic.unit, &format!("indicator {id}"))?,
                    direction: ic.direction,
                    target_rule: numeric_target(ic.target.as_ref()),
                    series: measuring,
                    no_data: ic.no_data.clone(),
                });
            }
        }
    }
    if cfg.indicators.len() != indicators.len() {
        return Err(GenError::file(
            cfg_file,
            format!(
                "{} entries for {} indicators",
                cfg.indicators.len(),
                indicators.len()
            ),
        ));
    }

    let mut notes = Vec::new();
    for (file, list) in [(&f2003, &raw03.notes), (&f2008, &raw08.notes)] {
        for n in list {
            if !TRANSCRIPTION_NOTES.contains(&n.as_str()) {
                notes.push(tr.text(n, file)?);
            }
        }
    }
    let title = Text::new(
        "Millennium Development Goals",
        "Objectifs du Millénaire pour le développement",
        "Objetivos de Desarrollo del Milenio",
    );
    let list_2003 = tr.text(&raw03.framework, &f2003)?;
    let list_2008 = tr.text(&raw08.framework, &f2008)?;
    tr.check_all_used()?;
    let source = "mdg_framework".to_string();
    Ok((
        Framework {
            schema_version: SCHEMA_VERSION,
            title,
            list_2003,
            source: source.clone(),
            goals,
            targets,
            indicators,
            series,
        },
        Framework2008 {
            schema_version: SCHEMA_VERSION,
            source,
            list: list_2008,
            targets: targets_2008,
            indicators: indicators_2008,
            notes,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_indicator_19() {
        let (main, parts) = split_parts(
            19,
            "Condom use rate of the contraceptive prevalence rate (19a Condom use at last high-risk sex; 19b Knowledge; 19c Contraceptive prevalence rate)",
        );
        assert_eq!(main, "Condom use rate of the contraceptive prevalence rate");
        assert_eq!(parts.len(), 3);
        assert_eq!(
            parts[2],
            (
                "19c".to_string(),
                "Contraceptive prevalence rate".to_string()
            )
        );
    }

    #[test]
    fn leaves_other_texts_alone() {
        let t = "Proportion of tuberculosis cases detected and cured under DOTS (internationally recommended TB control strategy)";
        assert_eq!(split_parts(24, t), (t.to_string(), vec![]));
    }

    #[test]
    fn translator_reports_missing_and_unused() {
        let tr = Translator::new(&[
            Translation {
                en: "A".into(),
                fr: "A-fr".into(),
                es: "A-es".into(),
            },
            Translation {
                en: "B".into(),
                fr: "B-fr".into(),
                es: "B-es".into(),
            },
        ])
        .unwrap();
        assert_eq!(tr.text("A", Path::new("f.json")).unwrap().fr, "A-fr");
        assert!(tr
            .text("C", Path::new("f.json"))
            .unwrap_err()
            .to_string()
            .contains("\"C\""));
        assert!(tr
            .check_all_used()
            .unwrap_err()
            .to_string()
            .contains("\"B\""));
    }
}
