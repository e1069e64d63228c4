//! One goal (`/goals/1`…`/goals/8`): its targets and indicators (2003 numbering with the 2008
//! cross-reference, and the targets the 2008 list added), the task forces working on it, links
//! to country data per indicator, and the notes on the official lists.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::data::route::param;
use crate::data::{
    data_path, DataFile, Framework, Framework2008, Goal, Indicator, Strategy, Target, Text,
};
use crate::i18n::*;
use crate::pages::not_found::or_not_found;
use crate::routes::{document_title, AppBase, Page};
use crate::store::use_data;
use crate::ui::loaded::{loaded, loaded2};
use crate::ui::prose::localized;

/// The goal page; the number comes from the route.
#[component]
pub fn GoalPage() -> impl IntoView {
    let params = use_params_map();
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let strategy = use_data::<Strategy>(|| data_path(DataFile::Strategy));
    view! {
        <article class="page">
            {loaded2(
                framework,
                strategy,
                move |framework, strategy| {
                    let number = params.read().get(param::GOAL).and_then(|g| g.parse::<u8>().ok());
                    let goal = number.and_then(|n| framework.goal(n)).cloned();
                    or_not_found(goal, |goal| view! { <GoalView goal framework strategy /> })
                },
            )}
        </article>
    }
}

#[component]
fn GoalView(goal: Goal, framework: Arc<Framework>, strategy: Arc<Strategy>) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    // Only the added targets and the notes need it: the rest shows without waiting.
    let revision = use_data::<Framework2008>(|| data_path(DataFile::Framework2008));
    let number = goal.number;
    let title_text = goal.title.clone();
    let heading = move || {
        let title = title_text.get(i18n.get_locale().as_str());
        t_string!(i18n, goals.goal_heading, number, title).to_string()
    };
    let heading2 = heading.clone();
    let doc_title = move || document_title(Some(&heading2()), t_string!(i18n, app_name));
    let task_forces = strategy
        .task_forces
        .iter()
        .filter(|tf| tf.goals.contains(&number))
        .map(|tf| {
            let n = tf.number;
            let theme = localized(&tf.theme);
            view! {
                <li>
                    <A href=base
                        .to(
                            Page::TaskForce(&tf.id),
                        )>
                        {move || t_string!(i18n, project.tf_number, number = n).to_string()} " — "
                        {theme}
                    </A>
                </li>
            }
        })
        .collect_view();
    let targets = framework
        .targets
        .iter()
        .filter(|t| t.goal == number)
        .map(|target| {
            let n = target.number;
            let ids_2008 = target.targets_2008.join(", ");
            view! {
                <section class="target">
                    <h2>
                        {move || t_string!(i18n, goals.target, number = n).to_string()}
                        {(!ids_2008.is_empty()).then(|| format!(" ({ids_2008})"))}
                    </h2>
                    <TargetIndicators
                        target=target.clone()
                        framework=framework.clone()
                        numbering_2008=true
                    />
                </section>
            }
        })
        .collect_view();
    let prev = (number > 1).then(|| number - 1);
    let next = (number < 8).then(|| number + 1);
    view! {
        <Title text=doc_title />
        <header class="page-heading">
            <p class="breadcrumb">
                <A href=base.to(Page::Goals)>{t!(i18n, goals.title)}</A>
            </p>
            <h1>{heading}</h1>
        </header>
        <section aria-labelledby="goal-tf">
            <h2 id="goal-tf">{t!(i18n, goals.task_forces_heading)}</h2>
            <ul class="goal-links">{task_forces}</ul>
        </section>
        {targets}
        {loaded(
            revision,
            move |revision| {
                view! {
                    <AddedIn2008
                        framework=framework.clone()
                        revision=revision.clone()
                        goal=number
                        own_page=true
                    />
                    <FrameworkNotes notes=revision.notes.clone() />
                }
            },
        )}
        <nav class="pager" aria-label=move || t_string!(i18n, goals.pager_label)>
            {prev
                .map(|p| {
                    view! {
                        <A href=base
                            .to(
                                Page::Goal(p),
                            )>{move || t_string!(i18n, goals.previous, number = p).to_string()}</A>
                    }
                })}
            {next
                .map(|p| {
                    view! {
                        <A href=base
                            .to(
                                Page::Goal(p),
                            )>{move || t_string!(i18n, goals.next, number = p).to_string()}</A>
                    }
                })}
        </nav>
    }
}

