//! The route table, in one place: each route's path pattern, the lazily loaded page group it
//! belongs to and its view, side by side ([`AppRoutes`]); the typed URL of every view
//! ([`Page`], from `mdg-data`, which builds them from the same segment constants); the sections of
//! the navigation with their labels and headings ([`Section`]); links under the app's base
//! ([`AppBase`]).
//!
//! Each group of the table is one split point: `scripts/wasm-link` splits the wasm there, so the
//! first view downloads only the shell and the group of the page it shows, and a group's code
//! arrives when one of its pages is first opened. Few groups on purpose (five): the splitter makes a
//! chunk for every combination of split points that shares code, so one split point per page
//! (24 of them) produced about 400 tiny chunks. Without the default `split` feature
//! (wasm-bindgen-test) the groups are plain async functions.
//!
//! Each row also lists the data files its view reads ([`Reads`]): `public/start.js` requests them
//! while the app starts, from a copy of the table that the test `start_js_has_the_route_table`
//! keeps in step (and `tests/e2e/preload.spec.ts` checks against what the views fetch).
//!
//! To add a route: a [`Page`] variant and its `path()` in `crates/mdg-data/src/route.rs`, then a
//! row here, then `UPDATE_START_JS=1 cargo test -p mdg-explorer --lib start_js`; the test
//! `every_page_has_its_route` fails until the first two agree.

#[cfg(feature = "split")]
use leptos::lazy;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::{
    components::{Route, Routes},
    Lazy, LazyRoute, ParamSegment, StaticSegment,
};

pub use crate::data::route::{param, segment, Page, Reads};
use crate::i18n::{t_string, Locale};
use crate::pages::not_found::NotFound;

