//! Validates every committed file in `public/data` with the app's own parser and checks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use mdg_data::validate::{
    validate_countries, validate_entity_file, validate_framework, validate_framework_2008,
    validate_indicator_file, validate_manifest, validate_reports, validate_world,
};
use mdg_data::{
    parse, Countries, DataFile, EntityFile, Framework, Framework2008, IndicatorFile, Manifest,
    Reports, WorldMap, FIRST_YEAR, LAST_YEAR,
};
use serde::de::DeserializeOwned;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn load<T: DeserializeOwned>(file: DataFile<'_>) -> T {
    let rel = file.relative();
    let path = data_dir().join(&rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Generate the data with `cargo run -p datagen --release`.",
            path.display()
        )
    });
    parse(&mdg_data::data_path(file), &text).unwrap_or_else(|e| panic!("{e}"))
}

fn json_names(dir: &str) -> BTreeSet<String> {
    let path = data_dir().join(dir);
    std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .to_string()
        })
        .collect()
}

struct Bundle {
    manifest: Manifest,
    framework: Framework,
    countries: Countries,
}

fn bundle() -> Bundle {
    Bundle {
        manifest: load(DataFile::Manifest),
        framework: load(DataFile::Framework),
        countries: load(DataFile::Countries),
    }
}

#[test]
fn manifest_is_valid() {
    let b = bundle();
    validate_manifest(&b.manifest).unwrap_or_else(|p| panic!("manifest.json: {p}"));
}

#[test]
fn framework_has_the_official_structure() {
    use mdg_data::TargetRule::*;
    let b = bundle();
    let fw = &b.framework;
    validate_framework(fw, &b.manifest).unwrap_or_else(|p| panic!("framework.json: {p}"));
    assert_eq!(fw.goals.len(), 8);
    assert_eq!(fw.targets.len(), 18);
    assert_eq!(fw.indicators.len(), 48);
    let measured = fw
        .indicators
        .iter()
        .filter(|i| !i.series.is_empty())
        .count();
    assert!(measured >= 25, "only {measured} of 48 indicators have data");
    for s in &fw.series {
        assert!(
            b.manifest.source(&s.source).is_some(),
            "series {} source {}",
            s.id,
            s.source
        );
        for x in &s.mdg_2003 {
            assert!(
                fw.indicator_for(x).is_some(),
                "series {} measures unknown {x}",
                s.id
            );
        }
    }
    assert_eq!(fw.goal(7).map(|g| g.number), Some(7));
    assert!(fw.goal(0).is_none() && fw.goal(9).is_none());
    // The target rules the MDG targets define.
    let rule = |id: &str| {
        fw.indicator(id)
            .and_then(|i| i.target_rule.clone())
            .map(|t| t.rule)
    };
    assert_eq!(
        rule("13"),
        Some(ReduceBy {
            numerator: 2,
            denominator: 3
        })
    );
    assert_eq!(
        rule("16"),
        Some(ReduceBy {
            numerator: 3,
            denominator: 4
        })
    );
    assert_eq!(
        rule("1"),
        Some(ReduceBy {
            numerator: 1,
            denominator: 2
        })
    );
    assert_eq!(
        rule("30"),
        Some(ReduceShortfallBy {
            level: 100.0,
            numerator: 1,
            denominator: 2
        })
    );
    assert_eq!(rule("9"), Some(Reach { level: 1.0 }));
}

#[test]
fn countries_are_valid() {
    let b = bundle();
    validate_countries(&b.countries, &b.manifest).unwrap_or_else(|p| panic!("countries.json: {p}"));
    assert!(b.countries.countries.len() >= 200);
    assert!(b.countries.aggregate("WLD").is_some());
}

#[test]
fn world_map_is_valid() {
    let b = bundle();
    let w: WorldMap = load(DataFile::World);
    validate_world(&w, &b.countries, &b.manifest).unwrap_or_else(|p| panic!("world.json: {p}"));
    // Every country is on the map, as a shape or a dot.
    let placed: BTreeSet<&str> = w
        .shapes
        .iter()
        .map(|s| s.iso3.as_str())
        .chain(w.dots.iter().map(|d| d.iso3.as_str()))
        .collect();
    for c in &b.countries.countries {
        assert!(
            placed.contains(c.iso3.as_str()),
            "world.json: {} is not on the map",
            c.iso3
        );
    }
    let size = std::fs::metadata(data_dir().join("world.json"))
        .expect("world.json")
        .len();
    assert!(size < 150_000, "world.json is {size} bytes");
}

#[test]
fn reports_are_verified_entries() {
    let b = bundle();
    let r: Reports = load(DataFile::Reports);
    validate_reports(&r, &b.countries, &b.manifest).unwrap_or_else(|p| panic!("mdgr.json: {p}"));
    assert!(!r.complete);
}

