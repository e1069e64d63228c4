//! `offline.json`, written by the build (scripts/post-build.mjs) next to the app: the data files
//! a deployment serves, their sizes, and the name of the cache its service worker keeps them in.
//! "Make available offline" downloads what is not stored yet and says what is.

use serde::Deserialize;

/// The deployment's data files.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OfflineList {
    /// Cache Storage name of this deployment's data (`mdg-data-<hash of the data>`).
    pub cache: String,
    /// Total size of the files, bytes.
    pub bytes: u64,
    /// Every data file, relative to the app ("data/country/KEN.json").
    pub files: Vec<OfflineFile>,
}

/// One data file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OfflineFile {
    /// Path relative to the app.
    pub url: String,
    /// Size, bytes.
    pub bytes: u64,
}

/// How much of the list a device holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stored {
    /// Files stored.
    pub files: usize,
    /// Their size, bytes.
    pub bytes: u64,
}

impl OfflineList {
    /// Whether `cached` (absolute URLs of the cache's entries) holds `file`: the entry's path ends
    /// with "/" + the file's relative path, whatever sub-path the app is served at.
    fn holds(cached: &[String], file: &OfflineFile) -> bool {
        let suffix = format!("/{}", file.url);
        cached.iter().any(|u| {
            u.split(['?', '#'])
                .next()
                .is_some_and(|p| p.ends_with(&suffix))
        })
    }

    /// What of the list `cached` already holds.
    pub fn stored(&self, cached: &[String]) -> Stored {
        self.files
            .iter()
            .filter(|f| Self::holds(cached, f))
            .fold(Stored::default(), |s, f| Stored {
                files: s.files + 1,
                bytes: s.bytes + f.bytes,
            })
    }

    /// The files still to download, in list order.
    pub fn missing<'a>(&'a self, cached: &[String]) -> Vec<&'a OfflineFile> {
        self.files
            .iter()
            .filter(|f| !Self::holds(cached, f))
            .collect()
    }

    /// Whether every file is stored.
    pub fn complete(&self, cached: &[String]) -> bool {
        self.stored(cached).files == self.files.len()
    }
}

/// Megabytes with one decimal (1 MB = 1 000 000 bytes, as storage is sold), written as `lang`
/// writes numbers.
pub fn megabytes(bytes: u64, lang: &str) -> String {
    let mb = (bytes as f64 / 100_000.0).round() / 10.0;
    crate::viz::format_number(mb, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> OfflineList {
        serde_json::from_str(
            r#"{"cache":"mdg-data-1","bytes":3500000,"files":[
                {"url":"data/countries.json","bytes":500000},
                {"url":"data/country/KEN.json","bytes":1000000},
                {"url":"data/indicator/sh_dyn_mort.json","bytes":2000000}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn stored_files_are_matched_at_any_sub_path() {
        let l = list();
        let cached = vec![
            "https://host.org/mdg-explorer/data/country/KEN.json".to_owned(),
            "https://host.org/mdg-explorer/data/countries.json?x=1".to_owned(),
            // Not a file of the list, and not a prefix match.
            "https://host.org/data/country/KEN.json.bak".to_owned(),
        ];
        assert_eq!(
            l.stored(&cached),
            Stored {
                files: 2,
                bytes: 1_500_000
            }
        );
        let missing: Vec<_> = l.missing(&cached).iter().map(|f| f.url.as_str()).collect();
        assert_eq!(missing, ["data/indicator/sh_dyn_mort.json"]);
        assert!(!l.complete(&cached));
        assert!(list().complete(&[
            "/a/data/countries.json".into(),
            "/a/data/country/KEN.json".into(),
            "/a/data/indicator/sh_dyn_mort.json".into(),
        ]));
    }

    #[test]
    fn sizes_in_megabytes_per_language() {
        assert_eq!(megabytes(2_345_678, "en"), "2.3");
        assert_eq!(megabytes(2_345_678, "fr"), "2,3");
        assert_eq!(megabytes(0, "en"), "0");
    }
}
