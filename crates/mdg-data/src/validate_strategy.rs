//! Consistency checks of `strategy.json` against itself and `framework.json`. Like
//! [`crate::validate`], returns every problem found, one line each.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::strategy::{Figure, Item, PillarId, Strategy};
use crate::validate::{Problems, Validation};
use crate::{Framework, SCHEMA_VERSION};

const FILE: &str = "strategy.json";

/// First and last year the timeline may cover.
pub const TIMELINE_YEARS: (u16, u16) = (2002, 2005);

/// Number of task forces of the Millennium Project.
pub const TASK_FORCES: usize = 10;

struct Checker<'a> {
    s: &'a Strategy,
    p: Vec<String>,
    sources: BTreeSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, msg: String) {
        self.p.push(format!("{FILE}: {msg}"));
    }

    fn source(&mut self, what: &str, id: &str) {
        if !self.sources.contains(id) {
            self.push(format!("{what}: source {id:?} is not in sources"));
        }
    }

    fn sources(&mut self, what: &str, ids: &[String]) {
        if ids.is_empty() {
            self.push(format!("{what}: no source"));
        }
        for id in ids {
            self.source(what, id);
        }
    }

    fn unique<'b>(&mut self, what: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.push(format!("{what}: empty id"));
            } else if !seen.insert(id) {
                self.push(format!("{what}: duplicate id {id:?}"));
            }
        }
    }

    fn items(&mut self, what: &str, items: &[Item]) {
        if items.is_empty() {
            self.push(format!("{what}: no items"));
        }
        self.unique(what, items.iter().map(|i| i.id.as_str()));
    }

    fn figures(&mut self, what: &str, figures: &'a [Figure]) {
        self.unique(what, figures.iter().map(|f| f.id.as_str()));
        for f in figures {
            if !f.value.is_finite() || f.value <= 0.0 {
                self.push(format!(
                    "{what} {}: value {} is not positive",
                    f.id, f.value
                ));
            }
            self.source(&format!("{what} {}", f.id), &f.source);
        }
    }
}

/// Every `{"en", "fr", "es"}` object anywhere in the file must have three non-empty strings.
/// Walking the serialised value catches every [`crate::Text`], including ones added later.
fn check_texts(path: &str, v: &Value, p: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            let is_text = map.len() == 3 && ["en", "fr", "es"].iter().all(|k| map.contains_key(*k));
            if is_text {
                for lang in ["en", "fr", "es"] {
                    if map[lang].as_str().is_none_or(|s| s.trim().is_empty()) {
                        p.push(format!("{FILE}: {path}: empty {lang} text"));
                    }
                }
            } else {
                for (k, child) in map {
                    check_texts(&format!("{path}.{k}"), child, p);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let label = child
                    .get("id")
                    .or_else(|| child.get("acronym"))
                    .and_then(Value::as_str)
                    .map_or_else(|| i.to_string(), str::to_string);
                check_texts(&format!("{path}[{label}]"), child, p);
            }
        }
        _ => {}
    }
}

