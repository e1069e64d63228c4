//! The four pillars of the MDG Core Strategy, one module each, and what they share.

pub mod campaign;
pub mod country_level;
pub mod monitoring;
pub mod project;

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::model::strategy::TimelineEvent;
use crate::data::{PillarId, Strategy};
use crate::i18n::*;
use crate::routes::{AppBase, Page};
use crate::ui::date::FormattedDate;
use crate::ui::prose::{localized, Prose, SourceCite};

/// A pillar's description with its sources, and its dated events.
#[component]
pub fn PillarIntro(
    /// The pillar to describe.
    pillar: PillarId,
    /// The strategy file.
    strategy: Arc<Strategy>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    strategy.pillar(pillar.as_str()).cloned().map(|p| {
        let events: Vec<_> = strategy
            .events
            .iter()
            .filter(|e| e.tag.pillar() == Some(pillar) || e.pillars.contains(&pillar))
            .cloned()
            .collect();
        let timeline_href = base.to(Page::Timeline(Some(pillar.as_str())));
        let lens_href = base.to(Page::DecentWork);
        view! {
            <section class="pillar-intro" aria-label=move || t_string!(i18n, strategy.about_pillar)>
                <p class="pillar-intro__number" data-heading>
                    {move || {
                        t_string!(i18n, home.pillar_number, number = pillar.number()).to_string()
                    }}
                    " · "
                    {localized(&p.name)}
                </p>
                <p>
                    <Prose
                        text=p.description.clone()
                        strategy=strategy.clone()
                        paras=p.paras.clone()
                    />
                </p>
                <p class="cites">
                    {p
                        .sources
                        .iter()
                        .map(|s| view! { <SourceCite id=s.clone() strategy=strategy.clone() /> })
                        .collect_view()}
                </p>
                <p class="lens-link">
                    <a href=lens_href>{t!(i18n, lens.from_pillar)}</a>
                </p>
                {(!events.is_empty())
                    .then(|| {
                        view! {
                            <h2>{t!(i18n, strategy.events_heading)}</h2>
                            <EventList events strategy=strategy.clone() />
                            <p>
                                <a href=timeline_href
                                    .clone()>{t!(i18n, strategy.whole_timeline)}</a>
                            </p>
                        }
                    })}
            </section>
        }
    })
}

/// Dated events as a compact timeline: date, title, description.
#[component]
pub fn EventList(
    /// The events, in date order.
    events: Vec<TimelineEvent>,
    /// The strategy file (for the events' sources).
    strategy: Arc<Strategy>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="timeline timeline--compact">
            {events
                .into_iter()
                .map(|e| {
                    view! {
                        <li class="timeline__item">
                            <FormattedDate date=e.date end=e.end />
                            <div>
                                <strong>{localized(&e.title)}</strong>
                                " — "
                                <Prose
                                    text=e.description.clone()
                                    strategy=strategy.clone()
                                    paras=e.paras.clone()
                                />
                                {e
                                    .why
                                    .clone()
                                    .map(|why| {
                                        view! {
                                            <p class="timeline__why">
                                                <strong>{t!(i18n, strategy.why)}</strong>
                                                " "
                                                <Prose text=why strategy=strategy.clone() />
                                            </p>
                                        }
                                    })}
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
