//! Pillar 4, monitoring: what a national MDG Report is and how often, who reported when, the
//! verified reports in the data, what the bundled data could measure year by year (heat map, table, per country),
//! and the two indicators the ILO collated.

mod availability;
mod history;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::data::{data_path, Countries, DataFile, Framework, PillarId, Reports, Strategy};
use crate::i18n::*;
use crate::pillars::PillarIntro;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::figure::FigureCard;
use crate::ui::prose::{localized, Prose, SourceCite};
use crate::ui::table::ScrollTable;
use crate::ui::{loaded::loaded, page::PageHeading};
use availability::AvailabilitySection;
use history::ReportingHistory;

/// The pillar's page.
#[component]
pub fn MonitoringPage() -> impl IntoView {
    let i18n = use_i18n();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Monitoring />
            {loaded(
                strategy,
                move |strategy| {
                    let m = strategy.monitoring.clone();
                    let [min, max] = m.frequency_years;
                    let figures = strategy
                        .key_figures
                        .iter()
                        .filter(|f| f.id.starts_with("mdgr"))
                        .cloned()
                        .map(|figure| {
                            view! {
                                <FigureCard
                                    source=strategy.source(&figure.source).cloned()
                                    figure
                                />
                            }
                        })
                        .collect_view();
                    view! {
                        <section aria-labelledby="mdgr-heading">
                            <h2 id="mdgr-heading">{t!(i18n, monitoring.mdgr_heading)}</h2>
                            <p>
                                <Prose
                                    text=m.mdgr.clone()
                                    strategy=strategy.clone()
                                    paras=m.paras.clone()
                                />
                            </p>
                            <p class="badge-line">
                                {move || {
                                    t_string!(i18n, monitoring.frequency, min = min, max = max)
                                        .to_string()
                                }}
                            </p>
                            <p>
                                <Prose
                                    text=m.status.clone()
                                    strategy=strategy.clone()
                                    paras=m.paras.clone()
                                />
                            </p>
                            <ul class="figures">{figures}</ul>
                            <p>
                                <Prose
                                    text=m.field_support.clone()
                                    strategy=strategy.clone()
                                    paras=m.paras.clone()
                                />
                            </p>
                            <SourceCite id=m.source.clone() strategy=strategy.clone() />
                        </section>
                        <ReportingHistory strategy=strategy.clone() />
                        <VerifiedReports />
                        <AvailabilitySection />
                        <IloIndicators strategy=strategy.clone() />
                        <PillarIntro pillar=PillarId::Monitoring strategy />
                    }
                },
            )}
        </article>
    }
}

/// The verified national MDG Reports in the data, by the country's name as shown (the file is
/// in code order), then year.
#[component]
fn VerifiedReports() -> impl IntoView {
    let i18n = use_i18n();
    let reports = use_data::<Reports>(|| data_path(DataFile::Reports));
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    view! {
        <section aria-labelledby="verified-heading" data-slide-omit="">
            <h2 id="verified-heading">{t!(i18n, monitoring.verified_heading)}</h2>
            {loaded(
                reports,
                move |reports| {
                    let reports = reports.clone();
                    loaded(
                        countries,
                        move |countries| {
                            let lang = i18n.get_locale().as_str();
                            let name = |iso3: &str| {
                                countries
                                    .countries
                                    .iter()
                                    .find(|c| c.iso3 == iso3)
                                    .map_or(iso3.to_owned(), |c| c.name.get(lang).to_owned())
                            };
                            let base = AppBase::expect();
                            let mut named: Vec<_> = reports
                                .reports
                                .iter()
                                .map(|r| (name(&r.iso3), r))
                                .collect();
                            named
                                .sort_by_cached_key(|(country, r)| {
                                    (crate::data::fold(country), r.year)
                                });
                            let rows = named
                                .into_iter()
                                .map(|(country, r)| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <A href=base.to(Page::Country(&r.iso3))>{country}</A>
                                            </th>
                                            <td>{r.year}</td>
                                            <td>
                                                <a
                                                    href=r.url.clone()
                                                    rel="noopener"
                                                    lang=r.language.first().cloned()
                                                >
                                                    {r.title.clone()}
                                                </a>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view();
                            view! {
                                <p class="note">{reports.note.get(lang).to_owned()}</p>
                                <ScrollTable
                                    caption=t_string!(
                                        i18n, monitoring.verified_caption, count = reports.reports.len()
                                    )
                                        .to_string()
                                    class="data-table"
                                    region_class="table-tall"
                                >
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!(i18n, monitoring.country)}</th>
                                            <th scope="col">{t!(i18n, monitoring.year)}</th>
                                            <th scope="col">{t!(i18n, monitoring.report_title)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </ScrollTable>
                            }
                        },
                    )
                },
            )}
        </section>
    }
}

/// The two indicators the ILO collated for the MDG Reports, with what the data has for them.
#[component]
fn IloIndicators(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let availability = use_data::<crate::data::Availability>(|| data_path(DataFile::Availability));
    let refs = strategy.monitoring.ilo_indicators.clone();
    view! {
        <section aria-labelledby="ilo-heading">
            <h2 id="ilo-heading">{t!(i18n, monitoring.ilo_heading)}</h2>
            {loaded(
                framework,
                move |framework| {
                    let refs = refs.clone();
                    let strategy = strategy.clone();
                    loaded(
                        availability,
                        move |availability| {
                            let base = AppBase::expect();
                            refs.iter()
                                .map(|r| {
                                    let indicator = framework
                                        .indicators
                                        .iter()
                                        .find(|i| i.id == r.indicator)
                                        .cloned();
                                    let span = availability.indicator_span(&r.indicator);
                                    let series = indicator
                                        .as_ref()
                                        .and_then(|i| i.series.first().cloned());
                                    let id = r.indicator.clone();
                                    view! {
                                        <div class="card ilo-indicator">
                                            <h3>
                                                {move || {
                                                    t_string!(
                                                        i18n, monitoring.indicator_number, number = id.clone()
                                                    )
                                                        .to_string()
                                                }} " — " {indicator.as_ref().map(|i| localized(&i.text))}
                                            </h3>
                                            <p>
                                                <Prose
                                                    text=r.description.clone()
                                                    strategy=strategy.clone()
                                                    paras=r.paras.clone()
                                                />
                                            </p>
                                            <p>
                                                {move || match span {
                                                    Some(s) => {
                                                        t_string!(
                                                            i18n, monitoring.ilo_span, first = s.first, last = s.last, countries = s.best_countries, year = s.best_year
                                                        )
                                                            .to_string()
                                                    }
                                                    None => t_string!(i18n, monitoring.ilo_none).to_string(),
                                                }}
                                            </p>
                                            {series
                                                .map(|s| {
                                                    view! {
                                                        <p>
                                                            <A href=base
                                                                .to(Page::map(&s))>{t!(i18n, goals.map_link)}</A>
                                                            " · "
                                                            <A href=base
                                                                .to(Page::Chart(&s))>{t!(i18n, goals.chart_link)}</A>
                                                        </p>
                                                    }
                                                })}
                                        </div>
                                    }
                                })
                                .collect_view()
                        },
                    )
                },
            )}
        </section>
    }
}
