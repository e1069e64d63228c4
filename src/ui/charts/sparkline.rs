//! A small line of one series from 1990 to 2015, with its 2015 target and the "as of" year.

use leptos::prelude::*;

use crate::data::viz::{line_path, LinearScale};
use crate::data::{SeriesValues, FIRST_YEAR, LAST_YEAR};

const W: f64 = 160.0;
const H: f64 = 40.0;
const PAD: f64 = 4.0;

/// A sparkline (decorative: the card beside it states baseline, latest and target in text).
#[component]
pub fn Sparkline(
    /// The series' values.
    values: SeriesValues,
    /// The 2015 target value, drawn as a ring at 2015.
    target: Option<f64>,
    /// The "as of" year, drawn as a vertical rule; values after it are faded.
    #[prop(into)]
    as_of: Signal<u16>,
) -> impl IntoView {
    let points: Vec<(u16, f64)> = values.points().collect();
    let (lo, hi) = points
        .iter()
        .map(|p| p.1)
        .chain(target)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let x = LinearScale::new(
        (f64::from(FIRST_YEAR), f64::from(LAST_YEAR)),
        (PAD, W - PAD),
    );
    let y = LinearScale::new((lo, hi), (H - PAD, PAD));
    let series: Vec<Option<(f64, f64)>> = (values.start..=values.end())
        .map(|yr| values.get(yr).map(|v| (x.map(f64::from(yr)), y.map(v))))
        .collect();
    let d = line_path(&series);
    let dots = points
        .iter()
        .map(|(yr, v)| {
            let yr = *yr;
            view! {
                <circle
                    cx=format!("{:.1}", x.map(f64::from(yr)))
                    cy=format!("{:.1}", y.map(*v))
                    r="1.6"
                    class=move || if yr <= as_of.get() { "spark-dot" } else { "spark-dot later" }
                />
            }
        })
        .collect_view();
    let target_mark = target.map(|t| {
        view! {
            <circle class="spark-target" cx=format!("{:.1}", x.map(f64::from(LAST_YEAR))) cy=format!("{:.1}", y.map(t)) r="3" />
        }
    });
    let rule_x = move || format!("{:.1}", x.map(f64::from(as_of.get())));
    view! {
        <svg class="sparkline" viewBox=format!("0 0 {W} {H}") aria-hidden="true" focusable="false">
            <line class="spark-asof" x1=rule_x y1="0" x2=rule_x y2=H.to_string() />
            <path class="spark-line" d=d />
            {dots}
            {target_mark}
        </svg>
    }
}
