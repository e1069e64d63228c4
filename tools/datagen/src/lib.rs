//! `datagen`: converts the raw public sources (`../shared/data`) into the app's bundled JSON
//! (`public/data`). Deterministic (sorted keys, fixed number formatting, fixed date), validated
//! with `mdg-data` before anything is written, written atomically.
//!
//! Run from the repository root: `cargo run -p datagen --release`
//! (`--raw DIR` or `MDG_RAW_DATA` for the raw sources, `--out DIR`, `--date YYYY-MM-DD`).

pub mod config;
pub mod countries;
pub mod error;
pub mod format;
pub mod framework;
pub mod gapminder;
pub mod owid;
pub mod paper;
pub mod projection;
pub mod reports;
pub mod simplify;
pub mod table;
pub mod topojson;
pub mod values;
pub mod wdi;
pub mod world;
pub mod write;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use mdg_data::validate::{
    validate_countries, validate_entity_file, validate_framework, validate_framework_2008,
    validate_indicator_file, validate_manifest, validate_reports, validate_world, Problems,
};
use mdg_data::{
    parse, Countries, DataFile, EntityFile, Framework, Framework2008, IndicatorFile, Manifest,
    Reports, SeriesCoverage, SeriesValues, WorldMap, SCHEMA_VERSION,
};
use serde::Serialize;

use crate::config::Config;
use crate::error::{GenError, Result};
use crate::format::round_value;
use crate::values::{ByEntity, Loaded};
pub use crate::write::Files;

/// Path of the hand-authored strategy content, for messages.
const STRATEGY_SOURCE: &str = "tools/datagen/strategy/strategy.json";
/// The hand-authored strategy content (pillars, task forces, timeline, glossary...).
const STRATEGY_JSON: &str = include_str!("../strategy/strategy.json");
/// Path of the hand-authored lens and checklist, for messages.
const LENS_SOURCE: &str = "tools/datagen/strategy/lens.json";
/// The hand-authored decent work lens and UN Country Team checklist.
const LENS_JSON: &str = include_str!("../strategy/lens.json");

/// The repository root (this crate is `tools/datagen`).
pub fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::canonicalize(&root).unwrap_or(root)
}

/// Default raw directory: `$MDG_RAW_DATA`, else `../shared/data` relative to the repo root.
pub fn default_raw_dir() -> PathBuf {
    std::env::var_os("MDG_RAW_DATA")
        .map_or_else(|| repo_root().join("../shared/data"), PathBuf::from)
}

/// Default output directory: `public/data` in the repo.
pub fn default_out_dir() -> PathBuf {
    repo_root().join("public/data")
}

/// What a run produced, for the console.
#[derive(Debug, Default)]
pub struct Summary {
    /// Files written.
    pub files: usize,
    /// Series bundled.
    pub series: usize,
    /// Countries in the bundle.
    pub countries: usize,
    /// Country-year values over all series.
    pub country_values: usize,
    /// Aggregate-year values over all series.
    pub aggregate_values: usize,
    /// 2003 indicators with at least one series.
    pub indicators_measured: usize,
    /// Source entities not kept, per source id.
    pub skipped: BTreeMap<String, BTreeSet<String>>,
    /// Entries of the output directory carried over unchanged.
    pub kept: Vec<String>,
    /// The generation date used.
    pub date: String,
}

/// A generated bundle: its files and a summary.
pub struct Bundle {
    /// Path relative to `public/data` → content.
    pub files: Files,
    /// Summary of the run.
    pub summary: Summary,
}

fn to_json<T: Serialize>(file: &str, value: &T, pretty: bool) -> Result<String> {
    let s = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    s.map(|mut s| {
        s.push('\n');
        s
    })
    .map_err(|e| GenError::file(file, format!("cannot serialise: {e}")))
}

fn problems(file: &str, r: std::result::Result<(), Problems>) -> Result<()> {
    r.map_err(|p| GenError::file(file, format!("generated data failed validation: {p}")))
}

fn reparse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T> {
    parse(file, text)
        .map_err(|e| GenError::file(file, format!("generated file does not parse back: {e}")))
}

