//! The shell: context providers, router, header, main outlet with an error boundary, footer.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path, Lazy, StaticSegment,
};

use crate::i18n::*;
use crate::lazy::*;
use crate::pages::not_found::NotFound;
use crate::routes::{base_from_href, AppBase, Section};
use crate::store::DataStore;
use crate::ui::{
    error::ErrorPanel, footer::Footer, header::Header, locale::LocalePersistence,
    update::UpdateBanner,
};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    DataStore::provide();
    let base = document_base();
    provide_context(AppBase(base.clone()));
    view! {
        <I18nContextProvider>
            <LocalePersistence />
            <Router base>
                <Shell />
            </Router>
        </I18nContextProvider>
    }
}

/// Header, routed main content and footer; must sit inside the router and the i18n provider.
#[component]
pub fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    // With a `<base href>` in the document, a bare "#main" would resolve to the app's home page,
    // so the skip link moves focus itself.
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::ui::focus_main();
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {t!(i18n, skip_to_content)}
        </a>
        <Header />
        <UpdateBanner />
        <main id="main" tabindex="-1">
            <ErrorBoundary fallback=|errors| {
                view! { <ErrorPanel errors /> }
            }>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view={Lazy::<HomeRoute>::new()} />
                    <Route path=segment(Section::Project) view={Lazy::<ProjectRoute>::new()} />
                    <Route path=segment(Section::Campaign) view={Lazy::<CampaignRoute>::new()} />
                    <Route path=segment(Section::CountryLevel) view={Lazy::<CountryLevelRoute>::new()} />
                    <Route path=segment(Section::Monitoring) view={Lazy::<MonitoringRoute>::new()} />
                    <Route path=segment(Section::Countries) view={Lazy::<CountriesRoute>::new()} />
                    <Route path=segment(Section::Goals) view={Lazy::<GoalsRoute>::new()} />
                    <Route path=segment(Section::Present) view={Lazy::<PresentRoute>::new()} />
                    <Route path=segment(Section::About) view={Lazy::<AboutRoute>::new()} />
                    <Route path=path!("/project/:tf") view={Lazy::<TaskForceRoute>::new()} />
                    <Route path=path!("/goals/:goal") view={Lazy::<GoalRoute>::new()} />
                    <Route path=path!("/countries/:iso3") view={Lazy::<ProfileRoute>::new()} />
                    <Route path=path!("/countries/:iso3/reports") view={Lazy::<CountryReportsRoute>::new()} />
                    <Route path=path!("/explore") view={Lazy::<ExploreRoute>::new()} />
                    <Route path=path!("/map") view={Lazy::<MapRoute>::new()} />
                    <Route path=path!("/progress") view={Lazy::<ProgressGridRoute>::new()} />
                    <Route path=path!("/methodology") view={Lazy::<MethodologyRoute>::new()} />
                    <Route path=path!("/present/show") view={Lazy::<PresenterRoute>::new()} />
                    <Route path=path!("/present/speaker") view={Lazy::<SpeakerRoute>::new()} />
                    <Route path=path!("/present/edit") view={Lazy::<DeckEditorRoute>::new()} />
                    <Route path=path!("/present/print") view={Lazy::<HandoutRoute>::new()} />
                    <Route path=segment(Section::Timeline) view={Lazy::<TimelineRoute>::new()} />
                    <Route path=segment(Section::Financing) view={Lazy::<FinancingRoute>::new()} />
                    <Route path=segment(Section::Glossary) view={Lazy::<GlossaryRoute>::new()} />
                    <Route path=segment(Section::Source) view={Lazy::<SourceRoute>::new()} />
                    <Route path=segment(Section::DecentWork) view={Lazy::<DecentWorkRoute>::new()} />
                    <Route path=segment(Section::Checklist) view={Lazy::<ChecklistRoute>::new()} />
                </Routes>
            </ErrorBoundary>
        </main>
        <Footer />
    }
}

fn segment(section: Section) -> StaticSegment<&'static str> {
    StaticSegment(section.path().trim_start_matches('/'))
}

/// The router base, read from `<base href>` so one build works at the sub-path it was built for.
fn document_base() -> String {
    let href = document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_default();
    base_from_href(&href)
}
