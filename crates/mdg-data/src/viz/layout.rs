//! The line chart's layout for the width it is shown at: its viewBox follows the rendered width
//! (up to [`WIDE`]), so 13-unit text stays 13 CSS px on a phone instead of shrinking with the
//! drawing; below [`NARROW_BELOW`] the legend moves under the plot.

/// The widest viewBox: wider screens scale the drawing up.
pub const WIDE: f64 = 800.0;
/// Below this rendered width the legend goes under the plot.
pub const NARROW_BELOW: f64 = 600.0;
/// The narrowest viewBox laid out (a smaller box scales the drawing down).
pub const NARROWEST: f64 = 280.0;
/// Average advance of a character of 16 px bold text (the title).
const TITLE_CHAR: f64 = 9.0;
/// Average advance of a character of 13 px text (unit, legend).
const TEXT_CHAR: f64 = 7.2;
/// Average advance of a character of 12 px text (notes, credit).
pub const SMALL_CHAR: f64 = 6.6;
/// Distance between wrapped lines of 13 px text.
const LINE: f64 = 15.0;

/// Where the chart's parts go across, for one width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartLayout {
    /// Width of the viewBox.
    pub width: f64,
    /// Whether the legend sits under the plot.
    pub narrow: bool,
    /// Left edge of the plot (the value ticks end left of it).
    pub left: f64,
    /// Right edge of the plot.
    pub right: f64,
    /// Where the title, unit and credit start.
    pub text_x: f64,
    /// Where the legend's swatches start.
    pub legend_x: f64,
    /// Characters per line of the title.
    pub title_chars: usize,
    /// Characters per line of the unit.
    pub unit_chars: usize,
    /// Characters per line of a legend label.
    pub legend_chars: usize,
    /// Characters per line of the credit.
    pub credit_chars: usize,
}

/// Where the chart's parts go down, once the wrapped lines are counted.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRows {
    /// Baseline of the title's first line.
    pub title: f64,
    /// Baseline of the unit's first line.
    pub unit: f64,
    /// Top of the plot.
    pub top: f64,
    /// Bottom of the plot.
    pub bottom: f64,
    /// Baseline of the year ticks.
    pub years: f64,
    /// Middle of each legend item's first line.
    pub legend: Vec<f64>,
    /// Baseline of the credit's first line.
    pub credit: f64,
    /// Height of the viewBox.
    pub height: f64,
}

/// Distance between the lines of the title.
pub const TITLE_LINE: f64 = 20.0;
/// Distance between the lines of the unit, a legend label and the credit.
pub const TEXT_LINE: f64 = LINE;

impl ChartLayout {
    /// The layout for a chart shown `rendered` CSS px wide (unknown or zero: the wide one).
    pub fn for_width(rendered: f64) -> Self {
        let width = if rendered.is_finite() && rendered > 0.0 {
            rendered.clamp(NARROWEST, WIDE).round()
        } else {
            WIDE
        };
        let narrow = width < NARROW_BELOW;
        let (left, right, text_x, legend_x) = if narrow {
            (52.0, width - 12.0, 8.0, 8.0)
        } else {
            (64.0, width - 190.0, 64.0, width - 176.0)
        };
        let chars = |from: f64, to: f64, per: f64| (((to - from) / per).floor() as usize).max(8);
        let legend_end = width - 8.0;
        ChartLayout {
            width,
            narrow,
            left,
            right,
            text_x,
            legend_x,
            title_chars: chars(text_x, width - 8.0, TITLE_CHAR),
            unit_chars: chars(text_x, width - 8.0, TEXT_CHAR),
            legend_chars: chars(legend_x + 28.0, legend_end, TEXT_CHAR),
            credit_chars: chars(text_x, width - 8.0, SMALL_CHAR),
        }
    }

    /// The rows for a title, unit and credit of so many lines and legend items of so many
    /// lines each.
    pub fn rows(&self, title: usize, unit: usize, legend: &[usize], credit: usize) -> ChartRows {
        let extra = |n: usize| n.max(1) as f64 - 1.0;
        let title_y = 22.0;
        // The unit's 13 px capitals clear the 16 px title's descenders (they touched at 12).
        let unit_y = title_y + TITLE_LINE * extra(title) + 16.0;
        // On a phone the value ticks start under the unit, so the top tick keeps clear of it.
        let top = unit_y + LINE * extra(unit) + if self.narrow { 16.0 } else { 6.0 };
        let bottom = top + if self.narrow { 240.0 } else { 340.0 };
        let years = bottom + 18.0;
        let mut next = if self.narrow { years + 26.0 } else { top + 8.0 };
        let legend: Vec<f64> = legend
            .iter()
            .map(|&lines| {
                let y = next;
                next += 22.0 + LINE * extra(lines);
                y
            })
            .collect();
        let below = if self.narrow { next } else { years };
        let credit_y = below + 18.0;
        ChartRows {
            title: title_y,
            unit: unit_y,
            top,
            bottom,
            years,
            legend,
            credit: credit_y,
            height: credit_y + LINE * extra(credit) + 4.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_keep_the_wide_drawing() {
        let l = ChartLayout::for_width(1200.0);
        assert_eq!(l.width, WIDE);
        assert!(!l.narrow);
        assert_eq!(ChartLayout::for_width(f64::NAN).width, WIDE);
        assert_eq!(ChartLayout::for_width(0.0).width, WIDE);
        // One title line, one unit line, one credit line: 800 × 424.
        let r = l.rows(1, 1, &[1, 1], 1);
        assert_eq!((r.top, r.bottom, r.height), (44.0, 384.0, 424.0));
        assert!(r.unit - r.title >= 16.0, "the unit clears the title");
    }

    #[test]
    fn a_phone_gets_its_own_width_and_the_legend_below() {
        let l = ChartLayout::for_width(328.0);
        assert_eq!(l.width, 328.0);
        assert!(l.narrow);
        assert!(l.right > l.left + 200.0);
        let r = l.rows(2, 1, &[1, 2], 3);
        assert!(r.legend[0] > r.years);
        assert_eq!(r.legend[1] - r.legend[0], 22.0);
        assert!(r.credit > r.legend[1] + TEXT_LINE);
        assert_eq!(r.height, r.credit + 2.0 * TEXT_LINE + 4.0);
        // Text wraps at the width: a 16 px title of ~35 characters a line.
        assert!((30..=36).contains(&l.title_chars), "{}", l.title_chars);
    }

    #[test]
    fn in_between_widths_draw_at_scale_one() {
        let l = ChartLayout::for_width(700.4);
        assert_eq!(l.width, 700.0);
        assert!(!l.narrow);
        assert_eq!(l.right, 510.0);
        assert_eq!(ChartLayout::for_width(100.0).width, NARROWEST);
    }

    #[test]
    fn a_longer_title_pushes_the_plot_down() {
        let l = ChartLayout::for_width(WIDE);
        assert_eq!(
            l.rows(2, 1, &[], 1).top - l.rows(1, 1, &[], 1).top,
            TITLE_LINE
        );
    }
}
