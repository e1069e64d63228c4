//! Every committed data file keeps its own rules, as the app checks them on load: a file the
//! converter wrote must never be refused by the app.

use std::path::{Path, PathBuf};

use mdg_data::{
    model::strategy::Lens, parse_checked, Availability, Countries, EntityFile, Framework,
    IndicatorFile, Manifest, Paper, Reports, Strategy, WorldMap,
};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn text(rel: &str) -> String {
    std::fs::read_to_string(dir().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn files(sub: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir().join(sub))
        .unwrap_or_else(|e| panic!("{sub}: {e}"))
        .map(|e| format!("{sub}/{}", e.expect("entry").file_name().to_string_lossy()))
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "json")
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_committed_file_keeps_its_own_rules() {
    parse_checked::<Manifest>("manifest.json", &text("manifest.json")).unwrap();
    parse_checked::<Framework>("framework.json", &text("framework.json")).unwrap();
    parse_checked::<Countries>("countries.json", &text("countries.json")).unwrap();
    parse_checked::<WorldMap>("world.json", &text("world.json")).unwrap();
    parse_checked::<Reports>("mdgr.json", &text("mdgr.json")).unwrap();
    parse_checked::<Strategy>("strategy.json", &text("strategy.json")).unwrap();
    parse_checked::<Availability>("availability.json", &text("availability.json")).unwrap();
    parse_checked::<Paper>("paper.json", &text("paper.json")).unwrap();
    parse_checked::<Lens>("lens.json", &text("lens.json")).unwrap();
    let mut n = 0;
    for rel in files("country").into_iter().chain(files("aggregate")) {
        parse_checked::<EntityFile>(&rel, &text(&rel)).unwrap_or_else(|e| panic!("{e}"));
        n += 1;
    }
    for rel in files("indicator") {
        parse_checked::<IndicatorFile>(&rel, &text(&rel)).unwrap_or_else(|e| panic!("{e}"));
        n += 1;
    }
    assert!(n > 200, "only {n} files");
}
