//! Property tests (issue 15): whatever a host serves and whatever a link says, the code that
//! reads it answers with a value or a clear error, never a panic.
//!
//! - Data files: arbitrary text, JSON-shaped nonsense and the committed files mutated at random
//!   (keys dropped, arrays shortened or repeated, numbers changed, values of the wrong type, the
//!   text cut short) go through [`parse_checked`] for every kind of file. An error must name the
//!   file; a file that parses also goes through the converter's validators (`validate_*`) and,
//!   for series, the progress engine.
//! - URL state: the profile and index queries, the method, the presenter's deck, slide and
//!   location parameters and share links, each fed arbitrary and query-shaped text; parsing a
//!   query written back from a parsed state gives the same state.
//! - Deck import: arbitrary text and deck-shaped JSON near every limit of the format; the deck
//!   list as stored in the browser (hand-edited or written by another build), then every
//!   operation of the list.
//! - The progress engine on arbitrary series, targets, years and methods.
//!
//! Reproducible: every test runs a fixed number of cases ([`CASES`] says how many in all) from a
//! fixed seed, and failures are not persisted, so a run writes nothing to the tree. A failure
//! prints the shrunk input.

use std::sync::OnceLock;

use mdg_data::deck::{
    decode_share, encode_share, parse_slide_number, slide_index_from_param,
    slide_path_from_location, Deck, DeckError, DeckRef, MAX_SLIDES,
};
use mdg_data::deck_library::DeckLibrary;
use mdg_data::model::strategy::Lens;
use mdg_data::progress::{
    assess, assess_series, parse_method, projected_path, projection, required_path, summarize,
    IndexFilter, Method, ProfileState,
};
use mdg_data::validate::{
    validate_countries, validate_entity_file, validate_framework, validate_framework_2008,
    validate_indicator_file, validate_manifest, validate_reports, validate_world,
};
use mdg_data::validate_strategy::{validate_lens, validate_paper, validate_strategy};
use mdg_data::viz::share_on_track;
use mdg_data::{
    parse, parse_checked, Availability, Check, Countries, DataError, DataFile, Direction,
    EntityFile, Framework, Framework2008, HomeDigest, IndicatorFile, Manifest, NumericTarget,
    Paper, PillarId, Reports, SeriesValues, Strategy as CoreStrategy, TargetRule, WorldMap,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestRunner};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// The seed of every test: change it to explore other cases, keep it to reproduce a run.
const SEED: u64 = 0x4d44_475f_3135; // "MDG_15"

/// Cases per test, named so that their total ([`CASES`]) is stated once.
mod cases {
    pub const TEXT: u32 = 4_000;
    pub const JSON_SHAPED: u32 = 4_000;
    pub const MUTATED_SMALL: u32 = 600;
    pub const MUTATED_LARGE: u32 = 100;
    pub const PROFILE: u32 = 12_000;
    pub const INDEX: u32 = 8_000;
    pub const METHOD: u32 = 8_000;
    pub const DECK_REF: u32 = 10_000;
    pub const SLIDE_NUMBER: u32 = 14_000;
    pub const LOCATION: u32 = 8_000;
    pub const SHARE: u32 = 8_000;
    pub const DECK_JSON: u32 = 8_000;
    pub const PROGRESS: u32 = 12_000;
    pub const LIBRARY: u32 = 6_000;
}

/// Small files mutated [`cases::MUTATED_SMALL`] times each, large ones (over 50 kB, slow to
/// parse in a debug build) [`cases::MUTATED_LARGE`] times.
const SMALL_KINDS: [Kind; 8] = [
    DataFile::Manifest,
    DataFile::Framework2008,
    DataFile::Home,
    DataFile::Paper,
    DataFile::Lens,
    DataFile::Availability,
    DataFile::Country("KEN"),
    DataFile::Aggregate("WLD"),
];
const LARGE_KINDS: [Kind; 6] = [
    DataFile::Framework,
    DataFile::Countries,
    DataFile::World,
    DataFile::Reports,
    DataFile::Strategy,
    DataFile::Indicator("sh_dyn_mort"),
];

