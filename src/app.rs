//! The shell: context providers, router, header, main outlet with its loading states, footer.
//!
//! Errors have one path each: a data file that cannot be used shows a `DataErrorPanel` in place
//! of its view (`ui::loaded`), and anything unexpected (a panic) replaces the app with the
//! page of `ui::fatal`.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

use crate::i18n::*;
use crate::routes::{base_from_href, AppBase, AppRoutes};
use crate::store::DataStore;
use crate::ui::{
    footer::Footer, header::Header, in_turn::use_drawn_in_turn, locale::LocalePersistence,
    route_loading::RouteLoadingState, update::UpdateBanner,
};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    DataStore::provide();
    let base = document_base();
    provide_context(AppBase(base.clone()));
    let (is_routing, set_is_routing) = signal(false);
    view! {
        <I18nContextProvider>
            <Router base set_is_routing>
                <LocalePersistence />
                <Shell is_routing />
            </Router>
        </I18nContextProvider>
    }
}

/// Header, routed main content and footer; must sit inside the router and the i18n provider.
#[component]
pub fn Shell(
    /// Set by the router while a navigation loads its page.
    is_routing: ReadSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    // With a `<base href>` in the document, a bare "#main" would resolve to the app's home page,
    // so the skip link moves focus itself.
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::ui::focus_main();
    };
    // The header and the footer are drawn a task after the router and the page's route: the
    // shell's was the longest task of a first visit (issue 14), and until then the static first
    // paint shows them (public/start.js waits for the app's header before it goes). `main` is
    // hidden till then: laid out before the header, the header would push it down (a layout
    // shift, even under the first paint).
    let later = use_drawn_in_turn(1, 0);
    let drawn = move || later.get() == 1;
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {t!(i18n, skip_to_content)}
        </a>
        {move || drawn().then(|| view! { <Header /> })}
        <UpdateBanner />
        <main id="main" tabindex="-1" hidden=move || !drawn()>
            <RouteLoadingState is_routing />
            <AppRoutes />
        </main>
        {move || drawn().then(|| view! { <Footer /> })}
    }
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
