//! Who reported when (¶17): the verified record of national MDG Reports as a cumulative count
//! against the paper's "more than 35 … and another 60", the typical interval between a
//! country's reports, the regions that reported least, and a country × year view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::reporting::{Intervals, RegionTally, YearTally};
use crate::data::{
    data_path, Countries, DataFile, Reports, Strategy, REPORTS_FIRST_YEAR, REPORTS_LAST_YEAR,
};
use crate::i18n::*;
use crate::routes::{AppBase, Page};
use crate::store::use_data;
use crate::ui::date::ShortYear;
use crate::ui::loaded::loaded2;
use crate::ui::number::number;
use crate::ui::prose::ParaLinks;
use crate::ui::table::ScrollTable;

const CHART_H: f32 = 220.0;
const TOP: f32 = 28.0;
const BOTTOM: f32 = 26.0;

/// The paper's two figures (¶17): countries that had issued a report, and countries about to.
fn paper_figures(strategy: &Strategy) -> (f64, f64) {
    let value = |id: &str| {
        strategy
            .key_figures
            .iter()
            .find(|f| f.id == id)
            .map_or(0.0, |f| f.value)
    };
    (value("mdgr_issued"), value("mdgr_expected"))
}

/// The section.
#[component]
pub fn ReportingHistory(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let reports = use_data::<Reports>(|| data_path(DataFile::Reports));
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    view! {
        <section aria-labelledby="reporting-heading" class="reporting" data-slide-omit="">
            <h2 id="reporting-heading">{t!(i18n, monitoring.reporting_heading)}</h2>
            {loaded2(
                reports,
                countries,
                move |reports, countries| {
                    let tally = reports.tally(REPORTS_FIRST_YEAR, REPORTS_LAST_YEAR);
                    let (first, last) = reports
                        .year_span()
                        .unwrap_or((REPORTS_FIRST_YEAR, REPORTS_LAST_YEAR));
                    let n_reports = reports.reports.len();
                    let n_countries = reports.countries().len();
                    let by_2003 = reports.countries_by(2003);
                    let intervals = reports.intervals();
                    view! {
                        <p>
                            {move || {
                                t_string!(
                                    i18n, monitoring.reporting_intro, reports = n_reports, countries = n_countries, first = first, last = last
                                )
                                    .to_string()
                            }}
                        </p>
                        <p class="reporting__by2003" data-count=by_2003>
                            {move || {
                                t_string!(i18n, monitoring.reporting_by_2003, count = by_2003)
                                    .to_string()
                            }}
                            " "
                            <ParaLinks paras=vec![17] />
                        </p>
                        {intervals.map(|i| view! { <IntervalLine intervals=i /> })}
                        <CumulativeChart tally=tally.clone() paper=paper_figures(&strategy) />
                        <RegionTable
                            regions=reports.by_region(&countries)
                            countries=countries.clone()
                        />
                        <CountryYearGrid reports=reports.clone() countries=countries.clone() />
                        <TallyTable tally />
                    }
                },
            )}
        </section>
    }
}

#[component]
fn IntervalLine(intervals: Intervals) -> impl IntoView {
    let i18n = use_i18n();
    let Intervals {
        median,
        min,
        max,
        gaps,
        countries,
    } = intervals;
    view! {
        <p class="reporting__interval">
            {move || {
                t_string!(
                    i18n, monitoring.reporting_interval, median = number(i18n, median), min = min, max = max, gaps = gaps, countries = countries
                )
                    .to_string()
            }} " " <ParaLinks paras=vec![17] />
        </p>
    }
}

/// How one drawing of the chart is laid out. The chart comes in two drawings, one shown by the
/// screen's width (history.css): scaled into a phone's 313 px, the wide one's labels were about
/// 5 px tall.
#[derive(Clone, Copy)]
struct Frame {
    /// The class naming the drawing.
    class: &'static str,
    /// A bar's slot.
    bar_w: f32,
    /// Room left of the bars, for the axis.
    left: f32,
    /// Room right of the bars.
    right: f32,
    /// Whether the reference lines are named at their ends, in that room (else in the key).
    names_lines: bool,
    /// Every how many years the axis is labelled.
    year_every: u16,
    /// Whether every bar shows its count, or only 2003's and the last (the narrow drawing).
    every_value: bool,
}

const WIDE: Frame = Frame {
    class: "reporting__drawing reporting__drawing--wide",
    bar_w: 36.0,
    left: 44.0,
    right: 250.0,
    names_lines: true,
    year_every: 2,
    every_value: true,
};

