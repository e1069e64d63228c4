//! Countries index: search (accents ignored, current language), filters by MDG region, income
//! group and LDC, and a world map coloured by the share of indicators met or on track.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::progress::url::AS_OF_MAX;
use crate::data::progress::IndexFilter;
use crate::data::progress::{Method, ProfileState};
use crate::data::viz::{share_bin, SHARE_BINS};
use crate::data::{data_path, fold, Countries, DataFile, Framework, GroupKind, WorldMap};
use crate::i18n::*;
use crate::progress::share::{country_share, use_targeted};
use crate::progress::state::{navigator, MethodPicker};
use crate::routes::Page;
use crate::routes::{AppBase, Section};
use crate::store::use_data;
use crate::ui::charts::choropleth::{bin_class, Choropleth, LegendItem, MapLegend};
use crate::ui::loaded::loaded;
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
            <nav class="progress-links" aria-label=move || t_string!(i18n, progress.more_views).to_owned()>
                <a href=base.to(Page::Explore(&ProfileState::default()))>{t!(i18n, progress.explore_title)}</a>
                <a href=base.to(Page::Map { indicator: None, year: None, method: Method::default() })>{t!(i18n, progress.map_title)}</a>
                <a href=base.to(Page::ProgressGrid)>{t!(i18n, progress.grid_title)}</a>
            </nav>
            {loaded(countries, move |data| view! { <Index data /> })}
        </article>
    }
}