/// Every generated case of this file.
pub const CASES: u32 = cases::TEXT
    + cases::JSON_SHAPED
    + cases::MUTATED_SMALL * SMALL_KINDS.len() as u32
    + cases::MUTATED_LARGE * LARGE_KINDS.len() as u32
    + cases::PROFILE
    + cases::INDEX
    + cases::METHOD
    + cases::DECK_REF
    + cases::SLIDE_NUMBER
    + cases::LOCATION
    + cases::SHARE
    + cases::DECK_JSON
    + cases::PROGRESS
    + cases::LIBRARY;

// The issue asks for at least 100 000 generated cases in all.
const _: () = assert!(CASES >= 100_000);

/// Runs `test` on `cases` values of `strategy` from the fixed seed; fails with the shrunk input.
fn check<S: Strategy>(cases: u32, strategy: S, test: impl Fn(S::Value))
where
    S::Value: std::fmt::Debug,
{
    let config = Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(SEED),
        failure_persistence: None,
        // Shrinking re-runs slow cases; a few hundred steps find a readable input.
        max_shrink_iters: 500,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, |value| {
        test(value);
        Ok(())
    }) {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Data files

/// Every kind of bundled file, each naming the committed sample its mutations start from.
type Kind = DataFile<'static>;

const KINDS: [Kind; 14] = [
    DataFile::Manifest,
    DataFile::Framework,
    DataFile::Framework2008,
    DataFile::Countries,
    DataFile::World,
    DataFile::Reports,
    DataFile::Strategy,
    DataFile::Home,
    DataFile::Lens,
    DataFile::Paper,
    DataFile::Availability,
    DataFile::Country("KEN"),
    DataFile::Aggregate("WLD"),
    DataFile::Indicator("sh_dyn_mort"),
];

/// Reads `text` as the file `kind`, as the app does, then uses what it got as the converter and
/// the views do. Panics only if something panics or an error does not name the file.
fn read(kind: Kind, text: &str) {
    let file = &kind.relative();
    match kind {
        DataFile::Manifest => {
            if let Some(m) = load::<Manifest>(file, text) {
                let _ = validate_manifest(&m);
            }
        }
        DataFile::Framework => {
            if let Some(fw) = load::<Framework>(file, text) {
                let _ = validate_framework(&fw, &ctx().manifest);
                let _ = validate_framework_2008(&ctx().framework_2008, &fw, &ctx().manifest);
                let _ = validate_strategy(&ctx().strategy, &fw);
                let _ = validate_lens(&ctx().lens, &ctx().strategy, &fw);
                let _ = validate_entity_file("country/KEN.json", &ctx().ken, &fw, &ctx().countries);
                run_progress(&fw, &ctx().ken);
            }
        }
        DataFile::Framework2008 => {
            if let Some(f08) = load::<Framework2008>(file, text) {
                let fw = &ctx().framework;
                let _ = validate_framework_2008(&f08, fw, &ctx().manifest);
                // What the goals pages look up.
                let _: usize = (1..=8).map(|g| f08.targets_added(fw, g).count()).sum();
            }
        }
        DataFile::Countries => {
            if let Some(c) = load::<Countries>(file, text) {
                let (m, fw) = (&ctx().manifest, &ctx().framework);
                let _ = validate_countries(&c, m);
                let _ = validate_world(&ctx().world, &c, m);
                let _ = validate_reports(&ctx().reports, &c, m);
                let _ = validate_entity_file("country/KEN.json", &ctx().ken, fw, &c);
            }
        }
        DataFile::World => {
            if let Some(w) = load::<WorldMap>(file, text) {
                let _ = validate_world(&w, &ctx().countries, &ctx().manifest);
            }
        }
        DataFile::Reports => {
            if let Some(r) = load::<Reports>(file, text) {
                let _ = validate_reports(&r, &ctx().countries, &ctx().manifest);
            }
        }
        DataFile::Strategy => {
            if let Some(s) = load::<CoreStrategy>(file, text) {
                let _ = validate_strategy(&s, &ctx().framework);
                let _ = validate_paper(&ctx().paper, &s);
                let _ = validate_lens(&ctx().lens, &s, &ctx().framework);
            }
        }
        DataFile::Home => {
            if let Some(h) = load::<HomeDigest>(file, text) {
                // What the home page looks up.
                for p in PillarId::ALL {
                    let labels = h.pillar(p).into_iter().flat_map(|p| &p.actors);
                    let _: usize = labels.map(|a| a.get("fr").len()).sum();
                }
                for f in &h.figures {
                    let _ = h.source(&f.source);
                }
            }
        }
        DataFile::Lens => {
            if let Some(l) = load::<Lens>(file, text) {
                let _ = validate_lens(&l, &ctx().strategy, &ctx().framework);
            }
        }
        DataFile::Paper => {
            if let Some(p) = load::<Paper>(file, text) {
                let _ = validate_paper(&p, &ctx().strategy);
            }
        }
        DataFile::Availability => {
            let _ = load::<Availability>(file, text);
        }
        DataFile::Country(_) | DataFile::Aggregate(_) => {
            if let Some(e) = load::<EntityFile>(file, text) {
                let (fw, c) = (&ctx().framework, &ctx().countries);
                let _ = validate_entity_file(file, &e, fw, c);
                let _ = mdg_data::reporting::trackable(fw, &e, 2010, 5);
                let _ = mdg_data::reporting::measured_per_year(fw, &e, 1990, 2015);
                run_progress(fw, &e);
            }
        }
        DataFile::Indicator(_) => {
            if let Some(i) = load::<IndicatorFile>(file, text) {
                let (fw, c) = (&ctx().framework, &ctx().countries);
                let _ = validate_indicator_file(file, &i, fw, c);
                if let Some(series) = fw.series(&i.series) {
                    for v in i.countries.values().chain(i.aggregates.values()) {
                        let _ = assess_series(series, v, 2015, Method::Robust);
                    }
                }
            }
        }
    }
}

/// [`parse_checked`] as the app calls it: an error must name the file (and, for a broken rule,
/// how many and which). Returns the value whenever it parses, rules kept or not, so that the
/// validators also see files that break a rule.
fn load<T: DeserializeOwned + Check>(file: &str, text: &str) -> Option<T> {
    match parse_checked::<T>(file, text) {
        Ok(value) => Some(value),
        Err(e) => {
            assert_eq!(e.file(), file, "{e}");
            assert!(e.to_string().starts_with(file), "{e}");
            match e {
                DataError::Invalid { count, rules, .. } => {
                    assert!(count > 0 && !rules.is_empty());
                    parse::<T>(file, text).ok()
                }
                _ => None,
            }
        }
    }
}

/// Every series of `entity` known to `fw`, assessed as the profile does for a few years and
/// every method, with the chart's paths.
fn run_progress(fw: &Framework, entity: &EntityFile) {
    for (id, values) in &entity.series {
        let Some(series) = fw.series(id) else {
            continue;
        };
        for method in Method::ALL {
            let a = assess_series(series, values, 2003, method);
            let _ = (required_path(&a), projected_path(&a));
        }
    }
}

/// The committed files that give the mutated ones their context.
struct Context {
    manifest: Manifest,
    framework: Framework,
    framework_2008: Framework2008,
    countries: Countries,
    world: WorldMap,
    reports: Reports,
    strategy: CoreStrategy,
    lens: Lens,
    paper: Paper,
    ken: EntityFile,
    /// Every sample as a JSON value, in [`KINDS`] order.
    samples: Vec<Value>,
}

fn ctx() -> &'static Context {
    static CONTEXT: OnceLock<Context> = OnceLock::new();
    CONTEXT.get_or_init(|| {
        fn read<T: DeserializeOwned + Check>(rel: &str) -> T {
            parse_checked(rel, &text(rel)).unwrap_or_else(|e| panic!("{e}"))
        }
        Context {
            manifest: read("manifest.json"),
            framework: read("framework.json"),
            framework_2008: read("framework-2008.json"),
            countries: read("countries.json"),
            world: read("world.json"),
            reports: read("mdgr.json"),
            strategy: read("strategy.json"),
            lens: read("lens.json"),
            paper: read("paper.json"),
            ken: read("country/KEN.json"),
            samples: KINDS
                .iter()
                .map(|k| serde_json::from_str(&text(&k.relative())).expect("sample is JSON"))
                .collect(),
        }
    })
}

