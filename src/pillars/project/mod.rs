//! Pillar 1, the Millennium Project: its ten task forces (filterable by goal), advisory bodies,
//! outputs on a timeline, and the ILO's part in it.

pub mod task_force;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use crate::data::{data_path, DataFile, PillarId, Strategy};
use crate::i18n::*;
use crate::pillars::PillarIntro;
use crate::routes::{param, AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::date::FormattedDate;
use crate::ui::locale::use_navigate;
use crate::ui::prose::{localized, Prose, SourceCite};
use crate::ui::{loaded::loaded, page::PageHeading};

/// The pillar's page.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            <PageHeading section=Section::Project />
            {loaded(
                strategy,
                move |strategy| {
                    view! {
                        <PillarIntro pillar=PillarId::MillenniumProject strategy=strategy.clone() />
                        <TaskForces strategy=strategy.clone() />
                        <section aria-labelledby="advisory-heading">
                            <h2 id="advisory-heading">{t!(i18n, project.advisory_heading)}</h2>
                            <ul class="card-grid">
                                {strategy
                                    .advisory_bodies
                                    .iter()
                                    .map(|body| {
                                        let ilo = body.ilo_participates == Some(true);
                                        view! {
                                            <li class="card">
                                                <h3 class="card__title">{localized(&body.name)}</h3>
                                                <p>
                                                    <Prose
                                                        text=body.description.clone()
                                                        strategy=strategy.clone()
                                                        paras=body.paras.clone()
                                                    />
                                                </p>
                                                {ilo
                                                    .then(|| {
                                                        view! {
                                                            <p class="badge-line">{t!(i18n, project.ilo_member)}</p>
                                                        }
                                                    })}
                                                <SourceCite
                                                    id=body.source.clone()
                                                    strategy=strategy.clone()
                                                />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                        <Outputs strategy=strategy.clone() />
                    }
                },
            )}
        </article>
    }
}

/// The task-force cards, filtered by the goal in the URL (`?goal=4`).
#[component]
fn TaskForces(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let query = use_query_map();
    let navigate = use_navigate();
    let goal = Memo::new(move |_| {
        query
            .read()
            .get(param::GOAL)
            .and_then(|g| g.parse::<u8>().ok())
            .filter(|g| (1..=8).contains(g))
    });
    let set_goal = move |g: Option<u8>| {
        let path = g.map_or(Page::Project, Page::ProjectForGoal).path();
        // An app path: the router adds the base.
        navigate(&path, NavigateOptions::default());
    };
    let filter_buttons = std::iter::once(None)
        .chain((1..=8).map(Some))
        .map(|g| {
            let set_goal = set_goal.clone();
            view! {
                <button
                    type="button"
                    class="filter"
                    aria-pressed=move || (goal.get() == g).to_string()
                    on:click=move |_| set_goal(g)
                >
                    {move || match g {
                        None => t_string!(i18n, project.filter_all).to_string(),
                        Some(g) => t_string!(i18n, project.filter_goal, goal = g).to_string(),
                    }}
                </button>
            }
        })
        .collect_view();
    let tfs = strategy.task_forces.clone();
    let shown = {
        let tfs = tfs.clone();
        move || {
            tfs.iter()
                .filter(|tf| goal.get().is_none_or(|g| tf.goals.contains(&g)))
                .count()
        }
    };
    let cards = move || {
        let base = base.clone();
        tfs.iter()
            .filter(|tf| goal.get().is_none_or(|g| tf.goals.contains(&g)))
            .map(|tf| {
                let href = base.to(Page::TaskForce(&tf.id));
                let number = tf.number;
                let goals = tf
                    .goals
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                let theme = localized(&tf.theme);
                view! {
                    <li class="card task-force" data-tf=tf.id.clone()>
                        <p class="card__kicker">
                            {move || {
                                t_string!(i18n, project.tf_number, number = number).to_string()
                            }}
                        </p>
                        <h3 class="card__title">
                            <A href=href>{theme}</A>
                        </h3>
                        // On a slide the ten fit one page with their themes (style/projector.css).
                        <p data-slide-omit>{localized(&tf.name)}</p>
                        <p class="muted">
                            {move || {
                                t_string!(i18n, project.goals_list, goals = goals.clone())
                                    .to_string()
                            }}
                        </p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="tf-heading">
            <h2 id="tf-heading">{t!(i18n, project.task_forces_heading)}</h2>
            <div
                class="filters"
                data-slide-omit
                role="group"
                aria-label=move || t_string!(i18n, project.filter_label)
            >
                {filter_buttons}
            </div>
            <p class="counts" data-slide-omit role="status">
                {move || t_string!(i18n, project.showing, count = shown()).to_string()}
            </p>
            <ul class="card-grid task-forces">{cards}</ul>
        </section>
    }
}

/// The project's outputs in date order, published or announced.
#[component]
fn Outputs(strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let mut reports: Vec<_> = strategy
        .reports
        .iter()
        .filter(|r| r.pillar == PillarId::MillenniumProject)
        .cloned()
        .collect();
    reports.sort_by_key(|r| r.date);
    view! {
        <section aria-labelledby="outputs-heading">
            <h2 id="outputs-heading">{t!(i18n, project.outputs_heading)}</h2>
            <ol class="timeline">
                {reports
                    .into_iter()
                    .map(|report| {
                        let announced = report.status
                            == crate::data::model::strategy::ReportStatus::Announced;
                        view! {
                            <li class="timeline__item">
                                <FormattedDate date=report.date />
                                <div>
                                    <h3>
                                        <cite lang="en">{report.title.clone()}</cite>
                                        {announced
                                            .then(|| {
                                                view! {
                                                    " "
                                                    <span class="tag">{t!(i18n, project.announced)}</span>
                                                }
                                            })}
                                    </h3>
                                    <p>
                                        <Prose
                                            text=report.description.clone()
                                            strategy=strategy.clone()
                                            paras=report.paras.clone()
                                        />
                                    </p>
                                    {report
                                        .sources
                                        .iter()
                                        .map(|s| {
                                            view! {
                                                <SourceCite id=s.clone() strategy=strategy.clone() />
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
