//! What the bundled data could measure: for each year 1990–2015, how many countries had a value
//! for how many MDG indicators (heat map and table), and the same for one chosen country.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::availability::BANDS;
use crate::data::{data_path, Availability, Countries, DataFile};
use crate::i18n::*;
use crate::store::use_data;
use crate::ui::date::ShortYear;
use crate::ui::loaded::loaded;
use crate::ui::table::ScrollTable;

const CELL_W: f32 = 30.0;
const CELL_H: f32 = 30.0;
const LEFT: f32 = 70.0;
const TOP: f32 = 26.0;
/// On a phone the years run down (a row each, this tall) and the bands across: the 26 years
/// across made a 860-unit-wide drawing whose text shrank to 4 px on a 360 px screen.
const TALL_CELL_H: f32 = 22.0;
const TALL_LEFT: f32 = 44.0;
const TALL_TOP: f32 = 44.0;

/// The band's label: "0", "1–5", …, "26+".
fn band_label((lo, hi): (u16, u16)) -> String {
    match (lo, hi) {
        (lo, hi) if lo == hi => lo.to_string(),
        (lo, u16::MAX) => format!("{lo}+"),
        (lo, hi) => format!("{lo}–{hi}"),
    }
}

/// Colour level 0–5 of a share (0 = none).
fn level(count: u16, total: usize) -> u8 {
    if count == 0 || total == 0 {
        return 0;
    }
    let share = f32::from(count) / total as f32;
    1 + (share * 4.999).min(4.0) as u8
}

/// The section.
#[component]
pub fn AvailabilitySection() -> impl IntoView {
    let i18n = use_i18n();
    let availability = use_data::<Availability>(|| data_path(DataFile::Availability));
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    view! {
        <section aria-labelledby="availability-heading" data-slide-omit="">
            <h2 id="availability-heading">{t!(i18n, monitoring.availability_heading)}</h2>
            <p>{t!(i18n, monitoring.availability_intro)}</p>
            {loaded(
                availability,
                move |av| {
                    let total = av.countries.len();
                    let measured = av.indicators.len();
                    view! {
                        <p class="muted">
                            {move || {
                                t_string!(
                                    i18n, monitoring.availability_scope, countries = total, indicators = measured
                                )
                                    .to_string()
                            }}
                        </p>
                        <Heatmap availability=av.clone() />
                        <YearTable availability=av.clone() />
                        <PerCountry availability=av.clone() countries />
                    }
                },
            )}
        </section>
    }
}

/// How many countries had data for how many indicators (in bands), year by year: years across
/// on a laptop, down on a phone (both drawn; the stylesheet shows the one that fits).
#[component]
fn Heatmap(availability: Arc<Availability>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <figure class="heatmap">
            <HeatmapSvg availability=availability.clone() tall=false />
            <HeatmapSvg availability tall=true />
            <figcaption>{t!(i18n, monitoring.heatmap_caption)}</figcaption>
        </figure>
    }
}

