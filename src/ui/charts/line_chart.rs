//! The indicator chart: lines per country or aggregate, the 2015 target, the required path from
//! the baseline, the projected trend (dashed) and baseline / latest annotations.

use leptos::prelude::*;

use crate::data::text::wrap_words;
use crate::data::viz::{
    label_baseline, label_below, line_path, nice_ticks, split_as_of, LinearScale,
};
use crate::data::{FIRST_YEAR, LAST_YEAR};
use crate::ui::number::number;

/// Width of the chart's viewBox.
pub const WIDTH: f64 = 800.0;
/// Height of the chart's viewBox.
pub const HEIGHT: f64 = 420.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 190.0;
/// Characters per line of a legend label (the legend column is `RIGHT` wide).
const LEGEND_CHARS: usize = 22;
/// Distance between the lines of a wrapped legend label.
const LEGEND_LINE: f64 = 15.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 40.0;

/// Line colours (Okabe–Ito, colour-blind-safe), the first for the main country.
pub const LINE_COLOURS: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
];

const INK: &str = "#1a1a1a";
const MUTED: &str = "#444444";
const GRID: &str = "#c8c8c8";

/// One line of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLine {
    /// Legend label (country or aggregate name).
    pub label: String,
    /// (year, value), in year order; missing years are absent (drawn as gaps).
    pub points: Vec<(u16, f64)>,
}

/// A labelled point on the chart (baseline, latest, target).
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Year.
    pub year: u16,
    /// Value.
    pub value: f64,
    /// Text drawn beside the point.
    pub text: String,
}

/// Everything the chart draws.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartModel {
    /// Title drawn in the SVG (so an exported file says what it is).
    pub title: String,
    /// Unit, drawn above the y axis.
    pub unit: String,
    /// Lines: the main one first, then the compared ones.
    pub lines: Vec<ChartLine>,
    /// The required path from the baseline to the 2015 target.
    pub required: Vec<(u16, f64)>,
    /// The trend projected from the latest value to 2015.
    pub projected: Vec<(u16, f64)>,
    /// Baseline, latest and target annotations for the main line.
    pub annotations: Vec<Annotation>,
    /// The "as of" year (vertical rule).
    pub as_of: u16,
    /// Legend text for the required path and projection.
    pub required_label: String,
    /// Legend text for the projection.
    pub projected_label: String,
    /// Source line drawn under the chart.
    pub source: String,
}

/// The chart as an SVG with `id` (for export), `role="img"` and a text alternative; the
/// table tab holds the same numbers.
#[component]
pub fn LineChart(
    /// The element id (export looks it up).
    id: &'static str,
    /// What to draw.
    #[prop(into)]
    model: Signal<ChartModel>,
    /// Short text alternative.
    #[prop(into)]
    description: Signal<String>,
) -> impl IntoView {
    let body = move || model.with(draw).into_any();
    view! {
        <svg
            id=id
            class="line-chart"
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            role="img"
            aria-label=move || description.get()
        >
            // Presentation attributes rather than CSS, so an exported file draws the same anywhere.
            <rect width=WIDTH.to_string() height=HEIGHT.to_string() fill="#ffffff" />
            <g
                fill=INK
                font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
                font-size="13"
            >
                {body}
            </g>
        </svg>
    }
}

/// `v` with one decimal, as every coordinate is written.
fn f1(v: f64) -> String {
    format!("{v:.1}")
}

/// The chart's scales: years across, values up, over the plot area.
#[derive(Clone, Copy)]
struct Plot {
    x: LinearScale,
    y: LinearScale,
}

impl Plot {
    /// Scales for a value axis from the first to the last tick.
    fn new(ticks: &[f64], lo: f64, hi: f64) -> Self {
        let (d0, d1) = (
            ticks.first().copied().unwrap_or(lo),
            ticks.last().copied().unwrap_or(hi),
        );
        Plot {
            x: LinearScale::new(
                (f64::from(FIRST_YEAR), f64::from(LAST_YEAR)),
                (LEFT, WIDTH - RIGHT),
            ),
            y: LinearScale::new((d0, d1), (HEIGHT - BOTTOM, TOP)),
        }
    }

    /// The horizontal position of a year.
    fn px(self, yr: u16) -> f64 {
        self.x.map(f64::from(yr))
    }

    /// The position of a point.
    fn at(self, (yr, v): (u16, f64)) -> (f64, f64) {
        (self.px(yr), self.y.map(v))
    }

