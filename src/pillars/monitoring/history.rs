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

const BAR_W: f32 = 36.0;
const CHART_H: f32 = 220.0;
const LEFT: f32 = 44.0;
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

/// Bars of the cumulative count of reporting countries, with the paper's two reference lines.
#[component]
fn CumulativeChart(tally: Vec<YearTally>, paper: (f64, f64)) -> impl IntoView {
    let i18n = use_i18n();
    let (issued, expected) = paper;
    let reference = issued + expected;
    let top = tally.iter().map(|t| t.countries_so_far).max().unwrap_or(0) as f64;
    let scale_max = (top.max(reference) / 20.0).ceil() * 20.0;
    let y = move |v: f64| TOP + CHART_H * (1.0 - (v / scale_max) as f32);
    let width = LEFT + BAR_W * tally.len() as f32 + 250.0;
    let height = TOP + CHART_H + BOTTOM;
    let right = LEFT + BAR_W * tally.len() as f32;
    let bars = tally
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let x = LEFT + BAR_W * i as f32;
            let v = t.countries_so_far as f64;
            view! {
                <rect
                    class="reporting__bar"
                    x=x + 4.0
                    y=y(v)
                    width=BAR_W - 8.0
                    height=(TOP + CHART_H - y(v)).max(0.0)
                >
                    <title>{format!("{}: {}", t.year, t.countries_so_far)}</title>
                </rect>
                {(t.countries_so_far > 0)
                    .then(|| {
                        view! {
                            <text
                                class="chart-value"
                                x=x + BAR_W / 2.0
                                y=y(v) - 4.0
                                text-anchor="middle"
                            >
                                {t.countries_so_far}
                            </text>
                        }
                    })}
                {(t.year % 2 == 0)
                    .then(|| {
                        view! {
                            <text
                                class="axis"
                                x=x + BAR_W / 2.0
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
    let ticks = (0..=4)
        .map(|k| {
            let v = scale_max * f64::from(k) / 4.0;
            view! {
                <text class="axis" x=LEFT - 6.0 y=y(v) + 4.0 text-anchor="end">
                    {v}
                </text>
            }
        })
        .collect_view();
    let by_2003 = tally
        .iter()
        .find(|t| t.year == 2003)
        .map_or(0, |t| t.countries_so_far);
    let total = tally.last().map_or(0, |t| t.countries_so_far);
    let last = tally.last().map_or(REPORTS_LAST_YEAR, |t| t.year);
    view! {
        <figure class="reporting__chart">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="img"
                aria-label=move || {
                    t_string!(
                        i18n, monitoring.reporting_chart_label, by2003 = by_2003, total = total, last = last
                    )
                        .to_string()
                }
            >
                <text class="axis axis--title" x="4" y="14">
                    {move || t_string!(i18n, monitoring.axis_countries)}
                </text>
                {ticks}
                {bars}
                <line class="reporting__ref" x1=LEFT x2=right y1=y(issued) y2=y(issued) />
                <text class="reporting__ref-label" x=right + 6.0 y=y(issued) + 4.0>
                    {move || t_string!(i18n, monitoring.ref_issued)}
                </text>
                <line class="reporting__ref" x1=LEFT x2=right y1=y(reference) y2=y(reference) />
                <text class="reporting__ref-label" x=right + 6.0 y=y(reference) + 4.0>
                    {move || t_string!(i18n, monitoring.ref_expected)}
                </text>
            </svg>
            <figcaption>
                {t!(i18n, monitoring.reporting_chart_caption)} " " <ParaLinks paras=vec![17] />
            </figcaption>
        </figure>
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
