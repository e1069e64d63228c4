//! Countries index: search (accents ignored, current language), filters by MDG region, income
//! group and LDC, and a world map coloured by the share of indicators met or on track.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::url::AS_OF_MAX;
use crate::data::progress::{IndexFilter, Method, ProfileState};
use crate::data::viz::ColourScale;
use crate::data::{data_path, fold, Countries, DataFile, Framework, GroupKind, WorldMap};
use crate::i18n::*;
use crate::progress::share::{country_share, share_legend, use_targeted, Targeted};
use crate::progress::state::{navigator, MethodPicker};
use crate::routes::Page;
use crate::routes::{AppBase, Section};
use crate::store::use_data;
use crate::ui::charts::choropleth::{Choropleth, MapLegend};
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::page::PageHeading;

/// The countries page.
#[component]
pub fn CountriesPage() -> impl IntoView {
    let i18n = use_i18n();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let base = AppBase::expect();
    view! {
        <article class="page progress-page">
            <PageHeading section=Section::Countries />
            <nav
                class="progress-links"
                aria-label=move || t_string!(i18n, progress.more_views).to_owned()
            >
                <a href=base
                    .to(
                        Page::Explore(&ProfileState::default()),
                    )>{t!(i18n, progress.explore_title)}</a>
                <a href=base
                    .to(Page::Map {
                        indicator: None,
                        year: None,
                        method: Method::default(),
                    })>{t!(i18n, progress.map_title)}</a>
                <a href=base.to(Page::ProgressGrid)>{t!(i18n, progress.grid_title)}</a>
            </nav>
            {loaded(countries, move |data| view! { <Index data /> })}
        </article>
    }
}

/// The index's filters, kept in the URL (`/countries?q=…&region=…&income=…&ldc=1`) so a
/// filtered list can be shared and survives reload and back/forward.
#[derive(Clone, Copy)]
struct Filter {
    /// The filters in the URL.
    now: Memo<IndexFilter>,
    /// Goes to a filtered list's path; `true` replaces the history entry.
    go: Callback<(String, bool)>,
}

impl Filter {
    fn new() -> Self {
        let location = leptos_router::hooks::use_location();
        let nav = navigator();
        Filter {
            now: Memo::new(move |_| IndexFilter::from_query(&location.search.get())),
            go: Callback::new(move |(path, replace): (String, bool)| nav(&path, replace)),
        }
    }

    /// Applies `change`; typing replaces the history entry (`replace`), choosing a filter adds one.
    fn change(self, change: impl FnOnce(&mut IndexFilter), replace: bool) {
        let mut f = self.now.get_untracked();
        change(&mut f);
        self.go.run((Page::Countries(&f).path(), replace));
    }
}

