//! The world map of one indicator in one year (`/map?indicator=…&year=…`): choropleth with a
//! colour-blind-safe legend, year slider and play/pause, tooltip, a table twin.

mod table;
mod year;

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::data::progress::{assess_series, Method};
use crate::data::text::capitalized;
use crate::data::viz::{quantile_bins, steps_in_year, BinSpan, ColourScale, PALETTE_STEPS};
use crate::data::{
    data_path, Countries, DataFile, Direction, Framework, WorldMap, FIRST_YEAR, LAST_YEAR,
};
use crate::i18n::*;
use crate::progress::explore::DEFAULT_SERIES;
use crate::progress::fit::fit_note;
use crate::progress::indicator::{use_indicator, Current, SeriesOptions};
use crate::progress::settled::{use_settled, SettledValue};
use crate::progress::state::{use_method, MethodPicker};
use crate::progress::unknown::{is_known_series, UnknownIndicator};
use crate::routes::Page;
use crate::store::use_data;
use crate::ui::charts::choropleth::{scale_legend, Choropleth, LegendItem, MapLegend};
use crate::ui::error::DataErrorPanel;
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::number::number;
use crate::ui::page::Heading;
use crate::ui::status::status_label;
use table::TableTwin;
use year::YearControl;

/// The map's URL.
pub fn map_path(series: &str, year: u16, method: Method) -> String {
    Page::Map {
        indicator: Some(series),
        year: Some(year),
        method,
    }
    .path()
}

/// What the map shows: an indicator in a year.
#[derive(Clone, PartialEq)]
pub(super) struct MapView {
    series: String,
    year: u16,
}

/// The `/map` route.
#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let from_url = Memo::new(move |_| {
        query.with(|q| MapView {
            series: q
                .get("indicator")
                .filter(|s| {
                    !s.is_empty()
                        && s.len() < 40
                        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                })
                .unwrap_or_else(|| DEFAULT_SERIES.into()),
            year: q
                .get("year")
                .and_then(|y| y.parse::<u16>().ok())
                .map_or(LAST_YEAR, |y| y.clamp(FIRST_YEAR, LAST_YEAR)),
        })
    });
    let method = use_method();
    // Stepping through years or indicators shows each at once; the address follows when it rests.
    let map_view = use_settled(from_url, move |v: &MapView| {
        map_path(&v.series, v.year, method.get_untracked())
    });
    let series = Memo::new(move |_| map_view.value.with(|v| v.series.clone()));
    let year = Memo::new(move |_| map_view.value.with(|v| v.year));
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let world = use_data::<WorldMap>(|| data_path(DataFile::World));
    view! {
        <article class="page progress-page map-page">
            <Heading
                heading=move || t_string!(i18n, progress.map_title)
                lede=move || t_string!(i18n, progress.map_lede)
            />
            {loaded2(
                countries,
                framework,
                move |countries, framework| {
                    let known = {
                        let framework = framework.clone();
                        Memo::new(move |_| series.with(|id| is_known_series(&framework, id)))
                    };
                    let unknown = {
                        let framework = framework.clone();
                        move || {
                            view! {
                                <UnknownIndicator
                                    framework=framework.clone()
                                    id=series.get()
                                    link=Callback::new(|id: String| Page::map(&id).path())
                                />
                            }
                        }
                    };
                    let map = move || {
                        let (countries, framework) = (countries.clone(), framework.clone());
                        loaded(
                            world,
                            move |world| {
                                view! {
                                    <IndicatorMap
                                        countries=countries.clone()
                                        framework=framework.clone()
                                        world
                                        map_view
                                        series
                                        year
                                    />
                                }
                            },
                        )
                    };
                    // A mistyped link's series is not fetched: it gets the picker instead.
                    view! {
                        <Show when=move || known.get() fallback=unknown>
                            {map()}
                        </Show>
                    }
                },
            )}
        </article>
    }
}

/// The map of the indicator `series` in `year`, with its controls, legend and table twin. It
/// stays mounted while the indicator changes: only colours and texts update.
#[component]
fn IndicatorMap(
    countries: Arc<Countries>,
    framework: Arc<Framework>,
    world: Arc<WorldMap>,
    map_view: SettledValue<MapView>,
    series: Memo<String>,
    year: Memo<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let controls = view! { <MapControls framework=framework.clone() map_view series year /> };
    let indicator = use_indicator(framework.clone(), series);
    let current = indicator.current;
    let scale = use_scale(current);
    // Palette step of every country drawn, in the map's order; the full text only for the one
    // hovered or focused.
    let drawn = world.clone();
    let bins_by_country = Memo::new(move |_| {
        let y = year.get();
        scale.with(|s| {
            current.with(|c| match (c, s) {
                (Some((f, _)), Some(s)) => steps_in_year(drawn.drawn(), &f.countries, s, y),
                _ => Vec::new(),
            })
        })
    });
    let describe = use_describe(countries.clone(), current, year);
    let series_text = move |pick: fn(&crate::data::Series) -> &crate::data::Text| {
        current
            .with(|c| {
                c.as_ref()
                    .map(|(_, s)| pick(s).get(i18n.get_locale().as_str()).to_owned())
            })
            .unwrap_or_default()
    };
    let map_label = Signal::derive(move || {
        format!(
            "{} · {} · {}",
            t_string!(i18n, progress.map_title),
            series_text(|s| &s.name),
            year.get()
        )
    });
    let error = move || {
        indicator
            .error()
            .map(|error| view! { <DataErrorPanel error /> })
    };
    view! {
        {controls}
        {error}
        // `data-series` names the indicator whose values are drawn (the tests wait on it).
        <div
            class="map-layout"
            data-series=move || current.with(|c| c.as_ref().map(|(f, _)| f.series.clone()))
        >
            <Choropleth
                world
                countries=countries.clone()
                bins=bins_by_country
                label=map_label
                describe
            />
            // The legend is titled by what the colours measure, its unit. An indicator's note on
            // how it departs from the official one goes under it: above the map, it moved the map
            // by 50–140 px from one indicator to the next.
            <div class="map-side">
                <MapLegend
                    title=Signal::derive(move || capitalized(&series_text(|s| &s.unit)))
                    items=use_legend(scale)
                    note=Signal::derive(move || {
                        scale
                            .with(|s| s.as_ref().map(|s| s.direction))
                            .filter(|d| *d == Direction::Neutral)
                            .map(|_| t_string!(i18n, progress.legend_neutral).to_owned())
                    })
                />
                {move || current.with(|c| c.as_ref().and_then(|(_, s)| fit_note(s)))}
            </div>
        </div>
        // Under the map, as its caption: above it, on a phone, it pushed the map below the fold.
        <p class="muted small map-note" data-slide-omit>
            {move || t_string!(i18n, progress.map_note)}
        </p>
        <TableTwin countries current year />
    }
}

