//! Runs the progress method over every committed country file: no panics, no NaN or infinite
//! rates, coherent classes, and a few real-world sanity checks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mdg_data::progress::{
    assess_series, projected_path, projection, required_path, summarize, Assessment, Grade, Method,
    Status,
};
use mdg_data::{parse, DataFile, EntityFile, Framework};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn read(rel: &str) -> String {
    let path = data_dir().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn framework() -> Framework {
    parse("framework.json", &read(&DataFile::Framework.relative()))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn countries() -> Vec<EntityFile> {
    let dir = data_dir().join("country");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .to_string()
        })
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "json")
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let rel = format!("country/{n}");
            parse(&rel, &read(&rel)).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

fn finite(x: Option<f64>) -> bool {
    x.is_none_or(f64::is_finite)
}

#[track_caller]
fn check(a: &Assessment, what: &str) {
    for (name, x) in [
        ("target", a.target),
        ("required", a.required_rate),
        ("actual", a.actual_rate),
        ("ratio", a.ratio),
    ] {
        assert!(finite(x), "{what}: {name} = {x:?}");
    }
    if let Some(t) = a.trend {
        assert!(
            t.annual_change.is_finite() && finite(t.annual_rate),
            "{what}: {t:?}"
        );
    }
    for o in required_path(a).iter().chain(&projected_path(a)) {
        assert!(o.value.is_finite(), "{what}: path {o:?}");
    }
    match a.grade {
        Grade::OnTrack | Grade::TooSlow => assert!(a.ratio.is_some(), "{what}: {a:?}"),
        Grade::InsufficientData => assert!(a.reason.is_some(), "{what}: {a:?}"),
        Grade::Met => assert!(a.latest.is_some() && a.target.is_some(), "{what}: {a:?}"),
        Grade::MovingAway => assert!(
            a.actual_rate.is_some() || a.met_at_baseline(),
            "{what}: {a:?}"
        ),
        Grade::NoNumericTarget => assert!(a.kind.is_none(), "{what}: {a:?}"),
        Grade::AlreadyLow => assert!(a.floor.is_some(), "{what}: {a:?}"),
        Grade::NoRecentData => assert!(a.latest.is_some(), "{what}: {a:?}"),
    }
    assert_eq!(a.status, a.method.status(a.grade, a.ratio), "{what}");
    assert!(a.method.statuses().contains(&a.status), "{what}: {a:?}");
    if let (Some(b), Some(l)) = (a.baseline, a.latest) {
        assert!(b.year <= l.year, "{what}: latest before baseline");
    }
}

#[test]
fn every_country_and_series_assesses_cleanly() {
    let fw = framework();
    let countries = countries();
    assert!(
        countries.len() > 150,
        "only {} country files",
        countries.len()
    );
    for (method, as_of) in Method::ALL.into_iter().flat_map(|m| [(m, 2015), (m, 2003)]) {
        let mut all = Vec::new();
        let mut by_series: BTreeMap<&str, Vec<Assessment>> = BTreeMap::new();
        for c in &countries {
            for s in &fw.series {
                let Some(values) = c.series.get(&s.id) else {
                    continue;
                };
                let a = assess_series(s, values, as_of, method);
                check(
                    &a,
                    &format!("{} {} as of {as_of}, {method:?}", c.code, s.id),
                );
                assert_eq!(a.status == Status::NoNumericTarget, s.target_rule.is_none());
                if s.target_rule.is_some() {
                    by_series.entry(&s.id).or_default().push(a.clone());
                }
                all.push(a);
            }
        }
        println!("{method:?} as of {as_of}, every series with a target:");
        for (id, list) in &by_series {
            let counts: Vec<String> = summarize(method, list.iter().map(|a| a.status))
                .iter()
                .filter(|(s, _)| **s != Status::NoNumericTarget)
                .map(|(s, n)| format!("{}={n}", s.key()))
                .collect();
            println!("  {id:<26} {}", counts.join(" "));
        }
        let total = summarize(method, all.iter().map(|a| a.status));
        println!("{method:?} as of {as_of}, all series: {total:?}");
        for s in method.statuses().iter().filter(|s| s.is_judged()) {
            assert!(total[s] > 0, "no {s:?} at all as of {as_of}");
        }
    }
}

fn assess_country(code: &str, series: &str, as_of: u16) -> Assessment {
    let fw = framework();
    let s = fw.series(series).expect("series");
    let file: EntityFile = parse("country", &read(&DataFile::Country(code).relative())).unwrap();
    let a = assess_series(s, &file.series[series], as_of, Method::Robust);
    println!(
        "{code} {series} as of {as_of}: {:?} baseline {:?} latest {:?} target {:?} required {:?} actual {:?} ratio {:?} projection {:?}",
        a.status, a.baseline, a.latest, a.target, a.required_rate, a.actual_rate, a.ratio,
        projection(&a)
    );
    a
}

