//! The world map of one indicator in one year (`/map?indicator=…&year=…`): choropleth with a
//! colour-blind-safe legend, year slider and play/pause, tooltip, a table twin.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::data::progress::{assess_series, Method};
use crate::data::viz::{bins_in_year, quantile_bins, Bins};
use crate::data::{
    data_path, Countries, DataFile, Framework, IndicatorFile, WorldMap, FIRST_YEAR, LAST_YEAR,
};
use crate::i18n::*;
use crate::progress::explore::DEFAULT_SERIES;
use crate::progress::state::{mapped_series, navigator, use_method, MethodPicker};
use crate::routes::Page;
use crate::routes::{document_title, AppBase};
use crate::store::use_data;
use crate::ui::charts::choropleth::{bin_class, Choropleth, LegendItem, MapLegend};
use crate::ui::loaded::loaded;
use crate::ui::number::number;
use crate::ui::status::status_label;

/// The map's URL.
pub fn map_path(series: &str, year: u16, method: Method) -> String {
    Page::Map {
        indicator: Some(series),
        year: Some(year),
        method,
    }
    .path()
}

/// The `/map` route.
#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let series = Memo::new(move |_| {
        query
            .with(|q| q.get("indicator"))
            .filter(|s| {
                !s.is_empty()
                    && s.len() < 40
                    && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
            .unwrap_or_else(|| DEFAULT_SERIES.into())
    });
    let year = Memo::new(move |_| {
        query
            .with(|q| q.get("year"))
            .and_then(|y| y.parse::<u16>().ok())
            .map(|y| y.clamp(FIRST_YEAR, LAST_YEAR))
            .unwrap_or(LAST_YEAR)
    });
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let world = use_data::<WorldMap>(|| data_path(DataFile::World));
    let title = move || {
        document_title(
            Some(t_string!(i18n, progress.map_title)),
            t_string!(i18n, app_name),
        )
    };
    view! {
        <Title text=title />
        <article class="page progress-page map-page">
            <header class="page-heading">
                <h1>{t!(i18n, progress.map_title)}</h1>
                <p class="lede">{t!(i18n, progress.map_lede)}</p>
            </header>
            {loaded(countries, move |countries| {
                loaded(framework, move |framework| {
                    let countries = countries.clone();
                    loaded(world, move |world| {
                        view! { <IndicatorMap countries=countries.clone() framework=framework.clone() world series year /> }
                    })
                })
            })}
        </article>
    }
}