    /// An SVG path through the points, broken where a year or more is missing.
    fn path(self, pts: &[(u16, f64)]) -> String {
        let mut out: Vec<Option<(f64, f64)>> = Vec::new();
        let mut prev: Option<u16> = None;
        for &(yr, v) in pts {
            if prev.is_some_and(|p| yr > p + 1) {
                out.push(None);
            }
            out.push(Some(self.at((yr, v))));
            prev = Some(yr);
        }
        line_path(&out)
    }
}

/// The value range to show: every value drawn, from zero.
fn value_range(m: &ChartModel) -> (f64, f64) {
    let values = m
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .chain(m.required.iter().map(|p| p.1))
        .chain(m.projected.iter().map(|p| p.1))
        .chain(m.annotations.iter().map(|a| a.value));
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo.is_finite() {
        (lo.min(0.0), hi)
    } else {
        (0.0, 1.0)
    }
}

fn draw(m: &ChartModel) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let (lo, hi) = value_range(m);
    let ticks = nice_ticks(lo, hi, 5);
    let plot = Plot::new(&ticks, lo, hi);
    let grid = ticks
        .iter()
        .map(|t| {
            let yy = f1(plot.y.map(*t));
            view! {
                <line
                    class="grid"
                    stroke=GRID
                    x1=LEFT.to_string()
                    x2=(WIDTH - RIGHT).to_string()
                    y1=yy.clone()
                    y2=yy.clone()
                />
                <text
                    class="tick"
                    fill=MUTED
                    x=(LEFT - 6.0).to_string()
                    y=yy
                    text-anchor="end"
                    dominant-baseline="middle"
                >
                    {number(i18n, *t)}
                </text>
            }
        })
        .collect_view();
    let years = (FIRST_YEAR..=LAST_YEAR)
        .step_by(5)
        .map(|yr| {
            view! {
                <text
                    class="tick"
                    fill=MUTED
                    x=f1(plot.px(yr))
                    y=(HEIGHT - BOTTOM + 18.0).to_string()
                    text-anchor="middle"
                >
                    {yr.to_string()}
                </text>
            }
        })
        .collect_view();
    let asof = f1(plot.px(m.as_of));
    view! {
        <text class="title" font-size="16" font-weight="600" x=LEFT.to_string() y="22">
            {m.title.clone()}
        </text>
        <text class="tick" fill=MUTED x=LEFT.to_string() y=(TOP - 6.0).to_string()>
            {m.unit.clone()}
        </text>
        {grid}
        {years}
        <line
            class="asof"
            stroke="#777777"
            stroke-dasharray="4 3"
            x1=asof.clone()
            x2=asof
            y1=TOP.to_string()
            y2=(HEIGHT - BOTTOM).to_string()
        />
        <path
            class="required"
            fill="none"
            stroke="#555555"
            stroke-width="1.5"
            stroke-dasharray="2 3"
            d=plot.path(&m.required)
        />
        <path
            class="projected"
            fill="none"
            stroke="#0072B2"
            stroke-width="2"
            stroke-dasharray="7 5"
            d=plot.path(&m.projected)
        />
        {series(plot, m)}
        {notes(plot, m)}
        {legend(m)}
        <text class="src" font-size="11" fill=MUTED x=LEFT.to_string() y=(HEIGHT - 4.0).to_string()>
            {m.source.clone()}
        </text>
    }
}

/// How strongly what was published after the "as of" year is drawn (the profile's sparklines
/// fade it the same way).
const LATER_OPACITY: &str = "0.3";

/// The data lines, with a dot on each point of a short series. Values after the "as of" year
/// are faded: they were not known then.
fn series(plot: Plot, m: &ChartModel) -> impl IntoView {
    m.lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let colour = LINE_COLOURS[i % LINE_COLOURS.len()];
            let dots = (l.points.len() < 40).then(|| {
                l.points
                    .iter()
                    .map(|&p| {
                        let (cx, cy) = plot.at(p);
                        let opacity = (p.0 > m.as_of).then_some(LATER_OPACITY);
                        view! { <circle cx=f1(cx) cy=f1(cy) r="2.5" fill=colour opacity=opacity /> }
                    })
                    .collect_view()
            });
            let (known, later) = split_as_of(&l.points, m.as_of);
            let later = (later.len() > 1).then(|| {
                view! {
                    <path
                        class="line-later"
                        fill="none"
                        stroke-width="2.5"
                        stroke=colour
                        opacity=LATER_OPACITY
                        d=plot.path(&later)
                    />
                }
            });
            view! {
                <g class="series" data-label=l.label.clone()>
                    <path
                        class="line"
                        fill="none"
                        stroke-width="2.5"
                        stroke=colour
                        d=plot.path(&known)
                    />
                    {later}
                    {dots}
                </g>
            }
        })
        .collect_view()
}

