//! A bar chart's one scale from zero, shared by bars that sit in separate panels.

use super::nice_ticks;

/// Round ticks from zero past the largest value, and each value's length as a share of the last
/// tick: bars drawn with [`BarScale::percent`] on tracks of one width stay comparable.
#[derive(Debug, Clone, PartialEq)]
pub struct BarScale {
    ticks: Vec<f64>,
}

impl BarScale {
    /// The scale for `values` with about `count` steps; negative or non-finite values are left out.
    pub fn new(values: impl IntoIterator<Item = f64>, count: usize) -> Self {
        let max = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        BarScale {
            ticks: nice_ticks(0.0, max, count),
        }
    }

    /// The tick values, from 0 to the scale's end.
    pub fn ticks(&self) -> &[f64] {
        &self.ticks
    }

    /// Where `v` falls along the scale, in percent of its length (0–100).
    pub fn percent(&self, v: f64) -> f64 {
        match self.ticks.last() {
            Some(&end) if end > 0.0 && v.is_finite() => (v / end * 100.0).clamp(0.0, 100.0),
            _ => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_financing_figures_on_one_scale() {
        let s = BarScale::new([50.0, 12.0, 40.0], 5);
        assert_eq!(s.ticks(), [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
        let widths: Vec<f64> = [50.0, 12.0, 40.0].map(|v| s.percent(v)).to_vec();
        assert_eq!(widths, [100.0, 24.0, 80.0]);
    }

    #[test]
    fn the_scale_ends_past_the_largest_value() {
        let s = BarScale::new([7.0, 23.0], 5);
        assert_eq!(s.ticks(), [0.0, 5.0, 10.0, 15.0, 20.0, 25.0]);
        assert!((s.percent(23.0) - 92.0).abs() < 1e-9);
        assert_eq!(s.percent(30.0), 100.0);
        assert_eq!(s.percent(-1.0), 0.0);
    }

    #[test]
    fn no_values_no_lengths() {
        let s = BarScale::new([], 5);
        assert_eq!(s.ticks().first(), Some(&0.0));
        assert_eq!(s.percent(f64::NAN), 0.0);
        assert_eq!(
            BarScale::new([f64::NAN, -3.0], 5).percent(1.0),
            s.percent(1.0)
        );
    }
}
