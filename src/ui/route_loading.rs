//! What `<main>` shows while a page's code is on its way: the pages come in lazily loaded groups
//! (`src/routes.rs`), so the first view of a group waits for its wasm chunk.
//!
//! - The first page of a visit: a loading line, the same one the data views show, until the page
//!   is there ([`RouteLoading`]).
//! - Later navigations keep the current page on screen until the next one is ready, with a thin
//!   progress bar at the top of the window (`leptos_router`'s `RoutingProgress`).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::RoutingProgress;

use crate::i18n::*;

/// Whether the first page of the visit is still loading, shared by the shell and the route table.
#[derive(Clone, Copy, Debug)]
pub struct RouteLoading(RwSignal<bool>);

impl RouteLoading {
    /// Provides the flag, set: nothing is shown yet.
    pub fn provide() -> Self {
        let loading = RouteLoading(RwSignal::new(true));
        provide_context(loading);
        loading
    }

    /// Marks the page as shown (called by the route table once a page's group has loaded, and by
    /// the not-found view).
    pub fn done() {
        if let Some(RouteLoading(loading)) = use_context() {
            if loading.get_untracked() {
                loading.set(false);
            }
        }
    }
}

/// The loading states of `<main>`: a line until the first page is there, a progress bar while a
/// navigation waits for its page.
#[component]
pub fn RouteLoadingState(
    /// Set by the router while a navigation loads its page.
    is_routing: ReadSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let RouteLoading(loading) = RouteLoading::provide();
    view! {
        <div class="routing-progress">
            <RoutingProgress is_routing max_time=Duration::from_secs(2) />
        </div>
        <Show when=move || loading.get()>
            <p class="loading" role="status">
                {t!(i18n, data.loading)}
            </p>
        </Show>
    }
}
