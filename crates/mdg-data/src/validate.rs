//! Consistency checks of the bundled files, used by the integration tests and by the converter
//! before it writes anything. Each function returns every problem found, not just the first.

use std::collections::BTreeSet;
use std::fmt;

use crate::{
    french_spacing_fault, Countries, EntityFile, Fit, Framework, Framework2008, IndicatorFile,
    Manifest, Report, Reports, SeriesValues, Text, WorldMap, FIRST_YEAR, LAST_YEAR,
    REPORTS_FIRST_YEAR, REPORTS_LAST_YEAR, SCHEMA_VERSION,
};

/// The problems found by a validation, one line each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems(pub Vec<String>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s):", self.0.len())?;
        for p in &self.0 {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Result of a validation.
pub type Validation = Result<(), Problems>;

fn finish(problems: Vec<String>) -> Validation {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Problems(problems))
    }
}

fn check_version(file: &str, v: u32, p: &mut Vec<String>) {
    if v != SCHEMA_VERSION {
        p.push(format!(
            "{file}: schema_version {v}, expected {SCHEMA_VERSION}"
        ));
    }
}

fn check_text(what: &str, t: &Text, p: &mut Vec<String>) {
    for (lang, s) in [("en", &t.en), ("fr", &t.fr), ("es", &t.es)] {
        if s.trim().is_empty() {
            p.push(format!("{what}: empty {lang} text"));
        }
    }
    if let Some(at) = french_spacing_fault(&t.fr) {
        p.push(format!(
            "{what}: fr text needs a no-break space at \"{at}\""
        ));
    }
}

fn check_unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, p: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            p.push(format!("{what}: duplicate id {id}"));
        }
    }
}