/// One drawing of the heat map: years across (`tall` false) or down.
#[component]
fn HeatmapSvg(availability: Arc<Availability>, tall: bool) -> impl IntoView {
    let i18n = use_i18n();
    let years = availability.years();
    let total = availability.countries.len();
    let bands = BANDS.len();
    // Where year `x`'s cell of band `b` goes: bands bottom-up across the years, or left to
    // right down the years.
    let cell = move |x: usize, b: usize| {
        if tall {
            (
                TALL_LEFT + CELL_W * b as f32,
                TALL_TOP + TALL_CELL_H * x as f32,
            )
        } else {
            (
                LEFT + CELL_W * x as f32,
                TOP + CELL_H * (bands - 1 - b) as f32,
            )
        }
    };
    let (cell_w, cell_h) = (CELL_W, if tall { TALL_CELL_H } else { CELL_H });
    let (width, height) = if tall {
        (
            TALL_LEFT + CELL_W * bands as f32 + 4.0,
            TALL_TOP + TALL_CELL_H * years.len() as f32 + 4.0,
        )
    } else {
        (
            LEFT + CELL_W * years.len() as f32 + 10.0,
            TOP + CELL_H * bands as f32 + 40.0,
        )
    };
    let cells = years
        .iter()
        .enumerate()
        .flat_map(|(x, y)| {
            y.bands.iter().enumerate().map(move |(b, &count)| {
                let (cx, cy) = cell(x, b);
                view! {
                    <rect
                        class=format!("heat heat--{}", level(count, total))
                        x=cx
                        y=cy
                        width=cell_w - 2.0
                        height=cell_h - 2.0
                    >
                        <title>{format!("{}: {count}", y.year)}</title>
                    </rect>
                    {(count > 0)
                        .then(|| {
                            view! {
                                <text
                                    class="heat__n"
                                    x=cx + cell_w / 2.0 - 1.0
                                    y=cy + cell_h / 2.0 + 4.0
                                    text-anchor="middle"
                                >
                                    {count}
                                </text>
                            }
                        })}
                }
            })
        })
        .collect_view();
    let band_labels = BANDS
        .iter()
        .enumerate()
        .map(|(b, &band)| {
            let (cx, cy) = cell(0, b);
            let (x, y, anchor) = if tall {
                (cx + cell_w / 2.0 - 1.0, TALL_TOP - 8.0, "middle")
            } else {
                (LEFT - 8.0, cy + cell_h / 2.0 + 4.0, "end")
            };
            view! {
                <text class="axis" x=x y=y text-anchor=anchor>
                    {band_label(band)}
                </text>
            }
        })
        .collect_view();
    let year_labels = years
        .iter()
        .enumerate()
        // Every year down a phone; every fifth across a laptop.
        .filter(|(_, y)| tall || y.year % 5 == 0)
        .map(|(x, y)| {
            let (cx, cy) = cell(x, 0);
            let (x, y_at, anchor) = if tall {
                (TALL_LEFT - 8.0, cy + cell_h / 2.0 + 4.0, "end")
            } else {
                (
                    cx + cell_w / 2.0,
                    TOP + CELL_H * bands as f32 + 18.0,
                    "middle",
                )
            };
            view! {
                <text class="axis" x=x y=y_at text-anchor=anchor>
                    {y.year}
                </text>
            }
        })
        .collect_view();
    let first = years.first().cloned();
    let last = years.last().cloned();
    view! {
        <svg
            class=if tall {
                "heatmap__drawing heatmap__drawing--tall"
            } else {
                "heatmap__drawing heatmap__drawing--wide"
            }
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-label=move || {
                let (f, l) = (first.clone().unwrap(), last.clone().unwrap());
                t_string!(
                    i18n, monitoring.heatmap_label, first = f.year, first_any = f.any, last = l.year, last_any = l.any
                )
                    .to_string()
            }
        >
            <text class="axis axis--title" x="4" y="14">
                {move || t_string!(i18n, monitoring.axis_indicators)}
            </text>
            {band_labels}
            {cells}
            {year_labels}
        </svg>
    }
}

