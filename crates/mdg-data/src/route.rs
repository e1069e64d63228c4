//! The app's views and their URLs: the one place where a path is written.
//!
//! A [`Page`] names a view with its typed parameters and query, and [`Page::path`] writes its
//! URL relative to the app's base ("/`countries/KEN?as_of=2003`"). The router's patterns
//! (`src/routes.rs` in the app) are made of the same [`segment`] and [`param`] constants, and a
//! test there checks that every `Page` lands on the view it names. Links, navigation, deck
//! slides and the presenter's own URLs all go through `Page`, so a route is renamed in one place.

use crate::deck::DeckRef;
use crate::paths::DataFile;
use crate::progress::{with_method, IndexFilter, Method, ProfileState};

/// The static path segments of the routes.
pub mod segment {
    /// `/project`, and `/project/:tf` for a task force.
    pub const PROJECT: &str = "project";
    /// `/campaign`.
    pub const CAMPAIGN: &str = "campaign";
    /// `/country-level`.
    pub const COUNTRY_LEVEL: &str = "country-level";
    /// `/monitoring`.
    pub const MONITORING: &str = "monitoring";
    /// `/goals`, and `/goals/:goal`.
    pub const GOALS: &str = "goals";
    /// `/timeline`.
    pub const TIMELINE: &str = "timeline";
    /// `/financing`.
    pub const FINANCING: &str = "financing";
    /// `/glossary`.
    pub const GLOSSARY: &str = "glossary";
    /// `/source`.
    pub const SOURCE: &str = "source";
    /// `/decent-work`.
    pub const DECENT_WORK: &str = "decent-work";
    /// `/checklist`.
    pub const CHECKLIST: &str = "checklist";
    /// `/about`.
    pub const ABOUT: &str = "about";
    /// `/countries`, `/countries/:iso3` and `/countries/:iso3/reports`.
    pub const COUNTRIES: &str = "countries";
    /// `/countries/:iso3/reports`.
    pub const REPORTS: &str = "reports";
    /// `/explore`.
    pub const EXPLORE: &str = "explore";
    /// `/map`.
    pub const MAP: &str = "map";
    /// `/progress`.
    pub const PROGRESS: &str = "progress";
    /// `/methodology`.
    pub const METHODOLOGY: &str = "methodology";
    /// `/present` and the presenter's pages below it.
    pub const PRESENT: &str = "present";
    /// `/present/show`.
    pub const SHOW: &str = "show";
    /// `/present/speaker`.
    pub const SPEAKER: &str = "speaker";
    /// `/present/edit`.
    pub const EDIT: &str = "edit";
    /// `/present/print`.
    pub const PRINT: &str = "print";
}

/// The names of the routes' path parameters (what `use_params_map` reads).
pub mod param {
    /// The task force id in `/project/:tf` ("tf1").
    pub const TASK_FORCE: &str = "tf";
    /// The goal number in `/goals/:goal`, and in the query of `/project?goal=4`.
    pub const GOAL: &str = "goal";
    /// The country code in `/countries/:iso3`.
    pub const COUNTRY: &str = "iso3";
    /// The interface language in the query of every view (`?lang=fr`), so that a shared link
    /// opens in the language it was sent in.
    pub const LANG: &str = "lang";
}

