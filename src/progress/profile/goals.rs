//! The profile's summary and its goal sections, one card per measured indicator.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use leptos::prelude::*;

use super::card::{Card, CardSignals};
use crate::data::progress::{assess_series, summarize, Assessment, Method, Status};
use crate::data::{EntityFile, Framework, Goal, Series, SeriesValues, Text};
use crate::i18n::*;
use crate::progress::state::MethodPicker;
use crate::ui::charts::sparkline::as_of_css;
use crate::ui::in_turn::use_drawn_in_turn;
use crate::ui::on_a_slide;
use crate::ui::sheet::use_style_rules;
use crate::ui::signal::set_if_changed;
use crate::ui::status::{method_label, status_classes, status_icon, status_label};

/// The cards' data: every series with data for the country that measures a 2003 indicator, in
/// goal order, with its values, its assessment when built and what a year step moves.
struct Cards {
    pairs: Vec<(Series, SeriesValues)>,
    first: Vec<Assessment>,
    slots: Vec<CardSignals>,
    counts: ArcRwSignal<BTreeMap<Status, usize>>,
}

/// Builds the cards' data, and the one effect that re-evaluates every card when the year or
/// method moves and writes only what changed, so a year step re-renders the cards it moves, not
/// all of them.
fn use_cards(
    framework: &Framework,
    entity: &EntityFile,
    as_of: Memo<u16>,
    method: Memo<Method>,
) -> Arc<Cards> {
    let mut seen = BTreeSet::new();
    let pairs: Vec<(Series, SeriesValues)> = framework
        .indicators
        .iter()
        .flat_map(|ind| ind.series.iter())
        .filter(|id| entity.series.contains_key(*id) && seen.insert((*id).clone()))
        .filter_map(|id| Some((framework.series(id)?.clone(), entity.series[id].clone())))
        .collect();
    let (year, m) = (as_of.get_untracked(), method.get_untracked());
    let first: Vec<Assessment> = pairs
        .iter()
        .map(|(s, v)| assess_series(s, v, year, m))
        .collect();
    let slots = first
        .iter()
        .map(|a| CardSignals {
            status: ArcRwSignal::new(a.status),
            latest: ArcRwSignal::new(a.latest),
        })
        .collect();
    let counts = ArcRwSignal::new(summarize(m, first.iter().map(|a| a.status)));
    let cards = Arc::new(Cards {
        pairs,
        first,
        slots,
        counts,
    });
    let c = cards.clone();
    Effect::new(move || {
        let (year, m) = (as_of.get(), method.get());
        let mut statuses = Vec::with_capacity(c.pairs.len());
        for ((series, values), card) in c.pairs.iter().zip(c.slots.iter()) {
            let a = assess_series(series, values, year, m);
            set_if_changed(&card.status, a.status);
            set_if_changed(&card.latest, a.latest);
            statuses.push(a.status);
        }
        set_if_changed(&c.counts, summarize(m, statuses));
    });
    cards
}

