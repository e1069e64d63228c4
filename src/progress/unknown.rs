//! What a mistyped link lands on: a friendly view that says which indicator or country the link
//! named, and a picker of the ones there are, to go on from there. Real data problems (a file
//! that is missing or broken for a known indicator or country) still show their `DataErrorPanel`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::text::fold;
use crate::data::{Countries, Framework};
use crate::i18n::*;
use crate::progress::state::{indicator_numbers, mapped_series};
use crate::routes::{document_title, AppBase, Section};

/// Whether `id` is a series the views can show (one with country data, so an indicator file).
pub fn is_known_series(framework: &Framework, id: &str) -> bool {
    mapped_series(framework).iter().any(|s| s.id == id)
}

/// An indicator id the data does not have, with the list of those it has, each linked to the
/// same view (`link` builds the app path of the view for a series id).
#[component]
pub fn UnknownIndicator(
    /// The goals, indicators and series.
    framework: Arc<Framework>,
    /// The id the link named.
    id: String,
    /// The app path of the same view on another series.
    link: Callback<String, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let series = mapped_series(&framework);
    let count = series.len();
    let title =
        move || t_string!(i18n, progress.unknown_indicator_title, id = id.clone()).to_string();
    let items = series
        .into_iter()
        .map(|s| {
            let name = s.name.clone();
            let numbers = indicator_numbers(s);
            // Series of the 2008 list only have no 2003 number to show.
            let label = move || {
                let name = name.get(i18n.get_locale().as_str());
                if numbers.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name} ({numbers})")
                }
            };
            view! {
                <li>
                    <a href=base.href(&link.run(s.id.clone()))>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="unknown" aria-labelledby="unknown-heading">
            <h2 id="unknown-heading">{title}</h2>
            <p>{move || t_string!(i18n, progress.unknown_indicator_body, count).to_string()}</p>
            <nav aria-labelledby="unknown-heading">
                <ul class="unknown__list unknown__list--wide">{items}</ul>
            </nav>
        </section>
    }
}

/// A country code the data does not know: the page's heading says which, then every country,
/// by name in the current language, linked to the page `link` makes for it.
#[component]
pub fn UnknownCountry(
    /// Country names.
    countries: Arc<Countries>,
    /// The code the link named.
    code: String,
    /// The app path of the same kind of page for another country.
    link: fn(&str) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = StoredValue::new(AppBase::expect());
    let count = countries.countries.len();
    let code = StoredValue::new(code);
    let heading = move || {
        t_string!(
            i18n,
            progress.unknown_country_title,
            code = code.get_value()
        )
        .to_string()
    };
    let title = move || document_title(Some(&heading()), t_string!(i18n, app_name));
    let items = move || {
        let lang = i18n.get_locale().as_str();
        let mut list: Vec<(&str, &str)> = countries
            .countries
            .iter()
            .map(|c| (c.iso3.as_str(), c.name.get(lang)))
            .collect();
        list.sort_by_cached_key(|(_, name)| fold(name));
        list.into_iter()
            .map(|(iso3, name)| {
                let href = base.with_value(|b| b.href(&link(iso3)));
                view! {
                    <li>
                        <a href=href>{name.to_owned()}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Title text=title />
        <header class="page-heading">
            <p class="crumbs">
                <a href=base
                    .with_value(|b| {
                        b.to(Section::Countries.page())
                    })>{t!(i18n, progress.back_to_countries)}</a>
            </p>
            <h1 id="unknown-heading">{heading}</h1>
            <p class="lede">
                {move || t_string!(i18n, progress.unknown_country_body, count).to_string()}
            </p>
        </header>
        <nav aria-labelledby="unknown-heading">
            <ul class="unknown__list">{items}</ul>
        </nav>
    }
}