/// A view of the app with its parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Page<'a> {
    /// The home page.
    Home,
    /// Pillar 1: the Millennium Project and its task forces.
    Project,
    /// The Millennium Project with only the task forces working on one goal (1–8).
    ProjectForGoal(u8),
    /// One task force (`"tf1"` …).
    TaskForce(&'a str),
    /// Pillar 2: the Millennium Campaign.
    Campaign,
    /// Pillar 3: operational activities at country level.
    CountryLevel,
    /// Pillar 4: monitoring.
    Monitoring,
    /// The eight goals.
    Goals,
    /// One goal, 1 to 8.
    Goal(u8),
    /// The timeline, optionally filtered to one tag (a pillar's key).
    Timeline(Option<&'a str>),
    /// Financing.
    Financing,
    /// The glossary.
    Glossary,
    /// The source paper's reading view.
    Source,
    /// The paper's decent work lens.
    DecentWork,
    /// The UN Country Team checklist.
    Checklist,
    /// About the app and its data.
    About,
    /// The countries index with its filters.
    Countries(&'a IndexFilter),
    /// A country's profile as it opens (upper-case ISO3).
    Country(&'a str),
    /// A country profile in a given state (the country in the path, the rest in the query).
    Profile(&'a ProfileState),
    /// What a country reported (upper-case ISO3).
    CountryReports(&'a str),
    /// The indicator explorer.
    Explore(&'a ProfileState),
    /// The indicator explorer opened on one series.
    Chart(&'a str),
    /// The world map of one indicator (the default one if `None`), in one year (the latest if
    /// `None`).
    Map {
        /// Series id.
        indicator: Option<&'a str>,
        /// Year shown.
        year: Option<u16>,
        /// How statuses are assessed.
        method: Method,
    },
    /// The progress grid.
    ProgressGrid,
    /// How statuses are assessed.
    Methodology,
    /// The presenter's entry page: decks, the deck list.
    Present,
    /// A deck presented full screen, at a 1-based slide.
    Show(&'a DeckRef, usize),
    /// The speaker window of a deck, at a 1-based slide.
    Speaker(&'a DeckRef, usize),
    /// The deck editor: the current deck, or a saved deck by its id (`deck=3`, unlike the
    /// presenter's `deck=mine-3`).
    Edit(Option<u32>),
    /// A deck's handouts.
    Print(&'a DeckRef),
}

impl<'a> Page<'a> {
    /// The world map of `indicator` in the latest year.
    pub const fn map(indicator: &'a str) -> Self {
        Page::Map {
            indicator: Some(indicator),
            year: None,
            method: Method::Robust,
        }
    }

    /// The URL relative to the app's base: "/", "/project/tf1", "/map?indicator=…&year=2003".
    pub fn path(&self) -> String {
        use segment::*;
        match *self {
            Page::Home => "/".to_owned(),
            Page::Project => format!("/{PROJECT}"),
            Page::ProjectForGoal(goal) => format!("/{PROJECT}?{}={goal}", param::GOAL),
            Page::TaskForce(id) => format!("/{PROJECT}/{id}"),
            Page::Campaign => format!("/{CAMPAIGN}"),
            Page::CountryLevel => format!("/{COUNTRY_LEVEL}"),
            Page::Monitoring => format!("/{MONITORING}"),
            Page::Goals => format!("/{GOALS}"),
            Page::Goal(n) => format!("/{GOALS}/{n}"),
            Page::Timeline(tag) => {
                with_query(format!("/{TIMELINE}"), tag.map(|t| format!("tag={t}")))
            }
            Page::Financing => format!("/{FINANCING}"),
            Page::Glossary => format!("/{GLOSSARY}"),
            Page::Source => format!("/{SOURCE}"),
            Page::DecentWork => format!("/{DECENT_WORK}"),
            Page::Checklist => format!("/{CHECKLIST}"),
            Page::About => format!("/{ABOUT}"),
            Page::Countries(filter) => with_query(format!("/{COUNTRIES}"), Some(filter.to_query())),
            Page::Country(iso3) => format!("/{COUNTRIES}/{iso3}"),
            Page::Profile(state) => {
                let mut rest = state.clone();
                let country = std::mem::take(&mut rest.country);
                with_query(format!("/{COUNTRIES}/{country}"), Some(rest.to_query()))
            }
            Page::CountryReports(iso3) => format!("/{COUNTRIES}/{iso3}/{REPORTS}"),
            Page::Explore(state) => with_query(format!("/{EXPLORE}"), Some(state.to_query())),
            Page::Chart(series) => format!("/{EXPLORE}?indicator={series}"),
            Page::Map {
                indicator,
                year,
                method,
            } => {
                let query = [
                    indicator.map(|s| format!("indicator={s}")),
                    year.map(|y| format!("year={y}")),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("&");
                with_method(&with_query(format!("/{MAP}"), Some(query)), method)
            }
            Page::ProgressGrid => format!("/{PROGRESS}"),
            Page::Methodology => format!("/{METHODOLOGY}"),
            Page::Present => format!("/{PRESENT}"),
            Page::Show(deck, slide) => format!("/{PRESENT}/{SHOW}?{}", deck.query(slide)),
            Page::Speaker(deck, slide) => format!("/{PRESENT}/{SPEAKER}?{}", deck.query(slide)),
            Page::Edit(None) => format!("/{PRESENT}/{EDIT}"),
            Page::Edit(Some(id)) => format!("/{PRESENT}/{EDIT}?deck={id}"),
            Page::Print(deck) => format!("/{PRESENT}/{PRINT}?{}", deck.query_without_slide()),
        }
    }

    /// The URL with a fragment: `Page::Source.at("p4")` is "/source#p4".
    pub fn at(&self, anchor: &str) -> String {
        format!("{}#{anchor}", self.path())
    }
}

/// The id prefix of the indicator panel's tabs on the country profile (`src/progress/profile`).
pub const PROFILE_ID_PREFIX: &str = "profile";

/// The id prefix of the indicator explorer's tabs (`src/progress/explore`).
pub const EXPLORER_ID_PREFIX: &str = "explore";

/// The id of the tab button for `key` in the tab list `id_prefix` (its panel points at it with
/// `aria-labelledby`).
pub fn tab_id(id_prefix: &str, key: &str) -> String {
    format!("{id_prefix}-tab-{key}")
}

/// The id of the tab panel for `key` in the tab list `id_prefix`: the tabs render it, and a
/// slide's link opens on it (`Page::at`).
pub fn panel_id(id_prefix: &str, key: &str) -> String {
    format!("{id_prefix}-panel-{key}")
}

/// Whether an app path (query and fragment ignored) is the presenter or one of its pages, which a
/// deck cannot show as a slide.
pub fn is_presenter_path(path: &str) -> bool {
    let route = path.split(['?', '#']).next().unwrap_or("");
    route
        .strip_prefix('/')
        .and_then(|r| r.strip_prefix(segment::PRESENT))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// A data file a route's view reads, as the route table (`src/routes.rs`) lists it for
/// `public/start.js`, which requests it while the app starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reads {
    /// A file named in full.
    File(DataFile<'static>),
    /// The file of the country whose code is the path's parameter (`/countries/KEN`).
    CountryInPath,
    /// The file of the indicator in the query (`?indicator=…`), or of the default one.
    IndicatorInQuery,
}

impl From<DataFile<'static>> for Reads {
    fn from(file: DataFile<'static>) -> Self {
        Reads::File(file)
    }
}

impl Reads {
    /// The name `public/start.js` gives the file: its path under `data/` without `.json`, with
    /// `$1` for the path's parameter and `indicator` for the query's indicator.
    pub fn preload_name(self) -> String {
        match self {
            Reads::File(file) => file.relative().trim_end_matches(".json").to_owned(),
            Reads::CountryInPath => DataFile::Country("$1")
                .relative()
                .trim_end_matches(".json")
                .to_owned(),
            Reads::IndicatorInQuery => "indicator".to_owned(),
        }
    }
}

/// `path` (an app path or URL, with its query and fragment) with `lang=code` as the last query
/// parameter, replacing any `lang` it had: "/map?year=2003#x" → "/map?year=2003&lang=fr#x".
pub fn with_lang(path: &str, code: &str) -> String {
    let (main, fragment) = path.split_at(path.find('#').unwrap_or(path.len()));
    let (route, query) = main.split_once('?').unwrap_or((main, ""));
    let prefix = format!("{}=", param::LANG);
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix) && *p != param::LANG)
        .collect();
    let lang = format!("{prefix}{code}");
    pairs.push(&lang);
    format!("{route}?{}{fragment}", pairs.join("&"))
}

fn with_query(path: String, query: Option<String>) -> String {
    match query {
        Some(q) if !q.is_empty() => format!("{path}?{q}"),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_for_goal() {
        assert_eq!(Page::ProjectForGoal(4).path(), "/project?goal=4");
    }

    #[test]
    fn tab_ids() {
        assert_eq!(panel_id(EXPLORER_ID_PREFIX, "chart"), "explore-panel-chart");
        assert_eq!(tab_id(PROFILE_ID_PREFIX, "table"), "profile-tab-table");
        assert_eq!(
            Page::Explore(&state("indicator=x")).at(&panel_id(EXPLORER_ID_PREFIX, "chart")),
            "/explore?indicator=x#explore-panel-chart"
        );
    }

    #[test]
    fn preload_names() {
        assert_eq!(Reads::from(DataFile::Reports).preload_name(), "mdgr");
        assert_eq!(
            Reads::from(DataFile::Country("IND")).preload_name(),
            "country/IND"
        );
        assert_eq!(Reads::CountryInPath.preload_name(), "country/$1");
        assert_eq!(Reads::IndicatorInQuery.preload_name(), "indicator");
    }

    fn state(query: &str) -> ProfileState {
        ProfileState::from_query(query)
    }

    #[test]
    fn static_pages() {
        assert_eq!(Page::Home.path(), "/");
        assert_eq!(Page::CountryLevel.path(), "/country-level");
        assert_eq!(Page::DecentWork.path(), "/decent-work");
        assert_eq!(Page::ProgressGrid.path(), "/progress");
        assert_eq!(Page::Source.at("p17"), "/source#p17");
    }

    #[test]
    fn pages_with_parameters() {
        assert_eq!(Page::TaskForce("tf1").path(), "/project/tf1");
        assert_eq!(Page::Goal(4).path(), "/goals/4");
        assert_eq!(Page::Timeline(None).path(), "/timeline");
        assert_eq!(
            Page::Timeline(Some("campaign")).path(),
            "/timeline?tag=campaign"
        );
        assert_eq!(Page::CountryReports("KEN").path(), "/countries/KEN/reports");
    }

    #[test]
    fn progress_views_keep_their_state_in_the_query() {
        assert_eq!(Page::Country("KEN").path(), "/countries/KEN");
        assert_eq!(
            Page::Profile(&state("country=KEN")).path(),
            "/countries/KEN"
        );
        assert_eq!(
            Page::Profile(&state("country=KEN&as_of=2003")).path(),
            "/countries/KEN?as_of=2003"
        );
        assert_eq!(Page::Explore(&ProfileState::default()).path(), "/explore");
        assert_eq!(
            Page::Chart("sh_dyn_mort").path(),
            "/explore?indicator=sh_dyn_mort"
        );
        assert_eq!(
            Page::map("sh_dyn_mort").path(),
            "/map?indicator=sh_dyn_mort"
        );
        assert_eq!(
            Page::Explore(&state("country=KEN&indicator=sh_dyn_mort")).path(),
            "/explore?country=KEN&indicator=sh_dyn_mort"
        );
        assert_eq!(
            Page::Countries(&IndexFilter::default()).path(),
            "/countries"
        );
        let all = Page::Map {
            indicator: None,
            year: None,
            method: Method::default(),
        };
        assert_eq!(all.path(), "/map");
        let map = Page::Map {
            indicator: Some("sh_dyn_mort"),
            year: Some(2003),
            method: Method::WorldBank2003,
        };
        assert_eq!(
            map.path(),
            "/map?indicator=sh_dyn_mort&year=2003&method=wb2003"
        );
    }

    #[test]
    fn presenter_pages() {
        assert_eq!(Page::Present.at("present-mine"), "/present#present-mine");
        assert_eq!(
            Page::Show(&DeckRef::Core, 1).path(),
            "/present/show?deck=core&slide=1"
        );
        assert_eq!(
            Page::Speaker(&DeckRef::Saved(3), 2).path(),
            "/present/speaker?deck=mine-3&slide=2"
        );
        assert_eq!(Page::Edit(None).path(), "/present/edit");
        assert_eq!(Page::Edit(Some(3)).path(), "/present/edit?deck=3");
        assert_eq!(
            Page::Print(&DeckRef::Country("KEN".into())).path(),
            "/present/print?deck=country-KEN"
        );
    }

    #[test]
    fn the_language_goes_last_in_the_query() {
        assert_eq!(with_lang("/", "fr"), "/?lang=fr");
        assert_eq!(with_lang("/project", "en"), "/project?lang=en");
        assert_eq!(
            with_lang("/map?indicator=x&year=2003", "es"),
            "/map?indicator=x&year=2003&lang=es"
        );
        assert_eq!(with_lang("/source#p4", "fr"), "/source?lang=fr#p4");
        assert_eq!(
            with_lang("/a?lang=en&tab=chart#panel", "fr"),
            "/a?tab=chart&lang=fr#panel"
        );
        assert_eq!(
            with_lang("/a?language=x&lang", "fr"),
            "/a?language=x&lang=fr"
        );
    }

    #[test]
    fn presenter_paths_are_recognised() {
        assert!(is_presenter_path("/present"));
        assert!(is_presenter_path("/present/show?deck=core"));
        assert!(is_presenter_path("/present#present-mine"));
        assert!(!is_presenter_path("/presentation"));
        assert!(!is_presenter_path("/project"));
    }
}