/// About a phone's width in its own units, so its type is drawn near the size it is set in; the
/// reference lines are named in a key under it.
const NARROW: Frame = Frame {
    class: "reporting__drawing reporting__drawing--narrow",
    bar_w: 17.0,
    left: 32.0,
    right: 8.0,
    names_lines: false,
    year_every: 4,
    every_value: false,
};

/// Bars of the cumulative count of reporting countries, with the paper's two reference lines.
#[component]
fn CumulativeChart(tally: Vec<YearTally>, paper: (f64, f64)) -> impl IntoView {
    let i18n = use_i18n();
    let by_2003 = tally
        .iter()
        .find(|t| t.year == 2003)
        .map_or(0, |t| t.countries_so_far);
    let total = tally.last().map_or(0, |t| t.countries_so_far);
    let last = tally.last().map_or(REPORTS_LAST_YEAR, |t| t.year);
    let label = move || {
        t_string!(
            i18n,
            monitoring.reporting_chart_label,
            by2003 = by_2003,
            total = total,
            last = last
        )
        .to_string()
    };
    view! {
        <figure class="reporting__chart">
            <Drawing frame=WIDE tally=tally.clone() paper label />
            <Drawing frame=NARROW tally paper label />
            <ul class="reporting__key">
                <li>
                    <svg viewBox="0 0 28 8" class="reporting__key-line">
                        <line class="reporting__ref" x1="0" x2="28" y1="4" y2="4" />
                    </svg>
                    {move || t_string!(i18n, monitoring.ref_issued)}
                </li>
                <li>
                    <svg viewBox="0 0 28 8" class="reporting__key-line">
                        <line
                            class="reporting__ref reporting__ref--expected"
                            x1="0"
                            x2="28"
                            y1="4"
                            y2="4"
                        />
                    </svg>
                    {move || t_string!(i18n, monitoring.ref_expected)}
                </li>
            </ul>
            <figcaption>
                {t!(i18n, monitoring.reporting_chart_caption)} " " <ParaLinks paras=vec![17] />
            </figcaption>
        </figure>
    }
}

/// One drawing of the chart.
#[component]
fn Drawing(
    frame: Frame,
    tally: Vec<YearTally>,
    paper: (f64, f64),
    label: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let Frame { bar_w, left, .. } = frame;
    let (issued, expected) = paper;
    let reference = issued + expected;
    let top = tally.iter().map(|t| t.countries_so_far).max().unwrap_or(0) as f64;
    let scale_max = (top.max(reference) / 20.0).ceil() * 20.0;
    let y = move |v: f64| TOP + CHART_H * (1.0 - (v / scale_max) as f32);
    let right = left + bar_w * tally.len() as f32;
    let width = right + frame.right;
    let height = TOP + CHART_H + BOTTOM;
    let last = tally.last().map_or(REPORTS_LAST_YEAR, |t| t.year);
    let bars = tally
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let x = left + bar_w * i as f32;
            let v = t.countries_so_far as f64;
            view! {
                <rect
                    class="reporting__bar"
                    x=x + bar_w / 9.0
                    y=y(v)
                    width=bar_w * 7.0 / 9.0
                    height=(TOP + CHART_H - y(v)).max(0.0)
                >
                    <title>{format!("{}: {}", t.year, t.countries_so_far)}</title>
                </rect>
                {(t.year % frame.year_every == 0)
                    .then(|| {
                        view! {
                            <text
                                class="axis"
                                x=x + bar_w / 2.0
                                y=TOP + CHART_H + 18.0
                                text-anchor="middle"
                            >
                                {t.year}
                            </text>
                        }
                    })}
            }
        })
        .collect_view();
    // Drawn after the reference lines, on a halo of the page's colour (history.css), so a line
    // passing a count does not strike it through.
    let values = tally
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            t.countries_so_far > 0 && (frame.every_value || t.year == 2003 || t.year == last)
        })
        .map(|(i, t)| {
            view! {
                <text
                    class="chart-value"
                    x=left + bar_w * i as f32 + bar_w / 2.0
                    y=y(t.countries_so_far as f64) - 4.0
                    text-anchor="middle"
                >
                    {t.countries_so_far}
                </text>
            }
        })
        .collect_view();
    let ticks = (0..=4)
        .map(|k| {
            let v = scale_max * f64::from(k) / 4.0;
            view! {
                <text class="axis" x=left - 6.0 y=y(v) + 4.0 text-anchor="end">
                    {v}
                </text>
            }
        })
        .collect_view();
    // The wide drawing names the lines at their ends; the narrow one in the key under it.
    let line_label = move |y: f32, text: fn(Locale) -> &'static str| {
        frame.names_lines.then(|| {
            view! {
                <text class="reporting__ref-label" x=right + 6.0 y=y + 4.0>
                    {move || text(i18n.get_locale())}
                </text>
            }
        })
    };
    view! {
        <svg class=frame.class viewBox=format!("0 0 {width} {height}") role="img" aria-label=label>
            <text class="axis axis--title" x="4" y="14">
                {move || t_string!(i18n, monitoring.axis_countries)}
            </text>
            {ticks}
            {bars}
            <line class="reporting__ref" x1=left x2=right y1=y(issued) y2=y(issued) />
            {line_label(y(issued), |l| td_string!(l, monitoring.ref_issued))}
            <line
                class="reporting__ref reporting__ref--expected"
                x1=left
                x2=right
                y1=y(reference)
                y2=y(reference)
            />
            {line_label(y(reference), |l| td_string!(l, monitoring.ref_expected))}
            {values}
        </svg>
    }
}

