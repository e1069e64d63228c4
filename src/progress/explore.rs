//! The indicator explorer (`/explore?indicator=…&country=…&compare=…`): chart with target,
//! required path and projection; a sortable table; sources; CSV, SVG and PNG downloads.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::progress::url::{AS_OF_MAX, AS_OF_MIN, MAX_COMPARE};
use crate::data::progress::{assess_series, projected_path, required_path, ProfileState, Tab};
use crate::data::viz::{format_value, to_csv};
use crate::data::{
    data_path, Countries, DataFile, Framework, IndicatorFile, Manifest, SeriesValues,
};
use crate::i18n::*;
use crate::progress::state::{
    entity_name, explore_path, mapped_series, navigator, use_url_state, MethodPicker,
};
use crate::progress::working::Working;
use crate::routes::document_title;
use crate::store::use_data;
use crate::ui::charts::line_chart::{Annotation, ChartLine, ChartModel, LineChart, HEIGHT, WIDTH};
use crate::ui::download::{download_png, download_svg, download_text};
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::number::number;
use crate::ui::status::StatusBadge;
use crate::ui::tabs::{panel_id, tab_id, TabItem, Tabs};

/// Series shown when the URL names none: under-five mortality, the most widely reported.
pub const DEFAULT_SERIES: &str = "sh_dyn_mort";
/// Country shown when the URL names none.
pub const DEFAULT_ENTITY: &str = "WLD";

/// The `/explore` route.
#[component]
pub fn ExplorePage() -> impl IntoView {
    let i18n = use_i18n();
    let raw = use_url_state();
    let state = Memo::new(move |_| {
        let mut s = raw.get();
        if s.country.is_empty() {
            s.country = DEFAULT_ENTITY.into();
        }
        if s.indicator.is_none() {
            s.indicator = Some(DEFAULT_SERIES.into());
        }
        if s.tab == Tab::Progress {
            s.tab = Tab::Chart;
        }
        s
    });
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let title = move || {
        document_title(
            Some(t_string!(i18n, progress.explore_title)),
            t_string!(i18n, app_name),
        )
    };
    view! {
        <Title text=title />
        <article class="page progress-page">
            <header class="page-heading">
                <h1>{t!(i18n, progress.explore_title)}</h1>
                <p class="lede">{t!(i18n, progress.explore_lede)}</p>
            </header>
            {loaded2(countries, framework, move |countries, framework| {
                view! { <IndicatorPanel framework countries state path_of=explore_path id_prefix="explore" /> }
            })}
        </article>
    }
}

/// One table row: entity name, year, value (the CSV has the same rows).
type Row = (String, u16, f64);

/// The chart | table | sources panel for `state.indicator`, used by `/explore` and the profile.
#[component]
pub fn IndicatorPanel(
    framework: Arc<Framework>,
    countries: Arc<Countries>,
    state: Memo<ProfileState>,
    /// Builds the URL for a changed state (explore or profile).
    path_of: fn(&ProfileState) -> String,
    /// Prefix for element ids.
    id_prefix: &'static str,
) -> impl IntoView {
    let series_id = Memo::new(move |_| {
        state.with(|s| s.indicator.clone().unwrap_or_else(|| DEFAULT_SERIES.into()))
    });
    let file = use_data::<IndicatorFile>(move || data_path(DataFile::Indicator(&series_id.get())));
    move || {
        let framework = framework.clone();
        let countries = countries.clone();
        loaded(file, move |file| {
            view! { <Panel framework=framework.clone() countries=countries.clone() file state path_of id_prefix /> }
        })
    }
}

