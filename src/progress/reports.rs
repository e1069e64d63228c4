//! What a country itself reported: its national MDG Reports in the verified record, dated and
//! linked to their sources, placed on the "as of" timeline beside what the bundled data could
//! measure for it each year. On the profile, and as its own page (`/countries/KEN/reports`), the
//! country briefing's "What this country reported" slide.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::model::Seen;
use crate::data::progress::STALE_WINDOW;
use crate::data::reporting::{measured_per_year, trackable};
use crate::data::{
    data_path, Countries, DataError, DataFile, EntityFile, Framework, Report, ReportEntries, Text,
};
use crate::i18n::*;
use crate::progress::state::use_url_state;
use crate::progress::unknown::UnknownCountry;
use crate::routes::Page;
use crate::routes::{document_title, AppBase};
use crate::store::use_data;
use crate::ui::date::ShortYear;
use crate::ui::loaded::{loaded, loaded2};

/// First and last year of the timeline: the Millennium Declaration to the final reports.
const TIMELINE: (u16, u16) = (
    crate::data::REPORTS_FIRST_YEAR,
    crate::data::REPORTS_LAST_YEAR,
);

/// The `/countries/:iso3/reports` route.
#[component]
pub fn CountryReportsPage() -> impl IntoView {
    let state = use_url_state();
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let as_of = Signal::derive(move || state.with(|s| s.as_of));
    view! {
        <article class="page progress-page country-reports">
            {loaded2(
                countries,
                framework,
                move |countries, framework| {
                    let code = state.with_untracked(|s| s.country.clone());
                    match countries.country(&code) {
                        Some(country) => {
                            let name = country.name.clone();
                            view! { <ReportsPage code name framework as_of /> }.into_any()
                        }
                        None => {
                            view! {
                                <UnknownCountry
                                    countries
                                    code
                                    link=|c| Page::CountryReports(c).path()
                                />
                            }
                                .into_any()
                        }
                    }
                },
            )}
        </article>
    }
}

/// The stand-alone page of one country's reports, with the way back to its profile.
#[component]
fn ReportsPage(
    code: String,
    name: Text,
    framework: Arc<Framework>,
    as_of: Signal<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let file = code.clone();
    let entity = use_data::<EntityFile>(move || data_path(DataFile::Country(&file)));
    let country = StoredValue::new(name.clone());
    let country_name = move || country.with_value(|n| n.get(i18n.get_locale().as_str()).to_owned());
    let heading = Signal::derive(move || {
        t_string!(i18n, progress.reported_title, country = country_name()).to_string()
    });
    let title = move || document_title(Some(&heading.get()), t_string!(i18n, app_name));
    view! {
        <Title text=title />
        <header class="page-heading">
            <p class="crumbs">
                <a href=base.to(Page::Country(&code))>{country_name}</a>
            </p>
            <h1>{heading}</h1>
        </header>
        <CountryReports iso3=code.clone() name as_of framework entity />
    }
}

/// The country's reports, timeline and list, as of a year.
#[component]
pub fn CountryReports(
    /// The country's code.
    iso3: String,
    /// The country's name.
    name: Text,
    /// The year the view is as of.
    #[prop(into)]
    as_of: Signal<u16>,
    /// The framework (indicators and series).
    framework: Arc<Framework>,
    /// The country's data file (the profile's own, so it is requested once).
    entity: LocalResource<Result<Arc<EntityFile>, DataError>>,
    /// Whether to link to the stand-alone page (on the profile).
    #[prop(optional)]
    link_page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let page = link_page.then(|| base.to(Page::CountryReports(&iso3)));
    view! {
        <section class="mdgrs" aria-labelledby="mdgr-h">
            <h2 id="mdgr-h">{t!(i18n, progress.mdgrs)}</h2>
            {loaded(
                entity,
                move |entity| {
                    let ReportEntries { note, list } = entity.reports.clone().unwrap_or_default();
                    let name = name.clone();
                    let framework = framework.clone();
                    view! {
                        <SoFar list=list.clone() name=name.clone() as_of />
                        <ReportTimeline
                            list=list.clone()
                            name
                            framework=framework.clone()
                            entity=entity.clone()
                            as_of
                        />
                        <ReportList list framework entity as_of />
                        <p class="muted small">
                            {move || note.get(i18n.get_locale().as_str()).to_owned()}
                        </p>
                    }
                },
            )}
            {page
                .map(|href| {
                    view! {
                        <p data-slide-omit>
                            <a href=href>{t!(i18n, progress.reported_page)}</a>
                        </p>
                    }
                })}
        </section>
    }
}

/// "By 2010, Kenya had published 2 of the 4 reports in this record."
#[component]
fn SoFar(list: Vec<Report>, name: Text, as_of: Signal<u16>) -> impl IntoView {
    let i18n = use_i18n();
    let total = list.len();
    move || {
        let year = as_of.get();
        let country = name.get(i18n.get_locale().as_str()).to_owned();
        let count = list.iter().filter(|r| r.year <= year).count();
        let text = if total == 0 {
            t_string!(i18n, progress.no_mdgr).to_string()
        } else {
            t_string!(
                i18n,
                progress.reported_so_far,
                year = year,
                country = country,
                count = count,
                total = total
            )
            .to_string()
        };
        view! {
            <p class="mdgr-sofar" data-count=count>
                {text}
            </p>
        }
    }
}