/// Declares the route table: per group, an enum naming its pages, the lazily loaded function that
/// renders them and a `LazyRoute` per page; then the router's `<Routes>` with every row, and, for
/// tests, which row a path lands on.
macro_rules! route_table {
    ($(
        $(#[$meta:meta])*
        $group:ident: $key:ident {
            $($route:ident: $pattern:expr => $view:path [$($reads:expr),* $(,)?],)*
        }
    )*) => {
        $(
            /// The pages of one lazily loaded group.
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub enum $key {
                $(
                    #[doc = concat!("The page of [`", stringify!($route), "`].")]
                    $route,
                )*
            }

            $(#[$meta])*
            #[cfg_attr(feature = "split", lazy)]
            async fn $group(page: $key) -> AnyView {
                // The page is built in a task of its own: with its chunks preloaded, it was
                // built in the task that drew the shell, one long task (issue 14).
                crate::ui::next_task().await;
                match page {
                    $($key::$route => view! { <$view /> }.into_any(),)*
                }
            }

            $(
                /// The router's handle on one page of the table.
                #[derive(Debug)]
                pub struct $route;

                impl LazyRoute for $route {
                    fn data() -> Self {
                        $route
                    }

                    async fn view(_this: Self) -> AnyView {
                        // The group's code and its styles download side by side.
                        let (view, ()) = futures::future::join(
                            $group($key::$route),
                            crate::ui::group_css::group_css(stringify!($group)),
                        )
                        .await;
                        crate::ui::route_loading::RouteLoading::done();
                        view
                    }
                }
            )*
        )*

        /// Every route of the table, for the router (unknown paths get [`NotFound`]).
        #[component]
        pub fn AppRoutes() -> impl IntoView {
            view! {
                <Routes fallback=NotFound>
                    $($(<Route path={$pattern} view={Lazy::<$route>::new()} />)*)*
                </Routes>
            }
        }

        /// Each row's page group, path segments and data files, for `public/start.js`.
        #[cfg(test)]
        fn preload_rows() -> Vec<(&'static str, Vec<leptos_router::PathSegment>, Vec<Reads>)> {
            use crate::data::DataFile::*;
            use Reads::{CountryInPath, IndicatorInQuery};
            let mut rows = Vec::new();
            $($({
                let mut segments = Vec::new();
                leptos_router::PossibleRouteMatch::generate_path(&$pattern, &mut segments);
                rows.push((stringify!($group), segments, vec![$(Reads::from($reads)),*]));
            })*)*
            rows
        }

        /// The row of the table (by its name) that an app path lands on, matched as the router
        /// matches it.
        #[cfg(test)]
        fn route_for(path: &str) -> Option<&'static str> {
            let path = path.split(['?', '#']).next().unwrap_or_default();
            $($(
                if leptos_router::PossibleRouteMatch::test(&$pattern, path)
                    .is_some_and(|m| m.is_complete())
                {
                    return Some(stringify!($route));
                }
            )*)*
            None
        }
    };
}

use segment::*;

// Per group, its rows: `name: pattern => view [data files the view reads]`.
route_table! {
    /// The home page on its own: it is the first view, and its size is budgeted.
    home_page: HomePageKind {
        HomeRoute: StaticSegment("") => crate::pages::home::HomePage [],
    }

    /// The Core Strategy: the four pillars, timeline, financing, glossary, goals, about.
    strategy_pages: StrategyPage {
        ProjectRoute: StaticSegment(PROJECT) => crate::pillars::project::ProjectPage [Strategy],
        TaskForceRoute: (StaticSegment(PROJECT), ParamSegment(param::TASK_FORCE))
            => crate::pillars::project::task_force::TaskForcePage [Framework, Strategy],
        CampaignRoute: StaticSegment(CAMPAIGN) => crate::pillars::campaign::CampaignPage [Strategy],
        CountryLevelRoute: StaticSegment(COUNTRY_LEVEL)
            => crate::pillars::country_level::CountryLevelPage [Strategy],
        MonitoringRoute: StaticSegment(MONITORING)
            => crate::pillars::monitoring::MonitoringPage
                [Strategy, Reports, Countries, Availability, Framework],
        GoalsRoute: StaticSegment(GOALS) => crate::pages::goals::GoalsPage [Framework, Framework2008],
        GoalRoute: (StaticSegment(GOALS), ParamSegment(param::GOAL))
            => crate::pages::goal::GoalPage [Framework, Strategy, Framework2008],
        TimelineRoute: StaticSegment(TIMELINE) => crate::pages::timeline::TimelinePage [Strategy],
        FinancingRoute: StaticSegment(FINANCING)
            => crate::pages::financing::FinancingPage [Strategy],
        GlossaryRoute: StaticSegment(GLOSSARY) => crate::pages::glossary::GlossaryPage [Strategy],
        SourceRoute: StaticSegment(SOURCE) => crate::pages::source::SourcePage [Paper],
        DecentWorkRoute: StaticSegment(DECENT_WORK)
            => crate::pages::decent_work::DecentWorkPage [Lens, Strategy, Framework],
        ChecklistRoute: StaticSegment(CHECKLIST)
            => crate::pages::checklist::ChecklistPage [Lens, Strategy],
        AboutRoute: StaticSegment(ABOUT) => crate::pages::about::AboutPage [Manifest],
    }

    /// Country progress: countries index, profile, indicator explorer, progress grid,
    /// methodology.
    progress_pages: ProgressPage {
        CountriesRoute: StaticSegment(COUNTRIES)
            => crate::progress::countries::CountriesPage [Countries, Framework, World],
        ProfileRoute: (StaticSegment(COUNTRIES), ParamSegment(param::COUNTRY))
            => crate::progress::profile::ProfilePage [Countries, Framework, CountryInPath],
        CountryReportsRoute: (StaticSegment(COUNTRIES), ParamSegment(param::COUNTRY), StaticSegment(REPORTS))
            => crate::progress::reports::CountryReportsPage
                [Countries, Framework, CountryInPath],
        ExploreRoute: StaticSegment(EXPLORE)
            => crate::progress::explore::ExplorePage [Countries, Framework, IndicatorInQuery, Manifest],
        ProgressGridRoute: StaticSegment(PROGRESS)
            => crate::progress::grid::GridPage [Countries, Framework],
        MethodologyRoute: StaticSegment(METHODOLOGY)
            => crate::progress::methodology::MethodologyPage
                [Framework, Countries, Country(crate::progress::methodology::EXAMPLE_COUNTRY)],
    }

    /// The world map on its own (issue 14): it shares little code with the other progress pages,
    /// and in their group its first visit downloaded all of theirs (583.6 → 413.2 KB brotli). Its
    /// own group costs the other pages a few KB: the code they share is cut into more chunks.
    /// A profile in a group of its own saved it 48 KB but cost the home page and the others 6–17 KB.
    map_page: MapPageKind {
        MapRoute: StaticSegment(MAP)
            => crate::progress::map::MapPage [Countries, Framework, World, IndicatorInQuery],
    }

    /// Presenter mode: deck list, presentation, speaker window, deck editor, handouts.
    present_pages: PresentPageKind {
        PresentRoute: StaticSegment(PRESENT) => crate::present::PresentPage [Countries],
        PresenterRoute: (StaticSegment(PRESENT), StaticSegment(SHOW))
            => crate::present::show::PresenterPage [],
        SpeakerRoute: (StaticSegment(PRESENT), StaticSegment(SPEAKER))
            => crate::present::speaker::SpeakerPage [],
        DeckEditorRoute: (StaticSegment(PRESENT), StaticSegment(EDIT))
            => crate::present::builder::DeckEditorPage [],
        HandoutRoute: (StaticSegment(PRESENT), StaticSegment(PRINT))
            => crate::present::handout::HandoutPage [Manifest, Framework, Strategy],
    }
}

/// A top-level section of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The home page: the Core Strategy at a glance.
    Home,
    /// Pillar 1: the Millennium Project.
    Project,
    /// Pillar 2: the Millennium Campaign.
    Campaign,
    /// Pillar 3: operational activities at country level.
    CountryLevel,
    /// Pillar 4: monitoring through national MDG Reports.
    Monitoring,
    /// Every country's MDG progress.
    Countries,
    /// The eight goals, their targets and indicators.
    Goals,
    /// Presenter mode: decks of slides.
    Present,
    /// Sources, licences and method.
    About,
    /// The Core Strategy's dated events.
    Timeline,
    /// The financing figures of the paper.
    Financing,
    /// Terms and acronyms.
    Glossary,
    /// The source paper, paragraph by paragraph.
    Source,
    /// The ILO's Decent Work lens on the strategy.
    DecentWork,
    /// The Decent Work checklist for a country team.
    Checklist,
}

