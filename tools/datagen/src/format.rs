//! Fixed number formatting for bundled values and map coordinates.

/// Rounds a value for the bundle: 4 significant digits below 1000 (at most 6 decimals),
/// whole numbers from 1000 up. The result prints as the shortest decimal (e.g. `165.1`,
/// `0.9877`, `23145`), so the output is byte-stable. `-0` becomes `0`.
pub fn round_value(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return if v.is_finite() { 0.0 } else { v };
    }
    let a = v.abs();
    if a >= 1000.0 {
        return v.round();
    }
    // Truncation is intended: the decade of a finite non-zero value below 1000 is small.
    let decade = a.log10().floor() as i32;
    let decimals = (3 - decade).clamp(0, 6);
    let f = 10f64.powi(decimals);
    let r = (v * f).round() / f;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Formats a coordinate given in tenths of a unit (e.g. 123 → `12.3`, -5 → `-.5`, 40 → `4`),
/// the compact form SVG path data accepts.
pub fn tenths(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    let (int, frac) = (a / 10, a % 10);
    match (int, frac) {
        (0, 0) => "0".to_string(),
        (_, 0) => format!("{sign}{int}"),
        (0, _) => format!("{sign}.{frac}"),
        _ => format!("{sign}{int}.{frac}"),
    }
}

/// Rounds a map coordinate to one decimal (tenths), as an integer count of tenths.
pub fn to_tenths(v: f64) -> i64 {
    // Map coordinates are within a few thousand units: no overflow.
    (v * 10.0).round() as i64
}

/// A coordinate rounded to one decimal, as a number (for label anchors and dots).
pub fn round_coord(v: f64) -> f64 {
    let t = to_tenths(v);
    let r = t as f64 / 10.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(v: f64) -> String {
        serde_json::to_string(&round_value(v)).unwrap()
    }

    #[test]
    fn four_significant_digits_below_1000() {
        assert_eq!(json(165.106_870_393_413), "165.1");
        assert_eq!(json(45.678_9), "45.68");
        assert_eq!(json(9.876_54), "9.877");
        assert_eq!(json(0.987_65), "0.9877");
        assert_eq!(json(0.012_345_6), "0.01235");
        assert_eq!(json(0.000_012_345), "0.000012");
        assert_eq!(json(0.1 + 0.2), "0.3");
        assert_eq!(json(-4.567_89), "-4.568");
    }

    #[test]
    fn whole_numbers_from_1000() {
        assert_eq!(json(1234.56), "1235.0");
        assert_eq!(round_value(5_432_123.7), 5_432_124.0);
        assert_eq!(round_value(999.96), 1000.0);
    }

    #[test]
    fn zero_and_negative_zero() {
        assert_eq!(round_value(0.0), 0.0);
        assert!(round_value(-0.0).is_sign_positive());
        assert!(round_value(-0.000_000_1).is_sign_positive());
    }

    #[test]
    fn tenths_formatting() {
        assert_eq!(tenths(123), "12.3");
        assert_eq!(tenths(-5), "-.5");
        assert_eq!(tenths(5), ".5");
        assert_eq!(tenths(40), "4");
        assert_eq!(tenths(-40), "-4");
        assert_eq!(tenths(0), "0");
        assert_eq!(to_tenths(12.349), 123);
        assert_eq!(to_tenths(-0.04), 0);
        assert_eq!(round_coord(512.3456), 512.3);
    }
}