/// Checks the manifest: version, a `YYYY-MM-DD` date, unique complete sources.
pub fn validate_manifest(m: &Manifest) -> Validation {
    let mut p = Vec::new();
    check_version("manifest.json", m.schema_version, &mut p);
    if !is_date(&m.generated) {
        p.push(format!(
            "manifest.json: generated {:?} is not YYYY-MM-DD",
            m.generated
        ));
    }
    check_unique(
        "manifest.json sources",
        m.sources.iter().map(|s| s.id.as_str()),
        &mut p,
    );
    for s in &m.sources {
        for (field, v) in [
            ("title", &s.title),
            ("publisher", &s.publisher),
            ("url", &s.url),
            ("licence", &s.licence),
            ("version", &s.version),
        ] {
            if v.trim().is_empty() {
                p.push(format!(
                    "manifest.json: source {} has an empty {field}",
                    s.id
                ));
            }
        }
        if let Some(d) = s.date.as_deref().filter(|d| !is_date(d)) {
            p.push(format!(
                "manifest.json: source {} date {d:?} is not YYYY-MM-DD",
                s.id
            ));
        }
    }
    if m.sources.is_empty() {
        p.push("manifest.json: no sources".into());
    }
    finish(p)
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Checks the framework: 8 goals, 18 targets, 48 indicators (2003) with consistent
/// cross-references (the 2008 numbers are checked by [`validate_framework_2008`]); every series names a manifest source and measures an existing
/// indicator; every indicator lists exactly the series that measure it.
pub fn validate_framework(fw: &Framework, m: &Manifest) -> Validation {
    let mut p = Vec::new();
    let f = "framework.json";
    check_version(f, fw.schema_version, &mut p);
    if m.source(&fw.source).is_none() {
        p.push(format!("{f}: source {} not in manifest", fw.source));
    }
    for (what, n, want) in [
        ("goals", fw.goals.len(), 8),
        ("targets", fw.targets.len(), 18),
        ("indicators", fw.indicators.len(), 48),
    ] {
        if n != want {
            p.push(format!("{f}: {n} {what}, expected {want}"));
        }
    }
    for (i, g) in fw.goals.iter().enumerate() {
        if usize::from(g.number) != i + 1 {
            p.push(format!(
                "{f}: goal at position {} is numbered {}",
                i + 1,
                g.number
            ));
        }
        check_text(&format!("{f}: goal {}", g.number), &g.title, &mut p);
    }
    let goal_ok = |n: u8| (1..=8).contains(&n);
    for (i, t) in fw.targets.iter().enumerate() {
        if usize::from(t.number) != i + 1 {
            p.push(format!(
                "{f}: target at position {} is numbered {}",
                i + 1,
                t.number
            ));
        }
        if !goal_ok(t.goal) {
            p.push(format!("{f}: target {} has goal {}", t.number, t.goal));
        }
        check_text(&format!("{f}: target {}", t.number), &t.text, &mut p);
    }
    for (i, ind) in fw.indicators.iter().enumerate() {
        let what = format!("{f}: indicator {}", ind.id);
        if ind.id != (i + 1).to_string() {
            p.push(format!("{what} at position {}", i + 1));
        }
        for part in &ind.parts {
            check_text(&format!("{what} part {}", part.id), &part.text, &mut p);
        }
        match fw.targets.iter().find(|t| t.number == ind.target) {
            Some(t) if t.goal == ind.goal => {}
            Some(t) => p.push(format!(
                "{what}: goal {} but target {} is in goal {}",
                ind.goal, t.number, t.goal
            )),
            None => p.push(format!("{what}: unknown target {}", ind.target)),
        }
        check_text(&what, &ind.text, &mut p);
        check_text(&format!("{what} unit"), &ind.unit, &mut p);
        match (&ind.no_data, ind.series.is_empty()) {
            (None, true) => p.push(format!("{what}: no series and no no_data reason")),
            (Some(_), false) => p.push(format!("{what}: has series and a no_data reason")),
            (Some(t), true) => check_text(&format!("{what} no_data"), t, &mut p),
            (None, false) => {}
        }
        for s in &ind.series {
            match fw.series(s) {
                None => p.push(format!("{what}: unknown series {s}")),
                Some(series) => {
                    let measures = series
                        .mdg_2003
                        .iter()
                        .any(|x| x == &ind.id || ind.parts.iter().any(|part| &part.id == x));
                    if !measures {
                        p.push(format!(
                            "{what}: lists series {s}, which does not measure it"
                        ));
                    }
                }
            }
        }
    }
    check_unique(
        &format!("{f} indicators"),
        fw.indicators.iter().map(|i| i.id.as_str()),
        &mut p,
    );
    check_unique(
        &format!("{f} series"),
        fw.series.iter().map(|s| s.id.as_str()),
        &mut p,
    );
    for s in &fw.series {
        let what = format!("{f}: series {}", s.id);
        if !is_series_id(&s.id) {
            p.push(format!(
                "{what}: id must be lower-case letters, digits and _"
            ));
        }
        if m.source(&s.source).is_none() {
            p.push(format!("{what}: source {} not in manifest", s.source));
        }
        check_text(&format!("{what} name"), &s.name, &mut p);
        check_text(&format!("{what} unit"), &s.unit, &mut p);
        match &s.caveat {
            Some(c) => check_text(&format!("{what} caveat"), c, &mut p),
            None if s.fit != Fit::Official => {
                p.push(format!(
                    "{what}: a variant or proxy needs a caveat saying how it differs"
                ));
            }
            None => {}
        }
        if s.mdg_2003.is_empty() && s.mdg_2008.is_empty() {
            p.push(format!("{what}: measures no MDG indicator"));
        }
        for x in &s.mdg_2003 {
            match fw.indicator_for(x) {
                None => p.push(format!("{what}: unknown 2003 indicator {x}")),
                Some(ind) if !ind.series.contains(&s.id) => {
                    p.push(format!("{what}: indicator {} does not list it", ind.id));
                }
                Some(_) => {}
            }
        }
        if let Some(t) = &s.target_rule {
            if t.baseline_year != FIRST_YEAR || t.deadline > LAST_YEAR {
                p.push(format!(
                    "{what}: target years {}-{}",
                    t.baseline_year, t.deadline
                ));
            }
        }
        let c = &s.coverage;
        for y in [c.first_year, c.last_year].into_iter().flatten() {
            if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
                p.push(format!(
                    "{what}: coverage year {y} outside {FIRST_YEAR}-{LAST_YEAR}"
                ));
            }
        }
        if c.countries == 0 && c.aggregates == 0 {
            p.push(format!("{what}: no values at all"));
        }
    }
    finish(p)
}

