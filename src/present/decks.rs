//! Which deck a presenter URL shows: the built-in decks (in the current language), a deck saved
//! in this browser, or a deck carried in a share link.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::hooks::use_query_map;

use crate::data::deck::{
    country_briefing, decode_share, projector_src, BriefingSlide, Deck, DeckError, DeckRef, Slide,
    BRIEFING_SERIES, CORE_DECK,
};
use crate::data::{data_path, Countries, DataFile, Framework};
use crate::i18n::*;
use crate::present::steps::SlideFrame;
use crate::present::storage::{load_library, read_library};
use crate::routes::AppBase;
use crate::store::DataStore;

/// A deck as far as it is known.
#[derive(Clone, Debug, PartialEq)]
pub enum DeckState {
    /// Data for a country briefing is loading.
    Loading,
    /// The deck, ready to show.
    Ready(Arc<Deck>),
    /// The URL names no deck, or an unknown country.
    NoDeck,
    /// The deck has no slides (an empty saved deck).
    Empty,
    /// A share link that does not decode, or a data file that failed.
    Invalid(String),
}

/// The deck named by the current URL (`deck=` / `d=`), kept up to date with the URL and language.
pub fn use_deck() -> (Memo<Option<DeckRef>>, Memo<DeckState>) {
    let i18n = use_i18n();
    let query = use_query_map();
    let reference =
        Memo::new(move |_| query.with(|q| DeckRef::from_query(q.get_str("deck"), q.get_str("d"))));
    // The views added since ("Add to deck") go into the saved deck now: the memo below only reads.
    load_library();
    let store = DataStore::expect();
    // Only a country briefing needs data files; other decks load nothing.
    let briefing_data = LocalResource::new(move || {
        let reference = reference.get();
        async move {
            match reference {
                Some(DeckRef::Country(_)) => {
                    let framework = store
                        .load::<Framework>(&data_path(DataFile::Framework))
                        .await;
                    let countries = store
                        .load::<Countries>(&data_path(DataFile::Countries))
                        .await;
                    Some(framework.and_then(|f| countries.map(|c| (f, c))))
                }
                _ => None,
            }
        }
    });
    let state = Memo::new(move |_| match reference.get() {
        None => DeckState::NoDeck,
        Some(DeckRef::Core) => DeckState::Ready(Arc::new(core_deck(i18n))),
        Some(DeckRef::Mine) => {
            let library = read_library();
            saved_deck_state(library.current_id().and_then(|id| library.get(id)))
        }
        Some(DeckRef::Saved(id)) => saved_deck_state(read_library().get(id)),
        Some(DeckRef::Shared(d)) => match decode_share(&d) {
            Ok(deck) => DeckState::Ready(Arc::new(deck)),
            Err(e) => DeckState::Invalid(deck_error_message(i18n, &e)),
        },
        Some(DeckRef::Country(code)) => match briefing_data.get() {
            None | Some(None) => DeckState::Loading,
            Some(Some(Err(e))) => DeckState::Invalid(e.to_string()),
            Some(Some(Ok((framework, countries)))) => {
                match briefing_deck(i18n, &code, &framework, &countries) {
                    Some(deck) => DeckState::Ready(Arc::new(deck)),
                    None => DeckState::NoDeck,
                }
            }
        },
    });
    (reference, state)
}

fn saved_deck_state(deck: Option<&Deck>) -> DeckState {
    match deck {
        None => DeckState::NoDeck,
        Some(deck) if deck.slides.is_empty() => DeckState::Empty,
        Some(deck) => DeckState::Ready(Arc::new(deck.clone())),
    }
}

/// "The MDG Core Strategy in 15 minutes" in the current language.
pub fn core_deck(i18n: I18nContext<Locale>) -> Deck {
    let slides = CORE_DECK
        .iter()
        .map(|s| {
            let (title, notes) = core_text(i18n, s.key);
            Slide {
                path: s.path.to_owned(),
                title: title.to_owned(),
                notes: notes.to_owned(),
                duration: Some(s.duration),
            }
        })
        .collect();
    Deck::new(t_string!(i18n, present.core_title), slides)
}

fn core_text(i18n: I18nContext<Locale>, key: &str) -> (&'static str, &'static str) {
    match key {
        "overview" => (
            t_string!(i18n, present.core.overview_title),
            t_string!(i18n, present.core.overview_notes),
        ),
        "project" => (
            t_string!(i18n, present.core.project_title),
            t_string!(i18n, present.core.project_notes),
        ),
        "task_force" => (
            t_string!(i18n, present.core.task_force_title),
            t_string!(i18n, present.core.task_force_notes),
        ),
        "campaign" => (
            t_string!(i18n, present.core.campaign_title),
            t_string!(i18n, present.core.campaign_notes),
        ),
        "country_level" => (
            t_string!(i18n, present.core.country_level_title),
            t_string!(i18n, present.core.country_level_notes),
        ),
        "monitoring" => (
            t_string!(i18n, present.core.monitoring_title),
            t_string!(i18n, present.core.monitoring_notes),
        ),
        "checklist" => (
            t_string!(i18n, present.core.checklist_title),
            t_string!(i18n, present.core.checklist_notes),
        ),
        "goals" => (
            t_string!(i18n, present.core.goals_title),
            t_string!(i18n, present.core.goals_notes),
        ),
        "grid" => (
            t_string!(i18n, present.core.grid_title),
            t_string!(i18n, present.core.grid_notes),
        ),
        _ => (
            t_string!(i18n, present.core.timeline_title),
            t_string!(i18n, present.core.timeline_notes),
        ),
    }
}

