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

/// [`format_value`] written for a language, as `Intl.NumberFormat` writes it: French groups
/// thousands with a narrow no-break space and uses a decimal comma ("1 234", "101,4"); Spanish
/// uses a decimal comma and groups from five digits with a point ("1234", "12.345", "99,5");
/// English keeps the plain form ("1234", "101.4"), like the CSV export.
pub fn format_number(v: f64, lang: &str) -> String {
    localize(format_value(v), lang)
}

/// A small rate, such as a ratio's change per year (0.0041), with three significant digits
/// where [`format_number`]'s two decimals would write "0"; larger values as it writes them.
pub fn format_rate(v: f64, lang: &str) -> String {
    if v == 0.0 || !v.is_finite() || v.abs() >= 0.1 {
        return format_number(v, lang);
    }
    let decimals = (2 - v.abs().log10().floor() as i32).clamp(2, 9) as usize;
    let s = format!("{v:.decimals$}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    localize(s.to_owned(), lang)
}

/// A plain number written as `lang` writes it (see [`format_number`]).
fn localize(plain: String, lang: &str) -> String {
    let (group, min_digits) = match lang.get(..2) {
        Some("fr") => ('\u{202f}', 4),
        Some("es") => ('.', 5),
        _ => return plain,
    };
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain.as_str()),
    };
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let mut grouped = String::with_capacity(int.len() + 4);
    if int.len() >= min_digits {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
    } else {
        grouped.push_str(int);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
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

#[cfg(test)]
mod number_tests {
    use super::format_number;

    #[test]
    fn small_rates_keep_three_significant_digits() {
        use super::format_rate;
        assert_eq!(format_rate(0.004_123, "en"), "0.00412");
        assert_eq!(format_rate(-0.0132, "fr"), "-0,0132");
        assert_eq!(format_rate(-2.5, "es"), "-2,5");
        assert_eq!(format_rate(0.0, "en"), "0");
    }

    #[test]
    fn numbers_follow_the_language() {
        // From 1000 on, values are written without decimals (see `format_value`).
        assert_eq!(format_number(1234.0, "fr"), "1\u{202f}234");
        assert_eq!(format_number(101.4, "fr"), "101,4");
        assert_eq!(format_number(-0.75, "fr"), "-0,75");
        assert_eq!(format_number(1234.0, "es"), "1234");
        assert_eq!(format_number(999.5, "es"), "999,5");
        assert_eq!(format_number(12345.0, "es"), "12.345");
        assert_eq!(format_number(1_234_567.0, "fr"), "1\u{202f}234\u{202f}567");
        assert_eq!(format_number(101.4, "en"), "101.4");
        assert_eq!(format_number(f64::NAN, "fr"), "");
    }
}
