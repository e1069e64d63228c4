//! Pillar 3, operational activities at country level: the UN Country Team's instruments as an
//! interactive process diagram (CCA → UNDAF → PRSP, and the MDGR), how the Core Strategy asks
//! them to align, and the ILO-chaired PRSP assessment and updated CCA/UNDAF guidelines.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::model::strategy::{Item, ItemList};
use crate::data::{data_path, DataFile, PillarId, Strategy};
use crate::i18n::*;
use crate::pillars::PillarIntro;
use crate::routes::Section;
use crate::store::use_data;
use crate::ui::prose::{localized, Prose, SourceCite};
use crate::ui::{loaded::loaded, on_a_slide, page::PageHeading};

/// The pillar's page.
#[component]
pub fn CountryLevelPage() -> impl IntoView {
    let i18n = use_i18n();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::CountryLevel />
            {loaded(
                strategy,
                move |strategy| {
                    let cl = strategy.country_level.clone();
                    view! {
                        <Process strategy=strategy.clone() />
                        <section aria-labelledby="align-heading">
                            <h2 id="align-heading">{t!(i18n, country_level.alignment_heading)}</h2>
                            <p>
                                <Prose
                                    text=cl.alignment.clone()
                                    strategy=strategy.clone()
                                    paras=cl.alignment_paras.clone()
                                />
                            </p>
                        </section>
                        <section aria-labelledby="prsp-heading">
                            <h2 id="prsp-heading">{t!(i18n, country_level.prsp_heading)}</h2>
                            <p>
                                <Prose
                                    text=cl.prsp_assessment.description.clone()
                                    strategy=strategy.clone()
                                    paras=vec![6, 7, 8]
                                />
                            </p>
                            <h3>{t!(i18n, country_level.recommendations)}</h3>
                            <Items
                                items=cl.prsp_assessment.recommendations.clone()
                                strategy=strategy.clone()
                            />
                            <h3>{t!(i18n, country_level.conclusion)}</h3>
                            <p class="note">
                                <Prose
                                    text=cl.prsp_assessment.conclusion.clone()
                                    strategy=strategy.clone()
                                    paras=vec![10]
                                />
                            </p>
                            <SourceCite
                                id=cl.prsp_assessment.source.clone()
                                strategy=strategy.clone()
                            />
                        </section>
                        <ListSection
                            id="guidelines-heading"
                            list=cl.cca_undaf_guidelines.clone()
                            strategy=strategy.clone()
                        >
                            {t!(i18n, country_level.guidelines_heading)}
                        </ListSection>
                        <ListSection
                            id="rights-heading"
                            list=cl.human_rights.clone()
                            strategy=strategy.clone()
                        >
                            {t!(i18n, country_level.human_rights_heading)}
                        </ListSection>
                        <PillarIntro pillar=PillarId::CountryLevel strategy />
                    }
                },
            )}
        </article>
    }
}

/// The process as a row of steps with arrows; choosing a step shows what it is and what it
/// feeds into.
#[component]
fn Process(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let steps = strategy.country_level.process.clone();
    let selected = RwSignal::new(steps.first().map(|s| s.id.clone()).unwrap_or_default());
    let buttons = steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            // An arrow only where the data says this step feeds the next one: the UNDAF does
            // not feed the PRSP (source ¶16 asks that the Goals be the PRSP's central
            // objective; harmonizing the two is a recommendation, ¶9).
            let arrow = steps
                .get(i + 1)
                .is_some_and(|next| step.feeds.contains(&next.id));
            let id = step.id.clone();
            let id_pressed = id.clone();
            let label = {
                let strategy = strategy.clone();
                let term = step.term.clone();
                move || {
                    let lang = i18n.get_locale().as_str();
                    strategy
                        .term(&term).map_or_else(|| (term.clone(), String::new()), |t| (t.short.get(lang).to_owned(), t.expansion.get(lang).to_owned()))
                }
            };
            let label2 = label.clone();
            let feeds = !step.feeds.is_empty();
            view! {
                <li class="process__step" class:process__step--feeds=feeds>
                    <button
                        type="button"
                        aria-pressed=move || (selected.get() == id_pressed).to_string()
                        on:click=move |_| selected.set(id.clone())
                        data-step=step.id.clone()
                    >
                        <span class="process__abbr">{move || label().0}</span>
                        <span class="process__name">{move || label2().1}</span>
                    </button>
                    {arrow.then(|| view! { <span class="process__arrow" aria-hidden="true">"→"</span> })}
                </li>
            }
        })
        .collect_view();
    let detail = move || {
        let lang = i18n.get_locale().as_str();
        let id = selected.get();
        strategy.country_level.process.iter().find(|s| s.id == id).map(|step| {
            let feeds: Vec<String> = step
                .feeds
                .iter()
                .filter_map(|f| strategy.country_level.process.iter().find(|s| &s.id == f))
                .map(|s| strategy.term(&s.term).map_or(s.term.clone(), |t| t.short.get(lang).to_owned()))
                .collect();
            let name = strategy.term(&step.term).map(|t| {
                format!("{} — {}", t.short.get(lang), t.expansion.get(lang))
            });
            view! {
                <h3>{name}</h3>
                <p>
                    <Prose
                        text=step.description.clone()
                        strategy=strategy.clone()
                        paras=step.paras.clone()
                    />
                </p>
                {(!feeds.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                {t_string!(i18n, country_level.feeds_into, steps = feeds.join(", "))
                                    .to_string()}
                            </p>
                        }
                    })}
            }
        })
    };
    view! {
        <section aria-labelledby="process-heading">
            <h2 id="process-heading">{t!(i18n, country_level.process_heading)}</h2>
            <p class="muted" data-slide-omit>
                {t!(i18n, country_level.process_help)}
            </p>
            <ol class="process">{buttons}</ol>
            <div class="process__detail card" aria-live="polite">
                {detail}
            </div>
        </section>
    }
}

/// Expandable items (`<details>`), each a heading and its detail.
#[component]
fn Items(items: Vec<Item>, strategy: Arc<Strategy>) -> impl IntoView {
    view! {
        <div class="items">
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <details class="item" open=on_a_slide()>
                            <summary>{localized(&item.title)}</summary>
                            <p>
                                <Prose
                                    text=item.detail
                                    strategy=strategy.clone()
                                    paras=item.paras
                                />
                            </p>
                        </details>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A titled list of expandable items with its introduction and source.
#[component]
fn ListSection(
    id: &'static str,
    list: ItemList,
    strategy: Arc<Strategy>,
    children: Children,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{children()}</h2>
            <p>
                <Prose
                    text=list.description.clone()
                    strategy=strategy.clone()
                    paras=list.paras.clone()
                />
            </p>
            <Items items=list.items.clone() strategy=strategy.clone() />
            <SourceCite id=list.source.clone() strategy />
        </section>
    }
}
