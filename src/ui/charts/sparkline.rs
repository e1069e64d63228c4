//! A small line of one series from 1990 to 2015, with its 2015 target and the "as of" year.
//!
//! The "as of" rule and the fading of later values follow one style rule, [`as_of_css`], that the
//! page applies with [`crate::ui::sheet::use_style_rules`]. Moving the year rewrites that rule: no
//! sparkline element is touched (a profile has about 40 of them, with 600 dots), and the browser
//! restyles only the elements the rule selects — unlike an inherited custom property, which
//! restyles the whole tree. The rule moves a second, small SVG laid over the line, so the browser
//! re-lays out that drawing only.

use leptos::prelude::*;

use crate::data::viz::{line_path, LinearScale};
use crate::data::{SeriesValues, FIRST_YEAR, LAST_YEAR};

const W: f64 = 160.0;
const H: f64 = 40.0;
const PAD: f64 = 4.0;

/// The horizontal scale every sparkline shares: years to user units.
fn x_scale() -> LinearScale {
    LinearScale::new(
        (f64::from(FIRST_YEAR), f64::from(LAST_YEAR)),
        (PAD, W - PAD),
    )
}

/// The style sheet that makes every sparkline on the page show `year` as "as of".
pub fn as_of_css(year: u16) -> String {
    format!(
        "svg.sparkline .spark-after{{transform:translateX({:.1}px)}}",
        x_scale().map(f64::from(year))
    )
}

/// A sparkline (decorative: the card beside it states baseline, latest and target in text).
/// The page sets the "as of" year with [`as_of_css`].
#[component]
pub fn Sparkline(
    /// The series' values.
    values: SeriesValues,
    /// The 2015 target value, drawn as a ring at 2015.
    target: Option<f64>,
) -> impl IntoView {
    let points: Vec<(u16, f64)> = values.points().collect();
    let (lo, hi) = points
        .iter()
        .map(|p| p.1)
        .chain(target)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let x = x_scale();
    let y = LinearScale::new((lo, hi), (H - PAD, PAD));
    let series: Vec<Option<(f64, f64)>> = (values.start..=values.end())
        .map(|yr| values.get(yr).map(|v| (x.map(f64::from(yr)), y.map(v))))
        .collect();
    let d = line_path(&series);
    let dots = points
        .iter()
        .map(|(yr, v)| {
            view! {
                <circle
                    class="spark-dot"
                    cx=format!("{:.1}", x.map(f64::from(*yr)))
                    cy=format!("{:.1}", y.map(*v))
                    r="1.6"
                />
            }
        })
        .collect_view();
    let target_mark = target.map(|t| {
        view! {
            <circle
                class="spark-target"
                cx=format!("{:.1}", x.map(f64::from(LAST_YEAR)))
                cy=format!("{:.1}", y.map(t))
                r="3"
            />
        }
    });
    // Everything right of the rule is veiled, so values after the "as of" year look faded; the
    // inner <svg> clips the veil to the chart. The veil, the rule and the target ring (drawn
    // over the veil) are a second SVG laid over the line: moving the rule then re-lays out that
    // small drawing only, not the line's dots, which in Chromium took ~0.1 ms a sparkline.
    let view_box = format!("0 0 {W} {H}");
    view! {
        <div class="sparkline-box">
            <svg class="sparkline" viewBox=view_box.clone() aria-hidden="true" focusable="false">
                <path class="spark-line" d=d />
                {dots}
            </svg>
            <svg class="sparkline spark-over" viewBox=view_box aria-hidden="true" focusable="false">
                <svg width=W.to_string() height=H.to_string()>
                    <g class="spark-after">
                        <rect
                            class="spark-veil"
                            x="0"
                            y="0"
                            width=W.to_string()
                            height=H.to_string()
                        />
                        <line class="spark-asof" x1="0" y1="0" x2="0" y2=H.to_string() />
                    </g>
                </svg>
                {target_mark}
            </svg>
        </div>
    }
}
