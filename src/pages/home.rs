//! Home: the strategy at a glance — an interactive map of the four pillars around the eight
//! Goals, the key figures with their sources, and a way into the country data. It shows
//! `home.json`, the strategy cut to what is shown here, compiled in ([`home_digest`]).

mod connections;
mod diagram;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;

use crate::data::deck::DeckRef;
use crate::data::{HomeDigest, PillarId};
use crate::i18n::*;
use crate::routes::{AppBase, NavPage, Page, Section};
use crate::ui::figure::FigureCard;
use diagram::StrategyMap;

use crate::ui::page::PageHeading;

/// The app section that shows a pillar.
pub fn pillar_section(pillar: PillarId) -> Section {
    match pillar {
        PillarId::MillenniumProject => Section::Project,
        PillarId::MillenniumCampaign => Section::Campaign,
        PillarId::CountryLevel => Section::CountryLevel,
        PillarId::Monitoring => Section::Monitoring,
    }
}

/// The home page's digest of the Core Strategy: `public/data/home.json`, checked and compiled in
/// by `build.rs` (`mdg_data::literal`), so the first view shows it without a download or a JSON
/// parser.
pub fn home_digest() -> HomeDigest {
    include!(concat!(env!("OUT_DIR"), "/home_digest.rs"))
}

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let digest = Arc::new(home_digest());
    view! {
        <article class="page page--home">
            <PageHeading section=Section::Home />
            <StartHere />
            <StrategyMap digest=digest.clone() />
            <KeyFigures digest />
            <MoreSections />
        </article>
    }
}

/// A link's text in the current language.
type Label = fn(I18nContext<Locale>) -> &'static str;

/// Two short paths through the app: for a visitor, and for a trainer.
#[component]
fn StartHere() -> impl IntoView {
    const CORE: &DeckRef = &DeckRef::Core;
    let base = AppBase::expect();
    let visitor: [(String, Label); 3] = [
        (base.href(&Page::Home.at("map-heading")), |i| {
            t_string!(i, home.pillars_heading)
        }),
        (base.to(Section::Countries.page()), |i| {
            t_string!(i, home.start_country)
        }),
        (base.to(NavPage::Map.page()), |i| NavPage::Map.label(i)),
    ];
    let trainer: [(String, Label); 3] = [
        (base.to(Page::Show(CORE, 1)), |i| {
            t_string!(i, present.core_title)
        }),
        (base.href(&Page::Present.at("present-builtin")), |i| {
            t_string!(i, present.briefing_title)
        }),
        (base.to(Page::Print(CORE)), |i| t_string!(i, present.print)),
    ];
    let i18n = use_i18n();
    view! {
        // For visitors and trainers on the page; not for the room.
        <section class="start-here" data-slide-omit aria-labelledby="start-heading">
            <h2 id="start-heading">{t!(i18n, home.start_heading)}</h2>
            <div class="start-here__paths">
                <StartPath
                    title=|i| t_string!(i, home.start_visitors)
                    intro=|i| t_string!(i, home.start_visitors_intro)
                    steps=visitor
                />
                <StartPath
                    title=|i| t_string!(i, home.start_trainers)
                    intro=|i| t_string!(i, home.start_trainers_intro)
                    steps=trainer
                />
            </div>
        </section>
    }
}

/// One path: its title, a line on who it is for, and its steps as numbered links.
#[component]
fn StartPath(
    /// The path's title.
    title: Label,
    /// Who it is for.
    intro: Label,
    /// Each step's link and text.
    steps: [(String, Label); 3],
) -> impl IntoView {
    let i18n = use_i18n();
    let steps = steps
        .into_iter()
        .map(|(href, label)| {
            view! {
                <li>
                    <a href=href>{move || label(i18n)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div>
            <h3>{move || title(i18n)}</h3>
            <p>{move || intro(i18n)}</p>
            <ol>{steps}</ol>
        </div>
    }
}

/// The way into the country data and the other sections.
#[component]
fn MoreSections() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="data-heading">
            <h2 id="data-heading">{t!(i18n, home.data_heading)}</h2>
            <p>{t!(i18n, home.data_intro)}</p>
            <ul class="card-grid">
                <SectionCard section=Section::Countries />
                <SectionCard section=Section::Goals />
            </ul>
        </section>
        <section aria-labelledby="more-heading">
            <h2 id="more-heading">{t!(i18n, home.more_heading)}</h2>
            <ul class="card-grid">
                {Section::MORE
                    .into_iter()
                    .map(|section| view! { <SectionCard section /> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The key figures: the framework's size, MDG Reports in 2003, and the financing gap.
#[component]
fn KeyFigures(digest: Arc<HomeDigest>) -> impl IntoView {
    let i18n = use_i18n();
    let figures = digest
        .figures
        .iter()
        .cloned()
        .map(|figure| view! { <FigureCard source=digest.source(&figure.source).cloned() figure /> })
        .collect_view();
    view! {
        <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t!(i18n, home.figures_heading)}</h2>
            <ul class="figures">{figures}</ul>
        </section>
    }
}

/// A card linking to a section, titled with its heading and described by its summary.
#[component]
fn SectionCard(
    /// The section the card opens.
    section: Section,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = AppBase::expect();
    view! {
        <li class="card">
            <h3 class="card__title">
                <A href=base.to(section.page())>{move || section.heading(i18n)}</A>
            </h3>
            <p>{move || section.summary(i18n)}</p>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What build.rs compiles in is what the data file says.
    #[test]
    fn the_compiled_digest_is_the_data_file() {
        let file: HomeDigest =
            serde_json::from_str(include_str!("../../public/data/home.json")).expect("home.json");
        assert_eq!(home_digest(), file);
    }
}