/// The summary and one section per goal.
#[component]
pub(super) fn Goals(
    framework: Arc<Framework>,
    entity: Arc<EntityFile>,
    as_of: Memo<u16>,
    method: Memo<Method>,
    /// ISO3 code of the country (the profile is rebuilt when it changes).
    country: String,
) -> impl IntoView {
    // One style rule moves the "as of" line of every sparkline.
    use_style_rules(move || as_of_css(as_of.get()));
    let cards = use_cards(&framework, &entity, as_of, method);
    let counts = cards.counts.clone();
    // The cards in parts of CARDS_PER_TASK, in goal order, each part in a task of its own after
    // the page's (the summary and the goal index). A section shows with its first card's part.
    let per_goal: Vec<Vec<usize>> = framework
        .goals
        .iter()
        .map(|goal| goal_cards(&framework, &cards, goal.number))
        .collect();
    let total = cards.pairs.len().div_ceil(CARDS_PER_TASK).max(1);
    let drawn = use_drawn_in_turn(total, 0);
    let mut start = 0;
    let sections = framework
        .goals
        .iter()
        .zip(per_goal)
        .map(|(goal, card_idx)| {
            // A goal with no card shows with the one before it.
            start = card_idx.iter().min().map_or(start, |i| i / CARDS_PER_TASK);
            let from = start;
            let (framework, entity, cards, country, goal) = (
                framework.clone(),
                entity.clone(),
                cards.clone(),
                country.clone(),
                goal.clone(),
            );
            let shown = Memo::new(move |_| drawn.get() > from);
            view! {
                <Show when=move || shown.get()>
                    <GoalSection
                        goal=goal.clone()
                        card_idx=card_idx.clone()
                        drawn
                        framework=framework.clone()
                        entity=entity.clone()
                        cards=cards.clone()
                        as_of
                        method
                        country=country.clone()
                    />
                </Show>
            }
        })
        .collect_view();
    // The sections away from the screen are not laid out (`data-sized`, mod.css). With a `#…`
    // to scroll to, only once every section is drawn and has been laid out (two frames): skipped
    // before that, they would take a guessed height, and the section the link reaches would move
    // when the ones above it were first drawn. Without one, from the first card on: nothing waits
    // on their sizes, and each later batch of cards was 20-80 ms of style and layout with the
    // CPU slowed four times (issue 14).
    let sized = RwSignal::new(crate::ui::fragment().is_empty());
    // A link to `#goal-3` that opens the page finds its section once every section is drawn.
    Effect::new(move |_| {
        if drawn.get() >= total {
            crate::ui::scroll_to_fragment();
            request_animation_frame(move || {
                request_animation_frame(move || {
                    sized.try_set(true);
                });
            });
        }
    });
    view! {
        <Summary counts as_of method />
        <GoalIndex goals=framework.goals.clone() />
        // Busy while the later cards are drawn (tests and the slides wait for it).
        <div
            class="goal-sections"
            aria-busy=move || (drawn.get() < total).then_some("true")
            data-sized=move || sized.get().then_some("")
        >
            {sections}
        </div>
    }
}

/// Cards drawn per task ([`use_drawn_in_turn`]). A card with its sparkline is ~10 ms of main-thread
/// work with the CPU slowed four times (Lighthouse's phone): a goal section per task was up to
/// 150 ms, a long task during which the page answered no input.
const CARDS_PER_TASK: usize = 4;

/// Indexes into the cards (`Cards::pairs`) of goal `goal`'s series, in the framework's order.
fn goal_cards(framework: &Framework, cards: &Cards, goal: u8) -> Vec<usize> {
    let mut seen = BTreeSet::new();
    framework
        .indicators
        .iter()
        .filter(|i| i.goal == goal)
        .flat_map(|i| i.series.iter())
        .filter(|id| seen.insert((*id).clone()))
        .filter_map(|id| cards.pairs.iter().position(|(s, _)| &s.id == id))
        .collect()
}