/// A target's text and its indicators, each with its data links; `numbering_2008` adds each
/// indicator's number in the 2008 framework.
#[component]
pub fn TargetIndicators(
    /// The target.
    target: Target,
    /// The framework (for the target's indicators).
    framework: Arc<Framework>,
    /// Whether to show the 2008 numbering beside each indicator.
    #[prop(optional)]
    numbering_2008: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let indicators = framework
        .indicators
        .iter()
        .filter(|i| i.target == target.number)
        .map(|indicator| {
            let xref = numbering_2008
                .then(|| view! { <Numbering2008 ids=indicator.indicators_2008.clone() /> });
            view! {
                <li>
                    <span class="num">{indicator.id.clone()}</span>
                    ". "
                    {localized(&indicator.text)}
                    {xref}
                    " "
                    <IndicatorData indicator=indicator.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{localized(&target.text)}</p>
        <ol class="indicator-list" aria-label=move || t_string!(i18n, goals.indicators)>
            {indicators}
        </ol>
    }
}

/// An indicator's numbers in the 2008 list, or that the 2007 revision dropped it.
#[component]
pub fn Numbering2008(
    /// Its numbers in the 2008 list (empty when dropped).
    ids: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ids = ids.join(", ");
    view! {
        " "
        <span class="xref">
            "("
            {move || {
                if ids.is_empty() {
                    t_string!(i18n, goals.not_in_2008).to_string()
                } else {
                    t_string!(i18n, goals.numbering_2008, ids = ids.clone()).to_string()
                }
            }} ")"
        </span>
    }
}

/// A goal's targets that the 2008 list added (5.B, 6.B, 7.B), with their wording; nothing for
/// the other goals.
#[component]
pub fn AddedIn2008(
    /// The framework (the 2003 list, whose targets lead to the 2008 ones).
    framework: Arc<Framework>,
    /// The 2008 list.
    revision: Arc<Framework2008>,
    /// The goal's number.
    goal: u8,
    /// Whether the goal has its own page (the heading is then an `h2`, like its targets').
    #[prop(optional)]
    own_page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let added: Vec<_> = revision
        .targets_added(&framework, goal)
        .map(|t| {
            view! {
                <li>
                    <span class="num">{t.id.clone()}</span>
                    ". "
                    {localized(&t.text)}
                </li>
            }
        })
        .collect();
    (!added.is_empty()).then(|| {
        let heading = move || t_string!(i18n, goals.new_in_2008).to_string();
        view! {
            <section class="added-2008">
                {if own_page {
                    view! { <h2>{heading}</h2> }.into_any()
                } else {
                    view! { <h3>{heading}</h3> }.into_any()
                }} <ul class="added-list">{added}</ul>
            </section>
        }
    })
}

/// The notes on the official lists as the framework's transcription gives them: the indicators
/// listed under several targets jointly, the footnote on national poverty lines, what the 2007
/// revision dropped. Without them, goal 8's indicators read as target 15's alone.
#[component]
pub fn FrameworkNotes(
    /// The framework's notes.
    notes: Vec<Text>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="framework-notes" aria-labelledby="framework-notes-h">
            <h2 id="framework-notes-h">{t!(i18n, goals.notes_heading)}</h2>
            <ul>{notes.iter().map(|note| view! { <li>{localized(note)}</li> }).collect_view()}</ul>
        </section>
    }
}

/// Links to an indicator's chart and map when the data has a series for it, or says there is no
/// data (and why, when known).
#[component]
pub fn IndicatorData(
    /// The indicator, with its series (if any) and why it has none.
    indicator: Indicator,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    match indicator.series.first() {
        Some(series) => view! {
            <span class="data-links">
                <A href=base.to(Page::Chart(series))>{t!(i18n, goals.chart_link)}</A>
                " · "
                <A href=base.to(Page::map(series))>{t!(i18n, goals.map_link)}</A>
            </span>
        }
        .into_any(),
        // The reason, where the framework gives one, says "no series in the bundled sources"
        // itself; the general words only where it gives none.
        None => match indicator.no_data.clone() {
            Some(why) => view! { <span class="muted">{localized(&why)}</span> }.into_any(),
            None => view! { <span class="muted">{t!(i18n, goals.no_data)}</span> }.into_any(),
        },
    }
}