fn text(rel: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    std::fs::read_to_string(path.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(KINDS.to_vec())
}

/// Any text at all, into every kind of file.
#[test]
fn any_text_is_read_or_refused_with_the_file_named() {
    let text = prop_oneof![
        any::<String>(),
        "[ -~]{0,40}",
        // A version, then anything: reaches the full model rather than the version probe.
        "[ -~]{0,40}".prop_map(|s| format!("{{\"schema_version\":1,{s}")),
    ];
    check(cases::TEXT, (kind(), text), |(k, t)| read(k, &t));
}

/// The field names of the real files, so that random JSON reaches the models' fields.
const KEYS: &[&str] = &[
    "schema_version",
    "goals",
    "targets",
    "indicators",
    "series",
    "countries",
    "aggregates",
    "groups",
    "code",
    "iso3",
    "id",
    "start",
    "values",
    "first_year",
    "counts",
    "width",
    "height",
    "shapes",
    "dots",
    "d",
    "x",
    "y",
    "reports",
    "pillars",
    "task_forces",
    "sections",
    "paragraphs",
    "n",
    "decent_work",
    "checklist",
    "sources",
    "generated",
    "title",
    "en",
    "fr",
    "es",
    "goal",
    "target_rule",
    "direction",
];

/// JSON values built from the real field names and awkward scalars.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        prop_oneof![
            Just(1i64),
            Just(0),
            Just(-1),
            Just(1990),
            Just(2015),
            Just(i64::from(u32::MAX) + 1),
            any::<i64>()
        ]
        .prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[A-Za-z0-9 _]{0,6}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