/// The country briefing for `iso3` in the current language; `None` for an unknown country.
pub fn briefing_deck(
    i18n: I18nContext<Locale>,
    iso3: &str,
    framework: &Framework,
    countries: &Countries,
) -> Option<Deck> {
    let lang = i18n.get_locale().as_str();
    let country = countries.country(iso3)?.name.get(lang).to_owned();
    let slides = country_briefing(iso3)
        .into_iter()
        .map(|slide| {
            let path = slide.path().to_owned();
            let (title, notes, duration) = match slide {
                BriefingSlide::Profile(_) => (
                    country.clone(),
                    t_string!(
                        i18n,
                        present.briefing_profile_notes,
                        country = country.as_str()
                    )
                    .to_string(),
                    120,
                ),
                BriefingSlide::Goal { goal, .. } => {
                    let goal_title = framework
                        .goals
                        .iter()
                        .find(|g| g.number == goal)
                        .map(|g| g.title.get(lang).to_owned())
                        .unwrap_or_default();
                    let series = framework
                        .series(BRIEFING_SERIES[usize::from(goal) - 1])
                        .map(|s| s.name.get(lang).to_owned())
                        .unwrap_or_default();
                    (
                        t_string!(
                            i18n,
                            present.goal_slide,
                            n = goal,
                            title = goal_title.as_str()
                        )
                        .to_string(),
                        t_string!(i18n, present.briefing_goal_notes, series = series.as_str())
                            .to_string(),
                        75,
                    )
                }
                BriefingSlide::Reports(_) => (
                    t_string!(
                        i18n,
                        present.briefing_reports_title,
                        country = country.as_str()
                    )
                    .to_string(),
                    t_string!(i18n, present.briefing_reports_notes).to_owned(),
                    90,
                ),
                BriefingSlide::Map(_) => (
                    t_string!(i18n, present.briefing_map_title).to_owned(),
                    t_string!(i18n, present.briefing_map_notes).to_owned(),
                    60,
                ),
                BriefingSlide::Grid(_) => (
                    t_string!(i18n, present.briefing_grid_title).to_owned(),
                    t_string!(i18n, present.briefing_grid_notes).to_owned(),
                    60,
                ),
            };
            Slide {
                path,
                title,
                notes,
                duration: Some(duration),
            }
        })
        .collect();
    let title = t_string!(
        i18n,
        present.briefing_deck_title,
        country = country.as_str()
    )
    .to_string();
    Some(Deck::new(title, slides))
}

/// A deck file's or share link's problem, translated.
pub fn deck_error_message(i18n: I18nContext<Locale>, e: &DeckError) -> String {
    let n = e.slide().unwrap_or(0);
    match e {
        DeckError::Empty => t_string!(i18n, present.error.empty).to_owned(),
        DeckError::Syntax { line, column, .. } => {
            t_string!(i18n, present.error.syntax, line = *line, column = *column).to_string()
        }
        DeckError::NotADeck => t_string!(i18n, present.error.not_a_deck).to_owned(),
        DeckError::Version(v) => t_string!(i18n, present.error.version, n = *v).to_string(),
        DeckError::NoSlides => t_string!(i18n, present.error.no_slides).to_owned(),
        DeckError::TooManySlides(count) => {
            t_string!(i18n, present.error.too_many, n = *count).to_string()
        }
        DeckError::BadPath { .. } => t_string!(i18n, present.error.bad_path, n = n).to_string(),
        DeckError::TooLong { .. } => t_string!(i18n, present.error.too_long, n = n).to_string(),
        DeckError::BadDuration { .. } => {
            t_string!(i18n, present.error.bad_duration, n = n).to_string()
        }
        DeckError::BadLink => t_string!(i18n, present.error.bad_link).to_owned(),
    }
}

/// The title shown for a slide: its own, or its view's path.
pub fn slide_label(slide: &Slide) -> String {
    if slide.title.trim().is_empty() {
        slide.path.clone()
    } else {
        slide.title.clone()
    }
}

/// Slide `i`'s live view: the app in a frame with the projector flag, marked `is-current` while
/// `shown()` (the stylesheet hides the others, which stay loaded), its items revealed step by
/// step ([`crate::present::steps`]).
pub fn slide_frame(
    slide: &Slide,
    i: usize,
    class: &'static str,
    shown: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let src = projector_src(
        &AppBase::expect().0,
        &slide.path,
        i18n.get_locale_untracked().as_str(),
    );
    let label = slide_label(slide);
    let title =
        move || t_string!(i18n, present.frame_title, n = i + 1, title = label.as_str()).to_string();
    view! {
        <iframe
            class=class
            class:is-current=shown
            data-slide=i + 1
            src=src
            title=title
            on:load=|ev| SlideFrame::enable_steps(&event_target(&ev))
        ></iframe>
    }
}
