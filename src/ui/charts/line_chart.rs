//! The indicator chart: lines per country or aggregate, the 2015 target, the required path from
//! the baseline, the projected trend (dashed) and baseline / latest annotations.
//!
//! Its viewBox follows the width it is shown at ([`ChartLayout`]), so its text keeps its size on
//! a phone; a value readout ([`super::chart_readout`]) follows the pointer, a tap or the arrow
//! keys.

use leptos::prelude::*;

use super::chart_readout::{Readout, Spot};
use crate::data::text::wrap_words;
use crate::data::viz::{
    line_path, nice_ticks, place_labels, segments, split_as_of, ChartLayout, ChartRows, LabelSpec,
    LinearScale, Rect, POINT_RADIUS, SMALL_CHAR, TEXT_LINE, TITLE_LINE, WIDE,
};
use crate::data::{FIRST_YEAR, LAST_YEAR};
use crate::i18n::*;
use crate::ui::number::number;

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
    /// Credit drawn under the chart: the sources and their licences (wrapped as needed).
    pub source: String,
}

/// The chart's geometry for one model and one width: computed once, read by the drawing and
/// the readout.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Drawn {
    pub layout: ChartLayout,
    pub rows: ChartRows,
    pub plot: Plot,
    pub title: Vec<String>,
    pub unit: Vec<String>,
    pub legend: Vec<LegendItem>,
    pub credit: Vec<String>,
    /// Every data point on screen, line by line, in year order.
    pub spots: Vec<Spot>,
}

/// One legend entry: label lines, colour and kind ("line", "required", "projected").
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LegendItem {
    lines: Vec<String>,
    colour: &'static str,
    class: &'static str,
}

impl Drawn {
    fn new(m: &ChartModel, layout: ChartLayout) -> Self {
        let title = wrap_words(&m.title, layout.title_chars);
        let unit = wrap_words(&m.unit, layout.unit_chars);
        let credit = wrap_words(&m.source, layout.credit_chars);
        let legend = legend_items(m, layout.legend_chars);
        let counts: Vec<usize> = legend.iter().map(|i| i.lines.len()).collect();
        let rows = layout.rows(title.len(), unit.len(), &counts, credit.len());
        let (lo, hi) = value_range(m);
        let plot = Plot::new(&nice_ticks(lo, hi, 5), lo, hi, &layout, &rows);
        let at = |p| plot.at(p);
        let spots = m
            .lines
            .iter()
            .enumerate()
            .flat_map(|(line, l)| {
                l.points.iter().map(move |&(year, value)| {
                    let (x, y) = at((year, value));
                    Spot {
                        line,
                        year,
                        value,
                        x,
                        y,
                    }
                })
            })
            .collect();
        Drawn {
            layout,
            rows,
            plot,
            title,
            unit,
            legend,
            credit,
            spots,
        }
    }

    /// The viewBox's height.
    pub fn height(&self) -> f64 {
        self.rows.height
    }
}

/// The chart as an SVG with `id` (for export), `role="img"` and a text alternative; the
/// table tab holds the same numbers. Focused, the arrow keys read its values one by one.
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
    let i18n = use_i18n();
    let frame = NodeRef::<leptos::html::Div>::new();
    let rendered = RwSignal::new(WIDE);
    track_width(frame, rendered);
    let layout = Memo::new(move |_| ChartLayout::for_width(rendered.get()));
    let drawn = Memo::new(move |_| model.with(|m| Drawn::new(m, layout.get())));
    let active = RwSignal::new(None::<usize>);
    let body = move || drawn.with(|d| model.with(|m| draw(m, d))).into_any();
    let label = move || {
        format!(
            "{} {}",
            description.get(),
            t_string!(i18n, progress.chart_keys)
        )
    };
    view! {
        <div class="line-chart-frame" node_ref=frame>
            <svg
                id=id
                class="line-chart"
                viewBox=move || drawn.with(|d| format!("0 0 {} {}", d.layout.width, d.height()))
                role="img"
                tabindex="0"
                aria-label=label
                aria-describedby=format!("{id}-readout")
                on:keydown=move |ev| super::chart_readout::on_key(&ev, drawn, model, active)
                on:pointermove=move |ev| super::chart_readout::on_pointer(&ev, drawn, active)
                on:pointerdown=move |ev| super::chart_readout::on_pointer(&ev, drawn, active)
                on:pointerleave=move |ev| super::chart_readout::on_leave(&ev, active)
                on:blur=move |_| active.set(None)
            >
                // Presentation attributes rather than CSS, so an exported file draws the same anywhere.
                <rect width="100%" height="100%" fill="#ffffff" />
                <g
                    fill=INK
                    font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
                    font-size="13"
                >
                    {body}
                </g>
            </svg>
            <Readout id=format!("{id}-readout") drawn model active />
        </div>
    }
}