/// Random JSON with the current schema version, into every kind of file.
#[test]
fn json_of_any_shape_is_read_or_refused_with_the_file_named() {
    let doc = (json_value(), any::<bool>()).prop_map(|(v, versioned)| match v {
        Value::Object(mut o) if versioned => {
            o.insert("schema_version".into(), json!(1));
            Value::Object(o)
        }
        other => other,
    });
    check(cases::JSON_SHAPED, (kind(), doc), |(k, v)| {
        read(k, &v.to_string());
    });
}

/// One change to a JSON document, at the node reached by following `path` (each step picks a
/// child by index modulo the number of children; the walk stops at a leaf).
#[derive(Debug, Clone)]
struct Edit {
    path: Vec<usize>,
    op: Op,
}

#[derive(Debug, Clone)]
enum Op {
    /// Remove a key of an object or an item of an array.
    Drop(usize),
    /// Keep only the first n items, characters or keys.
    Shorten(usize),
    /// Repeat an item of an array (duplicate ids).
    Repeat(usize),
    /// Swap two items of an array.
    Swap(usize, usize),
    /// Replace the node with a number.
    Number(Value),
    /// Replace the node with a value of another type.
    Retype(Value),
    /// Replace the node with a string (codes, ids, paths).
    Text(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let number = prop_oneof![
        prop_oneof![
            Just(0i64),
            Just(-1),
            Just(1),
            Just(2),
            Just(8),
            Just(26),
            Just(255),
            Just(256),
            Just(1989),
            Just(2016),
            Just(65_535),
            Just(65_536),
            Just(i64::from(u32::MAX) + 1),
            Just(i64::MIN),
            Just(i64::MAX)
        ]
        .prop_map(Value::from),
        prop_oneof![
            Just(0.5),
            Just(-0.0),
            Just(1e-300),
            Just(1e300),
            Just(-1e300),
            Just(f64::MAX)
        ]
        .prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
    ];
    let other = prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!([])),
        Just(json!({})),
        Just(json!("")),
        Just(json!([null])),
    ];
    let op = prop_oneof![
        any::<usize>().prop_map(Op::Drop),
        (0usize..30).prop_map(Op::Shorten),
        any::<usize>().prop_map(Op::Repeat),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Swap(a, b)),
        number.prop_map(Op::Number),
        other.prop_map(Op::Retype),
        prop_oneof![
            Just(String::new()),
            "[A-Za-z0-9_-]{1,5}".boxed(),
            any::<String>().boxed(),
            Just("x".repeat(5_000)).boxed()
        ]
        .prop_map(Op::Text),
    ];
    (prop::collection::vec(any::<usize>(), 0..7), op).prop_map(|(path, op)| Edit { path, op })
}

/// The children of a node, by position.
fn child(node: &mut Value, pick: usize) -> Option<&mut Value> {
    match node {
        Value::Array(items) if !items.is_empty() => {
            let n = items.len();
            items.get_mut(pick % n)
        }
        Value::Object(map) if !map.is_empty() => {
            let n = map.len();
            map.values_mut().nth(pick % n)
        }
        _ => None,
    }
}

