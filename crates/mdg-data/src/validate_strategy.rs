//! Consistency checks of `strategy.json` against itself and `framework.json`. Like
//! [`crate::validate`], returns every problem found, one line each.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::paper::{PAPER_PARAGRAPHS, PAPER_SOURCE};
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
    fn push(&mut self, msg: impl std::fmt::Display) {
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

    /// Paragraph citations: each one exists, sorted and unique; a statement that cites the
    /// paper names at least one paragraph, and one that names paragraphs cites the paper.
    fn paras(&mut self, what: &str, paras: &[u8], cites_paper: bool) {
        for n in paras {
            if !(1..=PAPER_PARAGRAPHS).contains(n) {
                self.push(format!(
                    "{what}: paragraph {n} does not exist (the paper has 1-{PAPER_PARAGRAPHS})"
                ));
            }
        }
        if paras.iter().zip(paras.iter().skip(1)).any(|(a, b)| a >= b) {
            self.push(format!("{what}: paragraphs not sorted and unique"));
        }
        if cites_paper && paras.is_empty() {
            self.push(format!("{what}: cites the paper but no paragraph"));
        }
        if !cites_paper && !paras.is_empty() {
            self.push(format!(
                "{what}: names paragraphs but does not cite the paper"
            ));
        }
    }

    fn items(&mut self, what: &str, items: &[Item], cites_paper: bool) {
        if items.is_empty() {
            self.push(format!("{what}: no items"));
        }
        self.unique(what, items.iter().map(|i| i.id.as_str()));
        for i in items {
            self.paras(&format!("{what} {}", i.id), &i.paras, cites_paper);
        }
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
            self.paras(
                &format!("{what} {}", f.id),
                &f.paras,
                f.source == PAPER_SOURCE,
            );
        }
    }
}

fn cites(ids: &[String]) -> bool {
    ids.iter().any(|s| s == PAPER_SOURCE)
}