/// Keeps `width` at the frame's rendered width (on mount and when the window resizes).
fn track_width(frame: NodeRef<leptos::html::Div>, width: RwSignal<f64>) {
    let measure = move || {
        if let Some(el) = frame.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    frame.on_load(move |_| measure());
    let handle = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());
}

/// `v` with one decimal, as every coordinate is written.
pub(super) fn f1(v: f64) -> String {
    format!("{v:.1}")
}

/// The chart's scales (years across, values up, over the plot area) and its value ticks.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Plot {
    x: LinearScale,
    y: LinearScale,
    ticks: Vec<f64>,
}

impl Plot {
    /// Scales for a value axis from the first to the last tick.
    fn new(ticks: &[f64], lo: f64, hi: f64, layout: &ChartLayout, rows: &ChartRows) -> Self {
        let (d0, d1) = (
            ticks.first().copied().unwrap_or(lo),
            ticks.last().copied().unwrap_or(hi),
        );
        Plot {
            x: LinearScale::new(
                (f64::from(FIRST_YEAR), f64::from(LAST_YEAR)),
                (layout.left, layout.right),
            ),
            y: LinearScale::new((d0, d1), (rows.bottom, rows.top)),
            ticks: ticks.to_vec(),
        }
    }

    /// The horizontal position of a year.
    fn px(&self, yr: u16) -> f64 {
        self.x.map(f64::from(yr))
    }

    /// The position of a point.
    fn at(&self, (yr, v): (u16, f64)) -> (f64, f64) {
        (self.px(yr), self.y.map(v))
    }

    /// An SVG path through the points, broken where a year or more is missing.
    fn path(&self, pts: &[(u16, f64)]) -> String {
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

/// Lines of text from `x`, one `step` apart, the first at baseline `y`.
fn lines_at(
    lines: &[String],
    x: f64,
    y: f64,
    step: f64,
    class: &'static str,
    size: &'static str,
) -> impl IntoView {
    // The legend's labels are centred on their swatch; the other lines sit on their baseline.
    let middle = (class == "legend").then_some("middle");
    let spans = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let dy = if i == 0 {
                "0".to_owned()
            } else {
                step.to_string()
            };
            view! {
                <tspan x=f1(x) dy=dy>
                    {line.clone()}
                </tspan>
            }
        })
        .collect_view();
    view! {
        <text class=class font-size=size x=f1(x) y=f1(y) dominant-baseline=middle>
            {spans}
        </text>
    }
}

fn draw(m: &ChartModel, d: &Drawn) -> impl IntoView {
    let (l, r) = (&d.layout, &d.rows);
    let asof = f1(d.plot.px(m.as_of));
    view! {
        <g font-weight="600">{lines_at(&d.title, l.text_x, r.title, TITLE_LINE, "title", "16")}</g>
        <g fill=MUTED>{lines_at(&d.unit, l.text_x, r.unit, TEXT_LINE, "tick unit", "13")}</g>
        {axes(d)}
        <line
            class="asof"
            stroke="#777777"
            stroke-dasharray="4 3"
            x1=asof.clone()
            x2=asof
            y1=f1(r.top)
            y2=f1(r.bottom)
        />
        <path
            class="required"
            fill="none"
            stroke="#555555"
            stroke-width="1.5"
            stroke-dasharray="2 3"
            d=d.plot.path(&m.required)
        />
        <path
            class="projected"
            fill="none"
            stroke="#0072B2"
            stroke-width="2"
            stroke-dasharray="7 5"
            d=d.plot.path(&m.projected)
        />
        {series(&d.plot, m)}
        {notes(d, m)}
        {legend(d)}
        <g fill=MUTED>{lines_at(&d.credit, l.text_x, r.credit, TEXT_LINE, "src", "12")}</g>
    }
}

/// The value grid with its ticks, and the years along the bottom (every ten years on a phone).
fn axes(d: &Drawn) -> impl IntoView {
    let i18n = use_i18n();
    let (l, r) = (&d.layout, &d.rows);
    let grid = d
        .plot
        .ticks
        .iter()
        .map(|t| {
            let yy = f1(d.plot.y.map(*t));
            view! {
                <line
                    class="grid"
                    stroke=GRID
                    x1=f1(l.left)
                    x2=f1(l.right)
                    y1=yy.clone()
                    y2=yy.clone()
                />
                <text
                    class="tick"
                    fill=MUTED
                    x=f1(l.left - 6.0)
                    y=yy
                    text-anchor="end"
                    dominant-baseline="middle"
                >
                    {number(i18n, *t)}
                </text>
            }
        })
        .collect_view();
    let step = if l.narrow { 10 } else { 5 };
    let years = (FIRST_YEAR..=LAST_YEAR)
        .step_by(5)
        // The last year always; on a phone a tick too close to it (2010) would run into it.
        .filter(|yr| *yr == LAST_YEAR || ((yr - FIRST_YEAR) % step == 0 && yr + step <= LAST_YEAR))
        .map(|yr| {
            view! {
                <text
                    class="tick"
                    fill=MUTED
                    x=f1(d.plot.px(yr))
                    y=f1(r.years)
                    text-anchor=if l.narrow && yr == LAST_YEAR { "end" } else { "middle" }
                >
                    {yr.to_string()}
                </text>
            }
        })
        .collect_view();
    view! {
        {grid}
        {years}
    }
}