fn apply(root: &mut Value, edit: &Edit) {
    let mut node = root;
    for &pick in &edit.path {
        // Stop above a leaf, so that Drop and Shorten act on its parent.
        let is_branch = child(node, pick).is_some_and(|c| c.is_array() || c.is_object());
        if !is_branch {
            break;
        }
        node = child(node, pick).expect("checked above");
    }
    match (&edit.op, node) {
        (Op::Drop(i), Value::Array(items)) if !items.is_empty() => {
            let n = items.len();
            items.remove(i % n);
        }
        (Op::Drop(i), Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(i % map.len()).cloned().expect("in range");
            map.remove(&key);
        }
        (Op::Shorten(n), Value::Array(items)) => items.truncate(*n),
        (Op::Shorten(n), Value::Object(map)) => {
            let keep: Vec<String> = map.keys().take(*n).cloned().collect();
            map.retain(|k, _| keep.contains(k));
        }
        (Op::Repeat(i), Value::Array(items)) if !items.is_empty() => {
            let n = items.len();
            let item = items.get(i % n).cloned().expect("in range");
            items.push(item);
        }
        (Op::Swap(a, b), Value::Array(items)) if !items.is_empty() => {
            let n = items.len();
            items.swap(a % n, b % n);
        }
        (op, node) => {
            let picked = child(node, edit.path.last().copied().unwrap_or(0));
            let target = match picked {
                Some(c) => c,
                None => node,
            };
            match op {
                Op::Number(v) | Op::Retype(v) => *target = v.clone(),
                Op::Text(s) => *target = Value::String(s.clone()),
                _ => {}
            }
        }
    }
}

/// A committed file of `kinds`, edited one to four times, sometimes with its text cut short.
fn mutated(kinds: &[Kind]) -> impl Strategy<Value = (Kind, Vec<Edit>, Option<usize>)> {
    (
        proptest::sample::select(kinds.to_vec()),
        prop::collection::vec(edit(), 1..5),
        prop::option::weighted(0.1, any::<usize>()),
    )
}

fn read_mutated((k, edits, cut): (Kind, Vec<Edit>, Option<usize>)) {
    let index = KINDS.iter().position(|x| *x == k).expect("listed");
    let mut doc = ctx().samples.get(index).cloned().expect("loaded");
    for e in &edits {
        apply(&mut doc, e);
    }
    let mut text = doc.to_string();
    if let Some(at) = cut {
        let at = at % (text.len() + 1);
        let at = (0..=at)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.truncate(at);
    }
    read(k, &text);
}

/// The small committed files, mutated: read, refused with the file named, or refused for a rule.
#[test]
fn mutated_small_files_are_read_or_refused_with_the_file_named() {
    check(
        cases::MUTATED_SMALL * SMALL_KINDS.len() as u32,
        mutated(&SMALL_KINDS),
        read_mutated,
    );
}

/// The large committed files, mutated (fewer cases: each parses 50–150 kB).
#[test]
fn mutated_large_files_are_read_or_refused_with_the_file_named() {
    check(
        cases::MUTATED_LARGE * LARGE_KINDS.len() as u32,
        mutated(&LARGE_KINDS),
        read_mutated,
    );
}

/// The committed samples themselves are read (the mutations start from valid files).
#[test]
fn the_samples_are_valid() {
    for (k, v) in KINDS.iter().zip(&ctx().samples) {
        let file = &k.relative();
        let text = v.to_string();
        match k {
            DataFile::Country(_) | DataFile::Aggregate(_) => {
                parse_checked::<EntityFile>(file, &text).map(drop)
            }
            DataFile::Indicator(_) => parse_checked::<IndicatorFile>(file, &text).map(drop),
            DataFile::Availability => parse_checked::<Availability>(file, &text).map(drop),
            _ => Ok(()),
        }
        .unwrap_or_else(|e| panic!("{e}"));
    }
}

// ---------------------------------------------------------------------------------------------
// URL state

/// Values as found in links: codes, years, escapes (valid and broken), separators, any text.
fn url_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9_-]{0,6}",
        "[0-9-]{0,22}",
        "(%[0-9A-Fa-f]{0,2}|[+,=&?#. a-zA-Z]){0,10}",
        any::<String>(),
        Just("x".repeat(100)),
    ]
}

