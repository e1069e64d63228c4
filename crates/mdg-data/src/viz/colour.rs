//! One colour logic for every choropleth and the progress grid: the palette runs from the worse
//! end to the better one, whatever way an indicator's values go, so a colour means the same on
//! every map (issue 17: yellow meant "bad" on the share map and "good" on the mortality map).
//!
//! The app paints palette step `s` with the CSS class `bin-<s>`: step 0 is the worse end, step
//! [`PALETTE_STEPS`]` - 1` the better end. For an indicator where lower is better (mortality) the
//! lowest values take the last step; where higher is better (enrolment) the highest do.

use super::{BinSpan, Bins};
use crate::Direction;

/// Number of colours in the palette (`bin-0` … `bin-4`).
pub const PALETTE_STEPS: usize = 5;

/// Which end of the scale a legend step is, when the indicator has a better direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The worse end (palette step 0).
    Worse,
    /// The better end (the last palette step).
    Better,
}

/// One line of a legend: a palette step and the values it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LegendStep {
    /// Palette step (`bin-<step>`).
    pub step: u8,
    /// Lowest value of the bin.
    pub lo: f64,
    /// Highest value of the bin.
    pub hi: f64,
    /// How the legend names it (the end bins open-ended).
    pub span: BinSpan,
    /// Set on the first and last lines when one end is better.
    pub end: Option<End>,
}

/// Value bins painted so the better end always takes the same colour.
#[derive(Debug, Clone, PartialEq)]
pub struct ColourScale {
    /// The bins, by increasing value.
    pub bins: Bins,
    /// Which way is better.
    pub direction: Direction,
}

impl ColourScale {
    /// The scale of the share of indicators met or on track: five equal bins (0–20 %, …
    /// 80–100 %), higher is better. A bin includes its upper bound, as its legend says.
    pub fn share() -> Self {
        Self {
            bins: Bins {
                bounds: vec![0.2, 0.4, 0.6, 0.8],
                min: 0.0,
                max: 1.0,
            },
            direction: Direction::HigherIsBetter,
        }
    }

    /// The palette step of value `v`.
    pub fn step(&self, v: f64) -> u8 {
        self.step_of_bin(self.bins.bin(v))
    }

    /// The palette step of bin `i` (bins by increasing value): its rank from the worse end,
    /// spread over the palette so the worse and better bins always take its two ends, however
    /// many bins there are. A neutral indicator goes from its lowest values up.
    pub fn step_of_bin(&self, i: usize) -> u8 {
        let n = self.bins.len();
        let i = i.min(n - 1);
        let rank = match self.direction {
            Direction::LowerIsBetter => n - 1 - i,
            Direction::HigherIsBetter | Direction::Neutral => i,
        };
        spread(rank, n)
    }

    /// The legend, one line per bin: the worse end first and the better end last (a neutral
    /// indicator: lowest values first, no end marked), so every legend reads the same way.
    pub fn legend(&self) -> Vec<LegendStep> {
        let n = self.bins.len();
        let mut lines: Vec<LegendStep> = (0..n)
            .map(|i| {
                let (lo, hi) = self.bins.range(i);
                LegendStep {
                    step: self.step_of_bin(i),
                    lo,
                    hi,
                    span: self.bins.span(i),
                    end: None,
                }
            })
            .collect();
        lines.sort_by_key(|l| l.step);
        if self.direction != Direction::Neutral && n > 1 {
            if let Some(first) = lines.first_mut() {
                first.end = Some(End::Worse);
            }
            if let Some(last) = lines.last_mut() {
                last.end = Some(End::Better);
            }
        }
        lines
    }
}