/// Checks the 2008 list and the notes against the framework: 21 targets and 60 indicators, each
/// text in three languages; every 2008 number a 2003 target, 2003 indicator or series gives
/// exists, and each side lists the other (indicators and their series, 2003 indicators and the
/// 2008 ones that continue them).
pub fn validate_framework_2008(f08: &Framework2008, fw: &Framework, m: &Manifest) -> Validation {
    let mut p = Vec::new();
    let f = "framework-2008.json";
    check_version(f, f08.schema_version, &mut p);
    if m.source(&f08.source).is_none() {
        p.push(format!("{f}: source {} not in manifest", f08.source));
    }
    check_text(&format!("{f}: list"), &f08.list, &mut p);
    for (what, n, want) in [
        ("targets", f08.targets.len(), 21),
        ("indicators", f08.indicators.len(), 60),
    ] {
        if n != want {
            p.push(format!("{f}: {n} {what}, expected {want}"));
        }
    }
    for (i, note) in f08.notes.iter().enumerate() {
        check_text(&format!("{f}: note {}", i + 1), note, &mut p);
    }
    let t2008: BTreeSet<&str> = f08.targets.iter().map(|t| t.id.as_str()).collect();
    let i2008: BTreeSet<&str> = f08.indicators.iter().map(|i| i.id.as_str()).collect();
    for t in &fw.targets {
        for x in &t.targets_2008 {
            if !t2008.contains(x.as_str()) {
                p.push(format!(
                    "framework.json: target {} refers to unknown 2008 target {x}",
                    t.number
                ));
            }
        }
    }
    let mut ids_2003: BTreeSet<&str> = BTreeSet::new();
    for ind in &fw.indicators {
        ids_2003.insert(&ind.id);
        ids_2003.extend(ind.parts.iter().map(|part| part.id.as_str()));
        for x in &ind.indicators_2008 {
            if !i2008.contains(x.as_str()) {
                p.push(format!(
                    "framework.json: indicator {}: unknown 2008 indicator {x}",
                    ind.id
                ));
            }
        }
    }
    check_unique(
        &format!("{f} targets"),
        f08.targets.iter().map(|t| t.id.as_str()),
        &mut p,
    );
    check_unique(
        &format!("{f} indicators"),
        f08.indicators.iter().map(|i| i.id.as_str()),
        &mut p,
    );
    for t in &f08.targets {
        if !(1..=8).contains(&t.goal) {
            p.push(format!("{f}: target {} has goal {}", t.id, t.goal));
        }
        check_text(&format!("{f}: target {}", t.id), &t.text, &mut p);
    }
    for ind in &f08.indicators {
        let what = format!("{f}: indicator {}", ind.id);
        if !t2008.contains(ind.target.as_str()) {
            p.push(format!("{what}: unknown target {}", ind.target));
        }
        check_text(&what, &ind.text, &mut p);
        for x in &ind.indicators_2003 {
            if !ids_2003.contains(x.as_str()) {
                p.push(format!("{what}: unknown 2003 indicator {x}"));
            }
        }
        for s in &ind.series {
            match fw.series(s) {
                None => p.push(format!("{what}: unknown series {s}")),
                Some(series) if !series.mdg_2008.contains(&ind.id) => {
                    p.push(format!(
                        "{what}: lists series {s}, which does not measure it"
                    ));
                }
                Some(_) => {}
            }
        }
    }
    for s in &fw.series {
        for x in &s.mdg_2008 {
            match f08.indicators.iter().find(|i| &i.id == x) {
                None => p.push(format!(
                    "framework.json: series {}: unknown 2008 indicator {x}",
                    s.id
                )),
                Some(ind) if !ind.series.contains(&s.id) => p.push(format!(
                    "framework.json: series {}: 2008 indicator {x} does not list it",
                    s.id
                )),
                Some(_) => {}
            }
        }
    }
    finish(p)
}