/// Query strings made of the app's parameter names and [`url_value`]s, with or without `?`.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "country",
            "as_of",
            "indicator",
            "compare",
            "tab",
            "method",
            "q",
            "region",
            "income",
            "ldc",
            "deck",
            "d",
            "slide",
            "projector",
        ])
        .prop_map(str::to_owned),
        url_value(),
    ];
    let pairs = prop::collection::vec((key, url_value(), any::<bool>()), 0..8);
    (any::<bool>(), pairs).prop_map(|(mark, pairs)| {
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(k, v, eq)| if eq { format!("{k}={v}") } else { k })
            .collect();
        format!("{}{}", if mark { "?" } else { "" }, body.join("&"))
    })
}

/// The profile's state: any query gives a state within its bounds, and writing it back and
/// reading it again gives the same state.
#[test]
fn profile_state_from_any_query() {
    check(cases::PROFILE, query(), |q| {
        let s = ProfileState::from_query(&q);
        assert!((1995..=2015).contains(&s.as_of), "{s:?}");
        assert!(
            s.compare.len() <= 5 && !s.compare.contains(&s.country),
            "{s:?}"
        );
        assert_eq!(ProfileState::from_query(&s.to_query()), s, "{q}");
    });
}

/// The countries index's filters, likewise.
#[test]
fn index_filter_from_any_query() {
    check(cases::INDEX, query(), |q| {
        let f = IndexFilter::from_query(&q);
        assert!(f.search.chars().count() <= 80, "{f:?}");
        assert_eq!(IndexFilter::from_query(&f.to_query()), f, "{q}");
    });
}

/// The method parameter: anything gives a method, and each method's key gives itself.
#[test]
fn method_from_any_text() {
    check(cases::METHOD, url_value(), |raw| {
        let m = parse_method(&raw);
        assert_eq!(parse_method(m.key()), m);
    });
}

/// The presenter's deck parameters.
#[test]
fn deck_ref_from_any_parameters() {
    let deck = prop_oneof![
        url_value(),
        url_value().prop_map(|v| format!("mine-{v}")),
        url_value().prop_map(|v| format!("country-{v}")),
        Just("core".to_owned()),
    ];
    let params = (prop::option::of(deck), prop::option::of(url_value()));
    check(cases::DECK_REF, params, |(deck, shared)| {
        let r = DeckRef::from_query(deck.as_deref(), shared.as_deref());
        if let Some(r) = r {
            // The presenter writes the reference back into its URL.
            let _ = (r.query(1), r.channel());
        }
    });
}

/// Slide numbers typed or found in a URL, for decks of any length.
#[test]
fn slide_number_from_any_text() {
    let len = prop_oneof![0usize..5, 0usize..=MAX_SLIDES, any::<usize>()];
    check(cases::SLIDE_NUMBER, (url_value(), len), |(text, len)| {
        if let Some(i) = parse_slide_number(&text, len) {
            assert!(i < len);
        }
        let i = slide_index_from_param(Some(&text), len);
        assert!(i < len.max(1));
        assert_eq!(slide_index_from_param(None, len), 0);
    });
}

/// The slide path of any location: a view of this app or nothing.
#[test]
fn slide_path_from_any_location() {
    let base = prop_oneof![
        Just(String::new()),
        Just("/mdg-explorer".to_owned()),
        url_value()
    ];
    let path = prop_oneof![
        url_value().prop_map(|p| format!("/mdg-explorer/{p}")),
        url_value()
    ];
    check(
        cases::LOCATION,
        (base, path, query()),
        |(base, path, search)| {
            if let Some(p) = slide_path_from_location(&base, &path, &search) {
                assert!(mdg_data::deck::is_app_path(&p), "{p}");
            }
        },
    );
}

/// Share links: any text is a deck or a clear error; a deck's link gives the deck back.
#[test]
fn share_links_of_any_text_and_any_deck() {
    let param = prop_oneof![
        url_value(),
        "[A-Za-z0-9_-]{0,80}",
        deck_json().prop_map(|j| encode_bytes(j.as_bytes())),
    ];
    check(cases::SHARE, param, |p| {
        if let Ok(deck) = decode_share(&p) {
            assert_eq!(decode_share(&encode_share(&deck)), Ok(deck));
        }
    });
}

