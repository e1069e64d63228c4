//! Home: the strategy at a glance — an interactive map of the four pillars around the eight
//! Goals, the key figures with their sources, and a way into the country data. It shows
//! `home.json`, the strategy cut to what is shown here, compiled in ([`home_digest`]).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;
use leptos_router::NavigateOptions;

use crate::data::deck::DeckRef;
use crate::data::{HomeDigest, PillarId, Text};
use crate::i18n::*;
use crate::routes::{AppBase, NavPage, Page, Section};
use crate::ui::figure::FigureCard;
use crate::ui::locale::use_navigate;

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

/// Corner positions of the four pillars in the diagram (x, y of the box's top-left corner).
const PILLAR_BOXES: [(f32, f32); 4] = [(20.0, 20.0), (520.0, 20.0), (520.0, 380.0), (20.0, 380.0)];
/// Wide enough for the longest word of a pillar's name ("opérationnelles"), and its three
/// lines in French and Spanish; the text wraps in HTML (see `PillarBox`).
const BOX_W: f32 = 260.0;
const BOX_H: f32 = 120.0;
const CENTRE: (f32, f32) = (400.0, 260.0);
const RING: f32 = 95.0;

/// The diagram: the eight Goals in the middle, the pillars around them. Hovering or focusing a
/// pillar highlights its links, goals, actors and instruments; click or Enter opens it.
#[component]
fn StrategyMap(digest: Arc<HomeDigest>) -> impl IntoView {
    let i18n = use_i18n();
    let active = RwSignal::new(None::<PillarId>);
    let navigate = use_navigate();
    let pillars = digest.pillars.clone();

    let goal_nodes = (1..=8u8)
        .map(|goal| {
            let angle =
                (f32::from(goal) - 1.0) / 8.0 * std::f32::consts::TAU - std::f32::consts::FRAC_PI_2;
            let (x, y) = (CENTRE.0 + RING * angle.cos(), CENTRE.1 + RING * angle.sin());
            let pillars = pillars.clone();
            let lit = move || {
                active.get().is_some_and(|id| {
                    pillars
                        .iter()
                        .any(|p| p.id == id && p.goals.contains(&goal))
                })
            };
            view! {
                <g class="map-goal" class:map-goal--lit=lit>
                    <circle cx=x cy=y r="24" />
                    <text x=x y=y + 7.0 text-anchor="middle">{goal}</text>
                </g>
            }
        })
        .collect_view();

    let pillar_nodes = digest
        .pillars
        .iter()
        .zip(PILLAR_BOXES)
        .map(|(pillar, (x, y))| {
            let id = pillar.id;
            let section = pillar_section(id);
            let navigate = navigate.clone();
            // The router adds the base to the app path itself.
            let open = move || navigate(&section.path(), NavigateOptions::default());
            let open_key = open.clone();
            let (name, summary) = (pillar.name.clone(), pillar.summary.clone());
            let desc_id = format!("pillar-summary-{}", id.as_str());
            let described_by = desc_id.clone();
            // The link line from the box's inner corner to the goal ring.
            let (cx, cy) = (
                x + if x < CENTRE.0 { BOX_W } else { 0.0 },
                y + if y < CENTRE.1 { BOX_H } else { 0.0 },
            );
            let dx = CENTRE.0 - cx;
            let dy = CENTRE.1 - cy;
            let len = (dx * dx + dy * dy).sqrt();
            let (ex, ey) = (
                CENTRE.0 - dx / len * (RING + 30.0),
                CENTRE.1 - dy / len * (RING + 30.0),
            );
            let is_active = move || active.get() == Some(id);
            view! {
                <line class="map-link" class:map-link--lit=is_active x1=cx y1=cy x2=ex y2=ey />
                <g
                    class="map-pillar"
                    class:map-pillar--lit=is_active
                    role="link"
                    tabindex="0"
                    aria-describedby=described_by
                    data-pillar=id.as_str()
                    on:mouseenter=move |_| active.set(Some(id))
                    on:mouseleave=move |_| active.set(None)
                    on:focus=move |_| active.set(Some(id))
                    on:blur=move |_| active.set(None)
                    on:click=move |_| open()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            open_key();
                        }
                    }
                >
                    <PillarBox number=id.number() name summary desc_id x y />
                </g>
            }
        })
        .collect_view();

    view! {
        <section class="strategy-map" aria-labelledby="map-heading">
            <h2 id="map-heading">{t!(i18n, home.pillars_heading)}</h2>
            <p class="muted" data-slide-omit>
                {t!(i18n, home.map_help)}
            </p>
            <div class="strategy-map__layout">
                <svg
                    class="strategy-map__svg"
                    viewBox="0 0 800 520"
                    role="group"
                    aria-label=move || t_string!(i18n, home.map_label)
                >
                    <circle class="map-ring" cx=CENTRE.0 cy=CENTRE.1 r=RING />
                    {pillar_nodes}
                    <text class="map-centre" x=CENTRE.0 y=CENTRE.1 + 6.0 text-anchor="middle">
                        {move || t_string!(i18n, home.map_centre)}
                    </text>
                    {goal_nodes}
                </svg>
                <Connections digest active />
            </div>
        </section>
    }
}