fn series_values(points: &BTreeMap<u16, f64>) -> Option<SeriesValues> {
    SeriesValues::from_points(points.iter().map(|(y, v)| (*y, round_value(*v))))
}

fn coverage(countries: &ByEntity, aggregates: &ByEntity) -> SeriesCoverage {
    let years = || {
        countries
            .values()
            .chain(aggregates.values())
            .flat_map(|m| m.keys().copied())
    };
    let count = |m: &ByEntity| {
        u32::try_from(m.values().filter(|y| !y.is_empty()).count()).unwrap_or(u32::MAX)
    };
    SeriesCoverage {
        countries: count(countries),
        values: u32::try_from(countries.values().map(BTreeMap::len).sum::<usize>())
            .unwrap_or(u32::MAX),
        aggregates: count(aggregates),
        first_year: years().min(),
        last_year: years().max(),
    }
}

/// Reads every source under `raw` and builds the bundle in memory (nothing is written).
/// `date` overrides the generation date (default: the newest source snapshot date).
pub fn generate(raw: &Path, date: Option<&str>) -> Result<Bundle> {
    if !raw.is_dir() {
        return Err(GenError::file(
            raw,
            "raw data directory not found (use --raw DIR or MDG_RAW_DATA)",
        ));
    }
    let cfg = Config::load()?;
    let cdata = countries::build(raw, &cfg)?;
    let kept_aggregates: BTreeSet<String> = cfg
        .labels
        .aggregates
        .iter()
        .filter(|a| !a.code.starts_with("UN"))
        .map(|a| a.code.clone())
        .collect();
    let mut all_aggregates = cdata.wb_aggregates.clone();
    all_aggregates.extend(wdi::EXTRA_AGGREGATES.iter().map(|s| (*s).to_string()));
    let wdi_codes = wdi::WdiCodes {
        countries: &cdata.iso3,
        kept: &kept_aggregates,
        aggregates: &all_aggregates,
    };
    let gm_dir = raw.join("gapminder-systema-globalis");
    let geos = gapminder::GeoMap::read(&gm_dir, &cdata.iso3)?;
    let unmdg_entities: BTreeSet<String> = cfg
        .series
        .iter()
        .filter(|s| s.source == "unmdg2015")
        .flat_map(|s| s.rows.keys().cloned())
        .collect();

    let mut summary = Summary {
        countries: cdata.iso3.len(),
        ..Summary::default()
    };
    let mut by_country: BTreeMap<String, BTreeMap<String, SeriesValues>> = cdata
        .iso3
        .iter()
        .map(|c| (c.clone(), BTreeMap::new()))
        .collect();
    let mut by_aggregate: BTreeMap<String, BTreeMap<String, SeriesValues>> = cdata
        .countries
        .aggregates
        .iter()
        .map(|a| (a.code.clone(), BTreeMap::new()))
        .collect();
    let mut indicator_files = Vec::new();
    let mut titles = BTreeMap::new();
    let mut cover = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for s in &cfg.series {
        if !ids.insert(s.id.clone()) {
            return Err(GenError::file(
                "tools/datagen/config/series.json",
                format!("duplicate series id {}", s.id),
            ));
        }
        let loaded: Loaded = match s.source.as_str() {
            "wdi" => wdi::load(raw, &s.code, &wdi_codes)?,
            "gapminder" => gapminder::load(&gm_dir, &s.code, &geos)?,
            "jmp" => owid::load_jmp(raw, &s.code, &cdata.by_name, &cdata.iso3)?,
            "unmdg2015" => owid::load_unmdg(raw, &s.code, &s.rows, &unmdg_entities)?,
            other => {
                return Err(GenError::file(
                    "tools/datagen/config/series.json",
                    format!("series {}: unknown source {other:?}", s.id),
                ))
            }
        };
        let cov = coverage(&loaded.countries, &loaded.aggregates);
        if cov.countries == 0 && cov.aggregates == 0 {
            return Err(GenError::file(
                "tools/datagen/config/series.json",
                format!("series {} ({}) has no values in 1990-2015", s.id, s.code),
            ));
        }
        summary.country_values += cov.values as usize;
        summary.aggregate_values += loaded.aggregates.values().map(BTreeMap::len).sum::<usize>();
        summary
            .skipped
            .entry(s.source.clone())
            .or_default()
            .extend(loaded.skipped.iter().cloned());
        let mut file = IndicatorFile {
            schema_version: SCHEMA_VERSION,
            series: s.id.clone(),
            countries: BTreeMap::new(),
            aggregates: BTreeMap::new(),
        };
        for (code, points) in &loaded.countries {
            if let Some(v) = series_values(points) {
                by_country
                    .entry(code.clone())
                    .or_default()
                    .insert(s.id.clone(), v.clone());
                file.countries.insert(code.clone(), v);
            }
        }
        for (code, points) in &loaded.aggregates {
            if let Some(v) = series_values(points) {
                by_aggregate
                    .entry(code.clone())
                    .or_default()
                    .insert(s.id.clone(), v.clone());
                file.aggregates.insert(code.clone(), v);
            }
        }
        indicator_files.push(file);
        titles.insert(s.id.clone(), loaded.title);
        cover.insert(s.id.clone(), cov);
    }

    let catalogue = framework::series_catalogue(&cfg, &titles, &cover)?;
    let (fw, fw08) = framework::build(&raw.join("mdg-framework"), &cfg, catalogue)?;
    summary.series = fw.series.len();
    summary.indicators_measured = fw
        .indicators
        .iter()
        .filter(|i| !i.series.is_empty())
        .count();

    let generated = match date {
        Some(d) => d.to_string(),
        None => cfg
            .sources
            .iter()
            .filter_map(|s| s.date.clone())
            .max()
            .unwrap_or_default(),
    };
    summary.date.clone_from(&generated);
    let manifest = Manifest {
        schema_version: SCHEMA_VERSION,
        generated,
        generator: format!("datagen {}", env!("CARGO_PKG_VERSION")),
        sources: cfg.sources.clone(),
    };
    let world = world::build(
        &raw.join("geo"),
        &cdata.iso3,
        &cdata.by_numeric,
        &geos.lat_lon,
    )?;
    let reports = reports::build(&cdata.iso3, &cfg.labels.reports_note)?;

    // Serialise, parse back with the app's parser and validate before returning anything.
    let mut files = Files::new();
    let m_name = DataFile::Manifest.relative();
    let m_text = to_json(&m_name, &manifest, true)?;
    let manifest: Manifest = reparse(&m_name, &m_text)?;
    problems(&m_name, validate_manifest(&manifest))?;
    files.insert(m_name, m_text);

    let f_name = DataFile::Framework.relative();
    let f_text = to_json(&f_name, &fw, false)?;
    let fw: Framework = reparse(&f_name, &f_text)?;
    problems(&f_name, validate_framework(&fw, &manifest))?;
    files.insert(f_name, f_text);

    let f08_name = DataFile::Framework2008.relative();
    let f08_text = to_json(&f08_name, &fw08, false)?;
    let fw08: Framework2008 = reparse(&f08_name, &f08_text)?;
    problems(&f08_name, validate_framework_2008(&fw08, &fw, &manifest))?;
    files.insert(f08_name, f08_text);

    let c_name = DataFile::Countries.relative();
    let c_text = to_json(&c_name, &cdata.countries, false)?;
    let countries: Countries = reparse(&c_name, &c_text)?;
    problems(&c_name, validate_countries(&countries, &manifest))?;
    files.insert(c_name, c_text);

    let w_name = DataFile::World.relative();
    let w_text = to_json(&w_name, &world, false)?;
    let world: WorldMap = reparse(&w_name, &w_text)?;
    problems(&w_name, validate_world(&world, &countries, &manifest))?;
    files.insert(w_name, w_text);

    let r_name = DataFile::Reports.relative();
    let r_text = to_json(&r_name, &reports, false)?;
    let reports: Reports = reparse(&r_name, &r_text)?;
    problems(&r_name, validate_reports(&reports, &countries, &manifest))?;
    files.insert(r_name, r_text);

    // The strategy content is hand-authored (tools/datagen/strategy/strategy.json, pretty);
    // it is parsed with the app's model, checked against the framework and written compactly.
    let s_name = DataFile::Strategy.relative();
    let authored: mdg_data::Strategy = parse(STRATEGY_SOURCE, STRATEGY_JSON)
        .map_err(|e| GenError::file(STRATEGY_SOURCE, e.to_string()))?;
    let s_text = to_json(&s_name, &authored, false)?;
    let strategy: mdg_data::Strategy = reparse(&s_name, &s_text)?;
    problems(
        &s_name,
        mdg_data::validate_strategy::validate_strategy(&strategy, &fw),
    )?;
    files.insert(s_name, s_text);

    // What the home page shows of it, so the first view does not download the whole strategy.
    let h_name = DataFile::Home.relative();
    let h_text = to_json(&h_name, &strategy.home_digest(), false)?;
    let _: mdg_data::HomeDigest = mdg_data::parse_checked(&h_name, &h_text)
        .map_err(|e| GenError::file(&h_name, format!("generated file is not valid: {e}")))?;
    files.insert(h_name, h_text);

    // The lens and checklist: hand-authored like the strategy, checked with it.
    let l_name = DataFile::Lens.relative();
    let authored: mdg_data::model::strategy::Lens =
        parse(LENS_SOURCE, LENS_JSON).map_err(|e| GenError::file(LENS_SOURCE, e.to_string()))?;
    let l_text = to_json(&l_name, &authored, false)?;
    let lens: mdg_data::model::strategy::Lens = reparse(&l_name, &l_text)?;
    problems(
        &l_name,
        mdg_data::validate_strategy::validate_lens(&lens, &strategy, &fw),
    )?;
    files.insert(l_name, l_text);

    // The source paper, paragraph by paragraph, from ../shared/source beside the raw data.
    let p_name = DataFile::Paper.relative();
    let paper = paper::load(raw)?;
    let p_text = to_json(&p_name, &paper, false)?;
    let paper: mdg_data::Paper = reparse(&p_name, &p_text)?;
    problems(
        &p_name,
        mdg_data::validate_strategy::validate_paper(&paper, &strategy),
    )?;
    files.insert(p_name, p_text);

    if let Some(missing) = reports
        .countries()
        .into_iter()
        .find(|c| !by_country.contains_key(*c))
    {
        return Err(GenError::file(
            reports::SOURCE,
            format!("{missing} has reports but no country file to carry them"),
        ));
    }

    let entity_files = by_country
        .into_iter()
        .map(|(code, series)| (DataFile::Country(&code).relative(), code, series))
        .chain(
            by_aggregate
                .into_iter()
                .map(|(code, series)| (DataFile::Aggregate(&code).relative(), code, series)),
        )
        .collect::<Vec<_>>();
    for (name, code, series) in entity_files {
        let file = EntityFile {
            schema_version: SCHEMA_VERSION,
            reports: countries
                .country(&code)
                .is_some()
                .then(|| reports.entries_of(&code)),
            code,
            series,
        };
        let text = to_json(&name, &file, false)?;
        let back: EntityFile = reparse(&name, &text)?;
        problems(&name, validate_entity_file(&name, &back, &fw, &countries))?;
        files.insert(name, text);
    }
    // What each country could measure, year by year, from exactly the values bundled above.
    let a_name = DataFile::Availability.relative();
    let availability = mdg_data::availability::compute(&fw, &countries, &indicator_files);
    let a_text = to_json(&a_name, &availability, false)?;
    let _: mdg_data::Availability = reparse(&a_name, &a_text)?;
    files.insert(a_name, a_text);
    for file in indicator_files {
        let name = DataFile::Indicator(&file.series).relative();
        let text = to_json(&name, &file, false)?;
        let back: IndicatorFile = reparse(&name, &text)?;
        problems(
            &name,
            validate_indicator_file(&name, &back, &fw, &countries),
        )?;
        files.insert(name, text);
    }
    files.insert("README.md".to_string(), config::DATA_README.to_string());
    summary.files = files.len();
    Ok(Bundle { files, summary })
}

/// Generates the bundle from `raw` and writes it to `out` atomically.
pub fn run(raw: &Path, out: &Path, date: Option<&str>) -> Result<Summary> {
    let bundle = generate(raw, date)?;
    let mut summary = bundle.summary;
    summary.kept = write::write_atomically(out, &bundle.files)?;
    Ok(summary)
}
