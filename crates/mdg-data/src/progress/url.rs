//! The country profile's shareable state, as a URL query string.
//!
//! `country=KEN&as_of=2003&indicator=sh_dyn_mort&compare=UGA,TZA&tab=chart`. Defaults are left
//! out (`as_of` 2015, no indicator, no comparison, the progress tab), so the plain profile URL
//! stays short. Parsing never fails: unknown parameters are ignored and invalid values fall back
//! to their defaults, so an old or hand-edited link still opens a profile.

use std::fmt::Write as _;

use super::Method;
use crate::LAST_YEAR;

/// Earliest "as of" year: the end of the baseline window (1990–1995), the first year a latest
/// observation can follow a baseline.
pub const AS_OF_MIN: u16 = 1995;

/// Latest "as of" year: the 2015 deadline.
pub const AS_OF_MAX: u16 = LAST_YEAR;

/// Most countries or aggregates compared at once (more are dropped).
pub const MAX_COMPARE: usize = 5;

/// Longest code accepted for a country, aggregate or series id.
const MAX_CODE_LEN: usize = 40;

/// A tab of the country profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    /// The grid of every indicator with its progress status (default).
    #[default]
    Progress,
    /// The selected indicator's chart, with the required path and projection.
    Chart,
    /// The selected indicator's values as a table.
    Table,
    /// The selected indicator's definition, unit, source, licence and caveat.
    Sources,
}

impl Tab {
    /// Every tab, in display order.
    pub const ALL: [Tab; 4] = [Tab::Progress, Tab::Chart, Tab::Table, Tab::Sources];

    /// Stable key used in the URL and for translations.
    pub const fn key(self) -> &'static str {
        match self {
            Tab::Progress => "progress",
            Tab::Chart => "chart",
            Tab::Table => "table",
            Tab::Sources => "sources",
        }
    }

    /// The tab with the given [`key`](Self::key).
    pub fn from_key(key: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// What a country profile shows: the part of the UI state worth sharing as a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileState {
    /// ISO3 of the country (or code of an aggregate), upper case; empty when none is chosen.
    pub country: String,
    /// The year progress is assessed as of, within [`AS_OF_MIN`]..=[`AS_OF_MAX`].
    pub as_of: u16,
    /// The selected series id, if any.
    pub indicator: Option<String>,
    /// Countries or aggregates compared with it (upper case, distinct, at most [`MAX_COMPARE`]).
    pub compare: Vec<String>,
    /// The open tab.
    pub tab: Tab,
    /// The judging method (`method=`; the default, robust, is left out).
    pub method: Method,
}

impl Default for ProfileState {
    fn default() -> Self {
        ProfileState::EMPTY
    }
}

impl ProfileState {
    /// No country chosen, every value at its default (the same as `default()`, usable in a
    /// `const`).
    pub const EMPTY: ProfileState = ProfileState {
        country: String::new(),
        as_of: AS_OF_MAX,
        indicator: None,
        compare: Vec::new(),
        tab: Tab::Progress,
        method: Method::Robust,
    };

    /// The default state for `country`.
    pub fn new(country: impl Into<String>) -> Self {
        ProfileState {
            country: country.into(),
            ..ProfileState::default()
        }
    }

    /// The query string (without `?`), leaving out default values.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.country.is_empty() {
            pairs.push(("country", self.country.clone()));
        }
        if self.as_of != AS_OF_MAX {
            pairs.push(("as_of", self.as_of.to_string()));
        }
        if let Some(ind) = &self.indicator {
            pairs.push(("indicator", ind.clone()));
        }
        if !self.compare.is_empty() {
            let encoded: Vec<String> = self.compare.iter().map(|c| encode(c)).collect();
            pairs.push(("compare", encoded.join(",")));
        }
        if self.tab != Tab::default() {
            pairs.push(("tab", self.tab.key().to_string()));
        }
        if self.method != Method::default() {
            pairs.push(("method", self.method.key().to_string()));
        }
        let mut out = String::new();
        for (i, (k, v)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            // `compare` is already encoded item by item, keeping its commas.
            let v = if *k == "compare" {
                v.clone()
            } else {
                encode(v)
            };
            let _ = write!(out, "{k}={v}");
        }
        out
    }

    /// Reads a query string (with or without the leading `?`). Never fails: unknown parameters
    /// are ignored, invalid values fall back to defaults, `as_of` is clamped to
    /// [`AS_OF_MIN`]..=[`AS_OF_MAX`]; for repeated parameters the last wins, except `compare`
    /// which accumulates (`compare=A,B` or `compare=A&compare=B`).
    pub fn from_query(query: &str) -> Self {
        let mut state = ProfileState::default();
        for (key, raw) in pairs(query) {
            match key.as_str() {
                "country" => {
                    state.country = code(&decode(raw))
                        .map(str::to_ascii_uppercase)
                        .unwrap_or_default();
                }
                "as_of" => state.as_of = parse_year(&decode(raw)),
                "indicator" => state.indicator = code(&decode(raw)).map(str::to_string),
                "compare" => {
                    for item in raw.split(',') {
                        if let Some(c) = code(&decode(item)) {
                            state.compare.push(c.to_ascii_uppercase());
                        }
                    }
                }
                "tab" => state.tab = Tab::from_key(&decode(raw)).unwrap_or_default(),
                "method" => state.method = parse_method(raw),
                _ => {}
            }
        }
        let country = state.country.clone();
        let mut seen = std::collections::BTreeSet::new();
        state
            .compare
            .retain(|c| *c != country && seen.insert(c.clone()));
        state.compare.truncate(MAX_COMPARE);
        state
    }
}