/// Whether `id` is usable as a series id and file name (`[a-z0-9_]+`).
pub fn is_series_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Checks `countries.json`: unique codes, every grouping known, every aggregate source in the
/// manifest, names in three languages.
pub fn validate_countries(c: &Countries, m: &Manifest) -> Validation {
    use crate::GroupKind;
    let mut p = Vec::new();
    let f = "countries.json";
    check_version(f, c.schema_version, &mut p);
    check_unique(
        &format!("{f} countries"),
        c.countries.iter().map(|x| x.iso3.as_str()),
        &mut p,
    );
    check_unique(
        &format!("{f} aggregates"),
        c.aggregates.iter().map(|x| x.code.as_str()),
        &mut p,
    );
    check_unique(
        &format!("{f} groups"),
        c.groups.iter().map(|x| x.id.as_str()),
        &mut p,
    );
    let group_ok = |id: &str, kind: GroupKind| c.group(id).is_some_and(|g| g.kind == kind);
    for x in &c.countries {
        let what = format!("{f}: country {}", x.iso3);
        if x.iso3.len() != 3 || !x.iso3.bytes().all(|b| b.is_ascii_uppercase()) {
            p.push(format!("{what}: code is not 3 upper-case letters"));
        }
        if c.aggregate(&x.iso3).is_some() {
            p.push(format!("{what}: also an aggregate code"));
        }
        check_text(&what, &x.name, &mut p);
        if !group_ok(&x.mdg_region, GroupKind::MdgRegion) {
            p.push(format!("{what}: unknown MDG region {}", x.mdg_region));
        }
        if !group_ok(&x.wb_region, GroupKind::WbRegion) {
            p.push(format!("{what}: unknown World Bank region {}", x.wb_region));
        }
        if !group_ok(&x.income_group, GroupKind::IncomeGroup) {
            p.push(format!("{what}: unknown income group {}", x.income_group));
        }
    }
    for a in &c.aggregates {
        check_text(&format!("{f}: aggregate {}", a.code), &a.name, &mut p);
        if m.source(&a.source).is_none() {
            p.push(format!(
                "{f}: aggregate {} source {} not in manifest",
                a.code, a.source
            ));
        }
    }
    for g in &c.groups {
        check_text(&format!("{f}: group {}", g.id), &g.name, &mut p);
        if let Some(a) = &g.aggregate {
            if c.aggregate(a).is_none() {
                p.push(format!(
                    "{f}: group {} refers to unknown aggregate {a}",
                    g.id
                ));
            }
        }
    }
    finish(p)
}

/// Problems with one run of values: years within 1990-2015, finite numbers, trimmed (first and
/// last not null). `what` names the file and series in the messages.
pub fn series_values_problems(what: &str, v: &SeriesValues) -> Vec<String> {
    let mut p = Vec::new();
    if v.values.is_empty() {
        p.push(format!("{what}: empty values"));
        return p;
    }
    if v.start < FIRST_YEAR || v.end() > LAST_YEAR || v.values.len() > 100 {
        p.push(format!(
            "{what}: years {}-{} outside {FIRST_YEAR}-{LAST_YEAR}",
            v.start,
            v.end()
        ));
    }
    if v.values.first().is_some_and(Option::is_none) || v.values.last().is_some_and(Option::is_none)
    {
        p.push(format!("{what}: not trimmed (starts or ends with null)"));
    }
    for (year, x) in v.points() {
        if !x.is_finite() {
            p.push(format!("{what}: non-finite value in {year}"));
        }
    }
    p
}

/// Checks a country or aggregate file: its code exists, every series exists, values are sane;
/// a country's carries its reports (each its own, by the entry rules), an aggregate's none.
pub fn validate_entity_file(
    file: &str,
    e: &EntityFile,
    fw: &Framework,
    c: &Countries,
) -> Validation {
    let mut p = Vec::new();
    check_version(file, e.schema_version, &mut p);
    if c.country(&e.code).is_none() && c.aggregate(&e.code).is_none() {
        p.push(format!(
            "{file}: {} is neither a country nor an aggregate",
            e.code
        ));
    }
    for (id, v) in &e.series {
        if fw.series(id).is_none() {
            p.push(format!("{file}: unknown series {id}"));
        }
        p.extend(series_values_problems(&format!("{file}: {id}"), v));
    }
    let country = c.country(&e.code).is_some();
    match &e.reports {
        Some(_) if !country => p.push(format!("{file}: reports in a file that is not a country's")),
        None if country => p.push(format!("{file}: a country's file without its reports")),
        Some(r) => {
            check_text(&format!("{file}: reports note"), &r.note, &mut p);
            p.extend(report_entry_problems(file, &r.list, &|iso3| iso3 == e.code));
        }
        None => {}
    }
    finish(p)
}