/// How strongly what was published after the "as of" year is drawn (the profile's sparklines
/// fade it the same way).
const LATER_OPACITY: &str = "0.3";

/// The data lines, with a dot on each point of a short series. Values after the "as of" year
/// are faded: they were not known then.
fn series(plot: &Plot, m: &ChartModel) -> impl IntoView {
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
                <g class="series" data-label=l.label.clone() data-reveal=reveal_key(i)>
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

/// On a slide, the compared lines appear one "next" at a time, each with its legend entry
/// (src/present/steps.rs reveals the items that share a key together); the main line is there
/// from the start.
fn reveal_key(line: usize) -> Option<String> {
    (line > 0).then(|| format!("line-{line}"))
}

/// The legend's entries: a line per entity, then the paths where there is a line to see (a
/// projection from a 2015 value is a single point). Long labels (longer in French and Spanish)
/// wrap onto more lines instead of being cut.
fn legend_items(m: &ChartModel, chars: usize) -> Vec<LegendItem> {
    m.lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.label.as_str(),
                LINE_COLOURS[i % LINE_COLOURS.len()],
                "line",
            )
        })
        .chain((m.required.len() > 1).then_some((m.required_label.as_str(), "#555", "required")))
        .chain((m.projected.len() > 1).then_some((
            m.projected_label.as_str(),
            "#0072B2",
            "projected",
        )))
        .map(|(label, colour, class)| LegendItem {
            lines: wrap_words(label, chars),
            colour,
            class,
        })
        .collect()
}

/// The legend: right of the plot, or under it on a phone.
fn legend(d: &Drawn) -> impl IntoView {
    let lx = d.layout.legend_x;
    d.legend
        .iter()
        .zip(&d.rows.legend)
        .enumerate()
        .map(|(i, (item, &yy))| {
            let dash = match item.class {
                "required" => "2 3",
                "projected" => "7 5",
                _ => "none",
            };
            // The lines' entries come first, in the lines' order.
            let reveal = (item.class == "line").then(|| reveal_key(i)).flatten();
            view! {
                <g data-reveal=reveal>
                    <line
                        class=item.class
                        stroke=item.colour
                        stroke-width="2.5"
                        stroke-dasharray=dash
                        x1=f1(lx)
                        x2=f1(lx + 22.0)
                        y1=f1(yy)
                        y2=f1(yy)
                    />
                    {lines_at(&item.lines, lx + 28.0, yy, TEXT_LINE, "legend", "13")}
                </g>
            }
        })
        .collect_view()
}

/// The annotated points (baseline, latest, target), each note placed off the lines and off the
/// other notes ([`place_labels`]).
fn notes(d: &Drawn, m: &ChartModel) -> impl IntoView {
    let plot = &d.plot;
    let on_screen = |pts: &[(u16, f64)]| pts.iter().map(|&p| plot.at(p)).collect::<Vec<_>>();
    let data: Vec<_> = m
        .lines
        .iter()
        .flat_map(|l| segments(&on_screen(&l.points)))
        .collect();
    let guides: Vec<_> = [&m.required, &m.projected]
        .into_iter()
        .flat_map(|p| segments(&on_screen(p)))
        .collect();
    let specs: Vec<LabelSpec> = m
        .annotations
        .iter()
        .map(|a| {
            let (x, y) = plot.at((a.year, a.value));
            LabelSpec {
                x,
                y,
                width: a.text.chars().count() as f64 * SMALL_CHAR,
            }
        })
        .collect();
    let area = Rect {
        x0: 0.0,
        y0: d.rows.top - 12.0,
        x1: if d.layout.narrow {
            d.layout.width
        } else {
            d.layout.right + 16.0
        },
        y1: d.rows.bottom,
    };
    let placed = place_labels(&specs, &data, &guides, area);
    m.annotations
        .iter()
        .zip(specs.iter().zip(placed))
        .map(|(a, (s, p))| {
            view! {
                <circle
                    class="target"
                    fill="#ffffff"
                    stroke=INK
                    stroke-width="2"
                    cx=f1(s.x)
                    cy=f1(s.y)
                    r=POINT_RADIUS.to_string()
                />
                <text
                    class="note"
                    font-size="12"
                    stroke="#ffffff"
                    stroke-width="4"
                    stroke-linejoin="round"
                    paint-order="stroke"
                    x=f1(p.x)
                    y=f1(p.baseline)
                    text-anchor=if p.end { "end" } else { "start" }
                >
                    {a.text.clone()}
                </text>
            }
        })
        .collect_view()
}