#[component]
fn Index(data: Arc<Countries>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    // The filters live in the URL (`/countries?q=…&region=…&income=…&ldc=1`), so a filtered
    // list can be shared and survives reload and back/forward.
    let location = leptos_router::hooks::use_location();
    let filter = Memo::new(move |_| IndexFilter::from_query(&location.search.get()));
    let nav = navigator();
    // Typing replaces the history entry; choosing a filter adds one.
    let set_filter = move |change: &dyn Fn(&mut IndexFilter), replace: bool| {
        let mut f = filter.get_untracked();
        change(&mut f);
        nav(&Page::Countries(&f).path(), replace);
    };
    let lang = move || i18n.get_locale().as_str();
    let group_options = {
        let data = data.clone();
        move |kind: GroupKind, chosen: fn(&IndexFilter) -> Option<String>| {
            let data = data.clone();
            let chosen = Memo::new(move |_| filter.with(chosen));
            move || {
                let now = chosen.get();
                data.groups
                    .iter()
                    .filter(|g| g.kind == kind)
                    .map(|g| {
                        let selected = now.as_deref() == Some(g.id.as_str());
                        view! { <option value=g.id.clone() selected=selected>{g.name.get(lang()).to_owned()}</option> }
                    })
                    .collect_view()
            }
        }
    };
    let d1 = data.clone();
    let matches = Memo::new(move |_| {
        let f = filter.get();
        let q = fold(f.search.trim());
        let r = f.region.unwrap_or_default();
        let inc = f.income.unwrap_or_default();
        let only_ldc = f.ldc;
        let l = lang();
        let mut list: Vec<(String, String)> = d1
            .countries
            .iter()
            .filter(|c| r.is_empty() || c.mdg_region == r)
            .filter(|c| inc.is_empty() || c.income_group == inc)
            .filter(|c| !only_ldc || c.ldc)
            .filter(|c| {
                q.is_empty() || fold(c.name.get(l)).contains(&q) || c.iso3.eq_ignore_ascii_case(&q)
            })
            .map(|c| (c.iso3.clone(), c.name.get(l).to_owned()))
            .collect();
        list.sort_by_cached_key(|c| fold(&c.1));
        list
    });
    let total = data.countries.len();
    let list = move || {
        let base = base.clone();
        matches
            .get()
            .into_iter()
            .map(|(iso3, name)| view! { <li><a href=base.to(Page::Country(&iso3))>{name}</a></li> })
            .collect_view()
    };
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let world = use_data::<WorldMap>(|| data_path(DataFile::World));
    let d2 = data.clone();
    let map = loaded(framework, move |fw| {
        let d2 = d2.clone();
        loaded(world, move |world| {
            let targeted = use_targeted(fw.clone());
            let d3 = d2.clone();
            loaded(targeted, move |t| {
                let d = d3.clone();
                let world = world.clone();
                let (d4, t2) = (d3.clone(), t.clone());
                // The share on track as of 2015 moves only with the method.
                let method = Memo::new(move |_| filter.with(|f| f.method));
                let (d5, t3) = (d3.clone(), t.clone());
                let w2 = world.clone();
                // In the map's drawing order; countries not in the bundle have no share.
                let bins = Memo::new(move |_| {
                    let m = method.get();
                    w2.drawn()
                        .map(|iso3| {
                            d5.country(iso3)?;
                            let share = country_share(&t3, iso3, AS_OF_MAX, m).share()?;
                            Some(share_bin(share) as u8)
                        })
                        .collect::<Vec<_>>()
                });
                let describe = Callback::new(move |iso3: String| {
                    let l = i18n.get_locale().as_str();
                    let name = d4.country(&iso3).map_or(iso3.as_str(), |c| c.name.get(l));
                    let s = country_share(&t2, &iso3, AS_OF_MAX, method.get());
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
                let legend = Signal::derive(move || {
                    let mut items: Vec<LegendItem> = (0..SHARE_BINS)
                        .map(|i| LegendItem {
                            class: bin_class(i),
                            text: format!(
                                "{}–{} %",
                                i * 100 / SHARE_BINS,
                                (i + 1) * 100 / SHARE_BINS
                            ),
                        })
                        .collect();
                    items.push(LegendItem {
                        class: "nodata",
                        text: t_string!(i18n, progress.no_judged).to_owned(),
                    });
                    items
                });
                view! {
                    <div class="map-layout">
                        <Choropleth world countries=d.clone() label=Signal::derive(move || t_string!(i18n, progress.share_map).to_owned()) bins describe />
                        <MapLegend title=Signal::derive(move || t_string!(i18n, progress.share_legend).to_owned()) items=legend />
                    </div>
                }
            })
        })
    });
    view! {
        <section class="share-map" aria-labelledby="share-h">
            <h2 id="share-h">{t!(i18n, progress.share_map)}</h2>
            <p class="muted small">{t!(i18n, progress.share_help)}</p>
            <MethodPicker />
            {map}
        </section>
        <form class="controls country-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="control">
                <label for="country-search">{t!(i18n, progress.search)}</label>
                <input id="country-search" type="search" autocomplete="off"
                    prop:value=move || filter.with(|f| f.search.clone())
                    on:input={
                        let set = set_filter.clone();
                        move |ev| {
                            let v = event_target_value(&ev);
                            set(&|f| f.search = v.clone(), true)
                        }
                    }
                />
            </div>
            <div class="control">
                <label for="filter-region">{t!(i18n, progress.mdg_region)}</label>
                <select id="filter-region" on:change={
                    let set = set_filter.clone();
                    move |ev| {
                        let v = event_target_value(&ev);
                        set(&|f| f.region = (!v.is_empty()).then(|| v.clone()), false)
                    }
                }>
                    <option value="">{t!(i18n, progress.all)}</option>
                    {group_options(GroupKind::MdgRegion, |f| f.region.clone())}
                </select>
            </div>
            <div class="control">
                <label for="filter-income">{t!(i18n, progress.income_group)}</label>
                <select id="filter-income" on:change={
                    let set = set_filter.clone();
                    move |ev| {
                        let v = event_target_value(&ev);
                        set(&|f| f.income = (!v.is_empty()).then(|| v.clone()), false)
                    }
                }>
                    <option value="">{t!(i18n, progress.all)}</option>
                    {group_options(GroupKind::IncomeGroup, |f| f.income.clone())}
                </select>
            </div>
            <div class="control checkbox">
                <input id="filter-ldc" type="checkbox" prop:checked=move || filter.with(|f| f.ldc)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set_filter(&|f| f.ldc = on, false)
                    }
                />
                <label for="filter-ldc">{t!(i18n, progress.ldc_only)}</label>
            </div>
        </form>
        <p class="counts" role="status">{move || t_string!(i18n, progress.shown_count, shown = matches.with(Vec::len), total = total).to_string()}</p>
        <ul class="country-list">{list}</ul>
    }
}
