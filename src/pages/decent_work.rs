//! `/decent-work`: the source paper's own lens, decent work and employment inside the UN's MDG
//! machinery, step by step in the order of its argument, each point citing its paragraph and
//! linked to the pillars and the indicator data it concerns.

use leptos::prelude::*;

use crate::data::model::strategy::{Lens, LensStep};
use crate::data::{data_path, DataFile, Framework, Strategy};
use crate::i18n::*;
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::prose::{localized, Prose};
use crate::ui::{loaded::loaded, page::PageHeading};
use std::sync::Arc;

/// The lens page.
#[component]
pub fn DecentWorkPage() -> impl IntoView {
    let i18n = use_i18n();
    let lens = use_data::<Lens>(|| data_path(DataFile::Lens));
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    view! {
        <article class="page lens-page">
            <PageHeading section=Section::DecentWork />
            {loaded(
                lens,
                move |lens| {
                    let lens = lens.clone();
                    loaded(
                        strategy,
                        move |strategy| {
                            let lens = lens.clone();
                            loaded(
                                framework,
                                move |framework| {
                                    let base = AppBase::expect();
                                    let dw = &lens.decent_work;
                                    let steps = dw
                                        .steps
                                        .iter()
                                        .map(|step| {
                                            view! {
                                                <Step
                                                    step=step.clone()
                                                    strategy=strategy.clone()
                                                    framework=framework.clone()
                                                />
                                            }
                                        })
                                        .collect_view();
                                    view! {
                                        <p class="lede-2">
                                            <Prose
                                                text=dw.intro.clone()
                                                strategy=strategy.clone()
                                                paras=dw.paras.clone()
                                            />
                                        </p>
                                        {steps}
                                        <p>
                                            <a href=base
                                                .to(Page::Checklist)>{t!(i18n, lens.checklist_link)}</a>
                                        </p>
                                    }
                                },
                            )
                        },
                    )
                },
            )}
        </article>
    }
}

/// One step of the argument: its points, the pillars and the indicator data it concerns.
#[component]
fn Step(step: LensStep, strategy: Arc<Strategy>, framework: Arc<Framework>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let heading_id = format!("{}-heading", step.id);
    let points = step
        .points
        .iter()
        .map(|p| {
            view! {
                <li>
                    <Prose text=p.text.clone() strategy=strategy.clone() paras=p.paras.clone() />
                </li>
            }
        })
        .collect_view();
    let pillars = (!step.pillars.is_empty()).then(|| {
        let links = step
            .pillars
            .iter()
            .filter_map(|id| {
                let section = Section::PILLARS
                    .into_iter()
                    .zip(crate::data::PillarId::ALL)
                    .find(|(_, p)| p == id)?
                    .0;
                let name = strategy.pillar(id.as_str()).map(|p| localized(&p.name))?;
                Some(view! {
                    <li>
                        <a href=base.to(section.page())>{name}</a>
                    </li>
                })
            })
            .collect_view();
        view! {
            <div class="lens__links">
                <span>{t!(i18n, lens.pillars)}</span>
                <ul class="inline-list">{links}</ul>
            </div>
        }
    });
    // A no-break space before each "·": the separator never starts a line.
    let data_links = move |series: String| {
        view! {
            <a href=base.to(Page::map(&series))>{t!(i18n, goals.map_link)}</a>
            "\u{a0}· "
            <a href=base.to(Page::Chart(&series))>{t!(i18n, goals.chart_link)}</a>
        }
    };
    let indicators = (!step.indicators.is_empty() || !step.series.is_empty()).then(|| {
        let links = step
            .indicators
            .iter()
            .filter_map(|id| {
                let indicator = framework.indicators.iter().find(|i| &i.id == id)?;
                let series = indicator.series.first()?.clone();
                let number = id.clone();
                let text = localized(&indicator.text);
                Some(view! {
                    <li>
                        {move || {
                            t_string!(i18n, monitoring.indicator_number, number = number.clone())
                                .to_string()
                        }} " — " {text} "\u{a0}· " {data_links(series)}
                    </li>
                })
            })
            .collect_view();
        let series = step
            .series
            .iter()
            .filter_map(|id| {
                let s = framework.series(id)?;
                let name = localized(&s.name);
                // A series the 2003 list does not measure says so: the lens is the 2003 paper's.
                let later = (s.mdg_2003.is_empty() && !s.mdg_2008.is_empty()).then(|| {
                    let ids = s.mdg_2008.join(", ");
                    move || format!(" ({})", t_string!(i18n, lens.only_2008, ids = ids.clone()))
                });
                Some(view! { <li>{name} {later} "\u{a0}· " {data_links(s.id.clone())}</li> })
            })
            .collect_view();
        view! {
            <div class="lens__links">
                <span>{t!(i18n, lens.indicators)}</span>
                <ul>{links}{series}</ul>
            </div>
        }
    });
    let labelled_by = heading_id.clone();
    view! {
        <section class="lens__step" id=step.id.clone() aria-labelledby=labelled_by>
            <h2 id=heading_id>{localized(&step.title)}</h2>
            <ul class="lens__points">{points}</ul>
            {pillars}
            {indicators}
        </section>
    }
}
