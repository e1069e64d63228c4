//! Relative URLs of the bundled files.

/// One bundled file. Relative paths (no leading slash) so that `<base href>` handles sub-path
/// hosting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataFile<'a> {
    /// `manifest.json`: schema version, generation date, sources.
    Manifest,
    /// `framework.json`: goals, targets, indicators (2003, with their 2008 numbers) and the
    /// series catalogue.
    Framework,
    /// `framework-2008.json`: the 2008 list and the notes on both lists (the goals pages).
    Framework2008,
    /// `countries.json`: countries and aggregates with their groupings.
    Countries,
    /// `world.json`: pre-projected map shapes.
    World,
    /// `mdgr.json`: verified national MDG Reports.
    Reports,
    /// `strategy.json`: the MDG Core Strategy (pillars, task forces, timeline, glossary).
    Strategy,
    /// `home.json`: what the home page shows of `strategy.json` (pillars, key figures and their
    /// sources), derived from it.
    Home,
    /// `lens.json`: the paper's decent work lens and the UN Country Team checklist.
    Lens,
    /// `paper.json`: the full text of the source paper, paragraph by paragraph.
    Paper,
    /// `availability.json`: indicators measured per country and year.
    Availability,
    /// `country/<ISO3>.json`: every series for one country.
    Country(&'a str),
    /// `aggregate/<CODE>.json`: every series for one aggregate (World, region, income group).
    Aggregate(&'a str),
    /// `indicator/<series id>.json`: one series for every country and aggregate.
    Indicator(&'a str),
}

impl DataFile<'_> {
    /// Path relative to the `public/data` directory, e.g. `country/AGO.json`.
    pub fn relative(&self) -> String {
        match self {
            DataFile::Manifest => "manifest.json".to_string(),
            DataFile::Framework => "framework.json".to_string(),
            DataFile::Framework2008 => "framework-2008.json".to_string(),
            DataFile::Countries => "countries.json".to_string(),
            DataFile::World => "world.json".to_string(),
            DataFile::Reports => "mdgr.json".to_string(),
            DataFile::Strategy => "strategy.json".to_string(),
            DataFile::Home => "home.json".to_string(),
            DataFile::Paper => "paper.json".to_string(),
            DataFile::Lens => "lens.json".to_string(),
            DataFile::Availability => "availability.json".to_string(),
            DataFile::Country(iso3) => format!("country/{iso3}.json"),
            DataFile::Aggregate(code) => format!("aggregate/{code}.json"),
            DataFile::Indicator(series) => format!("indicator/{series}.json"),
        }
    }
}

/// The relative URL the app fetches for `file`, e.g. `data/country/AGO.json`.
pub fn data_path(file: DataFile<'_>) -> String {
    format!("data/{}", file.relative())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(data_path(DataFile::Manifest), "data/manifest.json");
        assert_eq!(data_path(DataFile::Country("AGO")), "data/country/AGO.json");
        assert_eq!(
            data_path(DataFile::Aggregate("WLD")),
            "data/aggregate/WLD.json"
        );
        assert_eq!(
            data_path(DataFile::Indicator("sh_dyn_mort")),
            "data/indicator/sh_dyn_mort.json"
        );
        assert_eq!(DataFile::Reports.relative(), "mdgr.json");
    }
}