/// The share map, the filters and the filtered list of countries.
#[component]
fn Index(data: Arc<Countries>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let filter = Filter::new();
    let total = data.countries.len();
    let countries = StoredValue::new(data);
    let matches = Memo::new(move |_| {
        let f = filter.now.get();
        let q = fold(f.search.trim());
        let r = f.region.unwrap_or_default();
        let inc = f.income.unwrap_or_default();
        let l = i18n.get_locale().as_str();
        let mut list: Vec<(String, String)> = countries.with_value(|d| {
            d.countries
                .iter()
                .filter(|c| r.is_empty() || c.mdg_region == r)
                .filter(|c| inc.is_empty() || c.income_group == inc)
                .filter(|c| !f.ldc || c.ldc)
                .filter(|c| {
                    q.is_empty()
                        || fold(c.name.get(l)).contains(&q)
                        || c.iso3.eq_ignore_ascii_case(&q)
                })
                .map(|c| (c.iso3.clone(), c.name.get(l).to_owned()))
                .collect()
        });
        list.sort_by_cached_key(|c| fold(&c.1));
        list
    });
    let list = move || {
        matches
            .get()
            .into_iter()
            .map(|(iso3, name)| {
                view! {
                    <li>
                        <a href=base.to(Page::Country(&iso3))>{name}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ShareMap
            countries=countries.get_value()
            method=Memo::new(move |_| filter.now.with(|f| f.method))
        />
        <Filters countries filter />
        <p class="counts" role="status">
            {move || {
                t_string!(i18n, progress.shown_count, shown = matches.with(Vec::len), total = total)
                    .to_string()
            }}
        </p>
        <ul class="country-list">{list}</ul>
    }
}

/// The search box, the group selects and the LDC checkbox.
#[component]
fn Filters(countries: StoredValue<Arc<Countries>>, filter: Filter) -> impl IntoView {
    let i18n = use_i18n();
    let on_search = move |ev| {
        let v = event_target_value(&ev);
        filter.change(|f| f.search = v, true);
    };
    let on_ldc = move |ev| {
        let on = event_target_checked(&ev);
        filter.change(|f| f.ldc = on, false);
    };
    view! {
        <form class="controls country-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="control">
                <label for="country-search">{t!(i18n, progress.search)}</label>
                <input
                    id="country-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || filter.now.with(|f| f.search.clone())
                    on:input=on_search
                />
            </div>
            <div class="control">
                <label for="filter-region">{t!(i18n, progress.mdg_region)}</label>
                <GroupSelect
                    id="filter-region"
                    kind=GroupKind::MdgRegion
                    countries
                    filter
                    get=|f| f.region.clone()
                    set=|f, v| f.region = v
                />
            </div>
            <div class="control">
                <label for="filter-income">{t!(i18n, progress.income_group)}</label>
                <GroupSelect
                    id="filter-income"
                    kind=GroupKind::IncomeGroup
                    countries
                    filter
                    get=|f| f.income.clone()
                    set=|f, v| f.income = v
                />
            </div>
            <div class="control checkbox">
                <input
                    id="filter-ldc"
                    type="checkbox"
                    prop:checked=move || filter.now.with(|f| f.ldc)
                    on:change=on_ldc
                />
                <label for="filter-ldc">{t!(i18n, progress.ldc_only)}</label>
            </div>
        </form>
    }
}

/// A select of one kind of country group ("All" first), bound to one of the filters.
#[component]
fn GroupSelect(
    /// The element id (its label points at it).
    id: &'static str,
    /// The kind of group listed.
    kind: GroupKind,
    countries: StoredValue<Arc<Countries>>,
    filter: Filter,
    /// Reads the filter's group.
    get: fn(&IndexFilter) -> Option<String>,
    /// Sets the filter's group (`None` for all).
    set: fn(&mut IndexFilter, Option<String>),
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = Memo::new(move |_| filter.now.with(get));
    let options = move || {
        let now = chosen.get();
        let l = i18n.get_locale().as_str();
        countries.with_value(|d| {
            d.groups
                .iter()
                .filter(|g| g.kind == kind)
                .map(|g| {
                    let selected = now.as_deref() == Some(g.id.as_str());
                    view! {
                        <option value=g.id.clone() selected=selected>
                            {g.name.get(l).to_owned()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        filter.change(|f| set(f, (!v.is_empty()).then_some(v)), false);
    };
    view! {
        <select id=id on:change=on_change>
            <option value="">{t!(i18n, progress.all)}</option>
            {options}
        </select>
    }
}

/// The world map of the share of each country's targeted indicators met or on track by 2015.
#[component]
fn ShareMap(countries: Arc<Countries>, method: Memo<Method>) -> impl IntoView {
    let i18n = use_i18n();
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let world = use_data::<WorldMap>(|| data_path(DataFile::World));
    let targeted = use_targeted(framework);
    let map = loaded2(targeted, world, move |targeted, world| {
        view! { <ShareChoropleth countries=countries.clone() world targeted method /> }
    });
    view! {
        <section class="share-map" aria-labelledby="share-h">
            <h2 id="share-h">{t!(i18n, progress.share_map)}</h2>
            <p class="muted small">{t!(i18n, progress.share_help)}</p>
            <MethodPicker />
            {map}
        </section>
    }
}

/// The share map's choropleth and legend.
#[component]
fn ShareChoropleth(
    countries: Arc<Countries>,
    world: Arc<WorldMap>,
    targeted: Targeted,
    /// The share on track as of 2015 moves only with the method.
    method: Memo<Method>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (data, drawn) = (StoredValue::new(countries.clone()), world.clone());
    let shares = StoredValue::new(targeted);
    // In the map's drawing order; countries not in the bundle have no share.
    let bins = Memo::new(move |_| {
        let m = method.get();
        let scale = ColourScale::share();
        drawn
            .drawn()
            .map(|iso3| {
                data.with_value(|d| d.country(iso3).map(|_| ()))?;
                let share = shares
                    .with_value(|t| country_share(t, iso3, AS_OF_MAX, m))
                    .share()?;
                Some(scale.step(share))
            })
            .collect::<Vec<_>>()
    });
    let describe = Callback::new(move |iso3: String| {
        let l = i18n.get_locale().as_str();
        let name = data.with_value(|d| d.country(&iso3).map(|c| c.name.get(l).to_owned()));
        let name = name.as_deref().unwrap_or(&iso3);
        let s = shares.with_value(|t| country_share(t, &iso3, AS_OF_MAX, method.get()));
        if s.share().is_some() {
            t_string!(
                i18n,
                progress.share_text,
                name = name,
                on = s.on_track,
                judged = s.judged
            )
            .to_string()
        } else {
            format!("{name}: {}", t_string!(i18n, progress.no_judged))
        }
    });
    let legend =
        Signal::derive(move || share_legend(t_string!(i18n, progress.no_judged).to_owned()));
    view! {
        <div class="map-layout">
            <Choropleth
                world
                countries
                label=Signal::derive(move || t_string!(i18n, progress.share_map).to_owned())
                bins
                describe
            />
            <MapLegend
                title=Signal::derive(move || t_string!(i18n, progress.share_legend).to_owned())
                items=legend
            />
        </div>
    }
}
