//! The methodology page (`/methodology`): each judging method's rules, thresholds and sources,
//! a worked example computed from the bundled data, and the data's caveats. Every status badge
//! and "show the working" links here.

use leptos::prelude::*;

use crate::data::progress::{assess_series, Assessment, Method};
use crate::data::{data_path, Countries, DataFile, EntityFile, Framework};
use crate::i18n::*;
use crate::store::use_data;
use crate::ui::loaded::loaded2;
use crate::ui::number::number;
use crate::ui::page::Heading;
use crate::ui::status::{method_label, StatusBadge};

/// The worked example: one of the countries with a baseline and recent data for the most
/// targeted series (11 of 22), and a case where the methods part (maternal mortality published
/// in whole units at exactly the target).
pub const EXAMPLE_COUNTRY: &str = "IND";
const EXAMPLE_YEAR: u16 = 2015;

/// Where each method's thresholds come from (the titles as published).
const SOURCES: [(&str, &str); 5] = [
    (
        "World Bank, developmentgoals.org: regional charts, notes on method (likely, possible, unlikely, very unlikely; targets of 100% recast as the gap to 100)",
        "https://developmentgoals.org/regional-charts/",
    ),
    (
        "FAO, Progress towards Millennium Development Goal 1: Hunger Target (2010 map and legend)",
        "https://pdfslide.us/documents/progress-towards-millennium-development-goal-1-hunger-target-2010-10-28-progress.html",
    ),
    (
        "United Nations, Millennium Development Goals: 2011 Progress Chart",
        "https://www.scribd.com/document/80253673/MDG-2011-Progress-Chart",
    ),
    (
        "Asian Development Bank, Key Indicators for Asia and the Pacific 2014, p. 71 (95% cut-off for universal primary enrolment and completion)",
        "https://paperzz.com/doc/8683096/key-indicators-for-asia-and-the-pacific-2014",
    ),
    (
        "ILO Governing Body, Developments regarding technical cooperation activities in the United Nations system (Geneva, 1 October 2003), ¶17: national MDG Reports every two to three years",
        "source#p17",
    ),
];

