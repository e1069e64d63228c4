//! Typed errors for loading a bundled data file.

use thiserror::Error;

const FIX: &str =
    "Regenerate the data with `cargo run -p datagen --release` or restore the file from the release.";

/// Why a bundled data file could not be used. Every message names the file, says what is wrong
/// and what to do. Messages are English; the UI wraps them with translated headings.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DataError {
    /// The file does not exist (HTTP 404 or missing on disk).
    #[error("{file}: file not found. The data bundle is incomplete. {FIX}")]
    NotFound {
        /// Relative path of the file, e.g. `data/country/AGO.json`.
        file: String,
    },
    /// The server answered with an HTTP error other than 404.
    #[error("{file}: the server answered HTTP {status}. Reload the page; if it persists, check that the data files are deployed next to the app.")]
    Http {
        /// Relative path of the file.
        file: String,
        /// HTTP status code.
        status: u16,
    },
    /// The request failed before any answer (offline, DNS, CORS, aborted...).
    #[error(
        "{file}: could not be downloaded ({detail}). Check the connection and reload the page."
    )]
    Network {
        /// Relative path of the file.
        file: String,
        /// Low-level description from the browser.
        detail: String,
    },
    /// The file is not valid JSON (syntax error or truncated).
    #[error("{file}: not valid JSON at line {line}, column {column} ({detail}). {FIX}")]
    Malformed {
        /// Relative path of the file.
        file: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// Parser message.
        detail: String,
    },
    /// The file is valid JSON but a value has the wrong type or shape.
    #[error("{file}: value of the wrong type at line {line}, column {column} ({detail}). {FIX}")]
    WrongType {
        /// Relative path of the file.
        file: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// Deserialiser message, e.g. `invalid type: string "x", expected f64`.
        detail: String,
    },
    /// The file parses but breaks one of its own rules ([`crate::check::Check`]).
    #[error("{file}: breaks {count} rule(s) of the data bundle: {rules}. {FIX}")]
    Invalid {
        /// Relative path of the file.
        file: String,
        /// How many rules it breaks.
        count: usize,
        /// The first few, separated by "; ".
        rules: String,
    },
    /// The file's `schema_version` is missing or not the one this app understands.
    #[error("{file}: {}, this app reads schema version {supported}. The data and the app come from different releases: {FIX}", found_text(*found))]
    UnsupportedSchema {
        /// Relative path of the file.
        file: String,
        /// Version found in the file (`None` when `schema_version` is missing).
        found: Option<u32>,
        /// Version this build supports ([`crate::SCHEMA_VERSION`]).
        supported: u32,
    },
}

fn found_text(found: Option<u32>) -> String {
    match found {
        Some(v) => format!("schema version {v}"),
        None => "no schema_version field".to_string(),
    }
}

impl DataError {
    /// The relative path of the file the error is about.
    pub fn file(&self) -> &str {
        match self {
            DataError::NotFound { file }
            | DataError::Http { file, .. }
            | DataError::Network { file, .. }
            | DataError::Malformed { file, .. }
            | DataError::WrongType { file, .. }
            | DataError::UnsupportedSchema { file, .. }
            | DataError::Invalid { file, .. } => file,
        }
    }
}