/// A pillar's box: its number and name as the link's visible text and accessible name (the
/// name contains what is seen, as WCAG 2.5.3 asks), its summary as the link's description.
/// The text is HTML in a `foreignObject`, so it wraps (and hyphenates) inside the box in every
/// language instead of running out of it as SVG text did.
#[component]
fn PillarBox(
    /// 1 to 4.
    number: u8,
    /// The pillar's name.
    name: Text,
    /// Its one-line summary (the link's description).
    summary: Text,
    /// Id of the summary, for `aria-describedby`.
    desc_id: String,
    /// Left edge.
    x: f32,
    /// Top edge.
    y: f32,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.get_locale().as_str();
    view! {
        <desc id=desc_id>{move || summary.get(lang()).to_owned()}</desc>
        <rect x=x y=y width=BOX_W height=BOX_H rx="14" />
        <foreignObject x=x y=y width=BOX_W height=BOX_H>
            <div class="map-pillar__box">
                <span class="map-pillar__number">
                    {move || t_string!(i18n, home.pillar_number, number = number).to_string()}
                </span>
                " "
                <span class="map-pillar__name">{move || name.get(lang()).to_owned()}</span>
            </div>
        </foreignObject>
    }
}

/// The panel beside the diagram: what the active pillar connects to, or every actor and
/// instrument when none is active.
#[component]
fn Connections(digest: Arc<HomeDigest>, active: RwSignal<Option<PillarId>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.get_locale().as_str();
        let chips = |labels: &[Text]| {
            labels
                .iter()
                .map(|label| view! { <li class="chip chip--lit">{label.get(lang).to_owned()}</li> })
                .collect_view()
        };
        match active.get().and_then(|id| digest.pillar(id)) {
            Some(pillar) => {
                let goals = pillar
                    .goals
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <div class="connections" aria-live="polite">
                        <h3>{pillar.name.get(lang).to_owned()}</h3>
                        <p>{pillar.summary.get(lang).to_owned()}</p>
                        <h4>{t!(i18n, home.actors)}</h4>
                        <ul class="chips">{chips(&pillar.actors)}</ul>
                        <h4>{t!(i18n, home.instruments)}</h4>
                        <ul class="chips">{chips(&pillar.instruments)}</ul>
                        <p>{t_string!(i18n, home.goals_linked, goals).to_string()}</p>
                    </div>
                }
                .into_any()
            }
            None => view! {
                <div class="connections" aria-live="polite">
                    <p>{t!(i18n, home.map_idle)}</p>
                    <ol class="pillar-list">
                        {digest
                            .pillars
                            .iter()
                            .map(|p| {
                                view! {
                                    <li>
                                        <strong>{p.name.get(lang).to_owned()}</strong>
                                        " — "
                                        {p.summary.get(lang).to_owned()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </div>
            }
            .into_any(),
        }
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