/// Checks an indicator file: the series exists, every country and aggregate exists, values sane.
pub fn validate_indicator_file(
    file: &str,
    i: &IndicatorFile,
    fw: &Framework,
    c: &Countries,
) -> Validation {
    let mut p = Vec::new();
    check_version(file, i.schema_version, &mut p);
    if fw.series(&i.series).is_none() {
        p.push(format!("{file}: unknown series {}", i.series));
    }
    for (code, v) in &i.countries {
        if c.country(code).is_none() {
            p.push(format!("{file}: unknown country {code}"));
        }
        p.extend(series_values_problems(&format!("{file}: {code}"), v));
    }
    for (code, v) in &i.aggregates {
        if c.aggregate(code).is_none() {
            p.push(format!("{file}: unknown aggregate {code}"));
        }
        p.extend(series_values_problems(&format!("{file}: {code}"), v));
    }
    if i.countries.is_empty() && i.aggregates.is_empty() {
        p.push(format!("{file}: no values"));
    }
    finish(p)
}

/// Checks the map: every shape and dot is a known country (at most once), coordinates inside
/// the viewBox, paths non-empty.
pub fn validate_world(w: &WorldMap, c: &Countries, m: &Manifest) -> Validation {
    let mut p = Vec::new();
    let f = "world.json";
    check_version(f, w.schema_version, &mut p);
    if m.source(&w.source).is_none() {
        p.push(format!("{f}: source {} not in manifest", w.source));
    }
    if !(w.width > 0.0 && w.height > 0.0) {
        p.push(format!("{f}: bad size {}x{}", w.width, w.height));
    }
    let inside = |x: f64, y: f64| (0.0..=w.width).contains(&x) && (0.0..=w.height).contains(&y);
    check_unique(
        &format!("{f} shapes and dots"),
        w.shapes
            .iter()
            .map(|s| s.iso3.as_str())
            .chain(w.dots.iter().map(|d| d.iso3.as_str())),
        &mut p,
    );
    for s in &w.shapes {
        if c.country(&s.iso3).is_none() {
            p.push(format!("{f}: shape for unknown country {}", s.iso3));
        }
        if !s.d.starts_with('M') {
            p.push(format!("{f}: shape {} path does not start with M", s.iso3));
        }
        if !inside(s.x, s.y) {
            p.push(format!("{f}: shape {} anchor outside the map", s.iso3));
        }
    }
    for d in &w.dots {
        if c.country(&d.iso3).is_none() {
            p.push(format!("{f}: dot for unknown country {}", d.iso3));
        }
        if !inside(d.x, d.y) {
            p.push(format!("{f}: dot {} outside the map", d.iso3));
        }
    }
    for o in &w.other {
        if !o.d.starts_with('M') {
            p.push(format!(
                "{f}: other shape {} path does not start with M",
                o.name
            ));
        }
    }
    finish(p)
}

/// The rules every national MDG Report entry follows, shared by the converter (on its
/// hand-authored source) and by [`validate_reports`] (on the bundled file): a known country
/// (`known`), a year within [`REPORTS_FIRST_YEAR`]-[`REPORTS_LAST_YEAR`], a non-empty title,
/// an http(s) URL, a publisher that is absent or non-empty, language codes of two lowercase
/// letters, and no two entries with the same country, year and title.
pub fn report_entry_problems(
    what: &str,
    reports: &[Report],
    known: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let mut p = Vec::new();
    let mut keys = BTreeSet::new();
    for e in reports {
        let at = format!("{what}: {} {} {:?}", e.iso3, e.year, e.title);
        if !known(&e.iso3) {
            p.push(format!("{at}: unknown country {}", e.iso3));
        }
        if !(REPORTS_FIRST_YEAR..=REPORTS_LAST_YEAR).contains(&e.year) {
            p.push(format!(
                "{at}: year outside {REPORTS_FIRST_YEAR}-{REPORTS_LAST_YEAR}"
            ));
        }
        if e.title.trim().is_empty() || e.title.trim() != e.title {
            p.push(format!("{at}: title empty or not trimmed"));
        }
        if !(e.url.starts_with("http://") || e.url.starts_with("https://")) {
            p.push(format!("{at}: no http(s) source URL"));
        }
        if e.publisher.as_deref().is_some_and(|s| s.trim().is_empty()) {
            p.push(format!("{at}: empty publisher (leave it out instead)"));
        }
        for l in &e.language {
            if l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()) {
                p.push(format!("{at}: language {l:?} is not an ISO 639-1 code"));
            }
        }
        if !keys.insert((e.iso3.as_str(), e.year, e.title.as_str())) {
            p.push(format!(
                "{at}: duplicate entry (same country, year and title)"
            ));
        }
    }
    p
}

