//! Reading CSV files with errors that name file and line.

use std::path::{Path, PathBuf};

use crate::error::{GenError, Result};

/// A CSV file read into memory: header and records with their line numbers.
pub struct Table {
    /// The file, for messages.
    pub path: PathBuf,
    headers: Vec<String>,
    /// (1-based line, record).
    pub rows: Vec<(u64, csv::StringRecord)>,
}

impl Table {
    /// Reads a CSV file with a header row (a UTF-8 BOM is ignored).
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| GenError::io(path, &e))?;
        Self::parse(path, &text)
    }

    /// Parses CSV text (used by `read` and by tests).
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| csv_error(path, &e))?
            .iter()
            .map(str::to_string)
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(path, &e))?;
            let line = record.position().map_or(0, csv::Position::line);
            rows.push((line, record));
        }
        Ok(Self {
            path: path.to_path_buf(),
            headers,
            rows,
        })
    }

    /// Index of a required column.
    pub fn col(&self, name: &str) -> Result<usize> {
        self.headers.iter().position(|h| h == name).ok_or_else(|| {
            GenError::at(
                &self.path,
                1,
                format!("missing column {name:?} (found {:?})", self.headers),
            )
        })
    }

    /// An error at a line of this file.
    pub fn err(&self, line: u64, detail: impl Into<String>) -> GenError {
        GenError::at(&self.path, line, detail)
    }
}

fn csv_error(path: &Path, e: &csv::Error) -> GenError {
    let line = e.position().map_or(0, csv::Position::line);
    GenError::at(path, line, format!("CSV error: {e}"))
}

/// Parses a year; errors name file and line.
pub fn parse_year(t: &Table, line: u64, s: &str) -> Result<u16> {
    s.trim()
        .parse::<u16>()
        .map_err(|_| t.err(line, format!("year {s:?} is not a whole number")))
}

/// Parses a value cell: empty means missing (`None`); anything else must be a finite number.
pub fn parse_value(t: &Table, line: u64, s: &str) -> Result<Option<f64>> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        Ok(_) => Err(t.err(line, format!("value {s:?} is not finite"))),
        Err(_) => Err(t.err(line, format!("value {s:?} is not a number"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_and_line_numbers() {
        let t = Table::parse(
            Path::new("x.csv"),
            "\u{feff}Country Name,Country Code,Year,Value\n\"Korea, Rep.\",KOR,1990,1.5\nWorld,WLD,1991,\n",
        )
        .unwrap();
        assert_eq!(t.col("Country Code").unwrap(), 1);
        assert_eq!(t.rows[0].0, 2);
        assert_eq!(&t.rows[0].1[0], "Korea, Rep.");
        assert_eq!(parse_value(&t, 3, &t.rows[1].1[3]).unwrap(), None);
        let e = t.col("Nope").unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn bad_values_name_the_line() {
        let t = Table::parse(Path::new("x.csv"), "a\n1\n").unwrap();
        let e = parse_value(&t, 7, "1,5").unwrap_err();
        assert_eq!(e.to_string(), "x.csv:7: value \"1,5\" is not a number");
        assert!(parse_value(&t, 7, "NaN").is_err());
        assert!(parse_value(&t, 7, "inf").is_err());
        assert!(parse_year(&t, 7, "1990.5").is_err());
    }
}