/// Rank `rank` of `n` spread over the palette: the first rank takes step 0, the last rank the
/// last step, the others evenly between (a single bin takes the middle step).
fn spread(rank: usize, n: usize) -> u8 {
    let last = PALETTE_STEPS - 1;
    let step = if n <= 1 {
        last / 2
    } else {
        (rank * last + (n - 1) / 2) / (n - 1)
    };
    // At most PALETTE_STEPS - 1: a handful.
    u8::try_from(step.min(last)).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(bounds: &[f64], direction: Direction) -> ColourScale {
        ColourScale {
            bins: Bins {
                bounds: bounds.to_vec(),
                min: 0.0,
                max: 100.0,
            },
            direction,
        }
    }

    #[test]
    fn the_better_end_takes_the_same_colour_whatever_the_direction() {
        // Mortality: low is better, so the lowest values take the last step.
        let mortality = scale(&[10.0, 20.0, 40.0, 90.0], Direction::LowerIsBetter);
        assert_eq!(mortality.step(2.0), 4);
        assert_eq!(mortality.step(15.0), 3);
        assert_eq!(mortality.step(30.0), 2);
        assert_eq!(mortality.step(200.0), 0);
        // Enrolment: high is better, so the highest values take it.
        let enrolment = scale(&[80.0, 90.0, 94.0, 97.0], Direction::HigherIsBetter);
        assert_eq!(enrolment.step(99.0), 4);
        assert_eq!(enrolment.step(50.0), 0);
        // Neutral: by value.
        let oda = scale(&[1.0, 2.0, 3.0, 4.0], Direction::Neutral);
        assert_eq!(oda.step(0.5), 0);
        assert_eq!(oda.step(9.0), 4);
    }

    #[test]
    fn fewer_bins_still_span_the_palette() {
        let three = scale(&[10.0, 20.0], Direction::HigherIsBetter);
        assert_eq!([0, 1, 2].map(|i| three.step_of_bin(i)), [0, 2, 4]);
        let four = scale(&[10.0, 20.0, 30.0], Direction::LowerIsBetter);
        assert_eq!([0, 1, 2, 3].map(|i| four.step_of_bin(i)), [4, 3, 1, 0]);
        let two = scale(&[10.0], Direction::LowerIsBetter);
        assert_eq!([0, 1].map(|i| two.step_of_bin(i)), [4, 0]);
        // One bin: no better end to show, the middle colour.
        let one = scale(&[], Direction::HigherIsBetter);
        assert_eq!(one.step(5.0), 2);
        assert_eq!(one.legend()[0].end, None);
        // A bin past the last one is the last one.
        assert_eq!(three.step_of_bin(9), 4);
    }

    #[test]
    fn legends_run_from_worse_to_better() {
        let mortality = scale(&[10.0, 20.0, 40.0, 90.0], Direction::LowerIsBetter);
        let legend = mortality.legend();
        assert_eq!(
            legend
                .iter()
                .map(|l| (l.step, l.lo, l.hi))
                .collect::<Vec<_>>(),
            [
                (0, 90.0, 100.0),
                (1, 40.0, 90.0),
                (2, 20.0, 40.0),
                (3, 10.0, 20.0),
                (4, 0.0, 10.0)
            ]
        );
        assert_eq!(legend[0].end, Some(End::Worse));
        assert_eq!(legend[4].end, Some(End::Better));
        assert!(legend[1..4].iter().all(|l| l.end.is_none()));
        let enrolment = scale(&[80.0, 90.0, 94.0, 97.0], Direction::HigherIsBetter);
        let legend = enrolment.legend();
        assert_eq!((legend[0].lo, legend[0].hi), (0.0, 80.0));
        assert_eq!((legend[4].end, legend[4].hi), (Some(End::Better), 100.0));
        let oda = scale(&[1.0], Direction::Neutral);
        assert!(oda.legend().iter().all(|l| l.end.is_none()));
        assert_eq!(oda.legend()[0].hi, 1.0);
    }

    #[test]
    fn the_share_scale() {
        let s = ColourScale::share();
        assert_eq!(s.step(0.0), 0);
        assert_eq!(s.step(0.2), 0);
        assert_eq!(s.step(0.21), 1);
        assert_eq!(s.step(0.5), 2);
        assert_eq!(s.step(0.6), 2);
        assert_eq!(s.step(0.8), 3);
        assert_eq!(s.step(1.0), 4);
        assert_eq!(s.step(7.0), 4);
        let legend = s.legend();
        assert_eq!(legend.len(), 5);
        assert_eq!((legend[1].lo, legend[1].hi), (0.2, 0.4));
        assert_eq!(legend[4].end, Some(End::Better));
    }
}
