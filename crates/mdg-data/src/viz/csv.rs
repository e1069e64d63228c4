//! Number formatting shared by tables and CSV, and CSV writing.

/// A value as shown in tables and written to CSV: at most two decimals, trailing zeros dropped,
/// no thousands separator (so the table and the CSV hold the same text).
pub fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let decimals = if v.abs() >= 1000.0 { 0 } else { 2 };
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// RFC 4180 CSV: a header line and one line per row, CRLF line ends; fields with a comma, quote
/// or line break are quoted, quotes doubled.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let mut line = |fields: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for f in fields {
            if !first {
                out.push(',');
            }
            first = false;
            if f.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&f.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(f);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for r in rows {
        line(&mut r.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert_eq!(format_value(12.0), "12");
        assert_eq!(format_value(12.345), "12.35");
        assert_eq!(format_value(0.1), "0.1");
        assert_eq!(format_value(-0.001), "0");
        assert_eq!(format_value(1234.56), "1235");
        assert_eq!(format_value(f64::NAN), "");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let csv = to_csv(
            &["country", "year", "value"],
            &[
                vec!["Kenya".into(), "1990".into(), "102.5".into()],
                vec!["Korea, Rep.".into(), "1991".into(), "say \"hi\"".into()],
            ],
        );
        assert_eq!(
            csv,
            "country,year,value\r\nKenya,1990,102.5\r\n\"Korea, Rep.\",1991,\"say \"\"hi\"\"\"\r\n"
        );
    }
}
