//! Goals: the official 2003 MDG framework (goals, targets, indicators) with the 2008 numbering,
//! the targets the 2008 list added, and the notes on the official lists.

use leptos::prelude::*;

use std::sync::Arc;

use crate::data::{data_path, DataFile, Framework, Framework2008, Goal};
use crate::i18n::*;
use crate::pages::goal::{AddedIn2008, FrameworkNotes, Numbering2008};
use crate::routes::{AppBase, Page, Section};
use crate::store::use_data;
use crate::ui::{loaded::loaded2, page::PageHeading, prose::localized};
use leptos_router::components::A;

/// The goals page: every goal with its targets and indicators.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let framework = use_data::<Framework>(|| data_path(DataFile::Framework));
    let revision = use_data::<Framework2008>(|| data_path(DataFile::Framework2008));
    view! {
        <article class="page">
            <PageHeading section=Section::Goals />
            {loaded2(
                framework,
                revision,
                move |fw, revision| {
                    let (goals, targets, indicators) = (
                        fw.goals.len(),
                        fw.targets.len(),
                        fw.indicators.len(),
                    );
                    let sections = fw
                        .goals
                        .iter()
                        .map(|goal| {
                            view! {
                                <GoalSection
                                    framework=fw.clone()
                                    revision=revision.clone()
                                    goal=goal.clone()
                                />
                            }
                        })
                        .collect_view();
                    let notes = revision.notes.clone();
                    view! {
                        <p class="counts">
                            {move || {
                                t_string!(
                                    i18n, goals.counts, goals = goals, targets = targets, indicators = indicators
                                )
                                    .to_string()
                            }}
                        </p>
                        {sections}
                        <FrameworkNotes notes />
                    }
                },
            )}
        </article>
    }
}

/// One goal: its targets (with the 2008 ids) and their indicators.
#[component]
fn GoalSection(
    framework: Arc<Framework>,
    revision: Arc<Framework2008>,
    goal: Goal,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = goal.anchor();
    let labelled_by = heading_id.clone();
    let number = goal.number;
    let title = goal.title.clone();
    let targets = framework
        .targets
        .iter()
        .filter(|target| target.goal == goal.number)
        .map(|target| {
            let n = target.number;
            let text = target.text.clone();
            let ids_2008 = target.targets_2008.join(", ");
            let indicators = framework
                .indicators
                .iter()
                .filter(|indicator| indicator.target == target.number)
                .map(|indicator| {
                    view! {
                        <li>
                            <span class="num">{indicator.id.clone()}</span>
                            ". "
                            {localized(&indicator.text)}
                            <Numbering2008 ids=indicator.indicators_2008.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="target">
                    <h3>
                        {move || t_string!(i18n, goals.target, number = n).to_string()}
                        {(!ids_2008.is_empty()).then(|| format!(" ({ids_2008})"))}
                    </h3>
                    <p>{move || text.get(i18n.get_locale().as_str()).to_owned()}</p>
                    <ol class="indicator-list" aria-label=move || t_string!(i18n, goals.indicators)>
                        {indicators}
                    </ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="goal" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <A href=AppBase::expect()
                    .to(
                        Page::Goal(number),
                    )>
                    {move || {
                        let title = title.get(i18n.get_locale().as_str());
                        t_string!(i18n, goals.goal_heading, number, title).to_string()
                    }}
                </A>
            </h2>
            {targets}
            <AddedIn2008 framework revision goal=number />
        </section>
    }
}