/// Checks `mdgr.json`: version, never complete, source in the manifest, note in all languages,
/// every entry by [`report_entry_problems`], sorted by country, year and title.
pub fn validate_reports(r: &Reports, c: &Countries, m: &Manifest) -> Validation {
    let f = "mdgr.json";
    let mut p = Vec::new();
    check_version(f, r.schema_version, &mut p);
    if r.complete {
        p.push(format!("{f}: must not claim to be complete"));
    }
    if m.source(&r.source).is_none() {
        p.push(format!("{f}: source {} not in manifest", r.source));
    }
    check_text(&format!("{f} note"), &r.note, &mut p);
    p.extend(report_entry_problems(f, &r.reports, &|iso3| {
        c.country(iso3).is_some()
    }));
    let key = |e: &Report| (e.iso3.clone(), e.year, e.title.clone());
    if !r
        .reports
        .iter()
        .zip(r.reports.iter().skip(1))
        .all(|(a, b)| key(a) <= key(b))
    {
        p.push(format!(
            "{f}: entries not sorted by country, year and title"
        ));
    }
    finish(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_entries_follow_the_rules() {
        let e = |iso3: &str, year: u16, title: &str| Report {
            iso3: iso3.into(),
            year,
            title: title.into(),
            publisher: None,
            language: vec!["fr".into()],
            url: "https://example.org".into(),
            seen: crate::Seen::Record,
            note: String::new(),
        };
        let known = |iso3: &str| iso3 == "SEN";
        let ok = [e("SEN", 2003, "A"), e("SEN", 2016, "B")];
        assert!(report_entry_problems("t", &ok, &known).is_empty());
        let bad = [
            e("XXX", 2003, "A"),
            e("SEN", 2017, "B"),
            e("SEN", 2005, "C"),
            e("SEN", 2005, "C"),
        ];
        let p = report_entry_problems("t", &bad, &known).join("\n");
        assert!(p.contains("unknown country XXX"), "{p}");
        assert!(p.contains("year outside 2000-2016"), "{p}");
        assert!(p.contains("duplicate entry"), "{p}");
    }

    #[test]
    fn series_values_checks() {
        let ok = SeriesValues {
            start: 1990,
            values: vec![Some(1.0), None, Some(2.0)],
        };
        assert!(series_values_problems("x", &ok).is_empty());
        let early = SeriesValues {
            start: 1989,
            values: vec![Some(1.0)],
        };
        assert!(series_values_problems("x", &early)[0].contains("outside"));
        let late = SeriesValues {
            start: 2015,
            values: vec![Some(1.0), Some(1.0)],
        };
        assert!(series_values_problems("x", &late)[0].contains("outside"));
        let untrimmed = SeriesValues {
            start: 1990,
            values: vec![None, Some(1.0)],
        };
        assert!(series_values_problems("x", &untrimmed)[0].contains("trimmed"));
        let nan = SeriesValues {
            start: 1990,
            values: vec![Some(f64::NAN)],
        };
        assert!(series_values_problems("x", &nan)[0].contains("non-finite"));
    }

    #[test]
    fn dates_and_ids() {
        assert!(is_date("2026-07-01"));
        assert!(!is_date("2026-7-01"));
        assert!(is_series_id("sh_dyn_mort"));
        assert!(!is_series_id("SH.DYN.MORT"));
    }
}