/// The `/methodology` route.
#[component]
pub fn MethodologyPage() -> impl IntoView {
    let i18n = use_i18n();
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let countries = use_data::<Countries>(|| data_path(DataFile::Countries));
    let entity = use_data::<EntityFile>(|| data_path(DataFile::Country(EXAMPLE_COUNTRY)));
    let name = move || match countries.get() {
        Some(Ok(c)) => c.country(EXAMPLE_COUNTRY).map_or_else(
            || EXAMPLE_COUNTRY.to_owned(),
            |c| c.name.get(i18n.get_locale().as_str()).to_owned(),
        ),
        _ => EXAMPLE_COUNTRY.to_owned(),
    };
    let sources = SOURCES
        .iter()
        // Titles as published, in English.
        .map(|(t, u)| {
            view! {
                <li>
                    <a href=*u lang="en">
                        {*t}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page methodology-page">
            <Heading
                heading=move || t_string!(i18n, methodology.title)
                lede=move || t_string!(i18n, methodology.lede)
            />
            <section id="common" aria-labelledby="common-h">
                <h2 id="common-h">{t!(i18n, methodology.common_h)}</h2>
                <p>{t!(i18n, methodology.common)}</p>
            </section>
            <section id="robust" aria-labelledby="robust-h">
                <h2 id="robust-h">{t!(i18n, methodology.robust_h)}</h2>
                <ol>
                    <li>{t!(i18n, methodology.robust_1)}</li>
                    <li>{t!(i18n, methodology.robust_2)}</li>
                    <li>{t!(i18n, methodology.robust_3)}</li>
                    <li>{t!(i18n, methodology.robust_4)}</li>
                    <li>{t!(i18n, methodology.robust_5)}</li>
                </ol>
                <p>{t!(i18n, methodology.robust_6)}</p>
            </section>
            <section id="wb2003" aria-labelledby="wb-h">
                <h2 id="wb-h">{t!(i18n, methodology.wb_h)}</h2>
                <p>{t!(i18n, methodology.wb_1)}</p>
            </section>
            <section id="chart" aria-labelledby="chart-h">
                <h2 id="chart-h">{t!(i18n, methodology.chart_h)}</h2>
                <p>{t!(i18n, methodology.chart_1)}</p>
            </section>
            // Not a landmark itself: its scrolling table is the region named by the heading.
            <section id="example">
                <h2 id="example-h">
                    {move || {
                        t_string!(
                            i18n, methodology.example_h, country = name(), year = EXAMPLE_YEAR
                        )
                            .to_string()
                    }}
                </h2>
                <p>{t!(i18n, methodology.example_lede)}</p>
                {loaded2(framework, entity, move |fw, entity| view! { <Example fw entity /> })}
            </section>
            <section id="caveats" aria-labelledby="caveats-h">
                <h2 id="caveats-h">{t!(i18n, methodology.caveats_h)}</h2>
                <ul>
                    <li>{t!(i18n, methodology.caveat_1)}</li>
                    <li>{t!(i18n, methodology.caveat_2)}</li>
                    <li>{t!(i18n, methodology.caveat_3)}</li>
                </ul>
                <p>{t!(i18n, methodology.disagree)}</p>
            </section>
            <section id="sources" aria-labelledby="sources-h">
                <h2 id="sources-h">{t!(i18n, methodology.sources_h)}</h2>
                <ul class="sources">{sources}</ul>
            </section>
        </article>
    }
}

/// One row per targeted series of the example country: the working, and the class under each
/// method side by side.
#[component]
fn Example(fw: std::sync::Arc<Framework>, entity: std::sync::Arc<EntityFile>) -> impl IntoView {
    let i18n = use_i18n();
    let rows: Vec<(crate::data::Series, [Assessment; 3])> = fw
        .series
        .iter()
        .filter(|s| s.target_rule.is_some())
        .filter_map(|s| {
            let v = entity.series.get(&s.id)?;
            let [a, b, c] = Method::ALL;
            let run = |m| assess_series(s, v, EXAMPLE_YEAR, m);
            Some((s.clone(), [run(a), run(b), run(c)]))
        })
        .collect();
    let head = Method::ALL
        .into_iter()
        .map(|m| view! { <th scope="col">{move || method_label(i18n, m)}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(s, all)| {
            let name = s.name.clone();
            let robust = &all[0];
            let working = match (robust.baseline, robust.latest, robust.target) {
                (Some(b), Some(l), Some(t)) => Some((
                    format!(
                        "{} ({}) → {} ({})",
                        number(i18n, b.value),
                        b.year,
                        number(i18n, l.value),
                        l.year
                    ),
                    number(i18n, t),
                )),
                _ => None,
            };
            let working = working.map_or_else(
                || view! { "—" }.into_any(),
                |(path, target)| {
                    view! {
                        {path}
                        <br />
                        <span class="muted small">
                            {t!(i18n, progress.working.target)} {t!(i18n, colon)} {target}
                        </span>
                    }
                    .into_any()
                },
            );
            let same = all.iter().all(|a| a.grade == robust.grade);
            let cells = all
                .iter()
                .map(|a| {
                    let st = a.status;
                    view! {
                        <td>
                            <StatusBadge status=Signal::derive(move || st) />
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr data-series=s.id.clone() class:differs=!same>
                    <th scope="row">
                        {move || name.get(i18n.get_locale().as_str()).to_owned()}
                        {(!same)
                            .then(|| {
                                view! {
                                    <span class="differs-tag">
                                        " · " {t!(i18n, methodology.differs)}
                                    </span>
                                }
                            })}
                    </th>
                    <td class="num">{working}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="example-h">
            <table class="data-table methodology-example">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, methodology.col_series)}</th>
                        <th scope="col">{t!(i18n, methodology.col_working)}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
