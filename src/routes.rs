//! The app's sections: one place for each route's path, navigation label and page title.

use leptos_i18n::I18nContext;

use crate::i18n::{t_string, Locale};

/// A top-level section of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Home,
    Project,
    Campaign,
    CountryLevel,
    Monitoring,
    Countries,
    Goals,
    Present,
    About,
    Timeline,
    Financing,
    Glossary,
    Source,
    DecentWork,
    Checklist,
}

impl Section {
    /// Every section, in the order of the primary navigation.
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

    /// Path relative to the app's base (what `<A href>` takes; the router adds the base).
    pub const fn path(self) -> &'static str {
        match self {
            Section::Home => "/",
            Section::Project => "/project",
            Section::Campaign => "/campaign",
            Section::CountryLevel => "/country-level",
            Section::Monitoring => "/monitoring",
            Section::Countries => "/countries",
            Section::Goals => "/goals",
            Section::Present => "/present",
            Section::About => "/about",
            Section::Timeline => "/timeline",
            Section::Financing => "/financing",
            Section::Glossary => "/glossary",
            Section::Source => "/source",
            Section::DecentWork => "/decent-work",
            Section::Checklist => "/checklist",
        }
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

/// The app's base path (from `<base href>`, e.g. "/mdg-explorer"), provided as context by the shell.
///
/// leptos_router 0.8 uses an absolute `href` as it is, so every in-app link goes through
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
