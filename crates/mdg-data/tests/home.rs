//! `public/data/home.json` is exactly the home page's digest of `public/data/strategy.json`
//! (what the converter writes), and keeps everything the home page shows: every pillar's name,
//! summary, goals and connection labels, every key figure and the financing gap with its source.

use std::collections::BTreeSet;
use std::path::Path;

use mdg_data::model::home::HOME_FINANCING_FIGURE;
use mdg_data::{data_path, parse, Check, DataFile, HomeDigest, Strategy, Text};

fn read(file: DataFile<'_>) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/data")
        .join(file.relative());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Generate the data with `cargo run -p datagen --release`.",
            path.display()
        )
    })
}

fn load<T: serde::de::DeserializeOwned>(file: DataFile<'_>) -> T {
    parse(&data_path(file), &read(file)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn home_json_is_the_digest_of_strategy_json_byte_for_byte() {
    let strategy: Strategy = load(DataFile::Strategy);
    // As the converter writes every compact file: one line, then a newline.
    let expected = serde_json::to_string(&strategy.home_digest()).expect("serialise") + "\n";
    assert!(
        read(DataFile::Home) == expected,
        "public/data/home.json is not the digest of strategy.json: run `cargo run -p datagen --release`"
    );
}

#[test]
fn the_digest_keeps_every_pillar_and_connection_label() {
    let strategy: Strategy = load(DataFile::Strategy);
    let digest: HomeDigest = load(DataFile::Home);
    assert_eq!(
        digest.pillars.iter().map(|p| p.id).collect::<Vec<_>>(),
        strategy.pillars.iter().map(|p| p.id).collect::<Vec<_>>()
    );
    for p in &strategy.pillars {
        let card = digest.pillar(p.id).expect("pillar in the digest");
        assert_eq!(card.name, p.name);
        assert_eq!(card.summary, p.summary);
        assert_eq!(card.goals, p.goals);
        for (keys, labels) in [
            (&p.actors, &card.actors),
            (&p.instruments, &card.instruments),
        ] {
            let expected: Vec<Text> = keys.iter().map(|k| strategy.connection_label(k)).collect();
            assert_eq!(labels, &expected, "{}", p.id.as_str());
            for key in keys {
                let known = strategy.term(key).is_some()
                    || strategy.advisory_body(key).is_some()
                    || strategy.task_force(key).is_some()
                    || strategy.report(key).is_some();
                assert!(known, "{}: {key} is labelled as written", p.id.as_str());
            }
        }
    }
    // Labels as the home page showed them when it read strategy.json.
    let country_level = digest
        .pillar(mdg_data::PillarId::CountryLevel)
        .expect("country level");
    assert_eq!(
        country_level.instruments[1].get("fr"),
        "PNUAD — Plan-cadre des Nations Unies pour l'aide au développement"
    );
    let project = digest
        .pillar(mdg_data::PillarId::MillenniumProject)
        .expect("project");
    assert_eq!(project.actors[0].en, "UN Experts Group");
}

#[test]
fn the_digest_keeps_every_figure_and_only_the_sources_they_cite() {
    let strategy: Strategy = load(DataFile::Strategy);
    let digest: HomeDigest = load(DataFile::Home);
    let shown: Vec<_> = strategy
        .key_figures
        .iter()
        .chain(
            strategy
                .financing
                .figures
                .iter()
                .filter(|f| f.id == HOME_FINANCING_FIGURE),
        )
        .collect();
    assert_eq!(
        shown.len(),
        strategy.key_figures.len() + 1,
        "the gap figure"
    );
    assert_eq!(digest.figures.iter().collect::<Vec<_>>(), shown);
    for f in &digest.figures {
        assert_eq!(
            digest.source(&f.source),
            strategy.source(&f.source),
            "{}",
            f.id
        );
        assert!(digest.source(&f.source).is_some(), "{}: {}", f.id, f.source);
    }
    let cited: BTreeSet<&str> = digest.figures.iter().map(|f| f.source.as_str()).collect();
    let kept: BTreeSet<&str> = digest.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(kept, cited);
    // Nothing the home page does not show.
    assert!(read(DataFile::Home).len() * 5 < read(DataFile::Strategy).len());
}

#[test]
fn the_app_checks_the_digest_on_load() {
    let digest: HomeDigest = load(DataFile::Home);
    assert_eq!(digest.problems(), Vec::<String>::new());

    let mut broken = digest.clone();
    broken.pillars.pop();
    assert_eq!(broken.problems(), ["3 pillars, not 4"]);

    let mut broken = digest.clone();
    let gap = broken.figures.last().expect("the gap").source.clone();
    broken.sources.retain(|s| s.id != gap);
    assert!(broken
        .problems()
        .contains(&format!("figure gap: source {gap} is not in the file")));

    let mut broken = digest;
    broken.sources.push(broken.sources[0].clone());
    assert!(broken.problems()[0].contains("appears twice"));
}

#[test]
fn a_connection_not_in_the_strategy_is_labelled_as_written() {
    let strategy: Strategy = load(DataFile::Strategy);
    let label = strategy.connection_label("XYZ");
    assert_eq!(
        (label.get("en"), label.get("fr"), label.get("es")),
        ("XYZ", "XYZ", "XYZ")
    );
    // Acronyms are found whatever their case, like the glossary's own lookup.
    assert_eq!(
        strategy.connection_label("bwis"),
        strategy.connection_label("BWIs")
    );
}
