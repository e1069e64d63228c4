//! The panel's controls: indicator, country, compare and "as of" year, and the compared list.
//! They are rendered once; only their options follow the language and the file shown.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::panel::Panel;
use crate::data::progress::url::{AS_OF_MAX, AS_OF_MIN, MAX_COMPARE};
use crate::i18n::*;
use crate::progress::indicator::SeriesOptions;

/// Codes and names of the entities to choose from: the aggregates with data in the file, then
/// every country by name.
type Entities = (Vec<(String, String)>, Vec<(String, String)>);

/// The row of controls.
#[component]
pub(super) fn Controls(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let entities = Memo::new(move |_| {
        let l = i18n.get_locale().as_str();
        let in_file = |code: &str| {
            panel.current.with(|c| {
                c.as_ref()
                    .is_some_and(|(f, _)| f.aggregates.contains_key(code))
            })
        };
        panel.countries.with_value(|countries| {
            let mut aggs: Vec<(String, String)> = countries
                .aggregates
                .iter()
                .filter(|a| in_file(&a.code))
                .map(|a| (a.code.clone(), a.name.get(l).to_owned()))
                .collect();
            aggs.dedup_by(|a, b| a.0 == b.0);
            let mut list: Vec<(String, String)> = countries
                .countries
                .iter()
                .map(|c| (c.iso3.clone(), c.name.get(l).to_owned()))
                .collect();
            list.sort_by_cached_key(|c| crate::data::fold(&c.1));
            (aggs, list)
        })
    });
    view! {
        <div class="controls explore-controls" data-slide-omit="">
            <div class="control">
                <SeriesSelect panel />
            </div>
            <div class="control">
                <CountrySelect panel entities />
            </div>
            <div class="control">
                <CompareSelect panel entities />
            </div>
            <div class="control year-control">
                <AsOfControl panel />
            </div>
        </div>
    }
}

/// The indicator: changing it loads another file while the select keeps its place and focus.
#[component]
fn SeriesSelect(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let id = panel.id("series");
    let framework = panel.framework.get_value();
    view! {
        <label for=id.clone()>{t!(i18n, progress.indicator)}</label>
        <select
            id=id
            class="series-select"
            prop:value=move || panel.series_id.get()
            on:change=move |ev| {
                let v = event_target_value(&ev);
                panel.update(|s| s.indicator = Some(v));
            }
        >
            <SeriesOptions framework selected=panel.series_id.get_untracked() />
        </select>
    }
}

/// The main country or aggregate.
#[component]
fn CountrySelect(panel: Panel, entities: Memo<Entities>) -> impl IntoView {
    let i18n = use_i18n();
    let id = panel.id("country");
    let country = Memo::new(move |_| panel.state.with(|s| s.country.clone()));
    view! {
        <label for=id.clone()>{t!(i18n, progress.country)}</label>
        <select
            id=id
            on:change=move |ev| {
                let v = event_target_value(&ev);
                panel
                    .update(|s| {
                        s.compare.retain(|c| *c != v);
                        s.country = v;
                    });
            }
        >
            <EntityOptions entities selected=Some(country) />
        </select>
    }
}

/// Adds an entity to compare, up to [`MAX_COMPARE`].
#[component]
fn CompareSelect(panel: Panel, entities: Memo<Entities>) -> impl IntoView {
    let i18n = use_i18n();
    let id = panel.id("compare");
    let full = move || panel.state.with(|s| s.compare.len() >= MAX_COMPARE);
    view! {
        <label for=id.clone()>{t!(i18n, progress.add_compare)}</label>
        <select
            id=id
            disabled=full
            on:change=move |ev| {
                let v = event_target_value(&ev);
                if !v.is_empty() {
                    panel
                        .update(|s| {
                            if s.country != v && !s.compare.contains(&v) {
                                s.compare.push(v);
                            }
                        });
                }
                if let Some(select) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                {
                    select.set_value("");
                }
            }
        >
            <option value="" selected=true>
                {t!(i18n, progress.choose)}
            </option>
            <EntityOptions entities selected=None />
        </select>
    }
}

/// The options of a country select, grouped, with the `selected` one marked.
#[component]
fn EntityOptions(entities: Memo<Entities>, selected: Option<Memo<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let options = move |list: &[(String, String)]| {
        let chosen = selected.map(|s| s.get());
        list.iter()
            .map(|(code, name)| {
                let sel = chosen.as_deref() == Some(code.as_str());
                view! {
                    <option value=code.clone() selected=sel>
                        {name.clone()}
                    </option>
                }
            })
            .collect_view()
    };
    move || {
        entities.with(|(aggs, list)| {
            view! {
                <optgroup label=t_string!(i18n, progress.aggregates)>{options(aggs)}</optgroup>
                <optgroup label=t_string!(i18n, progress.countries)>{options(list)}</optgroup>
            }
        })
    }
}

/// The "as of" year.
#[component]
fn AsOfControl(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let id = panel.id("asof");
    let year = move || panel.state.with(|s| s.as_of).to_string();
    view! {
        <label for=id.clone()>{t!(i18n, progress.as_of)}</label>
        <input
            id=id
            type="range"
            min=AS_OF_MIN.to_string()
            max=AS_OF_MAX.to_string()
            prop:value=year
            on:change=move |ev| {
                if let Ok(y) = event_target_value(&ev).parse::<u16>() {
                    panel.update(|s| s.as_of = y);
                }
            }
        />
        <output class="year-output">{year}</output>
    }
}

/// The compared entities, each with a button to remove it.
#[component]
pub(super) fn Compared(panel: Panel) -> impl IntoView {
    let i18n = use_i18n();
    let compare = Memo::new(move |_| panel.state.with(|s| s.compare.clone()));
    let items = move || {
        let l = i18n.get_locale().as_str();
        compare
            .get()
            .into_iter()
            .map(|code| {
                let name = panel.entity_name(&code, l);
                let label =
                    t_string!(i18n, progress.remove_compare, name = name.clone()).to_string();
                view! {
                    <li>
                        {name}
                        <button
                            type="button"
                            class="remove"
                            aria-label=label
                            on:click=move |_| { panel.update(|s| s.compare.retain(|x| *x != code)) }
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul
            class="compared"
            data-slide-omit=""
            aria-label=move || t_string!(i18n, progress.compared).to_owned()
        >
            {items}
        </ul>
    }
}