impl Section {
    /// The sections of the primary navigation ([`NavEntry::ALL`]), directly or in a group.
    pub const ALL: [Section; 9] = [
        Section::Home,
        Section::Project,
        Section::Campaign,
        Section::CountryLevel,
        Section::Monitoring,
        Section::Countries,
        Section::Goals,
        Section::Present,
        Section::About,
    ];

    /// Sections reached from the home page and the footer rather than the primary navigation.
    pub const MORE: [Section; 6] = [
        Section::Source,
        Section::DecentWork,
        Section::Checklist,
        Section::Timeline,
        Section::Financing,
        Section::Glossary,
    ];

    /// The four pillars of the MDG Core Strategy.
    pub const PILLARS: [Section; 4] = [
        Section::Project,
        Section::Campaign,
        Section::CountryLevel,
        Section::Monitoring,
    ];

    /// The section's page.
    pub const fn page(self) -> Page<'static> {
        const NO_FILTER: &crate::data::progress::IndexFilter =
            &crate::data::progress::IndexFilter::EMPTY;
        match self {
            Section::Home => Page::Home,
            Section::Project => Page::Project,
            Section::Campaign => Page::Campaign,
            Section::CountryLevel => Page::CountryLevel,
            Section::Monitoring => Page::Monitoring,
            Section::Countries => Page::Countries(NO_FILTER),
            Section::Goals => Page::Goals,
            Section::Present => Page::Present,
            Section::About => Page::About,
            Section::Timeline => Page::Timeline(None),
            Section::Financing => Page::Financing,
            Section::Glossary => Page::Glossary,
            Section::Source => Page::Source,
            Section::DecentWork => Page::DecentWork,
            Section::Checklist => Page::Checklist,
        }
    }

    /// Path relative to the app's base ("/project").
    pub fn path(self) -> String {
        self.page().path()
    }

    /// The label in the primary navigation.
    pub fn nav_label(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            Section::Home => t_string!(i18n, nav.home),
            Section::Project => t_string!(i18n, nav.project),
            Section::Campaign => t_string!(i18n, nav.campaign),
            Section::CountryLevel => t_string!(i18n, nav.country_level),
            Section::Monitoring => t_string!(i18n, nav.monitoring),
            Section::Countries => t_string!(i18n, nav.countries),
            Section::Goals => t_string!(i18n, nav.goals),
            Section::Present => t_string!(i18n, nav.present),
            Section::About => t_string!(i18n, nav.about),
            Section::Timeline => t_string!(i18n, nav.timeline),
            Section::Financing => t_string!(i18n, nav.financing),
            Section::Glossary => t_string!(i18n, nav.glossary),
            Section::Source => t_string!(i18n, nav.source),
            Section::DecentWork => t_string!(i18n, nav.decent_work),
            Section::Checklist => t_string!(i18n, nav.checklist),
        }
    }

    /// The page's `<h1>`.
    pub fn heading(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            Section::Home => t_string!(i18n, home.heading),
            Section::Project => t_string!(i18n, project.title),
            Section::Campaign => t_string!(i18n, campaign.title),
            Section::CountryLevel => t_string!(i18n, country_level.title),
            Section::Monitoring => t_string!(i18n, monitoring.title),
            Section::Countries => t_string!(i18n, countries.title),
            Section::Goals => t_string!(i18n, goals.title),
            Section::Present => t_string!(i18n, present.title),
            Section::About => t_string!(i18n, about.title),
            Section::Timeline => t_string!(i18n, timeline.title),
            Section::Financing => t_string!(i18n, financing.title),
            Section::Glossary => t_string!(i18n, glossary.title),
            Section::Source => t_string!(i18n, source.title),
            Section::DecentWork => t_string!(i18n, lens.title),
            Section::Checklist => t_string!(i18n, checklist.title),
        }
    }

    /// The short description shown under the heading (and on the home page's pillar cards).
    pub fn summary(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            Section::Home => t_string!(i18n, home.intro),
            Section::Project => t_string!(i18n, project.summary),
            Section::Campaign => t_string!(i18n, campaign.summary),
            Section::CountryLevel => t_string!(i18n, country_level.summary),
            Section::Monitoring => t_string!(i18n, monitoring.summary),
            Section::Countries => t_string!(i18n, countries.summary),
            Section::Goals => t_string!(i18n, goals.summary),
            Section::Present => t_string!(i18n, present.summary),
            Section::About => t_string!(i18n, about.summary),
            Section::Timeline => t_string!(i18n, timeline.summary),
            Section::Financing => t_string!(i18n, financing.summary),
            Section::Glossary => t_string!(i18n, glossary.summary),
            Section::Source => t_string!(i18n, source.summary),
            Section::DecentWork => t_string!(i18n, lens.summary),
            Section::Checklist => t_string!(i18n, checklist.summary),
        }
    }
}

