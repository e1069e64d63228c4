//! Financing for development: the figures the ILO paper gives (the World Bank's estimate of the
//! extra external finance needed, the Monterrey aid promises, the gap) as a small chart, with
//! the meetings that discussed them and links to the ODA data.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::data::{data_path, DataFile, EventTag, Strategy};
use crate::i18n::*;
use crate::pillars::EventList;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::figure::{figure_value, FigureCard};
use crate::ui::prose::Prose;
use crate::ui::{loaded::loaded, page::PageHeading};

/// ODA series in the bundle (World Development Indicators): received (% of GNI) and given.
const ODA_SERIES: [&str; 2] = ["dt_oda_odat_gn_zs", "gm_aid_given_gni"];

/// The financing page.
#[component]
pub fn FinancingPage() -> impl IntoView {
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Financing />
            {loaded(strategy, move |strategy| view! { <Financing strategy /> })}
        </article>
    }
}

#[component]
fn Financing(strategy: Arc<Strategy>) -> impl IntoView {
    const LABEL_W: f64 = 10.0;
    const BAR_H: f64 = 46.0;
    const CHART_W: f64 = 560.0;
    let i18n = use_i18n();
    let base = AppBase::expect();
    let figures = strategy.financing.figures.clone();
    let max = figures.iter().map(|f| f.value).fold(0.0, f64::max).max(1.0);
    let height = BAR_H * figures.len() as f64 + 10.0;
    let bars = figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let w = f.value / max * (CHART_W - LABEL_W - 10.0);
            let y = 5.0 + BAR_H * i as f64;
            let figure = f.clone();
            // The value only: the cards below say what each bar counts, and long labels would
            // not fit a narrow screen.
            view! {
                <g class=format!("bar bar--{}", f.id)>
                    <rect x=LABEL_W y=y width=w height=BAR_H - 22.0 rx="4" />
                    <text x=LABEL_W y=y + BAR_H - 6.0 class="bar__label">
                        {move || figure_value(i18n, &figure)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let summary = {
        let figures = figures.clone();
        move || {
            figures
                .iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        figure_value(i18n, f),
                        f.label.get(i18n.get_locale().as_str())
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    let cards = figures
        .iter()
        .cloned()
        .map(|figure| view! { <FigureCard source=strategy.source(&figure.source).cloned() figure /> })
        .collect_view();
    let events: Vec<_> = strategy
        .events
        .iter()
        .filter(|e| e.tag == EventTag::FinancingForDevelopment)
        .cloned()
        .collect();
    let oda = ODA_SERIES
        .iter()
        .map(|s| {
            let map = base.to(Page::map(s));
            let chart = base.to(Page::Chart(s));
            let s = *s;
            view! {
                <li>
                    {move || {
                        if s == ODA_SERIES[0] {
                            t_string!(i18n, financing.oda_received)
                        } else {
                            t_string!(i18n, financing.oda_given)
                        }
                    }} ": " <A href=map>{t!(i18n, goals.map_link)}</A> " · "
                    <A href=chart>{t!(i18n, goals.chart_link)}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>
            <Prose
                text=strategy.financing.description.clone()
                strategy=strategy.clone()
                paras=strategy.financing.paras.clone()
            />
        </p>
        <figure class="bar-chart">
            <svg viewBox=format!("0 0 {CHART_W} {height}") role="img" aria-label=summary>
                {bars}
            </svg>
            <figcaption>{t!(i18n, financing.chart_caption)}</figcaption>
        </figure>
        <ul class="figures">{cards}</ul>
        <h2>{t!(i18n, financing.meetings_heading)}</h2>
        <EventList events strategy=strategy.clone() />
        <h2>{t!(i18n, financing.oda_heading)}</h2>
        <p>{t!(i18n, financing.oda_intro)}</p>
        <ul>{oda}</ul>
    }
}