#[component]
fn Panel(
    framework: Arc<Framework>,
    countries: Arc<Countries>,
    file: Arc<IndicatorFile>,
    state: Memo<ProfileState>,
    path_of: fn(&ProfileState) -> String,
    id_prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = navigator();
    let Some(series) = framework.series(&file.series).cloned() else {
        return view! { <p>{t!(i18n, progress.unknown_indicator)}</p> }.into_any();
    };
    let series = Arc::new(series);
    let values_of = {
        let file = file.clone();
        move |code: &str| -> Option<SeriesValues> {
            file.countries
                .get(code)
                .or_else(|| file.aggregates.get(code))
                .cloned()
        }
    };
    let update = {
        let nav = nav.clone();
        move |f: &dyn Fn(&mut ProfileState)| {
            let mut s = state.get_untracked();
            f(&mut s);
            nav(&path_of(&s), false);
        }
    };
    let lang = move || i18n.get_locale().as_str();
    // The entities shown: main first, then compared.
    let codes = Memo::new(move |_| {
        state.with(|s| {
            std::iter::once(s.country.clone())
                .chain(s.compare.iter().cloned())
                .collect::<Vec<_>>()
        })
    });
    let vo = values_of.clone();
    let main_assessment = {
        let series = series.clone();
        Memo::new(move |_| {
            let s = state.get();
            vo(&s.country).map(|v| assess_series(&series, &v, s.as_of, s.method))
        })
    };
    // Table rows, in the chosen order; the CSV writes exactly these.
    let sort = RwSignal::new((0usize, true));
    let cs = countries.clone();
    let vo2 = values_of.clone();
    let rows = Memo::new(move |_| {
        let l = lang();
        let mut rows: Vec<Row> = codes
            .get()
            .iter()
            .flat_map(|c| {
                let name = entity_name(&cs, c, l);
                vo2(c)
                    .map(|v| {
                        v.points()
                            .map(|(y, x)| (name.clone(), y, x))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
            .collect();
        let (col, asc) = sort.get();
        rows.sort_by(|a, b| {
            let o = match col {
                0 => crate::data::fold(&a.0)
                    .cmp(&crate::data::fold(&b.0))
                    .then(a.1.cmp(&b.1)),
                1 => a.1.cmp(&b.1).then(a.0.cmp(&b.0)),
                _ => a.2.total_cmp(&b.2),
            };
            if asc {
                o
            } else {
                o.reverse()
            }
        });
        rows
    });
    let series_name = {
        let s = series.clone();
        move || s.name.get(lang()).to_owned()
    };
    let unit = {
        let s = series.clone();
        move || s.unit.get(lang()).to_owned()
    };
    let cs3 = countries.clone();
    let vo3 = values_of.clone();
    let sn = series_name.clone();
    let un = unit.clone();
    let model = Memo::new(move |_| {
        let s = state.get();
        let l = lang();
        let lines = codes
            .get()
            .iter()
            .map(|c| ChartLine {
                label: entity_name(&cs3, c, l),
                points: vo3(c).map(|v| v.points().collect()).unwrap_or_default(),
            })
            .collect();
        let a = main_assessment.get();
        let mut annotations = Vec::new();
        let (mut required, mut projected) = (Vec::new(), Vec::new());
        if let Some(a) = &a {
            if let Some(b) = a.baseline {
                annotations.push(Annotation {
                    year: b.year,
                    value: b.value,
                    text: format!(
                        "{} {} ({})",
                        t_string!(i18n, progress.working.baseline),
                        number(i18n, b.value),
                        b.year
                    ),
                });
            }
            if let Some(lt) = a
                .latest
                .filter(|lt| Some(lt.year) != a.baseline.map(|b| b.year))
            {
                annotations.push(Annotation {
                    year: lt.year,
                    value: lt.value,
                    text: format!(
                        "{} {} ({})",
                        t_string!(i18n, progress.working.latest),
                        number(i18n, lt.value),
                        lt.year
                    ),
                });
            }
            if let (Some(t), Some(d)) = (a.target, a.deadline) {
                annotations.push(Annotation {
                    year: d,
                    value: t,
                    text: format!(
                        "{} {}",
                        t_string!(i18n, progress.target_2015),
                        number(i18n, t)
                    ),
                });
            }
            required = required_path(a).iter().map(|o| (o.year, o.value)).collect();
            projected = projected_path(a)
                .iter()
                .map(|o| (o.year, o.value))
                .collect();
        }
        ChartModel {
            title: format!("{} · {}", sn(), entity_name(&cs3, &s.country, l)),
            unit: un(),
            lines,
            required,
            projected,
            annotations,
            as_of: s.as_of,
            required_label: t_string!(i18n, progress.required_path).to_owned(),
            projected_label: t_string!(i18n, progress.projection).to_owned(),
            source: t_string!(i18n, progress.chart_source).to_owned(),
        }
    });
    let description = {
        let sn = series_name.clone();
        Signal::derive(move || {
            let m = model.get();
            let names: Vec<String> = m.lines.iter().map(|l| l.label.clone()).collect();
            format!(
                "{}: {}. {}",
                sn(),
                names.join(", "),
                t_string!(i18n, progress.chart_alt)
            )
        })
    };
    // Controls.
    let mapped: Vec<(String, crate::data::Text, String)> = mapped_series(&framework)
        .into_iter()
        .map(|s| (s.id.clone(), s.name.clone(), s.mdg_2003.join(", ")))
        .collect();
    let current_series = series.id.clone();
    let up1 = update.clone();
    let series_select = view! {
        <label for=format!("{id_prefix}-series")>{t!(i18n, progress.indicator)}</label>
        <select id=format!("{id_prefix}-series") on:change=move |ev| {
            let v = event_target_value(&ev);
            up1(&|s: &mut ProfileState| s.indicator = Some(v.clone()));
        }>
            {mapped.into_iter().map(|(id, name, nums)| {
                let selected = id == current_series;
                view! { <option value=id.clone() selected=selected>{move || format!("{} ({})", name.get(i18n.get_locale().as_str()), nums)}</option> }
            }).collect_view()}
        </select>
    };
    let options = {
        let countries = countries.clone();
        let file = file.clone();
        move |selected: Option<String>| {
            let l = i18n.get_locale().as_str();
            let mut aggs: Vec<(String, String)> = countries
                .aggregates
                .iter()
                .filter(|a| file.aggregates.contains_key(&a.code))
                .map(|a| (a.code.clone(), a.name.get(l).to_owned()))
                .collect();
            aggs.dedup_by(|a, b| a.0 == b.0);
            let mut list: Vec<(String, String)> = countries
                .countries
                .iter()
                .map(|c| (c.iso3.clone(), c.name.get(l).to_owned()))
                .collect();
            list.sort_by_cached_key(|c| crate::data::fold(&c.1));
            view! {
                <optgroup label=t_string!(i18n, progress.aggregates)>
                    {aggs.into_iter().map(|(c, n)| { let sel = selected.as_deref() == Some(c.as_str()); view! { <option value=c selected=sel>{n}</option> } }).collect_view()}
                </optgroup>
                <optgroup label=t_string!(i18n, progress.countries)>
                    {list.into_iter().map(|(c, n)| { let sel = selected.as_deref() == Some(c.as_str()); view! { <option value=c selected=sel>{n}</option> } }).collect_view()}
                </optgroup>
            }
        }
    };
    let o1 = options.clone();
    let up2 = update.clone();
    let country_select = view! {
        <label for=format!("{id_prefix}-country")>{t!(i18n, progress.country)}</label>
        <select id=format!("{id_prefix}-country") on:change=move |ev| {
            let v = event_target_value(&ev);
            up2(&|s: &mut ProfileState| { s.country = v.clone(); s.compare.retain(|c| *c != v); });
        }>
            {move || o1(Some(state.with(|s| s.country.clone())))}
        </select>
    };
    let o2 = options.clone();
    let up3 = update.clone();
    let compare_select = view! {
        <label for=format!("{id_prefix}-compare")>{t!(i18n, progress.add_compare)}</label>
        <select id=format!("{id_prefix}-compare") disabled=move || state.with(|s| s.compare.len() >= MAX_COMPARE) on:change=move |ev| {
            let v = event_target_value(&ev);
            if !v.is_empty() {
                up3(&|s: &mut ProfileState| if s.country != v && !s.compare.contains(&v) { s.compare.push(v.clone()) });
            }
            // Back to "Choose…", ready for the next one.
            if let Some(select) = ev.target().and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok()) {
                select.set_value("");
            }
        }>
            <option value="" selected=true>{t!(i18n, progress.choose)}</option>
            {move || o2(None)}
        </select>
    };
    let cs4 = countries.clone();
    let up4 = update.clone();
    let compared =
        move || {
            let l = lang();
            state.get().compare.into_iter().map(|c| {
            let name = entity_name(&cs4, &c, l);
            let up = up4.clone();
            let label = t_string!(i18n, progress.remove_compare, name = name.clone()).to_string();
            view! {
                <li>
                    {name}
                    <button type="button" class="remove" aria-label=label on:click=move |_| {
                        let c = c.clone();
                        up(&move |s: &mut ProfileState| s.compare.retain(|x| *x != c));
                    }>"×"</button>
                </li>
            }
        }).collect_view()
        };
    let up5 = update.clone();
    let asof_id = format!("{id_prefix}-asof");
    let asof_control = view! {
        <label for=asof_id.clone()>{t!(i18n, progress.as_of)}</label>
        <input id=asof_id type="range" min=AS_OF_MIN.to_string() max=AS_OF_MAX.to_string()
            prop:value=move || state.with(|s| s.as_of).to_string()
            on:change=move |ev| { if let Ok(y) = event_target_value(&ev).parse::<u16>() { up5(&move |s: &mut ProfileState| s.as_of = y) } }
        />
        <output>{move || state.with(|s| s.as_of).to_string()}</output>
    };
    // Tabs.
    let tab_key = Signal::derive(move || match state.with(|s| s.tab) {
        Tab::Table => "table",
        Tab::Sources => "sources",
        _ => "chart",
    });
    let tabs = Signal::derive(move || {
        vec![
            TabItem {
                key: "chart",
                label: t_string!(i18n, progress.tab_chart).to_owned(),
            },
            TabItem {
                key: "table",
                label: t_string!(i18n, progress.tab_table).to_owned(),
            },
            TabItem {
                key: "sources",
                label: t_string!(i18n, progress.tab_sources).to_owned(),
            },
        ]
    });
    let up6 = update.clone();
    let on_select = Callback::new(move |k: &'static str| {
        let tab = Tab::from_key(k).unwrap_or(Tab::Chart);
        up6(&move |s: &mut ProfileState| s.tab = tab);
    });
    let svg_id: &'static str = if id_prefix == "profile" {
        "profile-chart-svg"
    } else {
        "explore-chart-svg"
    };
    let fname = {
        let s = series.clone();
        move |ext: &str| {
            format!(
                "{}_{}.{ext}",
                s.id,
                state.with(|st| std::iter::once(st.country.clone())
                    .chain(st.compare.iter().cloned())
                    .collect::<Vec<_>>()
                    .join("-"))
            )
        }
    };
    let f1 = fname.clone();
    let f2 = fname.clone();
    let f3 = fname.clone();
    let header = move || {
        [
            t_string!(i18n, progress.col_entity),
            t_string!(i18n, progress.col_year),
            t_string!(i18n, progress.col_value),
        ]
    };
    let csv = move || {
        let h = header();
        let r: Vec<Vec<String>> = rows
            .get()
            .into_iter()
            .map(|(n, y, v)| vec![n, y.to_string(), format_value(v)])
            .collect();
        to_csv(&h, &r)
    };
    let status_line = move || {
        main_assessment.get().map(|a| {
            let st = a.status;
            view! {
                <div class="chart-status">
                    <StatusBadge status=Signal::derive(move || st) />
                    <MethodPicker />
                    <details class="show-working">
                        <summary>{t!(i18n, progress.show_working)}</summary>
                        <Working assessment=Signal::derive(move || a.clone()) />
                    </details>
                </div>
            }
        })
    };
    let sort_button = move |col: usize, label: &'static str| {
        let aria = move || {
            let (c, asc) = sort.get();
            if c == col {
                if asc {
                    "ascending"
                } else {
                    "descending"
                }
            } else {
                "none"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=move |_| sort.update(|(c, asc)| if *c == col { *asc = !*asc } else { *c = col; *asc = true })>
                    {label}
                    <span aria-hidden="true">{move || { let (c, asc) = sort.get(); if c == col { if asc { " ▲" } else { " ▼" } } else { "" } }}</span>
                </button>
            </th>
        }
    };
    let table = move || {
        let h = header();
        view! {
            <table class="data-table" id=format!("{id_prefix}-table")>
                <caption>{series_name.clone()()} " (" {unit.clone()()} ")"</caption>
                <thead><tr>{sort_button(0, h[0])}{sort_button(1, h[1])}{sort_button(2, h[2])}</tr></thead>
                <tbody>
                    {rows.get().into_iter().map(|(n, y, v)| view! { <tr><td>{n}</td><td>{y.to_string()}</td><td class="num">{number(i18n, v)}</td></tr> }).collect_view()}
                </tbody>
            </table>
        }
    };
    let sources = {
        let series = series.clone();
        let fw = framework.clone();
        move || {
            let manifest = use_data::<Manifest>(|| data_path(DataFile::Manifest));
            let series = series.clone();
            let fw = fw.clone();
            loaded(manifest, move |m| {
                let l = i18n.get_locale().as_str();
                let src = m.source(&series.source).cloned();
                let defs: Vec<String> = series
                    .mdg_2003
                    .iter()
                    .filter_map(|id| fw.indicator(id))
                    .map(|i| format!("{}. {}", i.id, i.text.get(l)))
                    .collect();
                view! {
                    <dl class="sources">
                        <dt>{t!(i18n, progress.definition)}</dt>
                        <dd>{series.source_title.clone()} " (" <code>{series.source_code.clone()}</code> ")"</dd>
                        <dt>{t!(i18n, progress.mdg_indicator)}</dt>
                        <dd>{defs.join(" · ")}</dd>
                        <dt>{t!(i18n, progress.unit)}</dt>
                        <dd>{series.unit.get(l).to_owned()}</dd>
                        <dt>{t!(i18n, progress.source)}</dt>
                        <dd>{src.clone().map(|s| view! { <a href=s.url.clone() rel="external">{s.title.clone()}</a> " · " {s.publisher.clone()} " · " {s.version.clone()} })}</dd>
                        <dt>{t!(i18n, progress.licence)}</dt>
                        <dd>{src.map(|s| s.licence)}</dd>
                        <dt>{t!(i18n, progress.caveat)}</dt>
                        <dd>{series.caveat.as_ref().map(|c| c.get(l).to_owned()).unwrap_or_else(|| t_string!(i18n, progress.no_caveat).to_owned())}</dd>
                    </dl>
                }
            })
        }
    };
    let panel = move || {
        let key = tab_key.get();
        let body = match key {
            "table" => table.clone()().into_any(),
            "sources" => sources.clone()().into_any(),
            _ => view! {
                {status_line}
                <LineChart id=svg_id model description />
                <div class="actions">
                    <button type="button" on:click={ let f = f2.clone(); move |_| download_svg(svg_id, &f("svg")) }>{t!(i18n, progress.export_svg)}</button>
                    <button type="button" on:click={ let f = f3.clone(); move |_| download_png(svg_id, &f("png"), WIDTH as u32, HEIGHT as u32) }>{t!(i18n, progress.export_png)}</button>
                </div>
            }.into_any(),
        };
        view! {
            <div role="tabpanel" id=panel_id(id_prefix, key) aria-labelledby=tab_id(id_prefix, key) class="tab-panel">
                {body}
            </div>
        }
    };
    view! {
        <section class="indicator-panel" aria-label=move || series_name_static(&series, lang())>
            <div class="controls">
                <div class="control">{series_select}</div>
                <div class="control">{country_select}</div>
                <div class="control">{compare_select}</div>
                <div class="control">{asof_control}</div>
            </div>
            <ul class="compared" aria-label=move || t_string!(i18n, progress.compared).to_owned()>{compared}</ul>
            <Tabs id_prefix label=Signal::derive(move || t_string!(i18n, progress.views).to_owned()) tabs selected=tab_key on_select />
            {panel}
            <p class="actions">
                <button type="button" class="csv" on:click=move |_| download_text(&f1("csv"), "text/csv", &csv())>{t!(i18n, progress.download_csv)}</button>
            </p>
        </section>
    }
    .into_any()
}

fn series_name_static(s: &crate::data::Series, lang: &str) -> String {
    s.name.get(lang).to_owned()
}