#[component]
fn IndicatorMap(
    countries: Arc<Countries>,
    framework: Arc<Framework>,
    world: Arc<WorldMap>,
    series: Memo<String>,
    year: Memo<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = navigator();
    let method = use_method();
    // The map stays mounted while the indicator changes: only colours and texts update.
    let resource = use_data::<IndicatorFile>(move || data_path(DataFile::Indicator(&series.get())));
    let fw = framework.clone();
    let current = Memo::new(move |prev: Option<&Option<Current>>| match resource.get() {
        Some(Ok(f)) => fw.series(&f.series).cloned().map(|s| (f, Arc::new(s))),
        // While the next file loads, keep showing the previous one.
        _ => prev.cloned().flatten(),
    });
    let error = move || match resource.get() {
        Some(Err(error)) => Some(view! { <crate::ui::error::DataErrorPanel error /> }),
        _ => None,
    };
    // One scale for every year, so a colour means the same value while the slider moves.
    // Kept per indicator while the map is shown, so switching back to one reuses its scale.
    let scales = StoredValue::new(HashMap::<String, Option<Bins>>::new());
    let bins = Memo::new(move |_| {
        current.with(|c| {
            let (f, _) = c.as_ref()?;
            if let Some(known) = scales.with_value(|m| m.get(&f.series).cloned()) {
                return known;
            }
            let b = quantile_bins(
                f.countries.values().flat_map(|v| v.points().map(|p| p.1)),
                5,
            );
            scales.update_value(|m| {
                m.insert(f.series.clone(), b.clone());
            });
            b
        })
    });
    let lang = move || i18n.get_locale().as_str();
    // Colour bin of every country drawn, in the map's order; the full text only for the one
    // hovered or focused.
    let w2 = world.clone();
    let bins_by_country = Memo::new(move |_| {
        let y = year.get();
        let b1 = bins.get();
        current.with(|c| match (c, b1) {
            (Some((f, _)), Some(b1)) => bins_in_year(w2.drawn(), &f.countries, &b1, y),
            _ => Vec::new(),
        })
    });
    let c3 = countries.clone();
    let describe = Callback::new(move |iso3: String| {
        let y = year.get();
        let l = lang();
        let name = c3.country(&iso3).map_or(iso3.as_str(), |c| c.name.get(l));
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
    });
    let legend = Signal::derive(move || {
        let mut items: Vec<LegendItem> = bins
            .get()
            .map(|b| {
                (0..b.len())
                    .map(|i| {
                        let (lo, hi) = b.range(i);
                        LegendItem {
                            class: bin_class(i),
                            text: format!("{} – {}", number(i18n, lo), number(i18n, hi)),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        items.push(LegendItem {
            class: "nodata",
            text: t_string!(i18n, progress.no_data).to_owned(),
        });
        items
    });
    let options = mapped_series(&framework)
        .into_iter()
        .map(|s| {
            let sel = s.id == series.get_untracked();
            let name = s.name.clone();
            let nums = s.mdg_2003.join(", ");
            view! { <option value=s.id.clone() selected=sel>{move || format!("{} ({})", name.get(i18n.get_locale().as_str()), nums)}</option> }
        })
        .collect_view();
    let show_table = RwSignal::new(false);
    let c2 = countries.clone();
    // Built when first opened; then its cells follow the indicator, the year and the method.
    let table = move || {
        let open = show_table.get() && current.with(Option::is_some);
        open.then(|| view! { <MapTable countries=c2.clone() current year /> })
    };
    let map_label = Signal::derive(move || {
        let name = current
            .with(|c| {
                c.as_ref()
                    .map(|(_, m)| m.name.get(i18n.get_locale().as_str()).to_owned())
            })
            .unwrap_or_default();
        format!(
            "{} · {} · {}",
            t_string!(i18n, progress.map_title),
            name,
            year.get()
        )
    });
    let unit = move || {
        current
            .with(|c| {
                c.as_ref()
                    .map(|(_, m)| m.unit.get(i18n.get_locale().as_str()).to_owned())
            })
            .unwrap_or_default()
    };
    view! {
        <div class="controls map-controls">
            <div class="control">
                <label for="map-series">{t!(i18n, progress.indicator)}</label>
                <select id="map-series" prop:value=move || series.get() on:change=move |ev| nav(&map_path(&event_target_value(&ev), year.get_untracked(), method.get_untracked()), false)>{options}</select>
            </div>
            <YearControl series year />
            <MethodPicker />
        </div>
        {error}
        <p class="muted small">{move || format!("{} · {}", unit(), t_string!(i18n, progress.map_note))}</p>
        // `data-series` names the indicator whose values are drawn (the tests wait on it).
        <div class="map-layout" data-series=move || current.with(|c| c.as_ref().map(|(f, _)| f.series.clone()))>
            <Choropleth world countries=countries.clone() bins=bins_by_country label=map_label describe />
            <MapLegend title=Signal::derive(move || t_string!(i18n, progress.legend).to_owned()) items=legend />
        </div>
        <details class="table-twin" on:toggle=move |ev| {
            use leptos::wasm_bindgen::JsCast;
            let open = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
            show_table.set(open);
        }>
            <summary>{t!(i18n, progress.map_table)}</summary>
            {table}
        </details>
    }
}

/// The year slider and its play/pause button: the slider pushes history entries; playing
/// replaces them, one step every 0.7 s.
#[component]
fn YearControl(series: Memo<String>, year: Memo<u16>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = navigator();
    let method = use_method();
    let playing = RwSignal::new(false);
    let handle = StoredValue::new(None::<IntervalHandle>);
    let set_year = move |y: u16, replace: bool| {
        nav(
            &map_path(&series.get_untracked(), y, method.get_untracked()),
            replace,
        )
    };
    let sy = set_year.clone();
    let stop = move || {
        playing.set(false);
        if let Some(h) = handle.get_value() {
            h.clear();
        }
        handle.set_value(None);
    };
    let st = stop;
    let toggle = move |_| {
        if playing.get_untracked() {
            st();
            return;
        }
        let sy = sy.clone();
        let st2 = st;
        if year.get_untracked() >= LAST_YEAR {
            sy(FIRST_YEAR, true);
        }
        playing.set(true);
        let h = set_interval_with_handle(
            move || {
                let y = year.get_untracked();
                if y >= LAST_YEAR {
                    st2();
                } else {
                    sy(y + 1, true);
                }
            },
            Duration::from_millis(700),
        )
        .ok();
        handle.set_value(h);
    };
    on_cleanup(stop);
    view! {
        <div class="control year-control">
            <label for="map-year">{t!(i18n, progress.year)}</label>
            <input id="map-year" type="range" min=FIRST_YEAR.to_string() max=LAST_YEAR.to_string() step="1"
                prop:value=move || year.get().to_string()
                on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<u16>() { set_year(y, false) } }
            />
            <output id="map-year-out" for="map-year" class="year-output" data-year=move || year.get().to_string()>{move || year.get().to_string()}</output>
            <button type="button" class="play" aria-pressed=move || playing.get().to_string() on:click=toggle>
                {move || if playing.get() { t_string!(i18n, progress.pause) } else { t_string!(i18n, progress.play) }}
            </button>
        </div>
    }
}

/// The loaded indicator file and its series.
type Current = (Arc<IndicatorFile>, Arc<crate::data::Series>);

/// The map's table twin: one row per country in name order. Rows are keyed by country and built
/// once per language; a year step updates only the cells whose text changes.
#[component]
fn MapTable(
    countries: Arc<Countries>,
    /// The indicator shown (the table is only built once one is loaded).
    current: Memo<Option<Current>>,
    year: Memo<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let method = use_method();
    let lang = move || i18n.get_locale().as_str();
    let rows = Memo::new(move |_| {
        let l = lang();
        let mut rows: Vec<(String, String)> = countries
            .countries
            .iter()
            .map(|c| (c.name.get(l).to_owned(), c.iso3.clone()))
            .collect();
        rows.sort_by_cached_key(|r| crate::data::fold(&r.0));
        rows
    });
    let caption = move || {
        let name = current.with(|c| c.as_ref().map(|(_, m)| m.name.get(lang()).to_owned()));
        format!("{} · {}", name.unwrap_or_default(), year.get())
    };
    view! {
        <table class="data-table">
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, progress.col_entity)}</th>
                <th scope="col">{t!(i18n, progress.col_value)}</th>
                <th scope="col">{t!(i18n, progress.col_value_year)}</th>
                <th scope="col">{t!(i18n, progress.col_status)}</th>
            </tr></thead>
            <tbody>
                <For
                    each=move || rows.get()
                    key=|row| row.clone()
                    children=move |(name, iso3)| view! { <MapRow name iso3 current year method /> }
                />
            </tbody>
        </table>
    }
}

/// One country's row of the table twin: its value by the year, that value's year, its status.
#[component]
fn MapRow(
    name: String,
    iso3: String,
    current: Memo<Option<Current>>,
    year: Memo<u16>,
    method: Memo<Method>,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = AppBase::expect().to(Page::Country(&iso3));
    let cells = Memo::new(move |_| {
        let (y, m) = (year.get(), method.get());
        current.with(|c| {
            let (f, series) = c.as_ref()?;
            let values = f.countries.get(&iso3);
            let latest = values.and_then(|v| v.latest_at_or_before(y));
            let status = values.map_or("", |v| {
                status_label(i18n, assess_series(series, v, y, m).status)
            });
            Some((
                latest.map_or_else(
                    || t_string!(i18n, progress.no_data).to_owned(),
                    |(_, v)| number(i18n, v),
                ),
                latest.map(|(y, _)| y.to_string()).unwrap_or_default(),
                status.to_owned(),
            ))
        })
    });
    let cell = move |pick: fn(&(String, String, String)) -> &String| {
        move || cells.with(|c| c.as_ref().map(|c| pick(c).clone()))
    };
    view! {
        <tr>
            <td><a href=href>{name}</a></td>
            <td class="num">{cell(|c| &c.0)}</td>
            <td>{cell(|c| &c.1)}</td>
            <td>{cell(|c| &c.2)}</td>
        </tr>
    }
}