/// Unpadded base64url, as a share link carries a deck, of any text (the app's encoder only takes
/// decks, and these may break the deck's rules).
fn encode_bytes(bytes: &[u8]) -> String {
    const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Deck-shaped JSON near every limit of the format, sometimes with a wrong marker or version.
fn deck_json() -> impl Strategy<Value = String> {
    let path = prop_oneof![
        "/[a-z0-9/?=&_-]{0,20}",
        Just("//evil.example".to_owned()),
        Just("/present?deck=core".to_owned()),
        Just(format!("/{}", "a".repeat(1_000))),
        url_value(),
    ];
    // At and just past each length limit now and then (long texts are slow to generate).
    let long = |max: usize| {
        prop_oneof![
            16 => ".{0,10}",
            1 => Just("é".repeat(max)),
            1 => Just("é".repeat(max + 1)),
        ]
    };
    let slide = (
        path,
        long(200),
        long(5000),
        prop::option::of(prop_oneof![Just(0u32), Just(1), Just(3600), Just(3601), any::<u32>()]),
    )
        .prop_map(|(path, title, notes, duration)| json!({"path": path, "title": title, "notes": notes, "duration": duration}));
    // Around the slide limit, slides are short: 200 slides of 5,000-character notes would make
    // each case a megabyte to parse.
    let short = "/[a-z]{0,3}".prop_map(|path| json!({ "path": path }));
    let slides = prop_oneof![
        4 => prop::collection::vec(slide, 0..4),
        1 => prop::collection::vec(short, MAX_SLIDES..MAX_SLIDES + 2),
    ];
    let format = prop_oneof![
        Just(json!("mdg-explorer-deck")),
        Just(json!("other")),
        Just(Value::Null)
    ];
    let version = prop_oneof![
        Just(json!(1)),
        Just(json!(2)),
        Just(json!(-1)),
        Just(json!("1"))
    ];
    (format, version, long(200), slides).prop_map(|(format, version, title, slides)| {
        json!({"format": format, "version": version, "title": title, "slides": slides}).to_string()
    })
}

/// Deck import: any text and any deck-shaped JSON is a deck that keeps every rule, or an error.
#[test]
fn deck_import_of_any_text() {
    let text = prop_oneof![
        any::<String>(),
        deck_json(),
        json_value().prop_map(|v| v.to_string())
    ];
    check(cases::DECK_JSON, text, |t| match Deck::from_json(&t) {
        Ok(deck) => {
            assert_eq!(deck.validate(), Ok(()));
            assert_eq!(Deck::from_json(&deck.to_json()), Ok(deck.clone()));
            let _ = (deck.planned_total(), deck.pace(deck.slides.len(), u32::MAX));
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            let _ = e.code();
            assert!(!matches!(e, DeckError::BadLink), "only links are bad links");
        }
    });
}

/// Ids as a hand-edited list may have them: missing, repeated, zero or near `u32::MAX`.
fn deck_id() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0u32..4).prop_map(Value::from),
        prop::sample::select(vec![u32::MAX, u32::MAX - 1, u32::MAX / 2, u32::MAX / 2 + 1])
            .prop_map(Value::from),
        any::<u32>().prop_map(Value::from),
        Just(Value::Null),
    ]
}

/// The stored deck list: any text, or list-shaped JSON with awkward ids and decks.
fn stored_library() -> impl Strategy<Value = String> {
    // Small decks: the list's ids are under test here, the decks' limits in deck_import_*.
    let deck = prop::collection::vec("/[a-z]{0,4}", 0..3).prop_map(|paths| {
        let slides: Vec<Value> = paths.into_iter().map(|p| json!({ "path": p })).collect();
        json!({"format": "mdg-explorer-deck", "version": 1, "title": "t", "slides": slides})
    });
    let saved = (deck_id(), deck).prop_map(|(id, deck)| json!({ "id": id, "deck": deck }));
    let list = (
        prop_oneof![4 => Just(json!("mdg-explorer-decks")), 1 => Just(json!("other"))],
        prop_oneof![4 => Just(json!(1)), 1 => Just(json!(2))],
        deck_id(),
        deck_id(),
        prop::collection::vec(saved, 0..5),
    )
        .prop_map(|(format, version, current, next_id, decks)| {
            json!({"format": format, "version": version, "current": current, "next_id": next_id, "decks": decks})
                .to_string()
        });
    prop_oneof![1 => any::<String>(), 4 => list]
}