/// An entry of the primary navigation: one page, or a group of pages shown as one menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavEntry {
    /// A link to one page.
    Link(NavPage),
    /// A named group of links.
    Group(NavGroup),
}

impl NavEntry {
    /// The primary navigation, in order. Grouped so that it fits one line at 1366 px in every
    /// language (`tests/e2e/nav.spec.ts`): the pillars' names alone fill half of it in Spanish.
    pub const ALL: [NavEntry; 6] = [
        NavEntry::Link(NavPage::Section(Section::Home)),
        NavEntry::Group(NavGroup::Strategy),
        NavEntry::Group(NavGroup::Progress),
        NavEntry::Link(NavPage::Section(Section::Goals)),
        NavEntry::Link(NavPage::Section(Section::Present)),
        NavEntry::Link(NavPage::Section(Section::About)),
    ];
}

/// A group of the primary navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavGroup {
    /// The Core Strategy: its four pillars.
    Strategy,
    /// Country progress: the countries and the data views across them.
    Progress,
}

impl NavGroup {
    /// The group's pages, in order.
    pub const fn pages(self) -> &'static [NavPage] {
        match self {
            NavGroup::Strategy => &[
                NavPage::Section(Section::Project),
                NavPage::Section(Section::Campaign),
                NavPage::Section(Section::CountryLevel),
                NavPage::Section(Section::Monitoring),
            ],
            NavGroup::Progress => &[
                NavPage::Section(Section::Countries),
                NavPage::Explore,
                NavPage::Map,
                NavPage::ProgressGrid,
                NavPage::Methodology,
            ],
        }
    }

    /// The group's name in the navigation.
    pub fn label(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            NavGroup::Strategy => t_string!(i18n, nav.strategy_group),
            NavGroup::Progress => t_string!(i18n, nav.progress_group),
        }
    }

    /// A stable key, for element ids.
    pub const fn key(self) -> &'static str {
        match self {
            NavGroup::Strategy => "strategy",
            NavGroup::Progress => "progress",
        }
    }
}