#[test]
fn each_country_file_carries_exactly_its_reports() {
    let b = bundle();
    let r: Reports = load(DataFile::Reports);
    let mut carried = 0;
    for c in &b.countries.countries {
        let e: EntityFile = load(DataFile::Country(&c.iso3));
        let entries = e
            .reports
            .unwrap_or_else(|| panic!("country/{}.json: no reports", c.iso3));
        assert_eq!(entries, r.entries_of(&c.iso3), "country/{}.json", c.iso3);
        carried += entries.list.len();
    }
    assert_eq!(
        carried,
        r.reports.len(),
        "every entry in one country's file"
    );

    // The rules that keep it so: another country's entry, a country's file without its
    // entries, entries in an aggregate's file.
    let problems = |e: &EntityFile, file: &str| {
        validate_entity_file(file, e, &b.framework, &b.countries)
            .err()
            .map(|p| p.to_string())
            .unwrap_or_default()
    };
    let ken: EntityFile = load(DataFile::Country("KEN"));
    let mut other = ken.clone();
    let uga = r.entries_of("UGA").list[0].clone();
    other.reports.as_mut().unwrap().list.push(uga);
    assert!(
        problems(&other, "k").contains("unknown country UGA"),
        "{}",
        problems(&other, "k")
    );
    let mut bare = ken.clone();
    bare.reports = None;
    assert!(problems(&bare, "k").contains("a country's file without its reports"));
    let mut world: EntityFile = load(DataFile::Aggregate("WLD"));
    world.reports = ken.reports.clone();
    assert!(problems(&world, "w").contains("reports in a file that is not a country's"));
}

#[test]
fn every_country_and_aggregate_file_is_valid() {
    let b = bundle();
    let mut expected = BTreeSet::new();
    for c in &b.countries.countries {
        let file = DataFile::Country(&c.iso3);
        let e: EntityFile = load(file);
        assert_eq!(e.code, c.iso3);
        validate_entity_file(&file.relative(), &e, &b.framework, &b.countries)
            .unwrap_or_else(|p| panic!("{p}"));
        expected.insert(format!("{}.json", c.iso3));
    }
    assert_eq!(
        json_names("country"),
        expected,
        "country/ holds exactly one file per country"
    );
    let mut expected = BTreeSet::new();
    for a in &b.countries.aggregates {
        let file = DataFile::Aggregate(&a.code);
        let e: EntityFile = load(file);
        assert_eq!(e.code, a.code);
        validate_entity_file(&file.relative(), &e, &b.framework, &b.countries)
            .unwrap_or_else(|p| panic!("{p}"));
        expected.insert(format!("{}.json", a.code));
    }
    assert_eq!(json_names("aggregate"), expected);
}

#[test]
fn every_indicator_file_is_valid_and_agrees_with_country_files() {
    let b = bundle();
    let countries: Vec<(String, EntityFile)> = b
        .countries
        .countries
        .iter()
        .map(|c| (c.iso3.clone(), load(DataFile::Country(&c.iso3))))
        .collect();
    let mut expected = BTreeSet::new();
    for s in &b.framework.series {
        let file = DataFile::Indicator(&s.id);
        let f: IndicatorFile = load(file);
        assert_eq!(f.series, s.id);
        validate_indicator_file(&file.relative(), &f, &b.framework, &b.countries)
            .unwrap_or_else(|p| panic!("{p}"));
        let values: usize = f.countries.values().map(|v| v.points().count()).sum();
        assert_eq!(
            values as u32, s.coverage.values,
            "{}: coverage.values",
            s.id
        );
        assert_eq!(
            f.countries.len() as u32,
            s.coverage.countries,
            "{}: coverage.countries",
            s.id
        );
        for (iso3, e) in &countries {
            assert_eq!(
                f.countries.get(iso3),
                e.series.get(&s.id),
                "{}: {iso3} differs from country/{iso3}.json",
                s.id
            );
        }
        for v in f.countries.values().chain(f.aggregates.values()) {
            assert!(v.start >= FIRST_YEAR && v.end() <= LAST_YEAR);
            assert!(v.points().all(|(_, x)| x.is_finite()));
        }
        expected.insert(format!("{}.json", s.id));
    }
    assert_eq!(
        json_names("indicator"),
        expected,
        "indicator/ holds exactly one file per series"
    );
}

#[test]
fn availability_is_what_the_bundled_values_say() {
    let framework: Framework = load(DataFile::Framework);
    let countries: Countries = load(DataFile::Countries);
    let files: Vec<IndicatorFile> = json_names("indicator")
        .iter()
        .map(|name| load(DataFile::Indicator(name.trim_end_matches(".json"))))
        .collect();
    let committed: mdg_data::Availability = load(DataFile::Availability);
    let recomputed = mdg_data::availability::compute(&framework, &countries, &files);
    assert_eq!(
        committed, recomputed,
        "regenerate with `cargo run -p datagen --release`"
    );
    // Nothing before the first observation can be counted, and 1990 has some data.
    let years = committed.years();
    assert!(years[0].any > 0, "some country measured something in 1990");
    assert!(years
        .iter()
        .all(|y| y.bands.iter().sum::<u16>() as usize == countries.countries.len()));
}