/// The indicator select, the year control and the method picker.
#[component]
fn MapControls(
    framework: Arc<Framework>,
    map_view: SettledValue<MapView>,
    series: Memo<String>,
    year: Memo<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        let series = event_target_value(&ev);
        map_view.set(
            MapView {
                series,
                year: year.get_untracked(),
            },
            false,
        );
    };
    view! {
        <div class="controls map-controls">
            <div class="control">
                <label for="map-series">{t!(i18n, progress.indicator)}</label>
                <select
                    id="map-series"
                    class="series-select"
                    prop:value=move || series.get()
                    on:change=on_change
                    on:blur=move |_| map_view.flush()
                >
                    <SeriesOptions framework selected=series.get_untracked() />
                </select>
            </div>
            <YearControl map_view year />
            // Statuses (in the countries' descriptions) only: not on a slide, whose colours do
            // not depend on it.
            <div data-slide-omit>
                <MethodPicker />
            </div>
        </div>
    }
}

/// The colour scale of the indicator shown: one for every year, so a colour means the same
/// value while the slider moves, and painted by the indicator's better direction.
fn use_scale(current: Memo<Option<Current>>) -> Memo<Option<ColourScale>> {
    // Kept per indicator while the map is shown, so switching back to one reuses its scale (a
    // cache of a pure function: reading it again gives the same bins).
    let scales = StoredValue::new(HashMap::<String, Option<ColourScale>>::new());
    Memo::new(move |_| {
        current.with(|c| {
            let (f, m) = c.as_ref()?;
            if let Some(known) = scales.with_value(|s| s.get(&f.series).cloned()) {
                return known;
            }
            let b = quantile_bins(
                f.countries.values().flat_map(|v| v.points().map(|p| p.1)),
                PALETTE_STEPS,
            )
            .map(|bins| ColourScale {
                bins,
                direction: m.direction,
            });
            scales.update_value(|m| {
                m.insert(f.series.clone(), b.clone());
            });
            b
        })
    })
}

/// The text of a country's shape: its value by the year, that value's year and its status.
fn use_describe(
    countries: Arc<Countries>,
    current: Memo<Option<Current>>,
    year: Memo<u16>,
) -> Callback<String, String> {
    let i18n = use_i18n();
    let method = use_method();
    Callback::new(move |iso3: String| {
        let y = year.get();
        let l = i18n.get_locale().as_str();
        let name = countries
            .country(&iso3)
            .map_or(iso3.as_str(), |c| c.name.get(l));
        let no_data = || {
            format!(
                "{name}: {}",
                t_string!(i18n, progress.no_data_until, year = y)
            )
        };
        current.with(|c| {
            let Some((f, m)) = c else {
                return no_data();
            };
            let Some(values) = f.countries.get(&iso3) else {
                return no_data();
            };
            match values.latest_at_or_before(y) {
                Some((vy, v)) => {
                    let status =
                        status_label(i18n, assess_series(m, values, y, method.get()).status);
                    let unit = m.unit.get(l);
                    format!("{name}: {} {unit} ({vy}) · {status}", number(i18n, v))
                }
                None => no_data(),
            }
        })
    })
}

/// The legend: one item per colour bin from the worse end to the better, then "no data".
fn use_legend(scale: Memo<Option<ColourScale>>) -> Signal<Vec<LegendItem>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let no_data = t_string!(i18n, progress.no_data).to_owned();
        scale.with(|s| match s {
            Some(s) => scale_legend(
                s,
                |l| match l.span {
                    BinSpan::UpTo(hi) => {
                        t_string!(i18n, progress.legend_up_to, value = number(i18n, hi)).to_string()
                    }
                    BinSpan::Between(lo, hi) => {
                        format!("{} – {}", number(i18n, lo), number(i18n, hi))
                    }
                    BinSpan::Over(lo) => {
                        t_string!(i18n, progress.legend_over, value = number(i18n, lo)).to_string()
                    }
                },
                no_data,
            ),
            None => vec![LegendItem {
                class: "nodata",
                text: no_data,
                end: None,
            }],
        })
    })
}