/// The legend, in the right-hand column: a swatch and a label per line and per path.
fn legend(m: &ChartModel) -> impl IntoView {
    let items: Vec<(String, String, &str)> = m
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.label.clone(),
                LINE_COLOURS[i % LINE_COLOURS.len()].to_string(),
                "line",
            )
        })
        // A path is listed only where there is a line to see: a projection from a 2015 value is a
        // single point.
        .chain(
            (m.required.len() > 1)
                .then(|| (m.required_label.clone(), "#555".to_string(), "required")),
        )
        .chain((m.projected.len() > 1).then(|| {
            (
                m.projected_label.clone(),
                "#0072B2".to_string(),
                "projected",
            )
        }))
        .collect();
    // Long labels (the required path, the projection; longer in French and Spanish) wrap onto
    // more lines instead of being cut.
    let mut next_y = TOP + 8.0;
    items
        .into_iter()
        .map(|(label, colour, class)| {
            let yy = next_y;
            let lines = wrap_words(&label, LEGEND_CHARS);
            next_y += 22.0 + LEGEND_LINE * (lines.len().max(1) - 1) as f64;
            let lx = WIDTH - RIGHT + 14.0;
            let dash = match class {
                "required" => "2 3",
                "projected" => "7 5",
                _ => "none",
            };
            let tx = f1(lx + 28.0);
            let spans = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let dy = if i == 0 {
                        "0".to_owned()
                    } else {
                        LEGEND_LINE.to_string()
                    };
                    view! {
                        <tspan x=tx.clone() dy=dy>
                            {line}
                        </tspan>
                    }
                })
                .collect_view();
            view! {
                <line
                    class=class
                    stroke=colour.clone()
                    stroke-width="2.5"
                    stroke-dasharray=dash
                    x1=f1(lx)
                    x2=f1(lx + 22.0)
                    y1=f1(yy)
                    y2=f1(yy)
                />
                <text x=f1(lx + 28.0) y=f1(yy) dominant-baseline="middle">
                    {spans}
                </text>
            }
        })
        .collect_view()
}

/// The annotated points (baseline, latest, target), each note placed off the lines.
fn notes(plot: Plot, m: &ChartModel) -> impl IntoView {
    // The drawn points on screen, so the notes keep off the data lines first, then the paths.
    let on_screen = |points: &mut dyn Iterator<Item = &(u16, f64)>| -> Vec<(f64, f64)> {
        points.map(|&p| plot.at(p)).collect()
    };
    let data = on_screen(&mut m.lines.iter().flat_map(|l| l.points.iter()));
    let guides = on_screen(&mut m.required.iter().chain(m.projected.iter()));
    m.annotations
        .iter()
        .map(|a| {
            let (cx, cy) = plot.at((a.year, a.value));
            let anchor = if cx > WIDTH - RIGHT - 120.0 {
                "end"
            } else {
                "start"
            };
            let dx = if anchor == "end" { -8.0 } else { 8.0 };
            // Above the point unless a line runs through there (about 6.6 px per character).
            let width = a.text.chars().count() as f64 * 6.6;
            let (x0, x1) = if anchor == "end" {
                (cx + dx - width, cx + dx)
            } else {
                (cx + dx, cx + dx + width)
            };
            let below = label_below(&data, &guides, x0, x1, cy);
            view! {
                <circle
                    class="target"
                    fill="#ffffff"
                    stroke=INK
                    stroke-width="2"
                    cx=f1(cx)
                    cy=f1(cy)
                    r="4.5"
                />
                <text
                    class="note"
                    font-size="12"
                    stroke="#ffffff"
                    stroke-width="4"
                    stroke-linejoin="round"
                    paint-order="stroke"
                    x=f1(cx + dx)
                    y=f1(label_baseline(cy, below))
                    text-anchor=anchor
                >
                    {a.text.clone()}
                </text>
            }
        })
        .collect_view()
}