/// Longest search text kept from a URL, in characters.
const MAX_SEARCH_LEN: usize = 80;

/// The countries index's filters: `/countries?q=ken&region=…&income=…&ldc=1`. Empty or false
/// filters are left out. Like [`ProfileState`], parsing never fails.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndexFilter {
    /// Search text as typed (matching ignores case and accents).
    pub search: String,
    /// MDG region group id, if one is chosen.
    pub region: Option<String>,
    /// Income group id, if one is chosen.
    pub income: Option<String>,
    /// Only least developed countries.
    pub ldc: bool,
    /// The judging method of the "share on track" map (`method=`; the default is left out).
    pub method: Method,
}

impl IndexFilter {
    /// No filter: every country (the same as `default()`, usable in a `const`).
    pub const EMPTY: IndexFilter = IndexFilter {
        search: String::new(),
        region: None,
        income: None,
        ldc: false,
        method: Method::Robust,
    };

    /// The query string (without `?`), leaving out empty filters.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        if !self.search.is_empty() {
            pairs.push(format!("q={}", encode(&self.search)));
        }
        if let Some(r) = &self.region {
            pairs.push(format!("region={}", encode(r)));
        }
        if let Some(i) = &self.income {
            pairs.push(format!("income={}", encode(i)));
        }
        if self.ldc {
            pairs.push("ldc=1".into());
        }
        if self.method != Method::default() {
            pairs.push(format!("method={}", self.method.key()));
        }
        pairs.join("&")
    }

    /// Reads a query string (with or without the leading `?`). Unknown parameters are ignored;
    /// a group id that is not a plausible code is dropped; the search is cut to 80 characters.
    pub fn from_query(query: &str) -> Self {
        let mut filter = IndexFilter::default();
        for (key, raw) in pairs(query) {
            match key.as_str() {
                "q" => filter.search = decode(raw).chars().take(MAX_SEARCH_LEN).collect(),
                "region" => filter.region = code(&decode(raw)).map(str::to_string),
                "income" => filter.income = code(&decode(raw)).map(str::to_string),
                "ldc" => filter.ldc = matches!(decode(raw).as_str(), "1" | "true"),
                "method" => filter.method = parse_method(raw),
                _ => {}
            }
        }
        filter
    }
}

/// The `key=value` pairs of a query string (with or without `?`): keys decoded, values raw.
fn pairs(query: &str) -> impl Iterator<Item = (String, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), raw)
    })
}

/// A plausible code (country, aggregate or series id): 1–40 ASCII letters, digits, `_` or `-`.
fn code(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()
        && s.len() <= MAX_CODE_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
    .then_some(s)
}

/// The method named in a URL; the default for anything unknown.
pub fn parse_method(raw: &str) -> Method {
    Method::from_key(decode(raw).trim()).unwrap_or_default()
}

/// `path` with `method=` added to its query when `method` is not the default.
pub fn with_method(path: &str, method: Method) -> String {
    if method == Method::default() {
        return path.to_owned();
    }
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}method={}", method.key())
}

/// `query` (with or without `?`) with its `method=` replaced by `method`, or removed for the
/// default; every other parameter is kept as it was. No leading `?` in the result.
pub fn set_method(query: &str, method: Method) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("method"))
        .collect();
    let pair = format!("method={}", method.key());
    if method != Method::default() {
        kept.push(&pair);
    }
    kept.join("&")
}