/// Every paragraph number cited anywhere in a file (any `paras` or `*_paras` list).
pub fn cited_paragraphs<T: serde::Serialize>(s: &T) -> BTreeSet<u8> {
    fn walk(v: &Value, out: &mut BTreeSet<u8>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    if k == "paras" || k.ends_with("_paras") {
                        if let Some(items) = child.as_array() {
                            out.extend(items.iter().filter_map(Value::as_u64).map(|n| n as u8));
                        }
                    } else {
                        walk(child, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(v) = serde_json::to_value(s) {
        walk(&v, &mut out);
    }
    out
}

/// Every `{"en", "fr", "es"}` object anywhere in the file must have three non-empty strings.
/// Walking the serialised value catches every [`crate::Text`], including ones added later.
fn check_texts(file: &str, path: &str, v: &Value, p: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            let is_text = map.len() == 3 && ["en", "fr", "es"].iter().all(|k| map.contains_key(*k));
            if is_text {
                for lang in ["en", "fr", "es"] {
                    if map[lang].as_str().is_none_or(|s| s.trim().is_empty()) {
                        p.push(format!("{file}: {path}: empty {lang} text"));
                    }
                }
                if let Some(at) = map["fr"].as_str().and_then(crate::french_spacing_fault) {
                    p.push(format!(
                        "{file}: {path}: fr text needs a no-break space at \"{at}\""
                    ));
                }
            } else {
                for (k, child) in map {
                    check_texts(file, &format!("{path}.{k}"), child, p);
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
                check_texts(file, &format!("{path}[{label}]"), child, p);
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
        c.push("no sources");
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
        if gs.iter().zip(gs.iter().skip(1)).any(|(a, b)| a >= b) {
            c.push(format!("{what}: goals not sorted and unique"));
        }
    };

    // Reports (before pillars: pillars may reference them).
    c.unique("reports", s.reports.iter().map(|r| r.id.as_str()));
    for r in &s.reports {
        c.sources(&format!("report {}", r.id), &r.sources);
        c.paras(&format!("report {}", r.id), &r.paras, cites(&r.sources));
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
        c.paras(&what, &tf.paras, cites(&tf.sources));
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
        c.paras(
            &format!("advisory body {}", a.id),
            &a.paras,
            a.source == PAPER_SOURCE,
        );
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
        c.paras(&what, &p.paras, cites(&p.sources));
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
    c.source("campaign leader", &s.campaign.leader.source);
    c.paras(
        "campaign leader",
        &s.campaign.leader.paras,
        s.campaign.leader.source == PAPER_SOURCE,
    );

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
    // The process, its alignment and the lists all come from the paper.
    for step in &cl.process {
        c.paras(
            &format!("country_level step {}", step.id),
            &step.paras,
            true,
        );
    }
    c.paras("country_level.alignment", &cl.alignment_paras, true);
    let pa = &cl.prsp_assessment;
    c.items(
        "country_level.prsp_assessment.recommendations",
        &pa.recommendations,
        pa.source == PAPER_SOURCE,
    );
    c.source("country_level.prsp_assessment", &pa.source);
    c.paras(
        "country_level.prsp_assessment",
        &pa.paras,
        pa.source == PAPER_SOURCE,
    );
    for (name, list) in [
        (
            "country_level.cca_undaf_guidelines",
            &cl.cca_undaf_guidelines,
        ),
        ("country_level.human_rights", &cl.human_rights),
    ] {
        let paper = list.source == PAPER_SOURCE;
        c.items(name, &list.items, paper);
        c.source(name, &list.source);
        c.paras(name, &list.paras, paper);
    }

    // Monitoring.
    let m = &s.monitoring;
    let [lo, hi] = m.frequency_years;
    if lo == 0 || lo > hi {
        c.push(format!("monitoring: frequency_years [{lo}, {hi}] invalid"));
    }
    if m.ilo_indicators.is_empty() {
        c.push("monitoring: no ILO indicators");
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
    c.paras("monitoring", &m.paras, m.source == PAPER_SOURCE);
    for i in &m.ilo_indicators {
        c.paras(
            &format!("monitoring indicator {}", i.indicator),
            &i.paras,
            m.source == PAPER_SOURCE,
        );
    }

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
        c.paras(&what, &e.paras, e.source == PAPER_SOURCE);
        for id in &e.also {
            c.source(&what, id);
            if *id == e.source {
                c.push(format!("{what}: {id} is both its source and a further one"));
            }
        }
    }
    for (a, b) in s.events.iter().zip(s.events.iter().skip(1)) {
        if (a.date, a.end) > (b.date, b.end) {
            c.push(format!(
                "events not sorted by date: {} ({}) before {} ({})",
                a.id, a.date, b.id, b.date
            ));
        }
    }

    c.paras("summary", &s.paras, true);
    for t in &s.glossary {
        c.paras(
            &format!("glossary {}", t.acronym),
            &t.paras,
            !t.paras.is_empty(),
        );
    }

    if !c.sources.contains(PAPER_SOURCE) {
        c.push(format!("the paper ({PAPER_SOURCE}) is not in sources"));
    }

    // Figures.
    c.paras("financing", &s.financing.paras, true);
    c.figures("financing", &s.financing.figures);
    c.figures("key_figures", &s.key_figures);

    // Every text in all three languages.
    match serde_json::to_value(c.s) {
        Ok(v) => check_texts(FILE, "$", &v, &mut c.p),
        Err(e) => c.push(format!("cannot serialise: {e}")),
    }

    if c.p.is_empty() {
        Ok(())
    } else {
        Err(Problems(c.p))
    }
}

/// Checks `paper.json`: paragraphs numbered 1–24 in order, none empty; headings of level 1 or 2,
/// not empty, the first of level 1; title, date and status present; its source is the paper's
/// entry in `strategy.json`.
pub fn validate_paper(paper: &crate::Paper, s: &Strategy) -> Validation {
    const FILE: &str = "paper.json";
    let mut p = Vec::new();
    if paper.schema_version != SCHEMA_VERSION {
        p.push(format!(
            "{FILE}: schema_version {}, expected {SCHEMA_VERSION}",
            paper.schema_version
        ));
    }
    if paper.source != PAPER_SOURCE || s.source(&paper.source).is_none() {
        p.push(format!(
            "{FILE}: source {:?} is not the paper's entry ({PAPER_SOURCE}) in strategy.json",
            paper.source
        ));
    }
    for (field, v) in [
        ("agenda", &paper.agenda),
        ("title", &paper.title),
        ("place_date", &paper.place_date),
        ("status", &paper.status),
    ] {
        if v.trim().is_empty() {
            p.push(format!("{FILE}: empty {field}"));
        }
    }
    if paper.sections.first().is_some_and(|x| x.level != 1) {
        p.push(format!("{FILE}: the first heading is not of level 1"));
    }
    for sec in &paper.sections {
        if sec.heading.trim().is_empty() || !(1..=2).contains(&sec.level) {
            p.push(format!(
                "{FILE}: heading {:?} of level {}",
                sec.heading, sec.level
            ));
        }
    }
    let numbers: Vec<u8> = paper.paragraphs().map(|x| x.n).collect();
    if numbers != (1..=PAPER_PARAGRAPHS).collect::<Vec<_>>() {
        p.push(format!(
            "{FILE}: paragraphs {numbers:?}, expected 1-{PAPER_PARAGRAPHS} in order"
        ));
    }
    for para in paper.paragraphs() {
        if para.parts.is_empty() || para.parts.iter().any(|x| x.text.trim().is_empty()) {
            p.push(format!("{FILE}: paragraph {} has an empty part", para.n));
        }
    }
    if p.is_empty() {
        Ok(())
    } else {
        Err(Problems(p))
    }
}

/// Checks `lens.json`: every point and checklist item cites paragraphs that exist; ids are
/// unique; indicators resolve in `framework.json`; every text has three languages; and, with
/// `strategy.json`, every paragraph 1–24 of the paper is cited at least once.
pub fn validate_lens(
    lens: &crate::model::strategy::Lens,
    s: &Strategy,
    fw: &Framework,
) -> Validation {
    let mut c = Checker {
        s,
        p: Vec::new(),
        sources: s.sources.iter().map(|x| x.id.as_str()).collect(),
    };
    if lens.schema_version != SCHEMA_VERSION {
        c.push(format!(
            "lens.json: schema_version {}, expected {SCHEMA_VERSION}",
            lens.schema_version
        ));
    }
    let indicators: BTreeSet<&str> = fw.indicators.iter().map(|i| i.id.as_str()).collect();
    let dw = &lens.decent_work;
    c.paras("decent_work", &dw.paras, true);
    c.unique("decent_work.steps", dw.steps.iter().map(|x| x.id.as_str()));
    if dw.steps.is_empty() {
        c.push("decent_work: no steps");
    }
    for step in &dw.steps {
        let what = format!("decent_work step {}", step.id);
        if step.points.is_empty() {
            c.push(format!("{what}: no points"));
        }
        for (i, point) in step.points.iter().enumerate() {
            c.paras(&format!("{what} point {}", i + 1), &point.paras, true);
        }
        for i in &step.indicators {
            if !indicators.contains(i.as_str()) {
                c.push(format!("{what}: indicator {i:?} not in framework.json"));
            }
        }
        for id in &step.series {
            if fw.series(id).is_none() {
                c.push(format!("{what}: series {id:?} not in framework.json"));
            }
        }
    }
    c.unique("checklist", lens.checklist.iter().map(|x| x.id.as_str()));
    if lens.checklist.is_empty() {
        c.push("checklist: no items");
    }
    for item in &lens.checklist {
        c.paras(&format!("checklist {}", item.id), &item.paras, true);
    }
    match serde_json::to_value(lens) {
        Ok(v) => check_texts("lens.json", "$", &v, &mut c.p),
        Err(e) => c.push(format!("cannot serialise the lens: {e}")),
    }
    let mut cited = cited_paragraphs(s);
    cited.extend(cited_paragraphs(lens));
    for n in 1..=PAPER_PARAGRAPHS {
        if !cited.contains(&n) {
            c.p.push(format!(
                "paragraph {n} of the paper is cited nowhere in strategy.json or lens.json"
            ));
        }
    }
    if c.p.is_empty() {
        Ok(())
    } else {
        Err(Problems(c.p))
    }
}