/// Links to each goal's section: a country page is long (eight goals, up to 60 cards).
#[component]
fn GoalIndex(goals: Vec<Goal>) -> impl IntoView {
    let i18n = use_i18n();
    let location = leptos_router::hooks::use_location();
    let links = goals
        .into_iter()
        .map(|goal| {
            let anchor = StoredValue::new(goal.anchor());
            // The page's own URL (its "as of" year and indicator kept), with the goal's fragment.
            let here = move || {
                location.search.track();
                let location = window().location();
                format!(
                    "{}{}#{}",
                    location.pathname().unwrap_or_default(),
                    location.search().unwrap_or_default(),
                    anchor.get_value()
                )
            };
            let go = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                anchor.with_value(|id| crate::ui::jump_to(id));
            };
            let Goal { number, title } = goal;
            view! {
                <li>
                    <a href=here on:click=go>
                        <span class="goal-index__n">{number}</span>
                        {move || title.get(i18n.get_locale().as_str()).to_owned()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class="goal-index"
            data-slide-omit
            aria-label=move || t_string!(i18n, progress.goal_index)
        >
            <ul>{links}</ul>
        </nav>
    }
}

/// How many cards have each status, as of the year, and the method that judged them.
#[component]
fn Summary(
    counts: ArcRwSignal<BTreeMap<Status, usize>>,
    as_of: Memo<u16>,
    method: Memo<Method>,
) -> impl IntoView {
    let i18n = use_i18n();
    let counts: Signal<BTreeMap<Status, usize>> = counts.into();
    let items = move || {
        method
            .get()
            .statuses()
            .iter()
            .map(|&s| {
                view! {
                    <li class=format!("summary-item {}", status_classes(s))>
                        <span class="status-icon" aria-hidden="true">
                            {status_icon(s)}
                        </span>
                        <span class="count" data-status=s.key()>
                            {move || counts.with(|c| c.get(&s).copied().unwrap_or(0))}
                        </span>
                        " "
                        <span>{move || status_label(i18n, s)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="summary" aria-labelledby="summary-h">
            <h2 id="summary-h">
                {move || t_string!(i18n, progress.summary_as_of, year = as_of.get()).to_string()}
            </h2>
            <ul class="summary-list" aria-live="polite">
                {items}
            </ul>
            <p class="muted small method-note">
                {move || {
                    t_string!(
                        i18n, progress.method.judged_by, method = method_label(i18n, method.get())
                    )
                        .to_string()
                }}
            </p>
            // Kept out of the sticky "as of" bar, which must stay one line on a laptop screen.
            // Not on a slide: the line above names the method.
            <div data-slide-omit>
                <MethodPicker />
            </div>
        </section>
    }
}

/// One goal: its cards, each drawn with its part, and the indicators the country has no data for.
#[component]
fn GoalSection(
    goal: Goal,
    /// Its cards: indexes into `cards.pairs`.
    card_idx: Vec<usize>,
    /// How many parts of the cards are drawn ([`CARDS_PER_TASK`]).
    drawn: RwSignal<usize>,
    framework: Arc<Framework>,
    entity: Arc<EntityFile>,
    cards: Arc<Cards>,
    as_of: Memo<u16>,
    method: Memo<Method>,
    country: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let inds: Vec<_> = framework
        .indicators
        .iter()
        .filter(|i| i.goal == goal.number)
        .collect();
    let card_views = card_idx
        .iter()
        .copied()
        .map(|idx| {
            let (series, values) = cards.pairs[idx].clone();
            let (first, now, country) = (
                cards.first[idx].clone(),
                cards.slots[idx].clone(),
                country.clone(),
            );
            let shown = Memo::new(move |_| drawn.get() > idx / CARDS_PER_TASK);
            view! {
                <Show when=move || shown.get()>
                    <Card
                        series=series.clone()
                        values=values.clone()
                        first=first.clone()
                        now=now.clone()
                        as_of
                        method
                        country=country.clone()
                    />
                </Show>
            }
        })
        .collect_view();
    let missing: Vec<(String, Text)> = inds
        .iter()
        .filter(|i| !i.series.iter().any(|s| entity.series.contains_key(s)))
        .map(|i| (i.id.clone(), i.text.clone()))
        .collect();
    let heading_id = goal.anchor();
    let labelled = heading_id.clone();
    let Goal { number, title } = goal;
    // How many cards: the section's height until it is first drawn (mod.css).
    let count = card_idx.len().to_string();
    view! {
        <section class="goal-section" aria-labelledby=labelled style:--cards=count>
            <h2 id=heading_id>
                {move || t_string!(i18n, progress.goal_n, n = number).to_string()} " · "
                {move || title.get(i18n.get_locale().as_str()).to_owned()}
            </h2>
            <div class="cards">{card_views}</div>
            {(!missing.is_empty()).then(|| view! { <NoData missing /> })}
        </section>
    }
}

/// The goal's indicators without data for the country, folded away.
#[component]
fn NoData(missing: Vec<(String, Text)>) -> impl IntoView {
    let i18n = use_i18n();
    let count = missing.len();
    let items = missing
        .into_iter()
        .map(|(id, text)| view! { <li>{id} ". " {move || text.get(i18n.get_locale().as_str()).to_owned()}</li> })
        .collect_view();
    view! {
        <details class="no-data-list" open=on_a_slide()>
            <summary>
                {move || t_string!(i18n, progress.no_data_count, count = count).to_string()}
            </summary>
            <ul>{items}</ul>
        </details>
    }
}