/// Checks `strategy.json`: four pillars in order, ten task forces `tf1`..`tf10`, two advisory
/// bodies; every goal, target and indicator reference resolves in `framework.json` (and each
/// target belongs to a listed goal); every source reference exists; every actor, instrument and
/// process reference resolves; events are sorted, within 2002–2005 and end after they start;
/// ids and glossary acronyms are unique; every text has English, French and Spanish.
pub fn validate_strategy(s: &Strategy, fw: &Framework) -> Validation {
    let mut c = Checker {
        s,
        p: Vec::new(),
        sources: s.sources.iter().map(|x| x.id.as_str()).collect(),
    };
    if s.schema_version != SCHEMA_VERSION {
        c.push(format!(
            "schema_version {}, expected {SCHEMA_VERSION}",
            s.schema_version
        ));
    }

    // Sources.
    c.unique("sources", s.sources.iter().map(|x| x.id.as_str()));
    if s.sources.is_empty() {
        c.push("no sources".into());
    }
    for src in &s.sources {
        for (field, v) in [("title", &src.title), ("publisher", &src.publisher)] {
            if v.trim().is_empty() {
                c.push(format!("source {}: empty {field}", src.id));
            }
        }
        if !(src.url.starts_with("https://") || src.url.starts_with("http://")) {
            c.push(format!(
                "source {}: url {:?} is not http(s)",
                src.id, src.url
            ));
        }
        if let Some(y) = src.year.filter(|y| !(1990..=2030).contains(y)) {
            c.push(format!("source {}: year {y} out of range", src.id));
        }
    }

    // Glossary.
    let acronyms: BTreeSet<&str> = s.glossary.iter().map(|t| t.acronym.as_str()).collect();
    c.unique("glossary", s.glossary.iter().map(|t| t.acronym.as_str()));
    let mut folded = BTreeSet::new();
    for t in &s.glossary {
        if !folded.insert(t.acronym.to_ascii_lowercase()) {
            c.push(format!(
                "glossary: acronym {:?} differs from another only by case",
                t.acronym
            ));
        }
    }

    let goals: BTreeSet<u8> = fw.goals.iter().map(|g| g.number).collect();
    let targets: std::collections::BTreeMap<u8, u8> =
        fw.targets.iter().map(|t| (t.number, t.goal)).collect();
    let indicators: BTreeSet<&str> = fw.indicators.iter().map(|i| i.id.as_str()).collect();
    let check_goals = |c: &mut Checker, what: &str, gs: &[u8]| {
        if gs.is_empty() {
            c.push(format!("{what}: no goals"));
        }
        for g in gs {
            if !goals.contains(g) {
                c.push(format!("{what}: goal {g} not in framework.json"));
            }
        }
        if gs.windows(2).any(|w| w[0] >= w[1]) {
            c.push(format!("{what}: goals not sorted and unique"));
        }
    };

    // Reports (before pillars: pillars may reference them).
    c.unique("reports", s.reports.iter().map(|r| r.id.as_str()));
    for r in &s.reports {
        c.sources(&format!("report {}", r.id), &r.sources);
        if r.title.trim().is_empty() || r.publisher.trim().is_empty() {
            c.push(format!("report {}: empty title or publisher", r.id));
        }
    }

    // Task forces.
    if s.task_forces.len() != TASK_FORCES {
        c.push(format!(
            "{} task forces, expected {TASK_FORCES}",
            s.task_forces.len()
        ));
    }
    for (i, tf) in s.task_forces.iter().enumerate() {
        let what = format!("task force {}", tf.id);
        let n = i + 1;
        if tf.id != format!("tf{n}") || usize::from(tf.number) != n {
            c.push(format!(
                "task force at position {n} is {} numbered {}, expected tf{n}",
                tf.id, tf.number
            ));
        }
        check_goals(&mut c, &what, &tf.goals);
        if tf.targets.is_empty() {
            c.push(format!("{what}: no targets"));
        }
        for t in &tf.targets {
            match targets.get(t) {
                None => c.push(format!("{what}: target {t} not in framework.json")),
                Some(g) if !tf.goals.contains(g) => c.push(format!(
                    "{what}: target {t} belongs to goal {g}, which is not listed"
                )),
                Some(_) => {}
            }
        }
        c.sources(&what, &tf.sources);
        for r in &tf.reports {
            if r.title.trim().is_empty() {
                c.push(format!("{what}: report with an empty title"));
            }
            c.source(&format!("{what} report {:?}", r.title), &r.source);
        }
    }

    // Advisory bodies.
    if s.advisory_bodies.len() != 2 {
        c.push(format!(
            "{} advisory bodies, expected 2",
            s.advisory_bodies.len()
        ));
    }
    c.unique(
        "advisory_bodies",
        s.advisory_bodies.iter().map(|a| a.id.as_str()),
    );
    for a in &s.advisory_bodies {
        c.source(&format!("advisory body {}", a.id), &a.source);
    }

    // Pillars: the four, in official order; references resolve.
    let ids: Vec<PillarId> = s.pillars.iter().map(|p| p.id).collect();
    if ids != PillarId::ALL {
        c.push(format!(
            "pillars are {:?}, expected the four in order {:?}",
            ids.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
            PillarId::ALL.map(PillarId::as_str)
        ));
    }
    for p in &s.pillars {
        let what = format!("pillar {}", p.id.as_str());
        check_goals(&mut c, &what, &p.goals);
        c.sources(&what, &p.sources);
        for a in &p.actors {
            let ok = acronyms.contains(a.as_str())
                || s.advisory_body(a).is_some()
                || s.task_force(a).is_some();
            if !ok {
                c.push(format!(
                    "{what}: actor {a:?} is not a glossary acronym, advisory body or task force"
                ));
            }
        }
        for i in &p.instruments {
            let ok = acronyms.contains(i.as_str()) || s.report(i).is_some();
            if !ok {
                c.push(format!(
                    "{what}: instrument {i:?} is not a glossary acronym or report"
                ));
            }
        }
    }

    // Campaign.
    c.sources("campaign", &s.campaign.sources);
    c.source("campaign leader", &s.campaign.leader.source);

    // Country level.
    let cl = &s.country_level;
    c.unique(
        "country_level.process",
        cl.process.iter().map(|x| x.id.as_str()),
    );
    let steps: BTreeSet<&str> = cl.process.iter().map(|x| x.id.as_str()).collect();
    for step in &cl.process {
        if !acronyms.contains(step.term.as_str()) {
            c.push(format!(
                "country_level step {}: term {:?} not in glossary",
                step.id, step.term
            ));
        }
        for f in &step.feeds {
            if !steps.contains(f.as_str()) || f == &step.id {
                c.push(format!(
                    "country_level step {}: feeds unknown step {f:?}",
                    step.id
                ));
            }
        }
    }
    c.items(
        "country_level.prsp_assessment.recommendations",
        &cl.prsp_assessment.recommendations,
    );
    c.source("country_level.prsp_assessment", &cl.prsp_assessment.source);
    c.items(
        "country_level.cca_undaf_guidelines",
        &cl.cca_undaf_guidelines.items,
    );
    c.source(
        "country_level.cca_undaf_guidelines",
        &cl.cca_undaf_guidelines.source,
    );
    c.items("country_level.human_rights", &cl.human_rights.items);
    c.source("country_level.human_rights", &cl.human_rights.source);

    // Monitoring.
    let m = &s.monitoring;
    let [lo, hi] = m.frequency_years;
    if lo == 0 || lo > hi {
        c.push(format!("monitoring: frequency_years [{lo}, {hi}] invalid"));
    }
    if m.ilo_indicators.is_empty() {
        c.push("monitoring: no ILO indicators".into());
    }
    for i in &m.ilo_indicators {
        if !indicators.contains(i.indicator.as_str()) {
            c.push(format!(
                "monitoring: indicator {:?} not in framework.json",
                i.indicator
            ));
        }
    }
    c.source("monitoring", &m.source);

    // Events: sorted, within the timeline years, ranges forward, sourced.
    c.unique("events", s.events.iter().map(|e| e.id.as_str()));
    let (first, last) = TIMELINE_YEARS;
    for e in &s.events {
        let what = format!("event {}", e.id);
        for d in std::iter::once(&e.date).chain(e.end.as_ref()) {
            if !(first..=last).contains(&d.year()) {
                c.push(format!("{what}: date {d} outside {first}-{last}"));
            }
        }
        if let Some(end) = &e.end {
            if end <= &e.date || end.precision() != e.date.precision() {
                c.push(format!(
                    "{what}: end {end} must be after {} at the same precision",
                    e.date
                ));
            }
        }
        c.source(&what, &e.source);
    }
    for w in s.events.windows(2) {
        if (w[0].date, w[0].end) > (w[1].date, w[1].end) {
            c.push(format!(
                "events not sorted by date: {} ({}) before {} ({})",
                w[0].id, w[0].date, w[1].id, w[1].date
            ));
        }
    }

    // Figures.
    c.figures("financing", &s.financing.figures);
    c.figures("key_figures", &s.key_figures);

    // Every text in all three languages.
    match serde_json::to_value(c.s) {
        Ok(v) => check_texts("$", &v, &mut c.p),
        Err(e) => c.push(format!("cannot serialise: {e}")),
    }

    if c.p.is_empty() {
        Ok(())
    } else {
        Err(Problems(c.p))
    }
}
