//! A country's MDG profile: groupings, verified MDG Reports, and one card per indicator with
//! data, with its status as of a chosen year (`/countries/KEN?as_of=2003`).

mod card;
mod goals;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::progress::url::{AS_OF_MAX, AS_OF_MIN};
use crate::data::progress::{ProfileState, Tab};
use crate::data::route::PROFILE_ID_PREFIX;
use crate::data::{data_path, Countries, Country, DataFile, EntityFile, Framework};
use crate::i18n::*;
use crate::progress::explore::IndicatorPanel;
use crate::progress::reports::CountryReports;
use crate::progress::settled::{use_settled, SettledValue};
use crate::progress::state::{profile_path, use_url_state};
use crate::progress::unknown::UnknownCountry;
use crate::routes::{document_title, AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::loaded::{loaded, loaded2};
use goals::Goals;

/// The country profile route.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let state = use_url_state();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    // Re-keyed on the country only: changing the as-of year keeps the page.
    let country = Memo::new(move |_| state.with(|s| s.country.clone()));
    view! {
        <article class="page progress-page">
            {loaded2(
                countries,
                framework,
                move |countries, framework| {
                    move || {
                        let (countries, framework) = (countries.clone(), framework.clone());
                        view! { <Profile code=country.get() countries framework state /> }
                    }
                },
            )}
        </article>
    }
}

#[component]
fn Profile(
    code: String,
    countries: Arc<Countries>,
    framework: Arc<Framework>,
    state: Memo<ProfileState>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let Some(country) = countries.country(&code).cloned() else {
        return view! { <UnknownCountry countries code link=|c| Page::Country(c).path() /> }
            .into_any();
    };
    // The page shows a new "as of" year at once; the address follows once it rests.
    let settled = use_settled(state, profile_path);
    let state = settled.value;
    let file_code = code.clone();
    let entity = use_data::<EntityFile>(move || data_path(DataFile::Country(&file_code)));
    let as_of = Memo::new(move |_| state.with(|s| s.as_of));
    let method = Memo::new(move |_| state.with(|s| s.method));
    let name = StoredValue::new(country.name.clone());
    let name_now = move || name.with_value(|n| n.get(i18n.get_locale().as_str()).to_owned());
    let title = move || document_title(Some(&name_now()), t_string!(i18n, app_name));
    let facts = view! { <Facts country countries=countries.clone() /> };
    let (countries, framework) = (StoredValue::new(countries), StoredValue::new(framework));
    // Kept mounted while the year or the indicator changes; the panel follows `state` itself.
    let panel_open =
        Memo::new(move |_| state.with(|s| s.indicator.is_some() && s.tab != Tab::Progress));
    let panel = move || {
        panel_open.get().then(|| {
            view! {
                <IndicatorPanel
                    framework=framework.get_value()
                    countries=countries.get_value()
                    state
                    path_of=profile_path
                    id_prefix=PROFILE_ID_PREFIX
                />
            }
        })
    };
    // The reports come with the goals, not before them: arriving first, they would be pushed down
    // the screen by the goals (a layout shift).
    let body = loaded(entity, move |file| {
        view! {
            <Goals framework=framework.get_value() entity=file as_of method country=code.clone() />
            <CountryReports
                iso3=code.clone()
                name=name.get_value()
                as_of
                framework=framework.get_value()
                entity
                link_page=true
            />
        }
    });
    view! {
        <Title text=title />
        <header class="page-heading">
            <p class="crumbs">
                <a href=base.to(Section::Countries.page())>{t!(i18n, progress.all_countries)}</a>
            </p>
            <h1>{name_now}</h1>
            {facts}
        </header>
        <AsOfControl settled as_of />
        {panel}
        {body}
    }
    .into_any()
}

/// The country's MDG region, income group and whether it is a least developed country.
#[component]
fn Facts(country: Country, countries: Arc<Countries>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.get_locale().as_str();
        let group = |id: &str| {
            countries
                .group(id)
                .map_or_else(|| id.to_owned(), |g| g.name.get(lang).to_owned())
        };
        view! {
            // Each term with its value: a pair wraps as one.
            <dl class="facts">
                <div>
                    <dt>{t!(i18n, progress.mdg_region)}</dt>
                    <dd>{group(&country.mdg_region)}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, progress.income_group)}</dt>
                    <dd>{group(&country.income_group)}</dd>
                </div>
                <div>
                    <dt>{t!(i18n, progress.ldc)}</dt>
                    <dd>
                        {if country.ldc {
                            t_string!(i18n, progress.yes)
                        } else {
                            t_string!(i18n, progress.no)
                        }}
                    </dd>
                </div>
            </dl>
        }
    }
}

/// The "as of" year slider: every status on the page is judged as of it.
#[component]
fn AsOfControl(settled: SettledValue<ProfileState>, as_of: Memo<u16>) -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        if let Ok(year) = event_target_value(&ev).parse::<u16>() {
            let mut s = settled.value.get_untracked();
            s.as_of = year.clamp(AS_OF_MIN, AS_OF_MAX);
            settled.set(s, false);
        }
    };
    view! {
        // On a slide, the summary's heading says the year.
        <div class="asof-control" role="group" aria-labelledby="asof-label" data-slide-omit>
            <label id="asof-label" for="asof">
                {t!(i18n, progress.as_of)}
            </label>
            <input
                id="asof"
                type="range"
                min=AS_OF_MIN.to_string()
                max=AS_OF_MAX.to_string()
                step="1"
                prop:value=move || as_of.get().to_string()
                on:change=on_change
                on:blur=move |_| settled.flush()
            />
            <output for="asof" class="asof-year" data-year=move || as_of.get().to_string()>
                {move || as_of.get().to_string()}
            </output>
            <p class="muted small">{t!(i18n, progress.as_of_help)}</p>
        </div>
    }
}
