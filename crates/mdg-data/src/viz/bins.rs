//! Colour bins for the choropleth maps.
//!
//! Which colour a bin takes is [`super::ColourScale`]'s business (the better end always the
//! same colour); values with no data get no bin and are hatched.

/// Upper bounds of the bins: a value `v` falls in the first bin whose bound is ≥ `v` (the last
/// bin takes everything above). `bounds.len()` is the number of bins minus one.
#[derive(Debug, Clone, PartialEq)]
pub struct Bins {
    /// Thresholds between bins, increasing.
    pub bounds: Vec<f64>,
    /// Smallest value binned (the legend's lower end).
    pub min: f64,
    /// Largest value binned (the legend's upper end).
    pub max: f64,
}

impl Bins {
    /// The bin of `v` (0-based).
    pub fn bin(&self, v: f64) -> usize {
        self.bounds.iter().take_while(|b| v > **b).count()
    }

    /// Number of bins.
    pub fn len(&self) -> usize {
        self.bounds.len() + 1
    }

    /// Always false: there is at least one bin.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The (lower, upper) limits of bin `i`, for the legend.
    pub fn range(&self, i: usize) -> (f64, f64) {
        let lo = match i.checked_sub(1) {
            Some(j) => self.bounds.get(j).copied().unwrap_or(self.max),
            None => self.min,
        };
        let hi = self.bounds.get(i).copied().unwrap_or(self.max);
        (lo, hi)
    }
}

/// How a legend line names a bin's values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BinSpan {
    /// The lowest bin: every value up to this bound. Its own lowest value is that of every year
    /// of the indicator, not of the year shown, so it is left open.
    UpTo(f64),
    /// A bin between two bounds.
    Between(f64, f64),
    /// The highest bin: every value over this bound (open for the same reason).
    Over(f64),
}

impl Bins {
    /// The span of bin `i` as a legend names it: the end bins open-ended, so the legend does
    /// not suggest a year's values reach the extremes of all the years (a single bin keeps both
    /// ends).
    pub fn span(&self, i: usize) -> BinSpan {
        let (lo, hi) = self.range(i);
        let last = self.len() - 1;
        match i {
            _ if last == 0 => BinSpan::Between(lo, hi),
            0 => BinSpan::UpTo(hi),
            _ if i >= last => BinSpan::Over(lo),
            _ => BinSpan::Between(lo, hi),
        }
    }
}

/// Quantile bins (`count` of them, about equally many values each) over `values`, thresholds
/// rounded to two significant digits so the legend reads well. Computed once over every year of
/// an indicator so colours mean the same thing while the year changes. `None` without values.
pub fn quantile_bins(values: impl IntoIterator<Item = f64>, count: usize) -> Option<Bins> {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    if v.is_empty() || count == 0 {
        return None;
    }
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // The value at each quantile's rank, as a full sort would place it, found by selection in
    // linear time (an indicator has thousands of values, and the map recomputes this on a switch).
    let n = v.len();
    let mut done = 0;
    let mut bounds: Vec<f64> = Vec::with_capacity(count);
    for i in 1..count {
        let rank = (n * i / count).min(n - 1);
        if rank >= done {
            if let Some(rest) = v.get_mut(done..) {
                rest.select_nth_unstable_by(rank - done, f64::total_cmp);
            }
            done = rank;
        }
        bounds.extend(v.get(rank).copied());
    }
    let mut bounds: Vec<f64> = bounds
        .into_iter()
        .map(round2)
        .filter(|b| *b > min && *b < max)
        .collect();
    bounds.dedup();
    Some(Bins { bounds, min, max })
}

/// Rounds to two significant digits.
fn round2(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = 10f64.powf(x.abs().log10().floor() - 1.0);
    (x / mag).round() * mag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_end_bins_are_open() {
        let b = Bins {
            bounds: vec![5.0, 20.0, 90.0],
            min: 0.4,
            max: 489.3,
        };
        let spans: Vec<BinSpan> = (0..b.len()).map(|i| b.span(i)).collect();
        assert_eq!(
            spans,
            [
                BinSpan::UpTo(5.0),
                BinSpan::Between(5.0, 20.0),
                BinSpan::Between(20.0, 90.0),
                BinSpan::Over(90.0),
            ]
        );
        let one = Bins {
            bounds: vec![],
            min: 1.0,
            max: 2.0,
        };
        assert_eq!(one.span(0), BinSpan::Between(1.0, 2.0));
    }

    #[test]
    fn selection_gives_the_same_bounds_as_a_full_sort() {
        // Unsorted, with repeats: the bounds are those of the sorted values.
        let values: Vec<f64> = (0..1000)
            .map(|i| f64::from((i * 7919) % 1013) / 3.0)
            .collect();
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let b = quantile_bins(values, 5).unwrap();
        let expected: Vec<f64> = (1..5).map(|i| round2(sorted[1000 * i / 5])).collect();
        assert_eq!(b.bounds, expected);
        assert_eq!((b.min, b.max), (sorted[0], sorted[999]));
    }

    #[test]
    fn quantiles_split_the_values() {
        let b = quantile_bins((1..=100).map(f64::from), 5).unwrap();
        assert_eq!(b.bounds, vec![21.0, 41.0, 61.0, 81.0]);
        assert_eq!(b.len(), 5);
        assert_eq!(b.bin(1.0), 0);
        assert_eq!(b.bin(21.0), 0);
        assert_eq!(b.bin(21.5), 1);
        assert_eq!(b.bin(100.0), 4);
        assert_eq!(b.range(0), (1.0, 21.0));
        assert_eq!(b.range(4), (81.0, 100.0));
    }

    #[test]
    fn thresholds_are_rounded_and_distinct() {
        let b = quantile_bins([0.123, 0.5, 1234.0, 1299.0, 5678.0, 9999.0], 3).unwrap();
        assert_eq!(b.bounds, vec![1200.0, 5700.0]);
        // Many equal values collapse bins rather than repeating a threshold.
        let same = quantile_bins([5.0; 10], 5).unwrap();
        assert!(same.bounds.is_empty());
        assert_eq!(same.len(), 1);
        assert_eq!(same.bin(5.0), 0);
        assert!(quantile_bins([], 5).is_none());
        assert!(quantile_bins([f64::NAN], 5).is_none());
    }
}