#[test]
fn reporting_figures_follow_the_record() {
    use mdg_data::progress::STALE_WINDOW;
    use mdg_data::reporting::trackable;
    let reports: Reports = load(DataFile::Reports);
    let countries: Countries = load(DataFile::Countries);
    let framework: Framework = load(DataFile::Framework);
    let reporting = reports.countries();
    // The cumulative count ends at every reporting country, and never falls.
    let tally = reports.tally(2000, 2016);
    assert_eq!(
        tally.last().map(|t| t.countries_so_far),
        Some(reporting.len())
    );
    assert!(tally
        .windows(2)
        .all(|w| w[0].countries_so_far <= w[1].countries_so_far));
    assert_eq!(
        tally.iter().map(|t| t.reports).sum::<usize>(),
        reports.reports.len()
    );
    // Every reporting country sits in one region.
    let regions = reports.by_region(&countries);
    assert_eq!(
        regions.iter().map(|r| r.reporting).sum::<usize>(),
        reporting.len()
    );
    // Kenya's data could give a report in 2010 something to track, but not one in 2000 about
    // indicators first measured later; never more than the 48 of 2003.
    let ken: EntityFile = load(DataFile::Country("KEN"));
    let in_2010 = trackable(&framework, &ken, 2010, STALE_WINDOW);
    assert!(
        in_2010.len() > 10 && in_2010.len() <= 48,
        "{}",
        in_2010.len()
    );
    let in_1990 = trackable(&framework, &ken, 1990, 1);
    assert!(in_1990.len() < in_2010.len());
    // The per-year counts a profile works out equal availability.json's row.
    let availability: mdg_data::Availability = load(DataFile::Availability);
    let row = availability
        .countries
        .iter()
        .find(|c| c.code == "KEN")
        .unwrap();
    let own: Vec<u16> =
        mdg_data::reporting::measured_per_year(&framework, &ken, FIRST_YEAR, LAST_YEAR)
            .into_iter()
            .map(|(_, n)| n as u16)
            .collect();
    assert_eq!(own, row.counts);
}

/// What a statistician asks first: the poverty series is not the MDG's $1 a day, and every series
/// that is not the official indicator says how it differs (the app shows it with its numbers).
#[test]
fn variants_and_proxies_say_how_they_differ() {
    let b = bundle();
    let fw = &b.framework;
    let poverty = fw.series("si_pov_dday").expect("the poverty series");
    let (fit, caveat) = poverty.departure().expect("a variant");
    assert_eq!(fit, mdg_data::Fit::Variant);
    for lang in ["en", "fr", "es"] {
        assert!(caveat.get(lang).contains("3,00") || caveat.get(lang).contains("3.00"));
    }
    let departing = fw.series.iter().filter(|s| s.departure().is_some()).count();
    let official = fw
        .series
        .iter()
        .filter(|s| s.fit == mdg_data::Fit::Official)
        .count();
    assert_eq!(departing + official, fw.series.len());
    let mut bare = fw.clone();
    bare.series
        .iter_mut()
        .find(|s| s.id == "se_prm_cmpt_zs")
        .expect("the completion proxy")
        .caveat = None;
    let problems = validate_framework(&bare, &b.manifest).expect_err("a proxy without a caveat");
    assert!(problems
        .to_string()
        .contains("se_prm_cmpt_zs: a variant or proxy needs a caveat"));
}

#[test]
fn the_2008_list_and_the_notes_agree_with_the_framework() {
    let b = bundle();
    let fw = &b.framework;
    let f08: Framework2008 = load(DataFile::Framework2008);
    validate_framework_2008(&f08, fw, &b.manifest)
        .unwrap_or_else(|p| panic!("framework-2008.json: {p}"));
    assert_eq!(f08.targets.len(), 21);
    assert_eq!(f08.indicators.len(), 60);
    assert!(f08.notes.len() >= 4, "the notes on both lists");
    let added: Vec<&str> = (1..=8)
        .flat_map(|g| f08.targets_added(fw, g))
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(added, ["5.B", "6.B", "7.B"]);
    // A 2003 number the 2008 list lacks, and a series it does not know, are found.
    let mut broken = fw.clone();
    broken.targets[0].targets_2008 = vec!["1.Z".into()];
    broken.series[0].mdg_2008.push("9.9".into());
    let problems = validate_framework_2008(&f08, &broken, &b.manifest)
        .expect_err("unknown 2008 numbers")
        .to_string();
    assert!(
        problems.contains("target 1 refers to unknown 2008 target 1.Z"),
        "{problems}"
    );
    assert!(
        problems.contains("unknown 2008 indicator 9.9"),
        "{problems}"
    );
}