/// A page the primary navigation links to: a [`Section`], or a data view that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavPage {
    /// A section's page.
    Section(Section),
    /// The indicator explorer.
    Explore,
    /// The world map (default indicator, latest year).
    Map,
    /// The progress grid.
    ProgressGrid,
    /// How progress is judged.
    Methodology,
}

impl NavPage {
    /// The page linked to.
    pub const fn page(self) -> Page<'static> {
        const NO_STATE: &crate::data::progress::ProfileState =
            &crate::data::progress::ProfileState::EMPTY;
        match self {
            NavPage::Section(section) => section.page(),
            NavPage::Explore => Page::Explore(NO_STATE),
            NavPage::Map => Page::Map {
                indicator: None,
                year: None,
                method: crate::data::progress::Method::Robust,
            },
            NavPage::ProgressGrid => Page::ProgressGrid,
            NavPage::Methodology => Page::Methodology,
        }
    }

    /// The link's text.
    pub fn label(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            NavPage::Section(section) => section.nav_label(i18n),
            NavPage::Explore => t_string!(i18n, progress.explore_title),
            NavPage::Map => t_string!(i18n, progress.map_title),
            NavPage::ProgressGrid => t_string!(i18n, progress.grid_title),
            NavPage::Methodology => t_string!(i18n, nav.methodology),
        }
    }
}

/// The app's base path (from `<base href>`, e.g. "/mdg-explorer"), provided as context by the shell.
///
/// `leptos_router` 0.8 uses an absolute `href` as it is, so every in-app link goes through
/// [`AppBase::href`] to stay under the sub-path the app was built for. `use_navigate`, on the
/// contrary, adds the base itself: give it the app path ("/project?goal=4").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppBase(pub String);

impl AppBase {
    /// The base provided by the shell (empty when the app is served at the root).
    pub fn expect() -> Self {
        leptos::prelude::use_context().unwrap_or_default()
    }

    /// An app path ("/goals") as a link under the base ("/mdg-explorer/goals").
    pub fn href(&self, path: &str) -> String {
        format!("{}/{}", self.0, path.trim_start_matches('/'))
    }

    /// The link to `page` under the base.
    pub fn to(&self, page: Page<'_>) -> String {
        self.href(&page.path())
    }
}

/// Formats a document title: "Page · App name" (the home page shows the app name alone).
pub fn document_title(page: Option<&str>, app_name: &str) -> String {
    match page {
        Some(page) => format!("{page} · {app_name}"),
        None => app_name.to_owned(),
    }
}