/// The chart's figures as a table.
#[component]
fn TallyTable(tally: Vec<YearTally>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = tally
        .into_iter()
        .map(|t| {
            view! {
                <tr>
                    <th scope="row">{t.year}</th>
                    <td>{t.reports}</td>
                    <td>{t.first_reports}</td>
                    <td>{t.countries_so_far}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="item">
            <summary>{t!(i18n, monitoring.tally_summary)}</summary>
            <ScrollTable
                caption=move || t_string!(i18n, monitoring.tally_caption).to_owned()
                class="data-table reporting__table reporting__tally"
            >
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, monitoring.year)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_reports)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_first)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_so_far)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
        </details>
    }
}

/// Regions by share of countries that reported, lowest first. The share, which orders them, comes
/// first after the region's name: on a phone the counts after it may scroll out of view, not it.
#[component]
fn RegionTable(regions: Vec<RegionTally>, countries: Arc<Countries>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let lang = i18n.get_locale().as_str();
        regions
            .iter()
            .map(|r| {
                let name = countries
                    .group(&r.region)
                    .map_or_else(|| r.region.clone(), |g| g.name.get(lang).to_owned());
                // A no-break space: the French and Spanish "22 %" must not break before its sign.
                let share = format!("{}\u{a0}%", number(i18n, (r.share() * 100.0).round()));
                view! {
                    <tr data-region=r.region.clone()>
                        <th scope="row">{name}</th>
                        <td>{share}</td>
                        <td>{r.reporting}</td>
                        <td>{r.total}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{t!(i18n, monitoring.regions_heading)}</h3>
        <ScrollTable
            caption=move || t_string!(i18n, monitoring.regions_caption).to_owned()
            class="data-table reporting__table reporting__regions"
        >
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, monitoring.col_region)}</th>
                    <th scope="col">{t!(i18n, monitoring.col_share)}</th>
                    <th scope="col">{t!(i18n, monitoring.col_reporting)}</th>
                    <th scope="col">{t!(i18n, monitoring.col_in_region)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}

/// Every reporting country against every year, the number of reports in each cell.
#[component]
fn CountryYearGrid(reports: Arc<Reports>, countries: Arc<Countries>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let years: Vec<u16> = (REPORTS_FIRST_YEAR..=REPORTS_LAST_YEAR).collect();
    let head = years
        .iter()
        .map(|y| {
            view! {
                <th scope="col">
                    <ShortYear year=*y />
                </th>
            }
        })
        .collect_view();
    let rows = move || {
        let lang = i18n.get_locale().as_str();
        let mut rows: Vec<(String, String, Vec<usize>)> = reports
            .country_years()
            .into_iter()
            .map(|row| {
                let name = countries
                    .country(&row.iso3)
                    .map_or_else(|| row.iso3.clone(), |c| c.name.get(lang).to_owned());
                let cells = years
                    .iter()
                    .map(|y| row.years.get(y).copied().unwrap_or(0))
                    .collect();
                (row.iso3, name, cells)
            })
            .collect();
        rows.sort_by_cached_key(|(_, name, _)| crate::data::fold(name));
        rows.into_iter()
            .map(|(iso3, name, cells)| {
                let href = base.to(Page::CountryReports(&iso3));
                view! {
                    <tr data-iso3=iso3>
                        <th scope="row">
                            <a href=href>{name}</a>
                        </th>
                        {cells
                            .into_iter()
                            .map(|n| {
                                let class = if n > 0 { "mdgr-mark has" } else { "mdgr-mark" };
                                view! { <td class=class>{(n > 0).then(|| n.to_string())}</td> }
                            })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{t!(i18n, monitoring.grid_heading)}</h3>
        <ScrollTable
            caption=move || t_string!(i18n, monitoring.grid_caption).to_owned()
            class="mdgr-grid"
            region_class="reporting__grid"
        >
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, monitoring.country)}</th>
                    {head}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}