#[test]
fn aggregates_assess_cleanly() {
    let fw = framework();
    let dir = data_dir().join("aggregate");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let name = entry
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        let rel = format!("aggregate/{name}");
        let file: EntityFile = parse(&rel, &read(&rel)).unwrap_or_else(|e| panic!("{e}"));
        for s in &fw.series {
            if let Some(values) = file.series.get(&s.id) {
                for (method, as_of) in Method::ALL.into_iter().flat_map(|m| [(m, 2015), (m, 2003)])
                {
                    let a = assess_series(s, values, as_of, method);
                    check(&a, &format!("{rel} {} {method:?}", s.id));
                    n += 1;
                }
            }
        }
    }
    assert!(n > 100, "only {n} aggregate assessments");
}

#[test]
fn real_world_sanity() {
    // Under-5 mortality fell by more than two thirds in Bangladesh, 1990-2015 (a well-known
    // MDG 4 success): 146.5 → 38.5, target 48.8.
    let a = assess_country("BGD", "sh_dyn_mort", 2015);
    assert_eq!(a.baseline.map(|o| o.year), Some(1990));
    assert_eq!(a.status, Status::Met);
    let a = assess_country("BGD", "sh_dyn_mort", 2003);
    assert_eq!(a.latest.map(|o| o.year), Some(2003));
    assert_eq!(a.status, Status::OnTrack);
    // Nigeria's under-5 mortality fell, but far too slowly: 207.6 → 157.4 (2003) → 117.8.
    for as_of in [2003, 2015] {
        assert_eq!(
            assess_country("NGA", "sh_dyn_mort", as_of).status,
            Status::TooSlow
        );
    }
    // China halved extreme poverty well before 2015 (83.1 % in 1990, 47.8 % in 2002).
    let a = assess_country("CHN", "si_pov_dday", 2003);
    assert_eq!(a.latest.map(|o| o.year), Some(2002));
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(
        assess_country("CHN", "si_pov_dday", 2015).status,
        Status::Met
    );
    // Nepal: girls to boys in primary 0.59 (1990) → 0.87 (2003) → 1.07 (2015): on track, then
    // met with the disparity now in favour of girls flagged.
    let a = assess_country("NPL", "se_enr_prim_fm_zs", 2003);
    assert_eq!(a.status, Status::OnTrack);
    let a = assess_country("NPL", "se_enr_prim_fm_zs", 2015);
    assert_eq!(a.status, Status::Met);
    assert!(a.overshoot());
    // Ethiopia's maternal mortality: 1320 → 401, short of the 330 target.
    for as_of in [2003, 2015] {
        assert_eq!(
            assess_country("ETH", "sh_sta_mmrt", as_of).status,
            Status::TooSlow
        );
    }
    // Water: the bundled JMP estimates start in 2000, so there is no 1990-1995 baseline.
    let a = assess_country("KEN", "jmp_wat_imp", 2015);
    assert_eq!(a.reason, Some(mdg_data::progress::Reason::NoBaseline));
}

/// The progress grid leaves out the series nothing could be judged on (their data start after
/// the 1990–1995 baseline window) and keeps every other targeted series as a column.
#[test]
fn the_grid_leaves_out_what_nothing_could_be_judged_on() {
    use mdg_data::viz::progress_grid;
    use mdg_data::{Countries, IndicatorFile};
    let fw = framework();
    let countries: Countries = parse("countries.json", &read(&DataFile::Countries.relative()))
        .unwrap_or_else(|e| panic!("{e}"));
    let targeted: Vec<(mdg_data::Series, IndicatorFile)> = fw
        .series
        .iter()
        .filter(|s| s.target_rule.is_some() && s.coverage.countries > 0)
        .map(|s| {
            let rel = DataFile::Indicator(&s.id).relative();
            let file: IndicatorFile = parse(&rel, &read(&rel)).unwrap_or_else(|e| panic!("{e}"));
            (s.clone(), file)
        })
        .collect();
    let grid = progress_grid(&countries, &targeted, 2015, Method::default());
    assert_eq!(grid.regions.len(), 10);
    let left_out: Vec<&str> = grid.unjudged.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(left_out, ["sn_itk_defc_zs", "jmp_wat_imp", "jmp_san_imp"]);
    assert_eq!(grid.columns.len() + grid.unjudged.len(), targeted.len());
    let poverty = grid
        .columns
        .iter()
        .find(|c| c.series.id == "si_pov_dday")
        .expect("the poverty column");
    assert!(poverty.shares.iter().any(|s| s.judged > 0));
    for c in &grid.columns {
        assert_eq!(c.shares.len(), grid.regions.len());
    }
}