/// Year by year: indicators with data for the country, and its reports; years after "as of"
/// faded.
#[component]
fn ReportTimeline(
    list: Vec<Report>,
    name: Text,
    framework: Arc<Framework>,
    entity: Arc<EntityFile>,
    as_of: Signal<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (first, last) = TIMELINE;
    let measured: Vec<(u16, usize)> =
        measured_per_year(&framework, &entity, first, crate::data::LAST_YEAR);
    let total = framework
        .indicators
        .iter()
        .filter(|i| !i.series.is_empty())
        .count();
    let years: Vec<u16> = (first..=last).collect();
    let later = move |y: u16| if y > as_of.get() { "later" } else { "" };
    let head = years
        .iter()
        .map(|&y| {
            view! {
                <th scope="col" class=move || later(y)>
                    <ShortYear year=y />
                </th>
            }
        })
        .collect_view();
    let data_row = years
        .iter()
        .map(|&y| {
            let n = measured
                .iter()
                .find(|(year, _)| *year == y)
                .map(|(_, n)| *n);
            let level = n.map_or(0, |n| heat_level(n, total));
            view! {
                <td class=move || {
                    format!("heat heat--{level} {}", later(y))
                }>{n.map_or_else(|| "–".to_owned(), |n| n.to_string())}</td>
            }
        })
        .collect_view();
    let report_row = years
        .iter()
        .map(|&y| {
            let n = list.iter().filter(|r| r.year == y).count();
            view! {
                <td class=move || format!("mdgr-mark {}", later(y)) data-reports=n>
                    {(n > 0).then(|| n.to_string())}
                </td>
            }
        })
        .collect_view();
    let caption = Signal::derive(move || {
        t_string!(
            i18n,
            progress.reported_timeline,
            country = name.get(i18n.get_locale().as_str()),
            first = first,
            last = last
        )
        .to_string()
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table class="mdgr-timeline">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="row">{t!(i18n, monitoring.year)}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{t!(i18n, progress.reported_data_row)}</th>
                        {data_row}
                    </tr>
                    <tr>
                        <th scope="row">{t!(i18n, progress.reported_reports_row)}</th>
                        {report_row}
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// Colour level 0–5 of `n` indicators out of `total` (same scale as the monitoring page).
fn heat_level(n: usize, total: usize) -> u8 {
    if n == 0 || total == 0 {
        return 0;
    }
    1 + ((n as f32 / total as f32) * 4.999).min(4.0) as u8
}

/// The reports, oldest first, each with what the data held for it in its year.
#[component]
fn ReportList(
    list: Vec<Report>,
    framework: Arc<Framework>,
    entity: Arc<EntityFile>,
    as_of: Signal<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = framework
        .indicators
        .iter()
        .filter(|i| !i.series.is_empty())
        .count();
    let later = move |y: u16| if y > as_of.get() { "later" } else { "" };
    let items = list.into_iter().map(|r| {
        let year = r.year;
        let tracked = trackable(&framework, &entity, year, STALE_WINDOW);
        let numbers = tracked.iter().map(|i| i.id.clone()).collect::<Vec<_>>().join(", ");
        let count = tracked.len();
        let from = year.saturating_sub(STALE_WINDOW - 1);
        let seen = r.seen;
        view! {
            <li class=move || later(year) data-year=year>
                <span class="mdgr-list__year">{year}</span>
                " "
                <a href=r.url.clone() rel="external noopener" lang=r.language.first().cloned()>
                    {r.title.clone()}
                </a>
                <span class="muted small">
                    {r.publisher.clone().map(|p| format!(" · {p}"))} " · "
                    {move || match seen {
                        Seen::Report => t_string!(i18n, progress.seen_report),
                        Seen::Record => t_string!(i18n, progress.seen_record),
                    }}
                    {move || {
                        (year > as_of.get())
                            .then(|| {
                                format!(
                                    " · {}",
                                    t_string!(i18n, progress.reported_later, year = as_of.get()),
                                )
                            })
                    }}
                </span>
                <br />
                <span class="small">
                    {move || {
                        t_string!(
                            i18n, progress.reported_trackable, count = count, total = total, from = from, to = year
                        )
                            .to_string()
                    }}
                </span>
                {(count > 0)
                    .then(|| {
                        let numbers = numbers.clone();
                        view! {
                            <span class="muted small">
                                " ("
                                {move || {
                                    t_string!(
                                        i18n, progress.reported_numbers, numbers = numbers.clone()
                                    )
                                        .to_string()
                                }} ")"
                            </span>
                        }
                    })}
            </li>
        }
    }).collect_view();
    view! { <ol class="mdgr-list">{items}</ol> }
}
