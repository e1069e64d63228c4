//! Where a chart puts a point's label so it does not sit on the lines.

/// Height of a label's box, in chart pixels (12 px text and its halo).
const LABEL_HEIGHT: f64 = 18.0;

/// Gap between a point and its label, in chart pixels.
const LABEL_GAP: f64 = 6.0;

/// Whether the label of the point at screen height `y`, spanning `x0..=x1` across, goes below
/// the point rather than above it (screen coordinates: y grows downwards). Above is the default.
/// The side with fewer `data` points in the label's box wins, so a label never hides the data
/// where it can help it; on a tie, the side with fewer `guide` points (target and trend paths).
pub fn label_below(data: &[(f64, f64)], guides: &[(f64, f64)], x0: f64, x1: f64, y: f64) -> bool {
    let count = |points: &[(f64, f64)]| {
        let (mut above, mut below) = (0usize, 0usize);
        for &(_, py) in points.iter().filter(|p| (x0..=x1).contains(&p.0)) {
            if (y - LABEL_GAP - LABEL_HEIGHT..=y - LABEL_GAP).contains(&py) {
                above += 1;
            } else if (y + LABEL_GAP..=y + LABEL_GAP + LABEL_HEIGHT).contains(&py) {
                below += 1;
            }
        }
        (above, below)
    };
    let ((data_above, data_below), (guides_above, guides_below)) = (count(data), count(guides));
    (data_above, guides_above) > (data_below, guides_below)
}

/// Screen height of a label's text baseline for a point at `y`, above or below it.
pub fn label_baseline(y: f64, below: bool) -> f64 {
    if below {
        y + LABEL_GAP + LABEL_HEIGHT - 4.0
    } else {
        y - LABEL_GAP - 4.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn above_unless_the_line_runs_through_the_box_above() {
        // A line rising to the right of the point, through where the label would be.
        let rising = [
            (100.0, 200.0),
            (130.0, 190.0),
            (160.0, 185.0),
            (190.0, 180.0),
        ];
        assert!(label_below(&rising, &[], 108.0, 250.0, 200.0));
        // Falling away below the point: the label stays above.
        let falling = [(100.0, 200.0), (130.0, 210.0), (160.0, 215.0)];
        assert!(!label_below(&falling, &[], 108.0, 250.0, 200.0));
        // Points outside the label's width do not count.
        assert!(!label_below(&rising, &[], 300.0, 400.0, 200.0));
        // Nothing around: above.
        assert!(!label_below(&[], &[], 0.0, 100.0, 50.0));
    }

    #[test]
    fn data_outweighs_guides() {
        let data_above = [(120.0, 185.0), (150.0, 188.0)];
        let guides_below = [(120.0, 210.0), (140.0, 212.0), (160.0, 215.0)];
        // The data line is above: the label goes below, over the guide only.
        assert!(label_below(&data_above, &guides_below, 100.0, 200.0, 200.0));
        // No data either side: the guides decide.
        assert!(!label_below(&[], &guides_below, 100.0, 200.0, 200.0));
        let guides_above = [(120.0, 185.0)];
        assert!(label_below(&[], &guides_above, 100.0, 200.0, 200.0));
    }

    #[test]
    fn crowded_on_both_sides_keeps_the_side_with_fewer_points() {
        let both = [(110.0, 185.0), (120.0, 212.0), (130.0, 215.0)];
        assert!(!label_below(&both, &[], 100.0, 200.0, 200.0));
    }

    #[test]
    fn baseline_sits_outside_the_point() {
        assert!(label_baseline(200.0, false) < 200.0);
        assert!(label_baseline(200.0, true) > 200.0 + LABEL_GAP);
    }
}