/// The heat map's figures as a table, with each year's count, median and maximum.
#[component]
fn YearTable(availability: Arc<Availability>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = availability
        .years()
        .iter()
        .map(|y| {
            view! {
                <tr>
                    <th scope="row">{y.year}</th>
                    <td>{y.any}</td>
                    <td>{y.median}</td>
                    <td>{y.max}</td>
                    {y.bands.iter().map(|n| view! { <td>{*n}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    let band_heads = BANDS
        .iter()
        .map(|&b| {
            let label = band_label(b);
            view! {
                <th scope="col">
                    {move || {
                        t_string!(i18n, monitoring.col_band, band = label.clone()).to_string()
                    }}
                </th>
            }
        })
        .collect_view();
    view! {
        <details class="item">
            <summary>{t!(i18n, monitoring.table_summary)}</summary>
            <ScrollTable
                caption=move || t_string!(i18n, monitoring.table_caption).to_owned()
                class="data-table data-table--numbers"
            >
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, monitoring.year)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_any)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_median)}</th>
                        <th scope="col">{t!(i18n, monitoring.col_max)}</th>
                        {band_heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </ScrollTable>
        </details>
    }
}

/// One country's indicators per year, chosen from a list.
#[component]
fn PerCountry(
    availability: Arc<Availability>,
    countries: LocalResource<Result<Arc<Countries>, crate::data::DataError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let selected = RwSignal::new(String::from("KEN"));
    view! {
        <h3>{t!(i18n, monitoring.per_country_heading)}</h3>
        {loaded(
            countries,
            move |countries| {
                let lang = i18n.get_locale().as_str();
                let mut options: Vec<(String, String)> = countries
                    .countries
                    .iter()
                    .map(|c| (c.iso3.clone(), c.name.get(lang).to_owned()))
                    .collect();
                options.sort_by_cached_key(|(_, name)| crate::data::fold(name));
                let availability = availability.clone();
                let countries = countries.clone();
                let strip = move || {
                    let code = selected.get();
                    let lang = i18n.get_locale().as_str();
                    let name = countries
                        .countries
                        .iter()
                        .find(|c| c.iso3 == code)
                        .map(|c| c.name.get(lang).to_owned())
                        .unwrap_or_default();
                    availability
                        .countries
                        .iter()
                        .find(|c| c.code == code)
                        .map(|row| {
                            let max = availability.indicators.len();
                            let years: Vec<(u16, u16)> = row
                                .counts
                                .iter()
                                .enumerate()
                                .map(|(i, &n)| (availability.year(i), n))
                                .collect();
                            let best = years
                                .iter()
                                .max_by_key(|(_, n)| *n)
                                .copied()
                                .unwrap_or_default();
                            view! {
                                <p>
                                    {t_string!(
                                        i18n, monitoring.country_best, country = name.clone(), count = best.1, year = best.0, total = max
                                    )
                                        .to_string()}
                                </p>
                                <div
                                    class="table-scroll"
                                    tabindex="0"
                                    role="region"
                                    aria-label=t_string!(i18n, monitoring.per_country_heading)
                                >
                                    <table class="strip">
                                        <caption class="visually-hidden">
                                            {t_string!(i18n, monitoring.country_caption, country = name)
                                                .to_string()}
                                        </caption>
                                        <thead>
                                            <tr>
                                                <th scope="row">{t!(i18n, monitoring.year)}</th>
                                                {years
                                                    .iter()
                                                    .map(|(y, _)| {
                                                        view! {
                                                            <th scope="col">
                                                                <ShortYear year=*y />
                                                            </th>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tr>
                                        </thead>
                                        <tbody>
                                            <tr>
                                                <th scope="row">{t!(i18n, monitoring.axis_indicators)}</th>
                                                {years
                                                    .iter()
                                                    .map(|(_, n)| {
                                                        view! {
                                                            <td class=format!("heat heat--{}", level(*n, max))>{*n}</td>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tr>
                                        </tbody>
                                    </table>
                                </div>
                            }
                        })
                };
                view! {
                    <label class="field">
                        <span>{t!(i18n, monitoring.country_select)}</span>
                        <select
                            prop:value=move || selected.get()
                            on:change=move |ev| selected.set(event_target_value(&ev))
                        >
                            {options
                                .into_iter()
                                .map(|(code, name)| {
                                    let c = code.clone();
                                    view! {
                                        <option value=code selected=move || selected.get() == c>
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    {strip}
                }
            },
        )}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_labels_and_levels() {
        assert_eq!(band_label((0, 0)), "0");
        assert_eq!(band_label((1, 5)), "1–5");
        assert_eq!(band_label((26, u16::MAX)), "26+");
        assert_eq!(level(0, 200), 0);
        assert_eq!(level(1, 200), 1);
        assert_eq!(level(200, 200), 5);
        assert_eq!(level(100, 200), 3);
    }
}
