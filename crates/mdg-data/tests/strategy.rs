//! Validates the committed `public/data/strategy.json` with the app's parser and the strategy
//! checks, and checks that each rule of the validation catches what it should.

use std::path::{Path, PathBuf};

use mdg_data::model::strategy::{FigureUnit, Qualifier, ReportStatus};
use mdg_data::validate_strategy::{validate_strategy, TASK_FORCES, TIMELINE_YEARS};
use mdg_data::{data_path, parse, DataFile, DateRef, EventTag, Framework, PillarId, Strategy};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(rel: &str) -> String {
    let path = root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Generate the data with `cargo run -p datagen --release`.",
            path.display()
        )
    })
}

fn strategy() -> Strategy {
    let file = DataFile::Strategy;
    parse(
        &data_path(file),
        &read(&format!("public/data/{}", file.relative())),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn framework() -> Framework {
    parse(
        &data_path(DataFile::Framework),
        &read("public/data/framework.json"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn problems(s: &Strategy) -> Vec<String> {
    validate_strategy(s, &framework())
        .err()
        .map(|p| p.0)
        .unwrap_or_default()
}

fn assert_problem(s: &Strategy, needle: &str) {
    let p = problems(s);
    assert!(
        p.iter().any(|m| m.contains(needle)),
        "expected a problem containing {needle:?}, got {p:#?}"
    );
}

#[test]
fn strategy_json_is_valid() {
    let s = strategy();
    validate_strategy(&s, &framework()).unwrap_or_else(|p| panic!("strategy.json: {p}"));
}

#[test]
fn counts() {
    let s = strategy();
    assert_eq!(s.pillars.len(), 4);
    assert_eq!(s.task_forces.len(), TASK_FORCES);
    assert_eq!(s.advisory_bodies.len(), 2);
    assert_eq!(s.reports.len(), 3);
    assert!(s.events.len() >= 19, "{} events", s.events.len());
    assert!(
        s.glossary.len() >= 19,
        "{} glossary terms",
        s.glossary.len()
    );
    for acronym in [
        "UNDG", "UNCT", "CCA", "UNDAF", "PRSP", "MDG", "MDGR", "BWIs", "ECOSOC", "ECHA", "OHCHR",
        "FfD", "ODA", "DESA", "UNDP", "ILO", "HDR", "WTO", "GA",
    ] {
        assert!(s.term(acronym).is_some(), "glossary lacks {acronym}");
    }
}

#[test]
fn lookups() {
    let s = strategy();
    let tf1 = s.task_force("tf1").expect("tf1");
    assert_eq!(tf1.goals, [1]);
    assert!(tf1.note.as_ref().is_some_and(|n| n.en.contains("ILO")));
    assert!(s.task_force("tf11").is_none());
    assert_eq!(
        s.pillar("monitoring").map(|p| p.id),
        Some(PillarId::Monitoring)
    );
    assert_eq!(s.term("bwis").map(|t| t.acronym.as_str()), Some("BWIs"));
    assert_eq!(s.term("UNDAF").map(|t| t.short.fr.as_str()), Some("PNUAD"));
    assert_eq!(s.term("PRSP").map(|t| t.short.es.as_str()), Some("DELP"));
    assert!(s.source(mdg_data::PAPER_SOURCE).is_some());
    assert!(s.source("nope").is_none());
    assert_eq!(
        s.campaign.leader.name, "Eveline Herfkens",
        "her own spelling, not the paper's"
    );
}

#[test]
fn facts_from_the_brief() {
    let s = strategy();
    let fw = framework();
    // Key figures match the framework actually bundled.
    let kf = |id: &str| {
        s.key_figures
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("key figure {id}"))
    };
    assert_eq!(kf("goals").value as usize, fw.goals.len());
    assert_eq!(kf("targets").value as usize, fw.targets.len());
    assert_eq!(kf("indicators").value as usize, fw.indicators.len());
    assert_eq!(
        (kf("mdgr_issued").value, kf("mdgr_issued").qualifier),
        (35.0, Qualifier::MoreThan)
    );
    assert_eq!(
        (kf("mdgr_expected").value, kf("mdgr_expected").qualifier),
        (60.0, Qualifier::Exact),
        "\"another 60 will launch theirs shortly\" (¶17): no \"about\"",
    );
    let fin: Vec<(f64, FigureUnit)> = s
        .financing
        .figures
        .iter()
        .map(|f| (f.value, f.unit))
        .collect();
    assert!(fin.contains(&(50.0, FigureUnit::UsdBillionPerYear)));
    // Monitoring: MDGRs every two to three years; the two ILO indicators (2003 #45 and #11).
    assert_eq!(s.monitoring.frequency_years, [2, 3]);
    let ids: Vec<&str> = s
        .monitoring
        .ilo_indicators
        .iter()
        .map(|i| i.indicator.as_str())
        .collect();
    assert_eq!(ids, ["45", "11"]);
    // The timeline ends with Investing in Development, 17 January 2005.
    let last = s.events.last().expect("events");
    assert_eq!(last.date, "2005-01-17".parse::<DateRef>().unwrap());
    assert_eq!(last.tag, EventTag::MillenniumProject);
    assert!(s
        .events
        .iter()
        .all(|e| (TIMELINE_YEARS.0..=TIMELINE_YEARS.1).contains(&e.date.year())));
    let ecosoc: Vec<String> = s
        .events_tagged(EventTag::Ecosoc)
        .map(|e| e.date.to_string())
        .collect();
    assert_eq!(
        ecosoc,
        ["2003-04-30", "2003-06-30", "2003-07-03", "2003-07-08"]
    );
    // The paper has the Assembly's working group adopt resolution 57/270 in May 2003; the UN's
    // record, cited beside it, has the Assembly adopt it on 23 June.
    let ga = s
        .events
        .iter()
        .find(|e| e.id == "ga_57_270")
        .expect("57/270");
    assert_eq!(ga.date, "2003-05".parse::<DateRef>().unwrap());
    assert_eq!(ga.also, ["unis_2003_ga10141"]);
    assert!(ga.description.get("en").contains("23 June 2003"));
    // The 2004 poverty report was only announced at the time of the paper.
    assert_eq!(
        s.report("poverty_report_2004").map(|r| r.status),
        Some(ReportStatus::Announced)
    );
}

#[test]
fn public_file_is_the_compact_form_of_the_authored_source() {
    let authored: Strategy = parse(
        "tools/datagen/strategy/strategy.json",
        &read("tools/datagen/strategy/strategy.json"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut expected = serde_json::to_string(&authored).expect("serialise");
    expected.push('\n');
    let public = read("public/data/strategy.json");
    assert!(
        public == expected,
        "public/data/strategy.json differs from tools/datagen/strategy/strategy.json: run `cargo run -p datagen --release`"
    );
    // The home page downloads this file: its size counts in the first view's budget. With every
    // statement citing its paragraph and the paper's facts in full it is about 92 KB (22 KB
    // brotli); the decent work lens and the checklist live in lens.json for that reason.
    assert!(
        public.len() < 100_000,
        "strategy.json is {} bytes",
        public.len()
    );
}

#[test]
fn rejects_unresolved_framework_references() {
    let mut s = strategy();
    s.task_forces[0].targets.push(19);
    assert_problem(&s, "task force tf1: target 19 not in framework.json");
    let mut s = strategy();
    s.task_forces[1].targets = vec![3];
    assert_problem(
        &s,
        "task force tf2: target 3 belongs to goal 2, which is not listed",
    );
    let mut s = strategy();
    s.pillars[0].goals.push(9);
    assert_problem(
        &s,
        "pillar millennium_project: goal 9 not in framework.json",
    );
    let mut s = strategy();
    s.monitoring.ilo_indicators[0].indicator = "49".into();
    assert_problem(&s, "monitoring: indicator \"49\" not in framework.json");
}

#[test]
fn rejects_missing_sources() {
    let mut s = strategy();
    s.events[0].source = "nowhere".into();
    assert_problem(&s, "source \"nowhere\" is not in sources");
    let mut s = strategy();
    s.key_figures[0].source = "nowhere".into();
    assert_problem(&s, "key_figures goals: source \"nowhere\"");
    let mut s = strategy();
    s.reports[0].sources.clear();
    assert_problem(&s, "report hdr_2003: no source");
    // A further source must exist too, and not repeat the main one.
    let mut s = strategy();
    s.events[0].also.push("nowhere".into());
    assert_problem(&s, "source \"nowhere\" is not in sources");
    let mut s = strategy();
    let main = s.events[0].source.clone();
    s.events[0].also.push(main);
    assert_problem(&s, "is both its source and a further one");
}

#[test]
fn rejects_structure_errors() {
    let mut s = strategy();
    s.task_forces.pop();
    assert_problem(&s, "9 task forces, expected 10");
    let mut s = strategy();
    s.task_forces.swap(0, 1);
    assert_problem(&s, "task force at position 1 is tf2");
    let mut s = strategy();
    s.pillars.swap(0, 1);
    assert_problem(&s, "expected the four in order");
    let mut s = strategy();
    s.advisory_bodies.pop();
    assert_problem(&s, "1 advisory bodies, expected 2");
    let mut s = strategy();
    s.pillars[2].actors.push("XYZ".into());
    assert_problem(&s, "actor \"XYZ\"");
    let mut s = strategy();
    s.country_level.process[0].feeds.push("nowhere".into());
    assert_problem(&s, "feeds unknown step \"nowhere\"");
}

#[test]
fn rejects_bad_events() {
    let mut s = strategy();
    s.events.swap(2, 3);
    assert_problem(&s, "events not sorted by date");
    let mut s = strategy();
    s.events[0].date = "2001-12".parse().unwrap();
    assert_problem(&s, "outside 2002-2005");
    let mut s = strategy();
    let e = s
        .events
        .iter_mut()
        .find(|e| e.end.is_some())
        .expect("a range");
    e.end = Some(e.date);
    assert_problem(&s, "must be after");
}

#[test]
fn rejects_duplicate_acronyms_and_missing_translations() {
    let mut s = strategy();
    let dup = s.glossary[0].clone();
    s.glossary.push(dup);
    assert_problem(&s, "glossary: duplicate id");
    let mut s = strategy();
    s.task_forces[4].name.fr.clear();
    assert_problem(&s, "$.task_forces[tf5].name: empty fr text");
    let mut s = strategy();
    s.country_level.prsp_assessment.recommendations[0].detail.es = " ".into();
    assert_problem(&s, "empty es text");
}