/// The router's base path from the document's `<base href>` (set by `trunk build --public-url`),
/// without a trailing slash: "/mdg-explorer/" → "/mdg-explorer", "/" → "".
pub fn base_from_href(href: &str) -> String {
    let path = match href.find("://") {
        Some(scheme_end) => {
            let rest = &href[scheme_end + 3..];
            rest.find('/').map_or("/", |i| &rest[i..])
        }
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_strips_origin_and_trailing_slash() {
        assert_eq!(base_from_href("/"), "");
        assert_eq!(base_from_href("/mdg-explorer/"), "/mdg-explorer");
        assert_eq!(base_from_href("http://127.0.0.1:8080/a/b/"), "/a/b");
        assert_eq!(base_from_href("https://example.org"), "");
        assert_eq!(base_from_href("https://example.org/x/?q=1#top"), "/x");
    }

    #[test]
    fn links_stay_under_the_base() {
        let base = AppBase("/mdg-explorer".into());
        assert_eq!(base.href("/"), "/mdg-explorer/");
        assert_eq!(base.href("/goals"), "/mdg-explorer/goals");
        let root = AppBase::default();
        assert_eq!(root.href("/"), "/");
        assert_eq!(root.href("/goals"), "/goals");
    }

    /// The route table as `public/start.js` reads it: per row, the path as a regular expression
    /// (a parameter is a group, `$1`), the page group as `scripts/post-build.mjs` names it in
    /// `<meta name="app-chunks">`, and the data files.
    fn start_js_table() -> String {
        use leptos_router::PathSegment;
        use std::fmt::Write as _;
        let mut table = String::new();
        for (group, segments, reads) in preload_rows() {
            let mut pattern: String = segments
                .iter()
                .map(|s| match s {
                    PathSegment::Static(s) if s.is_empty() => String::new(),
                    PathSegment::Static(s) => format!("\\/{s}"),
                    PathSegment::Param(_) => "\\/([^/]+)".to_owned(),
                    other => panic!("start.js has no pattern for {other:?}"),
                })
                .collect();
            if pattern.is_empty() {
                pattern.push_str("\\/");
            }
            let files: Vec<String> = reads
                .iter()
                .map(|r| format!("{:?}", r.preload_name()))
                .collect();
            let group = group.replace('_', "-");
            let files = files.join(", ");
            writeln!(table, "    [/^{pattern}$/, \"{group}\", [{files}]],").expect("a String");
        }
        let indicator = crate::progress::explore::DEFAULT_SERIES;
        write!(table, "  ];\n  var defaultIndicator = {indicator:?};\n").expect("a String");
        table
    }

    /// `public/start.js` preloads, for each route, what the route table says its view downloads
    /// (`tests/e2e/preload.spec.ts` checks that the views download exactly that). After changing
    /// the table, `UPDATE_START_JS=1 cargo test -p mdg-explorer --lib start_js` rewrites it.
    #[test]
    fn start_js_has_the_route_table() {
        const BEGIN: &str = "  var routes = [\n";
        const END: &str = "  // End of the table generated from src/routes.rs.\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/start.js");
        let js = std::fs::read_to_string(path).expect("public/start.js");
        let (head, rest) = js.split_once(BEGIN).expect("start.js has `var routes = [`");
        let (_, tail) = rest
            .split_once(END)
            .expect("start.js has the table's end line");
        let want = format!("{head}{BEGIN}{}{END}{tail}", start_js_table());
        if std::env::var_os("UPDATE_START_JS").is_some() {
            std::fs::write(path, &want).expect("writing public/start.js");
        } else {
            assert!(
                js == want,
                "public/start.js's route table differs from src/routes.rs: run \
                 `UPDATE_START_JS=1 cargo test -p mdg-explorer --lib start_js`"
            );
        }
    }

    /// Every kind of [`Page`] lands on the row of the route table that shows it.
    #[test]
    fn every_page_has_its_route() {
        use crate::data::deck::DeckRef;
        use crate::data::progress::{IndexFilter, Method, ProfileState};
        let kenya = ProfileState::from_query("country=KEN&as_of=2003&tab=chart");
        let filter = IndexFilter::from_query("q=ke&ldc=1");
        let deck = DeckRef::Saved(2);
        let map = Page::Map {
            indicator: Some("sh_dyn_mort"),
            year: Some(2003),
            method: Method::WorldBank2003,
        };
        let cases = [
            (Page::Home, "HomeRoute"),
            (Page::Project, "ProjectRoute"),
            (Page::ProjectForGoal(4), "ProjectRoute"),
            (Page::TaskForce("tf1"), "TaskForceRoute"),
            (Page::Campaign, "CampaignRoute"),
            (Page::CountryLevel, "CountryLevelRoute"),
            (Page::Monitoring, "MonitoringRoute"),
            (Page::Goals, "GoalsRoute"),
            (Page::Goal(4), "GoalRoute"),
            (Page::Timeline(Some("campaign")), "TimelineRoute"),
            (Page::Financing, "FinancingRoute"),
            (Page::Glossary, "GlossaryRoute"),
            (Page::Source, "SourceRoute"),
            (Page::DecentWork, "DecentWorkRoute"),
            (Page::Checklist, "ChecklistRoute"),
            (Page::About, "AboutRoute"),
            (Page::Countries(&filter), "CountriesRoute"),
            (Page::Country("KEN"), "ProfileRoute"),
            (Page::Profile(&kenya), "ProfileRoute"),
            (Page::CountryReports("KEN"), "CountryReportsRoute"),
            (Page::Explore(&kenya), "ExploreRoute"),
            (Page::Chart("sh_dyn_mort"), "ExploreRoute"),
            (map, "MapRoute"),
            (Page::ProgressGrid, "ProgressGridRoute"),
            (Page::Methodology, "MethodologyRoute"),
            (Page::Present, "PresentRoute"),
            (Page::Show(&deck, 3), "PresenterRoute"),
            (Page::Speaker(&deck, 3), "SpeakerRoute"),
            (Page::Edit(Some(2)), "DeckEditorRoute"),
            (Page::Print(&deck), "HandoutRoute"),
        ];
        for (page, route) in cases {
            assert_eq!(route_for(&page.path()), Some(route), "{page:?}");
            // A new kind of page stops this from compiling: list it here and give it a case above.
            match page {
                Page::Home
                | Page::Project
                | Page::ProjectForGoal(_)
                | Page::TaskForce(_)
                | Page::Campaign
                | Page::CountryLevel
                | Page::Monitoring
                | Page::Goals
                | Page::Goal(_)
                | Page::Timeline(_)
                | Page::Financing
                | Page::Glossary
                | Page::Source
                | Page::DecentWork
                | Page::Checklist
                | Page::About
                | Page::Countries(_)
                | Page::Country(_)
                | Page::Profile(_)
                | Page::CountryReports(_)
                | Page::Explore(_)
                | Page::Chart(_)
                | Page::Map { .. }
                | Page::ProgressGrid
                | Page::Methodology
                | Page::Present
                | Page::Show(..)
                | Page::Speaker(..)
                | Page::Edit(_)
                | Page::Print(_) => {}
            }
        }
        assert_eq!(route_for(&Page::Source.at("p4")), Some("SourceRoute"));
        assert_eq!(route_for("/countries/KEN/elsewhere"), None);
        assert_eq!(route_for("/nowhere"), None);
    }

    /// The navigation links to every section of [`Section::ALL`] and every data view, once.
    #[test]
    fn navigation_links_every_view_once() {
        let mut linked: Vec<String> = NavEntry::ALL
            .iter()
            .flat_map(|entry| match *entry {
                NavEntry::Link(page) => vec![page],
                NavEntry::Group(group) => group.pages().to_vec(),
            })
            .map(|page| page.page().path())
            .collect();
        let mut want: Vec<String> = Section::ALL.iter().map(|s| s.path()).collect();
        let map = Page::Map {
            indicator: None,
            year: None,
            method: crate::data::progress::Method::default(),
        };
        let explore = crate::data::progress::ProfileState::default();
        want.extend(
            [
                Page::Explore(&explore),
                map,
                Page::ProgressGrid,
                Page::Methodology,
            ]
            .map(|p| p.path()),
        );
        linked.sort_unstable();
        want.sort_unstable();
        assert_eq!(linked, want);
    }

    #[test]
    fn sections_have_unique_paths() {
        let all: Vec<_> = Section::ALL.iter().chain(&Section::MORE).collect();
        let mut paths: Vec<_> = all.iter().map(|s| s.path()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), all.len());
    }

    #[test]
    fn title_format() {
        assert_eq!(document_title(Some("Goals"), "App"), "Goals · App");
        assert_eq!(document_title(None, "App"), "App");
    }
}
