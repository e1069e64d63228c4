//! One task force of the Millennium Project (`/project/tf1`…`/project/tf10`): its theme, the
//! goals and targets it covers with links to the goal pages and the country data, its report
//! where a source confirms the title, and what the sources say about it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::data::model::strategy::TaskForce;
use crate::data::route::param;
use crate::data::{data_path, DataFile, Framework, Strategy};
use crate::i18n::*;
use crate::pages::goal::TargetIndicators;
use crate::pages::not_found::or_not_found;
use crate::routes::{document_title, AppBase, Page};
use crate::store::use_data;
use crate::ui::date::FormattedDate;
use crate::ui::loaded::loaded2;
use crate::ui::prose::{localized, Prose, SourceCite};

/// The task force page; the id comes from the route.
#[component]
pub fn TaskForcePage() -> impl IntoView {
    let params = use_params_map();
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    view! {
        <article class="page">
            {loaded2(
                strategy,
                framework,
                move |strategy, framework| {
                    let id = params.read().get(param::TASK_FORCE).unwrap_or_default();
                    let tf = strategy.task_force(&id).cloned();
                    or_not_found(tf, |tf| view! { <TaskForceView tf strategy framework /> })
                },
            )}
        </article>
    }
}

#[component]
fn TaskForceView(
    tf: TaskForce,
    strategy: Arc<Strategy>,
    framework: Arc<Framework>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    let number = tf.number;
    let theme = tf.theme.clone();
    let title = move || {
        let page = format!(
            "{} — {}",
            t_string!(i18n, project.tf_number, number = number),
            theme.get(i18n.get_locale().as_str())
        );
        document_title(Some(&page), t_string!(i18n, app_name))
    };
    let theme = tf.theme.clone();
    let targets = tf
        .targets
        .iter()
        .filter_map(|n| framework.targets.iter().find(|t| t.number == *n))
        .map(|target| {
            let goal = target.goal;
            let target_number = target.number;
            view! {
                <section class="target">
                    <h3>
                        {move || t_string!(i18n, goals.target, number = target_number).to_string()}
                        " · "
                        <A href=base
                            .to(
                                Page::Goal(goal),
                            )>
                            {move || t_string!(i18n, project.filter_goal, goal = goal).to_string()}
                        </A>
                    </h3>
                    <TargetIndicators target=target.clone() framework=framework.clone() />
                </section>
            }
        })
        .collect_view();
    let goal_links = tf
        .goals
        .iter()
        .filter_map(|g| framework.goals.iter().find(|goal| goal.number == *g))
        .map(|goal| {
            let number = goal.number;
            let title = goal.title.clone();
            view! {
                <li>
                    <A href=base
                        .to(
                            Page::Goal(number),
                        )>
                        {move || {
                            let title = title.get(i18n.get_locale().as_str());
                            t_string!(i18n, goals.goal_heading, number, title).to_string()
                        }}
                    </A>
                </li>
            }
        })
        .collect_view();
    let reports = if tf.reports.is_empty() {
        view! { <p class="muted">{t!(i18n, project.no_report)}</p> }.into_any()
    } else {
        view! {
            <ul>
                {tf
                    .reports
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <cite lang="en">{r.title.clone()}</cite>
                                {r.working_group.clone().map(|wg| format!(" ({wg})"))}
                                ", "
                                <FormattedDate date=r.published />
                                " "
                                <SourceCite id=r.source.clone() strategy=strategy.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=title />
        <header class="page-heading">
            <p class="breadcrumb">
                <A href=base.to(Page::Project)>{t!(i18n, project.title)}</A>
                " › "
                {move || t_string!(i18n, project.tf_number, number = number).to_string()}
            </p>
            <h1>{localized(&theme)}</h1>
            <p class="lede">{localized(&tf.name)}</p>
        </header>
        {tf
            .note
            .clone()
            .map(|note| {
                view! {
                    <p class="note">
                        <Prose text=note strategy=strategy.clone() paras=tf.paras.clone() />
                    </p>
                }
            })}
        <section aria-labelledby="tf-goals">
            <h2 id="tf-goals">{t!(i18n, project.goals_heading)}</h2>
            <ul class="goal-links">{goal_links}</ul>
        </section>
        <section aria-labelledby="tf-targets">
            <h2 id="tf-targets">{t!(i18n, project.targets_heading)}</h2>
            {targets}
        </section>
        <section aria-labelledby="tf-report">
            <h2 id="tf-report">{t!(i18n, project.report_heading)}</h2>
            {reports}
        </section>
        <p class="cites">
            {tf
                .sources
                .iter()
                .map(|s| view! { <SourceCite id=s.clone() strategy=strategy.clone() /> })
                .collect_view()}
        </p>
    }
}
