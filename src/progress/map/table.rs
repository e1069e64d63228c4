//! The map's table twin, built when first opened.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::data::progress::{assess_series, Method};
use crate::data::Countries;
use crate::i18n::*;
use crate::progress::indicator::Current;
use crate::progress::state::use_method;
use crate::routes::{AppBase, Page};
use crate::ui::number::number;
use crate::ui::status::status_label;

/// The `<details>` holding the table twin: the table is built when first opened; then its cells
/// follow the indicator, the year and the method.
#[component]
pub(super) fn TableTwin(
    countries: Arc<Countries>,
    current: Memo<Option<Current>>,
    year: Memo<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let countries = StoredValue::new(countries);
    let show = RwSignal::new(false);
    let table = move || {
        let open = show.get() && current.with(Option::is_some);
        open.then(|| view! { <MapTable countries=countries.get_value() current year /> })
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        let details = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
        show.set(details.is_some_and(|d| d.open()));
    };
    view! {
        // The map itself is the slide; a table of 200 rows is for the page.
        <details class="table-twin" data-slide-omit on:toggle=on_toggle>
            <summary>{t!(i18n, progress.map_table)}</summary>
            {table}
        </details>
    }
}

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
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, progress.col_entity)}</th>
                    <th scope="col">{t!(i18n, progress.col_value)}</th>
                    <th scope="col">{t!(i18n, progress.col_value_year)}</th>
                    <th scope="col">{t!(i18n, progress.col_status)}</th>
                </tr>
            </thead>
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
            <td>
                <a href=href>{name}</a>
            </td>
            <td class="num">{cell(|c| &c.0)}</td>
            <td>{cell(|c| &c.1)}</td>
            <td>{cell(|c| &c.2)}</td>
        </tr>
    }
}