/// The deck list from any stored text: ids unique and nonzero, the next id above them all, and
/// every operation of the list works on it.
#[test]
fn deck_library_from_any_storage() {
    let legacy = prop::option::of(prop_oneof![
        Just(Deck::default().to_json()),
        any::<String>()
    ]);
    let input = (prop::option::of(stored_library()), legacy);
    check(cases::LIBRARY, input, |(stored, legacy)| {
        let mut lib = DeckLibrary::from_storage(stored.as_deref(), legacy.as_deref()).library;
        assert_ids(&lib);
        if let Some(first) = lib.summaries().first().map(|d| d.id) {
            lib.duplicate(first, "copy");
            lib.rename(first, "renamed");
            if let Some(removed) = lib.remove(first) {
                lib.restore(removed);
            }
        }
        lib.create(Deck::default());
        lib.merge_inbox("/goals\n/countries/KEN\n");
        assert_ids(&lib);
        let again = DeckLibrary::from_storage(Some(&lib.to_storage()), None).library;
        assert_ids(&again);
        // Saved as it is, except ids counted up past half of `u32::MAX`: numbered afresh.
        if lib.next_id <= u32::MAX / 2 {
            assert_eq!(again, lib);
        }
    });
}

fn assert_ids(lib: &DeckLibrary) {
    let ids: Vec<u32> = lib.summaries().iter().map(|d| d.id).collect();
    let unique: std::collections::BTreeSet<u32> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(
        ids.iter().all(|&id| id > 0 && id < lib.next_id),
        "{ids:?} next {}",
        lib.next_id
    );
}

// ---------------------------------------------------------------------------------------------
// Progress engine

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -10.0..200.0f64,
        Just(0.0),
        Just(1.0),
        Just(100.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        any::<f64>(),
    ]
}

fn series_values() -> impl Strategy<Value = SeriesValues> {
    let year = prop_oneof![1985u16..2020, Just(u16::MAX - 5), any::<u16>()];
    let values = prop::collection::vec(prop::option::of(number()), 0..40);
    (year, values).prop_map(|(start, values)| SeriesValues { start, values })
}

fn target() -> impl Strategy<Value = NumericTarget> {
    // Mostly the period, now and then any year: the files' checks keep a target within
    // 1990-2015, and a target to 65535 draws a path of 65,536 points (slow in a debug build).
    let year = prop_oneof![
        8 => prop_oneof![Just(1990u16), Just(2015), 1980u16..2030],
        1 => prop_oneof![Just(0), Just(u16::MAX), any::<u16>()],
    ];
    let rule = prop_oneof![
        (any::<u8>(), any::<u8>()).prop_map(|(numerator, denominator)| TargetRule::ReduceBy {
            numerator,
            denominator
        }),
        (number(), any::<u8>(), any::<u8>()).prop_map(|(level, numerator, denominator)| {
            TargetRule::ReduceShortfallBy {
                level,
                numerator,
                denominator,
            }
        }),
        number().prop_map(|level| TargetRule::Reach { level }),
    ];
    (rule, year.clone(), year).prop_map(|(rule, baseline_year, deadline)| NumericTarget {
        rule,
        baseline_year,
        deadline,
    })
}

/// Any series, target, year and method: an assessment whose paths and counts can be drawn.
#[test]
fn progress_of_any_series() {
    let direction = prop::sample::select(vec![
        Direction::HigherIsBetter,
        Direction::LowerIsBetter,
        Direction::Neutral,
    ]);
    let method = prop::sample::select(Method::ALL.to_vec());
    let as_of = prop_oneof![1990u16..2016, Just(0), Just(u16::MAX), any::<u16>()];
    let series = 0..ctx().framework.series.len();
    let input = (
        series_values(),
        prop::option::of(target()),
        direction,
        as_of,
        method,
        series,
    );
    check(
        cases::PROGRESS,
        input,
        |(values, target, direction, as_of, method, series)| {
            let a = assess(&values, target.as_ref(), direction, as_of, method);
            let _ = (required_path(&a), projected_path(&a), projection(&a));
            let _ = (
                a.elapsed_years(),
                a.target_years(),
                a.overshoot(),
                a.met_at_baseline(),
            );
            let series = ctx().framework.series.get(series).expect("in range");
            let b = assess_series(series, &values, as_of, method);
            let _ = (required_path(&b), projected_path(&b));
            let shares = share_on_track([&a, &b]);
            assert!(shares.on_track <= shares.judged);
            let _ = summarize(method, [a.status, b.status]);
        },
    );
}
