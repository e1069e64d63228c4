//! Financing for development: the figures the ILO paper gives (the World Bank's estimate of the
//! extra external finance needed, the Monterrey aid promises, the gap) as a chart
//! ([`FinancingChart`]), with the meetings that discussed them and links to the ODA data.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::data::{data_path, DataFile, EventTag, Strategy};
use crate::i18n::*;
use crate::pages::financing_chart::FinancingChart;
use crate::pillars::EventList;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
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
    let i18n = use_i18n();
    let base = AppBase::expect();
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
                    }} {t!(i18n, colon)} <A href=map>{t!(i18n, goals.map_link)}</A> " · "
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
        <h2>{t!(i18n, financing.figures_heading)}</h2>
        <FinancingChart strategy=strategy.clone() />
        <h2>{t!(i18n, financing.meetings_heading)}</h2>
        <EventList events strategy=strategy.clone() />
        <h2>{t!(i18n, financing.oda_heading)}</h2>
        <p>{t!(i18n, financing.oda_intro)}</p>
        <ul>{oda}</ul>
    }
}
