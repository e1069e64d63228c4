//! `manifest.json`: what the bundle is and where every figure comes from.

use serde::{Deserialize, Serialize};

/// Top-level description of the data bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`crate::SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Generation date `YYYY-MM-DD`. Fixed (the newest source snapshot date, or `--date`), not the
    /// clock, so regenerating gives byte-identical files.
    pub generated: String,
    /// Name and version of the converter, e.g. `datagen 0.1.0`.
    pub generator: String,
    /// Every source a bundled figure or name comes from; series and files refer to `Source::id`.
    pub sources: Vec<Source>,
}

/// One upstream source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Short stable id used by series and files, e.g. `wdi`.
    pub id: String,
    /// Title of the dataset.
    pub title: String,
    /// Who publishes it.
    pub publisher: String,
    /// Where to find it.
    pub url: String,
    /// Licence, e.g. `CC BY 4.0`.
    pub licence: String,
    /// Version, release or commit of the snapshot used.
    pub version: String,
    /// Date of the snapshot (`YYYY-MM-DD`) when its provenance states one.
    pub date: Option<String>,
    /// What the bundle takes from it and caveats.
    pub note: String,
}

impl Source {
    /// The licence's name without what follows it in brackets ("CC BY 4.0 (OWID) with source
    /// attribution to …" is "CC BY 4.0"): a chart's credit names the publisher already.
    pub fn licence_name(&self) -> &str {
        self.licence
            .split_once(" (")
            .map_or(self.licence.as_str(), |(name, _)| name)
            .trim()
    }
}

impl Manifest {
    /// The source with the given id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licence_names() {
        let source = |licence: &str| Source {
            id: "s".into(),
            title: String::new(),
            publisher: String::new(),
            url: String::new(),
            licence: licence.into(),
            version: String::new(),
            date: None,
            note: String::new(),
        };
        assert_eq!(source("CC BY 4.0").licence_name(), "CC BY 4.0");
        assert_eq!(
            source("CC BY 4.0 (OWID) with source attribution to WHO/UNICEF JMP").licence_name(),
            "CC BY 4.0"
        );
    }
}