/// A year clamped to the "as of" range; the default for anything that is not an integer.
fn parse_year(s: &str) -> u16 {
    match s.trim().parse::<i64>() {
        Ok(y) => {
            u16::try_from(y.clamp(i64::from(AS_OF_MIN), i64::from(AS_OF_MAX))).unwrap_or(AS_OF_MAX)
        }
        Err(_) => AS_OF_MAX,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (space); malformed escapes are kept as they are.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(b) = hex {
                    out.push(b);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_filter_round_trips_and_leaves_out_empty_filters() {
        assert_eq!(IndexFilter::default().to_query(), "");
        assert_eq!(IndexFilter::from_query(""), IndexFilter::default());
        let f = IndexFilter {
            search: "Côte d'Iv".into(),
            region: Some("mdg_ssa".into()),
            income: Some("wb_lic".into()),
            ldc: true,
            method: Method::ProgressChart,
        };
        let q = f.to_query();
        assert_eq!(
            q,
            "q=C%C3%B4te%20d%27Iv&region=mdg_ssa&income=wb_lic&ldc=1&method=chart"
        );
        assert_eq!(IndexFilter::from_query(&q), f);
        assert_eq!(IndexFilter::from_query(&format!("?{q}")), f);
        let only_ldc = IndexFilter {
            ldc: true,
            ..IndexFilter::default()
        };
        assert_eq!(only_ldc.to_query(), "ldc=1");
    }

    #[test]
    fn index_filter_ignores_bad_values() {
        let f = IndexFilter::from_query("q=k%C3%A9n+ya&region=<script>&income=&ldc=yes&x=1");
        assert_eq!(f.search, "kén ya");
        assert_eq!(f.region, None);
        assert_eq!(f.income, None);
        assert!(!f.ldc);
        let long = "a".repeat(200);
        assert_eq!(
            IndexFilter::from_query(&format!("q={long}")).search.len(),
            MAX_SEARCH_LEN
        );
    }

    fn full() -> ProfileState {
        ProfileState {
            country: "KEN".into(),
            as_of: 2003,
            indicator: Some("sh_dyn_mort".into()),
            compare: vec!["UGA".into(), "TZA".into()],
            tab: Tab::Chart,
            method: Method::WorldBank2003,
        }
    }

    #[test]
    fn full_state_round_trips() {
        let s = full();
        let q = s.to_query();
        assert_eq!(
            q,
            "country=KEN&as_of=2003&indicator=sh_dyn_mort&compare=UGA,TZA&tab=chart&method=wb2003"
        );
        assert_eq!(ProfileState::from_query(&q), s);
        assert_eq!(ProfileState::from_query(&format!("?{q}")), s);
    }

    #[test]
    fn defaults_are_left_out_and_round_trip() {
        let s = ProfileState::new("BRA");
        assert_eq!(s.to_query(), "country=BRA");
        assert_eq!(ProfileState::from_query("country=BRA"), s);
        assert_eq!(ProfileState::default().to_query(), "");
        assert_eq!(ProfileState::from_query(""), ProfileState::default());
        assert_eq!(ProfileState::from_query("?"), ProfileState::default());
    }

    #[test]
    fn every_tab_and_year_round_trips() {
        for tab in Tab::ALL {
            for as_of in AS_OF_MIN..=AS_OF_MAX {
                let s = ProfileState {
                    as_of,
                    tab,
                    ..full()
                };
                assert_eq!(ProfileState::from_query(&s.to_query()), s);
            }
        }
    }

    #[test]
    fn as_of_is_clamped_or_defaulted() {
        let year = |q: &str| ProfileState::from_query(q).as_of;
        assert_eq!(year("as_of=1980"), 1995);
        assert_eq!(year("as_of=-4"), 1995);
        assert_eq!(year("as_of=2030"), 2015);
        assert_eq!(year("as_of=99999999999"), 2015);
        assert_eq!(year("as_of=abc"), 2015);
        assert_eq!(year("as_of="), 2015);
        assert_eq!(year("as_of=2003.5"), 2015);
        assert_eq!(year("as_of=%202003"), 2003);
    }

    #[test]
    fn unknown_and_invalid_params_fall_back_to_defaults() {
        let s = ProfileState::from_query(
            "lang=fr&country=ken&tab=map&indicator=<script>&utm=x&&as_of=2001&flag",
        );
        assert_eq!(s.country, "KEN");
        assert_eq!(s.as_of, 2001);
        assert_eq!(s.indicator, None);
        assert_eq!(s.tab, Tab::Progress);
        assert_eq!(ProfileState::from_query("country=K%20E N").country, "");
        assert_eq!(ProfileState::from_query("country=%ZZ").country, "");
    }

    #[test]
    fn compare_is_cleaned() {
        let s = ProfileState::from_query(
            "country=KEN&compare=uga,UGA,,KEN,bad%20code&compare=TZA&compare=RWA,BDI,ETH,SOM",
        );
        assert_eq!(s.compare, ["UGA", "TZA", "RWA", "BDI", "ETH"]);
    }

    #[test]
    fn method_is_read_defaulted_and_added() {
        assert_eq!(
            ProfileState::from_query("method=chart").method,
            Method::ProgressChart
        );
        assert_eq!(
            ProfileState::from_query("method=nope").method,
            Method::Robust
        );
        assert_eq!(ProfileState::from_query("method=robust").to_query(), "");
        assert_eq!(
            with_method("/map?year=2003", Method::WorldBank2003),
            "/map?year=2003&method=wb2003"
        );
        assert_eq!(
            with_method("/grid", Method::ProgressChart),
            "/grid?method=chart"
        );
        assert_eq!(with_method("/grid", Method::Robust), "/grid");
        assert_eq!(
            set_method("?as_of=2003&method=chart&tab=chart", Method::WorldBank2003),
            "as_of=2003&tab=chart&method=wb2003"
        );
        assert_eq!(set_method("method=chart", Method::Robust), "");
        assert_eq!(set_method("", Method::ProgressChart), "method=chart");
    }

    #[test]
    fn percent_encoding() {
        assert_eq!(encode("a b,c/é"), "a%20b%2Cc%2F%C3%A9");
        assert_eq!(decode("a%20b%2cc+d%C3%A9%"), "a b,c dé%");
    }
}
