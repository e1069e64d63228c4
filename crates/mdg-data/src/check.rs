//! The rules each bundled file keeps on its own, checked by the app as it loads the file, so a
//! replaced or damaged file that parses but breaks a rule is reported (which file, which rule)
//! instead of failing later in a view. Rules that relate two files (a country code known to
//! `countries.json`, a series known to `framework.json`) are checked by the converter and the
//! bundle tests ([`crate::validate`]); a view looking something up in another file already
//! handles a miss.

use std::collections::BTreeSet;

use crate::availability::Availability;
use crate::validate::{
    is_series_id, report_entry_problems, series_values_problems, validate_manifest,
};
use crate::{
    Countries, DataError, EntityFile, Framework, Framework2008, HomeDigest, IndicatorFile,
    Manifest, Reports, Strategy, WorldMap, FIRST_YEAR, LAST_YEAR,
};

/// Most broken rules named in one error message (the count says how many there were).
const MAX_LISTED: usize = 3;

/// [`crate::parse`], then the file's own rules: a file that breaks one gives
/// [`DataError::Invalid`], naming the file and the rules.
pub fn parse_checked<T: serde::de::DeserializeOwned + Check>(
    file: &str,
    text: &str,
) -> Result<T, DataError> {
    let value: T = crate::parse(file, text)?;
    let problems = value.problems();
    if problems.is_empty() {
        return Ok(value);
    }
    Err(DataError::Invalid {
        file: file.to_owned(),
        count: problems.len(),
        rules: problems
            .into_iter()
            .take(MAX_LISTED)
            .collect::<Vec<_>>()
            .join("; "),
    })
}

/// A file's own rules.
pub trait Check {
    /// Every rule the value breaks, one line each (empty when it keeps them all).
    fn problems(&self) -> Vec<String>;
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    ids.filter(|id| !seen.insert(*id))
        .map(|id| format!("{what}: {id} appears twice"))
        .collect()
}

fn is_code(s: &str) -> bool {
    s.len() == 3
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

impl Check for Manifest {
    fn problems(&self) -> Vec<String> {
        validate_manifest(self)
            .err()
            .map(|p| p.0)
            .unwrap_or_default()
    }
}

impl Check for Availability {
    fn problems(&self) -> Vec<String> {
        let years = usize::from(LAST_YEAR - FIRST_YEAR) + 1;
        let mut p = Vec::new();
        if self.first_year != FIRST_YEAR {
            p.push(format!(
                "first_year is {}, not {FIRST_YEAR}",
                self.first_year
            ));
        }
        let lists = self
            .indicators
            .iter()
            .map(|i| (format!("indicator {}", i.id), &i.counts))
            .chain(
                self.countries
                    .iter()
                    .map(|c| (format!("country {}", c.code), &c.counts)),
            );
        for (what, counts) in lists {
            if counts.len() != years {
                p.push(format!(
                    "{what}: {} yearly counts, not {years} ({FIRST_YEAR}-{LAST_YEAR})",
                    counts.len()
                ));
            }
        }
        p.extend(duplicates(
            "indicator",
            self.indicators.iter().map(|i| i.id.as_str()),
        ));
        p.extend(duplicates(
            "country",
            self.countries.iter().map(|c| c.code.as_str()),
        ));
        p
    }
}

impl Check for EntityFile {
    fn problems(&self) -> Vec<String> {
        let mut p: Vec<String> = self
            .series
            .iter()
            .flat_map(|(id, v)| series_values_problems(id, v))
            .collect();
        if let Some(r) = &self.reports {
            p.extend(report_entry_problems("report", &r.list, &|iso3| {
                iso3 == self.code
            }));
        }
        p
    }
}

impl Check for IndicatorFile {
    fn problems(&self) -> Vec<String> {
        self.countries
            .iter()
            .chain(&self.aggregates)
            .flat_map(|(code, v)| series_values_problems(code, v))
            .collect()
    }
}

impl Check for Framework2008 {
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        for t in &self.targets {
            if !(1..=8).contains(&t.goal) {
                p.push(format!("2008 target {}: goal {} is not 1-8", t.id, t.goal));
            }
        }
        p.extend(duplicates(
            "2008 target",
            self.targets.iter().map(|t| t.id.as_str()),
        ));
        p
    }
}

impl Check for Framework {
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.goals.len() != 8 {
            p.push(format!("{} goals, not 8", self.goals.len()));
        }
        for i in &self.indicators {
            if !(1..=8).contains(&i.goal) {
                p.push(format!("indicator {}: goal {} is not 1-8", i.id, i.goal));
            }
        }
        for s in &self.series {
            if !is_series_id(&s.id) {
                p.push(format!("series id {:?} is not a file name", s.id));
            }
            // The progress engine draws one point a year from the baseline to the deadline: a
            // target of years 0 to 65535 would be 65,536 points per chart.
            if let Some(t) = &s.target_rule {
                if !(FIRST_YEAR <= t.baseline_year
                    && t.baseline_year < t.deadline
                    && t.deadline <= LAST_YEAR)
                {
                    p.push(format!(
                        "series {}: target from {} to {} is not within {FIRST_YEAR}-{LAST_YEAR}",
                        s.id, t.baseline_year, t.deadline
                    ));
                }
            }
        }
        p.extend(duplicates(
            "indicator",
            self.indicators.iter().map(|i| i.id.as_str()),
        ));
        p.extend(duplicates(
            "series",
            self.series.iter().map(|s| s.id.as_str()),
        ));
        p
    }
}

