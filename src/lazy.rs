//! Lazily loaded pages. Each group below is one split point: scripts/wasm-link splits the wasm
//! there, so the first view downloads only the shell and the group of the page it shows, and a
//! group's code arrives when one of its pages is first opened.
//!
//! Few groups on purpose: the splitter makes a chunk for every combination of split points that
//! shares code, so one split point per page (24 of them) produced about 400 tiny chunks, each a
//! request and a wasm-opt run. Four groups give a handful of chunks.
//!
//! Without the default `split` feature (wasm-bindgen-test) the groups are plain async functions.

#[cfg(feature = "split")]
use leptos::lazy;
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// Declares a group of pages behind one split point: an enum naming its pages, the lazily
/// loaded function that renders them, and a `LazyRoute` per page for the router.
macro_rules! lazy_group {
    ($(#[$meta:meta])* $group:ident, $key:ident { $($route:ident => $page:path),* $(,)? }) => {
        /// The pages of one lazily loaded group.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $key {
            $(
                #[allow(missing_docs)]
                $route,
            )*
        }

        $(#[$meta])*
        #[cfg_attr(feature = "split", lazy)]
        async fn $group(page: $key) -> AnyView {
            match page {
                $($key::$route => view! { <$page /> }.into_any(),)*
            }
        }

        $(
            #[derive(Debug)]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    $group($key::$route).await
                }
            }
        )*
    };
}

lazy_group!(
    /// The home page on its own: it is the first view, and its size is budgeted.
    home_page,
    HomePageKind {
        HomeRoute => crate::pages::home::HomePage,
    }
);

lazy_group!(
    /// The Core Strategy: the four pillars, timeline, financing, glossary, goals, about.
    strategy_pages,
    StrategyPage {
        ProjectRoute => crate::pillars::project::ProjectPage,
        TaskForceRoute => crate::pillars::project::task_force::TaskForcePage,
        CampaignRoute => crate::pillars::campaign::CampaignPage,
        CountryLevelRoute => crate::pillars::country_level::CountryLevelPage,
        MonitoringRoute => crate::pillars::monitoring::MonitoringPage,
        GoalsRoute => crate::pages::goals::GoalsPage,
        GoalRoute => crate::pages::goal::GoalPage,
        TimelineRoute => crate::pages::timeline::TimelinePage,
        FinancingRoute => crate::pages::financing::FinancingPage,
        GlossaryRoute => crate::pages::glossary::GlossaryPage,
        SourceRoute => crate::pages::source::SourcePage,
        DecentWorkRoute => crate::pages::decent_work::DecentWorkPage,
        ChecklistRoute => crate::pages::checklist::ChecklistPage,
        AboutRoute => crate::pages::about::AboutPage,
    }
);

lazy_group!(
    /// Country progress: countries index, profile, indicator explorer, map, progress grid.
    progress_pages,
    ProgressPage {
        CountriesRoute => crate::progress::countries::CountriesPage,
        ProfileRoute => crate::progress::profile::ProfilePage,
        CountryReportsRoute => crate::progress::reports::CountryReportsPage,
        ExploreRoute => crate::progress::explore::ExplorePage,
        MapRoute => crate::progress::map::MapPage,
        ProgressGridRoute => crate::progress::grid::GridPage,
        MethodologyRoute => crate::progress::methodology::MethodologyPage,
    }
);

lazy_group!(
    /// Presenter mode: deck list, presentation, speaker window, deck editor, handouts.
    present_pages,
    PresentPageKind {
        PresentRoute => crate::present::PresentPage,
        PresenterRoute => crate::present::show::PresenterPage,
        SpeakerRoute => crate::present::speaker::SpeakerPage,
        DeckEditorRoute => crate::present::builder::DeckEditorPage,
        HandoutRoute => crate::present::handout::HandoutPage,
    }
);
