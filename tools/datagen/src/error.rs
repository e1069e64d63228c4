//! The converter's error: always names the file (and the line when there is one).

use std::fmt;
use std::path::Path;

/// Something the converter does not understand or cannot do. It stops the run; nothing is
/// written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenError {
    /// The file concerned (raw input, config or output).
    pub file: String,
    /// 1-based line in that file, when known.
    pub line: Option<u64>,
    /// What is wrong.
    pub detail: String,
}

impl GenError {
    /// An error about a whole file.
    pub fn file(file: impl AsRef<Path>, detail: impl Into<String>) -> Self {
        Self {
            file: file.as_ref().display().to_string(),
            line: None,
            detail: detail.into(),
        }
    }

    /// An error at a line of a file.
    pub fn at(file: impl AsRef<Path>, line: u64, detail: impl Into<String>) -> Self {
        Self {
            file: file.as_ref().display().to_string(),
            line: Some(line),
            detail: detail.into(),
        }
    }

    /// An I/O error on a file.
    pub fn io(file: impl AsRef<Path>, e: &std::io::Error) -> Self {
        Self::file(file, format!("I/O error: {e}"))
    }

    /// A JSON error in a file, with its line.
    pub fn json(file: impl AsRef<Path>, e: &serde_json::Error) -> Self {
        Self::at(file, e.line() as u64, format!("JSON error: {e}"))
    }
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.detail),
            None => write!(f, "{}: {}", self.file, self.detail),
        }
    }
}

impl std::error::Error for GenError {}

/// Result of a converter step.
pub type Result<T> = std::result::Result<T, GenError>;