impl Check for Countries {
    fn problems(&self) -> Vec<String> {
        let mut p: Vec<String> = self
            .countries
            .iter()
            .filter(|c| !is_code(&c.iso3))
            .map(|c| format!("country code {:?} is not three capitals", c.iso3))
            .collect();
        p.extend(duplicates(
            "country",
            self.countries.iter().map(|c| c.iso3.as_str()),
        ));
        p.extend(duplicates(
            "group",
            self.groups.iter().map(|g| g.id.as_str()),
        ));
        p
    }
}

impl Check for WorldMap {
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if !(self.width.is_finite()
            && self.width > 0.0
            && self.height.is_finite()
            && self.height > 0.0)
        {
            p.push(format!(
                "view box {} × {} is not a positive size",
                self.width, self.height
            ));
        }
        for s in &self.shapes {
            if s.d.trim().is_empty() || !(s.x.is_finite() && s.y.is_finite()) {
                p.push(format!("shape {}: empty path or no label point", s.iso3));
            }
        }
        for d in &self.dots {
            if !(d.x.is_finite() && d.y.is_finite()) {
                p.push(format!("dot {}: no position", d.iso3));
            }
        }
        p.extend(duplicates(
            "shape",
            self.shapes.iter().map(|s| s.iso3.as_str()),
        ));
        p
    }
}

impl Check for Reports {
    fn problems(&self) -> Vec<String> {
        report_entry_problems("report", &self.reports, &is_code)
    }
}

impl Check for Strategy {
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.pillars.len() != 4 {
            p.push(format!("{} pillars, not 4", self.pillars.len()));
        }
        if self.task_forces.len() != 10 {
            p.push(format!("{} task forces, not 10", self.task_forces.len()));
        }
        p.extend(duplicates(
            "source",
            self.sources.iter().map(|s| s.id.as_str()),
        ));
        p.extend(duplicates(
            "task force",
            self.task_forces.iter().map(|t| t.id.as_str()),
        ));
        p
    }
}

impl Check for HomeDigest {
    fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.pillars.len() != 4 {
            p.push(format!("{} pillars, not 4", self.pillars.len()));
        }
        p.extend(duplicates(
            "source",
            self.sources.iter().map(|s| s.id.as_str()),
        ));
        p.extend(
            self.figures
                .iter()
                .filter(|f| self.source(&f.source).is_none())
                .map(|f| format!("figure {}: source {} is not in the file", f.id, f.source)),
        );
        p
    }
}

/// Paragraph numbers cited anywhere must exist in the paper (1–24).
fn paragraphs(what: &str, paras: &[u8]) -> Vec<String> {
    paras
        .iter()
        .filter(|n| !(1..=crate::PAPER_PARAGRAPHS).contains(n))
        .map(|n| format!("{what}: cites ¶{n}, which the paper does not have"))
        .collect()
}

impl Check for crate::Paper {
    fn problems(&self) -> Vec<String> {
        let numbers: Vec<u8> = self
            .sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(|p| p.n))
            .collect();
        let expected: Vec<u8> = (1..=crate::PAPER_PARAGRAPHS).collect();
        if numbers == expected {
            Vec::new()
        } else {
            vec![format!(
                "paragraphs numbered {numbers:?}, not 1-{}",
                crate::PAPER_PARAGRAPHS
            )]
        }
    }
}

impl Check for crate::model::strategy::Lens {
    fn problems(&self) -> Vec<String> {
        let dw = &self.decent_work;
        let mut p = paragraphs("decent work", &dw.paras);
        for step in &dw.steps {
            for point in &step.points {
                p.extend(paragraphs(&format!("step {}", step.id), &point.paras));
            }
        }
        p.extend(duplicates("step", dw.steps.iter().map(|s| s.id.as_str())));
        p.extend(duplicates(
            "checklist item",
            self.checklist.iter().map(|c| c.id.as_str()),
        ));
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::availability::{CountryCounts, IndicatorCounts};

    fn availability(len: usize) -> Availability {
        Availability {
            schema_version: crate::SCHEMA_VERSION,
            first_year: FIRST_YEAR,
            indicators: vec![IndicatorCounts {
                id: "1".into(),
                counts: vec![0; len],
            }],
            countries: vec![CountryCounts {
                code: "KEN".into(),
                counts: vec![0; 26],
            }],
        }
    }

    #[test]
    fn short_counts_are_a_broken_rule_not_a_panic() {
        assert!(availability(26).problems().is_empty());
        let p = availability(3).problems();
        assert_eq!(p, ["indicator 1: 3 yearly counts, not 26 (1990-2015)"]);
    }

    #[test]
    fn a_broken_rule_names_the_file_and_the_rule() {
        let text = serde_json::to_string(&availability(3)).unwrap();
        let e = parse_checked::<Availability>("data/availability.json", &text).unwrap_err();
        assert_eq!(e.file(), "data/availability.json");
        let msg = e.to_string();
        assert!(msg.contains("3 yearly counts"), "{msg}");
        let ok = serde_json::to_string(&availability(26)).unwrap();
        assert!(parse_checked::<Availability>("a", &ok).is_ok());
    }

    #[test]
    fn duplicates_are_named() {
        assert_eq!(
            duplicates("series", ["a", "b", "a"].into_iter()),
            ["series: a appears twice"]
        );
        assert!(is_code("KEN") && is_code("F15") && !is_code("ken") && !is_code("KENY"));
    }
}
